"""The structure stage on hand-made lines: markers, wrapped lines, nesting, sections."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planparse.layout.lines import Line, PageLines, normalise_text
from planparse.outline.contents import TOC_ENTRY_RE, TocEntry, parse_toc
from planparse.outline.tree import lines_to_tree, split_marker


def line(text: str, x0: float, top: float, size: float = 14.0, page: int = 1, **kw) -> Line:
    return Line(
        page=page,
        x0=x0,
        top=top,
        x1=530.0,
        bottom=top + size,
        size=size,
        bold=False,
        font="X",
        text_raw=text,
        text=normalise_text(text),
        printed_page=page,
        **kw,
    )


def page(number: int, *lines: Line) -> PageLines:
    return PageLines(number=number, width=595, height=841, lines=list(lines), printed_page=number)


@pytest.mark.parametrize(
    ("text", "marker", "rest"),
    [
        ("○ 지역혁신클러스터", "○", "지역혁신클러스터"),
        ("- 9대 전략산업별", "-", "9대 전략산업별"),
        ("· ('24.~'26.) 3년간", "·", "('24.~'26.) 3년간"),
        ("▷ '25년 4억원", "▷", "'25년 4억원"),
        ("※ '24. 10월 설립", "※", "'24. 10월 설립"),
        ("* 국장실 1명 별도", "*", "국장실 1명 별도"),
        ("◇ 지역주력산업 고도화", "◇", "지역주력산업 고도화"),
        ("□ 기금 현황", "□", "기금 현황"),
        ("-12% 감소", "", "-12% 감소"),
        ("지역 주도", "", "지역 주도"),
    ],
)
def test_split_marker(text, marker, rest):
    assert split_marker(text) == (marker, rest)


def build(*lines: Line):
    return lines_to_tree("doc", [page(1, *lines)], content_from=1)


def test_items_nest_by_indent_and_annotations_attach_to_the_item_before():
    tree = build(
        line("Ⅱ. 2024년 업무성과", 156, 62, size=30),
        line("□ 미래 신산업 대응체계 강화", 55.8, 170, size=15),
        line("ㅇ 지역혁신클러스터 2차년도 추진", 62.8, 198),
        line("- (R&D) 과제 12개 지원", 75.6, 221),
        line("· ('24.~'26.) 3년간 30억원", 82.2, 245),
        line("▹’23.～’27, 348억원(국226, 시122)", 90, 268),
        line("ㅇ 기업혁신 생태계 조성", 62.8, 292),
    )
    kinds = [(s.kind, s.title) for s in tree.sections]
    assert kinds == [("chapter", "2024년 업무성과"), ("heading", "미래 신산업 대응체계 강화")]
    heading = tree.sections[1].section_id
    by_text = {i.text: i for i in tree.items}
    top = by_text["지역혁신클러스터 2차년도 추진"]
    dash = by_text["(R&D) 과제 12개 지원"]
    dot = by_text["('24.~'26.) 3년간 30억원"]
    note = by_text["'23.~'27, 348억원(국226, 시122)"]
    assert (top.depth, top.parent_item_id, top.section_id) == (0, None, heading)
    assert (dash.depth, dash.parent_item_id) == (1, top.item_id)
    assert (dot.depth, dot.parent_item_id) == (2, dash.item_id)
    assert (note.marker, note.parent_item_id, note.depth) == ("▷", dot.item_id, 3)
    assert by_text["기업혁신 생태계 조성"].depth == 0


def test_a_lower_bullet_set_a_little_right_nests_under_a_higher_one():
    # ocean-agriculture-fisheries p24: "-" lines 4pt right of "①", less than an item's
    # indent, detail it; a "-" flush with a "-" does not nest
    tree = build(
        line("Ⅱ. 2024년 업무성과", 156, 62, size=30),
        line("□ 스마트 기반 양식산업 신성장 동력 마련", 54, 170, size=16),
        line("ㅇ 스마트양식산업 성장 플랫폼 조성", 57, 200, size=15),
        line("① 빅데이터센터 구축 : 데이터 지원 플랫폼 구축", 65, 225, size=13),
        line("- '23.~'26. / 남구 / 130억원(국비91, 시비39)", 69, 246, size=12),
        line("- 정부 공모 선정('23.8.) → 투자사업 심사('23.11.)", 69, 268, size=12),
        line("② 스마트양식 R&D 추진 : 공모 사업 유치 추진", 65, 290, size=13),
        line("- 국가R&D 및 인력양성 추진(국비)", 69, 312, size=12),
        line("- 국비 예산반영('25.)", 69.5, 334, size=12),
    )
    by_text = {i.text: i for i in tree.items}
    first = by_text["빅데이터센터 구축 : 데이터 지원 플랫폼 구축"]
    second = by_text["스마트양식 R&D 추진 : 공모 사업 유치 추진"]
    assert by_text["'23.~'26. / 남구 / 130억원(국비91, 시비39)"].parent_item_id == first.item_id
    assert (
        by_text["정부 공모 선정('23.8.) → 투자사업 심사('23.11.)"].parent_item_id == first.item_id
    )
    assert second.parent_item_id == first.parent_item_id  # ② is ①'s sibling
    assert by_text["국비 예산반영('25.)"].parent_item_id == second.item_id


def test_a_line_opened_by_an_arrow_sign_hangs_its_wrap_like_a_bullet():
    # mss-2021 p14: "⇒" opens the line as a bullet would; the next line, set under its
    # words (24pt right), runs on from it
    tree = build(
        line("Ⅱ. 2024년 업무성과", 156, 62, size=30),
        line("□ 창업·벤처 활성화", 48, 600, size=15),
        line("⇒ '20년 역대 최대 규모의 벤처투자 4.3조원 달성 및 벤처펀드", 62, 736, size=15),
        line("신규결성도 6.6조원(전년비 2.3조원 증가)으로 최초 6조원 돌파", 86, 755, size=15),
    )
    texts = [i.text for i in tree.items]
    assert texts == [
        "⇒ '20년 역대 최대 규모의 벤처투자 4.3조원 달성 및 벤처펀드 "
        "신규결성도 6.6조원(전년비 2.3조원 증가)으로 최초 6조원 돌파"
    ]


def test_hanging_indent_line_continues_the_item():
    tree = build(
        line("- 기업군 성장단계별(잠재-지역스타)", 73.3, 346),
        line("맞춤형 지원 ▹ 31.8억원", 85.0, 366),
        line("- 다음 항목", 73.3, 390),
    )
    assert [i.text for i in tree.items] == [
        "기업군 성장단계별(잠재-지역스타) 맞춤형 지원 ▷ 31.8억원",
        "다음 항목",
    ]
    assert tree.items[0].line_count == 2


def test_a_full_lines_wrap_hangs_under_its_words_at_the_documents_one_pitch():
    # social-welfare p10: every line set 30pt apart, the wrap (13pt) 14pt below its bullet's
    # line (15pt), in the bullet line's font; a note in a font of its own stays apart
    # (youth-industry p8)
    tree = build(
        line("□ 중증장애인 노동권 보장", 75, 156, size=16),
        line(
            "○ 중증장애인이 참여할 수 있는 직무를 일자리로 지원하는 권리중심 일자리",
            75,
            188,
            size=15,
        ),
        line(
            "시범사업(’24.3월, 3.1억원) 및 동료상담사업 신규 추진(‘24.7월 3.1억원)",
            96,
            218,
            size=13,
        ),
        line(
            "- 꼬마메이커스, 아동심리상담 등 7개 프로그램 운영(73개소, 11,706명)", 75, 570, size=16
        ),
        replace(
            line("‘들락날락’, 제3회 SDG 시티어워즈 대상 수상(’24.11.)", 86, 598, size=12), font="Y"
        ),
    )
    assert [i.text for i in tree.items] == [
        "중증장애인이 참여할 수 있는 직무를 일자리로 지원하는 권리중심 일자리 "
        "시범사업('24.3월, 3.1억원) 및 동료상담사업 신규 추진('24.7월 3.1억원)",
        "꼬마메이커스, 아동심리상담 등 7개 프로그램 운영(73개소, 11,706명)",
        "'들락날락', 제3회 SDG 시티어워즈 대상 수상('24.11.)",
    ]


def test_a_boxs_caption_does_not_wrap_the_item_before_it():
    # urban-innovation p44: a centred caption titles the card below it
    tree = build(
        line("- 사업착수(’26.하), 기반시설 조성 완료(’30. 이후)", 78.6, 100),
        line("< 부산항 북항 2단계 항만재개발 사업 도시비전 실현전략 수립 용역 >", 113.4, 122),
        line("ㅇ 용역개요 : ‘22.~’25. / 15억원(시비)", 68.6, 146),
    )
    assert [i.text for i in tree.items] == [
        "사업착수('26.하), 기반시설 조성 완료('30. 이후)",
        "< 부산항 북항 2단계 항만재개발 사업 도시비전 실현전략 수립 용역 >",
        "용역개요 : '22.~'25. / 15억원(시비)",
    ]


def test_line_at_the_marker_column_is_not_a_continuation():
    tree = build(line("○ 첫째", 62.8, 100), line("둘째 문단", 62.8, 122))
    assert [i.text for i in tree.items] == ["첫째", "둘째 문단"]


def test_wrap_across_a_page_break_continues_the_item():
    tree = lines_to_tree(
        "doc",
        [
            page(1, line("○ 스마트공장 보급 확산 지원과 함께", 62.8, 760)),
            page(2, line("공동물류 플랫폼 구축", 75.0, 70, page=2)),
        ],
        content_from=1,
    )
    assert [(i.text, i.page, i.page_end) for i in tree.items] == [
        ("스마트공장 보급 확산 지원과 함께 공동물류 플랫폼 구축", 1, 2)
    ]


def test_divider_page_opens_a_strategy_and_numbered_titles_become_tasks():
    tree = lines_to_tree(
        "doc",
        [
            page(1, line("Ⅳ. 2025년 주요 업무계획", 113, 62, size=30), line("○ 목표", 62, 120)),
            page(
                2,
                line("주력 제조산업 디지털전환 및", 126, 177, size=25, page=2),
                line("1", 71.8, 185, size=60, page=2),
                line("신성장산업 혁신 생태계 구축", 126, 215, size=25, page=2),
                line("□ 주력산업의 체계적인 육성", 110, 323, size=17, page=2),
            ),
            page(
                3,
                line(
                    "1 주력산업의 체계적인 육성 및 지역기업 맞춤형 성장 지원",
                    68,
                    71,
                    size=20,
                    page=3,
                ),
                line("□ 전략산업 육성체계 구축", 55.8, 168, size=17, page=3),
                line("ㅇ 지역산업의 체계적 육성", 62.8, 197, page=3),
            ),
            page(4, line("2 신발·섬유·패션산업 고도화", 68, 71, size=20, page=4)),
        ],
        content_from=1,
    )
    got = [(s.kind, s.number, s.task_no, s.title) for s in tree.sections]
    assert got == [
        ("chapter", 4, None, "2025년 주요 업무계획"),
        ("strategy", 1, None, "주력 제조산업 디지털전환 및 신성장산업 혁신 생태계 구축"),
        ("task", 1, 1, "주력산업의 체계적인 육성 및 지역기업 맞춤형 성장 지원"),
        ("heading", None, None, "전략산업 육성체계 구축"),
        ("task", 2, 2, "신발·섬유·패션산업 고도화"),
    ]
    # the divider's own task list is not read as headings or items
    assert [i.text for i in tree.items] == ["목표", "지역산업의 체계적 육성"]


def test_banner_strategy_and_issue_block():
    tree = build(
        line("Ⅴ. 당면 현안", 150, 60, size=30),
        line("현안 3 파워반도체상용화센터 Fab-Ⅱ 건립", 56, 100, size=17),
        line("□ 사업 개요 (2025~2026)", 55.8, 166, size=15),
        line("□ (협업과제) 분산에너지 연계", 75.7, 190, size=15),
    )
    got = [(s.kind, s.number, s.title) for s in tree.sections]
    assert got == [
        ("chapter", 5, "당면 현안"),
        ("issue", 3, "파워반도체상용화센터 Fab-Ⅱ 건립"),
        ("heading", None, "사업 개요 (2025~2026)"),
    ]
    # an indented box bullet under a heading is an item, not a new heading
    assert [(i.marker, i.text) for i in tree.items] == [("□", "(협업과제) 분산에너지 연계")]


@pytest.mark.parametrize(
    ("row", "kind", "number", "title", "page"),
    [
        ("Ⅰ. 기본현황 1", "chapter", 1, "기본현황", 1),
        (
            "Ⅳ. 정책 목표 및전략 ····································· 8",
            "chapter",
            4,
            "정책 목표 및전략",
            8,
        ),
        (
            "Ⅴ. 주요 역점 시 책 ·········································· 1 0",
            "chapter",
            5,
            "주요 역점 시 책",
            10,
        ),
        (
            "1. 주력 제조산업 디지털전환 및 신성장 산업 혁신 생태계 구축 24",
            "strategy",
            1,
            "주력 제조산업 디지털전환 및 신성장 산업 혁신 생태계 구축",
            24,
        ),
        ("【부록 1】2025년 주요 행사일정 60", "appendix", 1, "2025년 주요 행사일정", 60),
        (
            "Ⅸ 기타 보 고 ···························································· 5 2",
            "chapter",
            9,
            "기타 보 고",
            52,
        ),
        ("d. 2025년 주요업무계획 8", "chapter", 4, "2025년 주요업무계획", 8),
    ],
)
def test_contents_rows(row, kind, number, title, page):
    entries = parse_toc(PageLines(1, 595, 841, [line(row, 60, 100)]))
    assert [(e.kind, e.number, e.title, e.printed_page) for e in entries] == [
        (kind, number, title, page)
    ]


def test_contents_joins_title_and_right_aligned_page_number():
    rows = [
        line("Ⅰ. 기본현황", 61, 182, size=22),
        line("1", 517, 183.7, size=18),
        line("1. 주력 제조산업", 110, 435, size=16),
        line("24", 511, 435, size=16),
    ]
    entries = parse_toc(PageLines(3, 595, 841, rows))
    assert entries == [
        TocEntry("chapter", 1, None, "기본현황", 1),
        TocEntry("strategy", 1, 1, "주력 제조산업", 24),
    ]


def test_contents_entry_pattern_rejects_body_text():
    assert not TOC_ENTRY_RE.match("지역혁신클러스터 3차년도 추진 348")


def spread(number: int, *lines: Line, printed: int | None = None) -> PageLines:
    return PageLines(
        number=number, width=1190, height=842, lines=list(lines), printed_page=printed, spread=True
    )


def test_a_spread_holds_two_printed_pages_and_a_divider_between_numbered_ones_is_filled():
    from planparse.layout.lines import fill_printed_pages

    body = line("· 본문", 40, 200, page=1)
    right = line("· 오른쪽 본문", 640, 200, page=1)
    pages = [
        spread(1, body, right, printed=64),
        spread(2, line("미래역량을", 170, 300, size=50, page=2)),  # a divider: no footer
        spread(3, line("· 본문", 40, 200, page=3), printed=68),
    ]
    fill_printed_pages(pages)
    assert [p.printed_page for p in pages] == [64, 66, 68]
    assert (body.printed_page, right.printed_page) == (64, 65)


def test_a_path_number_beside_its_banner_title_opens_the_level_its_path_gives():
    # a booklet: a task's number over its title on the task's cover, then each subtask's
    # "1-1-1" in a circle beside its title on a banner set a little higher
    tree = lines_to_tree(
        "doc",
        [
            page(
                1,
                line("Ⅴ. 추진과제", 60, 60, size=30),
                line("1 미래역량을 기르는 교육", 60, 120, size=24),
                line("· 미래역량", 60, 160, size=11),
                line("· 기르는 교육", 60, 180, size=11),
            ),
            page(
                2,
                line("1-1", 260, 200, size=38, page=2),
                line("학생 성장 중심의", 200, 280, size=38, page=2),
                line("· 기초학력 보장", 60, 400, size=11, page=2),
            ),
            page(
                3,
                line("모든 학생의 기초학력 보장", 131, 78, size=21, page=3),
                replace(line("1-1-1", 47, 90, size=23, page=3), x1=105),
                line("· 학교 내 통합 진단", 34, 222, size=11, page=3),
            ),
        ],
        content_from=1,
    )
    got = [(s.kind, s.number, s.title) for s in tree.sections]
    assert got == [
        ("chapter", 5, "추진과제"),
        ("strategy", 1, "미래역량을 기르는 교육"),
        ("task", 1, "학생 성장 중심의"),
        ("subtask", 1, "모든 학생의 기초학력 보장"),
    ]
    assert tree.items[-1].section_id == tree.sections[-1].section_id


def test_an_appendix_chapter_opens_the_parts_its_divider_lists():
    toc = [
        TocEntry(kind="chapter", number=1, chapter=None, title="추진과제", printed_page=1),
        TocEntry(kind="chapter", number=2, chapter=None, title="부록", printed_page=2),
    ]
    tree = lines_to_tree(
        "doc",
        [
            page(1, line("Ⅰ. 추진과제", 60, 60, size=30), line("○ 목표", 62, 120)),
            page(
                2,
                line("Ⅱ", 680, 200, size=80, page=2),
                line("부록", 690, 370, size=65, page=2),
                line("2026 학교교육계획 반영사항", 695, 570, size=16, page=2),
                line("2025 주요 성과", 695, 603, size=16, page=2),
                line("2026 세부사업별 담당부서", 695, 636, size=16, page=2),
            ),
            page(
                3,
                line("2026학교교육계획반영사항", 42, 70, size=22, page=3),
                line("○ 유치원 평가", 42, 120, page=3),
                line("○ 특수학급 운영", 42, 140, page=3),
            ),
            page(
                4,
                line("2025주요성과", 44, 70, size=22, page=4),
                line("1 미래역량을기르는교육", 46, 146, size=19, page=4),
                line("○ 기초학력 보장", 42, 180, page=4),
            ),
            page(
                5,
                line("2026세부사업별담당부서", 44, 70, size=22, page=5),
                line("○ 교육정책과", 42, 120, page=5),
            ),
        ],
        content_from=1,
        toc=toc,
    )
    got = [(s.kind, s.title, s.page_start) for s in tree.sections]
    assert got[1:4] == [
        ("appendix", "부록", 2),
        ("appendix", "2026 학교교육계획 반영사항", 3),
        ("appendix", "2025 주요 성과", 4),
    ]
    by_id = {s.section_id: s for s in tree.sections}
    assert by_id[tree.sections[3].parent_id or ""].title == "부록"
    # an appendix's numbered titles are its headings, not the plan's strategies, and the
    # part they stand in holds them until the next part opens
    assert got[4][0] == "heading"
    assert by_id[tree.sections[4].parent_id or ""].title == "2025 주요 성과"
    assert got[5] == ("appendix", "2026 세부사업별 담당부서", 5)
    assert by_id[tree.sections[5].parent_id or ""].title == "부록"


def test_boxed_numeral_glyphs_at_body_size_are_strategies_over_the_box_bullet_tasks():
    # a ministry's plan: "[1] 당면 현안 …" in a private-use boxed-numeral glyph, its tasks
    # "□ …" in the □ character, all at the body's size
    def boxed(text: str, top: float, page_no: int) -> Line:
        return line(text, 59.0, top, size=15, page=page_no, private_mark=True)

    tree = lines_to_tree(
        "doc",
        [
            page(
                1,
                line("Ⅲ. 핵심 추진과제", 65, 70, size=16),
                boxed("□ 당면 현안 및 고질적 문제 해결", 118, 1),
                line("□ 소상공인 경영부담 완화", 53.9, 162, size=15),
                line("○ (금융부담 완화) 저금리 정책자금 공급", 61, 196, size=15),
                line("□ 납품대금연동제의 빠른 현장 안착 지원", 53.9, 612, size=15),
            ),
            page(
                2,
                boxed("□ 소상공인 안전망 강화 및 성장기반 마련", 69, 2),
                line("□ 보다 두터운 소상공인 사회 안전망 구축", 53.9, 113, size=15, page=2),
            ),
        ],
        content_from=1,
    )
    got = [(s.kind, s.title) for s in tree.sections]
    assert got == [
        ("chapter", "핵심 추진과제"),
        ("strategy", "당면 현안 및 고질적 문제 해결"),
        ("task", "소상공인 경영부담 완화"),
        ("task", "납품대금연동제의 빠른 현장 안착 지원"),
        ("strategy", "소상공인 안전망 강화 및 성장기반 마련"),
        ("task", "보다 두터운 소상공인 사회 안전망 구축"),
    ]


def test_keyword_titles_under_boxed_strategies_are_tasks_and_run_on_below_a_full_line():
    # a ministry: "[1] …" boxed strategies on banners, "(1) 키워드 : …" tasks at body size,
    # a task's title run on flush onto the next line
    def full(text: str, x0: float, top: float, **kw) -> Line:
        return replace(line(text, x0, top, size=15, **kw), x1=538)

    tree = build(
        line("Ⅲ. 핵심 추진과제", 68, 66, size=18),
        line("□ 신산업·신시장 개척의 첨병, 창업벤처 집중 육성", 61.8, 108, size=15, banner=True),
        full("(1) 세계(글로벌) : 내수를 넘어 세계시장을 호령하는 세계(글로벌)", 56.6, 211),
        line("거대신생기업(유니콘) 창출", 56.6, 230, size=15),
        line("○ (국외) 창업 초기 기업의 투자유치 및 해외진출", 64.1, 257, size=15),
        line("○ 사업기간 : 2023~2026", 64.1, 280, size=15),
        line("(2) 디지털 : 디지털 경제 선점 위한 창업 초기 기업 육성", 56.6, 300, size=14.97),
        line("○ (디지털 창업) 디지털 전략기술 예비창업자 양성", 64.1, 330, size=15),
    )
    got = [(s.kind, s.number, s.title) for s in tree.sections]
    assert got == [
        ("chapter", 3, "핵심 추진과제"),
        ("strategy", 1, "신산업·신시장 개척의 첨병, 창업벤처 집중 육성"),
        (
            "task",
            1,
            "세계(글로벌) : 내수를 넘어 세계시장을 호령하는 세계(글로벌) 거대신생기업(유니콘) 창출",
        ),
        ("task", 2, "디지털 : 디지털 경제 선점 위한 창업 초기 기업 육성"),
    ]


def test_a_chapter_the_contents_words_otherwise_is_found_by_its_numeral_without_page_numbers():
    toc = [
        TocEntry(kind="chapter", number=1, chapter=None, title="추진성과와 평가", printed_page=1),
        TocEntry(
            kind="chapter",
            number=2,
            chapter=None,
            title="2023년 부처 핵심 추진과제",
            printed_page=5,
        ),
    ]
    pages = [
        PageLines(number=n, width=595, height=841, lines=list(lines))
        for n, lines in (
            (
                1,
                [
                    line("I. 추진성과와 평가", 68, 66, size=18, page=1),
                    line("○ 성과", 62, 120, page=1),
                ],
            ),
            (
                2,
                [
                    line("Ⅱ. 핵심 추진과제", 68, 66, size=18, page=2),
                    line("○ 과제", 62, 120, page=2),
                ],
            ),
        )
    ]
    for p in pages:
        for ln in p.lines:
            ln.printed_page = None
    tree = lines_to_tree("doc", pages, content_from=1, toc=toc)
    assert [(s.kind, s.number, s.page_start) for s in tree.sections] == [
        ("chapter", 1, 1),
        ("chapter", 2, 2),
    ]
    assert tree.items[-1].section_id == tree.sections[-1].section_id
