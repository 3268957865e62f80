"""Tables drawn as separate boxes: one box per cell, no rules between them.

HWP infographics often lay a table out as rows of boxes - rounded, dotted or solid,
with arrows or blank space between them - under a line of column labels
(``[ 프로젝트 ]  < 2024년 >  < 2025년 >``). No rule joins the boxes, so the table finder
sees nothing. Here a box is any closed outline on its own: a rectangle or curve, or four
rules (solid or dotted) that meet at the corners, rounded corners included. Boxes whose
tops and bottoms line up are a row; rows whose boxes stand at the same columns are a
table when there are at least ``min_rows`` (``TableSettings``) of them. The line just above the first row
whose words stand over the columns is the header.

A policy diagram (목표 / 추진전략 / 중점 추진과제) is told apart by its shape: its
boxes are stacked one per row, or its rows hold different numbers of boxes at different
places, so no run of ``min_rows`` rows shares one set of columns.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from itertools import pairwise
from typing import Any

import regex

from planparse.layout.lines import Line, PageLines, dotted_rules, rule_edges
from planparse.output.model import Box
from planparse.read.page import Page
from planparse.tables.grids import Grid, cell_lines, grid_cell, holds, is_table, read_grids, within
from planparse.tables.settings import TABLES, TableSettings

NUDGE = 1e-6  # points: a search window widened past rounding; the test itself is exact


def drop_hatches(
    edges: list[dict[str, Any]], settings: TableSettings = TABLES
) -> list[dict[str, Any]]:
    """Edges less the hairlines of gradient fills (runs of ``hatch_count`` or more
    horizontal edges of one span stacked ``hatch_gap`` apart): they would join every box on
    the page."""
    spans: dict[tuple[int, int], list[int]] = defaultdict(list)
    for k, e in enumerate(edges):
        if e["orientation"] == "h":
            spans[(round(e["x0"]), round(e["x1"]))].append(k)
    drop: set[int] = set()
    for ks in spans.values():
        ks.sort(key=lambda k: edges[k]["top"])
        runs = [ks[:1]]
        for k in ks[1:]:
            if edges[k]["top"] - edges[runs[-1][-1]]["top"] <= settings.hatch_gap:
                runs[-1].append(k)
            else:
                runs.append([k])
        drop.update(k for run in runs if len(run) >= settings.hatch_count for k in run)
    return [e for k, e in enumerate(edges) if k not in drop]


def ruled_boxes(edges: list[dict[str, Any]], settings: TableSettings = TABLES) -> list[Box]:
    """Boxes closed by four rules: a top and a bottom rule of one span, and a side rule at
    each end of it, up to ``corner`` points out or in, and from top to bottom but for up to
    ``corner`` points at each end (rounded corners leave gaps)."""
    corner, align = settings.corner, settings.box_align
    low, high, narrowest = settings.box_min_height, settings.box_max_height, settings.box_min_width
    horizontal = sorted((e for e in edges if e["orientation"] == "h"), key=lambda e: e["top"])
    vertical = sorted((e for e in edges if e["orientation"] == "v"), key=lambda e: e["top"])
    vertical_tops = [v["top"] for v in vertical]
    boxes = []
    for n, top in enumerate(horizontal):
        for bottom in horizontal[n + 1 :]:
            height = bottom["top"] - top["top"]
            if height > high:
                break
            if height < low or top["x1"] - top["x0"] < narrowest:
                continue
            if abs(top["x0"] - bottom["x0"]) > align or abs(top["x1"] - bottom["x1"]) > align:
                continue
            # the side rules start within the corner's gap of the top rule: look only there
            near = slice(
                bisect.bisect_left(vertical_tops, top["top"] - corner - NUDGE),
                bisect.bisect_right(vertical_tops, top["top"] + corner + NUDGE),
            )
            sides = [
                v
                for v in vertical[near]
                if abs(v["top"] - top["top"]) <= corner
                and abs(v["bottom"] - bottom["top"]) <= corner
            ]
            left = [v["x0"] for v in sides if abs(v["x0"] - top["x0"]) <= corner]
            right = [v["x0"] for v in sides if abs(v["x0"] - top["x1"]) <= corner]
            if left and right:
                boxes.append((min(left), top["top"], max(right), bottom["top"]))
                break
    return boxes


def page_boxes(page: Page, settings: TableSettings = TABLES) -> list[Box]:
    """The boxes drawn on a page, each once (a filled box and its outline are one)."""
    edges = rule_edges(page)
    found = ruled_boxes(drop_hatches(edges, settings) + dotted_rules(page), settings)
    found += [(o["x0"], o["top"], o["x1"], o["bottom"]) for o in (*page.rects, *page.curves)]
    out: list[Box] = []
    for box in found:
        wide = box[2] - box[0] >= settings.box_min_width
        if (
            wide
            and settings.box_min_height <= box[3] - box[1] <= settings.box_max_height
            and not any(same_box(box, b, 2 * settings.box_align) for b in out)
        ):
            out.append(box)
    return out


def same_box(a: Box, b: Box, tol: float) -> bool:
    return all(abs(p - q) <= tol for p, q in zip(a, b, strict=True))


def box_rows(boxes: list[Box], settings: TableSettings = TABLES) -> list[list[Box]]:
    """Boxes grouped into rows (mostly the same height band), each left to right."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: b[1]):
        for row in rows:
            head = row[0]
            overlap = min(head[3], box[3]) - max(head[1], box[1])
            if overlap > settings.row_overlap * min(head[3] - head[1], box[3] - box[1]):
                row.append(box)
                break
        else:
            rows.append([box])
    return [sorted(row) for row in rows]


