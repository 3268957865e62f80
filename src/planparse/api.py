"""planparse as a library: extract a plan, read a dataset, query it with DuckDB.

    >>> import planparse
    >>> result = planparse.extract("plan.pdf")            # a path, a str, bytes or a file
    >>> result.fundings[["project", "amount_krw"]].head()  # pandas, exact integer won
    >>> result.arrow("sections")                            # or an Arrow table
    >>> dataset = planparse.read_dataset("dataset/")        # what `planparse extract` wrote
    >>> con = planparse.connect("dataset/")                 # DuckDB, a view per table
    >>> con.sql("SELECT organisation, sum(amount_krw) FROM fundings_view GROUP BY 1")

Tables come as pandas DataFrames with Arrow-backed dtypes (``int64[pyarrow]`` for won,
never a float) and as Arrow tables with the contract's schema (``schemas/``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyarrow as pa

from planparse.output.model import SCHEMAS, rows_to_table
from planparse.output.views import JOINED_VIEWS

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

    from planparse.extract import ExtractResult

PdfInput = str | os.PathLike[str] | bytes | IO[bytes]


def frame(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as a DataFrame that keeps its types: integers stay exact integers
    where some are null (``int64[pyarrow]``), text stays text."""
    import pandas as pd

    return table.to_pandas(types_mapper=pd.ArrowDtype)


class Tables:
    """The output tables of a document or a dataset, by name: ``.fundings`` (a DataFrame),
    ``.arrow("fundings")`` (an Arrow table), ``.names``."""

    names = tuple(SCHEMAS)

    def arrow(self, name: str) -> pa.Table:
        raise NotImplementedError

    def table(self, name: str) -> pd.DataFrame:
        """One table as a DataFrame with exact dtypes."""
        if name not in SCHEMAS:
            raise KeyError(f"no table {name!r}; one of {', '.join(SCHEMAS)}")
        return frame(self.arrow(name))

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name in SCHEMAS:
            return self.table(name)
        raise AttributeError(name)

    def __iter__(self) -> Iterator[tuple[str, pa.Table]]:
        return ((name, self.arrow(name)) for name in SCHEMAS)


class Result(Tables):
    """One extracted plan: its tables (``result.fundings``, ``result.arrow("sections")``)
    and the whole extraction (``result.raw``: rows as dataclasses, the pages' lines)."""

    def __init__(self, raw: ExtractResult) -> None:
        self.raw = raw
        self._rows = raw.table_rows()
        self._cache: dict[str, pa.Table] = {}

    def arrow(self, name: str) -> pa.Table:
        if name not in SCHEMAS:
            raise KeyError(f"no table {name!r}; one of {', '.join(SCHEMAS)}")
        if name not in self._cache:
            self._cache[name] = rows_to_table(name, self._rows.get(name, []))
        return self._cache[name]

    def __repr__(self) -> str:
        document = self.raw.document
        return (
            f"<planparse.Result {document.source_name!r}: {document.page_count} pages, "
            f"{len(self.raw.sections)} sections, {len(self.raw.fundings)} fundings>"
        )


def extract(pdf: PdfInput, **options: Any) -> Result:
    """Extract one plan: a path (``str`` or ``Path``), its bytes, or an open binary file.
    ``options`` are :func:`planparse.extract.extract`'s (``password``, ``reader``,
    ``organisation``, ``plan_year``, ``settings``).

    >>> r = planparse.extract("../shared/pdfs/busan-2025/advanced-industry-bureau.pdf")
    >>> r.fundings.amount_krw.dtype
    int64[pyarrow]
    """
    from planparse.extract import extract as extract_path

    if isinstance(pdf, (str, os.PathLike)):
        return Result(extract_path(Path(pdf), **options))
    data = pdf if isinstance(pdf, bytes) else pdf.read()
    name = Path(getattr(pdf, "name", "document.pdf") or "document.pdf").name
    with tempfile.TemporaryDirectory(prefix="planparse-") as folder:
        path = Path(folder) / (name if name.lower().endswith(".pdf") else f"{name}.pdf")
        path.write_bytes(data)
        return Result(extract_path(path, **options))


class DatasetTables(Tables):
    """A dataset that ``planparse extract`` wrote: every document's rows of a table as one
    (``dataset.fundings``), and its manifest."""

    def __init__(self, location: str | os.PathLike[str]) -> None:
        from planparse.output.dataset import Dataset

        self.dataset = Dataset.open(str(location))
        self.location = str(location)
        self._cache: dict[str, pa.Table] = {}

    @property
    def manifest(self) -> dict[str, Any]:
        return self.dataset.manifest

    def arrow(self, name: str) -> pa.Table:
        if name not in SCHEMAS:
            raise KeyError(f"no table {name!r}; one of {', '.join(SCHEMAS)}")
        if name not in self._cache:
            self._cache[name] = self.dataset.read_table(name)
        return self._cache[name]

    def __repr__(self) -> str:
        return f"<planparse dataset {self.location!r}: {len(self.dataset.documents)} documents>"


def read_dataset(location: str | os.PathLike[str]) -> DatasetTables:
    """A dataset's tables, all documents together.

    >>> d = planparse.read_dataset("dataset/")
    >>> d.fundings.groupby("kind").amount_krw.sum()
    """
    return DatasetTables(location)


def register_views(con: duckdb.DuckDBPyConnection, tables: Tables) -> None:
    for name, table in tables:
        con.register(f"_{name}", table)
        con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM _{name}")
    for name, sql in JOINED_VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")


def connect(location: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection (in memory) over a dataset: a view per table (``fundings``,
    ``sections`` …) and the joined ``fundings_view`` (each amount with its document's
    title, organisation and plan year, its section and its project) and
    ``programmes_view``.

    >>> con = planparse.connect("dataset/")
    >>> con.sql("SELECT organisation, sum(amount_krw) FROM fundings_view GROUP BY 1")
    """
    import duckdb

    con = duckdb.connect()
    register_views(con, read_dataset(location))
    return con
