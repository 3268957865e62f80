"""Evaluate a dataset's funding records, or its tables, against hand-labelled gold files.

    python scripts/evaluate.py tests/data/gold/urban-innovation-balance-office.jsonl out/urban
    python scripts/evaluate.py GOLD.jsonl [GOLD.jsonl …] DATASET [--show N]
    python scripts/evaluate.py tests/data/tables_gold/*.json DATASETS

For funding gold (.jsonl) prints precision, recall and F1 at three levels (amount;
amount + period; every field) per gold file, and with --show the first N records that
differ. For table gold (.json) prints cell precision and recall per table and in all;
DATASETS is a dataset (one plan or many, found by source name), or a folder of
datasets named by the PDFs' stems (DATASETS/<plan>/).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.support
from tests.support.evaluate import LEVELS, evaluate_dataset  # noqa: E402
from tests.support.evaluate_tables import (  # noqa: E402
    gold_cells,
    parsed_tables,
    read_gold_table,
    score_table,
    total,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold files, then the dataset")
    parser.add_argument("--show", type=int, default=0, help="print N differing records")
    args = parser.parse_args()
    *golds, dataset = args.gold
    tables = [g for g in golds if g.suffix == ".json"]
    if tables:
        print_table_scores(tables, dataset)
    for gold in (g for g in golds if g.suffix != ".json"):
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


def print_table_scores(golds: list[Path], dataset: Path) -> None:
    scores = []
    for path in golds:
        gold = read_gold_table(path)
        folder = (
            dataset if (dataset / "manifest.json").exists() else dataset / Path(gold["source"]).stem
        )
        documents = pd.read_parquet(folder / "documents")
        doc_ids = documents[documents.source_name == gold["source"]].doc_id
        cells = pd.read_parquet(folder / "table_cells")
        cells = cells[cells.doc_id.isin(doc_ids)]
        score = score_table(
            path.stem, gold_cells(gold["rows"]), parsed_tables(cells.itertuples(), gold["page"])
        )
        scores.append(score)
        print(
            f"{score.name:50} cells {score.gold:4} parsed {score.parsed:4} right {score.right:4}"
            f"  P {score.precision:.3f} R {score.recall:.3f}  {score.table_id or '-'}"
        )
    precision, recall = total(scores)
    print(f"{'all tables':50} P {precision:.3f} R {recall:.3f}")


if __name__ == "__main__":
    main()
