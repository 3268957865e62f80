"""Cell-level evaluation of tables against hand-labelled gold tables.

A gold table (``tests/data/tables_gold/<plan>-p<page>-<k>.json``) is one table as a
reader sees it on one physical page, written by hand from the PDF: ``rows`` is a list
of rows of cell texts, a merged cell's text in its top-left position and ``""`` in the
positions it covers. A parsed table gives its cells on that page the same way (text at
the cell's own row and column). A gold cell is right when a parsed cell at the same
position has the same text, compared without spacing (punctuation and digits count).
Rows are numbered from the table's first row on the page; the parsed table is the one
on that page with most cells right, allowing a shift of a few rows (a caption read as a
row, a repeated header dropped).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planparse.layout.lines import normalise_text
from planparse.output.model import TableCell

MAX_ROW_SHIFT = 3  # rows a parsed table may be shifted against the gold one

Cell = tuple[int, int, str]  # (row, col, text without spacing)


def comparable(text: str) -> str:
    """Cell text without spacing, its look-alike characters in the one form the output
    uses (’ -> ', ◦ -> ○ …: ``pdf.normalise_text``), in NFKC form."""
    return "".join(unicodedata.normalize("NFKC", normalise_text(text)).split())


def gold_cells(rows: list[list[str]]) -> set[Cell]:
    return {(r, c, comparable(t)) for r, row in enumerate(rows) for c, t in enumerate(row) if t}


def parsed_tables(cells: Iterable[TableCell], page: int) -> dict[str, set[Cell]]:
    """The non-empty cells of each parsed table on a page, rows counted from its first
    row there."""
    by_table: dict[str, list[TableCell]] = {}
    for cell in cells:
        if cell.page == page:
            by_table.setdefault(cell.table_id, []).append(cell)
    out: dict[str, set[Cell]] = {}
    for table_id, found in by_table.items():
        first = min(c.row for c in found)
        out[table_id] = {(c.row - first, c.col, comparable(c.text)) for c in found if c.text}
    return out


@dataclass
class TableScore:
    name: str
    gold: int  # gold cells with text
    parsed: int  # parsed cells with text in the table paired with it
    right: int
    table_id: str | None

    @property
    def precision(self) -> float:
        return self.right / self.parsed if self.parsed else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0


def score_table(name: str, gold: set[Cell], parsed: dict[str, set[Cell]]) -> TableScore:
    best = TableScore(name, len(gold), 0, 0, None)
    for table_id, cells in parsed.items():
        for shift in range(-MAX_ROW_SHIFT, MAX_ROW_SHIFT + 1):
            shifted = {(r + shift, c, t) for r, c, t in cells}
            right = len(gold & shifted)
            if right > best.right or (best.table_id is None and cells):
                best = TableScore(name, len(gold), len(cells), right, table_id)
    return best


def read_gold_table(path: Path) -> dict[str, Any]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    widths = {len(row) for row in gold["rows"]}
    if len(widths) != 1:
        raise ValueError(f"{path}: rows of different lengths {sorted(widths)}")
    return gold


def total(scores: list[TableScore]) -> tuple[float, float]:
    """Micro-averaged cell precision and recall over tables."""
    parsed = sum(s.parsed for s in scores)
    gold = sum(s.gold for s in scores)
    right = sum(s.right for s in scores)
    return (right / parsed if parsed else 0.0, right / gold if gold else 0.0)
