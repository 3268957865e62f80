"""The data contract: dataclasses and Arrow schemas agree, types are as documented."""

from __future__ import annotations

from dataclasses import fields

import pyarrow as pa

from planparse.model import ROW_TYPES, SCHEMAS, Document, rows_to_table


def test_every_table_has_a_dataclass_with_the_schema_columns():
    assert set(ROW_TYPES) == set(SCHEMAS)
    for name, schema in SCHEMAS.items():
        assert [f.name for f in fields(ROW_TYPES[name])] == schema.names, name


def test_every_column_is_described():
    for name, schema in SCHEMAS.items():
        for field in schema:
            assert field.metadata and field.metadata.get(b"description"), f"{name}.{field.name}"


def test_rows_to_table_keeps_types_and_nulls():
    doc = Document("abc", "x.pdf", None, "첨단산업국", 2025, 71, "0.1.0")
    table = rows_to_table("documents", [doc])
    assert table.schema.field("plan_year").type == pa.int32()
    assert table.column("title").to_pylist() == [None]
    assert rows_to_table("documents", []).num_rows == 0
