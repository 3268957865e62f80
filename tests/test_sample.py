"""The project's own sample PDF (samples/busan-2025): structure as written in report.txt."""

from __future__ import annotations


def test_sample_sections(sample):
    got = [
        (s.kind, s.number, s.task_no, s.printed_page_start)
        for s in sample.sections
        if s.kind != "heading"
    ]
    assert got == [
        ("chapter", 1, None, 1),
        ("chapter", 2, None, 2),  # 2024년 업무성과: its numbered results are headings
        ("chapter", 4, None, 3),
        ("strategy", 1, None, 4),
        ("task", 1, 1, 5),
        ("task", 2, 2, 6),
        ("strategy", 2, None, 7),
        ("task", 1, 3, 8),
        ("chapter", 5, None, 9),
        ("issue", 1, None, 9),
        ("appendix", 1, None, 10),
    ]
    assert sum(s.kind == "heading" for s in sample.sections) == 14  # 12 and Ⅱ's 2 results
    assert [i for i in sample.issues if i.code.startswith("toc_")] == []


def test_sample_items_and_what_is_left_out(sample):
    texts = [i.text for i in sample.items]
    assert "지역혁신클러스터 2차년도 추진 ▷ '23.~'27, 348억원(국226, 시122)" in texts
    assert "전력반도체 상용화센터 Fab-Ⅱ 건립 ▷ '25~'26, 313.3억원(국150, 시150, 민13.3)" in texts
    # wrapped onto a second line in the PDF, one item here
    assert (
        "중견기업-지역혁신 얼라이언스 지원사업 추진 ▷ '24년~'28년, 60억원(국42, 시8, 민10)" in texts
    )
    for left_out in ("2025년 주요업무계획", "44,911", "드론쇼코리아('24.3.6.~3.8.)", "- 3 -"):
        assert not [t for t in texts if left_out in t], left_out
    note = next(i for i in sample.items if i.marker == "※")
    parent = next(i for i in sample.items if i.item_id == note.parent_item_id)
    assert parent.text.startswith("신발산업 디지털 전환")
