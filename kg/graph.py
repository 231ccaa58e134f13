"""The Python API: a knowledge graph you can build, load, tabulate, query, slice and draw.

It feels like pandas and networkx on purpose: tables come back as ``DataFrame``s, graphs as
``networkx.MultiDiGraph``s, and a :class:`KnowledgeGraph` can be sliced into a smaller one.
The CLI is a thin layer over the same functions.

>>> g = KnowledgeGraph.from_texts({"d1": "China urged Japan to retract the remarks. Japan rejected the demand."})
>>> g
KnowledgeGraph(documents=1, actors=2, statements=1)
>>> g.statements()[["subject", "relation", "object", "event"]].to_dict("records")
[{'subject': 'China', 'relation': 'urge', 'object': 'Japan', 'event': 'REQUEST'}]
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError
from kg.types import Actor, Argument, BuildResult, Document, Relation, Statement, statement_row

if TYPE_CHECKING:  # heavy imports stay out of ``import kg``
    import networkx as nx
    import pandas as pd
    import pyoxigraph as ox
    from spacy.language import Language

STATEMENT_COLUMNS = [
    "subject", "relation", "object", "event", "quad", "cameo", "negated", "modality", "confidence",
    "doc", "sentence", "subject_text", "relation_text", "object_text", "subject_type", "object_type",
    "char_start", "char_end", "id", "subject_id", "object_id", "date", "date_precision", "event_id",
]  # fmt: skip

EDGE_ATTRIBUTES = [
    "relation", "relation_text", "event", "quad", "cameo", "negated", "modality", "confidence", "doc", "sentence",
    "char_start", "char_end", "subject_text", "object_text", "date", "date_precision", "event_id",
]  # fmt: skip
"""The columns of :func:`~kg.types.statement_row` that ``to_networkx`` keeps on each edge (the
actors are the edge's ends, the statement id its key)."""

EVENT_COLUMNS = [
    "date", "date_precision", "subject", "relation", "object", "event", "quad", "negated", "sources",
    "reports", "confidence", "documents", "id", "subject_id", "object_id",
]  # fmt: skip


class KnowledgeGraph:
    """Statements between actors, with their documents and evidence.

    Build one from files (:meth:`build`), from strings (:meth:`from_texts`), or load the output
    of ``kg build`` (:meth:`load`).
    """

    def __init__(self, result: BuildResult, built: Path | None = None) -> None:
        self.result = result
        self.built = built  # the output directory it was loaded from, if any (its store answers queries)

    # ------------------------------------------------------------------ making one

    @classmethod
    def build(
        cls, paths: Sequence[str | Path] = (), *, model: str | None = None, fmt: str = "auto", nlp: Language | None = None
    ) -> KnowledgeGraph:
        """Build from files or folders (default: the bundled sample corpus), like ``kg build``."""
        from kg.pipeline import build

        return cls(build(paths, model=model, fmt=fmt, nlp=nlp))

    @classmethod
    def from_texts(cls, texts: Mapping[str, str], *, model: str | None = None, nlp: Language | None = None) -> KnowledgeGraph:
        """Build from ``{document id: text}``; the text goes through the same furniture removal as files."""
        from kg.ingest.clean import clean_text
        from kg.pipeline import build_documents

        documents = []
        for doc_id, text in texts.items():
            body, title = clean_text(text)
            documents.append(Document(id=doc_id, text=body, source="<text>", title=title))
        return cls(build_documents(documents, nlp=nlp, model=model))

    @classmethod
    def load(cls, out_dir: str | Path = "output") -> KnowledgeGraph:
        """Load what ``kg build`` wrote: statements from ``triples.jsonl``, actors (aliases,
        affiliations) and document metadata from ``graph.trig``. Document texts are not stored
        there, so loaded documents carry an empty ``text``."""
        from kg.errors import InputNotFound

        out = Path(out_dir)
        triples, trig = out / "triples.jsonl", out / "graph.trig"
        for path in (triples, trig):
            if not path.exists():
                raise InputNotFound(f"{path} not found: run `kg build --out {out}` first")
        actors, documents = _metadata_from_trig(trig)
        statements = []
        for lineno, line in enumerate(triples.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                statements.append(_statement_from_json(json.loads(line), actors))
        for st in statements:  # an actor known only from triples.jsonl still gets an entry
            for arg in (st.subject, st.object):
                actors.setdefault(arg.actor.id, arg.actor)
        return cls(_with_events(BuildResult(documents=documents, statements=statements, actors=actors)), out)

    def save(self, out_dir: str | Path = "output") -> list[Path]:
        """Write triples.jsonl, graph.trig and graph.html, atomically, like ``kg build``."""
        from kg.pipeline import write_outputs

        return write_outputs(self.result, Path(out_dir))

    # ------------------------------------------------------------------ looking at it

    @property
    def documents(self) -> list[Document]:
        return self.result.documents

    def __len__(self) -> int:
        return len(self.result.statements)

    def __repr__(self) -> str:
        return (
            f"KnowledgeGraph(documents={len(self.result.documents)}, actors={len(self._actor_ids)}, "
            f"statements={len(self.result.statements)})"
        )

    def _repr_html_(self) -> str:
        top = self.actors().head(5)
        rows = "".join(
            f"<tr><td>{html.escape(r.label)}</td><td>{html.escape(r.type)}</td><td>{r.degree}</td></tr>"
            for r in top.itertuples()
        )
        return (
            f"<p><b>KnowledgeGraph</b>: {len(self.result.documents)} documents, {len(self._actor_ids)} actors, "
            f"{len(self.result.statements)} statements</p>"
            f"<table><tr><th>actor</th><th>type</th><th>statements</th></tr>{rows}</table>"
        )

    @cached_property
    def _actor_ids(self) -> set[str]:
        return {a.actor.id for st in self.result.statements for a in (st.subject, st.object)}

    def statements(self) -> pd.DataFrame:
        """One row per statement with its evidence sentence (columns: ``STATEMENT_COLUMNS``)."""
        import pandas as pd

        rows = [statement_row(st) for st in self.result.statements]
        return pd.DataFrame(rows, columns=STATEMENT_COLUMNS)

    def events(self) -> pd.DataFrame:
        """One row per real-world event (reports grouped across documents), in date order, undated last.

        ``date`` is a string at the precision the text gives ("2025-11-24", "2025-11", "2025");
        ``sources`` counts independent outlets, ``reports`` the statements; ``pd.to_datetime``
        on ``date`` gives the first day of a month or year.
        """
        import pandas as pd

        rows = [
            {
                "date": e.date, "date_precision": e.date_precision, "subject": e.subject.label, "relation": e.lemma,
                "object": e.object.label, "event": e.event, "quad": e.quad, "negated": e.negated,
                "sources": e.sources, "reports": len(e.statements), "confidence": e.confidence,
                "documents": list(e.documents), "id": e.id, "subject_id": e.subject.id, "object_id": e.object.id,
            }  # fmt: skip
            for e in self.result.events
        ]
        frame = pd.DataFrame(rows, columns=EVENT_COLUMNS)
        return frame.sort_values("date", na_position="last", kind="stable", ignore_index=True)

    def actors(self) -> pd.DataFrame:
        """One row per actor in a statement: label, type, aliases, links (affiliation), degree
        (statements it takes part in), id; biggest first."""
        import pandas as pd

        degree: dict[str, int] = {}
        for st in self.result.statements:
            for arg in (st.subject, st.object):
                degree[arg.actor.id] = degree.get(arg.actor.id, 0) + 1
        by_id = self.result.actors
        rows = []
        for actor_id, count in degree.items():
            actor = by_id.get(actor_id) or self._actor(actor_id)
            affiliation = by_id.get(actor.affiliation) if actor.affiliation else None
            rows.append(
                {
                    "label": actor.label,
                    "type": actor.type,
                    "aliases": list(actor.aliases),
                    "links": [affiliation.label if affiliation else actor.affiliation] if actor.affiliation else [],
                    "degree": count,
                    "id": actor.id,
                }
            )
        frame = pd.DataFrame(rows, columns=["label", "type", "aliases", "links", "degree", "id"])
        return frame.sort_values(["degree", "label"], ascending=[False, True], ignore_index=True)

    def _actor(self, actor_id: str) -> Actor:
        for st in self.result.statements:
            for arg in (st.subject, st.object):
                if arg.actor.id == actor_id:
                    return arg.actor
        raise KeyError(actor_id)

    # ------------------------------------------------------------------ SPARQL

    @cached_property
    def store(self) -> ox.Store:
        """The graph in Oxigraph, the engine ``kg query`` uses: a loaded build's own store
        (read-only), or the graph's TriG loaded into memory."""
        import pyoxigraph as ox

        from kg.outputs.rdf import build_trig
        from kg.outputs.store import STORE_DIR, open_store

        if self.built is not None and (self.built / STORE_DIR).is_dir():
            return open_store(self.built)
        store = ox.Store()
        store.bulk_load(build_trig(self.result).encode("utf-8"), format=ox.RdfFormat.TRIG)
        return store

    def query(self, sparql: str, **params: Any) -> pd.DataFrame:
        """Run SPARQL (as ``kg query`` does) and return a DataFrame, one column per variable
        (IRIs and literals as strings, numbers as numbers, booleans as booleans).

        Keyword arguments are bound to the variables of the same name as RDF terms, never pasted
        into the query text as text: a ``str`` that starts with ``http://`` or ``https://`` becomes
        an IRI, any other value a typed literal (see :func:`kg.outputs.store.run_query`; unlike
        ``kg query``, the variable need not be one the query SELECTs). kg's prefixes (kg, rel, actor, stmt, doc, event,
        plover, schema, prov, skos, rdfs, rdf, owl, xsd, wd) are predefined, and the default
        graph is the union of all graphs.

        >>> g = KnowledgeGraph.from_texts({"d1": "China urged Japan to retract the remarks."})
        >>> q = "SELECT ?who WHERE { ?s kg:subject/rdfs:label ?who ; kg:object/rdfs:label ?target }"
        >>> g.query(q, target="Japan").to_dict("records")
        [{'who': 'China'}]
        """
        import pandas as pd

        from kg.outputs.store import run_query

        result = run_query(self.store, sparql, params, bind_unselected=True)
        return pd.DataFrame(result.rows, columns=result.columns)

    def named_query(self, name: str, **params: Any) -> pd.DataFrame:
        """Run one of the bundled queries (``kg query --list``; ``ontology/queries/*.rq``).

        >>> g = KnowledgeGraph.from_texts({"d1": "China urged Japan to retract the remarks."})
        >>> g.named_query("actor_statements", actor="Japan")[["subject", "relation", "object"]].to_dict("records")
        [{'subject': 'China', 'relation': 'urge', 'object': 'Japan'}]
        """
        from kg.outputs.store import named_query

        query = named_query(name)
        if missing := query.missing(params):
            raise QueryError(f"query {name!r} needs the parameter(s) {', '.join(missing)}")
        return self.query(query.text, **query.resolve(self.store, params))

    # ------------------------------------------------------------------ networkx

    def to_networkx(self) -> nx.MultiDiGraph:
        """Actors as nodes (keyed by IRI), statements as edges (keyed by statement id); every
        field of both is kept as an attribute."""
        import networkx as nx

        graph = nx.MultiDiGraph()
        actors = self.result.actors
        for st in self.result.statements:
            for arg in (st.subject, st.object):
                actor = actors.get(arg.actor.id, arg.actor)
                graph.add_node(
                    actor.id, label=actor.label, type=actor.type, aliases=list(actor.aliases), affiliation=actor.affiliation
                )
            row = statement_row(st)
            graph.add_edge(st.subject.actor.id, st.object.actor.id, key=st.id, **{name: row[name] for name in EDGE_ATTRIBUTES})
        return graph

    def find(self, name: str) -> Actor:
        """The actor called ``name`` (label or alias, any case).

        >>> KnowledgeGraph.from_texts({"d": "Beijing criticised Tokyo."}).find("beijing").label
        'China'
        """
        wanted = name.casefold().strip()
        for actor in {a.actor.id: a.actor for st in self.result.statements for a in (st.subject, st.object)}.values():
            known = self.result.actors.get(actor.id, actor)
            if wanted in {known.label.casefold(), *(alias.casefold() for alias in known.aliases)}:
                return known
        raise KeyError(f"no actor called {name!r}; see .actors() for the labels")

    def ego(self, name: str, radius: int = 1) -> KnowledgeGraph:
        """The sub-graph of actors within ``radius`` statements of ``name`` (either direction)."""
        import networkx as nx

        centre = self.find(name)
        undirected = nx.Graph()
        for st in self.result.statements:
            undirected.add_edge(st.subject.actor.id, st.object.actor.id)
        keep = set(nx.ego_graph(undirected, centre.id, radius=radius))
        return self.filter(lambda st: st.subject.actor.id in keep and st.object.actor.id in keep)

    def filter(self, keep: Any) -> KnowledgeGraph:
        """A new graph with the statements for which ``keep(statement)`` is true."""
        statements = [st for st in self.result.statements if keep(st)]
        docs = {st.doc for st in statements}
        return KnowledgeGraph(
            _with_events(
                replace(
                    self.result,
                    statements=statements,
                    documents=[d for d in self.result.documents if d.id in docs],
                    skipped=[],
                )
            )
        )

    # ------------------------------------------------------------------ drawing

    def show(
        self, event: str | None = None, relation: str | None = None, height: int = 600, file: str | Path | None = None
    ) -> GraphView:
        """The interactive graph, inline in Jupyter (offline: everything is inside the page).

        ``event`` keeps one PLOVER class ("ACCUSE"), ``relation`` one lemma ("urge").

        The page is self-contained, so it weighs over a megabyte (the graph library is inside),
        and an inline view puts all of it in the notebook's output. ``file`` writes the page to
        that path instead, relative to the notebook's folder, and the output is only an
        ``<iframe>`` that loads it: notebooks you keep or commit stay small.
        """
        from kg.outputs.viewer import render_html

        shown = self.filter(
            lambda st: (event is None or st.relation.event == event.upper())
            and (relation is None or st.relation.lemma == relation)
        )
        actors = len({a.actor.id for st in shown.result.statements for a in (st.subject, st.object)})
        view = GraphView(render_html(shown.result), height, actors, len(shown.result.statements))
        if file is None:
            return view
        path = Path(file)
        if path.is_absolute():
            try:
                path = path.relative_to(Path.cwd())
            except ValueError:
                raise ValueError(
                    f"show(file={str(file)!r}): give a path inside the notebook's folder ({Path.cwd()}), "
                    "where Jupyter can serve it to the iframe"
                ) from None
        view.save(path)
        return replace(view, src=path.as_posix())


@dataclass(frozen=True)
class GraphView:
    """A rendered viewer page; Jupyter shows it in a sandboxed iframe: inline, or loaded from
    ``src`` (a file :meth:`KnowledgeGraph.show` wrote) so the notebook holds no copy of it."""

    page: str
    height: int = 600
    actors: int = 0
    statements: int = 0
    src: str | None = None

    def __repr__(self) -> str:
        where = f"written to {self.src}" if self.src else "shown inline in Jupyter"
        return (
            f"GraphView({self.actors} actors, {self.statements} statements; an interactive page of "
            f"{len(self.page.encode('utf-8')) / 1e6:.1f} MB, {where}; .save(path) writes it)"
        )

    def _repr_html_(self) -> str:
        from urllib.parse import quote

        source = f'src="{html.escape(quote(self.src), quote=True)}"' if self.src else f'srcdoc="{html.escape(self.page, quote=True)}"'
        return (
            f'<iframe {source} width="100%" height="{self.height}" '
            'style="border:1px solid #ddd" sandbox="allow-scripts"></iframe>'
        )

    def save(self, path: str | Path) -> Path:
        from kg.fileio import atomic_write_text

        Path(path).parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(Path(path), self.page)
        return Path(path)


# ---------------------------------------------------------------------- loading helpers


def _with_events(result: BuildResult) -> BuildResult:
    """Events regrouped from the statements (their dates are kept): the same ids as the build."""
    from kg.events.grouping import group_events

    result.statements, result.events = group_events(result.statements, result.documents)
    return result


def _statement_from_json(record: dict[str, Any], actors: dict[str, Actor]) -> Statement:
    def argument(part: dict[str, Any]) -> Argument:
        actor = actors.get(part["id"]) or Actor(id=part["id"], label=part["label"], type=part["type"])
        return Argument(actor, part.get("text", part["label"]))

    relation = record["relation"]
    return Statement(
        id=record["id"],
        doc=record["doc"],
        sentence=record["sentence"],
        char_start=record["char_start"],
        char_end=record["char_end"],
        subject=argument(record["subject"]),
        relation=Relation(relation["lemma"], relation.get("text", relation["lemma"]),
                          relation.get("event"), relation.get("quad"), relation.get("cameo")),  # fmt: skip
        object=argument(record["object"]),
        negated=record.get("negated", False),
        modality=record.get("modality"),
        confidence=record.get("confidence", 0.5),
        date=record.get("date"),
        date_precision=record.get("date_precision"),
        event_id=record.get("event_id"),
    )


def _metadata_from_trig(path: Path) -> tuple[dict[str, Actor], list[Document]]:
    """Actors and documents from the default graph of a ``graph.trig``."""
    from rdflib import RDF, RDFS, SKOS, Dataset
    from rdflib.namespace import SDO

    from kg.namespaces import KG

    dataset = Dataset()
    dataset.parse(path, format="trig")
    default = dataset.default_graph
    types = {SDO.Person: "Person", SDO.Country: "Country", SDO.Organization: "Organization", SDO.Place: "Place", KG.Group: "Group"}
    actors: dict[str, Actor] = {}
    for node in default.subjects(RDF.type, KG.Actor):
        kinds = [types[t] for t in default.objects(node, RDF.type) if t in types]
        label = default.value(node, RDFS.label)
        affiliation = default.value(node, KG.affiliatedWith)
        actors[str(node)] = Actor(
            id=str(node),
            label=str(label) if label is not None else str(node),
            type=kinds[0] if kinds else "Actor",
            aliases=tuple(sorted(str(a) for a in default.objects(node, SKOS.altLabel))),
            affiliation=str(affiliation) if affiliation is not None else None,
        )
    documents = []
    for node in sorted(default.subjects(RDF.type, SDO.NewsArticle)):
        value = lambda p: (str(v) if (v := default.value(node, p)) is not None else None)  # noqa: E731
        documents.append(
            Document(
                id=value(SDO.identifier) or str(node),
                text="",
                source=value(KG.source) or "",
                format=value(KG["format"]) or "txt",
                title=value(SDO.headline),
                date=value(SDO.datePublished),
                url=value(SDO.url),
            )
        )
    return actors, documents

