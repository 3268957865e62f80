"""The review site (issue 11), in a real browser: headless Chromium (Debian's `chromium`)
opens the Advanced Industries report's review from disk; and the funding boxes lie over
their expressions on the PDF page."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser

import pdfplumber
import pytest
import regex
from click.testing import CliRunner
from PIL import Image

from planparse.cli import main
from planparse.output.dataset import write_document
from planparse.review import Doc, programme_groups, programmes_page
from tests.conftest import SAMPLE, compact, real_pdf

REPORT = "busan-2025/advanced-industry-bureau.pdf"

# Read from the PDF by hand: (page, the amount as printed, a fragment of its expression).
# Each must be a funding record whose box, read back from the PDF, holds the amount.
HAND_PICKED = [
    (8, "348억원", "국226,시122"),
    (8, "15.7억원", "15.7억원"),
    (12, "230억원", "국148,시30,민52"),
    (17, "2,132억원", "2,132억원"),
    (17, "40백만원", "40백만원"),
    (33, "123.2억원", "국78.09"),
    (33, "200억원", "국100,시90,민10"),
    (44, "32억원", "32억원"),
    (49, "341억원", "341억원"),
    (53, "331억원", "국200,시49.5"),
    (53, "300억원", "국200,시40"),
    (62, "198억원", "국163,시35"),
]


def chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("chromium is not installed (make test installs it: scripts/system-deps.sh)")
    return path


def browse(url: str, *flags: str) -> subprocess.CompletedProcess:
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    command.append("--disable-dev-shm-usage")  # a small /dev/shm in containers crashes it
    return subprocess.run(
        [*command, "--window-size=1400,1000", *flags, url],
        capture_output=True,
        text=True,
        timeout=120,
    )


class Funding(HTMLParser):
    """The funding rows and boxes of a document page's DOM, each box with its page."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict] = []
        self.boxes: list[dict] = []
        self.page: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        if tag == "section" and "page" in (a.get("class") or "").split():
            self.page = a["data-page"]
        if "data-funding-id" not in a:
            return
        if tag == "tr":
            self.rows.append(a)
        elif "box" in (a.get("class") or "").split():
            self.boxes.append({**a, "in_page": self.page})


@pytest.fixture(scope="module")
def site(report, tmp_path_factory):
    pdf = real_pdf(REPORT)
    folder = tmp_path_factory.mktemp("review")
    dataset = folder / "dataset"
    write_document(report.table_rows(), dataset, source=str(pdf))
    result = CliRunner().invoke(main, ["review", str(dataset), "-o", str(folder / "site")])
    assert result.exit_code == 0, result.output
    [page] = (folder / "site").glob("advanced-industry-bureau-*.html")
    return page


def test_every_funding_record_has_a_row_and_a_box_on_its_page(report, site):
    dom = browse(f"{site.as_uri()}", "--dump-dom")
    assert dom.returncode == 0, dom.stderr
    parsed = Funding()
    parsed.feed(dom.stdout)
    records = {f.funding_id: f for f in report.fundings}
    assert sorted(r["data-funding-id"] for r in parsed.rows) == sorted(records)
    assert sorted(b["data-funding-id"] for b in parsed.boxes) == sorted(records)
    for box in parsed.boxes:
        assert box["in_page"] == str(records[box["data-funding-id"]].page), box
    assert f"{len(records)} of {len(records)} records" in dom.stdout  # the script ran


