"""Corrections: what a person said of a record in review, kept as data and applied again
after every extraction, so a dataset that was checked stays checked (issue 29).

Each action is one line appended to ``DATASET/corrections.jsonl``::

    {"at": "2026-12-06T10:00:00+00:00", "who": "kim", "doc_id": "…", "table": "fundings",
     "key": "i00120-f1", "raw": "'24~'28, 170억원(국105, 시50, 민15)",
     "action": "correct", "field": "amount_krw", "old": 17000000000, "new": 17400000000,
     "note": "p.31 says 174억원"}

``action`` is ``confirm`` (the record is right), ``wrong`` (it is wrong; a ``correct`` may
follow) or ``correct`` (set ``field`` to ``new``). A record is found by its key, and only
while its ``raw`` text is the one the person saw: a correction whose record no longer
matches (the PDF or the parser changed what it reads there) is reported stale and never
applied, nor silently dropped. Applying sets ``fundings.reviewed`` (confirmed, corrected,
wrong) and the corrected fields.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from planparse.errors import PlanparseError
from planparse.output.dataset import Dataset
from planparse.output.model import SCHEMAS

FILE = "corrections.jsonl"
ACTIONS = ("confirm", "wrong", "correct")
# Fields a person may set on a funding record, and the type each is written as.
EDITABLE = {
    "amount_krw": int,
    "amount_usd": int,
    "start_year": int,
    "end_year": int,
    "scope_year": int,
    "kind": str,
    "scope": str,
    "project": str,
}
STATE = {"confirm": "confirmed", "wrong": "wrong", "correct": "corrected"}


@dataclass
class Applied:
    """What applying a dataset's corrections did."""

    applied: int = 0
    stale: list[str] = field(default_factory=list)

    def text(self) -> str:
        return f"corrections: {self.applied} applied, {len(self.stale)} stale"


def value_of(field_name: str, value: Any) -> Any:
    """A corrected value in its column's type; raises PlanparseError for one it cannot be."""
    if value is None or value == "":
        return None
    try:
        return EDITABLE[field_name](value)
    except (KeyError, TypeError, ValueError):
        raise PlanparseError(f"{field_name}: cannot be set to {value!r}") from None


def record(
    dataset: Dataset,
    doc_id: str,
    key: str,
    action: str,
    field_name: str | None = None,
    new: Any = None,
    note: str = "",
    who: str | None = None,
) -> dict[str, Any]:
    """Append one action on one funding record to the dataset's corrections and apply them;
    return the line written. Raises PlanparseError for a record that is not there, an
    action or a field that is not one."""
    if action not in ACTIONS:
        raise PlanparseError(f"unknown action {action!r}; one of {', '.join(ACTIONS)}")
    rows = {r["funding_id"]: r for r in fundings_of(dataset, doc_id)}
    if key not in rows:
        raise PlanparseError(f"{doc_id[:12]} has no funding record {key}")
    if action == "correct" and (field_name not in EDITABLE):
        raise PlanparseError(f"{field_name!r} cannot be corrected; one of {', '.join(EDITABLE)}")
    line = {
        "at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "who": who,
        "doc_id": doc_id,
        "table": "fundings",
        "key": key,
        "raw": rows[key]["raw"],
        "action": action,
        "field": field_name if action == "correct" else None,
        "old": rows[key].get(field_name) if action == "correct" and field_name else None,
        "new": value_of(field_name, new) if action == "correct" and field_name else None,
        "note": note,
    }
    path = f"{dataset.root}/{FILE}"
    existing = read_lines(dataset)
    text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in [*existing, line])
    temporary = f"{dataset.root}/.{FILE}.tmp"
    with dataset.fs.open_output_stream(temporary) as out:
        out.write(text.encode("utf-8"))
    dataset.fs.move(temporary, path)
    apply(dataset)
    return line


def read_lines(dataset: Dataset) -> list[dict[str, Any]]:
    path = f"{dataset.root}/{FILE}"
    try:
        with dataset.fs.open_input_stream(path) as handle:
            text = handle.read().decode("utf-8")
    except FileNotFoundError:
        return []
    lines = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            lines.append(json.loads(line))
        except json.JSONDecodeError:
            raise PlanparseError(f"{FILE} line {n}: not JSON") from None
    return lines


def fundings_of(dataset: Dataset, doc_id: str) -> list[dict[str, Any]]:
    return dataset.read_table("fundings", [doc_id]).to_pylist()


def apply(dataset: Dataset) -> Applied:
    """Apply the dataset's corrections to its fundings, in the order they were made (see
    the module's doc). Every document's fundings are rewritten with ``reviewed`` set."""
    lines = read_lines(dataset)
    result = Applied()
    known = {d["doc_id"] for d in dataset.documents}
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        if line.get("doc_id") not in known:
            result.stale.append(
                f"{line.get('key')} in {str(line.get('doc_id'))[:12]}: no such document"
            )
            continue
        by_doc.setdefault(line["doc_id"], []).append(line)
    for doc_id in sorted(known):
        rows = fundings_of(dataset, doc_id)
        index = {r["funding_id"]: r for r in rows}
        for r in rows:
            r["reviewed"] = "none"
        for line in by_doc.get(doc_id, []):
            target = index.get(line.get("key", ""))
            if target is None or target["raw"] != line.get("raw"):
                why = (
                    "no such record" if target is None else "its text is no longer the one reviewed"
                )
                result.stale.append(f"{line.get('key')} in {doc_id[:12]}: {why}")
                continue
            action = line.get("action")
            if action == "correct":
                target[line["field"]] = value_of(line["field"], line.get("new"))
                target["reviewed"] = "corrected"
            elif action in STATE and target["reviewed"] != "corrected":
                target["reviewed"] = STATE[action]
            result.applied += 1
        dataset.replace_table(
            "fundings", doc_id, pa.Table.from_pylist(rows, schema=SCHEMAS["fundings"])
        )
    dataset.manifest["corrections"] = {"applied": result.applied, "stale": result.stale}
    dataset.save(now=True)
    return result


def golden_rows(dataset: Dataset) -> dict[str, list[dict[str, Any]]]:
    """The records a person confirmed or corrected, by document: rows for golden files."""
    out: dict[str, list[dict[str, Any]]] = {}
    for document in dataset.documents:
        reviewed = [
            r
            for r in fundings_of(dataset, document["doc_id"])
            if r["reviewed"] in ("confirmed", "corrected")
        ]
        if reviewed:
            out[document["source_name"]] = reviewed
    return out
