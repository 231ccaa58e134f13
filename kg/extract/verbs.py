"""Verb rules: what a verb relates, by the way the sentence attaches its arguments.

:func:`verb_statements` builds one :class:`Clause` per verb and runs the rules on it in a fixed
order (the order decides which of two equal statements is kept, see ``kg.extract.driver``):
passive voice first (it excludes the rest), then the rules on the verb's subjects, one
dependent of the verb at a time (:func:`dependent_statements`), then the rules that look at what
those found (:func:`place_target`, :func:`during_event`, :func:`symmetric_subjects`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from kg.events.classes import event_type
from kg.extract.clauses import culprit_clause, demand_lemma, headline_first_verb, negation_and_modality, subjects_of
from kg.extract.context import (
    PROTEST_HOLDING_VERBS, Context, event_behind, event_lemma, governs_prep_object, is_hostile, is_symmetric_noun, new_statement,
    plural_protests, preposition_particle, request_object, stance_prep, verb_lemma,
)  # fmt: skip
from kg.extract.mentions import QUANTITY_PREPS, entity_only, event_preps_of, hyphen_agent, make_mention, mention_of, mentions_of
from kg.extract.syntax import (
    AGENT, APPOSITION, DATIVE, DIRECT_OBJECT, NEGATION, PARTICIPANT_PREPS, PARTICLE, PASSIVE_SUBJECT, POSSESSOR, PREP_OBJECT, PREPOSITION,
    SUBJECT, first_conjunct, leading_names, nationality_words, np_left, preps_of, up_to_number, whole_name,
)  # fmt: skip
from kg.lexicon import load_gazetteer
from kg.types import Mention, RawStatement


@dataclass
class Clause:
    """One verb and what every verb rule asks about it, worked out once."""

    verb: Token
    sent: Span
    ctx: Context
    lemma: str
    plain: bool  # "be", "have", ... relate nothing by themselves, but can carry an event noun ("has disputes with")
    negated: bool
    modality: str | None
    words: list[Token]  # the verb with its particle, passive auxiliary and negation
    subjects: list[tuple[Mention, bool]] = field(default_factory=list)  # (subject, found through a possessor)
    event_object: Token | None = None  # "provided military aid to Taiwan": the event noun the verb supports

    def make(self, subj: Mention, obj: Mention, lemma: str, words: list[Token], rule: str, sym: bool = False) -> RawStatement:
        return new_statement(self.verb, self.sent, self.ctx, subj, obj, lemma, words, rule, self.negated, self.modality, sym)


def new_clause(verb: Token, sent: Span, ctx: Context) -> Clause:
    lemma = verb_lemma(verb, ctx)
    negated, modality = negation_and_modality(verb, ctx)
    words = [verb, *[c for c in verb.children if c.dep_ in (PARTICLE, "auxpass", NEGATION)]]
    plain = lemma not in ctx.lex.skip_relation_lemmas and (lemma not in HANDSHAKE_VERBS or _shakes_hands(verb))
    return Clause(verb, sent, ctx, lemma, plain, negated, modality, words)


# "Tsipras and Zaev embraced", "Blinken and Qin shook hands", "Nyusi shook hands with Momade": a greeting
# between the two (symmetric_verbs, exchange_verbs; dev greece-macedonia-prespa-deal-2018,
# mozambique-renamo-peace-2019, blinken-beijing-visit-2023, ethiopia-eritrea-peace-2018). "Shake" relates
# no one but with its hands ("the crisis shook the markets").
HANDSHAKE_VERBS = frozenset({"shake"})


def _shakes_hands(verb: Token) -> bool:
    return any(c.dep_ == DIRECT_OBJECT and c.lower_ == "hands" for c in verb.children)


# Sources a reporter cites that the text does not name: officials of a state, a described person
# ("AP cited U.S. officials as saying", "citing a high-ranking Moroccan diplomat": the dev gold of
# soleimani-killing-2020, iran-us-prisoner-swap-2023, morocco-germany-ties-suspended-2021), each an
# actor of its own; never the state (an official known only by the body he works in, "an unnamed
# official from Japan's ministry", resolves to no one: kg.resolve.actors).
UNNAMED_SOURCE_KINDS = frozenset({"group", "collective", "role"})


def _cited_itself(source: Mention, cited: list[int]) -> bool:
    """Whether an unnamed source is what the verb cites, its object (or passive subject): not the author of the
    words cited ("accused Kenya of bias, citing statements by Kenyan officials": the statements are
    cited, as evidence, dev sudan-kenya-mediation-rejection-2023)."""
    return any(source.start <= at < source.end for at in cited)


def verb_statements(verb: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """Every statement of ``verb``, its rules run in their fixed order (see the module's docstring).
    A verb of citing ("TASS quoted Pashinyan", "Armenpress cited Pashinyan": armenia-russia-rift;
    "Ukrainska Pravda cited Echo of the Caucasus": georgia-eu-protests) relates the reporter to a
    source named in the text only: an unnamed official quoted is an anonymous source, not the state
    the office stands for elsewhere (``source_verbs`` in lexicon.json)."""
    if visiting_guest(verb.head) == verb:
        return  # "met visiting Brazilian President Lula": "visiting" describes the host verb's object
    if _sequence_of_events(verb, ctx):
        return
    if (agent := hyphen_agent(verb)) is not None:
        yield from agent_backing(new_clause(verb, sent, ctx), agent)
        return
    statements = clause_statements(verb, sent, ctx)
    if verb_lemma(verb, ctx) in ctx.lex.source_verbs:
        cited = [c.idx + ctx.offset for c in verb.children if c.dep_ in (DIRECT_OBJECT, PASSIVE_SUBJECT)]  # "X was cited by AFP"
        statements = (s for s in statements if s.object.kind == "name" or (s.object.kind in UNNAMED_SOURCE_KINDS and _cited_itself(s.object, cited)))
    yield from statements


def agent_backing(clause: Clause, agent: Token) -> Iterator[RawStatement]:
    """Rule ``svo``: the hyphenated name backs (leads, funds) what the participle modifies
    (:func:`kg.extract.mentions.hyphen_agent`; the dev gold, hard tier, in eleven stories:
    israel-iran-damascus-consulate-2024 "Iranian-backed Houthis", soleimani-killing-2020 "Iran-backed
    militias", kazakhstan-unrest-csto-2022 "the Russian-led military alliance", mali-ukraine-ties-cut-2024,
    turkey-syria-peace-spring-2019, haiti-kenya-police-mission, ...). A brokered or sponsored deal
    or talks are the mediation rules' (no actor noun)."""
    ctx, noun = clause.ctx, clause.verb.head
    start, end = agent.idx + ctx.offset, noun.idx + len(noun) + ctx.offset  # the noun's own phrase
    for subj, _ in mentions_of(agent, ctx, is_subject=True):
        for obj, via_possessor in mentions_of(noun, ctx):
            if not via_possessor and obj.end > start and obj.start < end:  # not a conjunct ("Turkish troops and Turkish-backed fighters")
                yield clause.make(subj, obj, clause.lemma, [agent, clause.verb], "svo")


SEQUENCE_VERBS = frozenset({"follow", "precede"})


def _sequence_of_events(verb: Token, ctx: Context) -> bool:
    """"tensions following the Israel-Hamas war", "Trump's threat followed weeks of accusations":
    one event coming after another, not an act of one actor on another. Only an actor that is the
    verb's own subject follows someone ("Niger follows Mali in cutting ties"); a participle with no
    subject of its own, or a subject that is an event noun or someone's act, orders events (session 27: dev
    colombia-israel-ties-cut-2024, nigeria-us-threat)."""
    if verb_lemma(verb, ctx) not in SEQUENCE_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == SUBJECT]
    owned = any(c.dep_ == POSSESSOR for s in subjects for c in s.children)  # "Trump's threat": an act, not its owner
    return not subjects or owned or any(event_lemma(s, ctx) is not None for s in subjects)


def clause_statements(verb: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    clause = new_clause(verb, sent, ctx)
    lex, lemma = ctx.lex, clause.lemma
    if is_characterisation(clause) or agreement_purpose(verb, ctx):
        return
    yield from engaged_in(clause)
    yield from at_odds(clause)
    if any(c.dep_ in (PASSIVE_SUBJECT, "auxpass") for c in verb.children) or passive_participle(verb):
        yield from passive_statements(clause)
        yield from joint_passive(clause)
        return
    if (verb.dep_ == "acl" and verb.tag_ == "VBN") or any(preps_of(verb, frozenset({"between"}))):
        yield from joint_passive(clause)  # "the deal struck between Washington and Beijing"
    yield from relation_subject(clause)
    clause.subjects = subjects_of(verb, ctx)
    if not clause.subjects:
        return
    yield from adjective_relation(clause)
    yield from membership(clause)
    yield from presence_visit(clause)
    clause.event_object = next(
        (c for c in verb.children if c.dep_ == DIRECT_OBJECT and lemma in lex.support_verbs and event_lemma(c, ctx, lemma)),
        None,
    )
    places = list(place_targets(verb, lemma, ctx))
    emitted: list[Mention] = []  # objects found so far, for all subjects: the later rules ask about them
    for subj, subj_possessor in clause.subjects:
        base_rule = "possessor" if subj_possessor else None
        for child in verb.children:
            for statement in dependent_statements(clause, subj, base_rule, child):
                if statement.object.kind != "act_doer":  # who did a condemned act is decided later, if at all
                    emitted.append(statement.object)
                yield statement
        if not emitted:
            yield from shared_object(clause, subj, base_rule)
            yield from summoned_envoy(clause, subj, base_rule)
            yield from denied_charge(clause, subj, base_rule)
            yield from place_target(clause, subj, base_rule, places)
            yield from press_audience(clause, subj, base_rule)
            yield from interview_outlet(clause, subj, base_rule)
            yield from broadcast_outlet(clause, subj, base_rule)
        yield from speech_audience(clause, subj, base_rule)
        yield from during_event(clause, subj, emitted)
    yield from symmetric_subjects(clause, emitted)
    yield from together_subjects(clause, emitted)
    yield from reciprocal(clause, emitted)
    yield from joint_decision(clause, emitted)
    yield from joint_event(clause)
    yield from mutual_event(clause)


CONJOINED_VERB_GAP = 4  # words from a verb to the verb joined to it by "and" ("met and briefly talked with")
GREETING_VERBS = frozenset({"greet"})  # a relation verb the event table gives no type ("greeted and embraced Xi")


def shared_object(clause: Clause, subj: Mention, base_rule: str | None) -> Iterator[RawStatement]:
    """"Putin met and talked with Xi", "greeted and embraced Xi", "Castro shook hands and chatted with
    Kerry", "shook hands and took photos with Xi" (dev cuba-us-thaw-obama-visit-2016,
    xi-putin-moscow-visit-2023): a verb of an event type that has no object of its own and the verb
    "and" joins to it, with no subject of its own, share that verb's object (a handshake, whose own
    object is the hands, shares only the "with" partner). Not a verb of motion: "arrived and met Xi"
    is no arrival at Xi; not an infinitive, whose subject is often the parser's guess (dev
    us-russia-griner-bout-swap-2022)."""
    verb, ctx = clause.verb, clause.ctx
    hands = _shakes_hands(verb)
    known = event_type(clause.lemma).cameo is not None or clause.lemma in ctx.lex.symmetric_verbs or clause.lemma in GREETING_VERBS
    if not clause.plain or clause.lemma in ctx.lex.motion_verbs or not known:
        return
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return  # "mediation ... to release and swap two prisoners": an aim, whose subject the parser lends from the main clause
    if any(c.dep_ in (DIRECT_OBJECT, DATIVE) for c in verb.children) and not hands:
        return
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i), None)
    if joined is None or joined.i - verb.i > CONJOINED_VERB_GAP + (1 if hands else 0):  # "shook hands and ..."
        return
    if not any(t.dep_ == "cc" and t.lower_ == "and" and verb.i < t.i < joined.i for t in verb.children):
        return
    if any(c.dep_ in (SUBJECT, PASSIVE_SUBJECT) for c in joined.children):
        return  # "Putin met Xi and the two signed ...": a clause of its own
    for child in joined.children:
        if (child.dep_ == DIRECT_OBJECT and not hands) or (child.dep_ == PREPOSITION and child.lower_ == "with"):
            yield from dependent_statements(clause, subj, base_rule, child)


SUMMONING_VERBS = frozenset({"summon", "call in"})


def summoned_envoy(clause: Clause, subj: Mention, base_rule: str | None) -> Iterator[RawStatement]:
    """Rule ``purpose``: "summoned the Russian ambassador to protest the bombing", "summoned the
    French ambassador to express a strong protest over ...": what a summons is for, when it names no
    actor of its own, is said to the envoy summoned (dev turkey-russia-jet-shootdown-2015,
    azerbaijan-france-diplomat-expulsions-2023)."""
    verb, ctx = clause.verb, clause.ctx
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return
    if verb_lemma(verb.head, ctx) not in SUMMONING_VERBS or not clause.plain:
        return
    thing = next((c for c in verb.children if c.dep_ == DIRECT_OBJECT), None)
    event = event_lemma(thing, ctx, clause.lemma) if thing is not None and clause.lemma in ctx.lex.support_verbs else None
    if thing is not None and event is None and event_type(clause.lemma).event is None:
        return
    if not (event_type(event or clause.lemma).quad or "").startswith("verbal"):
        return  # "summoned the ambassador to provide an explanation": what the envoy is to do (dev uganda-rwanda-border-closure-2019)
    for envoy in (c for c in verb.head.children if c.dep_ == DIRECT_OBJECT):
        for obj, via_possessor in mentions_of(envoy, ctx):
            if not via_possessor:
                yield clause.make(subj, obj, event or clause.lemma, clause.words, base_rule or "purpose")


ACCUSING_VERBS = frozenset({"accuse", "blame", "allege", "claim", "charge"})
CHARGE_LEAD = frozenset({"that", "which"})
SETTING_OFF = frozenset({",", ";", "-", "\u2013", "\u2014"})


