"""A corpus in one command (issue 10): many PDFs into one dataset, resumable, locked,
failures isolated, in parallel, and on Ray — each through the real CLI."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pyarrow.fs as pafs
import pytest
from click.testing import CliRunner

from planparse.cli import main
from planparse.output.dataset import Dataset
from planparse.output.model import PRIMARY_KEYS, SCHEMAS
from planparse.output.validate import validate
from tests.conftest import DATA, PDFS, SAMPLE


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """`planparse extract ARGS` as its own process, as a user runs it, with no RAY_ADDRESS
    (the ray executor then starts a local Ray)."""
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    command = [sys.executable, "-m", "planparse.cli", "extract", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=900)


def copy_of(sample: Path, target: Path, tag: str) -> Path:
    """The sample PDF with a comment after its end: the same pages, another sha256 (so
    another document), as a second print of a plan would be."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(sample.read_bytes() + f"\n% {tag}\n".encode())
    return target


@pytest.fixture()
def plans(tmp_path: Path) -> Path:
    """A folder of three distinct plans, one in a subfolder, and a file that is no PDF."""
    folder = tmp_path / "plans"
    copy_of(SAMPLE, folder / "a.pdf", "a")
    copy_of(SAMPLE, folder / "b.pdf", "b")
    copy_of(SAMPLE, folder / "more" / "c.pdf", "c")
    (folder / "notes.txt").write_text("not a plan")
    return folder


def read(folder: Path) -> pd.DataFrame:
    """A table's folder as one frame, its integers integers even where some are null."""
    return pd.read_parquet(folder, dtype_backend="numpy_nullable")


def assert_same_rows(a: pd.DataFrame, b: pd.DataFrame, name: str) -> None:
    """Two frames of one table hold the same rows (compared in the order of its key)."""
    key = PRIMARY_KEYS[name]
    pd.testing.assert_frame_equal(
        a.sort_values(key).reset_index(drop=True), b.sort_values(key).reset_index(drop=True)
    )


def assert_same_table(one: Path, two: Path, name: str) -> None:
    """A table of two datasets holds the same rows."""
    assert_same_rows(read(one / name), read(two / name), name)


