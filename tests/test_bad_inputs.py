"""No PDF may stop, poison or exhaust a corpus run (issue 23): bad inputs built at test
time from a real plan (``bad_inputs``), kills of the parent and of a worker, limits, the
lock, and text and geometry that are not what a PDF should hold — each through the real
command, as its own process where a kill or a memory cap is involved."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from planparse.cli import main
from planparse.errors import EncryptedPdfError, UnreadablePdfError
from planparse.extract import extract
from planparse.output import dataset as dataset_module
from planparse.output.dataset import Dataset, appear_with_manifest
from planparse.output.model import DAMAGE_CODES, SCHEMAS
from planparse.output.validate import validate
from planparse.read.page import Page as ReaderPage
from planparse.read.pdfium import PdfiumReader
from planparse.read.seam import checked_page, join_surrogate_pairs, valid_text
from tests.bad_inputs import encrypted_pdf, make_bad_inputs, zero_pages_pdf
from tests.conftest import SAMPLE, real_pdf

MEMORY_CAP = 8 << 30  # bytes of address space each command below may use (a runaway dies)
BASE = "busan-2025/planning-officer.pdf"  # a real plan of 32 pages the bad copies are made of


def capped() -> None:
    """In the child, before it runs: a cap on its memory."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def planparse(
    *args: str, timeout: float = 600, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    """`planparse ARGS` as its own process under the memory cap, as a user runs it."""
    command = [sys.executable, "-m", "planparse.cli", *args]
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, preexec_fn=capped, env=env
    )


def start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    """`planparse ARGS` started in a process group of its own (its workers join it)."""
    command = [sys.executable, "-m", "planparse.cli", *args]
    return subprocess.Popen(
        command, stderr=subprocess.PIPE, preexec_fn=capped, start_new_session=True, env=env
    )