def denied_charge(clause: Clause, subj: Mention, base_rule: str | None) -> Iterator[RawStatement]:
    """Rule ``svo``: "Burundi accused Rwanda of backing the rebels, an accusation Rwanda has denied",
    "Trudeau accused India of the killing - accusations that India rejected": a charge set off after
    an accusing verb sums that accusation up, and whoever denies it denies its author, the accusing
    verb's subject (dev burundi-rwanda-border-closure-2024, india-canada-diplomat-row,
    armenia-russia-rift). The charge noun stands just before the denial's subject ("allegations
    Rwanda denied", "a charge it denies"), however the parser attached it."""
    verb, sent = clause.verb, clause.sent
    if clause.lemma not in DENIAL_VERBS or clause.negated:
        return
    doc = verb.doc
    subject_word = next((c for c in verb.children if c.dep_ == SUBJECT), None)
    if subject_word is None:
        return
    at = subject_word.left_edge.i - 1
    if at >= sent.start and doc[at].lower_ in CHARGE_LEAD:
        at -= 1
    charge = doc[at] if at >= sent.start else None
    if charge is None or charge.lemma_.lower() not in CHARGE_NOUNS or charge.tag_ not in ("NN", "NNS"):
        return
    before = charge.i - 1
    while before > sent.start and (doc[before].dep_ in ("det", "amod") or doc[before].tag_ in ("DT", "JJ")):
        before -= 1  # "an accusation", "the same allegations"
    if before <= sent.start or doc[before].text not in SETTING_OFF:
        return
    accusing = [t for t in sent if t.i < before and t.pos_ == "VERB" and verb_lemma(t, clause.ctx) in ACCUSING_VERBS]
    if not accusing or any(c.dep_ in (PASSIVE_SUBJECT, "auxpass") for c in accusing[-1].children):
        return  # "he was charged with spying, charges he denies": the accuser is not said
    for author, via_possessor in subjects_of(accusing[-1], clause.ctx):
        if not via_possessor and author.key != subj.key:
            yield clause.make(subj, author, clause.lemma, [*clause.words, charge], base_rule or "svo")


AGREEMENT_NOUNS = frozenset(
    {"agreement", "agreements", "deal", "accord", "accords", "treaty", "pact", "truce", "ceasefire", "armistice", "declaration", "compromise"}
)
SIGNING_VERBS = frozenset({"sign", "ink", "seal", "conclude"})


def agreement_purpose(verb: Token, ctx: Context) -> bool:
    """"signed an agreement to end hostilities", "have signed a peace accord to end the war": an
    infinitive that says what an agreement is for is the agreement's aim, no act of its signers on
    each other or on the place ("to end fighting in Afghanistan"). The dev gold records the
    signing only (armenia-azerbaijan-peace, mozambique-renamo-peace-2019,
    us-taliban-doha-agreement-2020); so is a joint declaration's or a compromise's, right after it
    even where the parser hangs the infinitive on "agreed" ("agreed on a joint declaration to resolve
    their dispute", "agree on compromise to end tension": somalia-ethiopia-ankara-declaration-2024,
    a narrowing on one story). What parties agree or decide to do ("agreed to extend the truce") is
    not such an infinitive: it hangs on the verb, not on the agreement."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if _talks_aim(verb, head):
        return True
    if verb.dep_ == "acl":
        return head.pos_ == "NOUN" and head.lower_ in AGREEMENT_NOUNS
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "agree":  # the parser hangs the aim on "agreed on a declaration"
        return any(noun.lower_ in AGREEMENT_NOUNS and noun.i + 2 == verb.i for _, noun in preps_of(head, frozenset({"on", "to"})))
    # only a verb that makes the agreement: "violated the truce to attack" is an attack
    return verb.dep_ == "advcl" and head.lemma_.lower() in SIGNING_VERBS and any(
        c.dep_ == DIRECT_OBJECT and c.lower_ in AGREEMENT_NOUNS for c in head.children
    )


TALKS_NOUNS = frozenset({"talks", "negotiations", "dialogue", "consultations"})
REACHING_VERBS = frozenset({"reach", "strike", "secure", "clinch", "seal", "conclude"})


def _talks_aim(verb: Token, head: Token) -> bool:
    """"resume talks to reach a binding deal", "held negotiations to strike an accord": the deal is
    what the talks are for, not yet made, and no agreement between their parties (dev
    egypt-ethiopia-gerd-dispute-2020: six false rows, a narrowing). The parser hangs the infinitive
    on the talks or on the verb whose object they are."""
    if verb.lemma_.lower() not in REACHING_VERBS or not any(
        c.dep_ == DIRECT_OBJECT and c.lower_ in AGREEMENT_NOUNS for c in verb.children
    ):
        return False
    if verb.dep_ == "acl":
        return head.lower_ in TALKS_NOUNS
    return verb.dep_ == "advcl" and any(c.dep_ == DIRECT_OBJECT and c.lower_ in TALKS_NOUNS for c in head.children)


def is_characterisation(clause: Clause) -> bool:
    """"China regards Taiwan as part of its territory", "calling it an immoral threat": a verb that
    says what something is, not what was done to whom. Naming an actor so ("called the ships an
    illegal threat") is denouncing it, and stays a statement."""
    lex, verb = clause.ctx.lex, clause.verb
    named = [c for c in verb.children if c.dep_ == DIRECT_OBJECT]
    predicate = any(c.dep_ in ("oprd", "ccomp") or (c.dep_ == PREPOSITION and c.lower_ == "as") for c in verb.children)
    if clause.lemma in lex.belief_verbs:  # of an actor; "is considering sanctions on Japan" is weighing an act
        return predicate or (bool(named) and mention_of(named[0], clause.ctx) is not None)
    if clause.lemma in lex.claiming_verbs:  # "claims Taiwan as part of its territory"
        return any(c.dep_ == PREPOSITION and c.lower_ == "as" for c in verb.children)
    if clause.lemma not in lex.naming_verbs:
        return False
    # "calling the detention of Imamoglu a coup", "called the downing of a Sukhoi a stab in the back": an act
    # named so, whose patient is no one denounced (session 28: dev turkey-imamoglu-arrest,
    # ecuador-mexico-embassy-raid, turkey-russia-jet-shootdown-2015; the parser may hang the name on the
    # act as an apposition, so with or without a predicate)
    if named and named[0].lemma_.lower() in PATIENT_ACT_NOUNS:
        return True
    return predicate and bool(named) and named[0].lower_ in lex.thing_pronouns | {"this", "that", "itself"}  # "calling it an immoral threat"


PATIENT_ACT_NOUNS = frozenset(
    {"detention", "arrest", "imprisonment", "jailing", "downing", "killing", "abduction", "kidnapping", "execution", "assassination", "murder"}
)


def passive_participle(verb: Token) -> bool:
    """"Hezbollah, a group backed by Iran", "talks mediated by Qatar": a past participle with its
    agent, hung on the noun it says was acted upon; or set off after a clause, whose subject is
    what was acted upon ("Duterte returned to Manila, accompanied by his daughter": dev
    duterte-icc-arrest-2025; "Encouraged by Washington, Taiwan said ..."); or with the parser's subject and no
    auxiliary ("the visit saw Macron accompanied by von der Leyen": macron-xi-beijing-visit-2023)."""
    if verb.tag_ != "VBN" or not any(c.dep_ == AGENT for c in verb.children):
        return False
    if verb.dep_ == "acl":
        return True
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children):
        return False  # "as reported by AP": the source of a report; "showed him being assaulted by crowds": what is shown
    subject = any(c.dep_ in (SUBJECT, PASSIVE_SUBJECT) for c in verb.children)
    if verb.dep_ == "advcl":
        return not subject and any(c.dep_ in (SUBJECT, PASSIVE_SUBJECT) for c in verb.head.children)
    return verb.dep_ == "ccomp" and subject


def participle_objects(verb: Token, ctx: Context) -> list[Token]:
    """What a :func:`passive_participle` says was acted upon."""
    if verb.dep_ == "acl":
        noun = verb.head
        # "Hezbollah, a group backed by Iran": the group is the name it is apposed to
        return [noun.head if noun.dep_ == APPOSITION and noun.head.i in ctx.entity_of else noun]
    agents = [p for a in verb.children if a.dep_ == AGENT for p in a.children if p.dep_ == PREP_OBJECT]
    if any(p.lemma_.lower() in ctx.lex.document_nouns for p in agents):
        return []  # "posted the interview, accompanied by a statement from the ambassador": it goes with what was posted
    owner = verb.head if verb.dep_ == "advcl" else verb  # the clause's subject, or the participle's own
    return [c for c in owner.children if c.dep_ in (SUBJECT, PASSIVE_SUBJECT)]


def passive_statements(clause: Clause) -> Iterator[RawStatement]:
    """Rule ``passive``: "Japan was criticised by China" -> China criticise Japan, and the same
    with a participle ("Hezbollah, a group backed by Iran"); a stative passive without an agent is a
    state of its subject ("Israel is opposed to French mediation"). A mediated event is mediated
    with each of its parties ("talks between Ghana and Togo were mediated by Nigeria")."""
    verb, ctx, lemma = clause.verb, clause.ctx, clause.lemma
    objects = [c for c in verb.children if c.dep_ == PASSIVE_SUBJECT]
    if not objects and passive_participle(verb):
        objects = participle_objects(verb, ctx)
    if not objects and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children):
        objects = [c for c in verb.head.children if c.dep_ in (SUBJECT, PASSIVE_SUBJECT)]  # "X arrived and was greeted by Y"
    if verb.dep_ == "relcl":  # "the Front, which is backed by Ghana": the noun the clause hangs on
        objects = [verb.head if c.lower_ in ("which", "that", "who") else c for c in objects]
    if lemma in ctx.lex.stative_passives and not any(c.dep_ == AGENT for c in verb.children):
        for prep, pobj in preps_of(verb, ctx.lex.stative_passives[lemma]):
            for subj_token in objects:
                for subj, _ in mentions_of(subj_token, ctx, is_subject=True):
                    for obj, via_possessor in mentions_of(pobj, ctx):
                        yield clause.make(subj, obj, lemma, [*clause.words, prep], "possessor" if via_possessor else "prep")
        return
    if not clause.plain:
        return  # "a committee headed by Kenya", "a protest prompted by the vote": no act (skip_relation_lemmas)
    for agent in [c for c in verb.children if c.dep_ == AGENT] or stray_agents(verb):
        for pobj in (c for c in agent.children if c.dep_ == PREP_OBJECT):
            for subj, _ in mentions_of(pobj, ctx, is_subject=True):
                for obj_token in objects:
                    for obj, via_possessor in mentions_of(obj_token, ctx):
                        yield clause.make(subj, obj, lemma, clause.words + [agent], "possessor" if via_possessor else "passive")
                    yield from passive_noun_target(clause, subj, obj_token, agent)
                    if lemma in ctx.lex.mediation_verbs:
                        for between, pobj in preps_of(obj_token, frozenset({"between"})):
                            for party, _ in mentions_of(pobj, ctx):
                                yield clause.make(subj, party, "mediate", [*clause.words, agent, obj_token, between], "passive")


# The prepositions after which the parser hangs a passive's "by" phrase on the wrong word: "was sworn in as
# president by the chief justice", "was relieved of his post by the governor", "is accompanied on his visit by
# X" (dev sri-lanka-rajapaksa-protests-2022, brazil-january-8-riots-2023, macron-xi-beijing-visit-2023)
STRAY_AGENT_PREPS = frozenset({"in", "on", "as", "of", "at"})


