"""BuildResult -> RDF dataset (TriG), the graph's machine-readable output.

Layout (vocabulary in ``ontology/kg.ttl``):

* one named graph per document (graph IRI = the document IRI) holding that document's
  statements twice: as n-ary ``kg:Statement`` nodes carrying the evidence (sentence,
  offsets, polarity, modality, confidence, provenance), and as direct
  ``<subject> rel:<lemma> <object>`` edges so simple SPARQL needs no joins;
* the default graph holds what is shared across documents: document metadata
  (schema.org / PROV-O), the actors (schema.org types, RDFS/SKOS labels) and a
  declaration of every ``rel:`` property used.

A negated statement ("X did not attack Y") gets its statement node but no direct edge:
the edge would assert the opposite of what the sentence said.

User text (labels, sentences, titles, URLs) only ever becomes a literal or goes through
the percent-encoding IRI helpers of :mod:`kg.namespaces`; nothing here mints blank nodes
or timestamps, so the same BuildResult always gives an isomorphic dataset.
"""

from __future__ import annotations

import datetime
import math
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib import namespace as ns  # ns.SDO / ns.XSD: as module globals they warn in pytest's doctest scan
from rdflib.namespace import PROV

from kg.fileio import atomic_write_text
from kg.lexicon import load_gazetteer
from kg.namespaces import ACTOR, DOC, EVENT, KG, PLOVER, REL, STATEMENT, WD, document_iri, relation_iri, statement_iri
from kg.types import Actor, BuildResult, Document, Event, Statement

__all__ = ["to_dataset", "write_trig"]

# Actor.type -> extra rdf:type besides kg:Actor; unknown types get kg:Actor only.
_ACTOR_CLASSES: dict[str, URIRef] = {
    "Person": ns.SDO.Person,
    "Country": ns.SDO.Country,
    "Organization": ns.SDO.Organization,
    "Place": ns.SDO.Place,
    "Group": KG.Group,
}

# Characters that may not appear in an IRI (RFC 3987) and would break N-Triples/TriG output.
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iri(value: str) -> URIRef:
    """An IRI that arrived as data (Actor.id, Statement.id): refuse it rather than emit broken TriG."""
    if not value or _NOT_IRI.search(value) or ":" not in value:
        raise ValueError(f"not a usable IRI: {value!r}")
    return URIRef(value)


def _bind(dataset: Dataset) -> None:
    """Readable prefixes in the TriG output."""
    for prefix, namespace in (
        ("kg", KG),
        ("rel", REL),
        ("actor", ACTOR),
        ("stmt", STATEMENT),
        ("doc", DOC),
        ("event", EVENT),
        ("plover", PLOVER),
        ("schema", ns.SDO),
        ("prov", PROV),
        ("skos", SKOS),
        ("xsd", ns.XSD),
        ("rdfs", RDFS),
        ("owl", OWL),
        ("wd", WD),
    ):
        dataset.bind(prefix, namespace, override=True, replace=True)


def _date_literal(date: str) -> Literal:
    """xsd:date only when it really is one; anything else stays a plain string, never dropped."""
    if _ISO_DATE.fullmatch(date):
        try:
            datetime.date.fromisoformat(date)  # checked here: rdflib only logs bad dates
        except ValueError:
            return Literal(date)
        return Literal(date, datatype=ns.XSD.date)
    return Literal(date)


def _confidence_literal(confidence: float) -> Literal:
    """xsd:decimal reads as written ("0.6", not "6e-01"); NaN/inf have no decimal form."""
    value = float(confidence)
    if math.isfinite(value):
        return Literal(Decimal(repr(value)), datatype=ns.XSD.decimal)
    return Literal(value, datatype=ns.XSD.double)


def _add_document(graph: Graph, doc: Document) -> None:
    node = URIRef(document_iri(doc.id))
    graph.add((node, RDF.type, ns.SDO.NewsArticle))
    graph.add((node, RDF.type, PROV.Entity))
    graph.add((node, ns.SDO.identifier, Literal(doc.id)))
    graph.add((node, KG.source, Literal(doc.source)))
    graph.add((node, KG["format"], Literal(doc.format)))
    if doc.title is not None:
        graph.add((node, ns.SDO.headline, Literal(doc.title)))
    if doc.date is not None:
        graph.add((node, ns.SDO.datePublished, _date_literal(doc.date)))
    if doc.url is not None:
        # A literal, never an IRI node: the URL is untrusted input and may not even be valid.
        graph.add((node, ns.SDO.url, Literal(doc.url, datatype=ns.XSD.anyURI)))


