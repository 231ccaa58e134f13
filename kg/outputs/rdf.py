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
import io
import math
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import lru_cache, partial
from pathlib import Path
from typing import BinaryIO, Union

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, Dataset, Literal, URIRef
from rdflib import namespace as ns  # ns.SDO / ns.XSD: as module globals they warn in pytest's doctest scan
from rdflib.namespace import PROV

from kg.events.dates import GMONTHDAY
from kg.fileio import StagedFile
from kg.lexicon import load_gazetteer
from kg.namespaces import EVENT, KG, PLOVER, PREFIXES, WD, document_iri, relation_iri, statement_iri
from kg.types import Actor, BuildResult, Document, Event, Statement

__all__ = ["build_trig", "quads", "to_dataset", "write_trig", "write_trig_to"]

Object = Union[ox.NamedNode, ox.Literal]
Triple = tuple[ox.NamedNode, ox.NamedNode, Object]


class _Terms:
    """The ``ox.NamedNode`` terms of one namespace, each made once (``_KG.subject``), or from data
    (``_PLOVER["CONSULT"]``). Emitting pyoxigraph terms directly, rather than rdflib ones that are
    converted, made ``graph.trig`` ~5x faster to write."""

    def __init__(self, base: str) -> None:
        self._base = base

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(self._base + name)
        setattr(self, name, node)  # found as a plain attribute from now on
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        return ox.NamedNode(self._base + name)


_RDF, _RDFS, _OWL, _SKOS, _PROV = _Terms(str(RDF)), _Terms(str(RDFS)), _Terms(str(OWL)), _Terms(str(SKOS)), _Terms(str(PROV))
_SDO, _XSD, _KG, _PLOVER, _EVENT, _WD = (
    _Terms(str(ns.SDO)), _Terms(str(ns.XSD)), _Terms(str(KG)), _Terms(str(PLOVER)), _Terms(str(EVENT)), _Terms(str(WD)),
)  # fmt: skip

# Actor.type -> extra rdf:type besides kg:Actor; unknown types get kg:Actor only.
_ACTOR_CLASSES: dict[str, ox.NamedNode] = {
    "Person": _SDO.Person,
    "Country": _SDO.Country,
    "Organization": _SDO.Organization,
    "Place": _SDO.Place,
    "Group": _KG.Group,
}

# Characters that may not appear in an IRI (RFC 3987) and would break N-Triples/TriG output.
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def _iri(value: str) -> ox.NamedNode:
    """An IRI that arrived as data (Actor.id, Statement.id): refuse it rather than emit broken TriG."""
    if not value or _NOT_IRI.search(value) or ":" not in value:
        raise ValueError(f"not a usable IRI: {value!r}")
    return ox.NamedNode(value)


def _bind(dataset: Dataset) -> None:
    """Readable prefixes in the TriG output."""
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)


# ---------------------------------------------------------------------------- literals


@lru_cache(maxsize=4096)
def _typed_literal(lexical: str, datatype: str) -> ox.Literal:
    """A typed literal with the lexical form rdflib gives it (it normalises some typed values, and
    graph.trig has always been written with rdflib's forms). Dates repeat, so this is cached."""
    return ox.Literal(str(Literal(lexical, datatype=URIRef(datatype))), datatype=ox.NamedNode(datatype))


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_XSD.integer)


def _boolean(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=_XSD.boolean)


def _date_literal(date: str) -> ox.Literal:
    """xsd:date only when it really is one; anything else stays a plain string, never dropped."""
    if _ISO_DATE.fullmatch(date):
        try:
            datetime.date.fromisoformat(date)  # checked here: rdflib only logs bad dates
        except ValueError:
            return ox.Literal(date)
        return _typed_literal(date, _XSD.date.value)
    if GMONTHDAY.fullmatch(date):  # a year-less dateline: "--11-26"
        return _typed_literal(date, _XSD.gMonthDay.value)
    if _YEAR_MONTH.fullmatch(date):  # a page that gives its month only: "2024-06"
        return _typed_literal(date, _XSD.gYearMonth.value)
    return ox.Literal(date)


