"""The outputs kept current after documents are added (:meth:`kg.incremental.CorpusState.add`),
rewriting only what changed, and the index of the outputs that makes that possible.

Every output is still replaced whole (a temp file renamed over it; the store swapped in by one
rename), so a reader or a Ctrl-C meets the old version or the new one, never a mix. What is
new is how the new version is made:

- ``triples.jsonl`` holds each document's rows together, in document order: the rows of the
  documents that changed are written again, the others copied from the previous file, a run of
  unchanged documents at a time (``<out>/.kg-index.pkl`` records where each document's rows are).
- ``graph.trig`` is a sequence of blocks, each written by Oxigraph on its own, with the same
  bytes a whole-file write gives (tested): a document's named graph, then one subject of the
  default graph (a document, an actor, a relation property, an event class, an event). Changed
  blocks are written again, the others copied.
- The store: a new folder whose data files are hard links to the live store's (RocksDB never
  changes a written table file), changed with one SPARQL update (each changed named graph
  dropped and written again, each changed subject of the default graph deleted and written
  again), compacted once it has grown many files, and swapped in like a new build's store.
- ``graph.html`` is drawn again while the graph is small (at most :data:`VIEWER_LIVE_STATEMENTS`
  statements, under a second); past that it would cost more than the update itself, so it is left
  as it was and marked stale in ``<out>/.kg-outputs.json``, and ``kg view`` draws it on demand.
"""

from __future__ import annotations

import heapq
import itertools
import json
import logging
import os
import pickle
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.fileio import StagedFile, atomic_write_text, current_umask
from kg.namespaces import PREFIXES, document_iri, relation_iri
from kg.types import Actor, BuildResult, Statement

log = logging.getLogger(__name__)

INDEX_FILE = ".kg-index.pkl"
STATE_FILE = ".kg-state.sqlite"
VIEWER_LIVE_STATEMENTS = 3000
"""An update draws graph.html again only up to this many statements (~1 s here); past it the page is
marked stale and ``kg view`` draws it when asked."""
COMPACT_FILES = 300
"""An updated store is compacted (:meth:`pyoxigraph.Store.optimize`) once it has this many data files."""

BlockKey = tuple[int, str]  # (0, "<named graph IRI>") or (1, "<default-graph subject IRI>"): the order of graph.trig
_PREFIXES = dict(sorted(PREFIXES.items()))


@dataclass
class OutputIndex:
    """Where each piece of triples.jsonl and graph.trig is, and which state they were made from."""

    generation: str | None  # of the build state the outputs show (None: no state was kept)
    jsonl: list[tuple[str, int, int]] = field(default_factory=list)  # (document id, offset, length), in file order
    trig_header: bytes = b""
    trig: list[tuple[BlockKey, int, int]] = field(default_factory=list)  # sorted by key

    def save(self, out_dir: Path) -> None:
        with StagedFile(Path(out_dir) / INDEX_FILE) as staged:
            staged.write(pickle.dumps(self, pickle.HIGHEST_PROTOCOL))
            staged.commit()

    @classmethod
    def load(cls, out_dir: Path) -> OutputIndex | None:
        try:
            with open(Path(out_dir) / INDEX_FILE, "rb") as handle:
                index = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
            return None
        return index if isinstance(index, cls) else None


# ---------------------------------------------------------------------------- blocks


def _serialize(quads: Iterable[ox.Quad]) -> bytes:
    buffer = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=_PREFIXES)
    return buffer if isinstance(buffer, bytes) else bytes(buffer)


def _without_header(data: bytes) -> tuple[bytes, bytes]:
    """(prefix lines, the rest) of one Oxigraph TriG serialization."""
    end = 0
    while data.startswith(b"@prefix ", end):
        end = data.index(b"\n", end) + 1
    return data[:end], data[end:]


def _key(quad: ox.Quad) -> BlockKey:
    if isinstance(quad.graph_name, ox.DefaultGraph):
        return (1, str(quad.subject))
    return (0, str(quad.graph_name))


TRIG_CHUNK_BLOCKS = 2000
"""Blocks serialized per Oxigraph call when a whole graph.trig is written (one call per block
costs ~70 us each: 11 s at 160,000 blocks)."""
_BLOCK_START = re.compile(rb"^(?![\t}])", re.MULTILINE)  # a line starting with neither a tab nor "}"


TRIG_CHUNK_QUADS = 20_000
"""... and at most about this many quads (a chunk's quads are held at once: ~300 bytes each)."""


