"""The Advanced Industries Bureau plan, end to end: structure and reading, checked by hand.

Expected values are written from the report (its contents page, its ①–㉒ overview,
the reference text ../shared/reports/busan-2025-plan.txt, and the PDF where they differ).
"""

from __future__ import annotations

import pytest

from planparse.layout.lines import FOOTER_RE
from planparse.text import without_title_fillers as squash
from tests.conftest import DATA, REFERENCE
from tests.wordmatch import apply_errata, match_items, read_errata

CHAPTERS = [  # (kind, number, title, printed page) from the contents page (보고 순서)
    ("chapter", 1, "기본현황", 1),
    ("chapter", 2, "2024년 업무성과", 4),
    ("chapter", 3, "주요 산업동향 및 대응방향", 15),
    ("chapter", 4, "2025년 주요 업무계획", 23),
    ("chapter", 5, "당면현안", 51),
    ("appendix", 1, "2025년 주요 행사일정", 60),
    ("appendix", 2, "용어 해설", 61),
]

STRATEGIES_IV = [  # chapter Ⅳ, from the contents page
    (1, "주력 제조산업 디지털전환 및 신성장산업 혁신 생태계 구축", 24),
    (2, "반도체·신소재 산업 기반조성으로 미래 신산업 견인", 30),
    (3, "AI·양자 등 신기술 기반의 디지털 혁신 미래산업 육성", 34),
    (4, "신기술분야 전략적 연구개발 투자 및 바이오헬스산업 성장 기반 구축", 41),
    (5, "미래에너지 전환 기반강화 및 에너지 신산업 인프라 확대", 46),
]

TASKS = [  # (task_no, strategy, number in strategy, title) from the ①–㉒ overview
    (1, 1, 1, "주력산업의 체계적인 육성 및 지역기업 맞춤형 성장 지원"),
    (2, 1, 2, "신발·섬유·패션산업 고도화 및 지속 성장 생태계 구축"),
    (3, 1, 3, "첨단 기계부품·로봇산업 성장 기반구축 및 고도화 지원"),
    (4, 1, 4, "미래형 자동차·항공 산업 생태계 조성 및 육성"),
    (5, 1, 5, "차세대 조선·기자재 기술 선점 및 건전한 조선산업 생태계 조성"),
    (6, 2, 1, "특화단지 활성화를 통한 차세대 반도체산업 생태계 조성"),
    (7, 2, 2, "방사선의과학 산업 기반 구축을 통한 세계시장 선점"),
    (8, 2, 3, "이차전지·신소재 기반 구축을 통한 지역산업 재도약"),
    (9, 3, 1, "인공지능(AI) 산업생태계 조성 및 AI 대전환(AX) 촉진"),
    (10, 3, 2, "디지털 신기술과 지역산업의 융합으로 지역경제 활성화"),
    (11, 3, 3, "미래혁신기술·산업 선도 및 ICT 인프라 고도화"),
    (12, 3, 4, "혁신산업 생태계를 조성하는 미래 스마트시티 선도모델 개발"),
    (13, 3, 5, "AI·디지털 융합 핵심 창의인재 양성"),
    (14, 3, 6, "양자정보기술 및 친환경 데이터센터 산업 기반 조성"),
    (15, 4, 1, "전략적 연구개발을 통한 미래 新기술 확보 및 지역 과학기술 선도"),
    (16, 4, 2, "스마트헬스케어 및 화장품산업 발전기반 조성을 통한 산업 활성화"),
    (17, 4, 3, "고령친화산업·의료바이오 육성 및 디지털 치의학 생태계 조성"),
    (18, 4, 4, "반려동물산업 육성 기반 구축"),
    (19, 5, 1, "에너지 전환 기반 강화 및 시민공감대 확산"),
    (20, 5, 2, "수소산업 인프라 확대 등 수소산업 생태계 구축"),
    (21, 5, 3, "신재생에너지 보급 확대를 통한 탄소중립 실현"),
    (22, 5, 4, "에너지자원 수급안정 및 에너지복지 실현"),
]