def columns_of(row: list[Box]) -> list[tuple[float, float]]:
    return [(b[0], b[2]) for b in row]


def same_columns(a: list[Box], b: list[Box], align: float) -> bool:
    return len(a) == len(b) and all(
        abs(p[0] - q[0]) <= align and abs(p[1] - q[1]) <= align
        for p, q in zip(columns_of(a), columns_of(b), strict=True)
    )


def table_runs(rows: list[list[Box]], settings: TableSettings = TABLES) -> list[list[list[Box]]]:
    """Runs of at least ``min_rows`` consecutive rows of boxes at the same columns, boxes
    side by side (not one inside another)."""
    runs: list[list[list[Box]]] = []
    for row in rows:
        ok = len(row) >= settings.min_cols and all(a[2] <= b[0] for a, b in pairwise(row))
        if ok and runs and runs[-1] and same_columns(runs[-1][-1], row, settings.box_align):
            runs[-1].append(row)
        elif ok:
            runs.append([row])
        else:
            runs.append([])
    return [run for run in runs if len(run) >= settings.min_rows]


def cuts(spans: list[tuple[float, float]]) -> list[float]:
    """Boundaries between consecutive spans (midway in the gap) and at the outer ends."""
    return [spans[0][0]] + [(a[1] + b[0]) / 2 for a, b in pairwise(spans)] + [spans[-1][1]]


def header_band(
    lines: list[Line],
    run: list[list[Box]],
    xs: list[float],
    boxes: list[Box],
    settings: TableSettings = TABLES,
) -> Box | None:
    """The band of the line just above the first row whose words stand over at least two
    columns and nowhere else, in no box: the column labels."""
    first = run[0]
    top, height = min(b[1] for b in first), max(b[3] - b[1] for b in first)
    above = [
        ln
        for ln in lines
        if top - settings.header_reach * height <= ln.top
        and ln.bottom <= top
        and xs[0] - settings.box_align <= ln.x0
        and not any(within((ln.x0, ln.top, ln.x1, ln.bottom), box) for box in boxes)
    ]
    if not above:
        return None
    lowest = max(ln.top for ln in above)
    band = [ln for ln in above if abs(ln.top - lowest) < 3]
    if any(ln.x1 > xs[-1] + settings.box_align for ln in band):
        return None
    cols = {k for ln in band for k in range(len(xs) - 1) if ln.x0 < xs[k + 1] and xs[k] < ln.x1}
    if len(cols) < settings.min_cols:
        return None
    return (xs[0], min(ln.top for ln in band) - 1, xs[-1], max(ln.bottom for ln in band) + 1)


