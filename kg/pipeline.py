"""The stages wired together: ingest -> parse -> extract -> resolve -> outputs.

This is the one module that knows the order of the stages. Everything the CLI does is a call
to :func:`build` and :func:`write_outputs`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language

from kg.cache import DocumentCache
from kg.consolidate import date_statements, group_events
from kg.events import type_statements
from kg.extract import ParsedDocument, extract
from kg.fileio import atomic_write_text
from kg.nlp import chunks, load_pipeline
from kg.resolve import merge_corpus, resolve_document
from kg.types import BuildResult, Document, Skipped, Statement

log = logging.getLogger(__name__)

OUTPUT_FILES = ("triples.jsonl", "graph.trig", "graph.html")


def build(
    paths: Sequence[str | Path] = (),
    *,
    model: str | None = None,
    fmt: str = "auto",
    nlp: Language | None = None,
    on_document: Callable[[Document | Skipped, int], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    cache_dir: Path | None = None,
) -> BuildResult:
    """Build the knowledge graph of ``paths`` (files, directories, ``-``; default: the bundled corpus).

    ``nlp`` lets a caller reuse a loaded pipeline; otherwise ``model`` (or the default English
    pipeline) is loaded once here. ``on_start(total)`` and ``on_document(item, words)`` report
    progress. With ``cache_dir``, documents parsed before (same text, model and extractor) are
    taken from the cache instead of being parsed again.
    """
    from kg import ingest

    started = time.perf_counter()
    paths = list(paths) or [ingest.bundled_corpus()]
    ingest.check_paths(paths)
    nlp = nlp or load_pipeline(model)
    result = BuildResult(load_seconds=time.perf_counter() - started)
    items = list(ingest.iter_documents(paths, fmt))
    documents = [item for item in items if isinstance(item, Document)]
    result.skipped = [item for item in items if isinstance(item, Skipped)]
    for skipped in result.skipped:
        log.warning("skipped %s: %s", skipped.source, skipped.reason)
        if on_document:
            on_document(skipped, 0)
    if on_start:
        on_start(len(documents))

    cache = DocumentCache(cache_dir, nlp) if cache_dir is not None else None
    _build_documents(nlp, documents, result, on_document, cache)
    if cache is not None:
        result.cached = cache.hits
    result.seconds = time.perf_counter() - started
    return result


def build_documents(documents: Iterable[Document], *, nlp: Language | None = None, model: str | None = None) -> BuildResult:
    """Build the knowledge graph of in-memory documents (no file reading)."""
    started = time.perf_counter()
    nlp = nlp or load_pipeline(model)
    result = BuildResult(load_seconds=time.perf_counter() - started)
    _build_documents(nlp, documents, result, None)
    result.seconds = time.perf_counter() - started
    return result


def _build_documents(
    nlp: Language,
    documents: Iterable[Document],
    result: BuildResult,
    on_document: Callable[[Document | Skipped, int], None] | None,
    cache: DocumentCache | None = None,
) -> None:
    """Parse, extract, resolve and type ``documents`` into ``result``."""
    resolved = []
    for document, parsed in parse_documents(nlp, documents, cache=cache):
        try:
            statements, aliases = resolve_document(parsed)
        except Exception as exc:  # a bug on one document must not lose the others
            log.exception("skipped %s: actor resolution failed (%s); please report this document", document.source, exc)
            result.skipped.append(Skipped(document.source, f"internal error in actor resolution: {exc!r}"))
            continue
        resolved.append((document, statements, aliases))
        result.documents.append(document)
        result.sentences += parsed.sentences
        result.words += parsed.words
        if on_document:
            on_document(document, parsed.words)
    statements, actors = merge_corpus(resolved)
    order = {doc.id: index for index, doc in enumerate(result.documents)}
    typed = sorted(type_statements(statements), key=lambda s: (order[s.doc], s.char_start, s.id))
    result.statements, result.events = group_events(date_statements(typed, result.documents), result.documents)
    result.actors = actors


def extract_text(nlp: Language, text: str, doc_id: str = "text") -> list[Statement]:
    """Statements of one text, resolved as if it were a whole corpus (handy in tests and notebooks)."""
    return build_documents([Document(id=doc_id, text=text, source="<text>")], nlp=nlp).statements


def parse_documents(
    nlp: Language, documents: Iterable[Document], batch_size: int = 32, cache: DocumentCache | None = None
) -> Iterator[tuple[Document, ParsedDocument]]:
    """Parse documents in one ``nlp.pipe`` stream (long ones in chunks) and extract each one, in
    input order; documents found in ``cache`` are not parsed again, new parses are stored."""
    documents = list(documents)
    cached = [cache.get(document) if cache is not None else None for document in documents]

    def stream() -> Iterator[tuple[str, tuple[Document, int, bool]]]:
        for document, hit in zip(documents, cached):
            if hit is not None:
                continue
            pieces = list(chunks(document.text))
            for index, (offset, text) in enumerate(pieces):
                yield text, (document, offset, index == len(pieces) - 1)

    fresh: Iterator[tuple[Document, ParsedDocument]] = _parse_stream(nlp, stream(), batch_size)
    for document, hit in zip(documents, cached):
        if hit is not None:
            yield document, hit
            continue
        parsed_document, parsed = next(fresh)
        assert parsed_document is document
        if cache is not None:
            cache.put(document, parsed)
        yield document, parsed


def _parse_stream(
    nlp: Language, stream: Iterator[tuple[str, tuple[Document, int, bool]]], batch_size: int
) -> Iterator[tuple[Document, ParsedDocument]]:
    parts: list[ParsedDocument] = []
    for doc, (document, offset, last) in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        sentence_base = sum(p.sentences for p in parts)
        parts.append(extract(doc, offset=offset, sentence_base=sentence_base))
        if last:
            yield document, _concat(parts)
            parts = []


def _concat(parts: list[ParsedDocument]) -> ParsedDocument:
    if len(parts) == 1:
        return parts[0]
    return ParsedDocument(
        mentions=tuple(m for p in parts for m in p.mentions),
        statements=tuple(s for p in parts for s in p.statements),
        sentences=sum(p.sentences for p in parts),
        words=sum(p.words for p in parts),
    )


def triples_jsonl(result: BuildResult) -> str:
    """The ``triples.jsonl`` contract: one JSON object per statement, in document order."""
    return "".join(json.dumps(st.to_json(), ensure_ascii=False) + "\n" for st in result.statements)


def write_outputs(result: BuildResult, out_dir: Path) -> list[Path]:
    """Render every output in memory first, then write each atomically (temp file + rename),
    so a failure while rendering leaves the previous outputs untouched; finally bulk-load the
    TriG into the SPARQL store (``<out>/store``), swapped in only once complete."""
    from kg.rdf import to_dataset  # the writers import rdflib / pyvis / pyoxigraph: only when writing
    from kg.store import write_store
    from kg.viz import render_html

    rendered = {
        "triples.jsonl": triples_jsonl(result),
        "graph.trig": to_dataset(result).serialize(format="trig"),
        "graph.html": render_html(result),
    }
    out_dir = Path(out_dir)
    written = []
    for name in OUTPUT_FILES:
        path = out_dir / name
        atomic_write_text(path, rendered[name])
        written.append(path)
    written.append(write_store(rendered["graph.trig"], out_dir))
    return written
