"""Projects: the funding records of a plan that name the same project, linked once.

A plan names one project several times: in last year's results (Ⅱ), in this year's plan
(Ⅳ), in a 현안 block or a table. Two records are one project when they are of one kind
and either

- their names are the same once spacing, punctuation and the words that vary between a
  result and a plan (``VARIABLE_WORDS``: 추진, 지원, 사업, N차년도 …) are set aside, and
  their amounts agree (equal, one a year's share of the other, or one not given); or
- their amounts are the same (but for rounding), their periods are the same or one is not
  given, and the shorter name's letter pairs are mostly in the other (``SIMILAR``), so a
  project renamed between chapters still links while two projects that merely cost the
  same stay apart.

A project's id is derived from the organisation and its normalised name, not from row
order, so the same project in next year's plan of the same bureau has the same id.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from planparse.layout.unionfind import DisjointSets
from planparse.notation.money import (
    BUILD_NAME_PATTERN,
    BUILD_TOTAL_MIN_KRW,
    PLAN_CHAPTER_WORDS,
    RATE_CEILING_KRW,
    RATE_KINDS,
)
from planparse.output import model

# Words that a result and a plan put round the same project name (kept as data).
VARIABLE_WORDS = (
    "추진",
    "지원",
    "사업",
    "구축",
    "운영",
    "육성",
    "조성",
    "공모",
    "선정",
    "확정",
    "완료",
    "착수",
    "개최",
    "본격",
    "계속",
    "신규",
    "및",
    "등",
)
# A year of a project's run (2차년도) and a bracketed note, set aside as variable words are.
ROUND_NOTES = r"\d+\s*차\s*년도|\([^)]*(?:\)|$)"
VARIABLE_RE = regex.compile(ROUND_NOTES + "|" + "|".join(VARIABLE_WORDS))
NOT_LETTER_RE = regex.compile(r"[^\p{L}\p{N}]+")
SIMILAR = 0.5  # letter pairs the shorter name shares with the other, for one amount
ROUNDING = 0.0005  # amounts this close (174.24억 and 174.2억) are one amount, rounded


@functools.lru_cache(maxsize=4096)
def normalise_name(name: str | None) -> str:
    """A project name as compared: variable words, bracketed notes, spacing and
    punctuation removed ("지역혁신클러스터 2차년도 추진" -> "지역혁신클러스터")."""
    if not name:
        return ""
    return NOT_LETTER_RE.sub("", VARIABLE_RE.sub(" ", name))


@functools.lru_cache(maxsize=4096)
def letter_pairs(text: str) -> frozenset[str]:
    return frozenset(text[k : k + 2] for k in range(len(text) - 1))


def similarity(a: str, b: str) -> float:
    """Share of the shorter name's letter pairs the other has too (0 when either is
    empty): a renamed project keeps most of its words ("이차전지 인력양성" and
    "현장맞춤형 이차전지 전문 인력양성")."""
    pa, pb = letter_pairs(a), letter_pairs(b)
    return len(pa & pb) / min(len(pa), len(pb)) if pa and pb else 0.0


def close(a: int, b: int) -> bool:
    """Equal, or equal but for rounding (174.24억원 written 174.2억원)."""
    return abs(a - b) <= ROUNDING * max(abs(a), abs(b))


def amounts_agree(a: model.Funding, b: model.Funding) -> bool:
    """Equal, one of them a year's share of the other, or one not given."""
    if a.amount_krw is None or b.amount_krw is None:
        return True
    return (
        close(a.amount_krw, b.amount_krw)
        or a.amount_krw == b.year_amount_krw
        or b.amount_krw == a.year_amount_krw
    )


def periods_agree(a: model.Funding, b: model.Funding) -> bool:
    """The same years, or one not given (a result often prints none)."""
    if a.start_year is None or b.start_year is None:
        return True
    return (a.start_year, a.end_year) == (b.start_year, b.end_year)


# Kinds whose figures are one project only within one heading: a threshold is its
# procedure's ("(심사대상) 용역 1억원 이상" under 계약심사, "(감사대상) 용역 2억원 이상" under
# 일상감사), and two procedures may set the same one.
LOCAL_KINDS = ("threshold",)


# A record's breakdown by payer as compared: (payer, amount) of each share, sorted.
Breakdown = tuple[tuple[str, int | None], ...]


