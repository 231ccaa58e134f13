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


@dataclass(frozen=True, slots=True)
class LocalStatement:
    """What the corpus merge reads of a :class:`ResolvedStatement`, and nothing more (an
    incremental build keeps one per statement of every document; the mentions stay in the cache)."""

    subject: LocalActor
    object: LocalActor
    sentence_start: int
    sentence_end: int
    lemma: str
    text: str
    subject_text: str
    object_text: str
    negated: bool
    modality: str | None
    symmetric: bool
    confidence: float  # the rule's

    @classmethod
    def of(cls, st: ResolvedStatement) -> LocalStatement:
        raw = st.raw
        return cls(
            st.subject, st.object, raw.sentence_start, raw.sentence_end, raw.lemma, raw.text, raw.subject.text,
            raw.object.text, raw.negated, raw.modality, raw.symmetric, raw.confidence,
        )  # fmt: skip


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
