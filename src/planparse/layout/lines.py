"""PDF stage: a reader's characters -> visual lines.

Given a PDF, return its pages as lists of :class:`Line` with page, printed page,
bbox, font size and weight. Word spaces are decided per line from glyph
geometry, fake-bold doubled glyphs are dropped, private-use bullet glyphs are
mapped, and a normalised text is kept beside the raw one. Running headers,
"- N -" footers and photo captions are marked so later stages skip them, and
text inside ruled regions is marked ``ruled``.
"""

from __future__ import annotations

import functools
import statistics
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from typing import Any

import regex

from planparse.errors import plain_cause
from planparse.layout.settings import LAYOUT, LayoutSettings
from planparse.layout.unionfind import DisjointSets
from planparse.notation.glyphs import (
    NORMALISE,
    PRIVATE_USE_BY_FONT,
    PRIVATE_USE_FALLBACK,
    SYMBOL_FONT_GLYPHS,
)
from planparse.read.page import Char, Page, Reader

FOOTER_RE = regex.compile(r"^\s*[-－–]\s*(\d{1,3})\s*[-－–]\s*$")
BARE_PAGE_NUMBER_RE = regex.compile(r"^\s*(\d{1,3})\s*$")
CAPTION_MARK = "▴"


Glyph = tuple[str, float, float, float, float]  # text, x0, top, x1, bottom


@dataclass
class Line:
    """One visual line segment of a page."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    font: str
    text_raw: str
    text: str
    ruled: bool = False  # inside a region ruled on all sides (layout: a table or a frame)
    # which of the two, decided by the tables stage alone (``tables.boxgrids.attach_grids``)
    in_table: bool = False  # in a grid that is a table
    framed: bool = False  # in a ruled box that is not a table (a diagram, a framed list)
    banner: bool = False
    caption: bool = False
    running: bool = False  # running header or footer repeated across pages
    # its first glyph is a private-use one (read as □): a box the font may draw a number
    # in, which the document's □ character is not
    private_mark: bool = False
    printed_page: int | None = None
    # each glyph as read (look-alikes in their one form) with its box: where a funding
    # expression stands on the page (``provenance``). Kept packed (``pack_glyphs``): the
    # glyphs are most of what a document's lines hold, and a tuple each would be six
    # times the memory
    glyph_text: str = field(default="", repr=False)  # the glyphs' texts, joined
    glyph_boxes: array[float] = field(default_factory=lambda: array("d"), repr=False)
    glyph_ends: array[int] | None = field(default=None, repr=False)  # None: one char each

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def glyphs(self) -> list[Glyph]:
        """Each glyph's text and box (x0, top, x1, bottom)."""
        if self.glyph_ends is None:
            texts: Iterable[str] = self.glyph_text
        else:
            text = self.glyph_text
            texts = [text[a:b] for a, b in pairwise([0, *self.glyph_ends])]
        b = self.glyph_boxes
        return [
            (t, b[4 * k], b[4 * k + 1], b[4 * k + 2], b[4 * k + 3]) for k, t in enumerate(texts)
        ]


def pack_glyphs(texts: list[str], chars: list[Char]) -> tuple[str, array[float], array[int] | None]:
    """Glyphs as a line keeps them: their texts joined, their boxes four numbers each, and
    where each text ends when one is not one character."""
    boxes = array("d", [v for c in chars for v in (c["x0"], c["top"], c["x1"], c["bottom"])])
    if all(len(t) == 1 for t in texts):
        return "".join(texts), boxes, None
    return "".join(texts), boxes, array("L", accumulate(len(t) for t in texts))


@dataclass
class PageLines:
    """The lines of one page, and what the page is."""

    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    printed_page: int | None = None
    char_count: int = 0
    table_bboxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    grids: list[Any] = field(default_factory=list)  # grids.Grid, filled by boxgrids.attach_grids
    repairs: dict[str, int] = field(default_factory=dict)  # what the reader seam mended
    unreadable: str | None = None  # why the reader could not read this page at all
    spread: bool = False  # two printed pages side by side (``is_spread``): read left first


