"""The persistent SPARQL store: an Oxigraph database next to the other outputs.

``kg build`` bulk-loads ``graph.trig`` into ``<out>/store/``; ``kg query`` and the Python API
open it read-only instead of re-parsing TriG. Oxigraph loads and queries roughly ten times
faster than rdflib's memory store (see docs/performance.md, "Store speed").

The store is built in a temporary directory beside the old one and swapped in by renames, so
a crash mid-load leaves the previous store in place.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreNotFound
from kg.fileio import current_umask, fsync_directory
from kg.namespaces import PREFIXES
from kg.sparql import explain_error, update_operation

STORE_DIR = "store"


STORE_DATA_PREFIX = ".store-"
"""The store's data lives in ``<out>/.store-XXXXXXXX/``; ``<out>/store`` is a symlink to it."""


def write_store(trig: str, out_dir: Path) -> Path:
    """Bulk-load TriG text into ``<out_dir>/store`` (see :func:`_replace_store`)."""

    def fill(path: str) -> ox.Store:
        store = ox.Store(path)
        store.bulk_load(trig.encode("utf-8"), format=ox.RdfFormat.TRIG)
        return store

    return _replace_store(out_dir, fill)


STORE_CHUNK_BYTES = 1 << 18
"""``graph.trig`` is bulk-loaded this many bytes (~7,500 quads) at a time. Oxigraph's bulk loader
holds what one call loads in memory (~1 KB a quad, up to a million quads): loaded whole, the store
was the peak of a 5,000-document build (+200 MB). Each call also writes and ingests its own files,
so smaller pieces cost time: at 8 MB of TriG, 1 MB pieces take ~1.7x as long as one call. 256 KB
pieces rather than 1 MB: the load's peak is +57 MB instead of +83 MB on a 123 MB ``graph.trig``
(+26 instead of +56 on 17 MB), in about the same time (docs/performance.md, "Memory: bounded")."""

STORE_REOPEN_PIECES = 16
"""The store being loaded is closed and opened again every this many pieces (4 MB of TriG): an
open database keeps what it read of every file it ingested, so the load's memory grew with the
store (a 111 MB ``graph.trig`` loaded alone: +51 MB, against +35 MB reopened every 40 pieces,
in the same time)."""


def write_store_from_file(trig_file: Path, out_dir: Path, chunk_bytes: int = STORE_CHUNK_BYTES) -> Path:
    """Bulk-load ``graph.trig`` as written by :func:`kg.outputs.rdf.write_trig_to` into ``<out_dir>/store``
    (see :func:`_replace_store`), a piece at a time (see :data:`STORE_CHUNK_BYTES`)."""
    return _replace_store(out_dir, _trig_file_filler(trig_file, chunk_bytes))


def fill_store_from_file(trig_file: Path, out_dir: Path, chunk_bytes: int = STORE_CHUNK_BYTES) -> Path:
    """A new store loaded from ``trig_file`` in a staging folder of ``out_dir``, not yet live:
    :func:`swap_in_store` makes it ``<out_dir>/store``, :func:`discard_store` removes it.

    Oxigraph loads without holding the GIL, so ``kg build`` runs this in a thread while it writes
    the other outputs."""
    return _fill_staging(out_dir, _trig_file_filler(trig_file, chunk_bytes))


def _trig_file_filler(trig_file: Path, chunk_bytes: int) -> Callable[[str], ox.Store]:
    def fill(path: str) -> ox.Store:
        store = ox.Store(path)
        for number, piece in enumerate(trig_pieces(trig_file, chunk_bytes), 1):
            store.bulk_load(piece, format=ox.RdfFormat.TRIG)
            if number % STORE_REOPEN_PIECES == 0:
                del store  # the only reference: the database is closed (see STORE_REOPEN_PIECES)
                store = ox.Store(path)
        return store

    return fill


def trig_pieces(trig_file: Path, chunk_bytes: int) -> Iterator[bytes]:
    """A TriG file written by Oxigraph, cut into whole TriG documents of about ``chunk_bytes``:
    each is the prefix lines plus whole top-level blocks (a named graph's ``{ ... }``, or one
    subject's triples). Oxigraph's writer starts every block at column 0 and indents everything
    inside one, and never lets a literal span lines (it escapes newlines), so a line that starts
    with neither a tab nor ``}`` starts a block."""
    header: list[bytes] = []
    piece: list[bytes] = []
    size = 0
    with open(trig_file, "rb") as handle:
        for line in handle:
            if not piece and line.startswith(b"@prefix "):
                header.append(line)
                continue
            if size >= chunk_bytes and not line.startswith((b"\t", b"}")):
                yield b"".join(header + piece)
                piece, size = [], 0
            piece.append(line)
            size += len(line)
    if piece:
        yield b"".join(header + piece)


