"""Relation lemma -> event type: PLOVER class, CAMEO code and quad class.

PLOVER (the Political Language Ontology for Verifiable Event Records) has 16 event classes;
CAMEO codes place an event in a finer hierarchy; the quad class (verbal/material
cooperation/conflict) is GDELT's coarse summary. The tables are data (``kg/data/events.json``).
Speech acts ("tell", "say to") keep a CAMEO 01 code but have no PLOVER class.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from kg.types import Statement

PLOVER_CLASSES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@dataclass(frozen=True)
class EventType:
    event: str | None  # PLOVER class
    quad: str | None  # "verbal cooperation" | "material cooperation" | "verbal conflict" | "material conflict"
    cameo: str | None  # CAMEO code, e.g. "040"


@dataclass(frozen=True)
class _Tables:
    lemmas: dict[str, str]
    phrases: dict[str, str]
    roots: dict[str, str | None]
    exceptions: dict[str, str]
    quads: dict[str, str]


@cache
def _tables() -> _Tables:
    raw = json.loads((resources.files("kg") / "data" / "events.json").read_text(encoding="utf-8"))
    return _Tables(
        lemmas=raw["lemmas"],
        phrases=raw["phrases"],
        roots={root: plover for root, (_, plover) in raw["cameo_roots"].items()},
        exceptions=raw["plover_exceptions"],
        quads=raw["quad_classes"],
    )


def event_type(lemma: str) -> EventType:
    """The event type of a relation lemma ("hold talks", "urge", "lodge protest").

    >>> event_type("hold talks")
    EventType(event='CONSULT', quad='verbal cooperation', cameo='040')
    >>> event_type("tell")
    EventType(event=None, quad='verbal cooperation', cameo='010')
    >>> event_type("admire")
    EventType(event=None, quad=None, cameo=None)
    """
    tables = _tables()
    key = lemma.lower().strip()
    cameo = tables.phrases.get(key) or tables.lemmas.get(key)
    if cameo is None and " " in key:  # "call on" unknown -> "call"; "hold exercises" -> "exercises"
        first, last = key.split()[0], key.split()[-1]
        cameo = tables.lemmas.get(first) or tables.lemmas.get(last)
    if cameo is None:
        return EventType(None, None, None)
    event = tables.exceptions.get(cameo) or tables.exceptions.get(cameo[:3]) or tables.roots.get(cameo[:2])
    return EventType(event, tables.quads.get(cameo[:2]), cameo)


# CAMEO codes a promise as its own event: "Portugal will support Turkey" is an expressed intent to
# cooperate (03x, PLOVER AGREE), "X will attack Y" a threat (13x, THREATEN). Root of the act -> code
# of the intent; roots not listed (statements, appeals, demands, disapproval...) keep their class.
_INTENT_CODES = {
    "04": "036",  # consult -> express intent to meet or negotiate
    "05": "032",  # diplomatic cooperation -> intent to engage in diplomatic cooperation
    "06": "031",  # material cooperation -> intent to cooperate materially
    "07": "033",  # provide aid -> intent to provide aid
    "08": "035",  # yield -> intent to yield
    "15": "130",  # show force -> threaten
    "16": "130",  # reduce relations -> threaten
    "17": "137",  # coerce -> threaten with repression
    "18": "138",  # assault -> threaten with military force
    "19": "138",  # fight -> threaten with military force
    "20": "138",  # mass violence -> threaten with military force
}


def intent_type(kind: EventType) -> EventType:
    """The event type of a promise or announced intent to do ``kind`` (a future statement).

    >>> intent_type(event_type("support"))
    EventType(event='AGREE', quad='verbal cooperation', cameo='032')
    >>> intent_type(event_type("attack")).event
    'THREATEN'
    >>> intent_type(event_type("urge")) == event_type("urge")  # an appeal stays an appeal
    True
    """
    code = _INTENT_CODES.get((kind.cameo or "")[:2])
    if code is None:
        return kind
    tables = _tables()
    event = tables.exceptions.get(code) or tables.roots.get(code[:2])
    return EventType(event, tables.quads.get(code[:2]), code)


def type_statements(statements: list[Statement]) -> list[Statement]:
    """Attach event types to each statement's relation; future statements are typed as intents."""
    typed = []
    for st in statements:
        kind = event_type(st.relation.lemma)
        if st.modality == "future":
            kind = intent_type(kind)
        typed.append(replace(st, relation=replace(st.relation, event=kind.event, quad=kind.quad, cameo=kind.cameo)))
    return typed
