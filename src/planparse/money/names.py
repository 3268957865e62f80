"""Project names: the words a reader would write as the label of an amount.

The text before an amount is often not a name: a field label (``사업비 : 약``,
``(예산)``, ``1단계``), a size (``9개소 8.9ha``), a date, or half a sentence
(``채무조정과 병행하여, 자금애로를 겪는 소상공인에 총``). ``project_name`` keeps what
names something and drops the rest; the fundings stage then falls back to the
project card's 사업명, the item's bracketed keyword, the table row or the
enclosing title (``money.lines.Context.project_of``).
"""

from __future__ import annotations

import regex

from planparse.notation.money import (
    NAME_ACTIVITY_ENDINGS,
    NAME_FIELD_LABELS,
    NAME_GLUE_ENDINGS,
    NAME_GLUE_STARTS,
    NAME_NOT_NAMES,
    OWN_GOVERNMENT_SUFFIXES,
    PER_UNIT_PATTERN,
    REGIONS,
    SENTENCE_JOINS,
)
from planparse.text import unspaced

FIELD_LABEL_RE = regex.compile(
    r"^[\s\-○ㅇ·•*※◇□▷(\[]*(?:(?:'\d{2}|\d{4})\s*년도?\s*)?"  # ('25년 계획)
    rf"(?:{'|'.join(NAME_FIELD_LABELS)})\s*[)\]]?\s*[:：]?\s*(?:약|총)?\s*$"
)
# A word too general to name anything alone: "청년", "체계적", "국가사업".
TOO_GENERAL_RE = regex.compile(r"^\p{Hangul}{1,2}$|^\p{Hangul}+적$|^국가사업$")
# A label opening the text: "사업비 : 약 …", "(예산) …", "1단계 : …".
LEADING_LABEL_RE = regex.compile(
    rf"^[\s\-○ㅇ·•*※◇□▷]*[(\[]?\s*(?:{'|'.join(NAME_FIELD_LABELS)})\s*[)\]]?\s*[:：]\s*"
)
# A label in brackets anywhere: "(용역기간) … (용역비)".
BRACKETED_LABEL_RE = regex.compile(rf"[(\[]\s*(?:{'|'.join(NAME_FIELD_LABELS)})\s*[)\]]")
BULLET_RE = regex.compile(r"^[\s\-○ㅇ·•*※◇□▷◦]+(?=\S)")
STAGE_RE = regex.compile(r"^\s*[(\[]?\s*\d+\s*(?:단계|차|년차|차년도)\s*[)\]]?\s*[:：]?\s*$")
# Sizes, counts and dates that are not names: 9개소 8.9ha, 3개 구역, ('22~'29), '24. 8.
SIZE = (
    r"\d[\d,.]*\s*(?:개년|개월|개소|개|곳|명|건|회|ha|㎡|㎞|km|m|동|호|실|대|세대|가구|개사|종|권|필지|평|MW)"
    r"(?![\p{Hangul}])"
)
DATE = (
    r"(?:'\d{2}|\d{4})\s*(?:년도?)?\s*\.?\s*(?:\d{1,2}\s*\.?\s*(?:월)?)?"
    r"\s*(?:~\s*(?:'\d{2}|\d{4})?\s*(?:년도?)?\s*\.?\s*(?:\d{1,2}\s*\.?\s*(?:월)?)?)?"
)
# Sizes and dates in brackets anywhere ("(151건)", "('22~'29)"), or ending the words, name
# nothing; inside a name they stay ("2025 부산모빌리티쇼", "제17회 …").
SIZE_RE = regex.compile(
    rf"[(\[]\s*(?:{SIZE}|{DATE})(?:\s*[,/]\s*(?:{SIZE}|{DATE}))*\s*[)\]]|[\s,]*(?:{SIZE}|{DATE})[\s,]*$"
)
GLUE_RE = regex.compile(rf"(?:\s|^)(?:{'|'.join(NAME_GLUE_ENDINGS)})\s*$")
ACTIVITY_RE = regex.compile(
    rf"(?:\s|^|(?<=\p{{Hangul}}))(?:{'|'.join(NAME_ACTIVITY_ENDINGS)})\s*[(\[]?\s*$"
)
NOT_NAME_RE = regex.compile(rf"(?:{'|'.join(NAME_NOT_NAMES)})\s*$|=")
OPEN_TAIL_RE = regex.compile(r"\s*[(\[][^)\]]*$|\s+\d[\d,.]*$")
TRAILING_BRACKETS_RE = regex.compile(r"(?:\s*[(\[][^()\[\]]*[)\]])+\s*$")
ONLY_BRACKETS_RE = regex.compile(r"^(?:\s*[(\[][^()\[\]]*[)\]]?\s*)+$")
# A field's label before a colon ("사업비/시행자 :", "규 모 :", "’22. 8. :"): what follows is
# the field's value, and the project is the card's.
FIELD_COLON_RE = regex.compile(r"^[\s\-○ㅇ·•*※◇□▷▹‣⇒]*(?P<label>[^:：]{1,14}?)\s*[:：]")
PARTICLE_END_RE = regex.compile(r"(?<=\p{Hangul})(?:에게|에서|으로|에|로|을|를|은|는)\s*$")
BRACKET_KEYWORD_RE = regex.compile(r"^\s*[(\[]\s*(?P<name>[^()\[\]]{2,30}?)\s*[)\]]")
PER_UNIT_RE = regex.compile(PER_UNIT_PATTERN)  # "청년 월세 지원 월", "급식 지원 1식"
# A government's own name ("부산시"): who pays, not what for.
OWN_GOVERNMENT_NAMES = frozenset(r + suffix for r in REGIONS for suffix in OWN_GOVERNMENT_SUFFIXES)
GLUE_START_RE = regex.compile(rf"^(?:{'|'.join(NAME_GLUE_STARTS)})\s+")
# A comma outside brackets: "결핵역학조사(151건), HIV/AIDS 환자 진료비 지원": the amount is the
# last thing listed's.
LIST_COMMA_RE = regex.compile(r",\s*(?![^()\[\]]*[)\]])")
AMOUNT_RE = regex.compile(r"\d[\d,.]*\s*(?:조|억|천만|백만|만|천)?\s*원")


