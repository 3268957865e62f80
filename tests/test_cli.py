"""The command line, end to end with click's CliRunner."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from planparse import __version__, write
from planparse.cli import main
from planparse.model import SCHEMAS
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
    assert {p.stem for p in out.glob("*.parquet")} == TABLES
    assert "sections" in result.output and "seconds" in result.output
    sections = pd.read_parquet(out / "sections.parquet")
    assert list(sections[sections.kind == "chapter"].number) == [1, 2, 4, 5]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging left


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
        (lambda d: DATA / "encrypted.pdf", "encrypted"),
        (lambda d: d, "not a file"),
    ],
    ids=["missing", "not-pdf", "damaged", "encrypted", "directory"],
)
def test_bad_input_one_line_error_and_no_output(tmp_path, make, message):
    source = make(tmp_path)
    out = tmp_path / "out"
    result = run("extract", str(source), "-o", str(out))
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("Error:")
    assert not out.exists()


def test_non_empty_output_needs_overwrite(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    result = run("extract", str(SAMPLE), "-o", str(out))
    assert result.exit_code == 1 and "--overwrite" in result.output
    assert (out / "keep.txt").exists()
    result = run("extract", str(SAMPLE), "-o", str(out), "--overwrite", "-q")
    assert result.exit_code == 0
    assert {p.name for p in out.iterdir()} == {f"{t}.parquet" for t in TABLES} | {"manifest.json"}


def test_a_failure_while_writing_leaves_no_output(tmp_path, monkeypatch):
    calls = []

    def failing_write(table, path):
        calls.append(path)
        if len(calls) == 2:
            raise OSError("disk full")
        pq.write_table(table, path)

    monkeypatch.setattr(write.pq, "write_table", failing_write)
    out = tmp_path / "out"
    with pytest.raises(OSError):
        CliRunner().invoke(
            main, ["extract", str(SAMPLE), "-o", str(out), "-q"], catch_exceptions=False
        )
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_overwrite_keeps_the_old_dataset(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run("extract", str(SAMPLE), "-o", str(out), "-q").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def failing_write(table, path):
        raise OSError("disk full")

    monkeypatch.setattr(write.pq, "write_table", failing_write)
    with pytest.raises(OSError):
        CliRunner().invoke(
            main,
            ["extract", str(SAMPLE), "-o", str(out), "--overwrite", "-q"],
            catch_exceptions=False,
        )
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_output_reads_in_duckdb(tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out"
    assert run("extract", str(SAMPLE), "-o", str(out), "-q").exit_code == 0
    rows = duckdb.sql(
        f"SELECT s.task_no, count(*) FROM '{out}/items.parquet' i "
        f"JOIN '{out}/sections.parquet' s ON s.section_id = i.section_id "
        "WHERE s.kind = 'task' GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert [r[0] for r in rows] == [1, 2]


def test_readme_documents_every_command():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"planparse {name}" in readme, name
