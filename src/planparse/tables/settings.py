"""The thresholds the tables stage decides by, each named and said once.

Lengths are PDF points unless said otherwise. ``extract`` hands a :class:`TableSettings`
to :func:`planparse.tables.boxgrids.attach_grids` (the page pass) and
:func:`planparse.tables.assemble.pages_to_tables`; the defaults are what every shared
plan was read with.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class TableSettings:
    # -- ruled grids (pdfplumber's table algorithm on the page's edges)
    tolerance: float = 3  # snap, join and intersection tolerance of the algorithm
    min_edge: float = 3  # shorter edges are not rules
    snap: float = 2.5  # rule positions closer than this are one boundary
    # a cell is a list of fields when at least this many lines open one ("사업명 : …"),
    # their labels starting this close across
    min_fields: int = 3
    label_align: float = 3.0
    # lines of one row in neighbouring cells start this close in height (stacked rows)
    stacked_align: float = 2.0

    # -- tables drawn as rows of separate boxes
    min_rows: int = 3  # rows of boxes at the same columns that make a table
    min_cols: int = 2
    box_min_width: float = 30.0  # a narrower outline is a glyph frame or a bullet
    box_min_height: float = 10.0  # a box holds one to a few lines: this high …
    box_max_height: float = 150.0  # … to this high
    corner: float = 12.0  # a rounded corner leaves at most this gap between side and top
    box_align: float = 4.0  # sides of boxes of one column (or of one box's rules) lie this close
    row_overlap: float = 0.6  # boxes of one row overlap by this share of the lower one
    header_reach: float = 1.5  # column labels stand within this many box heights above
    hatch_gap: float = 1.5  # hairlines this close stacked are a gradient fill, not rules
    hatch_count: int = 5  # … when at least this many

    # -- tables across pages: one ends in the foot of its page (below this share of the
    # page's height), the next starts near the top of the next (above this share)
    continued_foot: float = 0.75
    continued_head: float = 0.25
    continued_align: float = 4.0  # their column edges lie this close


TABLES = TableSettings()
