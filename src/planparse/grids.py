"""Table grids: pdfplumber's table finder on the ruled regions of a page -> cells with text.

Runs while the page is open (from ``pdf.read_pages``), so the page is read once.
HWP tables are often open at the sides (no outer vertical rules below the
header), so each ruled region gets explicit rules along its bounding box
before the finder runs. Cell text goes through the same word-spacing and
letter-spacing logic as body lines ("정 원" -> "정원").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from planparse.pdf import PageLines, chars_to_lines

TABLE_SETTINGS: dict[str, Any] = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}


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


@dataclass
class Grid:
    """A ruled table on one page, before rows and columns are assigned."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    cells: list[GridCell] = field(default_factory=list)


def region_rules(box: tuple[float, float, float, float]) -> tuple[list[dict], list[dict]]:
    """Explicit rules along a region's four sides, closing tables open at the sides."""
    x0, top, x1, bottom = box

    def line(lx0: float, ltop: float, lx1: float, lbottom: float) -> dict:
        return {
            "object_type": "line",
            "x0": lx0,
            "x1": lx1,
            "top": ltop,
            "bottom": lbottom,
            "width": lx1 - lx0,
            "height": lbottom - ltop,
        }

    vertical = [line(x, top, x, bottom) for x in (x0, x1)]
    horizontal = [line(x0, y, x1, y) for y in (top, bottom)]
    return vertical, horizontal


def cell_text(chars: list[dict], page_number: int) -> tuple[str, str, list[tuple[float, str]]]:
    """Given the chars inside a cell: its normalised and raw text (lines joined by spaces)
    and its lines with their tops."""
    lines = sorted(chars_to_lines(chars, page_number), key=lambda ln: (round(ln.top), ln.x0))
    text = " ".join(ln.text for ln in lines).strip()
    return text, " ".join(ln.text_raw for ln in lines).strip(), [(ln.top, ln.text) for ln in lines]


def read_grids(page: Any, regions: list[tuple[float, float, float, float]]) -> list[Grid]:
    """Given an open pdfplumber page and its ruled regions, return the grids in them."""
    if not regions:
        return []
    vertical: list[dict] = []
    horizontal: list[dict] = []
    for box in regions:
        v, h = region_rules(box)
        vertical += v
        horizontal += h
    settings = dict(
        TABLE_SETTINGS, explicit_vertical_lines=vertical, explicit_horizontal_lines=horizontal
    )
    chars = [c for c in page.chars if c["text"].strip()]
    grids = []
    for table in page.find_tables(table_settings=settings):
        x0, top, x1, bottom = table.bbox
        if len(table.cells) < 2 or not any(_overlaps(table.bbox, box) for box in regions):
            continue
        grid = Grid(page.page_number, x0, top, x1, bottom)
        for cx0, ctop, cx1, cbottom in table.cells:
            inside = [
                c
                for c in chars
                if cx0 <= (c["x0"] + c["x1"]) / 2 <= cx1
                and ctop <= (c["top"] + c["bottom"]) / 2 <= cbottom
            ]
            text, raw, lines = cell_text(inside, page.page_number) if inside else ("", "", [])
            grid.cells.append(GridCell(cx0, ctop, cx1, cbottom, text, raw, lines))
        if any(cell.text for cell in grid.cells):
            grids.append(grid)
    return grids


def attach_grids(page: Any, lines: PageLines) -> None:
    """Per-page hook for ``pdf.read_pages``: find the grids of the page's ruled regions."""
    lines.grids = read_grids(page, lines.table_bboxes)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
