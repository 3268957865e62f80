"""The funding grammar: periods, money and funding expressions, as pure functions on text.

Imports nothing from pdfplumber, pandas or pyarrow; never raises on messy text.
"""

from planparse.grammar.funding import Funding, SourceShare, find_fundings
from planparse.grammar.money import Money, find_money
from planparse.grammar.period import Period, find_periods

__all__ = [
    "Funding",
    "Money",
    "Period",
    "SourceShare",
    "find_fundings",
    "find_money",
    "find_periods",
]
