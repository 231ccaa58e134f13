"""What per-document resolution produces: an actor as one document knows it, a statement with
its two ends resolved, and how far back references look."""

from __future__ import annotations

from dataclasses import dataclass

from kg.types import RawStatement

PRONOUN_WINDOW = 2  # sentences back
ROLE_WINDOW = 25  # news refers back to "the prime minister" from far away



@dataclass(frozen=True)
class LocalActor:
    """An actor as resolved inside one document, before the corpus-level merge."""

    label: str
    type: str
    affiliation: str | None = None
    via: str = "name"  # which rule resolved it: name, gazetteer, surname, fuzzy, pronoun, role, group


@dataclass(frozen=True)
class ResolvedStatement:
    raw: RawStatement
    subject: LocalActor
    object: LocalActor


VIA_CONFIDENCE = {
    "gazetteer": 1.0,
    "name": 1.0,
    "surname": 0.95,
    "fuzzy": 0.9,
    "group": 0.9,
    "role": 0.8,
    "pronoun": 0.75,
    "pair": 0.7,
}
