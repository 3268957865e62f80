"""Every DuckDB query of README's "Questions a data team asks" runs on a dataset of the
Busan plans and answers as the PDFs do (the figures checked below are read from them)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PDFS, ROOT

duckdb = pytest.importorskip("duckdb", reason="DuckDB proves the output reads; make test has it")
BUSAN = PDFS / "busan-2025"


def readme_queries() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### Questions a data team asks", 1)[1]
    section = re.split(r"\n##+ ", section, maxsplit=1)[0]
    [block] = re.findall(r"```sql\n(.*?)```", section, flags=re.S)
    return [q.strip() for q in block.split(";") if q.strip()]


@pytest.fixture(scope="module")
def answers(tmp_path_factory) -> list[list[tuple]]:
    if not BUSAN.exists():
        pytest.skip(f"{BUSAN} is absent: the README queries run on the shared Busan plans")
    out = tmp_path_factory.mktemp("busan") / "out"
    command = [sys.executable, "-m", "planparse.cli", "extract", str(BUSAN), "-o", str(out), "-q"]
    subprocess.run(command, check=True)
    connection = duckdb.connect()
    return [
        connection.sql(query.replace("'out/", f"'{Path(out).as_posix()}/")).fetchall()
        for query in readme_queries()
    ]


@pytest.mark.slow
def test_the_readme_has_the_three_questions():
    assert len(readme_queries()) == 3


@pytest.mark.slow
def test_money_per_source_for_one_year_counts_budgets_of_that_year(answers):
    rows = answers[0]
    assert rows
    assert {source for _, source, _ in rows} <= {
        "national", "city", "province", "county", "district", "district_county",
        "city_county", "local", "private", "host", "fund", "education", "public", "other",
    }  # fmt: skip


@pytest.mark.slow
def test_the_largest_projects_are_whole_project_costs(answers):
    rows = answers[1]
    assert len(rows) == 10
    # urban-innovation-balance-office p21, as printed: "친수환경 수변도시「제2에코델타시티」
    # 조성 … - 사 업 비 : 11조 3,143억원" (named by its quoted name since 0.6.15)
    assert ("urban-innovation-balance-office.pdf", "제2에코델타시티", 113143.0, 21) in rows
    assert [eok for _, _, eok, _ in rows] == sorted((eok for _, _, eok, _ in rows), reverse=True)


@pytest.mark.slow
def test_the_kinds_say_which_numbers_add_up(answers):
    counts = {(kind, scope): n for kind, scope, n in answers[2]}
    assert max(counts, key=counts.get)[0] == "budget"
    # a rate or a threshold spans nothing, unless it was paid in a year before the plan's
    assert all(
        scope in ("unknown", "result") for kind, scope in counts if kind in ("benefit", "threshold")
    )
