"""Table grids: pdfplumber's table algorithm on the ruled regions of a page -> cells with text.

Runs on the reader's page records (from ``layout.lines.read_pages``), so the page is read once.
The table algorithm (snap and join the edges, find their intersections, the
cells between them and the tables the cells form) is pdfplumber's, run on the
reader's plain edge records: it does not need a pdfplumber page.
HWP tables are often open at the sides (no outer vertical rules below the
header), so each ruled region gets explicit rules along its bounding box
before the finder runs. Cell text goes through the same word-spacing and
letter-spacing logic as body lines ("정 원" -> "정원").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import regex
from pdfplumber.table import (
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
)
from pdfplumber.utils import filter_edges

from planparse.layout.lines import Line, chars_to_lines, dotted_rules, rule_edge
from planparse.read.page import Page
from planparse.tables.settings import TABLES, TableSettings

Box = tuple[float, float, float, float]


@dataclass
class FoundTable:
    """A table the algorithm found: its cells' boxes, and the box of them all."""

    cells: list[Box]
    bbox: Box = field(init=False)

    def __post_init__(self) -> None:
        self.bbox = (
            min(c[0] for c in self.cells),
            min(c[1] for c in self.cells),
            max(c[2] for c in self.cells),
            max(c[3] for c in self.cells),
        )


def find_tables(
    edges: list[dict[str, Any]], extra: list[dict[str, Any]], settings: TableSettings = TABLES
) -> list[FoundTable]:
    """pdfplumber's table algorithm ("lines" strategy both ways) on a page's edges plus
    extra rules: the tables their rules form."""
    ruled = filter_edges(edges, min_length=1) + [e for e in extra if e["orientation"] in ("h", "v")]
    merged = merge_edges(
        [e for e in ruled if e["orientation"] == "v"]
        + [e for e in ruled if e["orientation"] == "h"],
        snap_x_tolerance=settings.tolerance,
        snap_y_tolerance=settings.tolerance,
        join_x_tolerance=settings.tolerance,
        join_y_tolerance=settings.tolerance,
    )
    merged = filter_edges(merged, min_length=settings.min_edge)
    crossings = edges_to_intersections(merged, settings.tolerance, settings.tolerance)
    return [FoundTable(cells) for cells in cells_to_tables(intersections_to_cells(crossings))]


@dataclass
class GridCell:
    """One cell of a grid as drawn: its box and its text."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    text_raw: str
    lines: list[tuple[float, str]] = field(default_factory=list)  # (top, text) of each line
    raw_lines: list[str] = field(default_factory=list)  # text_raw of each line


@dataclass
class Grid:
    """A ruled table on one page, before rows and columns are assigned."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    cells: list[GridCell] = field(default_factory=list)


def region_rules(box: tuple[float, float, float, float]) -> list[dict]:
    """Explicit rules along a region's four sides, closing tables open at the sides."""
    x0, top, x1, bottom = box
    vertical = [rule_edge(x, top, x, bottom) for x in (x0, x1)]
    horizontal = [rule_edge(x0, y, x1, y) for y in (top, bottom)]
    return vertical + horizontal


def cell_lines(chars: list[dict], page_number: int) -> list[Line]:
    """Given the chars inside a cell: its line segments, top to bottom."""
    return sorted(chars_to_lines(chars, page_number), key=lambda ln: (round(ln.top), ln.x0))


def grid_cell(box: tuple[float, float, float, float], lines: list[Line]) -> GridCell:
    text = " ".join(ln.text for ln in lines).strip()
    raw = " ".join(ln.text_raw for ln in lines).strip()
    return GridCell(
        *box, text, raw, [(ln.top, ln.text) for ln in lines], [ln.text_raw for ln in lines]
    )


# A line of a cell that opens a field: "사 업 명 : 건강생활지원센터 확충 사업".
FIELD_RE = regex.compile(r"^(?P<label>[\p{Hangul}\s·]{2,12}[:：])\s*(?P<value>.*)$")
FIELD_LABEL_RE = regex.compile(r"^[\p{Hangul}\s·]{2,12}[:：]$")  # the label alone, in its cell


def value_start(line: Line, chars: list[dict]) -> float | None:
    """Where the value of a field line starts: the first char after its colon."""
    row = sorted(
        (c for c in chars if abs(c["top"] - line.top) < 2 and line.x0 - 1 <= c["x0"] <= line.x1),
        key=lambda c: c["x0"],
    )
    colon = next((k for k, c in enumerate(row) if c["text"] in ":："), None)
    if colon is None:
        return None
    after = [c for c in row[colon + 1 :] if c["text"].strip()]
    return after[0]["x0"] if after else None


