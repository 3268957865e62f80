"""The outline vocabulary of a Korean plan: numbering schemes and section words the
outline stage decides by. Data only; ``outline.tree``, ``outline.contents`` and
``outline.anchors`` read it, so another city's notation is changed here, in one place
(the stage's size and distance thresholds are ``outline.settings``).

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
SUBTASK = "subtask"  # a numbered level below a task (1-1-1, (1) under 1-1)
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
GLUED_UNITS = "분대개년월일명세차만천억시급호층동건곳위"
# Units a title may open with after its number ("1 15분도시 …", "2 2025년 감사원 …"), and
# a year alone ("6 2025 「페스티벌 시월」 개최"); an amount (30억원) never.
TITLE_NUMBER_UNITS = "분대개년월차"
# A numbered title (strategy, or task under a strategy divider): "1 주력 제조산업 …", "2. …".
# The number is set apart from the title, or glued to a Hangul word that is not a unit:
# "15분 건강도시" and "3D 프린팅" are titles, not numbers 15 and 3.
NUMBERED_RE = regex.compile(
    rf"^(?P<num>\d{{1,2}})"
    rf"(?:(?:\s*\.\s*|\s+)(?P<title>(?:\D|\d{{1,4}}(?=[{TITLE_NUMBER_UNITS}])|(?:19|20)\d\d(?=\s)).*)"
    rf"|(?=\p{{Hangul}})(?![{GLUED_UNITS}])(?P<title>\D.*))$"
)
# An appendix opening its page without brackets: "붙임 1 2025년 주요행사 일정", "붙임1 …",
# "별첨 …", "참 고 동북아 물류플랫폼 구축 위치도". 참고 pages stand inside a chapter (a
# reference page of a 현안), the others after the last one.
BARE_APPENDIX_RE = regex.compile(
    r"^(?P<word>부\s*록|별\s*첨|붙\s*임|참\s*고)(?!\p{Hangul})\s*"
    r"(?:(?P<num>\d{1,2})(?!\d)\s*[.:：]?\s+)?[.:：]?\s*(?P<title>\S.*)$"
)
INLINE_APPENDIX_RE = regex.compile(r"^[【\[(]?\s*참\s*고")
# A chapter that is the plan's appendix ("Ⅵ. 부록"): an appendix, and the titles its
# divider lists are its parts (each an appendix) where the body opens them.
APPENDIX_CHAPTER_RE = regex.compile(r"^(?:부\s*록|참\s*고\s*(?:자\s*료)?|별\s*첨|붙\s*임)$")
# A chapter that reviews or describes rather than plans (2024년 성과, 일반현황, 정책여건,
# 비전 및 전략체계, 업무협약 체결 및 추진상황, 감사 결과보고): its numbered titles are
# headings, not strategies or tasks of the plan.
REVIEW_CHAPTER_RE = regex.compile(
    r"성\s*과|실\s*적|현\s*황|여\s*건|동\s*향|전\s*망|비\s*전|방\s*향|상\s*황|결\s*과"
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
LEVEL_KINDS = {1: STRATEGY, 2: TASK, 3: SUBTASK}
# Stand-ins in the nesting for titles that carry no number of their own: a strategy the
# contents lists (or a divider page) holds the first level, whatever its numbering; a title
# on a shaded banner takes the next level down.
LISTED = Scheme("listed", -1, regex.compile(r"(?!)"))
BANNER = Scheme("banner", 1, regex.compile(r"(?!)"))
# A □ title that opens a plan chapter's first level (a boxed number the font draws as a
# box, "□ 든든한 치안으로 …"): every numbered scheme nests below it.
BOXED = Scheme("boxed", 0, regex.compile(r"(?!)"))
# □ lines that label a block's parts (□ 사업개요, □ 추진상황 (2025~2028)): never a title of
# the plan's levels, wherever they stand.
BLOCK_LABEL_RE = regex.compile(
    r"^(?:그간\s*)?(?:사\s*업\s*개\s*요|추진\s*(?:배경|상황|경과|계획|방향|실적|일정|체계)|향후\s*(?:추진\s*)?계획"
    r"|기대\s*효과|주요\s*(?:내용|추진상황)|사업\s*내용|현\s*황|현안\s*(?:및|사항)|문제점|개선\s*방안)"
    r"(?:\s|[(\[:]|$)"
)
# Drawing marks a title may open with (a slash or bar set between a divider's number and
# its title, a box): not part of the title.
DRAWING_MARKS_RE = regex.compile(r"^[\s/|│┃▌■□▣◆]+")
# A title led by a short keyword and a colon ("(1) 세계(글로벌) : 내수를 넘어 …", a
# ministry's tasks under its boxed strategies); a field ("사업기간 : 2023~2026") has digits
# or little after its colon.
KEYWORD_TITLE_RE = regex.compile(r"^[^:\d]{1,12}\s:\s*\D.{7,}$")
# A numbered line ending so is a sentence of the body (…을 추진한다.), not a title.
SENTENCE_ENDINGS = (".", "다")
# Not a kind: the slot of a 참고 page that stands inside a chapter (kind appendix).
INLINE = "inline appendix"
# Not a kind: a review chapter's first numbered level (kind heading, nesting as a strategy).
REVIEWED = "reviewed"
# A title numbered by the path of its levels, after a word (a booklet's "역점1-1-1", "역점
# 1-2. 디지털·AI 교육 강화", "과제 2-3") or bare ("1-1-1 모든 학생의 기초학력 보장", a
# "1-1" set over its title): the path gives its level, whatever it looks like. A bare
# "1-1 title" on one line is the dashed scheme's, nested as the document nests it.
PATH_RE = regex.compile(
    r"^(?:(?P<word>역점|과제|추진과제|중점과제|전략)\s*(?P<path>\d{1,2}(?:\s*-\s*\d{1,2}){0,2})"
    r"|(?P<path>\d{1,2}\s*-\s*\d{1,2}(?:\s*-\s*\d{1,2})?)(?=[\s.]|$))(?!\d)\.?\s*(?P<title>.*)$"
)
# A path number alone on its line, its title set beside or below it ("1-1-1").
LONE_PATH_RE = regex.compile(r"^\s*\d{1,2}(?:\s*-\s*\d{1,2}){1,2}\s*$")
PATH_KINDS = {1: STRATEGY, 2: TASK, 3: SUBTASK}
# Not a kind: a □ title that is its strategy's task (kind task).
BOXED_TASK = "boxed task"


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
TOC_TITLE_RE = regex.compile(r"^(보고\s*순서|목\s*차|순\s*서|차\s*례|보고\s*내용|(?i:contents))$")
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

# A box's caption, a line all in brackets ("【어촌뉴딜300사업 추진현황】", "< … >", "《 … 》"):
# it titles what follows and never wraps the item before it.
CAPTION_RE = regex.compile(
    r"^\s*(?:【(?P<t>[^【】]+)】|《(?P<t>[^《》]+)》|<(?P<t>[^<>]+)>|〈(?P<t>[^〈〉]+)〉)\s*$"
)

# Bullet markers of annotations, which hang under the item before them.
ANNOTATION_MARKERS = frozenset("▷▶※*▣")
# Signs opening a line that no marker opens, as a bullet would: its conclusion ("⇒ '20년 역대
# 최대 … 벤처펀드" over "신규결성도 6.6조원 …"), its wrapped lines hanging under its words.
LEAD_SIGNS = ("⇒", "⇨", "➜", "➡", "☞")

# The cover: the organisation is a line ending in a unit word (a 국, 실, 본부 …); a
# committee's name is not the organisation (a plan's cover names its 위원회 beside it).
COVER_ORG_RE = regex.compile(  # (기획관); not a sentence nor a field's label (발주기관)
    r"^[(\[]?(\p{Hangul}{1,15}(?:국|실|본부|단|청|처|원|과|(?<!기)관))[)\]]?$"
)
COVER_NOT_ORGANISATION = "위원회"
COVER_ORG_BRACKETS = "(["  # a unit named in brackets, as an office under a ministry
COVER_YEAR_RE = regex.compile(r"(20\d\d)\s*년")  # the plan's year in its title
LEADING_YEAR_RE = regex.compile(r"^(20\d\d)\s*(?:[.년]|$)")  # or opening a line of the cover
# A ministry or agency named among the cover's words ("2024. 1. 10. 중소벤처기업부", "교육부
# [학생건강정책관]"): the organisation where no line of the cover is one.
COVER_ORG_WORD_RE = regex.compile(r"(?:^|\s)(\p{Hangul}{2,12}(?:부|처|청))(?=\s|\[|$)")
COVER_ORG_LINE_CHARS = 30  # … on a short line of its own, not in a headline's sentence

# The organisation chart of a plan's 기본현황 ("□ 조 직 : 5과 (24팀 1TF)" over "해 양 농 수 산 국",
# "교 통 혁 신 국 (192명)"): its head names the organisation where the cover does not (there
# the name is often an image). Read within the first pages, a few lines under the heading.
ORG_CHART_HEADING_RE = regex.compile(r"^[^\p{Hangul}]*(?:기구\s*[․·ㆍ]\s*)?조\s*직(?!\s*별)")
ORG_CHART_HEAD_RE = regex.compile(
    r"^(?:및인력|[·ㆍ․]인력)?(?P<name>\p{Hangul}{2,12}(?:국|실|본부|위원회|원|청|단|처))"
    r"(?:\(\d[\d,]*명\))?$"
)
ORG_CHART_PAGES = 10
ORG_CHART_LINES = 3
