"""README is true: its list of tables is the code's, every code block in it runs as
written (shell, Python and SQL, on the sample plan), and it stays short."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from planparse.output.contract import output_reference, readme_tables
from tests.conftest import PDFS, ROOT, SAMPLE

README = ROOT / "README.md"
BLOCK_RE = re.compile(r"```(sh|python|sql)\n(.*?)```", re.S)
MAX_LINES = 250


def blocks(kind: str) -> list[str]:
    return [code for lang, code in BLOCK_RE.findall(README.read_text("utf-8")) if lang == kind]


def test_the_readme_lists_every_table_and_column_the_code_writes():
    text = README.read_text("utf-8")
    generated = text.split("<!-- tables:start", 1)[1].split("\n", 1)[1].split("<!-- tables:end")[0]
    assert generated == readme_tables(), "run make golden"
    assert (ROOT / "docs" / "OUTPUT.md").read_text("utf-8") == output_reference()


def test_the_readme_is_short():
    assert len(README.read_text("utf-8").splitlines()) <= MAX_LINES


def test_every_code_block_of_the_readme_runs(tmp_path, monkeypatch):
    duckdb = pytest.importorskip("duckdb")
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(SAMPLE, plans / "sample.pdf")
    audit = PDFS / "busan-2025" / "audit-committee.pdf"
    if audit.exists():  # a second plan where the shared ones are
        shutil.copy(audit, plans / audit.name)
    monkeypatch.chdir(tmp_path)
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for block in blocks("sh"):
        for line in (ln for ln in block.splitlines() if ln.strip()):
            done = subprocess.run(line, shell=True, env=env, capture_output=True, text=True)
            assert done.returncode == 0, (line, done.stderr)
    for block in blocks("python"):
        exec(compile(block, "README.md", "exec"), {})
    for block in blocks("sql"):
        for statement in (s for s in block.split(";") if s.strip()):
            duckdb.sql(statement).fetchall()
    assert Path("plans.xlsx").exists() and Path("plans.duckdb").exists()
