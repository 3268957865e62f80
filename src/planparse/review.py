"""Review stage: a dataset -> a static review site that puts every record on its page.

``DIR/index.html`` lists the documents; ``DIR/programmes.html`` sets each programme's
mentions in the documents side by side (year, name, amount, scope, change, a link to its
page); ``DIR/<doc>.html`` shows each PDF page as an
image (rendered once with PDFium) with boxes over it — section headings, funding
expressions, tables, issues in red — and beside it the document's funding records.
Rows and boxes carry their record's ``funding_id`` (``data-funding-id``); the page's
script (assets/review.js) links them: a click on a row selects its box, a click on a box
its row, ``#funding=ID`` in the address selects one on load. Plain HTML, CSS and a little
JavaScript, inlined: it opens from disk, with no server and no network request.
"""

from __future__ import annotations

import hashlib
import html
import json
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from planparse.corpus import read_bytes
from planparse.errors import PlanparseError
from planparse.output.dataset import Dataset, is_uri

SCALE = 1.5  # page images at 1.5 x 72 dpi: 893 px wide for A4
QUALITY = 80  # JPEG quality of the page images
EOK = 100_000_000  # won in one 억원


@dataclass
class Doc:
    """One document of the dataset, its rows by table, and where its pages are."""

    entry: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]

    @property
    def doc_id(self) -> str:
        return str(self.entry["doc_id"])

    @property
    def slug(self) -> str:
        return Path(self.entry["source_name"]).stem + "-" + self.doc_id[:8]

    @cached_property
    def sources(self) -> dict[str, str]:
        """Each funding's source shares as shown: "국 105, 시 50"."""
        out: dict[str, list[str]] = {}
        for s in self.rows["funding_sources"]:
            out.setdefault(s["funding_id"], []).append(f"{s['source_raw']} {eok(s['amount_krw'])}")
        return {k: ", ".join(v) for k, v in out.items()}

    @cached_property
    def items(self) -> dict[str, dict[str, Any]]:
        return {i["item_id"]: i for i in self.rows["items"]}


def asset(name: str) -> str:
    return (resources.files("planparse") / "assets" / name).read_text(encoding="utf-8")


def pick_documents(dataset: Dataset, wanted: str | None) -> list[dict[str, Any]]:
    """The documents to review: all, or the one a name, stem or doc_id prefix names."""
    documents = dataset.documents
    if wanted is None:
        return documents
    chosen = [
        d
        for d in documents
        if wanted in (d["source_name"], Path(d["source_name"]).stem)
        or d["doc_id"].startswith(wanted)
    ]
    if not chosen:
        raise PlanparseError(f"{dataset.location}: no document {wanted!r} in the dataset")
    return chosen


def read_doc(dataset: Dataset, entry: dict[str, Any]) -> Doc:
    tables = (
        "sections", "items", "fundings", "funding_sources", "tables", "issues", "programmes",
    )  # fmt: skip
    rows = {name: dataset.read_table(name, [entry["doc_id"]]).to_pylist() for name in tables}
    return Doc(entry, rows)


def pdf_bytes(entry: dict[str, Any], pdf_dir: Path | None) -> bytes:
    """The document's PDF: from --pdf DIR by file name, else from its source path; checked
    against the sha256 the dataset was made from."""
    source = str(pdf_dir / entry["source_name"]) if pdf_dir else entry["source"]
    if not is_uri(source) and not Path(source).is_file():
        raise PlanparseError(
            f"{source}: the PDF of {entry['source_name']} is not there (--pdf DIR)"
        )
    data = read_bytes(source)
    if hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise PlanparseError(f"{source}: not the PDF the dataset was made from (sha256 differs)")
    return data


def render_pages(
    data: bytes, folder: Path, stamp: str, scale: float = SCALE
) -> list[tuple[float, float]]:
    """Each page as ``folder/page-NNN.jpg``; the pages' sizes in points. Images already
    rendered from the same PDF at the same scale (``folder/.stamp``) are reused."""
    document = pdfium.PdfDocument(data)
    try:
        sizes = [document[n].get_size() for n in range(len(document))]
        marker = folder / ".stamp"
        if marker.exists() and marker.read_text() == stamp:
            return sizes
        folder.mkdir(parents=True, exist_ok=True)
        for n in range(len(document)):
            page = document[n]
            image = page.render(scale=scale).to_pil()
            image.save(folder / f"page-{n + 1:03d}.jpg", quality=QUALITY)
            page.close()
        marker.write_text(stamp)
        return sizes
    finally:
        document.close()


