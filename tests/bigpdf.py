"""A long PDF made from a short one, for the reader memory test and the bench.

``repeat_pages`` builds a PDF of any length from a source PDF's pages, repeated
in order (the last round cut short). The pages are the source's own, so a
reader does the same work on page 1,000 as on page 10: what grows with the
page count is only what the reader or the pipeline keeps.

The pages are imported in one ``import_pages`` call, so every copy of a page
shares the source page's fonts and other resources, as the pages of a real long
plan share theirs. Imported one round per call, each round would bring its own
copy of every font (the 1,200-page PDF of the 71-page report grows from 2.5 MB
to 38 MB), and PDFium keeps every font it has parsed until the document is
closed: reading only PDFium's own pages, opened and closed one at a time, then
takes 60 MB at page 100 and 164 MB at page 1,200, growth no reader holds.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium


def repeat_pages(source: Path, pages: int, out: Path) -> Path:
    """Write to ``out`` a PDF of ``pages`` pages, the source's pages repeated in order
    and sharing its resources; return ``out``."""
    if pages < 1:
        raise ValueError(f"pages must be at least 1, not {pages}")
    src = pdfium.PdfDocument(source)
    new = pdfium.PdfDocument.new()
    try:
        count = len(src)
        new.import_pages(src, pages=[i % count for i in range(pages)])
        new.save(out)
    finally:
        new.close()
        src.close()
    return out