def manifest_of(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def group_gone(pgid: int, within: float = 10.0) -> bool:
    """Whether every process of a process group has exited (within some seconds)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def busy_workers(parent: int) -> list[int]:
    """The pids of the worker processes a planparse run has started: the children of its
    fork server (Linux), or the processes it spawned."""
    workers = []
    for child in children_of(parent):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"forkserver" in command:  # the server the workers are forked from
            workers += children_of(child)
        elif b"spawn_main" in command:  # a spawned worker (not the resource tracker)
            workers.append(child)
    return workers


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr, result.stderr[-3000:]


# -- text and geometry at the reader seam ------------------------------------------------


def test_text_that_is_not_unicode_is_replaced_and_a_pair_is_joined():
    assert valid_text("a\ud800b\ufffe\x07") == ("a\ufffdb\ufffd\ufffd", 3)
    assert valid_text("정원\t\x00\x8d") == ("정원\t\x00\x8d", 0)  # NUL and C1 kept (see reader)
    chars = [
        {"text": "\ud83d", "x0": 0.0, "x1": 5.0},
        {"text": "\ude00", "x0": 0.0, "x1": 6.0},
        {"text": "\udc00", "x0": 7.0, "x1": 9.0},
    ]
    joined = join_surrogate_pairs(chars)
    assert [c["text"] for c in joined] == ["😀", "\udc00"] and joined[0]["x1"] == 6.0


def test_geometry_far_off_the_page_is_clipped_and_counted():
    page = ReaderPage(1, 600.0, 800.0)
    line = {"x0": 100.0, "x1": 100.0, "top": 100.0, "bottom": 6e9, "y0": -6e9 + 800}
    line |= {"y1": 700.0, "doctop": 100.0, "width": 0.0, "height": 6e9 - 100}
    gone = {"x0": 1e9, "x1": 1e9 + 5, "top": 10.0, "bottom": 20.0}
    nan = {"x0": float("nan"), "x1": 1.0, "top": 10.0, "bottom": 20.0}
    page.lines, page.rects, page.curves = [line, gone], [nan], []
    checked_page(page)
    [kept] = page.lines
    assert kept["bottom"] == 1600.0 and kept["height"] == 1500.0 and kept["y0"] == -800.0
    assert page.rects == []
    assert page.repairs == {"geometry_off_page": 2, "geometry_not_numbers": 1}


@pytest.fixture(scope="module")
def bad(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad")
    return make_bad_inputs(real_pdf(BASE), folder / "inputs")


def test_lone_surrogates_in_a_pdf_are_replaced_counted_and_written(bad, tmp_path):
    result = extract(bad["surrogates"])
    [item] = result.items
    assert item.text.count("\ufffd") == 2 and "😀" in item.text  # B, A lone; C a pair
    [issue] = [i for i in result.issues if i.code == "text_not_unicode"]
    assert issue.page == 1 and issue.message.startswith("2 ")
    out = tmp_path / "out"
    run = planparse("extract", str(bad["surrogates"]), "-o", str(out), "-q")
    assert run.returncode == 0, run.stderr
    assert "\ufffd" in pd.read_parquet(out / "items").text[0]


def test_a_six_billion_point_rule_extracts_in_under_200_mb(bad, tmp_path):
    out = tmp_path / "out"
    run = planparse("extract", str(bad["huge-coordinate"]), "-o", str(out), "-q", "-j", "1")
    assert run.returncode == 0, run.stderr
    [document] = manifest_of(out)["documents"]
    assert document["worker_peak_mb"] < 200
    issues = pd.read_parquet(out / "issues")
    assert "geometry_off_page" in set(issues.code)


# -- a corpus of bad inputs --------------------------------------------------------------

FAILS_WITH = {  # case -> words its one-line reason holds
    "dir": "not a file",
    "fifo": "not a file",
    "loop-self": "cannot be read",
    "empty": "not a PDF",
    "header-only": "cannot read the PDF",
    "trunc-10": "cannot read the PDF",
    "trunc-50": "cannot read the PDF",
    "trunc-90": "cannot read the PDF",
    "xref-garbage": "cannot read the PDF",
    "zero-pages": "it has no pages",
    "encrypted": "a password is needed",
}


def test_a_corpus_of_bad_inputs_fails_each_alone_and_loses_nothing_silently(bad, tmp_path):
    """Every bad input fails with a one-line reason or extracts; an extracted damaged copy
    that has fewer items, fundings or cells than the plan it was made from says so in its
    issues and in the manifest; the good plans land; the dataset validates; a re-run
    completes."""
    folder = bad["flip-00"].parent
    good = real_pdf(BASE)
    out = tmp_path / "out"
    run = planparse("extract", str(folder), str(good), str(SAMPLE), "-o", str(out), "-j", "2")
    no_traceback(run)
    assert run.returncode == 1
    errors = [ln for ln in run.stderr.splitlines() if ln.startswith("Error:")]
    manifest = manifest_of(out)
    failures = {Path(f["source"]).stem: f["reason"] for f in manifest["failures"]}
    assert len(errors) == len(failures)
    for case, words in FAILS_WITH.items():
        assert words in failures[Path(bad[case]).stem], (case, failures.get(case))
    assert all("\n" not in r and len(r) < 300 for r in failures.values()), failures

    listed = {Path(d["source"]).name: d for d in manifest["documents"]}
    assert {"sample.pdf", "surrogates.pdf"} <= set(listed)
    counts = {name: d["rows"] for name, d in listed.items()}
    good_id = hashlib.sha256(good.read_bytes()).hexdigest()  # unreadable.pdf is a copy
    [whole] = [d["rows"] for d in manifest["documents"] if d["doc_id"] == good_id]
    extracted_flips = [name for name in listed if name.startswith(("flip", "trunc", "xref"))]
    assert extracted_flips  # some damaged copies do extract
    for name in extracted_flips:
        lost = [t for t in ("items", "fundings", "table_cells") if counts[name][t] < whole[t]]
        if lost:
            assert listed[name]["damaged_pages"], (name, lost, counts[name])
    issues = pd.read_parquet(out / "issues")
    flagged = issues[issues.code.isin(DAMAGE_CODES)]
    assert flagged.message.str.len().max() < 300
    assert validate(out).ok

    again = planparse("extract", str(folder), str(good), str(SAMPLE), "-o", str(out))
    no_traceback(again)
    assert again.returncode == 1  # the same inputs fail again, nothing else happens
    assert f"0 extracted, {len(listed)} skipped (unchanged), {len(failures)} failed" in again.stderr


def test_a_pdf_of_no_pages_after_an_encrypted_one_says_no_pages(tmp_path):
    """PDFium keeps its last error until a call fails: in a worker that opened an encrypted
    PDF before, a PDF of no pages must still be reported as having no pages."""
    encrypted, empty = tmp_path / "encrypted.pdf", tmp_path / "empty.pdf"
    encrypted.write_bytes(encrypted_pdf())
    empty.write_bytes(zero_pages_pdf())
    with pytest.raises(EncryptedPdfError, match="a password is needed"):
        PdfiumReader(encrypted)
    with pytest.raises(UnreadablePdfError, match="it has no pages"):
        PdfiumReader(empty)


def test_a_file_name_that_is_not_utf8_is_extracted_and_listed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"plan-\xff\xfe.pdf")
    (folder / name).write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    run = planparse("extract", str(folder), "-o", str(out), "-q")
    assert run.returncode == 0, run.stderr
    [document] = manifest_of(out)["documents"]
    assert document["source_name"] == "plan-\ufffd\ufffd.pdf"
    assert document["source"].endswith("plan-\\xff\\xfe.pdf")
    assert validate(out).ok


HANGS = """\
import os
import sys
import time
from pathlib import Path

import planparse.extract

pipeline = sys.modules["planparse.extract"]  # (planparse.extract is the library's function)
_extract = pipeline.extract


def extract(path, *args, **kwargs):
    if path.name.startswith("hangs-"):
        Path(__file__).with_name(path.name + ".pid").write_text(str(os.getpid()))
        time.sleep(600)
    return _extract(path, *args, **kwargs)


pipeline.extract = extract
"""


def with_a_hang(site: Path) -> dict[str, str]:
    """An environment where any document named `hangs-*` never finishes, and the worker
    holding it writes its pid to `SITE/hangs-*.pdf.pid`: a sitecustomize module on
    PYTHONPATH (every process planparse starts, workers included, runs it) wraps the
    extraction. Tests of timeouts and kills then wait on a hang, not on how fast this
    machine reads a PDF."""
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(HANGS)
    paths = [str(site), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))}


# -- kills, limits and the lock ----------------------------------------------------------


@pytest.mark.parametrize("after", [0.0, 0.4, 1.0, 2.5])
def test_a_kill_at_any_moment_leaves_a_dataset_the_next_run_completes(tmp_path, after):
    """kill -9 of the parent at several moments, the first before any manifest could be
    written: the folder is absent or a valid dataset, every worker exits, and the next run
    extracts what is missing."""
    out = tmp_path / "out"
    good = real_pdf(BASE)
    process = start("extract", str(good), str(SAMPLE), "-o", str(out), "-j", "2", "-q")
    time.sleep(after)
    process.kill()  # the parent alone: its workers must go by themselves
    process.wait()
    assert group_gone(process.pid), "a worker outlived its killed parent"
    if out.exists():
        assert (out / "manifest.json").exists() and validate(out).ok
    run = planparse("extract", str(good), str(SAMPLE), "-o", str(out), "-q")
    no_traceback(run)
    assert run.returncode == 0, run.stderr
    assert len(manifest_of(out)["documents"]) == 2 and validate(out).ok
    assert {len(list((out / name).iterdir())) for name in SCHEMAS} == {2}


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_workers_exit_when_their_parent_dies(tmp_path, sig):
    """The parent is signalled while one worker is inside a document (one that never
    finishes) and the other may be anywhere: every worker goes."""
    out = tmp_path / "out"
    hangs = tmp_path / "hangs-base.pdf"
    hangs.write_bytes(real_pdf(BASE).read_bytes())
    site = tmp_path / "site"
    process = start("extract", str(hangs), str(SAMPLE), "-o", str(out), "-j", "2", "-q",
                    env=with_a_hang(site))  # fmt: skip
    deadline = time.monotonic() + 120
    while not (site / "hangs-base.pdf.pid").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert busy_workers(process.pid)
    process.send_signal(sig)
    process.wait()
    assert group_gone(process.pid), "a worker outlived its parent"


def test_a_killed_worker_fails_only_its_document(tmp_path):
    """Four documents on two workers; the worker holding one of them is killed mid-document:
    that document fails with the reason, the other three land, and the next run extracts
    it."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ["a.pdf", "b.pdf", "c.pdf", "hangs-d.pdf"]:
        (folder / name).write_bytes(real_pdf(BASE).read_bytes() + f"\n% {name}\n".encode())
    out = tmp_path / "out"
    site = tmp_path / "site"
    process = start("extract", str(folder), "-o", str(out), "-j", "2", "-q",
                    env=with_a_hang(site))  # fmt: skip
    marker = site / "hangs-d.pdf.pid"
    deadline = time.monotonic() + 120
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.05)  # the pid is written
    os.kill(int(marker.read_text()), signal.SIGKILL)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 1 and b"Traceback" not in stderr, stderr
    manifest = manifest_of(out)
    [failure] = manifest["failures"]
    assert failure["source"].endswith("hangs-d.pdf")
    assert "worker process was killed (signal 9)" in failure["reason"]
    assert len(manifest["documents"]) == 3
    run = planparse("extract", str(folder), "-o", str(out), "-q")  # no hang here
    assert run.returncode == 0 and len(manifest_of(out)["documents"]) == 4


