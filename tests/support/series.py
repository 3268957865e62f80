"""Score a dataset's series against hand-labelled pairs of programmes (tests/data/series_gold).

A gold file names two documents and lists ``same`` pairs (one programme, a money mention in
each) and ``different`` pairs (look-alike mentions of two programmes), each mention by its
page and its amount as printed. A mention is found as the funding record on that page
whose amount (or raw expression) is the one printed; its series is its project's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

SPACES_RE = regex.compile(r"\s+")


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


def series_of(
    mention: dict[str, Any], doc_id: str, fundings: list[dict[str, Any]],
    series: dict[tuple[str, str], str | None],
) -> str | None:  # fmt: skip
    """The series of the record a gold mention names, or None where it is not found."""
    amount = squash(mention["amount"])
    found = [
        f
        for f in fundings
        if f["doc_id"] == doc_id
        and f["page"] == mention["page"]
        and (squash(f["amount_raw"]) == amount or amount in squash(f["raw"]))
    ]
    if not found:
        return None
    return series.get((doc_id, found[0]["project_id"]))


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
            label = f"{pair['a']['name']} (p{pair['a']['page']}) / {pair['b']['name']} (p{pair['b']['page']})"
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
    return out


def read_gold(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
