"""Validate a dataset: against the contract (columns, types, nullability, keys) and against
golden files (rows added, removed, changed, field by field). Collects every problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.fs as pafs

from planparse.errors import PlanparseError
from planparse.output.contract import VOLATILE, golden_rows, read_golden
from planparse.output.dataset import Dataset
from planparse.output.model import FOREIGN_KEYS, PRIMARY_KEYS, SCHEMAS

SHOWN = 5  # differences shown per table


@dataclass
class TableReport:
    """What validation found for one table."""

    name: str
    rows: int = 0
    problems: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.problems or self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        if self.ok:
            return [f"{self.name}: ok ({self.rows} rows)"]
        counts = [
            f"{len(v)} {k}"
            for k, v in (
                ("added", self.added),
                ("removed", self.removed),
                ("changed", self.changed),
            )
            if v
        ]
        out = [
            f"{self.name}: "
            + ", ".join(counts + [f"{len(self.problems)} contract problems"] * bool(self.problems))
        ]
        out += [f"  {p}" for p in self.problems]
        for kind, entries in (
            ("added", self.added),
            ("removed", self.removed),
            ("changed", self.changed),
        ):
            out += [f"  {kind:8} {e}" for e in entries[:SHOWN]]
            if len(entries) > SHOWN:
                out.append(f"  … and {len(entries) - SHOWN} more {kind}")
        return out


@dataclass
class Report:
    tables: list[TableReport]
    reviewed: dict[str, dict[str, int]] = field(default_factory=dict)  # table -> state -> rows

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    def text(self) -> str:
        lines = [line for t in self.tables for line in t.lines()]
        for name, states in self.reviewed.items():
            total = sum(states.values())
            checked = total - states.get("none", 0)
            detail = ", ".join(f"{n} {s}" for s, n in sorted(states.items()) if s != "none")
            share = checked / total if total else 0.0
            lines.append(
                f"reviewed: {name} {checked} of {total} ({share:.1%})"
                + (f": {detail}" if detail else "")
            )
        bad = sum(not t.ok for t in self.tables)
        lines.append(
            "valid: every table matches"
            if self.ok
            else f"INVALID: {bad} of {len(self.tables)} tables differ"
        )
        return "\n".join(lines)


def read_dataset(location: str | Path) -> tuple[Dataset, dict[str, pa.Table], list[str]]:
    """Every table of a dataset written by ``extract``, over all its documents, and the
    files its manifest lists that are missing."""
    dataset = Dataset.open(str(location))
    missing = [
        f"{name}/{d['doc_id']}.{dataset.fmt} ({d['source_name']})"
        for d in dataset.documents
        for name in SCHEMAS
        if dataset.fs.get_file_info(dataset.file_of(name, d["doc_id"])).type != pafs.FileType.File
    ]
    return dataset, {name: dataset.read_table(name) for name in SCHEMAS}, missing


def check_schema(name: str, table: pa.Table) -> list[str]:
    """Columns, order, types and nullability against the contract."""
    expected = SCHEMAS[name]
    problems = []
    missing = [f.name for f in expected if f.name not in table.schema.names]
    extra = [n for n in table.schema.names if n not in expected.names]
    if missing:
        problems.append(f"columns missing: {', '.join(missing)}")
    if extra:
        problems.append(f"columns not in the contract: {', '.join(extra)}")
    for f in expected:
        if f.name not in table.schema.names:
            continue
        actual = table.schema.field(f.name)
        if actual.type != f.type:
            problems.append(f"column {f.name} is {actual.type}, the contract says {f.type}")
        if not f.nullable and table.column(f.name).null_count:
            problems.append(
                f"column {f.name} has {table.column(f.name).null_count} nulls; it may not"
            )
    return problems


def key_of(name: str, row: dict[str, Any]) -> str:
    columns = PRIMARY_KEYS.get(name)
    if not columns:
        return json.dumps(row, ensure_ascii=False, sort_keys=True)
    return "/".join(str(row.get(c)) for c in columns if c != "doc_id")


def check_keys(tables: dict[str, pa.Table]) -> dict[str, list[str]]:
    """Primary keys unique; every foreign key resolves."""
    problems: dict[str, list[str]] = {}
    for name, columns in PRIMARY_KEYS.items():
        if name not in tables:
            continue
        rows = tables[name].select(columns).to_pylist()
        seen, dups = set(), []
        for r in rows:
            key = tuple(r[c] for c in columns)
            if key in seen:
                dups.append("/".join(map(str, key[1:])))
            seen.add(key)
        if dups:
            problems.setdefault(name, []).append(f"duplicate keys: {', '.join(dups[:SHOWN])}")
    for (name, column), (ref, ref_column) in FOREIGN_KEYS.items():
        if name not in tables or ref not in tables:
            continue
        targets = set(
            zip(
                tables[ref].column("doc_id").to_pylist(),
                tables[ref].column(ref_column).to_pylist(),
                strict=True,
            )
        )
        pairs = zip(
            tables[name].column("doc_id").to_pylist(),
            tables[name].column(column).to_pylist(),
            strict=True,
        )
        dangling = [v for doc, v in pairs if v is not None and (doc, v) not in targets]
        if dangling:
            problems.setdefault(name, []).append(
                f"{column} points at no {ref}.{ref_column}: {', '.join(map(str, dangling[:SHOWN]))}"
            )
    return problems


def compare(
    name: str, rows: list[dict[str, Any]], golden: list[dict[str, Any]], report: TableReport
) -> None:
    """Rows added, removed and changed against a golden table, field by field."""
    drop = VOLATILE.get(name, set())
    now = {
        key_of(name, r): {k: v for k, v in r.items() if k not in drop}
        for r in golden_rows(name, rows)
    }
    before = {key_of(name, r): r for r in golden}
    report.added += [k for k in now if k not in before]
    report.removed += [k for k in before if k not in now]
    for key in now.keys() & before.keys():
        a, b = before[key], now[key]
        fields = [f for f in dict.fromkeys([*a, *b]) if a.get(f) != b.get(f)]
        if fields:
            report.changed.append(
                f"{key}: " + "; ".join(f"{f}: {a.get(f)!r} -> {b.get(f)!r}" for f in fields)
            )


def golden_folders(folder: Path) -> list[Path]:
    """The golden folders under ``folder``: itself when it holds golden files, else every
    folder below it that does (one per document, each with its documents.jsonl)."""
    if (folder / "documents.jsonl").exists():
        return [folder]
    return sorted(p.parent for p in folder.rglob("documents.jsonl"))


def of_document(table: pa.Table, doc_id: str) -> list[dict[str, Any]]:
    return [r for r in table.to_pylist() if r["doc_id"] == doc_id]


def validate(location: str | Path, golden_folder: Path | None = None) -> Report:
    """Check a dataset against the contract and, if given, against golden files: one
    golden folder per document, found by the doc_id in its documents.jsonl."""
    dataset, tables, missing = read_dataset(location)
    goldens = golden_folders(golden_folder) if golden_folder is not None else []
    if golden_folder is not None and not goldens:
        raise PlanparseError(f"{golden_folder}: no golden files (documents.jsonl and *.jsonl)")
    key_problems = check_keys(tables)
    reports = []
    for name in SCHEMAS:
        report = TableReport(name, tables[name].num_rows)
        report.problems += check_schema(name, tables[name]) + key_problems.get(name, [])
        report.problems += [f"file missing: {m}" for m in missing if m.startswith(f"{name}/")]
        reports.append(report)
    listed = {d["doc_id"]: d["source_name"] for d in dataset.documents}
    for folder in goldens:
        golden = read_golden(folder)
        doc_id = golden["documents"][0]["doc_id"]
        label = listed.get(doc_id, doc_id[:12])
        if doc_id not in listed:  # said once, not once a table
            report = TableReport(f"{folder.name} (golden)")
            report.problems.append(
                f"the golden document {doc_id[:12]} ({golden['documents'][0]['source_name']}) "
                "is not in the dataset"
            )
            reports.append(report)
            continue
        for name in SCHEMAS:
            report = TableReport(f"{label} {name}" if len(goldens) > 1 else name)
            rows = of_document(tables[name], doc_id)
            report.rows = len(rows)
            if name not in golden:
                report.problems.append("no golden file for this table")
            else:
                compare(name, rows, golden[name], report)
            reports.append(report)
    reviewed: dict[str, dict[str, int]] = {}
    for name, table in tables.items():
        if "reviewed" in table.column_names:
            states: dict[str, int] = {}
            for state in table.column("reviewed").to_pylist():
                states[state or "none"] = states.get(state or "none", 0) + 1
            reviewed[name] = states
    return Report(reports, reviewed)
