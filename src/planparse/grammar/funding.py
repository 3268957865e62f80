"""Funding expressions: an optional period, an amount, an optional breakdown.

    ▷ '24~'28, 170억원(국105, 시50, 민15)
    ('24.~'26.) 3년간 30억원            (1,585억원, '24.~'30.)
    총사업비 : 200억원(국비 100, 시비 100)
    36억원[국 23,시 2.7, 민 10, 홍보지원금 0.3.(BTO)]
    48억원('25년 7억원)                  5.6조원*(스마트서비스 구축·운영 2.1조원, …)
    출자금(900억원) : 市(20억원), 부산도시공사(10억원), …
    부지매입비 확정(103억원→ 89억원)     ('22년) 559억원→ ('23년) 683억원

``find_fundings`` returns every expression on a line; it never raises, and it
never changes a figure: a breakdown that does not add up is kept as written
and marked ``sum_check = "mismatch"``. Breakdown parts are sources (who pays)
or uses (what it pays for); a date of an event is not a funding period.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal

import regex

from planparse.grammar.money import (
    KRW_UNIT,
    NUMBER,
    THOUSANDS,
    USD_UNIT,
    Money,
    find_money,
    parse_decimal,
    thousands_of,
    unit_value,
    whole_won,
)
from planparse.grammar.period import (
    NAME_PERIOD_RE,
    PART_OF_YEAR,
    PERIOD_PATTERN,
    Period,
    expand_year,
)
from planparse.notation.money import (
    AMOUNT_QUALIFIERS,
    AS_OF_WORDS,
    BEARING_VERBS,
    BUDGET_FIELD_LABELS,
    BUDGET_YEAR_WORDS,
    CITIES,
    COLLECTED_AFTER_VERBS,
    COMPARED_WORDS,
    DIFFERENCE_WORDS,
    EOK_WON,
    EVENT_WORDS,
    FUND_SUFFIXES,
    INVESTED_AFTER_VERBS,
    JO_WON,
    LENT_AFTER_VERBS,
    MINISTRIES,
    MONEY_KINDS,
    NOT_CAP_PHRASES,
    NOT_INVESTED_AFTER,
    NOT_KIND_PHRASES,
    NOT_SCOPE_PHRASES,
    OTHER_SOURCE,
    PAYER_AFTER_VERBS,
    PAYER_BETWEEN_WORDS,
    PAYER_BUDGET_NOUNS,
    PER_UNIT_PATTERN,
    PRICE_AFTER_VERBS,
    PRICE_WORDS,
    PUBLIC_BODY_SUFFIXES,
    RATE_CEILING_KRW,
    RECIPIENT_COUNT_UNITS,
    REGIONS,
    RESULT_WORDS,
    SEIZED_AFTER_VERBS,
    SERIES_LABEL_UNITS,
    SITE_SIZE_PATTERN,
    SIZED_LOAN_MAX_KRW,
    SIZED_LOANS,
    SOURCE_ENDING,
    SOURCE_FILLERS,
    SOURCE_PREFIXES,
    SOURCE_SUFFIXES,
    SOURCES,
    SPENT_ON_DOINGS,
    SPENT_ON_KINDS,
    SPENT_ON_PRICES,
    TARGET_WORDS,
    THRESHOLD_AFTER_WORDS,
    THRESHOLD_NOT_BEFORE_VERBS,
    THRESHOLD_THROUGH_BRACKET_WORDS,
    THRESHOLD_WORDS,
    TOTAL_WORDS,
    USE_SUFFIXES,
    USES,
    WHOLE_AMOUNT_WORDS,
    WORD_OPENING_KIND_WORDS,
    YEAR_BUDGET_WORDS,
    YEAR_WORD,
    YEARS_LONG_PATTERN,
)
from planparse.notation.outline import LEAD_SIGNS
from planparse.text import SPACES_RE, bracket_depths, closed_up, prepare, unspaced

SOURCE_LABEL = "|".join(sorted(map(regex.escape, SOURCES), key=len, reverse=True))
COUNT_UNITS = "|".join(sorted(RECIPIENT_COUNT_UNITS, key=len, reverse=True))
# What may stand between a period and its amount: ") ", ", ", " : ", "3년간 ", "총 ", "국비 ",
# and a few words opening a bracket: "'25년도 국비 확보(48억원)".
LEAD_TAIL = rf"""
    \)?\s*(?:\([^()'~]{{0,12}}\))?\s*[,:/]?\s*     # ) / (3일간)
    (?:[^,/▷()\[\]'~:]{{1,16}}[,/]\s*){{0,2}}?        # '25년 10개사, 4억원: counts between
    (?:\d[\d,.]*\s*(?:{COUNT_UNITS})\s+)?              # '19~'22, 1개소 78억: a count right before
    (?:[^,/▷()\[\]'~:\d]{{1,20}}[(\[]\s*)?          # 국비 확보(48억원)
    (?:(?:약|총|총사업비|사업비|예산)\s*:?\s*)?   # 총 / 총사업비 :
    (?:(?!(?:{SOURCE_LABEL})\s*(?:등\s*)?$)(?P<word>\p{{Hangul}}{{1,5}})\s+)?  # '25년) : 매입비 330백만원
    (?:\d+\s*(?:년|개월)간\s*)?                 # 3년간
    (?:(?<![\p{{Hangul}}\w])                    # a whole word: not the 기금 of 재난관리기금
       (?P<label>(?:\p{{Hangul}}{{1,2}}\s*·\s*)*(?:{SOURCE_LABEL}))  # 국비; 국·시비: two payers
       \s*(?:등\s*)?(?:(?:최대|최고|약|총)\s*)?)?  # 국비 (최대) 30억원
    \s*$
"""
# Tried first: a period, then what may stand before the amount. Without it, the
# leftmost match could start before the period and read it as filler.
LEAD_WITH_PERIOD_RE = regex.compile(PERIOD_PATTERN + LEAD_TAIL, regex.VERBOSE)
LEAD_RE = regex.compile(LEAD_TAIL, regex.VERBOSE)
# After an amount: a footnote mark and a qualifier may stand before its breakdown: 5.6조원*(…),
# 1,000억원 내외(국비).
QUALIFIER_RE = regex.compile(rf"\s*\*?\s*(?:(?:{'|'.join(AMOUNT_QUALIFIERS)})\s*)?(?=[(\[「])")
# A footnote naming the amount's year: "1,680억원(…) * 2025년 1차년도 예산".
FOOTNOTE_BUDGET_YEAR_RE = regex.compile(
    rf"\s*\*\s*{PERIOD_PATTERN}\s*(?:\d+\s*차\s*년도\s*)?(?:예산|사업비)", regex.VERBOSE
)
# A footnote giving the year's share: "10억원 * 2024년도 5억원".
FOOTNOTE_YEAR_RE = regex.compile(rf"\s*\*\s*{PERIOD_PATTERN}\s*(?=\d)", regex.VERBOSE)
# A period after the amount in the same brackets: (1,585억원, '24.~'30.).
PERIOD_AFTER_RE = regex.compile(rf"\s*\*?\s*,\s*{PERIOD_PATTERN}\s*[)\]]", regex.VERBOSE)
# the bullets, signs and spaces a line opens with ("⇒ ’20년 역대 최대 …": a sign that leads
# a conclusion, notation.outline.LEAD_SIGNS)
LINE_OPENING = rf"^[\s\-○ㅇ·•*※◇□▷{''.join(LEAD_SIGNS)}]*"
# A timeline entry's date or range: "'19.12.~'21. 8. : … 용역 시행 ▷ 국비 35억원", "- ’24. 6. :
# 지방비 10억 확보" (whose money is of that date).
LINE_PERIOD_RE = regex.compile(rf"{LINE_OPENING}{PERIOD_PATTERN}\s*[:：]", regex.VERBOSE)
# A year labelling the whole line: "('25년 계획) D = 15~1,200㎜ / 253억원", "('24년 실적) …".
LINE_YEAR_RE = regex.compile(
    rf"{LINE_OPENING}[(\[]\s*{PERIOD_PATTERN}\s*(?:계획|실적|목표|예산|성과)\s*[)\]]",
    regex.VERBOSE,
)
EVENT_RE = regex.compile("|".join(EVENT_WORDS))
# A change or a series: 103억원→ 89억원, ('22년) 559억원→ ('23년) 683억원.
ARROW = r"(?:→|⟶|⇒|->)"  # a change or the next of a series
CHANGE_RE = regex.compile(rf"\s*(?:\([^()]{{0,10}}\))?\s*\)?\s*{ARROW}\s*")  # 11,265억원(예타) →
# The next figure of a series, its year bracketed: "183만원→(’25년) 195만원" (a rate still),
# after a note on the figure before: "(‘19)2.0조원(본) → (’20)4.0조원(본+추)"; the next
# labelled by its year in brackets: "('17) 1.1조원 → ('21년 목표) 2.1조원".
SERIES_STEP_RE = regex.compile(
    rf"\s*(?:\([^()]{{0,10}}\))?\s*\)?\s*{ARROW}\s*(?:\([^()\d]{{0,3}}\d[^()]{{0,10}}\)\s*)?\(?\s*"
)


# A change of a figure paid or drawn per a period: "월268만원→월359만원".
RATE_CHANGE_RE = regex.compile(rf"\s*{ARROW}\s*(?:월|연|年|月)?\s*")


def is_next_figure(between: str) -> bool:
    """Whether the words between two figures make the second the next of the first: a change
    ("11,265억원(예타) → 14,489억원") or a series' step ("183만원→(’25년) 195만원")."""
    return bool(CHANGE_RE.fullmatch(between) or SERIES_STEP_RE.fullmatch(between))


# A list of shares after the total: "(900억원) : 市(20억원), …" or "100억원 ▷ 국비 50억원, …".
COLON_LIST_RE = regex.compile(r"\s*[)\]]?\s*[:：]\s*(?P<list>.+?)(?=\s+\p{Hangul}{2,8}\s*[:：]|$)")
# Each list ends at the line's end or where a new field starts ("… 추진상황 : …").
ARROW_LIST_RE = regex.compile(r"\s*▷\s*(?P<list>.+?)(?=\s+\p{Hangul}{2,8}\s*[:：]|$)")
# A source named after the amount in its brackets: 용역비(7.56억원, 시비).
# … or payers named together, their shares unstated: "(약 6조원, 공공/민자)"
SOURCE_AFTER_RE = regex.compile(
    rf"\s*,\s*(?P<label>(?:{SOURCE_LABEL})(?:\s*/\s*(?:{SOURCE_LABEL}))*)\s*(?=[)\]])"
)
LIST_PART_RE = regex.compile(
    rf"^\s*(?P<label>[^\d\s,()\[\]][^\d,()\[\]]*?)\s*[(\[]?\s*"
    rf"(?P<amount>(?:{NUMBER})\s?(?:조\s?(?:{NUMBER})\s?)?(?:{KRW_UNIT}|{USD_UNIT}))\s*\*?\s*[)\]]?"
    r"\s*(?:\([^()]*\))?\s*$",
    regex.VERBOSE,
)

# The payers a part's label is made of, glossed in brackets after it: "지방비(시비·구비)"
SOURCES_GLOSS_RE = regex.compile(
    rf"(?<=\p{{Hangul}})\(\s*(?:{SOURCE_LABEL})(?:\s*[·ㆍ,]\s*(?:{SOURCE_LABEL}))+\s*\)"
)
# One part of a breakdown: "국105", "국비 800억원", "홍보지원금 0.3.(BTO)", "민", "국비 등 23억*".
PART_RE = regex.compile(
    rf"""^\s*
    (?P<label>[^\d\s,()\[\]][^\d,()\[\]]*?)?    # 국 / 모태펀드 / 구·군
    (?:\s*\d{{1,3}}\s?(?:개소|개|건|곳|척|지구)\s)?   # 부산 31개 819억원: how many, then how much
    \s*(?:(?P<jo>{NUMBER})\s?조\s?(?=\d))?       # 15조 6,995억원
    \s*(?:(?P<eok>{NUMBER})\s?억\s?(?=\d))?      # 2억3천만원: one amount
    \s*{THOUSANDS}                              # 3천9백만원: one numeral
    \s*(?P<number>{NUMBER})?                    # 105
    \s*(?P<unit>{USD_UNIT}|{KRW_UNIT}|%)?       # 억원 (a part may carry its own unit), or 30%
    \s*\*?\s*\.?\s*(?P<note>\(.*\))?            # (BTO), a footnote mark
    \s*$""",
    regex.VERBOSE,
)
# A slash with spaces around it separates parts too (not 국비/시비, one joint label).
SPACED_SLASH_RE = regex.compile(r"\s+/\s+")
# A comma that separates parts, not one inside a figure ("1,386").
PART_SPLIT_RE = regex.compile(r",(?!\d{3}(?!\d))")
# A part that only dates the breakdown: "'23년 결산기준", "'08.3.31. 불변가".
NOTE_PART_RE = regex.compile(rf"^\s*{PERIOD_PATTERN}\s*\S{{0,6}}\s*$", regex.VERBOSE)
# A part that is one year's share: "'23년 60.2억".
YEAR_PART_RE = regex.compile(rf"^\s*(?P<year>{PERIOD_PATTERN})\s*(?P<rest>\d.*)$", regex.VERBOSE)
EACH_RE = regex.compile(r"^(?P<labels>[^\s·]+(?:·[^\s·]+)+)\s*각$")  # 부·울·경 각1: 1 each
YEAR_SHARE_RE = regex.compile(rf"^\s*{PERIOD_PATTERN}\s*,?\s*(?P<rest>.*)$", regex.VERBOSE)


@dataclass(frozen=True)
class SourceShare:
    """One part of a breakdown: 국105 -> national, 105억원 (a source); 임대료 184 (a use)."""

    ordinal: int
    source_raw: str
    source: str
    raw: str
    amount: Decimal | None  # in won or dollars, None when the part gives no figure
    kind: str = "source"  # source (who pays) or use (what it pays for)

    @property
    def amount_krw(self) -> int | None:
        return whole_won(self.amount)


@dataclass(frozen=True)
class Funding:
    """A funding expression found in a line of text."""

    raw: str
    prefix: str  # the text before it, back to the previous expression: the project's name
    period: Period | None
    money: Money
    sources: list[SourceShare] = field(default_factory=list)
    year_share: tuple[Period, Money] | None = None
    start: int = 0
    end: int = 0
    period_source: str | None = None  # inline (with the amount) or name (in the project's name)
    kind: str = "budget"  # notation.money.MONEY_KINDS
    superseded: bool = False  # an earlier amount that a later one on the line replaces (→)
    kind_said: bool = False  # a word of its own clause (or its breakdown) says its kind
    sources_open: bool = False  # its breakdown names the main parts only ("… 등"): no sum
    scope: str = "unknown"  # total_cost, year_budget, result, target or unknown (``scope_of``)
    scope_year: int | None = None  # the one year it is for, where the text says it

    @property
    def summed(self) -> list[SourceShare]:
        """The shares that add up to the amount: who pays where the breakdown says, else
        what it is spent on (a breakdown may give both: uses in brackets, a ※ 재원 line)."""
        paying = [s for s in self.sources if s.kind == "source"]
        return paying or list(self.sources)

    @property
    def sum_check(self) -> str:
        """ok, mismatch, partial (some shares unstated) or none (no breakdown)."""
        if not self.sources:
            return "none"
        shares = self.summed
        amounts = [s.amount for s in shares if s.amount is not None]
        if self.money.amount is None:
            return "partial"  # a range: nothing to add up to
        if len(amounts) < len(shares):
            return "ok" if len(shares) == 1 else "partial"
        total = sum(amounts, Decimal(0))
        if total == self.money.amount:
            return "ok"
        if (len(amounts) == 1 or self.sources_open) and total < self.money.amount:
            return "partial"
        return "mismatch"

    @property
    def sources_total(self) -> Decimal | None:
        amounts = [s.amount for s in self.summed if s.amount is not None]
        return sum(amounts, Decimal(0)) if amounts else None

    @classmethod
    def fromstring(cls, text: str) -> Funding | None:
        """Return the first funding expression in text, or None."""
        found = find_fundings(text)
        return found[0] if found else None


LATIN_NAME_RE = regex.compile(r"[A-Z][A-Za-z&\-]*")  # LH, K-Water, BTO


def source_key(label: str) -> str:
    """A label without spaces and filler words: "시비 지원" -> 시비, "국비 등" -> 국비."""
    key = unspaced(label)
    for filler in SOURCE_FILLERS:
        if key.endswith(filler) and key[: -len(filler)] in SOURCES:
            return key[: -len(filler)]
    return key


PLACE_SUFFIX_RE = regex.compile(r"(?:광역시|특별시|특별자치시|특별자치도|시|도)(?:비)?$")


MINISTRY_NAMES = frozenset(MINISTRIES)
FOLDED_SOURCES = {label.casefold(): source for label, source in SOURCES.items()}


def canonical_source(label: str) -> str:
    """국비 -> national; "자부담 등" -> private; "전액민자" -> private; an unknown label -> other."""
    key = WHOLE_AMOUNT_RE.sub("", source_key(label))
    if key in SOURCES:
        return SOURCES[key]
    if key.casefold() in FOLDED_SOURCES:
        return FOLDED_SOURCES[key.casefold()]  # "K-water" as the list's "K-Water"
    if key in MINISTRY_NAMES:
        return "national"  # 해수부 18.48: a ministry pays from the national budget
    for name, source in SOURCES.items():  # "LH분담금": a payer the list names, and its share
        if source == "public" and key.startswith(name):
            return source
        # "민간컨소(700억원)": the private payer the list names, as a body
        private_body = key.startswith(name) and key[len(name) :] in SOURCE_SUFFIXES
        if source == "private" and len(name) > 1 and private_body:
            return source
    place = PLACE_SUFFIX_RE.sub("", key)  # 울산, 양산시, 경남도: a government by its place
    if place in REGIONS:
        return REGIONS[place]
    if place in CITIES:
        return "city"
    if key.endswith(FUND_SUFFIXES):
        return "fund"
    return "public" if key.endswith(PUBLIC_BODY_SUFFIXES) and len(key) > 2 else "other"


def label_shares(label: str, money: Money) -> list[SourceShare]:
    """The payers a label before an amount names: one paying it all ("국비 50억원", "구·군비
    27억원", one level of government), or two named together with their shares unstated
    ("국·시비 100억원", as "(국·시비)" after it)."""
    joint = None if source_key(label) in SOURCES else joint_sources(label)  # 구·군비: one type
    if joint is None:
        return [sole_share(label, money)]
    return unstated_shares(joint, label)


def sole_share(label: str, money: Money) -> SourceShare:
    """The one payer of a whole amount, as written: "(시비)", "7,200억원 ▷민간자본"."""
    return SourceShare(1, label, canonical_source(label), label, money.amount)


def unstated_shares(payers: list[str], raw: str) -> list[SourceShare]:
    """Payers written together, each one's share unstated: "국·시비" -> 국비, 시비; "공공/민자"."""
    return [SourceShare(n, p, canonical_source(p), raw, None) for n, p in enumerate(payers, 1)]


def part_kind(label: str, siblings: list[str]) -> str:
    """Whether a breakdown part says who pays (source) or what it pays for (use).

    기타 ("other") takes the kind of the parts beside it; an unknown label is a source
    beside sources and a use beside uses.
    """
    key = source_key(label)
    if (key in SOURCES and key != OTHER_SOURCE) or key in MINISTRY_NAMES or joint_sources(label):
        return "source"
    bare = key.removesuffix(SOURCE_FILLERS[0])  # "공사비·설계비 등": the costs named
    if bare in USES or (bare.endswith(USE_SUFFIXES) and not bare.startswith(SOURCE_PREFIXES)):
        return "use"
    if key.endswith(SOURCE_SUFFIXES) or key.startswith(SOURCE_PREFIXES):
        return "source"
    if LATIN_NAME_RE.fullmatch(key):
        return "source"  # LH, K-Water, BTO
    others = [part_kind(s, []) for s in siblings if source_key(s) not in (key, OTHER_SOURCE)]
    if siblings and all(k == "source" for k in others) and others:
        return "source"  # BTO 0.3억 beside 국비, 시비
    return "use" if siblings else "source"  # (용역 709,581, 감리 93,083): items of a cost


def joint_sources(label: str) -> list[str] | None:
    """국·시비 -> [국비, 시비]: sources named together, or None."""
    pieces = [p.strip() for p in label.split("·")]
    if len(pieces) < 2 or not pieces[-1].endswith(SOURCE_ENDING):
        return None
    named = [p if p.endswith(SOURCE_ENDING) else p + SOURCE_ENDING for p in pieces]
    return named if all(source_key(p) in SOURCES for p in named) else None


def split_labels(label: str, has_figure: bool) -> list[str]:
    """부·울·경 각 -> [부, 울, 경]; 국·시비 without a figure -> [국비, 시비] (a joint figure
    cannot be split: 국·시비 2,348 stays one share); any other label alone."""
    each = EACH_RE.match(label)
    if each:
        return each["labels"].split("·")
    joint = None if has_figure else joint_sources(label)
    return joint or [SPACES_RE.sub(" ", label)]


def closing_bracket(text: str, start: int) -> int | None:
    """Given text[start] is ( or [, return the index of its matching closer, or None."""
    pairs = {"(": ")", "[": "]", "「": "」"}
    stack = []
    for i in range(start, len(text)):
        ch = text[i]
        if ch in pairs:
            stack.append(pairs[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                return i
        elif ch in ")]」":
            return None
    return None


def split_parts(content: str) -> list[str]:
    """Split a breakdown's content at top-level commas (nested brackets kept whole)."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for i, ch in enumerate(content):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        if depth == 0 and PART_SPLIT_RE.match(content, i):
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return [p for p in parts if p.strip()]


def part_amount(m: regex.Match[str], total: Money) -> Decimal | None:
    """The amount of one breakdown part, in the total's currency unit."""
    figure = parse_decimal(m["number"]) if m["number"] else None
    if figure is None:
        return None
    if m["unit"] == "%":  # (국 30%, 시 70%): a share of the total
        return None if total.amount is None else total.amount * figure / 100
    dollars = total.currency == "USD"
    multiplier = unit_value(m["unit"], dollars)[1] if m["unit"] else total.multiplier
    amount = figure * multiplier
    jo = parse_decimal(m["jo"]) if m["jo"] else None
    if jo is not None:
        amount += jo * unit_value(JO_WON)[1]
    if m["eok"] or m["thousands"]:  # a compound written whole: its unit is its own
        if dollars or not m["unit"]:
            return None
        thousands = (
            thousands_of(m["thousands"], m["unit"], multiplier) if m["thousands"] else Decimal(0)
        )
        eok = parse_decimal(m["eok"]) if m["eok"] else Decimal(0)
        if thousands is None or eok is None:
            return None
        amount += eok * unit_value(EOK_WON)[1] + thousands
    return amount


# A share in percent that the next share's label follows with no comma: "국50%시50%",
# "국비 70% 시비 30%".
SHARE_AFTER_PERCENT_RE = regex.compile(r"(?<=\d\s*%)\s*(?=\p{Hangul})")


def read_parts(content: str, total: Money) -> list[SourceShare] | None:
    """Read the parts of a breakdown, or None if one part is not label-and-figure shaped."""
    parsed: list[tuple[str, str, Decimal | None]] = []
    content = SOURCES_GLOSS_RE.sub("", content)  # "지방비(시비·구비) 33.3%": 지방비's parts
    content = SHARE_AFTER_PERCENT_RE.sub(", ", content)  # (국50%시50%): two parts
    content = SPACED_SLASH_RE.sub(", ", content)  # (부산 … 819억원 / 해수부 … 2,129억원)
    for part in split_parts(content):
        if NOTE_PART_RE.match(part) and not find_money(part):
            continue  # ('23년 결산기준): a note on the figures, not a part
        m = PART_RE.match(part)
        if m is None or not m["label"]:
            return None
        label = m["label"].strip().rstrip("*").strip()  # 민자* 726: a footnote's mark
        payer = (m["note"] or "")[1:-1].strip()  # "서부산 80억(수자원공사)": the payer after
        if payer and canonical_source(payer) != "other" and canonical_source(label) == "other":
            label = payer
        amount = part_amount(m, total)
        if m["number"] and amount is None and m["unit"] != "%":
            return None
        parsed.append((label, part.strip(), amount))
    labels = [label for label, _, _ in parsed]
    shares: list[SourceShare] = []
    for label, raw, amount in parsed:
        for one in split_labels(label, amount is not None):
            shares.append(
                SourceShare(
                    len(shares) + 1,
                    one,
                    canonical_source(one),
                    raw,
                    amount,
                    part_kind(one, labels),
                )
            )
    return shares


def accept_shares(shares: list[SourceShare], total: Money) -> list[SourceShare]:
    """Keep a breakdown only when it is one: named sources, or uses that add up to the total."""
    known = [s for s in shares if s.source != "other" or s.source_raw in SOURCES]  # 기타 counts
    with_figures = [s for s in shares if s.amount is not None]
    if not with_figures:
        # (민) / (국비) / (국·시비): known sources of the whole amount; (주력일반) is a note
        if shares and known == shares[:1] and source_key(shares[0].source_raw) in SOURCES:
            # (시비, 공기관위탁사업비), (시비, 1차 추가경정예산 확보 추진): one payer, then notes
            return [replace(shares[0], amount=total.amount)]
        if not shares or len(known) < len(shares):
            return []
        if len(shares) == 1:
            return [replace(shares[0], amount=total.amount)]
        return shares
    parts_total = sum((s.amount for s in with_figures if s.amount is not None), Decimal(0))
    all_figures = len(with_figures) == len(shares)
    if not known and all_figures and parts_total == total.amount:
        return shares  # LH 9억, K-Water 5억 (organisations), 임대료 184, 운영비 159 (uses)
    if not known and len(with_figures) < max(len(shares), 2):
        return []  # (5개 과제): a count beside the amount, not shares
    if not known and parts_total != total.amount:
        # Shares by use (임대료 184, 운영비 159) count only when they add up to the total;
        # (참여자 5만원, 기업 10만원) beside "최대 10만원" are alternatives, not shares.
        return []
    return shares


# (전액시비), (순수 시비): the whole amount
WHOLE_AMOUNT_RE = regex.compile(rf"^\s*(?:{'|'.join(WHOLE_AMOUNT_WORDS)})\s*(?=\S)")
# … closing a bracket of notes: "(일반+기타특별회계+기금, 순수시비)"
WHOLE_AMOUNT_LAST_RE = regex.compile(
    rf",\s*(?P<whole>(?:{'|'.join(WHOLE_AMOUNT_WORDS)})\s*(?P<label>[^,\d]+?))\s*$"
)
LISTED_SOME_RE = regex.compile(r"\s+등\s*$")  # "…, R&D 20억원 등": some of the parts, not all
FIRST_LABEL_RE = regex.compile(r"^\s*(?P<label>[^,\s]+)\s*,")


def parse_breakdown(
    content: str, total: Money
) -> tuple[list[SourceShare], tuple[Period, Money] | None]:
    """Read a bracket after an amount: source shares, or a year's share, or nothing."""
    by_year = year_parts(content, total)
    if by_year:
        return by_year, None
    year = YEAR_SHARE_RE.match(content)
    if year is not None:
        period = Period.from_match(year)
        own = find_money(year["rest"])
        if own and year["rest"].strip().startswith(own[0].raw.split()[0][:1]):
            return [], (period, own[0])
        return [], None
    last = WHOLE_AMOUNT_LAST_RE.search(content)
    if last is not None and not find_money(content) and canonical_source(last["label"]) != "other":
        return [sole_share(last["whole"], total)], None  # "(…기금, 순수시비)": its one payer
    whole_word = WHOLE_AMOUNT_RE.match(content)
    whole_amount = whole_word is not None
    content = WHOLE_AMOUNT_RE.sub("", content)  # (전액시비): the whole amount
    listed_some = LISTED_SOME_RE.search(content) is not None
    if listed_some:  # (정책자금 100억원, 보증 30억원, R&D 20억원 등): some of its uses
        uses = read_parts(LISTED_SOME_RE.sub("", content), total) or []
        paid = [s.amount for s in uses if s.amount is not None]
        if (
            len(paid) == len(uses) > 1
            and all(s.source == "other" for s in uses)
            and total.amount is not None
            and sum(paid) < total.amount
        ):
            return [replace(s, kind="use") for s in uses], None
    shares = read_parts(content, total) or spaced_parts(content, total)
    if shares is None:
        whole = FIRST_LABEL_RE.match(content)
        if whole_amount and whole and canonical_source(whole["label"]) != "other":  # (전액민자, …)
            label = whole["label"]
            return [sole_share(label, total)], None
        return [], None
    accepted = accept_shares(shares, total)
    if whole_word is not None:  # keep the part as written: 전액시비
        accepted = [
            replace(s, raw=whole_word.group(0) + s.raw) if i == 0 else s
            for i, s in enumerate(accepted)
        ]
    return accepted, None


# Where a figure ends and the next part's label starts with only a space between:
# "(일반 19,730 특별 8,174 기금 3,509 BTL 4,269)".
SPACED_PART_RE = regex.compile(r"(?<=\d)\s+(?=[\p{Hangul}A-Za-z])")


def spaced_parts(content: str, total: Money) -> list[SourceShare] | None:
    """A breakdown whose parts only spaces part, read where every part has a figure and
    they add up to the total exactly; else None."""
    if not SPACED_PART_RE.search(content):
        return None
    shares = read_parts(SPACED_PART_RE.sub(", ", content), total)
    if not shares or len(shares) < 2 or any(s.amount is None for s in shares):
        return None
    paid = sum((s.amount for s in shares if s.amount is not None), Decimal(0))
    return shares if paid == total.amount else None


def year_parts(content: str, total: Money) -> list[SourceShare]:
    """('23년 60.2억, '24년 50.4억): the total by year, each year a part labelled with it."""
    parts = split_parts(content)
    matches = [YEAR_PART_RE.match(p) for p in parts]
    if len(parts) < 2 or any(m is None for m in matches):
        return []
    shares: list[SourceShare] = []
    for m in matches:
        assert m is not None
        part = PART_RE.match("x " + m["rest"])
        amount = part_amount(part, total) if part else None
        if amount is None:
            return []
        label = m["year"].strip()
        shares.append(
            SourceShare(len(shares) + 1, label, "other", m.group(0).strip(), amount, "use")
        )
    parts_total = sum((s.amount for s in shares if s.amount is not None), Decimal(0))
    return shares if parts_total == total.amount else []


def read_list(text: str, total: Money, sources_only: bool) -> list[SourceShare]:
    """A list of shares after the total ("市(20억원), 부산도시공사(10억원)"), or []."""
    parts = split_parts(text)
    normalised = []
    for part in parts:
        m = LIST_PART_RE.match(part)
        if m is None:
            return []
        normalised.append(f"{m['label']} {m['amount']}")
    shares = read_parts(", ".join(normalised), total)
    if not shares or any(s.amount is None for s in shares):
        return []
    parts_total = sum((s.amount for s in shares if s.amount is not None), Decimal(0))
    if total.amount is not None and parts_total > total.amount:
        return []
    if parts_total == total.amount:
        return shares  # the parts make the total: sources or uses
    if sources_only and any(s.source == "other" for s in shares):
        return []  # after ▷, only named sources may leave part of the total unstated
    if any(s.kind == "use" for s in shares):
        return []
    return shares


COLON_AHEAD_RE = regex.compile(r"\s*[:：]")
COMMA_OR_ARROW_RE = regex.compile(r"[,▷]")
CLOSE_OR_COMMA_RE = regex.compile(r"[)\],]")


def is_event_date(text: str, period: Period, money: Money) -> bool:
    """A date of an event, not a funding period: a day ('24.11.20.); a month, or a year not
    written with 년, opening a timeline entry ("'24. 6. : …") or beside an event word
    ((공모선정, '24.7), '24.12. 기준). A year written with 년 is the money's year."""
    if period.has_day:
        return True
    if not period.is_point or (period.start_month is None and YEAR_WORD in period.raw):
        return False
    if COLON_AHEAD_RE.match(text[period.end :]):
        return True
    before = COMMA_OR_ARROW_RE.split(text[max(0, period.start - 12) : period.start])[-1]
    between = text[period.end : money.start]
    after = CLOSE_OR_COMMA_RE.split(text[money.end : money.end + 10])[0]
    return any(EVENT_RE.search(part) for part in (before, between, after))


PER_UNIT_RE = regex.compile(PER_UNIT_PATTERN)
# 20억원 이상, 6천만원(부부합산 1억원) 이하, (1억원 한도): the amount qualifies
# (a bracket between only before 이상/이하/미만: "2,313억원(4.1%) 초과" exceeded a target by it)
THRESHOLD_AFTER_RE = regex.compile(
    rf"(?:\s*[)\]]?\s*(?:{'|'.join(THRESHOLD_AFTER_WORDS)})"
    rf"|\s*[(\[][^()\[\]%]{{0,24}}[)\]]\s*(?:{'|'.join(THRESHOLD_THROUGH_BRACKET_WORDS)}))"
    rf"(?!\s*(?:{'|'.join(THRESHOLD_NOT_BEFORE_VERBS)}))"
)
PRICE_AFTER_RE = regex.compile(rf"\s*에\s*(?:{'|'.join(PRICE_AFTER_VERBS)})")
INVESTED_AFTER_RE = regex.compile(
    rf"\s*(?:을|를)?\s*(?:{'|'.join(INVESTED_AFTER_VERBS)})(?!\s*(?:{'|'.join(NOT_INVESTED_AFTER)}))"
)
SIZED_LOAN_RE = regex.compile(rf"\s*(?:{'|'.join(SIZED_LOANS)})(?![\p{{Hangul}}])")
# The kind a verb right after an amount says, where no payer breaks it down: money lent
# ("총 4조원 공급"), collected ("체납액 2억원 징수"), seized ("전환사채 40억원 압류").
VERB_AFTER_KIND_RES = [
    (kind, regex.compile(rf"\s*(?:을|를)?\s*(?:{'|'.join(verbs)})"))
    for kind, verbs in (
        ("other", LENT_AFTER_VERBS),
        ("revenue", COLLECTED_AFTER_VERBS),
        ("asset", SEIZED_AFTER_VERBS),
    )
]
SITE_SIZE_RE = regex.compile(SITE_SIZE_PATTERN)
YEARS_LONG_RE = regex.compile(YEARS_LONG_PATTERN)
# 중위소득 60% 이하(144만원): the amount in brackets after the words is the threshold
THRESHOLD_BEFORE_RE = regex.compile(rf"(?:{'|'.join(THRESHOLD_WORDS)})\s*[(\[]\s*$")
CLOSE_RE = regex.compile(r"[)\]]")
BRACKETED_HEAD_WORDS = 2  # the words a bracket after them holds an amount of
CAP_WORDS = ("한도",)  # a cap: a rate's own where the amount is paid per a unit
# Between two amounts of one list: a separator and the next one's label ("5억원 · 용역 1억원").
LIST_GAP_RE = regex.compile(r"\s*[·,]\s*[\p{Hangul}()]{1,12}\s*")
COST_BEFORE_RE = regex.compile(r"\p{Hangul}{1,6}비\s*[:：]?\s*$")  # 공사비, 매입비 : (not 국비 …)
TAIL_DISTANCE = 4
COUNTED_PART_RE = regex.compile(
    rf"(?<![\d.,\p{{Hangul}}])(?<!/\s*)\d[\d,.]*\s*(?:천|만)?\s*(?:{'|'.join(RECIPIENT_COUNT_UNITS)})"
    r"(?![\p{Hangul}])"
)
TIMES_AFTER_RE = regex.compile(r"\s*[x×X✕]\s*\d")  # an amount times a count


def money_kind(
    head: str, tail: str, said: str | None, has_sources: bool, before: str = "", after: str = ""
) -> str:
    """The kind (``notation.money.MONEY_KINDS``) whose word stands nearest the amount, before
    it first ("매각금액 : …원 * 계약일" is a sale), then after it ("163억원 절감"). An amount
    paid per a unit (동당, 1식, 월) is a benefit; money broken down by named sources is a
    budget; so is a plain cost. ``said`` is ``said_kind(head, tail)``; ``before`` and
    ``after`` are the line's words either side of the amount, brackets and all."""
    capped = THRESHOLD_AFTER_RE.match(after or tail)
    if capped is not None and PER_UNIT_RE.search(head) and capped.group(0).strip() in CAP_WORDS:
        return "benefit"  # 월 22만원 한도: what each gets at most a month
    if capped is not None or THRESHOLD_BEFORE_RE.search(before):
        return "threshold"  # 20억원 이상: the amount qualifies, it is not spent
    if TIMES_AFTER_RE.match(after or tail):
        return "benefit"  # 30백만원x12개교, 20,000천원×5월: paid per each of a count
    if PRICE_AFTER_RE.match(after or tail):
        return "other"  # 공연을 1만원에 제공: a price
    if INVESTED_AFTER_RE.match(after or tail) and not has_sources:
        return "investment"  # "(3조원 투자)": invested by those the line names
    for verb_kind, verb_after in VERB_AFTER_KIND_RES:
        if verb_after.match(after or tail) and not has_sources:
            return verb_kind  # 총 4조원 공급 (lent), 2억원 징수 (collected), 40억원 압류
    if COST_BEFORE_RE.search(head):
        # 매입비 330백만원: a cost; paid per a unit, a rate ("1인당 수술비 5백만원")
        return "benefit" if PER_UNIT_RE.search(head.rstrip().rpartition(" ")[0]) else "budget"
    if said in STOCK_KINDS:
        return said  # 관리채무 : 3조 5,682억원(일반 …, 기금 …): a stock, broken down
    if said == "threshold" and not has_sources:
        return said  # "(소득완화) 월268만원": a line drawn by the month is still a line
    if PER_UNIT_RE.search(head):
        return "benefit"  # "1개소 당 최대 2,236,120천원(국비 66.6% …)": a rate, however paid
    if has_sources:
        return "budget"  # money broken down by who pays
    return said or "budget"


def kind_of(
    text: str, money: Money, boundary: int, head: str, tail: str, has_sources: bool
) -> tuple[str, bool]:
    """An amount's kind by its own clause (``money_kind``), and whether words said it;
    where none did, a stock or a saving the title its ▷ details names, or a flow the words
    its bracket follows name ("융자지원(6억 규모)" is a loan, "벤처투자 달성(’20. 4.3조원)" an
    investment). A stock's or a loss's word there
    names what the money is for ("환승손실금(170.1억원)", "어린이요금 무료화(4.36억원)" are
    budgets)."""
    said = said_kind(head, tail)
    kind = money_kind(
        head, tail, said, has_sources, text[boundary : money.start], text[money.end :]
    )
    sized = money.amount is not None and money.amount <= SIZED_LOAN_MAX_KRW
    if kind == "other" and sized and SIZED_LOAN_RE.match(text, money.end):
        return "benefit", True  # "1천만원 긴급대출": what each borrower may take
    if kind != "budget" or has_sources or said is not None:
        return kind, True
    words = bracketing_words(text, money.start, boundary)
    bracketed = said_kind(words, "")
    if bracketed in BRACKETED_KINDS or ends_with_kind_word(words, bracketed):
        return bracketed or kind, True  # "해양관광시장 규모(6조 6709억원)": a market's size
    titled = said_kind(title_words(text, money.start, boundary), "")
    if titled in STOCK_KINDS:
        return titled, True
    before = text[boundary : money.start]
    if "▷" in before and said_kind(before.split("▷")[0], "") == "investment":
        return "investment", True  # "… 프로젝트 업무협약 체결 ▷ …, 7천억원 규모": agreed
    opened = bracket_opened(text, money)
    inside = said_kind(text[opened + 1 : money.start], "") if opened is not None else None
    if inside in BRACKETED_KINDS:
        return inside, True  # "(3개사 유치, 3조원 규모)": its bracket's clause before it
    labelled = label_kind(text, money.start)
    if labelled is not None:
        return labelled, True  # "◇ 2025년도 거래목표 : 110천톤, 2,100억원": a trade's target
    if is_rate_sized(money) and is_priced(text, money, boundary):
        return "other", True  # "환승요금(일반 기준 500원)": a fare, not a rate paid
    rate = (
        is_rate_sized(money)
        and not DETAIL_MARK_BEFORE_RE.search(text[boundary : money.start])
        and not counted_beside(text, money)
    )
    return ("benefit" if rate else kind), False


def bracket_opened(text: str, money: Money) -> int | None:
    """Where the bracket an amount stands in opens ("테왁 보호망(0.05억원, …"), or None where
    it stands in none."""
    opened = text.rfind("(", 0, money.start)
    return None if opened < 0 or ")" in text[opened : money.start] else opened


PRICE_END_RE = regex.compile(rf"(?:{'|'.join(PRICE_WORDS)})\s*$")
# The keyword a line opens with in brackets: "­ (1일 대당 66㎞ 운행시 연료비) 전기버스 …".
LINE_KEYWORD_RE = regex.compile(r"^[^\w(\[]*[(\[](?P<keyword>[^()\[\]]{1,30})[)\]]")


def is_priced(text: str, money: Money, boundary: int) -> bool:
    """Whether an amount is a price by the words around it: in a bracket right after a
    price's word ("광역 환승요금(일반 기준 500원)"), or on a line whose bracketed keyword ends
    with one ("(1일 대당 66㎞ 운행시 연료비) 전기버스 (115천원)")."""
    opened = bracket_opened(text, money)
    if opened is not None and PRICE_END_RE.search(text[boundary:opened]):
        return True
    keyword = LINE_KEYWORD_RE.match(text)
    return (
        keyword is not None
        and keyword.end() <= money.start
        and PRICE_END_RE.search(keyword["keyword"]) is not None
    )


def counted_beside(text: str, money: Money) -> bool:
    """Whether the bracket an amount stands in also counts whom or what it is spent on, set
    apart by a comma ("테왁 보호망(0.05억원, 590명)", "(1개 법인, 1,000천원)"): then it is all
    of theirs, not a rate paid to each."""
    opened = bracket_opened(text, money)
    closed = text.find(")", money.end)
    if opened is None or closed < 0:
        return False
    if regex.match(r"\d", text[money.end : money.end + 1]):
        return False  # "(13만원770명)": glued, each one's
    inside = text[opened + 1 : money.start] + " , " + text[money.end : closed]
    return COUNTED_PART_RE.search(inside) is not None


# The label a line opens with before a colon ("◇ 2025년도 거래목표 : 110천톤, 2,100억원"), and
# the measure's words a label may end with after its kind's word (거래 + 목표).
LINE_LABEL_RE = regex.compile(r"^[\s\-○ㅇ·•*※◇◈□▷]*(?P<label>[^:：()]{2,20}?)\s*[:：]")
LABEL_MEASURE_END_RE = regex.compile(r"\s*(?:목표|실적|금액|액|규모|현황)\s*$")


def label_kind(text: str, start: int) -> str | None:
    """The kind a line's label says for the values after its colon, where the label ends
    with that kind's word, or with it and a measure's (거래목표, 거래실적, 매출액): not a
    budget, and not a label that only opens with a kind's word ("수출지원 : …")."""
    m = LINE_LABEL_RE.match(text)
    if m is None or m.end() > start:
        return None
    core = LABEL_MEASURE_END_RE.sub("", closed_up(m["label"]).strip())
    said = said_kind(core, "")
    words = dict(MONEY_KINDS).get(said or "", [])
    if said in (None, "budget") or not any(core.endswith(word) for word in words):
        return None
    return said


# An item's details right before the amount: "시민아카데미 개최 ▹ 9백만원" is its budget.
DETAIL_MARK_BEFORE_RE = regex.compile(r"[▷▹▸►]\s*$")


def is_rate_sized(money: Money) -> bool:
    """Whether an amount is small enough to be a rate paid per person, meal or unit
    ("위로금 지급(50만원)") rather than a programme's money, by ``RATE_CEILING_KRW``
    (``kind_of`` keeps an item's own ▷ amount a budget: "시민아카데미 개최 ▹ 9백만원")."""
    top = money.high if money.is_range else money.amount
    return money.currency == "KRW" and top is not None and top < RATE_CEILING_KRW


TITLE_KIND_WORDS = 2  # the last words of a title that may say its kind
KIND_WORD_LIST = [word for _, words in MONEY_KINDS for word in words]


def ends_with_kind_word(words: str, kind: str | None) -> bool:
    """Whether the words end with a measure's word (``MEASURED_KINDS``: "해양관광시장 규모"),
    so that a bracket after them holds the measure, not what is spent on it ("시장조사
    비용"; "부모상담(1.1억원)", "처우개선수당(99.8억원)" are budgets)."""
    said = dict(MONEY_KINDS).get(kind or "", [])
    return kind in MEASURED_KINDS and any(words.endswith(word) for word in said)


def title_words(text: str, start: int, boundary: int) -> str:
    """The last words of the title an amount's ▷ details ("ㅇ자산 ▸ 2조 3,017억원",
    "상수도요금 감면 ▸'24년 155억원", "급수사용료 수익 증대 ▸ …") that end with a kind's word;
    "" when no ▷ stands between the line's start and the amount. A word a kind's
    word only opens says nothing ("청년 자산형성지원").
    """
    before = text[boundary:start]
    if "▷" not in before:
        return ""
    words = before.split("▷")[0].split()[-TITLE_KIND_WORDS:]
    return " ".join(w for w in words if any(w.endswith(k) for k in KIND_WORD_LIST))


# Kinds the words before an amount's bracket may give it: loans, issues and investment
# (not a sale's or a market's word: "판매 촉진(0.25억, 10개사)", "시장조사 비용(1.7억원)"
# name what the money is spent on).
BRACKETED_KINDS = ("other", "investment")
# Kinds whose words measure something rather than name what is bought: a bracket right after
# one of their words holds the measure ("해양관광시장 규모(6조 6709억원)", "연료비·정비비
# 절감(연 130억원)"; not "에너지 절감 사업(5억원)", whose words end with what is done).
MEASURED_KINDS = ("market", "saving")
# Kinds that a breakdown does not make a budget: stocks and flows of a body's own money.
STOCK_KINDS = ("asset", "revenue", "loss", "saving")


def blanked(pattern: regex.Pattern[str], text: str) -> str:
    """Text with what a pattern matches spaced out, every other letter kept in its place
    (words that say nothing of an amount: "역대 최대", "전통시장", a bracketed year)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


NOT_CAP_RE = regex.compile("|".join(NOT_CAP_PHRASES))
NOT_KIND_RE = regex.compile("|".join(NOT_KIND_PHRASES))
SPENT_ON_RE = regex.compile(rf"(?:{'|'.join(SPENT_ON_DOINGS)})(?!\p{{Hangul}})")
AHEAD_RE = regex.compile(r"\s*(?:예정|계획)")  # "집행 예정", "완료 계획": not done yet
NOT_SCOPE_RE = regex.compile("|".join(NOT_SCOPE_PHRASES))
# A short label broken by spaces before its colon ("○자본 금 : 6,205억원" in a table cell).
SPACED_LABEL_RE = regex.compile(
    r"(?<!\p{Hangul})\p{Hangul}{1,4}(?: \p{Hangul}{1,4}){1,2}(?=\s*[:：])"
)


def said_kind(head: str, tail: str) -> str | None:
    """The kind whose word stands nearest the amount, or None where no word says one."""
    head = closed_up(head)  # "○ 자 본 금 : 6,205억원": the label's word
    head = SPACED_LABEL_RE.sub(lambda m: m.group(0).replace(" ", ""), head)  # "○자본 금 :"
    head = blanked(NOT_CAP_RE, head)  # "역대 최대인 23조원"
    head = blanked(NOT_KIND_RE, head)  # "전통시장 활성화", "유치원"
    tail = blanked(NOT_KIND_RE, tail)
    found = [
        (len(head) - at - len(word), -len(word), order, kind)
        for order, (kind, words) in enumerate(MONEY_KINDS)
        for word in words
        if (at := word_at(head, word, last=True)) >= 0
        # "수출기업 지원 3억원": money spent on exports, not an export figure
        and not (
            (kind in SPENT_ON_KINDS or word in SPENT_ON_PRICES)
            and SPENT_ON_RE.search(head, at + len(word))
        )
    ]
    found += [  # after the amount counts a little farther: "335억 당기순손실", "163억원 절감";
        # of two words at one place the longer says it: "16억원 예산절감" is a saving
        (at + TAIL_DISTANCE, -len(word), order, kind)
        for order, (kind, words) in enumerate(MONEY_KINDS)
        for word in words
        if (at := word_at(tail, word, last=False)) >= 0
    ]
    return min(found)[3] if found else None


def word_at(text: str, word: str, last: bool) -> int:
    """Where a kind's word stands in text (its last place, or its first), or -1; a word
    opening with a figure not inside a longer number ("1명" is not in "161명")."""
    at = text.rfind(word) if last else text.find(word)
    while at > 0 and (
        (word[0].isdigit() and (text[at - 1].isdigit() or text[at - 1] in ",."))
        or (word in WORD_OPENING_KIND_WORDS and LETTER_RE.match(text[at - 1]))  # "부산시가"
    ):
        at = text.rfind(word, 0, at) if last else text.find(word, at + 1)
    return at


TAIL_CHARS = 16  # an amount's clause after it, as far as its kind's word may stand
# … or farther where the amount qualifies the words after it: "362.4조원 규모의 중소기업･
# 소상공인 대출 만기연장" is an amount of what follows 의
OF_TAIL_CHARS = 32
OF_AFTER_AMOUNT_RE = regex.compile(r"\s*(?:규모\s*)?의\s")
CLAUSE_START_RE = regex.compile(r"[,▷(\[]")
CLAUSE_END_RE = regex.compile(r"[,)\]▷(]")
# … or a year and month: "(판매) (’19.10) 1조 5,024억원"
YEAR_BRACKET_RE = regex.compile(
    r"[(\[]\s*['’‘`]?(?:\d{2}|\d{4})\s*(?:\.\s*\d{1,2}\s*\.?\s*월?)?\s*(?:년\s*도?)?\s*[)\]]"
)


def clause_around(text: str, start: int, end: int, boundary: int) -> tuple[str, str]:
    """The words of an expression's own clause before it (back to a comma or bracket) and
    after it (on to one), leaving out its breakdown. A year in brackets before it ("생계급여
    선정기준 (’24년) 183만원") is its label, not a clause's end."""
    before = blanked(YEAR_BRACKET_RE, text[boundary:start])
    head = CLAUSE_START_RE.split(before)[-1]
    reach = OF_TAIL_CHARS if OF_AFTER_AMOUNT_RE.match(text, end) else TAIL_CHARS
    tail = CLAUSE_END_RE.split(text[end : end + reach])[0]
    return head, tail


def bracketing_words(text: str, start: int, boundary: int) -> str:
    """The words a bracket that holds the amount follows ("식품위생업소 융자지원(6억 규모)",
    "벤처투자 달성(’20. 4.3조원)", past its year: "매출채권보험 확대 (’23, 21.2조원)"), or ""
    when the amount is not alone in a bracket."""
    before = text[boundary:start]
    year = BRACKET_YEAR_COMMA_RE.search(before)
    if year is not None:
        before = before[: year.start() + 1]  # "… 확대 (": the year and its comma set aside
    parts = CLAUSE_START_RE.split(before)
    head = parts[-1]
    opened = before[len(before) - len(head) - 1 : len(before) - len(head)]
    if (
        LETTER_RE.search(head)
        or len(parts) < 2
        or opened not in ("(", "[")
        or CLOSE_RE.search(head)
    ):
        return ""
    return " ".join(parts[-2].split()[-BRACKETED_HEAD_WORDS:])


# A bracket opening with a year and a comma, the amount next: "(’23, 21.2조원)".
BRACKET_YEAR_COMMA_RE = regex.compile(rf"[(\[]\s*{PERIOD_PATTERN}\s*,\s*$", regex.VERBOSE)
WORD_THEN_SPACE_RE = regex.compile(r"\p{Hangul}\s+$")


def is_loose_syllable(text: str, at: int, lead: regex.Match[str]) -> bool:
    """A one-syllable label set apart after a word is a word, not a source: "통합 시 1,500억"
    (시 = when), unlike "시50" or "(시 50억원"."""
    label = lead["label"]
    glued = lead.group(0).endswith(label)  # nothing between the label and the figure
    after_word = WORD_THEN_SPACE_RE.search(text[:at]) is not None
    return len(label) == 1 and after_word and not glued


def lead_of(before: str) -> regex.Match[str] | None:
    """The period and source label standing before an amount, if any."""
    return LEAD_WITH_PERIOD_RE.search(before) or LEAD_RE.search(before)


# an open bracket not far before an amount: the amount stands inside brackets
OPEN_BRACKET_BEFORE_RE = regex.compile(r"[(\[][^()\[\]]{0,20}$")
CLOSING_AHEAD_RE = regex.compile(r"\s*[)\]]")
# A bracket after an amount that names its one payer, then a note with no figure: "(시비, 1차
# 추가경정예산 확보 추진)"
SOLE_PAYER_RE = regex.compile(rf"^\s*(?P<label>{SOURCE_LABEL})\s*,(?P<note>[^()\[\]]*)$")
ONLY_SOURCE_RE = regex.compile(rf"\s*(?P<label>{SOURCE_LABEL})\s*(?:[,)]|$)")


# Sources that follow an amount in its bracket, after a comma, each with its figure or its
# share in percent, with or without commas between them: "120대(49억, 국34.3억시14.7억)",
# "(총130억원, 시 50% 구·군 50%)".
SOURCE_PART_RE = regex.compile(rf"(?:{SOURCE_LABEL})\s*(?:{NUMBER})\s*(?:{KRW_UNIT}|%)?")
SOURCE_RUN_RE = regex.compile(
    rf"\s*,\s*(?P<list>{SOURCE_PART_RE.pattern}(?:\s*,?\s*{SOURCE_PART_RE.pattern})+)\s*(?=[)\]])"
)


def uses_after(text: str, money: Money, at: int) -> tuple[list[SourceShare], int]:
    """What an amount is spent on, listed after its payers' bracket and a ▷ ("210백만원(시비)
    ‣ 집중 145백만원, 개별 65백만원"), where the parts add up to it; else none."""
    arrow = ARROW_LIST_RE.match(text, at)
    if arrow is None:
        return [], at
    shares = read_list(arrow["list"], money, sources_only=False)
    paid = [s.amount for s in shares if s.amount is not None]
    if not shares or any(s.source != "other" for s in shares) or sum(paid) != money.amount:
        return [], at  # a payer among them, or parts that do not make the amount
    return [replace(s, kind="use") for s in shares], arrow.end("list")


def renumbered(shares: list[SourceShare], after: int) -> list[SourceShare]:
    return [replace(s, ordinal=after + n) for n, s in enumerate(shares, 1)]


def breakdown_after(
    text: str, money: Money
) -> tuple[list[SourceShare], tuple[Period, Money] | None, int]:
    """Shares or a year's share written after an amount, and where the expression then ends."""
    end = money.end
    qualifier = QUALIFIER_RE.match(text, end)
    if qualifier is not None:
        open_at = qualifier.end()
        close_at = closing_bracket(text, open_at)
        if close_at is not None:
            sources, year_share = parse_breakdown(text[open_at + 1 : close_at], money)
            if sources or year_share:
                uses, end = uses_after(text, money, close_at + 1)
                return sources + renumbered(uses, len(sources)), year_share, end
            payer = SOLE_PAYER_RE.match(text[open_at + 1 : close_at])
            if payer is not None and not find_money(payer["note"]):
                # 3억원(시비, 1차 추가경정예산 확보 추진): who pays, then a note
                return [sole_share(payer["label"], money)], None, close_at + 1
    in_bracket = OPEN_BRACKET_BEFORE_RE.search(text[: money.start]) is not None
    named = SOURCE_AFTER_RE.match(text, end) if in_bracket else None
    if named is not None:
        labels = [label.strip() for label in named["label"].split("/")]
        if len(labels) == 1:
            return [sole_share(labels[0], money)], None, named.end()
        return unstated_shares(labels, named["label"]), None, named.end()
    colon = COLON_LIST_RE.match(text, end)
    if colon is not None and (in_bracket or not CLOSING_AHEAD_RE.match(text[end:])):
        shares = read_list(colon["list"], money, sources_only=False)
        if shares:
            return shares, None, colon.end("list")
    arrow = ARROW_LIST_RE.match(text, end)
    if arrow is not None:
        only = ONLY_SOURCE_RE.match(arrow["list"])
        if only is not None:  # 7,200억원 ▷민간자본: the whole amount
            label = only["label"]
            return [sole_share(label, money)], None, arrow.start("list") + only.end("label")
        shares = read_list(arrow["list"], money, sources_only=True)
        if shares:
            return shares, None, arrow.end("list")
    run = SOURCE_RUN_RE.match(text, end) if in_bracket else None
    if run is not None:  # (49억, 국34.3억시14.7억): its sources after it, in its bracket
        listed = ", ".join(m.group(0).strip() for m in SOURCE_PART_RE.finditer(run["list"]))
        shares = read_parts(listed, money) or []
        paid = [s.amount for s in shares if s.kind == "source" and s.amount is not None]
        if len(paid) == len(shares) > 1 and sum(paid) == money.amount:
            return shares, None, run.end("list")
    payer = PAYER_AFTER_RE.match(text, end)
    if payer is not None:  # 3,511억원 국비 반영
        label = payer["label"]
        return [sole_share(label, money)], None, end
    footnote = FOOTNOTE_YEAR_RE.match(text, end)
    if footnote is not None:  # 10억원 * 2024년도 5억원
        following = find_money(text[footnote.end() :])
        if following and following[0].start == 0:
            period = Period.from_match(footnote)
            return [], (period, following[0]), footnote.end() + following[0].end
    return [], None, end


# Payers' shares as a ratio in a bracket after an amount no payer labels: "30억(국비:지방비 7:3
# 조건)" is 21억 national, 9억 local. (After "국비 5억 지원" the same bracket is the grant's
# matching condition, and the amount is the national share alone.)
RATIO_RE = regex.compile(
    rf"^\s*(?P<a>{SOURCE_LABEL})\s*[:：]\s*(?P<b>{SOURCE_LABEL})\s*=?\s*"
    r"(?P<x>\d+)\s*[:：]\s*(?P<y>\d+)\s*(?:조건|비율|매칭|부담)?\s*$"
)


def ratio_after(text: str, money: Money) -> tuple[list[SourceShare], int] | None:
    """The payers' shares a ratio in the amount's bracket gives, each exact in won (else
    stated without a figure), and where the bracket ends; None where there is no ratio."""
    qualifier = QUALIFIER_RE.match(text, money.end)
    if qualifier is None or money.amount is None:
        return None
    close_at = closing_bracket(text, qualifier.end())
    if close_at is None:
        return None
    m = RATIO_RE.match(text[qualifier.end() + 1 : close_at])
    parts = (int(m["x"]), int(m["y"])) if m is not None else (0, 0)
    if m is None or sum(parts) == 0:
        return None
    shares = []
    for n, (label, part) in enumerate(zip((m["a"], m["b"]), parts, strict=True), 1):
        amount = money.amount * part / sum(parts)
        exact = amount if amount == amount.to_integral_value() else None
        shares.append(SourceShare(n, label, canonical_source(label), m.group(0).strip(), exact))
    return shares, close_at + 1


# One payer alone before an amount in its bracket, with a period or nothing else beside it:
# a known source, a ministry (중기부, 행안부, 보건복지부: a name ending in 부 or 처, three letters
# or more, not 외부) or a fund (재난관리기금).
BRACKET_PAYER_RE = regex.compile(
    rf"(?:{SOURCE_LABEL}|\p{{Hangul}}{{2,9}}(?:부|처)|\p{{Hangul}}{{2,10}}기금)"
)
PERIOD_ONLY_RE = regex.compile(rf"{PERIOD_PATTERN}", regex.VERBOSE)


LINE_PAYER_RE = regex.compile(rf"^[\s\-○ㅇ∘·•*※◇□▷]*[(\[]\s*(?P<label>{SOURCE_LABEL})\s*[)\]]")
ANY_PAYER_RE = regex.compile(rf"(?<![\p{{Hangul}}])(?:{SOURCE_LABEL})(?![\p{{Hangul}}])")


def line_payer(text: str, money: Money) -> str | None:
    """The payer a line opens with as its keyword, where no other payer stands before the
    amount: "- (특교세) ‘안전한 Bright 명지 새동네 만들기’(0.7억), ‘신선마을 …’(0.8억) 추진"."""
    m = LINE_PAYER_RE.match(text)
    if m is None or m["label"] in BARE_LABELS:
        return None
    if ANY_PAYER_RE.search(text, m.end(), money.start) is not None or "→" in text[: money.start]:
        return None
    return m["label"]


# A body, then the bracket its share stands in: "K-water(사업비 49억원 부담)".
BEARER_RE = regex.compile(r"(?P<label>[\p{Hangul}A-Za-z][\p{Hangul}A-Za-z\-·]{0,15})\s*\($")
BORNE_RE = regex.compile(rf"\s*씩?\s*(?:{'|'.join(BEARING_VERBS)})")


def borne_by(text: str, money: Money) -> str | None:
    """The body before an amount's bracket where the amount is what it bears ("시(운행계획
    수립), K-water(사업비 49억원 부담)"): its payer, where it is a payer at all (a level of
    government, a public body, a firm: not "운영비"); or None."""
    opened = bracket_opened(text, money)
    if opened is None or not BORNE_RE.match(text, money.end):
        return None
    bearer = BEARER_RE.search(text, 0, opened + 1)
    if bearer is None or canonical_source(bearer["label"]) == "other":
        return None
    return bearer["label"]


def payer_in_bracket(text: str, money: Money) -> str | None:
    """The payer named alone before an amount in the bracket it opens ("지원(중기부 /
    ’24.~’25. / 2.4억원)", "(해수부, 5조원 투자)"), or None."""
    opened = bracket_opened(text, money)
    if opened is None:
        return None
    inside = text[opened + 1 : money.start]
    if find_money(inside):
        return None
    parts = [p.strip() for p in regex.split(r"[/,]", inside) if p.strip()]
    parts = [p for p in parts if not PERIOD_ONLY_RE.fullmatch(p)]
    if len(parts) != 1 or BRACKET_PAYER_RE.fullmatch(parts[0]) is None:
        return None
    return parts[0]


def period_after(text: str, money: Money) -> tuple[Period | None, int]:
    """A period written after the amount inside its brackets: (1,585억원, '24.~'30.), and
    where it ends."""
    if OPEN_BRACKET_BEFORE_RE.search(text[: money.start]) is None:
        return None, money.end
    m = PERIOD_AFTER_RE.match(text, money.end)
    if m is None:
        return None, money.end
    return Period.from_match(m), m.end("period")


def line_period(text: str) -> Period | None:
    """The range a timeline entry opens with ("'19.12.~'21. 8. : …"); a single date is the
    date of an event, not a period."""
    labelled = LINE_YEAR_RE.match(text)
    if labelled is not None:
        return Period.from_match(labelled)
    m = LINE_PERIOD_RE.match(text)
    if m is None:
        return None
    period = Period.from_match(m)
    return period if period.end_year is not None and not period.is_point else None


def period_in_name(prefix: str) -> Period | None:
    """A closed range ending the project's name: 실증단지 조성('22. ~'25.) ▷ 336억원."""
    m = NAME_PERIOD_RE.search(prefix)
    if m is None:
        return None
    period = Period.from_match(m)
    return period if period.end_year is not None and not period.is_point else None


# A figure without its unit right before a change to an amount with one: "지류형 100→150만원",
# "(‘23, 1,017 → ‘24, 1,119억원)", "인상(6→12천원)": the earlier amount, in the later's unit
# (not a year: "2024 → 2025년 10억원").
BARE_BEFORE_CHANGE_RE = regex.compile(
    rf"(?<![\d.,’'\p{{L}}])(?!(?:19|20)\d\d\s*{ARROW})(?P<number>{NUMBER})\s*{ARROW}\s*"
    rf"(?:{PERIOD_PATTERN}\s*[,)]?\s*)?$",
    regex.VERBOSE,
)


def earlier_figure(text: str, money: Money, boundary: int) -> Money | None:
    """The unitless figure a change to this amount starts from, in the amount's unit."""
    m = BARE_BEFORE_CHANGE_RE.search(text, boundary, money.start)
    return None if m is None or money.is_range else in_unit_of(money, m)


def in_unit_of(money: Money, figure: regex.Match[str]) -> Money | None:
    """A unitless figure (the match's ``number``) read in an amount's unit."""
    value = parse_decimal(figure["number"])
    if value is None or money.amount is None or not money.value:
        return None
    return replace(
        money,
        raw=figure["number"],
        value=value,
        amount=value * money.amount / money.value,
        per_year=False,
        start=figure.start("number"),
        end=figure.end("number"),
    )


# Nothing after a bare figure that would make it a count, a share or an amount of its own:
# "925교", "2배", "30%", "5억".
NO_UNIT_AFTER = r"(?![\p{Hangul}%])(?!\s*(?:[만억조천백배]|원|달러|%))"
# A label giving the unit of the series after it: "* 중기부 R&D 규모(억원) : (‘17)11,172 →
# (‘18)10,917 → …", "* 예산(조원, 본예산 기준) : (‘17) 8.5 → (‘18) 8.9 …".
SERIES_UNIT_RE = regex.compile(
    rf"\((?P<unit>{'|'.join(SERIES_LABEL_UNITS)})(?:\s*,[^()]{{0,20}})?\)\s*[:：]\s*"
)
# One figure of it: its year in brackets, the figure, nothing after it but the next arrow.
SERIES_FIGURE_RE = regex.compile(
    rf"\G(?:\s*{ARROW}\s*)?\(\s*[’'‘]?\d{{2,4}}[^()]{{0,8}}\)\s*(?P<number>{NUMBER})"
    rf"(?![\d.,]?\d){NO_UNIT_AFTER}"  # the whole figure, and no unit or counter after it
)


def labelled_series(text: str) -> list[Money]:
    """The figures of a series of years whose unit only its label gives."""
    label = SERIES_UNIT_RE.search(text)
    if label is None:
        return []
    currency, multiplier = unit_value(label["unit"])
    out = []
    for m in SERIES_FIGURE_RE.finditer(text, label.end()):
        value = parse_decimal(m["number"])
        if value is None:
            break
        out.append(
            Money(
                raw=m["number"],
                value=value,
                unit=label["unit"],
                currency=currency,
                amount=value * multiplier,
                per_year=False,
                start=m.start("number"),
                end=m.end("number"),
                multiplier=multiplier,
            )
        )
    return out


# A figure without its unit after a change from an amount with one: "(’23.1Q) 1.8조원 →
# (2Q) 2.7 → (3Q) 3.2": the later amounts, in the first one's unit (not a year, a count or a
# share: "→ 2배", "→ 30%").
BARE_AFTER_CHANGE_RE = regex.compile(
    rf"\s*{ARROW}\s*(?:\([^()]{{1,10}}\)\s*)?(?!(?:19|20)\d\d(?!\d))"
    rf"(?P<number>{NUMBER})(?![\d.,]?\d){NO_UNIT_AFTER}(?!\s*[(\[])"
)


def later_figures(text: str, money: Money) -> list[Money]:
    """The unitless figures a change from this amount goes on to, in its unit."""
    out: list[Money] = []
    at = money.end
    while not money.is_range and (m := BARE_AFTER_CHANGE_RE.match(text, at)) is not None:
        later = in_unit_of(money, m)
        if later is None:
            break
        out.append(later)
        at = m.end()
    return out


def find_fundings(text: str) -> list[Funding]:
    """Return every funding expression in a line of text, in order."""
    prepared = prepare(text)
    out: list[Funding] = []
    boundary = 0
    moneys: list[Money] = []
    for money in find_money(prepared):
        earlier = earlier_figure(prepared, money, moneys[-1].end if moneys else 0)
        moneys += [earlier, money] if earlier is not None else [money]
        moneys += later_figures(prepared, money)
    series = [
        m
        for m in labelled_series(prepared)
        if all(m.end <= n.start or m.start >= n.end for n in moneys)
    ]
    moneys = sorted(moneys + series, key=lambda m: m.start)
    for money in moneys:
        if money.start < boundary:
            continue  # inside the previous expression's breakdown
        funding = read_expression(prepared, money, boundary, after_expression=bool(out))
        between = prepared[out[-1].end : funding.start] if out else ""
        if out and CHANGE_RE.fullmatch(between):
            out[-1] = mark_change(out[-1], funding)
        if out and PART_OF_YEAR_STEP_RE.fullmatch(between):
            funding = in_year_of(out[-1], funding)
        moved = out and out[-1].kind == "threshold" and funding.kind == "benefit"
        if moved and RATE_CHANGE_RE.fullmatch(between):
            # "(소득완화) 월268만원→월359만원": the line moved, per month as it was
            funding = replace(funding, kind="threshold", kind_said=True)
        if out and is_next_figure(between):
            if out[-1].kind_said and not funding.kind_said:  # 月 15천원 → 30천원: a rate still
                funding = replace(funding, kind=out[-1].kind, kind_said=True)
            elif funding.kind_said and not out[-1].kind_said:  # 29 →100억원 지원: as the later
                out[-1] = replace(out[-1], kind=funding.kind, kind_said=True)
        out.append(funding)
        boundary = funding.end
    return share_difference_kinds(prepared, share_list_thresholds(prepared, out))


# The step to a later part of the year the figure before named: "(’23.1Q) 1.8조원 → (2Q) 2.7
# → (3Q) 3.2", "(’24.上) … → (下) …".
PART_OF_YEAR_STEP_RE = regex.compile(rf"\s*\)?\s*{ARROW}\s*[(\[]\s*{PART_OF_YEAR}\s*[)\]]\s*")


def in_year_of(earlier: Funding, later: Funding) -> Funding:
    """The next figure of a series, dated by a quarter or half alone, is of the year the
    figure before it is of."""
    if later.scope_year is not None or later.period is not None or earlier.scope_year is None:
        return later
    return replace(later, scope=earlier.scope, scope_year=earlier.scope_year)


COMPARED_BEFORE_RE = regex.compile(rf"(?:{'|'.join(COMPARED_WORDS)})\s*(?:약\s*)?$")
DIFFERENCE_AFTER_RE = regex.compile(
    rf"\s*(?:[(\[][^()\[\]]{{0,12}}[)\]])?\s*(?:{'|'.join(DIFFERENCE_WORDS)})"
)


def share_difference_kinds(text: str, found: list[Funding]) -> list[Funding]:
    """A difference of two figures takes the kind of the figure before it on the line,
    where its own words said none: "전년도 목표액 2,600억원 대비 100억원 증가" is tax as the
    target is; "1,981억원 투입(전년 대비 695.6억원(54.1%) 증액)" a budget; "목표액 대비 649억원
    초과" is an excess, not a threshold."""
    out = list(found)
    for k in range(1, len(out)):
        earlier, later = out[k - 1], out[k]
        if COMPARED_BEFORE_RE.search(
            text[earlier.end : later.money.start]
        ) and DIFFERENCE_AFTER_RE.match(text[later.money.end :]):
            out[k] = replace(later, kind=earlier.kind, kind_said=earlier.kind_said)
    return out


DEAL_KINDS = ("other", "trade")  # a sale's, a contract's: what a listed floor may qualify


def share_list_thresholds(text: str, found: list[Funding]) -> list[Funding]:
    """A list of amounts whose last one is a threshold makes them all thresholds: "건설공사
    5억원 · 용역 1억원 · 물품 2천만원 이상" (each a floor, the 이상 said once), even where
    an earlier one's words name a deal ("부동산매각 5천만원 · 채무부담계약 10억원 이상": a
    sale's floor, not a sale); a property's value listed after a threshold is a limit too
    ("(연소득 1.3억, 재산 12억)")."""
    out = list(found)
    for k in range(len(out) - 1, 0, -1):
        later, earlier = out[k], out[k - 1]
        listed = LIST_GAP_RE.fullmatch(text[earlier.end : later.start])
        deal = earlier.kind in DEAL_KINDS
        if later.kind == "threshold" and listed and (deal or not earlier.kind_said):
            out[k - 1] = replace(earlier, kind="threshold", kind_said=True)
    for k in range(1, len(out)):
        earlier, later = out[k - 1], out[k]
        listed = LIST_GAP_RE.fullmatch(text[earlier.end : later.start])
        if earlier.kind == "threshold" and later.kind == "asset" and listed:
            # "기준 완화(연소득 1.3억, 재산 12억)": a property's limit, listed with an income's
            out[k] = replace(later, kind="threshold", kind_said=True)
    return out


def mark_change(earlier: Funding, later: Funding) -> Funding:
    """103억원→ 89억원: the earlier amount is superseded; a series of years is not."""
    series = earlier.period is not None and later.period is not None
    return earlier if series else replace(earlier, superseded=True)


# Who pays, written apart from the amount: "국비(7.3억)", "특교세 ’22~’23년 0.9억원", "(정부)
# 확대(스케일업) 기술개발(R&D) 3년간 12억원 지원", "3,511억원 국비 반영".
PAYER_OPENING_BRACKET_RE = regex.compile(
    rf"(?<![\p{{Hangul}}])(?P<label>{SOURCE_LABEL})\s*[(\[]\s*$"
)
PAYER_BEFORE_PERIOD_RE = regex.compile(rf"(?<![\p{{Hangul}}])(?P<label>{SOURCE_LABEL})\s*$")
PAYER_KEYWORD_RE = regex.compile(
    rf"[(\[]\s*(?P<label>{SOURCE_LABEL})\s*[)\]](?P<rest>[^→,/]{{0,40}})$"
)
PAYER_AFTER_RE = regex.compile(rf"\s+(?P<label>{SOURCE_LABEL})\s*(?:{'|'.join(PAYER_AFTER_VERBS)})")
# A payer and its verb opening the amount's bracket or its detail: "'25년도 국비 확보(48억원)",
# "보건복지부 건립비 국비 확보 ‣ 225억원", "정부 예산안('25년 25억원)", "정부(산업부) 예산(…".
PAYER_VERB_BRACKET_RE = regex.compile(
    rf"(?<![\p{{Hangul}}])(?P<label>{SOURCE_LABEL})"
    r"(?:\s*[(\[][^()\[\]\d]{1,12}[)\]])?"  # "정부(산업부) 예산(’25년 25억원)": whose, glossed
    rf"\s*(?:(?:{'|'.join(PAYER_BETWEEN_WORDS)})\s+)?"
    rf"(?:{'|'.join(PAYER_AFTER_VERBS + PAYER_BUDGET_NOUNS)})"  # "국비 사업 추진(", "시비 추가 지원("
    r"\s*(?:[(\[]|[▷▸►▶‣⇒➡])\s*$"
)
# Labels too bare to name a payer standing apart from the amount: 시 (when), 도 (also) …
BARE_LABELS = frozenset(label for label in SOURCES if len(label) == 1) | {OTHER_SOURCE, "주관"}
# A payer's budget right before the amount: "*시 예산 40백만원 별도", "국비 예산 5억원"; even a
# bare label names a payer where 예산 follows it.
PAYER_BUDGET_RE = regex.compile(rf"(?<![\p{{Hangul}}])(?P<label>{SOURCE_LABEL})\s*예\s*산\s*$")


def payer_before(before: str, period_start: int | None, first: bool = True) -> str | None:
    """A payer named before an amount other than as its label: with 예산 right before it
    (``PAYER_BUDGET_RE``: "시 예산 40백만원"), opening its bracket, before its period, or as
    the bracketed keyword of its clause; with its verb, opening the amount's bracket, or
    where it is the line's ``first`` amount before its period too (not "3,511억원 국비
    반영('24년 17개, 3,422억원 반영)", whose payer is the first amount's)."""
    budget = PAYER_BUDGET_RE.search(before)
    if budget is not None and budget["label"] != OTHER_SOURCE:
        return budget["label"]
    found = PAYER_OPENING_BRACKET_RE.search(before)
    if found is None and period_start is not None:
        found = PAYER_BEFORE_PERIOD_RE.search(before[:period_start])
    if found is None:
        found = PAYER_KEYWORD_RE.search(before)
    if found is None:
        found = PAYER_VERB_BRACKET_RE.search(before)
    if found is None and period_start is not None and first:  # "정부 예산안('25년 25억원)"
        found = PAYER_VERB_BRACKET_RE.search(before[:period_start])
    if found is None or found["label"] in BARE_LABELS:
        return None
    return found["label"]


def read_expression(text: str, money: Money, boundary: int, after_expression: bool) -> Funding:
    """The expression around one amount: its period, label, breakdown and kind."""
    before = text[boundary : money.start]
    lead = lead_of(before)
    start = money.start
    period = None
    label = None
    event_year = None  # "개최(’24, 8.9억원)": the date is the event's, its year the money's
    # (not a day's: "의결(’24.11.20. 국비 30억원)" decided the next year's budget)
    if lead is not None and lead.group(0).strip():
        if lead.groupdict().get("period"):
            found = Period.from_match(lead)
            found = replace(found, start=boundary + found.start, end=boundary + found.end)
            if not is_event_date(text, found, money):
                period = found
                start = found.start
            elif not found.has_day:
                event_year = found.start_year
        if lead["label"] and not is_loose_syllable(text, boundary + lead.start("label"), lead):
            label = lead["label"]
            start = min(start, boundary + lead.start("label"))
    apart = None  # a payer named apart from the amount says who pays, not that it is a budget
    if label is None:
        label = apart = payer_before(
            before, period.start - boundary if period else None, first=not after_expression
        )
    sources, year_share, end = breakdown_after(text, money)
    period_source = "inline" if period else None
    footnote = FOOTNOTE_BUDGET_YEAR_RE.match(text, end)
    if period is None and footnote is not None:
        period, period_source = Period.from_match(footnote), "inline"
        end = footnote.end()
    if period is None:
        period, period_end = period_after(text, money)
        if period is not None:
            period_source = "inline"
            end = max(end, period_end)
    if not sources and label is not None:
        sources = label_shares(label, money)
    elif not sources and (split := ratio_after(text, money)) is not None:
        sources, end = split[0], max(end, split[1])
    elif not sources and (
        payer := borne_by(text, money) or payer_in_bracket(text, money) or line_payer(text, money)
    ):
        # "(중기부 / ’24.~’25. / 2.4억원)", "(재난관리기금 109.6억원)": who pays it all; "-
        # (특교세) ‘…’(0.7억), ‘…’(0.8억) 추진": the payer every amount of the line has
        sources = [sole_share(payer, money)]
    prefix = clean_prefix(text[boundary:start], after_expression)
    if lead is not None and lead["word"] and not LETTER_RE.search(prefix):
        prefix = lead["word"]  # "* ’25년 이자수입 81억원 확보 예상": the word the lead holds
    if period is None:
        period = line_period(text)
        period_source = "inline" if period else None
    if period is None:
        period = period_in_name(prefix)
        period_source = "name" if period else None
    has_sources = apart is None and any(s.kind == "source" and s.source != "other" for s in sources)
    head, tail = clause_around(text, money.start, end, boundary)  # its words, period and all
    scope, scope_year = scope_of(text[boundary : money.start], tail, period, money)
    as_of = AS_OF_RE.match(text, money.end)
    if as_of is not None and scope in ("unknown", "year_budget"):
        scope, scope_year = "result", Period.from_match(as_of).start_year  # '23년 결산기준
    as_of = AS_OF_BEFORE_RE.search(text, boundary, money.start)
    if as_of is not None and scope in ("unknown", "year_budget", "target"):
        # "100억원 조성 목표(‘21.~’25. ’24년말 기준 61억)": reached by that date
        scope, scope_year = "result", Period.from_match(as_of).start_year
    budget_year = BUDGET_YEAR_AFTER_RE.match(text, money.end)
    if budget_year is not None and scope in ("unknown", "year_budget") and scope_year is None:
        scope, scope_year = "year_budget", Period.from_match(budget_year).start_year
    opened = bracket_opened(text, money)
    bracket_year = BRACKET_YEAR_RE.match(text, opened + 1) if opened is not None else None
    if bracket_year is not None and event_year is None and period is None:
        dated_in = Period.from_match(bracket_year)
        if dated_in.start_month is None:  # not an event's date ("‘24.12, … 9,327억원")
            event_year = dated_in.start_year  # the bracket's year, all its figures
    done_at = DATED_DOING_AFTER_RE.match(text, money.end)
    done = Period.from_match(done_at) if done_at is not None else None
    if done is not None and not done.spans_years and event_year is None and period is None:
        # "2,555억원 투자(‘20.10)", "4,800억원 조성(‘23.11)": the date the doing was done (not
        # a span: "1조원 조성(‘21~‘25년)")
        event_year = done.start_year
    bare = BARE_YEAR_BEFORE_RE.search(text, boundary, money.start)
    if bare is not None and event_year is None and period is None and ARROW_RE.search(text):
        # "** (19) 4.24조원 → (20) 6.57조원": a series' years, written without their quote
        event_year = expand_year(bare["yy"])
    opening = OPENING_YEAR_RE.match(text)
    # a later figure of a change is of the year said after the arrow, if any ("'24년 6개소
    # (1.55억원) → '25년 7개소(1.8억원)"), not the opening's ("'23년 364억 … → 335억 …")
    changed_at = text.rfind("→", opening.end() if opening else 0, money.start)
    dated = LINE_PERIOD_RE.match(text) or opening
    kind, kind_said = kind_of(text, money, boundary, head, tail, has_sources)
    if kind == "budget" and is_total_by_size_or_span(before, scope):
        scope = "total_cost"
    # (a target's too, where no span of its own says when: "◇ 2025년도 거래목표 : …, 5,885억원")
    dateable = scope in ("unknown", "year_budget", "result") or (scope == "target" and not period)
    if scope_year is None and dateable:
        if event_year is not None:
            scope_year = event_year
        elif dated is None:
            # "- 2024 문화체육관광부 공모사업 선정 ▹… (국비 5억원)": the year the line is labelled
            # (or the clause the amount's bracket closes: "…(40회, 166명), 2024 위드펫스타
            # 개최(10.5.~6.화명생태공원,1.5억원)")
            labelled = LABEL_YEAR_RE.match(text) or LABEL_YEAR_RE.match(
                after_last_comma(text[: bracket_opened(text, money) or 0])
            )
            if labelled is not None:
                scope_year = int(labelled["year"])
        else:
            # the entry's date, or the year the line opens with ("‘25년 … 지원 추진(4개교,
            # 18억원)"), whose money is that year's
            scope_year = Period.from_match(dated).start_year
            if opening is not None:
                # a later year of the line nearer the amount is its own ("- ’24년 … 심의(34건),
                # ’25년도 R&D예산 배분·조정(96건, 시비 688억원)")
                nearer = list(
                    YEAR_WORD_RE.finditer(text, max(opening.end(), changed_at), money.start)
                )
                if nearer:
                    scope_year = Period.from_match(nearer[-1]).start_year
                elif changed_at >= 0:
                    scope_year = None
            if opening is not None and scope_year is not None and scope == "unknown":
                scope = "year_budget"
    return Funding(
        raw=text[start:end].strip(),
        prefix=prefix,
        period=period,
        money=money,
        sources=sources,
        year_share=year_share,
        start=start,
        end=end,
        period_source=period_source,
        kind=kind,
        kind_said=kind_said,
        scope=scope,
        scope_year=scope_year,
    )


def is_total_by_size_or_span(before: str, scope: str) -> bool:
    """Whether a budget whose words left its scope open is a total cost by what stands
    before it: a site's size ("기장읍 일원 918천㎡(990억원)": what builds it, even in a
    chapter of results), or a span of years ("5년간 … 1조 9,092억원 규모"; a rate's span,
    "최대 3년간 15억원", says how long it is paid, and a rate is no budget)."""
    if scope in ("unknown", "result") and SITE_SIZE_RE.search(before):
        return True
    return scope == "unknown" and YEARS_LONG_RE.search(before) is not None


EACH_AFTER_RE = regex.compile(r"\s*씩")
# A project card's cost field: "- 사업비 : …", "ㅇ 위치/규모 : … /", "- 용 역 비 :" (not a
# budget's size: "○ 예산규모 :" is a budget field).
CARD_COST_RE = regex.compile(
    r"^[\s\-○ㅇ·•*※◇□▷▹‣⇒]*[^:：]{0,10}?"
    r"(?:사\s*업\s*비|용\s*역\s*비|공\s*사\s*비|(?<!예\s*산\s*)규\s*모)"
    r"[^:：]{0,8}[:：]"
)
# A budget field: "□ 예 산 : 925백만원(…)", "❍ 사업예산 : 60억원(…)".
SPACED_BUDGET_FIELDS = "|".join(r"\s*".join(label) for label in BUDGET_FIELD_LABELS)  # 예 산
BUDGET_FIELD_RE = regex.compile(
    rf"{LINE_OPENING}(?:{SPACED_BUDGET_FIELDS})\s*[:：]\s*$", regex.VERBOSE
)
# A project's cost field in brackets right before the amount: "ㅇ (사업비) 845억원", "(용역비)
# 15억원", "(총사업비) 400억원".
BRACKET_COST_RE = regex.compile(
    r"[(（]\s*(?:총\s*)?(?:사\s*업\s*비|용\s*역\s*비|공\s*사\s*비)\s*[)）]\s*$"
)
# A year written as one ('25년, 2024년도), not the start or end of a span ('27년까지).
ONE_YEAR = rf"{PERIOD_PATTERN}(?<=년|년도)"
SPAN_AFTER = r"까지|~|∼|부터|이후|이전"
# A line opening with one year ("- ‘25년 학교 다목적강당 건립비 지원 …"): its money's year.
# (after its keyword, if any: "- (성과) '24년 검토대상사업 4건, … 총 495억원"; or after a
# field's label: "○ 도시가스 보급 : '25년 3,200세대 (보급률 97.7%, 투자 330억원)")
OPENING_YEAR_RE = regex.compile(
    rf"{LINE_OPENING}(?:[(\[][^()\[\]\d]{{1,12}}[)\]]\s*|[^:：\d()\[\]]{{1,20}}[:：]\s*)?"
    rf"{ONE_YEAR}(?!\s*(?:{SPAN_AFTER}))",
    regex.VERBOSE,
)
# A line opening with a bare year as its label: "­ 2024 문화체육관광부 공모사업 선정 ▹ …".
LABEL_YEAR_RE = regex.compile(rf"{LINE_OPENING}(?P<year>(?:19|20)\d\d)(?=\s+\p{{Hangul}})")
# The date a stock was measured at, closing the amount's bracket (after its parts, if any).
AS_OF_RE = regex.compile(
    rf"\s*[(\[](?:[^()\[\]]*,)?\s*{PERIOD_PATTERN}\s*(?:년도|년)?\s*(?:{'|'.join(AS_OF_WORDS)})"
    r"\s*(?:기준)?\s*[)\]]",
    regex.VERBOSE,
)
# … or said right before the amount, at a year's or a month's end or now: "’24년말 기준
# 61억", "’24.12월말 현재 3조원" (not "2025년 기준 중위소득": a year's standard).
# (a clause between, with no figure of its own: "’20.12월말 기준, 간편결제 결제액 1.2조원")
AS_OF_BEFORE_RE = regex.compile(
    rf"{PERIOD_PATTERN}\s*(?:년도|년)?\s*(?:말\s*(?:기준|현재)|현재)\s*(?:,[^\d,]*)?$",
    regex.VERBOSE,
)
# The budget year an amount is of, in the bracket after it: "1조 3,333억원('25년 본예산)".
BUDGET_YEAR_AFTER_RE = regex.compile(
    rf"\s*[(\[]\s*{PERIOD_PATTERN}\s*(?:년도|년)?\s*(?:{'|'.join(BUDGET_YEAR_WORDS)})"
    r"\s*(?:기준)?\s*[)\]]",
    regex.VERBOSE,
)
# A date alone in brackets right after the one word of a doing that follows an amount.
DATED_DOING_AFTER_RE = regex.compile(
    rf"\s*\p{{Hangul}}{{1,6}}\s*[(\[]\s*{PERIOD_PATTERN}\s*[)\]]", regex.VERBOSE
)
# A two-digit year alone in brackets right before a figure of a series, a count between
# ("(19)441교/230억원/→(21)294교/149억원"); only where the line has a series' arrow.
BARE_YEAR_BEFORE_RE = regex.compile(
    r"[(\[]\s*(?P<yy>[12]\d)\s*[)\]]\s*(?:[\d,.]+\s*\p{Hangul}{1,2}\s*/\s*)?$"
)
ARROW_RE = regex.compile(ARROW)
# A year opening the bracket an amount stands in, over all its figures: "개최('24, 8.9억원,
# 200여개사, 15천명, 계약192억원)" (a year alone: a month or a day dates an event).
BRACKET_YEAR_RE = regex.compile(rf"\s*{PERIOD_PATTERN}\s*(?:년도|년)?\s*,", regex.VERBOSE)
# … anywhere in a line, not one a figure is compared with ('24년 대비)
YEAR_WORD_RE = regex.compile(rf"{ONE_YEAR}(?!\s*(?:{SPAN_AFTER}|대비))", regex.VERBOSE)
OPEN_SPAN_RE = regex.compile(r"[~∼～]|부터|누\s*적")  # a span open at one end, a running sum
UNTIL_YEAR_RE = regex.compile(rf"{PERIOD_PATTERN}\s*(?:까지|목표)", regex.VERBOSE)


def nearest_word(words: list[str], head: str, tail: str) -> int | None:
    """How far the nearest of the words stands from the amount (before it, or after it
    counted past the head), or None. A word before the amount that a doing follows names
    the programme's topic, not the money's span ("성과공유제 지원 3억원", "목표관리 시스템
    구축 5억원"); a result still ahead ("집행 예정") is none. (``scope_of`` blanks the words
    of ``NOT_SCOPE_PHRASES`` first: 안전망, 총괄.)"""
    found = [len(head) - at - len(w) for w in words if (at := scope_word_at(head, w)) >= 0]
    found += [len(head) + at for w in words if (at := tail.find(w)) >= 0]
    return min(found, default=None)


def scope_word_at(head: str, word: str) -> int:
    """The last place in the words before an amount where a scope's word says the amount's
    span (``nearest_word``), or -1."""
    at = head.rfind(word)
    while at >= 0:
        after = head[at + len(word) :]
        if not (SPENT_ON_RE.search(after) or AHEAD_RE.match(after)):
            return at
        at = head.rfind(word, 0, at)
    return -1


def scope_of(head: str, tail: str, period: Period | None, money: Money) -> tuple[str, int | None]:
    """What span an amount covers, and the one year it is for where the text says it: a
    target ('27년까지, 목표), a result (실적, 완료, 확보했), a project's total cost (총사업비,
    a period of several years), one year's money ('25년 7억원, 연 10억원), else unknown."""
    single = period.start_year if period is not None and not period.spans_years else None
    until = None
    for m in UNTIL_YEAR_RE.finditer(head):
        until = Period.from_match(m)
    head = closed_up(head)  # "○ (목 표 액) 65억원": the label's word
    head, tail = blanked(NOT_SCOPE_RE, head), blanked(NOT_SCOPE_RE, tail)  # 안전망, 총괄
    target = nearest_word(TARGET_WORDS, head, tail)
    result = nearest_word(RESULT_WORDS, head, tail)
    if until is not None and (result is None or (target is not None and target <= result)):
        return "target", until.end_year or until.start_year
    if target is not None and (result is None or target < result):
        return "target", single
    several = period is not None and period.spans_years
    if result is not None and several and not money.per_year:
        # "… 실증사업 완료 ▷ '20.~'24, 315억원": a project done, its whole cost over its years
        return "total_cost", None
    if result is not None:
        return "result", single
    if money.per_year or EACH_AFTER_RE.match(tail):
        return "year_budget", single  # 매년 2억원씩, 연 10억원: a year's money
    if CARD_COST_RE.match(head) or BRACKET_COST_RE.search(head):
        # "- 사업비 : 14,489억원", "ㅇ (사업비) 845억원": a project card's cost
        return ("total_cost", None) if single is None else ("year_budget", single)
    if BUDGET_FIELD_RE.match(head):
        return "year_budget", single
    if several:
        return "total_cost", None
    if nearest_word(TOTAL_WORDS, head, "") is not None:
        # "’25년 총재원 16,464억원": a whole of the one year said; not from a year on
        # ("‘24.2~, 총 2,520억원") nor summed up to one ("~’23, 누적 8조원")
        one_year = single is not None and not OPEN_SPAN_RE.search(head)
        return ("year_budget", single) if one_year else ("total_cost", None)
    if nearest_word(YEAR_BUDGET_WORDS, head, "") is not None:
        return "year_budget", single  # 세출 758억원: the body's budget of the year
    if single is not None or money.per_year:
        return "year_budget", single
    return "unknown", None


AFTER_EXPRESSION_RE = regex.compile(r"\)\s*,")
LETTER_RE = regex.compile(r"[\p{Hangul}A-Za-z]")
PREFIX_LEAD_RE = regex.compile(r"^[\s,)\]]+")
PREFIX_TAIL_RE = regex.compile(r"[\s(\[▷▶:,·→-]+$")


def after_last_comma(words: str) -> str:
    """The words after the last comma outside brackets, where they hold letters: the
    earlier clause ends there ("전환사채 40억원 압류, 체납액 2억원" -> " 체납액 "); else all."""
    depths = list(bracket_depths(words))
    commas = [i for i, ch in enumerate(words) if ch == "," and depths[i] == 0]
    if commas and LETTER_RE.search(words[commas[-1] + 1 :]):
        return words[commas[-1] + 1 :]
    return words


def clean_prefix(prefix: str, after_expression: bool = False) -> str:
    """The project name before an expression.

    What a ▷ introduces are details ("동행 ▷ 취약계층, 600세대, 2억원": the project is
    "동행"); after an earlier expression on the line, the name starts after its "), ",
    or its clause's last comma.
    """
    if after_expression:
        prefix = after_last_comma(AFTER_EXPRESSION_RE.split(prefix)[-1])
    head = prefix.split("▷")[0]
    if LETTER_RE.search(head):
        prefix = head
    prefix = PREFIX_LEAD_RE.sub("", prefix)
    prefix = PREFIX_TAIL_RE.sub("", prefix)
    return prefix.strip()
