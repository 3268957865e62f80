"""The thresholds the layout stage decides by, each named and said once.

Lengths in ems are shares of a glyph's font size; lengths in points are PDF points;
shares of the page are of its width or height. ``extract`` hands a :class:`LayoutSettings`
to :func:`planparse.layout.lines.read_pages`; the defaults are what every shared plan was
read with.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class LayoutSettings:
    # -- characters into lines
    # A gap wider than this many ems splits a visual line into separate segments
    # (table cells, org-chart boxes, right-aligned page numbers in a contents list).
    segment_gap_em: float = 2.2
    # A gap (after undoing the line's horizontal scaling) wider than this many ems is a
    # word space.
    word_gap_em: float = 0.17
    # Glyphs drawn twice within this many ems of each other are one fake-bold glyph.
    doubled_glyph_em: float = 0.2
    # Glyphs either side of a pair whose pitch estimates the line's scaling there, and the
    # low quantile of their pitch/width ratios taken (a word gap must not raise it), and
    # the range the estimate is held to.
    scale_window: int = 4
    scale_quantile: float = 0.3
    scale_min: float = 0.4
    scale_max: float = 2.5
    # A glyph joins a row it overlaps by this share of the smaller height, and only a row
    # whose first glyph is within this factor of its size (a divider numeral beside its
    # two-line title stays apart).
    row_overlap: float = 0.5
    row_size_factor: float = 2.0
    # … among this many rows opened last (rows come in order of their tops)
    row_window: int = 4
    # Two rows whose largest glyphs are within this share of each other's size, and
    # overlap by this share of the smaller height, are one row a superscript note split.
    row_same_size: float = 0.9
    row_join_overlap: float = 0.8

    # -- rules and ruled regions
    # Points: an edge shorter than this is no rule (a dot, a hatch's tick).
    rule_min: float = 3.0
    # Points: a drawn segment this short is a dot of a dotted rule; the dots of one rule
    # are at most dot_gap apart; a run of dots at least dotted_min long is a rule.
    dot_max: float = 1.5
    dot_gap: float = 3.0
    dotted_min: float = 12.0
    # Points: ruling edges this close touch (one grid).
    edge_join: float = 2.0
    # Points: rule positions this close are one (a double rule).
    rule_merge: float = 4.0
    # A filled rectangle at least this share of the page wide, and between these heights
    # (points), is a title banner.
    banner_min_width: float = 0.5
    banner_min_height: float = 8.0
    banner_max_height: float = 80.0

    # -- spreads: a page at least this many times as wide as its text is tall, with at most
    # this share of its lines across the middle, is two printed pages side by side
    spread_min_ratio: float = 1.2
    spread_crossing: float = 0.05

    # -- page furniture
    # A page-number footer ("- N -") stands below this share of the page's height; a bare
    # number only below footer_bare_band.
    footer_band: float = 0.85
    footer_bare_band: float = 0.9
    # A running header or footer stands in this share of the page at its top or foot and
    # recurs on at least this share of the pages with text (and on three at least).
    running_band: float = 0.08
    running_share: float = 0.3
    # A caption continues on a line at most this many of its sizes below it, whose size
    # differs from it by at most caption_size_step points.
    caption_gap: float = 0.8
    caption_size_step: float = 1.5


LAYOUT = LayoutSettings()
