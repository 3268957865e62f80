"""Link each organisation's projects across its documents into series, apply the
crosswalk, and write ``projects.series_id`` and ``programmes``.

Two projects of two documents of one organisation are one programme when they are of one
kind and their names, the words that vary between years set aside (a year, 차, 단계, an
amount, a span: ``notation.money.SERIES_VARIABLE_PATTERN``), are equal or share most of
their letter pairs (``SeriesSettings.similar``); a name is compared as printed, with a
word's bracketed gloss in its place ("공동기금(펀드)" as "공동펀드") and by a name it sets
apart in brackets ("소비촉진 행사 (동행축제)"); names too unlike link where they state one
total over the same years split among the same payers alike (``figures_of``). Each
document gives a series one project at
most (with its twins: one name twice, alike names of one amount or opening), the most alike
first, then the closest both ways, then the one mentioned latest. An amount alone never
links. Documents are taken in order of their plan year, so a series' id comes from its
earliest mention; an id given before (a dataset extracted again, or a year added) is
kept. A document without an organisation links with no other.

The crosswalk ``series.csv`` (columns ``project_id,series_id[,doc_id][,note]``) puts a
project into a series of the team's choosing — two ids the rules kept apart made one, or
one the rules joined split off. A line whose project is in no document is reported stale.
"""

from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pyarrow as pa
import regex

from planparse.errors import InputNotFoundError
from planparse.money.projects import NOT_LETTER_RE, ROUND_NOTES, VARIABLE_WORDS, similarity
from planparse.money.projects import VARIABLE_RE as PROJECT_ROUND_RE
from planparse.notation.money import (
    NAME_STUDY_ENDINGS,
    NOT_GLOSSES,
    SERIES_GENERIC_WORDS,
    SERIES_ROUND_WORDS,
    SERIES_VARIABLE_PATTERN,
)
from planparse.output.dataset import Dataset
from planparse.output.model import Programme, rows_to_table
from planparse.series.settings import SERIES, SeriesSettings

CROSSWALK = "series.csv"  # beside the manifest: the team's links and splits
VARIABLE_RE = regex.compile(SERIES_VARIABLE_PATTERN)
# The words a result and a plan put round one name (``money.projects.VARIABLE_WORDS`` and
# ``SERIES_ROUND_WORDS``), where they end a word, alone or in a row ("… 보급 지원사업"): not
# inside one ("사업화", "육성자금", "등급"); and a bracketed note.
_VARIABLE = "|".join([*VARIABLE_WORDS, *SERIES_ROUND_WORDS])
ROUND_WORDS_RE = regex.compile(
    rf"{ROUND_NOTES}|(?:{_VARIABLE})(?=(?:{_VARIABLE})*(?!\p{{Hangul}}))"
)
GENERIC_RE = regex.compile("|".join(SERIES_GENERIC_WORDS))
STUDY_END_RE = regex.compile(rf"(?:{'|'.join(NAME_STUDY_ENDINGS)})$")  # "… 수립 용역"
# A word with its gloss in brackets, glued: 기금(펀드), 회담(서밋); not (가칭) and the like.
GLOSS = rf"\((?P<gloss>(?!{'|'.join(NOT_GLOSSES)})\p{{Hangul}}{{2,6}})\)"
# … standing for the word's last two or three letters (수출이용권(바우처)), or the whole word
GLOSSED_RES = tuple(
    regex.compile(rf"\p{{Hangul}}{letters}{GLOSS}") for letters in ("{2}", "{3}", "+")
)
# A name set apart in brackets after a word: "소비촉진 행사 (동행축제)", or glued where it is
# words of its own ("전시공간 확충(벡스코 제3전시장 건립)"), not a word's note ("활성화(지원)")
NAMED_IN_BRACKETS_RE = regex.compile(
    r"(?:\s\((?P<name>\p{Hangul}[^()]{3,30})|(?<=\S)\((?P<name>\p{Hangul}[^()\s]+\s[^()]{3,30}))\)"
)


# A multi-year total as stated: amount, first and last year, and its payers' shares.
Figures = tuple[int, int, int, str]


