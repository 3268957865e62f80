"""Command line: a thin click layer over the library."""

from __future__ import annotations

import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import click

from planparse import corrections
from planparse.corpus import EXECUTORS, Outcome, Progress, Source, collect_less, run
from planparse.errors import PlanparseError
from planparse.grammar import Funding, find_fundings
from planparse.output.contract import write_schemas
from planparse.output.dataset import FORMATS, Dataset, is_uri
from planparse.output.export import EXPORTS, export
from planparse.output.model import DAMAGE_CODES, damaged_pages
from planparse.output.validate import validate
from planparse.read.seam import DEFAULT_READER, READERS
from planparse.review import SCALE as REVIEW_SCALE
from planparse.review import build_review
from planparse.series import link_dataset, suggest_links
from planparse.serve import serve as serve_review
from planparse.version import __version__
from planparse.workers import MAX_MEMORY_MB, TIMEOUT_BASE, TIMEOUT_PER_PAGE, Limits

PROGRESS_EVERY = 10.0  # seconds between progress lines where there is no terminal


class BarProgress(Progress):
    """One progress bar on stderr over all pages of all documents, labelled with the
    document now being read."""

    def __init__(self) -> None:
        self.bar: Any = None

    def start(self, total_pages: int, documents: int) -> None:
        if documents:
            self.bar = click.progressbar(
                length=max(total_pages, 1), label="pages", file=sys.stderr, show_pos=True
            )
            self.bar.__enter__()

    def pages(self, source: Source, done: int) -> None:
        if self.bar is not None:
            name = source.name
            self.bar.label = name if len(name) <= 40 else name[:37] + "..."
            self.bar.update(done)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


class LineProgress(Progress):
    """Without a terminal (CI, nohup, a log file): a line every ``every`` seconds, and at
    the end, with documents and pages done of all, failures and the time left."""

    def __init__(self, every: float = PROGRESS_EVERY) -> None:
        self.every = every
        self.total_pages = self.documents = self.pages_done = 0
        self.finished = 0
        self.failed = 0
        self.said: tuple[int, int, int] | None = None  # what the last line said
        self.started = self.last = 0.0

    def start(self, total_pages: int, documents: int) -> None:
        self.total_pages, self.documents = total_pages, documents
        self.started = self.last = time.monotonic()

    def pages(self, source: Source, done: int) -> None:
        self.pages_done += done
        if self.pages_done >= self.total_pages or time.monotonic() - self.last >= self.every:
            self.say()

    def document(self, failed: bool) -> None:
        self.finished += 1
        self.failed += failed

    def say(self) -> None:
        self.said = (self.finished, self.pages_done, self.failed)
        self.last = time.monotonic()
        elapsed = self.last - self.started
        share = self.pages_done / self.total_pages if self.total_pages else 1.0
        left = elapsed * (1 - share) / share if share else 0.0
        click.echo(
            f"progress: {self.finished}/{self.documents} documents, "
            f"{self.pages_done}/{self.total_pages} pages, {self.failed} failed, "
            f"{elapsed:.0f} s, about {left:.0f} s left",
            err=True,
        )

    def close(self) -> None:
        if self.documents and self.said != (self.finished, self.pages_done, self.failed):
            self.say()  # the last count, unless the line before said it


def progress_for(stream: Any) -> Progress:
    """A bar where a person watches (a terminal), lines every few seconds elsewhere."""
    return BarProgress() if stream.isatty() else LineProgress()


def damage_line(outcome: Outcome) -> str | None:
    """One line on a document extracted from a damaged PDF: which pages lost content."""
    issues = (outcome.rows or {}).get("issues", [])
    damage = [i for i in issues if i.code in DAMAGE_CODES]
    if not damage:
        return None
    pages = [p for p in damaged_pages(issues) if p]
    where = f"pages {', '.join(map(str, pages))}" if pages else "the file as a whole"
    return (
        f"{outcome.location}: the PDF is damaged ({where}); what could be read is in the "
        f"dataset, the {len(damage)} damaged parts are in issues (code {damage[0].code}, …)"
    )


def document_line(outcome: Outcome) -> str:
    """One line on a document just extracted: what it is and how much was read."""
    rows = outcome.rows or {}
    [doc] = rows["documents"]
    kinds = Counter(s.kind for s in rows["sections"])
    order = ["chapter", "appendix", "strategy", "task", "issue", "heading"]
    kinds_text = ", ".join(f"{kinds[kind]} {kind}" for kind in order if kinds[kind])
    return (
        f"{doc.source_name}: {doc.title or '(untitled)'}"
        + (f" — {doc.organisation}" if doc.organisation else "")
        + f"; {doc.page_count} pages, {len(rows['sections'])} sections ({kinds_text}), "
        f"{len(rows['fundings'])} fundings, {len(rows['tables'])} tables, "
        f"{len(rows['issues'])} issues, {outcome.seconds:.1f} s"
    )