def same_project(
    a: model.Funding, b: model.Funding, breakdowns: dict[str, Breakdown] | None = None
) -> bool:
    """Whether two records of one document are one project: one name and amounts that
    agree; or one amount and period and alike names; or one amount, one period and one
    breakdown of two payers or more, whatever each is named ("버섯균사체 이용 비건 소재 개발
    ▹ '24.∼'28, 230억원(국148, 시30, 민52)" and, pages later, "비건레더 개발 및
    실증클러스터 구축사업 ▹ '24.∼'28, 230억원(국148, 시30, 민52)")."""
    if a.kind != b.kind:
        return False
    if a.kind in LOCAL_KINDS and a.section_id != b.section_id:
        return False
    na, nb = normalise_name(a.project), normalise_name(b.project)
    if na and na == nb:
        return amounts_agree(a, b)
    same_money = a.amount_krw is not None and b.amount_krw is not None
    same_money = same_money and close(a.amount_krw, b.amount_krw)  # type: ignore[arg-type]
    if not same_money or not periods_agree(a, b):
        return False
    split = (breakdowns or {}).get(a.funding_id)
    if (
        split is not None
        and len(split) >= BREAKDOWN_PAYERS
        and a.start_year is not None
        and b.start_year is not None
        and split == (breakdowns or {}).get(b.funding_id)
    ):
        return True
    return similarity(na, nb) >= SIMILAR


BREAKDOWN_PAYERS = 2  # payers a breakdown names that alone, with amount and period, is one project


def link(
    fundings: list[model.Funding], breakdowns: dict[str, Breakdown] | None = None
) -> list[list[model.Funding]]:
    """The records grouped into projects (union of every pair that is one project), and a
    changed figure with the figure it changed to ("29 →100억원", "103억원→ 89억원"): one
    project whose amount changed."""
    sets = DisjointSets(len(fundings))
    for i, j in candidate_pairs(fundings):
        if sets.find(i) != sets.find(j) and same_project(fundings[i], fundings[j], breakdowns):
            sets.join(i, j)
    for i, j in changed_pairs(fundings):
        sets.join(i, j)
    return [[fundings[i] for i in group] for group in sets.groups()]


def changed_pairs(fundings: list[model.Funding]) -> Iterator[tuple[int, int]]:
    """Each superseded record with the next figure of its line, which replaced it."""
    at = {f.funding_id: i for i, f in enumerate(fundings)}
    for i, f in enumerate(fundings):
        line, _, ordinal = f.funding_id.rpartition("-f")
        if f.superseded and ordinal.isdigit():
            j = at.get(f"{line}-f{int(ordinal) + 1}")
            if j is not None:
                yield i, j


def candidate_pairs(fundings: list[model.Funding]) -> Iterator[tuple[int, int]]:
    """Every pair that can be one project (``same_project``): of one kind, and with the
    same name or amounts equal but for rounding. A plan of thousands of records would
    otherwise compare every pair. Pairs may come twice."""
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_kind: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, f in enumerate(fundings):
        if name := normalise_name(f.project):
            by_name[f.kind, name].append(i)
        if f.amount_krw is not None:
            by_kind[f.kind].append((f.amount_krw, i))
    for members in by_name.values():
        yield from ((i, j) for n, i in enumerate(members) for j in members[n + 1 :])
    for amounts in by_kind.values():
        amounts.sort()
        if amounts and amounts[0][0] < 0:  # closeness is not ordered below zero: all pairs
            yield from ((i, j) for n, (_, i) in enumerate(amounts) for _, j in amounts[n + 1 :])
            continue
        for n, (a, i) in enumerate(amounts):
            for k in range(n + 1, len(amounts)):
                b, j = amounts[k]
                if not close(a, b):
                    break  # sorted: every later amount is farther
                yield (min(i, j), max(i, j))


def project_key(group: list[model.Funding]) -> str:
    """The normalised name a project is known by: the most frequent among its records
    (the shortest, then the first in letter order, on a tie); empty when none has a name."""
    names = [n for n in (normalise_name(f.project) for f in group) if n]
    if not names:
        return ""
    counts: dict[str, int] = defaultdict(int)
    for n in names:
        counts[n] += 1
    return min(counts, key=lambda n: (-counts[n], len(n), n))


def project_id(organisation: str | None, key: str, fallback: str) -> str:
    """Stable over plans of one organisation: a digest of it and the project's key (of the
    record itself when the project has no name)."""
    basis = f"{organisation or ''}\x1f{key}" if key else fallback
    return "p" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:15]


@dataclass
class Linked:
    groups: list[list[model.Funding]]
    ids: list[str]


