"""Funding records against hand-labelled gold: every money expression of four whole plans.

The gold files (tests/data/gold/*.jsonl) were written by hand from the PDFs,
never from planparse's output. The floors below are what the parser reaches
today, rounded down: a change that makes the money worse fails here.
"""

from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal

import pandas as pd
import pytest

from tests.conftest import DATA, extracted, real_pdf
from tests.support.evaluate import LEVELS, Record, dataset_records, evaluate, read_gold

GOLD = DATA / "gold"
# plan -> F1 floor at each level (amount, amount+period, all fields)
FLOORS = {
    "urban-innovation-balance-office": (0.98, 0.94, 0.91),
    "youth-industry-academia-bureau": (0.99, 0.96, 0.95),
    "planning-officer": (0.92, 0.80, 0.70),
    "water-works-headquarters": (0.95, 0.86, 0.81),
}


def scores_of(plan: str):
    header, gold = read_gold(GOLD / f"{plan}.jsonl")
    result = extracted(real_pdf(f"busan-2025/{header['source']}"))
    assert result.document.doc_id == header["sha256"], "the gold is for another version of the PDF"
    fundings = pd.DataFrame([asdict(f) for f in result.fundings])
    sources = pd.DataFrame(
        [asdict(s) for s in result.funding_sources],
        columns=[
            "doc_id",
            "funding_id",
            "ordinal",
            "source_raw",
            "source",
            "kind",
            "raw",
            "amount_krw",
        ],
    )
    return evaluate(gold, dataset_records(fundings, sources))


@pytest.mark.parametrize("plan", sorted(FLOORS))
def test_funding_records_reach_their_floor(plan):
    scores = scores_of(plan)
    print(scores.report(plan))
    for level, floor in zip(LEVELS, FLOORS[plan], strict=True):
        assert scores.f1(level) >= floor, scores.report(plan)


def test_every_gold_file_is_well_formed():
    for path in sorted(GOLD.glob("*.jsonl")):
        header, records = read_gold(path)
        assert {"source", "sha256"} <= set(header), path
        assert len(records) >= 20, path
        for r in records:
            assert r.currency in ("KRW", "USD"), (path, r.raw)
            assert (r.amount is None) == (r.low is not None), (path, r.raw)
            assert r.kind in (
                "budget",
                "market",
                "trade",
                "investment",
                "saving",
                "benefit",
                "other",
            )


def record(page: int, amount: int, period=(None, None, None, None, False), sources=()) -> Record:
    return Record(
        page=page,
        currency="KRW",
        amount=amount,
        low=None,
        high=None,
        period=period,
        sources=tuple(sources),
        year_share=(None, None),
        per_year=False,
        kind="budget",
        period_source=None,
        superseded=False,
        raw=f"{amount}",
    )


def test_evaluation_counts_each_level():
    p24 = (2024, None, 2028, None, False)
    gold = [
        record(3, 100, p24, [("source", 60), ("source", 40)]),
        record(3, 50, p24),
        record(4, 7),
    ]
    parsed = [
        record(3, 100, p24, [("source", 60), ("source", 40)]),  # right in every field
        record(3, 50),  # the period is missed
        record(5, 7),  # on another page: not the gold's
        record(4, 8),  # a wrong amount
    ]
    scores = evaluate(gold, parsed)
    assert scores.matched == {"amount": 2, "amount+period": 1, "all fields": 1}
    assert (scores.precision("amount"), scores.recall("amount")) == (0.5, 2 / 3)
    assert [g.amount for g in scores.misses] == [7]
    assert sorted(p.amount for p in scores.extras) == [7, 8]


def test_a_fraction_of_a_won_compares_exactly():
    gold = [record(5, 0)]
    gold[0].amount = Decimal("1040.7")
    parsed = [record(5, 0)]
    parsed[0].amount = Decimal("1040.7")
    assert evaluate(gold, parsed).matched["amount"] == 1