def test_a_click_on_a_row_marks_its_box(report, site):
    """#funding=ID makes the page's script click-select that record on load."""
    chosen = report.fundings[len(report.fundings) // 2].funding_id
    dom = browse(f"{site.as_uri()}#funding={chosen}", "--dump-dom").stdout
    parsed = Funding()
    parsed.feed(dom)
    selected = [b["data-funding-id"] for b in parsed.boxes if "selected" in b["class"].split()]
    rows = [r["data-funding-id"] for r in parsed.rows if "selected" in (r.get("class") or "")]
    assert selected == [chosen] and rows == [chosen]


def test_a_screenshot_is_not_blank(site, tmp_path):
    shot = tmp_path / "page.png"
    result = browse(site.as_uri(), f"--screenshot={shot}")
    assert result.returncode == 0 and shot.exists(), result.stderr
    image = Image.open(shot).convert("RGB")
    assert image.size == (1400, 1000)
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 200  # a page image, boxes and a table, not one flat colour


def test_the_site_asks_for_nothing_over_the_network(site):
    for page in [site, site.parent / "index.html", site.parent / "programmes.html"]:
        text = page.read_text(encoding="utf-8")
        assert not regex.search(r"""(src|href)=["']?(https?:)?//""", text), page
        assert "<script src" not in text and "<link" not in text


@pytest.mark.parametrize(("page", "amount", "fragment"), HAND_PICKED)
def test_the_box_lies_over_the_expression(report, page, amount, fragment):
    [record] = [
        f
        for f in report.fundings
        if f.page == page and compact(f.amount_raw) == amount and fragment in compact(f.raw)
    ]
    with pdfplumber.open(real_pdf(REPORT)) as pdf:
        box = (record.x0 - 0.5, record.top - 0.5, record.x1 + 0.5, record.bottom + 0.5)
        inside = pdf.pages[page - 1].within_bbox(box).extract_text()
    assert amount in compact(inside), (record.raw, inside)


def test_review_cli_errors_in_one_line(tmp_path):
    dataset = tmp_path / "dataset"
    assert (
        CliRunner().invoke(main, ["extract", str(SAMPLE), "-o", str(dataset), "-q"]).exit_code == 0
    )
    missing = CliRunner().invoke(main, ["review", str(dataset), "--doc", "nothing"])
    assert missing.exit_code == 1 and "no document 'nothing'" in missing.output
    moved = CliRunner().invoke(main, ["review", str(dataset), "--pdf", str(tmp_path)])
    assert moved.exit_code == 1 and "sample.pdf is not there" in moved.output
    ok = CliRunner().invoke(main, ["review", str(dataset)])
    assert ok.exit_code == 0 and (dataset / "review" / "index.html").exists()
    images = sorted((dataset / "review").glob("*/page-*.jpg"))
    stamp = [p.stat().st_mtime_ns for p in images]
    assert CliRunner().invoke(main, ["review", str(dataset)]).exit_code == 0
    assert [p.stat().st_mtime_ns for p in images] == stamp  # unchanged: not rendered again


def programme(series: str, year: int, name: str, won: int, page: int, previous: bool) -> dict:
    return {
        "series_id": series, "organisation": "중소벤처기업부", "plan_year": year, "name": name,
        "amount_krw": won, "scope": "year_budget", "scope_year": year, "page": page,
        "previous_doc_id": "a" * 64 if previous else None,
        "change_krw": 50_000_000_000 if previous else None,
    }  # fmt: skip


def test_a_programme_is_shown_across_documents_side_by_side():
    older = Doc(
        {"doc_id": "a" * 64, "source_name": "mss-2023-workplan.pdf"},
        {"programmes": [
            programme("s1", 2023, "지역 벤처펀드", 100_000_000_000, 14, False),
            programme("s2", 2023, "한 해만 나온 사업", 1_000_000_000, 5, False),
        ]},
    )  # fmt: skip
    newer = Doc(
        {"doc_id": "b" * 64, "source_name": "mss-2024-workplan.pdf"},
        {"programmes": [programme("s1", 2024, "지역 벤처펀드 확대", 150_000_000_000, 9, True)]},
    )
    page = programmes_page(programme_groups([newer, older]), 2)
    rows = regex.findall(r'<tr data-series-id="s1">(.*?)</tr>', page)
    assert len(rows) == 2 and "2023" in rows[0] and "2024" in rows[1]  # by plan year
    assert 'href="mss-2024-workplan-bbbbbbbb.html#page-9"' in rows[1]  # to its page
    assert "<td>1,000</td>" in rows[0] and "<td>1,500</td>" in rows[1]  # 억원
    assert "<td>500</td>" in rows[1]  # the change from the year before
    assert 'data-series-id="s2"' not in page  # one document alone: not a programme across
    assert "1 programmes named in two documents" in page
