"""Score a plan's sections against its outline gold (tests/data/outline_gold/*.jsonl).

Each gold line is one outline entry typed from the PDF: ``kind`` (chapter, strategy,
task, subtask, issue, appendix), ``number`` as printed, ``title`` as printed without its
numbering or drawing marks, and ``page``, the physical page of its title in the body.

An entry is *right* when a section of the same kind starts on the same page with the same
title (compared as letters and digits, look-alike characters in one form; a title that
differs only by a few characters, at least ``ALIKE`` alike, still counts). A section of an
outline kind that matches no gold entry of any kind on its page is *spurious*. A gold
entry whose title and page are found under another kind counts as *wrong kind*.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import regex

from planparse.notation.glyphs import NORMALISE

KINDS = ("chapter", "strategy", "task", "subtask", "issue", "appendix")
ALIKE = 0.9
NOT_WORD_RE = regex.compile(r"[^\p{L}\p{N}]")
ROMAN = dict(
    zip("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ", ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"], strict=True)
)


def key(title: str | None) -> str:
    """A title as compared: look-alikes in one form, letters and digits only."""
    text = "".join(NORMALISE.get(c, c) for c in title or "")
    return NOT_WORD_RE.sub("", text)


def same_title(gold: str, parsed: str) -> bool:
    a, b = key(gold), key(parsed)
    if not a or not b:
        return False
    return a == b or SequenceMatcher(None, a, b).ratio() >= ALIKE


def read_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@dataclass
class Score:
    plan: str
    entries: int = 0
    right: int = 0
    wrong_kind: int = 0
    spurious: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [right, entries]
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def share_right(self) -> float:
        return self.right / self.entries if self.entries else 1.0

    @property
    def share_spurious(self) -> float:
        return self.spurious / self.entries if self.entries else 0.0

    def add(self, other: Score) -> None:
        self.entries += other.entries
        self.right += other.right
        self.wrong_kind += other.wrong_kind
        self.spurious += other.spurious
        for kind, (r, n) in other.by_kind.items():
            mine = self.by_kind.setdefault(kind, [0, 0])
            mine[0] += r
            mine[1] += n


def score(plan: str, gold: list[dict[str, Any]], sections: list[dict[str, Any]]) -> Score:
    """Score sections (dicts with kind, title, page_start) against one plan's gold."""
    out = Score(plan)
    used: set[int] = set()
    for entry in gold:
        out.entries += 1
        counts = out.by_kind.setdefault(entry["kind"], [0, 0])
        counts[1] += 1
        on_page = [
            i
            for i, s in enumerate(sections)
            if s["page_start"] == entry["page"] and same_title(entry["title"], s["title"])
        ]
        right = [i for i in on_page if sections[i]["kind"] == entry["kind"] and i not in used]
        if right:
            out.right += 1
            counts[0] += 1
            used.add(right[0])
            continue
        if on_page:
            out.wrong_kind += 1
            kinds = sorted({sections[i]["kind"] for i in on_page})
            out.missed.append(f"{entry['kind']} p{entry['page']} {entry['title']!r}: {kinds}")
        else:
            out.missed.append(f"{entry['kind']} p{entry['page']} {entry['title']!r}: absent")
    for index, s in enumerate(sections):
        if s["kind"] not in KINDS or index in used:
            continue
        if any(g["page"] == s["page_start"] and same_title(g["title"], s["title"]) for g in gold):
            continue  # the gold's entry under another kind: counted as wrong kind
        out.spurious += 1
        out.extra.append(f"{s['kind']} p{s['page_start']} {s['title']!r}")
    return out


def sections_of(result: Any) -> list[dict[str, Any]]:
    """The sections of an ExtractResult as the scorer reads them."""
    return [{"kind": s.kind, "title": s.title, "page_start": s.page_start} for s in result.sections]


def report(scores: list[Score]) -> list[str]:
    lines = []
    total = Score("all")
    for s in scores:
        total.add(s)
        lines.append(
            f"{s.plan:45s} {s.right:4d}/{s.entries:<4d} {s.share_right:6.1%} right, "
            f"{s.wrong_kind:3d} wrong kind, {s.spurious:3d} spurious"
        )
    lines.append(
        f"{'all':45s} {total.right:4d}/{total.entries:<4d} {total.share_right:6.1%} right, "
        f"{total.wrong_kind:3d} wrong kind, {total.spurious:3d} spurious "
        f"({total.share_spurious:.1%} of entries)"
    )
    for kind in KINDS:
        if kind in total.by_kind:
            r, n = total.by_kind[kind]
            lines.append(f"  {kind:10s} {r:4d}/{n}")
    return lines