TRIANGLE_RE = regex.compile(r"\s*▷\s*")
# A Hangul ㅇ opening a line is the ○ bullet (ㅇ before a syllable is never a word).
HANGUL_O_BULLET_RE = regex.compile(r"^ㅇ(?=[\s(\[\p{Hangul}]|$)")
LATIN_O_BULLET_RE = regex.compile(r"^[mo](?=\s+\p{Hangul})")  # ○ extracted as m/o
BLANKS_RE = regex.compile(r"[ \t]+")


def normalise_text(text: str) -> str:
    """Map look-alike characters to one form (’ -> ', ～ -> ~, ▹ -> ▷, ‧ -> · …)."""
    out = map_look_alikes(text)
    out = TRIANGLE_RE.sub(" ▷ ", out).strip()  # ▷ is a separator: one space either side
    out = HANGUL_O_BULLET_RE.sub("○", out)
    out = LATIN_O_BULLET_RE.sub("○", out)
    return BLANKS_RE.sub(" ", out).strip()


def map_look_alikes(text: str) -> str:
    """Each look-alike character in its one form (``_glyphs.NORMALISE``); a glyph's text is
    mostly one character, looked up directly."""
    if len(text) == 1:
        return NORMALISE.get(text, text)
    return "".join(NORMALISE.get(t, t) for t in text)


def map_private_use(char: Char) -> str:
    """Return the character a private-use glyph, or a symbol font's ASCII code, stands
    for, by its font."""
    text = char["text"]
    symbols, private = glyph_tables(char["fontname"])
    if symbols is not None:
        return symbols.get(text) or text
    if not text or not ("\ue000" <= text[0] <= "\uf8ff"):
        return text
    return private.get(text, PRIVATE_USE_FALLBACK)


@functools.lru_cache(maxsize=256)
def glyph_tables(fontname: str) -> tuple[dict[str, str] | None, dict[str, str]]:
    """A font's symbol chart (a symbol font's), and what its private-use glyphs stand for."""
    font = fontname.lower().replace(" ", "")
    symbols = next((t for key, t in SYMBOL_FONT_GLYPHS.items() if key in font), None)
    private: dict[str, str] = {}
    for key, table in PRIVATE_USE_BY_FONT.items():
        if key in font:
            private = {**table, **private}  # the first font key that knows a glyph wins
    return symbols, private


def drop_doubled_glyphs(chars: list[Char], within_em: float) -> tuple[list[Char], bool]:
    """Given the chars of one line sorted by x0, drop fake-bold second copies.

    Return the kept chars and whether any were doubled.
    """
    kept: list[Char] = []
    doubled = False
    for ch in chars:
        tol = within_em * ch["size"]
        text, x0, top = ch["text"], ch["x0"], ch["top"]
        for k in kept[-3:]:
            if k["text"] == text and abs(k["x0"] - x0) <= tol and abs(k["top"] - top) <= tol:
                doubled = True  # a second copy of k
                break
        else:
            kept.append(ch)
    return kept, doubled