EOK_WON = "억원"  # amounts on the review pages are shown in 억원 (10^8 won)


def eok(won: int | None) -> str:
    if won is None:
        return ""
    return f"{won / EOK:,.2f}".rstrip("0").rstrip(".")


def period_of(f: dict[str, Any]) -> str:
    if f["start_year"] is None:
        return ""
    end = "…" if f["ongoing"] else str(f["end_year"] or "")
    return f"{f['start_year']}" if end == str(f["start_year"]) else f"{f['start_year']}–{end}"


def box_style(box: tuple[Any, Any, Any, Any], size: tuple[float, float], pad: float = 1.0) -> str:
    """A box in PDF points as CSS percentages of its page."""
    x0, top, x1, bottom = box
    width, height = size
    return (
        f"left:{100 * (x0 - pad) / width:.3f}%;top:{100 * (top - pad) / height:.3f}%;"
        f"width:{100 * (x1 - x0 + 2 * pad) / width:.3f}%;"
        f"height:{100 * (bottom - top + 2 * pad) / height:.3f}%"
    )


def attrs(**values: Any) -> str:
    return " ".join(
        f'{k.rstrip("_").replace("_", "-")}="{html.escape(str(v), quote=True)}"'
        for k, v in values.items()
        if v is not None
    )


def funding_issues(doc: Doc) -> dict[str, list[str]]:
    """Issue codes by funding id: a sum that does not add up, and the issues of its item."""
    by_item: dict[str, list[str]] = {}
    for issue in doc.rows["issues"]:
        if issue["item_id"]:
            by_item.setdefault(issue["item_id"], []).append(issue["code"])
    out: dict[str, list[str]] = {}
    for f in doc.rows["fundings"]:
        codes = list(by_item.get(f["item_id"] or "", []))
        if f["sum_check"] == "mismatch" and "funding_sum_mismatch" not in codes:
            codes.append("funding_sum_mismatch")
        if codes:
            out[f["funding_id"]] = codes
    return out


def funding_title(f: dict[str, Any], sources: str) -> str:
    """What hovering a box shows: the text as printed and the values read from it."""
    return "\n".join(
        [
            f["raw"],
            f"project: {f['project'] or '—'}",
            f"period: {period_of(f) or '—'} ({f['period_source'] or 'none'})",
            f"amount: {eok(f['amount_krw'])}{EOK_WON} ({f['amount_krw']} won)"
            if f["amount_krw"] is not None
            else f"amount: {f['amount_raw']}",
            f"sources: {sources or '—'}; sum {f['sum_check']}",
            f"kind: {f['kind']}",
        ]
    )


def page_overlays(doc: Doc, number: int, size: tuple[float, float], flagged: dict) -> list[str]:
    """The boxes of one page: tables, section headings, issues, fundings (on top)."""
    out = []
    for t in doc.rows["tables"]:
        if t["page"] == number:
            label = f"table {t['table_id']}" + (f" · {t['kind']}" if t["kind"] else "")
            box = (t["x0"], t["top"], t["x1"], t["bottom"])
            out.append(
                f'<div class="box table" style="{box_style(box, size)}" {attrs(title=label)}>'
                f'<span class="label">{html.escape(label)}</span></div>'
            )
    for s in doc.rows["sections"]:
        if s["page_start"] == number and s["x0"] is not None:
            label = f"{s['kind']} {s['number'] if s['number'] is not None else ''}".strip()
            box = (s["x0"], s["top"], s["x1"], s["bottom"])
            out.append(
                f'<div class="box section" style="{box_style(box, size)}" '
                f"{attrs(title=label + ': ' + s['title'])}>"
                f'<span class="label">{html.escape(label)}</span></div>'
            )
    for issue in doc.rows["issues"]:
        if issue["page"] != number:
            continue
        item = doc.items.get(issue["item_id"] or "")
        box = (8.0, 8.0, size[0] - 8.0, 20.0)  # no box of its own: a band atop the page
        if item is not None and item["page"] == number:
            box = (item["x0"], item["top"], item["x1"], item["bottom"])
        out.append(
            f'<div class="box issue" style="{box_style(box, size)}" '
            f"{attrs(title=issue['code'] + ': ' + issue['message'])}></div>"
        )
    for f in doc.rows["fundings"]:
        if f["page"] != number or f["x0"] is None:
            continue
        box = (f["x0"], f["top"], f["x1"], f["bottom"])
        out.append(
            f'<div class="box funding{" flagged" if f["funding_id"] in flagged else ""}" '
            f'style="{box_style(box, size)}" '
            + attrs(
                data_funding_id=f["funding_id"],
                data_page=number,
                data_kind=f["kind"],
                data_sum_check=f["sum_check"],
                data_issue="1" if f["funding_id"] in flagged else None,
                title=funding_title(f, doc.sources.get(f["funding_id"], "")),
            )
            + "></div>"
        )
    return out