def field_rows(fields: list[Line], others: list[Line]) -> list[list[Line]]:
    """The other lines of each field: a value wraps below its label, or stands centred
    round it (as many lines above as below). Read from the last field up: the lines
    between two labels go to the lower one as far as it is centred, the rest to the upper."""
    gaps: list[list[Line]] = [[] for _ in fields]  # lines below each label, above the next
    before: list[Line] = []  # lines above the first label
    for ln in sorted(others, key=lambda ln: ln.top):
        above = [k for k, f in enumerate(fields) if f.top <= ln.top]
        (gaps[above[-1]] if above else before).append(ln)
    rows: list[list[Line]] = [[] for _ in fields]
    below = len(gaps[-1])
    rows[-1] += gaps[-1]
    for k in range(len(fields) - 2, -1, -1):
        taken = min(len(gaps[k]), below)  # centred: as many above the next label as below it
        rows[k + 1] += gaps[k][len(gaps[k]) - taken :]
        rows[k] += gaps[k][: len(gaps[k]) - taken]
        below = len(gaps[k]) - taken
    rows[0] += before
    return rows


def split_fields(
    box: tuple[float, float, float, float],
    lines: list[Line],
    chars: list[dict],
    settings: TableSettings = TABLES,
) -> list[GridCell]:
    """A cell that lists fields ("사업명 : …", "사업기간 : …", a value running on below or
    above its label) with no rule between them: a table of its own, one row per field,
    labels and values in two columns. Else the cell as it is."""
    fields = [ln for ln in lines if FIELD_RE.match(ln.text)]
    if (
        len(fields) < settings.min_fields
        or max(f.x0 for f in fields) - min(f.x0 for f in fields) > settings.label_align
    ):
        return [grid_cell(box, lines)]
    starts = [x for x in (value_start(f, chars) for f in fields) if x is not None]
    others = [ln for ln in lines if ln not in fields]
    if not starts or any(ln.x0 < min(starts) - settings.label_align for ln in others):
        return [grid_cell(box, lines)]  # text under the labels too: not two columns
    fields.sort(key=lambda ln: ln.top)
    rows = field_rows(fields, others)
    x0, top, x1, bottom = box
    split = min(starts) - 1
    extents = [
        (min(ln.top for ln in [f, *row]), max(ln.bottom for ln in [f, *row]))
        for f, row in zip(fields, rows, strict=True)
    ]
    cuts = [top] + [(a[1] + b[0]) / 2 for a, b in pairwise(extents)] + [bottom]
    cells = []
    for k, (f, row) in enumerate(zip(fields, rows, strict=True)):
        m = FIELD_RE.match(f.text)
        assert m is not None
        raw = FIELD_RE.match(f.text_raw)
        label_raw, value_raw = (raw["label"], raw["value"]) if raw else (m["label"], m["value"])
        parts = sorted(
            [(f.top, m["value"], value_raw), *((ln.top, ln.text, ln.text_raw) for ln in row)]
        )
        parts = [p for p in parts if p[1]]
        cells.append(
            GridCell(
                x0,
                cuts[k],
                split,
                cuts[k + 1],
                m["label"],
                label_raw,
                [(f.top, m["label"])],
                [label_raw],
            )
        )
        cells.append(
            GridCell(
                split,
                cuts[k],
                x1,
                cuts[k + 1],
                " ".join(t for _, t, _ in parts),
                " ".join(r for _, _, r in parts),
                [(t, text) for t, text, _ in parts],
                [r for _, _, r in parts],
            )
        )
    return cells


# A figure alone on a line of a cell: "1,467", "△94", "12.5%", "-".
FIGURE_LINE_RE = regex.compile(r"^[△▲▽-]?\s*\d[\d,]*(?:\.\d+)?\s*%?$|^-$")


def split_stacked_rows(cells: list[GridCell], settings: TableSettings = TABLES) -> list[GridCell]:
    """Cells drawn as one tall row that a reader sees as several: where a cell holds a
    figure on each of its lines, the cells of the same height beside it whose lines start
    at the same heights are split into one cell per line. HWP draws the rows of a merged
    group with dotted rules, or none, which the finder does not see. A cell that spans the
    group (a label centred in it) keeps its height and becomes a merged cell."""
    out: list[GridCell] = []
    bands: dict[tuple[float, float], list[GridCell]] = {}
    for cell in cells:
        bands.setdefault((round(cell.top), round(cell.bottom)), []).append(cell)
    for band in bands.values():
        figures = [
            c
            for c in band
            if len(c.lines) >= 2 and all(FIGURE_LINE_RE.match(t.strip()) for _, t in c.lines)
        ]
        if not figures:
            out += band
            continue
        tops = [top for top, _ in max(figures, key=lambda c: len(c.lines)).lines]
        for cell in band:
            if len(cell.lines) == len(tops) and all(
                abs(a - b) <= settings.stacked_align
                for (a, _), b in zip(cell.lines, tops, strict=True)
            ):
                out += split_cell(cell, tops)
            else:
                out.append(cell)
    return out


def split_cell(cell: GridCell, tops: list[float]) -> list[GridCell]:
    """One cell per line, cut just above each line after the first."""
    cuts = [cell.top] + [top - 1 for top in tops[1:]] + [cell.bottom]
    return [
        GridCell(cell.x0, cuts[k], cell.x1, cuts[k + 1], text, raw, [(top, text)], [raw])
        for k, ((top, text), raw) in enumerate(zip(cell.lines, cell.raw_lines, strict=True))
    ]


