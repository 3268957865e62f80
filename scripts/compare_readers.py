"""Extract PDFs with both readers and list every difference for a reviewer.

Usage: python scripts/compare_readers.py [PDF_OR_DIR ...] [-j N]
(default: every PDF under ../shared/pdfs). Exit 1 when parity fails for any PDF:
a difference in sections, fundings or domain tables, or fewer than 99.5% of
items with identical text (``tests.support.parity``).
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from planparse.extract import extract

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.support
from tests.support.parity import Parity, compare, report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def both(path: Path) -> Parity:
    return compare(path.name, extract(path, reader="pdfium"), extract(path, reader="pdfplumber"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", type=Path)
    parser.add_argument("-j", "--jobs", type=int, default=1)
    args = parser.parse_args()
    inputs = args.inputs or [ROOT.parent / "shared" / "pdfs"]
    pdfs = sorted(p for i in inputs for p in ([i] if i.is_file() else i.rglob("*.pdf")))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=args.jobs, mp_context=context) as pool:
        results = list(pool.map(both, pdfs))
    for parity in results:
        print("\n".join(report(parity)), flush=True)
    failed = [p.name for p in results if not p.holds()]
    print(f"\n{len(results) - len(failed)} of {len(results)} PDFs hold parity", end="")
    print(f"; failing: {', '.join(failed)}" if failed else "")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
