"""Front matter: the cover (title, organisation, year) and the contents page (보고 순서 /
목차) with its entries; where the body starts."""

from __future__ import annotations

from dataclasses import dataclass

from planparse.layout.lines import Line, PageLines
from planparse.notation.glyphs import ROMAN_NUMERALS
from planparse.notation.outline import (
    COVER_NOT_ORGANISATION,
    COVER_ORG_BRACKETS,
    COVER_ORG_LINE_CHARS,
    COVER_ORG_RE,
    COVER_ORG_WORD_RE,
    COVER_YEAR_RE,
    LEADING_YEAR_RE,
    ORG_CHART_HEAD_RE,
    ORG_CHART_HEADING_RE,
    ORG_CHART_LINES,
    ORG_CHART_PAGES,
    TOC_ENTRY_RE,
    TOC_TITLE_RE,
)
from planparse.text import unspaced


@dataclass
class TocEntry:
    """One entry of the table of contents."""

    kind: str  # chapter, strategy or appendix
    number: int | None
    chapter: int | None  # for strategies: the chapter they are listed under
    title: str
    printed_page: int


# The contents page stands among the first pages: the first six, or the first third of a
# plan that opens with a summary (요약) before its contents.
CONTENTS_WITHIN = 6
CONTENTS_WITHIN_SHARE = 1 / 3


def find_toc_page(pages: list[PageLines]) -> PageLines | None:
    """Return the table-of-contents page among the first pages, if there is one."""
    within = max(CONTENTS_WITHIN, int(len(pages) * CONTENTS_WITHIN_SHARE))
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


def content_start(pages: list[PageLines], toc_page: PageLines | None) -> int:
    """Return the first physical page of the report body (after cover and contents)."""
    if toc_page is not None:
        return toc_page.number + 1
    numbered = [p.number for p in pages if p.printed_page is not None]
    if numbered and numbered[0] > 1:
        return numbered[0]
    return 1


def read_cover(pages: list[PageLines]) -> tuple[str | None, str | None, int | None]:
    """Return (title, organisation, plan year) read from the cover page."""
    cover = next((p for p in pages if p.lines), None)
    if cover is None:
        return None, None, None
    by_size = sorted(cover.lines, key=lambda ln: -ln.size)
    biggest = by_size[0].size
    # The title is set in the cover's largest type, sometimes over two lines ("2025년" / "주요업무계획").
    title = " ".join(ln.text for ln in cover.lines if ln.size >= 0.6 * biggest) or None
    # A unit in brackets under a ministry's name is its office in charge ("교 육 부" over
    # "[학생건강정책관]"): the ministry is whose plan it is. A Busan cover brackets its bureau
    # ("(기 획 관)") beside a committee's name, so a bracketed unit stands where nothing else does.
    units = [
        (m.group(1), ln.text.lstrip()[:1] in COVER_ORG_BRACKETS)
        for ln in by_size
        if (m := COVER_ORG_RE.match(ln.text.replace(" ", "")))
        and COVER_NOT_ORGANISATION not in ln.text
    ]
    ministry = next(
        (
            m.group(1)
            for ln in by_size
            if len(ln.text) <= COVER_ORG_LINE_CHARS
            and (
                m := COVER_ORG_WORD_RE.search(ln.text)
                or COVER_ORG_WORD_RE.search(unspaced(ln.text))
            )
        ),
        None,
    )
    organisation = (
        next((unit for unit, bracketed in units if not bracketed), None)
        or ministry
        or next((unit for unit, _ in units), None)
    )
    year = COVER_YEAR_RE.search(title or "") or next(
        (m for ln in cover.lines if (m := LEADING_YEAR_RE.match(ln.text))), None
    )
    return title, organisation, int(year.group(1)) if year else None


def read_organisation_chart(pages: list[PageLines]) -> str | None:
    """The organisation the chart of a plan's 기본현황 is headed by ("□ 조 직 : 5과 …" over
    "해 양 농 수 산 국"), or None where the first pages hold no such chart."""
    for page in pages[:ORG_CHART_PAGES]:
        for at, line in enumerate(page.lines):
            heading = ORG_CHART_HEADING_RE.match(line.text)
            if heading is None:
                continue
            rest = [line.text[heading.end() :]] + [
                ln.text for ln in page.lines[at + 1 : at + 1 + ORG_CHART_LINES]
            ]
            for text in rest:
                head = ORG_CHART_HEAD_RE.match(unspaced(text))
                if head is not None:
                    return head["name"]
    return None