def _confidence_literal(confidence: float) -> ox.Literal:
    """xsd:decimal reads as written ("0.6", not "6e-01"); NaN/inf have no decimal form.

    >>> _confidence_literal(0.6).value, _confidence_literal(1e-07).value, _confidence_literal(float("inf")).value
    ('0.6', '0.0000001', 'inf')
    """
    value = float(confidence)
    if math.isfinite(value):
        return ox.Literal(f"{Decimal(repr(value)):f}", datatype=_XSD.decimal)  # rdflib's decimal form
    return ox.Literal(str(Literal(value, datatype=ns.XSD.double)), datatype=_XSD.double)


def _precise_date_literal(date: str, precision: str) -> ox.Literal:
    """A date typed by what is known of it: xsd:date, xsd:gYearMonth or xsd:gYear."""
    datatype = {"day": _XSD.date, "month": _XSD.gYearMonth, "year": _XSD.gYear}[precision]
    return _typed_literal(date, datatype.value)


# ---------------------------------------------------------------------------- triples, by subject


def _document_triples(doc: Document) -> Iterator[Triple]:
    node = ox.NamedNode(document_iri(doc.id))
    yield node, _RDF.type, _SDO.NewsArticle
    yield node, _RDF.type, _PROV.Entity
    yield node, _SDO.identifier, ox.Literal(doc.id)
    yield node, _KG.source, ox.Literal(doc.source)
    yield node, _KG.format, ox.Literal(doc.format)
    if doc.title is not None:
        yield node, _SDO.headline, ox.Literal(doc.title)
    if doc.date is not None:
        yield node, _SDO.datePublished, _date_literal(doc.date)
    if doc.url is not None:
        # A literal, never an IRI node: the URL is untrusted input and may not even be valid.
        yield node, _SDO.url, _typed_literal(doc.url, _XSD.anyURI.value)


def _actor_triples(actor: Actor) -> Iterator[Triple]:
    node = _iri(actor.id)
    yield node, _RDF.type, _KG.Actor
    extra = _ACTOR_CLASSES.get(actor.type)
    if extra is not None:
        yield node, _RDF.type, extra
    yield node, _RDFS.label, ox.Literal(actor.label)
    yield node, _SKOS.prefLabel, ox.Literal(actor.label)
    for alias in actor.aliases:
        if alias != actor.label:
            yield node, _SKOS.altLabel, ox.Literal(alias)
    if actor.affiliation:
        yield node, _KG.affiliatedWith, _iri(actor.affiliation)
    entry = load_gazetteer().lookup(actor.label)
    if entry is None or entry.type != actor.type or (entry.label != actor.label and entry.label not in actor.aliases):
        return  # only the gazetteer's own actor (also when labelled as the pages write it) gets its codes, never a namesake NER found
    if entry.wikidata:
        yield node, _OWL.sameAs, _WD[entry.wikidata]
    if entry.iso3166:
        yield node, _KG.iso3166Alpha2, ox.Literal(entry.iso3166[0])
        yield node, _KG.iso3166Alpha3, ox.Literal(entry.iso3166[1])


def _relation_property_triples(lemma: str) -> Iterator[Triple]:
    prop = ox.NamedNode(relation_iri(lemma))
    yield prop, _RDF.type, _OWL.ObjectProperty
    yield prop, _RDFS.label, ox.Literal(lemma)
    yield prop, _RDFS.subPropertyOf, _KG.relatedTo


def _statement_triples(st: Statement) -> Iterator[Triple]:
    """A statement node with its evidence, and the direct edge (in the document's graph)."""
    node = _iri(statement_iri(st.id))
    subject = _iri(st.subject.actor.id)
    obj = _iri(st.object.actor.id)
    relation = ox.NamedNode(relation_iri(st.relation.lemma))
    yield node, _RDF.type, _KG.Statement
    yield node, _KG.subject, subject
    yield node, _KG.object, obj
    yield node, _KG.relation, relation
    yield node, _KG.lemma, ox.Literal(st.relation.lemma)
    yield node, _KG.relationText, ox.Literal(st.relation.text)
    yield node, _KG.subjectText, ox.Literal(st.subject.text)
    yield node, _KG.objectText, ox.Literal(st.object.text)
    yield node, _KG.evidence, ox.Literal(st.sentence)
    yield node, _KG.charStart, _integer(st.char_start)
    yield node, _KG.charEnd, _integer(st.char_end)
    yield node, _KG.negated, _boolean(st.negated)
    if st.modality is not None:
        yield node, _KG.modality, ox.Literal(st.modality)
    yield node, _KG.confidence, _confidence_literal(st.confidence)
    if st.relation.event is not None:
        yield node, _KG.eventType, _PLOVER[st.relation.event]
    if st.relation.quad is not None:
        yield node, _KG.quadClass, _PLOVER[st.relation.quad.replace(" ", "_")]
    if st.relation.cameo is not None:
        yield node, _KG.cameoCode, ox.Literal(st.relation.cameo)
    yield node, _PROV.wasDerivedFrom, ox.NamedNode(document_iri(st.doc))
    if st.date is not None and st.date_precision is not None:
        yield node, _KG.date, _precise_date_literal(st.date, st.date_precision)
    if st.event_id is not None:
        yield node, _KG.reports, _EVENT[st.event_id]
    if not st.negated:
        yield subject, relation, obj


