"""The output tables: one dataclass and one pyarrow schema each.

This module is the single source of truth for the data contract (see
DESIGN.md). Every table's rows are built as these dataclasses and written
with these schemas; ``SCHEMA_VERSION`` changes whenever a column does.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

import pyarrow as pa

SCHEMA_VERSION = "1.0.0"


@dataclass
class Document:
    """One input PDF."""

    doc_id: str
    source_name: str
    title: str | None
    organisation: str | None
    plan_year: int | None
    page_count: int
    parser_version: str


@dataclass
class Section:
    """A chapter, appendix, strategy, task, issue block (현안) or □ heading."""

    doc_id: str
    section_id: str
    parent_id: str | None
    kind: str
    number: int | None
    task_no: int | None
    title: str
    title_raw: str
    page_start: int
    page_end: int
    printed_page_start: int | None
    printed_page_end: int | None
    path: str
    ordinal: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Item:
    """A logical bullet item: wrapped lines merged, with its marker and depth."""

    doc_id: str
    item_id: str
    section_id: str | None
    parent_item_id: str | None
    ordinal: int
    marker: str
    depth: int
    text: str
    text_raw: str
    page: int
    printed_page: int | None
    page_end: int
    line_count: int
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class Issue:
    """A problem found while parsing: the run goes on, the problem is recorded here."""

    doc_id: str
    issue_id: str
    code: str
    severity: str
    page: int | None
    item_id: str | None
    section_id: str | None
    raw: str | None
    message: str


@dataclass
class Funding:
    """A funding expression (period, amount, breakdown) found in an item."""

    doc_id: str
    funding_id: str
    item_id: str
    section_id: str | None
    page: int
    printed_page: int | None
    ordinal: int
    project: str | None
    raw: str
    period_raw: str | None
    start_year: int | None
    start_month: int | None
    end_year: int | None
    end_month: int | None
    ongoing: bool
    amount_raw: str
    amount_figure: str
    amount_unit: str
    currency: str
    amount_krw: int | None
    amount_usd: int | None
    per_year: bool
    year_amount_year: int | None
    year_amount_krw: int | None
    sources_total_krw: int | None
    sum_check: str


@dataclass
class FundingSource:
    """One source's share of a funding."""

    doc_id: str
    funding_id: str
    ordinal: int
    source_raw: str
    source: str
    raw: str
    amount_krw: int | None


def _f(name: str, typ: pa.DataType, nullable: bool, doc: str) -> pa.Field:
    return pa.field(name, typ, nullable=nullable, metadata={"description": doc})


def _bbox_fields() -> list[pa.Field]:
    """Position on the first page, in PDF points from the top-left corner."""
    return [
        _f("x0", pa.float64(), False, "left edge, points from the page's left"),
        _f("top", pa.float64(), False, "top edge, points from the page's top"),
        _f("x1", pa.float64(), False, "right edge, points from the page's left"),
        _f("bottom", pa.float64(), False, "bottom edge, points from the page's top"),
    ]


SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            _f("doc_id", pa.string(), False, "sha256 of the PDF bytes, hex"),
            _f("source_name", pa.string(), False, "file name of the input PDF"),
            _f("title", pa.string(), True, "document title read from the cover"),
            _f("organisation", pa.string(), True, "bureau or office named on the cover"),
            _f("plan_year", pa.int32(), True, "the year the plan is for"),
            _f("page_count", pa.int32(), False, "physical pages"),
            _f("parser_version", pa.string(), False, "planparse version that wrote the row"),
        ]
    ),
    "sections": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("section_id", pa.string(), False, "stable id within the document"),
            _f(
                "parent_id",
                pa.string(),
                True,
                "enclosing section; null for chapters and appendices",
            ),
            _f("kind", pa.string(), False, "chapter, appendix, strategy, task, issue or heading"),
            _f(
                "number",
                pa.int32(),
                True,
                "number as printed (chapter Ⅳ -> 4, task 3 of its strategy -> 3)",
            ),
            _f("task_no", pa.int32(), True, "tasks only: number across the whole plan (①-㉒)"),
            _f("title", pa.string(), False, "title, normalised"),
            _f("title_raw", pa.string(), False, "title as in the PDF"),
            _f("page_start", pa.int32(), False, "1-based physical page where it starts"),
            _f("page_end", pa.int32(), False, "physical page where it ends"),
            _f("printed_page_start", pa.int32(), True, "printed page number where it starts"),
            _f("printed_page_end", pa.int32(), True, "printed page number where it ends"),
            _f("path", pa.string(), False, "ids from the root, joined by /"),
            _f("ordinal", pa.int32(), False, "reading order within the document"),
            *_bbox_fields(),
        ]
    ),
    "items": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("item_id", pa.string(), False, "stable id within the document"),
            _f("section_id", pa.string(), True, "innermost section holding the item"),
            _f("parent_item_id", pa.string(), True, "item this one is nested under"),
            _f("ordinal", pa.int32(), False, "reading order within the document"),
            _f(
                "marker",
                pa.string(),
                False,
                "bullet marker, normalised (○ - · ◇ ▷ ※ * ▶ ▣ ✓), '' for none",
            ),
            _f("depth", pa.int32(), False, "nesting depth under its section, 0 = top"),
            _f("text", pa.string(), False, "text without the marker, normalised"),
            _f("text_raw", pa.string(), False, "text as in the PDF, marker included"),
            _f("page", pa.int32(), False, "1-based physical page of the first line"),
            _f("printed_page", pa.int32(), True, "printed page number of the first line"),
            _f("page_end", pa.int32(), False, "physical page of the last line"),
            _f("line_count", pa.int32(), False, "visual lines merged into the item"),
            *_bbox_fields(),
        ]
    ),
    "fundings": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("funding_id", pa.string(), False, "stable id within the document"),
            _f("item_id", pa.string(), False, "item the expression was read from"),
            _f("section_id", pa.string(), True, "section of that item"),
            _f("page", pa.int32(), False, "1-based physical page of the item"),
            _f("printed_page", pa.int32(), True, "printed page number of the item"),
            _f("ordinal", pa.int32(), False, "1 for the first expression in the item, 2 …"),
            _f(
                "project",
                pa.string(),
                True,
                "what the money is for: the text before it, else the item or section it hangs under",
            ),
            _f(
                "raw",
                pa.string(),
                False,
                "the whole expression as written (normalised quotes and tildes)",
            ),
            _f("period_raw", pa.string(), True, "the period as written"),
            _f("start_year", pa.int32(), True, "first year"),
            _f("start_month", pa.int32(), True, "first month, when written"),
            _f(
                "end_year",
                pa.int32(),
                True,
                "last year; equals start_year for a single year; null when ongoing or open",
            ),
            _f("end_month", pa.int32(), True, "last month, when written"),
            _f("ongoing", pa.bool_(), False, "the period runs on (~계속)"),
            _f("amount_raw", pa.string(), False, "the amount as written (170억원)"),
            _f(
                "amount_figure",
                pa.string(),
                False,
                "the figure as written, exact decimal (170, 73.3)",
            ),
            _f("amount_unit", pa.string(), False, "the unit as written (억원, 백만원, 만불)"),
            _f("currency", pa.string(), False, "KRW or USD"),
            _f("amount_krw", pa.int64(), True, "amount in won, exact; null for USD"),
            _f("amount_usd", pa.int64(), True, "amount in US dollars, exact; null for KRW"),
            _f("per_year", pa.bool_(), False, "the amount is per year (연1.8억원, 34억원/년)"),
            _f(
                "year_amount_year",
                pa.int32(),
                True,
                "a year's share named beside the total: 48억원('25년 7억원) -> 2025",
            ),
            _f("year_amount_krw", pa.int64(), True, "that year's share in won"),
            _f(
                "sources_total_krw",
                pa.int64(),
                True,
                "sum of the source shares that give a figure, in won",
            ),
            _f(
                "sum_check",
                pa.string(),
                False,
                "ok, mismatch, partial (some shares unstated) or none (no breakdown)",
            ),
        ]
    ),
    "funding_sources": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("funding_id", pa.string(), False, "funding the share belongs to"),
            _f("ordinal", pa.int32(), False, "position in the breakdown, from 1"),
            _f("source_raw", pa.string(), False, "the label as written (국, 시비, 민간, 모태펀드)"),
            _f(
                "source",
                pa.string(),
                False,
                "canonical source: national, city, province, county, district, district_county, local, private, host, fund, public, other",
            ),
            _f("raw", pa.string(), False, "the share as written (국105)"),
            _f(
                "amount_krw",
                pa.int64(),
                True,
                "the share in won; null when the breakdown gives no figure",
            ),
        ]
    ),
    "issues": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("issue_id", pa.string(), False, "stable id within the document"),
            _f("code", pa.string(), False, "machine-readable problem code"),
            _f("severity", pa.string(), False, "info, warning or error"),
            _f("page", pa.int32(), True, "1-based physical page"),
            _f("item_id", pa.string(), True, "item concerned"),
            _f("section_id", pa.string(), True, "section concerned"),
            _f("raw", pa.string(), True, "text concerned, as in the PDF"),
            _f("message", pa.string(), False, "what is wrong, in plain words"),
        ]
    ),
}

ROW_TYPES: dict[str, type] = {
    "documents": Document,
    "sections": Section,
    "items": Item,
    "fundings": Funding,
    "funding_sources": FundingSource,
    "issues": Issue,
}


def rows_to_table(name: str, rows: list[Any]) -> pa.Table:
    """Given dataclass rows of one output table, return them as a typed Arrow table."""
    schema = SCHEMAS[name]
    names = [f.name for f in fields(ROW_TYPES[name])]
    assert names == schema.names, f"{name}: dataclass and schema columns differ"
    dicts = [asdict(r) for r in rows]
    columns = {n: [d[n] for d in dicts] for n in names}
    return pa.Table.from_pydict(columns, schema=schema)
