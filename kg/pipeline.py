"""The stages wired together: ingest -> parse -> extract -> resolve -> outputs.

This is the one module that knows the order of the stages. Everything the CLI does is a call
to :func:`build` and :func:`write_outputs`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
from collections import deque
from dataclasses import dataclass
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from kg.nlp.cache import DocumentCache, usable_cache
from kg.errors import KGError
from kg.fileio import StagedFile, atomic_write_text
from kg.fingerprint import outputs_fingerprint
from kg.incremental import Changes, CorpusState
from kg.resolve.local import LocalStatement
from kg.outputs.incremental import OutputIndex
from kg.ingest.web import FetchOptions
from kg.outputs.jsonl import jsonl_lines
from kg.nlp.model import default_model, load_pipeline, pipeline_id, pipeline_id_of
from kg.nlp.parallel import BATCH_SIZE, parse_tasks
from kg.resolve.actors import resolve_document
from kg.types import BuildResult, Document, ParsedDocument, Skipped, Statement

log = logging.getLogger(__name__)

OUTPUT_FILES = ("triples.jsonl", "graph.trig", "graph.html")

MAX_DOCUMENT_CHARS = 1_000_000
"""One document's limit after cleaning (spaCy's own default ``max_length``; a long news article is
~50,000). Past it a "document" is a dump or an error, and parsing it would take minutes and
gigabytes (10 MB: ~7 minutes and 3 GB here); it is skipped, naming the file, and the run goes on."""


def build(
    paths: Sequence[str | Path] = (),
    *,
    model: str | None = None,
    fmt: str = "auto",
    nlp: Language | None = None,
    on_document: Callable[[Document | Skipped, int], None] | None = None,
    on_start: Callable[[int | None], None] | None = None,
    cache_dir: Path | None = None,
    jobs: int = 1,
    dask: str | None = None,
    batch_size: int = BATCH_SIZE,
    max_chars: int = MAX_DOCUMENT_CHARS,
    urls_file: Path | None = None,
    fetch: FetchOptions | None = None,
    out_dir: Path | None = None,
    batch_docs: int | None = None,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (files, directories, ``-``, http(s) URLs of article
    pages and RSS/Atom feeds; default: the bundled corpus) and of the URLs listed in ``urls_file``.

    Documents are read lazily and parsed in batches of ``batch_size``: parsing holds a few
    batches at a time (the result keeps the documents and their statements). ``nlp`` lets a caller reuse a loaded pipeline; otherwise
    ``model`` (or the default English pipeline) is loaded once, and only if something must be
    parsed. With ``cache_dir``, documents parsed before (same text, model and extractor) are taken
    from the cache instead of being parsed again. ``jobs`` > 1 parses in that many worker
    processes; ``dask`` (a scheduler address, or ``"local"``) parses on a Dask cluster whose
    workers load ``model`` by name. Every way gives the same result. ``on_start(None)`` (the number
    of documents is not known in advance) and ``on_document(item, words)`` report progress. A
    document longer than ``max_chars`` after cleaning is skipped with a message (see
    :data:`MAX_DOCUMENT_CHARS`). URLs are fetched as :mod:`kg.ingest.web` says (``fetch``: its
    options), after the files, with their pages cached in ``cache_dir``/http.

    With ``out_dir`` (the build folder :func:`write_outputs` will write; its lock held), a corpus
    of more than ``batch_docs`` documents (default :func:`build_batch_docs`) is not held in memory:
    its corpus steps go into a build state on disk (:class:`StoredBuild`) a batch of documents at
    a time, and the result holds that state (``result.stored``) instead of the documents,
    statements and events; :func:`write_outputs` writes the outputs from it a document and a
    subject at a time. The outputs are the same bytes (``graph.html`` aside, see
    :func:`write_outputs`).
    """
    started = time.perf_counter()
    if cache_dir is not None:
        cache_dir = usable_cache(cache_dir)  # before parsing: an unusable cache is a warning, not a crash
    result = BuildResult()
    items = _within_limit(read_inputs(paths, fmt, urls_file, fetch, cache_dir, result), max_chars)
    if on_start:
        on_start(None)
    spill = None if out_dir is None else StoredBuild(Path(out_dir), batch_docs or build_batch_docs())
    try:
        _build_documents(items, result, on_document, _Pipeline(nlp, model, result), cache_dir, jobs, dask, batch_size, spill=spill)
    except BaseException:
        if spill is not None:
            spill.discard()
        raise
    result.seconds = time.perf_counter() - started
    return result


BUILD_BATCH_DOCS = 1000
"""Above this many documents, a build with an output folder keeps its corpus steps on disk, a batch
of this many documents at a time (:class:`StoredBuild`); ``KG_BUILD_BATCH_DOCS`` overrides it."""


def build_batch_docs() -> int:
    """:data:`BUILD_BATCH_DOCS`, or the positive number in ``$KG_BUILD_BATCH_DOCS``."""
    try:
        value = int(os.environ.get("KG_BUILD_BATCH_DOCS", ""))
    except ValueError:
        return BUILD_BATCH_DOCS
    return value if value > 0 else BUILD_BATCH_DOCS


