"""The PDF stage on synthetic glyphs: word spacing, doubled glyphs, rows, glyph mapping."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.layout.lines import (
    FOOTER_RE,
    chars_to_lines,
    collapse_letter_spacing,
    drop_doubled_glyphs,
    edges_to_components,
    join_split_rows,
    local_scales,
    map_private_use,
    normalise_text,
)
from planparse.layout.settings import LAYOUT
from planparse.read.page import readable_fontname


def glyphs(
    text: str,
    x: float,
    top: float,
    size: float,
    pitch: float,
    width: float,
    gaps: dict[int, float] | None = None,
    font: str = "INPILL+HaanSomangM",
) -> list[dict]:
    """Lay out text as pdfplumber chars: fixed pitch, extra space before the given indices."""
    chars, gaps = [], gaps or {}
    for i, ch in enumerate(text):
        x += gaps.get(i, 0.0)
        w = width if ord(ch) > 0x1100 else width / 2
        chars.append(
            {
                "text": ch,
                "x0": x,
                "x1": x + w,
                "top": top,
                "bottom": top + size,
                "size": size,
                "fontname": font,
                "font": font,
                "upright": True,
            }
        )
        x += pitch if ord(ch) > 0x1100 else pitch / 2
    return chars


def test_condensed_justified_line_keeps_its_word_spaces():
    # Seen on p.25 of the Advanced Industries plan: glyphs 13.6 wide drawn at a 9.1 pitch,
    # word gaps only 4 pt wide; the default x_tolerance drops every space.
    chars = glyphs(
        "주력산업핵심품목선정을통한혁신성",
        75,
        366,
        14.04,
        9.1,
        13.62,
        gaps={4: 4.3, 8: 4.3, 11: 4.3, 13: 4.3},
    )
    [line] = chars_to_lines(chars, 29)
    assert line.text == "주력산업 핵심품목 선정을 통한 혁신성"


def test_letter_spaced_title_reads_as_one_word():
    chars = glyphs("기본현황", 111.6, 182, 21.96, 33.4, 21.52)
    [line] = chars_to_lines(chars, 5)
    assert line.text == "기본현황"


def test_doubled_fake_bold_glyphs_are_dropped():
    first = glyphs("보고순서", 80.0, 100.36, 29.97, 42.7, 28.5)
    second = glyphs("보고순서", 78.56, 98.92, 29.97, 42.7, 28.5)
    [line] = chars_to_lines(first + second, 3)
    assert line.text == "보고순서"
    assert line.bold


def test_drop_doubled_keeps_repeated_letters_that_are_apart():
    chars = glyphs("사사", 0, 0, 10, 10, 10)
    kept, doubled = drop_doubled_glyphs(chars, LAYOUT.doubled_glyph_em)
    assert [c["text"] for c in kept] == ["사", "사"] and not doubled


def test_raised_small_text_joins_its_row():
    base = glyphs("오로라", 100, 700, 14, 14, 14)
    raised = glyphs("25", 80, 696, 8, 8, 8)
    lines = chars_to_lines(base + raised, 1)
    assert len(lines) == 1


def test_a_superscript_note_above_a_line_does_not_split_it():
    # water-works p22: "ㅇ 총사업비 : 290억원(국비 87 ^환경부 일반회계^, 지방비 203 ^부산177,양산26*^)".
    # The note, raised above the line's top, opens the row; the line's digits stand a
    # point lower than its Hangul and fell short of the note's height: a row of their own.
    # its mark's top 5 points above the line's, its bottom 8 points above the line's
    note = glyphs("환경부일반회계", 176, 323.7, 9.6, 8, 8) + glyphs("*", 232, 320.7, 11.5, 6, 6)
    hangul = glyphs("ㅇ총사업비", 52.1, 325.6, 15, 13.7, 13.7) + glyphs(
        "억원", 146, 325.6, 15, 13.7, 13.7
    )
    digits = glyphs("290", 124, 326.5, 15, 6.8, 6.8)  # a point lower than the Hangul
    [line] = chars_to_lines(note + hangul + digits, 22)
    assert line.text.replace(" ", "") == "○총사업비290억원환경부일반회계*"


@pytest.mark.parametrize(
    ("second_top", "second_size", "rows"),
    [
        (326.5, 15, 1),  # one line's glyphs, a point apart: one row
        (333.0, 15, 2),  # a diagram's lines set close (half their height apart): two
        (326.5, 12, 2),  # a smaller line beside it: two
    ],
)
def test_rows_of_one_size_at_one_height_are_joined(second_top, second_size, rows):
    first = glyphs("총사업비", 52, 325.6, 15, 13.7, 13.7)
    second = glyphs("290", 124, second_top, second_size, 6.8, 6.8)
    assert len(join_split_rows([first, second])) == rows


def test_big_divider_numeral_is_not_merged_with_the_title_beside_it():
    numeral = [
        {
            "text": "1",
            "x0": 71.8,
            "x1": 100,
            "top": 185,
            "bottom": 245,
            "size": 60,
            "fontname": "X",
            "font": "X",
            "upright": True,
        }
    ]
    title1 = glyphs("주력제조산업", 126, 177.6, 25, 26, 25)
    title2 = glyphs("신성장산업", 126, 215.2, 25, 26, 25)
    texts = sorted(ln.text for ln in chars_to_lines(numeral + title1 + title2, 28))
    assert texts == ["1", "신성장산업", "주력제조산업"]


def test_far_apart_cells_become_separate_segments():
    chars = glyphs("구분", 67, 624, 13, 13, 13) + glyphs("산업정책과", 184, 624, 13, 13, 13)
    assert [ln.text for ln in chars_to_lines(chars, 5)] == ["구분", "산업정책과"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ㅇ 위 치 : 강서구", "○ 위치 : 강서구"),
        ("Ⅴ . 당 면 현 안", "Ⅴ . 당면현안"),
        ("[대 외] 글로벌 반도체", "[대외] 글로벌 반도체"),
        ("운 영 실 적 : 운영개시", "운영실적 : 운영개시"),
        ("및 그 밖의 사항", "및 그 밖의 사항"),  # two ordinary one-syllable words stay apart
        ("조 직 : 5과 22팀", "조직 : 5과 22팀"),
    ],
)
def test_collapse_letter_spacing(raw, expected):
    assert normalise_text(collapse_letter_spacing(raw)) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("▹’23.～’27, 348억원(국226, 시122)", "▷ '23.~'27, 348억원(국226, 시122)"),
        ("ㅇ ‘25년 정부(산업부) 예산", "○ '25년 정부(산업부) 예산"),
        ("ㅇ사업기간 : 3년간", "○사업기간 : 3년간"),
        ("반도체․신소재 산업", "반도체·신소재 산업"),
        ("AI・양자 등", "AI·양자 등"),
        ("◊ 지역주력산업 고도화", "◇ 지역주력산업 고도화"),
        ("’24～’28", "'24~'28"),
        ("’24∼’28", "'24~'28"),
        ("개최(`25.하)", "개최('25.하)"),
        ("➊ 부산 미래차산업", "① 부산 미래차산업"),
    ],
)
def test_normalise_text(raw, expected):
    assert normalise_text(raw) == expected


@given(st.text(alphabet="가나다라 ㅇ○▹’～·‧ -()[]:0123456789", max_size=40))
def test_normalise_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.lists(st.sampled_from(["가", "나다", "(라", "마)", ":", "및", "123"]), max_size=12))
def test_collapse_keeps_every_character(tokens):
    text = " ".join(tokens)
    assert collapse_letter_spacing(text).replace(" ", "") == text.replace(" ", "")


def test_readable_fontname_cp949_bytes_and_subset_tag_dropped():
    # pdfminer gives a name that is not ASCII as the repr of its bytes, PDFium the bytes
    assert readable_fontname("b'INPILL+\\xc8\\xde\\xb8\\xd5\\xb8\\xed\\xc1\\xb6'") == "휴먼명조"
    assert readable_fontname(b"INPILL+\xc8\xde\xb8\xd5\xb8\xed\xc1\xb6") == "휴먼명조"
    assert readable_fontname(b"INPILL+Haansoft Batang") == "Haansoft Batang"
    assert readable_fontname(None) == "unknown"


def test_private_use_box_bullet_is_mapped_by_font():
    assert map_private_use({"text": "\uf000", "fontname": "Haansoft Batang"}) == "□"
    assert map_private_use({"text": "가", "fontname": "X"}) == "가"


@pytest.mark.parametrize(("text", "page"), [("- 1 -", "1"), ("- 51 -", "51"), ("-12-", "12")])
def test_footer_pattern(text, page):
    m = FOOTER_RE.match(text)
    assert m and m.group(1) == page


def test_footer_pattern_rejects_dash_items():
    assert not FOOTER_RE.match("- 9대 전략산업별 -")


def test_a_line_of_several_fonts_takes_the_first_of_the_most_frequent():
    """A line's font is its most frequent glyph font, the first on a tie, in every
    process (it was taken from a set, whose order changes with the hash seed)."""
    chars = []
    for n, font in enumerate(["HCRDotum", "MalgunGothic", "Gulim", "Batang"]):
        chars += glyphs("가나", 75 + 24 * n, 100, 12, 12, 12, font=font)
    [line] = chars_to_lines(chars, 1)
    assert line.font == "HCRDotum"


def all_pairs_components(edges: list[dict], tol: float = 2.0) -> list[list[int]]:
    """Connected components by comparing every pair: what ``edges_to_components`` must give."""
    parent = list(range(len(edges)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(edges):
        for j, b in enumerate(edges[:i]):
            if (
                a["x0"] - tol <= b["x1"] + tol
                and b["x0"] - tol <= a["x1"] + tol
                and a["top"] - tol <= b["bottom"] + tol
                and b["top"] - tol <= a["bottom"] + tol
            ):
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(edges)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


coordinate = st.integers(0, 120).map(lambda n: n / 2)  # half points, so boxes often touch
edge = st.builds(
    lambda x, y, length, across: (
        {"x0": x, "top": y, "x1": x + length, "bottom": y}
        if across
        else {"x0": x, "top": y, "x1": x, "bottom": y + length}
    ),
    coordinate,
    coordinate,
    st.integers(0, 80).map(lambda n: n / 2),
    st.booleans(),
)


@given(st.lists(edge, max_size=40).flatmap(lambda es: st.just(es + es[: len(es) // 3])))
def test_edge_components_are_those_of_comparing_every_pair(edges):
    """The sweep (bands, edges left behind dropped, a box drawn twice read once) groups the
    edges as comparing every pair does, in the same order."""
    groups = edges_to_components(edges)
    assert [[id(e) for e in g] for g in groups] == [
        [id(edges[i]) for i in g] for g in all_pairs_components(edges)
    ]


def plain_local_scales(chars: list[dict], window: int = 4) -> list[float]:
    """``local_scales`` by its definition, one window at a time: each pair's pitch over
    width, the 30% quantile of its window (of its own font and size where at least three
    of the window are), held to 0.4 to 2.5."""
    ratios = [(b["x0"] - a["x0"]) / max(a["x1"] - a["x0"], 0.01) for a, b in pairwise(chars)]
    runs = [(c["font"], round(c["size"], 1)) for c in chars]
    scales = []
    for i in range(len(ratios)):
        lo, hi = max(i - window, 0), min(i + window + 1, len(ratios))
        same_run = [ratios[j] for j in range(lo, hi) if runs[j] == runs[i]]
        pool = sorted(same_run if len(same_run) >= 3 else ratios[lo:hi])
        scales.append(min(max(pool[int(0.3 * (len(pool) - 1))], 0.4), 2.5))
    return scales


glyph_run = st.lists(
    st.tuples(
        st.floats(0, 12),  # width
        st.floats(-1, 15),  # pitch to the next glyph
        st.sampled_from(["A", "B"]),  # font
        st.sampled_from([10.0, 10.04, 11.0]),  # size (10 and 10.04 are one run)
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=1000)
@given(glyph_run)
def test_local_scales_are_those_of_each_window_in_turn(run):
    chars, x = [], 0.0
    for width, pitch, font, size in run:
        chars.append({"x0": x, "x1": x + width, "font": font, "size": size})
        x += pitch
    assert local_scales(chars) == plain_local_scales(chars)
