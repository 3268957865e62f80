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
    CRITERION_MEASURES,
    EVALUATION_OUTCOMES,
    FOREIGN_CURRENCIES,
    HOLDING_VERBS,
    KEYWORD_DOING_ENDINGS,
    MEASURE_WORDS,
    NAME_ACTIVITY_ENDINGS,
    NAME_AIM_ENDINGS,
    NAME_CHANGE_ENDINGS,
    NAME_DOING_WORDS,
    NAME_FIELD_KEYWORD_ENDINGS,
    NAME_FIELD_LABELS,
    NAME_GLUE_ENDINGS,
    NAME_GLUE_STARTS,
    NAME_LEADING_GLUE,
    NAME_MEANS_WORDS,
    NAME_NOT_NAMES,
    NAME_NOT_WHOM_ENDINGS,
    NAME_PAID_ITEMS,
    NAME_PARTICLE_HOSTS,
    NAME_PLACE_ENDINGS,
    NAME_PROGRAMME_WORDS,
    NAME_PURPOSE_DOINGS,
    NAME_RECIPIENT_ENDINGS,
    NAME_RELATION_ADNOMINALS,
    NAME_STAGE_WORDS,
    NAME_WHOM_ENDINGS,
    OF_AFTER_VERBS,
    OPENING_QUALIFIERS,
    OUR_GOVERNMENT_WORDS,
    OWN_GOVERNMENT_SUFFIXES,
    PER_UNIT_PATTERN,
    PER_UNIT_WORD_PATTERN,
    QUOTE_AFTER_VERBS,
    REGIONS,
    REPORT_STAGES,
    SECURING_VERBS,
    SENTENCE_JOINS,
    SOURCES,
    THRESHOLD_WORDS,
    TOPIC_MANNER,
    YEAR_BUDGET_WORDS,
)
from planparse.text import bracket_depths, closed_up, unspaced

SOURCE_WORDS = "|".join(sorted(SOURCES, key=len, reverse=True))  # a payer's word, longest first

