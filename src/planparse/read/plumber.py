"""The pdfplumber reader (pdfminer.six): the seam's records from pdfplumber's pages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from planparse.errors import EncryptedPdfError, UnreadablePdfError, plain_cause
from planparse.read.page import PRECISION, Page, readable_fontname, rounded

SHAPE_KEYS: tuple[str, ...] = ("object_type", "x0", "x1", "top", "bottom", "y0", "y1")
SHAPE_KEYS += ("doctop", "width", "height", "fill", "stroke")


class PlumberReader:
    """An open PDF read with pdfplumber."""

    def __init__(self, path: Path, password: str | None = None) -> None:
        try:
            self.pdf = pdfplumber.open(path, password=password or "")
            self.page_count = len(self.pdf.pages)  # forces the page tree to be read
        except Exception as exc:  # pdfminer raises many ad-hoc types; pdfplumber wraps some
            cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
            if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
                need = "the password is wrong" if password else "a password is needed: --password"
                raise EncryptedPdfError(f"{path}: the PDF is encrypted ({need})") from exc
            raise UnreadablePdfError(f"{path}: cannot read the PDF ({plain_cause(cause)})") from exc
        if not self.page_count:
            self.pdf.close()
            raise UnreadablePdfError(f"{path}: the PDF has no pages")

    def pages(self) -> Iterator[Page]:
        for index in range(self.page_count):
            yield self.page(index)

    def page(self, index: int) -> Page:
        """Page ``index`` (0-based) as records, pdfplumber's page closed after."""
        page = self.pdf.pages[index]
        try:
            return Page(
                page_number=page.page_number,
                width=float(page.width),
                height=float(page.height),
                chars=[
                    {
                        "text": c["text"],
                        "fontname": readable_fontname(c.get("fontname")),
                        "font": c.get("fontname"),
                        "size": round(c["size"], PRECISION),
                        "x0": round(c["x0"], PRECISION),
                        "top": round(c["top"], PRECISION),
                        "x1": round(c["x1"], PRECISION),
                        "bottom": round(c["bottom"], PRECISION),
                        "upright": c.get("upright", True),
                    }
                    for c in page.chars
                    if c["text"].strip()
                ],
                lines=[rounded(shape(o)) for o in page.lines],
                rects=[rounded(shape(o)) for o in page.rects],
                curves=[rounded({**shape(o), "pts": o["pts"]}) for o in page.curves],
            )
        finally:
            page.close()

    def close(self) -> None:
        self.pdf.close()


def shape(obj: dict) -> dict:
    """A drawn shape's record, without pdfplumber's colours and path operators."""
    return {k: obj[k] for k in SHAPE_KEYS if k in obj}