ISSUES = [  # 현안 1–8, from chapter Ⅴ
    (1, "미래차 전용플랫폼 핵심부품지원 XR기반 디지털트윈 시스템 구축", 51),
    (2, "부산 미래항공 클러스터 구축 추진", 52),
    (3, "파워반도체상용화센터 Fab-Ⅱ 건립", 53),
    (4, "EDC(에코델타시티) 스마트시티 국가시범도시 조성", 55),
    (5, "2025 월드 스마트시티 엑스포(WSCE) 개최", 56),
    (6, "양자과학기술센터 연구기반 조성", 57),
    (7, "첨단재생의료 연구기지(GMP) 플랫폼 구축", 58),
    (8, "분산에너지 특화지역 지정 및 전기요금차등제 도입", 59),
]

HEADINGS_IV = {  # task_no -> its □ headings, from the reference text (PDF spelling)
    1: [
        "전략산업 육성체계 구축 및 지역 주도 혁신성장 생태계 조성",
        "지역주력산업의 기술혁신 및 집중육성으로 산업 경쟁력 강화",
        "단계별 맞춤형 지원으로 혁신성장 중소·중견기업 육성 및 지원",
    ],
    2: [
        "디지털·친환경 기술혁신을 통한 고부가가치화 전환",
        "신발·섬유·패션 강소기업 육성을 위한 기업 성장 지원",
        "신발·섬유·패션산업 지속 성장을 위한 인프라 지원 강화",
    ],
    3: [
        "디지털 전환 기계부품산업 지원 인프라 조성",
        "디지털 혁신 기반 기계부품 기술고도화 지원",
        "첨단 로봇·부품산업 및 인재 육성",
    ],
    4: [
        "지역주도 미래차 산업 생태계 조성 및 고도화 기반 구축",
        "4차산업의 주요핵심 항공·드론산업 육성지원",
    ],
    5: [
        "글로벌 주도권 강화를 위한 친환경·스마트화 선도",
        "수주실적을 뒷받침하는 생산역량 확보",
        "조선기자재 해외 판로개척 및 수출지원",
    ],
    6: [
        "전주기 반도체 생태계 조성",
        "기업수요를 반영한 반도체 전문인력 양성 확대",
        "전력반도체센터 역할 강화",
    ],
    7: ["동남권 방사선의과학 클러스터 구축", "산학연 협력을 통한 방사성동위원소 산업 생태계 조성"],
    8: [
        "이차전지 산업 육성 생태계 구축",
        "신소재산업 육성을 통한 환경친화적 지속가능 미래도시 구현",
    ],
    9: [
        "인공지능 기업육성 및 산업생태계 조성",
        "AI융합 기반 전산업 AI 대전환 및 도입·활용 확대",
        "인공지능산업 미래 성장동력 확보",
    ],
    10: [
        "지역 기업 성장 지원 및 국내·외 시장 판로개척 경쟁력 강화",
        "지역 가상융합 신산업 생태계 조성 및 글로벌 확산",
        "시민을 위한 디지털 서비스 제공 및 정보보호 산업 생태계 강화",
    ],
    11: [
        "첨단 ICT 핵심인프라 고도화 및 디지털 공공·시민체험 플랫폼 확대",
        "한국전자통신연구원(ETRI) 협력을 통한 디지털 신기술 선도",
        "지역 정보통신공사업 육성 및 민원사무 처리",
    ],
    12: ["스마트시티 국가시범도시 조성 및 인프라 확산", "스마트시티 서비스 운영 및 확산"],
    13: [
        "디지털 혁신 전문인력 양성 「부산디지털혁신아카데미(BDIA)」 운영",
        "디지털 신기술 분야 연구개발 고급인력 양성",
        "디지털 기초 교육 확산으로 미래 인재 양성",
    ],
    14: [
        "양자과학기술센터 중심 양자기술 연구기반 조성",
        "양자정보기술 생태계 산업 활성화 추진",
        "지역 디지털 전환 확산을 위한 클라우드 산업 생태계 조성",
        "디지털 경제의 핵심 인프라인 그린데이터센터 집적단지 조성",
    ],
    15: [
        "연구개발 혁신역량 강화 및 거점형 연구개발 생태계 조성",
        "과학문화 인프라 강화 및 과학기술문화 확산",
        "지식재산기반 기업경쟁력 강화 및 중소기업 연구기반 구축 지원",
    ],
    16: [
        "스마트 헬스케어산업 육성 기반 구축",
        "디지털기술 융합 연구개발 및 실증 추진",
        "화장품뷰티산업 지원 기반 확립 및 강소기업 육성",
    ],
    17: [
        "고령친화 및 항노화바이오기업 경쟁력 강화 지원",
        "의료바이오산업 인프라 조성 및 미래 의료기술 사업화 R&D 지원",
        "디지털 치의학산업 글로벌 경쟁력 강화",
    ],
    18: [
        "반려동물산업 인프라 구축",
        "컨트롤타워 운영 및 산업통계 조사",
        "기업지원 강화 및 국내·외 판로개척 지원",
    ],
    19: [
        "탄소중립 에너지혁신 기반 강화 및 시민공감대 확산",
        "시민 주도 탄소중립 에너지절약 실천 문화 확산",
    ],
    20: [
        "수소산업 성장 기반 조성",
        "수소차 보급 및 충전 인프라 구축·운영",
        "신재생에너지 기술개발·실증",
        "기업지원 및 인력양성",
    ],
    21: ["신재생에너지 신산업 육성", "신재생에너지 보급 확대", "에너지 효율화 사업 지속 추진"],
    22: [
        "도시가스 보급 확대 및 사용시설 가스 안전망 구축",
        "집단에너지 등 생활에너지의 안정 수급 관리",
        "에너지 빈곤층 복지 지원 확대",
    ],
}

