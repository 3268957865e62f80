"""Reader parity: one PDF extracted with both readers, every output table compared.

Rows are aligned in order (a row missing from one side shifts nothing after it) on
every field but the geometry; geometry (``x0 top x1 bottom``) agrees within
``GEOMETRY_TOLERANCE`` points, since the engines compute boxes in different
precision (PDFium in single, pdfminer in double).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from planparse.extract import ExtractResult
from planparse.output.model import DOMAIN_TABLES

GEOMETRY = ("x0", "top", "x1", "bottom")
GEOMETRY_TOLERANCE = 0.5  # points
ITEM_SHARE = 0.995  # items with identical text, at least
# the tables whose every row must agree; items are held to ITEM_SHARE
STRICT_TABLES = ("sections", "fundings", *DOMAIN_TABLES)


@dataclass
class Difference:
    """Rows of one table that differ: a row on one side only, or a field that differs."""

    table: str
    pdfium: dict[str, Any] | None
    pdfplumber: dict[str, Any] | None
    fields: list[str] = field(default_factory=list)

    def describe(self) -> str:
        if self.pdfium is None:
            return f"{self.table}: only pdfplumber: {short(self.pdfplumber)}"
        if self.pdfplumber is None:
            return f"{self.table}: only pdfium: {short(self.pdfium)}"
        changes = "; ".join(
            f"{name}: pdfium {self.pdfium.get(name)!r} / pdfplumber {self.pdfplumber.get(name)!r}"
            for name in self.fields
        )
        return f"{self.table} {row_label(self.pdfium)}: {changes}"


@dataclass
class Parity:
    """What differs between the two readers' extractions of one PDF."""

    name: str
    differences: list[Difference]
    items: int  # items in the larger of the two extractions
    items_same: int  # items with identical text, aligned in order

    @property
    def item_share(self) -> float:
        return self.items_same / self.items if self.items else 1.0

    def strict(self) -> list[Difference]:
        """The differences parity does not allow."""
        return [d for d in self.differences if d.table in STRICT_TABLES]

    def holds(self) -> bool:
        return not self.strict() and self.item_share >= ITEM_SHARE


def row_dict(row: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(row) and not isinstance(row, type):
        return dataclasses.asdict(row)
    return dict(row)


def row_label(row: dict[str, Any]) -> str:
    for key in ("funding_id", "section_id", "item_id", "table_id", "issue_id", "project_id"):
        if row.get(key):
            return f"{row[key]} (p.{row.get('page', '?')})"
    return f"p.{row.get('page', '?')}"


def short(row: dict[str, Any] | None) -> str:
    if row is None:
        return "-"
    text = next((row[k] for k in ("raw", "title", "text", "message") if row.get(k)), "")
    return f"{row_label(row)} {str(text)[:80]!r}"


def identity(row: dict[str, Any]) -> tuple:
    """What two rows must share to be one row: every field but the geometry."""
    return tuple((k, repr(v)) for k, v in row.items() if k not in GEOMETRY)


def geometry_differs(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    out = []
    for name in GEOMETRY:
        x, y = a.get(name), b.get(name)
        if (x is None) != (y is None) or (
            x is not None and abs(x - y) > GEOMETRY_TOLERANCE  # type: ignore[operator]
        ):
            out.append(name)
    return out


def compare_table(table: str, left: list[Any], right: list[Any]) -> list[Difference]:
    """Differences between one table's rows from pdfium (left) and pdfplumber (right)."""
    a, b = [row_dict(r) for r in left], [row_dict(r) for r in right]
    keys_a, keys_b = [identity(r) for r in a], [identity(r) for r in b]
    out: list[Difference] = []
    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                if moved := geometry_differs(x, y):
                    out.append(Difference(table, x, y, moved))
            continue
        pairs = min(i2 - i1, j2 - j1)
        for x, y in zip(a[i1 : i1 + pairs], b[j1 : j1 + pairs], strict=True):
            changed = [k for k in x if k not in GEOMETRY and x[k] != y.get(k)]
            out.append(Difference(table, x, y, changed + geometry_differs(x, y)))
        out += [Difference(table, x, None) for x in a[i1 + pairs : i2]]
        out += [Difference(table, None, y) for y in b[j1 + pairs : j2]]
    return out


def compare(name: str, pdfium: ExtractResult, pdfplumber: ExtractResult) -> Parity:
    """Compare two extractions of one PDF, pdfium's first."""
    left, right = pdfium.table_rows(), pdfplumber.table_rows()
    differences: list[Difference] = []
    for table in left:
        if table in ("documents", "items"):
            continue
        differences += compare_table(table, left[table], right[table])
    texts_a = [i.text for i in pdfium.items]
    texts_b = [i.text for i in pdfplumber.items]
    matcher = SequenceMatcher(None, texts_a, texts_b, autojunk=False)
    same = sum(block.size for block in matcher.get_matching_blocks())
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        pairs = min(i2 - i1, j2 - j1)
        for x, y in zip(
            pdfium.items[i1 : i1 + pairs], pdfplumber.items[j1 : j1 + pairs], strict=True
        ):
            differences.append(Difference("items", row_dict(x), row_dict(y), ["text"]))
        differences += [
            Difference("items", row_dict(x), None) for x in pdfium.items[i1 + pairs : i2]
        ]
        differences += [
            Difference("items", None, row_dict(y)) for y in pdfplumber.items[j1 + pairs : j2]
        ]
    return Parity(name, differences, max(len(texts_a), len(texts_b)), same)


def report(parity: Parity) -> list[str]:
    """Lines for a reviewer: the verdict, then every difference."""
    verdict = "holds" if parity.holds() else "FAILS"
    lines = [
        f"{parity.name}: parity {verdict}; items with identical text "
        f"{parity.items_same}/{parity.items} ({parity.item_share:.2%}); "
        f"{len(parity.strict())} strict differences, {len(parity.differences)} in all"
    ]
    lines += [f"  {d.describe()}" for d in parity.differences]
    return lines
