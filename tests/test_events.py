"""PLOVER event typing: lemma -> (PLOVER class, quad class, CAMEO code)."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import SKOS

from kg.events import PLOVER_CLASSES, event_type
from kg.namespaces import PLOVER


@pytest.mark.parametrize(
    "lemma, event, quad, cameo",
    [
        ("tell", None, "verbal cooperation", "010"),  # speech act: no PLOVER class
        ("urge", "REQUEST", "verbal cooperation", "020"),
        ("demand", "REQUEST", "verbal conflict", "100"),
        ("meet", "CONSULT", "verbal cooperation", "040"),
        ("hold talks", "CONSULT", "verbal cooperation", "040"),
        ("lodge protest", "ACCUSE", "verbal conflict", "111"),
        ("criticise", "ACCUSE", "verbal conflict", "111"),
        ("reject", "REJECT", "verbal conflict", "120"),
        ("threaten", "THREATEN", "verbal conflict", "130"),
        ("support", "SUPPORT", "verbal cooperation", "050"),
        ("agree", "AGREE", "verbal cooperation", "030"),
        ("provide aid", "AID", "material cooperation", "070"),
        ("withdraw", "RETREAT", "material cooperation", "087"),
        ("concede", "CONCEDE", "material cooperation", "080"),
        ("cooperate", "COOPERATE", "material cooperation", "060"),
        ("conduct exercises", "MOBILIZE", "material conflict", "150"),
        ("sanction", "SANCTION", "material conflict", "160"),
        ("impose sanctions", "COERCE", "material conflict", "163"),
        ("arrest", "COERCE", "material conflict", "173"),
        ("attack", "ASSAULT", "material conflict", "190"),
        ("demonstrate", "PROTEST", "material conflict", "141"),
        ("call on", "REQUEST", "verbal cooperation", "020"),
        ("admire", None, None, None),
    ],
)
def test_event_types(lemma, event, quad, cameo):
    kind = event_type(lemma)
    assert (kind.event, kind.quad, kind.cameo) == (event, quad, cameo)


def test_every_plover_class_is_reachable_and_in_the_skos_scheme():
    from kg.events import _tables

    tables = _tables()
    reached = {event_type(lemma).event for lemma in [*tables.lemmas, *tables.phrases]}
    assert set(PLOVER_CLASSES) <= reached
    scheme = Graph().parse(__import__("pathlib").Path(__file__).parents[1] / "ontology" / "plover.ttl")
    concepts = {str(c).rsplit("/", 1)[-1] for c in scheme.subjects(SKOS.inScheme, PLOVER.scheme)}
    assert set(PLOVER_CLASSES) <= concepts
    assert all(scheme.value(PLOVER[c], SKOS.definition) is not None for c in PLOVER_CLASSES)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a promise is CAMEO's "express intent" (PLOVER AGREE), a threat of force is THREATEN
        ("Portugal will support Turkey.", ("Portugal", "support", "Turkey", "future", "AGREE", "032")),
        ("Finland will give aid to Tanzania.", ("Finland", "give aid", "Tanzania", "future", "AGREE", "033")),
        ("Russia will attack Ukraine.", ("Russia", "attack", "Ukraine", "future", "THREATEN", "138")),
        ("China will urge Japan to retract the remarks.", ("China", "urge", "Japan", "future", "REQUEST", "020")),
        ("Portugal supported Turkey.", ("Portugal", "support", "Turkey", None, "SUPPORT", "050")),
    ],
)
def test_future_statements_are_typed_as_intents(nlp, sentence, expected):
    from kg.pipeline import extract_text

    got = {(s.subject.actor.label, s.relation.lemma, s.object.actor.label, s.modality, s.relation.event, s.relation.cameo)
           for s in extract_text(nlp, sentence)}
    assert got == {expected}
