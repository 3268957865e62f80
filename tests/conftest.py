"""Shared fixtures: the real PDFs in ../shared/pdfs (CI has them) and their extractions."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
import regex

from planparse.extract import ExtractResult, extract
from planparse.notation.glyphs import NORMALISE
from planparse.read.seam import DEFAULT_READER

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PDFS = SHARED / "pdfs"
REFERENCE = SHARED / "reports" / "busan-2025-plan.txt"
SAMPLE = ROOT / "samples" / "busan-2025" / "sample.pdf"
DATA = Path(__file__).resolve().parent / "data"

_cache: dict[tuple[Path, str], ExtractResult] = {}
PREFETCH_OVER = 100  # tests in the session: a full run extracts every real PDF at once
# The readers whose extractions of every real PDF are made at once, in a process pool, the
# first time one is asked for: the default reader in any large session, pdfplumber only
# when the session holds a reader-parity test (``-m parity``; make check leaves them out).
_prefetch: set[str] = set()


def pytest_collection_finish(session: pytest.Session) -> None:
    _prefetch.clear()
    if len(session.items) > PREFETCH_OVER:
        _prefetch.add(DEFAULT_READER)
    if any(item.get_closest_marker("parity") for item in session.items):
        _prefetch.add("pdfplumber")


def compact(text: str | None) -> str:
    """Text as printed, compared: look-alike characters in their one form, no spaces."""
    return regex.sub(r"\s+", "", "".join(NORMALISE.get(c, c) for c in text or ""))


def line_id(line: str, width: int = 40) -> str:
    """A test id that names a real line by its text (its start, spaces collapsed), so a
    failure says which line, not its position in a list."""
    return regex.sub(r"\s+", " ", line).strip()[:width]


def real_pdf(relative: str) -> Path:
    """Return a real PDF from ../shared/pdfs, or skip saying plainly that it is absent."""
    path = PDFS / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: real-PDF tests need ../shared/pdfs beside the project")
    return path


def extracted(path: Path, reader: str = DEFAULT_READER) -> ExtractResult:
    """Extract a PDF once per test session with a reader. In a large session, the first
    real PDF asked for with a reader brings every real PDF extracted with it, in a process
    pool over all cores (the largest first)."""
    if (path, reader) not in _cache and reader in _prefetch and PDFS in path.parents:
        prefetch_real_pdfs(reader)
    if (path, reader) not in _cache:
        _cache[path, reader] = extract(path, reader=reader)
    return _cache[path, reader]


def extract_with(job: tuple[Path, str]) -> ExtractResult:
    return extract(job[0], reader=job[1])


def prefetch_real_pdfs(reader: str) -> None:
    pdfs = sorted(PDFS.rglob("*.pdf"), key=lambda p: -p.stat().st_size)
    todo = [(p, reader) for p in pdfs if (p, reader) not in _cache]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1, mp_context=context) as pool:
        for job, result in zip(todo, pool.map(extract_with, todo), strict=True):
            _cache[job] = result


@pytest.fixture(scope="session")
def report() -> ExtractResult:
    """The Advanced Industries Bureau plan, the report planparse is built around."""
    return extracted(real_pdf("busan-2025/advanced-industry-bureau.pdf"))


@pytest.fixture(scope="session")
def sample() -> ExtractResult:
    return extracted(SAMPLE)
