"""Where verify's work runs: in this process, on local worker processes, or on a Dask cluster.

``verify`` hands out two kinds of task, each a plain function of picklable arguments:
:func:`search_task` searches one shard for a batch of quote segments (phase 1), and
:func:`match_task` places quotes in texts around the chosen windows (phase 2). A task reads
the database itself, opened read-only (:func:`~sourcecheck.store.indexes.open_readonly`): every
worker must reach the database file at the same path (a shared disk for a cluster). Each
worker process keeps the shards and texts of the current run in memory while it needs them.
Local worker processes are forked for each phase from the process that runs verify, once it
has read the shards (then the texts) they need: they share them instead of reading them again.

Results never depend on where tasks ran or in which order they finished: the driver puts
them back in task order. Dask (``pip install 'sourcecheck[cluster]'``) is imported here only.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from typing import Any
from urllib.parse import urlsplit

from .errors import ClusterError
from .facts.check import FactCheck, TextFacts, check_date, check_numbers
from .facts.languages import read_word_numbers
from .facts.rendering import printed_date
from .matching.align import warm_kernels, worth_compiling
from .matching.match import match_in_text
from .matching.numberfacts import agree_on_numbers
from .matching.params import MatchParams
from .matching.quote import parse_quote
from .matching.search import Found, SearchParams, search
from .matching.shards import Queries, Shard
from .models import CLUSTER_TIMEOUT_S, MatchResult
from .normalize import tokenize
from .store.db import Database
from .store.indexes import load_shard, load_texts, open_readonly, text_chars

SELECTOR_CONTEXT = 32  # characters of prefix/suffix in a W3C TextQuoteSelector
FACT_CONTEXT_CHARS = 400
"""Characters read on either side of a found passage to check its numbers (see TextFacts)."""
TEXT_CACHE_CHARS = 200_000_000
"""Characters of texts a worker keeps in memory between tasks."""
SHARDS_KEPT = 2
"""Shards a worker keeps in memory between tasks."""


@dataclass(frozen=True, slots=True)
class DbRef:
    """How a task finds the database: its path, the run (a worker's memory is per run), and
    whether to read the file as immutable (cluster workers on other machines, see
    :func:`~sourcecheck.store.indexes.open_readonly`)."""

    path: str
    run: str
    immutable: bool = False


@dataclass(frozen=True, slots=True)
class Job:
    """Place one quote in one text around its windows (per segment), and check its facts."""

    quote: str
    text_id: int
    windows: tuple[tuple[tuple[int, int], ...], ...]
    kind: str = "quotation"
    date: str | None = None
    text_language: str | None = None  # given or detected: its negations, numbers, dates


@dataclass(slots=True)
class JobOutcome:
    """A job's result, the passage with its context, and the facts checked at the passage."""

    result: MatchResult
    prefix: str | None = None
    passage: str | None = None
    suffix: str | None = None
    facts: list[FactCheck] = field(default_factory=list)


# -- what a worker keeps --------------------------------------------------------------------

_LOCAL: dict[str, Database] = {}  # run -> the driver's own connection, for in-process tasks


@dataclass
class _Memory:
    run: str = ""
    db: Database | None = None
    shards: OrderedDict[int, Shard] = field(default_factory=OrderedDict)
    texts: OrderedDict[int, str] = field(default_factory=OrderedDict)
    facts: OrderedDict[int, TextFacts] = field(default_factory=OrderedDict)

    def whole_facts(self, text_id: int, text: str, language: str | None) -> TextFacts:
        """The facts of a whole text (kept for the few texts used last)."""
        if text_id not in self.facts:
            while len(self.facts) >= 4:
                self.facts.popitem(last=False)
            self.facts[text_id] = TextFacts(text, language=language)
        self.facts.move_to_end(text_id)
        return self.facts[text_id]


_memory = _Memory()


def _remember(ref: DbRef) -> _Memory:
    """This process's memory for ``ref``'s run (a new run forgets the previous one)."""
    global _memory
    if _memory.run != ref.run:
        _forget()  # the previous run's connection, shards and texts first, then this run's
        db = _LOCAL.get(ref.run) or open_readonly(ref.path, immutable=ref.immutable)
        _memory = _Memory(run=ref.run, db=db)
    return _memory


def _forget() -> None:
    """Drop this run's shards and texts from memory (and its own connection)."""
    global _memory
    if _memory.db is not None and _memory.db not in _LOCAL.values():
        _memory.db.conn.close()
    _memory = _Memory()


def _shard(ref: DbRef, shard_id: int) -> Shard:
    memory = _remember(ref)
    if shard_id not in memory.shards:
        while len(memory.shards) >= SHARDS_KEPT:
            memory.shards.popitem(last=False)
        assert memory.db is not None
        memory.shards[shard_id] = load_shard(memory.db, shard_id)
    memory.shards.move_to_end(shard_id)
    return memory.shards[shard_id]


def _texts(ref: DbRef, text_ids: set[int]) -> dict[int, str]:
    memory = _remember(ref)
    missing = sorted(text_ids - set(memory.texts))
    if missing:
        assert memory.db is not None
        memory.texts.update(load_texts(memory.db, missing))
    for text_id in text_ids:
        memory.texts.move_to_end(text_id)
    total = sum(len(t) for t in memory.texts.values())
    for text_id in list(memory.texts):
        if total <= TEXT_CACHE_CHARS or text_id in text_ids:
            break
        total -= len(memory.texts.pop(text_id))
    return {t: memory.texts[t] for t in text_ids}


# -- the tasks ------------------------------------------------------------------------------


def search_task(ref: DbRef, shard_id: int, queries: Queries, params: SearchParams) -> Found:
    """Phase 1: the vote buckets of every query in one shard."""
    return search(_shard(ref, shard_id), queries, params=params)


def match_task(ref: DbRef, jobs: Sequence[Job], params: MatchParams) -> list[JobOutcome]:
    """Phase 2: each job's quote placed in its text around its windows."""
    texts = _texts(ref, {job.text_id for job in jobs})
    return [run_job(job, texts[job.text_id], params, memory=_memory) for job in jobs]


def run_job(
    job: Job, text: str, params: MatchParams, *, memory: _Memory | None = None
) -> JobOutcome:
    """One job on its text: the result, the passage and its context, the passage's facts."""
    parsed = parse_quote(job.quote)
    result = match_in_text(
        parsed, text, lambda k: job.windows[k], text_id=job.text_id, params=params,
        language=job.text_language,
    )  # fmt: skip
    span = result.span
    if span is None:
        return JobOutcome(result)
    facts = passage_facts(job, result, text, memory or _Memory())
    # a number word set against other words while the passage states it is no changed number
    result = agree_on_numbers(result, facts, job.text_language)
    return JobOutcome(
        result,
        prefix=text[max(0, span.start - SELECTOR_CONTEXT) : span.start],
        passage=text[span.start : span.end],
        suffix=text[span.end : span.end + SELECTOR_CONTEXT],
        facts=facts,
    )


def passage_facts(job: Job, result: MatchResult, text: str, memory: _Memory) -> list[FactCheck]:
    """The numbers and the date printed at a found passage, compared with the claim's.

    For numbers, the text around the passage is read, not the whole text (see
    :class:`TextFacts`). A date takes its year or month from earlier dates of the text, and a
    ``figure`` claim's numbers are looked for in the whole text: both read the whole text.
    """
    span = result.span
    if span is None or result.status not in ("verbatim", "close", "partial"):
        return []
    figure = job.kind == "figure"
    language = job.text_language  # as the words were read: given, else detected
    if not (figure or job.date or read_word_numbers(tokenize(job.quote).words, language)):
        return []  # nothing to check: no number, no date
    date = job.date or printed_date(job.quote, language or "en")  # "On 15 March 1921 ..."
    if figure or date:
        facts = memory.whole_facts(job.text_id, text, language)
    else:
        start = max(0, span.start - FACT_CONTEXT_CHARS)
        end = span.end + FACT_CONTEXT_CHARS
        facts = TextFacts(text, language=language, start=start, end=end)
    checks = []
    numbers = check_numbers(job.quote, facts, passage=span, figure=figure)
    if numbers:
        checks.append(numbers)
    if date:
        checks.append(check_date(date, job.quote, facts, passage=span))
    return checks


# -- executors ------------------------------------------------------------------------------

Task = tuple[Callable[..., Any], tuple[Any, ...]]


@dataclass
class Executor:
    """Runs tasks and yields ``(task number, result)`` as they finish."""

    ref: DbRef
    submit: Callable[[list[Task]], Iterator[tuple[int, Any]]]
    workers: int = 1


def default_workers() -> int:
    """The machine's cores (those this process may use)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextmanager
def executor(
    db: Database,
    path: str | None,
    *,
    workers: int = 1,
    cluster: str | None = None,
    cluster_timeout: float = CLUSTER_TIMEOUT_S,
) -> Iterator[Executor]:
    """An executor for one verify run: in this process (one worker, or a database in memory),
    on ``workers`` local processes, or on the Dask cluster at ``cluster`` (which must not be
    left without a worker for ``cluster_timeout`` seconds)."""
    ref = DbRef(path or ":memory:", uuid.uuid4().hex, immutable=bool(cluster))
    if cluster:
        if path is None:
            raise ClusterError("a database in memory cannot be searched on a cluster")
        with _dask(ref, cluster, cluster_timeout) as run:
            yield run
        return
    _LOCAL[ref.run] = db
    try:
        if workers <= 1 or path is None:
            yield Executor(ref, _in_process, 1)
        else:
            yield Executor(ref, lambda tasks: _forked(ref, tasks, workers), workers)
    finally:
        _forget()
        del _LOCAL[ref.run]


def _knock(address: str) -> None:
    """Fail at once when nothing listens at a ``tcp://host:port`` address (the Dask client
    would retry until its timeout)."""
    where = urlsplit(address if "://" in address else f"tcp://{address}")
    if where.hostname and where.port:
        socket.create_connection((where.hostname, where.port), timeout=5).close()


def _in_process(tasks: list[Task]) -> Iterator[tuple[int, Any]]:
    if worth_compiling(_alignments(tasks)):
        warm_kernels()  # else the tasks align with numpy, without loading numba
    for n, (fn, args) in enumerate(tasks):
        yield n, fn(*args)


def _alignments(tasks: list[Task]) -> int:
    """At most how many alignments the tasks run: one a window of each segment of each job
    (a quote present word for word needs none)."""
    return sum(
        len(windows) for fn, args in tasks if fn is match_task for job in args[1]
        for windows in job.windows
    )  # fmt: skip


def _forked(ref: DbRef, tasks: list[Task], workers: int) -> Iterator[tuple[int, Any]]:
    """The tasks on ``workers`` processes forked from this one once it holds what they read
    (the shards, then the texts): they share its memory, copy-on-write, instead of each
    reading 200 MB of index again. While it reads them, a thread loads the compiled alignment,
    which they inherit too (each would load it, and it would compete with them for the
    cores), when the run aligns enough to repay it."""
    if not tasks:
        return
    warm = worth_compiling(_alignments(tasks))
    warming = threading.Thread(target=warm_kernels)  # mostly while SQLite reads, without the GIL
    if warm:
        warming.start()
    _preload(ref, tasks)
    if warm:
        warming.join()
    context = get_context("fork" if "fork" in get_all_start_methods() else "spawn")
    processes = min(workers, len(tasks))
    with ProcessPoolExecutor(processes, context, initializer=_child, initargs=(ref,)) as pool:
        futures = {pool.submit(fn, *args): n for n, (fn, args) in enumerate(tasks)}
        for future in as_completed(futures):
            yield futures[future], future.result()


def _preload(ref: DbRef, tasks: list[Task]) -> None:
    """Read into this process's memory the shards and texts the tasks need, when they fit in
    what a worker keeps (else each worker reads its own, as a cluster worker does)."""
    memory = _remember(ref)
    assert memory.db is not None
    shard_ids = {args[1] for fn, args in tasks if fn is search_task}
    if len(shard_ids) <= SHARDS_KEPT:
        for shard_id in sorted(shard_ids):
            _shard(ref, shard_id)
    text_ids = {job.text_id for fn, args in tasks if fn is match_task for job in args[1]}
    if text_ids and text_chars(memory.db, text_ids) <= TEXT_CACHE_CHARS:
        _texts(ref, text_ids)


def _child(ref: DbRef) -> None:
    """A forked worker: its own read-only connection (a SQLite connection must not cross a
    fork); the run's shards and texts it inherited stay. Its standard streams are new ones:
    a thread of the parent (a progress bar) may have held their lock when it forked, and the
    worker flushes them when it exits."""
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - for the process's lifetime
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    _LOCAL.clear()
    _memory.db = open_readonly(ref.path, immutable=ref.immutable)


@contextmanager
def _dask(ref: DbRef, address: str, timeout: float) -> Iterator[Executor]:
    try:
        from distributed import Client
    except ImportError as exc:
        message = "searching on a cluster needs Dask: pip install 'sourcecheck[cluster]'"
        raise ClusterError(message) from exc
    try:
        _knock(address)
        client = Client(address, timeout="10s")
    except OSError as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    try:
        yield Executor(ref, lambda tasks: _on_cluster(client, tasks, address, timeout), workers)
    finally:
        client.close()


POLL_S = 1.0
"""How often a run on a cluster looks whether it still has workers, while it waits."""


def _on_cluster(
    client: Any, tasks: list[Task], address: str, timeout: float
) -> Iterator[tuple[int, Any]]:
    """The tasks on the cluster, yielded as they finish. A cluster left without any worker
    (all of them died or left) for ``timeout`` seconds, or a task that killed the workers it
    ran on, is a ClusterError: the run does not wait for ever."""
    from distributed import KilledWorker, wait

    pending = [client.submit(fn, *args, pure=False) for fn, args in tasks]
    numbers = {future.key: n for n, future in enumerate(pending)}
    waiting, alone_since = set(pending), None
    while waiting:
        try:
            done, waiting = wait(waiting, timeout=POLL_S, return_when="FIRST_COMPLETED")
        except TimeoutError:
            done = set()
        except OSError as exc:
            raise ClusterError(f"lost the Dask scheduler at {address}: {exc}") from exc
        for future in sorted(done, key=lambda f: numbers[f.key]):
            try:
                result = future.result()
            except (OSError, KilledWorker) as exc:
                raise ClusterError(f"a task failed on the cluster at {address}: {exc}") from exc
            future.release()  # the worker may forget the result now
            yield numbers[future.key], result
        alone_since = _alone(client, address, alone_since, timeout) if not done else None


def _alone(client: Any, address: str, since: float | None, timeout: float) -> float | None:
    """When the cluster has had no worker since (None: it has some); a ClusterError once that
    has lasted ``timeout`` seconds."""
    try:
        workers = len(client.nthreads())
    except OSError as exc:
        raise ClusterError(f"lost the Dask scheduler at {address}: {exc}") from exc
    if workers:
        return None
    now = time.monotonic()
    if since is not None and now - since >= timeout:
        raise ClusterError(
            f"the Dask cluster at {address} has had no worker for {timeout:g} s "
            "(they died or left); start workers and run verify again"
        )
    return since if since is not None else now
