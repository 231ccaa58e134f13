"""Links to Wikidata (owl:sameAs wd:Q...) and ISO 3166 codes, from data shipped in the package."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from rdflib import OWL, Dataset, URIRef

from kg.namespaces import KG, WD, actor_iri
from kg.outputs.rdf import to_dataset
from kg.types import Actor, Argument, BuildResult, Relation, Statement

# The sample corpus' actors and their Wikidata items (each id checked against public
# Wikidata-derived tables when it was added to kg/data/actors.json).
SAMPLE_LINKS = {
    "China": "Q148", "Japan": "Q17", "Taiwan": "Q865", "United States": "Q30", "Russia": "Q159",
    "Ukraine": "Q212", "Xi Jinping": "Q15031", "Donald Trump": "Q22686", "Vladimir Putin": "Q7747",
    "Fumio Kishida": "Q359480", "Sanae Takaichi": "Q1705028", "Li Qiang": "Q4414390", "Sergei Shoigu": "Q32024",
    "Japan Self-Defense Forces": "Q275488", "Yang Jiechi": "Q58211", "Wang Yi": "Q701801", "Mao Ning": "Q113716966",
    "Group of Seven": "Q1764511", "State Department": "Q789915",
}  # fmt: skip
# Sample actors for which no Wikidata id could be verified offline: left unlinked, not guessed.
SAMPLE_UNLINKED = {
    "Kanai Masaaki", "Liu Jinsong", "Takeo Akiba", "Xue Jian", "Nancy Pelosi",
    "reporters",  # "the Japanese leader told reporters": the press as an addressee, no Wikidata item
    "international community",  # "We urge the international community": the states as a group, no item
    # "the foreign ministers of China and Japan", never named on that page: each state's minister by role, no item
    "Chinese foreign minister", "Japanese foreign minister",
}  # fmt: skip


def gazetteer() -> dict:
    return json.loads((resources.files("kg") / "data" / "actors.json").read_text(encoding="utf-8"))


def test_gazetteer_ids_are_well_formed_and_unique() -> None:
    entries = [e for kind in ("countries", "organizations", "people") for e in gazetteer()[kind]]
    ids = [e["wikidata"] for e in entries if "wikidata" in e]
    assert len(ids) >= 110
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in ids)
    assert len(ids) == len(set(ids)), "two actors share a Wikidata item"
    countries = gazetteer()["countries"]
    assert sum("wikidata" in c for c in countries) == len(countries)  # every country is linked


@pytest.mark.slow
def test_every_sample_actor_with_an_item_is_linked(corpus_build) -> None:
    _, out = corpus_build
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    graph = dataset.default_graph
    labels = {str(s).rsplit("/", 1)[1].replace("_", " ") for s in graph.subjects(predicate=KG.iso3166Alpha2)}
    assert {"China", "Japan", "Taiwan", "United States", "Russia", "Ukraine"} <= labels
    actors = {r["subject"]["label"] for r in map(json.loads, (out / "triples.jsonl").open())} | {
        r["object"]["label"] for r in map(json.loads, (out / "triples.jsonl").open())
    }
    assert actors == set(SAMPLE_LINKS) | SAMPLE_UNLINKED
    for label, qid in SAMPLE_LINKS.items():
        assert set(graph.objects(URIRef(actor_iri(label)), OWL.sameAs)) == {WD[qid]}, label
    for label in SAMPLE_UNLINKED:
        assert not set(graph.objects(URIRef(actor_iri(label)), OWL.sameAs)), label
    assert str(graph.value(URIRef(actor_iri("Japan")), KG.iso3166Alpha3)) == "JPN"


def test_a_namesake_is_not_linked() -> None:
    """Only the gazetteer's own actor gets its id: an NER person called "Georgia" is not the country."""
    person = Actor(actor_iri("Georgia"), "Georgia", "Person")
    country = Actor(actor_iri("China"), "China", "Country")
    sentence = "Georgia met China."
    st = Statement("s1", "d1", sentence, 0, len(sentence), Argument(person, "Georgia"), Relation("meet", "met"), Argument(country, "China"))
    graph = to_dataset(BuildResult(statements=[st], actors={person.id: person, country.id: country})).default_graph
    assert set(graph.objects(URIRef(person.id), OWL.sameAs)) == set()
    assert set(graph.objects(URIRef(country.id), OWL.sameAs)) == {WD["Q148"]}
    assert graph.value(URIRef(person.id), KG.iso3166Alpha2) is None
