"""Provenance: where on its page each funding expression stands.

Given the pages' lines (each with its glyphs and their boxes) and the funding records,
find each record's expression among the glyphs — compared without spaces, as the
glyphs carry none — and give the record the box of its first line (and the page it
runs on to, when it wraps onto the next page). Where the same expression is printed
more than once, the occurrence nearest to the item, title or table the record came
from is taken. An expression that cannot be found keeps no box: a missing box is
better than a wrong one.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from planparse.layout.lines import Glyph, PageLines
from planparse.output import model
from planparse.text import unspaced


@dataclass
class Stream:
    """The glyphs of a run of pages in reading order: their text without spaces, and for
    each character the glyph it came from (page, line number, glyph)."""

    text: str
    where: list[tuple[int, int, Glyph]]


@functools.lru_cache(maxsize=4096)
def without_spaces(text: str) -> str:
    """A glyph's text without white space (a page's glyphs are a few hundred texts)."""
    return unspaced(text)


def page_part(page: PageLines) -> tuple[str, list[tuple[int, int, Glyph]]]:
    """One page's share of a stream: its text without spaces, and each char's glyph. A
    page's part serves twice: in its own page's stream and in the page before's."""
    parts: list[str] = []
    where: list[tuple[int, int, Glyph]] = []
    for n, line in enumerate(page.lines):
        for glyph in line.glyphs:
            text = without_spaces(glyph[0])
            parts.append(text)
            where += [(page.number, n, glyph)] * len(text)
    return "".join(parts), where


def occurrences(stream: Stream, needle: str) -> list[int]:
    out, start = [], stream.text.find(needle)
    while start >= 0:
        out.append(start)
        start = stream.text.find(needle, start + 1)
    return out


@dataclass
class Hint:
    """Where a record came from: its page and a point of the item, title or table."""

    page: int
    x: float
    y: float


def box_of(stream: Stream, start: int, length: int) -> tuple[int, int, model.Box]:
    """Page, last page and box (on the first line) of a match."""
    matched = stream.where[start : start + length]
    page, line, _ = matched[0]
    first = [g for p, n, g in matched if (p, n) == (page, line)]
    box = (
        min(g[1] for g in first),
        min(g[2] for g in first),
        max(g[3] for g in first),
        max(g[4] for g in first),
    )
    return page, matched[-1][0], box


def nearest(stream: Stream, starts: list[int], hint: Hint) -> int:
    def distance(start: int) -> tuple[int, float]:
        page, _, glyph = stream.where[start]
        return (abs(page - hint.page), abs(glyph[2] - hint.y) + 0.1 * abs(glyph[1] - hint.x))

    return min(starts, key=distance)


def locate_fundings(
    fundings: list[model.Funding],
    pages: list[PageLines],
    hints: dict[str, Hint],
) -> None:
    """Give each funding record the box of its expression (``x0 … bottom``, ``page`` and
    ``page_end``) where it is found on its page or running on to the next."""
    by_number = {p.number: p for p in pages}
    by_page: dict[int, list[model.Funding]] = {}
    for funding in fundings:
        by_page.setdefault(funding.page, []).append(funding)
    parts: dict[int, tuple[str, list[tuple[int, int, Glyph]]]] = {}
    for number in sorted(by_page):  # one page and the next at a time: memory stays flat
        pair = (number, number + 1)
        parts = {n: parts.get(n) or page_part(by_number[n]) for n in pair if n in by_number}
        text = "".join(t for t, _ in parts.values())
        stream = Stream(text, [w for _, where in parts.values() for w in where])
        for funding in by_page[number]:
            locate_funding(funding, stream, hints)


def locate_funding(funding: model.Funding, stream: Stream, hints: dict[str, Hint]) -> None:
    """Give one funding record its box, from the stream of its page and the next."""
    needle = unspaced(funding.raw)
    starts = [s for s in occurrences(stream, needle) if stream.where[s][0] == funding.page]
    if not needle or not starts:
        return
    hint = hints.get(funding.funding_id, Hint(funding.page, 0.0, 0.0))
    page, page_end, box = box_of(stream, nearest(stream, starts, hint), len(needle))
    funding.x0, funding.top, funding.x1, funding.bottom = box
    funding.page_end = page_end