class StoredBuild:
    """A whole build's corpus steps done a batch of documents at a time into a build state on disk
    (a temp file in the output folder, renamed into place by :func:`write_outputs`), so that
    memory holds one batch, not the corpus. Adding documents in batches gives the state a whole
    build gives (:meth:`kg.incremental.CorpusState.add`; tested): the same outputs."""

    def __init__(self, out_dir: Path, size: int) -> None:
        self.out_dir, self.size = out_dir, size
        self.path = out_dir / f"..kg-state.sqlite.{os.getpid()}-build.tmp"  # a leftover of a killed build is removed
        self.state: CorpusState | None = None
        self.order: list[str] = []  # document ids in build order
        # counted as the outputs are written (the summary says them): statements, events, distinct
        # actors the statements name, events of several sources
        self.statements = self.events = self.statement_actors = self.several_sources = 0
        self.fork = build_batch_fork()  # each batch's corpus steps in a child process (where there is fork)
        self.started = False  # the state file made (by the first batch)
        self.warm = False  # what every batch child would load again, loaded here once

    def add(self, resolved: list) -> None:
        """One batch of resolved documents into the state, committed: in a forked child process
        (:func:`_in_child`; the parent does not hold the state open between batches) or here."""
        if not self.started:
            self.out_dir.mkdir(parents=True, exist_ok=True)
            _remove_leftovers(self.out_dir)  # a killed build's temp files (this one holds the lock)
            self.path.unlink(missing_ok=True)
            CorpusState().save(self.path, "")
            self.started = True
        if self.fork and _can_fork():
            if not self.warm:
                _warm_for_children()
                self.warm = True
            self.close()  # no SQLite connection across the fork
            self.order += _in_child(_add_batch, self.path, resolved)
        else:
            self.open()
            self.order += _add_batch(self.state, resolved)
        release_memory()

    def open(self) -> CorpusState:
        """The state, opened (after the batches: the outputs are written from it)."""
        if self.state is None:
            self.state = CorpusState.open(self.path)
            self.state.keep_made = False  # the outputs are written from the state reopened, not from events kept
        return self.state

    def close(self) -> None:
        if self.state is not None:
            self.state.close()
            self.state = None

    @property
    def documents(self) -> int:
        return len(self.order)

    def discard(self) -> None:
        self.close()
        for leftover in (self.path, self.path.with_name(self.path.name + "-journal")):
            leftover.unlink(missing_ok=True)


def build_batch_fork() -> bool:
    """Whether a build in batches runs each batch's corpus steps in a forked child process (default
    yes; ``KG_BUILD_BATCH_FORK=0`` runs them in this process, as platforms without fork do)."""
    return os.environ.get("KG_BUILD_BATCH_FORK", "1").strip().lower() not in ("0", "no", "false", "off")


def _can_fork() -> bool:
    """fork where it is the usual way to start a process (not macOS, where forking a process with
    threads is unsafe, nor Windows, which has none): elsewhere the batches run in this process."""
    import sys

    return hasattr(os, "fork") and sys.platform != "darwin"


def _warm_for_children() -> None:
    """Load here, once, what a batch's corpus steps load on first use and keep (the gazetteer,
    dateparser's data: ~2 s), so that each forked child inherits it instead of loading it again."""
    from kg.events.dates import _dateparser_value
    from kg.lexicon import load_gazetteer

    load_gazetteer()
    _dateparser_value("1 January 2020", None)


def _add_batch(state: CorpusState | Path, resolved: list) -> list[str]:
    """One batch into the state (opened here when given its path), committed in one transaction;
    the ids of its documents new to the state, in build order."""
    if isinstance(state, Path):
        opened = state = CorpusState.open(state)
        state.keep_made = False
    else:
        opened = None
    try:
        new: list[str] = []
        seen: set[str] = set()
        for item in resolved:  # new documents: not in the state yet (a set of every id would grow with the corpus)
            doc_id = item[0].id
            if doc_id not in seen and doc_id not in state.doc_place:
                new.append(doc_id)
            seen.add(doc_id)
        state.add(resolved)
        state.commit()
        return new
    finally:
        if opened is not None:
            opened.close()


class BatchFailed(KGError):
    """A batch's corpus steps failed in the child process that ran them (its error is in the message)."""


