"""Command line: a thin click layer over the library."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click

from planparse import __version__
from planparse.errors import PlanparseError
from planparse.extract import ExtractResult, extract
from planparse.write import check_outdir, write_dataset


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
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def extract_command(report: Path, outdir: Path, overwrite: bool, quiet: bool) -> None:
    """Extract REPORT.pdf into a dataset of Parquet tables in OUTDIR.

    \b
    Example:
        planparse extract report.pdf -o out/
    """
    try:
        check_outdir(outdir, overwrite)  # before the slow part, not only when writing
        progress = None if quiet else PageProgress()
        try:
            result = extract(report, on_page=progress)
        finally:
            if progress is not None:
                progress.close()
        write_dataset(result.table_rows(), outdir, overwrite=overwrite)
    except PlanparseError as exc:
        raise click.ClickException(str(exc)) from None
    if not quiet:
        for line in summary_lines(result, outdir):
            click.echo(line, err=True)
