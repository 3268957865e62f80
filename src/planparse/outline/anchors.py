"""Contents anchors: find each entry of the contents page in the body, however it is drawn.

The contents page (보고 순서, 목차) is the skeleton of a plan: every chapter,
strategy and appendix it lists is looked for on the printed page it gives (or
one either side), by its title compared without spacing and punctuation — in a
banner, a ruled frame, a divider page or letter-spaced text alike. The
structure stage opens a section where an entry is found, and only there: a
divider page and the body repeating a title make one section, not two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from planparse.layout.lines import Line, PageLines, printed_pages_of
from planparse.notation.glyphs import ROMAN_NUMERALS
from planparse.notation.outline import (
    APPENDIX,
    CHAPTER,
    ENUMERATOR_RE,
    LONE_NUMBER_RE,
    NUMBERED_TITLE_RE,
    STRATEGY,
)
from planparse.outline.contents import TocEntry
from planparse.outline.settings import OUTLINE, OutlineSettings
from planparse.output.model import Issue, Section
from planparse.text import letters_and_digits


def titles_match(contents: str, body: str, settings: OutlineSettings = OUTLINE) -> bool:
    """Whether a title of the contents and a line of the body name the same section."""
    a, b = letters_and_digits(contents), letters_and_digits(ENUMERATOR_RE.sub("", body))
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) < settings.short_title:
        return False
    short, long = sorted((a, b), key=len)
    if short in long and len(short) >= settings.contained_share * len(long):
        return True
    if b.startswith(a):
        return True  # the body adds to the title: "정책목표 및 전략 (중점 추진 과제)"
    return SequenceMatcher(None, a, b).ratio() >= settings.alike_ratio


def opens_title(title: str, lines: list[Line], settings: OutlineSettings = OUTLINE) -> bool:
    """Whether lines can be one title wrapped: its words set in one size (its numeral may
    stand apart, larger: "Ⅴ." beside "현안 사항"), the first line of words mostly words of
    the contents' title (not a line of body text above it)."""
    worded = [ln for ln in lines if letters_and_digits(ENUMERATOR_RE.sub("", ln.text))]
    if not worded:
        return False
    if max(ln.size for ln in worded) - min(ln.size for ln in worded) > settings.title_size_step:
        return False
    first, whole = (
        letters_and_digits(ENUMERATOR_RE.sub("", worded[0].text)),
        letters_and_digits(title),
    )
    shared = SequenceMatcher(None, first, whole).find_longest_match(0, len(first), 0, len(whole))
    return shared.size >= settings.contained_share * len(first)


def likeness(title: str, lines: list[Line]) -> float:
    """How alike a contents title and the text of some lines are, 0 to 1."""
    body = letters_and_digits(ENUMERATOR_RE.sub("", " ".join(line.text for line in lines)))
    return SequenceMatcher(None, letters_and_digits(title), body).ratio()


def beside_another(line: Line, lines: list[Line], settings: OutlineSettings = OUTLINE) -> bool:
    """Whether a line shares its row with another line of text that stands apart from it
    (a diagram's boxes side by side; a title stands alone, or beside its own number)."""
    return any(
        other is not line
        and abs(other.top - line.top) <= settings.row_share * line.size
        and other.size >= settings.beside_size_share * line.size
        and ENUMERATOR_RE.sub("", other.text).strip()  # not a numeral set apart ("Ⅴ.")
        and not LONE_NUMBER_RE.match(other.text)
        and (other.x0 > line.x1 + line.size or other.x1 < line.x0 - line.size)
        for other in lines
    )


