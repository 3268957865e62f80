"""A pool of worker processes that no one document can stop.

Each worker extracts one document at a time and sends back its rows. What
``concurrent.futures`` would not give:

- **A dead worker fails one document.** When a worker dies (killed, out of memory, a
  crash in a C library), the document it held fails with the reason, and a new worker
  takes the next document; the others are not touched.
- **Limits.** A document that runs past its time (``Limits.seconds_for``) or whose
  worker grows past ``Limits.max_memory_mb`` fails with that reason: the worker is
  stopped and replaced. The worker watches its own memory (a thread, every
  ``WATCH_EVERY`` seconds) and says so before it exits; the parent stops a worker
  that is past its time (stuck in C code or not).
- **No orphans.** A worker exits when its parent dies, however it dies (kill -9
  included): it holds one end of a pipe whose other end only the parent holds, and
  the end of that pipe is the parent's death.

On Linux the workers are forked from a server process that has imported planparse
once (``forkserver``), so a new worker starts in milliseconds; elsewhere they are
spawned.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

WATCH_EVERY = 0.1  # seconds between a worker's looks at its memory and its parent
TIMEOUT_BASE = 120.0  # seconds every document may take, by default ...
TIMEOUT_PER_PAGE = 3.0  # ... and this many more a page (pdfplumber reads a page in < 1 s)
MAX_MEMORY_MB = 4096  # a worker's default memory ceiling (a 1,200-page plan peaks at ~0.3 GB)
LIMIT_EXIT = 75  # a worker's exit code after it said which limit it hit


@dataclass(frozen=True)
class Limits:
    """How long one document may take and how much memory its worker may use."""

    timeout: float | None = None  # seconds a document; None: TIMEOUT_BASE + a page's share
    max_memory_mb: int = MAX_MEMORY_MB

    def __post_init__(self) -> None:
        if self.timeout is not None and self.timeout <= 0:
            raise ValueError(f"timeout must be positive, not {self.timeout}")
        if self.max_memory_mb <= 0:
            raise ValueError(f"max_memory_mb must be positive, not {self.max_memory_mb}")

    def seconds_for(self, pages: int) -> float:
        """The time a document of ``pages`` pages may take."""
        if self.timeout is not None:
            return self.timeout
        return TIMEOUT_BASE + TIMEOUT_PER_PAGE * max(pages, 1)


def peak_memory_mb() -> float:
    """This process's peak resident memory so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1 << 20) if sys.platform == "darwin" else peak / 1024  # bytes or KiB


def memory_ceiling_reason(limits: Limits) -> str | None:
    """Why this process must stop, if its peak memory has passed the ceiling: the peak,
    so that a spike between two looks is seen too."""
    used = peak_memory_mb()
    if used > limits.max_memory_mb:
        return f"used more than {limits.max_memory_mb} MB of memory ({used:.0f} MB); stopped"
    return None


class Watchdog(threading.Thread):
    """A worker's thread that ends the worker when its parent is gone (``lifeline`` at
    its end) or its memory passes the ceiling (the reason is sent on ``lifeline`` first)."""

    def __init__(self, lifeline: Connection, limits: Limits) -> None:
        super().__init__(daemon=True, name="planparse-watchdog")
        self.lifeline, self.limits = lifeline, limits

    def run(self) -> None:
        while True:
            try:
                if self.lifeline.poll(WATCH_EVERY):  # the parent never writes: its death
                    self.lifeline.recv()
            except (EOFError, OSError):
                os._exit(LIMIT_EXIT)
            reason = memory_ceiling_reason(self.limits)
            if reason is not None:
                with_reason_sent(self.lifeline, reason)
                os._exit(LIMIT_EXIT)


def with_reason_sent(lifeline: Connection, reason: str) -> None:
    with contextlib.suppress(OSError):
        lifeline.send(("limit", reason))


Job = Callable[..., Any]  # the work: job(task, on_page) -> result


def worker_main(
    init: Callable[[], None], job: Job, tasks: Connection, lifeline: Connection, limits: Limits
) -> None:
    """A worker's life: ``init()`` once, then take a task, run ``job`` on it, send progress
    and the result back; until told to stop (None) or its parent is gone. What the PDF libraries print about a
    damaged file is dropped (the worker's stderr is /dev/null): a document's problems
    reach the parent as its reason and its issues."""
    Watchdog(lifeline, limits).start()
    quiet_stderr()
    init()
    while True:
        try:
            task = tasks.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return

        def on_page(done: int, total: int) -> None:
            tasks.send(("page", done, total))

        result = job(task, on_page)
        reason = memory_ceiling_reason(limits)
        if reason is not None:  # past the ceiling between two looks of the watchdog
            with_reason_sent(lifeline, reason)
            os._exit(LIMIT_EXIT)
        tasks.send(("done", result))


def quiet_stderr() -> None:
    """Send this process's stderr (Python's and C libraries' alike) to /dev/null."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def pool_context() -> Any:
    """Forked from a server that has imported planparse once (Linux), else spawned."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["planparse.corpus"])
        return context
    return multiprocessing.get_context("spawn")


@dataclass
class Worker:
    process: Any
    tasks: Connection
    lifeline: Connection
    task: Any = None
    started: float = 0.0
    deadline: float = float("inf")
    limit_reason: str | None = None