def stray_agents(verb: Token) -> list[Token]:
    """The "by" of a passive with no agent that the parser hung on the verb as a plain preposition
    ("was met in al-Ula by the crown prince": dev saudi-qatar-al-ula-reconciliation-2021) or on the
    object of one of its prepositions (STRAY_AGENT_PREPS): the agent, when it names someone (a
    proper noun or an entity; "by speedboat", "by force" name no one). Not after "to" or "for" ("linked
    to efforts by the US", "used for activities by China": the noun's own agent)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    heads = [verb] + [pobj for prep, pobj in preps_of(verb, STRAY_AGENT_PREPS)]
    return [
        by for head in heads for by in head.children
        if by.dep_ == PREPOSITION and by.lower_ == "by"
        and any(o.dep_ == PREP_OBJECT and (o.pos_ == "PROPN" or o.ent_type_) for o in by.children)
    ]  # fmt: skip


JOINT_MAKING_VERBS = frozenset({"strike"})  # "a deal struck between": besides the support and agreement verbs


def joint_passive(clause: Clause) -> Iterator[RawStatement]:
    """Rule ``passive``: "the treaty signed by Kim and Putin", "the deal struck between Washington
    and Beijing", "an accord was reached by Peru and Chile": a joint event (agreement, treaty, deal,
    talks) done by conjoined agents, or between two parties, relates them to each other (dev
    stories: north-korea-russia, us-china-trade). Also an event noun subject whose parties the
    parser hung on the verb ("talks resumed between Peru and Chile")."""
    verb, ctx = clause.verb, clause.ctx
    nouns = [c for c in verb.children if c.dep_ == PASSIVE_SUBJECT] or ([verb.head] if verb.dep_ == "acl" else [])
    if not nouns and not any(c.dep_ == DIRECT_OBJECT for c in verb.children) and any(preps_of(verb, frozenset({"between"}))):
        nouns = [c for c in verb.children if c.dep_ == SUBJECT]  # the parser's "The deal struck between X and Y", "talks resumed between"
    if clause.negated or clause.lemma not in ctx.lex.support_verbs | ctx.lex.agreement_verbs | JOINT_MAKING_VERBS:
        return  # "the truce, brokered by Algeria and Ghana", "an agreement forced on Qatar by ...": not its parties
    for noun in (n for n in nouns if n.pos_ == "NOUN" or n.lower_ in ctx.lex.document_name_words):  # "the MOU", tagged a name
        event = event_lemma(noun, ctx, clause.lemma)
        if event is None or not (event in ctx.lex.symmetric_verbs or is_symmetric_noun(noun, ctx)):
            continue
        heads = [c for c in verb.children if c.dep_ == AGENT] or [p for p, _ in preps_of(verb, frozenset({"between"}))]
        parties = [m for head in heads for pobj in head.children if pobj.dep_ == PREP_OBJECT for m, _ in mentions_of(pobj, ctx)]
        for i, first in enumerate(parties):
            for second in parties[i + 1 :]:
                yield clause.make(first, second, event, [*clause.words, noun], "passive", sym=True)


ENGAGED_VERBS = frozenset({"lock", "embroil", "engage", "mire", "entangle"})


def engaged_in(clause: Clause) -> Iterator[RawStatement]:
    """Rule ``symmetric``: "Budapest and Kyiv have been locked in a row", "the two armies were
    engaged in a standoff", "militant groups engaged in conflict with Israel": whoever is caught
    up in a conflict is a side of it, with the other named subject or its "with" party (session 27:
    dev hungary-ukraine-minority-row-2023, india-china-galwan-2020, israel-iran-damascus-consulate-2024,
    canada-china-meng-wanzhou-arrest-2018). Only a conflict: "engaged in talks / cooperation" is a
    light verb with its noun, left to the support-verb rules (taking it here added one right report
    of talks to the sample corpus, which joined the wrong one of its two dateless rounds of talks)."""
    verb, ctx = clause.verb, clause.ctx
    if clause.lemma not in ENGAGED_VERBS or clause.negated:
        return
    for prep, noun in preps_of(verb, frozenset({"in"})):
        event = event_lemma(noun, ctx)
        if event is None or not is_hostile(event):
            continue
        heads = [c for c in verb.children if c.dep_ in (SUBJECT, PASSIVE_SUBJECT) and c.lower_ not in RELATIVES]
        if not heads and verb.dep_ in ("acl", "relcl"):
            heads = [verb.head]  # "groups engaged in conflict with Israel", "the US and Canada, which are locked in"
        sides = [m for head in heads for m, _ in mentions_of(head, ctx, is_subject=True)]
        others = [m for _, pobj in event_preps_of(noun, ctx.lex.event_preps, ctx) for m, _ in mentions_of(pobj, ctx)]
        words = [verb, prep, noun]
        if others:
            for side in sides:
                for other in others:
                    yield clause.make(side, other, event, words, "symmetric", sym=True)
            continue
        for i, first in enumerate(sides):
            for second in sides[i + 1 :]:
                yield clause.make(first, second, event, words, "symmetric", sym=True)


ODDS_NOUNS = frozenset({"loggerheads", "odds"})
BEING_VERBS = frozenset({"be", "remain", "stay"})


def state_statements(verb: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """The joint state a copula names when it heads a clause of its own ("said the US was still in
    touch with Y", "X, which is in talks with Y"): only :func:`at_odds` is read there, since the
    driver takes no other rule to such a copula (a "who was in Germany" is no visit the gold writes)."""
    yield from at_odds(new_clause(verb, sent, ctx))


def at_odds(clause: Clause) -> Iterator[RawStatement]:
    """Rule ``symmetric``: "Tokyo and Beijing are at loggerheads over the islands", "Kenya remains at
    odds with Somalia": the two are in a dispute (session 28: dev japan-philippines-reciprocal-access-2024,
    duterte-icc-arrest-2025, whose gold writes "dispute", "feud", "be at loggerheads"); "X is in
    talks / in touch with Y" likewise names a state the two share (:func:`_state_relation`). The
    sides are the subjects, or a subject and its "with" party."""
    verb, ctx = clause.verb, clause.ctx
    if verb.lemma_.lower() not in BEING_VERBS or clause.negated:
        return
    for prep, noun in preps_of(verb, frozenset({"at", "in"})):
        relation = _state_relation(prep, noun, ctx)
        if relation is None:
            continue
        heads = [c for c in verb.children if c.dep_ == SUBJECT and c.lower_ not in RELATIVES]
        if not heads and verb.dep_ == "relcl":
            heads = [verb.head]  # "Kenya, which remains at odds with Somalia" (a relative "is" is no verb the driver reads)
        sides = [m for head in heads for m, _ in mentions_of(head, ctx, is_subject=True)]
        others = [m for _, pobj in [*preps_of(noun, frozenset({"with"})), *preps_of(verb, frozenset({"with"}))] for m, _ in mentions_of(pobj, ctx)]
        words = [verb, prep, noun]
        pairs = [(side, other) for side in sides for other in others] or [
            (first, second) for i, first in enumerate(sides) for second in sides[i + 1 :]
        ]
        for first, second in pairs:
            yield clause.make(first, second, relation, words, "symmetric", sym=True)


CONTACT_NOUNS = frozenset({"touch", "contact"})
TALKING_NOUNS = frozenset({"talks", "negotiations", "discussions", "dialogue", "consultations"})


def _state_relation(prep: Token, noun: Token, ctx: Context) -> str | None:
    """The joint state a "be at" / "be in" phrase names: at loggerheads or at odds is a dispute; in
    touch or in contact is contact; in talks or negotiations is the talks' own relation (session 44:
    dev mozambique-renamo-peace-2019 "the government and Renamo have been in talks",
    niger-us-military-accord-2024 "the US was still in touch with the junta",
    turkey-russia-jet-shootdown-2015, india-china-border-patrolling-deal-2024)."""
    if prep.lower_ == "at":
        return "dispute" if noun.lower_ in ODDS_NOUNS else None
    if noun.lower_ in CONTACT_NOUNS:
        return "contact"
    return event_lemma(noun, ctx) if noun.lower_ in TALKING_NOUNS else None


def passive_noun_target(clause: Clause, subj: Mention, noun: Token, agent: Token) -> Iterator[RawStatement]:
    """"Evidence against Russia was presented by the US": the target of the passive subject noun."""
    ctx = clause.ctx
    if noun.pos_ == "NOUN" and not mentions_of(noun, ctx):
        for against, target in preps_of(noun, frozenset({"against"})):
            for obj, _ in mentions_of(target, ctx):
                rel = f"{clause.lemma} {noun.lemma_.lower()}"
                yield clause.make(subj, obj, rel, [*clause.words, noun, against, agent], "passive")


def relation_subject(clause: Clause) -> Iterator[RawStatement]:
    """"relations between China and Japan have deteriorated": the verb relates the two. Not a verb
    with a clause of its own ("cooperation between the UK and France means that ...": what the
    ties lead to, no change in them; dev uk-france-small-boats-deal-2023, a narrowing)."""
    verb, ctx = clause.verb, clause.ctx
    if clause.plain and not any(c.dep_ in (DIRECT_OBJECT, "ccomp", "xcomp") for c in verb.children):
        for noun in (c for c in verb.children if c.dep_ == SUBJECT and c.lower_ in ctx.lex.relation_subjects):
            parties = [m for _, pobj in preps_of(noun, frozenset({"between"})) for m, _ in mentions_of(pobj, ctx)]
            for i, first in enumerate(parties):
                for second in parties[i + 1 :]:
                    yield clause.make(first, second, clause.lemma, [noun, verb], "symmetric", sym=True)


def adjective_relation(clause: Clause) -> Iterator[RawStatement]:
    """"X is critical of Y", "Japan has become more vocal about China's build-up"."""
    verb, ctx = clause.verb, clause.ctx
    relations = ctx.lex.adjective_relations
    for adjective in (c for c in verb.children if c.dep_ in ("acomp", "attr") and c.lower_ in relations):
        relation, preps = relations[adjective.lower_]
        yield from prep_object_statements(clause, relation, preps_of(adjective, preps), [verb, adjective])
    yield from made_clear(clause)
    yield from ruled_in_favour(clause)


FAVOUR_NOUNS = frozenset({"favour", "favor"})


def ruled_in_favour(clause: Clause) -> Iterator[RawStatement]:
    """Rule ``prep``: "the court ruled in favour of Somalia", "ICJ rules in Somalia's favour": a
    ruling for a side (session 50: the dev gold of kenya-somalia-icj-maritime-2021 and
    kulbhushan-jadhav-icj-verdict-2019, "rule in favour of|back|favour")."""
    if clause.verb.lemma_.lower() != "rule":
        return
    for prep, favour in preps_of(clause.verb, frozenset({"in"})):
        if favour.lower_ not in FAVOUR_NOUNS:
            continue
        owners = [(c, c) for c in favour.children if c.dep_ == POSSESSOR]  # "in Somalia's favour": the owner is the side
        yield from prep_object_statements(clause, "rule in favour of", [*preps_of(favour, frozenset({"of"})), *owners], [clause.verb, prep, favour])


def prep_object_statements(
    clause: Clause, relation: str, preps: Iterable[tuple[Token, Token]], words: list[Token]
) -> Iterator[RawStatement]:
    """Rule ``prep`` (``possessor`` through an owner): each subject of the clause does ``relation``
    to each actor a (preposition, object) pair of ``preps`` names; ``words`` are the relation's own."""
    for prep, pobj in preps:
        for obj, via_possessor in mentions_of(pobj, clause.ctx):
            for subj, subj_possessor in clause.subjects:
                rule = "possessor" if via_possessor or subj_possessor else "prep"
                yield clause.make(subj, obj, relation, [*words, prep], rule)


def made_clear(clause: Clause) -> Iterator[RawStatement]:
    """Rule ``prep``: "Rubio made clear to Panama's leaders that ...", "we will make it clear to
    Russia": one tells the "to" side (the dev gold, "make clear|tell|warn": crimea-annexation-2014,
    panama-us-canal-rubio-visit-2025, solomon-islands-china-pact-2022). The parser hangs "clear" on
    "make" as a predicate or as a clause of "it", and the "to" phrase on either."""
    verb = clause.verb
    if verb.lemma_.lower() != "make":
        return
    for clear in (c for c in verb.children if c.dep_ in ("oprd", "ccomp", "acomp") and c.lower_ == "clear"):
        preps = (*preps_of(clear, TO_PREP), *preps_of(verb, TO_PREP))
        yield from prep_object_statements(clause, "make clear", preps, [verb, clear])


TO_PREP = frozenset({"to"})


MEMBER_NOUNS = frozenset({"member", "members"})


def membership(clause: Clause) -> Iterator[RawStatement]:
    """"Armenia became a member of the ICC", "invited Egypt to become a full member of BRICS":
    becoming a member of a body is joining it (the dev gold: armenia-russia-rift,
    brics-expansion-johannesburg-summit-2023, relation "join"). Only "become": being a member
    ("Armenia is a member of the CSTO") is a state, not an act (news/GUIDELINES.md)."""
    verb = clause.verb
    if verb.lemma_.lower() != "become":
        return
    for noun in (c for c in verb.children if c.dep_ == "attr" and c.lower_ in MEMBER_NOUNS):
        yield from prep_object_statements(clause, "join", preps_of(noun, frozenset({"of"})), [verb, noun])


def presence_visit(clause: Clause) -> Iterator[RawStatement]:
    """Rule ``place``: "Prime Minister Meloni is in Tunis", "the two ministers are currently in
    Manila": a person being in a country or a city is a visit of it (the dev gold: session 28,
    tunisia-eu-migration-deal-2023, japan-philippines-reciprocal-access-2024, and
    crimea-annexation-2014's "who is in Moscow", a relative "is" the driver does not read). Only a
    person named or described by office, only "be" with nothing else said of them ("is in talks",
    "is in charge" name no place), and only a country or city; in their own country they visit
    nothing (kg.resolve drops a visit of one's own state)."""
    verb, ctx = clause.verb, clause.ctx
    if verb.lemma_.lower() != "be" or any(c.dep_ in ("acomp", "attr", "xcomp", "ccomp", "oprd") for c in verb.children):
        return
    people = [(s, p) for s, p in clause.subjects if s.kind == "role" or (s.kind == "name" and s.ner == "PERSON")]
    if not people:
        return
    for prep, place in places_after(verb, frozenset({"in"}), ctx):
        for subj, subj_possessor in people:
            yield clause.make(subj, place, "visit", [verb, prep], "possessor" if subj_possessor else "place")


PERSONA_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr"})


def declared_persona_non_grata(clause: Clause, subj: Mention, base_rule: str | None, persona: Token) -> Iterator[RawStatement]:
    """Rule ``svo``: "declared two French diplomats persona non grata": the parser reads "persona"
    as a verb whose subject is the one declared, or as a noun the name is compounded onto
    ("declared ambassador Raquel Serur persona non grata"). The relation is "declare", which the
    event grouping reads as the expulsion it is (:func:`kg.events.grouping.expulsion`). Dev stories:
    azerbaijan-france-diplomat-expulsions-2023, ecuador-mexico-embassy-raid, canada-china-diplomat-expulsion,
    saudi-canada-diplomatic-row-2018."""
    declared = [c for c in persona.children if c.dep_ == "nsubj"]
    declared = declared or [c for c in persona.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"][-1:]
    for token in declared:
        for obj, _ in mentions_of(token, clause.ctx):
            yield clause.make(subj, obj, "declare", clause.words, base_rule or "svo")


def misparsed_object(child: Token, verb: Token) -> bool:
    """"Xi Jinping greets Russian President Vladimir Putin": the small model hangs a name after a
    verb with no object as a noun-phrase adverbial, the dependency of "Monday" or "this week". A
    person so hung after a verb that has no object is its object (dev xi-putin-moscow-visit-2023,
    sudan-coup-2021, us-russia-griner-bout-swap-2022); a place or a group so hung is most often an
    apposition or a list the parser lost ("the capital, Quito"), and is left out; so is a name after
    a preposition of the verb's ("resulted in the elimination of ... groups such as ...")."""
    return (
        child.dep_ == "npadvmod" and child.i > verb.i and child.ent_type_ == "PERSON"
        and verb.pos_ == "VERB" and not any(c.dep_ in (DIRECT_OBJECT, DATIVE, "ccomp", "xcomp") for c in verb.children)
        and not any(  # "received on December 8 Brittney Griner": a date between is no obstacle
            c.dep_ == PREPOSITION and verb.i < c.i < child.i and not any(o.ent_type_ == "DATE" for o in c.children)
            for c in verb.children
        )
    )  # fmt: skip


def headline_object(child: Token, verb: Token, ctx: Context) -> bool:
    """"Nicaragua breaks ties with Taiwan, recognises China", "Putin signs treaty, blasts West":
    the second verb of a headline's two (:func:`kg.extract.clauses.headline_first_verb`) has its
    object read as its subject or as an adverb; a noun right after it with no object besides is
    its object."""
    return (
        child.dep_ in (SUBJECT, "advmod", "npadvmod") and child.i > verb.i and child.pos_ in ("PROPN", "NOUN")
        and not any(c.dep_ == DIRECT_OBJECT for c in verb.children) and headline_first_verb(verb, ctx) is not None
    )  # fmt: skip


def dependent_statements(clause: Clause, subj: Mention, base_rule: str | None, child: Token) -> Iterator[RawStatement]:
    """What one dependent of the verb relates ``subj`` to: the rule is chosen by the dependency.

    ``base_rule`` is "possessor" when the subject was found through a possessor ("Takaichi's
    remarks angered Beijing"), and then names every statement's rule.
    """
    ctx, lex, lemma, plain = clause.ctx, clause.ctx.lex, clause.lemma, clause.plain
    if absolute_with(child, clause.verb):
        return  # "With Trump as a mediator, both leaders affirmed ...": Trump is no partner of theirs
    if lemma == "declare" and child.lower_ == "persona" and child.dep_ in PERSONA_DEPS:
        yield from declared_persona_non_grata(clause, subj, base_rule, child)
        return
    if child.dep_ == PREPOSITION and child == preposition_particle(clause.verb, clause.verb.lemma_.lower()):
        for called in (c for c in child.children if c.dep_ == PREP_OBJECT):  # "called in the ambassador"
            yield from direct_object(clause, subj, base_rule, called)
        return
    if child == visiting_guest(clause.verb):
        for guest in (c for c in child.children if c.dep_ == DIRECT_OBJECT):
            yield from direct_object(clause, subj, base_rule, guest)
        return
    if plain and (named := named_thing(child, clause.verb, lex)) is not None:
        yield from direct_object(clause, subj, base_rule, named)  # as "condemned X's aggression"
        return
    if child.dep_ == PREPOSITION and child.lower_ == "including" and plain and any(c.dep_ == DIRECT_OBJECT for c in clause.verb.children):
        # "detained the leaders of the party, including Aung San Suu Kyi and Win Myint": the parser
        # hangs the members of the object on the verb; they are its objects too (dev myanmar-coup-2021,
        # as an "including" on the object is: kg.extract.mentions.find_mentions)
        for member in (c for c in child.children if c.dep_ == PREP_OBJECT):
            yield from direct_object(clause, subj, base_rule, member)
        return
    if child.dep_ == DIRECT_OBJECT and lemma in lex.mediation_verbs:
        yield from mediation(clause, subj, base_rule, child)
    if child.dep_ == DATIVE and child.pos_ == "ADP":  # "gave aid to Taiwan" parsed as a dative "to"
        yield from dative_to(clause, subj, base_rule, child)
    elif child.dep_ in (DIRECT_OBJECT, DATIVE) or misparsed_object(child, clause.verb) or headline_object(child, clause.verb, ctx):
        yield from direct_object(clause, subj, base_rule, child)
    elif child.dep_ == PREPOSITION and clause.event_object is not None and child.lower_ in lex.event_preps:
        yield from event_object_prep(clause, subj, base_rule, child)
    elif child.dep_ == PARTICLE and plain and up_to_number(child):
        yield from number_object(clause, subj, base_rule, child)
    elif child.dep_ == PREPOSITION and plain and (companions := companion_objects(clause, child)):
        yield from companions
    elif child.dep_ == PREPOSITION and plain:
        yield from prepositional_object(clause, subj, base_rule, child)
    elif plain and child.dep_ == "ccomp" and (demand := demand_lemma(lemma, child, ctx, request_object(clause.verb, ctx))):
        yield from clause_demand(clause, subj, base_rule, child, demand)
    elif plain and child.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
        yield from for_clause(clause, subj, base_rule, child)
    elif plain and child.dep_ == "ccomp" and lemma in lex.reporting_verbs and (culprit := culprit_clause(child)) is not None:
        yield from blamed_culprit(clause, subj, base_rule, culprit)


def companion_objects(clause: Clause, child: Token) -> list[RawStatement]:
    """"together with von der Leyen and Rutte, she met Saied", "Along with Amnesty International, the
    commission accused the police": the ones with the subject do what it does to its object; they are
    not whom it is done to (dev tunisia-eu-migration-deal-2023, where the gold has each companion meet
    the host and kg had the subject meet its companions; india-pakistan-2025 and
    kenya-finance-bill-protests write "Along with X, Y ..."). Only with an actor as the verb's object:
    "Kim together with Moon signed the declaration" still signs with Moon, and "traveled there
    together with von der Leyen" keeps its partner (macron-xi-beijing-visit-2023)."""
    if child.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ == "together" for c in child.children):
        nouns = [c for c in child.children if c.dep_ == PREP_OBJECT]
    elif child.lower_ == "along":
        nouns = [p for w in child.children if w.dep_ == PREPOSITION and w.lower_ == "with" for p in w.children if p.dep_ == PREP_OBJECT]
    else:
        return []
    ctx = clause.ctx
    if any(c.dep_ == DIRECT_OBJECT and c.i < child.i for c in clause.verb.children):
        return []  # "detained the leaders, along with cabinet ministers": more of those detained, or with whom? unsaid
    objects = [m for c in clause.verb.children if c.dep_ == DIRECT_OBJECT for m, _ in mentions_of(c, ctx)]
    companions = [m for c in nouns for m, _ in mentions_of(c, ctx)]
    # the words of the subject's own statement: one act, grouped as one event (kg.events.grouping.joint)
    return [clause.make(companion, obj, clause.lemma, list(clause.words), "prep") for companion in companions for obj in objects]


