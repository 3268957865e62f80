"""Outline stage: visual lines -> the section tree and its items.

``lines_to_tree`` walks the content pages; ``TreeBuilder.classify`` decides what each
line is (chapter, appendix, strategy, task, subtask, 현안 block, □ heading, or an item
line) from its numbering and its look, and the builder nests sections and items. See
docs/DESIGN.md ("Layout") and README ("sections.kind").
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field, replace

import regex

from planparse.layout.lines import Line, PageLines
from planparse.notation.glyphs import CIRCLED_NUMBERS, MARKERS, ROMAN_NUMERALS
from planparse.notation.outline import (
    ANNOTATION_MARKERS,
    APPENDIX,
    APPENDIX_CHAPTER_RE,
    APPENDIX_RE,
    BANNER,
    BARE_APPENDIX_RE,
    BLOCK_LABEL_RE,
    BOXED,
    BOXED_TASK,
    CAPTION_RE,
    CHAPTER,
    CHAPTER_RE,
    DRAWING_MARKS_RE,
    ENUMERATOR_RE,
    HEADING,
    INLINE,
    INLINE_APPENDIX_RE,
    ISSUE,
    ISSUE_RE,
    ISSUES_CHAPTER_RE,
    KEYWORD_TITLE_RE,
    LEAD_SIGNS,
    LEVEL_KINDS,
    LISTED,
    LONE_NUMBER_RE,
    LONE_NUMERAL_RE,
    LONE_PATH_RE,
    OVERVIEW_TASK_RE,
    PATH_KINDS,
    PATH_RE,
    REVIEW_CHAPTER_RE,
    REVIEWED,
    SENTENCE_ENDINGS,
    STRATEGY,
    SUBTASK,
    TASK,
    Scheme,
    match_scheme,
)
from planparse.notation.tables import LINE_TREE_RANKS
from planparse.outline.anchors import Anchors
from planparse.outline.contents import TocEntry
from planparse.outline.settings import OUTLINE, OutlineSettings
from planparse.output.model import Issue, Item, Section
from planparse.text import letters_and_digits, without_title_fillers

# A page listing at least this many numbered titles and no bullet is a summary of them.
SUMMARY_TITLES = 3


@dataclass
class Tree:
    """The result of the structure stage."""

    doc_id: str
    sections: list[Section] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    overview: dict[int, str] = field(default_factory=dict)  # task_no -> overview title
    toc_found: dict[int, str] = field(default_factory=dict)  # contents entry -> section id
    framed: set[str] = field(default_factory=set)  # items read from a framed box, not a table


def body_size(pages: list[PageLines]) -> float:
    """Return the most common text size of the document's lines (the body size)."""
    sizes = [round(ln.size) for p in pages for ln in p.lines if not (ln.in_table or ln.framed)]
    return float(statistics.mode(sizes)) if sizes else 12.0


def split_marker(text: str) -> tuple[str, str]:
    """Split a normalised line into its bullet marker (normalised) and the rest."""
    if not text:
        return "", ""
    first = text[0]
    if first in MARKERS:
        if first == "-" and len(text) > 1 and text[1].isdigit():
            return "", text  # a negative number, not a dash bullet
        if first == "*" and text.startswith("**"):
            return "*", text.lstrip("*").strip()
        return MARKERS[first], text[1:].strip()
    return "", text


CIRCLED_RE = regex.compile(f"[{''.join(CIRCLED_NUMBERS)}]")


def continues_numbering(text: str, line: str) -> bool:
    """Whether a line opening with a circled number is the next of a list numbered inside the
    text above, left open by a comma ("□ (글로벌 마이스 …) ①전시공간 확충(…)," then "②해운대
    국제회의 …"): the line wraps that text, it opens no item of its own. After a clause closed
    ("(현안) ➊ … 구축 절실" then "➋ 르노 …") it is a point of its own."""
    number = CIRCLED_NUMBERS.get(line[:1])
    inside = [m for m in CIRCLED_RE.finditer(text) if m.start() > 0]
    return (
        text.rstrip().endswith(",")
        and number is not None
        and number > 1
        and bool(inside)
        and CIRCLED_NUMBERS[inside[-1].group()] == number - 1
    )


def is_divider_page(
    page: PageLines, body: float, settings: OutlineSettings = OUTLINE
) -> Line | None:
    """Return the big lone strategy number of a strategy divider page, if it is one."""
    for ln in page.lines:
        if LONE_NUMBER_RE.match(ln.text) and ln.size >= settings.divider_number_size * body:
            return ln
    return None


def overview_task_lines(page: PageLines) -> list[tuple[int, Line, str]]:
    """Return (task_no, line, title) for a task overview page (①–㉒ list), else []."""
    found: list[tuple[int | None, Line, str]] = []
    columns: set[int] = set()
    for ln in sorted(page.lines, key=lambda ln: ln.top):
        m = OVERVIEW_TASK_RE.match(ln.text)
        if not m:
            continue
        if m["circled"] or m["big"]:
            number = CIRCLED_NUMBERS[m["circled"]] if m["circled"] else int(m["big"])
            found.append((number, ln, m["title"]))
            columns.add(round(ln.x0))
        else:
            found.append((None, ln, m["title"]))
    numbers = [n for n, _, _ in found if n is not None]
    if len(numbers) < 5 or numbers[0] != 1 or len(set(numbers)) < len(numbers):
        return []  # not a ①–㉒ overview: an ordinary enumeration, or two lists (① then ❶❷)
    while found[-1][0] is None:
        found.pop()  # a box after the last number is a heading below the list
    out: list[tuple[int, Line, str]] = []
    previous = 0
    for found_number, ln, title in found:
        if found_number is None and not any(abs(ln.x0 - c) <= 2 for c in columns):
            continue
        # a private-use glyph in the numbered column stands for the next number
        previous = found_number if found_number is not None else previous + 1
        out.append((previous, ln, title))
    return out


