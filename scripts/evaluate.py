"""Evaluate a dataset's funding records against hand-labelled gold files.

    python scripts/evaluate.py tests/data/gold/urban-innovation-balance-office.jsonl out/urban
    python scripts/evaluate.py GOLD.jsonl [GOLD.jsonl …] DATASET [--show N]

Prints precision, recall and F1 at three levels (amount; amount + period; every
field) per gold file, and with --show the first N records that differ.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from planparse.evaluate import LEVELS, evaluate_dataset


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold files, then the dataset")
    parser.add_argument("--show", type=int, default=0, help="print N differing records")
    args = parser.parse_args()
    *golds, dataset = args.gold
    for gold in golds:
        scores = evaluate_dataset(gold, dataset)
        print(scores.report(gold.stem))
        if args.show:
            for g in scores.misses[: args.show]:
                print(f"  missed  p{g.page} {g.raw!r} {g.value_key()}")
            for p in scores.extras[: args.show]:
                print(f"  extra   p{p.page} {p.raw!r} {p.value_key()}")
            for level, g, p in scores.wrong[: args.show]:
                if level in LEVELS[1:]:
                    print(f"  wrong   {level}: p{g.page} {g.raw!r}")
                    print(f"            gold   {g.period} {g.sources} {g.year_share}")
                    print(f"            parsed {p.period} {p.sources} {p.year_share} {p.raw!r}")


if __name__ == "__main__":
    main()