def local_scales(chars: list[Char], settings: LayoutSettings = LAYOUT) -> list[float]:
    """Estimate the horizontal scaling around each neighbouring pair of glyphs.

    HWP condenses justified lines, sometimes only a run of a line, by scaling
    glyphs, which pdfminer's bboxes do not show. The pitch/width ratio of the
    nearest glyphs recovers it (width-normalised, so digits and Hangul agree);
    a low quantile rather than the median, so that word gaps do not raise it.
    """
    window, quantile = settings.scale_window, settings.scale_quantile
    # each neighbouring pair's glyph pitch over the first glyph's width
    ratios = [(b["x0"] - a["x0"]) / max(a["x1"] - a["x0"], 0.01) for a, b in pairwise(chars)]
    font, size = chars[0]["font"], chars[0]["size"]
    if all(c["font"] == font and c["size"] == size for c in chars):
        runs = None  # every glyph of one font and size (most segments)
    else:
        runs = [(c["font"], round(c["size"], 1)) for c in chars]
        if all(run == runs[0] for run in runs):
            runs = None
    count = len(ratios)
    # where each glyph's stretch of one run starts and ends: a window within one stretch
    # is pooled whole, as a one-run segment's
    starts: list[int] = []
    ends: list[int] = []
    if runs is not None:
        starts, ends = list(range(count)), list(range(1, count + 1))
        for j in range(1, count):
            if runs[j] == runs[j - 1]:
                starts[j] = starts[j - 1]
        for j in reversed(range(count - 1)):
            if runs[j] == runs[j + 1]:
                ends[j] = ends[j + 1]

    def scale_at(i: int) -> float:
        lo, hi = max(i - window, 0), min(i + window + 1, count)
        if runs is None or (starts[i] <= lo and ends[i] >= hi):
            pool = sorted(ratios[lo:hi])
        else:
            same_run = [ratios[j] for j in range(lo, hi) if runs[j] == runs[i]]
            pool = sorted(same_run if len(same_run) >= 3 else ratios[lo:hi])
        return pool[int(quantile * (len(pool) - 1))]

    if runs is None and count > 2 * window:  # whole windows in the middle: one expression
        k = int(quantile * 2 * window)
        middle = range(window, count - window)
        quantiles = [scale_at(i) for i in range(window)]
        quantiles += [sorted(ratios[i - window : i + window + 1])[k] for i in middle]
        quantiles += [scale_at(i) for i in range(count - window, count)]
    else:
        quantiles = [scale_at(i) for i in range(count)]
    low, high = settings.scale_min, settings.scale_max
    return [min(max(q, low), high) for q in quantiles]


def split_segments(chars: list[Char], gap_em: float) -> list[list[Char]]:
    """Split one visual line's chars where a gap is wider than ``gap_em`` ems: far wider
    than any word space."""
    segments: list[list[Char]] = [[chars[0]]]
    for a, b in pairwise(chars):
        if b["x0"] - a["x1"] > gap_em * max(a["size"], b["size"]):
            segments.append([b])
        else:
            segments[-1].append(b)
    return segments


def chars_to_text(chars: list[Char], texts: list[str], settings: LayoutSettings = LAYOUT) -> str:
    """Given one segment's chars (no spaces) and what each reads as (``map_private_use``),
    return its text with word spaces inserted."""
    parts = [texts[0]]
    word_gap_em = settings.word_gap_em
    scales = local_scales(chars, settings)
    for (a, b), scale, text in zip(pairwise(chars), scales, texts[1:], strict=True):
        advance = (a["x1"] - a["x0"]) * scale
        gap = b["x0"] - (a["x0"] + advance)
        if gap > word_gap_em * min(a["size"], b["size"]):
            parts.append(" ")
        parts.append(text)
    return collapse_letter_spacing(BRACKET_SPACE_RE.sub("", "".join(parts)))


LETTER_TOKEN_RE = regex.compile(r"^[(\[]?[가-힣][)\]:]?$")
# A gap inside brackets is never a word space: it comes from narrow bracket glyphs.
BRACKET_SPACE_RE = regex.compile(r"(?<=[(\[【「]) +| +(?=[)\]】」])")


def is_letter_spaced(run: list[str], following: str) -> bool:
    """Whether a run of one-syllable tokens is one letter-spaced word.

    Three or more always are ("운 영 실 적"); two only as a bracketed or
    colon-ended label ("[대 외]", "위 치 :"), since "및 그" is ordinary text.
    """
    if len(run) >= 3:
        return True
    if len(run) == 2:
        bracketed = run[0][0] in "([" and run[1][-1] in ")]"
        labelled = run[1].endswith(":") or following.startswith(":")
        return bracketed or labelled
    return False