def _add_actor(graph: Graph, actor: Actor) -> None:
    node = _iri(actor.id)
    graph.add((node, RDF.type, KG.Actor))
    extra = _ACTOR_CLASSES.get(actor.type)
    if extra is not None:
        graph.add((node, RDF.type, extra))
    graph.add((node, RDFS.label, Literal(actor.label)))
    graph.add((node, SKOS.prefLabel, Literal(actor.label)))
    for alias in actor.aliases:
        if alias != actor.label:
            graph.add((node, SKOS.altLabel, Literal(alias)))
    if actor.affiliation:
        graph.add((node, KG.affiliatedWith, _iri(actor.affiliation)))
    entry = load_gazetteer().lookup(actor.label)
    if entry is None or entry.label != actor.label or entry.type != actor.type:
        return  # only the gazetteer's own actor gets its codes, never a namesake NER found
    if entry.wikidata:
        graph.add((node, OWL.sameAs, WD[entry.wikidata]))
    if entry.iso3166:
        graph.add((node, KG.iso3166Alpha2, Literal(entry.iso3166[0])))
        graph.add((node, KG.iso3166Alpha3, Literal(entry.iso3166[1])))


def _add_relation_property(graph: Graph, lemma: str) -> None:
    prop = URIRef(relation_iri(lemma))
    graph.add((prop, RDF.type, OWL.ObjectProperty))
    graph.add((prop, RDFS.label, Literal(lemma)))
    graph.add((prop, RDFS.subPropertyOf, KG.relatedTo))


def _add_statement(graph: Graph, st: Statement) -> None:
    node = _iri(statement_iri(st.id))
    subject = _iri(st.subject.actor.id)
    obj = _iri(st.object.actor.id)
    relation = URIRef(relation_iri(st.relation.lemma))
    graph.add((node, RDF.type, KG.Statement))
    graph.add((node, KG.subject, subject))
    graph.add((node, KG.object, obj))
    graph.add((node, KG.relation, relation))
    graph.add((node, KG.lemma, Literal(st.relation.lemma)))
    graph.add((node, KG.relationText, Literal(st.relation.text)))
    graph.add((node, KG.subjectText, Literal(st.subject.text)))
    graph.add((node, KG.objectText, Literal(st.object.text)))
    graph.add((node, KG.evidence, Literal(st.sentence)))
    graph.add((node, KG.charStart, Literal(int(st.char_start), datatype=ns.XSD.integer)))
    graph.add((node, KG.charEnd, Literal(int(st.char_end), datatype=ns.XSD.integer)))
    graph.add((node, KG.negated, Literal(bool(st.negated), datatype=ns.XSD.boolean)))
    if st.modality is not None:
        graph.add((node, KG.modality, Literal(st.modality)))
    graph.add((node, KG.confidence, _confidence_literal(st.confidence)))
    if st.relation.event is not None:
        graph.add((node, KG.eventType, PLOVER[st.relation.event]))
    if st.relation.quad is not None:
        graph.add((node, KG.quadClass, PLOVER[st.relation.quad.replace(" ", "_")]))
    if st.relation.cameo is not None:
        graph.add((node, KG.cameoCode, Literal(st.relation.cameo)))
    graph.add((node, PROV.wasDerivedFrom, URIRef(document_iri(st.doc))))
    if st.date is not None and st.date_precision is not None:
        graph.add((node, KG.date, _precise_date_literal(st.date, st.date_precision)))
    if st.event_id is not None:
        graph.add((node, KG.reports, EVENT[st.event_id]))
    if not st.negated:
        graph.add((subject, relation, obj))


