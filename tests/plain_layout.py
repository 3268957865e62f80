"""The reference text (../shared/reports/busan-2025-plan.txt) turned into the sample
renderer's markup, to be set in the renderer's plain layout (samples/busan-2025/render.py).

The reference is a converter's rendering of the Advanced Industries plan: each heading is
a line of text, but the converter wrote their numbers in several ways (``1 title``, a number
alone above its title, ``② title`` for a boxed 2, none at all) and lost two 현안 headings.
The rules below read that converter's format; what they cannot read is written, with the
PDF as the source, in tests/data/reference_outline.tsv. Nothing of the plan's text is
committed here: it is read from ../shared at test time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import regex

from planparse.notation.glyphs import CIRCLED_NUMBERS

ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ", "V": "Ⅴ", "VI": "Ⅵ"}
CONTENTS_ENTRY = regex.compile(r"^(?P<title>\S.*?)\t(?P<page>\d+)$")
CHAPTER = regex.compile(r"^(?P<num>VI|V|IV|I{1,3}|[ⅠⅡⅢⅣⅤⅥ])\s*\.\s*(?P<title>\S.*)$")
NUMBERED = regex.compile(r"^(?P<num>\d{1,2})\s+(?P<title>\D.*)$")
LONE_NUMBER = regex.compile(r"^(?P<num>\d{1,2})$")
CIRCLED = regex.compile(r"^(?P<num>[①-⑳㉑-㉟])\s*(?P<title>\S.*)$")
LISTED_TASK = regex.compile(r"^- (?P<num>[①-⑳㉑-㉟])\s*(?P<title>\S.*)$")
ISSUE = regex.compile(r"^현안\s*(?P<num>\d{1,2})\s*(?P<title>.*)$")
HTML_TAG = regex.compile(r"<[^>]+>")
APPENDIX_ENTRY = regex.compile(r"^【부록\s*(?P<num>\d+)】\s*(?P<title>.+)$")


def squash(text: str) -> str:
    return regex.sub(r"[^\p{L}\p{Nd}]", "", text)


@dataclass
class Converter:
    contents: list[str] = field(default_factory=list)  # contents titles, squashed
    appendices: dict[str, str] = field(default_factory=dict)  # squashed title -> number
    out: list[str] = field(default_factory=list)
    listed_strategy: bool = False  # the strategy being read is one the contents lists
    task_list: list[str] = field(default_factory=list)  # its tasks, as its divider lists them
    overview: bool = False  # inside the chapter's overview of strategies and tasks
    overview_seen: set[str] = field(default_factory=set)

    def is_contents_title(self, title: str) -> bool:
        return squash(title) in self.contents

    def heading(self, line: str, lines: list[str], k: int) -> int:
        """Write the markup of a heading line; return how many lines it used (0: not one)."""
        if m := CHAPTER.match(line):
            self.out.append(f"# {ROMAN.get(m['num'], m['num'])}. {m['title']}")
            self.listed_strategy = self.overview = False
            return 1
        if squash(line) in self.appendices:
            self.out.append(f"@appendix {self.appendices[squash(line)]} {line}")
            return 1
        if m := ISSUE.match(line):
            title = m["title"] or next_text(lines, k)
            self.out.append(f"현안 {m['num']} {title}")
            return 1 if m["title"] else 2
        if line == "중점 추진과제":
            self.overview = True
            self.out.append(line)
            return 1
        if m := NUMBERED.match(line):
            if self.overview:  # the overview lists each strategy; its divider repeats it
                if squash(m["title"]) not in self.overview_seen:
                    self.overview_seen.add(squash(m["title"]))
                    self.out.append(line)
                    return 1
                self.overview = False
            if self.is_contents_title(m["title"]):
                self.out.append(f"!! {m['num']} {m['title']}")
                self.listed_strategy, self.task_list = True, []
            elif self.listed_strategy:
                self.out.append(f"### {m['num']} {m['title']}")
            else:
                self.out.append(f"## {m['num']} {m['title']}")
            return 1
        if self.listed_strategy and (m := LISTED_TASK.match(line)) and not self.overview:
            self.task_list.append(squash(m["title"]))
            self.out.append(f"{m['num']} {m['title']}")
            return 1
        if self.listed_strategy and (m := LONE_NUMBER.match(line)):
            title = next_text(lines, k)
            if title and not NUMBERED.match(title):
                self.out.append(f"### {m['num']} {title}")
                return 2
        if self.listed_strategy and squash(line) in self.task_list:
            # a task whose number the converter lost: its title, as the divider lists it
            self.out.append(f"### {self.task_list.index(squash(line)) + 1} {line}")
            return 1
        if not self.listed_strategy and (m := CIRCLED.match(line)):
            # a strategy's boxed number, which the converter read as a circled one
            self.out.append(f"## {CIRCLED_NUMBERS[m['num']]} {m['title']}")
            return 1
        return 0


def next_text(lines: list[str], k: int) -> str:
    """The next line with text after line k."""
    return lines[next_index(lines, k)].strip() if next_index(lines, k) < len(lines) else ""


def next_index(lines: list[str], k: int) -> int:
    """The index of the next line with text after line k."""
    k += 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k


def body_line(line: str) -> str:
    """The markup of a line of body text in the converter's format."""
    text = HTML_TAG.sub(" ", line).replace("\t", "  ").strip()
    text = regex.sub(r"\s{3,}", "  ", text)
    if text.startswith(("☐", "□")):
        return "□ " + text[1:].strip()
    if line.startswith(" - "):
        return " - " + text[2:].strip()
    if text.startswith("- ❖") or text.startswith("- ◇"):
        return "◇ " + text[3:].strip()
    if text.startswith("- ◆"):
        return "○ " + text[3:].strip()
    if text.startswith("- "):
        return "○ " + text[2:].strip()
    return text