def collapse_letter_spacing(text: str) -> str:
    """Join runs of one-syllable tokens that are letter-spaced words ("기 본 현 황")."""
    tokens = text.split(" ")
    out: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if token and LETTER_TOKEN_RE.match(token):
            run.append(token)
            continue
        out.extend(["".join(run)] if is_letter_spaced(run, token) else run)
        run = []
        if token:
            out.append(token)
    return " ".join(out)


def group_rows(chars: list[Char], settings: LayoutSettings = LAYOUT) -> list[list[Char]]:
    """Group chars into visual rows: a char joins the row its height overlaps most.

    Overlap rather than a fixed baseline tolerance keeps small raised text
    (dates set above an arrow chain, superscript marks) in the row it belongs to.
    """
    factor, share = settings.row_size_factor, settings.row_overlap
    rows: list[tuple[list[Char], list[float]]] = []  # chars, [top, bottom] of the row's core
    last_key, last_row = None, None
    for ch in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        key = (ch["top"], ch["bottom"], ch["size"])
        if key == last_key:  # as high as the char before: it joins that char's row
            last_row.append(ch)  # type: ignore[union-attr]
            continue
        height = max(ch["bottom"] - ch["top"], 0.1)
        best, best_overlap = None, 0.0
        for row, span in rows[-settings.row_window :]:
            if not row[0]["size"] / factor <= ch["size"] <= factor * row[0]["size"]:
                continue  # a big divider numeral beside a two-line title is not one row
            overlap = min(ch["bottom"], span[1]) - max(ch["top"], span[0])
            if overlap > best_overlap:
                best, best_overlap = (row, span), overlap
        if best is not None and best_overlap >= share * min(height, best[1][1] - best[1][0]):
            best[0].append(ch)
            last_key, last_row = key, best[0]
            continue
        rows.append(([ch], [ch["top"], ch["bottom"]]))
        last_key, last_row = key, rows[-1][0]
    return [
        sorted(r, key=lambda c: c["x0"]) for r in join_split_rows([r for r, _ in rows], settings)
    ]


def join_split_rows(rows: list[list[Char]], settings: LayoutSettings = LAYOUT) -> list[list[Char]]:
    """Join rows whose largest glyphs are of one size and stand at one height.

    A row is measured against the glyph that opened it; where a line's small superscript
    note stands above its top (`국비 87 ^환경부 일반회계^`), the note opens the row, and the
    line's glyphs a point lower than its first ones fall short of the note's height and
    open a row of their own: one line read as two. (Lines set close, as in a diagram's
    boxes, overlap less: they stay apart.)
    """
    share, same = settings.row_join_overlap, settings.row_same_size
    joined: list[tuple[list[Char], tuple[float, float, float]]] = []
    for row in rows:
        body = body_span(row)
        for other, span in joined[-settings.row_window :]:
            if min(body[2], span[2]) < same * max(body[2], span[2]):
                continue
            overlap = min(body[1], span[1]) - max(body[0], span[0])
            if overlap >= share * min(body[1] - body[0], span[1] - span[0]):
                other.extend(row)
                break
        else:
            joined.append((row, body))
    return [row for row, _ in joined]


def body_span(row: list[Char]) -> tuple[float, float, float]:
    """The top, bottom and size of a row's largest glyphs (the first of them)."""
    big = max(row, key=lambda c: c["size"])
    return big["top"], big["bottom"], big["size"]


def chars_to_lines(
    chars: list[Char], page_number: int, settings: LayoutSettings = LAYOUT
) -> list[Line]:
    """Given a page's chars, return its visual line segments in reading order."""
    visible = [c for c in chars if c["upright"]]
    lines: list[Line] = []
    for row in group_rows(visible, settings):
        row, doubled = drop_doubled_glyphs(row, settings.doubled_glyph_em)
        for seg in split_segments(row, settings.segment_gap_em):
            texts = [map_private_use(c) for c in seg]
            raw = chars_to_text(seg, texts, settings)
            # the most frequent font; on a tie, the first (a set's order changes per process)
            font = Counter([c["fontname"] for c in seg]).most_common(1)[0][0]
            glyph_text, boxes, ends = pack_glyphs([map_look_alikes(t) for t in texts], seg)
            lines.append(
                Line(
                    page=page_number,
                    x0=min(boxes[0::4]),
                    top=min(boxes[1::4]),
                    x1=max(boxes[2::4]),
                    bottom=max(boxes[3::4]),
                    size=round(statistics.median([c["size"] for c in seg]), 2),
                    bold=doubled or "bold" in font.lower(),
                    font=font,
                    text_raw=raw,
                    text=normalise_text(raw),
                    glyph_text=glyph_text,
                    glyph_boxes=boxes,
                    glyph_ends=ends,
                    private_mark="\ue000" <= seg[0]["text"][:1] <= "\uf8ff",
                )
            )
    lines.sort(key=lambda ln: (round(ln.top / 3), ln.x0))
    return lines


