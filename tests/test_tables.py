"""Tables of the real report, read by hand from the PDF (and the reference text where they agree)."""

from __future__ import annotations

from collections import Counter

import pytest

from planparse.text import letters_and_digits as squash
from tests.conftest import extracted, real_pdf

DEPARTMENTS = [
    "산업정책과",
    "반도체 신소재과",
    "인공지능 소프트웨어과",
    "바이오헬스 연구개발과",
    "미래에너지 산업과",
]
M = 1_000_000  # the budget tables are in 백만원
EOK = 100_000_000
MILLION = 1_000_000


def test_every_table_is_found_once_with_its_kind(report):
    kinds = Counter(t.kind for t in report.tables)
    assert kinds == {
        "staffing": 1,
        "budgets": 2,
        "funds": 1,
        "institutions": 1,
        None: 1,
        "roadmaps": 10,
        "investment_plans": 2,
        "events": 1,
        "glossary": 1,
    }
    assert [t.page for t in report.tables if t.kind == "roadmaps"] == [
        19,
        20,
        21,
        21,
        22,
        23,
        24,
        25,
        26,
        26,
    ]
    duties = next(t for t in report.tables if t.kind is None)  # 부서별 업무: kept as generic cells
    assert (duties.page, duties.n_rows, duties.n_cols, duties.caption) == (7, 6, 2, "부서별 업무")


def test_table_cells_carry_spans_and_no_letter_spacing(report):
    fund = next(t for t in report.tables if t.kind == "funds")
    cells = {(c.row, c.col): c for c in report.table_cells if c.table_id == fund.table_id}
    assert (cells[(0, 0)].text, cells[(0, 0)].row_span) == (
        "기금명",
        2,
    )  # "기 금 명", two header rows
    assert (cells[(0, 2)].text, cells[(0, 2)].col_span) == ("2025년 조성계획", 3)
    assert cells[(0, 1)].text == "2024년 조성액"  # wrapped over two lines, letter-spaced
    assert fund.unit == "백만원" and fund.caption == "□ 기금 현황"


def test_staffing(report):
    rows = [(s.group, s.is_total, s.quota, s.current) for s in report.domain["staffing"]]
    assert rows == [
        ("계", True, 120, 130),
        ("산업정책과", False, 32, 33),
        ("반도체 신소재과", False, 13, 16),
        ("인공지능 소프트웨어과", False, 27, 31),
        ("바이오헬스 연구개발과", False, 26, 27),
        ("미래에너지 산업과", False, 22, 23),
    ]


def test_general_and_special_account_budgets(report):
    rows = [
        (b.account, b.department, b.revenue_krw, b.expenditure_krw)
        for b in report.domain["budgets"]
    ]
    assert rows == [
        ("일반회계", "계", 44_911 * M, 169_485 * M),
        ("일반회계", "산업정책과", 1_019 * M, 42_002 * M),
        ("일반회계", "반도체 신소재과", 8_100 * M, 17_784 * M),
        ("일반회계", "인공지능 소프트웨어과", 4_018 * M, 28_845 * M),
        ("일반회계", "바이오헬스 연구개발과", 3_236 * M, 32_196 * M),
        ("일반회계", "미래에너지 산업과", 28_538 * M, 48_658 * M),
        ("화력발전지역개발특별회계", None, 3_338 * M, 3_338 * M),
    ]


def test_fund(report):
    [fund] = report.domain["funds"]
    assert (
        fund.fund,
        fund.balance_start_krw,
        fund.revenue_krw,
        fund.expenditure_krw,
        fund.change_krw,
        fund.balance_end_krw,
    ) == ("집단에너지 시설기금", 4_686 * M, 30_905 * M, 29_896 * M, 1_009 * M, 5_695 * M)


def test_institutions(report):
    rows = [(i.name, i.founded, i.budget_krw) for i in report.domain["institutions"]]
    assert rows == [
        ("(재)부산 테크노파크", "1999-12-18", 1_619 * EOK),
        ("(재)부산정보산업 진흥원", "2002-06-29", 626 * EOK),
        ("(재)부산과학기술 고등교육진흥원", "2015-07-14", 1_810 * EOK),
    ]
    assert report.domain["institutions"][0].legal_basis == "산업기술단지 지원에 관한 특례법"


