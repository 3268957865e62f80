"""The PDFium reader holds no page once it is done with it.

The report's 71 pages, repeated to 1,200 (``tests.bigpdf.repeat_pages``), are read
one at a time through ``open_reader(..., reader="pdfium").pages()`` and
``pdf.read_page``, each result dropped at once, in a fresh Python process (so that
nothing the test session holds counts). The process's resident memory after page
100, when every kind of page has been read and every cache filled, and after page
1,200 must be nearly the same: a reader that kept its pages, or their chars, would
grow with every page read.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.bigpdf import repeat_pages
from tests.conftest import real_pdf

pytestmark = pytest.mark.slow  # make check leaves it out; make test runs it

PAGES = 1200
WARM = 100  # pages read before the first measure: each of the report's pages once, and more
# Measured on the 2-core machine: 65.8 to 72.5 MB resident after page 100 and 71.5 to 78.0 MB
# after page 1,200 (growth 5.5 to 5.7 MB; the peak 71.6 to 78.3 MB, then 73.5 to 80.6 MB), in
# 60 to 70 s. Keeping each reader Page would add 0.7 MB a page, each page's lines 0.5 MB:
# 600 MB or more by page 1,200. The bound catches anything above 27 kB a page.
MAX_GROWTH_MB = 30.0

# Run as `python -c READ_EVERY_PAGE PDF`: one JSON line per measure.
READ_EVERY_PAGE = f"""
import json, os, resource, sys
from pathlib import Path

from planparse.layout.lines import read_page
from planparse.read.seam import open_reader

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


def resident_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE / 2**20


reader = open_reader(Path(sys.argv[1]), reader="pdfium")
chars = 0
try:
    for count, page in enumerate(reader.pages(), 1):
        chars += read_page(page).char_count
        del page
        if count in ({WARM}, reader.page_count):
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(json.dumps(
                {{"pages": count, "chars": chars, "resident_mb": resident_mb(), "peak_mb": peak}}
            ), flush=True)
finally:
    reader.close()
"""


def test_reading_every_page_keeps_memory_flat(tmp_path):
    """Resident memory grows by less than MAX_GROWTH_MB from page 100 to page 1,200."""
    source = real_pdf("busan-2025/advanced-industry-bureau.pdf")
    pdf = repeat_pages(source, PAGES, tmp_path / "long.pdf")
    process = subprocess.run(
        [sys.executable, "-c", READ_EVERY_PAGE, str(pdf)],
        capture_output=True,
        text=True,
        timeout=900,  # only against a hang
    )
    assert process.returncode == 0, process.stderr
    warm, done = (json.loads(line) for line in process.stdout.splitlines())
    assert (warm["pages"], done["pages"]) == (WARM, PAGES)
    assert done["chars"] > warm["chars"] > 0  # the pages were read, not skipped
    growth = done["resident_mb"] - warm["resident_mb"]
    assert growth < MAX_GROWTH_MB, (
        f"resident memory {warm['resident_mb']:.1f} MB after page {WARM}, "
        f"{done['resident_mb']:.1f} MB after page {PAGES}: the reader keeps what it read"
    )
