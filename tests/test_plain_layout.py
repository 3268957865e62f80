"""The section tree does not depend on HWP's drawing.

The reference text of the Advanced Industries plan is set by the sample renderer in its
plain layout (samples/busan-2025/render.py): another font, no banners, no divider pages, no
page break before a chapter, numbers typed out — tasks numbered ``가.`` in one rendering and
``1-1.`` in the other. Each must give the real PDF's 5 chapters, 10 strategies, 22 tasks and
8 현안 (expected values written by hand from the PDF, in test_real_report.py), with every
contents entry found on the page its own contents page gives.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from planparse.extract import ExtractResult, extract
from planparse.text import without_title_fillers as squash
from tests.conftest import DATA, REFERENCE, ROOT
from tests.plain_layout import reference_to_markup
from tests.test_real_report import CHAPTERS, ISSUES, STRATEGIES_IV, TASKS

RENDERER = ROOT / "samples" / "busan-2025" / "render.py"
FONT = Path("/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf")

STRATEGIES_II = [  # chapter Ⅱ: its strategies are not in the contents; read from the PDF
    (1, "주력산업의 친환경·디지털 전환으로 미래 신산업 성장 기반 조성"),
    (2, "전력반도체 및 신소재산업 생태계 구축"),
    (3, "첨단 신기술 융합을 통한 디지털 경제 육성"),
    (4, "연구개발 혁신생태계 조성 및 바이오헬스산업 성장 기반 구축"),
    (5, "에너지 신산업 생태계 조성 및 산업기반 구축"),
]


@pytest.fixture(scope="session", params=["hangul", "dashed"])
def plain(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> ExtractResult:
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} is absent: this test needs ../shared beside the project")
    if importlib.util.find_spec("reportlab") is None:
        pytest.skip("reportlab is not installed: `make test` installs it (the dev extra)")
    if not FONT.exists():
        pytest.skip(f"{FONT} is absent: `make test` installs it (Debian's fonts-nanum)")
    folder = tmp_path_factory.mktemp(f"plain-{request.param}")
    markup, pdf = folder / "reference.txt", folder / "plain.pdf"
    markup.write_text(
        reference_to_markup(REFERENCE, DATA / "reference_outline.tsv"), encoding="utf-8"
    )
    command = [sys.executable, str(RENDERER), "--layout", "plain", "--tasks", request.param]
    subprocess.run([*command, str(markup), str(pdf)], check=True, capture_output=True)
    return extract(pdf)


def sections_of(result: ExtractResult, kind: str) -> list:
    return [s for s in result.sections if s.kind == kind]


def test_every_contents_entry_found_on_its_page(plain: ExtractResult) -> None:
    assert len(plain.toc) == 12
    assert [i.message for i in plain.issues if i.code.startswith("toc")] == []


def test_chapters_and_appendices(plain: ExtractResult) -> None:
    got = [(s.kind, s.number, squash(s.title)) for s in plain.sections if s.parent_id is None]
    assert got == [(k, n, squash(t)) for k, n, t, _ in CHAPTERS]


def test_five_strategies_and_five_reviewed_headings(plain: ExtractResult) -> None:
    """Ⅳ (the plan) has five strategies; Ⅱ (2024년 업무성과) numbers its results the same
    way, and a review's numbered titles are headings, not strategies (issue 25)."""
    chapters = {s.section_id: s.number for s in sections_of(plain, "chapter")}
    got = [
        (chapters[s.parent_id], s.number, squash(s.title)) for s in sections_of(plain, "strategy")
    ]
    assert got == [(4, n, squash(t)) for n, t, _ in STRATEGIES_IV]
    reviewed = [
        (s.number, squash(s.title))
        for s in sections_of(plain, "heading")
        if chapters.get(s.parent_id) == 2 and s.number is not None
    ]
    assert reviewed == [(n, squash(t)) for n, t in STRATEGIES_II]


def test_22_tasks_under_their_strategies(plain: ExtractResult) -> None:
    strategies = {s.section_id: s.number for s in sections_of(plain, "strategy")}
    got = [
        (t.task_no, strategies[t.parent_id], t.number, squash(t.title))
        for t in sections_of(plain, "task")
    ]
    assert got == [(no, st, n, squash(title)) for no, st, n, title in TASKS]


def test_eight_issues(plain: ExtractResult) -> None:
    got = [(s.number, squash(s.title)) for s in sections_of(plain, "issue")]
    assert got == [(n, squash(t)) for n, t, _ in ISSUES]


def test_every_heading_has_a_title(plain: ExtractResult) -> None:
    assert plain.sections and all(s.title.strip() for s in plain.sections)
