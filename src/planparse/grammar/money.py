"""Money: 170억원, 73.3억원, 2,909억원, 5.6조원, 1조 2천억, 120백만원, 117억, 348만불, $38억,
36,785,976,400원, 30∼50만원 …

Amounts are exact: the figure is read as a ``Decimal`` and multiplied by the
unit; ``whole_won`` turns a Decimal into an ``int`` only when it is a whole number.
A range (``30∼50만원``) keeps its low and high ends and has no point amount.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex

from planparse.notation.money import (
    BARE_WON_NOT_BEFORE,
    COUNTERS,
    DOLLAR,
    EOK_WON,
    HEDGED_WON_PATTERN,
    HUNDREDS,
    JO_WON,
    KRW_UNITS,
    RANGE_BOUNDS,
    RANGE_LOW_LEADING,
    RANGE_LOW_SCALES,
    USD_UNITS,
    WON,
)
from planparse.text import prepare, unspaced


def whole_won(amount: Decimal | None) -> int | None:
    """An exact amount as an int, or None when absent or not a whole number (0.5원)."""
    if amount is None or amount != amount.to_integral_value():
        return None
    return int(amount)


def unit_pattern(units: list[str]) -> str:
    """Alternatives for unit words, longest first, allowing a space or 여 ("억 원", "5억여원")."""
    parts = []
    for unit in sorted(units, key=len, reverse=True):
        chars = [regex.escape(c) for c in unit]
        if unit.endswith(WON) and len(unit) > 1:
            chars[-1] = HEDGED_WON_PATTERN  # 1.5억 원, 100억여원
        parts.append(r"\s?".join(chars))
    return "|".join(parts)


NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Units with a scale word (억원, 백만원, 억 …); plain 원 and the 조 of a compound are apart.
SCALED_KRW = [u for u in KRW_UNITS if u not in ("원", "조")]
KRW_UNIT = unit_pattern([*SCALED_KRW, "원"])  # for breakdown parts, which carry their own unit
SCALED_KRW_UNIT = unit_pattern(SCALED_KRW)
USD_UNIT = unit_pattern(list(USD_UNITS))
LOW_SCALE = "|".join(sorted(RANGE_LOW_SCALES, key=len, reverse=True))
RANGE_LOW_BOUND = "|".join(RANGE_BOUNDS[0])
RANGE_HIGH_BOUND = "|".join(RANGE_BOUNDS[1])
NOT_A_COUNT = (
    rf"(?!\s*(?:{'|'.join(COUNTERS)}))"
    # nor one whose figure goes on to a counter or a foreign currency (COUNTERS holds them):
    # 2억 2,500만명, 1억 8,000만 유로
    rf"(?!\s*\d[\d,.]*\s*(?:천|백|만|천만|백만)*\s*(?:{'|'.join(COUNTERS)}))"
)
# The first digit of an amount never continues a number or a year written with ' ('26,176억원),
# nor numbers an article of a law or an ordinal (제13조, 제3전시장: 제 opening a word; not
# the 제 ending one, "부산국제영화제 20억원", "과제 3억원"),
# nor the hundreds of a numeral whose thousands stand before it ("9천8백억 원": never 8백억).
FIGURE_START = r"(?<![\d'])(?<!(?<!\p{Hangul})제\s?)(?<!\d\s?[천백십]\s?)"
# A numeral's thousands before its hundreds: "9천8백억 원", "1천2백만원" (one numeral, read by
# ``thousands_of``).
THOUSANDS = r"(?:(?P<thousands>\d)\s?천\s?(?=\d\s?백))?"
MONEY_PATTERN = rf"""
    (?P<money>
      (?P<per_year_pre>(?:(?<![\d'\p{{Hangul}}])(?:연|년|매년)\s?)|(?<=\()연\s?)?  # 연1.8억원, 년 6.68억원
      (?P<dollar>(?:US\s?)?\$\s?)?                 # $38억: US dollars
      {FIGURE_START}
      (?:(?P<low>{NUMBER})\s?                      # 30~50만원: a range's low end
         (?:(?P<low_unit>{SCALED_KRW_UNIT}|{USD_UNIT})
           |(?P<low_scale>{LOW_SCALE}))?\s?           # 3억~5억원; 300만~500만원, 3천~5천만원
         (?:~|(?<=[원러불]\s?)(?P<at_least>{RANGE_LOW_BOUND}))\s?)?  # 200억원이상 500억원 미만
      (?:(?P<jo>{NUMBER})\s?조\s?(?=\d))?          # 1조 2,000억원, 1조 2천억
      (?:(?P<eok>{NUMBER})\s?억\s?                  # 4억6천만원, 3억 5,000만원: one amount
         (?=[\d,.]+\s?(?:천만|백만|만|천)?\s?원))?
      {THOUSANDS}                                  # 9천8백억 원, 1천2백만원: one numeral
      (?P<number>{NUMBER})
      (?:\s?여)?\s?                                # 6,300여억원: about
      (?: (?P<usd>{USD_UNIT})
        | (?P<krw2>{SCALED_KRW_UNIT}) (?<!억)          # 억원, 백만원 … (원 written)
        | (?P<krw>{SCALED_KRW_UNIT}) (?<=억){NOT_A_COUNT}  # 117억, 2천억: 원 left off, not 1억 명
        | (?P<won>원)(?!{BARE_WON_NOT_BEFORE})        # 36,785,976,400원, not 3원칙
        | (?P<jo_unit>조)(?=\s*(?:규모|▷)) )          # 약1조 ▸민간8,000억: 원 left off
      (?P<per_year_post>\s?/\s?년)?                 # 34억원/년
      (?(at_least)(?=\s?(?:{RANGE_HIGH_BOUND})))     # … 이상 … 미만: a bounded range only
    )
"""
MONEY_RE = regex.compile(MONEY_PATTERN, regex.VERBOSE)


def thousands_of(figure: str, unit: str, multiplier: Decimal) -> Decimal | None:
    """What a numeral's thousands add to its hundreds ("9천" of "9천8백억": 9 × 천억), from the
    hundreds' unit as written and its multiplier; None where the unit is no hundreds."""
    if not unspaced(unit).startswith(HUNDREDS):
        return None
    return int(figure) * multiplier * 10


def low_scale_multiplier(scale: str, high_unit: str, dollars: bool = False) -> Decimal | None:
    """The multiplier of a range's low end written with a scale word only, from the unit of
    its high end: "300만~500만원" 10^4 (원 shared), "3천~5천만원" 10^7 (천 for 천만원's
    천, 만원 shared); None where the high end's unit does not say what the word stands for."""
    rest = high_unit.lstrip("$")
    if scale in RANGE_LOW_LEADING:
        if not rest.startswith(RANGE_LOW_LEADING) or len(rest) < 2:
            return None
        shared = rest[1:]
    elif rest.endswith(WON):
        shared = WON  # "300만~500만원", "5천만~1억원"
    elif rest in USD_UNITS:
        shared = DOLLAR  # "100만~500만달러"
    else:
        return None
    try:
        return RANGE_LOW_SCALES[scale] * unit_value(shared, dollars=dollars)[1]
    except KeyError:
        return None


def parse_decimal(figure: str) -> Decimal | None:
    """Read '1,941' or '73.3' exactly; None if it is not a number."""
    try:
        return Decimal(figure.replace(",", ""))
    except InvalidOperation:
        return None


UNIT_FILLER_RE = regex.compile(r"[\s여]")


def unit_value(unit: str, dollars: bool = False) -> tuple[str, Decimal]:
    """Return (currency, multiplier) of a unit as written ('억 원' -> KRW, 10^8).

    With ``dollars`` ($38억) a Korean scale word counts dollars.
    """
    key = UNIT_FILLER_RE.sub("", unit)
    if key in USD_UNITS:
        return "USD", USD_UNITS[key]
    if dollars:
        return "USD", KRW_UNITS.get(key + WON, KRW_UNITS.get(key, Decimal(1)))
    return "KRW", KRW_UNITS[key]


@dataclass(frozen=True)
class Money:
    """An amount as written, with its exact value in the unit currency.

    A range keeps ``low`` and ``amount`` is None (the high end is ``high``).
    """

    raw: str
    value: Decimal  # the figure as written, in its unit ("73.3"); a range's high end
    unit: str  # the unit as written without spaces ("억원")
    currency: str  # KRW or USD
    amount: Decimal | None  # in won or dollars; None for a range
    per_year: bool
    start: int = 0
    end: int = 0
    low: Decimal | None = None  # a range's ends, in won or dollars
    high: Decimal | None = None
    multiplier: Decimal = Decimal(1)  # of the unit: what a bare figure in a breakdown means

    @property
    def is_range(self) -> bool:
        return self.low is not None

    @property
    def amount_krw(self) -> int | None:
        """Whole won, or None for USD, a range or a fraction of a won."""
        return whole_won(self.amount) if self.currency == "KRW" else None

    @classmethod
    def from_match(cls, m: regex.Match[str]) -> Money | None:
        value = parse_decimal(m["number"])
        unit = m["usd"] or m["krw"] or m["krw2"] or m["won"] or m["jo_unit"]
        if value is None or unit is None:
            return None
        if m["won"] and "," not in m["number"] and value < 10:
            return None  # "3원" is too likely a numbering ("제3원") to be money
        currency, multiplier = unit_value(unit, dollars=bool(m["dollar"]))
        amount = value * multiplier
        if m["thousands"]:
            thousands = thousands_of(m["thousands"], unit, multiplier)
            if thousands is None or currency != "KRW":
                return None
            amount += thousands
        for part, scale in (("jo", KRW_UNITS[JO_WON]), ("eok", KRW_UNITS[EOK_WON])):
            if m[part]:
                figure = parse_decimal(m[part])
                if figure is None or currency != "KRW":
                    return None
                amount += figure * scale
        low = high = None
        if m["low"]:
            low_figure = parse_decimal(m["low"])
            if low_figure is None:
                return None
            if m["low_unit"]:
                low_multiplier = unit_value(m["low_unit"], dollars=bool(m["dollar"]))[1]
            elif m["low_scale"]:
                scaled = low_scale_multiplier(
                    m["low_scale"], unspaced(unit), dollars=bool(m["dollar"])
                )
                if scaled is None:
                    return None  # "3천~5억원": which 천 is not said
                low_multiplier = scaled
            else:
                low_multiplier = multiplier
            low, high = low_figure * low_multiplier, amount
        return cls(
            raw=m["money"].strip(),
            value=value,
            unit=("$" if m["dollar"] else "") + unspaced(unit),
            currency=currency,
            amount=None if low is not None else amount,
            per_year=bool(m["per_year_pre"] or m["per_year_post"]),
            start=m.start("money"),
            end=m.end("money"),
            low=low,
            high=high,
            multiplier=multiplier,
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
