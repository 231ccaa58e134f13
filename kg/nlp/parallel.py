"""Parsing documents in this process, in worker processes (``--jobs N``) or on a Dask cluster.

Every way runs the same per-document work, :func:`parse_texts` (the spaCy parse, long documents in
chunks, then extraction), where the pipeline lives, and sends back only the small
:class:`~kg.types.ParsedDocument` of each document, never a spaCy ``Doc``. Work travels in
*tasks*: lists of document texts (one batch each), parsed and returned in input order, so a build
gives the same bytes whichever way it ran.

When worker processes start: only when there are at least :data:`MIN_POOL_TASKS` tasks with
something to parse (64 documents at the default batch of 32); a smaller run is parsed in this
process, because starting workers and shipping texts would cost more than the second core saves.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain
from typing import NamedTuple

from spacy.language import Language

from kg.errors import MissingDependency
from kg.events.classes import event_verbs
from kg.extract import extract
from kg.extract.context import known_verbs_of
from kg.lexicon import load_lexicon
from kg.nlp.dateline import blank_datelines, dateline_spans
from kg.nlp.headlines import parser_for, reread_headlines, verb_forms
from kg.nlp.model import chunks, load_pipeline
from kg.nlp.truecase import blank_bullets, english_words, restored, sentence_cased, stopped_headings
from kg.types import ParsedDocument

log = logging.getLogger(__name__)

BATCH_SIZE = 32
"""Documents per ``nlp.pipe`` batch and per task sent to a worker."""

MIN_POOL_TASKS = 2
MAX_DECISION_TASKS = 64
"""Tasks read ahead, at most, while deciding whether worker processes pay off."""
LOOKAHEAD_PER_WORKER = 2
"""Tasks queued per worker: enough to keep it busy, few enough that memory is bounded by them."""

Task = Sequence[str]


# --------------------------------------------------------------------------- the work itself


def parse_texts(nlp: Language, texts: Task, batch_size: int = BATCH_SIZE) -> list[ParsedDocument]:
    """Parse and extract each text in one ``nlp.pipe`` stream; one ParsedDocument per text, in order."""

    english = english_words(nlp)

    def stream() -> Iterator[tuple[str, tuple[int, bool, str]]]:
        for text in texts:
            cased = stopped_headings(sentence_cased(text, english))  # Title Case lines parsed in sentence case, with a stop; the same offsets
            cased = blank_datelines(cased, dateline_spans(text))  # "MOSCOW (Reuters) – ..." parsed without its dateline
            cased = blank_bullets(cased)  # "• Kim and Moon signed ...": a list item parsed without its bullet
            pieces = list(chunks(text)) or [(0, "")]
            for index, (offset, piece) in enumerate(pieces):
                yield cased[offset : offset + len(piece)], (offset, index == len(pieces) - 1, piece)

    results: list[ParsedDocument] = []
    parts: list[ParsedDocument] = []
    parse_heading = parser_for(nlp, extract)
    lexicon = load_lexicon()
    verbs, titles = verb_forms(known_verbs_of(lexicon) | event_verbs()), lexicon.role_nouns | lexicon.person_titles
    for doc, (offset, last, piece) in nlp.pipe(stream(), as_tuples=True, batch_size=batch_size):
        cased = doc.text
        doc = restored(doc, piece)
        base = sum(p.sentences for p in parts)
        parsed = extract(doc, offset=offset, sentence_base=base)
        if not parts:  # a page's headline is in its first piece
            parsed = reread_headlines(doc, parsed, cased, parse_heading, offset, base, verbs, titles)
        parts.append(parsed)
        if last:
            results.append(_concat(parts))
            parts = []
    return results


def _concat(parts: list[ParsedDocument]) -> ParsedDocument:
    if len(parts) == 1:
        return parts[0]
    return ParsedDocument(
        mentions=tuple(m for p in parts for m in p.mentions),
        statements=tuple(s for p in parts for s in p.statements),
        sentences=sum(p.sentences for p in parts),
        words=sum(p.words for p in parts),
    )


# --------------------------------------------------------------------------- choosing where


def parse_tasks(
    tasks: Iterable[Task],
    nlp: Callable[[], Language],
    *,
    jobs: int = 1,
    dask: str | None = None,
    model: str | None = None,
    batch_size: int = BATCH_SIZE,
    workers_load: bool = False,
) -> Iterator[list[ParsedDocument]]:
    """Parse every task, yielding each task's ParsedDocuments in task order.

    ``nlp`` is called at most once, and only when something must be parsed here or in forked
    workers (a fully cached re-build never loads the model). ``dask`` is a scheduler address or
    ``"local"``; its workers load ``model`` by name, once each. With ``workers_load`` (no pipeline
    was given to this process), worker processes load ``model`` by name themselves and this process
    never holds it: a large build's parent stays small, and so do the batch children it forks.
    """
    tasks = iter(tasks)
    if dask is not None:
        yield from _dask_map(tasks, dask, model, jobs, batch_size)
        return
    if jobs > 1:
        head, pending = [], 0
        for task in tasks:
            if not task and not head:
                yield []  # nothing to parse yet: no need to decide anything
                continue
            head.append(task)
            pending += bool(task)
            if pending >= MIN_POOL_TASKS or len(head) >= MAX_DECISION_TASKS:
                break
        tasks = chain(head, tasks)
        if pending >= MIN_POOL_TASKS:
            yield from _pool_map(tasks, ByName(model) if workers_load else nlp(), jobs, batch_size)
            return
    yield from _serial_map(tasks, nlp, batch_size)


def _serial_map(tasks: Iterator[Task], nlp: Callable[[], Language], batch_size: int) -> Iterator[list[ParsedDocument]]:
    for task in tasks:
        yield parse_texts(nlp(), task, batch_size) if task else []


# --------------------------------------------------------------------------- worker processes

_worker_nlp: Language | None = None

PR_SET_PDEATHSIG = 1
"""Linux ``prctl`` option: the signal a process gets when the thread that forked it exits."""
WATCHDOG_INTERVAL_S = 0.5
"""How often a worker's watchdog thread looks whether its parent is still there."""


