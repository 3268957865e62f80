"""The fundings stage on the real report and the other plans: every money line accounted for."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from planparse.cli import main
from tests.conftest import extracted, real_pdf

PLANS = [
    "advanced-industry-bureau.pdf",
    "citizen-health-bureau.pdf",
    "ocean-agriculture-fisheries-bureau.pdf",
    "planning-coordination-office.pdf",
    "social-welfare-bureau.pdf",
    "transport-innovation-bureau.pdf",
]


def test_every_money_line_of_the_report_is_parsed_or_explained(report):
    unparsed = [i for i in report.issues if i.code == "money_not_parsed"]
    assert report.money_lines >= 330
    assert report.money_lines == report.money_lines_parsed + len(unparsed)
    # the one line the grammar cannot read: the unit is in a header, not beside the figures
    assert [i.raw for i in unparsed] == [
        "'23년 AI 민간투자 규모(스탠포드대, 억불) : (미)672, (중)78, (한국)14"
    ]


def test_the_report_inconsistency_is_flagged_not_fixed(report):
    [issue] = [i for i in report.issues if i.code == "funding_sum_mismatch"]
    assert issue.raw == "'24~'28, 174.2억원(국100, 시48, 민26.4)"
    assert issue.page == 31  # printed page 27
    [row] = [f for f in report.fundings if f.raw == issue.raw]
    assert (row.amount_krw, row.sources_total_krw, row.sum_check) == (
        17_420_000_000,
        17_440_000_000,
        "mismatch",
    )


def test_a_funding_row_and_its_sources(report):
    item = next(i for i in report.items if i.text.startswith("지역혁신클러스터 3차년도 추진"))
    [row] = [f for f in report.fundings if f.item_id == item.item_id]
    assert (
        row.project,
        row.period_raw,
        row.start_year,
        row.end_year,
        row.amount_krw,
        row.sum_check,
    ) == ("지역혁신클러스터 3차년도", "'23.~'27", 2023, 2027, 34_800_000_000, "ok")
    assert (row.printed_page, row.amount_figure, row.amount_unit, row.currency) == (
        25,
        "348",
        "억원",
        "KRW",
    )
    shares = [
        (s.ordinal, s.source_raw, s.source, s.amount_krw)
        for s in report.funding_sources
        if s.funding_id == row.funding_id
    ]
    assert shares == [(1, "국", "national", 22_600_000_000), (2, "시", "city", 12_200_000_000)]


def test_project_of_a_generic_label_comes_from_the_section(report):
    issue1 = next(s for s in report.sections if s.kind == "issue" and s.number == 1)
    rows = [f for f in report.fundings if f.raw == "200억원(국비 100, 시비 100)"]
    assert any(r.project == issue1.title for r in rows)


def test_per_year_and_usd_amounts(report):
    per_year = [f for f in report.fundings if f.per_year]
    assert any(f.amount_krw == 668_000_000 for f in per_year)  # 년 6.68억원
    usd = [f for f in report.fundings if f.currency == "USD"]
    assert any(f.amount_usd == 3_480_000 and f.amount_krw is None for f in usd)  # 348만불


def test_funding_ids_are_unique_and_link_to_their_line(report):
    ids = [f.funding_id for f in report.fundings]
    assert len(ids) == len(set(ids))
    items = {i.item_id for i in report.items}
    tables = {t.table_id for t in report.tables}
    sections = {s.section_id for s in report.sections}
    for f in report.fundings:
        assert f.item_id in items or f.table_id in tables or f.section_id in sections, f
    assert {s.funding_id for s in report.funding_sources} <= set(ids)


def test_money_in_a_heading_is_read(report):
    # □ 예산(일반+특별) : 세입 482억원, 세출 1,728억원 (기본 현황, printed page 2)
    heading = next(s for s in report.sections if s.kind == "heading" and "세입" in s.title)
    rows = [f for f in report.fundings if f.section_id == heading.section_id and f.item_id is None]
    assert [f.amount_krw for f in rows] == [48_200_000_000, 172_800_000_000]


def test_a_block_lends_its_period_to_its_cost():
    result = extracted(real_pdf("busan-2025/urban-innovation-balance-office.pdf"))
    by_raw = {f.raw: f for f in result.fundings}
    # the block's title "도시철도 하단~녹산선 건설(2022~2029)" (p.36)
    cost = by_raw["14,489억원 (국비 7,727, 시비 5,151, LH분담금 1,611)"]
    assert (cost.start_year, cost.end_year, cost.period_source) == (2022, 2029, "name")
    # ○ 사업개요(2012~2028) above "- 사업 비 : 6조9,973억원" (p.21)
    cost = by_raw["6조9,973억원"]
    assert (cost.start_year, cost.end_year, cost.period_source) == (2012, 2028, "block")
    # an increase is not the cost: (증 3,224억원) keeps no period
    assert by_raw["3,224억원"].period_source is None


def test_a_fragment_run_over_from_a_field_starts_no_block():
    # citizen-health p33: "❍ 기 간 : 2023 ~ 2027", then "❍ 위 치 : … 연면적 8,340m2" whose
    # ", 50병상" and "(지하3층~지상3층)" are read as lines under it; "❍ 사 업 비 : 450억원
    # (국비 225, 시비 225)" below is still the block's, 2023 ~ 2027
    result = extracted(real_pdf("busan-2025/citizen-health-bureau.pdf"))
    cost = next(f for f in result.fundings if f.page == 33 and f.amount_krw == 45_000_000_000)
    assert (cost.start_year, cost.end_year, cost.period_source) == (2023, 2027, "block")


def test_a_field_after_the_cost_still_gives_its_period():
    # ◇ 총사업비 : 238억원(…) comes before "○ 사업기간 : 2025. 6. 1. ~ 2032. 5. 31." (p.48)
    result = extracted(real_pdf("busan-2025/youth-industry-academia-bureau.pdf"))
    [cost] = [f for f in result.fundings if f.raw == "238억원(국비 198, 시비 20, 기타 20)"]
    assert (cost.start_year, cost.start_month, cost.end_year, cost.end_month) == (2025, 6, 2032, 5)


def test_money_in_a_frame_and_in_cells_is_read():
    result = extracted(real_pdf("busan-2025/youth-industry-academia-bureau.pdf"))
    # three thresholds in a box with no table grid (p.47), read as its numbered lines
    framed = [f for f in result.fundings if f.page == 47 and not f.table_id]
    assert sorted(f.amount_krw for f in framed) == [1_000_000_000, 2_000_000_000, 2_000_000_000]
    # the same page's table: "▷ 총사업비 238억원(국198, 시20, 기타20)" in a cell
    [cell] = [
        f for f in result.fundings if f.table_id and f.page == 47 and f.amount_krw == 23_800_000_000
    ]
    assert cell.page == 47 and cell.sum_check == "ok"


def test_table_cells_carry_won_where_the_table_counts_money():
    result = extracted(real_pdf("busan-2025/youth-industry-academia-bureau.pdf"))
    # a 총사업비 table nested in a cell of another, with its own (단위: 백만원) (p.36)
    nested = [t for t in result.tables if t.page == 36 and t.unit == "백만원"]
    assert nested
    cells = [c for c in result.table_cells if c.table_id == nested[0].table_id]
    assert [c.amount_krw for c in cells if c.text == "1,500"] == [1_500_000_000]
    labels = [c for c in cells if c.text in ("구분", "국비", "계")]
    assert len(labels) >= 3 and all(c.amount_krw is None for c in labels)


def test_a_budget_table_is_not_an_investment_plan():
    # 회계별 2025년 당초예산 vs 2024년 (p.6): once read as 76 investment rows of no project
    result = extracted(real_pdf("busan-2025/planning-coordination-office.pdf"))
    assert result.domain["investment_plans"] == []


def test_a_change_marks_the_earlier_amount():
    result = extracted(real_pdf("busan-2025/urban-innovation-balance-office.pdf"))
    # ▹총사업비 : 11,265억원(예타) → 14,489억원(기본계획) (증 3,224억원) (p.36)
    [before] = [f for f in result.fundings if f.amount_krw == 1_126_500_000_000]
    after = [f for f in result.fundings if f.item_id == before.item_id]
    assert [(f.amount_krw, f.superseded) for f in after] == [
        (1_126_500_000_000, True),
        (1_448_900_000_000, False),
        (322_400_000_000, False),
    ]


@pytest.mark.parametrize("name", PLANS)
def test_other_plans_money_lines_are_all_accounted_for(name):
    result = extracted(real_pdf(f"busan-2025/{name}"))
    unparsed = [i for i in result.issues if i.code == "money_not_parsed"]
    assert result.money_lines > 25
    assert result.money_lines == result.money_lines_parsed + len(unparsed)
    assert len(result.fundings) >= result.money_lines_parsed


def test_parse_line_prints_json():
    result = CliRunner().invoke(main, ["parse-line", "▹’24～’28, 170억원(국105, 시50, 민15)"])
    assert result.exit_code == 0
    [record] = json.loads(result.output)
    assert record["period"]["start_year"] == 2024 and record["period"]["end_year"] == 2028
    assert record["amount"]["amount_krw"] == 17_000_000_000
    assert [(s["source"], s["amount_krw"]) for s in record["sources"]] == [
        ("national", 10_500_000_000),
        ("city", 5_000_000_000),
        ("private", 1_500_000_000),
    ]
    assert record["sum_check"] == "ok"


def test_parse_line_with_no_money_prints_an_empty_list():
    result = CliRunner().invoke(main, ["parse-line", "지역 연고 자원 활용 전략"])
    assert result.exit_code == 0 and json.loads(result.output) == []