class TreeBuilder:
    """Walks content lines in reading order and builds sections and items."""

    def __init__(
        self,
        doc_id: str,
        body: float,
        anchors: Anchors | None = None,
        settings: OutlineSettings = OUTLINE,
    ) -> None:
        self.settings = settings
        self.doc_id = doc_id
        # the contents page's entries: where they are found, and only there, their sections open
        self.anchors = anchors or Anchors([])
        self.body = body
        self.tree = Tree(doc_id)
        self.open: dict[str, Section | None] = dict.fromkeys(
            (CHAPTER, STRATEGY, TASK, SUBTASK, ISSUE, HEADING, INLINE)
        )
        self.first_on_page = False  # the line being added opens its page's text
        # the lines (by id) of a page, or a spread's half, that lists titles the pages
        # after it open (a divider's, a task cover's list)
        self.summary_lines: set[int] = set()
        self.half_lines: dict[int, list[Line]] = {}  # line id -> the lines of its half
        self.contents_page = False  # the page lists chapters: a contents page, not body
        self.boxed_pending = False  # the next section opened is a boxed title's
        self.boxed_sections: list[Section] = []  # sections opened by boxed titles
        self.boxed_task = False  # the open task is a □ title (the strategy numbers none)
        self.boxed_task_size = 0.0
        self.boxed_style: tuple[bool, float, float] | None = None  # the boxed level's look
        self.boxed_by_look = False  # the boxed level opened at body size, by its glyph
        self.listed_style: tuple[str, float] | None = None  # scheme and size of found strategies
        self.pending_path: str | None = None  # the path of the title being classified
        self.paths: dict[str, str] = {}  # kind -> the path of its open title ("1-2")
        # the parts an appendix chapter's divider lists, by their letters: where the body
        # opens one, it is an appendix within the chapter
        self.listed_parts: dict[str, str] = {}
        self.listed_paths: dict[str, str] = {}  # path -> title, as the document lists it
        self.page_lines: list[Line] = []  # the lines of the page being read
        self.page_width = 595.0  # the width of the page being read
        self.boxed_numbers: set[int] = set()  # ids of lines joined to a boxed number
        self.consumed: set[int] = set()  # ids of lines read as the title of a mark above
        # the numbering schemes of the open titles below the chapter, outermost first
        self.levels: list[Scheme] = []
        self.level_sizes: dict[str, float] = {}  # the size each numbering style opened at
        self.pending_number: int | None = None  # a task number set apart from its title
        self.task_count = 0
        self.strategy_count = 0
        self.item_stack: list[tuple[float, Item]] = []
        self.last_item: Item | None = None
        self.last_line: Line | None = None
        self.last_section: Section | None = None  # for wrapped titles

    # -- sections ---------------------------------------------------------
    def container(self) -> Section | None:
        """The innermost open section: a 참고 page inside a chapter holds what follows it;
        a part an appendix chapter's divider lists ("2025 주요 성과") holds its titles."""
        order = (
            (HEADING, SUBTASK, TASK, ISSUE, STRATEGY, INLINE, CHAPTER)
            if self.in_appendix_part()
            else (HEADING, INLINE, SUBTASK, TASK, ISSUE, STRATEGY, CHAPTER)
        )
        for kind in order:
            if self.open[kind] is not None:
                return self.open[kind]
        return None

    def in_appendix_chapter(self) -> bool:
        """Whether the open chapter is an appendix chapter (부록) whose divider lists parts."""
        chapter = self.open[CHAPTER]
        return chapter is not None and chapter.kind == APPENDIX

    def in_appendix_part(self) -> bool:
        """Whether a part listed by an appendix chapter is open: the titles below it are its
        own, until the next part or chapter."""
        return self.in_appendix_chapter() and self.open[INLINE] is not None

    def open_section(
        self, kind: str, number: int | None, title: str, ln: Line, inline_appendix: bool = False
    ) -> Section:
        inline = kind == APPENDIX and inline_appendix
        closes = {
            CHAPTER: (CHAPTER, STRATEGY, TASK, SUBTASK, ISSUE, HEADING, INLINE),
            APPENDIX: (CHAPTER, STRATEGY, TASK, SUBTASK, ISSUE, HEADING, INLINE),
            STRATEGY: (STRATEGY, TASK, SUBTASK, ISSUE, HEADING, INLINE),
            TASK: (TASK, SUBTASK, ISSUE, HEADING, INLINE),
            SUBTASK: (SUBTASK, HEADING, INLINE),
            ISSUE: (TASK, SUBTASK, ISSUE, HEADING, INLINE),
            HEADING: (HEADING,),
        }[kind]
        if (
            inline and self.in_appendix_chapter()
        ):  # the next part of an appendix chapter: the last part's titles close
            closes = (STRATEGY, TASK, SUBTASK, ISSUE, HEADING, INLINE)
            self.levels = []
        elif inline:  # a 참고 page inside a chapter: the chapter (and its levels) stay open
            closes = (HEADING, INLINE)
        elif kind not in (CHAPTER, APPENDIX) and self.in_appendix_part():
            closes = tuple(k for k in closes if k != INLINE)  # titles within the part
        for k in closes:
            self.open[k] = None
        if kind in (CHAPTER, APPENDIX) and not inline:
            listed = kind == CHAPTER and self.anchors.strategies_of(number)
            self.levels = [LISTED] if listed else []
            self.listed_parts = {}
        parent = None if kind in (CHAPTER, APPENDIX) and not inline else self.container()
        ordinal = len(self.tree.sections) + 1
        section_id = f"s{ordinal:04d}"
        section = Section(
            doc_id=self.doc_id,
            section_id=section_id,
            parent_id=parent.section_id if parent else None,
            kind=kind,
            number=number,
            task_no=None,
            title=title,
            title_raw=ln.text_raw,
            toc_title=None,
            page_start=ln.page,
            page_end=ln.page,
            printed_page_start=ln.printed_page,
            printed_page_end=ln.printed_page,
            path=(parent.path + "/" if parent else "") + section_id,
            ordinal=ordinal,
            x0=round(ln.x0, 2),
            top=round(ln.top, 2),
            x1=round(ln.x1, 2),
            bottom=round(ln.bottom, 2),
        )
        if kind == TASK:
            self.task_count += 1
            section.task_no = self.task_count
        if kind in (CHAPTER, APPENDIX, STRATEGY, TASK):
            self.boxed_task = False  # set again by the caller for a □ task
        for closed in closes:  # the paths of the levels it closes ("1-2" of a task)
            self.paths.pop(closed, None)
        self.tree.sections.append(section)
        self.open[INLINE if inline else CHAPTER if kind == APPENDIX else kind] = section
        self.item_stack = []
        self.last_item = None
        self.last_section = section
        return section

    def touch(self, ln: Line) -> None:
        """Extend every open section to the page of this line."""
        for section in self.open.values():
            if section is not None and ln.page >= section.page_end:
                section.page_end = ln.page
                if ln.printed_page is not None:
                    section.printed_page_end = ln.printed_page

    def chapter_number(self) -> int | None:
        chapter = self.open[CHAPTER]
        return chapter.number if chapter is not None and chapter.kind == CHAPTER else None

    def open_anchor(self, index: int, lines: list[Line]) -> None:
        """Open the section of a contents entry found in the body at these title lines."""
        entry = self.anchors.entries[index]
        first = lines[0]
        # the body's title; where the line is only a mark ("[별첨1]"), the contents' title
        title = ENUMERATOR_RE.sub("", " ".join(ln.text for ln in lines)).strip() or entry.title
        if entry.kind == CHAPTER:
            self.strategy_count = 0
        parts = entry.kind == CHAPTER and APPENDIX_CHAPTER_RE.match(entry.title) is not None
        section = self.open_section(APPENDIX if parts else entry.kind, entry.number, title, first)
        if parts:
            self.list_parts(lines)
        section.title_raw = " ".join(ln.text_raw for ln in lines)
        if without_title_fillers(title) != without_title_fillers(entry.title):
            section.toc_title = entry.title
        if entry.kind == STRATEGY:
            self.strategy_count = entry.number or self.strategy_count + 1
            self.levels = [LISTED]  # numbered titles below it are its tasks
            numbered = match_scheme(first.text)
            if numbered is not None:  # the body numbers its listed strategies so: "(2) …"
                self.listed_style = (numbered[0].name, first.size)
        self.anchors.found[index] = section.section_id
        for ln in lines:
            self.touch(ln)
        self.last_line = lines[-1]

    def list_parts(self, title_lines: list[Line]) -> None:
        """Remember the titles an appendix chapter's divider lists below its title: set
        in title size, one a line, neither numbered nor bulleted."""
        half = self.half_lines.get(id(title_lines[0]), self.page_lines)
        below = max(ln.bottom for ln in title_lines)
        self.listed_parts = {}
        for ln in half:
            if (
                ln.top > below
                and not ln.running
                and ln.size >= self.settings.title_size * self.body
                and is_title(ln.text)
                and not split_marker(ln.text)[0]
                and match_scheme(ln.text) is None
            ):
                self.listed_parts[letters_and_digits(ln.text)] = ln.text
                self.consumed.add(id(ln))

    # -- lines ------------------------------------------------------------
    def add_line(self, ln: Line, page_width: float = 595.0) -> None:
        if id(ln) in self.consumed:
            self.touch(ln)
            return
        self.page_width = page_width
        kind, number, title = self.classify(ln, page_width)
        if kind == "skip":
            return
        if kind == "title_continuation":
            assert self.last_section is not None
            self.last_section.title = f"{self.last_section.title} {ln.text}".strip()
            self.last_section.title_raw = f"{self.last_section.title_raw} {ln.text_raw}"
        elif kind == INLINE:
            self.open_section(APPENDIX, number, title, ln, inline_appendix=True)
        elif self.pending_path is not None:
            path, self.pending_path = self.pending_path, None
            self.open_path(kind, number, title, ln, path)
        elif kind == BOXED_TASK:
            self.open_section(TASK, None, title, ln)
            self.boxed_task, self.boxed_task_size = True, ln.size
        elif kind == REVIEWED:
            self.strategy_count += 1
            section = self.open_section(STRATEGY, number or self.strategy_count, title, ln)
            section.kind = HEADING  # holds the next level down, as a strategy would
        elif kind != "item":
            if kind == STRATEGY:
                self.strategy_count += 1
                number = number or self.strategy_count
            section = self.open_section(kind, number, title, ln)
            if self.boxed_pending:
                self.boxed_sections.append(section)
                self.boxed_pending = False
        else:
            self.add_item_line(ln)
        self.touch(ln)
        self.last_line = ln

    def classify(self, ln: Line, page_width: float = 595.0) -> tuple[str, int | None, str]:
        text = ln.text
        m = BARE_APPENDIX_RE.match(text) or APPENDIX_RE.match(text)
        if (
            m
            and self.first_on_page
            and self.at_body_size(ln)
            and ln.x0 < self.settings.appendix_max_x * page_width
            and not self.anchors.repeats(ln)
        ):  # 붙임 1 / 별첨 / 참고 / 【참고】 opening its page, framed or not
            number = int(m["num"]) if m["num"] else None
            title = m["title"] or self.title_below(ln) or text
            inside = INLINE_APPENDIX_RE.match(text) and self.open[CHAPTER] is not None
            return (INLINE if inside else APPENDIX), number, title
        part = self.listed_parts.get(letters_and_digits(text))
        if part is not None and self.stands_out(ln) and self.open[CHAPTER] is not None:
            return INLINE, None, part  # a part the appendix's divider lists
        if ln.framed and not self.is_title_box(ln):
            return "item", None, text  # a framed box's text: a diagram's, a summary's
        if self.is_title_continuation(ln):
            return "title_continuation", None, text
        listed = self.anchors.kinds()
        m = CHAPTER_RE.match(text)
        if m and self.contents_page:
            return "item", None, text  # a chapter listed on a contents or overview page
        if m and ln.size >= self.settings.chapter_size * self.body and CHAPTER not in listed:
            self.strategy_count = 0
            return CHAPTER, ROMAN_NUMERALS[m["num"]], m["title"]
        m = APPENDIX_RE.match(text)
        if (
            m
            and self.at_body_size(ln)
            and ln.x0 < self.settings.appendix_max_x * page_width
            and APPENDIX not in listed
        ):
            return APPENDIX, int(m["num"]) if m["num"] else None, text
        if LONE_NUMERAL_RE.match(text) and ln.size >= self.settings.chapter_size * self.body:
            return "skip", None, text  # "Ⅴ." set above its title, which the contents names
        if self.at_body_size(ln) and self.anchors.repeats(ln):
            return "skip", None, text  # a title the contents lists, found already: shown again
        m = ISSUE_RE.match(text)
        if m and self.at_body_size(ln):
            return ISSUE, int(m["num"]), m["title"]
        m = PATH_RE.match(text)
        if (
            m
            and (m["word"] or not m["title"] or m["path"].count("-") == 2)
            and (id(ln) not in self.summary_lines or self.largest_on_page(ln))
            and self.stands_out(ln)
            and self.in_plan_chapter()
        ):
            path = regex.sub(r"\s", "", m["path"])
            title = m["title"].strip() or self.title_below(ln)
            if title and is_title(title):
                self.pending_path = path
                return PATH_KINDS[path.count("-") + 1], int(path.split("-")[-1]), title
        numbered = match_scheme(text)
        if numbered and id(ln) in self.summary_lines and not self.largest_on_page(ln):
            numbered = None  # a list of the titles that follow (a divider's, a summary's)
        if (
            numbered
            and self.in_issues_chapter()
            and not self.first_on_page
            and ln.size < self.settings.numbered_size * self.body
        ):
            numbered = None  # a 현안 block opens its page: a numbered line within one is text
        if numbered and self.is_numbered_title(ln, numbered[1]["title"]):
            scheme, m = numbered
            if self.unfound_listed_strategy(scheme, ln):
                return STRATEGY, scheme.number(m), m["title"]
            return self.nest(scheme, ln.size), scheme.number(m), m["title"]
        marker, rest = split_marker(text)
        if (
            marker == "□"
            and rest
            and not self.levels
            and self.opens_plan_levels()
            and self.alone_on_its_row(ln)
            and self.stands_out(ln)
            and is_title(rest)
        ):
            self.boxed_by_look = False
            return self.boxed(ln), None, rest  # a boxed title opening the chapter's levels
        if (
            marker == "□"
            and rest
            and ln.private_mark
            and not self.levels
            and self.opens_plan_levels()
            and self.alone_on_its_row(ln)
            and self.at_body_size(ln)
            and is_title(rest)
            and not BLOCK_LABEL_RE.match(rest)
        ):
            self.boxed_by_look = True
            return self.boxed(ln), None, rest  # at body size, a boxed numeral's glyph
        if (
            marker == "□"
            and BOXED in self.levels
            and (self.boxed_look(ln) if self.boxed_by_look else self.stands_out(ln))
        ):
            return self.boxed(ln), None, rest  # the next title in the same style
        banner = ln.banner and ln.size >= self.settings.banner_size * self.body
        if marker == "□" and banner:
            return self.nest(BANNER), None, rest  # a boxed-number glyph on a shaded banner
        if numbered and ln.banner and self.at_body_size(ln):
            scheme, m = numbered
            return self.nest(scheme, ln.size), scheme.number(m), m["title"]  # on a banner
        # Below a strategy the contents lists (or a divider page), numbered titles are tasks.
        level = TASK if self.levels[:1] == [LISTED] else STRATEGY
        if (
            level == TASK
            and LONE_NUMBER_RE.match(text)
            and ln.size >= self.settings.numbered_size * self.body
        ):
            self.pending_number = int(text)  # a task's number in a box, its title beside it
            return "skip", None, text
        if self.pending_number is not None:
            number, self.pending_number = self.pending_number, None
            if (
                level == TASK
                and not marker
                and ln.size >= self.settings.numbered_size * self.body
                and is_title(text)
            ):
                return TASK, number, text  # its number in a box of its own: "15분 건강도시 …"
        heading = self.open[HEADING]
        nested = (
            heading is not None
            and ln.x0 > heading.x0 + self.settings.heading_nested_indent * ln.size
        )
        if marker == "□" and rest and not nested:  # an indented box bullet is an item
            if self.boxes_are_tasks(ln, rest):
                return BOXED_TASK, None, rest
            return HEADING, None, rest
        return "item", None, text

    def nest(self, scheme: Scheme, size: float | None = None) -> str:
        """The kind of a title numbered in this scheme, by where the scheme nests among the
        open titles' schemes: a scheme already open is a sibling; one of lower rank closes
        the deeper levels; one of higher rank opens a level below. A title numbered as an
        open level but set clearly smaller (strategies "1." at 24 pt, their tasks "1" at
        19 pt) is a style of its own, a level below that one."""
        if size is not None:
            scheme = self.styled(scheme, size)
        if scheme in self.levels:
            del self.levels[self.levels.index(scheme) + 1 :]
        else:
            while self.levels and self.levels[-1].rank >= scheme.rank:
                self.levels.pop()
            self.levels.append(scheme)
            if size is not None:
                self.level_sizes[scheme.name] = size  # the size this level opened at
        kind = LEVEL_KINDS.get(len(self.levels), HEADING)
        chapter = self.open[CHAPTER]
        if not self.in_plan_chapter():
            # a review's or a description's numbered titles: headings, the first level
            # holding the headings below it as a strategy holds its tasks'
            return REVIEWED if kind == STRATEGY else HEADING
        if kind == STRATEGY and chapter is not None and ISSUES_CHAPTER_RE.search(chapter.title):
            return ISSUE  # the numbered blocks of a chapter of current issues
        return kind

    def in_plan_chapter(self) -> bool:
        """Whether the open chapter sets out the plan (not a review of results, a status or
        a vision): only there are numbered titles strategies, tasks or 현안."""
        chapter = self.open[CHAPTER]
        if chapter is None:
            return True  # no chapter: a plan without Ⅰ. Ⅱ.
        if chapter.kind != CHAPTER:
            return False  # an appendix: its numbered titles are its headings
        title = chapter.toc_title or chapter.title
        return self.in_issues_chapter() or not REVIEW_CHAPTER_RE.search(title)

    def styled(self, scheme: Scheme, size: float) -> Scheme:
        """The scheme, or its smaller style where an open level uses it in a larger size."""
        opened = self.level_sizes.get(scheme.name)
        if scheme not in self.levels or opened is None:
            return scheme
        if size > self.settings.smaller_style * opened:
            return scheme
        name = f"{scheme.name} smaller"
        existing = next((level for level in self.levels if level.name == name), None)
        return existing or Scheme(name, self.levels[-1].rank + 1, scheme.pattern)

    def title_below(self, ln: Line) -> str | None:
        """The title set on the line below a mark that stands alone ("[별첨2]" over
        "□ 2025년 공모 계획"); that line is then read as the title, not as text."""
        below = [
            other
            for other in self.page_lines
            if 0 < other.top - ln.bottom <= self.settings.mark_title_gap * ln.size
            and abs(other.x0 - ln.x0) <= self.settings.mark_title_gap * ln.size  # its column
        ]
        if not below:
            return None
        line = min(below, key=lambda other: other.top)
        wrapped = [line]
        for other in sorted(self.page_lines, key=lambda other: other.top):
            last = wrapped[-1]
            if (
                other.top > last.top
                and abs(other.size - last.size) <= self.settings.wrap_size_step
                and 0 <= other.top - last.bottom <= self.settings.title_wrap_gap * last.size
                and (
                    abs(other.x0 - line.x0) <= self.settings.style_align
                    or abs(other.x0 + other.x1 - line.x0 - line.x1) <= 2 * self.settings.style_align
                )
            ):
                wrapped.append(other)  # the title set over two lines ("미래 교육을 이끌" …),
                # left-aligned or centred
        title = " ".join(split_marker(ln.text)[1] if ln is line else ln.text for ln in wrapped)
        if not is_title(title):
            return None
        self.consumed.update(id(ln) for ln in wrapped)
        return title

    def unfound_listed_strategy(self, scheme: Scheme, ln: Line) -> bool:
        """Whether a numbered title is one of the strategies the contents lists that was not
        found by its words (the body words it otherwise): in a chapter whose strategies the
        contents lists, before any of them opened, or numbered and set as the ones that
        did open ("(1) 코로나19로 …" beside the found "(2) 벤처·스타트업을 …")."""
        if self.levels[:1] != [LISTED] or not self.in_plan_chapter():
            return False
        if self.open[STRATEGY] is None:
            return True
        name, size = self.listed_style or ("", 0.0)
        return scheme.name == name and abs(ln.size - size) <= self.settings.style_size_step

    def open_path(self, kind: str, number: int | None, title: str, ln: Line, path: str) -> None:
        """Open a title numbered by its path ("역점1-1-1"), first opening the levels above it
        the body does not title (a booklet lists its 1-1 tasks only on the divider): each
        under the title the document lists for its path, where the first child starts."""
        parts = path.split("-")
        for depth in range(1, len(parts)):
            parent = "-".join(parts[:depth])
            parent_kind = PATH_KINDS[depth]
            if self.paths.get(parent_kind) == parent:
                continue
            listed = self.listed_paths.get(parent)
            if listed is None:
                continue
            if (
                parent_kind == STRATEGY
                and self.open[STRATEGY] is not None
                and not self.paths.get(STRATEGY)
            ):
                self.paths[STRATEGY] = parent  # the divider's strategy stands for it
                continue
            self.open_section(parent_kind, int(parts[depth - 1]), listed, ln)
            self.paths[parent_kind] = parent
        self.open_section(kind, number, title, ln)
        self.paths[kind] = path

    def largest_on_page(self, ln: Line) -> bool:
        """Whether no text on the page (a spread's half) is set larger (a title over its
        own list of tasks)."""
        step = self.settings.largest_size_step
        half = self.half_lines.get(id(ln), self.page_lines)
        return all(other.size <= ln.size + step for other in half if not other.running)

    def at_body_size(self, ln: Line) -> bool:
        """Whether a line is set at least as large as the body, give or take a hair
        (14.97 pt in a 15 pt plan)."""
        return ln.size >= self.body - self.settings.size_step

    def stands_out(self, ln: Line) -> bool:
        """Whether a line is set as a title: a little larger than the body, or on a shaded
        banner at the body's size."""
        if ln.size >= self.settings.title_size * self.body:
            return True
        return ln.banner and self.at_body_size(ln)

    def is_title_box(self, ln: Line) -> bool:
        """Whether a framed line is a title drawn in a box of its own (a short title, no
        other framed line just above or below it), not a diagram's or a summary's text:
        frames are told apart by what they hold."""
        marker, rest = split_marker(ln.text)
        if marker not in ("", "□") or not rest or not is_title(rest):
            return False
        reach = self.settings.title_box_reach * ln.size
        return not any(
            other is not ln
            and other.framed
            and abs(other.top - ln.top) <= reach
            and other.x0 < ln.x1
            and ln.x0 < other.x1
            for other in self.page_lines
        )

    def alone_on_its_row(self, ln: Line) -> bool:
        """Whether no other text stands beside the line (titles side by side are a
        diagram's boxes: a vision chart, not the plan's levels)."""
        return not any(
            other is not ln and abs(other.top - ln.top) <= self.settings.row_share * ln.size
            for other in self.page_lines
        )

    def boxes_are_tasks(self, ln: Line, title: str) -> bool:
        """Whether a □ title is a task of the strategy above it: in a plan chapter, the
        strategy's first level of titles when it numbers none (the box may be the task's
        number, drawn as a glyph the text cannot tell from a box), not a block's label."""
        task = self.open[TASK]
        if task is not None and self.boxed_task:  # a sibling only in the first one's style
            same_style = (
                abs(ln.x0 - (task.x0 or 0.0)) <= self.settings.style_align
                and abs(ln.size - self.boxed_task_size) <= self.settings.style_size_step
            )
            if not same_style:
                return False
        return (
            self.open[STRATEGY] is not None
            and (task is None or self.boxed_task)
            and id(ln) not in self.summary_lines
            and self.at_body_size(ln)
            and is_title(title)
            and not BLOCK_LABEL_RE.match(title)
            and self.in_plan_chapter()
            and not self.in_issues_chapter()
        )

    def boxed(self, ln: Line) -> str:
        """Nest a boxed title; remember it, to be confirmed by a numbered level below it,
        and its look, the look of its siblings."""
        kind = self.nest(BOXED)
        self.boxed_pending = True
        self.boxed_style = (ln.private_mark, ln.x0, ln.size)
        return kind

    def boxed_look(self, ln: Line) -> bool:
        """Whether a □ title has the look of the open boxed title: the same box glyph, as
        far across and as large."""
        if self.boxed_style is None:
            return False
        private, x0, size = self.boxed_style
        return (
            ln.private_mark == private
            and abs(ln.x0 - x0) <= self.settings.style_align
            and abs(ln.size - size) <= self.settings.style_size_step
        )

    def in_issues_chapter(self) -> bool:
        chapter = self.open[CHAPTER]
        return (
            chapter is not None
            and chapter.kind == CHAPTER
            and bool(ISSUES_CHAPTER_RE.search(chapter.toc_title or chapter.title))
        )

    def opens_plan_levels(self) -> bool:
        """Whether a boxed title may open the levels of the plan here: in a chapter that
        sets out the plan, not one of 현안 (whose □ lines are a block's headings), and with
        no 현안 block open."""
        chapter = self.open[CHAPTER]
        if chapter is None or chapter.kind != CHAPTER or self.open[ISSUE] is not None:
            return False
        return self.in_plan_chapter() and not self.in_issues_chapter()

    def is_numbered_title(self, ln: Line, title: str) -> bool:
        """A numbered line is a title when set large, or a little larger than the body and
        short: not a numbered sentence of the body."""
        if ln.size >= self.settings.numbered_size * self.body:
            return True
        if (
            BOXED in self.levels
            and KEYWORD_TITLE_RE.match(title)
            and self.at_body_size(ln)
            and self.alone_on_its_row(ln)
        ):
            return True  # "(1) 세계(글로벌) : 내수를 넘어 …" under a boxed strategy
        if not is_title(title) or title.endswith(SENTENCE_ENDINGS):
            return False
        if id(ln) in self.boxed_numbers and self.at_body_size(ln):
            return True  # its number set in a box of its own: a title's mark at any size
        if self.in_issues_chapter() and self.first_on_page and self.at_body_size(ln):
            return True  # a 현안 block opens its page
        return ln.size >= self.settings.title_size * self.body and self.alone_on_its_row(ln)

    def is_title_continuation(self, ln: Line) -> bool:
        """A section title wrapped onto a second line: same size, no marker, just below."""
        prev, section = self.last_line, self.last_section
        if prev is None or section is None or self.last_item is not None:
            return False
        if prev.page != ln.page or section.kind not in (HEADING, SUBTASK, TASK, ISSUE, STRATEGY):
            return False
        marked = split_marker(ln.text)[0] and not continues_numbering(section.title, ln.text)
        if marked or abs(ln.size - prev.size) > 0.6:
            return False
        if not 0 <= ln.top - prev.bottom <= self.settings.title_wrap_gap * ln.size:
            return False
        # indented under it, or flush with it below a line that ran to the text's edge
        full = prev.x1 >= self.settings.full_line * self.page_width
        return ln.x0 > prev.x0 or (full and abs(ln.x0 - prev.x0) <= self.settings.style_align)

    def add_item_line(self, ln: Line) -> None:
        marker, rest = split_marker(ln.text)
        wraps = not marker or (
            self.last_item is not None and continues_numbering(self.last_item.text, ln.text)
        )
        if wraps and self.continues_item(ln):
            item = self.last_item
            assert item is not None
            item.text = f"{item.text} {ln.text}".strip()
            item.text_raw = f"{item.text_raw} {ln.text_raw}"
            item.line_count += 1
            item.page_end = ln.page
            if ln.page == item.page:
                item.x0, item.x1 = min(item.x0, round(ln.x0, 2)), max(item.x1, round(ln.x1, 2))
                item.bottom = max(item.bottom, round(ln.bottom, 2))
            return
        parent: Item | None
        if marker in ANNOTATION_MARKERS and self.last_item is not None:
            parent = self.last_item
            depth = parent.depth + 1
        else:
            indent = self.settings.item_indent * ln.size
            while self.item_stack and self.item_stack[-1][0] >= ln.x0 - indent:
                if self.ranks_over(self.item_stack[-1], marker, ln):
                    break  # "① 빅데이터센터 구축 : …" over "- '23.~'26. / …", a little right
                self.item_stack.pop()
            parent = self.item_stack[-1][1] if self.item_stack else None
            depth = len(self.item_stack)
        section = self.container()
        ordinal = len(self.tree.items) + 1
        item = Item(
            doc_id=self.doc_id,
            item_id=f"i{ordinal:05d}",
            section_id=section.section_id if section else None,
            parent_item_id=parent.item_id if parent else None,
            ordinal=ordinal,
            marker=marker,
            depth=depth,
            text=rest,
            text_raw=ln.text_raw,
            page=ln.page,
            printed_page=ln.printed_page,
            page_end=ln.page,
            line_count=1,
            x0=round(ln.x0, 2),
            top=round(ln.top, 2),
            x1=round(ln.x1, 2),
            bottom=round(ln.bottom, 2),
        )
        self.tree.items.append(item)
        if ln.framed:
            self.tree.framed.add(item.item_id)
        if marker not in ANNOTATION_MARKERS:
            self.item_stack.append((ln.x0, item))
        self.last_item = item

    def ranks_over(self, above: tuple[float, Item], marker: str, ln: Line) -> bool:
        """Whether an item holds a line set a little right of it (less than an item's
        indent) by their bullets' ranks (``LINE_TREE_RANKS``): "①" over "-", "○" over "-"."""
        x0, item = above
        over, under = LINE_TREE_RANKS.get(item.marker), LINE_TREE_RANKS.get(marker)
        return (
            over is not None
            and under is not None
            and over < under
            and ln.x0 - x0 >= self.settings.item_ranked_indent * ln.size
        )

    def continues_item(self, ln: Line) -> bool:
        """Whether a line without a marker wraps the previous item (hanging indent)."""
        item, prev = self.last_item, self.last_line
        if item is None or prev is None or prev.framed != ln.framed:
            return False  # a framed box's text does not run on from the text outside it
        # under a bullet's words in its font, after a line that ran to the text's edge: a
        # wrap, however far below (a plan set with one pitch for every line); not a note set
        # in a font of its own under it
        hanging = (
            bool(item.marker)
            and prev.x1 >= self.settings.full_line * self.page_width
            and ln.font == prev.font
            and self.settings.wrap_hang * ln.size
            < ln.x0 - item.x0
            <= self.settings.hang_reach * ln.size
        )
        below = self.settings.wrap_hang_gap_below if hanging else self.settings.wrap_gap_below
        if ln.page == prev.page:
            gap = ln.top - prev.bottom
            if gap < -self.settings.wrap_gap_above * ln.size or gap > below * ln.size:
                return False
        elif ln.page != prev.page + 1:
            return False
        if ln.size > prev.size + self.settings.wrap_size_step:
            return False  # a larger line is a title of its own ("친수환경 수변도시 … 조성")
        if CAPTION_RE.match(ln.text):
            return False  # a box's caption ("< … 수립 용역 >") titles what follows
        if item.marker or item.text.startswith(LEAD_SIGNS):
            return ln.x0 > item.x0 + self.settings.wrap_hang * ln.size
        return abs(ln.x0 - item.x0) <= self.settings.wrap_align * ln.size