# (text as printed, normalised; parent □ heading; printed page), hand-picked across the report.
ITEMS = [
    (
        "지역혁신클러스터 2차년도 추진 ▷ '23.~'27, 348억원(국226, 시122)",
        "미래 신산업 대응체계 강화 및 맞춤형 기업 성장 지원",
        4,
    ),
    (
        "패션산업 집적지 지역경제 활력촉진사업 공모 선정 ▷ '24~'25, 15.5억원",
        "신발·섬유·패션산업 성장 기반 조성 및 경쟁력 강화",
        5,
    ),
    (
        "스마트공장 보급 확산 지원 ▷ '19~'26, 1,941억원(국935, 시154, 민852)",
        "디지털 기반 기계부품 · 로봇 산업 육성",
        5,
    ),
    (
        "지역혁신클러스터 3차년도 추진 ▷ '23.~'27, 348억원(국226, 시122)",
        "전략산업 육성체계 구축 및 지역 주도 혁신성장 생태계 조성",
        25,
    ),
    (
        "지역주력산업 체계적 육성을 위한 R&D 및 비R&D 지원 ▷ 71억원(국43, 시28)",
        "지역주력산업의 기술혁신 및 집중육성으로 산업 경쟁력 강화",
        25,
    ),
    (
        "부산형 히든챔피언 육성 및 지원 ▷ '25년 10개사, 4억원",
        "단계별 맞춤형 지원으로 혁신성장 중소·중견기업 육성 및 지원",
        25,
    ),
    (
        "중견기업-지역혁신 얼라이언스 지원사업 추진 ▷ '24년~'28년, 60억원(국42, 시8, 민10)",
        "단계별 맞춤형 지원으로 혁신성장 중소·중견기업 육성 및 지원",
        25,
    ),
    (
        "주력산업 핵심품목 선정을 통한 혁신성, 성장성을 갖춘 기업 육성 ▷ '25.~'29, 2개 내역사업 추진",
        "지역주력산업의 기술혁신 및 집중육성으로 산업 경쟁력 강화",
        25,
    ),
    (
        "부산 화장품뷰티산업 기본계획 수립('25.~'29) ▷ 산업육성 로드맵 및 정책사업 발굴 등",
        "화장품뷰티산업 지원 기반 확립 및 강소기업 육성",
        43,
    ),
    ("총사업비 : 200억원(국비 100, 시비 100)", "사업개요 (2025~2028)", 51),
    ("'24. 12. : '25년 정부(산업부) 예산('25년 25억원) 최종 확정", "추진상황", 51),
    (
        "타이머콕 등 가스안전밸브 설치 지원 ▷ 고령층 1,900세대, 1억원",
        "에너지 빈곤층 복지 지원 확대",
        50,
    ),
]