def _replace_store(out_dir: Path, fill: Callable[[str], ox.Store]) -> Path:
    """Fill a new store with ``fill`` and make it ``<out_dir>/store``, replacing the previous store
    only once the new one is complete (see :func:`swap_in_store`)."""
    staging = _fill_staging(out_dir, fill)
    try:
        return swap_in_store(out_dir, staging)
    except BaseException:
        discard_store(staging)
        raise


def _fill_staging(out_dir: Path, fill: Callable[[str], ox.Store]) -> Path:
    """``fill`` opens a store at the path it is given, fills it and returns it open."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=STORE_DATA_PREFIX, dir=out_dir))
    try:
        os.chmod(staging, 0o777 & ~current_umask())  # mkdtemp makes 0700; the store is an ordinary output
        store = fill(str(staging))
        store.flush()
        store.optimize()  # one compacted database: queries on the read-only server run ~2x faster
        del store  # release the database lock before it is swapped in
    except BaseException:
        discard_store(staging)
        raise
    return staging


def prepare_store_link(out_dir: Path, staging: Path) -> Path:
    """The new ``store`` link, made beside the live one (it takes an inode, which a full disk may
    not have) and not yet in place: :func:`swap_in_store` renames it over ``store``."""
    link = Path(out_dir) / f"{STORE_DATA_PREFIX}link-{staging.name[len(STORE_DATA_PREFIX):]}"
    link.unlink(missing_ok=True)
    os.symlink(staging.name, link)  # relative: the output folder can be moved
    return link


def swap_in_store(out_dir: Path, staging: Path, link: Path | None = None) -> Path:
    """Make the filled ``staging`` folder ``<out_dir>/store``; ``link``: made by
    :func:`prepare_store_link` (made here when not given).

    ``store`` is a symbolic link to a data folder. The new folder is filled beside the old one and
    the link is then replaced with one ``rename`` (atomic on POSIX): whenever the process dies,
    ``store`` opens either the old database or the new one, never none and never a partial one.
    A running ``kg serve`` keeps its old database open and moves to the new one
    (:mod:`kg.serve.endpoint`).
    """
    out_dir = Path(out_dir)
    target = out_dir / STORE_DIR
    link = link or Path(out_dir) / f"{STORE_DATA_PREFIX}link-{staging.name[len(STORE_DATA_PREFIX):]}"
    try:
        previous = target.resolve() if target.is_symlink() else None
        if target.exists() and not target.is_symlink():  # a store written by an older kg: a real folder
            retired = Path(tempfile.mkdtemp(prefix=STORE_DATA_PREFIX, dir=out_dir))
            retired.rmdir()
            target.rename(retired)
            previous = retired
        if not link.is_symlink():
            os.symlink(staging.name, link)  # relative: the output folder can be moved
        os.replace(link, target)
        fsync_directory(out_dir)
        if previous is not None and previous != staging.resolve():
            shutil.rmtree(previous, ignore_errors=True)
    except BaseException:
        link.unlink(missing_ok=True)
        raise
    return target


def discard_store(staging: Path) -> None:
    """Remove a staging store that will not be swapped in."""
    shutil.rmtree(staging, ignore_errors=True)


def stale_store_folders(out_dir: Path) -> list[Path]:
    """Data folders and links a killed build left in ``out_dir`` (never the live one)."""
    target = Path(out_dir) / STORE_DIR
    live = target.resolve() if target.is_symlink() else None
    return [p for p in Path(out_dir).glob(f"{STORE_DATA_PREFIX}*") if p.resolve() != live or p.is_symlink()]


def open_store(path: Path) -> ox.Store:
    """Open a built store read-only (several readers, e.g. queries and the server, may share it)."""
    path = Path(path)
    if (path / STORE_DIR).is_dir():
        path = path / STORE_DIR
    if not path.is_dir():
        raise StoreNotFound(f"no store at {path}: run `kg build` first (it writes <out>/{STORE_DIR}/)")
    return ox.Store.read_only(str(path))


def to_term(value: Any) -> ox.NamedNode | ox.Literal:
    """A parameter value as an RDF term: IRIs for http(s) strings, typed literals otherwise.

    >>> to_term("Xi Jinping").value, to_term("Xi Jinping").datatype.value
    ('Xi Jinping', 'http://www.w3.org/2001/XMLSchema#string')
    >>> to_term("https://w3id.org/newskg/actor/Japan")
    <NamedNode value=https://w3id.org/newskg/actor/Japan>
    >>> to_term(3).datatype.value
    'http://www.w3.org/2001/XMLSchema#integer'
    """
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#double"))
    text = str(value)
    if re.match(r"^https?://\S+$", text):
        return ox.NamedNode(text)
    return ox.Literal(text)


@dataclass
class QueryResult:
    """SELECT rows as Python values (IRIs and literals as strings, numbers as numbers), or a
    boolean for ASK."""

    columns: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None

    def to_csv(self, delimiter: str = ",") -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
        writer.writerow(self.columns)
        writer.writerows(["" if v is None else v for v in row] for row in self.rows)
        return buffer.getvalue()

    def to_json(self) -> str:
        if self.boolean is not None:
            return json.dumps({"boolean": self.boolean})
        return json.dumps([dict(zip(self.columns, row)) for row in self.rows], ensure_ascii=False, indent=1)


def _python(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype is not None else ""
        if datatype.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if datatype.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        if datatype.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value


def run_query(
    store: ox.Store, sparql: str, params: Mapping[str, Any] | None = None, *, bind_unselected: bool = False
) -> QueryResult:
    """Run a SPARQL query with ``params`` substituted as RDF terms (never pasted into the text).

    The default graph is the union of all graphs, and kg's prefixes are predefined. Oxigraph
    substitutes only variables the query SELECTs; with ``bind_unselected`` (the Python API, whose
    parameters always could be any variable) the terms are joined instead as a trailing ``VALUES``
    block, each written in Oxigraph's own escaped N-Triples form, so a value is still only ever
    one RDF term.
    """
    if operation := update_operation(sparql):
        raise QueryError(
            f"SPARQL updates are not supported ({operation} given): kg queries only read the store a build "
            "wrote; run kg build again to change it, or kg push to copy it to a writable store"
        )
    substitutions = {ox.Variable(name): to_term(value) for name, value in (params or {}).items()}
    try:
        try:
            result = store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=substitutions)
        except RuntimeError as exc:
            if not (bind_unselected and "SELECT projection" in str(exc)):
                raise
            names = " ".join(str(v) for v in substitutions)
            terms = " ".join(str(t) for t in substitutions.values())
            joined = f"{sparql}\nVALUES ({names}) {{ ({terms}) }}"
            result = store.query(joined, prefixes=PREFIXES, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {explain_error(str(exc), sparql)}") from None
    except RuntimeError as exc:
        if "SELECT projection" in str(exc):
            raise QueryError(f"{exc}: a bound parameter must be a variable the query SELECTs") from None
        raise QueryError(f"SPARQL query failed: {exc}") from None
    except (OSError, ValueError) as exc:
        raise QueryError(f"SPARQL query failed: {exc}") from None
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(["boolean"], [[bool(result)]], boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        return QueryResult(columns, [[_python(solution[c]) for c in columns] for solution in result])
    # CONSTRUCT / DESCRIBE: one row per triple
    return QueryResult(["subject", "predicate", "object"], [[_python(t.subject), _python(t.predicate), _python(t.object)] for t in result])


# ---------------------------------------------------------------------------- named queries


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    parameters: tuple[str, ...]  # required
    text: str
    optional: tuple[str, ...] = ()  # may be left unbound ("# param: actor - ... (optional)")
    kinds: tuple[tuple[str, str], ...] = ()  # (parameter, "actor" | "event class"): resolved before binding

    def missing(self, params: Mapping[str, Any]) -> list[str]:
        """The required parameters ``params`` does not give."""
        return [p for p in self.parameters if p not in params]

    def resolve(self, store: ox.Store, params: Mapping[str, Any]) -> dict[str, Any]:
        """``params`` with each actor named as the store labels it (see :func:`resolve_actor`) and
        each event class as PLOVER spells it; a :class:`~kg.errors.QueryError` when one names none."""
        kinds = dict(self.kinds)
        resolved = dict(params)
        for name, value in params.items():
            if kinds.get(name) == "actor" and isinstance(value, str):
                resolved[name] = resolve_actor(store, value, name)
            elif kinds.get(name) == "event class" and isinstance(value, str):
                resolved[name] = resolve_event_class(store, value, name)
        return resolved


def actor_names(store: ox.Store) -> dict[str, set[str]]:
    """Every actor's canonical label and its other names (``skos:altLabel``)."""
    names: dict[str, set[str]] = {}
    query = "SELECT ?label ?alias WHERE { ?a a kg:Actor ; rdfs:label ?label . OPTIONAL { ?a skos:altLabel ?alias } }"
    for label, alias in run_query(store, query).rows:
        names.setdefault(label, set())
        if alias:
            names[label].add(alias)
    return names