def figures_of(
    amount_krw: int | None,
    start_year: int | None,
    end_year: int | None,
    sources: str | None,
    settings: SeriesSettings = SERIES,
) -> Figures | None:
    """A project's figures where they can tell it from any other: a total over several
    years split among ``settings.figures_payers`` payers or more ("'24.∼'28, 230억원(국148,
    시30, 민52)", its shares as ``projects.sources`` writes them); None otherwise (an amount
    alone, or with one year, says too little)."""
    shares = [NOT_LETTER_RE.sub("", part) for part in (sources or "").split(",")]
    shares = [share for share in shares if share]
    if (
        amount_krw is None
        or start_year is None
        or end_year is None
        or end_year <= start_year
        or len(shares) < settings.figures_payers
    ):
        return None
    return amount_krw, start_year, end_year, ",".join(sorted(shares))


@dataclass
class Member:
    """One project of one document, as the series step compares it."""

    doc_id: str
    project_id: str
    organisation: str | None
    plan_year: int | None
    order: int  # the document's place in its organisation's order
    name: str | None
    kind: str
    keys: frozenset[str]  # the names of its mentions, as compared
    series_id: str | None  # given before, or given here
    amount_krw: int | None = None  # its amount, as the document states it
    figures: Figures | None = None  # its total, span and payers' shares (``figures_of``)
    study: bool = field(init=False)  # a study (용역, 연구, 조사): of a programme, not one

    def __post_init__(self) -> None:
        self.study = STUDY_END_RE.search(NOT_LETTER_RE.sub("", self.name or "")) is not None


@dataclass
class SeriesReport:
    """What a series run did."""

    series: int = 0  # series with mentions in two documents or more
    linked: int = 0  # projects linked to another document's
    crosswalk_applied: int = 0
    stale: list[str] = field(default_factory=list)  # crosswalk lines that match nothing

    def text(self) -> str:
        line = (
            f"series: {self.series} programmes named in two documents or more, "
            f"{self.linked} projects linked across documents"
        )
        if self.crosswalk_applied or self.stale:
            line += f"; crosswalk: {self.crosswalk_applied} applied, {len(self.stale)} stale"
        return line


def series_key(name: str | None) -> str:
    """A name as compared across years: its years, rounds, stages and amounts set aside,
    and the words round a name (``ROUND_WORDS_RE``), then its spacing and punctuation, its
    Latin letters in one case ("K-ICT Week" one year, "K-ICT WEEK" the next)."""
    name = VARIABLE_RE.sub(" ", name or "")
    core = NOT_LETTER_RE.sub("", ROUND_WORDS_RE.sub(" ", name)).casefold()
    if len(core) < SERIES.min_letters:
        # "연안정비사업": 연안 alone is no name, 연안정비 is (only a project's own round words
        # set aside, as within a document)
        return NOT_LETTER_RE.sub("", PROJECT_ROUND_RE.sub(" ", name)).casefold()
    return core


def series_keys(name: str) -> set[str]:
    """A name's keys: as printed, and with a word glossed in brackets replaced by its gloss
    ("공동기금(펀드)" -> "공동펀드", "회담(서밋)" -> "서밋"), the way one year's plan writes a
    loanword that the next writes bare. Where the gloss begins in the word is not written:
    its last two or three letters ("수출이용권(바우처)" -> "수출바우처"), or the whole word.
    A name set apart in brackets after a word ("소비촉진 행사 (동행축제)") is a key of its
    own."""
    keys = {series_key(name)}
    for glossed in GLOSSED_RES:
        keys.add(series_key(glossed.sub(r"\g<gloss>", name)))
    for named in NAMED_IN_BRACKETS_RE.finditer(name):  # "소비촉진 행사 (동행축제)": its own name
        keys.add(series_key(named["name"]))
    return keys


def shared_run(a: str, b: str) -> int:
    """The longest run of letters two keys share where it opens one of them (a programme's
    own name leads its key: "온누리상품권 발행 확대", "온누리상품권 판매실적"; a run in the
    middle of both is a kind of work, "도시민 전문가 양성교육" and "꽃차 전문가 양성교육"), the
    words many programmes share (and what of them a run holds) left out; 0 where none does."""
    a, b = GENERIC_RE.sub("\x00", a), GENERIC_RE.sub("\x01", b)
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size if 0 in (match.a, match.b) else 0


def affinity(a: str, b: str, settings: SeriesSettings) -> float:
    """How surely two keys name one programme: the share of letter pairs (``similarity``) where
    it passes ``settings.similar``, else a shared run long enough that leaves little of the
    shorter key (scored below any alike pair), else 0."""
    score = similarity(a, b)  # 1 for equal keys (they are never empty here)
    if score >= settings.similar:
        return score
    run = shared_run(a, b)
    if run < settings.long_run and (
        run < settings.shared_run or min(len(a), len(b)) - run > settings.run_rest
    ):
        return 0.0  # "시립노인건강센터 옥상녹화" / "… 노후 냉난방기 교체": one place, two works
    return run / (run + 1) * settings.similar