def die_with_parent(parent: int, *, deathsig: bool = True, interval: float = WATCHDOG_INTERVAL_S) -> None:
    """Make this (worker) process exit when ``parent`` does, however the parent dies.

    Workers wait for tasks on a pipe that every worker also holds open, so a parent killed with
    SIGKILL (an operator, the OOM killer) would leave them waiting forever as orphans, each
    holding a pipeline's memory. Two guards:

    - Linux: ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills the worker as its parent
      dies (immediately; set where the fork happened, in the thread that submits the tasks).
    - Everywhere: a daemon thread that checks ``os.getppid()`` every ``interval`` seconds; once
      the worker has been handed to another parent (init or a subreaper), it exits at once.

    The parent may die between the fork and this call: both guards then see a new parent id.
    """
    if deathsig and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the watchdog alone
            pass
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)  # nothing to save: a worker writes no file, the parent was the one waiting

    threading.Thread(target=watch, name="kg-parent-watchdog", daemon=True).start()


def _init_worker(nlp: Language | ByName, parent: int | None = None) -> None:
    global _worker_nlp
    if parent is not None:
        die_with_parent(parent)
    _worker_nlp = load_pipeline(nlp.model) if isinstance(nlp, ByName) else nlp
    # A forked worker inherits the parent's log handlers (the CLI's rich console, whose lock a
    # parent thread may hold at fork time); workers log plainly to stderr instead.
    logging.basicConfig(force=True, level=logging.WARNING, format="%(message)s")


def _worker_parse(texts: Task, batch_size: int) -> list[ParsedDocument]:
    assert _worker_nlp is not None
    return parse_texts(_worker_nlp, texts, batch_size)


def _done(value: list[ParsedDocument]) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def _ordered(submit: Callable[[Task], Future], tasks: Iterator[Task], window: int) -> Iterator[list[ParsedDocument]]:
    """Submit up to ``window`` tasks ahead and yield their results in submission order."""
    pending: deque[Future] = deque()
    for task in tasks:
        pending.append(submit(task) if task else _done([]))
        while len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class ByName(NamedTuple):
    """A pipeline each worker loads itself, by name (``None``: the default model)."""

    model: str | None


def _pool_map(tasks: Iterator[Task], nlp: Language | ByName, jobs: int, batch_size: int) -> Iterator[list[ParsedDocument]]:
    # A pipeline this process holds (given by the caller): with fork the workers share it
    # (copy-on-write), elsewhere it is pickled to each worker once, by the initializer. A pipeline
    # by name: each worker loads it (in parallel, ~1 s), and this process never holds its ~80 MB.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    # The workers die with this process (see die_with_parent); with fork they are forked here, in
    # the thread that iterates, when the first task is submitted.
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=(nlp, os.getpid())) as pool:
        try:
            yield from _ordered(lambda task: pool.submit(_worker_parse, list(task), batch_size), tasks, jobs * LOOKAHEAD_PER_WORKER)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


# --------------------------------------------------------------------------- Dask

_dask_pipelines: dict[str | None, Language] = {}
_dask_lock = threading.Lock()
dask_loads = 0
"""How many times this process loaded a pipeline for Dask tasks (once per worker and model)."""


def _dask_parse(texts: Task, model: str | None, batch_size: int) -> list[ParsedDocument]:
    global dask_loads
    with _dask_lock:  # a worker with several threads still loads the pipeline once
        nlp = _dask_pipelines.get(model)
        if nlp is None:
            nlp = _dask_pipelines[model] = load_pipeline(model)
            dask_loads += 1
    return parse_texts(nlp, texts, batch_size)


def _dask_load_count() -> int:
    return dask_loads


def dask_client(address: str, workers: int | None = None):
    """A ``distributed.Client`` for ``address`` (``tcp://host:8786``), or for a new LocalCluster of
    ``workers`` single-threaded processes when ``address`` is ``"local"``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MissingDependency(
            "--dask needs dask.distributed, which is not installed: pip install 'kg[cluster]' "
            "(or: pip install 'dask[distributed]')"
        ) from None
    if address == "local":
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
        client._kg_owned_cluster = cluster  # closed together with the client
        return client
    return Client(address)


def close_dask_client(client) -> None:
    cluster = getattr(client, "_kg_owned_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def _dask_map(tasks: Iterator[Task], address: str, model: str | None, jobs: int, batch_size: int) -> Iterator[list[ParsedDocument]]:
    client = dask_client(address, jobs if address == "local" else None)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _ordered(
            lambda task: client.submit(_dask_parse, list(task), model, batch_size, pure=False),
            tasks,
            workers * LOOKAHEAD_PER_WORKER,
        )
    finally:
        close_dask_client(client)