def resolve_actor(store: ox.Store, value: str, parameter: str = "actor") -> str:
    """The canonical label of the actor ``value`` names: the label itself; else a label or alias
    in any case; else the unique actor one of whose names starts with it, in any case ("xi",
    "Shoig"). A :class:`~kg.errors.QueryError` says which actors it could mean, or names the
    nearest when it matches none."""
    names = actor_names(store)
    if value in names:
        return value
    wanted = value.casefold().strip()
    every = {label: {label, *aliases} for label, aliases in names.items()}
    for test, how in ((lambda n: n.casefold() == wanted, "names"), (lambda n: n.casefold().startswith(wanted), "starts")):
        found = sorted(label for label, all_names in every.items() if any(test(n) for n in all_names))
        if len(found) == 1:
            return found[0]
        if found:
            shown = ", ".join(repr(f) for f in found[:8]) + (f" and {len(found) - 8} more" if len(found) > 8 else "")
            what = "names" if how == "names" else "is the start of the names of"
            raise QueryError(f"parameter {parameter}={value!r} {what} {len(found)} actors: {shown}; give one of them in full")
    from rapidfuzz import fuzz, process

    choices = sorted({n for all_names in every.values() for n in all_names})
    near = [match for match, _, _ in process.extract(value, choices, scorer=fuzz.WRatio, limit=5, score_cutoff=60)]
    hint = f"; nearest names: {', '.join(repr(n) for n in near)}" if near else ""
    raise QueryError(
        f"parameter {parameter}={value!r}: no actor in the store has that name, an alias like it, or a name that "
        f"starts with it (any case){hint}; kg query --name top_actors lists the actors"
    )


