"""Relation lemma -> event type: PLOVER class, CAMEO code and quad class.

PLOVER (the Political Language Ontology for Verifiable Event Records) has 16 event classes;
CAMEO codes place an event in a finer hierarchy; the quad class (verbal/material
cooperation/conflict) is GDELT's coarse summary. The tables are data (``kg/data/events.json``).
Speech acts ("tell", "say to") keep a CAMEO 01 code but have no PLOVER class.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from kg.lexicon import american_spelling, load_lexicon
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
    nouns: dict[str, str]
    light_verbs: frozenset[str]
    ending_verbs: frozenset[str]
    reduced: dict[str, str]
    roots: dict[str, str | None]
    exceptions: dict[str, str]
    quads: dict[str, str]


@cache
def _tables() -> _Tables:
    raw = json.loads((resources.files("kg") / "data" / "events.json").read_text(encoding="utf-8"))
    return _Tables(  # a lemma comes in American spelling (kg.lexicon.american_spelling); the tables hold both
        lemmas=_both_spellings(raw["lemmas"]),
        phrases=_both_spellings(raw["phrases"]),
        nouns=raw.get("nouns", {}),
        light_verbs=frozenset(raw.get("light_verbs", ())),
        ending_verbs=load_lexicon().termination_verbs,
        reduced=raw["reduce_relations"]["codes"],
        roots={root: plover for root, (_, plover) in raw["cameo_roots"].items()},
        exceptions=raw["plover_exceptions"],
        quads=raw["quad_classes"],
    )


def _both_spellings(table: dict[str, str]) -> dict[str, str]:
    return {**{american_spelling(key): code for key, code in table.items()}, **table}


def _forms(noun: str) -> tuple[str, ...]:
    """The noun and its other number ("sanctions" -> "sanction"; "attack" -> "attacks")."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun, noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun, noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun, noun[:-1]
    return noun, noun + "s"


def _code(key: str, tables: _Tables) -> str | None:
    """CAMEO code of a lemma: exact entry, then "<verb> <noun>" patterns, then the verb, then the noun."""
    code = tables.phrases.get(key) or tables.lemmas.get(key)
    if code is not None or " " not in key:
        return code
    words = key.split()
    # the longest known verb at the start: "carry out attack" -> "carry out" + "attack"
    for cut in range(len(words) - 1, 0, -1):
        verb, rest = " ".join(words[:cut]), words[cut:]
        noun = rest[-1]
        for form in _forms(noun)[1:]:  # "lift sanction" / "launch attacks": the other number
            code = tables.phrases.get(" ".join([*words[:-1], form]))
            if code is not None:
                return code
        noun_code = next((tables.nouns[f] for f in _forms(noun) if f in tables.nouns), None)
        if verb in tables.ending_verbs and (reduced := _reduced(noun_code, tables)):
            return reduced  # "ended diplomatic ties", "froze talks": relations reduced, not the cooperation
        verb_code = tables.lemmas.get(verb)
        if verb_code is None and verb not in tables.light_verbs:
            continue
        if noun_code and (verb_code is None or verb in tables.light_verbs or verb_code.startswith("01")):
            return noun_code  # "mount offensive", "announce sanctions"
        return verb_code or noun_code
    # unknown verb: "call on" -> "call"; "hold exercises" -> the noun "exercises"
    first, last = words[0], words[-1]
    return tables.lemmas.get(first) or next((tables.nouns[f] for f in _forms(last) if f in tables.nouns), None)


def _reduced(noun_code: str | None, tables: _Tables) -> str | None:
    """The CAMEO 16 code ("reduce relations") for ending what a cooperation noun names: the most
    specific prefix of its code in ``reduce_relations`` (talks 040 -> halt negotiations 164, ties
    050 -> break diplomatic relations 161, aid 070 -> stop aid 162)."""
    if noun_code is None:
        return None
    return next((tables.reduced[noun_code[:n]] for n in (3, 2) if noun_code[:n] in tables.reduced), None)


def event_verbs() -> frozenset[str]:
    """The one-word verbs the event table codes ("reject", "expel", "summon"): verbs a headline's
    bare word may be (kg.nlp.headlines)."""
    return frozenset(lemma for lemma in _tables().lemmas if " " not in lemma)


@lru_cache(maxsize=8192)
def event_type(lemma: str) -> EventType:
    """The event type of a relation lemma ("hold talks", "urge", "lodge protest").

    >>> event_type("hold talks")
    EventType(event='CONSULT', quad='verbal cooperation', cameo='040')
    >>> event_type("tell")
    EventType(event=None, quad='verbal cooperation', cameo='010')
    >>> event_type("lift sanctions").event
    'RETREAT'
    >>> event_type("mount offensive").event  # unknown phrase, light verb: the noun's code
    'ASSAULT'
    >>> event_type("strike a deal").event, event_type("strike").event
    ('SUPPORT', 'ASSAULT')
    >>> event_type("admire")
    EventType(event=None, quad=None, cameo=None)
    """
    tables = _tables()
    words = lemma.lower().split()
    # "strike a deal" is the phrase "strike deal" (agree), never the verb "strike" (attack)
    cameo = _code(" ".join(words[:1] + [w for w in words[1:] if w not in ("a", "an", "the")]), tables)
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