def lines_to_tree(
    doc_id: str,
    pages: list[PageLines],
    content_from: int,
    toc: list[TocEntry] | None = None,
    settings: OutlineSettings = OUTLINE,
) -> Tree:
    """Given all pages, the first content page (1-based) and the contents page's entries,
    return sections and items.

    Each contents entry opens its section where its title is found near its printed page,
    drawn however it is (banner, frame, divider page); the rest comes from the numbering.
    """
    body = body_size(pages)
    anchors = Anchors(list(toc or []), settings=settings)
    anchors.locate([p for p in pages if p.number >= content_from], settings.title_min_size * body)
    builder = TreeBuilder(doc_id, body, anchors, settings)
    for page in pages:
        if page.number < content_from:
            continue
        numbered = is_divider_page(page, body, settings)
        divider = numbered
        if divider is None and is_cover_page(page, anchors):
            divider = page.lines[0]  # a strategy's cover page: its title and task list
        if divider is not None:
            places = [k for k in range(len(page.lines)) if (page.number, k) in anchors.places]
            found = [anchors.places[(page.number, k)] for k in places]
            for index, anchored in found:  # a chapter's title may share its divider
                builder.open_anchor(index, anchored)
            if numbered is not None and not any(
                anchors.entries[index].kind == STRATEGY for index, _ in found
            ):
                taken = {id(ln) for _, anchored in found for ln in anchored}
                add_divider_strategy(builder, page, numbered, taken)
            builder.last_section = None
            other_half = spread_half_beside(page, divider)
            if not other_half:
                continue
            # by index: the lines joined below (``join_boxed_numbers``) are new objects
            divider_lines = {k for k, ln in enumerate(page.lines) if ln not in other_half}
        else:
            divider_lines = set()
        # the ①–㉒ overview of the tasks, before the first of them; a strategy's own list
        # of its tasks, numbered afresh, is not one
        overview = overview_task_lines(page) if builder.task_count == 0 else []
        if overview and any(
            ln.top < overview[0][1].top
            and ln.size >= settings.title_size * body
            and match_scheme(ln.text)
            for ln in page.lines
        ):
            overview = []  # a numbered list below a task's title: its steps, not an overview
        grid = (
            (min(ln.top for _, ln, _ in overview) - 2, max(ln.bottom for _, ln, _ in overview))
            if overview
            else None
        )
        for number, _, title in overview:
            builder.tree.overview[number] = title
        title_lines = anchors.title_lines()
        first = True
        lines = join_boxed_numbers(page.lines, settings)
        builder.boxed_numbers = {
            id(ln) for ln, old in zip(lines, page.lines, strict=True) if ln is not old and ln.text
        }
        builder.page_lines = [ln for ln in lines if ln.text and not (ln.running or ln.caption)]
        for ln in builder.page_lines:  # "역점 1-2. 디지털·AI 교육 강화" in a divider's list
            listed = PATH_RE.match(ln.text)
            if listed and listed["word"] and listed["title"].strip():
                path = regex.sub(r"\s", "", listed["path"])
                builder.listed_paths.setdefault(path, listed["title"].strip())
        builder.contents_page = is_contents_page(lines, body, settings)
        builder.summary_lines, builder.half_lines = set(), {}
        for half in page_halves(page, [ln for ln in lines if ln.text]):
            builder.half_lines.update((id(ln), half) for ln in half)
            if builder.contents_page or is_summary_page(half, body):
                builder.summary_lines.update(id(ln) for ln in half)
        for k, ln in enumerate(lines):
            if (page.number, k) in anchors.places and k not in divider_lines:
                builder.open_anchor(*anchors.places[(page.number, k)])
                first = False
                continue
            if (
                id(ln) in title_lines
                or k in divider_lines
                or ln.caption
                or ln.running
                or ln.in_table
                or not ln.text
            ):
                continue
            if grid is not None and grid[0] <= ln.top <= grid[1]:
                continue  # the overview's task grid: read above, not items
            builder.first_on_page, first = first, False
            builder.add_line(ln, page.width)
    confirm_boxed_titles(builder)
    check_overview(builder.tree)
    builder.tree.toc_found = builder.anchors.found
    return builder.tree