def write_trig_blocks(
    result: BuildResult | None,
    output: StagedFile,
    blocks: Iterator[tuple[BlockKey, list[ox.Quad]]] | None = None,
    sink: Callable[[tuple[BlockKey, int, int]], None] | None = None,
) -> tuple[bytes, list[tuple[BlockKey, int, int]]]:
    """``graph.trig`` (the bytes :func:`kg.outputs.rdf.write_trig_to` writes), returning the prefix
    lines and where each block is. Oxigraph writes :data:`TRIG_CHUNK_BLOCKS` blocks (at most
    :data:`TRIG_CHUNK_QUADS` quads) at a time; it starts every block at column 0, indents
    everything inside one and escapes newlines in literals, so the blocks of a chunk start at the
    lines that start with neither a tab nor ``}``. ``blocks``: the blocks of a result kept on
    disk (:func:`state_blocks`) instead of ``result``'s; ``sink``: where each block is goes there,
    not into the list returned (then empty)."""
    header: bytes | None = None
    index: list[tuple[BlockKey, int, int]] = []
    offset = 0
    groups = blocks if blocks is not None else _blocks(result)  # type: ignore[arg-type]
    while True:
        keys: list[BlockKey] = []
        quads: list[ox.Quad] = []
        for key, group in groups:
            keys.append(key)
            quads.extend(group)
            if len(keys) >= TRIG_CHUNK_BLOCKS or len(quads) >= TRIG_CHUNK_QUADS:
                break
        if not keys:
            break
        head, body = _without_header(_serialize(quads))
        if header is None:
            header = head
            output.write(head)
            offset = len(head)
        starts = [match.start() for match in _BLOCK_START.finditer(body) if match.start() < len(body)]
        if len(starts) != len(keys):
            raise RuntimeError(f"graph.trig: {len(starts)} blocks written for {len(keys)} subjects and graphs (Oxigraph's layout changed?)")
        for key, start, end in zip(keys, starts, [*starts[1:], len(body)]):
            (sink or index.append)((key, offset + start, end - start))
        output.write(body)
        offset += len(body)
    return header or b"", index


def _blocks(result: BuildResult) -> Iterator[tuple[BlockKey, list[ox.Quad]]]:
    """The quads of :func:`kg.outputs.rdf.sorted_quads`, a block (one document's graph, one
    subject of the default graph) at a time, with the block's key: the same order and quads."""
    from kg.outputs.rdf import _default_graph, _document_graphs, _statement_triples, _triple_key

    statements = _document_graphs(result)
    graphs = sorted(((ox.NamedNode(document_iri(doc_id)), doc_id) for doc_id in statements), key=lambda pair: str(pair[0]))
    for graph, doc_id in graphs:
        triples = {triple for st in statements[doc_id] for triple in _statement_triples(st)}
        yield (0, str(graph)), [ox.Quad(s, p, o, graph) for s, p, o in sorted(triples, key=_triple_key)]
    subjects: dict[str, list[Callable[[], Iterator]]] = {}
    for node, emit in _default_graph(result):
        subjects.setdefault(str(node), []).append(emit)
    default = ox.DefaultGraph()
    for key in sorted(subjects):
        triples = {triple for emit in subjects[key] for triple in emit()}
        yield (1, key), [ox.Quad(s, p, o, default) for s, p, o in sorted(triples, key=_triple_key)]


def write_jsonl_blocks(result: BuildResult, output: StagedFile) -> list[tuple[str, int, int]]:
    """``triples.jsonl`` as :func:`kg.outputs.jsonl.write_jsonl` writes it; returns where each
    document's rows are (documents in order, those with no rows included, empty)."""
    from kg.outputs.jsonl import _iso

    dates = {doc.id: _iso(doc.date) for doc in result.documents}
    event_dates = {event.id: (event.date, event.date_precision) for event in result.events}
    by_doc: dict[str, list[Statement]] = {}
    for st in result.statements:
        by_doc.setdefault(st.doc, []).append(st)
    blocks = []
    offset = 0
    for doc in result.documents:
        data = _rows(by_doc.get(doc.id, []), dates[doc.id], lambda event_id: event_dates.get(event_id, (None, None)))
        output.write(data)
        blocks.append((doc.id, offset, len(data)))
        offset += len(data)
    return blocks


