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

from tests.conftest import DATA, PDFS, extracted, real_pdf
from tests.support.evaluate import (
    LEVELS,
    Record,
    dataset_records,
    evaluate,
    on_labelled_pages,
    read_gold,
)

GOLD = DATA / "gold"
PLANS = sorted(PDFS.glob("*/*.pdf"))
# Plans labelled with issue 26's fields only after its code was done, scored apart: the
# first round's (since read for the second round's rules), and the second round's.
HELD_OUT = DATA / "gold_heldout"
HELD_OUT_2 = DATA / "gold_heldout_2"
HELD_OUT_3 = DATA / "gold_heldout_3"
HELD_OUT_4 = DATA / "gold_heldout_4"
HELD_OUT_5 = DATA / "gold_heldout_5"
HELD_OUT_6 = DATA / "gold_heldout_6"
SECOND = DATA / "gold_second"
# plan -> F1 floor at each level (amount, amount+period, all fields)
FLOORS = {
    "urban-innovation-balance-office": (0.98, 0.95, 0.92),
    "youth-industry-academia-bureau": (0.99, 0.96, 0.95),
    "planning-officer": (0.92, 0.82, 0.78),
    "water-works-headquarters": (0.95, 0.87, 0.85),
    "mss-2024-workplan": (0.95, 0.72, 0.72),
    "moe-2024-2028-school-library-plan": (0.99, 0.60, 0.60),
}
# What each number is and belongs to, over every paired record of the tuning gold: the share
# right, floored where the code stands (docs/REFERENCE.md "How right the money is"). The
# floors fell once, in 0.6.3, when unitless earlier figures of changes ("100→150만원") were
# first read: 5 more records paired, their kinds and names as hard as the rest.
# (0.6.14: payers named together after an amount in its bracket: source types 62 -> 63 of 65;
# an income limit that moved stays a limit: kind .971 -> .974.)
# (0.6.15: a clause with a subject and its object, or an "even if", names no block:
# project .893 -> .898; a series' two-digit years: scope .872 -> .877.)
# (0.6.16: a price is no year's money; the date a doing after the amount was done: scope
# .877 -> .888.)
# (0.6.17: a price's word before a small amount, planning-officer p29: kind .974 -> .976; a
# span's column among a table's years is a part, water-works p24: scope .888 -> .893.)
# (0.6.18: two amounts first read fell them. A line a superscript note had split read whole,
# water-works p22: its 290억원 read, its shares, each with a note after it, not: source types
# 63 of 65 -> 63 of 66. A range's low end of a scale word, mss-2024 p7 "과태료 3천~5천만원
# 부과", read as a range, not as 5천만원: a fine typed revenue by its 부과, the gold's other:
# kind .976 -> .974.)
FIELD_FLOORS = {"kind": 0.974, "scope": 0.892, "project": 0.89, "source types": 0.954}
KINDS = (
    "budget", "benefit", "threshold", "asset", "revenue", "loss", "saving", "market", "trade",
    "investment", "other",
)  # fmt: skip
SCOPES = ("total_cost", "year_budget", "result", "target", "unknown")


def scores_of(plan: str, folder=GOLD):
    header, gold = read_gold(folder / f"{plan}.jsonl")
    pdf = next((p for p in PLANS if p.name == header["source"]), None)
    if pdf is None:
        pytest.skip(f"{header['source']} is absent from {PDFS}")
    result = extracted(real_pdf(str(pdf.relative_to(PDFS))))
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
    return evaluate(gold, on_labelled_pages(header, dataset_records(fundings, sources)))


@pytest.mark.parametrize("plan", sorted(FLOORS))
def test_funding_records_reach_their_floor(plan):
    scores = scores_of(plan)
    print(scores.report(plan))
    for level, floor in zip(LEVELS, FLOORS[plan], strict=True):
        assert scores.f1(level) >= floor, scores.report(plan)


def test_what_each_number_is_reaches_its_floor():
    total: dict[str, list[int]] = {}
    for plan in sorted(FLOORS):
        for name, (right, labelled) in scores_of(plan).fields.items():
            counts = total.setdefault(name, [0, 0])
            counts[0] += right
            counts[1] += labelled
    shares = {name: right / labelled for name, (right, labelled) in total.items()}
    assert set(shares) == set(FIELD_FLOORS)
    for name, floor in FIELD_FLOORS.items():
        assert shares[name] >= floor, (name, total[name])


