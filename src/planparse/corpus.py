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
import json
import logging
import os
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyarrow.fs as pafs
import pypdfium2 as pdfium

from planparse import corrections
from planparse.errors import DocumentError, InputNotFoundError, PlanparseError, plain_cause
from planparse.extract import extract
from planparse.output.dataset import Dataset, filesystem_of, is_uri
from planparse.read.seam import DEFAULT_READER, READERS, check_regular_file
from planparse.series import SeriesReport, link_dataset
from planparse.workers import LIMIT_EXIT, Limits, Pool, memory_ceiling_reason, peak_memory_mb

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

    @classmethod
    def failure(cls, source: Source, reason: str, seconds: float = 0.0) -> Outcome:
        """A document that failed, its reason one line that names it."""
        line = " ".join(reason.split())
        if not line.startswith(source.location):
            line = f"{source.location}: {line}"
        return cls(source.location, source.sha256, source.pages, seconds, None, line)


@dataclass
class RunSummary:
    extracted: list[Outcome] = field(default_factory=list)
    skipped: list[Source] = field(default_factory=list)
    failed: list[Outcome] = field(default_factory=list)
    series: SeriesReport | None = None  # the series step, where it ran
    corrections: corrections.Applied | None = None  # corrections applied again, if any

    def text(self) -> str:
        return (
            f"{len(self.extracted)} extracted, {len(self.skipped)} skipped (unchanged), "
            f"{len(self.failed)} failed"
        )


def find_sources(inputs: list[str]) -> list[Source]:
    """The PDFs named: files as given, folders searched for ``*.pdf`` recursively (local or
    URIs), each once, in order. Raises InputNotFoundError for a name that is not there.
    A local folder is walked without following links to folders (a link loop is not
    walked round); a ``*.pdf`` that is not a regular file (a FIFO, a folder, a broken or
    looping link) is listed, and fails on its own with its reason."""
    found: list[str] = []
    for given in inputs:
        if not is_uri(given):
            found += local_sources(given)
            continue
        fs, path = filesystem_of(given)
        info = fs.get_file_info(path)
        if info.type == pafs.FileType.NotFound:
            raise InputNotFoundError(f"{given}: no such file or folder")
        if info.type == pafs.FileType.Directory:
            entries = fs.get_file_info(pafs.FileSelector(path, recursive=True))
            pdfs = sorted(e.path for e in entries if e.is_file and e.path.lower().endswith(".pdf"))
            found += [with_path(given, p) for p in pdfs]
        else:
            found.append(given)
    return [Source(location) for location in dict.fromkeys(found)]


def local_sources(given: str) -> list[str]:
    """The PDFs a local name stands for: itself, or the ``*.pdf`` under a folder."""
    path = Path(os.path.abspath(given))
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return [str(path)]  # a broken link: it fails on its own
        raise InputNotFoundError(f"{given}: no such file or folder") from None
    except OSError:  # a link loop, a folder that cannot be entered
        return [str(path)]
    if not stat.S_ISDIR(mode):
        return [str(path)]
    pdfs = []
    for folder, folders, files in os.walk(path):
        folders.sort()
        pdfs += [os.path.join(folder, f) for f in files if f.lower().endswith(".pdf")]
        pdfs += [os.path.join(folder, d) for d in folders if d.lower().endswith(".pdf")]
    return sorted(pdfs)


def with_path(given: str, path: str) -> str:
    """The location of ``path`` found under ``given``: a URI keeps its scheme and its
    options (``?endpoint_override=…``)."""
    if not is_uri(given):
        return path
    parts = urlsplit(given)
    return parts.scheme + "://" + path + (f"?{parts.query}" if parts.query else "")


def read_bytes(location: str) -> bytes:
    if not is_uri(location):  # a local name need not be UTF-8 (pyarrow wants it to be)
        return Path(location).read_bytes()
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
    """A source with its sha256 (the document's id) and its page count. Raises
    InputNotFoundError, in plain words, for a source that cannot be read as a file."""
    if not is_uri(source.location):
        check_regular_file(Path(source.location))
    try:
        data = read_bytes(source.location)
    except OSError as exc:
        raise InputNotFoundError(f"{source.location}: cannot be read ({exc})") from None
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
class Identity:
    """Whose plan a document is and for which year, as the run was told (``--organisation``,
    ``--plan-year``, a ``planparse.json`` beside the PDFs); None: as its cover says."""

    organisation: str | None = None
    plan_year: int | None = None


SIDECAR = "planparse.json"  # beside the PDFs: whose plans they are (README "Whose plan")