def _precise_date_literal(date: str, precision: str) -> Literal:
    """A date typed by what is known of it: xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {"day": ns.XSD.date, "month": ns.XSD.gYearMonth, "year": ns.XSD.gYear}[precision]
    return Literal(date, datatype=datatype)


def _add_event(graph: Graph, event: Event) -> None:
    """The event node: who, what, when, and every report of it (PROV-O: derived from the documents)."""
    node = EVENT[event.id]
    graph.add((node, RDF.type, KG.Event))
    graph.add((node, KG.eventSubject, _iri(event.subject.id)))  # not kg:subject: "?s kg:subject ?a"
    graph.add((node, KG.eventObject, _iri(event.object.id)))  # must keep meaning "statements only"
    graph.add((node, KG.relation, URIRef(relation_iri(event.lemma))))
    graph.add((node, KG.lemma, Literal(event.lemma)))
    graph.add((node, KG.negated, Literal(bool(event.negated), datatype=ns.XSD.boolean)))
    if event.event is not None:
        graph.add((node, KG.eventType, PLOVER[event.event]))
    if event.quad is not None:
        graph.add((node, KG.quadClass, PLOVER[event.quad.replace(" ", "_")]))
    if event.date is not None and event.date_precision is not None:
        graph.add((node, KG.date, _precise_date_literal(event.date, event.date_precision)))
    graph.add((node, KG.sourceCount, Literal(int(event.sources), datatype=ns.XSD.integer)))
    graph.add((node, KG.confidence, _confidence_literal(event.confidence)))
    for statement_id in event.statements:
        graph.add((node, KG.reportedBy, _iri(statement_iri(statement_id))))
    for doc_id in event.documents:
        graph.add((node, PROV.wasDerivedFrom, URIRef(document_iri(doc_id))))


def _all_actors(result: BuildResult) -> list[Actor]:
    """Registered actors plus any only reachable through a statement, so every edge end is typed."""
    actors: dict[str, Actor] = {}
    for st in result.statements:
        for argument in (st.subject, st.object):
            actors.setdefault(argument.actor.id, argument.actor)
    actors.update({actor.id: actor for actor in result.actors.values()})
    return [actors[key] for key in sorted(actors)]


def _add_event_concept(graph: Graph, label: str) -> None:
    """The event classes used, labelled, so the graph answers "which class?" on its own
    (the full SKOS scheme, with definitions, is ontology/plover.ttl)."""
    concept = PLOVER[label.replace(" ", "_")]
    graph.add((concept, RDF.type, SKOS.Concept))
    graph.add((concept, SKOS.prefLabel, Literal(label, lang="en")))
    graph.add((concept, SKOS.inScheme, PLOVER.scheme))


def to_dataset(result: BuildResult) -> Dataset:
    """The whole build as an RDF dataset: shared facts in the default graph, statements per document."""
    dataset = Dataset()
    _bind(dataset)
    _emit(result, dataset)
    return dataset


def _emit(result: BuildResult, dataset: Any) -> None:
    """Every triple of the build into ``dataset`` (an rdflib ``Dataset``, or a :class:`_QuadSink`)."""
    for doc in sorted(result.documents, key=lambda d: d.id):
        _add_document(dataset, doc)
    for actor in _all_actors(result):
        _add_actor(dataset, actor)
    for lemma in sorted({st.relation.lemma for st in result.statements}):
        _add_relation_property(dataset, lemma)
    concepts = {st.relation.event for st in result.statements} | {st.relation.quad for st in result.statements}
    for concept in sorted(c for c in concepts if c):
        _add_event_concept(dataset, concept)
    for lemma in sorted({event.lemma for event in result.events} - {st.relation.lemma for st in result.statements}):
        _add_relation_property(dataset, lemma)
    for event in sorted(result.events, key=lambda e: e.id):
        _add_event(dataset, event)
    for st in sorted(result.statements, key=lambda s: (s.doc, s.id)):
        _add_statement(dataset.graph(URIRef(document_iri(st.doc))), st)


class _QuadSink:
    """Takes ``add((s, p, o))`` like an rdflib graph but keeps pyoxigraph quads: the outputs are
    written from these, without an rdflib ``Dataset`` (which held most of a large build's memory
    and time)."""

    def __init__(self, quads: set[Any], graph_name: Any = None) -> None:
        import pyoxigraph as ox

        self.quads, self.graph_name = quads, graph_name if graph_name is not None else ox.DefaultGraph()

    def add(self, triple: tuple[Any, Any, Any]) -> None:
        import pyoxigraph as ox

        s, p, o = (_ox_term(term) for term in triple)
        self.quads.add(ox.Quad(s, p, o, self.graph_name))

    def graph(self, name: URIRef) -> _QuadSink:
        return _QuadSink(self.quads, _ox_term(name))


def _ox_term(term: Any) -> Any:
    import pyoxigraph as ox

    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.NamedNode(str(term))


def build_trig(result: BuildResult) -> str:
    """``graph.trig`` for a build, written by Oxigraph from the build's quads: no rdflib
    ``Dataset`` on the way (rdflib's graph and TriG writer were most of a large build's output
    time and memory)."""
    quads: set[Any] = set()
    _emit(result, _QuadSink(quads))
    return _serialize_trig(quads)


def _serialize_trig(quads: set[Any]) -> str:
    """TriG with kg's prefixes, quads sorted (graph, subject, predicate, object): the same bytes on
    every run, and each subject's triples together (written as one "s p o ; p o ." block)."""
    import pyoxigraph as ox

    from kg.store import PREFIXES

    ordered = sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return ox.serialize(ordered, format=ox.RdfFormat.TRIG, prefixes=dict(sorted(PREFIXES.items()))).decode("utf-8")


def write_trig(result: BuildResult, path: Path) -> None:
    """Serialize to TriG and write it atomically, so readers never see a half-written graph."""
    atomic_write_text(Path(path), build_trig(result))
