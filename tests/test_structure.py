"""The structure stage on hand-made lines: markers, wrapped lines, nesting, sections."""

from __future__ import annotations

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