def link_projects(
    doc_id: str,
    organisation: str | None,
    fundings: list[model.Funding],
    breakdowns: dict[str, Breakdown] | None = None,
) -> Linked:
    """Group a document's records into projects and give each record its project_id."""
    groups = link(fundings, breakdowns)
    groups.sort(key=lambda g: min((f.page, f.funding_id) for f in g))  # in reading order
    keys = [project_key(group) for group in groups]
    seen: dict[str, int] = defaultdict(int)
    ids = []
    for group, key in zip(groups, keys, strict=True):
        seen[key] += 1
        if key and seen[key] > 1:  # one name, amounts that disagree: the second, third …
            key += f"\x1f{seen[key]}"
        # without an organisation, a name is the document's alone (two bureaus' 사업개요 are
        # not one project)
        scope = organisation if organisation else f"\x00{doc_id}"
        ident = project_id(scope, key, f"{doc_id}\x1f{group[0].funding_id}")
        for f in group:
            f.project_id = ident
        ids.append(ident)
    return Linked(groups, ids)


RESULT_RE = regex.compile(r"성과|실적")
PLAN_RE = regex.compile("|".join(PLAN_CHAPTER_WORDS))
ISSUE_RE = regex.compile(r"현안")
# A project's state is read from its mention in the plan first, then a 현안 block, a
# table, an overview, last year's results.
STATE_ORDER = ("plan", "issue", "table", "overview", "result")


def context_of(
    funding: model.Funding,
    sections: dict[str, model.Section],
    heading: str | None = None,
    chapter_only: bool = False,
) -> str:
    """Where a mention stands: issue (a 현안 block), table, result (a chapter of past
    results, 성과 / 실적), plan (this year's plan, 계획 / 추진과제), else overview. A mention
    in no chapter is read by the summary heading it stands under, if any ("1. 4년
    추진성과와 평가": results). ``chapter_only``: a table's cell by the chapter it stands in."""
    chain = []
    section = sections.get(funding.section_id or "")
    while section is not None:
        chain.append(section)
        section = sections.get(section.parent_id or "")
    chapter = next((s for s in chain if s.kind in ("chapter", "appendix")), None)
    if any(s.kind == "issue" for s in chain) or (chapter and ISSUE_RE.search(chapter.title)):
        return "issue"
    if funding.table_id is not None and not chapter_only:
        return "table"
    title = chapter.title if chapter is not None else heading
    if title is not None and RESULT_RE.search(title):
        return "result"  # a chapter of results, or an appendix of them ("2025 주요 성과")
    plan_part = chapter is None or chapter.kind == "chapter"  # not an appendix
    if title is not None and plan_part and PLAN_RE.search(title):
        return "plan"
    return "overview"


# Kinds whose amount in this year's plan, no span said, is the year's: money spent, and
# money lent or issued (융자, 발행).
YEAR_KINDS = ("budget", "other")


BUILD_NAME_RE = regex.compile(BUILD_NAME_PATTERN)


def is_whole_build(funding: model.Funding) -> bool:
    """Whether a budget that says no year or span is a build's whole cost: large, for a
    project whose name says it builds something (``notation.money.BUILD_ENDINGS``), named
    by its own line, card or row (not only by the task or 현안 it stands in)."""
    return (
        funding.kind == "budget"
        and funding.project_source in ("item", "block", "row")
        and funding.scope in ("unknown", "year_budget")
        and funding.scope_year is None
        and funding.start_year is None
        and not funding.per_year
        and (funding.amount_krw or 0) >= BUILD_TOTAL_MIN_KRW
        and BUILD_NAME_RE.search(funding.project or "") is not None
    )


def is_price(funding: model.Funding) -> bool:
    """Whether an amount of no budget's kind is too small to be money lent or issued: a
    price or a fee ("공연을 1만원에 제공", "광역 환승요금(일반 기준 500원)"), no year's money."""
    top = funding.amount_krw if funding.amount_krw is not None else funding.amount_high
    return funding.kind == "other" and top is not None and top < RATE_CEILING_KRW


# A year an amount runs until, written with it: "’24년까지 262억".
UNTIL_RE = regex.compile(r"\d\s*년?\s*까지")