def read_grids(
    page: Page, regions: list[tuple[float, float, float, float]], settings: TableSettings = TABLES
) -> list[Grid]:
    """Given a page and its ruled regions, return the grids in them."""
    if not regions:
        return []
    extra = [rule for box in regions for rule in region_rules(box)]
    extra += dotted_rules(page)  # rows and columns ruled with dots
    chars = page.chars
    found = [
        t
        for t in find_tables(page.edges, extra, settings)
        if len(t.cells) >= 2 and any(_overlaps(t.bbox, box) for box in regions)
    ]
    # a table drawn inside a cell of another is a table of its own: its text is not the
    # cell's (a box drawn round one word in a header is no table: its word stays)
    first = [build_grid(page.page_number, t, chars, [], settings) for t in found]
    tables = [t.bbox for t, grid in zip(found, first, strict=True) if is_table(grid, settings)]
    grids = [
        build_grid(page.page_number, t, chars, tables, settings)
        if any(box != t.bbox and within(box, t.bbox) for box in tables)
        else grid  # no table inside it: read once
        for t, grid in zip(found, first, strict=True)
    ]
    return [g for g in grids if any(cell.text for cell in g.cells)]


def build_grid(
    page_number: int,
    table: FoundTable,
    chars: list[dict],
    tables: list[Box],
    settings: TableSettings = TABLES,
) -> Grid:
    """A found table's grid, its cells' text read from the chars in them, less the text of
    the tables drawn inside them."""
    grid = Grid(page_number, *table.bbox)
    centred = sorted(  # every cell lies within the table; by height, then page order
        ((c["top"] + c["bottom"]) / 2, n, (c["x0"] + c["x1"]) / 2, c)
        for n, c in enumerate(chars)
        if holds(table.bbox, c)
    )
    heights = [y for y, _, _, _ in centred]
    for box in table.cells:
        nested = [t for t in tables if t != table.bbox and within(t, box)]
        x0, top, x1, bottom = box
        rows = centred[bisect.bisect_left(heights, top) : bisect.bisect_right(heights, bottom)]
        inside = [
            c
            for _, _, x, c in sorted(rows, key=lambda row: row[1])  # in page order
            if x0 <= x <= x1 and not any(holds(t, c) for t in nested)
        ]
        lines = cell_lines(inside, page_number) if inside else []
        grid.cells += split_fields(box, lines, inside, settings)
    grid.cells = split_stacked_rows(grid.cells, settings)
    return grid


@dataclass
class Placed:
    """A grid cell placed on the grid's row and column boundaries."""

    cell: GridCell
    row: int
    col: int
    row_end: int
    col_end: int


def place_cells(
    grid: Grid, settings: TableSettings = TABLES
) -> tuple[list[float], list[float], list[Placed]] | None:
    """The column and row boundaries of a grid and its cells placed on them; None when the
    grid is not a table: fewer than two columns or rows, or text in fewer than three cells
    over two rows and two columns (a title box "목 표", a framed list, an org chart)."""
    xs = snap([c.x0 for c in grid.cells] + [c.x1 for c in grid.cells], settings.snap)
    ys = snap([c.top for c in grid.cells] + [c.bottom for c in grid.cells], settings.snap)
    if len(xs) < 3 or len(ys) < 3:
        return None  # a one-column list drawn as boxes
    placed = []
    for c in grid.cells:
        col, col_end = index_of(xs, c.x0), index_of(xs, c.x1)
        row, row_end = index_of(ys, c.top), index_of(ys, c.bottom)
        if col_end > col and row_end > row:
            placed.append(Placed(c, row, col, row_end, col_end))
    filled = [p for p in placed if p.cell.text]
    if len(filled) < 3 or len({p.row for p in filled}) < 2 or len({p.col for p in filled}) < 2:
        return None
    return xs, ys, placed


def is_table(grid: Grid, settings: TableSettings = TABLES) -> bool:
    """Whether a grid is a table (``place_cells``)."""
    return place_cells(grid, settings) is not None


def index_of(edges: list[float], value: float) -> int:
    """Index of the boundary nearest to value."""
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


def snap(values: list[float], within_points: float) -> list[float]:
    """Sorted distinct positions, those within ``within_points`` merged."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > within_points:
            out.append(v)
    return out


def holds(box: tuple[float, float, float, float], char: dict) -> bool:
    """Whether a char's centre lies in a box."""
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def within(
    inner: tuple[float, float, float, float],
    outer: tuple[float, float, float, float],
    pad: float = 2.0,
) -> bool:
    """Whether a box lies within another (a table drawn in a cell of a table)."""
    return (
        outer[0] - pad <= inner[0]
        and inner[2] <= outer[2] + pad
        and outer[1] - pad <= inner[1]
        and inner[3] <= outer[3] + pad
    )


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
