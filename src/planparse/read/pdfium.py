"""The PDFium reader (pypdfium2): the seam's records from PDFium's text page and page objects.

Characters come from the text page; paths from the page objects (into form
XObjects). Where PDFium and pdfminer differ, the records are made to agree here:

- **Boxes.** pdfminer's char box runs from the glyph's origin across its advance
  width, and from the font's descent below the baseline up one em. PDFium's loose
  char box is not that: it runs from the font's descent to its ascent, widens to
  the ink where a glyph overhangs its advance ("/", "R"), and for a Type 3 font is
  the font's whole FontBBox. The reader builds pdfminer's box from what PDFium
  gives: the origin (``FPDFText_GetCharOrigin``), the font's descent and the em;
  the advance is the loose box's width, or the font's width for the glyph where
  the loose box is known not to be it (Type 3 fonts; ink left of the origin). So
  a line's glyphs have the geometry the word-spacing rule (``layout.lines.chars_to_text``)
  was tuned on. A glyph whose ink overhangs on the right keeps the wider box (by
  a tenth of a point or so): the font's width for a Unicode value is not reliable
  for every glyph (private-use bullets share one value). ``size`` is the em on the
  page, as pdfminer's.
- **Coordinates** are PDF user space; they are moved to the layout space
  pdfminer uses (the media box's corner at the origin, the page's /Rotate
  applied) and flipped to a top-left origin.
- **Fake bold.** HWP draws bold as a text object twice, a hair apart. PDFium's
  text page keeps one copy; pdfminer keeps both, and ``layout.lines`` reads the pair
  as bold. A text object that has no char in the text page and the size of one
  that has, a fraction of an em away, is that second copy: its chars are
  added, shifted by the offset.
- **Paths** become lines, rects and curves by pdfminer's rules (one segment; a
  closed axis-aligned four-sided subpath; anything else), one per subpath.
- **Font names** are given as bytes and read as CP949 (``read.page.readable_fontname``).
- Chars PDFium generates (spaces and line breaks it infers) are not glyphs and are dropped.

Speed: the page's handles (text objects, paths, segments, fonts) are passed as plain
addresses through the functions in :class:`Calls`: pypdfium2's typed pointers need a
``ctypes.cast`` to be compared or used as keys, which costs more than the PDFium call.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pypdfium2_raw.bindings as bindings

from planparse.errors import EncryptedPdfError, UnreadablePdfError
from planparse.read.page import PRECISION, Char, Page, Shape, has_subset_tag, readable_fontname
from planparse.read.plumber import PlumberReader

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# PDFium's text page drops a text object that repeats one just drawn (the same char
# codes and size, up to 0.9 of a glyph across). A copy in the same font and size within
# this many ems of the first is a deliberate repeat (fake bold, a shadow): pdfminer keeps
# both and pdf.py reads them as one bold glyph. Anything else dropped is a glyph lost.
TWIN_EM = 0.25
UNMAPPED = {0xFFFE, 0xFFFF}  # what PDFium gives for a glyph it cannot map to Unicode
# Codes the text page's text (``FPDFText_GetText``) gives where the char itself may be
# another: a hyphen ending a line comes out U+FFFE there, and a glyph the font maps to
# U+0000 too. Such a char is read again with ``FPDFText_GetUnicode``; U+0000 is kept as
# pdfminer keeps it ("\x00").
ODD_CODES = {0x0000, 0xFFFE, 0xFFFF}
Address = int  # a PDFium handle as a plain address
# PDFium's reasons a document does not open, in plain words (pypdfium2 also refuses a
# document of no pages, with PDFium's "success" as its code).
OPEN_ERRORS = {
    raw.FPDF_ERR_SUCCESS: "it has no pages",
    raw.FPDF_ERR_FILE: "the file cannot be opened",
    raw.FPDF_ERR_FORMAT: "it is damaged: its structure cannot be read",
    raw.FPDF_ERR_SECURITY: "it is protected by a security handler PDFium does not support",
    raw.FPDF_ERR_PAGE: "its page tree is damaged",
}
FloatRef = ctypes.POINTER(ctypes.c_float)


def address_call(name: str, restype: Any, *argtypes: Any) -> Any:
    """A PDFium function of its own (pypdfium2's is left as it is) taking and returning
    handles as plain addresses."""
    function = bindings._libs["pdfium"][name]
    function.restype = restype
    function.argtypes = argtypes
    return function


class Handle(ctypes.c_void_p):
    """A PDFium handle as a plain call returns it: a subclass of ``c_void_p`` stays a
    ctypes object (``c_void_p`` itself would become an int), to be passed to the next
    plain call as it is. ``.value`` is its address."""


def plain_call(name: str, restype: Any) -> Any:
    """A PDFium function of its own with no declared argument types: ctypes then converts
    no argument, which takes about 40% off a call. Every pointer must be passed as a
    ctypes object (a ``Handle``, a ``c_void_p``, a ``byref``): a Python int would be
    passed as a C int. Only for the calls made once per char or per path (``Plain``)."""
    function = bindings._libs["pdfium"][name]
    function.restype = restype
    return function


class Plain:
    """The calls the reader makes once per char or path, as ``plain_call``s."""

    Int = ctypes.c_int
    text_object = plain_call("FPDFText_GetTextObject", ctypes.c_void_p)  # -> an address
    char_origin = plain_call("FPDFText_GetCharOrigin", Int)
    loose_box = plain_call("FPDFText_GetLooseCharBox", Int)
    page_object = plain_call("FPDFPage_GetObject", Handle)
    form_object = plain_call("FPDFFormObj_GetObject", Handle)
    object_type = plain_call("FPDFPageObj_GetType", Int)
    object_matrix = plain_call("FPDFPageObj_GetMatrix", Int)
    draw_mode = plain_call("FPDFPath_GetDrawMode", Int)
    segment_count = plain_call("FPDFPath_CountSegments", Int)
    segment = plain_call("FPDFPath_GetPathSegment", Handle)
    segment_type = plain_call("FPDFPathSegment_GetType", Int)
    segment_point = plain_call("FPDFPathSegment_GetPoint", Int)
    segment_close = plain_call("FPDFPathSegment_GetClose", Int)


class Calls:
    """The PDFium functions the reader calls with declared argument types, on plain
    addresses: once per text object, font or page (the per-char and per-path calls are
    ``Plain``)."""

    V, Int, F = ctypes.c_void_p, ctypes.c_int, ctypes.c_float
    object_bounds = address_call(
        "FPDFPageObj_GetBounds", Int, V, FloatRef, FloatRef, FloatRef, FloatRef
    )
    page_object_count = address_call("FPDFPage_CountObjects", Int, V)
    remove_object = address_call("FPDFPage_RemoveObject", Int, V, V)
    destroy_object = address_call("FPDFPageObj_Destroy", None, V)
    form_object_count = address_call("FPDFFormObj_CountObjects", Int, V)
    text_font = address_call("FPDFTextObj_GetFont", V, V)
    char_matrix = address_call("FPDFText_GetMatrix", Int, V, Int, ctypes.POINTER(raw.FS_MATRIX))
    font_size = address_call("FPDFText_GetFontSize", ctypes.c_double, V, Int)
    descent = address_call("FPDFFont_GetDescent", Int, V, F, FloatRef)
    glyph_width = address_call("FPDFFont_GetGlyphWidth", Int, V, ctypes.c_uint32, F, FloatRef)
    font_data = address_call(
        "FPDFFont_GetFontData", Int, V, V, ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t)
    )
    font_name = address_call("FPDFFont_GetBaseFontName", ctypes.c_size_t, V, V, ctypes.c_size_t)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """The matrix that applies m, then n (PDF row-vector convention, as pdfminer's)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def layout_matrix(mediabox: tuple[float, float, float, float], rotation: int) -> Matrix:
    """PDF user space -> pdfminer's layout space (bottom-left origin, rotation applied)."""
    x0, y0, x1, y1 = mediabox
    return {
        90: (0.0, -1.0, 1.0, 0.0, -y0, x1),
        180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
        270: (0.0, 1.0, -1.0, 0.0, y1, -x0),
    }.get(rotation % 360, (1.0, 0.0, 0.0, 1.0, -x0, -y0))


class PdfiumReader:
    """An open PDF read with PDFium."""

    def __init__(self, path: Path, password: str | None = None) -> None:
        try:
            self.doc = pdfium.PdfDocument(path, password=password or None)
        except pdfium.PdfiumError as exc:
            # asked afresh: the error pypdfium2 read may be an earlier document's (a PDF of
            # no pages opened after an encrypted one in the same process)
            code = open_error(path, password)
            if code == raw.FPDF_ERR_PASSWORD:
                need = "the password is wrong" if password else "a password is needed: --password"
                raise EncryptedPdfError(f"{path}: the PDF is encrypted ({need})") from exc
            why = OPEN_ERRORS.get(code, "PDFium cannot open it")
            raise UnreadablePdfError(f"{path}: cannot read the PDF ({why})") from exc
        self.page_count = len(self.doc)
        if not self.page_count:
            self.doc.close()
            raise UnreadablePdfError(f"{path}: the PDF has no pages")
        self.path, self.password = path, password
        self.pdfminer: PlumberReader | None = None  # opened for the first page PDFium loses
        self.fallback_pages: list[int] = []  # pages read with pdfminer

    def pages(self) -> Iterator[Page]:
        for index in range(self.page_count):
            yield self.page(index)

    def page(self, index: int) -> Page:
        """Page ``index`` (0-based) as records, PDFium's page closed after. A page whose
        glyphs PDFium could not all read is read with pdfminer; where pdfminer cannot read
        it either (a damaged PDF), PDFium's records stand, the glyphs lost counted in
        ``repairs["glyphs_unread"]``."""
        page = self.doc[index]
        try:
            records, unread = read_page(page, index + 1)
        finally:
            page.close()
        if unread:
            try:
                fallback = self.pdfminer_page(index)
            except Exception:  # noqa: BLE001 (pdfminer on a damaged PDF raises anything)
                records.repairs["glyphs_unread"] += unread
            else:
                self.fallback_pages.append(index + 1)
                return fallback
        return records

    def pdfminer_page(self, index: int) -> Page:
        if self.pdfminer is None:
            self.pdfminer = PlumberReader(self.path, self.password)
        return self.pdfminer.page(index)

    def close(self) -> None:
        self.doc.close()
        if self.pdfminer is not None:
            self.pdfminer.close()


def open_error(path: Path, password: str | None) -> int:
    """Why PDFium does not open a PDF, asked afresh: pypdfium2 refuses a document of no
    pages with ``FPDF_GetLastError``, which then still holds the error of an earlier
    document (PDFium sets it only when a call fails)."""
    name = str(path).encode("utf-8", "surrogateescape") + b"\0"
    document = raw.FPDF_LoadDocument(name, None if password is None else password.encode() + b"\0")
    if not document:
        return int(raw.FPDF_GetLastError())
    try:
        pages = raw.FPDF_GetPageCount(document)
    finally:
        raw.FPDF_CloseDocument(document)
    return raw.FPDF_ERR_SUCCESS if pages < 1 else raw.FPDF_ERR_UNKNOWN


def address(handle: Any) -> Address:
    return ctypes.cast(handle, ctypes.c_void_p).value or 0


def read_page(page: pdfium.PdfPage, number: int) -> tuple[Page, int]:
    """One page's records, its text pages released before returning, and how many glyphs
    PDFium could not read (not mapped to Unicode, or dropped as repeats and not found
    again): ``PdfiumReader.page`` reads a page with any such glyph with pdfminer."""
    mediabox = page.get_mediabox()
    rotation = page.get_rotation()
    to_layout = layout_matrix(mediabox, rotation)
    width, height = mediabox[2] - mediabox[0], mediabox[3] - mediabox[1]
    if rotation % 180:
        width, height = height, width
    out = Page(page_number=number, width=width, height=height)
    textpage = page.get_textpage()
    try:
        chars, by_object, unread = read_chars(textpage.raw, to_layout, height)
        twins: list[Char] = []
        lost: list[tuple[Address, Handle | None]] = []
        paths = PathReader(out, height)
        walk_objects(address(page.raw), None, to_layout, paths, by_object, twins, lost)
    finally:
        textpage.close()
    if lost and not unread:
        found = lost_chars(page, [obj for obj, form in lost if form is None], to_layout, height)
        if found is None or any(form is not None for _, form in lost):
            unread += len(lost)
        else:
            twins += found
    else:
        unread += len(lost)
    out.chars = chars + twins
    return out, unread


def lost_chars(
    page: pdfium.PdfPage, lost: list[Address], to_layout: Matrix, height: float
) -> list[Char] | None:
    """The chars of text objects PDFium's text page dropped as repeats of others, read
    from text pages of the page without its other text objects (removed from the page
    in memory, which is closed after; nothing is saved). Lost objects that repeat each
    other (a dotted leader drawn a dot an object) are read over several rounds, each
    with the ones still missing. None when a round finds none, or a glyph PDFium cannot
    map."""
    handle = address(page.raw)
    missing = set(lost)
    removed = []
    container = ctypes.c_void_p(handle)  # for the plain calls
    for k in reversed(range(Calls.page_object_count(handle))):
        found_object = Plain.page_object(container, k)
        text = Plain.object_type(found_object) == raw.FPDF_PAGEOBJ_TEXT
        obj = found_object.value or 0
        if text and obj not in missing and Calls.remove_object(handle, obj):
            removed.append(obj)
    found: dict[Address, list[Char]] = {}
    try:
        while missing:
            textpage = page.get_textpage()
            try:
                _, by_object, unmapped = read_chars(textpage.raw, to_layout, height)
            finally:
                textpage.close()
            read = {obj for obj in missing if by_object.get(obj)}
            if unmapped or not read:
                return None
            for obj in read:
                found[obj] = by_object[obj]
                if Calls.remove_object(handle, obj):
                    removed.append(obj)
            missing -= read
    finally:
        for obj in removed:
            Calls.destroy_object(obj)
    return [char for obj in lost for char in found[obj]]


@dataclass
class TextRun:
    """What the chars of one text object share: their font, em and placement."""

    font: str
    key: str  # tells fonts apart (``font_key``)
    em: float
    advance_scale: float  # char space -> user space, across
    square: bool  # set square in user space (no turn, no slant)
    upright: bool  # upright on the page, as pdfminer's ``upright``
    descent_up: float  # the font's descent in user space, upwards from the baseline
    em_up: float  # the em in user space, upwards
    metricless: bool  # a Type 3 font: advances from its widths (``has_no_metrics``)
    handle: Address


def read_chars(
    textpage: raw.FPDF_TEXTPAGE, to_layout: Matrix, height: float
) -> tuple[list[Char], dict[Address, list[Char]], int]:
    """The visible chars of a text page, those of each text object (by its address), and
    how many glyphs PDFium could not map to Unicode."""
    count = raw.FPDFText_CountChars(textpage)
    codes = (ctypes.c_ushort * (count + 1))()
    raw.FPDFText_GetText(textpage, 0, count, codes)
    page_text = address(textpage)
    text_handle = ctypes.c_void_p(page_text)  # for the plain calls
    rect = raw.FS_RECTF()
    advance = ctypes.c_float()
    runs = RunCache(page_text, to_layout)
    chars: list[Char] = []
    by_object: dict[Address, list[Char]] = {}
    get_box, get_owner, get_origin = Plain.loose_box, Plain.text_object, Plain.char_origin
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    rect_ref, x_ref, y_ref = ctypes.byref(rect), ctypes.byref(origin_x), ctypes.byref(origin_y)
    plain = to_layout[:4] == IDENTITY[:4]  # no /Rotate: a shift, then the flip
    shift_x, shift_y = to_layout[4], to_layout[5]
    unmapped = 0
    last_owner: Address | None = None
    run = runs.unknown
    owned: list[Char] = []
    # the chars of a line share a baseline: its rounded values are kept from char to char
    last_y0 = last_y1 = size = top_down = bottom_down = 0.0
    for i, code in enumerate(codes[:count]):
        if code in ODD_CODES or 0xD800 <= code <= 0xDFFF:
            if raw.FPDFText_IsHyphen(textpage, i) == 1:
                code = ord("-")  # a hyphen ending a line: pdfminer reads the "-" drawn
            else:
                code = raw.FPDFText_GetUnicode(textpage, i)  # the char, as the font maps it
            if raw.FPDFText_HasUnicodeMapError(textpage, i) == 1 or code in UNMAPPED:
                unmapped += 1
                continue
        text = chr(code)
        owner = get_owner(text_handle, i) or 0
        if owner != last_owner:  # the chars of one text object come together
            last_owner = owner
            owned = by_object.setdefault(owner, []) if owner else []
            run = runs.run(i, owner)
        if not text.strip():  # a space: not a glyph here, but its text object was read
            continue
        get_box(text_handle, i, rect_ref)
        get_origin(text_handle, i, x_ref, y_ref)
        if run.square:  # set square on the page: pdfminer's box, from the origin
            left = origin_x.value
            width = rect.right - rect.left
            off_origin = abs(rect.left - left) > 0.01  # the ink overhangs the advance
            if (run.metricless or off_origin) and Calls.glyph_width(
                run.handle, code, run.em, advance
            ):
                width = advance.value * run.advance_scale
            right = left + width
            bottom = origin_y.value + run.descent_up
            top = bottom + run.em_up
        else:  # turned or slanted: PDFium's own box
            left, right, bottom, top = rect.left, rect.right, rect.bottom, rect.top
        if plain:
            x0, x1 = left + shift_x, right + shift_x
            y0, y1 = bottom + shift_y, top + shift_y
            if x0 > x1:
                x0, x1 = x1, x0
            if y0 > y1:
                y0, y1 = y1, y0
        else:
            corners = [apply(to_layout, x, y) for x in (left, right) for y in (bottom, top)]
            x0, x1 = min(p[0] for p in corners), max(p[0] for p in corners)
            y0, y1 = min(p[1] for p in corners), max(p[1] for p in corners)
        if y0 != last_y0 or y1 != last_y1 or not y1:  # not the char before's baseline
            last_y0, last_y1 = y0, y1  # (a zero's sign counts: -0.0 == 0.0)
            size = round(y1 - y0, PRECISION)
            top_down, bottom_down = round(height - y1, PRECISION), round(height - y0, PRECISION)
        char = {
            "text": text,
            "fontname": run.font,
            "font": run.key,
            "size": size,
            "x0": round(x0, PRECISION),
            "top": top_down,
            "x1": round(x1, PRECISION),
            "bottom": bottom_down,
            "upright": run.upright,
        }
        chars.append(char)
        owned.append(char)
    return chars, by_object, unmapped


class RunCache:
    """The ``TextRun`` of each text object of a text page. Text objects are many (HWP
    draws a word or two an object) but their runs few: a run is made once for each font,
    matrix and em, and each font's facts are read once (``font_facts``)."""

    def __init__(self, textpage: Address, to_layout: Matrix) -> None:
        self.textpage, self.to_layout = textpage, to_layout
        self.matrix = raw.FS_MATRIX()
        self.runs: dict[tuple[Address, float, float, float, float, float], TextRun] = {}
        self.fonts: dict[Address, FontFacts] = {}
        self.unknown = self.make(0, 0.0, IDENTITY)

    def run(self, index: int, owner: Address) -> TextRun:
        """The run of the text object ``owner`` that drew char ``index``."""
        m = self.matrix
        Calls.char_matrix(self.textpage, index, m)
        handle = (Calls.text_font(owner) or 0) if owner else 0
        em = Calls.font_size(self.textpage, index)
        key = (handle, em, m.a, m.b, m.c, m.d)
        run = self.runs.get(key)
        if run is None:
            run = self.runs[key] = self.make(handle, em, (m.a, m.b, m.c, m.d, 0.0, 0.0))
        return run

    def make(self, handle: Address, em: float, matrix: Matrix) -> TextRun:
        if handle not in self.fonts:
            self.fonts[handle] = (
                font_facts(handle) if handle else FontFacts("unknown", "unknown", False)
            )
        facts = self.fonts[handle]
        descent = ctypes.c_float()
        if handle:
            Calls.descent(handle, em, descent)
        a, b, c, d, _, _ = multiply(matrix, self.to_layout)
        return TextRun(
            font=facts.name,
            key=facts.key,
            em=em,
            advance_scale=matrix[0],
            square=matrix[1] == 0 and matrix[2] == 0,
            upright=a * d > 0 and b * c <= 0,
            descent_up=descent.value * matrix[3],
            em_up=em * matrix[3],
            metricless=facts.metricless,
            handle=handle,
        )


def font_facts(font: Address) -> FontFacts:
    """A font's readable name, key and kind (``has_no_metrics``)."""
    length = Calls.font_name(font, None, 0)
    buffer = ctypes.create_string_buffer(max(length, 1))
    Calls.font_name(font, buffer, length)
    name = buffer.raw[: max(length - 1, 0)]
    return FontFacts(readable_fontname(name), font_key(name, font), has_no_metrics(font, length))


def font_key(name: bytes, font: Address) -> str:
    """Which font drew a glyph, as pdfminer tells fonts apart: by base name, which for a
    subset carries its tag (``INPILL+Gulim``). PDFium drops the tag of some subsets
    (simple TrueType ones: two subsets ``AAAAAA+`` and ``AAAAAB+`` of one font both
    come out ``NanumGothic``); a name without a tag is told apart by the font itself.
    Fonts with no name (HWP's Type 3 fonts) are one, as pdfminer's "unknown"."""
    text = name.decode("cp949", errors="replace")
    return text if has_subset_tag(text) or not text else f"{text}#{font}"


@dataclass(frozen=True)
class FontFacts:
    name: str  # readable (``read.page.readable_fontname``)
    key: str  # ``font_key``
    metricless: bool  # ``has_no_metrics``


def has_no_metrics(font: Address, name_length: int) -> bool:
    """Whether a font is a Type 3 font (drawn by content streams: it has neither a font
    program nor a base name). PDFium's loose box for such a glyph is the font's FontBBox,
    a whole em wide whatever the glyph; its advance is then read from the font's /Widths."""
    size = ctypes.c_size_t()
    Calls.font_data(font, None, 0, size)
    return size.value == 0 and name_length <= 1


def walk_objects(
    page: Address,
    form: Handle | None,
    place: Matrix,
    paths: PathReader,
    by_object: dict[Address, list[Char]],
    twins: list[Char],
    lost: list[tuple[Address, Handle | None]],
) -> None:
    """Add the paths of a page (or of a form XObject in it) to the page ``paths`` reads
    them into, the second copies of fake-bold text objects to ``twins``, and to ``lost``
    the text objects that drew something but have no char in the text page and copy no
    object that has. ``place`` maps the container's space to layout space."""
    count = Calls.form_object_count(form) if form else Calls.page_object_count(page)
    get_object = Plain.form_object if form else Plain.page_object
    container = form if form else ctypes.c_void_p(page)
    orphans: list[Address] = []
    drawn: list[tuple[Address, list[Char]]] = []
    for k in range(count):
        handle = get_object(container, k)
        kind = Plain.object_type(handle)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            paths.add_path(handle, place)
        elif kind == raw.FPDF_PAGEOBJ_TEXT:
            obj = handle.value
            chars = by_object.get(obj)
            if chars:
                drawn.append((obj, chars))
            elif chars is None:  # not in the text page: a copy PDFium dropped
                orphans.append(obj)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            inner = paths.placed(handle, place)
            walk_objects(page, handle, inner, paths, by_object, twins, lost)
    drew = [(obj, box) for obj in orphans if is_drawn(box := object_bounds(obj))]
    if not drew:
        return  # no copies dropped (most pages): the drawn objects' bounds are not needed
    sized = [(object_bounds(obj), Calls.text_font(obj), chars) for obj, chars in drawn]
    a, b, c, d, _, _ = place
    for obj, box in drew:
        copied = twin_of(box, Calls.text_font(obj), sized)
        if copied is None:
            if any(overlaps(box, other) for other, _, _ in sized):
                lost.append((obj, form))  # dropped as a repeat, but not one: a glyph lost
            continue  # over no text: nothing PDFium took for a repeat (pdfminer reads none)
        (dx, dy), chars = copied
        shift_x, shift_y = a * dx + c * dy, b * dx + d * dy  # to layout space, y still up
        twins += [
            {
                **ch,
                "x0": round(ch["x0"] + shift_x, PRECISION),
                "x1": round(ch["x1"] + shift_x, PRECISION),
                "top": round(ch["top"] - shift_y, PRECISION),
                "bottom": round(ch["bottom"] - shift_y, PRECISION),
            }
            for ch in chars
        ]


Bounds = tuple[float, float, float, float]


def is_drawn(box: Bounds) -> bool:
    return box[2] > box[0] and box[3] > box[1]


def overlaps(a: Bounds, b: Bounds) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def twin_of(
    box: Bounds, font: Address | None, drawn: list[tuple[Bounds, Address | None, list[Char]]]
) -> tuple[tuple[float, float], list[Char]] | None:
    """The drawn text object an unread one repeats: the same font and size, a fraction of
    a glyph away; with the offset from it. (The same codes in another font are other
    glyphs: HWP's Type 3 fonts give "1" and "회" one code.)"""
    w, h = box[2] - box[0], box[3] - box[1]
    for other, other_font, chars in drawn:
        if other_font != font:
            continue
        ow, oh = other[2] - other[0], other[3] - other[1]
        dx, dy = box[0] - other[0], box[1] - other[1]
        em = max(ch["size"] for ch in chars)
        near = abs(dx) <= TWIN_EM * em and abs(dy) <= TWIN_EM * em
        if near and abs(w - ow) <= 0.05 * em and abs(h - oh) <= 0.05 * em:
            return (dx, dy), chars
    return None


def object_bounds(obj: Address) -> tuple[float, float, float, float]:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    Calls.object_bounds(obj, left, bottom, right, top)
    return left.value, bottom.value, right.value, top.value


class PathReader:
    """Reads a page's paths into its lines, rects and curves; the ctypes buffers PDFium
    writes into are made once a page, not once a path."""

    def __init__(self, out: Page, height: float) -> None:
        self.out, self.height = out, height
        self.rounded = Rounded()
        # an object's matrix, as its bytes, and its container's placement -> the two
        # composed: a page's paths share a few matrices (most, the identity)
        self.composed: dict[tuple[bytes, Matrix], Matrix] = {}
        self.matrix = raw.FS_MATRIX()
        self.fill_mode, self.stroke = ctypes.c_int(), ctypes.c_int()
        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        # the buffers as the plain calls take them
        self.matrix_ref = ctypes.byref(self.matrix)
        self.mode_refs = ctypes.byref(self.fill_mode), ctypes.byref(self.stroke)
        self.point_refs = ctypes.byref(self.x), ctypes.byref(self.y)

    def placed(self, obj: Handle, place: Matrix) -> Matrix:
        """The matrix from an object's own space (a path's, a form's) to layout space;
        ``place`` maps its container's space there."""
        if not Plain.object_matrix(obj, self.matrix_ref):
            return place
        key = (bytes(self.matrix), place)
        whole = self.composed.get(key)
        if whole is None:
            m = self.matrix
            whole = self.composed[key] = multiply((m.a, m.b, m.c, m.d, m.e, m.f), place)
        return whole

    def add_path(self, obj: Handle, place: Matrix) -> None:
        """Add a painted path's subpaths to the page as lines, rects or curves. ``place``
        maps the path's container's space to layout space."""
        whole = self.placed(obj, place)
        Plain.draw_mode(obj, *self.mode_refs)
        fill, stroked = self.fill_mode.value != 0, bool(self.stroke.value)
        height, out, rounded = self.height, self.out, self.rounded
        a, b, c, d, e, f = whole
        line = self.one_line(obj)  # most paths: one rule, or a dot
        for shape, points in [("ml", line)] if line is not None else self.subpaths(obj):
            pts = [(a * x + c * y + e, b * x + d * y + f) for x, y in points]
            if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
                shape = shape[:-2] + "h"  # a redundant line back to the start
                pts.pop()
            if shape in ("ml", "mlh"):
                out.lines.append(shape_record("line", pts[:2], height, fill, stroked, rounded))
            elif shape in ("mlllh", "mllll") and is_rectangle(pts):
                out.rects.append(
                    shape_record("rect", [pts[0], pts[2]], height, fill, stroked, rounded)
                )
            elif len(shape) > 1:
                record = shape_record("curve", pts, height, fill, stroked, rounded)
                record["pts"] = [
                    (round(px, PRECISION), round(height - py, PRECISION)) for px, py in pts
                ]
                out.curves.append(record)

    def one_line(self, obj: Handle) -> list[tuple[float, float]] | None:
        """The two points of a path that is one straight segment (a move, then a line,
        closed or not), read with fewer calls than ``subpaths``; None for other paths."""
        if Plain.segment_count(obj) != 2:
            return None
        start, end = Plain.segment(obj, 0), Plain.segment(obj, 1)
        kinds = (Plain.segment_type(start), Plain.segment_type(end))
        if kinds != (MOVETO, LINETO) or Plain.segment_close(start):
            return None
        x, y = self.x, self.y
        Plain.segment_point(start, *self.point_refs)
        first = (x.value, y.value)
        Plain.segment_point(end, *self.point_refs)
        return [first, (x.value, y.value)]

    def subpaths(self, obj: Handle) -> list[tuple[str, list[tuple[float, float]]]]:
        """A path's subpaths, each as pdfminer's operators (``m l c h``) and their end
        points."""
        x, y = self.x, self.y
        x_ref, y_ref = self.point_refs
        get_segment, get_type = Plain.segment, Plain.segment_type
        get_point, get_close = Plain.segment_point, Plain.segment_close
        subpaths: list[tuple[str, list[tuple[float, float]]]] = []
        ops = ""
        pts: list[tuple[float, float]] = []
        bezier = 0
        for k in range(Plain.segment_count(obj)):
            segment = get_segment(obj, k)
            kind = get_type(segment)
            get_point(segment, x_ref, y_ref)
            if kind == MOVETO:
                if ops:
                    subpaths.append((ops, pts))
                ops, pts = "m", [(x.value, y.value)]
            elif not ops:
                continue  # a path must open with a move
            elif kind == LINETO:
                ops += "l"
                pts.append((x.value, y.value))
            elif kind == BEZIERTO:
                bezier += 1  # PDFium gives a curve's two control points and its end point
                if bezier % 3 == 0:
                    ops += "c"
                    pts.append((x.value, y.value))
            if get_close(segment):
                ops += "h"
                pts.append(pts[0])
        if ops:
            subpaths.append((ops, pts))
        return subpaths


MOVETO, LINETO, BEZIERTO = (
    raw.FPDF_SEGMENT_MOVETO,
    raw.FPDF_SEGMENT_LINETO,
    raw.FPDF_SEGMENT_BEZIERTO,
)


def is_rectangle(pts: list[tuple[float, float]]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3), last = pts
    square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
        y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
    )
    return square and last == pts[0]


def shape_record(
    kind: str,
    pts: list[tuple[float, float]],
    height: float,
    fill: bool,
    stroke: bool,
    rounded: Rounded,
) -> Shape:
    """A shape's record in pdfplumber's form, its coordinates rounded (``read.page.rounded``)
    through the page's ``rounded`` memo."""
    if len(pts) == 2:  # a line, or a rect's corners (most shapes): min and max by hand
        (ax, ay), (bx, by) = pts
        x0, x1 = (bx if bx < ax else ax), (bx if bx > ax else ax)
        y0, y1 = (by if by < ay else ay), (by if by > ay else ay)
    else:
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    top = rounded[height - y1]
    return {
        "object_type": kind,
        "x0": rounded[x0],
        "x1": rounded[x1],
        "top": top,
        "bottom": rounded[height - y0],
        "y0": rounded[y0],
        "y1": rounded[y1],
        "doctop": top,
        "width": rounded[x1 - x0],
        "height": rounded[y1 - y0],
        "fill": fill,
        "stroke": stroke,
    }


class Rounded(dict[float, float]):
    """``round(v, PRECISION)`` of each value looked up, computed once a page: a page's
    shapes repeat their coordinates (the dots of a dotted rule share rows, columns and a
    width), and ``round`` with digits costs ten dict lookups. Zero is never kept: 0.0 and
    -0.0 are one key but round to two floats."""

    def __missing__(self, value: float) -> float:
        result = round(value, PRECISION)
        if value:
            self[value] = result
        return result