@dataclass
class Anchors:
    """The contents' entries, where their titles stand in the body, and which are open."""

    entries: list[TocEntry]
    found: dict[int, str] = field(default_factory=dict)  # entry index -> section id
    places: dict[tuple[int, int], tuple[int, list[Line]]] = field(default_factory=dict)
    # (physical page, index of the title's first line) -> (entry index, the title's lines)
    settings: OutlineSettings = OUTLINE

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}

    def strategies_of(self, chapter: int | None) -> bool:
        """Whether the contents lists strategies under this chapter."""
        return any(e.kind == STRATEGY and e.chapter == chapter for e in self.entries)

    def locate(self, pages: list[PageLines], min_size: float) -> None:
        """Find each entry's title in the body: on the printed page the contents gives, else
        the nearest page that has it; strategies between their chapter and the next."""
        by_printed: dict[int, list[PageLines]] = {}
        for page in pages:
            for printed in printed_pages_of(page):
                by_printed.setdefault(printed, []).append(page)
        bounds = (0, max((p.number for p in pages), default=0) + 1)
        chapter_pages: dict[int | None, int] = {}
        for i, entry in enumerate(self.entries):
            low, high = bounds
            if entry.kind == STRATEGY:
                low = chapter_pages.get(entry.chapter, 0)
                later = [
                    p
                    for n, p in chapter_pages.items()
                    if n is not None and entry.chapter is not None and n > entry.chapter
                ]
                high = min(later, default=high)
            place = self.find(entry, pages, by_printed, (low, high), min_size)
            if place is None and entry.kind == CHAPTER:
                after = max(chapter_pages.values(), default=0)
                place = self.find_numeral(entry, [p for p in pages if p.number > after], min_size)
            if place is not None:
                self.places[place[0]] = (i, place[1])
                if entry.kind == CHAPTER:
                    chapter_pages[entry.number] = place[0][0]

    def title_lines(self) -> set[int]:
        """The lines (by id) that carry a located title, all of them."""
        return {id(ln) for _, lines in self.places.values() for ln in lines}

    def find(
        self,
        entry: TocEntry,
        pages: list[PageLines],
        by_printed: dict[int, list[PageLines]],
        bounds: tuple[int, int],
        min_size: float,
    ) -> tuple[tuple[int, int], list[Line]] | None:
        taken = self.title_lines()
        order: list[PageLines] = []
        if entry.printed_page is not None:
            for distance in range(0, self.settings.max_page_distance + 1):
                for printed in sorted(
                    {entry.printed_page - distance, entry.printed_page + distance}
                ):
                    order += by_printed.get(printed, [])
        numbered = {p.number for p in order}
        # pages without a printed number (divider pages) next to the pages the contents names
        order += [
            p
            for p in pages
            if p.printed_page is None and ({p.number - 1, p.number + 1} & numbered or not numbered)
        ]
        for page in order:
            if not bounds[0] <= page.number <= bounds[1]:
                continue
            # a divider page's big number may stand between the two lines of its title
            lines = [
                (k, ln)
                for k, ln in enumerate(page.lines)
                if not (ln.running or ln.caption or LONE_NUMBER_RE.match(ln.text))
                and ln.size >= min_size
                and id(ln) not in taken
                and not beside_another(ln, page.lines, self.settings)
            ]
            for j, (k, _) in enumerate(lines):
                windows = [[line for _, line in lines[j : j + width]] for width in (1, 2, 3, 4)]
                matching = [
                    w
                    for w in windows
                    if titles_match(entry.title, " ".join(line.text for line in w), self.settings)
                    and (len(w) == 1 or opens_title(entry.title, w, self.settings))
                ]
                if matching:  # the title's lines: the window most like the contents' title
                    best = max(matching, key=lambda w: likeness(entry.title, w))
                    return (page.number, k), best
        return self.find_by_number(entry, by_printed, min_size, taken)

    @staticmethod
    def find_by_number(
        entry: TocEntry, by_printed: dict[int, list[PageLines]], min_size: float, taken: set[int]
    ) -> tuple[tuple[int, int], list[Line]] | None:
        """A chapter or appendix whose body title differs from the contents' ("Ⅴ. 2025년도 주요
        역점 시책" for "2025년도 업무계획"): its numeral or mark on the very page given."""
        if entry.kind not in (CHAPTER, APPENDIX) or entry.printed_page is None:
            return None
        for page in by_printed.get(entry.printed_page, []):
            for k, ln in enumerate(page.lines):
                if ln.size < min_size or id(ln) in taken or ln.running or ln.caption:
                    continue
                m = NUMBERED_TITLE_RE.match(ln.text)
                if m is None:
                    continue
                if (
                    entry.kind == CHAPTER
                    and m["roman"]
                    and ROMAN_NUMERALS[m["roman"]] == entry.number
                ):
                    return (page.number, k), [ln]
                if (
                    entry.kind == APPENDIX
                    and m["mark"]
                    and (entry.number is None or m["digits"] == str(entry.number))
                ):
                    return (page.number, k), [ln]
        return None

    def find_numeral(
        self, entry: TocEntry, pages: list[PageLines], min_size: float
    ) -> tuple[tuple[int, int], list[Line]] | None:
        """A chapter found neither by its title nor on its page (the body words it
        otherwise, and the plan prints no page numbers): the first line after the chapter
        before it that opens with its numeral, at title size."""
        taken = self.title_lines()
        for page in pages:
            for k, ln in enumerate(page.lines):
                if ln.size < min_size or id(ln) in taken or ln.running or ln.caption:
                    continue
                m = NUMBERED_TITLE_RE.match(ln.text)
                if m and m["roman"] and ROMAN_NUMERALS[m["roman"]] == entry.number:
                    return (page.number, k), [ln]
        return None

    def repeats(self, line: Line) -> bool:
        """Whether a line repeats the title of an entry already found (a running banner)."""
        if not self.found:
            return False
        text = letters_and_digits(ENUMERATOR_RE.sub("", line.text))
        return any(letters_and_digits(self.entries[i].title) == text for i in self.found)


def check_contents(
    toc: list[TocEntry], found: dict[int, str], sections: list[Section], doc_id: str
) -> list[Issue]:
    """An issue for each contents entry not found in the body, or found on another page."""
    by_id = {s.section_id: s for s in sections}
    issues: list[Issue] = []
    for i, entry in enumerate(toc):
        label = f"{entry.kind} {entry.number} {entry.title!r}"
        section = by_id.get(found.get(i, ""))
        if section is None:
            message = f"contents lists {label} on page {entry.printed_page}; no such section found"
            issues.append(Issue.of(doc_id, "toc_entry_not_found", message, raw=entry.title))
        elif section.printed_page_start != entry.printed_page:
            message = (
                f"contents gives page {entry.printed_page} for {label}; "
                f"it starts on printed page {section.printed_page_start}"
            )
            issues.append(
                Issue.of(
                    doc_id,
                    "toc_page_mismatch",
                    message,
                    page=section.page_start,
                    section_id=section.section_id,
                    raw=entry.title,
                )
            )
    return issues