def read_sidecar(folder: Path) -> dict[str, Any] | None:
    """A folder's ``planparse.json``, checked; None where there is none. Raises
    InputNotFoundError, in one line, for one that cannot be read or says nonsense."""
    path = folder / SIDECAR
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputNotFoundError(f"{path}: cannot be read as JSON ({plain_cause(exc)})") from None
    entries = [data, *(data.get("documents") or {}).values()] if isinstance(data, dict) else [data]
    for entry in entries:
        if not isinstance(entry, dict):
            raise InputNotFoundError(f"{path}: each entry must be an object")
        year = entry.get("plan_year")
        organisation = entry.get("organisation")
        if year is not None and not (isinstance(year, int) and 1900 < year < 2200):
            raise InputNotFoundError(f"{path}: plan_year must be a year, not {year!r}")
        if organisation is not None and not isinstance(organisation, str):
            raise InputNotFoundError(f"{path}: organisation must be text, not {organisation!r}")
    return data


def identities_of(
    sources: list[Source], organisation: str | None = None, plan_year: int | None = None
) -> dict[str, Identity]:
    """Each local source's identity: the command line's, else its entry in its folder's
    ``planparse.json`` (under ``documents``, by file name), else that file's own."""
    out: dict[str, Identity] = {}
    sidecars: dict[Path, dict[str, Any] | None] = {}
    for source in sources:
        folder = None if is_uri(source.location) else Path(source.location).parent
        if folder is not None and folder not in sidecars:
            sidecars[folder] = read_sidecar(folder)
        data = sidecars.get(folder) if folder is not None else None
        entry = ((data or {}).get("documents") or {}).get(source.name, {})
        out[source.location] = Identity(
            organisation or entry.get("organisation") or (data or {}).get("organisation"),
            plan_year or entry.get("plan_year") or (data or {}).get("plan_year"),
        )
    return out


@dataclass(frozen=True)
class ReadOptions:
    """How each PDF is opened and read, the limits of one document's extraction, and whose
    plan each is where the run was told (by location)."""

    password: str | None = None
    reader: str = DEFAULT_READER  # reader.READERS
    limits: Limits = Limits()
    identities: dict[str, Identity] = field(default_factory=dict)


def extract_source(
    location: str,
    sha256: str,
    pages: int,
    options: ReadOptions = ReadOptions(),
    on_page: Callable[[int, int], None] | None = None,
) -> Outcome:
    """Extract one document where it is (a worker process, a Ray task or this process);
    return its output rows, or the one-line reason it failed. Never raises."""
    source = Source(location, sha256, pages)
    started = time.perf_counter()
    try:
        with local_copy(location) as path:
            try:
                identity = options.identities.get(location, Identity())
                result = extract(
                    path,
                    on_page=on_page,
                    password=options.password,
                    reader=options.reader,
                    organisation=identity.organisation,
                    plan_year=identity.plan_year,
                )
            except PlanparseError as exc:
                reason = str(exc).replace(str(path), location)
                return Outcome.failure(source, reason, time.perf_counter() - started)
    except MemoryError:
        return Outcome.failure(source, "ran out of memory", time.perf_counter() - started)
    except Exception as exc:  # a bug or a lost file: this document fails, the run goes on
        reason = f"failed ({exc.__class__.__name__}: {exc})"
        return Outcome.failure(source, reason, time.perf_counter() - started)
    seconds = time.perf_counter() - started
    return Outcome(location, sha256, pages, seconds, result.table_rows(), peak_mb=peak_memory_mb())


def extract_job(task: tuple[Source, ReadOptions], on_page: Callable[[int, int], None]) -> Outcome:
    """A pool worker's job: one source, extracted with the run's options."""
    source, options = task
    return extract_source(source.location, source.sha256, source.pages, options, on_page)


Tick = Callable[[Source, int], None]  # pages of a source done
Done = Callable[[Outcome], None]


def run_pool(
    todo: list[Source], jobs: int, options: ReadOptions, on_tick: Tick, on_done: Done
) -> None:
    """A pool of ``jobs`` worker processes (``workers.Pool``): a document whose worker
    dies, or passes a limit, fails alone; page ticks come back as they are read."""
    pool = Pool(
        extract_job, jobs, options.limits, pages_of=lambda task: task[0].pages, init=collect_less
    )
    tasks = [(source, options) for source in todo]
    for kind, (source, _), value in pool.run(tasks, lambda t, why: Outcome.failure(t[0], why)):
        if kind == "page":
            on_tick(source, 1)
        else:
            on_done(value)


