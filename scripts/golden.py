"""Regenerate the golden files of every sample whose PDF can be found, and the schemas.

Run deliberately (make golden), never from a test; review the diff before committing.
Usage: python scripts/golden.py [SHARED_PDFS]
"""

from __future__ import annotations

import sys
from pathlib import Path

from planparse.extract import extract
from planparse.output.contract import (
    output_reference,
    with_readme_tables,
    write_golden,
    write_schemas,
)
from planparse.output.model import rows_to_table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests.support
from tests.support.samples import find_samples  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "pdfs")
    write_schemas(ROOT / "schemas")
    (ROOT / "docs" / "OUTPUT.md").write_text(output_reference(), encoding="utf-8")
    readme = ROOT / "README.md"
    readme.write_text(with_readme_tables(readme.read_text(encoding="utf-8")), encoding="utf-8")
    for sample in find_samples(ROOT / "samples", shared):
        if sample.pdf is None:
            print(f"{sample.name}: skipped ({sample.missing})")
            continue
        result = extract(sample.pdf)
        tables = {
            name: rows_to_table(name, rows).to_pylist()
            for name, rows in result.table_rows().items()
        }
        write_golden(tables, sample.golden)
        print(
            f"{sample.name}: {sum(len(r) for r in tables.values())} rows in {len(tables)} golden files"
        )


if __name__ == "__main__":
    main()