def _event_triples(event: Event) -> Iterator[Triple]:
    """The event node: who, what, when, and every report of it (PROV-O: derived from the documents)."""
    node = _EVENT[event.id]
    yield node, _RDF.type, _KG.Event
    yield node, _KG.eventSubject, _iri(event.subject.id)  # not kg:subject: "?s kg:subject ?a"
    yield node, _KG.eventObject, _iri(event.object.id)  # must keep meaning "statements only"
    for actor in event.participants or (event.subject, event.object):
        yield node, _KG.participant, _iri(actor.id)
    yield node, _KG.relation, ox.NamedNode(relation_iri(event.lemma))
    yield node, _KG.lemma, ox.Literal(event.lemma)
    yield node, _KG.negated, _boolean(event.negated)
    if event.event is not None:
        yield node, _KG.eventType, _PLOVER[event.event]
    if event.quad is not None:
        yield node, _KG.quadClass, _PLOVER[event.quad.replace(" ", "_")]
    if event.date is not None and event.date_precision is not None:
        yield node, _KG.date, _precise_date_literal(event.date, event.date_precision)
    yield node, _KG.sourceCount, _integer(event.sources)
    yield node, _KG.confidence, _confidence_literal(event.confidence)
    for statement_id in event.statements:
        yield node, _KG.reportedBy, _iri(statement_iri(statement_id))
    for doc_id in event.documents:
        yield node, _PROV.wasDerivedFrom, ox.NamedNode(document_iri(doc_id))


def _event_concept_triples(label: str) -> Iterator[Triple]:
    """The event classes used, labelled, so the graph answers "which class?" on its own
    (the full SKOS scheme, with definitions, is ontology/plover.ttl)."""
    concept = _PLOVER[label.replace(" ", "_")]
    yield concept, _RDF.type, _SKOS.Concept
    yield concept, _SKOS.prefLabel, ox.Literal(label, language="en")
    yield concept, _SKOS.inScheme, _PLOVER.scheme


def _all_actors(result: BuildResult) -> list[Actor]:
    """Registered actors plus any only reachable through a statement, so every edge end is typed."""
    actors: dict[str, Actor] = {}
    for st in result.statements:
        for argument in (st.subject, st.object):
            actors.setdefault(argument.actor.id, argument.actor)
    actors.update({actor.id: actor for actor in result.actors.values()})
    return [actors[key] for key in sorted(actors)]


# ---------------------------------------------------------------------------- the dataset

Subject = tuple[ox.NamedNode, Callable[[], Iterator[Triple]]]
"""A subject of the default graph and the function that emits its triples (all with that subject)."""


def _default_graph(result: BuildResult) -> Iterator[Subject]:
    """What is shared across documents: documents, actors, relation properties, event classes, events."""
    for doc in sorted(result.documents, key=lambda d: d.id):
        yield ox.NamedNode(document_iri(doc.id)), partial(_document_triples, doc)
    for actor in _all_actors(result):
        yield _iri(actor.id), partial(_actor_triples, actor)
    lemmas = {st.relation.lemma for st in result.statements}
    for lemma in sorted(lemmas):
        yield ox.NamedNode(relation_iri(lemma)), partial(_relation_property_triples, lemma)
    concepts = {st.relation.event for st in result.statements} | {st.relation.quad for st in result.statements}
    for concept in sorted(c for c in concepts if c):
        yield _PLOVER[concept.replace(" ", "_")], partial(_event_concept_triples, concept)
    for lemma in sorted({event.lemma for event in result.events} - lemmas):
        yield ox.NamedNode(relation_iri(lemma)), partial(_relation_property_triples, lemma)
    for event in sorted(result.events, key=lambda e: e.id):
        yield _EVENT[event.id], partial(_event_triples, event)


