"""The RDF output: named-graph layout, exact statement and actor triples, hostile text,
determinism, and that every kg: term used is declared in the ontology."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib import namespace as ns  # ns.SDO / ns.XSD: as module globals they warn in pytest's doctest scan
from rdflib.namespace import PROV

from kg.namespaces import ACTOR, KG, REL, actor_iri, document_iri, relation_iri, statement_id, statement_iri
from kg.outputs.rdf import to_dataset, write_trig
from kg.types import Actor, Argument, BuildResult, Document, Relation, Statement

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "kg.ttl"
XSS_LABEL = "<img src=x onerror=alert(1)>"
QUOTE_LABEL = '"quotes" and \\backslash\nnewline'

CHINA = Actor(actor_iri("China"), "China", "Country", aliases=("PRC", "China", "People's Republic of China"))
XI = Actor(
    actor_iri("Xi Jinping"),
    "Xi Jinping",
    "Person",
    aliases=("Xi", "President Xi"),
    affiliation=actor_iri("China"),
)
TRUMP = Actor(actor_iri("Donald Trump"), "Donald Trump", "Person")
HOSTILE = Actor(actor_iri(XSS_LABEL), XSS_LABEL, "Group", aliases=(QUOTE_LABEL,))
QUOTED = Actor(actor_iri(QUOTE_LABEL), QUOTE_LABEL, "Organization")

TEXT_1 = "Xi told Trump that China would not attack Taiwan. China will not sanction <img src=x onerror=alert(1)>."
TEXT_2 = 'The "quotes" group\\ warned Trump.'


def _statement(doc: str, text: str, start: int, end: int, subject: Argument, lemma: str, rel_text: str, obj: Argument, **kw) -> Statement:
    sid = statement_id(doc, start, end, subject.actor.label, lemma, obj.actor.label)
    return Statement(
        id=sid,
        doc=doc,
        sentence=text[start:end],
        char_start=start,
        char_end=end,
        subject=subject,
        relation=Relation(lemma, rel_text),
        object=obj,
        **kw,
    )


def _result() -> BuildResult:
    tell = _statement("d1", TEXT_1, 0, 49, Argument(XI, "Xi"), "tell", "told", Argument(TRUMP, "Trump"), confidence=0.9)
    sanction = _statement(
        "d1",
        TEXT_1,
        50,
        len(TEXT_1),
        Argument(CHINA, "China"),
        "sanction",
        "will not sanction",
        Argument(HOSTILE, XSS_LABEL),
        negated=True,
        modality="future",
        confidence=0.6,
    )
    warn = _statement("d/2 é", TEXT_2, 0, len(TEXT_2), Argument(QUOTED, 'The "quotes" group\\'), "warn", "warned", Argument(TRUMP, "Trump"))
    return BuildResult(
        documents=[
            Document("d1", TEXT_1, "news/d1.txt", title="Talks <b>in</b> Beijing", date="2024-05-01", url='https://example.com/a?b=1&c="><script>'),
            Document("d/2 é", TEXT_2, "news/d2.html", format="html", title=QUOTE_LABEL, date="May 2024"),
        ],
        statements=[tell, sanction, warn],
        actors={a.id: a for a in (XI, TRUMP, CHINA, HOSTILE, QUOTED)},
    )


@pytest.fixture(scope="module")
def result() -> BuildResult:
    return _result()


@pytest.fixture(scope="module")
def ds(result: BuildResult) -> Dataset:
    return to_dataset(result)


@pytest.fixture(scope="module")
def parsed(result: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    path = tmp_path_factory.mktemp("trig") / "graph.trig"
    write_trig(result, path)
    return Dataset().parse(path, format="trig")


def _named(dataset: Dataset) -> dict[URIRef, Graph]:
    """Non-empty named graphs by IRI (the default graph excluded)."""
    default = dataset.default_graph.identifier
    return {g.identifier: g for g in dataset.graphs() if g.identifier != default and len(g)}


def _sid(result: BuildResult, lemma: str) -> URIRef:
    return URIRef(statement_iri(next(s.id for s in result.statements if s.relation.lemma == lemma)))


D1 = URIRef(document_iri("d1"))
D2 = URIRef(document_iri("d/2 é"))


# ---------------------------------------------------------------- layout


def test_one_named_graph_per_document_with_its_statements(parsed: Dataset) -> None:
    graphs = _named(parsed)
    assert set(graphs) == {D1, D2}
    assert str(D2) == "https://w3id.org/newskg/doc/d%2F2_%C3%A9"
    counts = {iri: len(set(g.subjects(RDF.type, KG.Statement))) for iri, g in graphs.items()}
    assert counts == {D1: 2, D2: 1}
    # statements and direct edges live only in the named graphs, never in the default graph
    assert not set(parsed.default_graph.subjects(RDF.type, KG.Statement))
    assert (URIRef(XI.id), REL.tell, URIRef(TRUMP.id)) not in parsed.default_graph


def test_direct_edge_is_queryable(parsed: Dataset) -> None:
    rows = parsed.query(
        "SELECT ?g ?o WHERE { GRAPH ?g { actor:Xi_Jinping rel:tell ?o } }",
        initNs={"actor": ACTOR, "rel": REL},
    )
    assert [(row.g, row.o) for row in rows] == [(D1, URIRef(TRUMP.id))]
    assert URIRef(TRUMP.id) == URIRef("https://w3id.org/newskg/actor/Donald_Trump")
    ask = parsed.query(
        "ASK { GRAPH ?g { ?s rel:warn actor:Donald_Trump } }",
        initNs={"actor": ACTOR, "rel": REL},
    )
    assert ask.askAnswer is True


def test_negated_statement_has_no_direct_edge(parsed: Dataset) -> None:
    assert (URIRef(CHINA.id), REL.sanction, URIRef(HOSTILE.id), D1) not in parsed
    assert not list(parsed.quads((None, REL.sanction, None, None)))


def test_statement_node_properties(parsed: Dataset, result: BuildResult) -> None:
    g = parsed.graph(D1)
    node = _sid(result, "tell")
    assert node == URIRef("https://w3id.org/newskg/statement/" + statement_id("d1", 0, 49, "Xi Jinping", "tell", "Donald Trump"))
    assert g.value(node, KG.subject) == URIRef(XI.id)
    assert g.value(node, KG.object) == URIRef(TRUMP.id)
    assert g.value(node, KG.relation) == URIRef(relation_iri("tell")) == REL.tell
    assert g.value(node, KG.lemma) == Literal("tell")
    assert g.value(node, KG.relationText) == Literal("told")
    assert g.value(node, KG.subjectText) == Literal("Xi")
    assert g.value(node, KG.objectText) == Literal("Trump")
    assert g.value(node, KG.evidence) == Literal("Xi told Trump that China would not attack Taiwan.")
    start, end = g.value(node, KG.charStart), g.value(node, KG.charEnd)
    assert (start.datatype, start.toPython(), end.datatype, end.toPython()) == (ns.XSD.integer, 0, ns.XSD.integer, 49)
    assert g.value(node, KG.negated) == Literal(False)
    assert g.value(node, KG.modality) is None
    confidence = g.value(node, KG.confidence)
    assert confidence.datatype == ns.XSD.decimal
    assert confidence.toPython() == Decimal("0.9")
    assert g.value(node, PROV.wasDerivedFrom) == D1


def test_negated_modal_statement(parsed: Dataset, result: BuildResult) -> None:
    g = parsed.graph(D1)
    node = _sid(result, "sanction")
    negated = g.value(node, KG.negated)
    assert negated.datatype == ns.XSD.boolean and negated.toPython() is True
    assert g.value(node, KG.modality) == Literal("future")
    assert g.value(node, KG.relationText) == Literal("will not sanction")
    assert g.value(node, KG.object) == URIRef(HOSTILE.id)
    assert g.value(node, KG.charStart).toPython() == 50
    assert g.value(node, KG.charEnd).toPython() == len(TEXT_1)
    assert g.value(node, PROV.wasDerivedFrom) == D1


def test_relation_properties_declared(parsed: Dataset) -> None:
    default = parsed.default_graph
    for lemma in ("tell", "sanction", "warn"):
        prop = URIRef(relation_iri(lemma))
        assert (prop, RDF.type, OWL.ObjectProperty) in default
        assert default.value(prop, RDFS.label) == Literal(lemma)
        assert default.value(prop, RDFS.subPropertyOf) == KG.relatedTo


# ---------------------------------------------------------------- documents and actors


def test_document_metadata(parsed: Dataset) -> None:
    g = parsed.default_graph
    assert set(g.objects(D1, RDF.type)) == {ns.SDO.NewsArticle, PROV.Entity}
    assert g.value(D1, ns.SDO.identifier) == Literal("d1")
    assert g.value(D1, ns.SDO.headline) == Literal("Talks <b>in</b> Beijing")
    assert g.value(D1, ns.SDO.datePublished) == Literal("2024-05-01", datatype=ns.XSD.date)
    url = g.value(D1, ns.SDO.url)
    assert isinstance(url, Literal) and url.datatype == ns.XSD.anyURI
    assert str(url) == 'https://example.com/a?b=1&c="><script>'
    assert g.value(D1, KG.source) == Literal("news/d1.txt")
    assert g.value(D1, KG["format"]) == Literal("txt")
    # a date that is no xsd:date stays a plain literal; a missing URL gives no triple
    assert g.value(D2, ns.SDO.datePublished) == Literal("May 2024")
    assert g.value(D2, ns.SDO.url) is None
    assert g.value(D2, ns.SDO.identifier) == Literal("d/2 é")
    assert g.value(D2, KG["format"]) == Literal("html")


def test_actor_typing_labels_and_affiliation(parsed: Dataset) -> None:
    g = parsed.default_graph
    xi, china = URIRef(XI.id), URIRef(CHINA.id)
    assert set(g.objects(xi, RDF.type)) == {KG.Actor, ns.SDO.Person}
    assert set(g.objects(china, RDF.type)) == {KG.Actor, ns.SDO.Country}
    assert set(g.objects(URIRef(QUOTED.id), RDF.type)) == {KG.Actor, ns.SDO.Organization}
    assert set(g.objects(URIRef(HOSTILE.id), RDF.type)) == {KG.Actor, KG.Group}
    assert g.value(xi, RDFS.label) == Literal("Xi Jinping")
    assert g.value(xi, SKOS.prefLabel) == Literal("Xi Jinping")
    assert set(g.objects(xi, SKOS.altLabel)) == {Literal("Xi"), Literal("President Xi")}
    # an alias equal to the label is not repeated as an altLabel
    assert set(g.objects(china, SKOS.altLabel)) == {Literal("PRC"), Literal("People's Republic of China")}
    assert g.value(xi, KG.affiliatedWith) == china
    assert g.value(china, KG.affiliatedWith) is None
    assert set(g.subjects(RDF.type, KG.Actor)) == {URIRef(a.id) for a in (XI, TRUMP, CHINA, HOSTILE, QUOTED)}


def test_hostile_text_round_trips_exactly(parsed: Dataset) -> None:
    g = parsed.default_graph
    hostile, quoted = URIRef(HOSTILE.id), URIRef(QUOTED.id)
    assert str(hostile) == "https://w3id.org/newskg/actor/%3Cimg_src%3Dx_onerror%3Dalert%281%29%3E"
    assert str(g.value(hostile, RDFS.label)) == XSS_LABEL
    assert [str(a) for a in g.objects(hostile, SKOS.altLabel)] == [QUOTE_LABEL]
    assert str(g.value(quoted, RDFS.label)) == QUOTE_LABEL
    assert str(g.value(quoted, SKOS.prefLabel)) == QUOTE_LABEL
    assert str(g.value(D2, ns.SDO.headline)) == QUOTE_LABEL
    warn = next(parsed.graph(D2).subjects(KG.lemma, Literal("warn")))
    assert str(parsed.graph(D2).value(warn, KG.evidence)) == TEXT_2
    assert str(parsed.graph(D2).value(warn, KG.subjectText)) == 'The "quotes" group\\'
    # no IRI anywhere was made from raw user text
    for s, p, o, _ in parsed.quads((None, None, None, None)):
        for term in (s, p, o):
            if isinstance(term, URIRef):
                assert not any(c in str(term) for c in ' <>"\\\n{}|^`'), term


NASTY = [
    'ends with a quote"',
    'a"\nb"',
    '"""',
    "trailing backslash\\",
    "back\\\nslash",
    "\r\n\t",
    "nul\x00 and \x1f",
    "\u2028\u2029",
    "'''\n'''",
    "é 中文 🙂",
    "  padded  ",
    "Acme Co.",  # a name ending in "." (a prefixed name may not; see kg.namespaces.slug)
    "../../etc/x..",
    "-dash ~tilde",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_strings_round_trip(text: str, tmp_path: Path) -> None:
    actor = Actor(actor_iri(text), text, "Person", aliases=(text + "!",))
    other = Actor(actor_iri("Other"), "Other", "Country")
    st = _statement(text, text, 0, len(text), Argument(actor, text), "say", text, Argument(other, "Other"))
    doc = Document(text, text, text, title=text, date=text, url=text)
    write_trig(BuildResult(documents=[doc], statements=[st], actors={actor.id: actor}), tmp_path / "g.trig")
    back = Dataset().parse(tmp_path / "g.trig", format="trig")
    node, doc_iri = URIRef(actor.id), URIRef(document_iri(text))
    assert str(back.default_graph.value(node, RDFS.label)) == text
    assert str(back.default_graph.value(node, SKOS.altLabel)) == text + "!"
    for prop in (ns.SDO.identifier, ns.SDO.headline, ns.SDO.datePublished, ns.SDO.url, KG.source):
        assert str(back.default_graph.value(doc_iri, prop)) == text, prop
    graph = back.graph(doc_iri)
    stmt = URIRef(statement_iri(st.id))
    for prop in (KG.evidence, KG.relationText, KG.subjectText):
        assert str(graph.value(stmt, prop)) == text, prop
    assert (node, REL.say, URIRef(other.id)) in graph


