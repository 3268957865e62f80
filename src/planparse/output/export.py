"""A dataset as one file (or one folder) a team opens elsewhere: Excel, CSV, Parquet, DuckDB.

Every table holds every document's rows. CSV is UTF-8 with a byte-order mark, so Korean
Excel opens it as written; the Excel workbook has a sheet per table and a ``README``
sheet with every column's description from the data contract (``output/model.py``); the
DuckDB file holds a table each and the joined views of ``planparse.connect``. The file is
written to a temporary name and moved into place: never half a file.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from planparse.errors import PlanparseError
from planparse.output.model import SCHEMAS
from planparse.output.views import JOINED_VIEWS

EXPORTS = ("xlsx", "csv", "parquet", "duckdb")
BOM = b"\xef\xbb\xbf"  # UTF-8's byte-order mark: Excel reads the file as UTF-8
EXCEL_ROWS = 1_048_575  # rows a sheet holds below its header


def column_notes() -> list[tuple[str, str, str, str]]:
    """(table, column, type, description) of every column of the contract."""
    return [
        (name, f.name, str(f.type), f.metadata[b"description"].decode("utf-8"))
        for name, schema in SCHEMAS.items()
        for f in schema
    ]


def write_xlsx(tables: dict[str, pa.Table], path: Path) -> None:
    try:
        from openpyxl import Workbook
    except ImportError:  # a dependency; only a broken install lacks it
        raise PlanparseError("--to xlsx needs openpyxl: pip install openpyxl") from None
    book = Workbook(write_only=True)
    notes = book.create_sheet("README")
    notes.append(["table", "column", "type", "description"])
    for row in column_notes():
        notes.append(list(row))
    for name, table in tables.items():
        if table.num_rows > EXCEL_ROWS:
            raise PlanparseError(
                f"{name}: {table.num_rows} rows, more than an Excel sheet holds; "
                "export --to csv or parquet"
            )
        sheet = book.create_sheet(name[:31])
        sheet.append(table.column_names)
        for row in table.to_pylist():
            sheet.append(list(row.values()))
    book.save(path)


def write_csvs(tables: dict[str, pa.Table], folder: Path) -> None:
    folder.mkdir()
    for name, table in tables.items():
        with (folder / f"{name}.csv").open("wb") as out:
            out.write(BOM)
            pacsv.write_csv(table, out)


def write_parquets(tables: dict[str, pa.Table], folder: Path) -> None:
    folder.mkdir()
    for name, table in tables.items():
        pq.write_table(table, folder / f"{name}.parquet")


def write_duckdb(tables: dict[str, pa.Table], path: Path) -> None:
    import duckdb

    con = duckdb.connect(str(path))
    try:
        for name, table in tables.items():
            con.register("_incoming", table)
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM _incoming")
            con.unregister("_incoming")
        for name, sql in JOINED_VIEWS.items():
            con.execute(f"CREATE VIEW {name} AS {sql}")
    finally:
        con.close()


WRITERS = {"xlsx": write_xlsx, "csv": write_csvs, "parquet": write_parquets, "duckdb": write_duckdb}


def export(location: str, to: str, out: str | os.PathLike[str]) -> dict[str, int]:
    """Write the dataset at ``location`` as ``to`` (``EXPORTS``) at ``out``: a file (xlsx,
    duckdb) or a folder of one file per table (csv, parquet). Returns the rows of each
    table. Raises PlanparseError, in one line, for an output that exists."""
    from planparse.output.dataset import Dataset

    if to not in EXPORTS:
        raise PlanparseError(f"unknown export {to!r}; one of {', '.join(EXPORTS)}")
    target = Path(out)
    if target.exists():
        raise PlanparseError(f"{target}: exists; choose a new name")
    dataset = Dataset.open(location)
    tables = {name: dataset.read_table(name) for name in SCHEMAS}
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".planparse-export-", dir=target.parent) as folder:
        staged = Path(folder) / target.name
        WRITERS[to](tables, staged)
        shutil.move(str(staged), str(target))
    return {name: table.num_rows for name, table in tables.items()}
