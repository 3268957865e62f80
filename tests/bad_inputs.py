"""Bad inputs for the readers, built at test time from the bytes of one good PDF.

``make_bad_inputs`` writes truncated, bit-flipped and xref-broken copies of a real
PDF, small hand-written PDFs (encrypted, zero pages, a huge coordinate, lone UTF-16
surrogates in a ToUnicode CMap) and things that are not regular files (a directory,
symlink loops, an unreadable file, a FIFO, an empty file, a bare header). Nothing is
random across runs: every random choice comes from a seeded ``random.Random``.
``hand_pdf`` writes a PDF with a correct cross-reference table from object bodies.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import struct
from pathlib import Path

HEADER = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
TRUNCATIONS = (10, 50, 90)  # percent of the file kept
FLIP_COUNT = 50  # bytes XOR-ed in each flipped copy
FLIP_START = 1024  # flips land past the header
XREF_SEED = 1234  # seed of the garbage written over the xref
PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
USER_PASSWORD = b"secret"
OWNER_PASSWORD = b"owner"
PERMISSIONS = -4  # every permission granted; bits 1-2 are zero
FILE_ID = hashlib.md5(b"planparse bad inputs").digest()
KEY_LENGTH = 5  # 40-bit RC4, /V 1 /R 2
HELLO = b"BT /F1 24 Tf 72 720 Td (Hello) Tj ET"
HAIRLINE = b"0.1 w 100 700 m 100 -6000000000.0 l S"  # a real (an integer this big reads as 0)
SURROGATE_TEXT = b"BT /F1 24 Tf 72 720 Td (BADCABCD) Tj ET"  # B, A: lone surrogates; C: a pair
SURROGATE_CMAP = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<00> <FF>
endcodespacerange
4 beginbfchar
<41> <D800>
<42> <DC00>
<43> <D83DDE00>
<44> <0041>
endbfchar
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""


def hand_pdf(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """Return a PDF whose objects 1..n are ``objects``, with a correct xref table."""
    out = bytearray(HEADER)
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\n" % (len(objects) + 1, root, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    """Return a stream object body holding ``data``."""
    return b"<< /Length %d %s>>\nstream\n%s\nendstream" % (len(data), extra, data)


def one_page(
    content: bytes, font_extra: bytes = b"", extra: list[bytes] | None = None
) -> list[bytes]:
    """Return the objects of a one-page PDF drawing ``content`` with Helvetica as /F1."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
        b" /Encoding /WinAnsiEncoding %s>>" % font_extra,
        stream(content),
        *(extra or []),
    ]


def rc4(key: bytes, data: bytes) -> bytes:
    """Return ``data`` RC4-encrypted (or decrypted) with ``key``."""
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def padded(password: bytes) -> bytes:
    """Return a password padded or cut to 32 bytes with the spec's padding string."""
    return (password + PAD)[:32]


def encrypted_pdf() -> bytes:
    """Return a one-page "Hello" PDF, RC4 40-bit (/V 1 /R 2), user password "secret"."""
    owner = rc4(hashlib.md5(padded(OWNER_PASSWORD)).digest()[:KEY_LENGTH], padded(USER_PASSWORD))
    permissions = struct.pack("<i", PERMISSIONS)
    seed = padded(USER_PASSWORD) + owner + permissions + FILE_ID
    key = hashlib.md5(seed).digest()[:KEY_LENGTH]  # Algorithm 2
    user = rc4(key, PAD)  # Algorithm 4
    object_key = hashlib.md5(key + struct.pack("<I", 5)[:3] + b"\0\0").digest()[: KEY_LENGTH + 5]
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        owner.hex().encode(),
        user.hex().encode(),
        PERMISSIONS,
    )
    objects = one_page(rc4(object_key, HELLO), extra=[encrypt])  # contents are object 5
    ids = b"/ID [<%s> <%s>] " % (FILE_ID.hex().encode(), FILE_ID.hex().encode())
    return hand_pdf(objects, trailer_extra=b"/Encrypt 6 0 R " + ids)