def guarded_extract(
    location: str, sha256: str, pages: int, options: ReadOptions = ReadOptions()
) -> Outcome:
    """``extract_source`` under the run's limits, for a Ray task: a thread ends the task's
    worker past its time or memory ceiling (Ray then reports the task failed)."""
    limits = options.limits
    deadline = time.monotonic() + limits.seconds_for(pages)
    finished = threading.Event()

    def watch() -> None:
        while not finished.wait(0.1):
            if time.monotonic() > deadline or memory_ceiling_reason(limits):
                os._exit(LIMIT_EXIT)

    threading.Thread(target=watch, daemon=True).start()
    try:
        return extract_source(location, sha256, pages, options)
    finally:
        finished.set()


def run_ray(todo: list[Source], options: ReadOptions, on_tick: Tick, on_done: Done) -> None:
    """Ray tasks: on the cluster at ``RAY_ADDRESS``, else on a local Ray started here. A
    task whose worker dies is not retried (a document that kills its worker would kill
    the next one too): it fails alone."""
    try:
        import ray
    except ImportError:
        raise PlanparseError("--executor ray needs Ray: pip install 'planparse[ray]'") from None
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(logging_level=logging.ERROR, log_to_driver=False, include_dashboard=False)
    try:
        task: Any = ray.remote(max_retries=0)(guarded_extract)  # its stubs type few arguments
        refs = {task.remote(s.location, s.sha256, s.pages, options): s for s in todo}
        pending = list(refs)
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            for ref in done:
                source = refs[ref]
                try:
                    outcome = ray.get(ref)
                except Exception as exc:  # the task's worker died
                    reason = (
                        f"its Ray worker stopped ({exc.__class__.__name__}): killed, or past "
                        "the time or memory limit (--timeout, --max-memory)"
                    )
                    outcome = Outcome.failure(source, reason)
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

    def document(self, failed: bool) -> None:  # noqa: B027
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
    limits: Limits | None = None,
    organisation: str | None = None,
    plan_year: int | None = None,
) -> RunSummary:
    """Extract every PDF of ``inputs`` not yet in the dataset at ``out`` into it, each read
    with ``reader`` (``read.seam.READERS``) in a worker of its own, within ``limits``. A
    document that fails, however it fails, is recorded with its reason and the run goes
    on; only the dataset (its lock, manifest or disk) stops a run."""
    if executor not in EXECUTORS:
        raise PlanparseError(f"unknown executor {executor!r}; one of {', '.join(EXECUTORS)}")
    if reader not in READERS:
        raise PlanparseError(f"unknown reader {reader!r}; one of {', '.join(READERS)}")
    sources = find_sources(inputs)
    if not sources:
        raise InputNotFoundError(f"no PDF found in {', '.join(inputs)}")
    identities = identities_of(sources, organisation, plan_year)
    options = ReadOptions(password, reader, limits or Limits(), identities)
    progress = progress or Progress()
    summary = RunSummary()
    with Dataset.writing(out, fmt) as dataset:
        todo: list[Source] = []
        seen: set[str] = set()
        known = {d["sha256"] for d in dataset.documents}
        for given in sources:
            try:
                source = describe(given, password)
            except Exception as exc:  # noqa: BLE001 (any input that cannot be read fails alone)
                reason = str(exc) if isinstance(exc, PlanparseError) else plain_cause(exc)
                outcome = Outcome.failure(given, reason)
                dataset.add_failure(outcome.location, None, outcome.reason or "failed")
                summary.failed.append(outcome)
                continue
            if source.sha256 in seen:
                continue  # the same PDF twice: once
            seen.add(source.sha256)
            if source.sha256 in known and not force:
                summary.skipped.append(source)
            else:
                todo.append(source)

        def on_done(outcome: Outcome) -> None:
            progress.document(failed=outcome.rows is None)
            if outcome.rows is not None:
                try:
                    dataset.add_document(
                        outcome.rows, outcome.location, outcome.seconds, outcome.peak_mb
                    )
                except DocumentError as exc:  # its rows cannot be written: it fails alone
                    outcome.rows, outcome.reason = None, f"{outcome.location}: {exc}"
                else:
                    summary.extracted.append(outcome)
                    return
            dataset.add_failure(outcome.location, outcome.sha256, outcome.reason or "failed")
            summary.failed.append(outcome)

        progress.start(sum(s.pages for s in todo), len(todo))
        try:
            if executor == "ray" and todo:
                run_ray(todo, options, progress.pages, on_done)
            elif todo:
                workers = min(jobs or os.cpu_count() or 1, len(todo))
                run_pool(todo, workers, options, progress.pages, on_done)
        finally:
            progress.close()
            if dataset.unsaved:
                dataset.save(now=True)
        if summary.extracted and dataset.documents:
            summary.series = link_dataset(dataset)  # the programmes across its documents
            if corrections.read_lines(dataset):  # what people said stays said
                summary.corrections = corrections.apply(dataset)
        dataset.remove_if_empty()
    return summary