COMPONENT_BAND = 8.0  # points: edges are compared with those in the same bands of this height


def edges_to_components(
    edges: list[dict[str, Any]], tol: float = 2.0
) -> list[list[dict[str, Any]]]:
    """Group ruling edges into connected components (edges that touch or cross).

    The edges are swept from left to right, each compared only with the edges before
    it that share a horizontal band of the page with it and reach as far right as its
    left end (the others can reach no later edge either, and leave the band): a page of
    gradient hairlines (hundreds stacked a point apart) or of a chart's many small boxes
    would otherwise compare every pair."""
    sets = DisjointSets(len(edges))
    find, parent = sets.find, sets.parent
    firsts: dict[tuple[float, float, float, float], int] = {}  # box -> its first edge
    for i, e in enumerate(edges):  # an edge drawn twice (a gradient's stripes) is one
        first_of_box = firsts.setdefault((e["x0"], e["top"], e["x1"], e["bottom"]), i)
        if first_of_box != i:
            parent[i] = first_of_box
    bands: dict[int, list[tuple[float, float, float, int, int]]] = {}
    for i in sorted(firsts.values(), key=lambda k: edges[k]["x0"]):
        e = edges[i]
        x0, top, x1, bottom = e["x0"] - tol, e["top"] - tol, e["x1"] + tol, e["bottom"] + tol
        first = int(top // COMPONENT_BAND)
        entry = (top, bottom, x1, i, first)
        own = i  # the root of i's set: i's until it joins another's
        for band in range(first, int(bottom // COMPONENT_BAND) + 1):
            members = bands.setdefault(band, [])
            behind = 0  # members that end left of this edge, so of every edge still to come
            for otop, obottom, ox1, j, ofirst in members:
                if ox1 < x0:
                    behind += 1
                elif band != first and band != ofirst:
                    continue  # a pair is compared once, in the first band the two share
                elif otop <= bottom and top <= obottom and parent[j] != own:
                    root = find(j)  # (it starts left of x1: it was swept before)
                    if root == own:
                        continue
                    if own == i:  # i joins j's set, whose root stays: in a dense cluster
                        parent[i] = own = root  # its members then point straight at it
                    else:
                        parent[root] = own
            if behind > len(members) // 2:  # dropped once they are most of the band
                members[:] = [m for m in members if m[2] >= x0]
            members.append(entry)
    return [[edges[i] for i in group] for group in sets.groups()]


def rule_positions(positions: list[float], merge: float = 4.0) -> list[float] | None:
    """Cluster rule positions (double rules count once); None when they are a dense hatch."""
    distinct = sorted({round(p) for p in positions})
    clusters: list[list[int]] = []
    for p in distinct:
        if clusters and p - clusters[-1][-1] <= merge:
            clusters[-1].append(p)
        else:
            clusters.append([p])
    if len(distinct) >= 8 and len(clusters) <= len(distinct) / 2:
        return None
    return [c[0] for c in clusters]


def rule_edge(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    """A ruling edge in pdfplumber's form, for rules the page draws as dots."""
    return {
        "object_type": "line",
        "orientation": "h" if x1 - x0 >= bottom - top else "v",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
    }


def rule_edges(page: Page, settings: LayoutSettings = LAYOUT) -> list[dict[str, Any]]:
    """The page's edges long enough to be rules (``rule_min``), found once per page."""
    if "rule_edges" not in page.memo:
        least = settings.rule_min
        page.memo["rule_edges"] = [
            e for e in page.edges if max(e["x1"] - e["x0"], e["bottom"] - e["top"]) >= least
        ]
    return page.memo["rule_edges"]


def dotted_rules(page: Page, settings: LayoutSettings = LAYOUT) -> list[dict[str, Any]]:
    """The dotted and dashed rules of a page, each as one edge: HWP draws them as runs of
    tiny segments, which the table finder drops as too short to be rules. Found once per
    page."""
    if "dotted_rules" not in page.memo:
        page.memo["dotted_rules"] = find_dotted_rules(page, settings)
    return page.memo["dotted_rules"]


def find_dotted_rules(page: Page, settings: LayoutSettings) -> list[dict[str, Any]]:
    dot, longest = settings.dot_max, settings.dotted_min
    dots = [
        o
        for o in (*page.lines, *page.rects)
        if o["x1"] - o["x0"] <= dot and o["bottom"] - o["top"] <= dot
    ]
    dashes = [o for o in page.lines if dot < max(o["width"], o["height"]) < longest]
    rows: dict[float, list[tuple[float, float]]] = {}
    cols: dict[float, list[tuple[float, float]]] = {}
    for o in (*dots, *dashes):
        if o["x1"] - o["x0"] >= o["bottom"] - o["top"]:
            rows.setdefault(round(o["top"], 1), []).append((o["x0"], o["x1"]))
        if o["bottom"] - o["top"] >= o["x1"] - o["x0"]:
            cols.setdefault(round(o["x0"], 1), []).append((o["top"], o["bottom"]))
    edges = []
    for y, spans in rows.items():
        edges += [rule_edge(a, y, b, y) for a, b in runs(spans, settings)]
    for x, spans in cols.items():
        edges += [rule_edge(x, a, x, b) for a, b in runs(spans, settings)]
    return edges


def runs(spans: list[tuple[float, float]], settings: LayoutSettings) -> list[tuple[float, float]]:
    """Runs of spans along one line with gaps of at most ``dot_gap``, at least
    ``dotted_min`` long and made of at least three spans."""
    gap, least = settings.dot_gap, settings.dotted_min
    out: list[tuple[float, float]] = []
    start, end, count = None, 0.0, 0
    for a, b in sorted(spans):
        if start is not None and a - end <= gap:
            end, count = max(end, b), count + 1
            continue
        if start is not None and end - start >= least and count >= 3:
            out.append((start, end))
        start, end, count = a, b, 1
    if start is not None and end - start >= least and count >= 3:
        out.append((start, end))
    return out


def ruled_table_bboxes(
    page: Page, settings: LayoutSettings = LAYOUT
) -> list[tuple[float, float, float, float]]:
    """Return the bboxes of ruled tables: grids of touching ruling lines.

    A lone rectangle (a frame or a filled banner) is not a table; a grid with at
    least three distinct rule positions in one direction is, even when its rows
    are not ruled (tables of duties ruled only between columns).
    """
    edges = rule_edges(page, settings) + dotted_rules(page, settings)
    boxes = []
    merge = settings.rule_merge
    for group in edges_to_components(edges, settings.edge_join):
        xs = rule_positions([e["x0"] for e in group if e["orientation"] == "v"], merge)
        ys = rule_positions([e["top"] for e in group if e["orientation"] == "h"], merge)
        if xs is None or ys is None:
            continue  # a gradient or shaded decoration drawn as hundreds of hairlines
        if len(xs) >= 2 and len(ys) >= 2 and (len(xs) >= 3 or len(ys) >= 3):
            boxes.append(
                (
                    min(e["x0"] for e in group),
                    min(e["top"] for e in group),
                    max(e["x1"] for e in group),
                    max(e["bottom"] for e in group),
                )
            )
    return boxes


def filled_banners(
    page: Page, settings: LayoutSettings = LAYOUT
) -> list[tuple[float, float, float, float]]:
    """Return filled rectangles at least half the page wide: strategy and title banners."""
    out = []
    low, high = settings.banner_min_height, settings.banner_max_height
    for rect in page.rects:
        wide = (rect["x1"] - rect["x0"]) >= settings.banner_min_width * page.width
        if rect["fill"] and wide and low <= rect["bottom"] - rect["top"] <= high:
            out.append((rect["x0"], rect["top"], rect["x1"], rect["bottom"]))
    return out


def _inside(line: Line, box: tuple[float, float, float, float], pad: float = 1.0) -> bool:
    x0, top, x1, bottom = box
    cx = (line.x0 + line.x1) / 2
    return x0 - pad <= cx <= x1 + pad and top - pad <= line.mid <= bottom + pad


def mark_captions(lines: list[Line], settings: LayoutSettings = LAYOUT) -> None:
    """Mark photo captions: lines opened by ▴ and the lines that continue them."""
    caption_rows: list[Line] = [ln for ln in lines if ln.text.startswith(CAPTION_MARK)]
    for cap in caption_rows:
        cap.caption = True
    changed = True
    while changed:
        changed = False
        for ln in lines:
            if ln.caption or ln.ruled:
                continue
            for cap in caption_rows:
                below = 0 <= ln.top - cap.bottom <= settings.caption_gap * cap.size
                overlaps = ln.x0 < cap.x1 + cap.size and ln.x1 > cap.x0 - cap.size
                if below and overlaps and abs(ln.size - cap.size) <= settings.caption_size_step:
                    ln.caption = True
                    caption_rows.append(ln)
                    changed = True
                    break


def read_page(page: Page, settings: LayoutSettings = LAYOUT) -> PageLines:
    """Given a reader's page, return its lines, footer page number and table regions."""
    number = page.page_number
    result = PageLines(number=number, width=float(page.width), height=float(page.height))
    result.repairs = dict(page.repairs)
    chars = page.chars
    result.char_count = len(chars)
    if not chars:
        return result
    lines = chars_to_lines(chars, number, settings)
    result.spread = is_spread(lines, result.width, settings)
    if result.spread:  # the left page's lines before the right's
        middle = result.width / 2
        lines.sort(key=lambda ln: (ln.x0 >= middle, round(ln.top / 3), ln.x0))
    tables = ruled_table_bboxes(page, settings)
    banners = filled_banners(page, settings)
    result.table_bboxes = tables
    for ln in lines:
        ln.ruled = any(_inside(ln, box) for box in tables)
        ln.banner = any(_inside(ln, box, pad=2.0) for box in banners)
    result.printed_page = read_footers(lines, result, settings)
    mark_captions(lines, settings)
    result.lines = lines
    return result


def is_spread(lines: list[Line], width: float, settings: LayoutSettings = LAYOUT) -> bool:
    """Whether a page holds two printed pages side by side (a booklet's spread): it is
    wider than its text is tall and nearly every line stands in one half."""
    height = max((ln.bottom for ln in lines), default=0.0)
    middle = width / 2
    if not lines or width < settings.spread_min_ratio * height:
        return False
    crossing = sum(1 for ln in lines if ln.x0 < middle < ln.x1)
    return crossing <= settings.spread_crossing * len(lines)


def read_footers(
    lines: list[Line], page: PageLines, settings: LayoutSettings = LAYOUT
) -> int | None:
    """The page's printed number from its footer, which is taken out of its lines. A
    spread's number is its left page's: each half has a footer of its own, and a half
    without one (a divider) takes its number from the other half's."""
    middle = page.width / 2
    halves = (
        [[ln for ln in lines if ln.x0 < middle], [ln for ln in lines if ln.x0 >= middle]]
        if page.spread
        else [lines]
    )
    numbers: list[int | None] = []
    for half in halves:
        footer = find_footer(half, page.height, settings)
        if footer is None:
            numbers.append(None)
            continue
        match = FOOTER_RE.match(footer.text) or BARE_PAGE_NUMBER_RE.match(footer.text)
        assert match is not None
        numbers.append(int(match.group(1)))
        lines.remove(footer)
    if numbers[0] is not None:
        return numbers[0]
    right = numbers[-1]
    return right - 1 if page.spread and right is not None else None


def printed_pages_of(page: PageLines) -> tuple[int, ...]:
    """The printed pages a page holds: one, or a spread's two."""
    if page.printed_page is None:
        return ()
    return (page.printed_page, page.printed_page + 1) if page.spread else (page.printed_page,)


def find_footer(lines: list[Line], height: float, settings: LayoutSettings = LAYOUT) -> Line | None:
    """Return the "- N -" (or bare N) page-number line at the foot of the page, if any."""
    bottom_band = [ln for ln in lines if ln.top >= settings.footer_band * height]
    for ln in sorted(bottom_band, key=lambda ln: -ln.top):
        if FOOTER_RE.match(ln.text):
            return ln
    for ln in sorted(bottom_band, key=lambda ln: -ln.top):
        if BARE_PAGE_NUMBER_RE.match(ln.text) and ln.top >= settings.footer_bare_band * height:
            return ln
    return None


def mark_running_lines(pages: list[PageLines], settings: LayoutSettings = LAYOUT) -> None:
    """Mark running headers and footers: the same text at the top or foot of many pages."""
    band, share = settings.running_band, settings.running_share

    def key(ln: Line, page: PageLines) -> tuple[str, str] | None:
        if ln.top <= band * page.height:
            return ("top", ln.text)
        if ln.bottom >= (1 - band) * page.height:
            return ("foot", ln.text)
        return None

    counts: dict[tuple[str, str], int] = {}
    for page in pages:
        for k in {key(ln, page) for ln in page.lines}:
            if k is not None:
                counts[k] = counts.get(k, 0) + 1
    with_text = sum(1 for p in pages if p.lines)
    threshold = max(3, share * with_text)
    for page in pages:
        for ln in page.lines:
            k = key(ln, page)
            if k is not None and counts[k] >= threshold:
                ln.running = True


def read_pages(
    reader: Reader,
    on_page: Callable[[int], None] | None = None,
    per_page: Callable[[Page, PageLines], None] | None = None,
    settings: LayoutSettings = LAYOUT,
) -> Iterator[PageLines]:
    """Yield every page's lines, reading each page once. A page that cannot be read or
    laid out (a damaged PDF) is yielded empty, with the reason in ``unreadable``.

    ``per_page(page, lines)`` runs while the reader's page is at hand (the table grids).
    """
    for index in range(reader.page_count):
        try:
            page = reader.page(index)
            lines = read_page(page, settings)
            if per_page is not None:
                per_page(page, lines)
        except Exception as exc:  # noqa: BLE001 (a damaged page can make any step fail)
            lines = PageLines(number=index + 1, width=0.0, height=0.0)
            lines.unreadable = plain_cause(exc)
        yield lines
        if on_page is not None:
            on_page(index + 1)


def fill_printed_pages(pages: list[PageLines]) -> None:
    """Give pages without a footer the printed number their numbered neighbours imply
    (a spread counts two), and each line its half's number."""
    counted = list(accumulate((2 if p.spread else 1 for p in pages), initial=0))
    offsets = {
        i: counted[i] - p.printed_page for i, p in enumerate(pages) if p.printed_page is not None
    }
    for i, page in enumerate(pages):
        if page.printed_page is None:
            before = [offsets[k] for k in range(i) if k in offsets]
            after = [offsets[k] for k in range(i + 1, len(pages)) if k in offsets]
            if before and after and before[-1] == after[0]:
                page.printed_page = counted[i] - before[-1]
        middle = page.width / 2
        for ln in page.lines:
            ln.printed_page = page.printed_page
            if page.spread and page.printed_page is not None and ln.x0 >= middle:
                ln.printed_page = page.printed_page + 1  # the spread's right page
