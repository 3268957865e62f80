"""Which parts of a PDF are damaged, so that what a damaged PDF loses is never silent.

PDFium reads a damaged stream as far as it decodes and says nothing: a copy of a real
plan with 50 bytes flipped extracts with exit 0 while pages lose most of their text. So
every page's streams that carry what planparse reads (its content streams, the form
XObjects they draw, its fonts' ToUnicode maps) are decoded here, apart from the reader,
and each one that does not decode whole is a ``Damage`` of its page; a cross-reference
table PDFium had to rebuild, or a page tree that does not hold the pages PDFium found,
is a damage of the document. Images are not checked: planparse reads no pixels.

The check reads the file's structure with pdfminer (pure Python, so a damaged file
cannot crash the process) and never raises.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1

from planparse.errors import plain_cause

FLATE = ("FlateDecode", "Fl")
# Streams of one page looked at, at most: a page drawing thousands of forms is checked
# for the first ones only, so the check stays a small part of the extraction.
MAX_STREAMS_PER_PAGE = 400


@dataclass(frozen=True)
class Damage:
    """A damaged part of a PDF: its page (None: the whole document) and what it is."""

    page: int | None
    what: str


def find_damage(path: Path, page_count: int, password: str | None = None) -> list[Damage]:
    """Every damaged part of the PDF at ``path`` (``page_count`` pages as PDFium reads it)."""
    found = []
    if not xref_is_valid(path, password):
        found.append(
            Damage(
                None, "its cross-reference table is damaged and was rebuilt: objects may be lost"
            )
        )
    try:
        with path.open("rb") as handle:
            document = PDFDocument(PDFParser(handle), password=password or "")
            pages = 0
            for pages, page in enumerate(PDFPage.create_pages(document), 1):
                found += [Damage(pages, what) for what in page_damage(page)]
    except Exception as exc:  # noqa: BLE001 (pdfminer raises many types on damaged files)
        return [*found, Damage(None, f"its structure is damaged ({plain_cause(exc)})")]
    if pages != page_count:
        found.append(
            Damage(None, f"its page tree holds {pages} pages where {page_count} were read")
        )
    return found


def xref_is_valid(path: Path, password: str | None) -> bool:
    """Whether PDFium found the cross-reference table whole (False: it rebuilt it)."""
    try:
        document = pdfium.PdfDocument(path, password=password or None)
    except Exception:  # noqa: BLE001 (the reader reports a PDF that does not open)
        return True
    try:
        return bool(raw.FPDF_DocumentHasValidCrossReferenceTable(document.raw))
    finally:
        document.close()


def page_damage(page: PDFPage) -> Iterator[str]:
    """What is damaged on one page: each stream it reads that does not decode whole."""
    for n, (role, ref, stream) in enumerate(page_streams(page)):
        if n >= MAX_STREAMS_PER_PAGE:
            return
        if not isinstance(stream, PDFStream):
            yield f"its {role}{object_name(ref)} is not a stream"
            continue
        problem = decode_problem(stream)
        if problem:
            yield f"its {role}{object_name(ref)} is damaged ({problem})"


def page_streams(page: PDFPage) -> Iterator[tuple[str, Any, Any]]:
    """(role, reference, object) of the streams a page reads text and rules from: its
    content streams, the form XObjects it draws (and theirs), its fonts' ToUnicode maps."""
    contents = page.attrs.get("Contents")
    items = resolve1(contents)
    for ref in items if isinstance(items, list) else [contents]:
        if ref is not None:
            yield "content stream", ref, resolve1(ref)
    seen: set[int] = set()
    queue: list[Any] = [page.resources]
    while queue:
        resources = resolve1(queue.pop())
        if not isinstance(resources, dict):
            continue
        for ref in dict_values(resources.get("Font")):
            font = resolve1(ref)
            if isinstance(font, dict) and "ToUnicode" in font:
                target = font["ToUnicode"]
                if not isinstance(resolve1(target), PDFStream) and resolve1(target) is not None:
                    continue  # /Identity-H and the like: a name, not a map
                yield "font's ToUnicode map", target, resolve1(target)
        for ref in dict_values(resources.get("XObject")):
            key = ref.objid if isinstance(ref, PDFObjRef) else id(ref)
            if key in seen:
                continue
            seen.add(key)
            xobject = resolve1(ref)
            if isinstance(xobject, PDFStream) and name_of(xobject.get("Subtype")) == "Form":
                yield "form", ref, xobject
                queue.append(xobject.get("Resources"))


def dict_values(value: Any) -> list[Any]:
    value = resolve1(value)
    return list(value.values()) if isinstance(value, dict) else []


def decode_problem(stream: PDFStream) -> str | None:
    """Why a stream does not decode whole, or None. Flate (almost every stream of a
    plan) is decoded with zlib, which checks the data's checksum at its end."""
    names = [name_of(name) for name, _ in stream.get_filters()]
    data = stream.rawdata
    if data is None:  # decoded already: nothing left to check
        return None
    if names and names[0] in FLATE:
        decoder = zlib.decompressobj()
        try:
            decoder.decompress(data)
        except zlib.error as exc:
            return plain_zlib(str(exc))
        if not decoder.eof:
            return "it ends before its data does"
        return None
    if not names:
        return None
    try:
        stream.get_data()
    except Exception as exc:  # noqa: BLE001
        return plain_cause(exc)
    return None


def plain_zlib(message: str) -> str:
    """zlib's error in plain words ("Error -3 while decompressing data: incorrect data
    check" -> "its compressed data is corrupt: incorrect data check")."""
    return "its compressed data is corrupt: " + message.rsplit(":", 1)[-1].strip()


def name_of(value: Any) -> str:
    """A PDF name's text (pdfminer gives a literal, sometimes its bytes)."""
    name = getattr(resolve1(value), "name", value)
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def object_name(ref: Any) -> str:
    return f" (object {ref.objid})" if isinstance(ref, PDFObjRef) else ""
