"""What a PDF page is to the pipeline, whichever engine read it.

A :class:`Page` is the page's size, its visible characters and its drawn
shapes, as plain records in pdfplumber's form (top-left origin, points):

- ``chars``: ``text`` (one visible glyph, never whitespace), ``fontname``
  (readable: CP949 byte names decoded, subset tag dropped), ``font`` (which font
  resource drew it, opaque: two subsets of one family are two fonts; the word-spacing
  rule pools glyphs of one font), ``size``,
  ``x0 top x1 bottom``, ``upright``. The box is the glyph's advance across and
  the font's em down from its descent (pdfminer's box), the geometry the
  word-spacing rule in ``layout.lines`` measures gaps in.
- ``lines``, ``rects``, ``curves``: painted paths as pdfminer classifies them
  (one segment; an axis-aligned closed four-sided path; anything else), with
  ``x0 top x1 bottom width height``, ``fill``, ``stroke`` and, for curves, ``pts``.
- ``edges``: the ruling edges of those shapes, for the table finder.

The engines (``read.pdfium``, ``read.plumber``) make these records; ``read.seam`` opens
one and checks every page it gives.
"""

from __future__ import annotations

import ast
import contextlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Protocol

from pdfplumber.utils import obj_to_edges

Char = dict[str, Any]
Shape = dict[str, Any]

# Coordinates are rounded to this many decimals of a point by both readers. PDFium
# computes in single precision, pdfminer in double; a coordinate written as 720.288
# comes out 720.28802 from one and 720.288 from the other, and two glyphs whose tops
# tie in one would not tie in the other (``layout.lines.group_rows`` breaks ties by order).
PRECISION = 3


@dataclass
class Page:
    """One page as a reader gives it."""

    page_number: int  # 1-based
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    lines: list[Shape] = field(default_factory=list)
    rects: list[Shape] = field(default_factory=list)
    curves: list[Shape] = field(default_factory=list)
    # what later stages derive from the page more than once (``layout.lines.dotted_rules``)
    memo: dict[str, Any] = field(default_factory=dict, repr=False)
    # what the seam mended on this page (``checked_page``): counts by REPAIRS code
    repairs: Counter[str] = field(default_factory=Counter)

    @cached_property
    def edges(self) -> list[Shape]:
        """Every shape's ruling edges (a rect gives four, a curve one per segment)."""
        return [e for o in (*self.lines, *self.rects, *self.curves) for e in obj_to_edges(o)]


class Reader(Protocol):
    """An open PDF: its page count, its pages one at a time (or one by index), and close."""

    page_count: int

    def pages(self) -> Iterator[Page]:
        """Yield each page once, in order, releasing the engine's page after it."""
        ...

    def page(self, index: int) -> Page:
        """Page ``index`` (0-based) alone."""
        ...

    def close(self) -> None: ...


GEOMETRY_KEYS = ("x0", "x1", "top", "bottom", "y0", "y1", "doctop", "width", "height")


def rounded(shape: Shape) -> Shape:
    """A shape with its coordinates rounded to ``PRECISION`` (its points too)."""
    for key in GEOMETRY_KEYS:
        if key in shape:
            shape[key] = round(shape[key], PRECISION)
    if "pts" in shape:
        shape["pts"] = [(round(x, PRECISION), round(y, PRECISION)) for x, y in shape["pts"]]
    return shape


def readable_fontname(name: str | bytes | None) -> str:
    """A font's name as people write it: CP949 byte names decoded, subset tag dropped
    (``INPILL+Gulim`` -> ``Gulim``).

    pdfminer gives a name that is not ASCII as the repr of its bytes (``"b'\\xb8...'"``);
    PDFium gives the bytes themselves.
    """
    if not name:
        return "unknown"
    if isinstance(name, str) and name.startswith(("b'", 'b"')):
        with contextlib.suppress(ValueError, SyntaxError):
            name = ast.literal_eval(name)
    if isinstance(name, bytes):  # HWP writes Korean font names in CP949
        name = name.decode("cp949", errors="replace")
    return name[7:] if has_subset_tag(name) else name


def has_subset_tag(name: str) -> bool:
    """Whether a font name opens with a subset tag (six capitals and "+": ``INPILL+``)."""
    return len(name) > 7 and name[6] == "+" and name[:6].isupper()
