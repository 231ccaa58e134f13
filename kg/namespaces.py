"""IRIs of kg's own vocabulary and of the resources it mints.

Ontology terms live in ``ontology/kg.ttl``; this module is the one place code names them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from rdflib import Namespace

BASE = "https://w3id.org/newskg/"
KG = Namespace(BASE + "ontology#")  # classes and properties (see ontology/kg.ttl)
REL = Namespace(BASE + "rel/")  # direct-edge predicates: rel:tell, rel:hold_talks
ACTOR = Namespace(BASE + "actor/")
STATEMENT = Namespace(BASE + "statement/")
DOC = Namespace(BASE + "doc/")
EVENT = Namespace(BASE + "event/")  # one node per real-world event, grouping its reports
PLOVER = Namespace(BASE + "plover/")  # event classes, a SKOS scheme (see ontology/plover.ttl)
WD = Namespace("http://www.wikidata.org/entity/")  # Wikidata items, the IRIs Wikidata's own RDF uses

PREFIXES = {
    "kg": str(KG),
    "rel": str(REL),
    "actor": str(ACTOR),
    "stmt": str(STATEMENT),
    "doc": str(DOC),
    "event": str(EVENT),
    "plover": str(PLOVER),
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": str(WD),
}
"""The one prefix table: TriG output (rdflib and Oxigraph), SPARQL queries (predefined), exports."""


def slug(text: str) -> str:
    """An IRI-safe, readable local name: ``"Xi Jinping"`` -> ``"Xi_Jinping"``.

    >>> slug("Xi Jinping")
    'Xi_Jinping'
    >>> slug('<img src=x onerror=alert(1)>')
    '%3Cimg_src%3Dx_onerror%3Dalert%281%29%3E'

    A final "." is percent-encoded: in TriG a prefixed name cannot end with one, and the escaped
    form writers use instead ("doc:ab\\.") is one rdflib's parser rejects.

    >>> slug("Acme Co.")
    'Acme_Co%2E'
    """
    text = unicodedata.normalize("NFC", text).strip()
    text = re.sub(r"\s+", "_", text)
    local = quote(text, safe="_-.~") or "_"
    stripped = local.rstrip(".")
    return stripped + "%2E" * (len(local) - len(stripped))


def actor_iri(label: str) -> str:
    """Actors get IRIs from their canonical name, so every build and document agrees."""
    return str(ACTOR[slug(label)])


def relation_iri(lemma: str) -> str:
    return str(REL[slug(lemma)])


def document_iri(doc_id: str) -> str:
    return str(DOC[slug(doc_id)])


def statement_id(doc_id: str, char_start: int, char_end: int, subject: str, lemma: str, obj: str) -> str:
    """A stable statement id: the same document span and triple always give the same id."""
    key = "\x1f".join([doc_id, str(char_start), str(char_end), subject, lemma, obj])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def statement_iri(statement_id_: str) -> str:
    return str(STATEMENT[statement_id_])
