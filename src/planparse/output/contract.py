"""The data contract as files: Frictionless Table Schemas generated from ``output.model``,
and golden files (sorted JSON Lines) that show every change in parsed values as a diff.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa

from planparse.output.model import FOREIGN_KEYS, PRIMARY_KEYS, SCHEMA_VERSION, SCHEMAS

# Frictionless field types for Arrow types; the exact Arrow type is kept beside it.
FIELD_TYPES = {
    pa.string(): "string",
    pa.int32(): "integer",
    pa.int64(): "integer",
    pa.float64(): "number",
    pa.bool_(): "boolean",
}
# Fields left out of golden files: they change without the parse changing (the series
# columns with the other documents of the dataset).
VOLATILE = {
    "documents": {"parser_version"},
    "projects": {"series_id"},
    "programmes": {
        "series_id", "previous_doc_id", "previous_plan_year", "previous_name",
        "previous_amount_krw", "change_krw",
    },
}  # fmt: skip


def table_schema(name: str) -> dict[str, Any]:
    """The Frictionless Table Schema of one output table."""
    schema = SCHEMAS[name]
    fields = []
    for f in schema:
        field: dict[str, Any] = {
            "name": f.name,
            "type": FIELD_TYPES[f.type],
            "arrowType": str(f.type),
            "description": f.metadata[b"description"].decode("utf-8"),
        }
        if not f.nullable:
            field["constraints"] = {"required": True}
        fields.append(field)
    out: dict[str, Any] = {
        "$schema": "https://specs.frictionlessdata.io/schemas/table-schema.json",
        "name": name,
        "version": SCHEMA_VERSION,
        "fields": fields,
        "missingValues": [""],
    }
    if name in PRIMARY_KEYS:
        out["primaryKey"] = PRIMARY_KEYS[name]
    foreign = [
        {
            "fields": column,
            "reference": {"resource": "" if ref_table == name else ref_table, "fields": ref_column},
        }
        for (table, column), (ref_table, ref_column) in FOREIGN_KEYS.items()
        if table == name
    ]
    if foreign:
        out["foreignKeys"] = foreign
    return out


def schema_files() -> dict[str, str]:
    """File name -> text of every generated schema file."""
    return {
        f"{name}.json": json.dumps(table_schema(name), ensure_ascii=False, indent=2) + "\n"
        for name in SCHEMAS
    }


def write_schemas(folder: Path) -> list[Path]:
    """Write every table's schema into folder; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in schema_files().items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def sort_key(name: str, row: dict[str, Any]) -> tuple:
    """Stable order of golden rows: the primary key, else every column."""
    columns = PRIMARY_KEYS.get(name) or list(row)
    return tuple(
        ""
        if row.get(c) is None
        else str(row.get(c)).zfill(12)
        if isinstance(row.get(c), int)
        else str(row.get(c))
        for c in columns
    )


def golden_rows(name: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows as they go into a golden file: volatile fields dropped, sorted by key."""
    drop = VOLATILE.get(name, set())
    kept = [{k: v for k, v in row.items() if k not in drop} for row in rows]
    return sorted(kept, key=lambda r: sort_key(name, r))


def write_golden(tables: dict[str, list[dict[str, Any]]], folder: Path) -> None:
    """Write one <table>.jsonl per table, one JSON object a line, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        with (folder / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for row in golden_rows(name, rows):
                handle.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


def read_golden(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Read every <table>.jsonl in a golden folder."""
    out = {}
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            out[path.stem] = [json.loads(line) for line in handle if line.strip()]
    return out


def row_meaning(name: str) -> str:
    """What one row of a table is: the first line of its row type's docstring."""
    from planparse.output.model import ROW_TYPES

    doc = (ROW_TYPES[name].__doc__ or name).strip().splitlines()[0].rstrip(".")
    return doc[0].lower() + doc[1:] if doc else name


def readme_tables() -> str:
    """README's list of the output tables, every column named (generated from the model,
    so it cannot drift: a test compares)."""
    lines = ["| table | one row per | columns |", "|---|---|---|"]
    for name, schema in SCHEMAS.items():
        columns = ", ".join(f.name for f in schema if f.name != "doc_id")
        lines.append(f"| `{name}` | {row_meaning(name)} | {columns} |")
    return "\n".join(lines) + "\n"


def output_reference() -> str:
    """docs/OUTPUT.md: every column of every table with its type and description."""
    out = [
        "# The output tables, column by column",
        "",
        "Generated from `src/planparse/output/model.py` by `make golden`;",
        "a test fails when this file and the code differ. Every table has `doc_id`.",
        "",
    ]
    for name, schema in SCHEMAS.items():
        out += [f"## `{name}`: {row_meaning(name)}", "", "| column | type | null | meaning |"]
        out.append("|---|---|---|---|")
        for f in schema:
            text = f.metadata[b"description"].decode("utf-8").replace("|", "\\|")
            out.append(f"| `{f.name}` | {f.type} | {'yes' if f.nullable else 'no'} | {text} |")
        out.append("")
    return "\n".join(out)


TABLES_START = "<!-- tables:start"
TABLES_END = "<!-- tables:end -->"


def with_readme_tables(readme: str) -> str:
    """README with its generated list of tables (between the tables markers) made new."""
    head, rest = readme.split(TABLES_START, 1)
    marker, _ = rest.split("\n", 1)
    _, tail = rest.split(TABLES_END, 1)
    return f"{head}{TABLES_START}{marker}\n{readme_tables()}{TABLES_END}{tail}"
