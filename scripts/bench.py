"""Time `extract` on the PDFs under a folder (default ../shared/pdfs), in one run:

1. every PDF, extracted in this process with the default reader: pages, seconds, rate;
2. the report (FOLDER/busan-2025/advanced-industry-bureau.pdf) with each reader,
   three pairs of runs (pdfplumber, then pdfium): whole `planparse extract`
   processes, then ``extract`` alone in this process, then the readers alone (every
   page read, nothing above the seam); each reader's median seconds and the speed-up
   pdfplumber/pdfium as the median of the pairs' ratios, with their spread (this
   machine's speed drifts; a pair's two runs share it). What the readers leave of an
   extraction is the pipeline above the seam, the same code whichever reader ran:
   it is printed too, as it bounds the speed-up of a whole extraction;
3. the twelve plans of FOLDER/busan-2025 (else every PDF) as one corpus run with one
   worker, with each reader: seconds, peak memory per worker and the speed-up;
4. the same corpus with the default reader, with one worker and with one per core,
   in turn, as a ratio, with each run's peak memory per worker;
5. a 1,200-page PDF, the report's pages repeated (``tests/bigpdf.py``), extracted by
   `planparse extract --reader pdfium`: seconds and peak memory beside the report's,
   with the ratios of pages, seconds and memory side by side. Memory grows far less
   than pages do, but it grows: the pipeline keeps every page's lines (packed) until
   the document's structure is read.

planparse's bytecode is written first (``compile_package``), as an installed package
has it. Parts 2 and 5 are left out when the report is absent. Part 3 reads the corpus with
pdfminer, which takes minutes (about 6 for the twelve plans).

Usage: python scripts/bench.py [FOLDER]
"""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import planparse
from planparse.extract import extract
from planparse.read.seam import DEFAULT_READER, open_reader

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.bigpdf, shared with the memory test
from tests.bigpdf import repeat_pages  # noqa: E402

REPORT = "busan-2025/advanced-industry-bureau.pdf"
LONG_PAGES = 1200


@dataclass
class Run:
    """One whole `planparse extract` process: its wall-clock seconds, the largest peak
    memory (MB) of the processes that extracted a document, and the pages extracted
    (the last two from the manifest)."""

    seconds: float
    peak_mb: float
    pages: int


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/pdfs")
    pdfs = sorted(folder.rglob("*.pdf"))
    if not pdfs:
        sys.exit(f"bench: no PDFs under {folder}")
    compile_package()
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

    report = folder / REPORT
    report_run = report_readers_bench(report) if report.exists() else None
    plans = sorted((folder / "busan-2025").glob("*.pdf")) or pdfs
    corpus_readers_bench(plans)
    corpus_bench(plans)
    if report_run is not None:
        long_pdf_bench(report, report_run)
    else:
        print(f"\n{report} is absent: the report's reader and long-PDF benches are left out")


def compile_package() -> None:
    """Write planparse's bytecode before anything is timed, as an installed package has
    it (pip writes it when it installs; an editable install does not, and where
    PYTHONDONTWRITEBYTECODE is set no run writes it). Without it every timed process
    compiles the package's source first: about 0.15 s, the same for both readers."""
    compileall.compile_dir(Path(planparse.__file__).parent, quiet=1)


def timed_run(pdfs: list[Path], jobs: int, reader: str = DEFAULT_READER) -> Run:
    """One whole `planparse extract PDFS -o NEW -j JOBS --reader READER` process."""
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "planparse.cli", "extract", *map(str, pdfs)]
        options = ["-o", f"{folder}/dataset", "-j", str(jobs), "--reader", reader, "-q"]
        started = time.perf_counter()
        subprocess.run([*command, *options], check=True)
        seconds = time.perf_counter() - started
        manifest = json.loads(Path(folder, "dataset", "manifest.json").read_text())
        documents = manifest["documents"]
        return Run(
            seconds=seconds,
            peak_mb=max(d["worker_peak_mb"] for d in documents),
            pages=sum(d["pages"] for d in documents),
        )


def print_readers(plumber: Run, pdfium: Run) -> None:
    """The two readers' runs, a line each, and the speed-up pdfplumber/pdfium."""
    print(f"  pdfplumber {plumber.seconds:7.1f} s  peak {plumber.peak_mb:5.0f} MB")
    print(f"  pdfium     {pdfium.seconds:7.1f} s  peak {pdfium.peak_mb:5.0f} MB")
    print(f"  speed-up   {plumber.seconds / pdfium.seconds:7.2f}x")


def extract_seconds(path: Path, reader: str) -> float:
    """One call of ``extract`` in this process (the pipeline alone: no interpreter start,
    no imports, no writing)."""
    started = time.perf_counter()
    extract(path, reader=reader)
    return time.perf_counter() - started