def visiting_guest(verb: Token) -> Token | None:
    """"Xi met visiting Brazilian President Lula", "Putin received visiting Prime Minister Modi": the
    parser hangs "visiting" on the host's verb as a clause of its own whose object is the guest, so
    the host seemed to visit the guest. The participle is the guest's modifier: it stands right after
    a verb that has no object of its own, and the guest is the host verb's object (lula-xi-beijing-
    visit-2023; a grammar repair, disclosed as one story's)."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        following is None
        or following.lower_ != "visiting"
        or following.head != verb
        or following.dep_ not in ("advcl", "xcomp")
        or any(c.dep_ == DIRECT_OBJECT for c in verb.children)
        or not any(c.dep_ == DIRECT_OBJECT for c in following.children)
    ):
        return None
    return following


def named_thing(child: Token, verb: Token, lex) -> Token | None:
    """"criticized what it described as Russian efforts to ..." (azerbaijan-plane-downing),
    "supporting what Moscow calls its special military operation" (north-korea-russia): the free
    relative "what X calls / describes as Y" is the verb's object, and Y names it, so the verb takes
    Y as its direct object. Only a verb with no object of its own, and a naming verb whose object
    "what" opens the clause; the naming verb's own subject is no part of it."""
    if child.dep_ != "ccomp" or child.lemma_.lower() not in lex.naming_verbs or child.i < verb.i:
        return None
    if any(c.dep_ == DIRECT_OBJECT for c in verb.children):
        return None
    what = [c for c in child.children if c.dep_ == DIRECT_OBJECT and c.lower_ == "what" and c.i < child.i]
    if not what or what[0].i != verb.i + 1:
        return None
    for c in child.children:
        if c.dep_ == "oprd" or (c.dep_ == DIRECT_OBJECT and c.i > child.i):
            return c
        if c.dep_ == PREPOSITION and c.lower_ == "as" and c.i > child.i:
            return next((o for o in c.children if o.dep_ == PREP_OBJECT), None)
    return None


def absolute_with(child: Token, verb: Token) -> bool:
    """"With X as a mediator, ...": a "with" before its verb whose object is said to be something
    ("as" a noun) frames the clause; it names no partner of the verb."""
    if child.dep_ != PREPOSITION or child.lower_ != "with" or child.i > verb.i:
        return False
    return any(as_noun(pobj) is not None for pobj in child.children if pobj.dep_ == PREP_OBJECT)


def as_noun(pobj: Token) -> Token | None:
    """The noun of "as a mediator" right after ``pobj`` (the parser hangs "as" on the name, on
    "with" or on the verb), or None."""
    own = [c for c in pobj.children if not (c.dep_ == PREPOSITION and c.lower_ == "as")]
    doc, after = pobj.doc, max([pobj.i, *(c.right_edge.i for c in own)]) + 1
    if after >= len(doc) or doc[after].lower_ != "as" or doc[after].dep_ != PREPOSITION:
        return None
    return next((o for o in doc[after].children if o.dep_ == PREP_OBJECT and o.pos_ == "NOUN"), None)


def mediation(clause: Clause, subj: Mention, base_rule: str | None, child: Token) -> Iterator[RawStatement]:
    """"Egypt brokered a ceasefire between Israel and Hamas": the broker mediates with each party."""
    for between, pobj in preps_of(child, frozenset({"between"})):
        for obj, _ in mentions_of(pobj, clause.ctx):
            yield clause.make(subj, obj, "mediate", [*clause.words, child, between], base_rule or "nominal")


def dative_to(clause: Clause, subj: Mention, base_rule: str | None, child: Token) -> Iterator[RawStatement]:
    """"gave aid to Taiwan", "sent arms to Pakistan" (a "to" the parser calls a dative): the
    recipient of the verb's event noun, or of the verb itself."""
    ctx, event_object = clause.ctx, clause.event_object
    child_objects = [c for c in child.children if c.dep_ == PREP_OBJECT]
    if event_object is not None:
        event = event_lemma(event_object, ctx, clause.lemma)
        for pobj in child_objects:
            for obj, _ in mentions_of(pobj, ctx):
                words = [*clause.words, event_object, child]
                yield clause.make(subj, obj, event, words, base_rule or "nominal", is_symmetric_noun(event_object, ctx))
    elif clause.plain and child.lower_ in ctx.lex.prep_objects:
        for pobj in child_objects:
            for obj, via_possessor in mentions_of(pobj, ctx):
                yield clause.make(subj, obj, with_object(clause.lemma, clause.verb, ctx), [*clause.words, child], base_rule or "prep")


