"""Word-level agreement between extracted items and a reference text rendering.

Each item is aligned with the reference line (or pair of consecutive lines)
that shares most character 4-grams with it; the words of the two are then
aligned with difflib, and the share of the item's words found in order is the
item's score. Used by the tests to measure what the parser reads.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

import regex

from planparse.layout.lines import normalise_text
from planparse.outline.tree import split_marker

# Spacing around punctuation is not a difference in the words read: the reference
# normalised it ("확산('25년", "'24.1.~'24.12"), the PDF sets it either way.
PUNCTUATION_SPACING = [
    (regex.compile(r"\s+(?=[(),\]\[])"), ""),
    (regex.compile(r"(?<=[(\[])\s+"), ""),
    (regex.compile(r"\s*~\s*"), "~"),
    (regex.compile(r"(?<=\d\.)\s+(?=\d)"), ""),
    (regex.compile(r"\s*:\s*"), " : "),
    (regex.compile(r"[▪■•]"), "·"),
]


def words(text: str) -> list[str]:
    # NFKC on both sides: the reference writes ㎿ as MW and ㎡ as m².
    text = unicodedata.normalize("NFKC", normalise_text(text))
    for pattern, replacement in PUNCTUATION_SPACING:
        text = pattern.sub(replacement, text)
    return text.split()


def grams(text: str, n: int = 4) -> set[str]:
    squashed = "".join(text.split())
    return {squashed[i : i + n] for i in range(max(len(squashed) - n + 1, 1))}


@dataclass
class WordMatch:
    matched: int  # item words equal to the aligned reference words
    respaced: int  # item words whose run equals the reference's but for word spacing
    total: int
    worst: list[tuple[float, str, str]]

    @property
    def ratio(self) -> float:
        return self.matched / self.total if self.total else 1.0

    @property
    def ratio_up_to_spacing(self) -> float:
        return (self.matched + self.respaced) / self.total if self.total else 1.0


def align(item_words: list[str], ref_words: list[str]) -> tuple[int, int]:
    """Return (words matched, words matched only up to spacing) of an item against a reference."""
    sm = difflib.SequenceMatcher(a=item_words, b=ref_words, autojunk=False)
    matched = respaced = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            matched += i2 - i1
        elif op == "replace" and "".join(item_words[i1:i2]) == "".join(ref_words[j1:j2]):
            respaced += i2 - i1
    return matched, respaced


def apply_errata(reference: str, errata: list[tuple[str, str]]) -> str:
    """Correct the reference's known misreadings (the PDF is right)."""
    for wrong, right in errata:
        reference = reference.replace(wrong, right)
    return reference


def read_errata(path: str) -> list[tuple[str, str]]:
    pairs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                wrong, right = line.rstrip("\n").split("\t")
                pairs.append((wrong, right))
    return pairs


def reference_lines(reference: str) -> list[str]:
    out = []
    for raw in reference.splitlines():
        line = normalise_text(raw)
        if line and not set(line) <= set("-| \t"):
            out.append(" ".join(words(split_marker(line)[1])))
    return out


def match_items(item_texts: list[str], reference: str) -> WordMatch:
    lines = reference_lines(reference)
    index: dict[str, set[int]] = defaultdict(set)
    for i, line in enumerate(lines):
        for g in grams(line):
            index[g].add(i)
    matched = respaced = total = 0
    worst: list[tuple[float, str, str]] = []
    for text in item_texts:
        item_words = words(text)
        if not item_words:
            continue
        votes: Counter[int] = Counter()
        for g in grams(text):
            for i in index.get(g, ()):
                votes[i] += 1
        candidates = [i for i, _ in votes.most_common(3)]
        if len("".join(item_words)) < 6:  # too short for 4-grams to find it
            squashed = "".join(item_words)
            candidates += [i for i, ln in enumerate(lines) if squashed in "".join(ln.split())][:3]
        best, best_respaced, best_ref = 0, 0, ""
        for i in candidates:
            # a window around the best line: an item may merge lines the reference keeps apart
            for ref in (lines[i], " ".join(lines[max(i - 2, 0) : i + 4])):
                score, spaced = align(item_words, ref.split())
                if (score, spaced) > (best, best_respaced):
                    best, best_respaced, best_ref = score, spaced, ref
        matched += best
        respaced += best_respaced
        total += len(item_words)
        worst.append((best / len(item_words), text, best_ref))
    worst.sort(key=lambda t: t[0])
    return WordMatch(matched, respaced, total, worst)
