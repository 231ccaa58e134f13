"""Token-level helpers of the extraction rules: dependency labels named once, prepositional
objects, noun-phrase edges and word joins. Nothing here knows about actors or the lexicon."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

# Dependency labels, named once (spaCy's ClearNLP-style English scheme).
SUBJECT = "nsubj"
PASSIVE_SUBJECT = "nsubjpass"
DIRECT_OBJECT = "dobj"
DATIVE = "dative"
PREPOSITION = "prep"
PREP_OBJECT = "pobj"
AGENT = "agent"
APPOSITION = "appos"
POSSESSOR = "poss"
NEGATION = "neg"
AUXILIARY = ("aux", "auxpass")
PARTICLE = "prt"
PARTICIPANT_PREPS = frozenset({"with", "between"})
LOCATIVE_PREPOSITIONS = frozenset({"near", "outside", "inside", "around", "beyond"})  # never the first word of a name
NP_MODIFIERS = ("compound", "amod", "nmod", "poss", "nummod", "det", "case", "punct", "flat")

VERBAL_PREPOSITIONS = frozenset({"regarding", "concerning", "including", "following"})  # often parsed as verbs


def preps_of(head: Token, allowed: frozenset[str]) -> Iterator[tuple[Token, Token]]:
    for prep in head.children:
        if prep.lower_ in allowed and (prep.dep_ == PREPOSITION or (prep.tag_ == "VBG" and prep.lower_ in VERBAL_PREPOSITIONS)):
            for pobj in prep.children:
                if pobj.dep_ == PREP_OBJECT:
                    yield prep, pobj


def whole_name(token: Token) -> Span:
    """The entity ``token`` is part of ("Saudi Arabia" for "Arabia"; the token alone when it is in none)."""
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), token.doc[token.i : token.i + 1])


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts ``token`` is one of ("Beijing" for "Tokyo" in "Beijing and Tokyo"):
    where the phrase they share hangs."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def np_left(head: Token) -> int:
    """Left edge of the pre-modifiers of ``head`` ("Chinese leader" in "Chinese leader Xi Jinping")."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in NP_MODIFIERS:
            left = min(left, child.left_edge.i)
    return left


def nationality_words(
    head: Token, deps: tuple[str, ...] = ("amod", "compound"), labels: tuple[str, ...] = ("NORP", "GPE")
) -> list[Token]:
    """Modifiers of ``head`` that name a nationality or country ("Japanese" in "Japanese goods")."""
    return [c for c in head.children if c.dep_ in deps and c.ent_type_ in labels]


def leading_names(participle: Token) -> list[Token]:
    """The names glued onto a participle before its noun: "EU" in "an EU-led dialogue", "Union" in
    "African Union-led talks" (kg.extract.nouns.mediated_statements)."""
    return nationality_words(participle, deps=("npadvmod", "compound", "nmod"), labels=("NORP", "GPE", "ORG"))


def hyphenated(token: Token) -> str:
    """The word a token ends, hyphens included: "build-up" is parsed as "build", "-", "up"."""
    doc, i = token.doc, token.i
    if i < 2 or token.nbor(-1).text != "-":
        return token.lower_
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i : token.i + 1].text.lower()


def up_to_number(token: Token) -> bool:
    """"up" in "killed up to 50 soldiers": a quantity, which the parser takes for a particle."""
    doc = token.doc
    if token.dep_ != PARTICLE or token.lower_ != "up" or token.i + 2 >= len(doc):
        return False
    return doc[token.i + 1].lower_ == "to" and doc[token.i + 2].like_num


def join_words(tokens: Iterable[Token]) -> str:
    ordered = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    return " ".join(t.text for t in ordered)


_LEADING_JUNK = re.compile(r"^(?:[^\w\n]{0,3}\n)+\s*|^\s+")


def leading_junk(text: str) -> int:
    """Length of what a sentence span carries over from the paragraph before: whitespace, or a
    closing quote followed by a line break ('"\n\nThe feud ...')."""
    match = _LEADING_JUNK.match(text)
    return match.end() if match else 0