# The first held-out plans, scored once when issue 26's first code was done (63%, 53%, 41%,
# 8/18), then read for the second round's rules (docs/REFERENCE.md).
# (0.6.11: credit kept alive, insured or factored typed other: kind .793 -> .829; a
# benefit's floor named by its programme: project .732 -> .756.)
# (0.6.12: a line under a title numbering its clauses named by its clause, tourism p10:
# project .756 -> .768; a line no item holds named by the bullet line above it, tourism p11:
# .768 -> .780.)
# (0.6.13: a count of projects names none, a task's keyword before its colon: project .780
# -> .805.)
# (0.6.14: 세입예산 is revenue: kind .829 -> .841; a line's opening year dates all its figures:
# scope .646 -> .659.)
# (0.6.15: a figure as of a year's end said before it: scope .659 -> .671.)
# (0.6.17: tourism spending (관광소비) is a market's measure, tourism p11: kind .841 -> .853.)
HELD_OUT_FLOORS = {"kind": 0.853, "scope": 0.67, "project": 0.80, "source types": 0.77}


# The second round's held-out plans (citizen-health, transport-innovation, the ministry's
# 2021 plan), scored once when its code was done (68.6%, 60.5%, 53.3%, 14/24), then read for
# the third round's rules.
# (0.6.5 raised its project floor to .63, then took one back: transport p26's `〈 수소`
# matched the gold's 수소 only by its comparison sign; a sign no longer opens a name, and a
# two-letter word alone names nothing.)
# (0.6.8: a cell that is a bullet tree read line by line, the ministry's p38-p40 appendix,
# found 6 more amounts and named 19 more records: project .70.)
# (0.6.11: three or more things listed share the amount after the last, named above them;
# a list's 등 qualifying the noun after it: project .745 -> .753.)
# (0.6.11: captions no longer wrap the line above, a period before a glued count: scope
# .675 -> .693; credit typed other: kind .810 -> .814.)
# (0.6.12: each figure of a series labelled once takes the label's kind, p38: kind .814 ->
# .827; a bracketed keyword read as a title, transport p17: project .758 -> .762; a line no
# item holds named by its keyword, the summary's p5, p6: .762 -> .771; the summary read by
# its numbered headings (results, plan): scope .693 -> .723.)
# (0.6.13: a 추진현황 column is results, sales that fell say whom: kind .828 -> .837, scope
# .725 -> .760; shares in percent after an amount: source types 20 -> 21 of 24.)
# (0.6.14: a line's opening year dates all its figures, a whole of one year: scope .760 ->
# .790; a bearer's share, a cost label after when, a series step's name: project .777 ->
# .790, source types 21 -> 22 of 24; 전년비 compares: kind .837 -> .841.)
# (0.6.15: scope .790 -> .755, taken back on purpose: a chapter titled "주요 역점 시책" is
# this year's plan, so its amounts that say no span are the year's money, as in every other
# Busan plan's 추진계획 chapter and as 314 gold records read them; transport-innovation's
# labeller reads those 10 as unknown. A budget field is the year's: .790 -> .798 first.
# Names: "N까지 X을 확대", 도/인 and an earlier doing dropped, a difference's own, a later
# amount's doing and a contest won leave it to the keyword, a quoted name past its means:
# project .790 -> .820.)
# (0.6.15, last: a series' two-digit years without their quote: scope .755 -> .764.)
# (0.6.16: a table's undated cell in a chapter of results was spent, an as-of date with a
# clause between, the date a doing was done: scope .764 -> .790; a note's figures typed by
# the word its mark follows, a loan named by its size: kind .841 -> .863.)
# (0.6.17: a fare, fuel costs, what buyers bought (구매액) by their words: kind .863 -> .888;
# a budget's size is a budget field, mss-2021 p40: scope .790 -> .793; a later list item's
# cap named by its words, transport p18: project .820 -> .828.)
HELD_OUT_2_FLOORS = {"kind": 0.888, "scope": 0.793, "project": 0.828, "source types": 0.91}
# The third round's (social-welfare, autonomous-police, audit committees), scored once when
# its code was done (80.3%, 83.5%, 68.6%, 11/17), then read for two rules of 0.6.1.
# (0.6.10: each threshold of a list named by its word, audit p15: project .82 -> .87.)
# (0.6.11: a list shares its amount, social-welfare p19, p30: project .874 -> .884.)
# (0.6.12: lines of figures under an item detail its clause after its last figure,
# social-welfare p30: project .889 -> .900.)
# (0.6.13: a clause going on past a bracket, social-welfare p24: project .900 -> .905; "시
# 예산 40백만원", p36: source types 15 -> 16 of 17.)
# (0.6.14: a figure after doings keeps the line's name, recipients defer to a keyword: project
# .905 -> .916; a floor said once covers a listed sale: kind .947 -> .953; a change's year:
# scope .905 -> .911.)
# (0.6.15: doings listed after a keyword: project .916 -> .921; a property's limit, debt
# relieved: kind .953 -> .963; a budget field, a chapter of 역점 시책: scope .911 -> .926.)
# (0.6.16: money only private payers bear is no year's: scope .926 -> .932.)
HELD_OUT_3_FLOORS = {"kind": 0.96, "scope": 0.93, "project": 0.92, "source types": 0.94}
# The fourth round's (ocean-agriculture-fisheries and the office of education's 2026 plan,
# its pages 79-97 left out), scored once when 0.6.2's code was done (83.9%, 67.1%, 67.7%,
# 28/41; the code before it: 83.9%, 68.0%, 68.0%), then read for two rules.
# (0.6.11: captions name their box, lists, a period before a glued count: scope .780 ->
# .792, project .826 -> .848.)
# (0.6.12: a table of rates by whom named by the item above it, p67: project .848 -> .857.)
# (0.6.13: a lower bullet a little right nests, a dated row of fields, a payer's kind of
# project and a means name nothing: project .857 -> .866.)
# (0.6.14: counts and place lists name nothing: project .866 -> .873; a direct-sales market is
# no trade: kind .972 -> .975; years: scope .798 -> .807.)
# (0.6.15: a target dated by its line, "목표 대비" compared, ◇ over ○, a restated figure:
# scope .807 -> .832; counts and a cited rule inside a name: project .873 -> .879.)
# (0.6.16: a topic and its manner is a sentence, p67: project .879 -> .885.)
HELD_OUT_4_FLOORS = {"kind": 0.97, "scope": 0.83, "project": 0.88, "source types": 0.92}
# The fifth (advanced-industry, which the product was built around but no money gold had
# covered, and planning-coordination, whole), labelled while 0.6.3 was written and scored
# once when its code was done (90.1%, 71.5%, 82.5%, 141/164; 0.6.2's code: 89.6%, 70.6%,
# 82.5%, 141/164), then read for 0.6.3's last rules.
# (0.6.11: rates in brackets, a size inside a name, counts before a sum: project .894 ->
# .904.)
# (0.6.13: words ending in a means name nothing, planning-coordination p13: project .904 ->
# .919; a breakdown parted by spaces, a glossed payer: source types 151 -> 153 of 162.)
# (0.6.14: headings of one noun clause, threshold tails: project .919 -> .934; agreements are
# investment: kind .949 -> .953; a bracket's, a budget's, a keyword line's year: scope .747
# -> .758.)
# (0.6.15: names after an earlier clause's comma and between a year and its amount: project
# .934 -> .938; 순수시비: source types 153 -> 154 of 162; an expected figure: scope .758 ->
# .760.)
# (0.6.16: money collected or seized after its amount, pp13-14: kind .953 -> .960; a project
# done over years of its own is its whole cost: scope .760 -> .764; money only private
# payers bear is no year's: .764 -> .777.)
# (0.6.17: "예산총괄 :" is a budget field, planning-coordination p6: scope .779 -> .781.)
HELD_OUT_5_FLOORS = {"kind": 0.959, "scope": 0.781, "project": 0.93, "source types": 0.95}
# The sixth: documents that are no plans (../shared/pdfs/other: two Busan press releases, an
# RFP, a committee review, a ministry's press release with no money), labelled while 0.6.7
# was written and scored once when its first code was done: amount precision 76.9%, recall
# 64.5% (Busan's "9천8백억 원" read as 8백억 원), kind 9/20, scope 13/20, project 2/20, source
# types 3/4; then read for that numeral and a company's card (0.6.7): 13/25, 14/25, 4/25.
# (0.6.12: scope .56 -> .52, taken back on purpose: the press release p1's "9천8백억 원 투자"
# was a result only because "투자 환경 조성과" two lines below held 성과; 조성과 is no 성과
# now, and nothing in its own words says the investment is made.)
# (0.6.17: a time span, an organiser, a share of a sum name nothing: project 4 -> 5 of 25.)
HELD_OUT_6_FLOORS = {"kind": 0.52, "scope": 0.52, "project": 0.20, "source types": 0.75}

