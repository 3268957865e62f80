"""Funding expressions: an optional period, an amount, an optional breakdown by source.

    ▷ '24~'28, 170억원(국105, 시50, 민15)
    ('24.~'26.) 3년간 30억원
    총사업비 : 200억원(국비 100, 시비 100)
    36억원[국 23,시 2.7, 민 10, 홍보지원금 0.3.(BTO)]
    48억원('25년 7억원)

``find_fundings`` returns every expression on a line; it never raises, and it
never changes a figure: a breakdown that does not add up is kept as written
and marked ``sum_check = "mismatch"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import regex

from planparse.grammar._labels import SOURCES
from planparse.grammar._text import prepare
from planparse.grammar.money import (
    KRW_UNIT,
    NUMBER,
    USD_UNIT,
    Money,
    find_money,
    parse_decimal,
    unit_value,
)
from planparse.grammar.period import PERIOD_PATTERN, Period

# What may stand between a period and its amount: ") ", ", ", " : ", "3년간 ", "총 ", "국비 ".
LEAD_TAIL = rf"""
    \)?\s*(?:\([^()'~]{{0,12}}\))?\s*[,:/]?\s*     # ) / (3일간)
    (?:[^,/▷()\[\]'~:]{{1,16}}[,/]\s*){{0,2}}?        # '25년 10개사, 4억원: counts between
    (?:(?:약|총|총사업비|사업비|예산)\s*:?\s*)?   # 총 / 총사업비 :
    (?:\d+\s*(?:년|개월)간\s*)?                 # 3년간
    (?:(?<![\p{{Hangul}}\w])                    # a whole word: not the 기금 of 재난관리기금
       (?P<label>{"|".join(sorted(map(regex.escape, SOURCES), key=len, reverse=True))}))?  # 국비 30억원
    \s*$
"""
# Tried first: a period, then what may stand before the amount. Without it, the
# leftmost match could start before the period and read it as filler.
LEAD_WITH_PERIOD_RE = regex.compile(PERIOD_PATTERN + LEAD_TAIL, regex.VERBOSE)
LEAD_RE = regex.compile(LEAD_TAIL, regex.VERBOSE)

# One part of a breakdown: "국105", "국비 800억원", "홍보지원금 0.3.(BTO)", "민".
PART_RE = regex.compile(
    rf"""^\s*
    (?P<label>[^\d\s,()\[\]][^\d,()\[\]]*?)?    # 국 / 모태펀드 / 구·군
    \s*(?:(?P<jo>{NUMBER})\s?조\s?(?=\d))?       # 15조 6,995억원
    \s*(?P<number>{NUMBER})?                    # 105
    \s*(?P<unit>{USD_UNIT}|{KRW_UNIT}|%)?       # 억원 (a part may carry its own unit), or 30%
    \s*\.?\s*(?P<note>\(.*\))?                  # (BTO)
    \s*$""",
    regex.VERBOSE,
)
# A comma that separates parts, not one inside a figure ("1,386").
PART_SPLIT_RE = regex.compile(r",(?!\d{3}(?!\d))")
EACH_RE = regex.compile(r"^(?P<labels>[^\s·]+(?:·[^\s·]+)+)\s*각$")  # 부·울·경 각1: 1 each
YEAR_SHARE_RE = regex.compile(rf"^\s*{PERIOD_PATTERN}\s*,?\s*(?P<rest>.*)$", regex.VERBOSE)


@dataclass(frozen=True)
class SourceShare:
    """One source's share of a funding: 국105 -> national, 105억원."""

    ordinal: int
    source_raw: str
    source: str
    raw: str
    amount: Decimal | None  # in won or dollars, None when the part gives no figure

    @property
    def amount_krw(self) -> int | None:
        if self.amount is None or self.amount != self.amount.to_integral_value():
            return None
        return int(self.amount)


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

    @property
    def sum_check(self) -> str:
        """ok, mismatch, partial (some shares unstated) or none (no breakdown)."""
        if not self.sources:
            return "none"
        amounts = [s.amount for s in self.sources if s.amount is not None]
        if len(amounts) < len(self.sources):
            return "ok" if len(self.sources) == 1 else "partial"
        total = sum(amounts, Decimal(0))
        if total == self.money.amount:
            return "ok"
        if len(amounts) == 1 and total < self.money.amount:
            return "partial"
        return "mismatch"

    @property
    def sources_total(self) -> Decimal | None:
        amounts = [s.amount for s in self.sources if s.amount is not None]
        return sum(amounts, Decimal(0)) if amounts else None

    @classmethod
    def fromstring(cls, text: str) -> Funding | None:
        """Return the first funding expression in text, or None."""
        found = find_fundings(text)
        return found[0] if found else None


def canonical_source(label: str) -> str:
    """국비 -> national; "자부담 등" -> private; an unknown label -> other."""
    key = regex.sub(r"\s+", "", regex.sub(r"\s*(?:등|외)$", "", label))
    return SOURCES.get(key, "other")


def closing_bracket(text: str, start: int) -> int | None:
    """Given text[start] is ( or [, return the index of its matching closer, or None."""
    pairs = {"(": ")", "[": "]"}
    stack = []
    for i in range(start, len(text)):
        ch = text[i]
        if ch in pairs:
            stack.append(pairs[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
            if not stack:
                return i
        elif ch in ")]":
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


def parse_breakdown(
    content: str, total: Money
) -> tuple[list[SourceShare], tuple[Period, Money] | None]:
    """Read a bracket after an amount: source shares, or a year's share, or nothing."""
    year = YEAR_SHARE_RE.match(content)
    if year is not None:
        period = Period.from_match(year)
        own = find_money(year["rest"])
        if own and year["rest"].strip().startswith(own[0].raw.split()[0][:1]):
            return [], (period, own[0])
        return [], None
    shares: list[SourceShare] = []
    for part in split_parts(content):
        m = PART_RE.match(part)
        if m is None or not m["label"]:
            return [], None
        label = m["label"].strip()
        if label.startswith("전액"):  # (전액시비): the whole amount from one source
            label = label[2:].strip()
        amount: Decimal | None = None
        if m["number"]:
            figure = parse_decimal(m["number"])
            if figure is None:
                return [], None
            if m["unit"] == "%":  # (국 30%, 시 70%): a share of the total
                amount = total.amount * figure / 100
            else:
                multiplier = unit_value(m["unit"])[1] if m["unit"] else total.multiplier
                amount = figure * multiplier
                jo = parse_decimal(m["jo"]) if m["jo"] else None
                if jo is not None:
                    amount += jo * unit_value("조원")[1]
        each = EACH_RE.match(label)
        labels = each["labels"].split("·") if each else [regex.sub(r"\s+", " ", label)]
        for one in labels:
            shares.append(
                SourceShare(len(shares) + 1, one, canonical_source(one), part.strip(), amount)
            )
    known = [s for s in shares if s.source != "other" or s.source_raw in SOURCES]  # 기타 counts
    with_figures = [s for s in shares if s.amount is not None]
    if len(shares) == 1 and not with_figures:
        # (민) / (국비): one known source is the whole amount; (주력일반) is only a note
        if not known:
            return [], None
        only = shares[0]
        return [SourceShare(1, only.source_raw, only.source, only.raw, total.amount)], None
    if not with_figures:
        return [], None  # (주력일반, 혁신선도): notes, not shares
    if not known and len(with_figures) < max(len(shares), 2):
        return [], None  # (5개 과제): a count beside the amount, not shares
    if not known:
        # Shares by use or budget (임대료 184, 운영비 159) count only when they add up to the
        # total; (참여자 5만원, 기업 10만원) beside "최대 10만원" are alternatives, not shares.
        parts_total = sum((s.amount for s in with_figures if s.amount is not None), Decimal(0))
        if parts_total != total.amount:
            return [], None
    return shares, None


def find_fundings(text: str) -> list[Funding]:
    """Return every funding expression in a line of text, in order."""
    prepared = prepare(text)
    out: list[Funding] = []
    boundary = 0
    for money in find_money(prepared):
        if money.start < boundary:
            continue  # inside the previous expression's breakdown
        before = prepared[boundary : money.start]
        lead = LEAD_WITH_PERIOD_RE.search(before) or LEAD_RE.search(before)
        start = money.start
        period = None
        label = None
        if lead is not None and lead.group(0).strip():
            if lead.groupdict().get("period"):
                period = Period.from_match(lead)
                start = boundary + lead.start("period")
            if lead["label"]:
                label = lead["label"]
                start = min(start, boundary + lead.start("label"))
        end = money.end
        sources: list[SourceShare] = []
        year_share = None
        after = regex.match(r"\s*[(\[]", prepared[end:])
        if after is not None:
            open_at = end + after.end() - 1
            close_at = closing_bracket(prepared, open_at)
            if close_at is not None:
                sources, year_share = parse_breakdown(prepared[open_at + 1 : close_at], money)
                if sources or year_share:
                    end = close_at + 1
        if not sources and label is not None:
            sources = [SourceShare(1, label, canonical_source(label), label, money.amount)]
        prefix = prepared[boundary:start]
        out.append(
            Funding(
                raw=prepared[start:end].strip(),
                prefix=clean_prefix(prefix, after_expression=boundary > 0),
                period=period,
                money=money,
                sources=sources,
                year_share=year_share,
                start=start,
                end=end,
            )
        )
        boundary = end
    return out


def clean_prefix(prefix: str, after_expression: bool = False) -> str:
    """The project name before an expression.

    What a ▷ introduces are details ("동행 ▷ 취약계층, 600세대, 2억원": the project is
    "동행"); after an earlier expression on the line, the name starts after its "), ".
    """
    if after_expression:
        prefix = regex.split(r"\)\s*,", prefix)[-1]
    head = regex.split(r"▷", prefix)[0]
    if regex.search(r"[\p{Hangul}A-Za-z]", head):
        prefix = head
    prefix = regex.sub(r"^[\s,)\]]+", "", prefix)
    prefix = regex.sub(r"[\s(\[▷▶:,·→-]+$", "", prefix)
    return prefix.strip()
