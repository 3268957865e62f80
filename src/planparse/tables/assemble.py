"""Tables stage: page grids -> tables of cells (rows, columns, spans), joined across pages,
with their unit and caption. Domain recognisers live in ``tables.recognise``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from planparse.layout.lines import PageLines
from planparse.tables.grids import Grid, place_cells, within
from planparse.tables.settings import TABLES, TableSettings
from planparse.text import unspaced

UNIT_RE = regex.compile(r"단\s*위\s*[:：]\s*(?P<unit>[^,)\]/]+?)\s*(?:[,)\]/]|$)")
# A date note above a table, not its title: "(2024. 12. 31.기준)", "('25년 1월 기준)",
# "(’25.1월 현재)". A note that says what the figures are ("(현원, 명)") is kept.
NOTE_TEXT_RE = regex.compile(r"(?P<note>[^()（）,:：]*\d[^()（）,:：]*(?:기준|현재))")
NOTE_RE = regex.compile(r"(?:기준|현재)\s*\)?$|^[(（]\s*['’]?\d{2,4}\s*[.년][^)）]*[)）]$")


@dataclass
class Cell:
    """A cell of a table: position in the grid, spans, text."""

    row: int
    col: int
    row_span: int
    col_span: int
    text: str
    text_raw: str
    page: int
    lines: list[tuple[float, str]] = field(default_factory=list)  # (top, text) of each line
    box: tuple[float, float, float, float] | None = None  # as drawn on its page


@dataclass
class Table:
    """A table, possibly continued over several pages."""

    table_id: str
    page: int
    page_end: int
    x0: float
    top: float
    x1: float
    bottom: float
    n_rows: int
    n_cols: int
    unit: str | None
    caption: str | None
    cells: list[Cell] = field(default_factory=list)
    col_edges: list[float] = field(default_factory=list)
    row_edges: list[float] = field(default_factory=list)
    kind: str | None = None  # set by the recogniser that reads it
    parent: Table | None = None  # the table in a cell of which this one is drawn
    parent_row: int | None = None
    parent_col: int | None = None
    note: str | None = None  # the date note above it: "2024. 12. 31.기준"

    def grid(self) -> list[list[str]]:
        """Rows of cell texts; a spanned cell's text fills every position it covers."""
        out = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for c in self.cells:
            for r in range(c.row, c.row + c.row_span):
                for k in range(c.col, c.col + c.col_span):
                    out[r][k] = c.text
        return out

    def cell(self, row: int, col: int) -> Cell | None:
        """The cell covering a grid position."""
        for c in self.cells:
            if c.row <= row < c.row + c.row_span and c.col <= col < c.col + c.col_span:
                return c
        return None


def grid_to_table(grid: Grid, table_id: str, settings: TableSettings = TABLES) -> Table | None:
    """Given a page grid, return a table with rows, columns and spans; None for a box that is
    not a table (``grids.place_cells``)."""
    shape = place_cells(grid, settings)
    if shape is None:
        return None
    xs, ys, placed = shape
    table = Table(
        table_id,
        grid.page,
        grid.page,
        grid.x0,
        grid.top,
        grid.x1,
        grid.bottom,
        len(ys) - 1,
        len(xs) - 1,
        None,
        None,
        col_edges=xs,
        row_edges=ys,
    )
    for p in placed:
        c = p.cell
        table.cells.append(
            Cell(
                p.row,
                p.col,
                p.row_end - p.row,
                p.col_end - p.col,
                c.text,
                c.text_raw,
                grid.page,
                c.lines,
                (c.x0, c.top, c.x1, c.bottom),
            )
        )
    table.cells.sort(key=lambda c: (c.row, c.col))
    return table


# Bars drawn round a title as decoration: "❘❙주요 정책 지표❙❘".
ORNAMENTS = "❘❙❚│┃▌▐ "


def note_of(text: str) -> str | None:
    """The date note a line above a table gives: "(단위: 백만원, '25.1.1. 기준)" -> "'25.1.1.
    기준"; "(2024. 12. 31.기준)" -> "2024. 12. 31.기준"."""
    m = NOTE_TEXT_RE.search(text)
    if m:
        return m["note"].strip()
    return text.strip("()（） ") if NOTE_RE.search(text) else None


def caption_above(
    table: Table, page: PageLines, nested: bool = False
) -> tuple[str | None, str | None, str | None]:
    """The unit, the title line and the date note just above a table, if any. A table nested
    in a cell of another has its caption inside the outer table, so table text counts there."""
    above = [
        ln
        for ln in page.lines
        if (nested or not ln.in_table)
        and not ln.running
        and ln.bottom <= table.top + 2
        and table.top - ln.bottom <= 45
        and ln.x1 > table.x0
        and ln.x0 < table.x1
    ]
    above.sort(key=lambda ln: -ln.bottom)
    unit = caption = note = None
    for ln in above:
        m = UNIT_RE.search(ln.text)
        note = note or note_of(ln.text)
        if m and unit is None:
            unit = m["unit"].strip().replace(" ", "")
        elif caption is None and not m and not NOTE_RE.search(ln.text):
            caption = ln.text.strip(ORNAMENTS) or None
    return unit, caption, note


