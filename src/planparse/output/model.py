"""The output tables: one dataclass and one pyarrow schema each.

This module is the single source of truth for the data contract (see
DESIGN.md). Every table's rows are built as these dataclasses and written
with these schemas; ``SCHEMA_VERSION`` changes whenever a column does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

import pyarrow as pa
import pyarrow.json as pajson

SCHEMA_VERSION = "2.4.0"


@dataclass(kw_only=True)
class Document:
    """One input PDF."""

    doc_id: str
    source_name: str
    title: str | None
    organisation: str | None
    plan_year: int | None
    page_count: int
    parser_version: str


@dataclass(kw_only=True)
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
    toc_title: str | None
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


@dataclass(kw_only=True)
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


@dataclass(kw_only=True)
class TableRow:
    """A table found on ruled lines (continued over pages where it runs on)."""

    doc_id: str
    table_id: str
    page: int
    page_end: int
    x0: float
    top: float
    x1: float
    bottom: float
    n_rows: int
    n_cols: int
    unit: str | None
    caption: str | None
    kind: str | None
    parent_table_id: str | None = None
    parent_row: int | None = None
    parent_col: int | None = None
    note: str | None = None


@dataclass(kw_only=True)
class TableCell:
    """A cell of a table, with its spans."""

    doc_id: str
    table_id: str
    row: int
    col: int
    row_span: int
    col_span: int
    page: int
    text: str
    text_raw: str
    amount_krw: int | None
    x0: float | None = None  # the cell's box on its page, PDF points
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None


@dataclass(kw_only=True)
class Staffing:
    """Staff numbers of one department or grade (정원 / 현원)."""

    doc_id: str
    table_id: str
    group: str
    grade: str | None
    is_total: bool
    quota: int | None
    current: int | None
    row_no: int = 0  # numbered by extract: the row's place among its table's rows


@dataclass(kw_only=True)
class Budget:
    """Revenue and expenditure of a department or account (세입 / 세출)."""

    doc_id: str
    table_id: str
    account: str | None
    department: str | None
    is_total: bool
    year: int | None
    column_label: str | None
    revenue_krw: int | None
    expenditure_krw: int | None
    row_no: int = 0  # numbered by extract: the row's place among its table's rows


@dataclass(kw_only=True)
class FundRow:
    """A fund (기금): balance, revenue, expenditure."""

    doc_id: str
    table_id: str
    fund: str
    balance_start_krw: int | None
    revenue_krw: int | None
    expenditure_krw: int | None
    change_krw: int | None
    balance_end_krw: int | None
    row_no: int = 0  # numbered by extract: the row's place among its table's rows


@dataclass(kw_only=True)
class Institution:
    """A funded institution (출연기관)."""

    doc_id: str
    table_id: str
    name: str
    legal_basis: str | None
    founded: str | None
    founded_raw: str | None
    head: str | None
    organisation: str | None
    budget_krw: int | None
    functions: str | None
    row_no: int = 0  # numbered by extract: the row's place among its table's rows


@dataclass(kw_only=True)
class GlossaryEntry:
    """A glossary term (용어 해설)."""

    doc_id: str
    table_id: str
    term: str
    alias: str | None
    definition: str
    row_no: int = 0  # numbered by extract: the row's place among its table's rows


@dataclass(kw_only=True)
class Event:
    """An event of the plan year's schedule (주요 행사일정)."""

    doc_id: str
    table_id: str
    month: int | None
    name: str
    dates_raw: str
    start_date: str | None
    end_date: str | None
    venue: str | None
    attendance: int | None
    attendance_raw: str | None
    description: str | None
    row_no: int = 0  # numbered by extract: the row's place among its table's rows


@dataclass(kw_only=True)
class InvestmentPlan:
    """One year's amount of an investment plan (연도별 투자계획)."""

    doc_id: str
    table_id: str
    project: str
    category: str | None
    year: int
    amount_krw: int
    row_no: int = 0  # numbered by extract: the row's place among its table's rows


