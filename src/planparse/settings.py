"""The settings the pipeline hands its stages: every threshold they decide by, named.

A :class:`Settings` groups one settings object per stage that has them (modelled on
pdfplumber's ``TableSettings``). ``extract(path, settings=...)`` passes each stage its own;
the defaults are what every shared plan was read with. Change one for a family of
documents laid out differently, e.g.::

    from dataclasses import replace
    settings = replace(DEFAULT, layout=replace(DEFAULT.layout, word_gap_em=0.2))
"""

from __future__ import annotations

from dataclasses import dataclass

from planparse.layout.settings import LAYOUT, LayoutSettings
from planparse.outline.settings import OUTLINE, OutlineSettings
from planparse.tables.settings import TABLES, TableSettings


@dataclass(frozen=True, kw_only=True)
class Settings:
    layout: LayoutSettings = LAYOUT  # characters into lines, rules, page furniture
    tables: TableSettings = TABLES  # grids, boxes drawn as tables, tables across pages
    outline: OutlineSettings = OUTLINE  # titles, items and contents anchors


DEFAULT = Settings()