def _rows(statements: list[Statement], doc_date: str | None, event_date: Callable[[str | None], tuple[str | None, str | None]]) -> bytes:
    """A document's rows of ``triples.jsonl``, as :func:`kg.outputs.jsonl.jsonl_lines` writes them."""
    lines = []
    for st in statements:
        date, precision = event_date(st.event_id) if st.event_id else (None, None)
        row = {**st.to_json(), "doc_date": doc_date, "event_date": date, "event_date_precision": precision}
        lines.append(json.dumps(row, ensure_ascii=False) + "\n")
    return "".join(lines).encode("utf-8")


# ---------------------------------------------------------------------------- a whole build kept on disk

FORGET_EVERY = 500
"""A writer going through a whole state on disk drops the rows it read every this many items."""


class StreamedList:
    """Pickled as a list whose items ``items()`` yields (pickle's list-items protocol, written a
    thousand at a time): unpickled, a plain list; the writer never holds it whole."""

    def __init__(self, items: Callable[[], Iterator]) -> None:
        self.items = items

    def __reduce__(self):
        return (list, (), None, self.items())


def save_index_streamed(index: OutputIndex, output: StagedFile, trig: Callable[[], Iterator[tuple[BlockKey, int, int]]]) -> None:
    """Pickle ``index`` to ``output`` with ``trig()``'s entries as its ``trig`` list, streamed
    (:class:`OutputIndex.load` reads it as any other index)."""
    index.trig = StreamedList(trig)  # type: ignore[assignment]
    try:
        pickle.Pickler(output, pickle.HIGHEST_PROTOCOL).dump(index)
    finally:
        index.trig = []


def state_actors(state) -> dict[str, Actor]:
    """Every actor of a committed state (:meth:`kg.incremental.CorpusState.all_actors`' actors),
    by IRI in IRI order, read a row at a time."""
    actors: dict[str, Actor] = {}
    for _, actor in state.scan("actors"):
        actors[actor.id] = actor
    for _, actor in state.scan("affiliation_actors"):
        actors.setdefault(actor.id, actor)
    return dict(sorted(actors.items()))


def write_state_jsonl(
    state, order: list[str], output: StagedFile, on_statement: Callable[[Statement], None] | None = None
) -> list[tuple[str, int, int]]:
    """``triples.jsonl`` of a committed state (:func:`write_jsonl_blocks`' bytes), a document at a
    time in build order (``order``: the document ids); returns where each document's rows are."""
    from kg.outputs.jsonl import _iso

    blocks = []
    offset = 0
    for number, doc_id in enumerate(order, 1):
        document = state.docs[doc_id].document
        statements = [state.stmt[sid] for sid in state.statements.get(doc_id, [])]
        if on_statement is not None:
            for st in statements:
                on_statement(st)
        data = _rows(statements, _iso(document.date), state.event_date)
        output.write(data)
        blocks.append((doc_id, offset, len(data)))
        offset += len(data)
        if number % FORGET_EVERY == 0:
            state.forget()
    state.forget()
    return blocks


