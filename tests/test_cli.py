"""The command line, end to end with click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from planparse import __version__
from planparse.cli import main
from planparse.output import dataset
from planparse.output.model import SCHEMAS
from planparse.output.validate import validate
from tests.conftest import DATA, SAMPLE

TABLES = set(SCHEMAS)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        assert command.help and "Example:" in command.help, name


def test_extract_sample_writes_every_table(tmp_path):
    out = tmp_path / "out"
    result = run("extract", str(SAMPLE), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} == TABLES | {
        "manifest.json"
    }
    [doc] = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert all((out / t / f"{doc['doc_id']}.parquet").is_file() for t in TABLES)
    assert "sections" in result.output and "1 extracted, 0 skipped (unchanged), 0 failed" in (
        result.output
    )
    sections = pd.read_parquet(out / "sections")
    assert list(sections[sections.kind == "chapter"].number) == [1, 2, 4, 5]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert not (out / ".staging").exists()


def test_quiet_prints_nothing(tmp_path):
    result = run("extract", str(SAMPLE), "-o", str(tmp_path / "o"), "-q")
    assert result.exit_code == 0 and result.output == ""


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.pdf", "no such file"),
        (lambda d: (d / "notes.pdf").write_text("hello") and d / "notes.pdf", "not a PDF"),
        (
            lambda d: (d / "broken.pdf").write_bytes(b"%PDF-1.4\ngarbage") and d / "broken.pdf",
            "cannot read the PDF",
        ),
        (lambda d: DATA / "encrypted.pdf", "encrypted (a password is needed: --password)"),
        (lambda d: (d / "empty").mkdir() or d / "empty", "no PDF found"),
    ],
    ids=["missing", "not-pdf", "damaged", "encrypted", "folder-without-pdf"],
)
def test_bad_input_one_line_error_and_no_output(tmp_path, make, message):
    source = make(tmp_path)
    out = tmp_path / "out"
    result = run("extract", str(source), "-o", str(out), "-q")
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("Error:"), lines
    assert not out.exists()  # nothing extracted into a new dataset: no dataset


def test_encrypted_pdf_opens_with_its_password(tmp_path):
    out = tmp_path / "out"
    result = run("extract", str(DATA / "encrypted.pdf"), "-o", str(out), "--password", "secret")
    assert result.exit_code == 0, result.output
    assert "1 extracted" in result.output
    wrong = run(
        "extract", str(DATA / "encrypted.pdf"), "-o", str(out), "--password", "x", "--force"
    )
    assert wrong.exit_code == 1 and "the password is wrong" in wrong.output


def test_a_folder_that_is_not_a_dataset_is_left_alone(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    result = run("extract", str(SAMPLE), "-o", str(out))
    assert result.exit_code == 1 and "has files and no manifest.json" in result.output
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def files_of(folder: Path) -> dict[Path, bytes]:
    """Every file of a dataset and its bytes, but the lock (it names the last run)."""
    return {
        p.relative_to(folder): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.name != ".planparse.lock"
    }


def test_a_failure_while_writing_leaves_the_dataset_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run("extract", str(SAMPLE), "-o", str(out), "-q").exit_code == 0
    before = files_of(out)
    calls = []
    write_table = pq.write_table

    def failing_write(table, path, filesystem=None):
        calls.append(path)
        if len(calls) == 2:
            raise OSError("disk full")
        write_table(table, path, filesystem=filesystem)

    monkeypatch.setattr(dataset.pq, "write_table", failing_write)
    result = run("extract", str(SAMPLE), "-o", str(out), "-q", "--force")
    assert result.exit_code == 1 and "cannot write the dataset (disk full)" in result.output
    monkeypatch.undo()
    after = files_of(out)
    staged = [p for p in after if p.parts[0] == ".staging"]
    assert staged  # a run that died leaves its staging behind, outside every table folder
    assert {p: b for p, b in after.items() if p not in staged} == before
    assert validate(out).ok
    assert run("extract", str(SAMPLE), "-o", str(out), "-q").exit_code == 0  # swept, skipped
    assert not (out / ".staging").exists()


def test_output_reads_in_duckdb(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out"
    assert run("extract", str(SAMPLE), "-o", str(out), "-q").exit_code == 0
    rows = duckdb.sql(
        f"SELECT s.task_no, count(*) FROM '{out}/items/*.parquet' i "
        f"JOIN '{out}/sections/*.parquet' s ON s.doc_id = i.doc_id AND s.section_id = i.section_id "
        "WHERE s.kind = 'task' GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert [r[0] for r in rows] == [1, 2]


def test_readme_documents_every_command():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"planparse {name}" in readme, name


def test_reference_query_examples_run_on_a_dataset(tmp_path):
    """docs/REFERENCE.md's DuckDB and pandas examples, run as written on the sample's
    dataset (README's own blocks: tests/test_readme.py)."""
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out"
    assert run("extract", str(SAMPLE), "-o", str(out), "-q").exit_code == 0
    readme = (Path(__file__).parent.parent / "docs" / "REFERENCE.md").read_text(encoding="utf-8")
    sql = readme.split("```sql\n", 1)[1].split("```", 1)[0].replace("'out/", f"'{out}/")
    statements = [s for s in sql.split(";") if s.strip()]
    assert len(statements) >= 2
    for statement in statements:
        assert duckdb.sql(statement).fetchall(), statement
    python = readme.split("With pandas", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict = {}
    exec(python.replace('"out/', f'"{out}/'), namespace)
    assert namespace["items"]["heading"].notna().any()
