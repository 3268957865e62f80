"""Shared fixtures: the real PDFs in ../shared/pdfs (CI has them) and their extractions."""

from __future__ import annotations

from pathlib import Path

import pytest

from planparse.extract import ExtractResult, extract

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PDFS = SHARED / "pdfs"
REFERENCE = SHARED / "reports" / "busan-2025-plan.txt"
SAMPLE = ROOT / "samples" / "busan-2025" / "sample.pdf"
DATA = Path(__file__).resolve().parent / "data"

_cache: dict[Path, ExtractResult] = {}


def real_pdf(relative: str) -> Path:
    """Return a real PDF from ../shared/pdfs, or skip saying plainly that it is absent."""
    path = PDFS / relative
    if not path.exists():
        pytest.skip(f"{path} is absent: real-PDF tests need ../shared/pdfs beside the project")
    return path


def extracted(path: Path) -> ExtractResult:
    """Extract a PDF once per test session."""
    if path not in _cache:
        _cache[path] = extract(path)
    return _cache[path]


@pytest.fixture(scope="session")
def report() -> ExtractResult:
    """The Advanced Industries Bureau plan, the report planparse is built around."""
    return extracted(real_pdf("busan-2025/advanced-industry-bureau.pdf"))


@pytest.fixture(scope="session")
def sample() -> ExtractResult:
    return extracted(SAMPLE)
