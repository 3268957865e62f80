"""The outline vocabulary of a Korean plan: numbering schemes, section words and the
thresholds the structure stage decides by. Data only; ``structure.py``, ``toc.py`` and
``anchors.py`` read it, so another city's notation is changed here, in one place.

Numbering schemes (``SCHEMES``) nest in the order of the Korean official-document outline:
Ⅰ. → 1. → 가. → (1) → (가) → ①, with ``1-1.`` and ``과제 N`` one step below ``1.``. Roman
numerals title chapters; below a chapter, the first scheme a plan uses for its titles is its
strategies, the next one nested in it its tasks, any deeper one a heading: so a plan that
numbers its tasks ``1-1`` or ``가.`` gets its levels without a rule of its own. 현안 N blocks
and 부록 / 붙임 / 별첨 / [참고] appendices stand beside them. How each maps to a section
``kind`` is in README.md ("sections.kind").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

# Section kinds, as the output's sections.kind writes them.
CHAPTER = "chapter"
APPENDIX = "appendix"
STRATEGY = "strategy"
TASK = "task"
ISSUE = "issue"
HEADING = "heading"

ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"
# Roman numerals written in Latin letters, before a dot: "IV."
LATIN_ROMAN = r"(?:IX|IV|X|V?I{1,3}|V)(?=\s*\.)"
# Words that mark an appendix; with brackets (【부록 1】, [참고], (참고)) or before a colon.
APPENDIX_WORDS = r"부록|별첨|붙임|참고(?:자료)?"

# A chapter title: "Ⅳ. 2025년 주요 업무계획", "IV. …".
CHAPTER_RE = regex.compile(rf"^(?P<num>[{ROMAN}]|{LATIN_ROMAN})\s*\.?\s*(?P<title>[^\s.].*)$")
# "Ⅴ." set on a line of its own above its title.
LONE_NUMERAL_RE = regex.compile(rf"^[{ROMAN}]\s*\.?$")
# An appendix title: "【부록 1】 2025년 주요 행사일정", "[붙임] …".
APPENDIX_RE = regex.compile(
    rf"^[【\[]\s*(?P<word>{APPENDIX_WORDS})\s*(?P<num>\d*)\s*[】\]]\s*(?P<title>.*)$"
)
# A 현안 block: "현안 3 파워반도체상용화센터 Fab-Ⅱ 건립".
ISSUE_RE = regex.compile(r"^현안\s*(?P<num>\d{1,2})\s*[.:]?\s*(?P<title>\S.*)$")
# Counters and units a number is glued to in a title's words: "15분", "2대", "3개".
GLUED_UNITS = "분대개년월일명세차만천억시"
# A numbered title (strategy, or task under a strategy divider): "1 주력 제조산업 …", "2. …".
# The number is set apart from the title, or glued to a Hangul word that is not a unit:
# "15분 건강도시" and "3D 프린팅" are titles, not numbers 15 and 3.
NUMBERED_RE = regex.compile(
    rf"^(?P<num>\d{{1,2}})(?:\s*\.\s*|\s+|(?=\p{{Hangul}})(?![{GLUED_UNITS}]))"
    r"(?P<title>\D.*)$"
)
# A chapter about current issues (당면현안, 주요 현안사업): its numbered blocks are 현안.
ISSUES_CHAPTER_RE = regex.compile(r"현\s*안")
# Hangul numerals of the outline's third level: 가. 나. 다. …
HANGUL_NUMERALS = "가나다라마바사아자차카타파하"


@dataclass(frozen=True)
class Scheme:
    """A way of numbering titles, and its place in the official outline (lower ranks hold
    higher ones). ``pattern`` gives ``num`` (digits, or a Hangul numeral) and ``title``."""

    name: str
    rank: int
    pattern: regex.Pattern[str]

    def number(self, match: regex.Match[str]) -> int:
        num = match["num"]
        if num in HANGUL_NUMERALS:
            return HANGUL_NUMERALS.index(num) + 1
        return int(num) if num.isdecimal() else int(unicodedata.numeric(num))  # ① -> 1


# The numbering of titles below a chapter, in the order of the outline. A numbered line is
# a title when it is set large (NUMBERED_SIZE); an ordinary numbered list line is an item.
SCHEMES = (
    Scheme("arabic", 1, NUMBERED_RE),  # 1. title / 1 title
    Scheme("task word", 2, regex.compile(r"^과제\s*(?P<num>\d{1,2})\s*[.:]?\s*(?P<title>\S.*)$")),
    Scheme(  # 1-1. title: a title numbered within its parent's number
        "dashed", 2, regex.compile(r"^\d{1,2}\s*-\s*(?P<num>\d{1,2})\s*\.?\s+(?P<title>\S.*)$")
    ),
    Scheme("hangul", 2, regex.compile(rf"^(?P<num>[{HANGUL_NUMERALS}])\s*\.\s*(?P<title>\S.*)$")),
    Scheme("paren arabic", 3, regex.compile(r"^\(?(?P<num>\d{1,2})\)\s*(?P<title>\S.*)$")),
    Scheme(
        "paren hangul", 4, regex.compile(rf"^\(?(?P<num>[{HANGUL_NUMERALS}])\)\s*(?P<title>\S.*)$")
    ),
    Scheme("circled", 5, regex.compile(r"^(?P<num>[①-⑳])\s*(?P<title>\S.*)$")),
)
# Levels below a chapter by depth in the plan's nesting of schemes; deeper ones are headings.
LEVEL_KINDS = {1: STRATEGY, 2: TASK}
# Stand-ins in the nesting for titles that carry no number of their own: a strategy the
# contents lists (or a divider page) holds the first level, whatever its numbering; a title
# on a shaded banner takes the next level down.
LISTED = Scheme("listed", -1, regex.compile(r"(?!)"))
BANNER = Scheme("banner", 1, regex.compile(r"(?!)"))


def match_scheme(text: str) -> tuple[Scheme, regex.Match[str]] | None:
    """The numbering scheme a title line is written in, and its match."""
    for scheme in SCHEMES:
        if m := scheme.pattern.match(text):
            return scheme, m
    return None


# A divider page's big number, alone on its line.
LONE_NUMBER_RE = regex.compile(r"^\s*\d{1,2}\s*$")
# The leading enumerator of any title line, to compare titles without it: Ⅳ. / IV. / ① / a. (a
# broken character map turns Ⅰ into a) / 1 / 【부록 1】 / 부록 2 / 별첨 :
ENUMERATOR_RE = regex.compile(
    rf"^\s*(?:[{ROMAN}]|{LATIN_ROMAN}|[a-j](?=\s*\.)|\d{{1,2}}(?=\s*\.\s*\D|\s+\D|(?![{GLUED_UNITS}])\p{{Hangul}})|[①-⑳]"
    rf"|[【\[(]\s*(?:{APPENDIX_WORDS})\s*\d*\s*[】\])]|(?:부록|별첨|붙임)\s*\d*\s*[:：]?)"
    r"\s*\.?\s*"
)
# A title's own numeral or appendix mark, for a title the body words unlike the contents.
NUMBERED_TITLE_RE = regex.compile(
    rf"^\s*(?:(?P<roman>[{ROMAN}])\s*\.?|(?P<mark>[【\[(]?\s*(?:{APPENDIX_WORDS}))\s*(?P<digits>\d*))"
)
# The task overview's numbering: ①–㉟, a big ◯ with a number, or a private-use □.
OVERVIEW_TASK_RE = regex.compile(
    r"^(?:(?P<circled>[①-⑳㉑-㉟])|◯\s*(?P<big>\d{1,2})|(?P<box>□))\s*(?P<title>\S.*)$"
)

# The contents page's heading: 보고 순서, 목차, 순서, 차례, 보고 내용.
TOC_TITLE_RE = regex.compile(r"^(보고\s*순서|목\s*차|순\s*서|차\s*례|보고\s*내용)$")
# A contents entry: "Ⅳ. 2025년 주요 업무계획 ······ 23", "1. 주력 제조산업 … 24",
# "【부록 1】 2025년 주요 행사일정 60", "(참고) … 18", "별첨 : … (29p)"
TOC_ENTRY_RE = regex.compile(
    rf"""^(?:
        (?P<roman>[{ROMAN}]|{LATIN_ROMAN})\s*\.?                         # chapter numeral
      | (?P<letter>[a-j])\s*\.                                            # chapter letter (a broken
                                                                          # character map turns Ⅰ into a)
      | (?P<arabic>\d{{1,2}})\s*[.)]                                      # strategy number
      | [【\[(]\s*(?:{APPENDIX_WORDS})\s*(?P<appendix>\d*)\s*[】\])]      # 【부록 1】 (참고)
      | (?:부록|별첨|붙임)\s*(?P<bare>\d*)\s*[:：]                          # 별첨 : …
    )
    \s*(?P<title>.*?)                     # the title
    [\s·.…‥・ㆍ-]*                         # leader dots
    \(?(?P<page>\d(?:\s?\d){{0,2}})\s*(?:p\)|\))?$   # printed page, maybe letter-spaced ("1 0"), (29p)
    """,
    regex.VERBOSE,
)

# Bullet markers of annotations, which hang under the item before them.
ANNOTATION_MARKERS = frozenset("▷▶※*▣")

# Thresholds, as multiples of the document's body text size unless said otherwise.
CHAPTER_SIZE = 1.05  # a chapter title (Ⅰ. …) is at least this large
NUMBERED_SIZE = 1.25  # a numbered strategy title ("1 주력 …") is at least this large
BANNER_SIZE = 1.1  # a title on a shaded banner is at least this large
DIVIDER_NUMBER_SIZE = 2.5  # a divider page's lone number is at least this large
DIVIDER_TITLE_SIZE = 1.5  # a divider page's title lines are at least this large
TITLE_MIN_SIZE = 0.95  # a line smaller than this is not a title the contents lists
APPENDIX_MAX_X = 0.45  # an appendix title starts in the left part of the page (share of width)
HEADING_NESTED_INDENT = 0.8  # a □ indented this many sizes past its heading is an item
TITLE_WRAP_GAP = 0.6  # a title's second line is at most this many sizes below its first
ITEM_INDENT = 0.35  # an item indented this many sizes less than another is not its child
WRAP_GAP_ABOVE = 0.3  # a wrapped line overlaps the line before by at most this much
WRAP_GAP_BELOW = 0.9  # … and stands at most this far below it
WRAP_HANG = 0.4  # a wrapped line of a bulleted item starts this far right of the bullet
WRAP_ALIGN = 0.5  # a wrapped line of a plain item starts within this of its first line
WRAP_SIZE_STEP = 0.6  # points: a wrapped line is no larger than its first line by more

# Contents anchors: how a contents entry is looked for in the body.
MAX_PAGE_DISTANCE = 2  # printed pages either side of the page the contents gives
CONTAINED_SHARE = 0.6  # one squashed title holding the other must be this share of it
ALIKE_RATIO = 0.85  # or the two titles this alike, letter for letter
SHORT_TITLE = 6  # squashed titles shorter than this must match exactly
TITLE_SIZE_STEP = 1.0  # points: the lines of one wrapped title differ in size by at most this