def resolve_event_class(store: ox.Store, value: str, parameter: str = "event") -> str:
    """A PLOVER class as PLOVER spells it (``accuse`` -> ``ACCUSE``); a
    :class:`~kg.errors.QueryError` listing the classes when ``value`` is none of them. (The classes
    are those of ``ontology/plover.ttl``: a build's store has only the ones it used.)"""
    scheme = (resources.files("kg") / "ontology" / "plover.ttl").read_bytes()
    notation = ox.NamedNode("http://www.w3.org/2004/02/skos/core#notation")
    classes = sorted({q.object.value for q in ox.parse(scheme, format=ox.RdfFormat.TURTLE) if q.predicate == notation})
    for name in classes:
        if name.casefold() == value.casefold().strip():
            return name
    raise QueryError(f"parameter {parameter}={value!r}: not a PLOVER event class (one of: {', '.join(classes)})")


def named_query(name: str) -> NamedQuery:
    """The bundled query ``name``, or a :class:`~kg.errors.QueryError` naming the others."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r} (available: {', '.join(queries)})")
    return queries[name]


_PARAM = re.compile(r"param:\s*(\w+)\s*(?:\(([^)]*)\))?\s*-")


def named_queries() -> dict[str, NamedQuery]:
    """The bundled queries (``ontology/queries/*.rq``). Each file starts with ``#`` comment
    lines: the first is the description; ``# param: name (kind) - what it is`` lines name the
    parameters, "(optional)" at the end when one may be left out; the kind, ``actor`` or
    ``event class``, says how a value is resolved (see :meth:`NamedQuery.resolve`)."""
    queries = {}
    folder = resources.files("kg") / "ontology" / "queries"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        declared = [(_PARAM.match(c), c) for c in comments if c.startswith("param:")]
        names = [m.group(1) for m, _ in declared if m]
        optional = tuple(m.group(1) for m, c in declared if m and c.endswith("(optional)"))
        kinds = tuple((m.group(1), m.group(2)) for m, _ in declared if m and m.group(2))
        params = tuple(n for n in names if n not in optional)
        description = next((c for c in comments if not c.startswith("param:")), "")
        queries[entry.name[:-3]] = NamedQuery(entry.name[:-3], description, params, text, optional, kinds)
    return queries
