"""The outline vocabulary of a Korean plan: numbering schemes, section words and the
thresholds the structure stage decides by. Data only; ``structure.py``, ``toc.py`` and
``anchors.py`` read it, so another city's notation is changed here, in one place.

Numbering schemes nest in the order of the Korean official-document outline, one level each:
chapter (Ⅰ. / 1. at the top), strategy (1, 1., 가.), task (①, 1-1., (1)), and the 현안 N
blocks and 부록 / 붙임 / 별첨 / [참고] appendices beside the chapters. How each maps to a
section ``kind`` is in README.md ("sections.kind").
"""

from __future__ import annotations

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
# A numbered title (strategy, or task under a strategy divider): "1 주력 제조산업 …", "2. …".
# The number is set apart from the title, or glued to a Hangul word that is not a unit:
# "15분 건강도시" and "3D 프린팅" are titles, not numbers 15 and 3.
NUMBERED_RE = regex.compile(
    r"^(?P<num>\d{1,2})(?:\s*\.\s*|\s+|(?=\p{Hangul})(?![분대개년월일명세차만천억시]))"
    r"(?P<title>\D.*)$"
)
# A divider page's big number, alone on its line.
LONE_NUMBER_RE = regex.compile(r"^\s*\d{1,2}\s*$")
# The leading enumerator of any title line, to compare titles without it: Ⅳ. / IV. / a. (a
# broken character map turns Ⅰ into a) / 1 / 【부록 1】 / 부록 2 / 별첨 :
ENUMERATOR_RE = regex.compile(
    rf"^\s*(?:[{ROMAN}]|{LATIN_ROMAN}|[a-j](?=\s*\.)|\d{{1,2}}(?=\s*\.?\s*\D)"
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