def confirm_boxed_titles(builder: TreeBuilder) -> None:
    """Boxed titles stand for a chapter's strategies only where numbered tasks stand under
    them; a chapter whose boxed titles hold none (a status report's □ headings over its
    tables) has them as headings."""
    sections = builder.tree.sections
    with_tasks = {s.parent_id for s in sections if s.kind == TASK}
    by_chapter: dict[str | None, list[Section]] = {}
    for section in builder.boxed_sections:
        by_chapter.setdefault(section.parent_id, []).append(section)
    for boxed in by_chapter.values():
        if not any(s.section_id in with_tasks for s in boxed):
            for section in boxed:
                section.kind = HEADING


def is_contents_page(lines: list[Line], body: float, settings: OutlineSettings) -> bool:
    """A page that lists several chapters in title size (a contents page the contents
    reader did not know, an overview): chapters open where each stands alone."""
    chapters = [
        ln for ln in lines if ln.size >= settings.chapter_size * body and CHAPTER_RE.match(ln.text)
    ]
    return len(chapters) >= SUMMARY_TITLES


def spread_half_beside(page: PageLines, divider: Line) -> list[Line]:
    """On a spread (two printed pages on one PDF page), the lines of the half the divider
    does not stand on: a page of the body beside a divider page. Else none."""
    if not page.spread:
        return []
    middle = page.width / 2
    left = divider.x1 <= middle
    return [ln for ln in page.lines if (ln.x0 >= middle) == left]