@dataclass(kw_only=True)
class RoadmapProject:
    """A project bar of an industry roadmap (산업육성 로드맵)."""

    doc_id: str
    table_id: str
    industry: str | None
    category: str | None
    goal: str | None
    project: str
    planned: bool
    first_year: int
    last_year: int
    starts_before: bool
    runs_on: bool
    row_no: int = 0  # numbered by extract: the row's place among its table's rows


@dataclass(kw_only=True)
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

    @classmethod
    def of(
        cls,
        doc_id: str,
        code: str,
        message: str,
        *,
        severity: str = "warning",
        page: int | None = None,
        item_id: str | None = None,
        section_id: str | None = None,
        raw: str | None = None,
    ) -> Issue:
        """An issue row; its id is given when the document's issues are numbered."""
        return cls(
            doc_id=doc_id,
            issue_id="",
            code=code,
            severity=severity,
            page=page,
            item_id=item_id,
            section_id=section_id,
            raw=raw,
            message=message,
        )


# Issue codes that say a page lost content to a damaged PDF (the manifest lists the pages).
DAMAGE_CODES = ("pdf_damaged", "page_unreadable", "glyphs_unread")


def damaged_pages(issues: list[Issue]) -> list[int]:
    """The pages a document's damage issues name, in order; 0 for the file as a whole."""
    return sorted({i.page or 0 for i in issues if i.code in DAMAGE_CODES})


@dataclass(kw_only=True)
class Funding:
    """A funding expression (period, amount, breakdown) found in an item."""

    doc_id: str
    funding_id: str
    item_id: str | None
    section_id: str | None
    table_id: str | None
    page: int
    printed_page: int | None
    ordinal: int
    project: str | None
    kind: str
    raw: str
    period_raw: str | None
    period_source: str | None
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
    amount_low: int | None
    amount_high: int | None
    per_year: bool
    year_amount_year: int | None
    year_amount_krw: int | None
    sources_total_krw: int | None
    sum_check: str
    superseded: bool
    # where the expression stands (``provenance``): its first line's box, and the page it
    # runs on to; null where it could not be found on the page
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
    page_end: int | None = None
    project_id: str | None = None  # the project it names (``projects``)
    context: str | None = None  # result, plan, issue, table or overview
    project_source: str | None = None  # block, item, row, section: where project was read
    scope: str = "unknown"  # total_cost, year_budget, result, target or unknown
    scope_year: int | None = None  # the one year the amount is for, where the text says it
    part_of: str | None = None  # the total it is a part of: lines below it that add up to it
    reviewed: str = "none"  # none, confirmed, corrected or wrong (``corrections``)


Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points


@dataclass(kw_only=True)
class Project:
    """One project of a plan: the funding records that name it, linked (``projects``)."""

    doc_id: str
    project_id: str
    name: str | None
    kind: str
    funding_id: str
    start_year: int | None
    end_year: int | None
    ongoing: bool
    amount_krw: int | None
    sources: str | None
    contexts: str
    chapters: str | None
    pages: str
    mentions: int
    # the programme across documents (``series``): set by the corpus step after extraction
    series_id: str | None = None


@dataclass(kw_only=True)
class Programme:
    """One programme as one document states it, with its mention in the organisation's
    plan of the year before (``series``): what changed from last year's plan."""

    doc_id: str
    series_id: str
    project_id: str
    organisation: str | None
    plan_year: int | None
    name: str | None
    kind: str
    amount_krw: int | None
    scope: str
    scope_year: int | None
    start_year: int | None
    end_year: int | None
    page: int
    previous_doc_id: str | None
    previous_plan_year: int | None
    previous_name: str | None
    previous_amount_krw: int | None
    change_krw: int | None


