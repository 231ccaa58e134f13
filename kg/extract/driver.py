"""The driver: runs every rule family over each sentence of a parsed ``Doc`` and collects what
they yield into one :class:`~kg.types.ParsedDocument`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc, Span, Token

from kg.events.classes import event_type
from kg.extract.clauses import conditional_threat_statements, named_members, refusal_statements, threat_statements
from kg.extract.context import Context, event_lemma, new_context
from kg.extract.mentions import FIRST_PERSON, mention_of, mentions_of, pair_mentions
from kg.extract.nouns import (
    agent_event_statements, attack_victim_statements, deverbal_event_statements, event_np_statements, implicit_custody_statements, mediated_statements, mutual_statements,
    relation_change_of, release_statements, relation_noun_statements, source_statements, stance_statements,
)  # fmt: skip
from kg.extract.syntax import APPOSITION, PASSIVE_SUBJECT, PREP_OBJECT, PREPOSITION, SUBJECT
from kg.extract.verbs import state_statements, verb_statements
from kg.lexicon import Lexicon, american_spelling, load_lexicon
from kg.types import Mention, ParsedDocument, RawStatement


def extract(doc: Doc, offset: int = 0, sentence_base: int = 0, lexicon: Lexicon | None = None) -> ParsedDocument:
    """All mentions and raw statements of a parsed ``doc``.

    ``offset`` and ``sentence_base`` place a chunk of a long document inside the whole.
    """
    ctx = new_context(doc, lexicon or load_lexicon(), offset, sentence_base)
    sentences = list(doc.sents)
    found: dict[tuple[int, int, int], Mention] = {}
    for ent in doc.ents:
        if ent.label_ in ctx.lex.actor_entity_labels:
            mention = mention_of(ent.root, ctx, is_subject=_subject_like(ent.root))
            if mention is not None:
                _register(found, mention)
    for token in doc:  # "exchanges between the two countries as they deepen ties": a pair "they" may refer back to
        if token.lower_ in ctx.lex.pair_nouns:
            for mention in pair_mentions(token, ctx, is_subject=token.dep_ in (SUBJECT, PASSIVE_SUBJECT)):
                _register(found, mention)
        elif token.lower_ in FIRST_PERSON and token.pos_ == "PRON":  # "I said yes": the quote's speaker, as context
            mention = mention_of(token, ctx, is_subject=token.dep_ in (SUBJECT, PASSIVE_SUBJECT))
            if mention is not None:
                _register(found, mention)
        elif token.dep_ == SUBJECT and token.pos_ == "NOUN" and token.head.lemma_.lower() in ctx.lex.reporting_verbs:
            # "Kenya's foreign ministry said that it had summoned ...": a speaker named by a noun, whom
            # an "it" or "he" of what it says refers back to, though its saying relates it to no one
            mention = mention_of(token, ctx, is_subject=True)
            if mention is not None:
                _register(found, mention)
    statements: list[RawStatement] = []
    for sent in sentences:
        label_end = headline_label_end(sent, ctx)
        for statement in sentence_statements(sent, ctx):
            if acts_on_audience(statement, ctx) or heads_a_body(statement) or calls_or_causes_protests(statement, ctx):
                continue
            if label_end is not None and across_label(statement, label_end):
                continue
            if not english_relation(statement):
                continue
            statements.append(statement)
            for m in (statement.subject, statement.object):
                _register(found, m)
    # A quoted "we" is resolved through its speaker's mention, which must be resolved too.
    known = {m.key: m for m in ctx.mention_at.values() if m is not None}
    for mention in [m for m in found.values() if m.speaker is not None]:
        if mention.speaker in known:
            _register(found, known[mention.speaker])
    # Pronouns and role nouns that are not arguments still matter as context for later ones.
    ordered = tuple(replace(m, main=True) if m.is_subject and _main_subject(m, doc, offset) else m for m in sorted(found.values(), key=lambda m: m.key))
    words = int((doc.to_array([IS_SPACE, IS_PUNCT]).sum(axis=1) == 0).sum()) if len(doc) else 0
    return ParsedDocument(mentions=ordered, statements=_dedupe(statements), sentences=len(sentences), words=words)


def _main_subject(mention: Mention, doc: Doc, offset: int) -> bool:
    """Whether ``mention`` is the subject of its sentence's main clause, not of a clause inside it:
    Tokayev in "After Nazarbayev left, Tokayev said ...", whom a "he" of the next sentence means
    first (kg.resolve.references)."""
    span = doc.char_span(mention.start - offset, mention.end - offset, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root
    if head.dep_ == APPOSITION:
        head = head.head
    while head.dep_ == "conj" and head.head.i != head.i:  # "X and Y said"
        head = head.head
    if head.dep_ not in (SUBJECT, PASSIVE_SUBJECT):
        return False
    verb = head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "X arrived and said"
        verb = verb.head
    return verb.dep_ == "ROOT"


def _subject_like(token: Token) -> bool:
    """A clause's subject, or a name in apposition to it ("Ruto's adviser, Daniel Bwala, said"):
    who the clause is about, for the pronouns and pairs resolved against it."""
    if token.dep_ == APPOSITION:  # the parser may hang it on the subject's last noun ("adviser on policy, X,")
        token = token.head
        while token.dep_ in (PREP_OBJECT, PREPOSITION) and token.head.i < token.i:
            token = token.head
    return token.dep_ in (SUBJECT, PASSIVE_SUBJECT)


def acts_on_audience(statement: RawStatement, ctx: Context) -> bool:
    """A bare audience noun ("reporters", "journalists", "the media": ``audience_nouns``) is whom
    something is said to; done to it materially, it is no addressee, and with no nationality no
    actor: "released prisoners, including activists and journalists" (belarus-prisoner-release),
    "police fired tear gas at ... journalists" (georgia-eu-protests). Only what is said, told or
    expressed to it is kept ("told reporters", "speaking to the media": tier hard in the guidelines)."""
    obj = statement.object
    if obj.kind != "collective" or obj.name not in ctx.lex.audience_nouns:
        return False
    return (event_type(statement.lemma).quad or "").startswith("material")


def calls_or_causes_protests(statement: RawStatement, ctx: Context) -> bool:
    """Protests that stand for the protesters (kg.extract.mentions.protest_people) are acted on only
    by what is done to them: protests called, held, banned, sparked or described are an event, no act
    on anyone ("the arrest sparked protests" in turkey-imamoglu-arrest, "she said, describing the
    protests" in madagascar-genz-coup; ``protest_calling_verbs``)."""
    obj = statement.object
    if obj.kind != "collective" or obj.text.split()[-1].lower() not in ctx.lex.protest_nouns:
        return False
    return statement.lemma.split()[0] in ctx.lex.protest_calling_verbs


OFFICE_LEMMAS = frozenset({"lead"})


LABEL_WORDS = 8  # a label before a colon is a few words: "Pentagon:", "Turkey's Syria offensive:"


def headline_label_end(sent: Span, ctx: Context) -> int | None:
    """Where a label that opens a sentence ends (the colon's character offset in the document), or None:
    "Pentagon: Baghdad air strike kills top Iranian general", "Canada: Trudeau alleges India's
    involvement", "Seoul: Han Dong-hoon ... expressed support for ...". A few words and no verb
    before the colon: a source, a place or a topic, not a "said:" that opens a quote."""
    for token in sent[: LABEL_WORDS + 1]:
        if token.text == ":":
            before = sent.doc[sent.start : token.i]
            if before and not any(t.pos_ in ("VERB", "AUX") for t in before):
                return token.idx + ctx.offset
            return None
    return None


def across_label(statement: RawStatement, label_end: int) -> bool:
    """Whether one argument is in a sentence's opening label and the other in the clause after it: the
    label is no side of that clause's act ("Pentagon: air strike kills top Iranian general" is no killing
    by the Pentagon; dev soleimani-killing-2020, india-canada-diplomat-row, south-korea-yoon-impeachment,
    turkey-syria-peace-spring-2019)."""
    first, second = sorted((statement.subject, statement.object), key=lambda m: m.start)
    return first.end <= label_end < second.start


def english_relation(statement: RawStatement) -> bool:
    """Whether the relation is an English verb phrase between two named things: a line of another
    script left in a page (an embedded post's "🇮🇱 🇹🇷 — יאיר לפיד - Yair Lapid", dev
    israel-turkey-ties-restored-2022) gives the parser a "verb" in Hebrew and a flag for a subject."""
    return statement.lemma.isascii() and all(any(ch.isalpha() for ch in m.text) for m in (statement.subject, statement.object))


def heads_a_body(statement: RawStatement) -> bool:
    """Leading an actor is the office one holds, a state and no act on it (the guidelines'
    "attributes and states"): "the authorities, led by the president and the premier"
    (israel-hezbollah-lebanon), "a delegation led by the security adviser" (nigeria-us-threat).
    Only the bare verb: leading talks or an attack is the event noun's relation ("lead talks")."""
    return statement.lemma in OFFICE_LEMMAS


def _register(mentions: dict[tuple[int, int, int], Mention], mention: Mention) -> None:
    """Keep one mention per span, with everything any rule learnt about it (roles, hints)."""
    key = mention.key
    known = mentions.get(key)
    if known is None:
        mentions[key] = mention
        return
    mentions[key] = replace(
        known,
        is_subject=known.is_subject or mention.is_subject,
        roles=tuple(dict.fromkeys(known.roles + mention.roles)),
        hints=tuple(dict.fromkeys(known.hints + mention.hints)),
    )


def _dedupe(statements: Iterable[RawStatement]) -> tuple[RawStatement, ...]:
    """One statement per actor pair, lemma and sentence (the surest rule's), each lemma in one spelling."""
    seen: dict[tuple, RawStatement] = {}
    for st in statements:
        if (spelled := american_spelling(st.lemma)) != st.lemma:
            st = replace(st, lemma=spelled)
        key = (st.subject.key, st.object.key, st.lemma, st.sentence)
        if key not in seen or st.confidence > seen[key].confidence:
            seen[key] = st
    return tuple(seen.values())


def member_statements(statements: list[RawStatement], sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """What a body that is a clause's subject does, the people it names as its members or leaders
    do too ("officials, including X, criticized Y", "authorities, led by X, tasked Y": see
    :func:`kg.extract.clauses.named_members`). Copied statement by statement, so that the members
    are never co-subjects paired with their own body ("officials, including X, met")."""
    groups: dict[tuple[int, int, int], list[Mention]] = {}
    for token in sent:
        if token.dep_ == SUBJECT:
            members = named_members(token, ctx)
            if members:
                for group, _ in mentions_of(token, ctx, is_subject=True):
                    groups.setdefault(group.key, []).extend(m for m in members if m.key != group.key)
    for statement in statements:
        for member in groups.get(statement.subject.key, ()):
            if member.key != statement.object.key:
                yield replace(statement, subject=member)


def sentence_statements(sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """Every rule family over the tokens of one sentence, in token order: verb rules (and the
    clause rules that wrap what a verb yielded), then the noun rules."""
    for token in sent:
        yield from mediated_statements(token, sent, ctx)
        yield from implicit_custody_statements(token, sent, ctx)
        yield from attack_victim_statements(token, sent, ctx)
        yield from release_statements(token, sent, ctx)
        if token.pos_ == "VERB" and token.tag_ == "VBG" and any(c.dep_ == "poss" or any(x.dep_ == "case" for x in c.children) for c in token.children):
            yield from deverbal_event_statements(token, sent, ctx)  # "the government's disarming of Y": a gerund the parser tags a verb
        if token.pos_ == "AUX" and token.dep_ in ("ccomp", "conj", "advcl", "relcl"):
            yield from state_statements(token, sent, ctx)  # "said the US was in touch with Y": a copula in a clause
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            statements = list(verb_statements(token, sent, ctx))
            if not statements:
                continue  # nothing for the rules below to wrap (a verb is not a noun: no noun rules either)
            yield from statements
            yield from member_statements(statements, sent, ctx)
            yield from refusal_statements(token, statements, ctx)
            yield from threat_statements(token, statements, ctx)
            yield from conditional_threat_statements(token, statements)
        if token.pos_ in ("NOUN", "PROPN") and (event_lemma(token, ctx) or relation_change_of(token, ctx)):
            yield from event_np_statements(token, sent, ctx)
        if token.pos_ == "NOUN":
            yield from mutual_statements(token, sent, ctx)
            yield from agent_event_statements(token, sent, ctx)
            yield from relation_noun_statements(token, sent, ctx)
            yield from stance_statements(token, sent, ctx)
            yield from source_statements(token, sent, ctx)
