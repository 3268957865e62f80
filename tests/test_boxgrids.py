"""Tables drawn as separate boxes (``boxgrids``): boxes from rules with rounded corners,
gradient hairlines ignored, rows of boxes at the same columns told from diagrams."""

from __future__ import annotations

from planparse.layout.lines import rule_edge
from planparse.tables.boxgrids import drop_hatches, ruled_boxes, table_runs


def rounded_box(x0: float, top: float, x1: float, bottom: float, corner: float = 7.0) -> list:
    """The four rules of a box with rounded corners: each stops short of the corners."""
    return [
        rule_edge(x0 + corner, top, x1 - corner, top),
        rule_edge(x0 + corner, bottom, x1 - corner, bottom),
        rule_edge(x0, top + corner, x0, bottom - corner),
        rule_edge(x1, top + corner, x1, bottom - corner),
    ]


def test_a_box_with_rounded_corners_is_found_once():
    assert ruled_boxes(rounded_box(235, 172, 354, 206)) == [(235, 172, 354, 206)]


def test_two_boxes_one_above_the_other_are_not_a_third_box_between_them():
    edges = rounded_box(80, 170, 208, 205) + rounded_box(80, 222, 208, 256)
    assert ruled_boxes(edges) == [(80, 170, 208, 205), (80, 222, 208, 256)]


def test_rules_without_sides_are_no_box():
    edges = [rule_edge(80, 100, 300, 100), rule_edge(80, 140, 300, 140)]
    assert ruled_boxes(edges) == []


def test_gradient_hairlines_are_dropped_and_rules_kept():
    hairlines = [rule_edge(115, 138 + 0.7 * k, 354, 138 + 0.7 * k) for k in range(40)]
    rules = rounded_box(235, 172, 354, 206)
    assert drop_hatches(hairlines + rules) == rules


def row(top: float, *columns: tuple[float, float]) -> list[tuple[float, float, float, float]]:
    return [(x0, top, x1, top + 30) for x0, x1 in columns]


def test_rows_of_boxes_at_the_same_columns_are_a_table():
    cols = ((80, 208), (235, 354), (389, 514))
    rows = [row(170 + 50 * k, *cols) for k in range(4)]
    assert table_runs(rows) == [rows]


def test_a_diagram_is_no_table():
    """목표 / 추진전략 / 과제: one box a row, or rows of different columns."""
    stacked = [row(100 + 50 * k, (80, 500)) for k in range(4)]
    assert table_runs(stacked) == []
    changing = [
        row(100, (80, 500)),
        row(150, (80, 280), (300, 500)),
        row(200, (80, 180), (190, 300), (310, 500)),
        row(250, (80, 280), (300, 500)),
    ]
    assert table_runs(changing) == []