EVENTS = [  # (month, name, start, end, venue, attendance) — 부록 1, every row
    (1, "설맞이 B-beauty 데이", "2025-01-16", "2025-01-16", "부산시청 1층 로비", 500),
    (1, "국제로봇올림피아드 세계대회", "2025-01-17", "2025-01-21", "벡스코", 3400),
    (2, "2025 드론쇼 코리아(DSK 2025)", "2025-02-26", "2025-02-28", "벡스코", 20000),
    (3, "2025 부산 디지털 치의학 전시회", "2025-03-08", "2025-03-09", "벡스코", 1500),
    (4, "제24회 부산과학축전", "2025-04-12", "2025-04-13", "벡스코", 50000),
    (5, "2025 부산국제기계대전", "2025-05-20", "2025-05-23", "벡스코", 72000),
    (5, "2025 국제해양방위산업전(MADEX)", "2025-05-28", "2025-05-31", "벡스코", 16000),
    (6, "2025 한국전기전자재료학회 국제학술대회", None, None, "벡스코", 1500),
    (
        7,
        "2025 월드 스마트시티 엑스포 2025 K-ICT WEEK in BUSAN",
        "2025-07-15",
        "2025-07-17",
        "벡스코",
        39000,
    ),
    (8, "2025 기후산업국제박람회", "2025-08-27", "2025-08-29", "벡스코", 30000),
    (8, "부산로봇경진대회", None, None, "벡스코", 1000),
    (9, "2025 글로벌헬스케어위크", "2025-09-04", "2025-09-06", "벡스코", 1500),
    (9, "2025 국제탄화규소학술대회(ICSCRM)", "2025-09-14", "2025-09-19", "벡스코", 2000),
    (9, "제11회 부산R&D주간", None, None, "벡스코", 1000),
    (9, "추석맞이 B-beauty 데이", None, None, "부산시청 1층 로비", 500),
    (10, "국제조선 및 해양산업전(KORMARINE)", "2025-10-21", "2025-10-24", "벡스코", 30000),
    (10, "2025 국제조선해양기자재 컨퍼런스", "2025-10-21", "2025-10-22", "벡스코", 1000),
    (10, "2025 PFB(패패부산) 개최 - 부산국제신발섬유패션전시회", None, None, "미 정", 10000),
    (10, "2025 부산패션위크", None, None, "미 정", 100),
    (10, "제4회 부산시 퀀텀 프런티어 포럼", None, None, "부산항 국제전시 컨벤션센터", 150),
    (11, "2025 WBGS 국제심포지엄", None, None, "미 정", 300),
    (11, "2025 반도체 제조기술 국제학술대회 (KISM 2025)", None, None, "미 정", 600),
]


def test_every_event(report):
    rows = [
        (e.month, e.name, e.start_date, e.end_date, e.venue, e.attendance)
        for e in report.domain["events"]
    ]
    assert rows == EVENTS
    in_month = [e for e in report.domain["events"] if e.dates_raw.endswith("중")]
    assert {e.dates_raw for e in in_month} == {f"{m}월 중" for m in (6, 8, 9, 10, 11)}


GLOSSARY = {  # term -> (alias, start of the definition), from 부록 2
    "건강 토큰": (None, "건강 활동량에 따른 지급 마일리지"),
    "규제자유특구": (None, "신기술 기반 지역산업 육성을 위해"),
    "그린 데이터센터": ("Green Data Center", "구축·운영비용을 낮추고 에너지 효율을 높인"),
    "데이터바우처": ("Data Voucher", "데이터 활용을 통해 비즈니스 혁신"),
    "뿌리산업": (None, "주조, 금형, 용접, 소성가공, 표면처리, 열처리"),
    "CGT": ("Compensated Gross Tonnage", "선종 및 선형의 난이도에 따라"),
    "CRO": ("Contract Research Organization", "임상시험 수탁기관"),
    "DX": ("Digital Transformation", "디지털기술을 사회 전반에 적용하여"),
    "KISM": (None, "국제반도체 제조기술 학술대회"),
    "RE100": ("Renewable Energy 100%", "(재생에너지 100) 기업에서 사용하는 에너지를"),
    "UAM": ("Urban Air Mobility", "도심항공교통은 전기동력 분산 수직이착륙기"),
    "VPP": ("virtual power plant", "전력 생산을 강화시키고"),
}


