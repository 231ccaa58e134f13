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


def type_statements(statements: list[Statement]) -> list[Statement]:
    """Attach event types to each statement's relation."""
    typed = []
    for st in statements:
        kind = event_type(st.relation.lemma)
        typed.append(replace(st, relation=replace(st.relation, event=kind.event, quad=kind.quad, cameo=kind.cameo)))
    return typed
