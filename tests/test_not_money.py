"""No number that is not money gets an amount: percentages, counts, areas and ratios in
tables stay figures, whatever the caption's money unit says (issue 26)."""

from __future__ import annotations

import pytest
import regex

from tests.conftest import PDFS, extracted

PLANS = sorted(PDFS.glob("*/*.pdf")) if PDFS.exists() else []
# What a header or a cell says when its figures count something other than money. Written
# here apart from the code's own list (notation.tables), so that the test can fail.
OTHER_MEASURE_RE = regex.compile(
    r"%|％|비율|증감률|개수|인원|면적|㎡|ha|\(\s*(?:명|개|건|개소)\s*\)|/\s*%|명\s*$"
)


@pytest.mark.skipif(not PLANS, reason=f"the shared PDFs are absent from {PDFS}")
@pytest.mark.parametrize("pdf", PLANS, ids=lambda p: p.stem)
def test_no_percentage_count_or_area_in_a_table_is_stored_as_money(pdf):
    result = extracted(pdf)
    grids = {t.table_id: t for t in result.tables}
    wrong = []
    cells = {}
    for c in result.table_cells:
        cells.setdefault(c.table_id, {})[(c.row, c.col)] = c
    for c in result.table_cells:
        if c.amount_krw is None:
            continue
        table = cells[c.table_id]
        # the column's own headers (a heading over several columns is a group's name)
        header = [
            h.text
            for r in range(min(3, c.row))
            if (h := table.get((r, c.col))) is not None and h.col_span == 1
        ]
        label = table[(c.row, 0)].text if c.col > 0 and (c.row, 0) in table else ""
        if any(OTHER_MEASURE_RE.search(text) for text in [c.text, label, *header]):
            wrong.append((c.table_id, c.row, c.col, c.text, label, header))
    for plan in result.domain.get("investment_plans", []):
        if OTHER_MEASURE_RE.search(plan.project or "") or OTHER_MEASURE_RE.search(
            plan.category or ""
        ):
            wrong.append((plan.table_id, plan.project, plan.category, plan.amount_krw))
    assert grids is not None
    assert not wrong, wrong[:5]
