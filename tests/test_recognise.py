"""Tables and recognisers on hand-made grids: spans, continuation, amounts, cross-checks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from planparse.layout.lines import PageLines
from planparse.tables.assemble import Table, grid_to_table, pages_to_tables
from planparse.tables.grids import Grid, GridCell
from planparse.tables.recognise import figure, recognise_tables, won


def grid(
    rows: list[list[str]],
    page: int = 1,
    top: float = 100,
    width: float = 60,
    height: float = 20,
    spans: dict[tuple[int, int], int] | None = None,
) -> Grid:
    """A grid of cells laid out row by row; spans[(r, c)] = columns the cell covers."""
    spans = spans or {}
    g = Grid(page, 50, top, 50 + width * len(rows[0]), top + height * len(rows))
    for r, row in enumerate(rows):
        c = 0
        for text in row:
            if text is None:
                c += 1
                continue
            span = spans.get((r, c), 1)
            x0, y0 = 50 + c * width, top + r * height
            g.cells.append(
                GridCell(x0, y0, x0 + span * width, y0 + height, text, text, [(y0 + 2, text)])
            )
            c += span
    return g


def table(rows, unit=None, caption=None, **kw) -> Table:
    t = grid_to_table(grid(rows, **kw), "t001")
    assert t is not None
    t.unit, t.caption = unit, caption
    return t


def recognise(*tables: Table, year: int = 2025):
    return recognise_tables("doc", list(tables), year, lambda t: None, lambda t: None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("44,911", Decimal(44911)),
        ("△1,234", Decimal(-1234)),
        ("-56", Decimal(-56)),
        ("0.5", Decimal("0.5")),
        ("-", None),
        ("미정", None),
    ],
)
def test_figures(text, value):
    assert figure(text) == value


def test_won_applies_the_table_unit():
    assert won("1,019", "백만원") == 1_019_000_000
    assert won("△56", "억원") == -5_600_000_000
    assert won("0.5", None) is None  # half a won is not a whole amount


def test_spanned_header_cells():
    t = table(
        [
            ["구분", "2025년 조성계획", None, None],
            ["구분", "수입", "지출", "증감"],
            ["A", "1", "2", "3"],
        ],
        spans={(0, 1): 3},
    )
    header = [c for c in t.cells if c.row == 0]
    assert [(c.col, c.col_span, c.text) for c in header] == [
        (0, 1, "구분"),
        (1, 3, "2025년 조성계획"),
    ]
    assert t.grid()[0] == ["구분", "2025년 조성계획", "2025년 조성계획", "2025년 조성계획"]


def test_a_lone_box_is_not_a_table():
    assert grid_to_table(grid([["", "목표", ""], ["", "", ""]]), "t") is None


def test_a_table_continued_on_the_next_page_is_joined_and_its_header_dropped():
    first = PageLines(
        65, 595, 841, grids=[grid([["용어", "내용"], ["가", "a"], ["나", "b"]], page=65, top=700)]
    )
    second = PageLines(66, 595, 841, grids=[grid([["용어", "내용"], ["다", "c"]], page=66, top=60)])
    [t] = pages_to_tables([first, second])
    assert (t.page, t.page_end, t.n_rows) == (65, 66, 4)
    assert [row[0] for row in t.grid()] == ["용어", "가", "나", "다"]


def test_budget_total_that_does_not_add_up_is_reported():
    t = table(
        [["구분", "계", "A과", "B과"], ["세입", "100", "60", "30"], ["세출", "50", "20", "30"]],
        unit="백만원",
        caption="○ 일반회계",
    )
    found = recognise(t)
    assert [(b.department, b.revenue_krw) for b in found.rows["budgets"]][:2] == [
        ("계", 100_000_000),
        ("A과", 60_000_000),
    ]
    [issue] = found.issues
    assert issue.code == "table_total_mismatch" and "세입" in issue.raw and "90" in issue.message


def test_staffing_down_the_first_column():
    t = table([["구분", "정원", "현원"], ["계", "5", "4"], ["A과", "3", "2"], ["B과", "2", "2"]])
    found = recognise(t)
    assert [(s.group, s.quota, s.current) for s in found.rows["staffing"]] == [
        ("계", 5, 4),
        ("A과", 3, 2),
        ("B과", 2, 2),
    ]
    assert found.issues == []


def test_fund_balance_that_does_not_add_up_is_reported():
    t = table(
        [
            ["기금명", "조성액", "수입", "지출", "증감", "예상액"],
            ["X기금", "10", "5", "3", "2", "13"],
        ],
        unit="백만원",
    )
    found = recognise(t)
    assert found.rows["funds"][0].balance_end_krw == 13_000_000
    assert [i.code for i in found.issues] == ["fund_balance_mismatch"]


def test_invalid_event_date_is_reported():
    t = table([["월별", "행사명", "기간", "장소"], ["2월", "행사", "2.30.~31.", "벡스코"]])
    found = recognise(t)
    assert [i.code for i in found.issues] == ["event_date_invalid"]
    assert found.rows["events"][0].start_date is None


def test_duplicate_glossary_term_is_reported():
    t = table([["용어", "내용"], ["AI (Artificial Intelligence)", "인공지능"], ["AI", "다시"]])
    found = recognise(t)
    assert [(g.term, g.alias) for g in found.rows["glossary"]] == [
        ("AI", "Artificial Intelligence"),
        ("AI", None),
    ]
    assert [i.code for i in found.issues] == ["glossary_duplicate_term"]


def test_an_unknown_table_keeps_no_kind():
    t = table([["연번", "사업명"], ["1", "무엇"], ["2", "다른 것"]])
    found = recognise(t)
    assert t.kind is None and all(not rows for rows in found.rows.values())
