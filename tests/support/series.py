"""Score a dataset's series against hand-labelled pairs of programmes (tests/data/series_gold).

A gold file names two documents (or one plan's two parts: ``score_parts``) and lists
``same`` pairs (one programme, a money mention in each) and ``different`` pairs (look-alike
mentions of two programmes), each mention by its page and its amount as printed. A mention
is found as the funding record on that page whose amount (or raw expression) is the one
printed; its series is its project's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from planparse.money.projects import similarity
from planparse.series.link import Member, figures_of, link_members, series_keys

SPACES_RE = regex.compile(r"\s+")
QUALIFIER_RE = regex.compile(r"^(?:약|최대|총|연)")
FIGURE_RE = regex.compile(r"\d[\d,.]*")


def squash(text: str | None) -> str:
    return SPACES_RE.sub("", (text or "").replace("’", "'").replace("‘", "'"))


@dataclass
class SeriesScore:
    same: int = 0
    same_linked: int = 0
    different: int = 0
    different_linked: int = 0
    unfound: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)  # same pairs not linked
    false: list[str] = field(default_factory=list)  # different pairs linked

    @property
    def share_linked(self) -> float:
        return self.same_linked / self.same if self.same else 1.0

    def report(self) -> str:
        return (
            f"same programme: {self.same_linked}/{self.same} share a series "
            f"({self.share_linked:.1%}); look-alikes: {self.different_linked}/{self.different} "
            f"wrongly share one; {len(self.unfound)} mentions not found"
        )


def found_record(
    mention: dict[str, Any], doc_id: str, fundings: list[dict[str, Any]]
) -> dict[str, Any] | None:
    """The record a gold mention names: on its page, of the amount printed, and of two such
    (one amount twice on a page) the one whose name is most like the mention's; or None."""
    amount = squash(mention["amount"])
    bare = QUALIFIER_RE.sub("", amount)  # "약 1,000억원", "최대 1억원" as typed
    figure = FIGURE_RE.match(bare)  # "62,900억원" typed where the label gives the unit
    found = [
        f
        for f in fundings
        if f["doc_id"] == doc_id
        and f["page"] == mention["page"]
        and (
            squash(f["amount_raw"]) in (amount, bare)
            or amount in squash(f["raw"])
            or bare in squash(f["raw"])
            or (figure is not None and squash(f["amount_raw"]) == figure.group(0))
        )
    ]
    named = squash(mention.get("name"))
    return max(
        found,
        key=lambda f: similarity(
            named, squash(f["project"] if isinstance(f["project"], str) else "")
        ),
        default=None,
    )


def series_of(
    mention: dict[str, Any], doc_id: str, fundings: list[dict[str, Any]],
    series: dict[tuple[str, str], str | None],
) -> str | None:  # fmt: skip
    """The series of the record a gold mention names, or None where it is not found."""
    found = found_record(mention, doc_id, fundings)
    return None if found is None else series.get((doc_id, found["project_id"]))


def tally(out: SeriesScore, kind: str, pair: dict[str, Any], a: str | None, b: str | None) -> None:
    """Count one labelled pair: ``a`` and ``b`` are its mentions' series (None: not found)."""
    label = (
        f"{pair['a']['name']} (p{pair['a']['page']}) / {pair['b']['name']} (p{pair['b']['page']})"
    )
    if a is None or b is None:
        out.unfound.append(label)
    linked = a is not None and a == b
    if kind == "same":
        out.same += 1
        out.same_linked += linked
        if not linked:
            out.missed.append(label)
    else:
        out.different += 1
        out.different_linked += linked
        if linked:
            out.false.append(label)