@click.group()
@click.version_option(__version__, prog_name="planparse")
def main() -> None:
    """Turn Korean public-sector work plan PDFs (주요업무계획) into typed tables."""


@main.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--out",
    required=True,
    help="The dataset: a folder (or a URI, s3://…) with a folder per table and a manifest.json.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Documents extracted at once by the local executor [default: the number of cores].",
)
@click.option(
    "--executor",
    type=click.Choice(EXECUTORS),
    default="local",
    show_default=True,
    help="local: a process pool on this machine; ray: Ray tasks (RAY_ADDRESS, else a local Ray).",
)
@click.option("--force", is_flag=True, help="Extract again documents already in the dataset.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="File format of a new dataset's tables [default: parquet, which keeps the types].",
)
@click.option("--password", default=None, help="Password of encrypted PDFs.")
@click.option(
    "--reader",
    type=click.Choice(READERS),
    default=DEFAULT_READER,
    show_default=True,
    help="PDF engine: pdfium (fast, C++) or pdfplumber (pdfminer.six, pure Python); "
    "both give the same dataset.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Seconds one document may take before it fails "
    f"[default: {TIMEOUT_BASE:.0f} + {TIMEOUT_PER_PAGE:.0f} a page].",
)
@click.option(
    "--max-memory",
    type=click.IntRange(min=1),
    default=MAX_MEMORY_MB,
    show_default=True,
    help="MB of memory one document's worker may use before the document fails.",
)
@click.option(
    "--organisation",
    default=None,
    help="Whose plans these are (the organisation's name as you want it in the dataset), for "
    "every document, in place of what the covers say; per document: a planparse.json beside "
    "the PDFs (README).",
)
@click.option(
    "--plan-year",
    type=click.IntRange(min=1901, max=2199),
    default=None,
    help="The year the plans are for, in place of what the covers say.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def extract_command(
    inputs: tuple[str, ...],
    out: str,
    jobs: int | None,
    executor: str,
    force: bool,
    fmt: str | None,
    password: str | None,
    reader: str,
    timeout: float | None,
    max_memory: int,
    organisation: str | None,
    plan_year: int | None,
    quiet: bool,
) -> None:
    """Extract PDFs (files, or folders searched for *.pdf) into the dataset OUT.

    Documents already in the dataset (same sha256) are skipped; a run stopped at
    any point is completed by running it again. Exits 1 if a document failed
    (its reason is in the manifest).

    \b
    Example:
        planparse extract report.pdf -o out/
        planparse extract plans/ more/plan.pdf -o dataset/ -j 4
        planparse extract report.pdf -o out-csv/ --format csv
        RAY_ADDRESS=ray://head:10001 planparse extract s3://bucket/plans/ -o s3://bucket/dataset/ --executor ray
    """
    try:
        summary = run(
            list(inputs),
            out,
            jobs=jobs,
            executor=executor,
            force=force,
            fmt=fmt,
            password=password,
            progress=None if quiet else progress_for(sys.stderr),
            reader=reader,
            limits=Limits(timeout, max_memory),
            organisation=organisation,
            plan_year=plan_year,
        )
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"{out}: cannot write the dataset ({exc})") from None
    for outcome in summary.failed:
        click.echo(f"Error: {outcome.reason}", err=True)
    for outcome in summary.extracted:
        warning = damage_line(outcome)
        if warning:
            click.echo(f"Warning: {warning}", err=True)
    if summary.series is not None:
        for stale in summary.series.stale:
            click.echo(f"Warning: series.csv: {stale}", err=True)
    if summary.corrections is not None:
        for stale in summary.corrections.stale:
            click.echo(f"Warning: corrections: stale, not applied: {stale}", err=True)
    if not quiet:
        for outcome in summary.extracted:
            click.echo(document_line(outcome), err=True)
        click.echo(f"{summary.text()}; dataset {out}", err=True)
        if summary.series is not None:
            click.echo(summary.series.text(), err=True)
    if summary.failed:
        sys.exit(1)