def test_edge_cases_of_types_dates_and_empty_documents() -> None:
    militia = Actor(actor_iri("Militia X"), "Militia X", "Militia")  # a type with no class
    place = Actor(actor_iri("Gaza"), "Gaza", "Place")
    text = "Militia X attacked Gaza."
    st = _statement("d", text, 0, 24, Argument(militia, "Militia X"), "attack", "attacked", Argument(place, "Gaza"))
    result = BuildResult(
        documents=[Document("d", text, "d.txt", date="2024-02-30"), Document("empty", "", "e.txt")],
        statements=[st],
        actors={},  # actors reachable only through a statement are still written and typed
    )
    ds = to_dataset(result)
    g = ds.default_graph
    assert set(g.objects(URIRef(militia.id), RDF.type)) == {KG.Actor}
    assert set(g.objects(URIRef(place.id), RDF.type)) == {KG.Actor, ns.SDO.Place}
    assert g.value(URIRef(document_iri("d")), ns.SDO.datePublished) == Literal("2024-02-30")
    # a document without statements has its metadata but no (empty) named graph
    assert (URIRef(document_iri("empty")), RDF.type, ns.SDO.NewsArticle) in g
    assert set(_named(ds)) == {URIRef(document_iri("d"))}


def test_in_memory_and_parsed_datasets_agree(ds: Dataset, parsed: Dataset) -> None:
    assert isomorphic(ds.default_graph, parsed.default_graph)
    for iri in (D1, D2):
        assert isomorphic(ds.graph(iri), parsed.graph(iri))