def page_halves(page: PageLines, lines: list[Line]) -> list[list[Line]]:
    """The lines of each printed page a page holds: a spread's two halves, or all."""
    if not page.spread:
        return [lines]
    middle = page.width / 2
    return [[ln for ln in lines if ln.x0 < middle], [ln for ln in lines if ln.x0 >= middle]]


def is_summary_page(lines: list[Line], body: float) -> bool:
    """A page that lists numbered titles with no body text among them (a chapter divider's
    list of strategies, a 현안 chapter's list of its blocks): the titles open on the pages
    after it, where their text is."""
    numbered = [
        ln
        for ln in lines
        if not ln.in_table
        and ln.size >= body
        and (match_scheme(ln.text) or PATH_RE.match(ln.text) or split_marker(ln.text)[0] == "□")
    ]
    if len(numbered) < SUMMARY_TITLES:
        return False
    left, right = min(ln.x0 for ln in numbered), max(ln.x1 for ln in numbered)
    top, bottom = min(ln.top for ln in numbered), max(ln.bottom for ln in numbered)
    listed = {id(ln) for ln in numbered}
    beside = [  # text beside the list, not across a spread's other page
        ln
        for ln in lines
        if not (ln.in_table or ln.running or ln.caption)
        and id(ln) not in listed
        and ln.x0 < right
        and left < ln.x1
    ]
    if any(split_marker(ln.text)[0] not in ("", "□") for ln in beside):
        return False  # bullets: body text
    # a list is a run of titles: little else stands between its first and last one
    between = [ln for ln in beside if top < ln.top < bottom]
    return len(between) <= len(numbered)


