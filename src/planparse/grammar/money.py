"""Money: 170억원, 73.3억원, 2,909억원, 5.6조원, 7천억원, 120백만원, 117억, 348만불 …

Amounts are exact: the figure is read as a ``Decimal`` and multiplied by the
unit, and won are returned as ``int`` only when the result is a whole number.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from planparse.grammar._labels import KRW_UNITS, USD_UNITS
from planparse.grammar._text import prepare


def unit_pattern(units: list[str]) -> str:
    """Alternatives for unit words, longest first, allowing a space or 여 ("억 원", "5억여원")."""
    parts = []
    for unit in sorted(units, key=len, reverse=True):
        chars = [regex.escape(c) for c in unit]
        if unit.endswith("원") and len(unit) > 1:
            chars[-1] = r"\s?여?\s?원"  # 1.5억 원, 100억여원
        parts.append(r"\s?".join(chars))
    return "|".join(parts)


NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
KRW_UNIT = unit_pattern([u for u in KRW_UNITS if u != "조"])
USD_UNIT = unit_pattern(list(USD_UNITS))
# Counters that make 억 a count, not money: 1억 명, 3억 톤, 8억립 (grains), 2백만미 (fry).
# A particle is still money: "5억으로", "9억을".
NOT_MONEY_AFTER = (
    r"(?!\s*(?:명|개|건|톤|세대|가구|회|장|대|㎡|kg|달러|불|립|미|패|마리|그루|본|척|두))"
)
MONEY_PATTERN = rf"""
    (?P<money>
      (?P<per_year_pre>(?:(?<![\d'\p{{Hangul}}])(?:연|년|매년)\s?)|(?<=\()연\s?)?  # 연1.8억원, 년 6.68억원
      (?:(?P<jo>{NUMBER})\s?조\s?(?=\d))?          # 1조 2,000억원
      (?P<number>{NUMBER})
      (?:\s?여)?\s?                                # 6,300여억원: about
      (?: (?P<usd>{USD_UNIT})
        | (?P<krw2>{KRW_UNIT}) (?<!억)                # 억원, 백만원 … (원 written)
        | (?P<krw>{KRW_UNIT}) (?<=억){NOT_MONEY_AFTER} )  # 117억: 원 left off, not 1억 명
      (?P<per_year_post>\s?/\s?년)?                 # 34억원/년
    )
"""
MONEY_RE = regex.compile(MONEY_PATTERN, regex.VERBOSE)


def parse_decimal(figure: str) -> Decimal | None:
    """Read '1,941' or '73.3' exactly; None if it is not a number."""
    try:
        return Decimal(figure.replace(",", ""))
    except InvalidOperation:
        return None


def unit_value(unit: str) -> tuple[str, Decimal]:
    """Return (currency, multiplier) of a unit as written ('억 원' -> KRW, 10^8)."""
    key = regex.sub(r"[\s여]", "", unit)
    if key in USD_UNITS:
        return "USD", USD_UNITS[key]
    return "KRW", KRW_UNITS[key]


@dataclass(frozen=True)
class Money:
    """An amount as written, with its exact value in the unit currency."""

    raw: str
    value: Decimal  # the figure as written, in its unit ("73.3")
    unit: str  # the unit as written without spaces ("억원")
    currency: str  # KRW or USD
    amount: Decimal  # in won or dollars
    per_year: bool
    start: int = 0
    end: int = 0

    @property
    def multiplier(self) -> Decimal:
        return unit_value(self.unit)[1]

    @property
    def amount_krw(self) -> int | None:
        """Whole won, or None for USD or a fraction of a won."""
        if self.currency != "KRW" or self.amount != self.amount.to_integral_value():
            return None
        return int(self.amount)

    @classmethod
    def from_match(cls, m: regex.Match[str]) -> Money | None:
        value = parse_decimal(m["number"])
        unit = m["usd"] or m["krw"] or m["krw2"]
        if value is None or unit is None:
            return None
        currency, multiplier = unit_value(unit)
        amount = value * multiplier
        if m["jo"]:
            jo = parse_decimal(m["jo"])
            if jo is None:
                return None
            amount += jo * KRW_UNITS["조원"]
        return cls(
            raw=m["money"].strip(),
            value=value,
            unit=regex.sub(r"\s", "", unit),
            currency=currency,
            amount=amount,
            per_year=bool(m["per_year_pre"] or m["per_year_post"]),
            start=m.start("money"),
            end=m.end("money"),
        )

    @classmethod
    def fromstring(cls, text: str) -> Money | None:
        """Return the first amount in text, or None."""
        found = find_money(text)
        return found[0] if found else None


def find_money(text: str) -> list[Money]:
    """Return every amount of money in text, in order."""
    out = []
    for m in MONEY_RE.finditer(prepare(text)):
        money = Money.from_match(m)
        if money is not None:
            out.append(money)
    return out