NOTHING = object()  # no result yet
Event = tuple[str, Any, Any]  # ("page", task, (done, total)) | ("done", task, result)


class Pool:
    """``jobs`` workers running ``job`` over tasks; a task's failure is its own."""

    def __init__(
        self,
        job: Job,
        jobs: int,
        limits: Limits,
        pages_of: Callable[[Any], int],
        init: Callable[[], None],
    ) -> None:
        self.job, self.jobs, self.limits, self.pages_of = job, jobs, limits, pages_of
        self.init = init  # run once in each worker before its first task
        self.context = pool_context()
        self.workers: list[Worker] = []

    def start_worker(self) -> Worker:
        ours, theirs = self.context.Pipe()
        life_ours, life_theirs = self.context.Pipe()
        process = self.context.Process(
            target=worker_main,
            args=(self.init, self.job, theirs, life_theirs, self.limits),
            daemon=True,
            name="planparse-worker",
        )
        process.start()
        theirs.close()
        life_theirs.close()
        worker = Worker(process, ours, life_ours)
        self.workers.append(worker)
        return worker

    def give(self, worker: Worker, task: Any) -> None:
        worker.task, worker.started = task, time.monotonic()
        worker.deadline = worker.started + self.limits.seconds_for(self.pages_of(task))
        worker.limit_reason = None
        worker.tasks.send(task)

    def run(self, tasks: list[Any], failed: Callable[[Any, str], Any]) -> Iterator[Event]:
        """Run every task; yield ("page", task, (done, total)) as pages are read and
        ("done", task, result) for each task, ``failed(task, reason)`` as the result of
        a task whose worker died or was stopped."""
        todo = list(reversed(tasks))
        try:
            for _ in range(min(self.jobs, len(todo))):
                self.give(self.start_worker(), todo.pop())
            while any(w.task is not None for w in self.workers):
                yield from self.step(todo, failed)
        finally:
            self.close()

    def step(self, todo: list[Any], failed: Callable[[Any, str], Any]) -> Iterator[Event]:
        """Wait a moment for news from the busy workers; yield it, and give each worker
        that is free (or a new one for each that is gone) the next task."""
        busy = [w for w in self.workers if w.task is not None]
        handles = [h for w in busy for h in (w.tasks, w.lifeline, w.process.sentinel)]
        ready = set(wait(handles, timeout=WATCH_EVERY * 2))
        now = time.monotonic()
        for w in busy:
            if w.lifeline in ready:
                self.read_lifeline(w)
            pages, result, broken = self.drain(w)
            for done, total in pages:
                yield ("page", w.task, (done, total))
            if result is not NOTHING:
                task, w.task = w.task, None
                yield ("done", task, result)
                if todo:
                    self.give(w, todo.pop())
                continue
            reason = None
            if broken or not w.process.is_alive():
                reason = self.death_reason(w)
            elif now > w.deadline:
                reason = f"took longer than {w.deadline - w.started:.4g} s (--timeout); stopped"
            if reason is not None:
                task = w.task
                self.retire(w)
                yield ("done", task, failed(task, reason))
                if todo:
                    self.give(self.start_worker(), todo.pop())

    def read_lifeline(self, w: Worker) -> None:
        """The limit a worker says it hit, before it exits."""
        with contextlib.suppress(Exception):  # the pipe's end: its death, read elsewhere
            _, w.limit_reason = w.lifeline.recv()

    def drain(self, w: Worker) -> tuple[list[tuple[int, int]], Any, bool]:
        """A worker's messages so far: the pages it read, its task's result (or
        NOTHING), and whether its pipe broke (a worker killed while it wrote)."""
        pages: list[tuple[int, int]] = []
        try:
            while w.tasks.poll():
                message = w.tasks.recv()
                if message[0] == "done":
                    return pages, message[1], False
                done, total = message[1], message[2]
                pages.append((done, total))
                if done == 1:  # its size is known: its time limit is
                    w.deadline = w.started + self.limits.seconds_for(total)
        except Exception:  # noqa: BLE001 (EOF, or a message cut off by a kill)
            return pages, NOTHING, True
        return pages, NOTHING, False

    def death_reason(self, w: Worker) -> str:
        w.process.join(timeout=5)  # its pipe may break before its exit code is known
        if w.lifeline.poll():
            self.read_lifeline(w)
        if w.limit_reason:
            return w.limit_reason
        code = w.process.exitcode
        if code is not None and code < 0:
            return f"its worker process was killed (signal {-code}) while extracting it"
        return f"its worker process stopped (exit code {code}) while extracting it"

    def retire(self, w: Worker) -> None:
        for connection in (w.tasks, w.lifeline):
            connection.close()
        if w.process.is_alive():
            w.process.kill()
        w.process.join(timeout=5)
        self.workers.remove(w)
        w.task = None

    def close(self) -> None:
        """Stop every worker: told to stop, and killed if still there a moment later."""
        for w in self.workers:
            with contextlib.suppress(OSError):
                w.tasks.send(None)
        deadline = time.monotonic() + 2.0
        for w in self.workers:
            w.process.join(timeout=max(0.0, deadline - time.monotonic()))
            if w.process.is_alive():
                w.process.kill()
                w.process.join(timeout=5)
            for connection in (w.tasks, w.lifeline):
                connection.close()
        self.workers = []
