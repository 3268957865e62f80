"""The data contract: dataclasses and Arrow schemas agree, types are as documented."""

from __future__ import annotations

import math
import subprocess
import sys
from dataclasses import asdict, fields

import pyarrow as pa
import pytest

from planparse.output.model import ROW_TYPES, SCHEMAS, Document, Funding, rows_to_table


def test_every_table_has_a_dataclass_with_the_schema_columns():
    assert set(ROW_TYPES) == set(SCHEMAS)
    for name, schema in SCHEMAS.items():
        assert [f.name for f in fields(ROW_TYPES[name])] == schema.names, name


def test_every_column_is_described():
    for name, schema in SCHEMAS.items():
        for field in schema:
            assert field.metadata and field.metadata.get(b"description"), f"{name}.{field.name}"


def test_rows_to_table_keeps_types_and_nulls():
    doc = Document(
        doc_id="abc",
        source_name="x.pdf",
        title=None,
        organisation="첨단산업국",
        plan_year=2025,
        page_count=71,
        parser_version="0.1.0",
    )
    table = rows_to_table("documents", [doc])
    assert table.schema.field("plan_year").type == pa.int32()
    assert table.column("title").to_pylist() == [None]
    assert rows_to_table("documents", []).num_rows == 0


def funding_row(**values: object) -> Funding:
    """A funding row with every field set (a null where a field may be null)."""
    row = {
        f.name: None if "None" in str(f.type) else {"int": 0, "bool": False}.get(str(f.type), "")
        for f in fields(Funding)
    }
    return Funding(**{**row, **values})  # type: ignore[arg-type]


def test_rows_to_table_keeps_every_value_exactly():
    """Exact integers past 2**53, floats to the last bit, Korean text, quotes, nulls."""
    rows = [
        funding_row(
            funding_id="f1",
            raw="▷ '24~'28, 170억원(국105, \"시\"50)\n",
            amount_krw=9_007_199_254_740_993,  # 2**53 + 1: a double would lose the 1
            sources_total_krw=-(2**63),
            x0=0.1 + 0.2,
            top=1e-300,
            x1=123.456789012345,
            ongoing=True,
        ),
        funding_row(funding_id="f2", amount_krw=None, x0=None),
    ]
    table = rows_to_table("fundings", rows)
    assert table.schema.equals(SCHEMAS["fundings"], check_metadata=True)
    assert table.to_pylist() == [asdict(r) for r in rows]


def test_rows_to_table_refuses_a_float_that_is_not_a_number():
    with pytest.raises(ValueError):
        rows_to_table("fundings", [funding_row(funding_id="f1", x0=math.nan)])


def test_rows_to_table_does_not_import_pandas():
    """Arrow's ``pa.array`` imports pandas (half a second a process); the writer must not."""
    code = (
        "import sys; from planparse.output.model import Document, rows_to_table; "
        "rows_to_table('documents', [Document(doc_id='a', source_name='x.pdf', title=None, "
        "organisation=None, plan_year=2025, page_count=1, parser_version='0')]); "
        "rows_to_table('fundings', []); print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_rows_are_built_by_keyword_only():
    """A new column cannot shift values: every row type refuses positional arguments."""
    for name, row_type in ROW_TYPES.items():
        with pytest.raises(TypeError, match="positional"):
            row_type(*range(len(fields(row_type))))
        assert all(f.kw_only for f in fields(row_type)), name