def is_lone_number(text: str) -> bool:
    """A number set alone on its line: "1", or a path number "1-1-1"."""
    return bool(LONE_NUMBER_RE.match(text) or LONE_PATH_RE.match(text))


def join_boxed_numbers(lines: list[Line], settings: OutlineSettings = OUTLINE) -> list[Line]:
    """The page's lines with each number set alone in a box of its own joined to the title
    beside it on the same row ("1" + "대중교통 혁신 서비스 도입 확대" -> "1 대중교통 …"),
    keeping the index of every other line (the contents anchors are keyed by it)."""
    out = list(lines)
    for k in range(len(lines) - 1):
        number, title = lines[k], lines[k + 1]
        if is_lone_number(title.text) and not is_lone_number(number.text):
            # the title's banner, or a smaller word in it ("(가칭)"), set a little above its
            # number: the title comes first in reading order
            number, title = title, number
        # a number's box and its title's banner may stand a little apart in height; a path
        # number ("1-1-1") beside a title is set so only where its box overlaps the title
        if LONE_PATH_RE.match(number.text):
            on_row = number.top < title.bottom and title.top < number.bottom
        else:
            on_row = (
                LONE_NUMBER_RE.match(number.text) is not None
                and abs(number.top - title.top) <= settings.boxed_number_row * title.size
            )
        if (
            on_row
            and not (number.in_table or title.in_table)
            and title.x0 > number.x1
            and abs(number.size - title.size) <= settings.boxed_number_size * title.size
            and not split_marker(title.text)[0]
            and not is_lone_number(title.text)
            and is_title(title.text)
            and (
                LONE_PATH_RE.match(number.text)
                or match_scheme(f"{number.text.strip()} {title.text}")  # not "2" + "15분 …"
            )
        ):
            joined = replace(
                title, x0=number.x0, text=f"{number.text.strip()} {title.text}",
                text_raw=f"{number.text_raw.strip()} {title.text_raw}",
                size=max(number.size, title.size),
            )  # fmt: skip
            out[k], out[k + 1] = replace(number, text="", text_raw=""), joined
            if number is lines[k + 1]:  # keep the joined title where its number stood
                out[k], out[k + 1] = (
                    replace(title, text="", text_raw=""),
                    replace(joined, top=number.top, bottom=max(number.bottom, title.bottom)),
                )
    return out