def sections_of(report, kind):
    return [s for s in report.sections if s.kind == kind]


def test_chapters_and_appendices(report):
    got = [
        (s.kind, s.number, s.title, s.printed_page_start)
        for s in report.sections
        if s.kind in ("chapter", "appendix") and s.parent_id is None
    ]
    assert [(k, n, squash(t), p) for k, n, t, p in got] == [
        (k, n, squash(t), p) for k, n, t, p in CHAPTERS
    ]


def test_a_reference_page_is_an_appendix_inside_its_issue(report):
    """p.58 (printed 54): "참고 위치도 및 조감도" stands inside 현안 3, read from the PDF."""
    [inline] = [s for s in report.sections if s.kind == "appendix" and s.parent_id is not None]
    parent = next(s for s in report.sections if s.section_id == inline.parent_id)
    assert (squash(inline.title), inline.page_start) == ("위치도및조감도", 58)
    assert (parent.kind, parent.number) == ("issue", 3)


def test_strategies_of_chapter_four(report):
    chapter4 = next(s for s in report.sections if s.kind == "chapter" and s.number == 4)
    got = [
        (s.number, squash(s.title), s.printed_page_start)
        for s in report.sections
        if s.kind == "strategy" and s.parent_id == chapter4.section_id
    ]
    assert got == [(n, squash(t), p) for n, t, p in STRATEGIES_IV]


def test_chapter_two_reviews_last_year_under_five_numbered_headings(report):
    """Ⅱ (2024년 업무성과) numbers its results 1 to 5 as Ⅳ numbers its strategies; a
    review's numbered titles are headings, not strategies of the plan (issue 25)."""
    chapter2 = next(s for s in report.sections if s.kind == "chapter" and s.number == 2)
    children = [s for s in report.sections if s.parent_id == chapter2.section_id]
    assert not [s for s in children if s.kind in ("strategy", "task")]
    got = [s for s in children if s.kind == "heading" and s.number is not None]
    assert [s.number for s in got] == [1, 2, 3, 4, 5]
    assert got[0].title == "주력산업의 친환경·디지털 전환으로 미래 신산업 성장 기반 조성"


def test_all_22_tasks(report):
    strategies = {s.section_id: s for s in sections_of(report, "strategy")}
    tasks = sections_of(report, "task")
    got = [(t.task_no, strategies[t.parent_id].number, t.number, squash(t.title)) for t in tasks]
    assert got == [(no, st, n, squash(title)) for no, st, n, title in TASKS]


def test_task_titles_as_printed(report):
    tasks = {t.task_no: t.title for t in sections_of(report, "task")}
    assert tasks[1] == "주력산업의 체계적인 육성 및 지역기업 맞춤형 성장 지원"
    assert tasks[9] == "인공지능(AI) 산업생태계 조성 및 AI 대전환(AX) 촉진"
    # the body prints task 5 without two of the overview's spaces: kept as printed
    assert tasks[5] == "차세대 조선·기자재 기술선점 및 건전한 조선산업 생태계조성"


def test_eight_issue_blocks(report):
    got = [(s.number, s.title, s.printed_page_start) for s in sections_of(report, "issue")]
    assert got == ISSUES