# Pages of thirteen plans labelled a second time, blind, from the PDFs (0.6.16; README
# there): the two labellers agree on kind 97.6%, scope 86.0%, project 94.6% and source
# types 87.8% of the 579 records they both hold (scripts/agreement.py). The first eight
# files were read for what both agree on while 0.6.16 was written; the last five were
# labelled after its rules. Against these labels 0.6.15 -> 0.6.16: kind 91.9% -> 93.3%,
# scope 86.7% -> 88.6%, project 86.2% -> 87.0%, source types 81/91.
# (0.6.17: prices, savings and tourism spending by their words, what buyers bought: kind
# 93.3% -> 93.9%; a later list item's cap by its own words: project 87.0% -> 87.2%.)
SECOND_FLOORS = {"kind": 0.939, "scope": 0.88, "project": 0.871, "source types": 0.89}
# Pages of six more plans labelled a second time, blind, once 0.6.17's first rules were
# written (README there), scored once with them: 95.8%, 83.7%, 94.2%, 14/16 (as 0.6.16
# scores); then read for one rule (a span's column among a table's years is a part,
# water-works p24): scope 83.7% -> 84.7%.
SECOND_2 = DATA / "gold_second_2"
SECOND_2_FLOORS = {"kind": 0.957, "scope": 0.847, "project": 0.942, "source types": 0.87}


