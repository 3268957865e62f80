"""Tables as they are drawn, measured cell by cell against tables labelled by hand.

The gold tables (tests/data/tables_gold/, README there) were written from the PDFs by
people who never saw this program's output, chosen because they are hard: rows split
only by dotted rules or by none, merged group labels, nested tables, tables over pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from tests.conftest import DATA, PDFS, extracted, real_pdf
from tests.support.evaluate_tables import (
    gold_cells,
    parsed_tables,
    read_gold_table,
    score_table,
    total,
)

GOLD = sorted((DATA / "tables_gold").glob("*.json"))
PLANS = sorted((PDFS / "busan-2025").glob("*.pdf")) + sorted((PDFS / "other").glob("*.pdf"))

# Floors: cell precision and recall over all gold tables. Measured: 1.000 / 0.952 over the 18
# tables (the 12 the code was tuned on: 1.000 / 0.918, the 6 labelled after, held out: 0.987
# before the one fix they led to, a symbol font's bullet); 0.998 / 0.986 once tables drawn as
# separate boxes were read (transport p9). The cells still missed are the header rows repeated
# on a continuation page, which a joined table keeps once. make test fails below the floors.
PRECISION_FLOOR = 0.99
RECALL_FLOOR = 0.98

# The symptom of rows read as one: a cell of several bare figures separated by spaces
# ("1,467 1,291 1,527"). Dates ("2024. 6. 14.") are not figures.
STACKED_FIGURES_RE = regex.compile(
    r"^(?:[△▲-]?\d[\d,]*(?:\.\d+)?%?\s+)+[△▲-]?\d[\d,]*(?:\.\d+)?%?$"
)
# Cells that hold several figures as printed, checked in the PDF: (plan, page, text).
STACKED_AS_PRINTED: set[tuple[str, int, str]] = set()


def test_gold_tables_are_well_formed() -> None:
    assert len(GOLD) >= 12
    assert len({read_gold_table(path)["source"] for path in GOLD}) >= 5


def test_cells_of_the_gold_tables() -> None:
    scores = []
    for path in GOLD:
        gold = read_gold_table(path)
        result = extracted(real_pdf(f"busan-2025/{gold['source']}"))
        parsed = parsed_tables(result.table_cells, gold["page"])
        scores.append(score_table(path.stem, gold_cells(gold["rows"]), parsed))
    precision, recall = total(scores)
    report = "\n".join(
        f"{s.name}: P {s.precision:.2f} R {s.recall:.2f} ({s.table_id})" for s in scores
    )
    assert precision >= PRECISION_FLOOR and recall >= RECALL_FLOOR, report


@pytest.mark.parametrize("path", PLANS, ids=[p.stem for p in PLANS])
def test_no_cell_holds_the_figures_of_several_rows(path: Path) -> None:
    result = extracted(real_pdf(f"{path.parent.name}/{path.name}"))
    stacked = [
        (path.stem, cell.page, cell.text)
        for cell in result.table_cells
        if STACKED_FIGURES_RE.match(cell.text)
        and (path.stem, cell.page, cell.text) not in STACKED_AS_PRINTED
    ]
    assert stacked == []