@dataclass(kw_only=True)
class FundingSource:
    """One source's share of a funding."""

    doc_id: str
    funding_id: str
    ordinal: int
    source_raw: str
    source: str
    kind: str
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
            _f(
                "kind",
                pa.string(),
                False,
                "chapter, appendix, strategy, task, subtask (a numbered level below a task), issue or heading",
            ),
            _f(
                "number",
                pa.int32(),
                True,
                "number as printed (chapter Ⅳ -> 4, task 3 of its strategy -> 3)",
            ),
            _f("task_no", pa.int32(), True, "tasks only: number across the whole plan (①-㉒)"),
            _f("title", pa.string(), False, "title, normalised"),
            _f("title_raw", pa.string(), False, "title as in the PDF"),
            _f(
                "toc_title",
                pa.string(),
                True,
                "the title the contents page gives, where it differs from the body's",
            ),
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
            _f(
                "item_id",
                pa.string(),
                True,
                "item the expression was read from; null for a section title or a table cell",
            ),
            _f("section_id", pa.string(), True, "section of that item, or whose title it is"),
            _f("table_id", pa.string(), True, "table whose cell the expression was read from"),
            _f("page", pa.int32(), False, "1-based physical page of the line"),
            _f("printed_page", pa.int32(), True, "printed page number of the line"),
            _f("ordinal", pa.int32(), False, "1 for the first expression in the line, 2 …"),
            _f(
                "project",
                pa.string(),
                True,
                "what the money is for: the text before it, else the item or section it hangs under",
            ),
            _f(
                "kind",
                pa.string(),
                False,
                "budget (a project's or programme's money), benefit (a rate per person, "
                "household, firm, building, meal or month), threshold (a cap or floor: 이상, "
                "이하, 한도), asset (assets, property, capital, land value), revenue (income, "
                "tax, fees), loss, saving, market (market size), trade (exports, contracts, "
                "sales), investment (attracted investment) or other: only budgets add up to "
                "money spent",
            ),
            _f(
                "raw",
                pa.string(),
                False,
                "the whole expression as written (normalised quotes and tildes)",
            ),
            _f("period_raw", pa.string(), True, "the period as written"),
            _f(
                "period_source",
                pa.string(),
                True,
                "where the period was read: inline (with the amount), name (in the project's "
                "name), block (the 사업기간 / 사업개요 field of its project block); null: none",
            ),
            _f("start_year", pa.int32(), True, "first year"),
            _f(
                "start_month",
                pa.int32(),
                True,
                "first month, when written (a half or quarter, '23.3Q, gives none)",
            ),
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
            _f("amount_krw", pa.int64(), True, "amount in won, exact; null for USD or a range"),
            _f(
                "amount_usd",
                pa.int64(),
                True,
                "amount in US dollars, exact; null for KRW or a range",
            ),
            _f(
                "amount_low",
                pa.int64(),
                True,
                "a range's low end (30∼50만원 -> 300000), in the currency; null unless a range",
            ),
            _f("amount_high", pa.int64(), True, "a range's high end, in the currency"),
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
                "sum of the shares that give a figure, in won: who pays where the breakdown "
                "names payers, else what it is spent on",
            ),
            _f(
                "sum_check",
                pa.string(),
                False,
                "ok, mismatch, partial (some shares unstated) or none (no breakdown)",
            ),
            _f(
                "superseded",
                pa.bool_(),
                False,
                "a later amount on the line replaces this one (부지매입비 103억원→ 89억원): "
                "leave it out of sums",
            ),
            _f("x0", pa.float64(), True, "the expression's box on page: left, PDF points"),
            _f("top", pa.float64(), True, "the expression's box: top, from the page's top"),
            _f("x1", pa.float64(), True, "the expression's box: right"),
            _f(
                "bottom",
                pa.float64(),
                True,
                "the expression's box: bottom (of its first line when it wraps); the box is "
                "null where the expression could not be found on the page",
            ),
            _f(
                "page_end",
                pa.int32(),
                True,
                "the page the expression ends on (page + 1 when it runs onto the next page)",
            ),
            _f(
                "project_id",
                pa.string(),
                True,
                "the project it names (projects.project_id): the same for every mention of one "
                "project in a plan, and in the plans of one organisation over the years",
            ),
            _f(
                "context",
                pa.string(),
                True,
                "where the mention stands: result (a chapter of past results), plan (this "
                "year's plan: a chapter titled with 계획, 추진과제, 중점, 업무, 역점 or 시책), "
                "issue (a 현안 block), table, overview",
            ),
            _f(
                "project_source",
                pa.string(),
                True,
                "where project was read: block (its project card's 사업명 or title), item (the "
                "words before the amount on its line, or its parent item), row (its table row), "
                "section (the task, 현안 or heading it stands under); null: nothing names it",
            ),
            _f(
                "scope",
                pa.string(),
                False,
                "what span the amount covers: total_cost (a project's whole cost over its "
                "period), year_budget (one year's money), result (reached or spent already), "
                "target (a goal ahead), unknown",
            ),
            _f(
                "scope_year",
                pa.int32(),
                True,
                "the one year the amount is for, where the text says it ('25년 7억원 -> 2025, "
                "'27년까지 -> 2027); null for a total over years or when unsaid",
            ),
            _f(
                "part_of",
                pa.string(),
                True,
                "the funding_id of the total this amount is a part of: one of the lines below "
                "it, one amount each, that add up to it exactly (its projects or costs), or a "
                "note under it naming one of its costs; a sum takes the total or its parts, "
                "not both",
            ),
            _f(
                "reviewed",
                pa.string(),
                False,
                "what a person said of the record in review (corrections.jsonl): none, "
                "confirmed (checked right), corrected (a field set by hand; the rest as read) "
                "or wrong (marked wrong, not corrected)",
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
            _f(
                "kind",
                pa.string(),
                False,
                "source (who pays: 국비, 시비, 민자, LH …) or use (what it pays for: 공사비, "
                "토지매입, 임대료 …)",
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
    "projects": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f(
                "project_id",
                pa.string(),
                False,
                "derived from the organisation and the project's normalised name: the same "
                "in next year's plan of the same organisation",
            ),
            _f("name", pa.string(), True, "the fullest form of its name among its mentions"),
            _f("kind", pa.string(), False, "the kind of money (fundings.kind)"),
            _f(
                "funding_id",
                pa.string(),
                False,
                "the mention its state is read from: in the plan first, then a 현안 block, a "
                "table, an overview, the results",
            ),
            _f("start_year", pa.int32(), True, "first year, as that mention states it"),
            _f("end_year", pa.int32(), True, "last year"),
            _f("ongoing", pa.bool_(), False, "the period runs on (~계속)"),
            _f("amount_krw", pa.int64(), True, "total amount in won, as that mention states it"),
            _f("sources", pa.string(), True, "that mention's source shares as written"),
            _f("contexts", pa.string(), False, "the contexts of its mentions, comma-separated"),
            _f("chapters", pa.string(), True, "the chapters it is named in, ' | '-separated"),
            _f("pages", pa.string(), False, "the pages of its mentions, comma-separated"),
            _f("mentions", pa.int32(), False, "how many funding records name it"),
            _f(
                "series_id",
                pa.string(),
                True,
                "the programme across the documents of one organisation (other years' plans, "
                "a budget sheet): set by `planparse series` (run by extract), the crosswalk "
                "series.csv applied; null until then",
            ),
        ]
    ),
    "programmes": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("series_id", pa.string(), False, "the programme across documents"),
            _f("project_id", pa.string(), False, "its project in this document"),
            _f("organisation", pa.string(), True, "whose plan (documents.organisation)"),
            _f("plan_year", pa.int32(), True, "the year of the plan (documents.plan_year)"),
            _f("name", pa.string(), True, "its name as this document prints it"),
            _f("kind", pa.string(), False, "the kind of money (fundings.kind)"),
            _f("amount_krw", pa.int64(), True, "its amount in won, as this document states it"),
            _f("scope", pa.string(), False, "what span that amount covers (fundings.scope)"),
            _f("scope_year", pa.int32(), True, "the one year it is for (fundings.scope_year)"),
            _f("start_year", pa.int32(), True, "first year of its period"),
            _f("end_year", pa.int32(), True, "last year of its period"),
            _f("page", pa.int32(), False, "the page of the mention its state is read from"),
            _f(
                "previous_doc_id",
                pa.string(),
                True,
                "its mention in the latest earlier plan of the organisation; null: none",
            ),
            _f("previous_plan_year", pa.int32(), True, "that plan's year"),
            _f("previous_name", pa.string(), True, "its name as that plan printed it"),
            _f("previous_amount_krw", pa.int64(), True, "its amount there, in won"),
            _f(
                "change_krw",
                pa.int64(),
                True,
                "amount_krw minus previous_amount_krw, where both are given and of one scope",
            ),
        ]
    ),
    "tables": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("table_id", pa.string(), False, "stable id within the document"),
            _f("page", pa.int32(), False, "1-based physical page where the table starts"),
            _f("page_end", pa.int32(), False, "physical page where it ends (a table may run on)"),
            *_bbox_fields(),
            _f("n_rows", pa.int32(), False, "rows of the grid, a repeated header counted once"),
            _f("n_cols", pa.int32(), False, "columns of the grid"),
            _f(
                "unit",
                pa.string(),
                True,
                "unit from the caption above it: (단위 : 백만원) -> 백만원",
            ),
            _f("caption", pa.string(), True, "the line just above the table"),
            _f(
                "kind",
                pa.string(),
                True,
                "domain table it was read into (staffing, budget, …), null if none",
            ),
            _f(
                "parent_table_id",
                pa.string(),
                True,
                "for a table drawn inside a cell of another: that table",
            ),
            _f("parent_row", pa.int32(), True, "row of the parent's cell it is drawn in"),
            _f("parent_col", pa.int32(), True, "column of the parent's cell it is drawn in"),
            _f(
                "note",
                pa.string(),
                True,
                "the date note above it, not its caption: (2024. 12. 31.기준) -> 2024. 12. 31.기준",
            ),
        ]
    ),
    "table_cells": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("table_id", pa.string(), False, "table the cell belongs to"),
            _f("row", pa.int32(), False, "0-based row of the cell's top-left corner"),
            _f("col", pa.int32(), False, "0-based column of the cell's top-left corner"),
            _f("row_span", pa.int32(), False, "rows the cell covers"),
            _f("col_span", pa.int32(), False, "columns the cell covers"),
            _f("page", pa.int32(), False, "physical page of the cell"),
            _f(
                "text",
                pa.string(),
                False,
                "text, normalised, letter-spacing removed, lines joined by a space",
            ),
            _f("text_raw", pa.string(), False, "text as read from the PDF"),
            _f(
                "amount_krw",
                pa.int64(),
                True,
                "the cell's figure in won, exact, where the table has a money unit "
                "((단위: 백만원)) and the cell is one figure (△ negative); else null",
            ),
            _f("x0", pa.float64(), True, "the cell's box on its page: left, PDF points"),
            _f("top", pa.float64(), True, "the cell's box: top, from the page's top"),
            _f("x1", pa.float64(), True, "the cell's box: right"),
            _f("bottom", pa.float64(), True, "the cell's box: bottom"),
        ]
    ),
    "staffing": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("table_id", pa.string(), False, "table it was read from"),
            _f("group", pa.string(), False, "department or grade, as printed"),
            _f("grade", pa.string(), True, "grade column of a unit-by-grade table (3급, 4급 …)"),
            _f("is_total", pa.bool_(), False, "the 계 (total) column or row"),
            _f("quota", pa.int32(), True, "정원: authorised posts"),
            _f("current", pa.int32(), True, "현원: staff in post"),
            _f(
                "row_no",
                pa.int32(),
                False,
                "the row's place among the rows its table gives, from 0; with table_id the row's key",
            ),
        ]
    ),
    "budgets": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("table_id", pa.string(), False, "table it was read from"),
            _f("account", pa.string(), True, "일반회계, 특별회계 or the account named in the row"),
            _f("department", pa.string(), True, "department, as printed"),
            _f("is_total", pa.bool_(), False, "the 계 (total) column or row"),
            _f(
                "year",
                pa.int32(),
                True,
                "budget year, for tables that compare years ('25년 당초예산)",
            ),
            _f(
                "column_label",
                pa.string(),
                True,
                "the column's header as printed, for tables by year",
            ),
            _f("revenue_krw", pa.int64(), True, "세입 in won (table unit applied, △ negative)"),
            _f(
                "expenditure_krw",
                pa.int64(),
                True,
                "세출 in won; a 예산 table by year lists spending budgets",
            ),
            _f(
                "row_no",
                pa.int32(),
                False,
                "the row's place among the rows its table gives, from 0; with table_id the row's key",
            ),
        ]
    ),
    "funds": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("table_id", pa.string(), False, "table it was read from"),
            _f("fund", pa.string(), False, "fund name"),
            _f("balance_start_krw", pa.int64(), True, "balance at the start (조성액), won"),
            _f("revenue_krw", pa.int64(), True, "planned revenue (수입), won"),
            _f("expenditure_krw", pa.int64(), True, "planned expenditure (지출), won"),
            _f("change_krw", pa.int64(), True, "change (증감), won"),
            _f("balance_end_krw", pa.int64(), True, "expected balance at the end (예상액), won"),
            _f(
                "row_no",
                pa.int32(),
                False,
                "the row's place among the rows its table gives, from 0; with table_id the row's key",
            ),
        ]
    ),
    "institutions": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("table_id", pa.string(), False, "table it was read from"),
            _f("name", pa.string(), False, "institution"),
            _f("legal_basis", pa.string(), True, "설립근거"),
            _f("founded", pa.string(), True, "founding date, ISO (YYYY-MM-DD)"),
            _f("founded_raw", pa.string(), True, "founding date as printed"),
            _f("head", pa.string(), True, "대표자 (board size)"),
            _f("organisation", pa.string(), True, "조직 (staff)"),
            _f("budget_krw", pa.int64(), True, "budget in won"),
            _f("functions", pa.string(), True, "주요기능"),
            _f(
                "row_no",
                pa.int32(),
                False,
                "the row's place among the rows its table gives, from 0; with table_id the row's key",
            ),
        ]
    ),
    "glossary": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("table_id", pa.string(), False, "table it was read from"),
            _f("term", pa.string(), False, "the term without its parenthesised alias"),
            _f("alias", pa.string(), True, "English or abbreviated form given in parentheses"),
            _f("definition", pa.string(), False, "definition"),
            _f(
                "row_no",
                pa.int32(),
                False,
                "the row's place among the rows its table gives, from 0; with table_id the row's key",
            ),
        ]
    ),
    "events": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("table_id", pa.string(), False, "table it was read from"),
            _f("month", pa.int32(), True, "month of the schedule row"),
            _f("name", pa.string(), False, "event name"),
            _f("dates_raw", pa.string(), False, "dates as printed (1.17.~21.)"),
            _f("start_date", pa.string(), True, "first day, ISO, in the plan year"),
            _f("end_date", pa.string(), True, "last day, ISO, in the plan year"),
            _f("venue", pa.string(), True, "place"),
            _f(
                "attendance",
                pa.int32(),
                True,
                "expected attendance as a number (3,400여명 -> 3400)",
            ),
            _f("attendance_raw", pa.string(), True, "attendance as printed"),
            _f("description", pa.string(), True, "내용"),
            _f(
                "row_no",
                pa.int32(),
                False,
                "the row's place among the rows its table gives, from 0; with table_id the row's key",
            ),
        ]
    ),
    "investment_plans": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("table_id", pa.string(), False, "table it was read from"),
            _f("project", pa.string(), False, "project (row label, else the table caption)"),
            _f("category", pa.string(), True, "second row label (국비, 지방비 …)"),
            _f("year", pa.int32(), False, "year of the column"),
            _f("amount_krw", pa.int64(), False, "amount in won"),
            _f(
                "row_no",
                pa.int32(),
                False,
                "the row's place among the rows its table gives, from 0; with table_id the row's key",
            ),
        ]
    ),
    "roadmaps": pa.schema(
        [
            _f("doc_id", pa.string(), False, "document the row belongs to"),
            _f("table_id", pa.string(), False, "table it was read from"),
            _f("industry", pa.string(), True, "industry the roadmap is for"),
            _f("category", pa.string(), True, "분류 of the row"),
            _f("goal", pa.string(), True, "목표 of the row"),
            _f("project", pa.string(), False, "project in the bar, (계획) removed"),
            _f("planned", pa.bool_(), False, "marked (계획): planned, not yet funded"),
            _f("first_year", pa.int32(), False, "first year column the bar covers"),
            _f("last_year", pa.int32(), False, "last year column the bar covers"),
            _f("starts_before", pa.bool_(), False, "the first column is ~'23 (up to that year)"),
            _f("runs_on", pa.bool_(), False, "the last column is '29~ (from that year on)"),
            _f(
                "row_no",
                pa.int32(),
                False,
                "the row's place among the rows its table gives, from 0; with table_id the row's key",
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
    "projects": Project,
    "programmes": Programme,
    "tables": TableRow,
    "table_cells": TableCell,
    "staffing": Staffing,
    "budgets": Budget,
    "funds": FundRow,
    "institutions": Institution,
    "glossary": GlossaryEntry,
    "events": Event,
    "investment_plans": InvestmentPlan,
    "roadmaps": RoadmapProject,
    "issues": Issue,
}


def rows_to_table(name: str, rows: list[Any]) -> pa.Table:
    """Given dataclass rows of one output table, return them as a typed Arrow table.

    The rows go through Arrow's JSON reader, with the table's schema given: Arrow
    builds arrays from Python lists only through ``pa.array``, which imports pandas
    (half a second, once a process) to ask whether its input is a pandas object.
    Every field is a scalar: text, an integer, a float or a flag, or null. A float that
    is not a number fails here (JSON has none)."""
    schema = SCHEMAS[name]
    names = [f.name for f in fields(ROW_TYPES[name])]
    assert names == schema.names, f"{name}: dataclass and schema columns differ"
    if not rows:
        return pa.Table.from_batches([], schema=schema)  # (``schema.empty_table`` imports pandas)
    lines = "\n".join(
        json.dumps({n: getattr(r, n) for n in names}, ensure_ascii=False, allow_nan=False)
        for r in rows
    )
    options = pajson.ParseOptions(explicit_schema=schema, unexpected_field_behavior="error")
    read = pajson.read_json(
        pa.BufferReader(lines.encode("utf-8")),
        read_options=pajson.ReadOptions(use_threads=False),
        parse_options=options,
    )
    return pa.Table.from_arrays(read.columns, schema=schema)


# The tables recognisers read from tables: one row per figure of a known kind of table.
DOMAIN_TABLES = (
    "staffing",
    "budgets",
    "funds",
    "institutions",
    "glossary",
    "events",
    "investment_plans",
    "roadmaps",
)
# Keys of the data contract: what identifies a row, and what a column points at.
PRIMARY_KEYS: dict[str, list[str]] = {
    "documents": ["doc_id"],
    "sections": ["doc_id", "section_id"],
    "items": ["doc_id", "item_id"],
    "fundings": ["doc_id", "funding_id"],
    "funding_sources": ["doc_id", "funding_id", "ordinal"],
    "projects": ["doc_id", "project_id"],
    "programmes": ["doc_id", "project_id"],
    "tables": ["doc_id", "table_id"],
    "table_cells": ["doc_id", "table_id", "row", "col"],
    "issues": ["doc_id", "issue_id"],
    **{name: ["doc_id", "table_id", "row_no"] for name in DOMAIN_TABLES},
}
# (table, column) -> (table, column) it refers to; a null points at nothing.
FOREIGN_KEYS: dict[tuple[str, str], tuple[str, str]] = {
    ("sections", "parent_id"): ("sections", "section_id"),
    ("items", "section_id"): ("sections", "section_id"),
    ("items", "parent_item_id"): ("items", "item_id"),
    ("fundings", "item_id"): ("items", "item_id"),
    ("fundings", "section_id"): ("sections", "section_id"),
    ("fundings", "table_id"): ("tables", "table_id"),
    ("funding_sources", "funding_id"): ("fundings", "funding_id"),
    ("fundings", "project_id"): ("projects", "project_id"),
    ("projects", "funding_id"): ("fundings", "funding_id"),
    ("programmes", "project_id"): ("projects", "project_id"),
    ("table_cells", "table_id"): ("tables", "table_id"),
    ("tables", "parent_table_id"): ("tables", "table_id"),
    **{(t, "table_id"): ("tables", "table_id") for t in DOMAIN_TABLES},
    ("issues", "item_id"): ("items", "item_id"),
    ("issues", "section_id"): ("sections", "section_id"),
}