def state_blocks(state, order: list[str], actors: dict[str, Actor]) -> Iterator[tuple[BlockKey, list[ox.Quad]]]:
    """The blocks of ``graph.trig`` (:func:`_blocks`: the same keys, order and quads) of a committed
    state, made a block at a time: the blocks' keys are sorted by SQLite in a temporary table,
    so memory holds a few blocks, not the list of them. ``actors``: :func:`state_actors` (plus any
    actor a statement names that is not one of them, as :func:`kg.outputs.rdf._all_actors` adds)."""
    from kg.outputs.rdf import (
        _EVENT,
        _PLOVER,
        _actor_triples,
        _document_triples,
        _event_concept_triples,
        _event_triples,
        _iri,
        _relation_property_triples,
        _statement_triples,
        _triple_key,
    )

    db = state._db
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS kg_blocks (kind INTEGER, k TEXT, what TEXT, ref TEXT, "
        "PRIMARY KEY (kind, k, what, ref)) WITHOUT ROWID"
    )
    db.execute("DELETE FROM temp.kg_blocks")

    def keys() -> Iterator[tuple[int, str, str, str]]:
        for doc_id, statements in state.scan("statements"):
            if statements:
                yield 0, str(ox.NamedNode(document_iri(doc_id))), "g", doc_id
        for doc_id in order:
            yield 1, str(ox.NamedNode(document_iri(doc_id))), "d", doc_id
        for actor_id in actors:
            yield 1, str(_iri(actor_id)), "a", actor_id
        for lemma in state.lemma_count:
            yield 1, str(ox.NamedNode(relation_iri(lemma))), "l", lemma
        for concept in state.concept_count:
            yield 1, str(_PLOVER[concept.replace(" ", "_")]), "c", concept
        for event_id, _ in state.scan("event_info"):
            yield 1, str(_EVENT[event_id]), "e", event_id

    db.executemany("INSERT OR IGNORE INTO temp.kg_blocks VALUES (?, ?, ?, ?)", keys())
    # each document's outlet (an event's sources count outlets), read once: not a document's row
    # (its text and statements) for every report of every event
    outlets = dict(state.scan("outlets"))

    def triples(what: str, ref: str) -> Iterator:
        if what == "g":
            return (t for sid in state.statements[ref] for t in _statement_triples(state.stmt[sid]))
        if what == "d":
            return _document_triples(state.docs[ref].document)
        if what == "a":
            return _actor_triples(actors[ref])
        if what == "l":
            return _relation_property_triples(ref)
        if what == "c":
            return _event_concept_triples(ref)
        return _event_triples(state.event(ref, outlets))

    cursor = db.execute("SELECT kind, k, what, ref FROM temp.kg_blocks ORDER BY kind, k")
    made = 0
    current: tuple[int, str] | None = None
    found: set = set()

    def block() -> tuple[BlockKey, list[ox.Quad]]:
        assert current is not None
        graph = ox.DefaultGraph() if current[0] == 1 else ox.NamedNode(current[1][1:-1])
        return current, [ox.Quad(s, p, o, graph) for s, p, o in sorted(found, key=_triple_key)]

    try:
        while rows := cursor.fetchmany(1000):
            for kind, k, what, ref in rows:
                if (kind, k) != current:
                    if current is not None:
                        yield block()
                        made += 1
                        if made % FORGET_EVERY == 0:
                            state.forget()
                    current, found = (kind, k), set()
                found.update(triples(what, ref))
        if current is not None:
            yield block()
    finally:
        cursor.close()
        db.execute("DROP TABLE IF EXISTS temp.kg_blocks")
        state.forget()


# ---------------------------------------------------------------------------- the update


