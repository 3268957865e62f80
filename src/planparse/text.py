"""Text preparation the stages share: one form for quotes, tildes and dots (the grammar's
input), and the keys titles and lines are compared by."""

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


NOT_WORD_RE = regex.compile(r"[^\p{L}\p{Nd}]")
TITLE_FILLER_RE = regex.compile(r"[\s·,()]")


def letters_and_digits(text: str) -> str:
    """Letters and digits only, for comparing titles and lines however they are spaced
    and punctuated."""
    return NOT_WORD_RE.sub("", text)


def without_title_fillers(text: str) -> str:
    """Text with spaces and light punctuation (· , parentheses) removed, for comparing
    titles that keep their other marks."""
    return TITLE_FILLER_RE.sub("", text)