def test_glossary_over_five_pages_is_one_table(report):
    table = next(t for t in report.tables if t.kind == "glossary")
    assert (table.page, table.page_end) == (65, 69)
    entries = {g.term: g for g in report.domain["glossary"]}
    assert len(report.domain["glossary"]) == 82
    for term, (alias, start) in GLOSSARY.items():
        assert entries[term].alias == alias, term
        assert entries[term].definition.startswith(start), term
    assert not [i for i in report.issues if i.code == "glossary_duplicate_term"]


ROADMAP = [  # (project, planned, first year, last year) — bars of pages 19 and 20, read off the PDF
    ("수출주도 미래차 혁신성장 기술지원 기반구축", False, 2024, 2027),
    ("미래차 전동화부품 설계검증기반구축", False, 2023, 2025),
    ("전기차 E-파워트레인 부품기술 허브센터 구축", False, 2023, 2024),
    ("미래차 전용플랫폼 핵심부품지원 XR기반 디지털트윈 시스템 구축", False, 2025, 2029),
    ("미래자동차산업 부품생태계지원사업", False, 2023, 2023),
    ("미래차 상생협력형 핵심부품 연구개발 지원사업", False, 2024, 2027),
    ("수소전기차 부품산업 육성 기술지원사업", False, 2023, 2024),
    ("디지털기반 차세대 항공부품 첨단제조 실증 기반 구축", False, 2024, 2029),
    ("산업수요 기반 R&D 과제(예타급) 유치", True, 2026, 2029),
    ("항공부품 기술 고도화 지원사업", False, 2023, 2026),
    ("부산 UAM 상용화 기술지원사업", False, 2023, 2025),
    ("대형기계구조 설계 등 인력양성", True, 2026, 2029),
]


@pytest.mark.parametrize(
    ("project", "planned", "first", "last"), ROADMAP, ids=[r[0][:12] for r in ROADMAP]
)
def test_roadmap_year_spans(report, project, planned, first, last):
    [row] = [r for r in report.domain["roadmaps"] if r.project == project]
    assert (row.planned, row.first_year, row.last_year) == (planned, first, last)


def test_roadmap_context(report):
    rows = [
        r for r in report.domain["roadmaps"] if r.project == "미래차 전동화부품 설계검증기반구축"
    ]
    assert (rows[0].industry, rows[0].category, rows[0].goal, rows[0].starts_before) == (
        "미래자동차",
        "기반 구축 (연구개발 포함)",
        "미래차 R&D기반구축",
        True,
    )


def test_investment_plans(report):
    rows = [
        (p.project, p.category, p.year, p.amount_krw) for p in report.domain["investment_plans"]
    ]
    assert ("파워반도체상용화센터 Fab-Ⅱ 건립", None, 2025, 126 * EOK) in rows
    assert ("파워반도체상용화센터 Fab-Ⅱ 건립", None, 2027, 5 * EOK) in rows
    regen = [(c, y, a) for p, c, y, a in rows if p.startswith("첨단 재생의료")]
    assert ("국비", 2025, 8 * EOK) in regen and ("지방비", 2027, 25 * EOK) in regen


def test_cross_checks_pass_where_the_report_is_consistent(report):
    assert not [
        i
        for i in report.issues
        if i.code in ("table_total_mismatch", "fund_balance_mismatch", "event_date_invalid")
    ]


PLANS = {  # plan -> (tables at least, domain kinds its budget/staffing tables come out as)
    "citizen-health-bureau.pdf": (20, {"staffing", "budgets", "funds"}),
    "ocean-agriculture-fisheries-bureau.pdf": (4, {"staffing", "budgets", "events"}),
    "planning-coordination-office.pdf": (12, {"staffing", "budgets"}),
    "social-welfare-bureau.pdf": (20, {"budgets", "funds"}),
    "transport-innovation-bureau.pdf": (12, {"staffing", "budgets"}),
}


@pytest.mark.parametrize("name", sorted(PLANS))
def test_other_plans_tables(name):
    result = extracted(real_pdf(f"busan-2025/{name}"))
    least, kinds = PLANS[name]
    assert len(result.tables) >= least
    assert kinds <= {t.kind for t in result.tables}
    cells = {c.table_id for c in result.table_cells}
    assert all(t.table_id in cells for t in result.tables)  # every table comes out as cells


