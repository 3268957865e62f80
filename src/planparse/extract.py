"""The pipeline: a PDF path in, an :class:`ExtractResult` with every stage's output out."""

from __future__ import annotations

import functools
import hashlib
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from planparse.errors import UnreadablePdfError
from planparse.layout.lines import PageLines, fill_printed_pages, mark_running_lines, read_pages
from planparse.money.government import (
    education_office_named,
    issuing_government,
    type_own_sources,
)
from planparse.money.lines import items_to_fundings
from planparse.money.projects import projects_of
from planparse.money.provenance import Hint, locate_fundings
from planparse.outline.anchors import check_contents
from planparse.outline.contents import (
    TocEntry,
    content_start,
    find_toc_page,
    parse_toc,
    read_cover,
    read_organisation_chart,
)
from planparse.outline.tree import Tree, lines_to_tree, section_at
from planparse.output.model import (
    Document,
    Funding,
    FundingSource,
    Issue,
    Item,
    Programme,
    Project,
    Section,
    TableCell,
    TableRow,
)
from planparse.read.integrity import Damage, find_damage
from planparse.read.seam import DEFAULT_READER, REPAIRS, open_reader, valid_text
from planparse.series.link import document_series
from planparse.settings import DEFAULT, Settings
from planparse.tables.assemble import Cell, Table, pages_to_tables
from planparse.tables.boxgrids import attach_grids
from planparse.tables.recognise import cell_amount, recognise_tables
from planparse.version import __version__


@dataclass
class ExtractResult:
    """Everything one extraction produced, stage by stage, for writing or inspection."""

    document: Document
    pages: list[PageLines]
    toc: list[TocEntry]
    sections: list[Section]
    items: list[Item]
    fundings: list[Funding]
    funding_sources: list[FundingSource]
    issues: list[Issue]
    tables: list[TableRow] = field(default_factory=list)
    table_cells: list[TableCell] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    programmes: list[Programme] = field(default_factory=list)
    domain: dict[str, list] = field(default_factory=dict)
    money_lines: int = 0
    money_lines_parsed: int = 0
    seconds: float = 0.0

    def table_rows(self) -> dict[str, list]:
        """Return the rows of every output table, by table name."""
        return {
            "documents": [self.document],
            "sections": self.sections,
            "items": self.items,
            "fundings": self.fundings,
            "funding_sources": self.funding_sources,
            "projects": self.projects,
            "programmes": self.programmes,
            "tables": self.tables,
            "table_cells": self.table_cells,
            **self.domain,
            "issues": self.issues,
        }


def programmes_alone(
    doc_id: str,
    organisation: str | None,
    year: int | None,
    source_name: str,
    projects: list[Project],
    fundings: list[Funding],
) -> list[Programme]:
    """The document's programmes as if it were its organisation's only one: each project's
    series id set, and a row each (the corpus step links them across documents)."""
    document = {
        "doc_id": doc_id, "organisation": organisation, "plan_year": year,
        "source_name": source_name,
    }  # fmt: skip
    fields = ("doc_id", "funding_id", "scope", "scope_year", "page", "project", "project_id")
    ids, rows = document_series(
        document,
        [
            {
                "doc_id": p.doc_id,
                "project_id": p.project_id,
                "name": p.name,
                "kind": p.kind,
                "funding_id": p.funding_id,
                "amount_krw": p.amount_krw,
                "start_year": p.start_year,
                "end_year": p.end_year,
                "sources": p.sources,
            }
            for p in projects
        ],  # fmt: skip
        [{**{k: getattr(f, k) for k in fields}, "superseded": f.superseded} for f in fundings],
    )
    for p in projects:
        p.series_id = ids.get(p.project_id)
    return rows


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def funding_hints(fundings: list[Funding], tree: Tree, tables: list[Table]) -> dict[str, Hint]:
    """Where each funding record came from: the top-left of its item, title or table."""
    items = {i.item_id: i for i in tree.items}
    sections = {s.section_id: s for s in tree.sections}
    by_table = {t.table_id: t for t in tables}
    hints = {}
    for f in fundings:
        origin = (
            items.get(f.item_id or "")
            or by_table.get(f.table_id or "")
            or sections.get(f.section_id or "")
        )
        if origin is not None:
            hints[f.funding_id] = Hint(f.page, origin.x0, origin.top)
    return hints


def number_rows(rows: list[Any]) -> list[Any]:
    """Give each domain row its place among its table's rows (``row_no``, from 0)."""
    seen: Counter[str] = Counter()
    for row in rows:
        row.row_no = seen[row.table_id]
        seen[row.table_id] += 1
    return rows


def table_row(doc_id: str, t: Table) -> TableRow:
    return TableRow(
        doc_id=doc_id,
        table_id=t.table_id,
        page=t.page,
        page_end=t.page_end,
        x0=round(t.x0, 2),
        top=round(t.top, 2),
        x1=round(t.x1, 2),
        bottom=round(t.bottom, 2),
        n_rows=t.n_rows,
        n_cols=t.n_cols,
        unit=t.unit,
        caption=t.caption,
        kind=t.kind,
        parent_table_id=t.parent.table_id if t.parent else None,
        parent_row=t.parent_row,
        parent_col=t.parent_col,
        note=t.note,
    )


def table_cell(doc_id: str, t: Table, c: Cell) -> TableCell:
    x0, top, x1, bottom = c.box or (None, None, None, None)
    return TableCell(
        doc_id=doc_id,
        table_id=t.table_id,
        row=c.row,
        col=c.col,
        row_span=c.row_span,
        col_span=c.col_span,
        page=c.page,
        text=c.text,
        text_raw=c.text_raw,
        amount_krw=cell_amount(c.text, t.unit, t, c.row, c.col),
        x0=x0,
        top=top,
        x1=x1,
        bottom=bottom,
    )