def settle_scope(
    funding: model.Funding, plan_year: int | None, standing: str, private: bool = False
) -> None:
    """A record's scope where its own words left it open, from where it stands: money of
    a year before the plan's was spent (a result), and so was an amount in a chapter of
    past results; else a rate, a threshold or an asset's value covers no span; an amount
    of this year's plan with no span said is the year's money, unless ``private`` (only
    private payers: "태양광발전사업 확대 행정지원 ▹…, 658억원(민)" is no government's year)."""
    year = funding.scope_year
    past = year is not None and plan_year is not None and year < plan_year
    rate = funding.kind in RATE_KINDS
    if rate or (funding.kind == "asset" and funding.scope == "total_cost"):
        # a rate paid in a past year ('23년 32만원 → '24년 33만원) was paid; a stock's
        # value is no project's cost
        funding.scope = "result" if rate and past else "unknown"
        return
    if funding.scope == "target" and past and UNTIL_RE.search(funding.raw):
        # "(’24년까지 262억, ’25년~’34년 457.5억)" in a 2025 plan: spent by then, no goal
        funding.scope, funding.scope_year = "result", None
        return
    ahead = year is not None and plan_year is not None and year >= plan_year
    spanned = funding.start_year is not None and (funding.end_year or 0) > funding.start_year
    if funding.scope == "unknown" and spanned:
        # a part of several years left open (a span's column of a year series, "’20~’24년 |
        # ’25년 | … | ’30~’34년"): spent where the span ended before the plan's year, else
        # no one year's money
        if plan_year is not None and (funding.end_year or 0) < plan_year:
            funding.scope = "result"
        return
    if (
        ahead
        and year != plan_year
        and funding.kind not in ("budget", "asset")
        and funding.scope in ("unknown", "year_budget")
    ):
        # a market's, a trade's or a loss's figure for a year after the plan's is foreseen
        # ("시장 규모 '25년 2조달러 → '30년 6조달러"), not money of that year
        funding.scope = "target"
        return
    if standing != "result" and is_whole_build(funding):
        funding.scope = "total_cost"  # "다대포항 다기능 어항 조성 … 494억원": the whole build
        return
    if funding.scope in ("unknown", "year_budget") and (
        past or (standing == "result" and not ahead)  # not "→ ’26년 4,399억원"
    ):
        funding.scope = "result"
    elif (
        standing == "plan"
        and funding.scope == "unknown"
        and funding.kind in YEAR_KINDS
        and not (ahead and year != plan_year)  # "- 2030 부산엑스포 유치 …": not 2030's money
        and not private
        and not is_price(funding)
    ):
        funding.scope = "year_budget"


def chapter_of(funding: model.Funding, sections: dict[str, model.Section]) -> str | None:
    section = sections.get(funding.section_id or "")
    while section is not None and section.kind not in ("chapter", "appendix"):
        section = sections.get(section.parent_id or "")
    if section is None:
        return None
    return section.section_id


def projects_of(
    doc_id: str,
    organisation: str | None,
    fundings: list[model.Funding],
    sources: list[model.FundingSource],
    sections: list[model.Section],
    plan_year: int | None = None,
    headings: dict[str, str] | None = None,
) -> list[model.Project]:
    """Link a document's funding records into projects: each record gets its project_id,
    context and settled scope; each project one row, its state as the plan states it.
    ``headings``: the summary heading a record in no chapter stands under, by funding id."""
    by_id = {s.section_id: s for s in sections}
    shares: dict[str, list[str]] = defaultdict(list)
    payers: dict[str, set[str | None]] = defaultdict(set)
    split: dict[str, list[tuple[str, int | None]]] = defaultdict(list)
    for s in sources:
        if s.kind == "source":
            shares[s.funding_id].append(s.raw)
            payers[s.funding_id].add(s.source)
            split[s.funding_id].append(
                (s.source_raw if s.source == "other" else s.source, s.amount_krw)
            )
    for f in fundings:
        heading = (headings or {}).get(f.funding_id)
        f.context = standing = context_of(f, by_id, heading)
        # a table's undated cell in a chapter of results was spent; in the plan's chapters it
        # may be a year's money or a total (tables of projects: "15개 사업(시비 651억원)")
        if standing == "table" and context_of(f, by_id, heading, chapter_only=True) == "result":
            standing = "result"
        settle_scope(f, plan_year, standing, private=payers.get(f.funding_id) == {"private"})
    breakdowns = {k: tuple(sorted(v, key=repr)) for k, v in split.items()}
    linked = link_projects(doc_id, organisation, fundings, breakdowns)
    titles = {s.section_id: s.title for s in sections}
    rows = []
    for group, ident in zip(linked.groups, linked.ids, strict=True):
        state = min(  # not a figure since changed
            group,
            key=lambda f: (f.superseded, STATE_ORDER.index(f.context or "overview"), f.page),
        )
        named = [f.project for f in group if f.project]
        chapters = dict.fromkeys(c for c in (chapter_of(f, by_id) for f in group) if c)
        rows.append(
            model.Project(
                doc_id=doc_id,
                project_id=ident,
                name=max(named, key=len) if named else None,
                kind=state.kind,
                funding_id=state.funding_id,
                start_year=state.start_year,
                end_year=state.end_year,
                ongoing=state.ongoing,
                amount_krw=state.amount_krw,
                sources=", ".join(shares.get(state.funding_id, [])) or None,
                contexts=", ".join(sorted({f.context or "overview" for f in group})),
                chapters=" | ".join(titles[c] for c in chapters) or None,
                pages=", ".join(str(p) for p in sorted({f.page for f in group})),
                mentions=len(group),
            )
        )
    return rows