def last_listed(text: str) -> str:
    """The last of things listed with commas, where it names something on its own."""
    parts = LIST_COMMA_RE.split(text)
    if len(parts) > 1 and len(LETTERS_RE.findall(parts[-1])) >= 2:
        return parts[-1]
    return text


SENTENCE_WORDS = 8  # a name is shorter than this many words
LETTERS_RE = regex.compile(r"[\p{Hangul}A-Za-z]{2}")
SENTENCE_JOIN_RE = regex.compile("|".join(SENTENCE_JOINS))
# A means after the name ("청년도전 지원사업을 통한 구직단념청년 …", "… 사업으로 심리안정과 …").
# A purpose before it ("… 완화를 위한 다자녀교육포인트 지원") stays: without it the rest is
# often too general to name anything ("안전한 환경 조성").
MEANS_AFTER_RE = regex.compile(r"(?<=\p{Hangul})(?:을|를)?\s*통한\s.*$|(?<=\p{Hangul})으로\s.*$")
# A block's part, not a name: (사업개요), 추진상황 및 향후일정, 보상개요, 대상지개요.
BLOCK_PART_RE = regex.compile(
    r"^[\s(\[【<]*\p{Hangul}{0,4}\s*(?:개\s*요|추진\s*상황|향후\s*(?:계획|일정)|추진\s*계획|"
    r"주요\s*내용|추진\s*경과|사업\s*내용|기대\s*효과|대응\s*방향|추진\s*실적|현\s*황|추진\s*전략)"
)