def zero_pages_pdf() -> bytes:
    """Return a valid PDF whose page tree has no pages."""
    return hand_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def surrogates_pdf() -> bytes:
    """Return a one-page PDF whose ToUnicode CMap maps A and B to lone surrogates."""
    return hand_pdf(one_page(SURROGATE_TEXT, b"/ToUnicode 6 0 R ", [stream(SURROGATE_CMAP)]))


def wrong_startxref(data: bytes) -> bytes:
    """Return ``data`` with its last startxref number replaced by a wrong one of the same length."""
    at = data.rindex(b"startxref") + len(b"startxref")
    start = at + len(data[at:]) - len(data[at:].lstrip())
    end = start
    while data[end : end + 1].isdigit():
        end += 1
    digits = data[start:end]
    for wrong in (digits[1:] + digits[:1], b"1" * len(digits), b"2" * len(digits)):
        if wrong != digits:
            return data[:start] + wrong + data[end:]
    raise AssertionError("unreachable: 1s and 2s cannot both equal the digits")


def garbage_xref(data: bytes) -> bytes:
    """Return ``data`` with the last xref table (or xref stream object) overwritten by garbage."""
    at = data.rindex(b"startxref") + len(b"startxref")
    target = int(data[at:].split()[0])
    if not re.match(rb"xref|\d+\s+\d+\s+obj", data[target:]):
        target = data.rindex(b"xref")  # startxref is wrong: take the last xref keyword
    end = data.find(b"trailer" if data.startswith(b"xref", target) else b"endobj", target)
    junk = random.Random(XREF_SEED).randbytes(end - target)
    return data[:target] + junk + data[end:]


def remove(path: Path) -> None:
    """Remove a file, symlink or FIFO left from an earlier run, if there is one."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        path.unlink()


def write(path: Path, data: bytes) -> Path:
    """Write ``data`` to a fresh ``path``; return ``path``."""
    remove(path)
    path.write_bytes(data)
    return path


def make_bad_inputs(good_pdf: Path, folder: Path, seeds: int = 12) -> dict[str, Path]:
    """Write the bad inputs into ``folder`` from ``good_pdf``; return {case name: path}.

    ``unreadable.pdf`` is chmod 000, but root (as the tests run) reads it anyway.
    ``fifo.pdf`` is a FIFO: opening it for reading blocks until a writer comes.
    """
    folder.mkdir(parents=True, exist_ok=True)
    data = good_pdf.read_bytes()
    cases: dict[str, bytes] = {f"trunc-{p}": data[: len(data) * p // 100] for p in TRUNCATIONS}
    cases["trunc-startxref"] = data[: data.rindex(b"startxref")]
    for seed in range(seeds):
        rng = random.Random(seed)
        flipped = bytearray(data)
        for offset in rng.sample(range(FLIP_START, len(data)), FLIP_COUNT):
            flipped[offset] ^= rng.randrange(1, 256)
        cases[f"flip-{seed:02d}"] = bytes(flipped)
    cases["xref-offset"] = wrong_startxref(data)
    cases["xref-garbage"] = garbage_xref(data)
    cases["encrypted"] = encrypted_pdf()
    cases["zero-pages"] = zero_pages_pdf()
    cases["huge-coordinate"] = hand_pdf(one_page(HELLO + b"\n" + HAIRLINE))
    cases["surrogates"] = surrogates_pdf()
    cases["empty"] = b""
    cases["header-only"] = b"%PDF-1.7\n"
    paths = {name: write(folder / f"{name}.pdf", body) for name, body in cases.items()}

    paths["dir"] = folder / "dir.pdf"
    paths["dir"].mkdir(exist_ok=True)
    write(paths["dir"] / "inside.pdf", data)
    links = {"loop": ("loop", "loop2"), "loop2": ("loop2", "loop"), "loop-self": ("loop.pdf",) * 2}
    for case, (name, target) in links.items():
        paths[case] = folder / name
        remove(paths[case])
        paths[case].symlink_to(target)
    paths["unreadable"] = write(folder / "unreadable.pdf", data)
    paths["unreadable"].chmod(0)
    paths["fifo"] = folder / "fifo.pdf"
    remove(paths["fifo"])
    os.mkfifo(paths["fifo"])
    return paths
