"""Score the outline planparse finds against the hand-typed outline gold.

    python scripts/evaluate_outline.py [PLAN …] [-v] [--gold DIR]

Extracts each plan that has a gold file in tests/data/outline_gold (or DIR: the held-out
plans are in tests/data/outline_gold_heldout; its PDF is looked up in ../shared/pdfs by
the file's stem) and prints, per plan and in all, the entries right
(same kind, page and title), wrong kind and spurious; -v lists every miss and every
spurious section.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.support

from planparse.extract import extract  # noqa: E402
from tests.support.outline import read_gold, report, score, sections_of  # noqa: E402

GOLD = ROOT / "tests" / "data" / "outline_gold"
PDFS = ROOT.parent / "shared" / "pdfs"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("plans", nargs="*", help="plan stems (default: every gold file)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    parser.add_argument("--gold", type=Path, default=GOLD, help="folder of gold files")
    args = parser.parse_args()
    scores = []
    for gold in sorted(args.gold.glob("*.jsonl")):
        if args.plans and gold.stem not in args.plans:
            continue
        pdf = next(PDFS.rglob(f"{gold.stem}.pdf"), None)
        if pdf is None:
            print(f"{gold.stem}: no PDF in {PDFS}", file=sys.stderr)
            continue
        plan = score(gold.stem, read_gold(gold), sections_of(extract(pdf)))
        scores.append(plan)
        if args.verbose:
            print(f"== {plan.plan}")
            for line in plan.missed:
                print(f"  missed   {line}")
            for line in plan.extra:
                print(f"  spurious {line}")
    print("\n".join(report(scores)))


if __name__ == "__main__":
    main()
