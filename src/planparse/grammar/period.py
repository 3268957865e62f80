"""Periods: '24~'28, '23.~'27, '24.5~'26.12, '24~계속, '25년, ('25.2.~), 2026~2030 …

Pure functions on strings; ``Period.fromstring`` never raises.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from planparse.text import prepare

# Two-digit years: 70–99 are 19xx, 00–69 are 20xx.
CENTURY_PIVOT = 70

YEAR = r"""
    (?:'(?P<{n}yy>\d{{2}})(?!\d)          # '24 (the PDF's ’ and ‘ normalised to ')
     | (?<![\d.])(?P<{n}yyyy>(?:19|20)\d{{2}})(?!\d) )   # 2024
    (?:\s*년(?:도)?)?                     # '24년, 2024년도
"""
MONTH = r"""
    (?:\s*\.\s*(?P<{n}mm>1[0-2]|0?[1-9])(?!\d|\s*(?:Q|분기))   # .5 / . 12, not .1Q
       (?:\s*\.\s*(?P<{n}dd>[12]\d|3[01]|0?[1-9])(?!\d))?   # .18: a day, so a date
       \.?                                    # closing dot: '24.5.
     | \s*\.(?!\s*\d) )?                      # a lone dot: '23.~
    (?:\s*월)?
"""
# '25.上 / '25.하, '23.3Q / '21.1분기: a half-year or a quarter, month unknown
PART_OF_YEAR = r"(?:[上下상하](?:반기)?|[1-4]\s*(?:Q|분기))"
HALF = rf"(?:\s*\.?\s*{PART_OF_YEAR})?"

PERIOD_PATTERN = rf"""
    (?P<period>
      {YEAR.format(n="s")} {MONTH.format(n="s")} {HALF}        # start
      (?:\s*[~∼～-]\s*                                         # range
         (?: (?P<ongoing>계속|현재)
           | {YEAR.format(n="e")} {MONTH.format(n="e")} {HALF} # end year, maybe month
           | (?P<ebare>[1-9]\d)(?=\s*\.\s*\d)(?<!1[0-2](?=\s*\.)) {MONTH.format(n="b")}  # ~24.12.: year without its quote
           | (?P<emm>1[0-2]|0?[1-9])\s*\.(?:\s*\d{{1,2}}\s*\.?)?(?!\d)  # end month only: ~3.8.
           | (?P<eq>[1-4])\s*(?:Q|분기)                             # end quarter only: '21.1Q~3Q
           )?
      )?
    )
"""
# A period closing a name: 스마트시티 랩 실증단지 조성('22. ~'25.)
NAME_PERIOD_RE = regex.compile(rf"[(\[]\s*{PERIOD_PATTERN}\s*[)\]]\s*$", regex.VERBOSE)

RANGE_MARK_RE = regex.compile(r"[~∼～-]")
PERIOD_RE = regex.compile(PERIOD_PATTERN, regex.VERBOSE)


def expand_year(two_or_four: str | int) -> int:
    """Turn '24, 24 or 2024 into 2024 ('99 is 1999): the one rule for two-digit years."""
    value = int(two_or_four)
    if value >= 100:
        return value
    return (1900 if value >= CENTURY_PIVOT else 2000) + value


@dataclass(frozen=True)
class Period:
    """A period as written: start year (and month), end year (and month) or ongoing."""

    raw: str
    start_year: int | None
    start_month: int | None
    end_year: int | None
    end_month: int | None
    ongoing: bool
    open_end: bool  # written with a range mark and no end: ('25.2.~)
    ranged: bool = False  # written with a range mark: '24.3.6~3.8 is a range of days
    has_day: bool = False  # '24.11.20.: a date of an event, not a funding period
    start: int = 0
    end: int = 0

    @property
    def spans_years(self) -> bool:
        """More than one year, or running on ('20.~'24, '24~계속): the span of a total, not
        one year's (an open end, '25~, says no more than its start)."""
        return self.start_year is not None and (
            self.ongoing or (self.end_year or self.start_year) != self.start_year
        )

    @property
    def is_point(self) -> bool:
        """A single year or month ('25년, '24.7.), not a range."""
        return (
            not self.ongoing
            and not self.open_end
            and ((self.start_year, self.start_month) == (self.end_year, self.end_month))
        )

    @classmethod
    def from_match(cls, m: regex.Match[str]) -> Period:
        start = m["syy"] or m["syyyy"]
        end = m["eyy"] or m["eyyyy"] or m["ebare"]
        start_year = expand_year(start)
        start_month = int(m["smm"]) if m["smm"] else None
        ranged = RANGE_MARK_RE.search(m["period"][len(start) :]) is not None
        end_year = expand_year(end) if end else None
        end_month = int(m["emm"] or m["bmm"]) if (m["emm"] or m["bmm"]) else None
        if (m["emm"] or m["eq"]) and not (m["eyy"] or m["eyyyy"] or m["ebare"]):
            end_year = start_year  # '24.3.6.~3.8., '21.1Q~3Q: the end is in the start's year
        ongoing = m["ongoing"] is not None
        if not ranged:
            end_year, end_month = start_year, start_month  # a single year or month
        return cls(
            raw=m["period"].strip(),
            start_year=start_year,
            start_month=start_month,
            end_year=end_year,
            end_month=end_month,
            ongoing=ongoing,
            open_end=ranged and not ongoing and end_year is None,
            ranged=ranged,
            has_day=bool(m["sdd"]) and not ranged,
            start=m.start("period"),
            end=m.end("period"),
        )

    @classmethod
    def fromstring(cls, text: str) -> Period | None:
        """Return the first period in text, or None."""
        found = find_periods(text)
        return found[0] if found else None


def find_periods(text: str) -> list[Period]:
    """Return every period in text, in order."""
    return [Period.from_match(m) for m in PERIOD_RE.finditer(prepare(text))]