NOT_A_LABEL_RE = regex.compile(r"[\d(:]")  # a figure, a bracket or a colon


def industry_before(table: Table, items: list[Item]) -> str | None:
    """The short label printed before a roadmap ("신재생에너지"): the industry it is for."""
    label = None
    for item in items:
        if (item.page, item.top) >= (table.page, table.top):
            break
        if not item.marker and len(item.text) <= 14 and not NOT_A_LABEL_RE.search(item.text):
            label = item.text
    return label


def project_around(table: Table, sections: list[Section]) -> str | None:
    """The 현안 block or task a table sits in: the project its investment plan is for."""
    by_id = {s.section_id: s for s in sections}
    section = section_at(sections, table.page, table.top)
    while section is not None:
        if section.kind in ("issue", "task"):
            return section.title
        section = by_id.get(section.parent_id or "")
    return None


def damage_issues(doc_id: str, pages: list[PageLines], damage: list[Damage]) -> list[Issue]:
    """An issue for each page the reader could not read, each repair the reader seam made
    (``read.seam.REPAIRS``) and each damaged part of the file (``read.integrity``)."""
    issues = []
    for page in pages:
        if page.unreadable:
            message = f"page could not be read ({page.unreadable}): nothing of it is in the output"
            issues.append(
                Issue.of(doc_id, "page_unreadable", message, severity="error", page=page.number)
            )
        for code, count in sorted(page.repairs.items()):
            message = f"{count} {REPAIRS[code]}"
            issues.append(Issue.of(doc_id, code, message, page=page.number))
    for part in damage:
        message = f"the PDF is damaged: {part.what}"
        issues.append(Issue.of(doc_id, "pdf_damaged", message, severity="error", page=part.page))
    return issues


def extract(
    path: Path,
    on_page: Callable[[int, int], None] | None = None,
    password: str | None = None,
    reader: str = DEFAULT_READER,
    settings: Settings = DEFAULT,
    organisation: str | None = None,
    plan_year: int | None = None,
) -> ExtractResult:
    """Run every stage on one PDF, read with the named reader (``read.seam.READERS``),
    each stage with its part of ``settings``. ``on_page(done, total)`` is called after
    each page. ``organisation`` and ``plan_year``, where given, are whose plan it is and
    for which year, in place of what the cover says."""
    started = time.perf_counter()
    pdf = open_reader(path, password, reader)
    doc_id = sha256_file(path)
    try:
        total = pdf.page_count
        progress = (lambda n: on_page(n, total)) if on_page else None
        grids = functools.partial(attach_grids, settings=settings.tables)
        pages = list(read_pages(pdf, progress, per_page=grids, settings=settings.layout))
    finally:
        pdf.close()
    if all(p.unreadable for p in pages):
        raise UnreadablePdfError(
            f"{path}: cannot read the PDF (no page can be read; page 1: {pages[0].unreadable})"
        )
    damage = find_damage(path, total, password)
    fill_printed_pages(pages)
    mark_running_lines(pages, settings.layout)
    toc_page = find_toc_page(pages)
    toc = parse_toc(toc_page) if toc_page else []
    tree = lines_to_tree(doc_id, pages, content_start(pages, toc_page), toc, settings.outline)
    title, cover_organisation, cover_year = read_cover(pages)
    organisation = (
        organisation
        or cover_organisation
        or read_organisation_chart(pages)
        or education_office_named(pages)  # a booklet whose cover is an image
    )
    year = plan_year or cover_year
    tables = pages_to_tables(pages, settings.tables)
    money = items_to_fundings(doc_id, tree.items, tree.sections, tables, pages, tree.framed)
    locate_fundings(money.fundings, pages, funding_hints(money.fundings, tree, tables))
    type_own_sources(money.sources, issuing_government(pages, organisation, title))
    recognised = recognise_tables(
        doc_id,
        tables,
        year,
        industry_of=lambda t: industry_before(t, tree.items),
        project_of=lambda t: project_around(t, tree.sections),
    )
    issues = (
        tree.issues
        + check_contents(toc, tree.toc_found, tree.sections, doc_id)
        + money.issues
        + recognised.issues
    )
    issues += [
        Issue.of(
            doc_id,
            "page_without_text",
            "page has no text layer (blank, or an image only)",
            severity="info",
            page=p.number,
        )
        for p in pages
        if p.char_count == 0 and not p.unreadable
    ]
    issues += damage_issues(doc_id, pages, damage)
    for n, issue in enumerate(issues, 1):
        issue.issue_id = f"q{n:04d}"
    projects = projects_of(
        doc_id, organisation, money.fundings, money.sources, tree.sections, year, money.headings
    )
    programmes = programmes_alone(doc_id, organisation, year, path.name, projects, money.fundings)
    document = Document(
        doc_id=doc_id,
        source_name=valid_text(path.name)[0],
        title=title,
        organisation=organisation,
        plan_year=year,
        page_count=total,
        parser_version=__version__,
    )
    return ExtractResult(
        document=document,
        pages=pages,
        toc=toc,
        sections=tree.sections,
        items=tree.items,
        fundings=money.fundings,
        funding_sources=money.sources,
        projects=projects,
        programmes=programmes,
        issues=issues,
        tables=[table_row(doc_id, t) for t in tables],
        table_cells=[table_cell(doc_id, t, c) for t in tables for c in t.cells],
        domain={name: number_rows(rows) for name, rows in recognised.rows.items()},
        money_lines=money.money_lines,
        money_lines_parsed=money.parsed_lines,
        seconds=time.perf_counter() - started,
    )