# "TV channel Globo News showed protesters wearing the flag" (brazil-january-8-riots-2023), "Videos
# circulating online showed the former prime minister" (nepal-genz-protests): what is shown is depicted,
# not acted on; the dev gold has no bare "show" relation ("showed solidarity with" keeps its "with" party).
DEPICTION_VERBS = frozenset({"show"})
DEPARTURE_VERBS = frozenset({"leave", "depart"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
BUILDING_NOUNS = frozenset({"airport", "headquarters", "palace", "house", "building", "hotel", "residence", "compound", "hospital", "prison", "jail", "station", "terminal"})


def departure(clause: Clause, target: Token) -> bool:
    """"Duterte left Manila on Tuesday", "the envoy left Argentina on Sunday night", "Abiy left Asmara
    after the visit": leaving a place is a journey, not an act toward the state it is in (the dev gold
    of duterte-icc-arrest-2025, argentina-spain-milei-row, nepal-genz-protests and
    ethiopia-eritrea-peace-2018 has none). Leaving an organisation ("leave the CSTO") is one; so is
    being made to leave ("ordered the envoy to leave Niger": a request) and leaving a place in a state
    ("left Canada reeling"). Leaving a building is never one, whoever made or kept someone from it
    ("was not allowed to leave the Ninoy Aquino International Airport", duterte-icc-arrest-2025; "was
    leaving the Government headquarters", peru-castillo-ouster-2022), whatever the NER calls it: the
    body that shares its name ("the Government") is not acted on. An envoy leaving a state is one,
    though: the end of a posting, most often on being expelled or recalled ("the French ambassador
    left Niger", "US Ambassador John Sullivan left Moscow": session 50, the dev gold of
    niger-coup-france-ambassador, biden-putin-geneva-summit-2021, saudi-canada-diplomatic-row-2018,
    israel-turkey-ties-restored-2022, "leave|depart")."""
    if clause.lemma in DEPARTURE_VERBS and target.lemma_.lower() in BUILDING_NOUNS:
        return True
    if clause.lemma not in DEPARTURE_VERBS or clause.modality is not None or clause.negated:
        return False
    if any(set(subj.roles) & clause.ctx.lex.envoy_nouns for subj, _ in clause.subjects):
        return False
    if any(c.dep_ in ("xcomp", "acomp", "oprd", "ccomp") for c in clause.verb.children):
        return False
    ent = clause.ctx.entity_of.get(target.i)
    return ent is not None and ent.label_ in PLACE_LABELS


REPORTED_POSSESSION = "reported_possession"  # a rule whose statements resolution drops (see direct_object)
# "citing Turkey's decision to buy the S-400", "citing Kenya's bias": the reason given is the other's
# thing, not an act on them (session 50: dev turkey-s400-f35-removal-2019, sudan-kenya-mediation-rejection-2023);
# "AP cited U.S. officials as saying" (a source named as the object) stays
CITING_VERBS = frozenset({"cite"})


def direct_object(clause: Clause, subj: Mention, base_rule: str | None, child: Token) -> Iterator[RawStatement]:
    """A direct object or dative: the object itself (rule ``svo``), the participants of an event
    noun (``nominal``), what a noun object is aimed at, and demands made through a request noun."""
    verb, ctx, lemma = clause.verb, clause.ctx, clause.lemma
    # "the secretariat, which Akiba heads": the relative pronoun is the noun it hangs on
    relative = child.lower_ in RELATIVES and verb.dep_ == "relcl"
    if relative and sum(c.dep_ == DIRECT_OBJECT for c in verb.children) > 1:
        return  # a misparse: the verb has an object of its own
    if child.dep_ == DIRECT_OBJECT and second_object(child):
        return
    target = verb.head if relative else child
    # "discussed Ukraine with Lukashenko": what an exchange verb takes is the thing shared or the
    # topic talked about; its party is the "with" phrase (exchange_partner, prepositional_object)
    exchanged = lemma in ctx.lex.exchange_verbs and child.dep_ == DIRECT_OBJECT
    # "described Eritrea's alleged plans as ...", "called Bondi's move 'pathetic'": a possessor the
    # parser made the object (its "'s" still on it) stands for its thing, as a possessor does
    # (ethiopia-eritrea-sea-access, venezuela-us): the speaker's own side is dropped as for any possessor
    owner = any(c.dep_ == "case" for c in target.children)
    depicted = lemma in DEPICTION_VERBS and child.dep_ == DIRECT_OBJECT
    if departure(clause, target):
        return
    for obj, via_possessor in mentions_of(target, ctx) if clause.plain and not exchanged and not depicted else ():
        rule = base_rule or ("possessor" if via_possessor or owner else "svo")
        if (via_possessor or owner) and (lemma in ctx.lex.reporting_verbs or lemma in CITING_VERBS):
            # "announced Saudi Arabia's decision", "emphasized Senegal's stance": what is said is the
            # other's thing, not an act on them (dev saudi-qatar-al-ula-reconciliation-2021,
            # mali-ukraine-ties-cut-2024: no such row among the gold's; a narrowing). Kept until its
            # mentions have served pronoun resolution ("its decision"), then dropped (kg.resolve.actors).
            rule = REPORTED_POSSESSION
        yield clause.make(subj, obj, lemma, clause.words, rule)
    event = event_lemma(child, ctx, lemma) or unowned_agent_event(clause, child)
    # a verb that stops the event ("stop all aid to Y", "terminate negotiations with Y") names the
    # relation with its noun as a support verb does (nigeria-us-threat, canada-us-tariffs)
    # "agreed a deal with Y" (British usage: the deal reached, as "reached a deal with Y"; session
    # 42: dev greece-macedonia-prespa-deal-2018, uk-france-small-boats-deal-2023, russia-georgia-war-2008)
    agreed = lemma == "agree" and event == "agree" and child.dep_ == DIRECT_OBJECT
    if event and (lemma in ctx.lex.support_verbs or lemma in ctx.lex.termination_verbs or agreed):
        yield from nominal_event(clause, subj, base_rule, child, event)
    elif clause.plain and child.pos_ == "NOUN" and (exchanged or not mentions_of(child, ctx)):
        yield from exchange_partner(clause, subj, base_rule, child)
        yield from object_against(clause, subj, base_rule, child)
        yield from measure_target(clause, subj, base_rule, child)
        yield from warrant_target(clause, subj, base_rule, child)
        yield from status_holder(clause, subj, base_rule, child)
        yield from bought_from(clause, subj, base_rule, child)
        yield from requested_of(clause, subj, base_rule, child)
        yield from deverbal_event(clause, subj, base_rule, child)
        yield from condemned_act(clause, subj, base_rule, child)
    if clause.plain and child.dep_ == DIRECT_OBJECT:
        yield from compounded_partner(clause, subj, base_rule, child)
        yield from addressee_on_object(clause, subj, base_rule, child)
        yield from border_partner(clause, subj, base_rule, child)
    yield from request_noun_demand(clause, subj, base_rule, child)


ACTING_SUPPORT_VERBS = frozenset({
    "express", "voice", "offer", "provide", "give", "make", "issue", "lodge", "file", "announce", "take",
    "launch", "mount", "wage", "carry out", "conduct", "begin", "start", "continue", "renew", "resume", "restart",
    "step up", "increase", "intensify", "extend", "expand", "deepen", "strengthen",
})
"""Support verbs whose subject does the act its object names ("expressed support for", "launched an
incursion into"); a verb that stops it names the stopping ("suspended support for": lexicon
``termination_verbs``), and so does one that undoes it (UNDOING_VERBS: "lifted a blockade on": lift
blockade, PLOVER dev); "has control over" is a state, no act."""
UNDOING_VERBS = frozenset({"lift", "ease"})


def unowned_agent_event(clause: Clause, noun: Token) -> str | None:
    """"France expressed support for Armenia", "voiced strong criticism of Baku": an act noun
    whose doer is its owner ("its support for Armenia", lexicon ``agent_event_nouns``) names no
    owner here; with a support verb the subject is the doer, as with an owner that is the subject
    itself (dev: azerbaijan-france-diplomat-expulsions-2023 "has stepped up support for Armenia",
    canada-china-meng-wanzhou-arrest-2018 "will not make irresponsible remarks on China")."""
    ctx = clause.ctx
    stops = clause.lemma in ctx.lex.termination_verbs or clause.lemma in UNDOING_VERBS
    if not (stops or clause.lemma in ACTING_SUPPORT_VERBS) or noun.pos_ != "NOUN" or any(c.dep_ == POSSESSOR for c in noun.children):
        return None  # "having full control over Karabakh": a state, no act
    found = ctx.lex.agent_event_nouns.get(noun.lower_)
    if found is None:
        return None
    # "suspended support for Togo", "ended the occupation of": the stopping, as event_lemma names it
    return f"{clause.lemma} {noun.lower_}" if stops else found[0]


def addressee_on_object(clause: Clause, subj: Mention, base_rule: str | None, thing: Token) -> Iterator[RawStatement]:
    """Rule ``prep``: "confirmed the release to the BBC": a "to" the parser hung on the verb's
    object, for a verb that takes its addressee or recipient with "to" (lexicon ``prep_objects``).
    The object is a thing, not an actor; no possessor ("gave a boost to China's economy").
    Dev stories: belarus-prisoner-release ("confirmed ... to the BBC"), with venezuela-us "confirmed
    to The Hill" for the verb."""
    ctx = clause.ctx
    if thing.pos_ != "NOUN" or mentions_of(thing, ctx) or clause.lemma in ctx.lex.motion_verbs:
        return
    if not governs_prep_object(clause.lemma, "to", ctx) or any(c.dep_ == PREPOSITION and c.lower_ == "to" for c in clause.verb.children):
        return
    for to, pobj in preps_of(thing, frozenset({"to"})):
        for obj, via_possessor in mentions_of(pobj, ctx):
            if not via_possessor:
                yield clause.make(subj, obj, with_object(clause.lemma, clause.verb, ctx), [*clause.words, to], base_rule or "prep")


RELATIVES = frozenset({"which", "that", "whom"})


def second_object(child: Token) -> bool:
    """A direct object after another of the same verb, not conjoined with it, is a misparse: "carried
    out a campaign in Lebanon, significantly weakening Hezbollah" (israel-hezbollah-lebanon),
    "reaffirmed its support for all objectives of Russia's "special military operation" in
    Ukraine" (north-korea-russia) hang a second object on the verb that is not its own."""
    # a relative pronoun before it is the misparse instead ("..., which Akiba heads, he joined Kishida")
    # nor "what" ("what Moscow calls its operation": named_thing)
    return any(c.dep_ == DIRECT_OBJECT and c.i < child.i and c.lower_ not in RELATIVES | {"what"} for c in child.head.children)


def nominal_event(clause: Clause, subj: Mention, base_rule: str | None, noun: Token, event: str) -> Iterator[RawStatement]:
    """Rule ``nominal``: support verb + event noun + preposition ("held talks with", "lodged a
    protest with", "expressed anger over")."""
    lex = clause.ctx.lex
    preps = lex.event_preps | ({"over", "about", "at"} if noun.lower_ in lex.emotion_nouns else set())
    preps |= {"for"} if noun.lower_ in lex.esteem_nouns else set()  # "expressed gratitude for Y's help"
    preps |= lex.agent_event_nouns.get(noun.lower_, ("", frozenset()))[1]  # "the withdrawal ... from"
    for prep, pobj in event_preps_of(noun, frozenset(preps), clause.ctx):
        for obj, _ in mentions_of(pobj, clause.ctx):
            words = [*clause.words, noun, prep]
            yield clause.make(subj, obj, event, words, base_rule or "nominal", is_symmetric_noun(noun, clause.ctx))
    yield from possessor_patient(clause, subj, base_rule, noun, event)


def possessor_patient(clause: Clause, subj: Mention, base_rule: str | None, noun: Token, event: str) -> Iterator[RawStatement]:
    """Rule ``nominal``: "the junta ordered his expulsion": the owner of an act noun that is done
    to someone (lexicon ``patient_possessor_nouns``) is the one it is done to, when the noun has no
    "of" phrase (with one the owner is the agent: "Ottawa's expulsion of an official"). Dev stories:
    niger-coup-france-ambassador ("ordered his expulsion", two pages), canada-china-diplomat-expulsion
    ("Zhao's expulsion" is Zhao expelled)."""
    ctx = clause.ctx
    if noun.lower_ not in ctx.lex.patient_possessor_nouns or any(preps_of(noun, frozenset({"of"}))):
        return
    for owner in (c for c in noun.children if c.dep_ == POSSESSOR):
        for obj, _ in mentions_of(owner, ctx):
            yield clause.make(subj, obj, event, [*clause.words, noun], base_rule or "nominal")


DEVERBAL_SUFFIXES = (("ament", ""), ("ment", ""), ("ance", ""), ("ization", "ize"), ("ation", "ate"), ("", ""))
DEVERBAL_PREPS = frozenset({"of", "from", "to", "against", "with", "on"})


def deverbal_verb(noun: Token) -> str | None:
    """The material act a noun no lexicon table knows is named after ("disarmament" -> disarm,
    "purchases" -> purchase, "deployment" -> deploy), by its suffix, or None. Only a verb with a
    material event type of its own (kg.events): "development" names no act of one actor on another."""
    lemma = noun.lemma_.lower()
    for suffix, ending in DEVERBAL_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 3:
            verb = lemma[: len(lemma) - len(suffix)] + ending
            if (event_type(verb).quad or "").startswith("material"):
                return verb
    return None


def deverbal_event(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """Rule ``nominal``: a support verb whose object is a noun named after a material act, with
    that act's participant: "completed the disarmament of Hezbollah" (X disarm Y), "resumed
    soybean purchases from the U.S." (X purchase from Y). The lexicon's event-noun table cannot list
    every such noun; the act's own verb gives the relation. Only the subject's own act (no other
    owner, not a verbal act such as "announced the disarmament of"). Dev stories:
    israel-hezbollah-lebanon, us-china-trade."""
    ctx = clause.ctx
    if clause.lemma not in ctx.lex.support_verbs or not subjects_own_event(noun, clause.lemma):
        return
    verb = deverbal_verb(noun)
    if verb is None:
        return
    if (phrase := with_object(clause.lemma, clause.verb, ctx)) != clause.lemma:
        if clause.lemma not in ctx.lex.termination_verbs or not (event_type(phrase).cameo or "").startswith("16"):
            return  # "sent arms to Pakistan": the verb with its noun names the act ("send arms"), not "arm"
        verb = phrase  # "suspended trade with Ottawa": relations reduced ("suspend trade", CAMEO 16), not the trade
    # the parser hangs "from the U.S." on the verb as often as on the noun
    pairs = [*preps_of(noun, DEVERBAL_PREPS), *preps_of(clause.verb, frozenset({"from", "to", "against"}))]
    for prep, pobj in pairs:
        for obj, _ in mentions_of(pobj, ctx):
            yield clause.make(subj, obj, verb, [*clause.words, noun, prep], base_rule or "nominal")


def border_partner(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """Rule ``prep``: "Burundi closed its border with Rwanda", "reopened the borders with Qatar":
    the state across the border is whom the act on it is done to, wherever the parser hangs "with"
    (on the verb, the verb's own prepositional object rule reads it already; here on the noun). Only a
    border of the subject's own or of no one named (dev: burundi-rwanda-border-closure-2024,
    saudi-qatar-al-ula-reconciliation-2021)."""
    ctx = clause.ctx
    if noun.lemma_.lower() not in ctx.lex.place_only_proxies or clause.lemma in ctx.lex.motion_verbs:
        return
    if any(c.dep_ == POSSESSOR and c.lower_ not in ctx.lex.thing_pronouns | {"its", "their", "our"} for c in noun.children):
        return  # "crossed Rwanda's border with Burundi": another's border
    for prep, pobj in preps_of(noun, frozenset({"with"})):
        for obj, _ in mentions_of(pobj, ctx):
            yield clause.make(subj, obj, clause.lemma, [*clause.words, noun, prep], base_rule or "prep")


def compounded_partner(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """Rule ``nominal``: "postponed EU accession negotiations", "attended ASEAN meetings": the one
    actor compounded onto a joint event noun (talks, negotiations, meetings, a summit) is the
    subject's partner in it, when the verb makes the subject a party to it. The relation is the event
    with a support or termination verb ("postpone negotiations", "hold talks"), else the verb of
    participation ("attend", lexicon ``participation_verbs``). Not a war or a conflict (a
    place compounded onto it is where it is fought: "ended the Gaza war"). Two actors compounded
    ("US-China talks") are the event noun's own parties (:func:`kg.extract.nouns.compounded_parties`).
    Dev stories: georgia-eu-protests, north-korea-russia, us-china-trade."""
    ctx, lex = clause.ctx, clause.ctx.lex
    if not is_symmetric_noun(noun, ctx) or mentions_of(noun, ctx):
        return
    parties = {}
    leaders = {t.i for p in noun.children if p.dep_ == "amod" and p.pos_ == "VERB" for n in leading_names(p) for t in ctx.entity_of.get(n.i, [n])}
    for token in noun.subtree:
        if token.i in leaders:
            continue  # "resume African Union-led talks": who leads the talks is no party to them (nouns.mediated_statements)
        if token.i < noun.i and token.dep_ == "compound" and token.i in ctx.entity_of and ctx.entity_of[token.i].label_ in ("GPE", "ORG"):
            mention = entity_only(token, ctx)
            if mention is not None:
                parties[(mention.start, mention.end)] = mention
    if len(parties) != 1:
        return
    partner = next(iter(parties.values()))
    event, bare = event_lemma(noun, ctx, clause.lemma), event_lemma(noun, ctx)
    if event is None or bare is None or is_hostile(bare) or partner.name == subj.name:
        return
    own = clause.lemma in lex.support_verbs or clause.lemma in lex.termination_verbs
    if not own and clause.lemma not in lex.participation_verbs:
        return  # "praised the Somalia peace talks": said of the event, not done in it
    relation = event if own else clause.lemma
    yield clause.make(subj, partner, relation, [*clause.words, noun], base_rule or "nominal", own and event in lex.symmetric_verbs)


def exchange_partner(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """"shared evidence with the U.S.": the parser hangs the partner on the object."""
    if clause.lemma in clause.ctx.lex.exchange_verbs:
        for with_, pobj in preps_of(noun, frozenset({"with"})):
            for obj, _ in mentions_of(pobj, clause.ctx):
                yield clause.make(subj, obj, clause.lemma, [*clause.words, with_], base_rule or "prep")


CHARGE_NOUNS = frozenset({"accusation", "allegation", "charge", "claim"})
DENIAL_VERBS = frozenset({"dismiss", "deny", "reject", "refute", "dispute", "rebuff"})
"""Who denies a charge against someone is neither its author nor acting on the accused (dev
argentina-spain-milei-row: "the Spanish PM dismissed the accusations against Gomez" had made him her
accuser; a narrowing)."""


def object_against(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """"presented evidence against Russia", "ordered an inquiry against Iran"; an act noun whose verb
    the lexicon knows is that act, whichever verb delivers it: "leveled accusations against France"
    is an accusation ("accuse", as "accusations against" is: ``agent_event_nouns``; dev
    azerbaijan-france-diplomat-expulsions-2023), not "level accusation": a verbal act only."""
    acted = clause.ctx.lex.agent_event_nouns.get(noun.lower_)
    if acted is not None and not (event_type(acted[0]).quad or "").startswith("verbal"):
        acted = None  # a material act keeps its verb: "prepared an offensive against" is no attack yet
    if clause.lemma in DENIAL_VERBS and noun.lemma_.lower() in CHARGE_NOUNS:
        return  # "dismissed the accusations against Gomez": who denies a charge is not its author
    if plural_protests(noun, clause.ctx) and clause.lemma not in ACTING_SUPPORT_VERBS | PROTEST_HOLDING_VERBS:
        return  # "dismissed the protests against his government": the protesters' act (nouns.protesters_against)
    for prep, pobj in preps_of(noun, frozenset({"against"})):
        for obj, _ in mentions_of(pobj, clause.ctx):
            rel = acted[0] if acted is not None and "against" in acted[1] else f"{clause.lemma} {noun.lemma_.lower()}"
            yield clause.make(subj, obj, rel, [*clause.words, noun, prep], base_rule or "nominal")


DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def condemned_act(clause: Clause, subj: Mention, base_rule: str | None, noun: Token, via: Sequence[Token] = ()) -> Iterator[RawStatement]:
    """Rule ``nominal``: "the UN condemned the coup", "Spain also condemned the raid", "urged her
    supporters to protest against the coup": condemning an act the page has told of, named by its
    noun alone, is condemning whoever did it (``condemning_verbs``, ``condemned_acts``). The object
    is an ``act_doer`` mention, resolved to the doer of the latest earlier statement of such an act
    (kg.resolve.actors). An act with an owner or an agent of its own ("the military's intervention",
    "the attack by Israel") is the other rules'; "a coup", "any coup" is no act told of."""
    ctx = clause.ctx
    if clause.lemma not in ctx.lex.condemning_verbs:
        return
    act = next((word for word in (noun.lower_, noun.lemma_.lower()) if word in ctx.lex.condemned_acts), None)
    if act is None:
        return
    if any(c.dep_ == POSSESSOR for c in noun.children) or any(c.dep_ == PREPOSITION and c.lower_ == "by" for c in noun.children):
        return
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
        return
    mention = make_mention(noun, np_left(noun), noun.i, "act_doer", act, "", ctx, False)
    yield clause.make(subj, mention, clause.lemma, [*clause.words, *via, noun], base_rule or "nominal")


def measure_target(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """"cut tariffs on China", "lowered levies on Chinese goods", "removed restrictions on military
    cooperation with Azerbaijan": a measure (``measure_nouns``) is taken on whom it is "on"; the
    parser hangs "on X" on the noun or on the verb. Through a thing that names no actor, its
    partner ("restrictions on exports to China")."""
    ctx = clause.ctx
    # "imposed asset freezes and travel bans on X": the "on" of the last noun is every noun's, and
    # the first measure among them names the relation
    measures = [n for n in (noun, *sorted((c for c in noun.conjuncts if c.i > noun.i), key=lambda c: c.i)) if is_measure(n, ctx)]
    if not measures:
        return
    last = max((noun, *noun.conjuncts), key=lambda t: t.i)
    heads = [noun] if governs_prep_object(clause.lemma, "on", ctx) else [noun, clause.verb]
    heads += [last] if last.i > noun.i else []
    noun = measures[0]
    for prep, pobj in (pair for head in heads for pair in preps_of(head, frozenset({"on"}))):
        targets = [pobj]
        if pobj.pos_ == "NOUN" and not mentions_of(pobj, ctx):
            targets = [inner for _, inner in preps_of(pobj, frozenset({"with", "to", "from"}))]
        for target in targets:
            for obj, _ in mentions_of(target, ctx):
                rel = f"{clause.lemma} {noun.lemma_.lower()}"
                yield clause.make(subj, obj, rel, [*clause.words, noun, prep], base_rule or "measure")


# Buying or importing another state's goods: "Turkey bought the Russian S-400", "China will purchase 12 million tons
# of U.S. soybeans", "India kept buying discounted Russian crude" (session 51: the dev gold of turkey-s400-f35-removal-2019,
# us-china-trade, trump-modi-howdy-modi-houston-2019 and india-us-tariffs-russian-oil-2025 has "buy|import|purchase"
# with the goods' state). Not selling: the seller's own goods carry its own nationality.
BUYING_VERBS = frozenset({"buy", "purchase", "import"})


def bought_from(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """Rule ``svo``: the state whose goods a buying verb's object names, by a nationality in the noun
    phrase ("the Russian S-400 missile system") or in its "of" phrase after a quantity ("12 million tons
    of U.S. soybeans")."""
    ctx = clause.ctx
    if clause.lemma not in BUYING_VERBS or noun.dep_ != DIRECT_OBJECT:
        return
    goods = [noun, *(pobj for _, pobj in preps_of(noun, QUANTITY_PREPS) if pobj.pos_ == "NOUN")]
    seen: set[str] = set()
    for thing in goods:
        # anywhere before the noun in its phrase, not only on the noun itself (nationality_words): the parser
        # may hang the nationality on a compound ("Russian" on "S-400" in "the Russian S-400 missile system")
        for word in (t for t in thing.subtree if t.i < thing.i and t.dep_ in ("amod", "compound", "nmod") and t.ent_type_ in ("NORP", "GPE")):
            for state, _ in mentions_of(word, ctx):
                if state.key not in seen and state.key != subj.key:
                    seen.add(state.key)
                    yield clause.make(subj, state, clause.lemma, [*clause.words, thing], base_rule or "svo")


WARRANT_NOUNS = frozenset({"warrant", "warrants"})


def warrant_target(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """Rule ``measure``: "the court issued an arrest warrant for X", "sought a warrant against X",
    "a warrant for the arrest of X": a warrant is issued on whom it is "for" or "against" (dev
    brics-expansion-johannesburg-summit-2023 and xi-putin-moscow-visit-2023, "issued an arrest
    warrant for Putin"; duterte-icc-arrest-2025 writes "a notification for an arrest warrant against
    the former President", a warrant that is no verb's object, which this does not reach).
    The relation is the verb with the noun ("issue warrant")."""
    ctx = clause.ctx
    if noun.lower_ not in WARRANT_NOUNS:
        return
    for prep, pobj in preps_of(noun, frozenset({"for", "against"})):
        # "a warrant for the arrest of X": the one arrested
        targets = [inner for _, inner in preps_of(pobj, frozenset({"of"}))] if pobj.lemma_.lower() in ("arrest", "detention") else [pobj]
        for target in targets:
            for obj, _ in mentions_of(target, ctx):
                yield clause.make(subj, obj, f"{clause.lemma} warrant", [*clause.words, noun, prep], base_rule or "measure")


# A standing granted to a person or body, which a state can take back
STATUS_NOUNS = frozenset({
    "asylum", "accreditation", "credentials", "immunity", "visa", "visas", "permit", "permits", "licence", "license",
    "citizenship", "nationality", "passport", "passports", "residency",
})
REVOKING_VERBS = frozenset({"revoke", "withdraw", "suspend", "strip", "terminate", "cancel", "lift", "rescind", "annul"})


def status_holder(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """Rule ``measure``: "Ecuador withdrew his asylum", "revoke the accreditation of the French
    ambassador", "suspended the working permit of Ericsson", "tried to strip his immunity": taking
    back a standing acts on whoever holds it, its possessor or its "of" phrase (session 50: the dev
    gold of ecuador-assange-asylum-withdrawal-2019, niger-coup-france-ambassador,
    iraq-sweden-quran-ambassador, guatemala-arevalo-inauguration, "withdraw|revoke|suspend|strip")."""
    if clause.lemma not in REVOKING_VERBS or noun.lower_ not in STATUS_NOUNS:
        return
    holders = [c for c in noun.children if c.dep_ == POSSESSOR] + [pobj for _, pobj in preps_of(noun, frozenset({"of"}))]
    for holder in holders:
        for obj, _ in mentions_of(holder, clause.ctx):
            yield clause.make(subj, obj, clause.lemma, [*clause.words, noun], base_rule or "measure")


def is_measure(noun: Token, ctx: Context) -> bool:
    """A measure noun (``measure_nouns``) in either number: "a travel ban", "travel bans"."""
    return noun.pos_ == "NOUN" and (noun.lower_ in ctx.lex.measure_nouns or noun.lemma_.lower() in ctx.lex.measure_nouns)


FREEING_NOUNS = frozenset({"release"})


def requested_of(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """"demanded an admission by Moscow", "autonomy from Serbia", "the withdrawal of Serbian forces";
    also the act's owner before the noun: "demanded a full Israeli withdrawal"
    (israel-hezbollah-lebanon), "protesters demanding his resignation" (madagascar-genz-coup) are
    demands made of Israel and of him. Not the one to be freed: "demanded the release of Y" asks
    whoever holds Y (the dev gold: sudan-coup-2021, myanmar-coup-2021, canada-china-meng-wanzhou-arrest-2018;
    "urged the release of the detained Russians", azerbaijan-russia-rift-2025)."""
    if clause.lemma in clause.ctx.lex.request_verbs or clause.lemma == "seek":
        preps = frozenset({"by", "from"} if noun.lemma_.lower() in FREEING_NOUNS else {"by", "from", "of"})
        for prep, pobj in preps_of(noun, preps):
            for obj, _ in mentions_of(pobj, clause.ctx):
                yield clause.make(subj, obj, clause.lemma, [*clause.words, prep], base_rule or "prep")
        owners = [c for c in noun.children if c.dep_ == POSSESSOR] + nationality_words(noun)
        for owner in owners:
            for obj, _ in mentions_of(owner, clause.ctx):
                yield clause.make(subj, obj, clause.lemma, [*clause.words, owner], base_rule or "prep")


def request_noun_demand(clause: Clause, subj: Mention, base_rule: str | None, noun: Token) -> Iterator[RawStatement]:
    """Rule ``demand``: "reiterated its demand that Israel ease ...": a demand made of the clause's subject."""
    ctx = clause.ctx
    request = noun if clause.plain and noun.lower_ in ctx.lex.request_nouns else None
    for inner in (c for c in noun.children if c.dep_ in ("acl", "ccomp")) if request is not None else ():
        if (demand := demand_lemma(clause.lemma, inner, ctx, request)) is not None:
            for inner_subject in (c for c in inner.children if c.dep_ == SUBJECT):
                for obj, _ in mentions_of(inner_subject, ctx):
                    yield clause.make(subj, obj, demand, [*clause.words, noun], base_rule or "demand")


def event_object_prep(clause: Clause, subj: Mention, base_rule: str | None, child: Token) -> Iterator[RawStatement]:
    """"provided military aid to Taiwan", "has disputes with China": the verb's own preposition
    gives the participant of its event-noun object (rule ``nominal``)."""
    ctx, event_object = clause.ctx, clause.event_object
    event = event_lemma(event_object, ctx, clause.lemma)
    for pobj in (c for c in child.children if c.dep_ == PREP_OBJECT):
        for obj, _ in mentions_of(pobj, ctx):
            words = [*clause.words, event_object, child]
            yield clause.make(subj, obj, event, words, base_rule or "nominal", is_symmetric_noun(event_object, ctx))


def number_object(clause: Clause, subj: Mention, base_rule: str | None, child: Token) -> Iterator[RawStatement]:
    """"kidnapped up to 16 Russian advisers": a number the parser took for a particle and a preposition."""
    for _, pobj in preps_of(child, frozenset({"to"})):
        for obj, via_possessor in mentions_of(pobj, clause.ctx):
            yield clause.make(subj, obj, clause.lemma, [clause.verb], base_rule or ("possessor" if via_possessor else "svo"))


def prepositional_object(clause: Clause, subj: Mention, base_rule: str | None, child: Token) -> Iterator[RawStatement]:
    """Rule ``prep``: the object of a preposition the verb governs ("met with", "spoke to", "call
    on"), and the target of what the verb asks for ("called for sanctions against Nigeria")."""
    verb, ctx, lex, lemma = clause.verb, clause.ctx, clause.ctx.lex, clause.lemma
    prep = child.lower_
    if stance_prep(child, ctx) is not None:
        return  # "attacked Israel in solidarity with Hamas": Hamas is whom the stance is with (kg.extract.nouns.stance_statements)
    if prep == "to" and lemma in lex.motion_verbs and not any(c.dep_ == DIRECT_OBJECT for c in verb.children):
        return  # "returned to Geneva": going somewhere ("returned the islands to Japan" still counts)
    for pobj in (c for c in child.children if c.dep_ == PREP_OBJECT):
        # "in their struggle against Israel": the owner's struggle, not the subject's (PLOVER dev)
        # (not "fled amid protests against his government": the protesters' act, nouns.protesters_against)
        owned = any(c.dep_ == POSSESSOR for c in pobj.children)
        if pobj.pos_ == "NOUN" and not mentions_of(pobj, ctx) and not owned and not plural_protests(pobj, ctx):
            for against, target in preps_of(pobj, frozenset({"against"})):
                for obj, _ in mentions_of(target, ctx):
                    rel = f"{lemma} {prep}" if prep in lex.phrasal_preps.get(lemma, ()) else lemma
                    yield clause.make(subj, obj, rel, [*clause.words, child, pobj, against], base_rule or "prep")
        if prep == "against" and _defended_object(verb):
            continue  # "failed to defend it against Azerbaijan": Azerbaijan is what it is defended from, no object of the act
        if prep == "against" and pobj.pos_ == "NOUN" and not mentions_of(pobj, ctx):
            yield from condemned_act(clause, subj, base_rule, pobj, [child])  # "protest against the coup"
        if governs_prep_object(lemma, prep, ctx) or (prep == "to" and recipient_frame(clause)):
            for obj, via_possessor in mentions_of(pobj, ctx):
                rel = f"{lemma} {prep}" if prep in lex.phrasal_preps.get(lemma, ()) else with_object(lemma, verb, ctx)
                yield clause.make(subj, obj, rel, [*clause.words, child], base_rule or ("possessor" if via_possessor else "prep"))


def _defended_object(verb: Token) -> bool:
    """A verb that already acts on someone, a personal pronoun or a name ("defend it", "protect
    Ukraine"): its "against" names the other side, not a second object."""
    return any(
        c.dep_ == DIRECT_OBJECT and (c.tag_ == "PRP" or c.pos_ == "PROPN") for c in verb.children
    )


def recipient_frame(clause: Clause) -> bool:
    """"expressed his regards to Kim", "extended congratulations to the leaders", "conveyed the
    same to Jaishankar", "allocate funds to Azhar": a thing handed "to" someone makes that someone
    the recipient, whatever the verb (the parser's dative "to" is read so already, ``dative_to``).
    Not going somewhere ("moved troops to the border": a motion verb) and not a thing that is
    itself an actor ("compared Trump to ..."). Dev stories: north-korea-russia, armenia-azerbaijan-peace,
    india-pakistan-2025."""
    ctx = clause.ctx
    if not clause.plain or clause.lemma in ctx.lex.motion_verbs:
        return False
    things = [c for c in clause.verb.children if c.dep_ == DIRECT_OBJECT]
    return bool(things) and all(
        t.pos_ in ("NOUN", "ADJ") and not mentions_of(t, ctx) for t in things
    )


def clause_demand(clause: Clause, subj: Mention, base_rule: str | None, child: Token, demand: str) -> Iterator[RawStatement]:
    """Rule ``demand``: "X demanded that Y withdraw", "X said Y must withdraw": a demand made of Y."""
    for inner_subject in (c for c in child.children if c.dep_ == SUBJECT):
        for obj, _ in mentions_of(inner_subject, clause.ctx):
            yield clause.make(subj, obj, demand, clause.words, base_rule or "demand")
    if clause.lemma in clause.ctx.lex.warning_verbs and base_rule is None:
        yield from warning_addressee(clause, subj, child)


def blamed_culprit(clause: Clause, subj: Mention, base_rule: str | None, culprit: Token) -> Iterator[RawStatement]:
    """Rule ``demand`` (what a speaker says of a that-clause's subject): "X said Y was behind the
    attack" -> X blame Y (kg.extract.clauses.culprit_clause). As with a demand, kg.resolve drops it
    from a person whose country the page never gives when Y is a state (it may be their own)."""
    for inner_subject in (c for c in culprit.children if c.dep_ == SUBJECT):
        for obj, _ in mentions_of(inner_subject, clause.ctx):
            yield clause.make(subj, obj, "blame", clause.words, base_rule or "demand")


def warning_addressee(clause: Clause, subj: Mention, inner: Token) -> Iterator[RawStatement]:
    """Rule ``warning``: "the minister warned that Israel will target the Lebanese state": whom the
    warned-of act is done to. kg.resolve keeps these only where the clause's subject is the
    speaker's own side (then the warning is addressed to its target, not to the speaker's side)."""
    ctx = clause.ctx
    inner_lemma = verb_lemma(inner, ctx)
    targets = [c for c in inner.children if c.dep_ in (DIRECT_OBJECT, DATIVE)]
    targets += [pobj for prep, pobj in preps_of(inner, frozenset(ctx.lex.prep_objects)) if governs_prep_object(inner_lemma, prep.lower_, ctx)]
    for target in targets:
        for obj, _ in mentions_of(target, ctx):
            yield clause.make(subj, obj, clause.lemma, clause.words, "warning")


def for_clause(clause: Clause, subj: Mention, base_rule: str | None, child: Token) -> Iterator[RawStatement]:
    """"China called for Takaichi to retract ...", "renewed its call for Japan to ...": the
    subject of a for-to clause."""
    ctx, lex = clause.ctx, clause.ctx.lex
    request = request_object(clause.verb, ctx)
    asker = lex.request_nouns[request.lower_] if request is not None else clause.lemma
    if request is not None or governs_prep_object(clause.lemma, "for", ctx):
        rel = f"{asker} for" if "for" in lex.phrasal_preps.get(asker, ()) else asker
        marks = [m for m in child.children if m.dep_ == "mark"]
        for inner_subject in (c for c in child.children if c.dep_ == SUBJECT):
            for obj, via_possessor in mentions_of(inner_subject, ctx):
                yield clause.make(subj, obj, rel, [*clause.words, *marks], base_rule or "prep")


def place_target(
    clause: Clause, subj: Mention, base_rule: str | None, places: list[tuple[Mention, str, list[Token]]]
) -> Iterator[RawStatement]:
    """Rule ``place``: "demonstrated in Serbia", "staged a protest in Beijing": the place is acted
    upon (only when the verb found no other object). Not where a group of people travels: "freed
    Americans arrived in Qatar", "migrants arriving at the EU's borders" is a journey, no visit of a
    state (session 27: dev iran-us-prisoner-swap-2023, poland-belarus-border-crisis-2021; an
    official's arrival still is one)."""
    if subj.kind == "collective" and (clause.lemma in clause.ctx.lex.motion_verbs or clause.lemma == "land"):
        return
    for obj, rel, words in places:
        yield clause.make(subj, obj, rel, [*clause.words, *words], base_rule or "place")


PRESS_PREPS = frozenset({"at", "during", "in", "on"})
APPEARING_VERBS = frozenset({"appear", "speak"})


BARE_PRESS_EVENTS = frozenset({"briefing"})
"""A briefing one tells something is the press's, with or without "press" or "news" before it."""


def press_audience(clause: Clause, subj: Mention, base_rule: str | None) -> Iterator[RawStatement]:
    """Rule ``prep``: "Maduro said at a press conference", "Appearing on a TV news show, Dar said":
    said to reporters, as "told reporters" is (only a reporting verb that found no addressee). Rule
    ``svo``: what one tells is a press event ("Sarkozy told a news conference", "Babis told a briefing
    shown live on television": dev russia-georgia-war-2008, czech-russia-vrbetice-expulsions-2021,
    duterte-icc-arrest-2025, where the gold has them tell reporters)."""
    ctx, verb = clause.ctx, clause.verb
    if clause.lemma not in ctx.lex.reporting_verbs:
        return
    if clause.lemma == "tell":  # "told a news conference", "told a briefing": told the press
        for told in (c for c in verb.children if c.dep_ == DIRECT_OBJECT):
            if told.lower_ in BARE_PRESS_EVENTS and told.lemma_.lower() in ctx.lex.press_events or press_event(told, ctx):
                audience = make_mention(told, np_left(told), told.i, "collective", "reporters", "", ctx, False)
                yield clause.make(subj, audience, clause.lemma, [*clause.words, told], base_rule or "svo")
                yield from press_partners(clause, subj, told, base_rule or "prep")
                return
    heads = [verb, *(c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in APPEARING_VERBS)]
    for head in heads:
        for prep, pobj in preps_of(head, PRESS_PREPS):
            if press_event(pobj, ctx) or bare_briefing(pobj):
                audience = make_mention(pobj, np_left(pobj), pobj.i, "collective", "reporters", "", ctx, False)
                yield clause.make(subj, audience, clause.lemma, [*clause.words, prep, pobj], base_rule or "prep")
                yield from press_partners(clause, subj, pobj, base_rule or "prep")
                return


JOINT_PRESS_RELATION = "hold press conference"


def press_partners(clause: Clause, subj: Mention, event: Token, rule: str) -> Iterator[RawStatement]:
    """Rule ``prep``: "X said at a joint press conference with Y", "X told a joint news conference
    with Y": the speaker appears with Y (the gold's hold press conference / appear with). The dev
    gold: egypt-greece-maritime-deal-2020, germany-russia-tiergarten-expulsions-2019,
    japan-korea-comfort-women-deal-2015, russia-georgia-war-2008. Only a conference called joint
    with its own "with": "at a news conference after meeting with Y" names whom one met, not with
    whom one speaks (a separate meeting, found elsewhere if at all)."""
    if not any(c.dep_ == "amod" and c.lower_ == "joint" for c in event.children):
        return
    for prep, partner in preps_of(event, frozenset({"with"})):
        for obj, _ in mentions_of(partner, clause.ctx):
            yield clause.make(subj, obj, JOINT_PRESS_RELATION, [*clause.words, prep], rule)


def bare_briefing(noun: Token) -> bool:
    """"Speaking at a briefing at the end of the summit", "at a special briefing": a briefing with
    no other noun naming whom it is for is the press's, as one told is (BARE_PRESS_EVENTS; dev
    brics-expansion-johannesburg-summit-2023, india-china-border-patrolling-deal-2024: the gold has
    the speaker tell reporters or the media); "a security briefing" is not."""
    return noun.lower_ in BARE_PRESS_EVENTS and not any(c.dep_ == "compound" for c in noun.children)


def press_event(noun: Token, ctx: Context) -> bool:
    """A press event named with its modifier ("a news conference", "a press briefing": lexicon ``press_events``)."""
    modifiers = ctx.lex.press_events.get(noun.lemma_.lower(), frozenset())
    return any(c.dep_ in ("compound", "amod") and c.lower_ in modifiers for c in noun.children)


SPEECH_NOUNS = frozenset({"interview", "remark", "remarks", "comment", "comments"})
GIVEN_VERBS = frozenset({"make", "give", "grant"})
INTERVIEW_VERBS = frozenset({"remark", "comment", "speak"})


def interview_outlet(clause: Clause, subj: Mention, base_rule: str | None) -> Iterator[RawStatement]:
    """Rule ``prep``: "X said in remarks made to a broadcaster", "Y remarked in an interview with a
    news site": whom the remarks or the interview were given to is whom the speaker tells (the
    guidelines' tell/say to). The dev gold: venezuela-us (the defence secretary's remarks to a TV
    channel) and serbia-student-protests (an opposition leader's interview with a broadcaster).
    Only a speech noun in an "in"/"during" of a speaking verb that found no addressee: "said in a
    statement about X" or "said in talks with X" name none."""
    ctx, verb = clause.ctx, clause.verb
    if clause.lemma not in ctx.lex.reporting_verbs | INTERVIEW_VERBS:
        return
    for prep, pobj in preps_of(verb, frozenset({"in", "during"})):
        speech = pobj.lemma_.lower()
        if speech not in SPEECH_NOUNS and pobj.lower_ not in SPEECH_NOUNS:
            continue
        heads = [pobj, *(c for c in pobj.children if c.dep_ == "acl" and c.lemma_.lower() in GIVEN_VERBS)]
        for head in heads:
            for to in (c for c in head.children if c.lower_ in ("to", "with") and c.dep_ in (PREPOSITION, DATIVE)):
                if to.lower_ == "with" and speech != "interview":
                    continue  # only an interview is held with someone
                for target in (c for c in to.children if c.dep_ == PREP_OBJECT):
                    for obj, _ in mentions_of(target, ctx):
                        yield clause.make(subj, obj, clause.lemma, [*clause.words, prep, pobj, to], base_rule or "prep")


AUDIENCE_SPEECHES = {"address": "address", "speech": "address", "statement": "tell", "message": "tell", "letter": "tell"}


def speech_audience(clause: Clause, subj: Mention, base_rule: str | None) -> Iterator[RawStatement]:
    """Rule ``prep``: "In a statement to parliament, May accused ...", "said in a message to the
    French leader", "in a televised address to the nation, X blamed ...": whatever the clause says,
    its subject addressed or told whom the speech was to (the dev gold's address/tell records:
    skripal-poisoning-expulsions-2018, india-china-galwan-2020, russia-georgia-war-2008,
    crimea-annexation-2014, mozambique-renamo-peace-2019, ecuador-mexico-embassy-raid). Not a
    speech of a named other ("cited Putin's address to parliament")."""
    ctx = clause.ctx
    for prep, pobj in preps_of(clause.verb, frozenset({"in", "during"})):
        lemma = AUDIENCE_SPEECHES.get(pobj.lower_) or AUDIENCE_SPEECHES.get(pobj.lemma_.lower())
        if lemma is None or any(c.dep_ == POSSESSOR and c.pos_ != "PRON" for c in pobj.children):
            continue
        for to, target in preps_of(pobj, frozenset({"to"})):
            for obj, _ in mentions_of(target, ctx):
                yield clause.make(subj, obj, lemma, [prep, pobj, to], base_rule or "prep")


BROADCAST_VERBS = frozenset({"speak", "claim"})
PLATFORM_NOUNS = frozenset({"network", "platform", "account", "page", "site", "handle", "media"})


def broadcast_outlet(clause: Clause, subj: Mention, base_rule: str | None) -> Iterator[RawStatement]:
    """Rule ``prep``: "Rubio said on NBC News", "he said on Czech Television", "said on Instagram":
    the outlet one speaks on is whom one tells (the guidelines' tell/say/speak; dev venezuela-us,
    czech-russia-vrbetice-expulsions-2021). Only an outlet the text names as an organisation, and no
    social platform ("said on Twitter" tells no one: ``social_platforms``): "said on Wednesday", "said
    on Ukraine" (a topic) or "on behalf of" name none."""
    ctx, verb = clause.ctx, clause.verb
    if clause.lemma not in ctx.lex.reporting_verbs | BROADCAST_VERBS:
        return
    for _, pobj in preps_of(verb, frozenset({"on"})):
        if pobj.lemma_.lower() in PLATFORM_NOUNS:
            continue  # "wrote on the social network X", "said on his account"
        for obj, via_possessor in mentions_of(pobj, ctx):
            if not via_possessor and obj.kind == "name" and obj.ner == "ORG" and obj.name.lower().strip(" .") not in ctx.lex.social_platforms:
                yield clause.make(subj, obj, clause.lemma, clause.words, base_rule or "prep")


def during_event(clause: Clause, subj: Mention, objects: list[Mention]) -> Iterator[RawStatement]:
    """Rule ``during_event``: "Yang told Akiba during a seven-hour meeting": the meeting joins
    subject and object. Only an event two sides hold together (meeting, talks, call): a visit is
    to a place, so "during his visit, X held talks with Y" is no visit to Y (north-korea-russia,
    india-pakistan-2025).

    Narrowed by the per-rule audit of session 12 (the rule made more false edges than true ones
    on news-dev): the event must be a consultation (PLOVER CONSULT: a meeting, talks, a call),
    not an accord that merely frames the clause ("released prisoners in a deal that saw Y agree",
    belarus-prisoner-release), and an audience noun is not a party to it ("told journalists in a
    briefing call" is no call with the journalists, poland-russia-drones)."""
    ctx = clause.ctx
    for prep, pobj in preps_of(clause.verb, ctx.lex.during_preps):
        if not _one_occasion(prep, pobj):
            continue
        event = event_lemma(pobj, ctx)
        joint = event is not None and (is_symmetric_noun(pobj, ctx) or event in ctx.lex.symmetric_verbs)
        joint = joint and event_type(event).event == "CONSULT"
        # only an event both take part in: "told reporters during a visit to the base" is no visit to reporters
        if joint and not any(mentions_of(o, ctx) for _, o in preps_of(pobj, PARTICIPANT_PREPS)):
            for obj in objects:
                if obj.kind == "collective" and obj.name in ctx.lex.audience_nouns:
                    continue
                yield clause.make(subj, obj, event, [pobj], "during_event", sym=True)


UNIVERSAL_DETERMINERS = frozenset({"all", "every", "each", "any"})
COUNTING_ADJECTIVES = frozenset({"several", "many", "multiple", "numerous"})  # "in several calls": counted occasions


def _one_occasion(prep: Token, event: Token) -> bool:
    """Whether "during/in/at <event>" names one occasion both sides attended, not a process.

    "during the talks", "in a phone call", "during talks" name an occasion; "in peace talks"
    (taking a side in a process), "during discussion" (a bare singular: an activity) and "in all
    negotiations" (every occasion at once) do not (per-rule audit, session 27: three stories)."""
    determiners = [
        c for c in event.children if c.dep_ in ("det", "poss", "nummod") or c.lower_ in COUNTING_ADJECTIVES
    ]
    if any(d.lower_ in UNIVERSAL_DETERMINERS for d in determiners):
        return False
    if determiners:
        return True
    return prep.lower_ == "during" and event.tag_ in ("NNS", "NNPS")


ALLIED_MARKERS = frozenset({"against", "alongside", "together", "side"})  # conjoined subjects on one side
HOSTILE_SYMMETRIC = frozenset({"fight", "battle"})  # each other only with no object, or a war / conflict as one


def reciprocal(clause: Clause, objects: list[Mention]) -> Iterator[RawStatement]:
    """Rule ``symmetric``: "Lavrov and Kim greeted each other", "pledged to respect each other's
    sovereignty": conjoined subjects each do it to the other, one statement from the first named to
    the next, as the gold writes a reciprocal once (armenia-azerbaijan-peace "respect each other's
    sovereignty", north-korea-russia "greeting each other"). Only when the verb found no other object."""
    if objects or not clause.plain or len(clause.subjects) < 2:
        return
    proxies = clause.ctx.lex.proxy_nouns
    for child in clause.verb.children:
        if child.dep_ == DIRECT_OBJECT and (_each_other(child) or (
            child.lemma_.lower() in proxies and any(c.dep_ == POSSESSOR and _each_other(c) for c in child.children)
        )):
            names = [m for m, _ in clause.subjects]
            symmetric = clause.lemma in clause.ctx.lex.symmetric_verbs
            for i, first in enumerate(names):
                for second in names[i + 1 :]:
                    yield clause.make(first, second, clause.lemma, [*clause.words, *child.subtree], "symmetric", sym=symmetric)
            return


def joint_decision(clause: Clause, objects: list[Mention]) -> Iterator[RawStatement]:
    """Rule ``symmetric``: "both countries decided to continue confidence-building measures", "the
    two sides agreed to extend the suspension of tariffs": what two parties decide together and
    that names no other party, they do with each other (both directions; once when the relation is
    symmetric). Not a hostile act: "agreed to fight smuggling" is against a third party. Only a typed
    event: "agreed to develop ports", "decided to pursue an end to the war", "agreed to cool down the
    situation" are no act of one side on the other (dev: 8 false rows of this kind in four stories,
    against 4 records, "extend" and "resume flights", in two)."""
    ctx, lex = clause.ctx, clause.ctx.lex
    if objects or not clause.plain or len(clause.subjects) < 2 or is_hostile(clause.lemma):
        return
    node = first_conjunct(clause.verb)  # "agreed to halt the fighting and expand trade"
    if node.dep_ != "xcomp" or verb_lemma(node.head, ctx) not in lex.joint_decision_verbs:
        return
    if not any(c.dep_ == DIRECT_OBJECT for c in clause.verb.children):
        return  # "the two neighbours agreed to stop": what they stop is not each other
    if any(mentions_of(pobj, ctx) for prep in clause.verb.children if prep.dep_ == PREPOSITION for pobj in prep.children if pobj.dep_ == PREP_OBJECT):
        return  # "agreed to cooperate on Iran": a third party is in the act
    names = [m for m, _ in clause.subjects]
    relation = with_object(clause.lemma, clause.verb, ctx)
    if event_type(relation).event is None:
        return
    symmetric = clause.lemma in lex.symmetric_verbs
    for i, first in enumerate(names):
        for j, second in enumerate(names):
            if i != j and (i < j or not symmetric):
                yield clause.make(first, second, relation, clause.words, "symmetric", sym=symmetric)


def _each_other(token: Token) -> bool:
    """"each other", "one another" (also "each other's")."""
    return (token.lower_ == "other" and any(c.lower_ == "each" for c in token.children)) or (
        token.lower_ == "another" and any(c.lower_ == "one" for c in token.children)
    )


JOINT_DECIDING_VERBS = frozenset({"decide"})
"""Conjoined subjects deciding to do something together agree on it (israel-turkey-ties-restored-2022,
moon-kim-panmunjom-summit-2018, india-pakistan-2025: the dev gold's "agree|decide" records)."""


def symmetric_subjects(clause: Clause, objects: list[Mention]) -> Iterator[RawStatement]:
    """Rule ``symmetric``: "Akiba and Yang talked": conjoined subjects of a symmetric predicate
    relate to each other (when the verb found no object)."""
    lex = clause.ctx.lex
    if any(c.lower_ in ALLIED_MARKERS for c in clause.verb.children):
        return  # "fought side by side against fascism", "worked together": on the same side
    if clause.lemma in HOSTILE_SYMMETRIC and any(
        c.dep_ in (DIRECT_OBJECT, "xcomp", "ccomp") and not is_symmetric_noun(c, clause.ctx) for c in clause.verb.children
    ):
        return  # "vowed to fight smuggling": a fight against something, not each other ("fought a war" is)
    jointly_decided = clause.lemma in JOINT_DECIDING_VERBS and any(c.dep_ == "xcomp" for c in clause.verb.children)
    if clause.plain and (clause.lemma in lex.symmetric_verbs or jointly_decided) and not objects and len(clause.subjects) > 1:
        names = [m for m, _ in clause.subjects]
        # "Israel and Turkey decided to restore ties": a decision the two took together is their agreement
        relation = "agree" if jointly_decided else with_object(clause.lemma, clause.verb, clause.ctx)  # "exchanged fire": "exchange fire"
        for i, first in enumerate(names):
            for second in names[i + 1 :]:
                yield clause.make(first, second, relation, clause.words, "symmetric", sym=True)


def together_subjects(clause: Clause, objects: list[Mention]) -> Iterator[RawStatement]:
    """Rule ``symmetric``: "Kenya and Uganda will work together", "the two presidents walked
    together", "spent the day together": conjoined subjects who do something together do it with
    each other, written once from the first named ("work together"; a symmetric verb keeps its own
    lemma: "met together" is "meet").
    The dev gold: albanese-xi-beijing-visit-2023 ("Both Australia and China ... work together"),
    sri-lanka-china-hambantota-lease-2017 ("venture on this new journey together"),
    moon-kim-panmunjom-summit-2018 ("spent so much time together"). Not when they act together on
    someone or something ("worked together against the rebels", "together condemned the strike",
    "address global challenges together": one side), nor a hostile act ("fought together" is no fight
    between them)."""
    ctx, lex, verb = clause.ctx, clause.ctx.lex, clause.verb
    if objects or not clause.plain or len(clause.subjects) < 2 or is_hostile(clause.lemma):
        return
    if not any(c.dep_ == "advmod" and c.lower_ == "together" and not list(c.children) for c in verb.children):
        return
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", DIRECT_OBJECT):
        return  # "vowed to fight smuggling together": the gerund is what is fought, not an act of theirs
    if any(c.lower_ in ALLIED_MARKERS - {"together"} for c in verb.children):
        return
    if any(c.dep_ == DIRECT_OBJECT and not _stretch_of_time(c) for c in verb.children):
        return  # "address global challenges together": a joint act on something ("spent time together" is with each other)
    if any(mentions_of(pobj, ctx) for prep in verb.children if prep.dep_ == PREPOSITION for pobj in prep.children if pobj.dep_ == PREP_OBJECT):
        return  # "worked together on Iran", "stood together with Ukraine": a third party is in the act
    names = [m for m, _ in clause.subjects]
    symmetric = clause.lemma in lex.symmetric_verbs
    relation = clause.lemma if symmetric else f"{with_object(clause.lemma, verb, ctx)} together"
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            yield clause.make(first, second, relation, clause.words, "symmetric", sym=symmetric)


def _stretch_of_time(noun: Token) -> bool:
    """"time", "the afternoon", "two days": what one spends, not what one acts on."""
    return noun.lemma_.lower() == "time" or noun.ent_type_ in ("TIME", "DATE")


def joint_event(clause: Clause) -> Iterator[RawStatement]:
    """Rule ``symmetric``: "China and Japan decided to hold more talks", "China and Russia held
    joint drills": a symmetric (or joint) event noun, conjoined subjects. "U.S. and Russian
    negotiators return to Geneva for talks": they come for a joint event."""
    verb, ctx, lex, lemma = clause.verb, clause.ctx, clause.ctx.lex, clause.lemma
    nouns = [c for c in verb.children if c.dep_ == DIRECT_OBJECT] if lemma in lex.support_verbs else []
    if lemma in lex.motion_verbs:
        nouns += [pobj for _, pobj in preps_of(verb, frozenset({"for"}))]
    parties = [m for m, _ in clause.subjects] + joint_companions(clause)
    for child in (event_behind(n) for n in nouns) if len(parties) > 1 else ():
        event = event_lemma(child, ctx, lemma)
        joint = any(c.dep_ == "amod" and c.lower_ in lex.joint_modifiers for c in child.children)
        symmetric = event is not None and (event in lex.symmetric_verbs or is_symmetric_noun(child, ctx) or joint)
        if event and symmetric:
            if not any(mentions_of(pobj, ctx) for _, pobj in preps_of(child, lex.event_preps)):  # "agreement on the fate of"
                for i, first in enumerate(parties):
                    for second in parties[i + 1 :]:
                        yield clause.make(first, second, event, [*clause.words, child], "symmetric", sym=True)


def joint_companions(clause: Clause) -> list[Mention]:
    """Who takes part in the subject's joint act beside it: "Kim together with Moon signed the
    declaration", "Sarkozy, along with Medvedev, signed the plan" (a "with" on the subject), "Khalilzad
    signed the deal alongside Baradar" (on the verb). Dev us-taliban-doha-agreement-2020 (alongside),
    moon-kim-panmunjom-summit-2018 (together with; there the parse of "Moon Jae In" still loses it).
    Read only for a joint event (:func:`joint_event`): "endorsed a plan alongside Medvedev"
    (russia-georgia-war-2008) is no act between the two."""
    ctx, verb = clause.ctx, clause.verb
    found: list[Mention] = []
    for subject in (c for c in verb.children if c.dep_ == SUBJECT):
        for prep in subject.children:
            if prep.dep_ != PREPOSITION:
                continue
            if prep.lower_ == "with" and any(c.dep_ == "advmod" and c.lower_ == "together" for c in prep.children):
                nouns = [c for c in prep.children if c.dep_ == PREP_OBJECT]
            elif prep.lower_ == "along":
                nouns = [p for w in prep.children if w.dep_ == PREPOSITION and w.lower_ == "with" for p in w.children if p.dep_ == PREP_OBJECT]
            else:
                continue
            found += [m for noun in nouns for m, _ in mentions_of(noun, ctx)]
    found += [m for _, pobj in preps_of(verb, frozenset({"alongside"})) for m, _ in mentions_of(pobj, ctx)]
    if found and any(mentions_of(pobj, ctx) for _, pobj in preps_of(verb, ctx.lex.event_preps)):
        return []  # "Ghana, together with Togo, signed a deal with Benin": both signed with Benin
    return found


def mutual_event(clause: Clause) -> Iterator[RawStatement]:
    """Rule ``symmetric``: "Kenya and Uganda pledged mutual military assistance", "both parties
    traded mutual accusations": an act called mutual is done by each subject to the other, both
    ways (once when the relation is symmetric anyway)."""
    ctx, lex = clause.ctx, clause.ctx.lex
    if len(clause.subjects) < 2:
        return
    for noun in (c for c in clause.verb.children if c.dep_ == DIRECT_OBJECT):
        if not mutual_noun(noun, ctx):
            continue
        relation = mutual_relation(noun, clause.lemma, ctx) or clause.lemma
        names = [m for m, _ in clause.subjects]
        symmetric = relation in lex.symmetric_verbs or is_symmetric_noun(noun, ctx)
        for i, first in enumerate(names):
            for j, second in enumerate(names):
                if i != j and (i < j or not symmetric):
                    yield clause.make(first, second, relation, [*clause.words, noun], "symmetric", sym=symmetric)


def mutual_noun(noun: Token, ctx: Context) -> bool:
    """An event noun called mutual or reciprocal ("mutual assistance", "reciprocal visits")."""
    lex = ctx.lex
    return any(c.dep_ == "amod" and c.lower_ in lex.mutual_modifiers for c in noun.children) and (
        noun.lower_ in lex.agent_event_nouns or noun.lower_ in lex.nominal_events or noun.lemma_.lower() in lex.nominal_events
    )


def mutual_relation(noun: Token, verb_lemma: str | None, ctx: Context) -> str | None:
    """"mutual accusations" -> accuse; "pledged mutual assistance" -> pledge assistance; None for
    a noun that needs its verb ("assistance") when there is none."""
    agent_event = ctx.lex.agent_event_nouns.get(noun.lower_)
    if agent_event is not None:
        return agent_event[0]
    return event_lemma(noun, ctx, verb_lemma) or (f"{verb_lemma} {noun.lemma_.lower()}" if verb_lemma else None)


def places_after(head: Token, preps: frozenset[str], ctx: Context) -> Iterator[tuple[Token, Mention]]:
    """(preposition, place) for each country or city (a GPE entity) ``head`` takes with ``preps``."""
    for prep, pobj in preps_of(head, preps):
        ent = ctx.entity_of.get(pobj.i)
        if ent is not None and ent.label_ == "GPE":
            for place, _ in mentions_of(pobj, ctx):
                yield prep, place
        elif ent is None and pobj.lemma_.lower() in ctx.lex.proxy_nouns and any(c.dep_ == POSSESSOR for c in pobj.children):
            for place, _ in mentions_of(pobj, ctx):  # "in Pakistan's Punjab province": the owner
                yield prep, place
        elif ent is None and pobj.ent_type_ == "LOC" and load_gazetteer().country_of(whole_name(pobj).text):
            # a capital the NER typed as a location ("a curfew in Algiers"); not a country's
            # name ending a longer place name ("in Latin America": kg.nlp.model._longer_name)
            yield prep, make_mention(pobj, pobj.i, pobj.i, "name", pobj.text, "GPE", ctx, False)


def place_targets(verb: Token, lemma: str, ctx: Context) -> Iterator[tuple[Mention, str, list[Token]]]:
    """(place, relation, words) for a verb or its event-noun object whose place is its target.

    Only a country or city (a GPE entity) counts: "in the West Bank" is a target, "in a
    gunbattle" is not.
    """
    lex = ctx.lex

    def places(head: Token, preps: frozenset[str]) -> Iterator[tuple[Token, Mention]]:
        return places_after(head, preps, ctx)

    if lemma in lex.place_target_verbs:
        # the parser hangs the place on the forces moved as often as on the verb: "stations some
        # 1,000 troops in Niger" (session 42: dev niger-us-military-accord-2024)
        forces = [c for c in verb.children if c.dep_ == DIRECT_OBJECT and lex.institution_nouns.get(c.lower_) == "military"]
        for head in (verb, *forces):
            for prep, place in places(head, lex.place_target_verbs[lemma]):
                yield place, lemma, [prep]
    for noun in (c for c in verb.children if c.dep_ == DIRECT_OBJECT):
        preps = lex.place_target_nouns.get(noun.lower_)
        # what one threatens is one's own act to come: "threatened military action in Nigeria"
        # (nigeria-us-threat); a verbal act is otherwise only said of the event
        own = subjects_own_event(noun, lemma) or (lemma in lex.threat_verbs and not any(c.dep_ == POSSESSOR for c in noun.children))
        if preps is None or lemma in lex.skip_relation_lemmas or not own or second_object(noun):
            continue
        relation = event_lemma(noun, ctx, lemma) or f"{lemma} {noun.lower_}"
        # the parser attaches "in Beijing" to either; "the curfew imposed in Sudan" to the participle
        for head in (noun, verb, *[c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]):
            for prep, place in places(head, preps):
                yield place, relation, [noun, prep]


def subjects_own_event(noun: Token, lemma: str) -> bool:
    """Whether the event noun a verb takes is the verb's subject's own act: not when another actor
    is named as its owner ("backed Ethiopia's operation in Somalia"; in a phrase, "their struggle
    against Israel", PLOVER dev), nor when the verb only speaks about it ("condemned the barrel
    bomb attacks in Syria", re3d dev: a verbal act by its event type). A pronoun owner is most
    often the subject itself ("carried out its strikes in"). No news-dev statement changes.
    """
    if any(c.dep_ == POSSESSOR and c.pos_ != "PRON" for c in noun.children):
        return False
    return not (event_type(lemma).quad or "").startswith("verbal")


def with_object(lemma: str, verb: Token, ctx: Context) -> str:
    """"sent arms to Pakistan" -> "send arms", "granted asylum to" -> "grant asylum": the verb
    with its (non-actor) object noun when that phrase has an event type of its own; else the verb."""
    for noun in (c for c in verb.children if c.dep_ == DIRECT_OBJECT and c.pos_ == "NOUN"):
        phrase = f"{lemma} {noun.lower_}"
        kind = event_type(phrase)
        if kind.cameo is not None and kind != event_type(lemma) and not mentions_of(noun, ctx):
            return phrase
    return lemma