def update_outputs(state, changes, out_dir: Path, index: OutputIndex) -> dict[str, object]:
    """Bring the outputs in ``out_dir`` (made from the state before ``changes``, as ``index``
    says) up to date with ``state`` (already committed). Returns what was written, for reports."""
    from kg.outputs.jsonl import _iso
    from kg.outputs.rdf import (
        _actor_triples,
        _document_triples,
        _event_concept_triples,
        _event_triples,
        _relation_property_triples,
        _statement_triples,
        _triple_key,
    )
    from kg.outputs.store import STORE_DIR

    out_dir = Path(out_dir)
    docs = changes.documents | changes.metadata

    # triples.jsonl
    old_jsonl = out_dir / "triples.jsonl"
    order = [doc_id for doc_id, _, _ in index.jsonl]
    known = set(order)
    order += sorted((d for d in changes.metadata if d not in known), key=lambda d: state.docs[d].pos)
    where = {doc_id: (offset, length) for doc_id, offset, length in index.jsonl}
    jsonl_blocks: list[tuple[str, int, int]] = []

    def jsonl_piece(doc_id: str) -> bytes | None:
        if doc_id not in docs:
            return None
        document = state.docs[doc_id].document
        return _rows([state.stmt[sid] for sid in state.statements.get(doc_id, [])], _iso(document.date), state.event_date)

    # graph.trig: which blocks change, and their new bytes (None: the block goes)
    changed: dict[BlockKey, list[tuple[ox.NamedNode, ox.NamedNode, object]] | None] = {}
    for doc_id in docs:
        statements = [state.stmt[sid] for sid in state.statements.get(doc_id, [])]
        key = (0, f"<{document_iri(doc_id)}>")
        changed[key] = sorted({t for st in statements for t in _statement_triples(st)}, key=_triple_key) or None
    for doc_id in changes.metadata:
        changed[(1, f"<{document_iri(doc_id)}>")] = sorted(set(_document_triples(state.docs[doc_id].document)), key=_triple_key)
    for iri, actor in changes.actors.items():
        changed[(1, f"<{iri}>")] = sorted(set(_actor_triples(actor)), key=_triple_key) if actor is not None else None
    for lemma in changes.lemmas:
        present = state.lemma_count[lemma] > 0
        changed[(1, f"<{relation_iri(lemma)}>")] = sorted(set(_relation_property_triples(lemma)), key=_triple_key) if present else None
    for concept in changes.concepts:
        triples = sorted(set(_event_concept_triples(concept)), key=_triple_key)
        changed[(1, str(triples[0][0]))] = triples if state.concept_count[concept] > 0 else None
    for event_id in changes.events:
        if event_id in state.event_info:
            triples = sorted(set(_event_triples(state.event(event_id))), key=_triple_key)
            changed[(1, str(triples[0][0]))] = triples
        else:
            from kg.namespaces import EVENT

            changed[(1, f"<{EVENT}{event_id}>")] = None

    trig_where = {key: (offset, length) for key, offset, length in index.trig}
    gone = {key for key, triples in changed.items() if triples is None}
    added = sorted(key for key in changed if key not in trig_where and key not in gone)
    keys = [key for key in heapq.merge((key for key, _, _ in index.trig), added) if key not in gone]  # both sorted

    def trig_piece(key: BlockKey) -> bytes | None:
        if key not in changed:
            return None
        triples = changed[key]
        graph = ox.DefaultGraph() if key[0] == 1 else ox.NamedNode(key[1][1:-1])
        return _without_header(_serialize(ox.Quad(s, p, o, graph) for s, p, o in triples))[1]  # type: ignore[misc]

    from kg.outputs.evidence import EvidenceFolder
    from kg.outputs.store import discard_store, prepare_store_link, swap_in_store

    staged: dict[str, StagedFile] = {}
    evidence = EvidenceFolder(out_dir / "graph.html")
    store = link = None
    swapped = False
    try:
        staged["triples.jsonl"] = StagedFile(old_jsonl)
        jsonl_blocks = _splice(staged["triples.jsonl"], old_jsonl, order, where, jsonl_piece)
        staged["graph.trig"] = StagedFile(out_dir / "graph.trig")
        staged["graph.trig"].write(index.trig_header)
        trig_blocks = _splice(staged["graph.trig"], out_dir / "graph.trig", keys, trig_where, trig_piece, start=len(index.trig_header))
        viewer = state.statement_count <= VIEWER_LIVE_STATEMENTS
        if viewer:
            from kg.outputs.viewer import write_page

            staged["graph.html"] = StagedFile(out_dir / "graph.html")
            write_page(state.result(), staged["graph.html"], evidence)  # as a whole build draws it
        for output in staged.values():
            output.finish()
        store = _update_store(out_dir / STORE_DIR, out_dir, changed)
        link = prepare_store_link(out_dir, store)  # all that takes space before the first output is replaced
        manifest = out_dir / ".kg-outputs.json"
        try:
            previous = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            previous = {}
        manifest.unlink(missing_ok=True)  # the outputs being replaced are no longer the recorded ones
        evidence.commit()  # before the page that names it
        for output in staged.values():
            output.commit()
        swap_in_store(out_dir, store, link)
        swapped = True
        if viewer:
            evidence.prune()  # the page in place names its own folder (or none): the others go
            page_evidence = {"dir": evidence.url, "files": evidence.files} if evidence.committed else None
        else:  # the old page stays, and with it its evidence folder
            page_evidence = previous.get("evidence") if isinstance(previous, dict) else None
        OutputIndex(state.generation, jsonl_blocks, index.trig_header, trig_blocks).save(out_dir)
        record = {"fingerprint": None, "files": {}, "evidence": page_evidence, "generation": state.generation,
                  "viewer_stale": not viewer}
        atomic_write_text(manifest, json.dumps(record, indent=1))
    finally:
        if link is not None and not swapped:
            link.unlink(missing_ok=True)
        if store is not None and not swapped:
            discard_store(store)
        evidence.discard()  # only an uncommitted one: after a failure
        for output in staged.values():
            output.discard()
    return {"documents": len(docs), "blocks": len(changed), "viewer": viewer}


def _splice(
    output: StagedFile,
    old: Path,
    keys: list,
    where: dict,
    piece: Callable[[object], bytes | None],
    start: int = 0,
) -> list[tuple[object, int, int]]:
    """Write ``keys``' blocks in order: a new piece where ``piece`` gives one, else the old block's
    bytes, copied a run of adjacent old blocks at a time. Returns the new blocks' places."""
    blocks = []
    offset = start
    run: list[int] | None = None  # [old start, old end]
    with open(old, "rb") as source:

        def flush() -> None:
            nonlocal run
            if run is not None:
                output.copy_range(source, run[0], run[1] - run[0])
                run = None

        for key in keys:
            data = piece(key)
            if data is None:
                old_offset, length = where[key]
                if run is not None and run[1] == old_offset:
                    run[1] += length
                else:
                    flush()
                    run = [old_offset, old_offset + length]
            else:
                flush()
                output.write(data)
                length = len(data)
            blocks.append((key, offset, length))
            offset += length
        flush()
    return blocks