def _document_graphs(result: BuildResult) -> dict[str, list[Statement]]:
    """Each document's statements (its named graph), by document id, sorted by statement id."""
    graphs: dict[str, list[Statement]] = {}
    for st in sorted(result.statements, key=lambda s: (s.doc, s.id)):
        graphs.setdefault(st.doc, []).append(st)
    return graphs


def quads(result: BuildResult) -> Iterator[ox.Quad]:
    """Every quad of the build, unordered (duplicates possible): the default graph, then the
    statements in their documents' named graphs."""
    default = ox.DefaultGraph()
    for _, triples in _default_graph(result):
        for s, p, o in triples():
            yield ox.Quad(s, p, o, default)
    for doc_id, statements in _document_graphs(result).items():
        graph = ox.NamedNode(document_iri(doc_id))
        for st in statements:
            for s, p, o in _statement_triples(st):
                yield ox.Quad(s, p, o, graph)


def sorted_quads(result: BuildResult) -> Iterator[ox.Quad]:
    """Every quad once, sorted by the string forms of (graph, subject, predicate, object), made a
    subject (or a document's graph) at a time: memory holds one of those, never the whole dataset.

    The named graphs come first ("<doc IRI>" sorts before "DEFAULT"), then the default graph.
    """
    statements = _document_graphs(result)
    graphs = sorted(((ox.NamedNode(document_iri(doc_id)), doc_id) for doc_id in statements), key=lambda pair: str(pair[0]))
    for graph, doc_id in graphs:
        triples = {triple for st in statements[doc_id] for triple in _statement_triples(st)}
        for s, p, o in sorted(triples, key=_triple_key):
            yield ox.Quad(s, p, o, graph)
    subjects: dict[str, list[Callable[[], Iterator[Triple]]]] = {}
    for node, emit in _default_graph(result):
        subjects.setdefault(str(node), []).append(emit)
    default = ox.DefaultGraph()
    for key in sorted(subjects):
        triples = {triple for emit in subjects[key] for triple in emit()}
        for s, p, o in sorted(triples, key=_triple_key):
            yield ox.Quad(s, p, o, default)


def _triple_key(triple: Triple) -> tuple[str, str, str]:
    return str(triple[0]), str(triple[1]), str(triple[2])


def to_dataset(result: BuildResult) -> Dataset:
    """The whole build as an rdflib dataset: shared facts in the default graph, statements per
    document (the same quads as ``graph.trig``, for rdflib's SPARQL and export formats)."""
    dataset = Dataset()
    _bind(dataset)
    graphs = {}
    for quad in quads(result):
        triple = (_rdflib_term(quad.subject), _rdflib_term(quad.predicate), _rdflib_term(quad.object))
        if isinstance(quad.graph_name, ox.DefaultGraph):
            dataset.add(triple)
        else:
            name = quad.graph_name.value
            if name not in graphs:
                graphs[name] = dataset.graph(URIRef(name))
            graphs[name].add(triple)
    return dataset


_XSD_STRING = str(ns.XSD.string)


def _rdflib_term(term: ox.NamedNode | ox.Literal) -> URIRef | Literal:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:
        return Literal(term.value)  # a plain literal, as rdflib writes it
    return Literal(term.value, datatype=URIRef(term.datatype.value))


# ---------------------------------------------------------------------------- TriG


def write_trig_to(result: BuildResult, output: BinaryIO) -> None:
    """``graph.trig`` into a binary stream, written by Oxigraph as the sorted quads are made:
    the same bytes on every run, each subject's triples together (one "s p o ; p o ." block),
    and never the whole dataset or its text in memory."""

    ox.serialize(sorted_quads(result), output, format=ox.RdfFormat.TRIG, prefixes=dict(sorted(PREFIXES.items())))


def build_trig(result: BuildResult) -> str:
    """``graph.trig`` as text (:func:`write_trig_to` into memory)."""
    buffer = io.BytesIO()
    write_trig_to(result, buffer)
    return buffer.getvalue().decode("utf-8")


def write_trig(result: BuildResult, path: Path) -> None:
    """Serialize to TriG and write it atomically, so readers never see a half-written graph."""
    with StagedFile(Path(path)) as staged:
        write_trig_to(result, staged)
        staged.commit()
