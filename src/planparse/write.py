"""Write stage: output tables to a dataset directory, atomically, with a manifest.

Everything is written into a temporary directory beside the target, then
renamed into place, so a crash or an error never leaves a half-written dataset.
Parquet keeps the contract's types; CSV and JSON Lines are for quick looks.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from planparse import __version__
from planparse.errors import OutputExistsError
from planparse.model import SCHEMA_VERSION, rows_to_table

FORMATS = ("parquet", "csv", "jsonl")


def check_outdir(outdir: Path, overwrite: bool) -> None:
    """Raise if ``outdir`` may not be written: a file, or a non-empty folder without overwrite."""
    if outdir.exists() and not outdir.is_dir():
        raise OutputExistsError(f"{outdir}: exists and is not a directory")
    if outdir.exists() and any(outdir.iterdir()) and not overwrite:
        raise OutputExistsError(f"{outdir}: directory is not empty (use --overwrite to replace it)")


def write_table(name: str, rows: list[Any], folder: Path, fmt: str) -> int:
    """Write one table in the given format; return its row count."""
    table = rows_to_table(name, rows)
    if fmt == "parquet":
        pq.write_table(table, folder / f"{name}.parquet")
    elif fmt == "csv":
        pacsv.write_csv(table, folder / f"{name}.csv")
    else:
        with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for row in table.to_pylist():
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return table.num_rows


def write_dataset(
    tables: dict[str, list[Any]],
    outdir: Path,
    overwrite: bool = False,
    fmt: str = "parquet",
    manifest: dict[str, Any] | None = None,
) -> None:
    """Write each table as ``<name>.<fmt>`` plus ``manifest.json`` into ``outdir``, atomically."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    outdir = outdir.resolve()
    check_outdir(outdir, overwrite)
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        counts = {name: write_table(name, rows, staging, fmt) for name, rows in tables.items()}
        info = {
            **(manifest or {}),
            "format": fmt,
            "schema_version": SCHEMA_VERSION,
            "parser_version": __version__,
            "tables": {name: {"file": f"{name}.{fmt}", "rows": n} for name, n in counts.items()},
        }
        (staging / "manifest.json").write_text(
            json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        if outdir.exists():
            retired = outdir.with_name(f".{outdir.name}.old-{staging.name[-8:]}")
            outdir.rename(retired)
            staging.rename(outdir)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            staging.rename(outdir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
