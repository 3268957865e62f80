"""planparse as a library (issue 28): extract from a path, str, bytes or file; exact
integer won; a dataset read whole; DuckDB views; exports; the built wheel alone."""

from __future__ import annotations

import io
import subprocess
import sys
import venv
from pathlib import Path

import pyarrow as pa
import pytest

import planparse
from planparse.errors import PlanparseError
from planparse.output.dataset import write_document
from planparse.output.export import BOM, export
from planparse.output.model import SCHEMAS
from tests.conftest import PDFS, ROOT, SAMPLE


def test_the_public_api_is_listed():
    assert set(planparse.__all__) == {"Result", "__version__", "connect", "extract", "read_dataset"}
    assert callable(planparse.extract)


@pytest.mark.parametrize("given", ["str", "path", "bytes", "file"])
def test_extract_takes_a_path_a_str_bytes_or_a_file(given):
    pdf = {
        "str": str(SAMPLE),
        "path": SAMPLE,
        "bytes": SAMPLE.read_bytes(),
        "file": io.BytesIO(SAMPLE.read_bytes()),
    }[given]
    result = planparse.extract(pdf)
    fundings = result.fundings
    assert str(fundings.amount_krw.dtype) == "int64[pyarrow]"  # exact won, nulls and all
    assert len(fundings) == len(result.raw.fundings) > 0
    assert isinstance(result.arrow("sections"), pa.Table)
    assert result.arrow("fundings").schema == SCHEMAS["fundings"]
    with pytest.raises(KeyError):
        result.table("no-such-table")


@pytest.fixture(scope="module")
def dataset(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("api") / "out"
    write_document(planparse.extract(SAMPLE).raw.table_rows(), out)
    return out


def test_a_dataset_reads_whole_with_its_types(dataset):
    read = planparse.read_dataset(dataset)
    assert list(read.documents.source_name) == ["sample.pdf"]
    assert str(read.fundings.amount_krw.dtype) == "int64[pyarrow]"


def test_connect_gives_a_view_per_table_and_joined_views(dataset):
    con = planparse.connect(dataset)
    [(organisation, total)] = con.sql(
        "SELECT organisation, sum(amount_krw) FROM fundings_view GROUP BY 1"
    ).fetchall()
    assert organisation == "첨단산업국" and total > 0
    names = {row[0] for row in con.sql("SELECT view_name FROM duckdb_views()").fetchall()}
    assert set(SCHEMAS) | {"fundings_view", "programmes_view"} <= names


@pytest.mark.parametrize("to", ["xlsx", "csv", "parquet", "duckdb"])
def test_export_writes_every_table_whole(dataset, tmp_path, to):
    out = tmp_path / f"plans.{to}"
    rows = export(str(dataset), to, out)
    assert set(rows) == set(SCHEMAS) and rows["fundings"] > 0
    if to == "xlsx":
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.load_workbook(out, read_only=True)
        assert book.sheetnames[0] == "README"
        for name, count in rows.items():
            assert sum(1 for _ in book[name[:31]].iter_rows()) == count + 1, name
    elif to == "csv":
        for name in SCHEMAS:
            assert (out / f"{name}.csv").read_bytes().startswith(BOM), name
    elif to == "duckdb":
        duckdb = pytest.importorskip("duckdb")
        con = duckdb.connect(str(out), read_only=True)
        [(count,)] = con.sql("SELECT count(*) FROM fundings_view").fetchall()
        assert count == rows["fundings"]
    with pytest.raises(PlanparseError):
        export(str(dataset), to, out)  # never over an existing file


def test_progress_without_a_terminal_is_a_line_with_counts(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "planparse", "extract", str(SAMPLE), "-o", str(tmp_path / "o")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = [ln for ln in done.stderr.splitlines() if ln.startswith("progress:")]
    assert lines and len(lines) <= 3  # a line every ten seconds, and the last count
    assert lines[-1].startswith("progress: 1/1 documents, 12/12 pages, 0 failed")


@pytest.mark.slow
def test_the_built_wheel_alone_extracts_and_connects(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--sdist", "--outdir", str(dist), str(ROOT)],
        check=True, capture_output=True,
    )  # fmt: skip
    [wheel] = dist.glob("*.whl")
    assert list(dist.glob("*.tar.gz"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    pdf = PDFS / "busan-2025" / "advanced-industry-bureau.pdf"
    pdf = pdf if pdf.exists() else SAMPLE
    code = (
        "import planparse; "
        f"r = planparse.extract({str(pdf)!r}); "
        "print(r.fundings.amount_krw.dtype, len(r.fundings))"
    )
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    dtype, count = done.stdout.split()
    assert dtype == "int64[pyarrow]" and int(count) > 0
    cli = subprocess.run(
        [env_dir / "bin" / "planparse", "--version"], capture_output=True, text=True
    )
    assert planparse.__version__ in cli.stdout


def test_validate_reports_a_missing_golden_document_once(dataset):
    from planparse.output.validate import validate

    other = ROOT / "samples" / "advanced-industry-bureau" / "golden"
    report = validate(dataset, other)
    text = report.text()
    assert text.count("is not in the dataset") == 1, text
    assert not report.ok