def funding_rows(doc: Doc, flagged: dict[str, list[str]]) -> list[str]:
    rows = []
    for f in sorted(doc.rows["fundings"], key=lambda f: (f["page"], f["top"] or 0, f["ordinal"])):
        cells = [
            str(f["page"]) + ("" if f["x0"] is not None else " ⚠"),
            f["project"] or "",
            period_of(f),
            eok(f["amount_krw"]) if f["amount_krw"] is not None else f["amount_raw"],
            doc.sources.get(f["funding_id"], ""),
            f["sum_check"],
            f["kind"],
            f["period_source"] or "",
        ]
        row_attrs = attrs(
            data_funding_id=f["funding_id"],
            data_page=f["page"],
            data_kind=f["kind"],
            data_sum_check=f["sum_check"],
            data_issue="1" if f["funding_id"] in flagged else None,
            data_boxed="1" if f["x0"] is not None else "0",
            title=f["raw"],
        )
        rows.append(
            f"<tr {row_attrs}>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>"
        )
    return rows


def document_page(doc: Doc, sizes: list[tuple[float, float]], images: str) -> str:
    flagged = funding_issues(doc)
    kinds = sorted({f["kind"] for f in doc.rows["fundings"]})
    pages = []
    for number, size in enumerate(sizes, 1):
        overlays = "".join(page_overlays(doc, number, size, flagged))
        pages.append(
            f'<section class="page" id="page-{number}" data-page="{number}" '
            f'style="aspect-ratio:{size[0]:.2f}/{size[1]:.2f}">'
            f'<img src="{images}/page-{number:03d}.jpg" alt="page {number}" loading="lazy">'
            f'<span class="page-no">{number}</span>{overlays}</section>'
        )
    head = ["page", "project", "period", EOK_WON, "sources", "sum", "kind", "period from"]
    title = doc.entry["source_name"]
    return (
        asset("review.html")
        .replace("{{title}}", html.escape(title))
        .replace("{{style}}", asset("review.css"))
        .replace("{{script}}", asset("review.js"))
        .replace("{{summary}}", html.escape(summary_line(doc)))
        .replace("{{kinds}}", "".join(f'<option value="{k}">{k}</option>' for k in kinds))
        .replace("{{pages}}", "\n".join(pages))
        .replace("{{head}}", "".join(f"<th>{h}</th>" for h in head))
        .replace("{{rows}}", "\n".join(funding_rows(doc, flagged)))
    )


def summary_line(doc: Doc) -> str:
    fundings = doc.rows["fundings"]
    boxed = sum(f["x0"] is not None for f in fundings)
    return (
        f"{doc.entry['pages']} pages · {len(doc.rows['sections'])} sections · "
        f"{len(fundings)} fundings ({boxed} placed on their page) · "
        f"{len(doc.rows['issues'])} issues"
    )


