"""The reader seam: a PDF opened with one engine, every page it gives checked.

Two engines stand behind it: ``pdfium`` (``read.pdfium``, the default: PDFium through
pypdfium2) and ``pdfplumber`` (``read.plumber``: pdfminer.six). Both give
:class:`~planparse.read.page.Page` records; nothing above this module knows which one
ran. Before a page leaves the seam its text is made valid Unicode and its geometry is
clipped to the page (``checked_page``), each repair counted.
"""

from __future__ import annotations

import math
import os
import stat
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

from planparse.errors import InputNotFoundError, NotAPdfError
from planparse.read.page import Char, Page, Reader
from planparse.read.pdfium import PdfiumReader
from planparse.read.plumber import PlumberReader

READERS = ("pdfium", "pdfplumber")
DEFAULT_READER = "pdfium"


def check_regular_file(path: Path) -> None:
    """Fail with a planparse error in plain words unless the path is a regular file (a
    FIFO or a device is refused before it is opened: reading one may never end)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputNotFoundError(f"{path}: no such file") from None
    except OSError as exc:  # a symlink loop, a name too long, a folder that cannot be read
        raise InputNotFoundError(f"{path}: cannot be read ({exc.strerror})") from None
    if not stat.S_ISREG(mode):
        raise InputNotFoundError(f"{path}: not a file")


def check_pdf_file(path: Path) -> None:
    """Fail with a planparse error unless the path is a regular file that starts like a PDF."""
    check_regular_file(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:  # no permission, an I/O error
        raise InputNotFoundError(f"{path}: cannot be read ({exc.strerror})") from None
    if b"%PDF-" not in head:
        raise NotAPdfError(f"{path}: not a PDF file (no %PDF- header)")


def open_reader(path: Path, password: str | None = None, reader: str = DEFAULT_READER) -> Reader:
    """Open a PDF with the named engine (``READERS``); every page it gives is checked
    (``checked_page``) before it leaves the seam."""
    check_pdf_file(path)
    engine: Reader
    if reader == "pdfium":
        engine = PdfiumReader(path, password)
    elif reader == "pdfplumber":
        engine = PlumberReader(path, password)
    else:
        raise ValueError(f"unknown reader {reader!r}: one of {', '.join(READERS)}")
    return CheckedReader(engine)


class CheckedReader:
    """A reader whose pages are checked at the seam: valid text, geometry on the page."""

    def __init__(self, engine: Reader) -> None:
        self.engine = engine
        self.page_count = engine.page_count

    def pages(self) -> Iterator[Page]:
        for page in self.engine.pages():
            yield checked_page(page)

    def page(self, index: int) -> Page:
        return checked_page(self.engine.page(index))

    def close(self) -> None:
        self.engine.close()


# -- the checks at the seam -------------------------------------------------------------

# What each repair counts (``Page.repairs``, by the issue code ``extract`` reports it as).
REPAIRS = {
    "text_not_unicode": "glyphs whose text is not valid Unicode (lone surrogates, U+FFFE, "
    "U+FFFF, control codes) were replaced by U+FFFD",
    "geometry_off_page": "shapes or glyphs reaching far beyond the page were clipped to it "
    "(or dropped when wholly outside it)",
    "geometry_not_numbers": "shapes or glyphs whose coordinates are not numbers were dropped",
    "glyphs_unread": "glyphs could not be read (a damaged font or text map) and were left out",
}
REPLACEMENT = "\ufffd"
# Code points no text may hold: lone UTF-16 surrogates (a pair is joined first, see
# ``join_surrogate_pairs``), the noncharacters U+FFFE and U+FFFF, and the C0 controls
# but NUL, tab and the line breaks. PDFium gives such codes where a font's ToUnicode map
# is broken (a Quartz PDF's lone surrogates); UTF-8 cannot hold a surrogate, so one
# would stop the document at the write, and XML (an xlsx sheet) holds no C0 control.
# NUL stays (a glyph a font maps to U+0000 is kept as pdfminer keeps it), and so do the
# C1 controls: a legacy symbol font's code there (U+008D, a circled digit in the
# ocean-agriculture plan) is a glyph a look-alike map may still name.
INVALID_TEXT_RE = regex.compile(r"[\ud800-\udfff\ufffe\uffff\x01-\x08\x0b\x0c\x0e-\x1f]")
# Geometry is clipped to the page and a margin of one page's size on every side, before
# any stage does work in proportion to a shape's size (the edge grouping walks every
# band a rule spans): one flipped digit in a content stream draws a rule six billion
# points long. Real plans draw tables partly off the page (water-works p8 starts 150 pt
# left of it): the margin keeps them whole.
PAGE_MARGIN = 1.0  # of the page's width (across) and height (down)
# The largest page side PDF allows (200 inches, in points): a page box beyond it is read,
# but geometry is clipped to this much of it.
MAX_PAGE_SIDE = 14_400.0
X_KEYS, Y_KEYS = ("x0", "x1"), ("top", "bottom")


def valid_text(text: str) -> tuple[str, int]:
    """The text with every code point that is not valid text replaced by U+FFFD, and how
    many were replaced (a surrogate pair is one character: join it first)."""
    if text.isascii() and text.isprintable():
        return text, 0
    mended, count = INVALID_TEXT_RE.subn(REPLACEMENT, text)
    return mended, count


def join_surrogate_pairs(chars: list[Char]) -> list[Char]:
    """Chars with each UTF-16 surrogate pair given as two chars (PDFium's text page gives
    one code unit a char) joined into one char of the pair's code point."""
    joined: list[Char] = []
    for char in chars:
        last = joined[-1] if joined else None
        text = char["text"]
        if (
            last is not None
            and len(text) == 1
            and "\udc00" <= text <= "\udfff"
            and "\ud800" <= last["text"][-1:] <= "\udbff"
        ):
            pair = last["text"][-1] + text
            last["text"] = last["text"][:-1] + pair.encode("utf-16", "surrogatepass").decode(
                "utf-16"
            )
            last["x1"] = max(last["x1"], char["x1"])
            continue
        joined.append(char)
    return joined