def test_prefixes_bound(result: BuildResult) -> None:
    text = to_dataset(result).serialize(format="trig")
    for prefix in ("kg", "rel", "actor", "stmt", "doc", "schema", "prov", "skos", "xsd", "rdfs", "owl"):
        assert f"@prefix {prefix}: " in text, prefix


def test_bad_actor_iri_is_refused(result: BuildResult) -> None:
    bad = Actor('https://x/"> <y', "x", "Person")
    with pytest.raises(ValueError, match="not a usable IRI"):
        to_dataset(BuildResult(actors={bad.id: bad}))


# ---------------------------------------------------------------- determinism and files


def test_deterministic(result: BuildResult, tmp_path: Path) -> None:
    a, b = tmp_path / "a.trig", tmp_path / "b.trig"
    write_trig(result, a)
    write_trig(_result(), b)
    first, second = Dataset().parse(a, format="trig"), Dataset().parse(b, format="trig")
    assert isomorphic(first.default_graph, second.default_graph)
    assert set(_named(first)) == set(_named(second))
    for iri, graph in _named(first).items():
        assert isomorphic(graph, second.graph(iri))
    statements = {str(q[0]) for q in first.quads((None, RDF.type, KG.Statement, None))}
    assert statements == {str(q[0]) for q in second.quads((None, RDF.type, KG.Statement, None))}
    assert statements == {statement_iri(s.id) for s in result.statements}
    assert len(statements) == 3
    assert not any(isinstance(t, BNode) for q in first.quads((None, None, None, None)) for t in q[:3])