def programme_groups(docs: list[Doc]) -> list[list[tuple[Doc, dict[str, Any]]]]:
    """Each programme named in two documents or more: its mentions, in order of plan year."""
    by_series: dict[str, list[tuple[Doc, dict[str, Any]]]] = {}
    for doc in docs:
        for p in doc.rows.get("programmes", []):
            by_series.setdefault(p["series_id"], []).append((doc, p))
    groups = [
        sorted(mentions, key=lambda m: (m[1]["plan_year"] or 0, m[0].entry["source_name"]))
        for mentions in by_series.values()
        if len({doc.doc_id for doc, _ in mentions}) > 1
    ]
    return sorted(groups, key=lambda g: (g[-1][1]["organisation"] or "", g[-1][1]["name"] or ""))


def programmes_page(groups: list[list[tuple[Doc, dict[str, Any]]]], documents: int) -> str:
    bodies = []
    for group in groups:
        rows = []
        for n, (doc, p) in enumerate(group):
            scope = p["scope"] or ""
            if p["scope_year"]:
                scope += f" {p['scope_year']}"
            page = f'<a href="{doc.slug}.html#page-{p["page"]}">p{p["page"]}</a>'
            cells = [
                html.escape(p["series_id"] if n == 0 else ""),
                html.escape(str(p["plan_year"] or "")),
                f'<a href="{doc.slug}.html">{html.escape(doc.entry["source_name"])}</a>',
                html.escape(p["name"] or ""),
                eok(p["amount_krw"]),
                html.escape(scope),
                eok(p["change_krw"]) if p["previous_doc_id"] else "",
                page,
            ]
            row = "".join(
                f'<td class="series">{c}</td>' if k == 0 else f"<td>{c}</td>"
                for k, c in enumerate(cells)
            )
            rows.append(f"<tr {attrs(data_series_id=p['series_id'])}>{row}</tr>")
        bodies.append('<tbody class="programme">' + "".join(rows) + "</tbody>")
    summary = f"{len(groups)} programmes named in two documents or more, of {documents} documents"
    return (
        asset("programmes.html")
        .replace("{{style}}", asset("review.css"))
        .replace("{{summary}}", html.escape(summary))
        .replace("{{groups}}", "\n".join(bodies))
    )


def index_page(docs: list[Doc], linked: int) -> str:
    """The documents, a row each, and a link to the ``linked`` programmes across them."""
    rows = []
    for doc in docs:
        codes: dict[str, int] = {}
        for issue in doc.rows["issues"]:
            codes[issue["code"]] = codes.get(issue["code"], 0) + 1
        issues = ", ".join(f"{code} {n}" for code, n in sorted(codes.items())) or "—"
        cells = [
            f'<a href="{doc.slug}.html">{html.escape(doc.entry["source_name"])}</a>',
            str(doc.entry["pages"]),
            str(len(doc.rows["sections"])),
            str(len(doc.rows["fundings"])),
            html.escape(issues),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    programmes = (
        f'<p class="summary"><a href="programmes.html">{linked} programmes across documents</a></p>'
    )
    return (
        asset("index.html")
        .replace("{{style}}", asset("review.css"))
        .replace("{{programmes}}", programmes)
        .replace("{{rows}}", "\n".join(rows))
    )


def build_review(
    location: str,
    out: Path,
    wanted: str | None = None,
    pdf_dir: Path | None = None,
    scale: float = SCALE,
) -> list[Path]:
    """Write the review site of a dataset (or of one document of it) into ``out``, its page
    images at ``scale`` × 72 dpi; return the pages written, the index and the programmes
    first."""
    dataset = Dataset.open(location)
    entries = pick_documents(dataset, wanted)
    out.mkdir(parents=True, exist_ok=True)
    docs = [read_doc(dataset, entry) for entry in entries]
    written = []
    for doc in docs:
        stamp = json.dumps({"sha256": doc.doc_id, "scale": scale, "quality": QUALITY})
        sizes = render_pages(pdf_bytes(doc.entry, pdf_dir), out / doc.slug, stamp, scale)
        path = out / f"{doc.slug}.html"
        path.write_text(document_page(doc, sizes, doc.slug), encoding="utf-8")
        written.append(path)
    index = out / "index.html"
    groups = programme_groups(docs)
    index.write_text(index_page(docs, len(groups)), encoding="utf-8")
    programmes = out / "programmes.html"
    programmes.write_text(programmes_page(groups, len(docs)), encoding="utf-8")
    return [index, programmes, *written]
