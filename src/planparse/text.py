"""Text preparation the stages share: one form for quotes, tildes and dots (the grammar's
input), and the keys titles and lines are compared by."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from planparse.notation.glyphs import MIDLINE_BOX, NORMALISE

# The grammar also reads the small right-pointing triangles as ▷: each introduces details.
_TABLE = str.maketrans(
    {**{k: v for k, v in NORMALISE.items() if len(k) == 1}, "▸": "▷", "►": "▷", "‣": "▷"}
)


MIDLINE_BOX_RE = regex.compile(
    rf"(?<=[\p{{Hangul}}\p{{Nd}})]\s){regex.escape(MIDLINE_BOX)}(?=\s\S)"
)


def prepare(text: str) -> str:
    """Map look-alike characters (’ ～ ▹ ‧ …) to the forms the patterns expect, and a box
    between words (``MIDLINE_BOX``) to the ▷ it stands for.

    One character in, one character out, so match offsets index the input too.
    """
    return boxes_as_details(text.translate(_TABLE))


def boxes_as_details(text: str) -> str:
    """A box between words (``MIDLINE_BOX``: HWP's boxed arrow) as the ▷ it stands for:
    "③ 표준운송원가 절감 □ 차량 연료비 … 절감" opens its details after the box."""
    return MIDLINE_BOX_RE.sub("▷", text) if MIDLINE_BOX in text else text


SPACES_RE = regex.compile(r"\s+")


def unspaced(text: str) -> str:
    """The text with its white space removed ("억 원" -> 억원)."""
    return SPACES_RE.sub("", text)


# A word set out letter by letter, as plans space a short label ("자 본 금 :", "목 표 액").
LETTER_SPACED_RE = regex.compile(r"(?<!\p{Hangul})\p{Hangul}(?: \p{Hangul}(?!\p{Hangul})){1,5}")


def closed_up(text: str) -> str:
    """The text with its letter-spaced words closed up ("□ 세 출 : " -> "□ 세출 : "), so
    that a label's word is found however it is spaced."""
    return LETTER_SPACED_RE.sub(lambda m: m.group(0).replace(" ", ""), text)


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


def bracket_depths(text: str) -> Iterator[int]:
    """How many brackets are open after each character of a text."""
    depth = 0
    for ch in text:
        depth = max(depth + (ch in "([") - (ch in ")]"), 0)
        yield depth
