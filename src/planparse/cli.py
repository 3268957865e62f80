"""Command line: a thin click layer over the library."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

from planparse import __version__
from planparse.contract import write_schemas
from planparse.errors import PlanparseError
from planparse.extract import ExtractResult, extract
from planparse.grammar import Funding, find_fundings
from planparse.validate import validate
from planparse.write import FORMATS, check_outdir, write_dataset


class PageProgress:
    """A progress bar on stderr, started at the first page so errors before it print alone."""

    def __init__(self) -> None:
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(
                length=total, label="pages", file=sys.stderr, show_pos=True
            )
            self.bar.__enter__()
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def summary_lines(result: ExtractResult, outdir: Path) -> list[str]:
    """Return the one-screen summary printed after an extraction."""
    kinds = Counter(s.kind for s in result.sections)
    severities = Counter(i.severity for i in result.issues)
    doc = result.document
    order = ["chapter", "appendix", "strategy", "task", "issue", "heading"]
    kinds_text = ", ".join(f"{kind} {kinds[kind]}" for kind in order if kinds[kind])
    return [
        f"{doc.source_name}: {doc.title or '(untitled)'}"
        + (f" — {doc.organisation}" if doc.organisation else ""),
        f"  pages     {doc.page_count}",
        f"  sections  {len(result.sections)} ({kinds_text})",
        f"  items     {len(result.items)}",
        f"  fundings  {len(result.fundings)} from {result.money_lines} money lines: "
        f"{result.money_lines_parsed} parsed, {result.money_lines - result.money_lines_parsed} not"
        + (" (see issues)" if result.money_lines > result.money_lines_parsed else ""),
        f"  issues    {len(result.issues)}"
        + (
            f" ({', '.join(f'{n} {s}' for s, n in sorted(severities.items()))})"
            if result.issues
            else ""
        ),
        f"  seconds   {result.seconds:.1f}",
        f"  written   {outdir}",
    ]


@click.group()
@click.version_option(__version__, prog_name="planparse")
def main() -> None:
    """Turn Korean public-sector work plan PDFs (주요업무계획) into typed tables."""


@main.command("extract")
@click.argument("report", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    "outdir",
    required=True,
    type=click.Path(path_type=Path),
    help="Output directory for the dataset (one Parquet file per table).",
)
@click.option("--overwrite", is_flag=True, help="Replace the output directory if it has files.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="parquet",
    show_default=True,
    help="File format of the tables (Parquet keeps the contract's types).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def extract_command(report: Path, outdir: Path, overwrite: bool, fmt: str, quiet: bool) -> None:
    """Extract REPORT.pdf into a dataset of tables in OUTDIR, with a manifest.json.

    \b
    Example:
        planparse extract report.pdf -o out/
        planparse extract report.pdf -o out-csv/ --format csv
    """
    try:
        check_outdir(outdir, overwrite)  # before the slow part, not only when writing
        progress = None if quiet else PageProgress()
        try:
            result = extract(report, on_page=progress)
        finally:
            if progress is not None:
                progress.close()
        doc = result.document
        manifest = {"doc_id": doc.doc_id, "source_name": doc.source_name, "sha256": doc.doc_id}
        write_dataset(result.table_rows(), outdir, overwrite=overwrite, fmt=fmt, manifest=manifest)
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    if not quiet:
        for line in summary_lines(result, outdir):
            click.echo(line, err=True)


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


@main.command("validate")
@click.argument("outdir", type=click.Path(path_type=Path))
@click.option(
    "--golden",
    "golden",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of golden <table>.jsonl files to compare with.",
)
def validate_command(outdir: Path, golden: Path | None) -> None:
    """Check a dataset against the contract and, with --golden, against golden files.

    Exits 1 if anything differs: schema, keys, or rows added, removed or changed.

    \b
    Example:
        planparse validate out/ --golden samples/busan-2025/golden
    """
    try:
        report = validate(outdir, golden)
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(report.text())
    if not report.ok:
        sys.exit(1)
