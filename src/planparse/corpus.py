"""Many PDFs into one dataset: find the inputs, skip those already in the dataset, extract
the rest in parallel (a local process pool, or Ray tasks on a cluster), and write each
document as it comes back.

Workers run :func:`extract_source` on one document and return only its output rows (no
pages, no lines); the parent alone writes the dataset, so a dataset has one writer.
A document that fails is recorded with its one-line reason and the run goes on.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import multiprocessing
import os
import queue
import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyarrow.fs as pafs
import pypdfium2 as pdfium

from planparse.dataset import Dataset, filesystem_of, is_uri
from planparse.errors import InputNotFoundError, PlanparseError
from planparse.extract import extract
from planparse.reader import DEFAULT_READER, READERS

EXECUTORS = ("local", "ray")


@dataclass
class Source:
    """One input PDF: where it is (a local path or a URI), its hash and page count."""

    location: str
    sha256: str = ""
    pages: int = 0

    @property
    def name(self) -> str:
        path = urlsplit(self.location).path if is_uri(self.location) else self.location
        return path.rstrip("/").rsplit("/", 1)[-1]


@dataclass
class Outcome:
    """What a worker sends back for one document: its rows, or why it failed."""

    location: str
    sha256: str
    pages: int
    seconds: float = 0.0
    rows: dict[str, list[Any]] | None = None
    reason: str | None = None
    peak_mb: float = 0.0  # the peak memory of the process that extracted it, so far


@dataclass
class RunSummary:
    extracted: list[Outcome] = field(default_factory=list)
    skipped: list[Source] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)

    def text(self) -> str:
        return (
            f"{len(self.extracted)} extracted, {len(self.skipped)} skipped (unchanged), "
            f"{len(self.failed)} failed"
        )


def find_sources(inputs: list[str]) -> list[Source]:
    """The PDFs named: files as given, folders searched for ``*.pdf`` recursively (local or
    URIs), each once, in order. Raises InputNotFoundError for a name that is not there."""
    found: list[str] = []
    for given in inputs:
        fs, path = filesystem_of(given)
        info = fs.get_file_info(path)
        if info.type == pafs.FileType.NotFound:
            raise InputNotFoundError(f"{given}: no such file or folder")
        if info.type == pafs.FileType.Directory:
            entries = fs.get_file_info(pafs.FileSelector(path, recursive=True))
            pdfs = sorted(e.path for e in entries if e.is_file and e.path.lower().endswith(".pdf"))
            found += [with_path(given, p) for p in pdfs]
        else:
            found.append(given if is_uri(given) else str(Path(given).resolve()))
    return [Source(location) for location in dict.fromkeys(found)]


def with_path(given: str, path: str) -> str:
    """The location of ``path`` found under ``given``: a URI keeps its scheme and its
    options (``?endpoint_override=…``)."""
    if not is_uri(given):
        return path
    parts = urlsplit(given)
    return parts.scheme + "://" + path + (f"?{parts.query}" if parts.query else "")


def read_bytes(location: str) -> bytes:
    fs, path = filesystem_of(location)
    with fs.open_input_stream(path) as handle:
        return bytes(handle.read())


def count_pages(data: bytes, password: str | None) -> int:
    """Pages of a PDF, read fast with PDFium; 0 when it does not open (the worker says why)."""
    try:
        document = pdfium.PdfDocument(data, password=password)
    except Exception:  # not a PDF, encrypted, damaged: reported by the extraction
        return 0
    try:
        return len(document)
    finally:
        document.close()


def describe(source: Source, password: str | None) -> Source:
    """A source with its sha256 (the document's id) and its page count."""
    data = read_bytes(source.location)
    return Source(source.location, hashlib.sha256(data).hexdigest(), count_pages(data, password))


@contextlib.contextmanager
def local_copy(location: str) -> Iterator[Path]:
    """A local path to the PDF: itself, or a temporary copy of a remote one."""
    if not is_uri(location):
        yield Path(location)
        return
    with tempfile.TemporaryDirectory(prefix="planparse-") as folder:
        path = Path(folder) / Source(location).name
        path.write_bytes(read_bytes(location))
        yield path


_TICKS: Any = None  # in a pool worker: the queue its page ticks go to


def _init_worker(ticks: Any) -> None:
    global _TICKS
    _TICKS = ticks
    collect_less()


GC_YOUNG = 10_000  # allocations between young collections (Python's default: 700)


def collect_less() -> None:
    """Tune the cycle collector for a process that extracts: what is loaded by now (the
    modules, the compiled patterns) lives until exit, so it is frozen out of the full
    collections, and the young generation is collected less often. An extraction makes
    millions of short-lived records and few cycles: on the report this takes the
    collector's time from about 0.1 s to about 0.01 s. For the processes planparse
    starts itself (the command line, its worker pool), not for a library caller's."""
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


@dataclass(frozen=True)
class ReadOptions:
    """How each PDF is opened and read."""

    password: str | None = None
    reader: str = DEFAULT_READER  # reader.READERS


def extract_source(
    location: str,
    sha256: str,
    pages: int,
    options: ReadOptions = ReadOptions(),
    on_page: Callable[[int, int], None] | None = None,
) -> Outcome:
    """Extract one document where it is (a worker process, a Ray task or this process);
    return its output rows, or the one-line reason it failed."""
    started = time.perf_counter()
    if on_page is None and _TICKS is not None:
        ticks = _TICKS

        def on_page(done: int, total: int) -> None:
            ticks.put(location)

    try:
        with local_copy(location) as path:
            try:
                result = extract(
                    path, on_page=on_page, password=options.password, reader=options.reader
                )
            except PlanparseError as exc:
                reason = str(exc).replace(str(path), location)
                return Outcome(location, sha256, pages, time.perf_counter() - started, None, reason)
    except Exception as exc:  # a bug or a lost file: this document fails, the run goes on
        reason = f"{location}: {exc.__class__.__name__}: {exc}".splitlines()[0]
        return Outcome(location, sha256, pages, time.perf_counter() - started, None, reason)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return Outcome(location, sha256, pages, seconds, result.table_rows(), peak_mb=peak)


Tick = Callable[[Source, int], None]  # pages of a source done
Done = Callable[[Outcome], None]


def run_here(todo: list[Source], options: ReadOptions, on_tick: Tick, on_done: Done) -> None:
    """One document after another in this process."""
    for source in todo:

        def on_page(done: int, total: int, source: Source = source) -> None:
            on_tick(source, 1)

        on_done(extract_source(source.location, source.sha256, source.pages, options, on_page))


def run_pool(
    todo: list[Source], jobs: int, options: ReadOptions, on_tick: Tick, on_done: Done
) -> None:
    """A process pool of ``jobs`` workers; page ticks come back on a queue."""
    context = multiprocessing.get_context("spawn")
    ticks = context.Queue()
    by_location = {s.location: s for s in todo}

    def drain() -> None:
        while True:
            try:
                location = ticks.get_nowait()
            except queue.Empty:
                return
            on_tick(by_location[location], 1)

    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_init_worker, initargs=(ticks,)
    ) as pool:
        futures: dict[Future, Source] = {
            pool.submit(extract_source, s.location, s.sha256, s.pages, options): s for s in todo
        }
        pending = set(futures)
        while pending:
            done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            drain()
            for future in done:
                source = futures[future]
                try:
                    outcome = future.result()
                except Exception as exc:  # the worker died (killed, out of memory)
                    reason = f"{source.location}: the worker stopped ({exc.__class__.__name__})"
                    outcome = Outcome(source.location, source.sha256, source.pages, reason=reason)
                on_done(outcome)


