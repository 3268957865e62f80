"""``planparse review DATASET --serve``: the review site as a small local web app that
certifies a dataset (issue 29).

Bound to 127.0.0.1 and the standard library only (no request leaves the machine). Pages:

- ``/records``: every funding record of every document, searchable (text, project,
  amount range, kind, what was reviewed) and sortable, each with its page, and buttons to
  mark it right or wrong and to correct a field (amount, period, kind, scope, project)
  with a note. Every action is a line of ``DATASET/corrections.jsonl``
  (``planparse.corrections``), applied at once and again after every extraction.
- ``/tables``: the domain tables' rows (staffing, budgets, funds, events …) with pages.
- ``/site/…``: the static review site (each page image with its boxes), built the first
  time it is asked for.
"""

from __future__ import annotations

import html
import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from planparse import corrections
from planparse.errors import PlanparseError
from planparse.output.dataset import Dataset
from planparse.output.model import DOMAIN_TABLES

SHOWN = 500  # records a page lists at most (the rest: narrow the search)
SORTS = {"amount": "amount_krw", "page": "page", "project": "project", "document": "source_name"}


def eok(won: Any) -> str:
    return "" if won is None else f"{won / 1e8:,.2f}"


def records(dataset: Dataset) -> list[dict[str, Any]]:
    names = {d["doc_id"]: d["source_name"] for d in dataset.documents}
    rows = dataset.read_table("fundings").to_pylist()
    for r in rows:
        r["source_name"] = names.get(r["doc_id"], r["doc_id"][:12])
    return rows


def matches(r: dict[str, Any], query: dict[str, str]) -> bool:
    text = query.get("q", "").strip()
    if text and text not in f"{r['raw']} {r['project'] or ''} {r['source_name']}":
        return False
    project = query.get("project", "").strip()
    if project and project not in (r["project"] or ""):
        return False
    amount = r["amount_krw"]
    for bound, keep in (("min", lambda a, b: a >= b), ("max", lambda a, b: a <= b)):
        if query.get(bound, "").strip():
            limit = float(query[bound]) * 1e8  # in 100 million won (억)
            if amount is None or not keep(amount, limit):
                return False
    for column in ("kind", "reviewed"):
        if query.get(column) and r[column] != query[column]:
            return False
    return True


def records_page(dataset: Dataset, query: dict[str, str]) -> str:
    rows = [r for r in records(dataset) if matches(r, query)]
    column = SORTS.get(query.get("sort", "amount"), "amount_krw")
    descending = query.get("order", "desc") == "desc"
    rows.sort(key=lambda r: (r[column] is None, r[column] if r[column] is not None else 0))
    if descending:
        present = [r for r in rows if r[column] is not None]
        rows = present[::-1] + [r for r in rows if r[column] is None]
    value = lambda name: html.escape(query.get(name, ""), quote=True)  # noqa: E731
    options = "".join(f"<option>{f}</option>" for f in corrections.EDITABLE)
    sorts = "".join(
        ("<option selected>" if query.get("sort") == name else "<option>") + name + "</option>"
        for name in SORTS
    )
    shown = f", the first {SHOWN} shown" if len(rows) > SHOWN else ""
    body = []
    for r in rows[:SHOWN]:
        body.append(
            f'<tr data-doc="{r["doc_id"]}" data-key="{html.escape(r["funding_id"])}" '
            f'data-reviewed="{r["reviewed"]}">'
            f"<td>{html.escape(r['source_name'])}</td><td>{r['page']}</td>"
            f"<td class=project>{html.escape(r['project'] or '')}</td><td>{r['kind']}</td>"
            f"<td>{r['scope']}</td><td class=amount>{eok(r['amount_krw'])}</td>"
            f"<td class=raw>{html.escape(r['raw'])}</td><td class=state>{r['reviewed']}</td>"
            "<td><button class=confirm>right</button> <button class=wrong>wrong</button> "
            f"<select class=field>{options}</select> <input class=value size=14> "
            "<input class=note placeholder=note size=14> <button class=correct>correct</button>"
            "</td></tr>"
        )
    return PAGE.format(
        title="records",
        body=f"""
<form method=get action=/records>
  <input name=q value="{value("q")}" placeholder="text">
  <input name=project value="{value("project")}" placeholder="project">
  <input name=min value="{value("min")}" placeholder="min (100M won)" size=8>
  <input name=max value="{value("max")}" placeholder="max (100M won)" size=8>
  <select name=sort>{sorts}</select>
  <button id=search>search</button>
</form>
<p>{len(rows)} records{shown} ·
<a href=/tables>tables</a> · <a href=/site/index.html>pages</a></p>
<table id=records><tr><th>document</th><th>page</th><th>project</th><th>kind</th>
<th>scope</th><th>100M won</th><th>as printed</th><th>reviewed</th><th></th></tr>
{"".join(body)}</table>
<script>{SCRIPT}</script>""",
    )


def tables_page(dataset: Dataset) -> str:
    parts = []
    for name in DOMAIN_TABLES:
        rows = dataset.read_table(name).to_pylist()
        if not rows:
            continue
        columns = [c for c in rows[0] if c != "doc_id"]
        head = "".join(f"<th>{c}</th>" for c in columns)
        cells = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(r[c]))}</td>" for c in columns) + "</tr>"
            for r in rows[:SHOWN]
        )
        parts.append(f"<h2>{name} ({len(rows)})</h2><table><tr>{head}</tr>{cells}</table>")
    return PAGE.format(title="tables", body="<a href=/records>records</a>" + "".join(parts))


