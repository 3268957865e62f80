"""Time `extract` on every PDF under a folder (default ../shared/pdfs): pages, seconds, rate;
then the twelve plans of FOLDER/busan-2025 (else every PDF) as one corpus run with one
worker and with one per core, in turn, as a ratio, with each run's peak memory per worker.

Usage: python scripts/bench.py [FOLDER]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
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

    plans = sorted((folder / "busan-2025").glob("*.pdf")) or pdfs
    corpus_bench(plans)


def timed_run(pdfs: list[Path], jobs: int) -> tuple[float, float]:
    """Seconds of one whole `planparse extract PDFS -o NEW -j JOBS` process, and the largest
    peak memory (MB) of the processes that extracted a document (from the manifest)."""
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "planparse.cli", "extract", *map(str, pdfs)]
        started = time.perf_counter()
        subprocess.run([*command, "-o", f"{folder}/dataset", "-j", str(jobs), "-q"], check=True)
        seconds = time.perf_counter() - started
        manifest = json.loads(Path(folder, "dataset", "manifest.json").read_text())
        return seconds, max(d["worker_peak_mb"] for d in manifest["documents"])


def corpus_bench(pdfs: list[Path]) -> None:
    """The same corpus with one worker and with one per core, in turn, in one run."""
    cores = os.cpu_count() or 1
    print(f"\ncorpus of {len(pdfs)} PDFs in one call, -j 1 against -j {cores}")
    one, one_peak = timed_run(pdfs, 1)
    many, many_peak = timed_run(pdfs, cores)
    print(f"  -j 1      {one:7.1f} s  peak per worker {one_peak:5.0f} MB")
    print(f"  -j {cores:<6} {many:7.1f} s  peak per worker {many_peak:5.0f} MB")
    print(f"  speed-up  {one / many:7.2f}x")


if __name__ == "__main__":
    main()