# ---------------------------------------------------------------------------- the store


def _update_store(live: Path, out_dir: Path, changed: dict) -> Path:
    """A new store folder: the live one's data (table files hard-linked, the rest copied), with
    every changed block's graph or subject replaced in one SPARQL update; not yet swapped in."""
    from kg.outputs.store import STORE_DATA_PREFIX, discard_store

    staging = Path(tempfile.mkdtemp(prefix=STORE_DATA_PREFIX, dir=out_dir))
    try:
        os.chmod(staging, 0o777 & ~current_umask())
        source = live.resolve()
        files = 0
        for entry in source.iterdir():
            if entry.name == "LOCK" or entry.name.startswith("LOG"):
                continue
            if entry.suffix in (".sst", ".blob"):
                os.link(entry, staging / entry.name)  # never written again by RocksDB: shared safely
                files += 1
            else:
                shutil.copy2(entry, staging / entry.name)  # MANIFEST, CURRENT, OPTIONS, WAL: changed in place
        store = ox.Store(str(staging))
        deletion = _sparql_deletion(changed)
        if deletion:
            store.update(deletion)
        store.extend(  # one transaction (the folder is private until swapped in, so readers never see it in between)
            ox.Quad(s, p, o, ox.DefaultGraph() if kind == 1 else ox.NamedNode(node[1:-1]))
            for (kind, node), triples in changed.items()
            if triples
            for s, p, o in triples
        )
        store.flush()
        if files >= COMPACT_FILES:
            store.optimize()
        del store
    except BaseException:
        discard_store(staging)
        raise
    return staging


def _sparql_deletion(changed: dict) -> str:
    """One SPARQL update deleting each changed named graph and each changed default-graph subject
    (one operation for all the graphs, one for all the subjects)."""
    graphs = sorted(node for (kind, node) in changed if kind == 0)
    subjects = sorted(node for (kind, node) in changed if kind == 1)
    parts: list[str] = []
    if graphs:
        parts.append(f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ VALUES ?g {{ {' '.join(graphs)} }} GRAPH ?g {{ ?s ?p ?o }} }}")
    if subjects:
        parts.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?s {{ {' '.join(subjects)} }} ?s ?p ?o }}")
    return " ;\n".join(parts)


def refresh_viewer(out_dir: Path) -> bool:
    """Draw ``graph.html`` again when an update left it stale (a big graph: see the module
    docstring); True when it was drawn. Nothing happens when it is current or no state is kept."""
    from kg.incremental import CorpusState, StateError
    from kg.errors import BuildLocked
    from kg.outputs.evidence import EvidenceFolder
    from kg.outputs.folder import BuildLock
    from kg.outputs.viewer import write_viewer

    out_dir = Path(out_dir)
    manifest_path = out_dir / ".kg-outputs.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not (isinstance(manifest, dict) and manifest.get("viewer_stale")):
        return False
    try:
        state = CorpusState.open(out_dir / STATE_FILE)
    except (StateError, OSError, Exception) as exc:  # noqa: BLE001 (sqlite errors too): the old page stays
        log.warning("cannot draw %s again from the build state (%s): run kg build --out %s", out_dir / "graph.html", exc, out_dir)
        return False
    try:
        if state.generation != manifest.get("generation"):
            return False
        with BuildLock(out_dir):  # no build or update writes the folder meanwhile
            try:
                manifest = json.loads(manifest_path.read_text(encoding="utf-8"))  # as it is now, under the lock
            except (OSError, ValueError):
                return False
            if not (isinstance(manifest, dict) and manifest.get("viewer_stale")) or state.generation != manifest.get("generation"):
                return False
            mode = write_viewer(state.result(), out_dir / "graph.html")  # with its evidence folder when large
            evidence = EvidenceFolder(out_dir / "graph.html")
            files = sorted(evidence.root.glob("*/*.js")) if mode == "files" else []
            manifest["evidence"] = {"dir": f"{evidence.root.name}/{files[0].parent.name}", "files": len(files)} if files else None
            manifest["viewer_stale"] = False
            atomic_write_text(manifest_path, json.dumps(manifest, indent=1))
    except BuildLocked:
        log.warning("a kg build is writing to %s: graph.html is drawn again once it is done", out_dir)
        return False
    finally:
        state.close()
    return True
