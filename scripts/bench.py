"""Time `extract` on every PDF under a folder (default ../shared/pdfs): pages, seconds, rate.

Usage: python scripts/bench.py [FOLDER]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from planparse.extract import extract


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/pdfs")
    pdfs = sorted(folder.rglob("*.pdf"))
    if not pdfs:
        sys.exit(f"bench: no PDFs under {folder}")
    print(
        f"{'document':50} {'pages':>5} {'sections':>8} {'items':>6} {'issues':>6} {'s':>6} {'s/page':>7}"
    )
    total_pages = total_seconds = 0.0
    for path in pdfs:
        started = time.perf_counter()
        result = extract(path)
        seconds = time.perf_counter() - started
        pages = result.document.page_count
        total_pages += pages
        total_seconds += seconds
        print(
            f"{path.name[:50]:50} {pages:5d} {len(result.sections):8d} {len(result.items):6d} "
            f"{len(result.issues):6d} {seconds:6.1f} {seconds / pages:7.3f}"
        )
    print(
        f"{'total':50} {int(total_pages):5d} {'':8} {'':6} {'':6} {total_seconds:6.1f} "
        f"{total_seconds / total_pages:7.3f}"
    )


if __name__ == "__main__":
    main()