def is_cover_page(page: PageLines, anchors: Anchors) -> bool:
    """A page that opens a strategy the contents lists and holds no bullet of the body: the
    strategy's cover, whose list of tasks the body repeats."""
    places = [k for k in range(len(page.lines)) if (page.number, k) in anchors.places]
    if not places or anchors.entries[anchors.places[(page.number, places[0])][0]].kind != STRATEGY:
        return False
    title = anchors.title_lines()
    body = [ln for ln in page.lines if id(ln) not in title and not (ln.running or ln.caption)]
    return not any(split_marker(ln.text)[0] for ln in body if not (ln.in_table or ln.framed))


def add_divider_strategy(
    builder: TreeBuilder, page: PageLines, number_line: Line, taken: set[int] | None = None
) -> None:
    """A strategy divider page: big number, title beside it, its task list below. Lines
    of a title already opened on the page (``taken``: its chapter's), chapter titles and
    drawing marks ("/" set between the number and the title) are not the title."""
    band = [
        ln
        for ln in page.lines
        if ln is not number_line
        and id(ln) not in (taken or set())
        and not ln.caption
        and not CHAPTER_RE.match(ln.text)
        and DRAWING_MARKS_RE.sub("", ln.text)
        and ln.size >= builder.settings.divider_title_size * builder.body
        and ln.top < number_line.bottom + number_line.size
    ]
    title_lines = sorted(band, key=lambda ln: ln.top)
    title = " ".join(DRAWING_MARKS_RE.sub("", ln.text, count=1).strip() for ln in title_lines)
    anchor = title_lines[0] if title_lines else number_line
    builder.open_section(STRATEGY, int(number_line.text), title, anchor)
    builder.tree.sections[-1].title_raw = " ".join(ln.text_raw for ln in title_lines)
    if builder.open[CHAPTER] is not None:
        builder.levels = [LISTED]  # the numbered titles below it are its tasks
    builder.touch(number_line)
    builder.last_section = None