def apply_outline_fixes(lines: list[str], path: Path) -> list[str]:
    """The reference's lines with the fixes of reference_outline.tsv applied."""
    fixes: dict[int, tuple[str, str]] = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        number, action, text = row.split("\t")
        fixes[int(number) - 1] = (action, text)  # 1-based, as an editor shows them
    out: list[str] = []
    for k, line in enumerate(lines):
        action, text = fixes.get(k, ("", ""))
        if action == "insert-before":
            out += [text, ""]
        out.append(text if action == "replace" else line)
    return out


def reference_to_markup(reference: Path, fixes_path: Path) -> str:
    """Return the renderer's markup of the reference text."""
    lines = apply_outline_fixes(reference.read_text(encoding="utf-8").splitlines(), fixes_path)
    conv = Converter()
    title = next(line.strip() for line in lines if line.strip())
    conv.out += [f"@cover {title} |  | ", "@toc"]
    k = 0
    in_contents = False
    while k < len(lines):
        line = lines[k].strip()
        if line in ("보고 순서", "목 차", "목차"):
            in_contents = True
        elif in_contents and (m := CONTENTS_ENTRY.match(lines[k])):
            entry = m["title"].strip()
            if a := APPENDIX_ENTRY.match(entry):
                conv.appendices[squash(a["title"])] = a["num"]
            entry = CHAPTER.sub(r"\g<title>", entry)
            conv.contents.append(squash(regex.sub(r"^\d{1,2}\.\s*", "", entry)))
        elif in_contents and line and not set(line) <= set("-\t "):
            in_contents = False
            continue  # the first line of the body
        if in_contents or not line:
            k += 1
            continue
        used = conv.heading(line, lines, k)
        if used == 2:  # the heading's second line: skip to it
            k = next_index(lines, k)
        elif not used:
            conv.out.append(body_line(lines[k]))
        k += 1
    return "\n".join(conv.out) + "\n"
