"""The funding grammar by class of expression: real lines from the Busan 2025 plans.

One table per class named in the money issue (figures glued to years, plain 원,
changes and series, ranges, dollars, 조 compounds, event dates, periods after the
amount or in the name, breakdowns by source or by use, lists after the total,
money kinds). Each line is as the PDF prints it; the expected records were read
from the PDF by hand. Amounts are whole won (or dollars) written out in full.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from planparse.grammar import find_fundings, find_money
from tests.conftest import line_id

EOK = 10**8  # 억
JO = 10**12  # 조


@dataclass
class R:
    """An expected record: amount (None for a range), period, parts, and the other fields."""

    amount: int | None
    period: tuple | None = None  # (start_year, start_month, end_year, end_month)
    parts: tuple = ()  # ((label, source, kind, amount or None), …)
    check: str | None = None
    period_source: str | None = None
    low_high: tuple | None = None
    currency: str = "KRW"
    superseded: bool = False
    year_share: tuple | None = None  # (year, amount)
    kind: str | None = None  # money kind, checked when given


def check(line: str, expected: list[R]) -> None:
    got = find_fundings(line)
    assert [f.money.amount for f in got] == [
        None if e.amount is None else Decimal(e.amount) for e in expected
    ], [f.raw for f in got]
    for f, e in zip(got, expected, strict=True):
        p = f.period
        got_period = (p.start_year, p.start_month, p.end_year, p.end_month) if p else None
        assert got_period == e.period, f.raw
        assert f.period_source == (e.period_source if e.period else None), f.raw
        assert f.money.currency == e.currency
        assert (f.money.low, f.money.high) == (e.low_high or (None, None))
        parts = [(s.source_raw, s.source, s.kind, s.amount) for s in f.sources]
        assert parts == [
            (label, source, kind, None if a is None else Decimal(a))
            for label, source, kind, a in e.parts
        ], f.raw
        if e.check is not None:
            assert f.sum_check == e.check, f.raw
        assert f.superseded == e.superseded, f.raw
        share = (f.year_share[0].start_year, f.year_share[1].amount) if f.year_share else None
        assert share == (None if e.year_share is None else (e.year_share[0], e.year_share[1]))
        if e.kind is not None:
            assert f.kind == e.kind, f.raw


NUMBERS_AND_UNITS = [
    # a year written with ' is never the first digits of a figure (not 26,176억원)
    (
        "기업 맞춤형 부산정보산업인력 육성 ▹ ’21.~’26,176억원(’25년 27억원, 250명)",
        [
            R(
                176 * EOK,
                (2021, None, 2026, None),
                period_source="inline",
                year_share=(2025, 27 * EOK),
            )
        ],
    ),
    ("매각금액 : 36,785,976,400원 * 계약일 '24.11.29.", [R(36_785_976_400, kind="other")]),
    ("이용료 ▸100원 할인", [R(100)]),
    # a change: the earlier amount is superseded by the later
    (
        "부지 분할(380-17번지 일원→ 380-32번지), 부지매입비 확정(103억원→ 89억원)",
        [R(103 * EOK, superseded=True), R(89 * EOK)],
    ),
    # a series: one record per year, none superseded
    (
        "(’22년) 559억원→ (’23년) 683억원→ (’24년) 798억원→ (’25년) 1,289억원",
        [
            R(559 * EOK, (2022, None, 2022, None), period_source="inline"),
            R(683 * EOK, (2023, None, 2023, None), period_source="inline"),
            R(798 * EOK, (2024, None, 2024, None), period_source="inline"),
            R(1289 * EOK, (2025, None, 2025, None), period_source="inline"),
        ],
    ),
    # ranges keep both ends and no point amount
    (
        "사회적 배려 대상자 요금할인(동절기 18~148천원, 비동절기 2.5~10천원) ▷ 17만세대, 60억원(민)",
        [
            R(None, low_high=(18_000, 148_000)),
            R(None, low_high=(2_500, 10_000)),
            R(60 * EOK, parts=(("민", "private", "source", 60 * EOK),), check="ok"),
        ],
    ),
    ("청년 1인당 30∼50만원 지원", [R(None, low_high=(300_000, 500_000), kind="benefit")]),
    # $38억 is 3.8 billion US dollars
    (
        "(제11회 개최실적) 국내·외 123개 업체 참가, 22,819명 참관, $38억 수출 상담",
        [R(38 * EOK, currency="USD", kind="trade")],
    ),
    # 조 and 천억 compounds are exact
    (
        "총사업비 : 약 6조원(공공 1조 2천억, 민간 4조 8천억)",
        [
            R(
                6 * JO,
                parts=(
                    ("공공", "public", "source", 12 * 10**11),
                    ("민간", "private", "source", 48 * 10**11),
                ),
                check="ok",
            )
        ],
    ),
    (
        "◇ 외국자본 4조 5천억원 유치로 글로벌 중심도시로서의 위상 강화",
        [R(45 * 10**11, kind="investment")],
    ),
    # a word ending in 제 before the figure is no ordinal's 제 (mss-2021 p4: "상생결제 500조원")
    ("- 대기업과 중소기업 간 상생결제 500조원 돌파", [R(500 * 10**12, kind="other")]),
    ("○ 부산국제영화제 20억원", [R(20 * EOK)]),
    # two payers named together before the amount: both, their shares unstated (as after it,
    # "(국·시비)"); not the city's alone
    (
        "- 국·시비 100억원 확보",
        [
            R(
                100 * EOK,
                parts=(("국비", "national", "source", None), ("시비", "city", "source", None)),
            )
        ],
    ),
]

NOT_MONEY = [
    "토지분양* 주체 해수부(BPA)와 적극 소통 「외국인 투자 촉진법」제13조의 3 에 따른 수의계약",
    "지방재정법 제13조 규모",  # an article, however 조 is followed
    "공정한 3원칙 준수",
    "세계 인구 1억 명 돌파",
]

PERIODS = [
    # a day is the date of an event, not a funding period
    (
        "➥국회 '25년 예결위 의결('24.11.20. 국비 30억원)되었으나 증액 심의 불발로 신규 예산안 반영 안됨",
        [R(30 * EOK, parts=(("국비", "national", "source", 30 * EOK),))],
    ),
    # the month of a selection (선정) or an opening (개소) likewise
    (
        "(공모선정, '24.7) 특성화대학(부경대,136억원), 부트캠프(동서대, 77억원)",
        [R(136 * EOK), R(77 * EOK)],
    ),
    (
        "외국인근로자지원센터 개소('24.5., 4억원), 부산글로벌센터(3.3억원)",
        [R(4 * EOK), R(33 * 10**7)],
    ),
    # the date opening a timeline entry is an event's date; a range opening it is a period
    (
        "- '24. 6. : 지방비 10억(시비 5억, 구비 5억) 확보",
        [
            R(
                10 * EOK,
                parts=(
                    ("시비", "city", "source", 5 * EOK),
                    ("구비", "district", "source", 5 * EOK),
                ),
            )
        ],
    ),
    (
        "○ '19.12.~'21. 8. : 경부선 철도지하화 등 시설효율화 연구용역 시행 ▸ 국비 35억원",
        [
            R(
                35 * EOK,
                (2019, 12, 2021, 8),
                (("국비", "national", "source", 35 * EOK),),
                "ok",
                "inline",
            )
        ],
    ),
    # a period after the amount in the same brackets
    (
        "(남부권 광역관광개발) ▸부산시 6개사업(1,585억원, '24.~'30.)",
        [R(1585 * EOK, (2024, None, 2030, None), period_source="inline")],
    ),
    # a range in the project's name
    (
        "스마트시티 랩 실증단지 조성('22. ~'25.) ▷ 336억원(국 181, 시 155)",
        [
            R(
                336 * EOK,
                (2022, None, 2025, None),
                (("국", "national", "source", 181 * EOK), ("시", "city", "source", 155 * EOK)),
                "ok",
                "name",
            )
        ],
    ),
    # a year labelling the line
    (
        "(’24년 실적) 7개 분야 43개 과제, 202억원",
        [R(202 * EOK, (2024, None, 2024, None), period_source="inline")],
    ),
    # a footnote naming the amount's year
    (
        "1,680억원 (국1,400, 시280) * 2025년 1차년도 예산",
        [
            R(
                1680 * EOK,
                (2025, None, 2025, None),
                (("국", "national", "source", 1400 * EOK), ("시", "city", "source", 280 * EOK)),
                "ok",
                "inline",
            )
        ],
    ),
    (
        "- (용역기간) '24.11. ~ '26.11. (용역비) 10억원 * 2024년도 5억원",
        [R(10 * EOK, (2024, 11, 2026, 11), period_source="inline", year_share=(2024, 5 * EOK))],
    ),
]

BREAKDOWNS = [
    # uses, not sources: they count only when they add up to the total
    (
        "- 사업비 : 44,241억원(토지매입 6,418, 건축 37,375, 기타 448)",
        [
            R(
                44241 * EOK,
                parts=(
                    ("토지매입", "other", "use", 6418 * EOK),
                    ("건축", "other", "use", 37375 * EOK),
                    ("기타", "other", "use", 448 * EOK),
                ),
                check="ok",
                kind="budget",
            )
        ],
    ),
    (
        "총사업비 : 5.6조원*(스마트서비스 구축·운영 2.1조원, 선도지구 조성 3.5조원)",
        [
            R(
                56 * 10**11,
                parts=(
                    ("스마트서비스 구축·운영", "other", "use", 21 * 10**11),
                    ("선도지구 조성", "other", "use", 35 * 10**11),
                ),
                check="ok",
            )
        ],
    ),
    (
        "923,353천원(용역 709,581, 조달구매 120,689, 감리 93,083)",
        [
            R(
                923_353_000,
                parts=(
                    ("용역", "other", "use", 709_581_000),
                    ("조달구매", "other", "use", 120_689_000),
                    ("감리", "other", "use", 93_083_000),
                ),
                check="ok",
            )
        ],
    ),
    # parts with their own units, 등, a footnote mark and a note
    (
        "예 산 : 36억원[시 2.7억, 국비 등 23억*, 민자 10억(벡스코), BTO 0.3억]",
        [
            R(
                36 * EOK,
                parts=(
                    ("시", "city", "source", 27 * 10**7),
                    ("국비 등", "national", "source", 23 * EOK),
                    ("민자", "private", "source", 10 * EOK),
                    ("BTO", "other", "source", 3 * 10**7),
                ),
                check="ok",
            )
        ],
    ),
    # a list after the total, organisations as sources
    (
        "출자금(900억원) : 市(20억원), 부산도시공사(10억원), 한국수자원공사(170억원), 민간컨소(700억원)",
        [
            R(
                900 * EOK,
                parts=(
                    ("市", "city", "source", 20 * EOK),
                    ("부산도시공사", "public", "source", 10 * EOK),  # public corporations
                    ("한국수자원공사", "public", "source", 170 * EOK),
                    ("민간컨소", "private", "source", 700 * EOK),
                ),
                check="ok",
            )
        ],
    ),
    # a breakdown after ▸ on the same line is the amount's, not amounts of their own
    (
        "○ 총사업비 : 3조 5,788억원 ▸ 철도지하화 1조 8,102억원, 철도부지개발 1조 7,485억원, "
        "경부선 숲길공원 조성 201억원",
        [
            R(
                35788 * EOK,
                parts=(
                    ("철도지하화", "other", "use", 18102 * EOK),
                    ("철도부지개발", "other", "use", 17485 * EOK),
                    ("경부선 숲길공원 조성", "other", "use", 201 * EOK),
                ),
                check="ok",
            )
        ],
    ),
    (
        "- 약 7,200억원 ▹민간자본",
        [R(7200 * EOK, parts=(("민간자본", "private", "source", 7200 * EOK),))],
    ),
    # named together without figures: two sources, shares not stated
    (
        "○ 청년월세 한시특별 지원 ▹153.4억원(국·시비) ※ 구·군비 27억원 별도",
        [
            R(
                1534 * 10**7,
                parts=(("국비", "national", "source", None), ("시비", "city", "source", None)),
                check="partial",
            ),
            R(27 * EOK, parts=(("구·군비", "district_county", "source", 27 * EOK),)),
        ],
    ),
    # named together with one figure: one joint share
    (
        "- 기반시설 사업비 : 4,251억원 (국․시비 2,348, 기타 1,903)",
        [
            R(
                4251 * EOK,
                parts=(
                    ("국·시비", "other", "source", 2348 * EOK),
                    ("기타", "other", "source", 1903 * EOK),
                ),
                check="ok",
            )
        ],
    ),
    (
        "- 총사업비 : 1,584억원(전액민자, ’08.3.31. 불변가) ▸ BTO방식",
        [R(1584 * EOK, parts=(("민자", "private", "source", 1584 * EOK),))],
    ),
    (
        "지원규모 : 5년간 총 1,000억원 내외(국비) ▸'통합'에 한해 최대 1,500억원",
        [R(1000 * EOK, parts=(("국비", "national", "source", 1000 * EOK),)), R(1500 * EOK)],
    ),
    (
        "17개 사업, 2,727억원(시비 지원 387)",
        [R(2727 * EOK, parts=(("시비 지원", "city", "source", 387 * EOK),), check="partial")],
    ),
    # "통합 시" is "when merged", not the city
    (
        "ㅇ 사업규모 : 교당 5년간 국비 1,000억, 통합 시 1,500억+α",
        [R(1000 * EOK, parts=(("국비", "national", "source", 1000 * EOK),)), R(1500 * EOK)],
    ),
    # a note dating the figures is not a part
    (
        "자산 ▸ 2조 3,017억원(유동자산 794억원, 비유동자산 2조 2,223억원, '23년 결산기준)",
        [
            R(
                23017 * EOK,
                parts=(
                    ("유동자산", "other", "use", 794 * EOK),
                    ("비유동자산", "other", "use", 22223 * EOK),
                ),
                check="ok",
            )
        ],
    ),
    # the total by year
    (
        "110.6억원 ('23년 60.2억, '24년 50.4억)",
        [
            R(
                1106 * 10**7,
                parts=(
                    ("'23년", "other", "use", 602 * 10**7),
                    ("'24년", "other", "use", 504 * 10**7),
                ),
                check="ok",
            )
        ],
    ),
]

KINDS = [
    ("법인세율 인하 반영 불변통행료 조정 (5개 도로, 163억원 절감)", [R(163 * EOK, kind="saving")]),
    (
        "동절기 연탄쿠폰 지원 ▷ 337가구(가구당 평균 54.6만원, '25.10.~'26.4.)",
        [R(546_000, (2025, 10, 2026, 4), period_source="inline", kind="benefit")],
    ),
    (
        "총사업비 : 343억원(임대료 184, 운영비 159)",
        [
            R(
                343 * EOK,
                parts=(
                    ("임대료", "other", "use", 184 * EOK),
                    ("운영비", "other", "use", 159 * EOK),
                ),
                kind="budget",
            )
        ],
    ),
]

CASES = NUMBERS_AND_UNITS + PERIODS + BREAKDOWNS + KINDS


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[line_id(line) for line, _ in CASES])
def test_classes_of_expression(line, expected):
    check(line, expected)


@pytest.mark.parametrize("line", NOT_MONEY)
def test_not_money(line):
    assert find_money(line) == []