def check_overview(tree: Tree) -> None:
    """Compare the overview's ①–㉒ task titles with the tasks found in the body."""
    tasks = {s.task_no: s for s in tree.sections if s.kind == TASK}
    if not tree.overview or not tasks:
        return
    for number, title in sorted(tree.overview.items()):
        task = tasks.get(number)
        if task is None:
            message = f"task {number} of the overview has no section in the body"
            tree.issues.append(Issue.of(tree.doc_id, "overview_task_missing", message, raw=title))
        elif without_title_fillers(task.title) != without_title_fillers(title):
            message = f"task {number}: overview says {title!r}, body says {task.title!r}"
            tree.issues.append(
                Issue.of(
                    tree.doc_id,
                    "overview_title_differs",
                    message,
                    severity="info",
                    page=task.page_start,
                    section_id=task.section_id,
                    raw=title,
                )
            )


def is_title(text: str) -> bool:
    """A short line that is not a field, a caption or a sentence: a title."""
    return len(text) <= 60 and ":" not in text and not text.startswith(("<", "〈", "《", "("))


def section_at(sections: list[Section], page: int, top: float) -> Section | None:
    """The last section that starts before a position: the one a table sits in."""
    before = [s for s in sections if (s.page_start, s.top) <= (page, top)]
    return before[-1] if before else None
