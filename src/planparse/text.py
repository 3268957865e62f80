"""Text preparation shared by the grammar: one form for quotes, tildes and dots."""

from __future__ import annotations

import regex

from planparse.notation.glyphs import NORMALISE

# The grammar also reads the small right-pointing triangles as ▷: each introduces details.
_TABLE = str.maketrans(
    {**{k: v for k, v in NORMALISE.items() if len(k) == 1}, "▸": "▷", "►": "▷", "‣": "▷"}
)


def prepare(text: str) -> str:
    """Map look-alike characters (’ ～ ▹ ‧ …) to the forms the patterns expect.

    One character in, one character out, so match offsets index the input too.
    """
    return text.translate(_TABLE)


SPACES_RE = regex.compile(r"\s+")


def unspaced(text: str) -> str:
    """The text with its white space removed ("억 원" -> 억원)."""
    return SPACES_RE.sub("", text)
