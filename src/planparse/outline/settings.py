"""The thresholds the outline stage decides by, each named and said once.

Sizes are multiples of the document's body text size unless said otherwise. ``extract``
hands an :class:`OutlineSettings` to :func:`planparse.outline.tree.lines_to_tree`; the
defaults are what every shared plan was read with.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class OutlineSettings:
    # -- titles and items
    chapter_size: float = 1.05  # a chapter title (Ⅰ. …) is at least this large
    numbered_size: float = 1.25  # a numbered strategy title ("1 주력 …") is at least this large
    banner_size: float = 1.1  # a title on a shaded banner is at least this large
    # a short numbered line at least this large, or on a banner or bold at body size, is a
    # title; so is a □ line this large that opens a plan chapter's first level
    title_size: float = 1.05
    # a title numbered as an open level but at most this share of its size is a level below
    smaller_style: float = 0.85
    # points: titles of one level and style start this close across
    # a title set under a mark alone on its line ([별첨2]) stands within this many sizes of it
    mark_title_gap: float = 3.5
    # points: a size this close to the body's is the body's (14.97 pt in a 15 pt plan)
    size_step: float = 0.5
    # a framed title is a box of its own when no other framed line stands within this many
    # of its sizes above or below it
    title_box_reach: float = 2.0
    # lines within this share of a size of each other's top stand on one row
    row_share: float = 0.5
    # a line beside a title counts as a diagram's box when it is at least this share of
    # the title's size (smaller notes and tags beside a title do not)
    beside_size_share: float = 0.8
    # a number alone in its box joins the title on its row (tops within this share of the
    # title's size, sizes within this share of it)
    boxed_number_row: float = 0.3
    boxed_number_size: float = 0.15
    # points: a title over a list is the page's largest text, give or take this much
    largest_size_step: float = 1.0
    style_align: float = 2.0
    style_size_step: float = 1.5  # points: … and differ in size by at most this
    divider_number_size: float = 2.5  # a divider page's lone number is at least this large
    divider_title_size: float = 1.5  # a divider page's title lines are at least this large
    title_min_size: float = 0.95  # a line smaller than this is not a title the contents lists
    appendix_max_x: float = (
        0.45  # an appendix title starts in the left part of the page (share of width)
    )
    heading_nested_indent: float = 0.8  # a □ indented this many sizes past its heading is an item
    title_wrap_gap: float = 0.7  # a title's second line is at most this many sizes below its first
    # a line reaching this share of the page's width across is full: the title runs on
    # onto the line below, even flush with it
    full_line: float = 0.85
    item_indent: float = 0.35  # an item indented this many sizes less than another is not its child
    # … unless its bullet ranks below the other's and it stands this many sizes right of it
    item_ranked_indent: float = 0.15
    wrap_gap_above: float = 0.3  # a wrapped line overlaps the line before by at most this much
    wrap_gap_below: float = 0.9  # … and stands at most this far below it
    # … or this far, hanging under a bullet's words within hang_reach after a full line (a
    # plan set with one pitch for every line: social-welfare p10 "○ … 권리중심 일자리" over
    # "시범사업(…)")
    wrap_hang_gap_below: float = 1.2
    hang_reach: float = 2.0
    wrap_hang: float = 0.4  # a wrapped line of a bulleted item starts this far right of the bullet
    wrap_align: float = 0.5  # a wrapped line of a plain item starts within this of its first line
    wrap_size_step: float = 0.6  # points: a wrapped line is no larger than its first line by more
    # -- Contents anchors: how a contents entry is looked for in the body
    max_page_distance: int = 2  # printed pages either side of the page the contents gives
    contained_share: float = 0.6  # one squashed title holding the other must be this share of it
    alike_ratio: float = 0.85  # or the two titles this alike, letter for letter
    short_title: int = 6  # squashed titles shorter than this must match exactly
    title_size_step: float = (
        1.0  # points: the lines of one wrapped title differ in size by at most this
    )


OUTLINE = OutlineSettings()