def test_every_heading_of_chapter_four_under_its_task(report):
    tasks = {t.section_id: t.task_no for t in sections_of(report, "task")}
    got: dict[int, list[str]] = {}
    for s in sections_of(report, "heading"):
        if s.parent_id in tasks:
            got.setdefault(tasks[s.parent_id], []).append(squash(s.title))
    assert got == {no: [squash(t) for t in titles] for no, titles in HEADINGS_IV.items()}


def test_contents_check_passes(report):
    assert len(report.toc) == 12
    problems = [i for i in report.issues if i.code.startswith("toc_")]
    assert problems == []


def test_overview_agrees_with_the_body(report):
    assert [i for i in report.issues if i.code.startswith("overview_")] == []


@pytest.mark.parametrize(("text", "heading", "printed"), ITEMS, ids=[t[:20] for t, _, _ in ITEMS])
def test_hand_picked_items(report, text, heading, printed):
    sections = {s.section_id: s for s in report.sections}
    matches = [i for i in report.items if i.text == text]
    assert len(matches) == 1, f"{text!r} found {len(matches)} times"
    item = matches[0]
    assert sections[item.section_id].kind == "heading"
    assert sections[item.section_id].title == heading
    assert item.printed_page == printed


def test_wrapped_lines_are_merged_into_one_item(report):
    item = next(
        i for i in report.items if i.text.startswith("지역중소기업육성 통합정책 추진을 위한")
    )
    assert item.text == "지역중소기업육성 통합정책 추진을 위한 2025년 부산지역산업진흥계획 수립"
    wrapped = next(i for i in report.items if i.text.startswith("기업군 성장단계별"))
    assert wrapped.marker == "-"


def test_item_tree_markers_and_depths(report):
    parent = next(i for i in report.items if i.text.startswith("지역혁신클러스터 3차년도 추진"))
    children = [i for i in report.items if i.parent_item_id == parent.item_id]
    assert parent.marker == "○" and parent.depth == 0
    assert [c.marker for c in children] == ["-", "-"]
    assert all(c.depth == 1 for c in children)
    assert children[0].text.startswith("혁신도시, 산업단지 등 기존 거점 연계")


def test_goals_are_items_with_the_goal_marker(report):
    goals = [i for i in report.items if i.marker == "◇"]
    assert "지역주력산업 고도화 및 기술혁신으로 지역주도의 산업 생태계 구축" in [
        g.text for g in goals
    ]


def test_no_footer_caption_or_table_text_in_items(report):
    texts = [i.text for i in report.items]
    assert not [t for t in texts if FOOTER_RE.match(t)]
    assert not [t for t in texts if "▴" in t]
    # cells of the staffing, budget, fund and glossary tables
    for cell in (
        "44,911",
        "169,485",
        "화력발전지역개발특별회계",
        "집단에너지시설기금",
        "산업기술단지 지원에 관한 특례법",
        "Compensated Gross Tonnage",
    ):
        assert not [t for t in texts if cell in t], cell
    numbered = [p.number for p in report.pages if p.printed_page is not None]
    inside = range(numbered[0], numbered[-1] + 1)
    assert not [i for i in report.items if i.printed_page is None and i.page in inside]


def test_cover_metadata(report):
    doc = report.document
    assert (doc.organisation, doc.plan_year, doc.page_count) == ("첨단산업국", 2025, 71)


def test_words_read_match_the_reference(report):
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} is absent")
    errata = read_errata(str(DATA / "reference_errata.tsv"))
    reference = apply_errata(REFERENCE.read_text(encoding="utf-8"), errata)
    result = match_items([i.text for i in report.items], reference)
    print(
        f"word match: {result.ratio:.2%} strict, {result.ratio_up_to_spacing:.2%} up to spacing"
        f" ({result.total} words)"
    )
    assert result.total > 9000
    assert result.ratio_up_to_spacing >= 0.98
    assert result.ratio >= 0.97