WORD_CHAR_RE = regex.compile(r"[\p{L}\p{N}]")  # a letter or digit


def run_to_grid(
    page_number: int,
    run: list[list[Box]],
    chars: list[dict],
    lines: list[Line],
    boxes: list[Box],
    settings: TableSettings = TABLES,
) -> Grid | None:
    """A run of box rows as a grid: each box a cell, its text the chars inside the box (an
    arrow between two boxes is no one's); cells meet midway between boxes; the column
    labels above, when there are, a header row. None when a box is empty or a letter or digit
    stands between the boxes, or half a row above or below them (an arrow may)."""
    columns = [
        (min(row[k][0] for row in run), max(row[k][2] for row in run)) for k in range(len(run[0]))
    ]
    xs = cuts(columns)
    bands = [(min(b[1] for b in row), max(b[3] for b in row)) for row in run]
    header = header_band(lines, run, xs, boxes, settings)
    if header is not None:
        bands.insert(0, (header[1], header[3]))
    ys = cuts(bands)
    first, last = bands[-len(run)], bands[-1]
    margin = (first[1] - first[0]) / 2
    area = (xs[0], header[3] if header else first[0] - margin, xs[-1], last[1] + margin)
    words = [c for c in chars if holds(area, c) and WORD_CHAR_RE.match(c["text"])]
    if any(not any(holds(box, c) for row in run for box in row) for c in words):
        return None  # text between the boxes: rows or parts of boxes that were not found
    cells = []
    rows = (
        [[(xs[k], header[1], xs[k + 1], header[3]) for k in range(len(xs) - 1)]] if header else []
    )
    for r, row in enumerate(rows + run):
        for k, box in enumerate(row):
            inside = [c for c in chars if holds(box, c)]
            if not inside and (header is None or r > 0):
                return None  # a box with nothing in it: a frame or a diagram
            cell = grid_cell((xs[k], ys[r], xs[k + 1], ys[r + 1]), cell_lines(inside, page_number))
            cells.append(cell)
    return Grid(page_number, xs[0], ys[0], xs[-1], ys[-1], cells)


def read_box_grids(
    page: Page,
    lines: list[Line],
    tables: list[tuple[float, float, float, float]],
    settings: TableSettings = TABLES,
) -> list[Grid]:
    """The tables of a page drawn as rows of separate boxes, outside the ruled tables."""
    boxes = [b for b in page_boxes(page, settings) if not any(within(b, t) for t in tables)]
    if len(boxes) < settings.min_rows * settings.min_cols:
        return []
    chars = page.chars
    grids = []
    for run in table_runs(box_rows(boxes, settings), settings):
        top, bottom = min(b[1] for b in run[0]), max(b[3] for b in run[-1])
        own = {b for row in run for b in row}
        if any(b not in own and b[1] < bottom and top < b[3] for b in boxes):
            continue  # rows of a larger drawing: a box beside them spans into them
        grid = run_to_grid(page.page_number, run, chars, lines, boxes, settings)
        if grid is not None:
            grids.append(grid)
    return grids


def attach_grids(page: Page, lines: PageLines, settings: TableSettings = TABLES) -> None:
    """Per-page hook for ``layout.lines.read_pages``: the grids of the page's ruled regions, then the
    tables drawn as separate boxes outside them (``boxgrids``). A line stays text unless it
    stands in a grid that is a table (a framed box of bullets, a one-column list of boxes,
    is not)."""
    lines.grids = read_grids(page, lines.table_bboxes, settings)
    tables = [(g.x0, g.top, g.x1, g.bottom) for g in lines.grids if is_table(g, settings)]
    drawn = [
        g for g in read_box_grids(page, lines.lines, tables, settings) if is_table(g, settings)
    ]
    lines.grids += drawn
    for ln in lines.lines:
        box = (ln.x0, ln.top, ln.x1, ln.bottom)
        if any(within(box, (g.x0, g.top, g.x1, g.bottom)) for g in drawn):
            ln.in_table = True
        elif ln.ruled:
            ln.in_table = any(within(box, table) for table in tables)
            ln.framed = not ln.in_table
