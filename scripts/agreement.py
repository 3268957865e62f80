"""How far two labellers of the same pages agree, and a dataset with each of them.

    python scripts/agreement.py                 # the labellers with each other
    python scripts/agreement.py DATASET         # … and DATASET with each labeller
    python scripts/agreement.py DATASET --show  # records both labellers agree on and DATASET does not
    python scripts/agreement.py DATASET --second tests/data/gold_second_2

`tests/data/gold_second/` (and `gold_second_2/`, other pages, labelled later) hold pages
labelled a second time, blind, from the PDFs; the first labelling of the same pages is the
file of the same name in a gold folder that is no second labelling.
Records are paired by page and amount, as `scripts/evaluate.py` pairs them; each field
is scored over the records both sides hold.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.support
from tests.support.evaluate import (  # noqa: E402
    Record,
    dataset_records,
    evaluate,
    read_gold,
    read_table,
    same_project,
    similarity,
)

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SECOND = DATA / "gold_second"
FIELDS = ("kind", "scope", "project", "source types")


def first_of(second: Path) -> Path:
    """The first labelling of the plan a second labelling is of."""
    found = [
        p for p in DATA.glob(f"gold*/{second.name}") if not p.parent.name.startswith(SECOND.name)
    ]
    if len(found) != 1:
        raise SystemExit(f"{second}: {len(found)} first labellings of it, not one")
    return found[0]


def field_value(record: Record, field: str) -> object:
    if field == "scope":
        return (record.scope, record.scope_year)
    return getattr(record, field.replace(" ", "_"))


def agrees(field: str, a: Record, b: Record) -> bool:
    if field == "project":
        return same_project(a.project, b.project)
    return field_value(a, field) == field_value(b, field)


def paired(gold: list[Record], other: list[Record]) -> dict[int, Record]:
    """The record of ``other`` each gold record pairs with, by id of the gold record."""
    free, pairs = list(other), {}
    for g in gold:
        candidates = [p for p in free if p.page == g.page and p.value_key() == g.value_key()]
        if candidates:
            best = max(candidates, key=lambda p: similarity(g.raw, p.raw))
            free.remove(best)
            pairs[id(g)] = best
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", nargs="?", type=Path, help="a dataset planparse wrote")
    parser.add_argument("--show", action="store_true", help="list where both agree, it not")
    parser.add_argument(
        "--second", type=Path, default=SECOND, help=f"the second labelling (default {SECOND})"
    )
    args = parser.parse_args()
    totals: dict[str, dict[str, list[int]]] = {}
    for second_path in sorted(args.second.glob("*.jsonl")):
        header, first = read_gold(first_of(second_path))
        _, second = read_gold(second_path)
        pages = {r.page for r in second}
        first = [r for r in first if r.page in pages]
        sides = {"labellers": (first, second)}
        if args.dataset is not None:
            fundings = read_table(args.dataset, "fundings")
            sources = read_table(args.dataset, "funding_sources")
            parsed = dataset_records(
                fundings[fundings["doc_id"] == header["sha256"]],
                sources[sources["doc_id"] == header["sha256"]],
            )
            parsed = [r for r in parsed if r.page in pages]
            sides |= {"with 1st": (first, parsed), "with 2nd": (second, parsed)}
        for name, (gold, other) in sides.items():
            fields = evaluate(gold, other).fields
            for field, (right, counted) in fields.items():
                tally = totals.setdefault(name, {}).setdefault(field, [0, 0])
                tally[0] += right
                tally[1] += counted
        if args.show and args.dataset is not None:
            to_second, to_parsed = paired(first, second), paired(first, sides["with 1st"][1])
            for g in first:
                s, p = to_second.get(id(g)), to_parsed.get(id(g))
                for field in FIELDS:
                    if s and p and agrees(field, g, s) and not agrees(field, g, p):
                        print(f"{second_path.stem} p{g.page} {g.raw!r} {field}: both "
                              f"{field_value(g, field)!r}, dataset {field_value(p, field)!r}")  # fmt: skip
    for name, fields in totals.items():
        shares = "  ".join(
            f"{field} {right}/{counted} ({right / counted:.1%})"
            for field, (right, counted) in fields.items()
            if counted
        )
        print(f"{name:<10} {shares}")


if __name__ == "__main__":
    main()