@pytest.mark.parametrize(
    ("folder", "floors"),
    [
        (SECOND, SECOND_FLOORS),
        (SECOND_2, SECOND_2_FLOORS),
        (HELD_OUT, HELD_OUT_FLOORS),
        (HELD_OUT_2, HELD_OUT_2_FLOORS),
        (HELD_OUT_3, HELD_OUT_3_FLOORS),
        (HELD_OUT_4, HELD_OUT_4_FLOORS),
        (HELD_OUT_5, HELD_OUT_5_FLOORS),
        (HELD_OUT_6, HELD_OUT_6_FLOORS),
    ],
)
def test_what_each_number_is_on_held_out_plans_reaches_its_floor(folder, floors):
    total: dict[str, list[int]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        for name, (right, labelled) in scores_of(path.stem, folder).fields.items():
            counts = total.setdefault(name, [0, 0])
            counts[0] += right
            counts[1] += labelled
    for name, floor in floors.items():
        right, labelled = total[name]
        assert right / labelled >= floor, (name, total[name])


def test_amounts_of_documents_that_are_no_plans_reach_their_floor():
    # the sixth held-out set: every amount read is printed there (25 of 26 paired), and 25 of
    # its 31 are read (4 others are in images, the press release's p4-p7 boxes; 2 are sales
    # whose text layer sets the unit after the year: "8.5 (2024) 조")
    gold = parsed = paired = 0
    for path in sorted(HELD_OUT_6.glob("*.jsonl")):
        scores = scores_of(path.stem, HELD_OUT_6)
        gold, parsed, paired = (
            gold + scores.gold,
            parsed + scores.parsed,
            paired + scores.matched["amount"],
        )
    assert paired / parsed >= 0.96 and paired / gold >= 0.80, (gold, parsed, paired)


def test_every_gold_file_is_well_formed():
    for path in (
        sorted(GOLD.glob("*.jsonl"))
        + sorted(HELD_OUT.glob("*.jsonl"))
        + sorted(HELD_OUT_2.glob("*.jsonl"))
        + sorted(HELD_OUT_3.glob("*.jsonl"))
        + sorted(HELD_OUT_4.glob("*.jsonl"))
        + sorted(HELD_OUT_5.glob("*.jsonl"))
        + sorted(HELD_OUT_6.glob("*.jsonl"))
        + sorted(SECOND.glob("*.jsonl"))
        + sorted(SECOND_2.glob("*.jsonl"))
    ):
        header, records = read_gold(path)
        assert {"source", "sha256"} <= set(header), path
        assert records or header.get("money") is False, path  # a document with no money
        for r in records:
            assert r.currency in ("KRW", "USD"), (path, r.raw)
            assert (r.amount is None) == (r.low is not None), (path, r.raw)
            assert r.kind in KINDS, (path, r.raw, r.kind)
            assert r.scope in SCOPES, (path, r.raw, r.scope)


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
