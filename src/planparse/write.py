"""Write stage: output tables to a dataset directory, atomically.

Everything is written into a temporary directory beside the target, then
renamed into place, so a crash or an error never leaves a half-written dataset.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from planparse.errors import OutputExistsError
from planparse.model import rows_to_table


def check_outdir(outdir: Path, overwrite: bool) -> None:
    """Raise if ``outdir`` may not be written: a file, or a non-empty folder without overwrite."""
    if outdir.exists() and not outdir.is_dir():
        raise OutputExistsError(f"{outdir}: exists and is not a directory")
    if outdir.exists() and any(outdir.iterdir()) and not overwrite:
        raise OutputExistsError(f"{outdir}: directory is not empty (use --overwrite to replace it)")


def write_dataset(tables: dict[str, list[Any]], outdir: Path, overwrite: bool = False) -> None:
    """Write each table as ``<name>.parquet`` into ``outdir``, replacing it atomically."""
    outdir = outdir.resolve()
    check_outdir(outdir, overwrite)
    outdir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=outdir.parent))
    try:
        for name, rows in tables.items():
            pq.write_table(rows_to_table(name, rows), staging / f"{name}.parquet")
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
