"""The data contract: generated schemas, golden files, validate, formats and the manifest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from planparse.cli import main
from planparse.output import model
from planparse.output.contract import schema_files
from planparse.output.dataset import write_document
from planparse.output.validate import validate
from tests.conftest import PDFS, ROOT, SAMPLE, extracted
from tests.support.samples import find_samples

SAMPLES = find_samples(ROOT / "samples", PDFS)
SAMPLE_GOLDEN = ROOT / "samples" / "busan-2025" / "golden"


def test_checked_in_schemas_are_the_generated_ones():
    checked_in = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schemas").glob("*.json")}
    generated = schema_files()
    assert sorted(checked_in) == sorted(generated), "run: planparse schema --write schemas/"
    stale = [name for name, text in generated.items() if checked_in[name] != text]
    assert not stale, (
        f"schemas/{', '.join(stale)} differ from the code: run `make golden` and review"
    )


def test_a_column_added_in_the_code_shows_as_schema_drift(monkeypatch):
    items = model.SCHEMAS["items"].append(
        pa.field("extra", pa.string(), metadata={"description": "x"})
    )
    monkeypatch.setitem(model.SCHEMAS, "items", items)
    drifted = [
        name
        for name, text in schema_files().items()
        if (ROOT / "schemas" / name).read_text(encoding="utf-8") != text
    ]
    assert drifted == ["items.json"]


def test_schemas_are_frictionless_table_schemas():
    schema = json.loads((ROOT / "schemas" / "fundings.json").read_text(encoding="utf-8"))
    assert schema["primaryKey"] == ["doc_id", "funding_id"]
    fields = {f["name"]: f for f in schema["fields"]}
    assert (
        fields["amount_krw"]["type"] == "integer" and fields["amount_krw"]["arrowType"] == "int64"
    )
    assert fields["raw"]["constraints"] == {"required": True}
    assert {"fields": "item_id", "reference": {"resource": "items", "fields": "item_id"}} in schema[
        "foreignKeys"
    ]


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.name for s in SAMPLES])
def test_every_sample_matches_its_golden_files(sample, tmp_path):
    if sample.pdf is None:
        pytest.skip(f"{sample.name}: {sample.missing}")
    out = tmp_path / "out"
    write_document(extracted(sample.pdf).table_rows(), out)
    report = validate(out, sample.golden)
    assert report.ok, "\n" + report.text()


@pytest.fixture()
def sample_dataset(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    write_document(extracted(SAMPLE).table_rows(), out)
    return out


def table_file(dataset: Path, table: str) -> Path:
    """The one file of a one-document dataset's table."""
    [path] = (dataset / table).iterdir()
    return path


def edited_golden(tmp_path: Path, table: str, edit) -> Path:
    golden = tmp_path / "golden"
    shutil.copytree(SAMPLE_GOLDEN, golden)
    path = golden / f"{table}.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(edit(lines)) + "\n", encoding="utf-8")
    return golden


def test_deleting_a_golden_row_is_reported_with_its_key(sample_dataset, tmp_path):
    golden = edited_golden(tmp_path, "items", lambda lines: lines[:4] + lines[5:])
    report = validate(sample_dataset, golden)
    assert not report.ok
    text = report.text()
    assert "items: 1 added" in text and "added    i00005" in text


def test_changing_an_amount_is_reported_field_by_field(sample_dataset, tmp_path):
    def edit(lines):
        row = json.loads(lines[0])
        row["amount_krw"] += 1
        return [json.dumps(row, ensure_ascii=False), *lines[1:]]

    report = validate(sample_dataset, edited_golden(tmp_path, "fundings", edit))
    text = report.text()
    assert "fundings: 1 changed" in text
    first = json.loads(
        (SAMPLE_GOLDEN / "fundings.jsonl").read_text(encoding="utf-8").splitlines()[0]
    )
    assert (
        f"{first['funding_id']}: amount_krw: {first['amount_krw'] + 1} -> {first['amount_krw']}"
        in text
    )


def test_contract_problems_are_all_collected(sample_dataset):
    items = pq.read_table(table_file(sample_dataset, "items"))
    items = items.append_column("extra", pa.array(["x"] * items.num_rows))
    items = items.set_column(
        items.schema.get_field_index("page"), "page", items.column("page").cast(pa.int64())
    )
    pq.write_table(items, table_file(sample_dataset, "items"))
    table_file(sample_dataset, "issues").unlink()
    text = validate(sample_dataset).text()
    assert "columns not in the contract: extra" in text
    assert "column page is int64, the contract says int32" in text
    assert "issues: 1 contract problems" in text and "file missing: issues/" in text


def test_dangling_foreign_key_and_duplicate_key(sample_dataset):
    items = pq.read_table(table_file(sample_dataset, "items")).to_pylist()
    items[0]["section_id"] = "s9999"
    items.append(items[1])
    pq.write_table(
        pa.Table.from_pylist(items, schema=model.SCHEMAS["items"]),
        table_file(sample_dataset, "items"),
    )
    text = validate(sample_dataset).text()
    assert "section_id points at no sections.section_id: s9999" in text
    assert f"duplicate keys: {items[1]['item_id']}" in text


def test_validate_cli_exit_codes(sample_dataset, tmp_path):
    ok = CliRunner().invoke(main, ["validate", str(sample_dataset), "--golden", str(SAMPLE_GOLDEN)])
    assert ok.exit_code == 0 and "valid: every table matches" in ok.output
    golden = edited_golden(tmp_path, "sections", lambda lines: lines[1:])
    bad = CliRunner().invoke(main, ["validate", str(sample_dataset), "--golden", str(golden)])
    assert bad.exit_code == 1 and "INVALID" in bad.output
    missing = CliRunner().invoke(main, ["validate", str(tmp_path / "nowhere")])
    assert missing.exit_code == 1 and "not a planparse dataset" in missing.output


def test_duckdb_and_pandas_read_the_documented_types(sample_dataset):
    duckdb = pytest.importorskip("duckdb")
    described = duckdb.sql(
        f"DESCRIBE SELECT * FROM '{sample_dataset}/fundings/*.parquet'"
    ).fetchall()
    types = {row[0]: row[1] for row in described}
    assert (types["amount_krw"], types["start_year"], types["ongoing"], types["raw"]) == (
        "BIGINT",
        "INTEGER",
        "BOOLEAN",
        "VARCHAR",
    )
    [(total,)] = duckdb.sql(
        f"SELECT sum(amount_krw) FROM '{sample_dataset}/fundings/*.parquet'"
    ).fetchall()
    assert isinstance(total, int)
    import pandas as pd

    df = pd.read_parquet(sample_dataset / "fundings", dtype_backend="numpy_nullable")
    assert str(df["amount_krw"].dtype) == "Int64" and str(df["end_month"].dtype) == "Int32"
    assert df["end_month"].isna().any()  # nullable stays nullable, integers stay integers


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_other_formats_with_manifest(tmp_path, fmt):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["extract", str(SAMPLE), "-o", str(out), "--format", fmt, "-q"]
    )
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == fmt and manifest["schema_version"] == model.SCHEMA_VERSION
    [doc] = manifest["documents"]
    assert doc["source_name"] == "sample.pdf" and len(doc["sha256"]) == 64
    assert (out / "fundings" / f"{doc['doc_id']}.{fmt}").is_file()
    assert validate(out).ok  # read back with the contract's types
    assert manifest["tables"]["items"] == {"folder": "items", "rows": 31}
    assert validate(out, SAMPLE_GOLDEN).ok