def continues(
    prev: Table,
    nxt: Table,
    prev_page: PageLines,
    next_page: PageLines,
    settings: TableSettings = TABLES,
) -> bool:
    """Whether a table at the top of a page continues the one at the foot of the page before."""
    if nxt.page != prev.page_end + 1 or nxt.n_cols != prev.n_cols:
        return False
    if nxt.caption is not None or nxt.unit is not None:
        return False  # a title or unit line of its own above it: another table
    foot, head = settings.continued_foot, settings.continued_head
    if prev.bottom < foot * prev_page.height or nxt.top > head * next_page.height:
        return False
    align = settings.continued_align
    return all(abs(a - b) <= align for a, b in zip(prev.col_edges, nxt.col_edges, strict=True))


def header_text(table: Table) -> list[str]:
    return [unspaced(t) for t in table.grid()[0]]


def join(prev: Table, nxt: Table) -> int:
    """Append a continuation to a table; a repeated header row is dropped. Return how many
    rows the continuation's rows are shifted by in the joined table."""
    skip = 1 if header_text(prev) == header_text(nxt) else 0
    offset = prev.n_rows - skip
    for c in nxt.cells:
        if c.row < skip:
            continue
        prev.cells.append(
            Cell(
                c.row + offset,
                c.col,
                c.row_span,
                c.col_span,
                c.text,
                c.text_raw,
                c.page,
                c.lines,
                c.box,
            )
        )
    prev.n_rows += nxt.n_rows - skip
    prev.page_end = nxt.page_end
    return offset


def is_inside(inner: Grid, outer: Grid) -> bool:
    """Whether a grid lies within another's box: a table drawn in a cell of a table."""
    return within(
        (inner.x0, inner.top, inner.x1, inner.bottom), (outer.x0, outer.top, outer.x1, outer.bottom)
    )


def cell_at(table: Table, x: float, y: float) -> tuple[int, int] | None:
    """The (row, col) of the cell of a table (as drawn on one page) covering a point."""
    rows = [k for k in range(len(table.row_edges) - 1) if table.row_edges[k] <= y]
    cols = [k for k in range(len(table.col_edges) - 1) if table.col_edges[k] <= x]
    if not rows or not cols:
        return None
    cell = table.cell(rows[-1], cols[-1])
    return (cell.row, cell.col) if cell else None


def link_nested(inner: Table, grid: Grid, drawn: list[tuple[Grid, Table, Table, int]]) -> None:
    """Link a table drawn inside a cell of another to that table and cell. ``drawn`` holds,
    for each grid of the page read so far, the table as drawn there, the table it became
    part of, and the rows that part is shifted by in it."""
    outers = [d for d in drawn if d[0] is not grid and is_inside(grid, d[0])]
    if not outers:
        return
    _, part, whole, offset = min(
        outers, key=lambda d: (d[0].x1 - d[0].x0) * (d[0].bottom - d[0].top)
    )
    cell = cell_at(part, (grid.x0 + grid.x1) / 2, (grid.top + grid.bottom) / 2)
    inner.parent = whole
    if cell is not None:
        inner.parent_row, inner.parent_col = cell[0] + offset, cell[1]


def pages_to_tables(pages: list[PageLines], settings: TableSettings = TABLES) -> list[Table]:
    """Given every page with its grids, return the document's tables in reading order; a
    table drawn inside a cell of another is a table of its own, linked to that cell."""
    tables: list[Table] = []
    page_of = {p.number: p for p in pages}
    count = 0
    for page in pages:
        drawn: list[tuple[Grid, Table, Table, int]] = []
        for grid in sorted(page.grids, key=lambda g: (g.top, g.x0)):
            count += 1
            table = grid_to_table(grid, f"t{count:03d}", settings)
            if table is None:
                continue
            nested = any(is_inside(grid, other) for other in page.grids if other is not grid)
            table.unit, table.caption, table.note = caption_above(table, page, nested)
            if nested:
                link_nested(table, grid, drawn)
            last = tables[-1] if tables else None
            if (
                not nested
                and last is not None
                and continues(last, table, page_of[last.page_end], page, settings)
            ):
                drawn.append((grid, table, last, join(last, table)))
                continue
            drawn.append((grid, table, table, 0))
            tables.append(table)
    for n, table in enumerate(tables, 1):
        table.table_id = f"t{n:03d}"
    return tables
