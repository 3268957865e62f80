"""Review that certifies a dataset (issue 29), in a real browser: Debian's chromium,
headless, driven by Playwright. Search, mark wrong and correct an amount, confirm another;
the corrections are kept in corrections.jsonl, survive `extract --force`, and one whose
record no longer matches what was reviewed is reported stale and not applied."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import PDFS
from tests.test_review import chromium

PLANS = [
    PDFS / "busan-2025" / "water-works-headquarters.pdf",
    PDFS / "busan-2025" / "planning-officer.pdf",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def planparse(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "planparse", *args], capture_output=True, text=True, timeout=600
    )


def fundings(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "fundings")


@pytest.mark.slow
def test_corrections_made_in_the_browser_stick_and_stale_ones_are_reported(tmp_path):
    playwright = pytest.importorskip("playwright.sync_api", reason="make test installs it")
    browser_path = chromium()
    if not all(p.exists() for p in PLANS):
        pytest.skip(f"the shared plans are absent from {PDFS}")
    out = tmp_path / "out"
    assert planparse("extract", *map(str, PLANS), "-o", str(out), "-q").returncode == 0
    before = fundings(out)
    target = before[before.amount_krw.notna() & before.project.notna()].iloc[0]
    other = before[(before.funding_id != target.funding_id) & before.amount_krw.notna()].iloc[0]
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "planparse", "review", str(out), "--serve", "--port", str(port),
         "--who", "tester"],
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/records", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        with playwright.sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=browser_path, args=["--no-sandbox", "--disable-dev-shm-usage"]
            )
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{port}/records")
            page.fill("input[name=project]", target.project)  # search for the project
            page.click("#search")
            row = page.locator(f'tr[data-key="{target.funding_id}"][data-doc="{target.doc_id}"]')
            assert row.count() == 1
            row.locator(".wrong").click()
            page.wait_for_selector(f'tr[data-key="{target.funding_id}"][data-reviewed=wrong]')
            row.locator(".field").select_option("amount_krw")
            row.locator(".value").fill(str(int(target.amount_krw) + 100_000_000))
            row.locator(".note").fill("the page says 1억원 more")
            row.locator(".correct").click()
            page.wait_for_selector(f'tr[data-key="{target.funding_id}"][data-reviewed=corrected]')
            page.goto(f"http://127.0.0.1:{port}/records?sort=page&order=asc")
            other_row = page.locator(
                f'tr[data-key="{other.funding_id}"][data-doc="{other.doc_id}"]'
            )
            other_row.locator(".confirm").click()
            page.wait_for_selector(f'tr[data-key="{other.funding_id}"][data-reviewed=confirmed]')
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=30)
    lines = [json.loads(x) for x in (out / "corrections.jsonl").read_text("utf-8").splitlines()]
    assert [(x["key"], x["action"]) for x in lines] == [
        (target.funding_id, "wrong"), (target.funding_id, "correct"), (other.funding_id, "confirm")
    ]  # fmt: skip
    assert lines[1]["new"] == int(target.amount_krw) + 100_000_000 and lines[1]["who"] == "tester"

    # extracted again: what people said stays said
    assert planparse("extract", *map(str, PLANS), "-o", str(out), "--force", "-q").returncode == 0
    after = fundings(out).set_index(["doc_id", "funding_id"])
    corrected = after.loc[(target.doc_id, target.funding_id)]
    assert corrected.amount_krw == int(target.amount_krw) + 100_000_000
    assert corrected.reviewed == "corrected"
    assert after.loc[(other.doc_id, other.funding_id)].reviewed == "confirmed"
    validated = planparse("validate", str(out))
    assert "reviewed: fundings 2 of" in validated.stdout

    # a correction whose record no longer reads as it did when reviewed: stale, not applied
    lines[2]["raw"] = lines[2]["raw"] + " (changed)"
    (out / "corrections.jsonl").write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8"
    )
    applied = planparse("corrections", "apply", str(out))
    assert applied.returncode == 0
    assert f"stale, not applied: {other.funding_id}" in applied.stderr
    again = fundings(out).set_index(["doc_id", "funding_id"])
    assert again.loc[(other.doc_id, other.funding_id)].reviewed == "none"
    assert again.loc[(target.doc_id, target.funding_id)].reviewed == "corrected"

    golden = tmp_path / "golden"
    assert planparse("corrections", "golden", str(out), "-o", str(golden)).returncode == 0
    [written] = golden.glob("*.jsonl")
    assert json.loads(written.read_text("utf-8").splitlines()[0])["funding_id"] == target.funding_id


def test_the_review_renders_its_page_images_at_the_scale_asked(tmp_path):
    from planparse.review import build_review
    from tests.conftest import SAMPLE

    out = tmp_path / "out"
    assert planparse("extract", str(SAMPLE), "-o", str(out), "-q").returncode == 0
    sizes = {}
    for scale in (0.5, 1.5):
        site = tmp_path / f"site-{scale}"
        build_review(str(out), site, scale=scale)
        sizes[scale] = sum(p.stat().st_size for p in site.rglob("*.jpg"))
    assert 0 < sizes[0.5] < sizes[1.5] / 3