FIELD_LABEL_RE = regex.compile(
    r"^[\s\-○ㅇ·•*※◇□▷(\[]*(?:(?:'\d{2}|\d{4})\s*년도?\s*)?"  # ('25년 계획)
    rf"(?:{'|'.join(NAME_FIELD_LABELS)})\s*[)\]]?\s*[:：]?\s*(?:약|총)?\s*$"
)
# A word too general to name anything alone: "청년", "체계적", "국가사업", and a kind of
# project by who pays for it ("국비지원 사업으로 수산물 유통시설 건립": how it is paid).
TOO_GENERAL_RE = regex.compile(
    rf"^\p{{Hangul}}{{1,2}}$|^\p{{Hangul}}+적$|^국가사업$|^(?:{'|'.join(NAME_STAGE_WORDS)})$"
    rf"|^(?:{SOURCE_WORDS})\s*(?:지원|보조)?\s*사업$"
)
# Doings alone, no thing done to: "추가 조성", "대상확대", "재정소요", "신규결성도".
DOINGS_ONLY_RE = regex.compile(
    rf"^(?:(?:{'|'.join(NAME_DOING_WORDS)})(?:\s*(?:및|[·ㆍ,])?\s*))+(?:도|은|는)?$"
)
# A label opening the text: "사업비 : 약 …", "(예산) …", "1단계 : …".
LEADING_LABEL_RE = regex.compile(
    rf"^[\s\-○ㅇ·•*※◇□▷]*[(\[]?\s*(?:{'|'.join(NAME_FIELD_LABELS)})\s*[)\]]?\s*[:：]\s*"
)
# A label in brackets anywhere: "(용역기간) … (용역비)".
BRACKETED_LABEL_RE = regex.compile(rf"[(\[]\s*(?:{'|'.join(NAME_FIELD_LABELS)})\s*[)\]]")
BULLET_RE = regex.compile(
    r"^[\s\-○ㅇ·•*※◇□▷◦✔✓➢➤▶►❍●■◆\u2460-\u2473\u2776-\u277f\u278a-\u2793]+(?=\S)"
)  # and ✔, ①, ❶, ➊
STAGE_RE = regex.compile(r"^\s*[(\[]?\s*\d+\s*(?:단계|차|년차|차년도)\s*[)\]]?\s*[:：]?\s*$")
# Sizes, counts and dates that are not names: 9개소 8.9ha, 3개 구역, ('22~'29), '24. 8.
SIZE = (
    r"\d[\d,.]*\s*[천만]?\s*(?:개년|개월|개소|개교|개|곳|명|건|회|ha|㎡|㎞|km|m|동|호|실|대|세대|가구|개사|종|권|필지|평|척|톤"
    r"|MW|㎿|㎾|kW)"
    r"(?![\p{Hangul}])"
)
DATE = (
    r"(?:'\d{2}|\d{4})\s*(?:년도?)?\s*\.?\s*(?:\d{1,2}\s*\.?\s*(?:월)?)?"
    r"\s*(?:~\s*(?:'\d{2}|\d{4})?\s*(?:년도?)?\s*\.?\s*(?:\d{1,2}\s*\.?\s*(?:월)?)?)?"
)
# A row of field values, its period first: "'23.~'26. / 남구(…) / 면적 994.03㎡ / 130억원"
# (its project is named above it).
DATED_FIELDS_RE = regex.compile(rf"^[\s\-○ㅇ·•]*{DATE}\s*(?:계속)?\s*/")
# Places listed with their count: "(관광어항 대축제 지원) 사하 다대포항, 기장 신암항 2개소(0.6억원)"
# — where the programme is held, named by its keyword or title.
LISTED_PLACES_RE = regex.compile(r",[^,()]*\d+\s*(?:개소|곳)\s*$")
# Sizes and dates in brackets anywhere ("(151건)", "('22~'29)"), or ending the words, name
# nothing; inside a name they stay ("2025 부산모빌리티쇼", "제17회 …").
SIZE_RE = regex.compile(
    rf"[(\[]\s*(?:{SIZE}|{DATE})(?:\s*[,/]\s*(?:{SIZE}|{DATE}))*\s*[)\]]|[\s,]*(?:{SIZE}|{DATE})[\s,]*$"
)
# How many inside a name, with where in brackets: "농산물 산지유통센터 1개소(강서구) 건립".
INNER_COUNT_RE = regex.compile(
    r"(?<=\p{Hangul})\s\d[\d,]*\s*(?:개소|개교|개사|곳)(?:\s*[(\[][^()\[\]]*[)\]])?(?=\s+\p{Hangul})"
)
# A rule cited in brackets inside a name: "재해예방 규격하우스(농림축산식품부 고시) 설치".
CITED_RULE_RE = regex.compile(
    r"\s*[(\[][^()\[\]]*(?:고시|조례|지침|시행령|법률)\s*[)\]](?=\s*\p{Hangul})"
)
# A work's measures after its name, each a letter set equal to a figure: "D = 80~500㎜, L =
# 54㎞", "A=228만㎡" (not "시민건강박람회=100개 기관": a word is no measure's letter).
SPECS_RE = regex.compile(
    r"(?:[\s,/]*(?<![\p{L}])[A-Za-z]\s*=\s*\d[\d,.~∼\-]*\s*[천만]?\s*(?:㎜|mm|㎞|km|㎡|m|톤|ha)?)+[\s,/]*$"
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
# A timeline entry's date before a colon ("'20. 8.~'24.12. : 원격검침시스템 1~4차 완료"):
# what follows happened in the card's project.
DATE_COLON_RE = regex.compile(
    r"^[\s\-○ㅇ·•*※◇□▷▹‣⇒]*(?:[('‘’]?\s*\d{2,4}\s*[.년]\s*(?:\d{1,2}\s*[.월]?\s*)?[)~∼\-]?\s*)+[:：]"
)
# A programme's word in a rate's name: "카드결제 수수료 지원 확대(월 15천원 …)" names the
# programme, "월세", "연소득" name what it is paid for or by.
PROGRAMME_WORD_RE = regex.compile("|".join(NAME_PROGRAMME_WORDS))
PAID_ITEM_RE = regex.compile(rf"(?:{'|'.join(NAME_PAID_ITEMS)})$")
CHANGE_END_RE = regex.compile(rf"(?:{'|'.join(NAME_CHANGE_ENDINGS)})$")
PARTICLE_END_RE = regex.compile(
    # "'7일간의 동행축제'를"; not the 을 of a noun (마을, 가을, 고을)
    r"(?<=[\p{Hangul}'’”」』])(?:에게|에서|으로|에|(?<![마가고])을|를|은|는)\s*$"
    # "also" and "which is" after a measure or a doing: "벤처펀드 신규결성도 6.6조원", "총
    # 구매액인 135조 원" (not 제도, 노인)
    rf"|(?<=(?:{'|'.join(NAME_PARTICLE_HOSTS)}))(?:도|인)\s*$"
)
# A clause after the thing named, its topic ("손실보전금은 추경 확정 당일 지급 개시"); a
# two-syllable word before 은 is an adjective (작은, 젊은), not a topic.
TOPIC_CUT_RE = regex.compile(r"^(?P<name>[^()\[\]]*?\p{Hangul}{3})은\s+\S")
# Words before a colon that name what the rest describes: "총사업비 관리대상 사업 : 158개 사업".
KEYWORD_COLON_RE = regex.compile(r"^(?P<keyword>[^:：]{2,40}?)\s+[:：]\s+\S")
# A bracket closed that was opened before the words: what follows it is the name.
UNOPENED_CLOSE_RE = regex.compile(r"^[^()\[\]]*[)\]]\s*(?=\S)")
UNOPENED_END_RE = regex.compile(r"^[^()\[\]]*[)\]]\s*$")
BRACKET_KEYWORD_RE = regex.compile(r"^\s*[(\[]\s*(?P<name>[^()\[\]]{2,30}?)\s*[)\]]")
# A bracketed keyword followed by a count: "(50+생애재설계대학 운영) 12개 대학 운영(…)" is
# named by the keyword, the count says how many
KEYWORD_COUNT_RE = regex.compile(
    r"^\s*[(\[]\s*(?P<name>[^()\[\]]{2,30}?)\s*[)\]]\s*\d[\d,]*\s*개(?!\p{Hangul}{2,}\s*[)\]])"
)
PER_UNIT_RE = regex.compile(PER_UNIT_PATTERN)  # "청년 월세 지원 월", "급식 지원 1식"
# A government's own name ("부산시"): who pays, not what for.
OWN_GOVERNMENT_NAMES = frozenset(
    {r + suffix for r in REGIONS for suffix in OWN_GOVERNMENT_SUFFIXES} | set(OUR_GOVERNMENT_WORDS)
)
GLUE_START_RE = regex.compile(rf"^(?:{'|'.join(NAME_GLUE_STARTS)})\s+")
# A comma outside brackets: "결핵역학조사(151건), HIV/AIDS 환자 진료비 지원": the amount is the
# last thing listed's.
LIST_COMMA_RE = regex.compile(r",\s*(?![^()\[\]]*[)\]])")
AMOUNT_RE = regex.compile(
    r"\d[\d,.]*\s*여?\s*(?:조|억|천만|백만|만|천)?\s*여?\s*(?:원|달러|불|"
    + "|".join(FOREIGN_CURRENCIES)
    + r")(?!\p{Hangul})"
)
# A source's citation, not a name: "<출처: 학교도서관현황조사, 교육부>", "※ 자료 : 통계청".
CITATION_RE = regex.compile(r"^[\s<(\[※*]*(?:출\s*처|자\s*료)\s*[:：]")


# Words that end a place or a share rather than a name: "남컨 배후부지 서측", "기장읍 일원",
# "과제별".
PLACE_RE = regex.compile(rf"(?:{'|'.join(NAME_PLACE_ENDINGS)}|\p{{Hangul}}별)\s*[,:]?\s*$")
# Things listed and closed with 등, perhaps with their count ("점자도서, 녹음서 등 제작·열람·
# 대출 등", "물양장･친수 관광시설･위판시설 등", "기장 대변항, 사하 장림항 등 10개소"): what a
# keyword's programme does or where, not its name.
DOINGS_LISTED_RE = regex.compile(r"[,･·‧][^()\[\]]*등(?:\s*\d+\s*\p{Hangul}{1,2})?\s*$")
KEYWORD_DOING_RE = regex.compile(rf"(?:\s|^)(?:{'|'.join(KEYWORD_DOING_ENDINGS)})(?:\s*등)?\s*$")


def does_things(rest: str) -> bool:
    """Whether the words after an item's keyword say what is done, not what it is: a list
    of doings, half a sentence, or words ending in a doing ("… 조명 교체"); or where it is
    ("남컨 배후부지 서측,") or what it is paid per ("과제별")."""
    listed = LIST_COMMA_RE.split(rest)[:-1]  # "수어통역 및 상담서비스 제공, 수어교육": doings
    return bool(
        DOINGS_LISTED_RE.search(rest)
        or KEYWORD_DOING_RE.search(rest)
        or PLACE_RE.search(rest)
        or any(KEYWORD_DOING_RE.search(part) for part in listed)
    ) or is_sentence(rest)


def keyword_does(prefix: str, line: str) -> bool:
    """Whether the words before a later amount of a line opening with a keyword say what
    the keyword's programme does ("➋ (임차료 특별융자) … 융자 1조원, 집합제한 업종 2~3%대 융자
    3조원"): they end in a doing and do not hold the keyword themselves."""
    opens = BRACKET_KEYWORD_RE.match(BULLET_RE.sub("", line)) is not None
    own_keyword = BRACKET_KEYWORD_RE.match(BULLET_RE.sub("", prefix)) is not None
    return opens and not own_keyword and KEYWORD_DOING_RE.search(prefix) is not None


# A clause naming only a payer and what was done with its money: "국비 확보", "시비 반영".
SECURED_RE = regex.compile(rf"^\s*(?:{SOURCE_WORDS})\s*(?:{'|'.join(SECURING_VERBS)})\s*$")


AIM_END_RE = regex.compile(rf"(?:{'|'.join(NAME_AIM_ENDINGS)})\s*$")
LISTED_TOGETHER = 3  # things listed this many or more share the amount after the last
LISTED_ETC_RE = regex.compile(r"\s*등\s*$")  # … or the last is "등": "IT원예시설, 내재해형 등"
# … unless they qualify the noun after their 등 or 위한: "문화, 경제, 환경 등 지역 … 진로체험
# 프로그램", "버스 운행 데이터 분석, …, 운행 적정성 평가를 위한 시뮬레이션 Tool 개발"
LISTED_HEAD_RE = regex.compile(r"(?:\s등|위한)\s+(?P<head>[^,]*\p{Hangul}{2}[^,]*)$")


def last_listed(text: str) -> str | None:
    """The last of things listed with commas, where it names something on its own; the
    one before it where the last names only its payer ("…기본계획 수립, 국비 확보"); the
    noun after a list's 등; all of a list ending in 등; None for three or more that share
    the amount after the last, which names none of them alone."""
    parts = LIST_COMMA_RE.split(text)
    if len(parts) > 1 and SECURED_RE.match(parts[-1]):
        return last_listed(", ".join(parts[:-1]))
    head = LISTED_HEAD_RE.search(parts[-1]) if len(parts) > 1 else None
    if head is not None and is_specific(head["head"]):
        return head["head"]  # "문화, 경제, 환경 등 지역 현장 위주 진로체험 프로그램"
    if LISTED_ETC_RE.search(parts[-1]):
        return text  # "IT원예시설, 내재해형 등(22억원)": both of them
    if len(parts) >= LISTED_TOGETHER:
        return None  # "보호실, 놀이방, 처치실, 격리실, 상담실 운영(2.4억원)": all, named above
    if (
        len(parts) == 2
        and AIM_END_RE.search(parts[1])
        and not AIM_END_RE.search(parts[0])
        and is_specific(parts[0])
    ):
        return parts[0]  # "… 정책과제 사업화, 공감대 확산 속도 제고": the work, not its aim
    if len(parts) > 1 and len(LETTERS_RE.findall(parts[-1])) >= 2:
        return parts[-1]
    return text


SENTENCE_WORDS = 8  # a name is shorter than this many words
TITLE_DETAIL_CHARS = 12  # what may stand between the ▷ and the amount: a year, a payer
TITLE_WORDS = 16  # an item's title before "▷ amount" may be a whole clause, up to this long
LETTERS_RE = regex.compile(r"[\p{Hangul}A-Za-z]{2}")
SENTENCE_JOIN_RE = regex.compile("|".join(SENTENCE_JOINS))
TOPIC_MANNER_RE = regex.compile(TOPIC_MANNER)
# An evaluation named, then its outcome (``EVALUATION_OUTCOMES``) ending the words, before any
# note, details or what it brought ("… 등급(A) 달성 및 인센티브"); not "… 자구노력우수 포상금".
EVALUATED_RE = regex.compile(
    rf"^(?P<name>.*\p{{Hangul}}\s?평가)\s+(?=[^※▷]*?(?:{'|'.join(EVALUATION_OUTCOMES)})"
    r"(?:\s*\([^()]*\))?\s*(?:$|※|▷|및))"
)
# A word's mark for the note below it, and the particle after it where the name ends there
# ("발굴·확대*로"): no part of a name ("세계적 기업*과 창업 초기 기업" keeps its 과).
FOOTNOTE_MARK_RE = regex.compile(r"(?<=[\p{Hangul}\w)])\*+(?:(?:으로|로|를|을|는|은|와|과|의)$)?")
# A means after the name ("청년도전 지원사업을 통한 구직단념청년 …", "… 사업으로 심리안정과 …").
# A purpose before it goes only where enough is left to name something (CLAUSE_BEFORE_RE).
# A means before it goes (NAME_MEANS_WORDS): "국가사업 공모를 통한 영어특화 들락날락 조성",
# "BPA, 해진공 등 유관기관 협업으로 기술창업 지원 플랫폼 운영".
MEANS_BEFORE_RE = regex.compile(
    rf"^[^()\[\]]*(?:{'|'.join(NAME_MEANS_WORDS)})(?:(?:을|를)\s*통한|으로)\s+(?P<rest>\S.*)$"
)
MEANS_AFTER_RE = regex.compile(  # not an adverb's 으로: "시정운영을 안정적으로 뒷받침하기 위한"
    r"(?<=\p{Hangul})(?:을|를)?\s*통한\s.*$|(?<=[\p{Hangul})])(?<!\p{Hangul}{2}적)으로\s.*$"
)
# A block's part, not a name: (사업개요), 추진상황 및 향후일정, 보상개요, 대상지개요.
BLOCK_PART_RE = regex.compile(
    r"^[\s(\[【<]*\p{Hangul}{0,4}(?:\([^()]{1,3}\))?\s*(?:개\s*요|추진\s*상황|향후\s*(?:계획|일정)|"
    r"추진\s*계획|주요\s*내용|추진\s*경과|사업\s*내용|기대\s*효과|대응\s*방향|개선\s*방향|추진\s*실적|"
    r"현\s*황|추진\s*전략|"
    r"(?:기본|추진|주요|세부)\s*사\s*항)"
    # … the whole label, not the start of a name ("해상도시 추진전략 수립용역")
    r"(?=\s*(?:$|[)\]】>(:：·,/▷]|및|\d))"
)


# A statistic or a count, not a name: "25.3 → 27.8만명(+9.8%)", "2개 사업",
# "x12개교".
NOT_A_NAME_RE = regex.compile(
    r"\d\s*[천만]?\s*여?\s*명|^[x×]\s*\d|^\d+\s*개\s*\p{Hangul}{1,3}$"
    r"|^\d[\d,.]*\s*(?:개소|개|건|곳|척|가구|세대)(?!\p{Hangul})"  # "55개소, 408억"
    # "부산시 5개 사업(총 1,467억원)": how many, by whom (not "X, Y 등 12개 사업": those)
    r"|^[^등]*(?:^|\s)\d+\s*개\s*(?:사업|과제)$"
    # a doing and how many it is done in: "시행 3개 지구"
    r"|^\p{Hangul}{1,4}\s+\d+\s*개\s*\p{Hangul}{1,3}$"
    # what a threshold qualifies, its comparison first: "(3억원~200억원) 미만 구·군사업"
    rf"|^(?:{'|'.join(THRESHOLD_WORDS)})(?:\s|$)"
)
# A clause before the name, its object and an adnominal verb: "전문적인 평생교육을 제공하는
# 부산시민대학", "중소기업 정보보호 기반 조성을 위한 동남정보보호지원센터"; a purpose (위한)
# only where its object is a doing ("기업가형 소상공인을 위한 특별보증" is for whom, part of
# the name). It goes only where what is left is specific (``is_specific``).
CLAUSE_BEFORE_RE = regex.compile(
    r"^[^()\[\]]*(?:\p{Hangul}(?:을|를)\s*(?!위한)\p{Hangul}+(?:하는|한|된|되는)"
    rf"|\p{{Hangul}}에\s*(?:{'|'.join(NAME_RELATION_ADNOMINALS)})"  # "지역에 적합한"
    rf"|(?:{'|'.join(NAME_PURPOSE_DOINGS)})(?:을|를)\s*위한)\s+"
)
WORD_LETTERS_RE = regex.compile(r"[\p{Hangul}A-Za-z]+")
SPECIFIC_WORD_LETTERS = 4  # a word this long names one thing: 동남정보보호지원센터, 기술플랫폼


def is_specific(name: str) -> bool:
    """Whether a name holds a word long enough to name one thing, not only general words
    ("안전한 환경 조성", "인프라 구축 강화", "의료비 지원 강화" name nothing without their
    purpose)."""
    return any(len(w) >= SPECIFIC_WORD_LETTERS for w in WORD_LETTERS_RE.findall(name))


OPENING_SIZE_RE = regex.compile(SIZE)
WORD3_RE = regex.compile(r"\p{Hangul}{3}")
ENCLOSED_RE = regex.compile(r"[(\[][^()\[\]]*[)\]]")  # a bracket; fullmatched, one around all
# Words opening a name that are not part of it: a year, a span, a sign, a cap, a payer, a
# figure marked for a note ("1200 * 재기지원펀드": a table's cell run into the words).
LEADING_NOISE_RE = regex.compile(
    r"^(?:[+>＞<]|\d[\d,.]*\s*\*+(?=\s)|(?:최대|최고|약|총)(?=\s)|(?:'\d{2}|\d{4})\s*년도?(?=\s)|\d+\s*(?:년|개월)간"
    # a span of years, even glued to the name: "'22~'25년지방소멸대응기금 효율적 관리·운영"
    r"|(?:'\d{2}|\d{4})\s*[~∼]\s*(?:'\d{2}|\d{4})\s*년도?(?=\s|\p{Hangul})"
    # the end of a clause before the name: "(최대 150만원)*까지 환급 지원", "3조원 규모 벤처펀드"
    rf"|(?:{'|'.join(NAME_LEADING_GLUE)})(?=\s)"
    # an earlier clause's doing and its 및: "(4.3조원) 달성 및 벤처펀드 신규결성도 6.6조원"
    rf"|(?:{'|'.join(NAME_DOING_WORDS)})\s+및(?=\s)"
    rf"|[(\[]\s*(?:{SOURCE_WORDS})\s*[)\]]"
    # "(결과보고) 수산기자재 … 용역": the report's stage, not what was studied
    rf"|[(\[]\s*(?:{'|'.join(REPORT_STAGES)})\s*보\s*고\s*[)\]]"
    # "(1~3분기 누적) 국내 벤처투자": when, not what
    r"|[(\[]\s*\d[\d.~∼～\-\s]*(?:분기|반기|월|년|Q)[^()\[\]]{0,6}[)\]](?=\s))"
)
# A modifier ending the words, whose noun is the amount's: "보다 강화*된", "… 지원하는".
ADNOMINAL_END_RE = regex.compile(r"(?:된|되는|하는|할|될)$")
QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"))


YEAR_APOSTROPHE_RE = regex.compile(r"['’‘](?=\d{2}(?!\d))")


def unbalanced_quote(text: str) -> bool:
    """A quotation opened and not closed ("“새벽 3시 통장"): a fragment of a quote."""
    quotes = YEAR_APOSTROPHE_RE.sub("", text)  # '25년, ’24.: a year's mark, not a quote
    if quotes.count('"') % 2 or quotes.count("'") % 2:
        return True
    return any(quotes.count(a) != quotes.count(b) for a, b in QUOTE_PAIRS)


GLUED_BRACKET_RE = regex.compile(r"(?<=[\p{Hangul}A-Za-z])[(\[][^()\[\]]*[)\]]")


def is_sentence(text: str) -> bool:
    """Half a sentence, not a name: a clause joined to another (…하여, …하고, 겪는 …), or
    many words."""
    unglued = GLUED_BRACKET_RE.sub("", text)  # not a list glued: "농식품(국산과일류, …)"
    words = unglued.split()
    return (
        bool(SENTENCE_JOIN_RE.search(unglued))  # "… 이양(은퇴)하는 …": 이양하는
        or len(LIST_COMMA_RE.findall(text)) >= 2  # not a list in brackets: "항공산업(항공기, …)"
        or len(words) > SENTENCE_WORDS
    )


LETTERLESS_BRACKET_RE = regex.compile(r"\s*[(\[][^()\[\]\p{Hangul}A-Za-z]*[)\]]")


def outer_split(text: str, separator: str) -> list[str]:
    """A text split at a one-letter separator outside brackets only."""
    parts, start = [], 0
    for at, (ch, depth) in enumerate(zip(text, bracket_depths(text), strict=True)):
        if ch == separator and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    return [*parts, text[start:]]


# What stands between a named amount and a later figure of its own: doings, then a bracket
# opened with a year at most ("1.8조원 추가 조성 ('21. 4.9 → '22. 6.7조원)"): the bracket
# gives the named amount's series.
BRACKETED_SERIES_RE = regex.compile(r"[)\]]?(?P<words>[^()\[\]]*)[(\[](?P<inner>[^()\[\]]*)")


def in_series_bracket(between: str) -> bool:
    """Whether a figure after a named amount stands in a bracket giving that amount's
    series: the words before the bracket do things only, and none of the bracket's own
    words stand before the figure."""
    found = BRACKETED_SERIES_RE.fullmatch(between)
    if found is None or WORD_RE.search(found["inner"]):
        return False
    words = found["words"].strip()
    return not words or DOINGS_ONLY_RE.match(words) is not None


def project_name(text: str | None, titled: bool = False) -> str | None:
    """The name in the words before an amount, or None when they name nothing (a field
    label, a size, a date, sentence glue, half a sentence)."""
    if not text:
        return None
    sides = outer_split(text, "→")  # not a change inside brackets: "완화(6세미만 → 9세미만)"
    if len(sides) > 1:  # a change: the name is on the side that has one, the later first
        named = (project_name(part, titled) for part in reversed(sides))
        return next((name for name in named if name is not None), None)
    if (
        BLOCK_PART_RE.match(text)
        or CITATION_RE.match(text)
        or DATED_FIELDS_RE.match(text)
        or LISTED_PLACES_RE.search(text)
        or TOPIC_MANNER_RE.search(text)
    ):
        return None
    name = BULLET_RE.sub("", text)
    name = FOOTNOTE_MARK_RE.sub("", name)  # "… 기업 발굴·확대*로": a note's mark, its particle
    name = SPECS_RE.sub("", name)  # "… 배수관 세척 D = 80~500㎜, L = 54㎞": its measures
    # "고금리 대출을 저금리로 낮춰주는 '대환대출'", "하나의 앱으로 … 가능한「부산형 MaaS」구축":
    # its own name, quoted, whatever means come before it
    quoted = ending_quote(name)
    if quoted is not None:
        return quoted
    reached = MEANS_BEFORE_RE.match(name)  # "국가사업 공모를 통한 영어특화 들락날락 조성"
    name = reached["rest"] if reached is not None else MEANS_AFTER_RE.sub("", name)
    name = UNOPENED_CLOSE_RE.sub("", name)  # "긴급대출 도입) 대규모 재난 등 발생 시 경영안정자금"
    if UNOPENED_END_RE.match(name):
        return None  # "증가)": the end of a bracket opened before the words
    counted = KEYWORD_COUNT_RE.match(name)  # "(50+생애재설계대학 운영) 12개 대학"
    keyword_name = project_name(counted["name"], titled) if counted is not None else None
    if keyword_name is not None:
        return keyword_name
    keyword = KEYWORD_COLON_RE.match(name)  # "지방공공기관 혁신 지자체 평가 결과 : 우리 시 …"
    if keyword is not None and not LEADING_LABEL_RE.match(name):
        before_colon = project_name(keyword["keyword"], titled)
        if before_colon is not None:
            return before_colon
    evaluated = EVALUATED_RE.match(name)  # "… 성과평가 결과 우수 광역시도 선정(장관상)"
    if evaluated is not None:
        return project_name(evaluated["name"], titled)
    cut = TOPIC_CUT_RE.match(name)  # "손실보전금은 추경 확정 당일 지급 개시"
    if cut is not None:
        return project_name(cut["name"], titled)  # not a name: a sentence ("… 필요성은 여전")
    listed = last_listed(name)
    if listed is None:
        return None
    name = listed
    name = MEASURED_LABEL_RE.sub("", name)  # "중기부 R&D 규모(억원) : (‘17)11,172 → …"
    name = AMOUNT_RE.sub(" ", name)
    name = LETTERLESS_BRACKET_RE.sub("", name)  # "단가 인상(12,140→14,140원)": a change's figures
    name = BRACKETED_LABEL_RE.sub(" ", name).strip()
    name = LEADING_LABEL_RE.sub("", name)
    if FIELD_LABEL_RE.match(name) or STAGE_RE.match(name):
        return None
    for _ in range(2):
        name = SIZE_RE.sub(" ", name).strip()
    name = INNER_COUNT_RE.sub("", name)
    name = CITED_RULE_RE.sub("", name)
    for _ in range(4):  # "… 소상공인에 총", "사업비 약", "잔여과제 단계별 준공"
        stripped = GLUE_RE.sub("", name).strip(" ,:·-")
        stripped = PARTICLE_END_RE.sub("", stripped).strip(" ,:·-")
        stripped = PER_UNIT_RE.sub("", stripped).strip(" ,:·-")
        stripped = ACTIVITY_RE.sub("", stripped).strip(" ,:·-")
        stripped = SIZE_RE.sub(" ", stripped).strip(" ,:·-")  # "노인일자리 65,156개 추진"
        stripped = OPEN_TAIL_RE.sub("", stripped)  # "… 정착수당 신설(月"
        if stripped == name:
            break
        name = stripped
    name = OPEN_TAIL_RE.sub("", name)  # "특별보증 (약", "지류형 100"
    name = regex.sub(r"\s+", " ", name).strip(" ,:·-▷/*※→~<>〈〉《》➠⇒")
    name = GLUE_START_RE.sub("", name).strip()
    for _ in range(3):  # "'23년 모태기금", "5년간 초격차 …", "최대 수출이용권", "(정부) 확대 …"
        name = LEADING_NOISE_RE.sub("", name).strip()
    name = BULLET_RE.sub("", name)  # "'24년 □ 유통종사자 설명회": a bullet after a year
    name = regex.sub(r"^[)\]]+|[(\[]+$", "", name).strip()
    # a clause before the name goes first: what is left may be a name where the whole is a
    # sentence ("어업인들의 … 어업경영 지원을 위한 수산정책보험 지원")
    cut = CLAUSE_BEFORE_RE.match(name)
    if cut is not None and is_specific(name[cut.end() :]):
        name = name[cut.end() :]
    if (
        not LETTERS_RE.search(name)
        or all(FIELD_LABEL_RE.match(part) for part in name.split("/"))  # 용역기간/용역비
        or (is_sentence(name) and not (titled and len(name.split()) <= TITLE_WORDS))
        or NOT_NAME_RE.search(TRAILING_BRACKETS_RE.sub("", name))
        or ONLY_BRACKETS_RE.match(name)
        or unspaced(name) in OWN_GOVERNMENT_NAMES
        or TOO_GENERAL_RE.match(name)
        or DOINGS_ONLY_RE.match(name)
        or NOT_A_NAME_RE.search(name)
        or ADNOMINAL_END_RE.search(name)
        or unbalanced_quote(name)
    ):
        return None
    if not ENCLOSED_RE.fullmatch(name) and not LETTERS_RE.search(ENCLOSED_RE.sub("", name)):
        return None  # "'25.4.28.~30(벡스코)": a date, its place in brackets
    if (opening := OPENING_SIZE_RE.match(name)) is not None and not WORD3_RE.search(
        ENCLOSED_RE.sub("", name[opening.end() :])
    ):
        return None  # "17만세대", "3개사 지원", "0.08㎿(가구당 1㎾이하)", "12개월, 2차": a count
    if ENCLOSED_RE.fullmatch(name):
        name = name[1:-1].strip()  # "(오시리아 관광단지 조성사업)", not "(부경대) … (연합)"
    return name


# the end of an earlier clause of a list: a bracket, then a comma or a two-way arrow (two
# things set side by side: "장애인 콜택시(…) ↔ 임산부 콜택시(…)"); or an earlier item's
# amount's bracket, then 및 (not "지급 개시 (5.30) 및 …")
LIST_ITEM_END_RE = regex.compile(r"\)\s*[,↔]|(?<=(?:억|원|조|만)[^()]{0,20})\)\s*및\s")


def words_before_bracket(before: str) -> str | None:
    """Where the words end inside an open bracket, the words before it, back to the end of
    an earlier item of a list ("…, 연탄쿠폰(337세대, 가구당"); else None."""
    opened = before.rfind("(")
    if opened <= before.rfind(")"):
        return None
    return LIST_ITEM_END_RE.split(before[:opened])[-1]


def later_listed_name(before: str) -> str | None:
    """The name of a later item of a list whose amount stands in its bracket: "장애인 콜택시
    (750대, 월 22만원 한도) ↔ 임산부 콜택시(2,100대, 월" is 임산부 콜택시's; None for the first
    item, or where the words say only whom it is for."""
    opened = before.rfind("(")
    if opened <= before.rfind(")"):
        return None
    items = LIST_ITEM_END_RE.split(before[:opened])
    name = prefix_name(items[-1]) if len(items) > 1 else None
    return name if name is not None and not is_whom(name) else None


COUNTED_END_RE = regex.compile(r"\d[\d,.]*\s*\p{Hangul}{1,3}\s*$")  # "… 3개사", "… 1,200명"


# What may stand in a bracket before its amount besides a name's words: counts, dates,
# payers ("(7천명 34억원", "(‘22.~’30, 606억원", "(국비 5억원", "(3차년도 9.7억원").
DETAIL_BEFORE_AMOUNT_RE = regex.compile(rf"\d[\d,.~∼\-]*\s*\p{{Hangul}}{{0,3}}|{SOURCE_WORDS}")
WORD_RE = regex.compile(r"\p{Hangul}{2}")
AND_RE = regex.compile(r"\s및\s")  # two things of a list
# Whom a thing is for or who runs it, by how the words end: 졸업생, 소상공인, 바이오헬스센터.
WHOM_END_RE = regex.compile(
    rf"(?:{'|'.join(NAME_WHOM_ENDINGS)})$(?<!{'|'.join(NAME_NOT_WHOM_ENDINGS)})"
)


# … of them, the people or firms it is for (not a body that runs it: 센터, 재단)
RECIPIENT_END_RE = regex.compile(
    rf"(?:{'|'.join(NAME_RECIPIENT_ENDINGS)})$(?<!{'|'.join(NAME_NOT_WHOM_ENDINGS)})"
)
WHOM_WORDS = 3  # whom a thing is for is said in a few words: "3자녀 이상 가구"


def is_whom(name: str) -> bool:
    """Whether a name says only whom a thing is for ("2자녀 가구", "6학년 전체학생"); not a
    programme's name ending in whom it serves ("… 추가 지원 '25년 …대상학교 학생")."""
    return len(name.split()) <= WHOM_WORDS and WHOM_END_RE.search(unspaced(name)) is not None


# One of a list of thresholds, each after the word it is for: "(심사대상) 건설공사 5억원 · 용역
# 1억원 · 물품 2천만원 이상", "(검토대상) 용역 2억원, 물품 2천만원 이상".
COMPARISON = f"(?:{'|'.join(THRESHOLD_WORDS)})"  # 이상, 이하, 미만, 초과
LISTED_LABEL_RE = regex.compile(
    rf"(?P<before>^|[·,]|[)\]]|\d\s*(?:조|억|만|천)?\s*원(?:\s*{COMPARISON})?)"
    r"\s*(?P<label>[\p{Hangul}A-Za-z]{2,12}(?:[(\[][\p{Hangul}A-Za-z]{1,8}[)\]])?)"
    # "기술개발(최대 4억원), 기술보증(최대 20억원)": the word, not the bracket it opens
    rf"\s*(?:[(\[]\s*(?:{'|'.join(OPENING_QUALIFIERS)})?\s*)?$"
)
LISTED_NEXT_RE = regex.compile(rf"\s*{COMPARISON}?\s*[·,]\s*\S")  # another follows
LISTED_SEPARATOR_RE = regex.compile(r"[·,]|\d\s*(?:조|억|만|천)?\s*원")  # one came before
COMPARISON_RE = regex.compile(rf"^원?{COMPARISON}")
NAMED_LINE_RE = regex.compile(r"[\p{Hangul}A-Za-z]\s*[:：]")  # "지역제한 입찰 : 종합공사 …"


def listed_label(prefix: str, after: str) -> str | None:
    """The word a threshold of a list is for, where each amount of the list follows its
    word ("(심사대상) 건설공사 5억원 · 용역 1억원 · 물품 2천만원 이상"); None for a lone
    threshold ("규제비용 30억 이상"), whom it is paid to ("2자녀 가구 연 30만원"), or a list
    on a line that names its programme before a colon ("지역제한 입찰 : 종합공사 …")."""
    m = LISTED_LABEL_RE.search(BULLET_RE.sub("", prefix).rstrip())
    if m is None or NAMED_LINE_RE.search(prefix):
        return None
    listed = LISTED_NEXT_RE.match(after) is not None or LISTED_SEPARATOR_RE.match(m["before"])
    label = m["label"]
    if (
        not listed
        or COMPARISON_RE.match(label)
        or GLUE_RE.fullmatch(f" {label}")  # "…통합*, 최대 6억원의 바우처": a qualifier
        or is_whom(label)
        or unspaced(label) in CRITERION_MEASURES  # "재산 12억": what is limited, not whose
        or FIELD_LABEL_RE.match(label)
        or PER_UNIT_RE.search(label)
        or ENCLOSED_RE.fullmatch(label)
    ):
        return None
    return label


def detail_name(between: str) -> str | None:
    """The thing a ▷ lists, where the amount stands in the bracket after its name: "▹ 임산부
    꾸러미(7천명 34억원), 과일간식(17천명 8.1억원)", "▹신중장년DX교육(19.8억원, …)"; not a count,
    a size, a place or whom it is for ("▹ 총 75개소(38억원)", "▹ 대학(원)생 및
    졸업생(3억원)")."""
    opened = between.rfind("(")
    if opened <= between.rfind(")"):
        return None  # the amount is not in an open bracket
    if WORD_RE.search(DETAIL_BEFORE_AMOUNT_RE.sub(" ", between[opened + 1 :])):
        return None  # "수출상담(188건, 계약 348만불": the amount of what the words say
    listed = LIST_ITEM_END_RE.split(between[:opened])[-1]
    listed = AND_RE.split(listed)[-1]  # "기질평가위원회 구성(6) 및 기질평가제 운영(0.2억원)"
    if not listed.strip() or regex.search(r"\d", listed):
        return None  # "전문기업 3개사 유치(3조원 투자)", "기장읍 일원 3,662천㎡(약 6조원": a count, a size
    name = project_name(listed, titled=True)
    return None if name is None or WHOM_END_RE.search(name) else name  # not "▹ …센터('25, 6.5억원)"


# A bracket of rates: an amount with what it is paid per ("가구당 최고 500만원").
RATE_BRACKETS_RE = regex.compile(rf"\((?=[^()]*{PER_UNIT_WORD_PATTERN})[^()]*\d[^()]*\)")
# A sentence's clauses joined by a verb's ending and a comma ("… 마련하고, 공정혁신 금융지원
# 강화"): the last clause on its own.
CLAUSE_JOINED_RE = regex.compile(r"^.*\p{Hangul}(?:하고|하며|하여|되고|되며),\s*(?P<last>[^,]+)$")


def titled_name(text: str, start: int) -> str | None:
    """An item whose amount follows its title and a ▷ ("○ 지역 내 양질의 공연을 1만원에
    제공하여 청년 문화향유기회 확대 ▷ 10억원"), or stands in the bracket after it ("… 부산TP
    인력 운용(4.3억원)"): the title, clause and all, names the money."""
    before = text[:start]
    in_bracket = "▷" not in before  # the amount in the bracket after its title
    if before.count("▷") == 1:
        title, between = before.split("▷")
        detail = detail_name(between)
        if detail is not None:
            return detail  # "안전먹거리 소비지원 ▹ 임산부 꾸러미(7천명 34억원), 과일간식(…)"
        # details of their own; not "ㅇ … 텃밭학교 운영 지원 ▹ 5개소, 1.2억원", what it counts
        # (a title under a keyword, "(장애인지역사회재활시설 운영) 장애인에 대한 …, 여가활동 …
        # 제공 ▹ 97개소, 378억원", is named by the keyword: as before)
        counts_only = not LETTERS_RE.search(DETAIL_BEFORE_AMOUNT_RE.sub("", between))
        tagged = BRACKET_KEYWORD_RE.match(BULLET_RE.sub("", title)) is not None
        if (not counts_only or tagged) and (
            len(between.strip()) > TITLE_DETAIL_CHARS or "," in between
        ):
            return None
    elif in_bracket and (bracketed := words_before_bracket(before)) is not None:
        # "… 부산TP 인력 운용(4.3억원)", "… 교재 개발(2단계, 2억원)", "(장애인가족지원센터 운영)
        # 가족상담 … 지원 등(1개소, 2.5억원)"; after an earlier item of a list, its own words
        # ("…지원사업(10억, 475명), 신중년 …(8.15억", "…(…, 6억) 및 수리시설물(…, 10억원")
        title = bracketed
        # "- 종사자 보수수준 : 처우개선수당(99.8억원), …": the thing listed after a colon; not
        # after a date ("’24. 3. : 한도액 변경(…)"), nor whom it counts ("… 혁신기업 3개사(…)")
        listed = regex.split(r"\s*[:：]\s*", title)[-1]
        if (
            listed != title
            and LETTERS_RE.search(listed)
            and not DATE_COLON_RE.match(title)
            and not COUNTED_END_RE.search(listed)
        ):
            title = listed
    else:
        return None
    if DATE_COLON_RE.match(title):
        return None  # a timeline entry ("'24. 3. : 한도액 변경(…)") names an event of its project
    past_brackets = in_bracket and before.count("(") > 1
    if not in_bracket:
        # "배관공사비 융자(가구당 최고 500만원, 연이자 1.5%) ▷ 20세대, 1억원": its rates in
        # brackets, the title names the sum after the ▷ too
        title = RATE_BRACKETS_RE.sub(" ", title)
    if AMOUNT_RE.search(title):
        return None  # the title of an earlier amount
    title = BULLET_RE.sub("", title)
    tag = BRACKET_KEYWORD_RE.match(title)  # "(인프라) 파워반도체상용화센터 …": a category
    rest = title[tag.end() :] if tag is not None else title
    doings = does_things(rest) if in_bracket else DOINGS_LISTED_RE.search(rest)
    joined = CLAUSE_JOINED_RE.match(rest) if in_bracket else None
    if joined is not None:
        # "(저탄소 공정혁신) … 특별법을 마련하고, 공정혁신 금융지원 강화(0.6조원 목표)": the
        # clause after the sentence's joint is what the bracket's amount is for
        last = joined["last"]
        own = project_name(last, titled=True)
        if own is not None and not is_sentence(last) and not DOINGS_LISTED_RE.search(last):
            return own
    if tag is not None and doings and (keyword := bracket_keyword(title)):
        # "(점자도서관) 점자도서, 녹음서 등 제작·열람·대출 등", "(광안대교 관광자원화 2단계)
        # 앵커리지(2개소) 조명 교체(33억원)": what it does; the keyword names it (a title
        # before ▷ is the project's own: "(판로확대) K-ICT Week in BUSAN 개최 ▷ 8.9억원");
        # a name quoted in them is more its own ("(신시장 개척) … '수출 바우처'를 확대(…)")
        return ending_quote(rest) or keyword
    if past_brackets and (is_sentence(rest) or FIELD_COLON_RE.match(rest)):
        return None  # past other brackets, a sentence or a field's value names nothing
    if tag is not None and (untagged := project_name(rest, titled=True)):
        # whom the bracket's share is for names the keyword's programme's part, not it:
        # "(장애인작업장 지원) 척수장애인(1개소 0.3억원), 구·군(16개소, 4.8억원)"
        recipients = in_bracket and RECIPIENT_END_RE.search(unspaced(untagged)) is not None
        # and a sentence after the keyword says what it does: "(경영이양) 어업경영을 이양
        # (은퇴)하는 고령 어업인 소득안정을 위한 직불금 지급(0.4억원,6명)"
        described = in_bracket and is_sentence(untagged)
        if (recipients and is_whom(untagged)) or described:
            return bracket_keyword(title) or untagged
        return untagged
    return project_name(title, titled=True)


# What an amount is of, named after it: "2.2억달러의 공동기금(펀드) 조성", "7.9조원의
# 손실보상금 지급" — the words after 의, to a particle, a verb of doing or a comma.
OF_AFTER_RE = regex.compile(
    r"^\s*의\s+(?P<name>[^,.;·]+?)(?=[을를이가은는과와에]\s|\s*(?:으로|로)\s|\s+(?:"
    + "|".join(NAME_ACTIVITY_ENDINGS + OF_AFTER_VERBS)
    + r")|\s*,|\s+\(|\s*$)"
)
UP_TO_AFTER_RE = regex.compile(r"^\s*까지\s+(?P<name>[^,.;·()\d]{2,30}?)[을를]\s+\S")
# The object right before an amount in prose: "… 소상공인에게 전용자금을 1.5조원 지원",
# "정책금융을 21조원 지원": the noun phrase that ends in 을/를, back to a word that ends in a
# particle or a verb; also with the amount's measure between ("중기부 신규자금을 코로나19
# 수준인 25.2조원 공급").
OBJECT_END_RE = regex.compile(
    r"(?<=\S)[을를](?:\s+(?:[^\s을를]+\s+)?[^\s을를]*(?:수준|규모)(?:인|의|로)?)?\s*$"
)
CLAUSE_WORD_END_RE = regex.compile(
    r"(?:에게|에서|에|이|가|은|는|을|를|의|로|고|며|여|해|한|된|인|운|및|,"
    # a closing bracket, not a word's gloss glued to it ("세계적(글로벌) 기업")
    r"|(?<!\p{Hangul}[(\[][\p{Hangul}A-Za-z·\s]{1,12})\))$"
)


def name_after(text: str, end: int) -> str | None:
    """The name written after an amount with 의 ("2.2억달러의 공동기금(펀드) 조성"), or
    after "up to" as the object of its verb ("4조원까지 온누리상품권 발행을 확대하고")."""
    m = OF_AFTER_RE.match(text[end:]) or UP_TO_AFTER_RE.match(text[end:])
    return project_name(m["name"]) if m is not None else None


# In a list of results in prose, the name follows its amount: "…를 통해 4.2억달러 수출 계약,
# 4.15억달러 공동펀드 조성 등": after a comma or a means (통해), the words up to a verb of doing.
LIST_BEFORE_RE = regex.compile(r"(?:,|통해|통하여)\s*$")
NAME_FOLLOWING_RE = regex.compile(
    r"^\s+(?P<name>[^,()\d]{2,30}?)\s+(?:" + "|".join(OF_AFTER_VERBS) + r")(?=[\s,]|$)"
)


def name_following(text: str, start: int, end: int) -> str | None:
    """The name after an amount listed in prose ("…, 4.15억달러 공동펀드 조성 등")."""
    if not LIST_BEFORE_RE.search(text[:start]):
        return None
    m = NAME_FOLLOWING_RE.match(text[end:])
    return project_name(m["name"]) if m is not None else None


# A measure, not a programme: "합계매출 3.99조원 달성" — the programme is what the
# sentence holds (개최, 추진 …) before it: "소비촉진 행사 (동행축제)를 개최 …".
MEASURE_RE = regex.compile(rf"(?:{'|'.join(MEASURE_WORDS)})$")
HELD_RE = regex.compile(rf"^(?P<object>.+?)[을를]\s*(?:{'|'.join(HOLDING_VERBS)})")


def held_name(text: str, start: int, own: str | None) -> str | None:
    """For an amount named by a measure (합계매출, 판매실적), the programme its sentence
    holds before it ("소비촉진 행사 (동행축제)를 개최 …, 합계매출 3.99조원 달성")."""
    if own is None or not MEASURE_RE.search(unspaced(own)):
        return None
    m = HELD_RE.match(BULLET_RE.sub("", text[:start]))
    return noun_phrase(m["object"]) if m is not None else None


def object_name(prefix: str) -> str | None:
    """The object an amount is given for, right before it ("정책금융을" 21조원 지원)."""
    if not OBJECT_END_RE.search(prefix):
        return None
    return noun_phrase(OBJECT_END_RE.sub("", prefix))


def noun_phrase(text: str) -> str | None:
    """The name the words end with, back to a word that ends in a particle or a verb
    (within quotes the words go on: "… 위한 '7일간의 동행축제'")."""
    phrase: list[str] = []
    for word in reversed(text.split()):
        if phrase and CLAUSE_WORD_END_RE.search(word) and not unbalanced_quote(" ".join(phrase)):
            break
        phrase.insert(0, word)
    return project_name(" ".join(phrase)) if phrase else None


# Where the clause a note's marker ends begins: a comma, a colon, 및, an arrow, or the
# close of the bracketed keyword its item opens with.
MARKED_CLAUSE_RE = regex.compile(r"[,:：;→]|\s및\s|^\s*[(\[][^()\[\]]*[)\]]")
# A marker inside a modifier ("보다 강화*된 … 손실보상금"): what it marks is named after it.
MARKED_MODIFIER_RE = regex.compile(r"^(?:된|되는|한|하는|할|될)(?!\p{Hangul})")
# The words a clause's verb ends it with, after its object ("…을 추가 조성*하여").
OBJECT_VERB_RE = regex.compile(r"(?<=\S[을를])\s+(?:\S+\s+)?\S+$")


def marked_name(text: str, marker: str) -> str | None:
    """What a note explains, in the item above it: the words its marker follows ("소진기금
    규모 확충* 및 지원 강화" over "* 3.15조원 → 9.67조원", "펀드결성액**" over "** …"), back to
    the start of their clause; the object of a verb marked ("청년창업기금(펀드)을 추가
    조성*하여"). None where the item does not carry the marker once, or the marker sits in a
    modifier of what follows."""
    if not marker or marker.strip("*"):
        return None  # a star note's marker only: ※ marks no word
    marks = list(regex.finditer(rf"(?<!\*)\*{{{len(marker)}}}(?!\*)", text))
    if len(marks) != 1 or MARKED_MODIFIER_RE.match(text[marks[0].end() :]):
        return None
    clause = MARKED_CLAUSE_RE.split(text[: marks[0].start()])[-1].strip()
    named = noun_phrase(clause)
    if named is None and OBJECT_VERB_RE.search(clause):
        named = object_name(OBJECT_VERB_RE.sub("", clause))
    return named


FIELD_LABEL_END_RE = regex.compile(rf"(?:{'|'.join(NAME_FIELD_LABELS + NAME_NOT_NAMES)})\s*$")
# A measure and its unit ending a label: "중기부 R&D 규모(억원)" measures 중기부 R&D.
MEASURED_LABEL_RE = regex.compile(
    r"(?<=\S)\s+(?:규모|금액|실적)\s*[(\[][^()\[\]]*원[^()\[\]]*[)\]]$"
    # "정책자금(억원) : …", "예산(조원, 본예산 기준) : …": a unit, and what the figures count
    r"|(?<=\S)\s*[(\[]\s*(?:조|억|천만|백만|만|천)?\s*원\s*(?:[,/][^()\[\]]*)?[)\]]$"
)
NAMED_FIELD_LETTERS = 5  # a name before a colon has at least this many letters, a label fewer


def is_field_label(label: str) -> bool:
    """Whether a label before a colon is a field's, not a name: a label (사업비, 운 영 비), a
    measure (2025년도 거래목표, 거래금액), two fields (용역기간/용역비) or a block's part."""
    return bool(
        "/" in label
        or FIELD_LABEL_RE.match(label)
        or FIELD_LABEL_END_RE.search(label)
        or BLOCK_PART_RE.match(label)
    )


def colon_name(prefix: str) -> str | None:
    """A name before a colon, where a field's label would stand ("ㅇ 어촌뉴딜300사업 : 6개
    구·군 9개소, 793억원", "ㅇ 공동어시장 현대화:실시설계 완료 및 총사업비 77억원 증액"):
    not a label (사업비, 용역기간/용역비, 운 영 비), a block's part or a date."""
    m = FIELD_COLON_RE.match(prefix)
    if m is None or DATE_COLON_RE.match(prefix):
        return None
    label = closed_up(m["label"]).strip()
    if (
        is_field_label(label)
        or len(regex.findall(r"[\p{Hangul}A-Za-z]", label)) < NAMED_FIELD_LETTERS
    ):
        return None
    return project_name(label)


# A line's label and its colon or pointer: "□ 세 출 : ", "ㅇ자산 ▸ " (▷ once prepared).
ACCOUNT_LABEL_RE = regex.compile(r"^[\s\-○ㅇ·•*※◇□▷▹‣⇒]*(?P<label>[^:：▷▸▶]{1,14}?)\s*[:：▷▸▶]")
LEADING_YEAR_LABEL_RE = regex.compile(r"^(?:['’‘]\d{2}|\d{4})\s*년도?\s*")
COUNT_IN_BRACKETS_RE = regex.compile(r"\s*[(\[][^()\[\]]*\d[^()\[\]]*[)\]]")  # 기 금(19개)


def account_label(prefix: str) -> str | None:
    """The label before a colon where nothing else names the amount: an account or a stock
    the line states ("□ 세 출 : 16조 6,830억원", "□ 기 금(19개) : …", "ㅇ 일반회계 : 세입
    161억원"), not a project card's field (사업비, 예산, 계약금액), a block's part or a date."""
    m = ACCOUNT_LABEL_RE.match(prefix)
    if m is None or DATE_COLON_RE.match(prefix):
        return None
    label = COUNT_IN_BRACKETS_RE.sub("", closed_up(m["label"])).strip()
    label = LEADING_YEAR_LABEL_RE.sub("", label)  # "ㅇ2025년 예산규모 ▸4,560억원"
    if unspaced(label) in YEAR_BUDGET_WORDS:
        return label  # a body's budget of the year, though a card's field has the word
    if is_field_label(label) or not regex.fullmatch(r"\p{Hangul}{2,8}", label):
        return None
    return label


def is_field_value(prefix: str) -> bool:
    """Whether the words before an amount end in a field's label and colon ("- 사업비 :",
    "ㅇ 위치/규모 : … /", "’22. 8. : ‘22년 보조금 교부("): the amount is a field of its
    project card."""
    return FIELD_COLON_RE.match(prefix) is not None or DATE_COLON_RE.match(prefix) is not None


def paid_item(prefix: str, programme: bool = False) -> str | None:
    """What a rate pays for, where the words before it name it: "채무조정비용(최대 150만원)",
    "개인맞춤형 역량개발비 최대 1억원" (not whom or what it is paid per: "월세", "연소득");
    with ``programme``, a rate's programme too ("카드결제 수수료 지원 확대(월 15천원 …)");
    the words before the bracket the rate stands in ("…, 연탄쿠폰(337세대, 가구당 54.6만원)")."""
    name = prefix_name(prefix)
    if name is None and (bracketed := words_before_bracket(prefix)) is not None:
        name = prefix_name(bracketed)
    if name is None:
        return None
    squashed = regex.sub(r"[()\[\]]", "", unspaced(name))  # its gloss too: 수출이용권(바우처)
    squashed = CHANGE_END_RE.sub("", squashed)
    if PAID_ITEM_RE.search(squashed) or (programme and PROGRAMME_WORD_RE.search(squashed)):
        return name
    return None


FIELD_KEYWORD_RE = regex.compile(rf"(?:{'|'.join(NAME_FIELD_KEYWORD_ENDINGS)})$")


def bracket_keyword(text: str) -> str | None:
    """The keyword an item opens with in brackets: "(청년 월세 지원) 월 20만원" -> 청년 월세 지원;
    not a doing ("(국비 공모 추진)") nor a block's part."""
    m = BRACKET_KEYWORD_RE.match(BULLET_RE.sub("", text))
    if m is None or FIELD_KEYWORD_RE.search(unspaced(m["name"])):
        return None  # "(결과활용) 평가결과 …": a card's field
    name = project_name(m["name"], titled=True)  # a label, as a title: "(품격있는 부산거리)"
    if ACTIVITY_RE.search(m["name"]) and (name is None or unspaced(name) in SOURCES):
        return None  # a doing of no one thing ("(국비 공모 추진)"), not "(동행축제 개최)"
    return name


# A name quoted in a sentence: "… 연계하여 '철도지하화 통합개발 기본계획 수립용역' 추진";
# not a year's apostrophe ('25.).
QUOTED_RE = regex.compile(
    r"(?:(?<![\d\p{Hangul}])['‘“]|[「『])(?!\d{2}(?:[.\s~년\-]|$))(?P<name>[^'’‘“”」』()\[\]]{4,40}?)['’”」』]"
)


SPAN_WORD_RE = regex.compile(r"\d+\s*\p{Hangul}+|[:：,]")  # ": 3년간"
QUOTE_AFTER_VERB_RE = regex.compile(rf"(?<!\S)(?:{'|'.join(QUOTE_AFTER_VERBS)})(?!\S)")
PARTICLE_START_RE = regex.compile(r"^\s*(?:을|를|은|는|이|가|의|에|으로|로)(?!\p{Hangul})")
GLUED_RE = regex.compile(r"(?:을|를|은|는|이|가|의|에|으로|로)?(?P<rest>\S*)")
LAW_RE = regex.compile(r"(?:법|법률|조례|규칙|규정|시행령|지침|고시)\s*$")


def ending_quote(text: str) -> str | None:
    """A quoted name that ends the words ("… 낮춰주는 '대환대출'", "'7일간의 동행축제'를",
    "'… 수립용역' 추진", "… 지역 내「…발전사업」추진"): the programme's own name. One that
    more words follow is part of a longer name ("'디지털융합 주문연구 특화'
    연구산업진흥단지 육성", "“AI+로봇”형 …")."""
    found = [m for m in QUOTED_RE.finditer(text) if not LAW_RE.search(m["name"])]
    if not found:
        return None
    after = text[found[-1].end() :]
    for pattern in (SPAN_WORD_RE, PARTICLE_START_RE, ACTIVITY_RE, QUOTE_AFTER_VERB_RE):
        after = pattern.sub(" ", after)
    glued = GLUED_RE.match(text[found[-1].end() :])  # "“AI+로봇”형": a word goes on
    rest = ACTIVITY_RE.sub("", glued["rest"])  # "「…발전사업」추진": what is done with it
    if rest in QUOTE_AFTER_VERBS:
        rest = ""  # "「부산형 MaaS」구축"
    if LETTERS_RE.search(after) or regex.search(r"\p{Hangul}", rest):
        return None
    return project_name(found[-1]["name"])


# Words before an amount that end in a means: "… 영업전략으로 3,249억원 지방세 세원확충".
MEANS_END_RE = regex.compile(r"(?<=\p{Hangul})으로\s*$")


def prefix_name(prefix: str) -> str | None:
    """The name in the words before an amount: the bracketed keyword they open with where
    the rest is a sentence ("(재난지원금 환수면제) 코로나19 초기 선지급했던 …"), else
    those words' name."""
    keyword = bracket_keyword(prefix)
    m = BRACKET_KEYWORD_RE.match(BULLET_RE.sub("", prefix))
    rest = BULLET_RE.sub("", prefix)[m.end() :] if m is not None else prefix
    if MEANS_END_RE.search(rest):
        return keyword  # "선택과 집중 타겟팅 영업전략으로 3,249억원 …": how, not what
    own = project_name(rest)
    quoted = ending_quote(rest) if own is None or is_sentence(rest) else None
    own = quoted or own  # "… 연계하여 '철도지하화 … 수립용역' 추진"
    if (
        keyword is not None
        and quoted is None
        and (own is None or does_things(rest) or is_whom(own))
    ):
        # "(재난지원금 환수면제) 코로나19 초기 선지급했던 …", "(점자도서관) 점자도서, 녹음서 등
        # 제작": the keyword names it where the rest is a sentence or a list of doings, or
        # says only whom ("(임차료 특별융자) 집합금지 업종 소상공인은 … 융자 1조원")
        return keyword
    return own if own is not None else keyword  # "(판로확대) 부산모빌리티쇼": a category


# A clause after an item's last figure, set apart by a comma: "노인교실 150개소(6.1억원),
# 시니어아카데미(노인대학) 확대".
LATER_CLAUSE_RE = regex.compile(r"^\s*[)\]]*\s*,\s*(?P<clause>[^,]*\S)\s*$")


def later_clause(text: str, end: int) -> str | None:
    """The name of the clause after an item's last figure (``end``), where one names
    something: a line of figures below the item details that clause, which has none of its
    own ("'24년 6개소(1.55억원, 540명) → '25년 7개소(1.8억원, 600명)" under "노인교실
    150개소(6.1억원), 시니어아카데미(노인대학) 확대")."""
    m = LATER_CLAUSE_RE.match(text[end:])
    return project_name(m["clause"]) if m is not None else None


def is_wordless(text: str) -> bool:
    """Whether a line holds figures only, no words but their units and years ("('23.1Q)
    1.8조원 → (2Q) 2.7 → (3Q) 3.2"): it details the figure of the item above it."""
    return WORD_RE.search(AMOUNT_RE.sub(" ", BULLET_RE.sub("", text))) is None


# An amount inside a name, however it came there (a title, a sentence's subject): "보다
# 강화된 7.9조원의 손실보상금", "총 재정규모 5조", "공영주차장 80억"; not a count glued to its
# noun ("13천전", "영도공간 307 조성")
OF_AMOUNT_RE = regex.compile(r"^의\s+")  # "7.9조원의 손실보상금": what the amount is of
NAME_AMOUNT_RE = regex.compile(
    r"\d[\d,.]*\s*(?:[천백십]?\s*(?:조|억|만)|천)?\s*(?:원|달러|불)"
    r"|\d[\d,.]*\s*(?:[천백십]?\s*(?:조|억|만)|천)(?!\p{Hangul})"
)


# A bracket inside a name that lists examples ("친환경 농자재(유기질비료, 상토 등) 지원",
# "어선설비(구명·소방·항해 등 장비) 구입비 지원"): what it covers, not part of its name.
LISTING_BRACKET_RE = regex.compile(
    r"\s*[(\[](?=[^()\[\]]*\p{Hangul})"
    r"(?:[^()\[\]]*,[^()\[\]]*|[^()\[\]]*\s등(?:\s*\p{Hangul}{1,3})?\s*)[)\]]"
)


def without_listings(name: str | None) -> str | None:
    """A name without the brackets inside it that list what it covers; a name that is such
    a bracket, or ends with one, keeps it."""
    if not name:
        return name
    found = [m for m in LISTING_BRACKET_RE.finditer(name) if name[m.end() :].strip()]
    for m in reversed(found):
        name = name[: m.start()] + name[m.end() :]
    return regex.sub(r"\s+", " ", name).strip()


def without_amounts(name: str | None) -> str | None:
    """A name that ends with an amount, without it ("공영주차장 80억", "신규보증을 연 5천억원"),
    and one whose amount qualifies what follows it, that ("보다 강화*된 7.9조원의
    손실보상금" -> 손실보상금); an amount inside a sentence that names its thing stays ("공연을
    1만원에 제공하여 …")."""
    found = list(NAME_AMOUNT_RE.finditer(name or ""))
    if not name or not found:
        return name
    last = found[-1]
    after = name[last.end() :].strip()
    if not after:
        before = name[: last.start()].strip()
        return project_name(before) or before or None
    if OF_AMOUNT_RE.match(after):
        rest = OF_AMOUNT_RE.sub("", after)
        return project_name(rest) or rest
    return name
