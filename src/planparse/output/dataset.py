"""Write stage: documents into one dataset folder, resumably and safely.

Layout (local path or any URI ``pyarrow.fs`` opens, ``s3://…`` included)::

    DATASET/manifest.json            every document, every failure, row counts
    DATASET/<table>/<doc_id>.<fmt>   one file per table per document
    DATASET/.staging/<doc_id>/       a document being written (gone when done)
    DATASET/.planparse.lock          held while a run writes

A document's files are written under ``.staging`` and moved into place together;
then the document is listed in the manifest, which is rewritten (to a temporary
name, then moved over the old one) after the first document, at most every
SAVE_EVERY seconds after that, and at the end of the run. The manifest is the
record: a document is in the dataset when the manifest lists it. A run killed at
any moment leaves a valid dataset of the documents it listed; files of a document
it had not yet listed are removed by the next run (``sweep``), which then extracts
that document again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.fs as pafs
import pyarrow.parquet as pq
import regex

from planparse.errors import DatasetError, DatasetLockedError, DocumentError, plain_cause
from planparse.output.model import SCHEMA_VERSION, SCHEMAS, damaged_pages, rows_to_table
from planparse.version import __version__

FORMATS = ("parquet", "csv", "jsonl")
LAYOUT = 2  # 1: one file per table (planparse 0.1); 2: a folder per table, a file per document
MANIFEST = "manifest.json"
STAGING = ".staging"
LOCK = ".planparse.lock"
SAVE_EVERY = 2.0  # seconds: the manifest is rewritten at most this often during a run


def is_uri(location: str) -> bool:
    return "://" in location


def filesystem_of(location: str) -> tuple[pafs.FileSystem, str]:
    """The filesystem and the path in it of a local path or a URI (``s3://bucket/key``)."""
    if is_uri(location):
        fs, path = pafs.FileSystem.from_uri(location)
        return fs, path.rstrip("/")
    return pafs.LocalFileSystem(), str(Path(location).resolve())


def appear_with_manifest(location: str, fmt: str | None) -> None:
    """Make a new local dataset appear whole: its empty manifest written in a hidden sibling
    folder that is then renamed to it, so a run killed at any moment leaves no folder or
    a valid dataset. Where another run made the folder first, this one leaves it be."""
    target = Path(location).resolve()
    staging = target.parent / f".{target.name}.new-{os.getpid()}"
    try:
        staging.mkdir()
        local = pafs.LocalFileSystem()
        Dataset.empty(local, str(staging), str(staging), fmt or "parquet").write_manifest()
        os.rename(staging, target)
    except OSError:
        with contextlib.suppress(OSError):
            for leftover in staging.iterdir():
                leftover.unlink()
            staging.rmdir()


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def write_arrow(fs: pafs.FileSystem, path: str, table: pa.Table, fmt: str) -> None:
    """One table as one file, in the dataset's format."""
    if fmt == "parquet":
        pq.write_table(table, path, filesystem=fs)
        return
    with fs.open_output_stream(path) as out:
        if fmt == "csv":
            pacsv.write_csv(table, out)
        else:
            for row in table.to_pylist():
                out.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))


def read_arrow(fs: pafs.FileSystem, path: str, name: str, fmt: str) -> pa.Table:
    """One table file back, with the contract's types."""
    schema = SCHEMAS[name]
    if fmt == "parquet":
        return pq.read_table(path, filesystem=fs)
    with fs.open_input_stream(path) as handle:
        data = handle.read()
    if fmt == "csv":
        options = pacsv.ConvertOptions(  # a null is written bare, an empty string quoted
            column_types=schema, strings_can_be_null=True, quoted_strings_can_be_null=False
        )
        return pacsv.read_csv(pa.BufferReader(data), convert_options=options)
    rows = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
    return pa.Table.from_pylist(rows, schema=schema)