def is_generic(key: str) -> bool:
    """Whether a key is only words many programmes share ("벤처기업", "기술개발")."""
    return not GENERIC_RE.sub("", key)


def linkable_keys(member: Member, settings: SeriesSettings) -> list[str]:
    """The keys a member may link by: long enough, and not only words many programmes
    share ("벤처기업" alone names no one programme)."""
    return [k for k in member.keys if len(k) >= settings.min_letters and not is_generic(k)]


def closeness_of(a: str, b: str) -> float:
    """How close two keys are both ways: their shared letters over both lengths."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def are_twins(a: Member, b: Member, settings: SeriesSettings) -> bool:
    """Whether two projects of one document name one programme: a name of each is equal, or
    their names are alike and they state one amount ("온누리상품권 발행 확대(2.5→3조원)" and
    "온누리상품권 발행 규모 확대 및 판매 활성화(’21년 본예산 3.0조원)", two projects because
    one is typed issuance and the other budget) or open alike ("온누리상품권 발행·판매 규모
    확대" over its series of figures: ``SeriesSettings.twin_opening``), or one is the other
    with a number after it ("어촌뉴딜" and "어촌뉴딜300사업")."""
    if any(not is_generic(k) for k in a.keys & b.keys):  # not only "기술개발" twice
        return True
    if a.study != b.study:
        return False  # "… 항만재개발사업" and its "… 도시비전 실현전략 수립 용역"
    keys_a, keys_b = linkable_keys(a, settings), linkable_keys(b, settings)
    one_amount = a.amount_krw is not None and a.amount_krw == b.amount_krw
    return any(
        similarity(k, o) >= settings.similar
        and (
            one_amount
            or k[: settings.twin_opening] == o[: settings.twin_opening]
            or numbered(k, o)
            or numbered(o, k)
        )
        for k in keys_a
        for o in keys_b
    )


def amount_backed(a: Member, b: Member, key: str, other: str, settings: SeriesSettings) -> float:
    """Where two names are too unlike to link alone: as surely one programme as a shared
    run can make them when they state one amount and open with ``settings.amount_run``
    letters alike ("4단계 상수도관 개량" / "… 정비" of one sum), scored below any other
    link; else 0. An amount alone never links."""
    if a.amount_krw is None or a.amount_krw != b.amount_krw:
        return 0.0
    run = shared_run(key, other)
    return run / (run + 1) * settings.similar / 2 if run >= settings.amount_run else 0.0


def figures_backed(a: Member, b: Member, settings: SeriesSettings) -> float:
    """Where two names are too unlike to link: one programme renamed when they state one
    total over the same years split among the same payers alike (``figures_of``), scored
    below any link by name; else 0."""
    if a.figures is None or a.figures != b.figures:
        return 0.0
    return settings.similar * settings.figures_score


def numbered(key: str, other: str) -> bool:
    """Whether a key is another with a number after it: "어촌뉴딜" and "어촌뉴딜300"."""
    return other.startswith(key) and other[len(key) :].isdigit()


def new_series_id(member: Member) -> str:
    basis = f"{member.organisation or ''}\x1f{member.doc_id}\x1f{member.project_id}"
    return "s" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:15]


def link_members(members: list[Member], settings: SeriesSettings = SERIES) -> int:
    """Give every member a series id, linking each organisation's documents in order;
    return how many members joined another document's series."""
    by_org: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        by_org[m.organisation or f"\x00{m.doc_id}"].append(m)  # no organisation: alone
    linked = 0
    for group in by_org.values():
        series: dict[str, list[Member]] = defaultdict(list)
        for m in group:
            if m.series_id is not None:
                series[m.series_id].append(m)
        for order in sorted({m.order for m in group}):
            here = [m for m in group if m.order == order and m.series_id is None]
            taken = {m.series_id for m in group if m.order == order and m.series_id}
            pairs = []
            for m in here:
                keys = linkable_keys(m, settings)
                if not keys:
                    continue
                for sid, others in series.items():
                    if sid in taken or any(o.order == order for o in others):
                        continue
                    # how alike, then how close both ways ("동행축제" is as alike to
                    # "동행축제 연계한 온누리상품권 판매실적" as to "7일간의 동행축제", but
                    # closer to the second)
                    score, closeness = max(
                        (
                            (
                                affinity(k, other, settings)
                                or amount_backed(m, o, k, other, settings)
                                or figures_backed(m, o, settings),
                                closeness_of(k, other),
                            )
                            for o in others
                            if o.study == m.study  # a programme's study is not it
                            for other in linkable_keys(o, settings)
                            for k in keys
                        ),
                        default=(0.0, 0.0),
                    )
                    if score > 0:
                        # as alike and as close: the one stating the same amount ("부트캠프(동서대,
                        # 77억원)" held by three universities' bootcamps, one of 77억원), then
                        # the series mentioned latest
                        same = m.amount_krw is not None and any(
                            o.amount_krw == m.amount_krw for o in others
                        )
                        latest = max(o.order for o in others)
                        pairs.append((-score, -closeness, -same, -latest, m.project_id, sid, m))
            for *_, sid, m in sorted(pairs, key=lambda p: p[:6]):
                if m.series_id is None and sid not in taken:
                    # its twins (one name twice in the document: last year's figure and this
                    # year's; "동행축제" and "소비촉진 행사 (동행축제)") join with it, rather
                    # than take another series
                    for joining in [
                        m,
                        *(
                            o
                            for o in here
                            if o is not m and o.series_id is None and are_twins(o, m, settings)
                        ),
                    ]:
                        joining.series_id = sid
                        series[sid].append(joining)
                        linked += 1
                    taken.add(sid)
            for m in here:  # one name twice in a document (last year's figure, this year's)
                if m.series_id is None:
                    twin = next(
                        (
                            o
                            for o in group
                            if o.order == order and o.series_id and are_twins(o, m, settings)
                        ),
                        None,
                    )
                    given = twin.series_id if twin is not None else None
                    chosen = given or new_series_id(m)
                    m.series_id = chosen
                    series[chosen].append(m)
    return linked


def read_crosswalk(path: Path) -> list[dict[str, str]]:
    """The crosswalk's lines; raises InputNotFoundError, in one line, for a file that is
    not one."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputNotFoundError(f"{path}: cannot be read as CSV ({exc})") from None
    if rows and not {"project_id", "series_id"} <= set(rows[0]):
        raise InputNotFoundError(f"{path}: needs the columns project_id and series_id")
    return [r for r in rows if (r.get("project_id") or "").strip()]


def apply_crosswalk(
    members: list[Member], rows: list[dict[str, str]], report: SeriesReport
) -> None:
    for row in rows:
        project, sid = row["project_id"].strip(), (row.get("series_id") or "").strip()
        doc = (row.get("doc_id") or "").strip()
        hits = [m for m in members if m.project_id == project and (not doc or m.doc_id == doc)]
        if not hits or not sid:
            report.stale.append(f"{project}{' in ' + doc if doc else ''}: matches no project")
            continue
        for m in hits:
            m.series_id = sid
        report.crosswalk_applied += 1


def programme_rows(
    members: list[Member], projects: dict[tuple[str, str], dict[str, Any]],
    fundings: dict[tuple[str, str], dict[str, Any]],
) -> dict[str, list[Programme]]:  # fmt: skip
    """Each document's programmes, with the mention in the latest earlier plan."""
    by_series: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        by_series[m.series_id or ""].append(m)
    out: dict[str, list[Programme]] = defaultdict(list)
    for m in members:
        project = projects[m.doc_id, m.project_id]
        state = fundings.get((m.doc_id, project["funding_id"]), {})
        earlier = [
            o
            for o in by_series[m.series_id or ""]
            if o.plan_year is not None and m.plan_year is not None and o.plan_year < m.plan_year
        ]
        previous = max(earlier, key=lambda o: (o.plan_year or 0, o.order), default=None)
        before = projects[previous.doc_id, previous.project_id] if previous else {}
        before_state = fundings.get((previous.doc_id, before["funding_id"]), {}) if previous else {}
        amount, earlier_amount = project["amount_krw"], before.get("amount_krw")
        same_scope = before_state.get("scope") == state.get("scope")
        out[m.doc_id].append(
            Programme(
                doc_id=m.doc_id,
                series_id=m.series_id or "",
                project_id=m.project_id,
                organisation=m.organisation,
                plan_year=m.plan_year,
                name=m.name,
                kind=m.kind,
                amount_krw=amount,
                scope=state.get("scope") or "unknown",
                scope_year=state.get("scope_year"),
                start_year=project["start_year"],
                end_year=project["end_year"],
                page=int(state.get("page") or 0),
                previous_doc_id=previous.doc_id if previous else None,
                previous_plan_year=previous.plan_year if previous else None,
                previous_name=previous.name if previous else None,
                previous_amount_krw=earlier_amount,
                change_krw=(
                    amount - earlier_amount
                    if amount is not None and earlier_amount is not None and same_scope
                    else None
                ),
            )
        )
    return out


def members_of(
    documents: list[dict[str, Any]],
    projects: dict[tuple[str, str], dict[str, Any]],
    fundings: list[dict[str, Any]],
) -> list[Member]:
    """The projects as the series step compares them: each with the names of its mentions
    (a figure a later one on its line replaces, last year's, left out)."""
    order = {
        d["doc_id"]: n
        for n, d in enumerate(
            sorted(documents, key=lambda d: (d["plan_year"] or 9999, d["source_name"], d["doc_id"]))
        )
    }
    info = {d["doc_id"]: d for d in documents}
    mention_keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in fundings:
        if f["project"] and not f["superseded"]:
            mention_keys[f["doc_id"], f["project_id"]].update(series_keys(f["project"]))
    return [
        Member(
            doc_id=doc_id,
            project_id=project_id,
            organisation=info[doc_id]["organisation"],
            plan_year=info[doc_id]["plan_year"],
            order=order[doc_id],
            name=p["name"],
            kind=p["kind"],
            keys=frozenset(mention_keys[doc_id, project_id]),
            series_id=None,
            amount_krw=p["amount_krw"],
            figures=figures_of(p["amount_krw"], p["start_year"], p["end_year"], p["sources"]),
        )
        for (doc_id, project_id), p in projects.items()
        if doc_id in info
    ]


def document_series(
    document: dict[str, Any], projects: list[dict[str, Any]], fundings: list[dict[str, Any]]
) -> tuple[dict[str, str], list[Programme]]:
    """One document's series, as if it were the only one of its organisation: each
    project's series id, and its programmes (``extract`` writes them; the corpus step
    links them with the organisation's other documents)."""
    by_key = {(p["doc_id"], p["project_id"]): p for p in projects}
    members = members_of([document], by_key, fundings)
    link_members(members)
    states = {(f["doc_id"], f["funding_id"]): f for f in fundings}
    rows = programme_rows(members, by_key, states).get(document["doc_id"], [])
    return {m.project_id: m.series_id or "" for m in members}, rows


def read_corpus(
    dataset: Dataset,
) -> tuple[list[dict[str, Any]], dict[tuple[str, str], dict[str, Any]], list[dict[str, Any]]]:
    """What the series step reads of a dataset: its documents, its projects by (doc_id,
    project_id), and the fundings' columns it compares and reports."""
    documents = dataset.read_table("documents").to_pylist()
    projects = {
        (p["doc_id"], p["project_id"]): p for p in dataset.read_table("projects").to_pylist()
    }
    rows = (
        dataset.read_table("fundings")
        .select(
            [
                "doc_id", "funding_id", "scope", "scope_year", "page", "project", "project_id",
                "superseded",
            ]
        )
        .to_pylist()
    )  # fmt: skip
    return documents, projects, rows


def link_dataset(
    dataset: Dataset,
    crosswalk: Path | None = None,
    settings: SeriesSettings = SERIES,
    fresh: bool = False,
) -> SeriesReport:
    """Link the dataset's projects into series and write them (see the module's doc);
    ``fresh``: forget the ids given before. The dataset must be held by the caller
    (``Dataset.writing``)."""
    report = SeriesReport()
    documents, projects, rows = read_corpus(dataset)
    fundings = {(f["doc_id"], f["funding_id"]): f for f in rows}
    members = members_of(documents, projects, rows)
    previous = {
        (m.doc_id, m.project_id): projects[m.doc_id, m.project_id].get("series_id") for m in members
    }
    # ids given by an earlier run of this step are kept (a run again, a year added); a
    # document extracted since has the ids of its own alone (``document_series``)
    linked_before = set((dataset.manifest.get("series") or {}).get("documents", []))
    for m in members:
        kept = not fresh and m.doc_id in linked_before
        m.series_id = previous[m.doc_id, m.project_id] if kept else None
    report.linked = link_members(members, settings)
    path = crosswalk or Path(dataset.root) / CROSSWALK
    if path.exists():
        apply_crosswalk(members, read_crosswalk(path), report)
    counts: dict[str, set[str]] = defaultdict(set)
    for m in members:
        counts[m.series_id or ""].add(m.doc_id)
    report.series = sum(1 for docs in counts.values() if len(docs) > 1)
    programmes = programme_rows(members, projects, fundings)
    ids = {(m.doc_id, m.project_id): m.series_id for m in members}
    for document in dataset.documents:
        doc_id = document["doc_id"]
        write_series(dataset, doc_id, ids, programmes.get(doc_id, []))
        document.setdefault("rows", {})["programmes"] = len(programmes.get(doc_id, []))
    dataset.manifest["series"] = {
        "series": report.series,
        "linked": report.linked,
        "crosswalk_applied": report.crosswalk_applied,
        "stale": report.stale,
        "documents": sorted(d["doc_id"] for d in dataset.documents),
    }
    dataset.save(now=True)
    return report


@dataclass(frozen=True)
class Suggestion:
    """A link the rules did not make, for a person to accept into the crosswalk."""

    project_id: str
    series_id: str
    doc_id: str
    closeness: float
    note: str
    link: int = 0  # which suggested link it is a line of (1, 2 …): one link may take lines


def suggest_links(
    dataset: Dataset, limit: int, settings: SeriesSettings = SERIES
) -> list[Suggestion]:
    """For each project that no earlier document's project shares a series with, the
    earlier programme of its organisation closest to it both ways, when close enough
    (``SeriesSettings.suggest_close``); closest first, at most ``limit`` links. A link
    of a series that several projects of one document share (one name's figures: "국내
    벤처투자" 7.7조원, 1.8조원, …) is one suggestion of as many lines, so that keeping it
    moves them all. Read only: a suggestion becomes a link once a person puts its lines in
    the crosswalk."""
    documents, projects, rows = read_corpus(dataset)
    members = members_of(documents, projects, rows)
    for m in members:
        m.series_id = projects[m.doc_id, m.project_id].get("series_id") or None
    by_series: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        by_series[m.series_id or ""].append(m)
    # each link: the projects of one series in one document sent to one earlier series
    groups: dict[tuple[str, str, str], list[Suggestion]] = defaultdict(list)
    for m in members:
        alone = all(o.order >= m.order for o in by_series[m.series_id or ""])
        keys = linkable_keys(m, settings)
        if m.organisation is None or not alone or not keys:
            continue
        best: tuple[float, str, Member] | None = None
        for sid, others in by_series.items():
            earlier = [o for o in others if o.organisation == m.organisation and o.order < m.order]
            if not sid or not earlier or any(o.order == m.order for o in others):
                continue
            close = max(
                (closeness_of(k, other) for o in earlier for other in o.keys for k in keys),
                default=0.0,
            )
            if close >= settings.suggest_close and (best is None or close > best[0]):
                best = (close, sid, max(earlier, key=lambda o: o.order))
        if best is not None:
            close, sid, other = best
            note = (
                f"suggested: {m.name} ({m.plan_year}) ~ {other.name} ({other.plan_year}), "
                f"closeness {close:.2f}"
            )
            suggestion = Suggestion(m.project_id, sid, m.doc_id, close, note)
            groups[m.doc_id, m.series_id or m.project_id, sid].append(suggestion)
    ranked = sorted(
        groups.values(),
        key=lambda g: (-max(s.closeness for s in g), g[0].doc_id, min(s.project_id for s in g)),
    )
    return [
        replace(s, link=n)
        for n, g in enumerate(ranked[:limit], 1)
        for s in sorted(g, key=lambda s: s.project_id)
    ]


def write_series(
    dataset: Dataset, doc_id: str, ids: dict[tuple[str, str], str | None], rows: list[Programme]
) -> None:
    """One document's projects with their series ids, and its programmes: each written to
    a temporary name, then moved into place."""
    projects = dataset.read_table("projects", [doc_id])
    column = pa.array(
        [ids.get((doc_id, p)) for p in projects.column("project_id").to_pylist()], pa.string()
    )
    index = projects.schema.get_field_index("series_id")
    if index < 0:  # written before series were: the column added
        projects = projects.append_column(pa.field("series_id", pa.string()), column)
    else:
        projects = projects.set_column(index, projects.schema.field(index), column)
    dataset.replace_table("projects", doc_id, projects)
    dataset.replace_table("programmes", doc_id, rows_to_table("programmes", rows))