def read_seconds(path: Path, reader: str) -> float:
    """Every page of a PDF read by one reader, opening it included, and nothing done with
    the pages: the reader alone."""
    started = time.perf_counter()
    pdf = open_reader(path, reader=reader)
    try:
        for _ in pdf.pages():
            pass
    finally:
        pdf.close()
    return time.perf_counter() - started


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def print_pairs(pairs: list[tuple[float, float]]) -> None:
    """Runs taken in pairs, pdfplumber then pdfium: each reader's median seconds and the
    speed-up, as the median of the pairs' ratios (a pair's two runs see the machine at
    about the same speed) with the lowest and highest."""
    ratios = sorted(plumber / pdfium for plumber, pdfium in pairs)
    print(f"  pdfplumber {median([a for a, _ in pairs]):7.2f} s  (median of {len(pairs)})")
    print(f"  pdfium     {median([b for _, b in pairs]):7.2f} s")
    spread = f"  (pairs: {ratios[0]:.2f}x to {ratios[-1]:.2f}x)" if len(pairs) > 1 else ""
    print(f"  speed-up   {median(ratios):7.2f}x{spread}")


def report_readers_bench(report: Path) -> Run:
    """The report with each reader, in pairs: whole `planparse extract` processes, then
    ``extract`` in this process, then the readers alone; and what is left above the
    reader. Return pdfium's fastest process run."""
    runs = [
        (timed_run([report], 1, "pdfplumber"), timed_run([report], 1, "pdfium")) for _ in range(3)
    ]
    pdfium = min((b for _, b in runs), key=lambda run: run.seconds)
    print(f"\n{report.name} ({pdfium.pages} pages), one `planparse extract` process per run")
    whole = [(a.seconds, b.seconds) for a, b in runs]
    print_pairs(whole)
    peaks = max(a.peak_mb for a, _ in runs), max(b.peak_mb for _, b in runs)
    print(f"  peak memory: pdfplumber {peaks[0]:.0f} MB, pdfium {peaks[1]:.0f} MB")
    extract_seconds(report, "pdfium")  # once first: the pipeline's first call is slower
    pairs = [
        (extract_seconds(report, "pdfplumber"), extract_seconds(report, "pdfium")) for _ in range(3)
    ]
    print("  extraction alone, in this process:")
    print_pairs(pairs)
    reads = [(read_seconds(report, "pdfplumber"), read_seconds(report, "pdfium")) for _ in range(3)]
    print("  the readers alone (every page read, nothing done with it):")
    print_pairs(reads)
    above = [extracted - read for (_, extracted), (_, read) in zip(pairs, reads, strict=True)]
    print(f"  above the seam (the same code for both readers): {median(above):.2f} s")
    rest = median([b for _, b in whole]) - median([b for _, b in reads])
    bound = median([a for a, _ in whole]) / rest
    print(f"  a reader taking no time would make a whole process {bound:.1f}x faster at most")
    return pdfium


def corpus_readers_bench(pdfs: list[Path]) -> None:
    """The corpus in one call with one worker, with each reader, in turn."""
    print(f"\ncorpus of {len(pdfs)} PDFs in one call with -j 1, pdfplumber against pdfium")
    plumber = timed_run(pdfs, 1, "pdfplumber")
    pdfium = timed_run(pdfs, 1, "pdfium")
    print_readers(plumber, pdfium)


def corpus_bench(pdfs: list[Path]) -> None:
    """The same corpus with one worker and with one per core, in turn, in one run."""
    cores = os.cpu_count() or 1
    print(f"\ncorpus of {len(pdfs)} PDFs in one call, -j 1 against -j {cores}")
    one = timed_run(pdfs, 1)
    many = timed_run(pdfs, cores)
    print(f"  -j 1      {one.seconds:7.1f} s  peak per worker {one.peak_mb:5.0f} MB")
    print(f"  -j {cores:<6} {many.seconds:7.1f} s  peak per worker {many.peak_mb:5.0f} MB")
    print(f"  speed-up  {one.seconds / many.seconds:7.2f}x")


def long_pdf_bench(report: Path, report_run: Run) -> None:
    """A PDF of LONG_PAGES pages, the report's repeated, extracted with pdfium in one
    whole process, beside the report's own run: pages, seconds and peak memory, and the
    ratio of each."""
    with tempfile.TemporaryDirectory() as folder:
        long_pdf = repeat_pages(report, LONG_PAGES, Path(folder, "long.pdf"))
        run = timed_run([long_pdf], 1, "pdfium")
    print(f"\n{LONG_PAGES:,} pages (the report's repeated) against the report, --reader pdfium")
    print(f"  {'':12} {'pages':>7} {'seconds':>8} {'peak MB':>8}")
    for name, this in (("report", report_run), (f"{LONG_PAGES:,} pages", run)):
        print(f"  {name:12} {this.pages:7d} {this.seconds:8.1f} {this.peak_mb:8.0f}")
    pages = run.pages / report_run.pages
    seconds = run.seconds / report_run.seconds
    memory = run.peak_mb / report_run.peak_mb
    print(f"  {'ratio':12} {pages:6.1f}x {seconds:7.1f}x {memory:7.1f}x")


if __name__ == "__main__":
    main()