@dataclass
class Dataset:
    """A dataset folder: its filesystem, root path, format and manifest."""

    fs: pafs.FileSystem
    root: str
    location: str
    fmt: str
    manifest: dict[str, Any] = field(default_factory=dict)
    saved_at: float = -SAVE_EVERY  # when the manifest was last written (time.monotonic)
    unsaved: bool = False
    listed: bool = False  # the manifest is on disk (False: a new dataset's, not yet written)
    made: bool = False  # this run made the folder

    @classmethod
    def open(cls, location: str, fmt: str | None = None, create: bool = False) -> Dataset:
        """Open a dataset (``create``: or start one where nothing is). Raises DatasetError
        for a folder that is not a dataset, or one of another format or layout."""
        fs, root = filesystem_of(location)
        info = fs.get_file_info(root)
        if info.type == pafs.FileType.File:
            raise DatasetError(f"{location}: exists and is not a directory")
        manifest_info = fs.get_file_info(f"{root}/{MANIFEST}")
        if manifest_info.type == pafs.FileType.File:
            with fs.open_input_stream(f"{root}/{MANIFEST}") as handle:
                manifest = json.loads(handle.read().decode("utf-8"))
            if manifest.get("layout") != LAYOUT:
                raise DatasetError(
                    f"{location}: written by an older planparse (one file per table); "
                    "extract into a new folder"
                )
            if fmt is not None and manifest["format"] != fmt:
                raise DatasetError(
                    f"{location}: the dataset is {manifest['format']}, not {fmt}; "
                    f"use --format {manifest['format']} or a new folder"
                )
            return cls(fs, root, location, manifest["format"], manifest, listed=True)
        if not create:
            raise DatasetError(f"{location}: not a planparse dataset (no {MANIFEST})")
        if info.type == pafs.FileType.Directory and not only_leftovers(fs, root):
            raise DatasetError(
                f"{location}: the folder has files and no {MANIFEST}; choose an empty or new folder"
            )
        fs.create_dir(root, recursive=True)
        return cls.empty(fs, root, location, fmt or "parquet")

    @classmethod
    def empty(cls, fs: pafs.FileSystem, root: str, location: str, fmt: str) -> Dataset:
        """A new dataset of no document at ``root`` (its manifest not yet written)."""
        manifest = {
            "layout": LAYOUT,
            "format": fmt,
            "schema_version": SCHEMA_VERSION,
            "parser_version": __version__,
            "tables": {},
            "documents": [],
            "failures": [],
        }
        return cls(fs, root, location, fmt, manifest)

    @classmethod
    @contextlib.contextmanager
    def writing(cls, location: str, fmt: str | None = None) -> Iterator[Dataset]:
        """The dataset at ``location`` opened to be written by this run alone: the folder
        made if need be, the lock taken, then the manifest read (so no other run can
        change it between the two), leftovers of a killed run swept. A new dataset's
        (empty) manifest is written before anything else, so the folder is a valid dataset
        from its first file on. Raises DatasetError, leaving the folder as it was, for a
        folder that is not a dataset."""
        fs, root = filesystem_of(location)
        info = fs.get_file_info(root)
        if info.type == pafs.FileType.File:
            raise DatasetError(f"{location}: exists and is not a directory")
        made = info.type == pafs.FileType.NotFound
        if made and not is_uri(location):
            appear_with_manifest(location, fmt)
        fs.create_dir(root, recursive=True)
        lock_was_there = fs.get_file_info(f"{root}/{LOCK}").type == pafs.FileType.File
        refused = False  # the folder is not a dataset: leave it as it was
        try:
            with cls(fs, root, location, fmt or "parquet").lock():
                try:
                    dataset = cls.open(location, fmt, create=True)
                except DatasetError:
                    refused = True
                    raise
                dataset.made = made
                if not dataset.listed:
                    dataset.write_manifest()
                dataset.sweep()
                yield dataset
        finally:  # (a lock held by another run is no refusal: nothing of it is touched)
            if refused and not lock_was_there:  # (a folder this run made is never refused)
                with contextlib.suppress(OSError):
                    fs.delete_file(f"{root}/{LOCK}")

    def remove_if_empty(self) -> None:
        """Remove a dataset this run made and extracted nothing into (every document
        failed): a failed run leaves no dataset behind."""
        if self.made and not self.documents:
            self.fs.delete_dir(self.root)

    # -- reading -----------------------------------------------------------------------
    @property
    def documents(self) -> list[dict[str, Any]]:
        return self.manifest["documents"]

    def file_of(self, table: str, doc_id: str) -> str:
        return f"{self.root}/{table}/{doc_id}.{self.fmt}"

    def read_table(self, name: str, doc_ids: list[str] | None = None) -> pa.Table:
        """One table over the listed documents (all by default), one file each."""
        ids = [d["doc_id"] for d in self.documents] if doc_ids is None else doc_ids
        parts = [
            read_arrow(self.fs, self.file_of(name, doc_id), name, self.fmt)
            for doc_id in ids
            if self.fs.get_file_info(self.file_of(name, doc_id)).type == pafs.FileType.File
        ]
        return pa.concat_tables(parts) if parts else SCHEMAS[name].empty_table()

    # -- writing -----------------------------------------------------------------------
    def replace_table(self, name: str, doc_id: str, table: pa.Table) -> None:
        """Rewrite one document's file of a table (a corpus step's columns set): written
        to a temporary name in the table's folder, then moved over the old one."""
        self.fs.create_dir(f"{self.root}/{name}", recursive=True)
        temporary = f"{self.root}/{name}/.{doc_id}.tmp"
        write_arrow(self.fs, temporary, table, self.fmt)
        self.fs.move(temporary, self.file_of(name, doc_id))

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the dataset's lock while writing; a second run fails at once. Locally an
        OS lock (freed when the process dies); elsewhere a lock file, removed at the end."""
        path = f"{self.root}/{LOCK}"
        if isinstance(self.fs, pafs.LocalFileSystem):
            handle = open(path, "a+")  # noqa: SIM115 (held for the whole run)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                handle.close()
                raise DatasetLockedError(
                    f"{self.location}: another planparse run is writing this dataset "
                    f"({holder}); wait for it to finish"
                ) from None
            handle.seek(0)
            handle.truncate()
            handle.write(f"pid {os.getpid()} on {socket.gethostname()} since {now()}\n")
            handle.flush()
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
                handle.close()
            return
        if self.fs.get_file_info(path).type == pafs.FileType.File:
            raise DatasetLockedError(
                f"{self.location}: another planparse run is writing this dataset "
                f"(lock file {LOCK}; remove it if no run is active)"
            )
        with self.fs.open_output_stream(path) as out:
            out.write(f"pid {os.getpid()} on {socket.gethostname()} since {now()}\n".encode())
        try:
            yield
        finally:
            self.fs.delete_file(path)

    def sweep(self) -> None:
        """Remove what a killed run left: the staging folder, and files of documents the
        manifest does not list."""
        listed = {d["doc_id"] for d in self.documents}
        staging = f"{self.root}/{STAGING}"
        if self.fs.get_file_info(staging).type == pafs.FileType.Directory:
            self.fs.delete_dir(staging)
        for name in SCHEMAS:
            folder = f"{self.root}/{name}"
            if self.fs.get_file_info(folder).type != pafs.FileType.Directory:
                continue
            for entry in self.fs.get_file_info(pafs.FileSelector(folder)):
                if Path(entry.path).name.split(".")[0] not in listed:
                    self.fs.delete_file(entry.path)

    def add_document(
        self,
        rows: dict[str, list[Any]],
        source: str,
        seconds: float | None = None,
        peak_mb: float | None = None,
    ) -> None:
        """Write one document's tables (staged, then moved into place together), then list
        it in the manifest: its id, pages and name from its documents row, where it was read
        (``source``), and how long and how much memory that took, when known."""
        tables, row = document_tables(rows)
        doc_id = row.doc_id
        staging = f"{self.root}/{STAGING}/{doc_id}"
        self.fs.create_dir(staging, recursive=True)
        try:
            for name, table in tables.items():
                write_arrow(self.fs, f"{staging}/{name}.{self.fmt}", table, self.fmt)
        except OSError:
            raise  # the disk, not the document: the run stops (the next one sweeps)
        except Exception as exc:  # a value the format cannot write: this document's
            self.fs.delete_dir(staging)
            raise DocumentError(f"its rows cannot be written ({plain_cause(exc)})") from exc
        for name in SCHEMAS:
            self.fs.create_dir(f"{self.root}/{name}", recursive=True)
            self.fs.move(f"{staging}/{name}.{self.fmt}", self.file_of(name, doc_id))
        self.fs.delete_dir(f"{self.root}/{STAGING}")  # one writer (the lock): all of it
        counts = {name: table.num_rows for name, table in tables.items()}
        source = printable(source)
        document = {
            "doc_id": doc_id,
            "source": source,
            "source_name": row.source_name,
            "sha256": doc_id,
            "pages": row.page_count,
            "organisation": row.organisation,  # whose plan: the cover's, or as told
            "plan_year": row.plan_year,
            "seconds": None if seconds is None else round(seconds, 1),
            "worker_peak_mb": None if peak_mb is None else round(peak_mb),
            "parser_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "extracted_at": now(),
            "rows": counts,
            # pages that lost content to damage (0: the file as a whole), from ``issues``
            "damaged_pages": damaged_pages(rows.get("issues", [])),
        }
        self.manifest["documents"] = [d for d in self.documents if d["doc_id"] != doc_id] + [
            document
        ]
        self.manifest["failures"] = [f for f in self.manifest["failures"] if f["source"] != source]
        self.save()

    def add_failure(self, source: str, sha256: str | None, reason: str) -> None:
        """Record a document that could not be extracted, with its one-line reason."""
        source = printable(source)
        failure = {"source": source, "sha256": sha256, "reason": printable(reason), "at": now()}
        self.manifest["failures"] = [
            f for f in self.manifest["failures"] if f["source"] != source
        ] + [failure]
        self.save()

    def save(self, now: bool = False) -> None:
        """Write the manifest: at once (``now``, or the first time), else at most every
        SAVE_EVERY seconds, so a corpus of thousands does not rewrite it thousands of
        times. A run calls ``save(now=True)`` at its end; if it is killed first, documents
        written since the last save are not listed, and the next run does them again."""
        self.unsaved = True
        if now or time.monotonic() - self.saved_at >= SAVE_EVERY:
            self.write_manifest()
            self.unsaved, self.saved_at = False, time.monotonic()

    def write_manifest(self) -> None:
        """Rewrite the manifest with fresh totals: to a temporary name, then moved over."""
        totals = {
            name: {
                "folder": name,
                "rows": sum(d["rows"].get(name, 0) for d in self.documents),
            }
            for name in SCHEMAS
        }
        self.manifest.update(
            schema_version=SCHEMA_VERSION, parser_version=__version__, tables=totals
        )
        self.documents.sort(key=lambda d: d["source"])
        text = json.dumps(self.manifest, ensure_ascii=False, indent=2) + "\n"
        temporary = f"{self.root}/.{MANIFEST}.tmp"
        with self.fs.open_output_stream(temporary) as out:
            out.write(text.encode("utf-8"))
        self.fs.move(temporary, f"{self.root}/{MANIFEST}")


def document_tables(rows: dict[str, list[Any]]) -> tuple[dict[str, pa.Table], Any]:
    """A document's rows as one Arrow table per output table, and its documents row.
    Raises DocumentError for rows the contract cannot hold."""
    try:
        [row] = rows["documents"]
        return {name: rows_to_table(name, rows.get(name, [])) for name in SCHEMAS}, row
    except Exception as exc:  # noqa: BLE001 (any value the schema refuses)
        raise DocumentError(f"its rows cannot be written ({plain_cause(exc)})") from exc


def printable(text: str) -> str:
    """Text the manifest (UTF-8 JSON) can hold: a file name that is not UTF-8 (its bytes
    kept by Python as lone surrogates) shows its bytes as \\xNN escapes."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