def test_atomic_write_leaves_no_temp_files(result: BuildResult, tmp_path: Path) -> None:
    out = tmp_path / "out" / "graph.trig"
    write_trig(result, out)
    write_trig(result, out)  # overwriting is atomic too
    assert sorted(p.name for p in out.parent.iterdir()) == ["graph.trig"]
    assert not list(tmp_path.rglob("*.tmp"))


# ---------------------------------------------------------------- ontology


def test_ontology_parses_and_declares_every_kg_term_used(ds: Dataset) -> None:
    onto = Graph().parse(ONTOLOGY, format="turtle")
    ontology_iri = URIRef("https://w3id.org/newskg/ontology")
    assert (ontology_iri, RDF.type, OWL.Ontology) in onto
    assert onto.value(ontology_iri, OWL.versionInfo) == Literal("0.1.0")
    declared = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(str(KG))}
    used: set[URIRef] = set()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        used |= {t for t in (s, p, o) if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    assert used == {
        KG.Actor, KG.Group, KG.Statement, KG.affiliatedWith, KG.relatedTo, KG.subject, KG.object,
        KG.relation, KG.lemma, KG.relationText, KG.subjectText, KG.objectText, KG.evidence,
        KG.charStart, KG.charEnd, KG.negated, KG.modality, KG.confidence, KG.source, KG["format"],
        KG.iso3166Alpha2, KG.iso3166Alpha3,
    }
    assert used <= declared
    for term in declared:
        assert onto.value(term, RDFS.label) is not None, term
        assert onto.value(term, RDFS.comment) is not None, term
    assert (KG.Statement, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.affiliatedWith, RDFS.subPropertyOf, ns.SDO.affiliation) in onto
    assert (KG.Group, RDFS.subClassOf, KG.Actor) in onto
    assert (KG.charStart, RDFS.range, ns.XSD.integer) in onto
    assert (KG.negated, RDF.type, OWL.DatatypeProperty) in onto
