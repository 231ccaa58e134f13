"""The stages wired together: ingest -> parse -> extract -> resolve -> outputs.

This is the one module that knows the order of the stages. Everything the CLI does is a call
to :func:`build` and :func:`write_outputs`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from kg.nlp.cache import DocumentCache, usable_cache
from kg.events.grouping import date_statements, group_events
from kg.errors import KGError
from kg.events.classes import type_statements
from kg.fileio import StagedFile, atomic_write_text
from kg.fingerprint import outputs_fingerprint
from kg.ingest.web import FetchOptions
from kg.outputs.jsonl import jsonl_lines, write_jsonl
from kg.nlp.model import default_model, load_pipeline, pipeline_id, pipeline_id_of
from kg.nlp.parallel import BATCH_SIZE, parse_tasks
from kg.resolve.actors import resolve_document
from kg.resolve.corpus import merge_corpus
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
    """
    started = time.perf_counter()
    if cache_dir is not None:
        cache_dir = usable_cache(cache_dir)  # before parsing: an unusable cache is a warning, not a crash
    result = BuildResult()
    items = _within_limit(read_inputs(paths, fmt, urls_file, fetch, cache_dir, result), max_chars)
    if on_start:
        on_start(None)
    _build_documents(items, result, on_document, _Pipeline(nlp, model, result), cache_dir, jobs, dask, batch_size)
    result.seconds = time.perf_counter() - started
    return result


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

    ids: set[str] = set()  # slugs of the ids taken by files: URL documents get others
    yield from listed
    for item in files:
        if isinstance(item, Document):
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
) -> BuildResult:
    """Build the knowledge graph of in-memory documents (no file reading), parses taken from
    ``cache_dir`` when there. ``pipeline``: a loader called only if something must be parsed (a
    caller that builds again and again, like ``kg watch``, keeps the model it loaded)."""
    started = time.perf_counter()
    result = BuildResult()
    loader = _Pipeline(nlp, model, result)
    if pipeline is not None:
        loader.load = pipeline
    _build_documents(documents, result, None, loader, cache_dir)
    result.seconds = time.perf_counter() - started
    return result


class _Pipeline:
    """The spaCy pipeline, loaded on first use (timed into ``result.load_seconds``)."""

    def __init__(self, nlp: Language | None, model: str | None, result: BuildResult) -> None:
        self.nlp, self.model, self.result = nlp, model, result
        self.load: Callable[[], Language] = lambda: load_pipeline(self.model)

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
) -> None:
    """Parse (or take from the cache), extract, resolve and type ``items`` into ``result``.

    Batches of documents stream through: the parent reads a batch, looks its documents up in the
    cache and sends the rest to be parsed (here, in workers or on Dask) as one task; results come
    back in input order, are written to the cache, and resolved per document.
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
    for parsed in parse_tasks(tasks(), pipeline, jobs=jobs, dask=dask, model=pipeline.model, batch_size=batch_size):
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
            resolved.append((document, statements, aliases))
            result.documents.append(document)
            result.sentences += hit.sentences
            result.words += hit.words
            if on_document:
                on_document(document, hit.words)
    if cache is not None:
        result.cached = cache.hits
    statements, actors = merge_corpus(resolved)
    order = {doc.id: index for index, doc in enumerate(result.documents)}
    typed = sorted(type_statements(statements), key=lambda s: (order[s.doc], s.char_start, s.id))
    result.statements, result.events = group_events(date_statements(typed, result.documents), result.documents)
    result.actors = actors


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
        return _write_outputs(result, Path(out_dir))


def _write_outputs(result: BuildResult, out_dir: Path) -> list[Path]:
    from kg.outputs.folder import disk_full, is_disk_full
    from kg.outputs.store import STORE_DIR

    fingerprint = _fingerprint(result)
    paths = [out_dir / name for name in OUTPUT_FILES] + [out_dir / STORE_DIR]
    if _up_to_date(out_dir, fingerprint):
        log.info("outputs in %s are up to date", out_dir)
        return paths

    _remove_leftovers(out_dir)
    manifest = out_dir / OUTPUTS_MANIFEST
    try:
        files, store, evidence = _write_files(result, out_dir)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(out_dir, "writing the outputs", exc) from exc
        raise
    record = {"fingerprint": fingerprint, "files": files, "evidence": evidence}
    try:
        atomic_write_text(manifest, json.dumps(record, indent=1))
    except OSError as exc:  # the new outputs are complete and in place; only the record is missing
        if not is_disk_full(exc):
            raise
        log.warning("the new outputs are in %s, but %s could not be written (no space left): the next build "
                    "renders them again", out_dir, manifest.name)
    return [out_dir / name for name in OUTPUT_FILES] + ([out_dir / evidence["dir"]] if evidence else []) + [store]


def _write_files(result: BuildResult, out_dir: Path) -> tuple[dict[str, str], Path, dict[str, Any] | None]:
    """Stream every output file to its temp file and fill a new store from the TriG, then rename
    the files into place and swap the store in; the files' hashes, the store's path and the page's
    evidence folder (``None`` when the page embeds its evidence).

    graph.trig is written first: Oxigraph then loads it into the store in a second thread (it
    does not hold the GIL) while this one writes triples.jsonl and graph.html.
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    from kg.outputs.evidence import EvidenceFolder
    from kg.outputs.rdf import write_trig_to  # the writers import rdflib / pyvis / pyoxigraph: only when writing
    from kg.outputs.store import discard_store, fill_store_from_file, prepare_store_link, swap_in_store
    from kg.outputs.viewer import write_page

    evidence = EvidenceFolder(out_dir / "graph.html")
    writers: dict[str, Callable[[BuildResult, StagedFile], object]] = {
        "graph.trig": write_trig_to,  # first: the store is loaded from it
        "triples.jsonl": write_jsonl,
        "graph.html": lambda result, output: write_page(result, output, evidence),
    }
    staged: dict[str, StagedFile] = {}
    loading: Future[Path] | None = None
    link: Path | None = None
    swapped = False

    def write(name: str) -> StagedFile:
        staged[name] = StagedFile(out_dir / name)
        writers[name](result, staged[name])
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
    return {name: staged[name].sha256 for name in OUTPUT_FILES}, store, record


OUTPUTS_MANIFEST = ".kg-outputs.json"


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
    for name in (*OUTPUT_FILES, OUTPUTS_MANIFEST):
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