@main.command("export")
@click.argument("dataset")
@click.option(
    "--to", "to", type=click.Choice(EXPORTS), required=True,
    help="xlsx: a workbook, a sheet per table and a README sheet; csv: a folder of UTF-8 "
    "CSV files with a BOM (Excel opens them as written); parquet: a folder, a file per "
    "table; duckdb: a database file with a table each and the joined views.",
)  # fmt: skip
@click.option("-o", "--out", required=True, help="The file (xlsx, duckdb) or folder to write.")
def export_command(dataset: str, to: str, out: str) -> None:
    """Write DATASET's tables, every document's rows together, as one workbook, one
    folder of CSV or Parquet files, or one DuckDB database.

    \b
    Example:
        planparse export dataset/ --to xlsx -o plans.xlsx
        planparse export dataset/ --to duckdb -o plans.duckdb
    """
    try:
        rows = export(dataset, to, out)
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{out}: {len(rows)} tables, {sum(rows.values())} rows", err=True)


@main.group("corrections")
def corrections_group() -> None:
    """What people said of records in review (DATASET/corrections.jsonl).

    \b
    Example:
        planparse corrections apply dataset/
        planparse corrections golden dataset/ -o gold/
    """


@corrections_group.command("apply")
@click.argument("dataset")
def corrections_apply(dataset: str) -> None:
    """Apply DATASET's corrections again (extract does it after every run); a correction
    whose record no longer matches what was reviewed is reported stale, not applied."""
    try:
        with Dataset.writing(dataset) as opened:
            applied = corrections.apply(opened)
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    for stale in applied.stale:
        click.echo(f"Warning: stale, not applied: {stale}", err=True)
    click.echo(applied.text(), err=True)


@corrections_group.command("golden")
@click.argument("dataset")
@click.option("-o", "--out", required=True, type=click.Path(path_type=Path), help="A folder.")
def corrections_golden(dataset: str, out: Path) -> None:
    """Write the records people confirmed or corrected as golden rows: one JSONL file per
    document (OUT/<pdf name>.jsonl), to grow the test gold from review."""
    try:
        rows = corrections.golden_rows(Dataset.open(dataset))
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    out.mkdir(parents=True, exist_ok=True)
    for name, records in rows.items():
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        (out / f"{Path(name).stem}.jsonl").write_text(text, encoding="utf-8")
    click.echo(f"{out}: {sum(len(r) for r in rows.values())} reviewed records", err=True)


@main.command("series")
@click.argument("dataset")
@click.option(
    "--crosswalk",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="The team's links and splits (CSV: project_id,series_id[,doc_id][,note]) "
    "[default: series.csv beside the manifest, if there is one].",
)
@click.option(
    "--fresh",
    is_flag=True,
    help="Link from scratch, forgetting the ids given before (ids then may change).",
)
@click.option(
    "--suggest",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Print (CSV, crosswalk format) up to N links the rules did not make, closest "
    "first, for a person to keep or drop; change nothing.",
)
def series_command(dataset: str, crosswalk: Path | None, fresh: bool, suggest: int | None) -> None:
    """Link each organisation's projects across the documents of DATASET into programmes
    (projects.series_id, the programmes table), applying the crosswalk. Extract runs it
    after every run; run it again after editing series.csv.

    \b
    Example:
        planparse series dataset/
        planparse series dataset/ --crosswalk my-links.csv
        planparse series dataset/ --suggest 20 > candidates.csv
    """
    if suggest is not None:
        print_suggestions(dataset, suggest)
        return
    try:
        with Dataset.writing(dataset) as opened:
            if not opened.documents:
                raise click.ClickException(f"{dataset}: the dataset has no document")
            report = link_dataset(opened, crosswalk, fresh=fresh)
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    for stale in report.stale:
        click.echo(f"Warning: crosswalk: {stale}", err=True)
    click.echo(report.text(), err=True)


def print_suggestions(dataset: str, limit: int) -> None:
    """The links the rules did not make, as crosswalk lines on stdout."""
    try:
        found = suggest_links(Dataset.open(dataset), limit)
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["project_id", "series_id", "doc_id", "note"])
    for s in found:
        out.writerow([s.project_id, s.series_id, s.doc_id, s.note])
    links = len({s.link for s in found})
    click.echo(
        f"{links} suggested link(s) in {len(found)} line(s): keep the lines you agree with "
        "in series.csv, then run planparse series",
        err=True,
    )


@main.command("parse-line")
@click.argument("text")
def parse_line_command(text: str) -> None:
    """Print the funding expressions in TEXT as JSON, for debugging a new report.

    \b
    Example:
        planparse parse-line "▹’24～’28, 170억원(국105, 시50, 민15)"
    """
    click.echo(
        json.dumps([funding_to_json(f) for f in find_fundings(text)], ensure_ascii=False, indent=2)
    )


