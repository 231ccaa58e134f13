"""Plain, immutable value types that flow between the pipeline stages.

Document -> (spaCy parse) -> Mention / RawStatement -> Actor / Statement -> RDF, HTML.
Every stage speaks these types; none of them holds a reference to a spaCy object, so
results can be pickled across processes, cached and compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Document:
    """One news document as the pipeline reads it.

    ``text`` is the cleaned text (page furniture removed); every character offset in the
    outputs points into it.
    """

    id: str
    text: str
    source: str
    format: str = "txt"
    title: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Skipped:
    """A document or input line that could not be read, and why (shown in the summary)."""

    source: str
    reason: str


RULE_CONFIDENCE = {  # by the rule that found a raw statement (kg.extract)
    "svo": 0.9,
    "prep": 0.85,
    "passive": 0.85,
    "nominal": 0.85,
    "measure": 0.85,  # "cut tariffs on China": a measure taken on whom it is "on"
    "event_np": 0.8,
    "symmetric": 0.8,
    "during_event": 0.7,
    "possessor": 0.7,
    "demand": 0.8,
    "place": 0.6,
    "warning": 0.7,  # the target of a warned-of act by the speaker's own side
    "purpose": 0.7,  # what a summons is for, said to the envoy summoned
}


@dataclass(frozen=True)
class Mention:
    """A stretch of text that may refer to an actor.

    ``kind`` says how to resolve it: ``name`` (a named entity), ``pronoun``, ``role``
    ("the minister"), ``group`` ("the Chinese regime", "Chinese officials"), ``collective`` (a
    non-state group: "Palestinian refugees", "protesters") or ``institution`` (a force named by
    its bare noun, its country unsaid: "Police detained ...") or ``mission`` ("the embassy", "its
    embassy": resolved back to the embassy the page named, or to the pronoun's state) or
    ``ministry`` ("the foreign ministry": the one ministry of that portfolio the page named) or
    ``group_anaphor`` ("the diplomats": the one group named with that noun just before) or
    ``speaker_side`` (a quoted "we": the side of the quote's speaker, whose mention ``speaker`` names) or
    ``act_doer`` ("condemned the coup": whoever did the act its noun names, the subject of the page's
    latest earlier statement of such an act; ``name`` is the act noun: kg.resolve.actors._act_doer).
    """

    text: str  # what the sentence said: "Chinese President Xi Jinping"
    name: str  # the name part: "Xi Jinping" (the pronoun or role noun for other kinds)
    kind: str
    ner: str  # spaCy entity label of the name, or ""
    start: int  # character offsets of ``text`` in the document
    end: int
    sentence: int  # sentence index in the document
    is_subject: bool = False
    roles: tuple[str, ...] = ()  # titles and role nouns around the name: ("president",)
    hints: tuple[str, ...] = ()  # words that may name the actor's country: ("Chinese",)
    member: int = 0  # "the two countries" is two mentions of one span: member 1 and member 2
    binder: int = -1  # an object "him"/"her" or pair: the character offset of its own clause's subject word (-1: none said)
    binder_end: int = -1  # an object pair ("urged both sides"): with ``binder``, the span of its clause's subject phrase
    venue: bool = False  # a place where the clause's act happens ("signed ... in South Africa"): no side of it
    speaker: tuple[int, int, int] | None = None  # a quoted "we": the key of the mention of the quote's speaker
    main: bool = False  # the subject of its sentence's main clause (of the root verb or a verb joined to it)

    @property
    def key(self) -> tuple[int, int, int]:
        """Identifies the mention within its document."""
        return (self.start, self.end, self.member)


@dataclass(frozen=True)
class RawStatement:
    subject: Mention
    object: Mention
    lemma: str
    text: str
    sentence: int
    sentence_start: int  # character offsets of the sentence in the document
    sentence_end: int
    negated: bool = False
    modality: str | None = None
    rule: str = "svo"
    symmetric: bool = False

    @property
    def confidence(self) -> float:
        return RULE_CONFIDENCE[self.rule]


@dataclass(frozen=True)
class ParsedDocument:
    """What extraction found in one document: every actor mention (in order) and the statements."""

    mentions: tuple[Mention, ...]
    statements: tuple[RawStatement, ...]
    sentences: int = 0
    words: int = 0


@dataclass(frozen=True)
class Actor:
    """A canonical actor: the same real-world entity has one ``Actor`` across all documents."""

    id: str  # IRI
    label: str  # canonical name, e.g. "Xi Jinping"
    type: str  # "Person" | "Country" | "Organization" | "Group"
    aliases: tuple[str, ...] = ()
    affiliation: str | None = None  # IRI of the actor this one acts for (Shoigu -> Russia)


@dataclass(frozen=True)
class Argument:
    """An actor as one sentence mentioned it: the resolved actor plus the surface text."""

    actor: Actor
    text: str


@dataclass(frozen=True)
class Relation:
    lemma: str  # "tell", "hold talks", "urge"
    text: str  # the words of the sentence, e.g. "told", "held talks with"
    event: str | None = None  # PLOVER class ("CONSULT"); None for speech acts and unknown verbs
    quad: str | None = None  # "verbal cooperation" ... "material conflict"
    cameo: str | None = None  # CAMEO code ("040")


@dataclass(frozen=True)
class Statement:
    """One actor -- relation -> actor statement with its evidence."""

    id: str
    doc: str
    sentence: str
    char_start: int  # offsets of the sentence in Document.text
    char_end: int
    subject: Argument
    relation: Relation
    object: Argument
    negated: bool = False
    modality: str | None = None  # None | "future" | "hypothetical" | "request" | "possible"
    confidence: float = 0.5
    date: str | None = None  # "2025-11-24" | "2025-11" | "2025": what the sentence says (kg.events.dates)
    date_precision: str | None = None  # "day" | "month" | "year"
    event_id: str | None = None  # statements reporting one real-world event share it (kg.events.grouping)

    def to_json(self) -> dict[str, Any]:
        """The public ``triples.jsonl`` record (a contract: extend, never rename): every field,
        in order; an argument as its actor's id, label and type and its text, the relation as its fields."""
        return {f.name: _json_value(getattr(self, f.name)) for f in fields(self)}


def _json_value(value: Any) -> Any:
    if isinstance(value, Argument):
        return {"id": value.actor.id, "label": value.actor.label, "type": value.actor.type, "text": value.text}
    if isinstance(value, Relation):
        return {f.name: getattr(value, f.name) for f in fields(value)}
    return value


def statement_row(st: Statement) -> dict[str, Any]:
    """A statement as one flat row: every field of :class:`Statement`; an argument as its actor's
    label (``subject``), and ``subject_text``, ``subject_type``, ``subject_id``; the relation as its
    lemma (``relation``), ``relation_text`` and its event type (``event``, ``quad``, ``cameo``).
    Tables, networkx edges and the viewer's edges take their columns from it.

    >>> row = statement_row(Statement("s1", "d1", "X told Y.", 0, 9, Argument(Actor("a:X", "X", "Country"), "X"),
    ...     Relation("tell", "told"), Argument(Actor("a:Y", "Y", "Country"), "Y")))
    >>> row["subject"], row["relation"], row["relation_text"], row["object_id"], row["negated"]
    ('X', 'tell', 'told', 'a:Y', False)
    """
    row: dict[str, Any] = {}
    for f in fields(st):
        value = getattr(st, f.name)
        if isinstance(value, Argument):
            row[f.name] = value.actor.label
            row[f"{f.name}_text"], row[f"{f.name}_type"], row[f"{f.name}_id"] = value.text, value.actor.type, value.actor.id
        elif isinstance(value, Relation):
            row["relation"], row["relation_text"] = value.lemma, value.text
            row.update((r.name, getattr(value, r.name)) for r in fields(value) if r.name not in ("lemma", "text"))
        else:
            row[f.name] = value
    return row


@dataclass(frozen=True)
class Event:
    """One real-world event and every statement that reports it (see :mod:`kg.events.grouping`)."""

    id: str
    subject: Actor
    object: Actor
    lemma: str  # the most frequent wording among the reports
    event: str | None  # PLOVER class
    quad: str | None
    negated: bool
    date: str | None  # most precise date any report gives
    date_precision: str | None
    statements: tuple[str, ...]  # ids of the reporting statements, most precisely dated first
    documents: tuple[str, ...]
    sources: int  # independent outlets (URL host, else document) that report it
    confidence: float  # 1 - prod(1 - best confidence per outlet): more sources, more confidence
    participants: tuple[Actor, ...] = ()  # every actor its reports name ("hosted Aliyev and Pashinyan": three)


@dataclass
class BuildResult:
    """Everything one build produced; the writers (RDF, HTML, JSONL) read only this."""

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)  # IRI -> Actor
    events: list[Event] = field(default_factory=list)  # statements grouped by real-world event
    sentences: int = 0
    words: int = 0
    seconds: float = 0.0  # the whole build, model loading included
    load_seconds: float = 0.0  # loading the spaCy pipeline
    cached: int = 0  # documents taken from the incremental cache instead of parsed
    parsed: int = 0  # documents parsed by spaCy in this build
    requests: int = 0  # HTTP requests sent for URL inputs (robots.txt included)
    not_modified: int = 0  # of them, answered 304 Not Modified (the cached page was still current)
    state: Any = field(default=None, repr=False, compare=False)  # kg.incremental.CorpusState: what an update needs
    # kg.pipeline.StoredBuild: a large build kept on disk (documents, statements, events, actors left empty here)
    stored: Any = field(default=None, repr=False, compare=False)

    @property
    def document_count(self) -> int:
        """Documents built (those of a build kept on disk too)."""
        return self.stored.documents if self.stored is not None else len(self.documents)
