"""Properties of the grammar: generated expressions in the plans' notation read back exactly."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.grammar import find_fundings

QUOTES = ["'", "’", "‘"]
TILDES = ["~", "～", "∼"]
SPACE = ["", " "]
LABELS = [
    ("국", "national"),
    ("국비", "national"),
    ("시", "city"),
    ("시비", "city"),
    ("민", "private"),
    ("민간", "private"),
    ("구·군", "district_county"),
    ("지방", "local"),
    ("자부담", "private"),
    ("모태펀드", "fund"),
    ("군", "county"),
    ("주관", "host"),
]
UNITS = [
    ("억원", Decimal(10) ** 8),
    ("백만원", Decimal(10) ** 6),
    ("억", Decimal(10) ** 8),
    ("조원", Decimal(10) ** 12),
    ("천원", Decimal(10) ** 3),
    ("만원", Decimal(10) ** 4),
]


def figure_text(value: Decimal) -> str:
    """Write a figure as the plans do: thousands separators, no trailing zeros."""
    whole, _, frac = f"{value.normalize():f}".partition(".")
    return f"{int(whole):,}" + (f".{frac}" if frac else "")


@st.composite
def periods(draw):
    start = draw(st.integers(2000, 2060))
    end = draw(st.integers(start, 2069))
    quote = draw(st.sampled_from(QUOTES))
    four = draw(st.booleans())
    month = draw(st.one_of(st.none(), st.integers(1, 12)))

    def year(y: int) -> str:
        return str(y) if four else f"{quote}{y % 100:02d}"

    text = (
        year(start)
        + (f".{month}" if month else "")
        + draw(st.sampled_from(["", "년"]) if not month else st.just(""))
    )
    single = draw(st.booleans())
    if single:
        return text, (start, month, start, month)
    tilde = draw(st.sampled_from(TILDES))
    sp = draw(st.sampled_from(SPACE))
    return f"{text}{sp}{tilde}{sp}{year(end)}", (start, month, end, None)


@st.composite
def breakdowns(draw):
    labels = draw(
        st.lists(st.sampled_from(LABELS), min_size=1, max_size=4, unique_by=lambda x: x[0])
    )
    shares = [
        draw(st.decimals(min_value=Decimal("0.1"), max_value=Decimal(5000), places=1))
        for _ in labels
    ]
    return list(zip(labels, shares, strict=True))


@given(
    periods(),
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal(99999), places=2),
    st.sampled_from(UNITS),
    st.one_of(st.none(), breakdowns()),
    st.sampled_from(SPACE),
    st.sampled_from(["(", "["]),
    st.sampled_from(["▹", "▷ ", ", ", " ▹ "]),
)
@settings(max_examples=300, deadline=None)
def test_generated_expressions_read_back_exactly(period, total, unit, shares, space, bracket, lead):
    period_text, (sy, sm, ey, em) = period
    unit_text, multiplier = unit
    text = f"추진사업{lead}{period_text}, {figure_text(total)}{unit_text}"
    if shares:
        close = ")" if bracket == "(" else "]"
        parts = f",{space}".join(f"{label}{space}{figure_text(v)}" for (label, _), v in shares)
        text += f"{bracket}{parts}{close}"
    [f] = find_fundings(text)
    assert f.money.amount == total * multiplier
    assert f.period is not None
    assert (f.period.start_year, f.period.start_month, f.period.end_year) == (sy, sm, ey)
    if shares:
        assert [(s.source, s.amount) for s in f.sources] == [
            (source, v * multiplier) for (_, source), v in shares
        ]
        assert f.sum_check == (
            "ok"
            if sum(v for _, v in shares) == total
            else "partial"
            if len(shares) == 1 and shares[0][1] < total
            else "mismatch"
        )
    else:
        assert f.sources == [] and f.sum_check == "none"


@given(st.text(max_size=200))
@settings(max_examples=500, deadline=None)
def test_never_raises_on_arbitrary_text(text):
    find_fundings(text)


@given(st.text(alphabet="0123456789.,~～’'()[]억원조만천백국시민 ▷년월계속/·-:", max_size=80))
@settings(max_examples=800, deadline=None)
def test_never_raises_on_notation_soup(text):
    for f in find_fundings(text):
        if f.money.amount is None:  # a range: its two ends, no point value
            assert f.money.low is not None and f.money.high is not None
        else:
            assert f.money.amount >= 0
        assert f.raw


@given(
    st.integers(1, 999),
    st.integers(1, 999),
    st.sampled_from([("만원", 10**4), ("천원", 10**3), ("억원", 10**8), ("백만원", 10**6)]),
    st.sampled_from(TILDES),
    st.sampled_from(SPACE),
)
@settings(max_examples=200, deadline=None)
def test_ranges_keep_both_ends_and_no_point_value(low, span, unit, tilde, space):
    unit_text, multiplier = unit
    text = f"1인당 {low}{space}{tilde}{space}{low + span}{unit_text} 지원"
    [f] = find_fundings(text)
    assert f.money.amount is None
    assert (f.money.low, f.money.high) == (low * multiplier, (low + span) * multiplier)


@given(st.integers(10, 10**13))  # "3원" alone is too likely a numbering (제3원)
@settings(max_examples=200, deadline=None)
def test_plain_won_with_separators_reads_back(value):
    [f] = find_fundings(f"매각금액 : {value:,}원")
    assert f.money.amount == value and f.money.currency == "KRW"


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal(999), places=1))
@settings(max_examples=200, deadline=None)
def test_dollars_in_korean_scale_words(value):
    [f] = find_fundings(f"수출 상담 ${figure_text(value)}억")
    assert f.money.currency == "USD" and f.money.amount == value * 10**8


@given(st.integers(1, 99), st.integers(1, 9), st.booleans())
@settings(max_examples=200, deadline=None)
def test_jo_and_cheon_eok_compounds_are_exact(jo, cheon, with_won):
    text = f"총 {jo}조 {cheon}천억{'원' if with_won else ''} 규모"
    [f] = find_fundings(text)
    assert f.money.amount == jo * 10**12 + cheon * 10**11


@given(periods(), st.decimals(min_value=Decimal("0.1"), max_value=Decimal(99999), places=1))
@settings(max_examples=300, deadline=None)
def test_a_period_after_the_amount_in_its_brackets(period, total):
    period_text, (sy, sm, ey, _em) = period
    [f] = find_fundings(f"부산시 6개사업({figure_text(total)}억원, {period_text})")
    assert f.money.amount == total * 10**8
    assert f.period is not None and f.period_source == "inline"
    assert (f.period.start_year, f.period.start_month, f.period.end_year) == (sy, sm, ey)