def funding_to_json(funding: Funding) -> dict[str, Any]:
    """A parsed expression as plain JSON values (amounts as exact integers or decimal strings)."""
    period, money = funding.period, funding.money
    return {
        "raw": funding.raw,
        "project": funding.prefix or None,
        "kind": funding.kind,
        "period": None
        if period is None
        else {
            "raw": period.raw,
            "source": funding.period_source,
            "start_year": period.start_year,
            "start_month": period.start_month,
            "end_year": period.end_year,
            "end_month": period.end_month,
            "ongoing": period.ongoing,
        },
        "amount": {
            "raw": money.raw,
            "figure": str(money.value),
            "unit": money.unit,
            "currency": money.currency,
            "amount": None if money.amount is None else str(money.amount),
            "amount_krw": money.amount_krw,
            "low": None if money.low is None else str(money.low),
            "high": None if money.high is None else str(money.high),
            "per_year": money.per_year,
        },
        "superseded": funding.superseded,
        "sources": [
            {
                "source_raw": s.source_raw,
                "source": s.source,
                "kind": s.kind,
                "amount": None if s.amount is None else str(s.amount),
                "amount_krw": s.amount_krw,
            }
            for s in funding.sources
        ],
        "year_share": None
        if funding.year_share is None
        else {
            "year": funding.year_share[0].start_year,
            "amount_krw": funding.year_share[1].amount_krw,
        },
        "sum_check": funding.sum_check,
    }


@main.command("schema")
@click.option(
    "--write",
    "folder",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder to write one Frictionless Table Schema (JSON) per table into.",
)
def schema_command(folder: Path) -> None:
    """Write the data contract as Frictionless Table Schema files, generated from the code.

    \b
    Example:
        planparse schema --write schemas/
    """
    for path in write_schemas(folder):
        click.echo(path, err=True)


@main.command("review")
@click.argument("dataset")
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder to write the site into [default: DATASET/review].",
)
@click.option("--doc", default=None, help="Only this document: its file name, stem or doc_id.")
@click.option(
    "--pdf",
    "pdf_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Folder holding the PDFs by file name [default: the source paths in the manifest].",
)
@click.option(
    "--serve",
    is_flag=True,
    help="Serve the review as a local web app (127.0.0.1): search, sort, and mark records "
    "right, wrong or corrected; every action is kept in DATASET/corrections.jsonl.",
)
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
@click.option("--who", default=None, help="Your name, recorded with each correction.")
@click.option(
    "--scale",
    type=click.FloatRange(0.25, 4.0),
    default=REVIEW_SCALE,
    show_default=True,
    help="Page images at this many times 72 dpi (1.5: 893 px wide for A4; 0.75 a quarter "
    "of the bytes).",
)
def review_command(
    dataset: str,
    out: Path | None,
    doc: str | None,
    pdf_dir: Path | None,
    serve: bool,
    port: int,
    who: str | None,
    scale: float,
) -> None:
    """Write a review site: every PDF page as an image with a box on each record, beside
    the document's funding records. Opens from disk, offline (index.html). With --serve,
    a local app that certifies the dataset: corrections that stick across extractions.

    \b
    Example:
        planparse review out/
        planparse review dataset/ -o review/ --doc advanced-industry-bureau --pdf plans/
        planparse review dataset/ --serve --who kim
    """
    if serve:
        try:
            server = serve_review(dataset, port, who, pdf_dir, scale)
        except (PlanparseError, OSError) as exc:
            raise click.ClickException(f"{dataset}: cannot serve ({exc})") from None
        click.echo(
            f"review of {dataset} at http://127.0.0.1:{port}/records (Ctrl-C stops)", err=True
        )
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
        return
    if out is None:
        if is_uri(dataset):
            raise click.ClickException("a dataset at a URI needs -o DIR, a local folder")
        out = Path(dataset) / "review"
    try:
        written = build_review(dataset, out, doc, pdf_dir, scale)
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"{len(written) - 2} document pages, an index and the programmes: {written[0]}",
        err=True,
    )


@main.command("validate")
@click.argument("dataset")
@click.option(
    "--golden",
    "golden",
    type=click.Path(path_type=Path),
    default=None,
    help="Golden files to compare with: a folder of <table>.jsonl for one document, or a "
    "folder of such folders (each document found by the doc_id in its documents.jsonl).",
)
def validate_command(dataset: str, golden: Path | None) -> None:
    """Check a dataset against the contract and, with --golden, against golden files.

    Exits 1 if anything differs: schema, keys, or rows added, removed or changed.

    \b
    Example:
        planparse validate out/ --golden samples/busan-2025/golden
        planparse validate dataset/ --golden samples/
    """
    try:
        report = validate(dataset, golden)
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(report.text())
    if not report.ok:
        sys.exit(1)


def entry() -> None:
    """The ``planparse`` command: ``main`` in a process of its own, its collector tuned."""
    collect_less()
    main()


if __name__ == "__main__":
    entry()