def _in_child(work: Callable[..., Any], *args: Any) -> Any:
    """``work(*args)`` run in a forked child process (its value comes back pickled); its exception
    is raised here.

    What a batch of corpus steps allocates stays in the child and goes with it: the parent's memory
    does not keep the pages a batch fragmented (branch mem3's measurements, docs/performance.md).
    The child writes to the build state only, in one transaction: killed before its commit, the
    state on disk is the previous batch's (SQLite rolls the journal back when the parent reopens
    it) and the build fails here. The child dies with this process (Linux: parent-death signal)."""
    import pickle
    import signal
    import traceback

    parent = os.getpid()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: nothing of the parent's threads (parse pool, progress) is used here
        code = 0
        try:
            os.close(read_end)
            _child_setup(parent)  # (os.getppid() would be init's if the parent died already)
            value = pickle.dumps((True, work(*args)), pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(value)
        except BaseException as exc:  # every failure goes back to the parent, with its traceback
            code = 1
            try:
                text = "".join(traceback.format_exception(exc))
                try:
                    blob = pickle.dumps((False, exc, text), pickle.HIGHEST_PROTOCOL)
                    pickle.loads(blob)
                except Exception:
                    blob = pickle.dumps((False, None, text), pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write_end, "wb") as pipe:
                    pipe.write(blob)
            except BaseException:
                pass
        finally:
            os._exit(code)  # no atexit handlers, no flushing of the parent's buffers
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as pipe:
            blob = pipe.read()  # until the child exits (its end closes)
        _, status = os.waitpid(pid, 0)
    except BaseException:  # Ctrl-C or an error here: the child does not outlive this call
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:
            pass
        raise
    code = os.waitstatus_to_exitcode(status)
    answer = pickle.loads(blob) if blob else (False, None, "")
    if code == 0 and answer[0]:
        return answer[1]
    _, exc, text = answer
    how = f"exit status {code}" if code >= 0 else f"killed by signal {signal.Signals(-code).name}"
    if isinstance(exc, BaseException):
        if text and hasattr(exc, "add_note"):
            exc.add_note(f"(in the child process that ran a batch's corpus steps, {how}:\n{text.rstrip()})")
        raise exc
    raise BatchFailed(
        f"a batch's corpus steps failed in their child process ({how}); the build stops (a commit it did not finish is rolled back)"
        + (f":\n{text.rstrip()}" if text else "")
    )


def _child_setup(parent: int) -> None:
    """A forked batch child: it dies with its parent, and logs plainly to stderr (the parent's log
    handlers, the CLI's rich console among them, may have been locked by another thread at fork)."""
    from kg.nlp.parallel import die_with_parent

    die_with_parent(parent, interval=1.0)
    logging.basicConfig(force=True, level=logging.getLogger().getEffectiveLevel(), format="%(message)s")


def release_memory() -> None:
    """Collect garbage and hand the C heap's free memory back to the system (glibc ``malloc_trim``):
    between batches, what one batch read is free, and the next step (another batch, Oxigraph's
    store loader, which allocates outside Python) can have it."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def read_inputs(
    paths: Sequence[str | Path],
    fmt: str = "auto",
    urls_file: Path | None = None,
    fetch: FetchOptions | None = None,
    cache_dir: Path | None = None,
    result: BuildResult | None = None,
) -> Iterator[Document | Skipped]:
    """Documents, or why one was skipped, from files, folders, stdin and URLs (read lazily): the
    paths first, then the URLs, each in the order given; document ids unique across all of them.
    A missing path or URL list fails before anything is read. ``result``: counts the requests."""
    from kg.ingest import readers as ingest
    from kg.ingest import web

    local, urls = web.split_inputs(paths)
    listed: list[Skipped] = []
    if urls_file is not None:
        more, listed = web.read_url_list(urls_file)
        urls += more
    if not local and not urls and urls_file is None:
        local = [ingest.bundled_corpus()]
    ingest.check_paths(local)
    files = ingest.iter_documents(local, fmt) if local else iter(())
    return _read_inputs(files, urls, listed, fetch, cache_dir, result)


def _read_inputs(
    files: Iterator[Document | Skipped],
    urls: list[str],
    listed: list[Skipped],
    fetch: FetchOptions | None,
    cache_dir: Path | None,
    result: BuildResult | None,
) -> Iterator[Document | Skipped]:
    from kg.ingest import web
    from kg.namespaces import slug

    ids: set[str] = set()  # slugs of the ids taken by files: URL documents get others (kept only when there are URLs)
    yield from listed
    for item in files:
        if urls and isinstance(item, Document):
            ids.add(slug(item.id))
        yield item
    if not urls:
        return
    with web.Fetcher(cache_dir / web.HTTP_CACHE_DIR if cache_dir is not None else None, fetch) as fetcher:
        try:
            yield from web.iter_url_documents(urls, fetcher, ids)
        finally:
            if result is not None:
                result.requests += fetcher.requests
                result.not_modified += fetcher.not_modified


def _within_limit(items: Iterable[Document | Skipped], max_chars: int) -> Iterator[Document | Skipped]:
    for item in items:
        if isinstance(item, Document) and len(item.text) > max_chars:
            reason = (
                f"too long: {len(item.text):,} characters after cleaning, over the {max_chars:,} limit for one "
                "document; split it into articles, or raise the limit with --max-chars"
            )
            log.warning("skipping %s: %s", item.source, reason)
            yield Skipped(item.source, reason)
        else:
            yield item


def build_documents(
    documents: Iterable[Document],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    cache_dir: Path | None = None,
    pipeline: Callable[[], Language] | None = None,
    out_dir: Path | None = None,
    batch_docs: int | None = None,
) -> BuildResult:
    """Build the knowledge graph of in-memory documents (no file reading), parses taken from
    ``cache_dir`` when there. ``pipeline``: a loader called only if something must be parsed (a
    caller that builds again and again, like ``kg watch``, keeps the model it loaded).
    ``out_dir``, ``batch_docs``: a large build kept on disk, as :func:`build` says."""
    started = time.perf_counter()
    result = BuildResult()
    loader = _Pipeline(nlp, model, result)
    if pipeline is not None:
        loader.use(pipeline)
    spill = None if out_dir is None else StoredBuild(Path(out_dir), batch_docs or build_batch_docs())
    try:
        _build_documents(documents, result, None, loader, cache_dir, spill=spill)
    except BaseException:
        if spill is not None:
            spill.discard()
        raise
    result.seconds = time.perf_counter() - started
    return result


class _Pipeline:
    """The spaCy pipeline, loaded on first use (timed into ``result.load_seconds``)."""

    def __init__(self, nlp: Language | None, model: str | None, result: BuildResult) -> None:
        self.nlp, self.model, self.result = nlp, model, result
        self.load: Callable[[], Language] = lambda: load_pipeline(self.model)
        self.by_name = True  # loaded by its name only: worker processes may load it themselves

    def use(self, loader: Callable[[], Language]) -> None:
        """Load with the caller's loader (``kg watch`` keeps the model it loaded once)."""
        self.load, self.by_name = loader, False

    @property
    def workers_load(self) -> bool:
        """Whether pool workers should load the pipeline by name instead of sharing this process's
        copy: none was given or loaded here, and no loader of the caller's must be used."""
        return self.nlp is None and self.by_name

    def __call__(self) -> Language:
        if self.nlp is None:
            started = time.perf_counter()
            self.nlp = self.load()
            self.result.load_seconds += time.perf_counter() - started
        return self.nlp

    def identity(self, dask: str | None) -> str:
        """The pipeline's id for cache keys, read from its meta data when it is not loaded yet."""
        if self.nlp is not None:
            found = pipeline_id(self.nlp)
            if dask is not None and found != pipeline_id_of(self.model):
                raise KGError(
                    f"--dask workers load the pipeline by name ({self.model or default_model()!r}), "
                    f"which is not the one given ({found}); pass model= instead of nlp="
                )
            return found
        return pipeline_id_of(self.model) or pipeline_id(self())


def _build_documents(
    items: Iterable[Document | Skipped],
    result: BuildResult,
    on_document: Callable[[Document | Skipped, int], None] | None,
    pipeline: _Pipeline,
    cache_dir: Path | None = None,
    jobs: int = 1,
    dask: str | None = None,
    batch_size: int = BATCH_SIZE,
    into: CorpusState | None = None,
    spill: StoredBuild | None = None,
) -> Changes | None:
    """Parse (or take from the cache), extract, resolve and type ``items`` into ``result``.

    Batches of documents stream through: the parent reads a batch, looks its documents up in the
    cache and sends the rest to be parsed (here, in workers or on Dask) as one task; results come
    back in input order, are written to the cache, and resolved per document. ``into``: add the
    documents to that build state (and return what changed) instead of making a new one.
    ``spill``: past its batch size, the documents go into its state on disk a batch at a time.
    """
    identity = pipeline.identity(dask) if cache_dir is not None or dask is not None else None
    cache = DocumentCache(cache_dir, identity) if cache_dir is not None else None
    batches: deque[tuple[list[Document], list[ParsedDocument | None]]] = deque()

    def tasks() -> Iterator[list[str]]:
        for batch in _batches(items, result, on_document, batch_size):
            hits = [cache.get(document) if cache is not None else None for document in batch]
            batches.append((batch, hits))
            yield [document.text for document, hit in zip(batch, hits) if hit is None]

    resolved = []
    workers_load = pipeline.workers_load  # decided before anything is loaded here
    for parsed in parse_tasks(tasks(), pipeline, jobs=jobs, dask=dask, model=pipeline.model, batch_size=batch_size, workers_load=workers_load):
        batch, hits = batches.popleft()
        fresh = iter(parsed)
        for document, hit in zip(batch, hits):
            if hit is None:
                hit = next(fresh)
                result.parsed += 1
                if cache is not None:
                    cache.put(document, hit)
            try:
                statements, aliases = resolve_document(hit)
            except Exception as exc:  # a bug on one document must not lose the others
                log.exception("skipped %s: actor resolution failed (%s); please report this document", document.source, exc)
                result.skipped.append(Skipped(document.source, f"internal error in actor resolution: {exc!r}"))
                continue
            # what the corpus steps read of each statement only: the mentions go now, not at the end
            resolved.append((document, [LocalStatement.of(st) for st in statements], aliases, hit.sentences, hit.words))
            result.documents.append(document)
            result.sentences += hit.sentences
            result.words += hit.words
            if on_document:
                on_document(document, hit.words)
            if spill is not None and len(resolved) >= spill.size:
                spill.add(resolved)  # memory holds one batch of documents, not the corpus
                resolved.clear()
                result.documents.clear()
    if cache is not None:
        result.cached = cache.hits
    if into is not None:
        return into.add(resolved)
    if spill is not None and spill.started:
        if resolved:
            spill.add(resolved)
        spill.open()
        result.documents.clear()
        result.stored = spill
        return None
    # Across documents (kg.incremental: the same steps as kg.resolve.corpus.merge_corpus, typing,
    # dating and kg.events.grouping.group_events, keeping what a later update needs)
    state = CorpusState()
    state.add(resolved)
    state.result(result)
    result.state = state
    return None


def update(
    items: Iterable[Document | Skipped],
    out_dir: Path,
    *,
    nlp: Language | None = None,
    model: str | None = None,
    pipeline: Callable[[], Language] | None = None,
    on_document: Callable[[Document | Skipped, int], None] | None = None,
    cache_dir: Path | None = None,
    jobs: int = 1,
    max_chars: int = MAX_DOCUMENT_CHARS,
    result: BuildResult | None = None,
) -> tuple[BuildResult, Changes, BuildTotals]:
    """Add documents (or new versions of documents, by id) to the build in ``out_dir`` and bring
    its outputs up to date, rewriting what changed only (:mod:`kg.outputs.incremental`).

    Returns this run's result (the documents read, parsed, skipped), what changed, and the build's
    totals. The build state (``<out>/.kg-state.sqlite``) is committed before the outputs are
    replaced: if the outputs do not match it (a run killed in between), they are all written again
    from it. Raises :class:`~kg.errors.RequestError` when ``out_dir`` has no usable state.
    """
    from kg.outputs.folder import BuildLock

    with BuildLock(out_dir):  # kg build --append already holds it; kg watch takes it here
        return _update(items, Path(out_dir), nlp, model, pipeline, on_document, cache_dir, jobs, max_chars, result)


def _update(
    items: Iterable[Document | Skipped],
    out_dir: Path,
    nlp: Language | None,
    model: str | None,
    pipeline: Callable[[], Language] | None,
    on_document: Callable[[Document | Skipped, int], None] | None,
    cache_dir: Path | None,
    jobs: int,
    max_chars: int,
    result: BuildResult | None,
) -> tuple[BuildResult, Changes, BuildTotals]:
    from kg.outputs.folder import disk_full, is_disk_full
    from kg.outputs.incremental import update_outputs

    if cache_dir is not None:
        cache_dir = usable_cache(cache_dir)  # an unusable cache is a warning, as in a whole build
    state = open_state(out_dir)
    try:
        index = OutputIndex.load(out_dir)
        current = index is not None and index.generation == state.generation == _manifest(out_dir).get("generation")
        result = result if result is not None else BuildResult()
        loader = _Pipeline(nlp, model, result)
        if pipeline is not None:
            loader.use(pipeline)
        started = time.perf_counter()
        changes = _build_documents(_within_limit(items, max_chars), result, on_document, loader, cache_dir, jobs, into=state)
        assert changes is not None
        if changes or not current:
            try:
                state.commit()
            except sqlite3.OperationalError as exc:
                if "full" in str(exc):  # "database or disk is full": rolled back, nothing changed
                    raise disk_full(out_dir, "saving the build state", OSError(28, str(exc))) from exc
                raise
            try:
                if current:
                    assert index is not None
                    update_outputs(state, changes, out_dir, index)
                else:
                    log.warning("the outputs in %s do not match its build state (a run was stopped?): writing them all again", out_dir)
                    _write_from_state(state, out_dir)
            except OSError as exc:
                if is_disk_full(exc):
                    raise disk_full(out_dir, "updating the outputs", exc, kept="the previous outputs are unchanged "
                                    "(the next update or build writes them all again)") from exc
                raise
        result.seconds = time.perf_counter() - started
        added = sum(len(state.statements.get(doc.id, [])) for doc in result.documents)
        return result, changes, BuildTotals(state.next_pos, state.statement_count, state.event_count, added)
    finally:
        state.close()


@dataclass(frozen=True)
class BuildTotals:
    """A build's size after an update, and the statements of the documents it read."""

    documents: int
    statements: int
    events: int
    read_statements: int = 0


def open_state(out_dir: Path) -> CorpusState:
    """The build state in ``out_dir``, made by this version of kg; else a RequestError saying what to run."""
    from kg.errors import RequestError
    from kg.incremental import StateError
    from kg.outputs.incremental import STATE_FILE

    path = Path(out_dir) / STATE_FILE
    if not path.is_file():
        raise RequestError(f"no build state in {out_dir}: run kg build --out {out_dir} first (an update adds to a build)")
    try:
        state = CorpusState.open(path)
    except (StateError, sqlite3.Error) as exc:
        raise RequestError(f"cannot read the build state {path} ({exc}): run a whole kg build --out {out_dir}") from None
    if state.code != outputs_fingerprint():
        state.close()
        raise RequestError(f"the build in {out_dir} was made by another version of kg: run a whole kg build --out {out_dir}")
    return state


def _manifest(out_dir: Path) -> dict:
    try:
        manifest = json.loads((Path(out_dir) / OUTPUTS_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return manifest if isinstance(manifest, dict) else {}


def _write_from_state(state: CorpusState, out_dir: Path) -> None:
    """Every output written again from the (committed) state."""
    _remove_leftovers(out_dir)
    manifest = out_dir / OUTPUTS_MANIFEST
    manifest.unlink(missing_ok=True)
    result = state.result()
    fingerprint = _fingerprint(result)
    files, _, evidence, index = _write_files(result, out_dir)
    index.generation = state.generation
    index.save(out_dir)
    record = {"fingerprint": fingerprint, "files": files, "evidence": evidence, "generation": state.generation}
    atomic_write_text(manifest, json.dumps(record, indent=1))


def _batches(
    items: Iterable[Document | Skipped],
    result: BuildResult,
    on_document: Callable[[Document | Skipped, int], None] | None,
    size: int,
) -> Iterator[list[Document]]:
    """Documents in lists of ``size``, read lazily; skipped inputs are reported on the way."""
    batch: list[Document] = []
    for item in items:
        if isinstance(item, Skipped):  # reading already said why (kg.ingest.readers, _within_limit)
            result.skipped.append(item)
            if on_document:
                on_document(item, 0)
            continue
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_text(nlp: Language, text: str, doc_id: str = "text") -> list[Statement]:
    """Statements of one text, resolved as if it were a whole corpus (handy in tests and notebooks)."""
    return build_documents([Document(id=doc_id, text=text, source="<text>")], nlp=nlp).statements


def write_outputs(result: BuildResult, out_dir: Path) -> list[Path]:
    """Write triples.jsonl, graph.trig and graph.html, and bulk-load graph.trig into the SPARQL
    store (``<out>/store``), swapped in only once complete.

    Each output is streamed to a temp file beside it, never held whole in memory (at 5,000
    documents the in-memory outputs were most of the build's peak memory); the temp files are
    renamed into place only once all three are complete, so a failure while rendering leaves the
    previous outputs untouched.

    Outputs are not rendered again when ``out_dir`` already holds, untouched, the outputs of the
    same result written by the same code (a no-change re-build): ``<out>/.kg-outputs.json``
    records a fingerprint of both and each file's hash.

    One build at a time writes to ``out_dir``: this takes its :class:`~kg.outputs.folder.BuildLock`
    (``kg build`` already holds it) and raises :class:`~kg.errors.BuildLocked` while another
    process does. A disk that fills up raises :class:`~kg.errors.DiskFull`, with the previous
    outputs untouched and every temporary file removed.

    A large build's page keeps its evidence in ``graph.data/<build>/`` (see
    :mod:`kg.outputs.evidence`): that folder is moved into place before the page that names it,
    and the previous build's folder (or, for a page that embeds its evidence, all of
    ``graph.data/``) is removed after.
    """
    from kg.outputs.folder import BuildLock

    with BuildLock(out_dir):
        if result.stored is not None:
            return _write_stored(result.stored, Path(out_dir))
        return _write_outputs(result, Path(out_dir))


def _write_outputs(result: BuildResult, out_dir: Path) -> list[Path]:
    from kg.outputs.folder import disk_full, is_disk_full
    from kg.outputs.store import STORE_DIR

    fingerprint = _fingerprint(result)
    paths = [out_dir / name for name in OUTPUT_FILES] + [out_dir / STORE_DIR]
    if _up_to_date(out_dir, fingerprint) and _state_saved(out_dir, result.state, fingerprint):
        log.info("outputs in %s are up to date", out_dir)
        return paths

    _remove_leftovers(out_dir)
    manifest = out_dir / OUTPUTS_MANIFEST
    generation = _save_state(result.state, out_dir, fingerprint)  # first: outputs never run ahead of it
    try:
        files, store, evidence, index = _write_files(result, out_dir)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(out_dir, "writing the outputs", exc) from exc
        raise
    record = {"fingerprint": fingerprint, "files": files, "evidence": evidence, "generation": generation}
    try:
        index.generation = generation
        index.save(out_dir)
        atomic_write_text(manifest, json.dumps(record, indent=1))
    except OSError as exc:  # the new outputs are complete and in place; only the record is missing
        if not is_disk_full(exc):
            raise
        log.warning("the new outputs are in %s, but %s could not be written (no space left): the next build "
                    "renders them again", out_dir, manifest.name)
    return [out_dir / name for name in OUTPUT_FILES] + ([out_dir / evidence["dir"]] if evidence else []) + [store]


def _save_state(state: CorpusState | None, out_dir: Path, fingerprint: str) -> str | None:
    """Save what a later update needs (``<out>/.kg-state.sqlite``); its token, or None when there
    is no state or it cannot be written (said once: updates then need a whole build)."""
    from kg.outputs.incremental import STATE_FILE

    if state is None:
        (out_dir / STATE_FILE).unlink(missing_ok=True)
        return None
    try:
        state.save(out_dir / STATE_FILE, fingerprint)
    except (OSError, sqlite3.Error) as exc:
        from kg.outputs.folder import disk_full, is_disk_full

        if is_disk_full(exc) or (isinstance(exc, sqlite3.OperationalError) and "full" in str(exc)):
            raise disk_full(out_dir, "saving the build state", OSError(28, str(exc))) from exc  # nothing replaced yet
        try:  # a state left from an earlier build must not be taken for this one's
            (out_dir / STATE_FILE).unlink(missing_ok=True)
        except OSError:
            pass
        log.warning(
            "cannot save the build state in %s (%s): kg build --append and kg watch will build everything again",
            out_dir / STATE_FILE, exc,
        )
        return None
    return state.generation


def _state_saved(out_dir: Path, state: CorpusState | None, fingerprint: str) -> bool:
    """Whether ``out_dir`` already holds this build's state, matching its outputs."""
    from kg.incremental import StateError
    from kg.outputs.incremental import STATE_FILE

    if state is None:
        return True
    try:
        manifest = json.loads((out_dir / OUTPUTS_MANIFEST).read_text(encoding="utf-8"))
        saved = CorpusState.saved(out_dir / STATE_FILE)
    except (OSError, ValueError, StateError, sqlite3.Error):
        return False
    return saved.get("fingerprint") == fingerprint and saved.get("generation") == manifest.get("generation")


def _write_files(
    result: BuildResult | None,
    out_dir: Path,
    writers: dict[str, Callable[[StagedFile], object]] | None = None,
    staged: dict[str, StagedFile] | None = None,
    index: OutputIndex | None = None,
) -> tuple[dict[str, str], Path, dict[str, Any] | None, OutputIndex]:
    """Stream every output file to its temp file and fill a new store from the TriG, then rename
    the files into place and swap the store in; the files' hashes, the store's path and the page's
    evidence folder (``None`` when the page embeds its evidence).

    graph.trig is written first: Oxigraph then loads it into the store in a second thread (it
    does not hold the GIL) while this one writes triples.jsonl and graph.html. ``writers`` (a
    build kept on disk, :func:`_write_stored`): how to write each output instead of from
    ``result``; ``staged``: outputs already written to their temp files; ``index``: theirs.
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    from kg.outputs.evidence import EvidenceFolder
    from kg.outputs.incremental import OutputIndex, write_jsonl_blocks, write_trig_blocks  # the writers import
    from kg.outputs.store import discard_store, fill_store_from_file, prepare_store_link, swap_in_store  # rdflib,
    from kg.outputs.viewer import write_page  # pyvis, pyoxigraph: only when writing

    evidence = EvidenceFolder(out_dir / "graph.html")
    index = index if index is not None else OutputIndex(None)

    def trig(output: StagedFile) -> None:
        index.trig_header, index.trig = write_trig_blocks(result, output)

    def jsonl(output: StagedFile) -> None:
        index.jsonl = write_jsonl_blocks(result, output)  # type: ignore[arg-type]

    if writers is None:
        writers = {
            "graph.trig": trig,  # first: the store is loaded from it; a block at a time, with where each one is
            "triples.jsonl": jsonl,
            "graph.html": lambda output: write_page(result, output, evidence),
        }
    else:
        writers = {name: (lambda output, w=w: w(output, evidence)) for name, w in writers.items()}  # type: ignore[misc]
    staged = staged if staged is not None else {}
    loading: Future[Path] | None = None
    link: Path | None = None
    swapped = False

    def write(name: str) -> StagedFile:
        if name not in staged:
            staged[name] = StagedFile(out_dir / name)
            writers[name](staged[name])
        staged[name].finish()
        return staged[name]

    with ThreadPoolExecutor(1, thread_name_prefix="kg-store") as pool:
        try:
            loading = pool.submit(fill_store_from_file, write("graph.trig").tmp, out_dir)
            write("triples.jsonl")
            write("graph.html")
            staging = loading.result()
            # Everything that takes space is done before the first output is replaced (the
            # store's new link too), so a full disk leaves every previous output as it was.
            link = prepare_store_link(out_dir, staging)
            (out_dir / OUTPUTS_MANIFEST).unlink(missing_ok=True)  # outputs being replaced are no longer the recorded ones
            evidence.commit()  # before the page that names it
            for output in staged.values():
                output.commit()
            store = swap_in_store(out_dir, staging, link)
            swapped = True
        finally:
            if link is not None and not swapped:
                link.unlink(missing_ok=True)
            evidence.discard()  # only an uncommitted one: after a failure
            if loading is not None and not swapped:  # after a failure: wait for the load (it reads
                try:  # graph.trig's temp file), then remove what it loaded
                    discard_store(loading.result())
                except BaseException:  # noqa: S110 (the load failed itself: it removed its folder)
                    pass
            for output in staged.values():
                output.discard()  # only the uncommitted ones: after a failure
    evidence.prune()  # the page in place names its own folder (or none): the others go
    record = {"dir": evidence.url, "files": evidence.files} if evidence.committed else None
    return {name: staged[name].sha256 for name in OUTPUT_FILES}, store, record, index


OUTPUTS_MANIFEST = ".kg-outputs.json"

STALE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg: graph not drawn yet</title></head>
<body><p>This build has {statements:,} statements: its graph is drawn when asked for, not by
<code>kg build</code>. Run <code>kg view --out {out}</code> to draw it here and open it.</p></body></html>
"""


def _write_stored(stored: StoredBuild, out_dir: Path) -> list[Path]:
    """:func:`write_outputs` for a build kept on disk: ``triples.jsonl`` and ``graph.trig`` written
    from its state a document and a block at a time (the same bytes as from the whole result), the
    store loaded from ``graph.trig``; ``graph.html`` drawn as an update draws it: up to
    :data:`~kg.outputs.incremental.VIEWER_LIVE_STATEMENTS` statements, else left to ``kg view``
    (a short page saying so; ``.kg-outputs.json`` marks it stale). Memory holds the actors and
    the outputs' index, not the documents, statements or events.

    The state is renamed into place (``<out>/.kg-state.sqlite``) before the outputs, as a whole
    build saves its state first. Nothing is written again when the outputs in ``out_dir`` are
    those of the same result (the fingerprint, taken as ``triples.jsonl`` is written).
    """
    from kg.outputs.folder import disk_full, is_disk_full
    from kg.outputs.incremental import (
        INDEX_FILE,
        STATE_FILE,
        VIEWER_LIVE_STATEMENTS,
        OutputIndex,
        save_index_streamed,
        state_actors,
        state_blocks,
        write_state_jsonl,
        write_trig_blocks,
    )
    from kg.outputs.store import STORE_DIR
    from kg.types import Actor

    state = stored.state
    assert state is not None
    paths = [out_dir / name for name in OUTPUT_FILES] + [out_dir / STORE_DIR]
    index = OutputIndex(None)
    staged: dict[str, StagedFile] = {}
    index_file: list[StagedFile] = []  # .kg-index.pkl, written as soon as graph.trig is
    try:
        actors = state_actors(state)
        named: dict[str, Actor] = {}

        def seen(st: Statement) -> None:
            for argument in (st.subject, st.object):
                if argument.actor.id not in named:
                    named[argument.actor.id] = argument.actor

        # triples.jsonl first: the fingerprint (kg.pipeline._fingerprint) is taken from its bytes
        staged["triples.jsonl"] = StagedFile(out_dir / "triples.jsonl")
        digest = hashlib.sha256(outputs_fingerprint().encode())

        class _Hashed:
            def write(self, data: bytes) -> None:
                digest.update(data)
                staged["triples.jsonl"].write(data)

        index.jsonl = write_state_jsonl(state, stored.order, _Hashed(), seen)  # type: ignore[arg-type]
        for actor in sorted(actors.values(), key=lambda a: a.id):
            digest.update(repr(actor).encode("utf-8"))
        for number, doc_id in enumerate(stored.order, 1):
            doc = state.docs[doc_id].document
            digest.update(repr((doc.id, doc.source, doc.format, doc.title, doc.date, doc.url, len(doc.text))).encode("utf-8"))
            if number % 500 == 0:
                state.forget()
        state.forget()
        fingerprint = digest.hexdigest()
        stored.statements, stored.events, stored.statement_actors = state.statement_count, state.event_count, len(named)
        stored.several_sources = sum(1 for _, info in state.scan("event_info") if info[9] > 1)
        if _up_to_date(out_dir, fingerprint) and _state_saved(out_dir, state, fingerprint):
            log.info("outputs in %s are up to date", out_dir)
            return paths
        for actor_id, actor in named.items():  # named by a statement only (kg.outputs.rdf._all_actors)
            actors.setdefault(actor_id, actor)

        (out_dir / OUTPUTS_MANIFEST).unlink(missing_ok=True)
        try:  # the state first: outputs never run ahead of it
            state.fingerprint, state.code = fingerprint, outputs_fingerprint()
            state.commit()
            state.close()
            os.replace(stored.path, out_dir / STATE_FILE)
            state = stored.state = CorpusState.open(out_dir / STATE_FILE)
            stored.path = out_dir / STATE_FILE
        except (OSError, sqlite3.Error) as exc:
            if is_disk_full(exc) or (isinstance(exc, sqlite3.OperationalError) and "full" in str(exc)):
                raise disk_full(out_dir, "saving the build state", OSError(28, str(exc))) from exc
            raise
        generation = state.generation
        viewer = state.statement_count <= VIEWER_LIVE_STATEMENTS
        release_memory()

        def trig(output: StagedFile, evidence: object) -> None:
            # where each block is goes to a temporary table, then streamed into the index's temp
            # file (written now, not held while the store loads): never a list of them all
            db = state._db
            db.execute("CREATE TEMP TABLE IF NOT EXISTS kg_index (kind INTEGER, k TEXT, place INTEGER, size INTEGER)")
            db.execute("DELETE FROM temp.kg_index")
            pending: list[tuple[int, str, int, int]] = []

            def sink(entry: tuple[tuple[int, str], int, int]) -> None:
                pending.append((entry[0][0], entry[0][1], entry[1], entry[2]))
                if len(pending) >= 5000:
                    db.executemany("INSERT INTO temp.kg_index VALUES (?, ?, ?, ?)", pending)
                    pending.clear()

            index.trig_header, _ = write_trig_blocks(None, output, state_blocks(state, stored.order, actors), sink)
            db.executemany("INSERT INTO temp.kg_index VALUES (?, ?, ?, ?)", pending)
            pending.clear()

            def entries() -> Iterator[tuple[tuple[int, str], int, int]]:
                cursor = db.execute("SELECT kind, k, place, size FROM temp.kg_index ORDER BY rowid")
                while rows := cursor.fetchmany(1000):
                    for kind, key, offset, length in rows:
                        yield (kind, key), offset, length

            index.generation = generation
            index_file.append(StagedFile(out_dir / INDEX_FILE))
            save_index_streamed(index, index_file[0], entries)
            index_file[0].finish()
            db.execute("DROP TABLE temp.kg_index")
            index.jsonl = []
            release_memory()

        def page(output: StagedFile, evidence: object) -> None:
            if viewer:
                from kg.outputs.viewer import write_page

                write_page(state.result(), output, evidence)  # a small graph: drawn as a whole build draws it
                state.forget()
            else:
                output.write(STALE_PAGE.format(statements=state.statement_count, out=out_dir).encode("utf-8"))

        try:
            files, _, evidence, index = _write_files(
                None, out_dir, {"graph.trig": trig, "triples.jsonl": lambda output, evidence: None, "graph.html": page},
                staged, index,
            )  # fmt: skip
        except OSError as exc:
            if is_disk_full(exc):
                raise disk_full(out_dir, "writing the outputs", exc) from exc
            raise
        record = {"fingerprint": fingerprint, "files": files, "evidence": evidence, "generation": generation,
                  "viewer_stale": not viewer}
        try:
            index_file[0].commit()
            atomic_write_text(out_dir / OUTPUTS_MANIFEST, json.dumps(record, indent=1))
        except OSError as exc:
            if not is_disk_full(exc):
                raise
            log.warning("the new outputs are in %s, but %s could not be written (no space left): the next build "
                        "renders them again", out_dir, OUTPUTS_MANIFEST)
        if not viewer:
            log.warning("graph.html of %s statements is drawn when asked for: kg view --out %s", f"{state.statement_count:,}", out_dir)
        return [out_dir / name for name in OUTPUT_FILES] + ([out_dir / evidence["dir"]] if evidence else []) + [out_dir / STORE_DIR]
    finally:
        for output in [*staged.values(), *index_file]:
            output.discard()  # only the uncommitted ones: after a failure, or outputs found up to date
        if stored.path != out_dir / STATE_FILE:
            stored.discard()  # the temp state (up to date, or a failure before it was in place)
        elif stored.state is not None:
            stored.state.close()
            stored.state = None


def _remove_leftovers(out_dir: Path) -> None:
    """Temp files and store staging folders of a run that was killed before it could clean up.

    They are never read (outputs are only ever renamed into place); this only frees the space.
    Only the holder of the output folder's :class:`~kg.outputs.folder.BuildLock` calls this, so
    no other build's temp files are in the folder.
    """
    import shutil

    from kg.outputs.evidence import remove_staging_leftovers
    from kg.outputs.store import stale_store_folders

    if not out_dir.is_dir():
        return
    remove_staging_leftovers(out_dir / "graph.html")
    for name in (*OUTPUT_FILES, OUTPUTS_MANIFEST, ".kg-index.pkl", ".kg-state.sqlite"):
        for leftover in out_dir.glob(f".{name}.*.tmp"):
            leftover.unlink(missing_ok=True)
    for stale in stale_store_folders(out_dir):
        if stale.is_symlink():
            stale.unlink()
        else:
            shutil.rmtree(stale, ignore_errors=True)


def _fingerprint(result: BuildResult) -> str:
    """Everything the outputs are made of: the code, the statements (as triples.jsonl has them),
    the actors and the documents."""
    digest = hashlib.sha256(outputs_fingerprint().encode())
    for line in jsonl_lines(result):
        digest.update(line.encode("utf-8"))
    for actor in sorted(result.actors.values(), key=lambda a: a.id):
        digest.update(repr(actor).encode("utf-8"))
    for doc in result.documents:
        digest.update(repr((doc.id, doc.source, doc.format, doc.title, doc.date, doc.url, len(doc.text))).encode("utf-8"))
    return digest.hexdigest()


def _up_to_date(out_dir: Path, fingerprint: str) -> bool:
    from kg.outputs.store import STORE_DIR

    try:
        manifest = json.loads((out_dir / OUTPUTS_MANIFEST).read_text(encoding="utf-8"))
        if manifest["fingerprint"] != fingerprint or not (out_dir / STORE_DIR).is_dir():
            return False
        evidence = manifest.get("evidence")
        if evidence and len(list((out_dir / evidence["dir"]).glob("*.js"))) != evidence["files"]:
            return False  # the page's evidence files were removed or changed in number
        return all(
            hashlib.sha256((out_dir / name).read_bytes()).hexdigest() == manifest["files"][name] for name in OUTPUT_FILES
        )
    except (OSError, ValueError, KeyError, TypeError):
        return False