LEFTOVER_RE = regex.compile(r"[0-9a-f]{64}\.(?:parquet|csv|jsonl)")


def only_leftovers(fs: pafs.FileSystem, root: str) -> bool:
    """Whether a folder without a manifest holds only what a planparse run killed before
    its first manifest would leave: hidden files (its lock, staging, a manifest being
    written) and table folders of document files."""
    for entry in fs.get_file_info(pafs.FileSelector(root)):
        name = Path(entry.path).name
        if name.startswith("."):
            continue
        if name not in SCHEMAS or entry.type != pafs.FileType.Directory:
            return False
        for inner in fs.get_file_info(pafs.FileSelector(entry.path)):
            if not LEFTOVER_RE.fullmatch(Path(inner.path).name):
                return False
    return True


def write_document(
    rows: dict[str, list[Any]], out: str | Path, fmt: str = "parquet", source: str | None = None
) -> Dataset:
    """Add one extracted document's rows (``ExtractResult.table_rows()``) to the dataset at
    ``out``, creating it if need be: what ``planparse extract`` does for each document
    (which then links the programmes across the dataset's documents: ``series``)."""
    with Dataset.writing(str(out), fmt) as dataset:
        dataset.add_document(rows, source or rows["documents"][0].source_name)
        dataset.save(now=True)
    return dataset