def is_sentence(text: str) -> bool:
    """Half a sentence, not a name: a clause joined to another (…하여, …하고, 겪는 …), or
    many words."""
    words = text.split()
    return (
        bool(SENTENCE_JOIN_RE.search(text)) or text.count(",") >= 2 or len(words) > SENTENCE_WORDS
    )


def project_name(text: str | None) -> str | None:
    """The name in the words before an amount, or None when they name nothing (a field
    label, a size, a date, sentence glue, half a sentence)."""
    if not text:
        return None
    if BLOCK_PART_RE.match(text):
        return None
    name = BULLET_RE.sub("", text)
    name = MEANS_AFTER_RE.sub("", name)
    name = last_listed(name)
    name = AMOUNT_RE.sub(" ", name)
    name = BRACKETED_LABEL_RE.sub(" ", name).strip()
    name = LEADING_LABEL_RE.sub("", name)
    if FIELD_LABEL_RE.match(name) or STAGE_RE.match(name):
        return None
    for _ in range(2):
        name = SIZE_RE.sub(" ", name).strip()
    for _ in range(4):  # "… 소상공인에 총", "사업비 약", "잔여과제 단계별 준공"
        stripped = GLUE_RE.sub("", name).strip(" ,:·-")
        stripped = PARTICLE_END_RE.sub("", stripped).strip(" ,:·-")
        stripped = PER_UNIT_RE.sub("", stripped).strip(" ,:·-")
        stripped = ACTIVITY_RE.sub("", stripped).strip(" ,:·-")
        if stripped == name:
            break
        name = stripped
    name = OPEN_TAIL_RE.sub("", name)  # "특별보증 (약", "지류형 100"
    name = regex.sub(r"\s+", " ", name).strip(" ,:·-▷/*※→~")
    name = GLUE_START_RE.sub("", name).strip()
    name = regex.sub(r"^[)\]]+|[(\[]+$", "", name).strip()
    if (
        not LETTERS_RE.search(name)
        or FIELD_LABEL_RE.match(name)
        or is_sentence(name)
        or NOT_NAME_RE.search(TRAILING_BRACKETS_RE.sub("", name))
        or ONLY_BRACKETS_RE.match(name)
        or unspaced(name) in OWN_GOVERNMENT_NAMES
        or TOO_GENERAL_RE.match(name)
    ):
        return None
    if name[0] in "([" and name[-1] in ")]":
        name = name[1:-1].strip()  # "(오시리아 관광단지 조성사업)"
    return name


def is_field_value(prefix: str) -> bool:
    """Whether the words before an amount end in a field's label and colon ("- 사업비 :",
    "ㅇ 위치/규모 : … /", "’22. 8. : ‘22년 보조금 교부("): the amount is a field of its
    project card."""
    return FIELD_COLON_RE.match(prefix) is not None


def bracket_keyword(text: str) -> str | None:
    """The keyword an item opens with in brackets: "(청년 월세 지원) 월 20만원" -> 청년 월세 지원;
    not a doing ("(국비 공모 추진)") nor a block's part."""
    m = BRACKET_KEYWORD_RE.match(BULLET_RE.sub("", text))
    if m is None or ACTIVITY_RE.search(m["name"]):
        return None
    return project_name(m["name"])


def prefix_name(prefix: str) -> str | None:
    """The name in the words before an amount: the bracketed keyword they open with where
    the rest is a sentence ("(재난지원금 환수면제) 코로나19 초기 선지급했던 …"), else
    those words' name."""
    keyword = bracket_keyword(prefix)
    m = BRACKET_KEYWORD_RE.match(BULLET_RE.sub("", prefix))
    rest = BULLET_RE.sub("", prefix)[m.end() :] if m is not None else prefix
    own = project_name(rest)
    if keyword is not None and (own is None or is_sentence(rest)):
        return keyword  # "(재난지원금 환수면제) 코로나19 초기 선지급했던 …": the keyword names it
    return own if own is not None else keyword  # "(판로확대) 부산모빌리티쇼": a category