def test_a_document_past_its_time_or_memory_fails_and_the_others_land(bad, tmp_path):
    hangs = tmp_path / "hangs-sample.pdf"
    hangs.write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out"
    run = planparse("extract", str(hangs), str(bad["surrogates"]), "-o", str(out), "-j", "1",
                    "--timeout", "1.5", "-q", env=with_a_hang(tmp_path / "site"))  # fmt: skip
    no_traceback(run)
    assert run.returncode == 1
    [failure] = manifest_of(out)["failures"]
    assert "took longer than 1.5 s (--timeout); stopped" in failure["reason"]
    assert [d["source_name"] for d in manifest_of(out)["documents"]] == ["surrogates.pdf"]

    small = planparse("extract", str(SAMPLE), "-o", str(tmp_path / "o2"), "--max-memory", "20")
    no_traceback(small)
    assert small.returncode == 1 and "used more than 20 MB of memory" in small.stderr


def test_the_lock_is_taken_before_the_manifest_is_read(tmp_path, monkeypatch):
    """A run that reads the manifest while another finishes must not erase the other's
    document: the lock comes first, so the other run is refused instead."""
    out = tmp_path / "out"
    other = tmp_path / "other.pdf"
    other.write_bytes(SAMPLE.read_bytes() + b"\n% other\n")
    opened = Dataset.open
    seen = []

    def open_then_race(location, fmt=None, create=False):
        dataset = opened(location, fmt, create)
        if not seen:  # while this run has read the manifest, another run tries to write
            seen.append(planparse("extract", str(other), "-o", str(out), "-q"))
        return dataset

    monkeypatch.setattr(Dataset, "open", staticmethod(open_then_race))
    result = CliRunner().invoke(main, ["extract", str(SAMPLE), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    [race] = seen
    assert race.returncode == 1 and "another planparse run is writing" in race.stderr
    assert len(manifest_of(out)["documents"]) == 1 and validate(out).ok


def test_a_new_dataset_appears_with_its_manifest_or_not_at_all(tmp_path):
    """A new folder is made beside it and renamed into place with its manifest, so a kill
    never leaves a folder without one; a folder made meanwhile by another run is left be."""
    out = tmp_path / "out"
    appear_with_manifest(str(out), None)
    assert json.loads((out / "manifest.json").read_text())["documents"] == []
    (out / "theirs").write_text("another run's file")
    appear_with_manifest(str(out), None)
    assert (out / "theirs").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left


def test_leftovers_of_a_run_killed_before_its_manifest_are_swept(tmp_path):
    out = tmp_path / "out"
    (out / "fundings").mkdir(parents=True)
    (out / "fundings" / f"{'a' * 64}.parquet").write_bytes(b"half")
    (out / ".staging").mkdir()
    (out / ".planparse.lock").write_text("pid 1\n")
    result = CliRunner().invoke(main, ["extract", str(SAMPLE), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert not (out / "fundings" / f"{'a' * 64}.parquet").exists() and validate(out).ok


def test_rows_the_output_cannot_hold_fail_their_document_alone(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for tag in "ab":
        (folder / f"{tag}.pdf").write_bytes(SAMPLE.read_bytes() + f"\n% {tag}\n".encode())
    to_table = dataset_module.rows_to_table

    def refuse_b(name, rows):
        if name == "items" and rows and rows[0].doc_id == b_id:
            raise ValueError("a value the schema refuses")
        return to_table(name, rows)

    b_id = hashlib.sha256((folder / "b.pdf").read_bytes()).hexdigest()
    monkeypatch.setattr(dataset_module, "rows_to_table", refuse_b)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 1
    [failure] = manifest_of(out)["failures"]
    assert failure["source"].endswith("b.pdf") and "its rows cannot be written" in failure["reason"]
    assert [d["source_name"] for d in manifest_of(out)["documents"]] == ["a.pdf"]
    assert not (out / ".staging").exists() and validate(out).ok