PAGE = """<!doctype html><html lang=ko><head><meta charset=utf-8><title>planparse {title}</title>
<style>body{{font:13px sans-serif;margin:1em}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:2px 4px;vertical-align:top}}
tr[data-reviewed=confirmed]{{background:#e8f6e8}}tr[data-reviewed=corrected]{{background:#e8eef8}}
tr[data-reviewed=wrong]{{background:#f8e8e8}}</style></head><body>{body}</body></html>"""

SCRIPT = """
document.querySelectorAll('#records tr[data-key]').forEach(function (row) {
  function send(action) {
    var body = {doc_id: row.dataset.doc, key: row.dataset.key, action: action,
                field: row.querySelector('.field').value,
                value: row.querySelector('.value').value,
                note: row.querySelector('.note').value};
    return fetch('/api/action', {method: 'POST', headers: {'Content-Type': 'application/json'},
                                 body: JSON.stringify(body)})
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        if (answer.error) { alert(answer.error); return; }
        row.dataset.reviewed = answer.reviewed;
        row.querySelector('.state').textContent = answer.reviewed;
        if (answer.amount !== undefined) { row.querySelector('.amount').textContent = answer.amount; }
      });
  }
  row.querySelector('.confirm').onclick = function () { send('confirm'); };
  row.querySelector('.wrong').onclick = function () { send('wrong'); };
  row.querySelector('.correct').onclick = function () { send('correct'); };
});
"""


class Handler(BaseHTTPRequestHandler):
    server: ReviewServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the command says why
        pass

    def send(self, status: int, body: str, kind: str = "text/html; charset=utf-8") -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 (the http.server name)
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        dataset = Dataset.open(self.server.location)
        if url.path in ("/", "/records"):
            self.send(HTTPStatus.OK, records_page(dataset, query))
        elif url.path == "/tables":
            self.send(HTTPStatus.OK, tables_page(dataset))
        elif url.path.startswith("/site/"):
            self.site_file(url.path.removeprefix("/site/") or "index.html")
        else:
            self.send(HTTPStatus.NOT_FOUND, "not found", "text/plain")

    def site_file(self, name: str) -> None:
        folder = self.server.site()
        path = (folder / name).resolve()
        if folder.resolve() not in path.parents or not path.is_file():
            self.send(HTTPStatus.NOT_FOUND, "not found", "text/plain")
            return
        kinds = {".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
                 ".png": "image/png", ".webp": "image/webp"}  # fmt: skip
        data = path.read_bytes()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", kinds.get(path.suffix, "application/octet-stream"))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:  # noqa: N802
        if urlsplit(self.path).path != "/api/action":
            self.send(HTTPStatus.NOT_FOUND, "not found", "text/plain")
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
            asked = json.loads(self.rfile.read(length).decode("utf-8"))
            with self.server.writing, Dataset.writing(self.server.location) as dataset:
                line = corrections.record(
                    dataset,
                    asked["doc_id"],
                    asked["key"],
                    asked["action"],
                    asked.get("field") if asked["action"] == "correct" else None,
                    asked.get("value"),
                    asked.get("note") or "",
                    asked.get("who") or self.server.who,
                )
                [row] = [
                    r
                    for r in corrections.fundings_of(dataset, asked["doc_id"])
                    if r["funding_id"] == asked["key"]
                ]
        except (PlanparseError, KeyError, ValueError) as exc:
            self.send(HTTPStatus.OK, json.dumps({"error": str(exc)}), "application/json")
            return
        answer = {"line": line, "reviewed": row["reviewed"], "amount": eok(row["amount_krw"])}
        self.send(HTTPStatus.OK, json.dumps(answer, ensure_ascii=False), "application/json")


class ReviewServer(ThreadingHTTPServer):
    """The app: the dataset's location, who is reviewing, and the static site (built once)."""

    def __init__(
        self, location: str, port: int, who: str | None, pdf_dir: Path | None, scale: float
    ) -> None:
        super().__init__(("127.0.0.1", port), Handler)
        self.location = location
        self.scale = scale
        self.who = who
        self.pdf_dir = pdf_dir
        self.writing = threading.Lock()  # one action at a time
        self._site: Path | None = None

    def site(self) -> Path:
        """The static review site, built into DATASET/review the first time it is asked
        for (page images are rendered then, not when the server starts)."""
        if self._site is None:
            from planparse.review import build_review

            folder = Path(self.location) / "review"
            build_review(self.location, folder, None, self.pdf_dir, self.scale)
            self._site = folder
        return self._site


def serve(
    location: str,
    port: int = 8765,
    who: str | None = None,
    pdf_dir: Path | None = None,
    scale: float = 1.5,
) -> ReviewServer:
    """A review server for the dataset at ``location`` (not yet serving: call
    ``serve_forever``). Raises PlanparseError for a folder that is not a dataset."""
    Dataset.open(location)  # a one-line error now, not at the first request
    return ReviewServer(location, port, who, pdf_dir, scale)