def test_ocean_staffing_by_unit_and_grade():
    result = extracted(real_pdf("busan-2025/ocean-agriculture-fisheries-bureau.pdf"))
    rows = {(s.group, s.grade): s.current for s in result.domain["staffing"]}
    # "(현원, 명)": 계 283, 본청 134 of which 6급 50, 사업소 149 of which 9급 4
    assert (
        rows[("계", "계")],
        rows[("본청", "계")],
        rows[("본청", "6급")],
        rows[("사업소", "9급")],
    ) == (283, 134, 50, 4)
    assert not [i for i in result.issues if i.code == "table_total_mismatch"]


def test_transport_budget_by_year():
    result = extracted(real_pdf("busan-2025/transport-innovation-bureau.pdf"))
    rows = {(b.account, b.department, b.year): b.expenditure_krw for b in result.domain["budgets"]}
    assert rows[("총계", None, 2025)] == 10_753 * EOK
    assert rows[("특별회계", "광역교통시설특별회계", 2024)] == 150 * EOK


def test_budget_rows_of_a_group_drawn_without_rules():
    """human-resources-development-institute p.6 (read from the PDF): 세입예산 is income; the
    세출예산 rows under 인재개발원 운영, drawn with dotted rules, are three rows, not one."""
    result = extracted(real_pdf("busan-2025/human-resources-development-institute.pdf"))
    budgets = result.domain["budgets"]
    income = {(b.department, b.year): b.revenue_krw for b in budgets if b.revenue_krw}
    assert income[("사용료수입", 2025)] == 61 * MILLION
    assert income[("자치단체간부담금", 2024)] == 705 * MILLION
    spending = {
        (squash(b.department or ""), b.year): b.expenditure_krw
        for b in budgets
        if b.expenditure_krw
    }
    assert spending[("쾌적한교육환경조성", 2025)] == 1_467 * MILLION
    assert spending[("전문교육내실화", 2024)] == 1_235 * MILLION
    assert spending[("역량교육내실화", 2025)] == 1_527 * MILLION
    assert spending[("기본경비", 2024)] == 113 * MILLION


def test_caption_is_the_title_and_the_date_note_has_its_own_column():
    """planning-coordination p.8 and citizen-health p.5, read from the PDFs."""
    result = extracted(real_pdf("busan-2025/planning-coordination-office.pdf"))
    [table] = [t for t in result.tables if t.page == 8]
    assert (table.caption, table.note) == ("지방 공기업 현황", "'25. 1. 15. 기준")
    result = extracted(real_pdf("busan-2025/citizen-health-bureau.pdf"))
    [fund] = [t for t in result.tables if t.page == 5 and t.kind == "funds"]
    assert (fund.unit, fund.note) == ("백만원", "2025년 기준")


def test_table_drawn_as_separate_boxes():
    """transport-innovation-bureau p.9, 주요 정책 지표 (read from the PDF): rows of rounded and
    dotted boxes under "[ 프로젝트 ] < 2024년 > < 2025년 >", ➠ arrows between the boxes. One
    table of a header and 12 rows; its lines are no longer items."""
    result = extracted(real_pdf("busan-2025/transport-innovation-bureau.pdf"))
    [table] = [t for t in result.tables if t.page == 9]
    assert (table.n_rows, table.n_cols, table.caption) == (13, 3, "주요 정책 지표")
    grid = [["" for _ in range(3)] for _ in range(13)]
    for c in result.table_cells:
        if c.table_id == table.table_id:
            grid[c.row][c.col] = c.text
    assert ["".join(c.split()) for c in grid[0]] == ["[프로젝트]", "<2024년>", "<2025년>"]
    assert ["".join(c.split()) for c in grid[1]] == [
        "대중교통수송분담률",
        "44.4%('23년기준)",
        "45%('24년기준)",
    ]
    assert ["".join(c.split()) for c in grid[12]] == [
        "도시철도신조전동차도입",
        "1호선112칸(14편성)(누계144칸(18편성))",
        "1호선56칸(7편성)(누계200칸(25편성)",
    ]
    assert not [i for i in result.items if i.page == 9 and "수송분담률" in i.text]