def clip_box(page: Page) -> tuple[float, float, float, float]:
    """The region geometry may occupy: the page (at most MAX_PAGE_SIDE a side) and a
    margin of PAGE_MARGIN of its size on every side."""
    width, height = (
        min(side, MAX_PAGE_SIDE) if math.isfinite(side) and side > 0 else MAX_PAGE_SIDE
        for side in (page.width, page.height)
    )
    across, down = PAGE_MARGIN * width, PAGE_MARGIN * height
    return -across, -down, width + across, height + down


def is_finite(record: dict[str, Any]) -> bool:
    """Whether every coordinate of a glyph or shape is a number (not NaN, not infinite)."""
    return all(math.isfinite(record[k]) for k in (*X_KEYS, *Y_KEYS) if k in record)


def clip_record(record: dict[str, Any], box: tuple[float, float, float, float]) -> str | None:
    """Clip a glyph's or shape's coordinates to ``box`` in place: None when it lay within
    it, "clipped", or "outside" when nothing of it is in the box (to be dropped)."""
    left, top, right, bottom = box
    x0, x1, y0, y1 = record["x0"], record["x1"], record["top"], record["bottom"]
    if x0 >= left and x1 <= right and y0 >= top and y1 <= bottom:
        return None
    if x1 < left or x0 > right or y1 < top or y0 > bottom:
        return "outside"
    old_top, old_bottom = record["top"], record["bottom"]
    for key in X_KEYS:
        record[key] = min(max(record[key], left), right)
    for key in Y_KEYS:
        record[key] = min(max(record[key], top), bottom)
    if "doctop" in record:
        record["doctop"] += record["top"] - old_top
    if "y0" in record:  # bottom-up: y0 is the bottom's height, y1 the top's
        record["y0"] -= record["bottom"] - old_bottom
        record["y1"] -= record["top"] - old_top
    if "width" in record:
        record["width"] = record["x1"] - record["x0"]
    if "height" in record:
        record["height"] = record["bottom"] - record["top"]
    if "pts" in record:
        record["pts"] = [
            (min(max(x, left), right), min(max(y, top), bottom)) for x, y in record["pts"]
        ]
    return "clipped"


def checked_page(page: Page) -> Page:
    """The page as the stages may trust it: every glyph's text valid Unicode, every
    coordinate a number, every shape and glyph within the page and its margin
    (``clip_box``). What was mended is counted in ``page.repairs``. A page with nothing
    to mend (every page of the real plans) costs one pattern search and one comparison
    of each record's box."""
    if INVALID_TEXT_RE.search("".join(c["text"] for c in page.chars)):
        page.chars = join_surrogate_pairs(page.chars)
        for char in page.chars:
            text, replaced = valid_text(char["text"])
            if replaced:
                char["text"] = text
                page.repairs["text_not_unicode"] += replaced
    box = clip_box(page)
    page.chars = placed(page.chars, box, page.repairs)
    page.lines = placed(page.lines, box, page.repairs)
    page.rects = placed(page.rects, box, page.repairs)
    page.curves = placed(page.curves, box, page.repairs)
    return page


def placed(
    records: list[dict[str, Any]], box: tuple[float, float, float, float], repairs: Counter[str]
) -> list[dict[str, Any]]:
    """The glyphs or shapes that are numbers and reach into ``box``, clipped to it."""
    left, top, right, bottom = box
    kept = []
    for record in records:
        points = record.get("pts")
        inside = (  # False for a NaN too: it compares false with everything
            left <= record["x0"]
            and record["x1"] <= right
            and top <= record["top"]
            and record["bottom"] <= bottom
        )
        if inside and points is None:
            kept.append(record)
            continue
        if not is_finite(record) or not all(math.isfinite(v) for p in points or () for v in p):
            repairs["geometry_not_numbers"] += 1
            continue
        where = clip_record(record, box)
        if where is not None:
            repairs["geometry_off_page"] += 1
            if where == "outside":
                continue
        kept.append(record)
    return kept
