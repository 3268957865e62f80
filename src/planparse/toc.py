"""Table of contents (보고 순서 / 목차): read its entries, check sections against them."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from planparse._glyphs import ROMAN_NUMERALS
from planparse.pdf import Line, PageLines

TOC_TITLE_RE = regex.compile(r"^(보고\s*순서|목\s*차|순\s*서|차\s*례|보고\s*내용)$")
# "Ⅳ. 2025년 주요 업무계획 ······ 23", "1. 주력 제조산업 … 24", "【부록 1】 2025년 주요 행사일정 60"
TOC_ENTRY_RE = regex.compile(
    r"""^(?:
        (?P<roman>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|(?:IX|IV|X|V?I{1,3}|V)(?=\s*\.))\s*\.?   # chapter numeral
      | (?P<letter>[a-j])\s*\.                                            # chapter letter (a broken
                                                                          # character map turns Ⅰ into a)
      | (?P<arabic>\d{1,2})\s*[.)]                                        # strategy number
      | [【\[(]\s*(?:부록|별첨|붙임|참고(?:자료)?)\s*(?P<appendix>\d*)\s*[】\])]  # 【부록 1】 (참고)
      | (?:부록|별첨|붙임)\s*(?P<bare>\d*)\s*[:：]                          # 별첨 : …
    )
    \s*(?P<title>.*?)                     # the title
    [\s·.…‥・ㆍ-]*                         # leader dots
    \(?(?P<page>\d(?:\s?\d){0,2})\s*(?:p\)|\))?$   # printed page, maybe letter-spaced ("1 0"), (29p)
    """,
    regex.VERBOSE,
)


@dataclass
class TocEntry:
    """One entry of the table of contents."""

    kind: str  # chapter, strategy or appendix
    number: int | None
    chapter: int | None  # for strategies: the chapter they are listed under
    title: str
    printed_page: int


def find_toc_page(pages: list[PageLines], within: int = 6) -> PageLines | None:
    """Return the table-of-contents page among the first pages, if there is one."""
    for page in pages[:within]:
        if any(TOC_TITLE_RE.match(ln.text.replace(" ", "")) for ln in page.lines[:4]):
            return page
    return None


def join_rows(lines: list[Line]) -> list[str]:
    """Join the segments of each visual row (title and right-aligned page number)."""
    rows: list[list[Line]] = []
    for ln in sorted(lines, key=lambda ln: ln.mid):
        if rows and abs(ln.mid - rows[-1][0].mid) <= 0.5 * ln.size:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [" ".join(seg.text for seg in sorted(row, key=lambda s: s.x0)) for row in rows]


def parse_toc(page: PageLines) -> list[TocEntry]:
    """Given the contents page, return its entries in order."""
    entries: list[TocEntry] = []
    chapter: int | None = None
    for row in join_rows(page.lines):
        m = TOC_ENTRY_RE.match(row.strip())
        if not m:
            continue
        title = m["title"].strip().rstrip("/ ").strip()
        printed = int(m["page"].replace(" ", ""))
        if m["roman"] or m["letter"]:
            chapter = ROMAN_NUMERALS[m["roman"]] if m["roman"] else ord(m["letter"]) - ord("a") + 1
            entries.append(TocEntry("chapter", chapter, None, title, printed))
        elif m["arabic"]:
            entries.append(TocEntry("strategy", int(m["arabic"]), chapter, title, printed))
        else:
            digits = m["appendix"] or m["bare"]
            entries.append(
                TocEntry("appendix", int(digits) if digits else None, None, title, printed)
            )
    return entries
