"""Score a dataset's series (projects.series_id) against hand-labelled programme pairs.

python scripts/evaluate_series.py DATASET [tests/data/series_gold/*.json] [-v]

A gold file of one plan (``source``, ``a_pages``, ``b_pages``: tests/data/series_gold_parts)
scores the rules on that plan's results chapter and plan chapters, as two years' plans.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.support
from tests.support.series import read_gold, score, score_parts  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "series_gold"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dataset", type=Path)
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses")
    args = parser.parse_args()
    tables = {
        name: pd.read_parquet(args.dataset / name).to_dict("records")
        for name in ("documents", "fundings", "projects", "funding_sources")
    }
    for path in args.gold or sorted(GOLD.glob("*.json")):
        gold = read_gold(path)
        if "source" in gold:  # one plan's results chapter and plan chapters, as two years
            result = score_parts(
                gold, tables["documents"], tables["fundings"], tables["funding_sources"]
            )
        else:
            result = score(gold, tables["documents"], tables["fundings"], tables["projects"])
        print(f"{path.stem}: {result.report()}")
        if args.verbose:
            for line in result.missed:
                print(f"  not linked  {line}")
            for line in result.false:
                print(f"  wrongly linked  {line}")
            for line in result.unfound:
                print(f"  not found  {line}")


if __name__ == "__main__":
    main()