def run_ray(todo: list[Source], options: ReadOptions, on_tick: Tick, on_done: Done) -> None:
    """Ray tasks: on the cluster at ``RAY_ADDRESS``, else on a local Ray started here."""
    try:
        import ray
    except ImportError:
        raise PlanparseError("--executor ray needs Ray: pip install 'planparse[ray]'") from None
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(logging_level=logging.ERROR, log_to_driver=False, include_dashboard=False)
    try:
        task: Any = ray.remote(extract_source)  # its stubs type only a few arguments
        refs = {task.remote(s.location, s.sha256, s.pages, options): s for s in todo}
        pending = list(refs)
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            for ref in done:
                source = refs[ref]
                try:
                    outcome = ray.get(ref)
                except Exception as exc:  # the task's worker died
                    reason = f"{source.location}: the Ray task failed ({exc.__class__.__name__})"
                    outcome = Outcome(source.location, source.sha256, source.pages, reason=reason)
                on_tick(source, source.pages)
                on_done(outcome)
    finally:
        if started_here:
            ray.shutdown()


class Progress:
    """What a run reports as it goes: the pages to do, then pages done by document."""

    def start(self, total_pages: int, documents: int) -> None:  # noqa: B027 (optional hook)
        pass

    def pages(self, source: Source, done: int) -> None:  # noqa: B027
        pass

    def close(self) -> None:  # noqa: B027
        pass


def run(
    inputs: list[str],
    out: str,
    jobs: int | None = None,
    executor: str = "local",
    force: bool = False,
    fmt: str | None = None,
    password: str | None = None,
    progress: Progress | None = None,
    reader: str = DEFAULT_READER,
) -> RunSummary:
    """Extract every PDF of ``inputs`` not yet in the dataset at ``out`` into it, each read
    with ``reader`` (``reader.READERS``)."""
    if executor not in EXECUTORS:
        raise PlanparseError(f"unknown executor {executor!r}; one of {', '.join(EXECUTORS)}")
    if reader not in READERS:
        raise PlanparseError(f"unknown reader {reader!r}; one of {', '.join(READERS)}")
    options = ReadOptions(password, reader)
    sources = find_sources(inputs)
    if not sources:
        raise InputNotFoundError(f"no PDF found in {', '.join(inputs)}")
    fs, root = filesystem_of(out)
    created = fs.get_file_info(root).type == pafs.FileType.NotFound
    dataset = Dataset.open(out, fmt, create=True)
    progress = progress or Progress()
    summary = RunSummary()
    with dataset.lock():
        dataset.sweep()
        described = [describe(s, password) for s in sources]
        todo: list[Source] = []
        seen: set[str] = set()
        known = {d["sha256"] for d in dataset.documents}
        for source in described:
            if source.sha256 in seen:
                continue  # the same PDF twice: once
            seen.add(source.sha256)
            if source.sha256 in known and not force:
                summary.skipped.append(source)
            else:
                todo.append(source)

        def on_done(outcome: Outcome) -> None:
            if outcome.rows is None:
                dataset.add_failure(outcome.location, outcome.sha256, outcome.reason or "failed")
                summary.failed.append(outcome)
                return
            dataset.add_document(outcome.rows, outcome.location, outcome.seconds, outcome.peak_mb)
            summary.extracted.append(outcome)

        progress.start(sum(s.pages for s in todo), len(todo))
        try:
            workers = min(jobs or os.cpu_count() or 1, len(todo))
            if executor == "ray" and todo:
                run_ray(todo, options, progress.pages, on_done)
            elif workers > 1:
                run_pool(todo, workers, options, progress.pages, on_done)
            else:
                run_here(todo, options, progress.pages, on_done)
        finally:
            progress.close()
            if dataset.unsaved:
                dataset.save(now=True)
    if created and not dataset.documents:
        fs.delete_dir(root)  # nothing was extracted into a new dataset: leave no dataset
    return summary