def score(
    gold: dict[str, Any], documents: list[dict[str, Any]], fundings: list[dict[str, Any]],
    projects: list[dict[str, Any]],
) -> SeriesScore:  # fmt: skip
    ids = {d["source_name"]: d["doc_id"] for d in documents}
    doc_a, doc_b = ids[gold["source_a"]], ids[gold["source_b"]]
    series = {(p["doc_id"], p["project_id"]): p["series_id"] for p in projects}
    out = SeriesScore()
    for kind in ("same", "different"):
        for pair in gold[kind]:
            a = series_of(pair["a"], doc_a, fundings, series)
            b = series_of(pair["b"], doc_b, fundings, series)
            tally(out, kind, pair, a, b)
    return out


def part_members(
    gold: dict[str, Any],
    document: dict[str, Any],
    fundings: list[dict[str, Any]],
    sources: list[dict[str, Any]] | None = None,
) -> tuple[list[Member], dict[tuple[str, str], Member]]:
    """A plan's results chapter (``a_pages``) and its plan chapters (``b_pages``) as two
    documents of its organisation, a year apart: each project's mentions in a part are a
    member of that part, compared by their names alone (``series.link.members_of`` as the
    corpus step builds them). Returns the members and each one's (part, project_id)."""
    keys: dict[tuple[str, str], set[str]] = {}
    first: dict[tuple[str, str], dict[str, Any]] = {}
    figures: dict[tuple[str, str], Any] = {}  # a project's figures as the part states them
    shares: dict[str, list[str]] = {}
    for share in sorted(sources or [], key=lambda r: (r["funding_id"], r["ordinal"])):
        if share["doc_id"] == document["doc_id"] and share["kind"] == "source":
            shares.setdefault(share["funding_id"], []).append(share["raw"])
    for f in fundings:
        part = part_of(gold, f["page"])
        named = isinstance(f["project"], str) and f["project"]  # (pandas reads null as NaN)
        if f["doc_id"] != document["doc_id"] or part is None or not named:
            continue
        if f["superseded"]:  # a figure a later one on its line replaces, as members_of
            continue
        key = (part, f["project_id"])
        keys.setdefault(key, set()).update(series_keys(f["project"]))
        first.setdefault(key, f)
        stated = figures_of(
            none_if_na(f["amount_krw"]),
            none_if_na(f["start_year"]),
            none_if_na(f["end_year"]),
            ", ".join(shares.get(f["funding_id"], [])),
        )
        if stated is not None:
            figures.setdefault(key, stated)
    members = {
        key: Member(
            doc_id=f"{document['doc_id']}#{key[0]}",
            project_id=key[1],
            organisation=document["organisation"] or document["doc_id"],
            plan_year=None,
            order=0 if key[0] == "a" else 1,
            name=f["project"],
            kind=f["kind"],
            keys=frozenset(keys[key]),
            series_id=None,
            amount_krw=f["amount_krw"],
            figures=figures.get(key),
        )
        for key, f in first.items()
    }
    return list(members.values()), members


def part_of(gold: dict[str, Any], page: int) -> str | None:
    for part in ("a", "b"):
        low, high = gold[f"{part}_pages"]
        if low <= page <= high:
            return part
    return None


def none_if_na(value: Any) -> Any:
    """A value pandas read as NaN for null, as None; years and amounts as ints."""
    if value is None or value != value:
        return None
    return int(value)


def score_parts(
    gold: dict[str, Any],
    documents: list[dict[str, Any]],
    fundings: list[dict[str, Any]],
    sources: list[dict[str, Any]] | None = None,
) -> SeriesScore:
    """Score the series rules on one plan's two parts (see ``part_members``) against pairs
    labelled from the PDF: a mention is found as in ``series_of``."""
    document = next(d for d in documents if d["source_name"] == gold["source"])
    members, by_key = part_members(gold, document, fundings, sources)
    link_members(members)
    series = {key: m.series_id for key, m in by_key.items()}
    out = SeriesScore()
    for kind in ("same", "different"):
        for pair in gold[kind]:
            ids = []
            for part in ("a", "b"):
                record = found_record(pair[part], document["doc_id"], fundings)
                ids.append(series.get((part, record["project_id"])) if record else None)
            tally(out, kind, pair, ids[0], ids[1])
    return out


def read_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