def manifest_of(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def files_per_table(out: Path) -> dict[str, int]:
    return {name: len(list((out / name).iterdir())) for name in SCHEMAS}


def test_a_folder_and_a_file_into_one_dataset_then_skipped_then_forced(plans, tmp_path):
    out = tmp_path / "dataset"
    extra = copy_of(SAMPLE, tmp_path / "d.pdf", "d")
    result = run("extract", str(plans), str(extra), "-o", str(out), "-j", "1")
    assert result.exit_code == 0, result.output
    assert "4 extracted, 0 skipped (unchanged), 0 failed" in result.output
    manifest = manifest_of(out)
    assert sorted(d["source_name"] for d in manifest["documents"]) == [
        "a.pdf",
        "b.pdf",
        "c.pdf",
        "d.pdf",
    ]
    assert files_per_table(out) == {name: 4 for name in SCHEMAS}
    fundings = pd.read_parquet(out / "fundings")
    assert fundings.doc_id.nunique() == 4
    assert manifest["tables"]["fundings"]["rows"] == len(fundings)
    assert validate(out).ok

    again = run("extract", str(plans), str(extra), "-o", str(out))
    assert again.exit_code == 0 and "0 extracted, 4 skipped (unchanged), 0 failed" in again.output

    copy_of(SAMPLE, plans / "e.pdf", "e")
    more = run("extract", str(plans), "-o", str(out), "-q")
    assert more.exit_code == 0 and len(manifest_of(out)["documents"]) == 5

    forced = run("extract", str(plans / "a.pdf"), "-o", str(out), "--force")
    assert "1 extracted, 0 skipped" in forced.output
    assert files_per_table(out) == {name: 5 for name in SCHEMAS}


def test_a_bad_pdf_is_recorded_and_the_others_are_extracted(plans, tmp_path):
    (plans / "broken.pdf").write_bytes(b"%PDF-1.4\ngarbage")
    (plans / "renamed.pdf").write_text("hello")
    out = tmp_path / "dataset"
    result = run("extract", str(plans), "-o", str(out), "-j", "1")
    assert result.exit_code == 1
    assert "3 extracted, 0 skipped (unchanged), 2 failed" in result.output
    failures = {Path(f["source"]).name: f["reason"] for f in manifest_of(out)["failures"]}
    assert "cannot read the PDF" in failures["broken.pdf"]
    assert "not a PDF" in failures["renamed.pdf"]
    assert all("\n" not in reason for reason in failures.values())
    assert len(manifest_of(out)["documents"]) == 3 and validate(out).ok

    shutil.copy(SAMPLE, plans / "broken.pdf")  # mended: the next run takes it, drops the failure
    mended = run("extract", str(plans), "-o", str(out), "-q")
    assert mended.exit_code == 1  # renamed.pdf still fails
    assert [Path(f["source"]).name for f in manifest_of(out)["failures"]] == ["renamed.pdf"]
    assert len(manifest_of(out)["documents"]) == 4


def test_a_process_pool_writes_the_same_dataset(plans, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert run("extract", str(plans), "-o", str(one), "-j", "1", "-q").exit_code == 0
    assert run("extract", str(plans), "-o", str(two), "-j", "2", "-q").exit_code == 0
    for name in SCHEMAS:
        assert_same_table(one, two, name)


def test_a_second_run_on_a_locked_dataset_fails_at_once(plans, tmp_path):
    out = tmp_path / "dataset"
    assert run("extract", str(plans / "a.pdf"), "-o", str(out), "-q").exit_code == 0
    dataset = Dataset.open(str(out))
    with dataset.lock():
        started = time.perf_counter()
        result = run("extract", str(plans), "-o", str(out))
        assert time.perf_counter() - started < 5
    assert result.exit_code == 1
    assert "another planparse run is writing this dataset" in result.output
    assert f"pid {os.getpid()}" in result.output
    assert len(manifest_of(out)["documents"]) == 1


def test_a_run_killed_mid_way_leaves_a_valid_dataset_and_the_next_completes(plans, tmp_path):
    """A real kill (SIGKILL) once the first document is listed: what is on disk is a valid
    dataset of the documents listed; the next run extracts only the rest."""
    out = tmp_path / "dataset"
    command = [sys.executable, "-m", "planparse.cli", "extract", str(plans), "-o", str(out)]
    process = subprocess.Popen([*command, "-j", "1", "-q"], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if (out / "manifest.json").exists() and manifest_of(out)["documents"]:
            break
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    listed = len(manifest_of(out)["documents"])
    assert 1 <= listed < 3
    assert validate(out).ok
    assert all(len(list((out / name).iterdir())) >= listed for name in SCHEMAS)

    result = run("extract", str(plans), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert f"{3 - listed} extracted, {listed} skipped (unchanged), 0 failed" in result.output
    assert files_per_table(out) == {name: 3 for name in SCHEMAS}  # no orphan left
    assert validate(out).ok


def test_duckdb_reads_every_document_of_a_table_as_one(plans, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "dataset"
    assert run("extract", str(plans), "-o", str(out), "-q").exit_code == 0
    [(docs, rows)] = duckdb.sql(
        f"SELECT count(DISTINCT doc_id), count(*) FROM '{out}/fundings/*.parquet'"
    ).fetchall()
    assert docs == 3 and rows == manifest_of(out)["tables"]["fundings"]["rows"]


def test_validate_compares_each_document_with_its_golden_files(plans, tmp_path):
    """Golden files are per document: a folder of golden folders, each found by the doc_id
    of its documents.jsonl."""
    out = tmp_path / "dataset"
    assert run("extract", str(SAMPLE), str(plans / "a.pdf"), "-o", str(out), "-q").exit_code == 0
    golden = tmp_path / "golden"
    shutil.copytree(Path(SAMPLE).parent / "golden", golden / "sample")
    report = validate(out, golden)
    assert report.ok, report.text()
    fundings = golden / "sample" / "fundings.jsonl"
    fundings.write_text("".join(fundings.read_text().splitlines(True)[1:]))
    assert "fundings: 1 added" in validate(out, golden).text()


PLANS = PDFS / "busan-2025"


@pytest.fixture(scope="module")
def plans_dataset(tmp_path_factory):
    """The real Busan plans, a file that is not a PDF and an encrypted PDF, in one call
    with two workers: the dataset and what the run said."""
    if not PLANS.is_dir():
        pytest.skip(f"{PLANS} is absent: real-PDF tests need ../shared/pdfs beside the project")
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "minutes.pdf").write_text("not a PDF at all")
    out = folder / "dataset"
    inputs = [str(PLANS), str(folder / "minutes.pdf"), str(DATA / "encrypted.pdf")]
    result = run("extract", *inputs, "-o", str(out), "-j", "2")
    return out, inputs, result


def test_the_busan_plans_and_two_bad_files_in_one_call(plans_dataset):
    out, inputs, result = plans_dataset
    plans = len(list(PLANS.glob("*.pdf")))  # ../shared/pdfs grows
    assert result.exit_code == 1
    assert f"{plans} extracted, 0 skipped (unchanged), 2 failed" in result.output
    manifest = manifest_of(out)
    assert sorted(d["source_name"] for d in manifest["documents"]) == sorted(
        p.name for p in PLANS.glob("*.pdf")
    )
    reasons = {Path(f["source"]).name: f["reason"] for f in manifest["failures"]}
    assert "not a PDF" in reasons["minutes.pdf"]
    assert "encrypted (a password is needed" in reasons["encrypted.pdf"]
    assert manifest["documents"]
    assert all(d["pages"] > 0 and d["rows"]["sections"] > 0 for d in manifest["documents"])
    assert validate(out).ok

    again = run("extract", *inputs, "-o", str(out))
    assert again.exit_code == 1  # the two bad files fail again
    assert f"0 extracted, {plans} skipped (unchanged), 2 failed" in again.output


def test_every_table_reads_as_one_over_all_plans(plans_dataset):
    duckdb = pytest.importorskip("duckdb")
    out, _, _ = plans_dataset
    manifest = manifest_of(out)
    for name in SCHEMAS:
        frame = pd.read_parquet(out / name, dtype_backend="numpy_nullable")
        assert len(frame) == manifest["tables"][name]["rows"], name
        [(count,)] = duckdb.sql(f"SELECT count(*) FROM '{out}/{name}/*.parquet'").fetchall()
        assert count == len(frame), name
    described = duckdb.sql(f"DESCRIBE SELECT * FROM '{out}/fundings/*.parquet'").fetchall()
    types = {row[0]: row[1] for row in described}
    assert (types["amount_krw"], types["start_year"], types["ongoing"]) == (
        "BIGINT",
        "INTEGER",
        "BOOLEAN",
    )
    fundings = pd.read_parquet(out / "fundings", dtype_backend="numpy_nullable")
    plans = len(list(PLANS.glob("*.pdf")))
    assert fundings.doc_id.nunique() == plans and str(fundings.amount_krw.dtype) == "Int64"


@pytest.mark.slow
def test_on_a_local_ray_three_plans_as_the_local_executor_wrote_them(plans_dataset, tmp_path):
    """The ray executor on a real local Ray (RAY_ADDRESS unset, the machine's CPUs): the
    same files, and the same rows, as the local executor wrote for those plans."""
    pytest.importorskip("ray", reason="Ray is not installed: pip install 'planparse[ray]'")
    local, _, _ = plans_dataset
    names = [
        "audit-committee.pdf",
        "human-resources-development-institute.pdf",
        "water-works-headquarters.pdf",
    ]
    on_ray = tmp_path / "ray"
    result = run_cli(*(str(PLANS / n) for n in names), "-o", str(on_ray), "--executor", "ray")
    assert result.returncode == 0, result.stderr
    assert "3 extracted, 0 skipped (unchanged), 0 failed" in result.stderr
    ids = [d["doc_id"] for d in manifest_of(on_ray)["documents"]]
    assert sorted(d["source_name"] for d in manifest_of(on_ray)["documents"]) == names
    for name in SCHEMAS:
        assert sorted(p.name for p in (on_ray / name).iterdir()) == sorted(
            f"{i}.parquet" for i in ids
        )
        mine = read(local / name)
        assert_same_rows(mine[mine.doc_id.isin(ids)], read(on_ray / name), name)


@pytest.fixture()
def s3(monkeypatch):
    """A local S3 endpoint (moto's server, on this machine; no network), and the URI
    options that point pyarrow at it."""
    server_module = pytest.importorskip("moto.server", reason="moto is not installed")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    credentials = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    for key, value in credentials.items():
        monkeypatch.setenv(key, value)
    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    urllib.request.urlopen(urllib.request.Request(f"http://{host}:{port}/moto-api/reset", b""))
    options = f"?endpoint_override=http://{host}:{port}&scheme=http&region=us-east-1"
    fs, _ = pafs.FileSystem.from_uri(f"s3://plans{options}&allow_bucket_creation=true")
    fs.create_dir("plans")
    yield fs, options
    server.stop()


@pytest.mark.parametrize("executor", ["local", pytest.param("ray", marks=pytest.mark.slow)])
def test_from_s3_to_s3(s3, plans, tmp_path, executor):
    """PDFs read from and the dataset written to S3 (``s3://…`` URIs, through pyarrow.fs), by
    the local executor and by Ray tasks: the same layout as on disk, and it resumes."""
    if executor == "ray":
        pytest.importorskip("ray", reason="Ray is not installed: pip install 'planparse[ray]'")
    fs, options = s3
    for path in sorted(plans.rglob("*.pdf")):
        with fs.open_output_stream(f"plans/in/{path.relative_to(plans)}") as out:
            out.write(path.read_bytes())
    source, target = f"s3://plans/in/{options}", f"s3://plans/dataset{options}"
    result = run_cli(source, "-o", target, "--executor", executor, "-j", "2")
    assert result.returncode == 0, result.stderr
    assert "3 extracted, 0 skipped (unchanged), 0 failed" in result.stderr
    local = tmp_path / "local"
    assert run("extract", str(plans), "-o", str(local), "-q").exit_code == 0
    stored = fs.get_file_info(pafs.FileSelector("plans/dataset", recursive=True))
    written = sorted(
        info.path.removeprefix("plans/dataset/")
        for info in stored
        if info.path.endswith(".parquet")
    )
    assert written == sorted(str(p.relative_to(local)) for p in local.rglob("*.parquet"))
    assert validate(target).ok
    again = run("extract", source, "-o", target)
    assert again.exit_code == 0 and "0 extracted, 3 skipped (unchanged)" in again.output
