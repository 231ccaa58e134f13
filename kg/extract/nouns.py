"""Noun rules: event noun phrases with their participants ("a phone call between X and Y",
"Trump's visit to Japan", "the Russian invasion of Ukraine") and standing relations named by a
noun ("Japan's allies, including the United States")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from kg.extract.clauses import negation_and_modality, subjects_of
from kg.events.classes import event_type
from kg.extract.context import (
    PROTEST_HOLDING_VERBS, STANDING_TIE_NOUNS, Context, event_lemma, governs_prep_object, is_symmetric_noun, new_statement, plural_protests, stance_prep,
    verb_lemma,
)
from kg.extract.mentions import entity_only, make_mention, mention_of, mentions_of, their_pair, west_modifiers
from kg.extract.syntax import (
    AGENT, APPOSITION, DIRECT_OBJECT, PASSIVE_SUBJECT, POSSESSOR, PREP_OBJECT, PREPOSITION, SUBJECT, leading_names, nationality_words,
    preps_of, whole_name,
)  # fmt: skip
from kg.types import Mention, RawStatement


def event_np_statements(noun: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """Event noun phrases with their participants (rule ``event_np``), by the four ways a
    sentence names them: between, compounded, possessor, and the clause the phrase modifies."""
    if ended_by_verb(noun, ctx) or noun.lower_ in STANDING_INSTRUMENTS:
        return
    event = event_lemma(noun, ctx)
    ended = termination_of(noun, ctx)
    if event is not None and ended is not None:
        event = f"{ended} {noun.lower_}"
    elif event is None and (changed := relation_change_of(noun, ctx)) is not None:
        event = event_lemma(noun, ctx, changed)  # "the normalization of relations between X and Y": normalize relations
    modality = "request" if requested(noun, ctx) or (ended is not None and requested(noun.head.head, ctx)) else None
    lacking = noun.dep_ == PREP_OBJECT and noun.head.lower_ == "without"  # "the talks ended without a deal between X and Y"
    # "there has been no hostility between X and Y", "there will be no contact with Y": the act is denied
    # (dev gold, negated: biden-putin-geneva-summit-2021, morocco-germany-ties-suspended-2021, modi-xi-wuhan-summit-2018)
    lacking = lacking or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
    found = False
    for rule in (between_parties, compounded_parties, paired_possessor, possessor_agent, clause_participant):
        for subj, obj, words in rule(noun, ctx):
            found = True
            yield new_statement(noun, sent, ctx, subj, obj, event, words, "event_np", lacking, modality, is_symmetric_noun(noun, ctx))
    if not found:
        for subj, obj, words in main_subject_side(noun, sent, ctx):
            yield new_statement(noun, sent, ctx, subj, obj, event, words, "event_np", False, modality, True)


STANDING_INSTRUMENTS = frozenset({"treaty", "treaties"})
"""A treaty named alone ("the 1994 peace treaty between Israel and Jordan", "its peace treaty with
Israel") is a standing instrument, a state the guidelines leave out, not an agreement made in the
sentence (dev: 8 fewer false edges and 2 fewer right, in jordan-israel-baqura-lease-end-2019, abe-putin-kuril-peace-talks-2018,
biden-putin-geneva-summit-2021, armenia-russia-rift and others). Signing or
concluding one is still the verb's act ("signed a treaty with Y")."""


def ended_by_verb(noun: Token, ctx: Context) -> bool:
    """"suspended its friendship treaty with Spain", "revoked its military accord with the US": the
    ending is the act, read by the verb's own rule ("suspend treaty"); the agreement it ends is no
    agreement between the two (algeria-spain-treaty-suspension-2022, niger-us-military-accord-2024).
    Only agreements: an offensive halted or a support abandoned was still an act on its target
    (turkey-syria-peace-spring-2019, israel-turkey-ties-restored-2022)."""
    if noun.dep_ != DIRECT_OBJECT or verb_lemma(noun.head, ctx) not in ctx.lex.termination_verbs:
        return False
    return event_lemma(noun, ctx) == "agree"  # "halted its offensive against Y", "won't abandon its support for Y": these were done


def termination_of(noun: Token, ctx: Context) -> str | None:
    """"an end to talks with Y", "the suspension of negotiations": the verb of the noun that stops
    the event (lexicon ``termination_nouns``), since the event itself is what ends, not what
    happens; None when no such noun governs it."""
    prep = noun.head
    if noun.dep_ != PREP_OBJECT or prep.dep_ != PREPOSITION or prep.lower_ not in ("to", "of"):
        return None
    return ctx.lex.termination_nouns.get(prep.head.lower_) if prep.head.pos_ == "NOUN" else None


def relation_change_of(noun: Token, ctx: Context) -> str | None:
    """"the normalization of relations between X and Y", "the severing of diplomatic ties with Y",
    "the suspension of relations": the verb of the noun that changes a standing tie (lexicon
    ``relation_change_nouns``, or a ``termination_nouns`` one), which with the tie names the relation;
    None for any other noun."""
    if noun.lower_ not in STANDING_TIE_NOUNS or noun.dep_ != PREP_OBJECT or noun.head.lower_ != "of":
        return None
    change = noun.head.head
    if change.pos_ not in ("NOUN", "VERB"):  # "severing" may be tagged a verb
        return None
    return ctx.lex.relation_change_nouns.get(change.lower_) or ctx.lex.termination_nouns.get(change.lower_)


def requested(noun: Token, ctx: Context) -> bool:
    """"called for a ceasefire between X and Y", "an appeal for talks between": the event is asked for, not done."""
    if noun.dep_ != PREP_OBJECT or noun.head.lower_ != "for":
        return False
    asker = noun.head.head
    return asker.lemma_.lower() in ctx.lex.request_verbs or asker.lemma_.lower() in ctx.lex.request_nouns


ANSWER_NOUNS = frozenset({"retaliation", "reprisal", "reprisals", "response"})

Participants = Iterator[tuple[Mention, Mention, list[Token]]]
"""(subject, object, words of the relation) of an event noun."""


def between_parties(noun: Token, ctx: Context) -> Participants:
    """"a phone call between X and Y": each pair of the parties. The sides are the conjuncts after
    "between"; the actors inside one of them are one side, not parties to each other: "a meeting
    between Burhan and the leaders of South Sudan, Kenya and Ethiopia" is Burhan with each leader
    (dev sudan-kenya-mediation-rejection-2023), never Kenya with Ethiopia. A mediation's "between"
    names its sides, not parties to each other ("Ghana's mediation between Togo and Niger": the
    mediator's statements are :func:`mediated_statements`)."""
    if event_lemma(noun, ctx) == "mediate":
        return
    for prep, pobj in preps_of(noun, frozenset({"between"})):
        members = sorted((pobj, *pobj.conjuncts), key=lambda t: t.i)
        starts = [t.left_edge.idx + ctx.offset for t in members]

        def side(mention: Mention) -> int:
            return max((k for k, start in enumerate(starts) if start <= mention.start), default=0)

        parties = [m for m, _ in mentions_of(pobj, ctx)]
        # the list ends at its "and": "After the meeting between Putin and Abe, Kremlin spokesman
        # Dmitry Peskov told ...", where the parser ran the main clause's subject on as one more
        # conjunct (session 50: dev abe-putin-kuril-peace-talks-2018; lula-xi-beijing-visit-2023)
        closing = next((t for t in members[1:] if t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].lower_ in ("and", "or")), None)
        if closing is not None:
            end = closing.right_edge.idx + len(closing.right_edge) + ctx.offset
            parties = [m for m in parties if m.start < end]
        for i, first in enumerate(parties):
            for second in parties[i + 1 :]:
                if len(members) < 2 or side(first) != side(second):
                    yield first, second, [noun, prep]


def compounded_parties(noun: Token, ctx: Context) -> Participants:
    """"the US-China rivalry", "the Russia-Ukraine war": actors compounded onto a symmetric event noun."""
    compounds = [c for c in noun.lefts if c.dep_ == "compound"]
    parties = []
    for token in compounds:
        parties += [t for t in token.subtree if t.dep_ == "compound" and t.i in ctx.entity_of] or (
            [token] if token.i in ctx.entity_of else []
        )
    if len(parties) < 2:
        parties = _hyphenated_nationalities(noun, ctx) or parties
    mentions = list({(m.start, m.end): m for t in parties if (m := entity_only(t, ctx)) is not None}.values())
    if len(mentions) == 2 and is_symmetric_noun(noun, ctx):
        yield mentions[0], mentions[1], [noun]


NATIONALITY_LABELS = frozenset({"NORP", "GPE"})


def _hyphenated_nationalities(noun: Token, ctx: Context) -> list[Token]:
    """"the Russian-Ukrainian talks", "the first UK-French summit", "the Moroccan-Israeli agreement":
    two nationality words (or a state and one) joined by a hyphen before the noun, which the parser
    hangs as adjectives rather than compounds (dev: russian-ukrainian in two stories, and
    Moroccan-Israeli, Armenian-Azerbaijani, Turkish-Dutch, Israeli-Turkish, UK-French each in one).
    A hyphenated participle ("Saudi-brokered") is no such pair."""
    for second in (c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i in ctx.entity_of):
        for first in (c for c in second.lefts if c.dep_ in ("compound", "amod") and c.i in ctx.entity_of):
            labels = {ctx.entity_of[first.i].label_, ctx.entity_of[second.i].label_}
            if first.i + 2 == second.i and first.nbor().text == "-" and labels <= NATIONALITY_LABELS:
                return [first, second]
    return []


def paired_possessor(noun: Token, ctx: Context) -> Participants:
    """"Moscow and Pyongyang assert their military cooperation is lawful" (north-korea-russia),
    "their lengthy warfare" (armenia-azerbaijan-peace): a "their" that owns a joint event noun is
    the two parties just named together, who do it with each other (resolved as a subject "they")."""
    if not is_symmetric_noun(noun, ctx) or any(preps_of(noun, ctx.lex.event_preps)) or noun.dep_ == DIRECT_OBJECT:
        return  # "their talks with China": the two are one side; "X and Y ended their war": the verb's own rules
    if any(c.lower_ in MANY_SIDED for c in noun.children):
        return  # "their trilateral meeting": more than the two
    for possessor in (c for c in noun.children if c.dep_ == POSSESSOR and c.lower_ == "their"):
        first, second = their_pair(possessor, ctx, noun)
        yield first, second, [noun]


MANY_SIDED = frozenset({"trilateral", "multilateral", "three-way", "tripartite", "quadrilateral"})


def possessor_agent(noun: Token, ctx: Context) -> Participants:
    """"Trump's visit to Japan", "Xi's call with Kishida": the possessor is the agent."""
    for possessor in (c for c in noun.children if c.dep_ == POSSESSOR):
        agent = mention_of(possessor, ctx, is_subject=True)
        if agent is not None:
            for prep, pobj in preps_of(noun, ctx.lex.event_preps):
                for obj, _ in mentions_of(pobj, ctx):
                    yield agent, obj, [noun, prep]


def clause_participant(noun: Token, ctx: Context) -> Participants:
    """"In a call with Y, X said", "X went on strike in protest against Y": X is the agent.

    Only when the noun phrase modifies a clause, not when it is a verb's own object (handled by
    the ``nominal`` rule, :func:`kg.extract.verbs.nominal_event`). Not when the noun names its own
    agent ("he learnt about my conversation with Y": the possessor's talk, which
    :func:`possessor_agent` relates), nor when the event is what the clause asks for ("called for
    a dialogue with Y", "made an appeal for talks with Y": requested, not held). The precision
    audit of session 8 found this rule the least precise on news-dev and PLOVER dev; those three of
    its false edges (india-pakistan-2025) are what these two conditions remove.
    """
    if any(c.dep_ == POSSESSOR for c in noun.children) or plural_protests(noun, ctx):
        return  # "fled amid protests against his government": the protesters' act (protesters_against)
    governor = noun.head.head if noun.dep_ == PREP_OBJECT and noun.head.dep_ == PREPOSITION else None
    if governor is not None and _requested(noun, governor, ctx):
        return
    if governor is not None and governor.dep_ == DIRECT_OBJECT and governor.head.pos_ == "VERB":
        # "staged a hunger strike in protest against Y": the PP hangs on the object; not when
        # the object is another's, by a named possessor (the parser may hang it on the verb, its
        # "'s" still on it): "described Eritrea's alleged preparations for war against Ethiopia
        # as false" (ethiopia-eritrea-sea-access) is Eritrea's war, the owner's as in
        # :func:`possessor_agent`; "his commitment to negotiations with Y" stays the subject's
        owners = [c for c in governor.children if c.dep_ == POSSESSOR and c.pos_ != "PRON"]
        owners += [c for c in governor.head.children if c.dep_ == DIRECT_OBJECT and any(x.dep_ == "case" for x in c.children)]
        if owners:
            return
        governor = governor.head
    # (not "the visit of Xi to Russia", "a visit by Putin": the visitor is named)
    visit = event_lemma(noun, ctx) == "visit" and not any(preps_of(noun, frozenset({"of", "by"})))
    # "in retaliation for Y's raid": what is answered is done to Y (india-pakistan-2025, the sample corpus);
    # "X, on a visit to Y, said", "Lula, who is on a state visit to China": the place visited
    # (crimea-annexation-2014, lula-xi-beijing-visit-2023, sri-lanka-china-hambantota-lease-2017)
    extra = {"for", "to"} if noun.lower_ in ANSWER_NOUNS else {"to"} if visit else set()
    targets = list(preps_of(noun, frozenset({"with", "against"} | extra))) if governor is not None else []
    if not targets:
        return
    if governor.pos_ == "VERB" or (visit and governor.pos_ == "AUX" and governor.lemma_ == "be"):  # "who is on a visit to"
        subjects = [m for m, _ in subjects_of(governor, ctx)]
    elif visit and governor.dep_ == SUBJECT and governor.pos_ == "PROPN":
        # "Wickremesinghe during a visit to China had agreed": the parser hangs the phrase on the name
        subjects = [m for m, _ in mentions_of(governor, ctx, is_subject=True)]
    else:
        return
    for subj in subjects:
        for prep, pobj in targets:
            for obj, _ in mentions_of(pobj, ctx):
                if not (visit and prep.lower_ == "to" and obj.ner != "GPE"):  # a place, not "the Kamra Air Force Base"
                    yield subj, obj, [noun, prep]


def main_subject_side(noun: Token, sent: Span, ctx: Context) -> Participants:
    """"Israeli forces struck Lebanon, shaking a truce meant to end a year of fighting with
    Hezbollah": a fighting noun (lexicon ``side_nouns``) names one side with "with"; the other is
    the subject (active or passive) of the sentence's main clause, when that subject is one
    non-person actor besides the "with" side. Only for a noun inside a prepositional phrase (a
    verb's own object is the ``nominal`` rule's: "rejected a proposal to end fighting with Y"),
    outside that subject, and with no possessor or other named participant (the other rules first).
    A subject mention sharing a word with the "with" side is that side ("police officers", "the
    police"). Supported by israel-hezbollah-lebanon and georgia-eu-protests (lexicon ``_side_nouns``)."""
    if noun.lower_ not in ctx.lex.side_nouns or noun.dep_ != PREP_OBJECT:
        return
    if any(c.dep_ == POSSESSOR for c in noun.children):
        return
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in (SUBJECT, PASSIVE_SUBJECT)]
    if len(subjects) != 1 or noun.i in {t.i for t in subjects[0].subtree}:
        return
    for prep, pobj in preps_of(noun, frozenset({"with"})):
        for other, _ in mentions_of(pobj, ctx):
            words = set(other.name.lower().split())
            sides = {
                m.name.lower(): m
                for m, _ in mentions_of(subjects[0], ctx, is_subject=True)
                if not words & set(m.name.lower().split())
            }
            if len(sides) == 1:
                side = _state_of_force(next(iter(sides.values())), subjects[0], ctx)
                if side.kind in ("group", "collective", "institution") or (side.kind == "name" and side.ner in ("GPE", "NORP", "ORG")):
                    yield side, other, [noun, prep]


def _state_of_force(side: Mention, subject: Token, ctx: Context) -> Mention:
    """The state whose named armed force ("Israeli forces") is the side of a fighting the sentence
    names only as a noun: the war is the state's (the gold of israel-hezbollah-lebanon names
    Israel for "a year of fighting with Hezbollah" after "Israeli forces carried out strikes").
    Police, protesters and other groups stay themselves (georgia-eu-protests)."""
    heads = [t for t in subject.subtree if side.start <= t.idx < side.end and not (side.start <= t.head.idx < side.end and t.head.i != t.i)]
    if len(heads) != 1 or ctx.lex.institution_nouns.get(heads[0].lower_) != "military":
        return side
    nationalities = nationality_words(heads[0])
    state = mention_of(nationalities[0], ctx, is_subject=True) if len(nationalities) == 1 else None
    return state if state is not None else side


def mutual_statements(noun: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """"mutual accusations of ceasefire violations between Israel and Hezbollah": a mutual act
    between two named sides is done by each to the other, both ways (rule family ``event_np``).
    The sides are named with "between", on the noun or on what it is "of"."""
    from kg.extract.verbs import mutual_noun, mutual_relation  # the verb rule's own test of "mutual"

    if noun.dep_ == DIRECT_OBJECT and noun.head.pos_ == "VERB" and subjects_of(noun.head, ctx):
        return  # a verb's own object: its subjects are the sides (kg.extract.verbs.mutual_event)
    if not mutual_noun(noun, ctx):
        return
    holders = [noun] + [pobj for _, pobj in preps_of(noun, frozenset({"of"}))]
    sides = [m for h in holders for _, pobj in preps_of(h, frozenset({"between"})) for m, _ in mentions_of(pobj, ctx)]
    relation = mutual_relation(noun, None, ctx)
    if relation is None:
        return
    symmetric = is_symmetric_noun(noun, ctx) or relation in ctx.lex.symmetric_verbs
    for i, first in enumerate(sides):
        for j, second in enumerate(sides):
            if i != j and (i < j or not symmetric):
                yield new_statement(noun, sent, ctx, first, second, relation, [noun], "event_np", False, None, symmetric)


def stance_statements(noun: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """"Hezbollah fired rockets into Israel in support of Hamas", "attacked Israel in solidarity
    with Hamas", "remarked in appreciation of the U.S. President's efforts": a bare "in support of
    Y" (lexicon ``stance_phrases``) says whom the clause's doer backs or thanks (rule family
    ``event_np``). On a verb, its subjects; on an event noun ("the deployment of North Korean
    troops in support of Russian operations"), the actor the noun is "of" or "by", or its possessor.
    Dev stories: israel-hezbollah-lebanon, north-korea-russia, madagascar-genz-coup, armenia-azerbaijan-peace."""
    entry = ctx.lex.stance_phrases.get(noun.lower_)
    if entry is None or noun.dep_ != PREP_OBJECT or noun.head.lower_ != "in":
        return
    if any(c.dep_ in ("det", POSSESSOR, "amod") for c in noun.children):
        return  # "in their support of", "in strong support": not the fixed phrase
    relation, prep_word = entry
    governor = noun.head.head
    if governor.pos_ in ("VERB", "AUX"):
        doers = subjects_of(governor, ctx)
        negated, modality = negation_and_modality(governor, ctx)
    elif governor.pos_ == "NOUN":
        doers = mentions_of(governor, ctx, is_subject=True) or [
            found for holder in (
                [c for c in governor.children if c.dep_ == POSSESSOR]
                + [pobj for _, pobj in preps_of(governor, frozenset({"of", "by"}))]
            ) for found in mentions_of(holder, ctx, is_subject=True)
        ]  # fmt: skip
        negated, modality = False, None
    else:
        return
    preps = [*preps_of(noun, frozenset({prep_word})), *((p, o) for p, o in preps_of(governor, frozenset({prep_word})) if (s := stance_prep(p, ctx)) is not None and s.i == noun.i)]
    for prep, pobj in preps:
        for obj, _ in mentions_of(pobj, ctx):
            for subj, _ in doers:
                yield new_statement(noun, sent, ctx, subj, obj, relation, [noun.head, noun, prep], "event_np", negated, modality, False)


OF_SOURCE_FRAMES = frozenset({"at", "upon"})  # of lexicon source_frame_preps: "at the request of", "upon the invitation of"
OF_SOURCE_LEMMAS = frozenset({"request", "invite"})


def source_statements(noun: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """"Lebanon and Israel named delegates, following a request from the United States", "Ruto
    faces scrutiny from the opposition": an act named by a noun (lexicon ``source_nouns``), done
    by whoever it comes "from", to whoever does the clause it frames (rule family ``event_np``).
    Only in a framing phrase ("following", "amid", "under", ...) or as the object of a verb of
    receiving ("faces", "received"); not with an owner of its own ("Iran's pressure from").
    Dev stories: israel-hezbollah-lebanon, madagascar-genz-coup."""
    lex = ctx.lex
    lemma = lex.source_nouns.get(noun.lower_)
    if lemma is None or any(c.dep_ == POSSESSOR for c in noun.children):
        return
    sources = list(preps_of(noun, frozenset({"from"})))
    head = noun.head
    if noun.dep_ == PREP_OBJECT and head.lower_ in lex.source_frame_preps and head.head.pos_ in ("VERB", "AUX"):
        governor = head.head
        if head.lower_ in OF_SOURCE_FRAMES and lemma in OF_SOURCE_LEMMAS:
            # "visited Moscow at the invitation of Putin", "at the request of Tunisia" (session 28: the dev
            # gold of xi-putin-moscow-visit-2023, egypt-ethiopia-gerd-dispute-2020, russia-georgia-war-2008,
            # iran-us-prisoner-swap-2023, ...); not a passive's patient ("he was arrested at the request of the
            # ICC" asks the unnamed arresting state, not him)
            if any(c.dep_ in (PASSIVE_SUBJECT, "auxpass") for c in governor.children):
                return
            sources += list(preps_of(noun, frozenset({"of"})))
    elif noun.dep_ == DIRECT_OBJECT and head.pos_ == "VERB" and head.lemma_.lower() in lex.receiving_verbs:
        governor = head
        sources += [(p, o) for p, o in preps_of(head, frozenset({"from"})) if p.i > noun.i]  # "faces scrutiny from Y": on the verb
    else:
        return
    targets = subjects_of(governor, ctx)
    negated, modality = negation_and_modality(governor, ctx)
    for prep, pobj in sources:
        for subj, _ in mentions_of(pobj, ctx, is_subject=True):
            for obj, _ in targets:
                yield new_statement(noun, sent, ctx, subj, obj, lemma, [noun, prep], "event_np", negated, modality, False)


def _requested(noun: Token, governor: Token, ctx: Context) -> bool:
    """Whether an event noun after "for" is asked for: "called for talks", "an appeal for dialogue"."""
    if noun.head.lower_ != "for":
        return False
    return governor.lower_ in ctx.lex.request_nouns or (governor.pos_ == "VERB" and governor.lemma_.lower() in ctx.lex.request_verbs)


def agent_event_statements(noun: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """"China's intervention in Taiwan", "the Russian invasion of Ukraine": an event noun whose
    agent is its possessor or nationality and whose target is a prepositional object."""
    entry = ctx.lex.agent_event_nouns.get(noun.lower_) or ctx.lex.agent_event_nouns.get(noun.lemma_.lower())
    if entry is None:
        yield from deverbal_event_statements(noun, sent, ctx)
        return
    lemma, preps = entry
    if ended_by_verb(noun, ctx):
        return
    governor = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    modality = negation_and_modality(governor, ctx)[1] if governor is not None else None  # "would be"
    agents = (
        [c for c in noun.children if c.dep_ == POSSESSOR]
        # "This US diplomatic engagement with Minsk" (belarus-prisoner-release), "the 1989 U.S. military
        # operation" (venezuela-us): before an adjective the parser hangs the country on as nmod
        or nationality_words(noun, ("amod", "compound", "nmod"))
        or west_modifiers(noun)  # "Western sanctions on Belarus"
        # "criticism from the G7"; not a preposition of the noun's target ("the withdrawal of troops
        # from Afghanistan": Afghanistan is left, not leaving; dev us-taliban-doha-agreement-2020)
        or [pobj for _, pobj in preps_of(noun, frozenset({"from", "by"}) - frozenset(preps))]
    )
    if not agents and noun.lower_ in MOVER_OF_NOUNS and any(preps_of(noun, frozenset({"from"}))):
        # "the withdrawal of US troops from Afghanistan": who withdraws is what the noun is "of"
        # (session 44: dev us-taliban-doha-agreement-2020, kazakhstan-unrest-csto-2022)
        # an envoy's withdrawal is a recall, its state's act on the envoy: no act of the envoy's
        agents = [pobj for _, pobj in preps_of(noun, frozenset({"of"})) if not _names_envoy(pobj, ctx)]
        preps = [p for p in preps if p != "of"]
    for agent_token in agents:
        agent = mention_of(agent_token, ctx, is_subject=True)
        if agent is None:
            continue
        for prep, pobj in preps_of(noun, preps):
            for obj, _ in mentions_of(pobj, ctx):
                yield new_statement(noun, sent, ctx, agent, obj, lemma, [noun, prep], "event_np", False, modality, False)
    if not agents:
        yield from protesters_against(noun, sent, ctx, lemma, modality)


MOVER_OF_NOUNS = frozenset({"withdrawal", "withdrawals", "pullout", "pull-out"})


def _names_envoy(token: Token, ctx: Context) -> bool:
    """Whether ``token`` is the mention of an envoy ("the Iraqi chargé d'affaires", "its ambassador")."""
    mention = mention_of(token, ctx)
    return mention is not None and mention.kind == "role" and mention.name.lower() in ctx.lex.envoy_nouns


def protesters_against(noun: Token, sent: Span, ctx: Context, lemma: str, modality: str | None) -> Iterator[RawStatement]:
    """"weeks of protests against his government", "protests against Trump's peace plan": plural
    protests that name no one who holds them are held by the people who protest ("protesters":
    lexicon ``protest_nouns``), against whom the "against" phrase names or whose thing it names
    (news-dev: madagascar-genz-coup, sri-lanka-rajapaksa-protests-2022, israel-morocco-normalisation-2020)."""
    if not plural_protests(noun, ctx):
        return
    if noun.dep_ == DIRECT_OBJECT and verb_lemma(noun.head, ctx) in PROTEST_HOLDING_VERBS:
        return  # "students staged protests against Y": the students (kg.extract.verbs.object_against)
    agent = make_mention(noun, noun.i, noun.i, "collective", ctx.lex.protest_nouns[noun.lower_], "", ctx, True)
    for prep, pobj in preps_of(noun, frozenset({"against"})):
        for obj, _ in mentions_of(pobj, ctx):
            yield new_statement(noun, sent, ctx, agent, obj, lemma, [noun, prep], "event_np", False, modality, False)


def deverbal_verb(noun: Token) -> str | None:
    """The verb an act noun is made from, when that verb names a relation of its own (it has an
    event type, :func:`kg.events.classes.event_type`): "kidnapping" -> "kidnap", "disarming" ->
    "disarm", "condemnation" -> "condemn", "refusal" -> "refuse", "boycott" -> "boycott"; None for
    a noun that names no act ("share", "map") or whose verb kg does not know as a relation."""
    word = noun.lemma_.lower() if noun.lemma_ else noun.lower_
    if not word.isalpha() or len(word) < 4:
        return None
    candidates = [word]
    if word.endswith("ing") and len(word) > 6:
        stem = word[:-3]
        candidates += [stem, f"{stem}e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
    elif word.endswith("ation"):
        candidates += [f"{word[:-5]}ate", word[:-5], f"{word[:-5]}e"]
    elif word.endswith(("tion", "sion")):
        candidates += [word[:-3], f"{word[:-3]}e"]
    elif word.endswith("ment"):
        candidates += [word[:-4]]
    elif word.endswith(("al", "ure")):
        candidates += [word[:-2] if word.endswith("al") else word[:-3], f"{word[:-2]}e" if word.endswith("al") else word[:-1]]
    elif word.endswith(("ance", "ence")):
        candidates += [word[:-4], f"{word[:-4]}e", f"{word[:-5]}y"]
    return next((c for c in candidates if " " not in c and event_type(c).cameo is not None), None)


def deverbal_event_statements(noun: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """"the government's disarming of Y", "X's allegations of Y's involvement", "X's appeal to Y",
    "the arrest of Y by X": an act noun made from a verb that kg knows as a relation
    (:func:`deverbal_verb`), outside the lexicon's event-noun tables, that names both its doer (its
    possessor, or a "by" phrase) and whom it is done to (its "of" object, the owner of that object, or
    the object of a preposition the verb itself governs, lexicon ``prep_objects``). Both actors are
    in the one noun phrase, so nothing is guessed (rule family ``event_np``; news/GUIDELINES.md
    calls such records hard: a nominal event). Dev stories: israel-hezbollah-lebanon (a disarming),
    india-pakistan-2025 (allegations), georgia-eu-protests (an appeal to the court)."""
    lex = ctx.lex
    listed = lex.nominal_events.get(noun.lower_) or lex.nominal_events.get(noun.lemma_.lower())
    if (listed is not None and listed != "*") or noun.lower_ in lex.symmetric_nouns or noun.lower_ in lex.relation_nouns:
        return  # the lexicon's event nouns have their own rules ("his talks with Y"); a standing tie is no act ("its alliance with Y")
    lemma = deverbal_verb(noun)
    if lemma is None:
        return
    governor = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    modality = negation_and_modality(governor, ctx)[1] if governor is not None else None
    # the owner; before a gerund the parser may make it a subject that keeps its "'s" ("the government's disarming of Y")
    owners = [c for c in noun.children if c.dep_ == POSSESSOR or (c.dep_ == SUBJECT and any(x.dep_ == "case" for x in c.children))]
    doers = [pobj for _, pobj in preps_of(noun, frozenset({"by"}))]
    targets = [
        pobj for prep, pobj in preps_of(noun, frozenset({"of", *lex.prep_objects}))
        if prep.lower_ == "of" or governs_prep_object(lemma, prep.lower_, ctx)
    ]  # fmt: skip
    for agent_token, target_token in ((a, t) for a in owners + doers for t in targets):
        agent = mention_of(agent_token, ctx, is_subject=True)
        if agent is None:
            continue
        for obj, owned in mentions_of(target_token, ctx):
            if owned and not any(c.dep_ == POSSESSOR for c in target_token.children):
                continue  # "its rejection of the government's decision" is the government's; not "of the Benin proposal"
            yield new_statement(noun, sent, ctx, agent, obj, lemma, [noun], "event_np", False, modality, False)


def relation_noun_statements(noun: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """"Japan's allies, including the United States", "the United States, its ally": a standing
    relation (ally, partner, rival...) of the named member to the possessor; not a name set off
    after the noun ("its allies, particularly France")."""
    relation = ctx.lex.relation_nouns.get(noun.lower_)
    if relation is None:
        return
    owners = [m for c in noun.children if c.dep_ == POSSESSOR for m, _ in mentions_of(c, ctx)]
    if not owners:
        return
    members = [pobj for prep, pobj in preps_of(noun, frozenset({"including", "like"}))]
    members += [pobj for prep, pobj in preps_of(noun, frozenset({"as"})) if any(c.lower_ == "such" for c in prep.lefts)]
    # Not a name set off after the relation noun ("its allies, particularly X and Y", "X's
    # partner, Y"): that only says who the allies are, in a sentence about something else, and
    # being an ally is a state (news/GUIDELINES.md). news-dev: 0 true, 2 false edges
    # (armenia-russia-rift, argentina-spain-milei-row). The member named by an apposition that is
    # the relation noun ("the United States, its ally") or by "including" stays.
    if noun.dep_ == APPOSITION:
        members.append(noun.head)
    for member_token in members:
        for member, _ in mentions_of(member_token, ctx, is_subject=True):
            for owner in owners:
                yield new_statement(noun, sent, ctx, member, owner, relation, [noun], "possessor", False, None)


def mediated_statements(token: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """"a truce brokered by the US and France", "under US mediation", "with Trump as a mediator,
    both leaders agreed", "after Trump mediated, the two neighbours agreed": whoever mediates an
    agreement or a conflict mediates with each of its sides (rule family ``event_np``). The sides are
    those named with "between", else the subjects of the clause the mediation modifies when they
    are two, else the two sides the text has been talking about (a pair mention, see
    :func:`kg.resolve.references.pair_member`). "brokered a ceasefire between X and Y", with a
    mediator that is a verb's subject and an explicit "between", is :func:`kg.extract.verbs.mediation`."""
    words = ctx.lex.mediated_words
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in words["verbs"]:
        mediators, settled = _verb_mediators(token, ctx)
    elif token.pos_ == "NOUN" and lemma in words["nouns"]:
        mediators, settled = _noun_mediators(token, ctx), token
    elif token.pos_ == "NOUN" and token.lower_ in words["mediators"]:
        mediators, settled = _mediator_of(token, ctx), token
    elif token.pos_ == "VERB" and lemma in LEADING_VERBS and token.dep_ == "amod" and is_symmetric_noun(token.head, ctx):
        # "an EU-led dialogue", "US-led talks", "AU-sponsored peace talks": whoever leads the talks
        # mediates them, no party to them (serbia-kosovo-license-plates-2022, india-pakistan-2025,
        # ethiopia-tigray-pretoria-deal-2022, egypt-ethiopia-gerd-dispute-2020)
        mediators, settled = [m for c in leading_names(token) for m, _ in mentions_of(c, ctx, is_subject=True)], token.head
    else:
        return
    if not mediators:
        return
    sides = _sides(token, settled, mediators, ctx)
    governor = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None) if token.pos_ != "VERB" else token
    negated, modality = negation_and_modality(governor, ctx) if governor is not None else (False, None)
    for mediator in mediators:
        for side in sides:
            yield new_statement(token, sent, ctx, mediator, side, "mediate", [token], "event_np", negated, modality)


LEADING_VERBS = frozenset({"lead", "sponsor"})
"""Participles that, glued to a name before talks ("EU-led", "AU-sponsored"), make the name the
talks' mediator (:func:`mediated_statements`), as "US-brokered" and "US-mediated" do."""


def _verb_mediators(verb: Token, ctx: Context) -> tuple[list[Mention], Token | None]:
    """Who mediates with a mediation verb, and what was mediated: "a truce brokered by the US"
    (the passive agent; the truce), "Trump mediated" (the subject, no object), "he mediated the
    truce" (the subject; the truce), "French-brokered" (a nationality glued onto the verb)."""
    agents = [m for a in verb.children if a.dep_ == AGENT for p in a.children if p.dep_ == PREP_OBJECT
              for m, _ in mentions_of(p, ctx, is_subject=True)]  # fmt: skip
    glued = [m for c in nationality_words(verb, deps=("npadvmod", "compound", "nmod", "amod")) for m, _ in mentions_of(c, ctx, is_subject=True)]
    objects = [c for c in verb.children if c.dep_ in (DIRECT_OBJECT, "ccomp")]
    settled = objects[0] if objects else None
    if settled is None and agents:  # "the truce was brokered by the US": the passive subject, as "a truce brokered by"
        settled = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
    modified = verb
    while settled is None and modified.dep_ in ("acl", "amod", "conj", "appos", "nmod") and modified.head.i != modified.i:
        modified = modified.head  # "the U.S.- and French-brokered truce": the verb hangs on "U.S.-", which hangs on the truce
        settled = modified if modified.pos_ == "NOUN" else None
    if agents or glued:
        return agents + glued, settled
    if objects and mentions_of(objects[0], ctx):
        return [], None  # "mediated the Iranians' talks": an object that is an actor is not an agreement
    if any(c.dep_ == SUBJECT for c in verb.children):
        return [m for m, _ in subjects_of(verb, ctx)], settled
    return [], None


def _noun_mediators(noun: Token, ctx: Context) -> list[Mention]:
    """"US mediation", "Qatari mediation", "Egypt's mediation", "Russia's mediation role",
    "mediation by Qatar": the possessor, nationality or "by" agent of the noun or of what it is a
    compound of."""
    owners = [noun] + ([noun.head] if noun.dep_ == "compound" else [])
    for owner in owners:
        agents = (
            [c for c in owner.children if c.dep_ == POSSESSOR]
            or nationality_words(owner, deps=("amod", "compound", "nmod"), labels=("NORP", "GPE", "ORG"))
            or [p for _, p in preps_of(owner, frozenset({"by"}))]
        )
        found = [m for a in agents if a.i != noun.i for m, _ in mentions_of(a, ctx, is_subject=True)]
        if found:
            return found
    return []


def _mediator_of(noun: Token, ctx: Context) -> list[Mention]:
    """"with Trump as a mediator", "Qatar acted as a mediator", "Egypt, the main mediator"."""
    if noun.dep_ == PREP_OBJECT and noun.head.lower_ == "as":
        with_ = _with_before(noun)
        if with_ is not None:  # "With X as a mediator, ...": however the parser hangs "as"
            return [m for o in with_.children if o.dep_ == PREP_OBJECT for m, _ in mentions_of(o, ctx, is_subject=True)]
        holder = noun.head.head
        if holder.pos_ in ("VERB", "AUX"):
            return [m for m, _ in subjects_of(holder, ctx)]
        return [m for m, _ in mentions_of(holder, ctx, is_subject=True)]
    if noun.dep_ == APPOSITION:
        if noun.tag_ == "NN":  # "Matthew Nimetz, the UN mediator": the one named, not the others listed with him
            head = mention_of(noun.head, ctx, is_subject=True)
            return [head] if head is not None else []
        return [m for m, _ in mentions_of(noun.head, ctx, is_subject=True)]  # "Egypt and Qatar, the mediators"
    return []


def _sides(token: Token, settled: Token | None, mediators: list[Mention], ctx: Context) -> list[Mention]:
    """The two sides of what ``token`` mediates: named with "between" (on the agreement, the
    mediation word or what it is a compound of); the subjects of the clause the mediation
    modifies, or of the signing / agreeing verb whose object is the brokered agreement, when two; else, for an agreement or a conflict, the pair the text talks about."""
    words = ctx.lex.mediated_words
    holders = [t for t in (settled, token, token.head if token.dep_ == "compound" else None) if t is not None]
    holders += [pobj for h in holders for _, pobj in preps_of(h, frozenset({"in", "of", "over"}))]  # "mediation in the war between"
    for holder in holders:
        named = [m for _, pobj in preps_of(holder, frozenset({"between"})) for m, _ in mentions_of(pobj, ctx)]
        if len(named) >= 2:
            return named
    clause = _modified_clause(token)
    if clause is None and settled is not None and settled.i != token.i and token.dep_ == "acl":
        # "Ghana and Togo signed a pact brokered by Nigeria": the signers of what was brokered
        held = settled.head.head if settled.dep_ == PREP_OBJECT and settled.head.lower_ == "to" else settled.head
        if settled.dep_ in (DIRECT_OBJECT, PREP_OBJECT) and held.lemma_.lower() in ctx.lex.agreement_verbs | ctx.lex.joint_decision_verbs:
            clause = held  # parties to it ("signed", "agreed to"), not who "welcomed" it
        elif settled.dep_ == PREP_OBJECT:
            clause = _framed_clause(settled)
    if clause is not None:
        subjects = [m for m, _ in subjects_of(clause, ctx) if m.key not in {x.key for x in mediators}]
        if len(subjects) >= 2:
            return subjects
    thing = settled if settled is not None else token
    if any(mentions_of(pobj, ctx) for h in (thing, token) for _, pobj in preps_of(h, frozenset({"with"}))):
        return []  # "brokered a deal with Hamas": a party to the deal, not its mediator
    if not (thing.lemma_.lower() in words["settled"] or thing.lower_ in words["settled"] or thing.lemma_.lower() in words["nouns"]
            or any(c.dep_ == PREPOSITION and any(p.lower_ in words["settled"] for p in c.children) for c in thing.children)):
        return []
    pair = make_mention(thing, thing.i, thing.i, "pair", PARTY, "", ctx, False, hints=tuple(m.text for m in mediators))
    return [replace(pair, member=1), replace(pair, member=2)]


PARTY = "Party"  # a pair of any two sides (states, organisations, groups): kg.resolve.references.PARTY


# The prepositions that set a clause within a brokered agreement: "In a deal brokered by X, A and B
# agreed", "Under a truce mediated by X, ...", "after talks mediated by X, ..." (dev
# israel-morocco-normalisation-2020, serbia-kosovo-license-plates-2022: "thanks to an agreement brokered by")
FRAMING_PREPS = frozenset({"in", "under", "after", "following", "through"})


def _framed_clause(agreement: Token) -> Token | None:
    """The verb of the clause that ``agreement`` (a preposition's object) frames: "[A and B agreed]
    ..., thanks to an agreement brokered by X"; None when the preposition does not set the frame
    ("protested against a deal brokered by X": who protests is no party to it)."""
    prep = agreement.head
    holder = prep.head
    if prep.lower_ == "to" and holder.lower_ == "thanks":
        holder = holder.head
    elif prep.lower_ not in FRAMING_PREPS:
        return None
    return holder if holder.pos_ in ("VERB", "AUX") else None


def _modified_clause(token: Token) -> Token | None:
    """The verb of the clause a mediation phrase modifies: "after X mediated, [they agreed]",
    "with X as a mediator, [both leaders affirmed]"."""
    if token.pos_ == "VERB" and token.dep_ == "advcl":
        return token.head
    if token.dep_ == PREP_OBJECT and token.head.lower_ == "as":
        with_ = _with_before(token)
        if with_ is not None and with_.head.pos_ == "VERB":
            return with_.head
    return None


def _with_before(noun: Token) -> Token | None:
    """"With X as <noun>": the "with" whose object ends right before "as <noun>"."""
    from kg.extract.verbs import as_noun  # the one reading of "X as <noun>"

    as_ = noun.head
    name = noun.doc[as_.i - 1] if as_.i >= 1 else as_
    pobj = next((t for t in (name, *name.ancestors) if t.dep_ == PREP_OBJECT and t.head.lower_ == "with"), None)
    found = as_noun(pobj) if pobj is not None else None
    return pobj.head if found is not None and found.i == noun.i else None


# Custody taken by a state whose agent the sentence leaves unsaid (news/GUIDELINES.md: an implicit
# actor is tier hard): the verbs in the passive, the nouns with their patient, and the verb each
# noun stands for. The dev gold: turkey-imamoglu-arrest ("X was arrested", "X's arrest", "the
# detention of X": Turkey), belarus-prisoner-release ("X, who had been imprisoned since 2020", "he
# was jailed", "who was arrested that year": Belarus).
CUSTODY_VERBS = frozenset({"arrest", "detain", "jail", "imprison", "incarcerate"})
# custody told by a phrase on a common verb ("was placed under house arrest", "was taken into
# custody"): the verb alone says nothing ("talks were held"); kg.extract.context.verb_lemma reads the phrase
CUSTODY_PHRASE_VERBS = frozenset({"place", "put", "hold", "keep", "take"})
CUSTODY_PHRASES = frozenset({"place under house arrest", "hold under house arrest", "take into custody"})
CUSTODY_NOUNS = {"arrest": "arrest", "detention": "detain", "apprehension": "arrest", "imprisonment": "imprison", "jailing": "jail"}
STATE_PREPS = frozenset({"in"})
# A page that reports a military seizure of power (a coup word and an armed-force word on the page)
# gives custody with no agent to the coup-makers (:func:`coup_force`), not the state: they hold the leaders there
# (dev gold: myanmar-coup-2021 "Suu Kyi ... were arrested": the military, seven false edges at the
# story's first run; gabon-coup-2023 "placed under house arrest", niger-coup-france-ambassador "the
# president was held": the military or its soldiers). Both words are needed: the dev pages on a
# mayor's arrest call it a "political coup" and name no army (turkey-imamoglu-arrest). "takeover"
# with an armed force is one too ("placed under house arrest during a military takeover":
# zimbabwe-mugabe-coup-2017).
COUP_WORDS = frozenset({"coup", "putsch", "junta", "takeover"})
ARMED_FORCE_WORDS = frozenset({"military", "army", "soldiers", "junta"})


def reports_military_takeover(words: set[str]) -> bool:
    """Whether the page's words (this parsed part of it) name a coup and an armed force (:data:`COUP_WORDS`)."""
    return not words.isdisjoint(COUP_WORDS) and not words.isdisjoint(ARMED_FORCE_WORDS)


# Places of custody whose city says the state that holds one there ("arrested at a Moscow airport":
# dev us-russia-griner-bout-swap-2022, duterte-icc-arrest-2025 "at Manila airport").
CUSTODY_SITES = frozenset({"airport", "prison", "jail", "hotel", "station"})


def custody_place(head: Token) -> tuple[str, ...]:
    """"was detained in Russia", "were banned in Nepal": a country or capital the act is placed in;
    "arrested at a Moscow airport", "held in a Tehran prison": the city of the site, not a country
    named on it ("at the US embassy" is no American custody)."""
    from kg.lexicon import load_gazetteer, normalise_name

    gaz = load_gazetteer()
    # "placed under house arrest in Gabon", "taken into custody in Manila": the parser may hang the
    # place on the phrase's noun
    holders = [head, *(p for _, p in preps_of(head, frozenset({"under", "into"})) if p.lemma_.lower() in ("arrest", "custody"))]
    places = [name for holder in holders for _, p in preps_of(holder, STATE_PREPS) if gaz.country_of(name := whole_name(p).text)]
    for _, site in preps_of(head, STATE_PREPS | {"at"}):
        if site.lemma_.lower() in CUSTODY_SITES:
            for city in (c for c in site.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN"):
                entry = gaz.by_alias.get(normalise_name(city.text))
                if (entry is None or entry.type != "Country") and gaz.country_of(city.text):  # a city the gazetteer places
                    places.append(city.text)
    return tuple(places)


def implicit_custody_statements(token: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """Rule ``passive``: "the mayor was arrested", "the activist, who had been jailed since 2020",
    "his arrest", "the detention of the mayor": custody with no agent named is taken by a state
    (a mention of kind ``state`` anchored on the verb or noun). Which state is left to
    kg.resolve.actors: the country the act is placed in ("in Russia"), else the country the page has
    named most so far, unless the patient is known to be of another country (a foreigner detained
    abroad is not detained by his own state). Only a named person or a pronoun for one is the
    state's patient; "many people were detained" at a protest is the police's
    (:func:`_detained_protesters`, georgia-eu-protests gold). On a page
    that reports a military takeover (:func:`reports_military_takeover`) the coup-makers hold them,
    the armed force the page names (:func:`coup_force`), else no one; a force the custody noun names
    ("police custody") holds them anywhere (:func:`custody_keeper`). Custody may be told by a
    phrase on a common verb (``CUSTODY_PHRASES``: "was placed under house arrest")."""
    if token.pos_ == "VERB":
        phrase = verb_lemma(token, ctx) if token.lemma_.lower() in CUSTODY_PHRASE_VERBS else ""
        if (token.lemma_.lower() not in CUSTODY_VERBS and phrase not in CUSTODY_PHRASES) or any(c.dep_ == AGENT for c in token.children):
            return
        if not any(c.dep_ == "auxpass" for c in token.children):
            return
        patients = [token.head if c.lower_ in ("who", "that") and token.dep_ == "relcl" else c for c in token.children if c.dep_ == PASSIVE_SUBJECT]
        lemma = phrase or token.lemma_.lower()
    elif token.pos_ == "NOUN" and token.lower_ in CUSTODY_NOUNS:
        if any(preps_of(token, frozenset({"by"}))):
            return  # "the arrest of X by the police": its agent is named (event_np)
        patients = [c for c in token.children if c.dep_ == POSSESSOR] + [p for _, p in preps_of(token, frozenset({"of"}))]
        lemma = CUSTODY_NOUNS[token.lower_]
    else:
        return
    words = {t.lower_ for t in token.doc}  # the whole page's words, read once, only for a custody word
    takeover = reports_military_takeover(words)
    force = custody_keeper(token, ctx) or (coup_force(token, ctx) if takeover else None)
    if takeover and force is None:
        return
    state = None
    for patient in patients:
        for obj, _ in mentions_of(patient, ctx):
            if obj.kind not in ("name", "pronoun") or (obj.kind == "name" and obj.ner not in ("PERSON", "")):
                continue
            if state is None:
                state = (
                    make_mention(token, token.i, token.i, force.kind, force.name, force.ner, ctx, True, roles=force.roles, hints=force.hints)
                    if force is not None
                    else make_mention(token, token.i, token.i, "state", "state", "", ctx, True, hints=custody_place(token))
                )
            yield new_statement(token, sent, ctx, state, obj, lemma, [token], "passive", False, None)
    if token.pos_ == "VERB" and not takeover:
        yield from _detained_protesters(token, sent, ctx, patients, lemma, words)


# Freed with no one named who freed them ("Kolesnikova was released", "he will be freed on
# Friday"): the one who held them frees them, the holder the page named in a custody statement on
# the same person before (kg.resolve.actors: a ``jailer`` mention). No custody told, no edge.
RELEASE_VERBS = frozenset({"release", "free"})


def release_statements(token: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """Rule ``passive``: a named person (or a pronoun for one) released with no agent is released by
    whoever the page said held them (the dev gold's implicit agent is the jailer: rows found in
    ecuador-mexico-embassy-raid, iran-us-prisoner-swap-2023, canada-china-meng-wanzhou-arrest-2018;
    belarus-prisoner-release and india-pakistan-balakot-2019 hold more, whose custody the pages tell
    in ways kg does not read)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in RELEASE_VERBS or token.dep_ in ("amod", "acl"):
        return
    if any(c.dep_ == AGENT for c in token.children) or not any(c.dep_ == "auxpass" for c in token.children):
        return
    jailer = None
    negated, modality = negation_and_modality(token, ctx)  # "will be freed", "has not been freed"
    for patient in (c for c in token.children if c.dep_ == PASSIVE_SUBJECT):
        for obj, _ in mentions_of(patient, ctx):
            if obj.kind not in ("name", "pronoun") or (obj.kind == "name" and obj.ner not in ("PERSON", "")):
                continue
            jailer = jailer or make_mention(token, token.i, token.i, "jailer", "jailer", "", ctx, True)
            yield new_statement(token, sent, ctx, jailer, obj, token.lemma_.lower(), [token], "passive", negated, modality)


# People detained at a protest ("43 people have been arrested during the protest", "dozens of
# demonstrators were detained") are protesters the police hold: the dev gold names them so,
# generic, with the page's police as the implicit agent (georgia-eu-protests, turkey-imamoglu-arrest,
# kazakhstan-unrest-csto-2022, netherlands-turkey-rally-row-2017).
PEOPLE_NOUNS = frozenset({"people", "person", "persons", "individuals", "protesters", "protestors", "demonstrators", "activists", "rioters"})
PROTEST_WORDS = frozenset({"protest", "protests", "protesters", "protestors", "demonstration", "demonstrations", "demonstrators", "rally", "rallies", "unrest", "riot", "riots"})
POLICE_WORDS = frozenset({"police", "policemen", "gendarmes", "security forces"})


def _detained_protesters(
    token: Token, sent: Span, ctx: Context, patients: list[Token], lemma: str, words: set[str]
) -> Iterator[RawStatement]:
    """Custody with no agent of a generic group of people (:data:`PEOPLE_NOUNS`, "dozens of" such,
    a number of them) on a page that reports a protest (:data:`PROTEST_WORDS`): the police the page
    names last before it (else first after it) detain "protesters". Nothing where the page names no police."""
    people = [
        p for p in (
            patient if patient.lower_ in PEOPLE_NOUNS else next((o for _, o in preps_of(patient, frozenset({"of"})) if o.lower_ in PEOPLE_NOUNS), None)
            for patient in patients
        )
        if p is not None and not any(c.dep_ in ("amod", "compound") and c.ent_type_ for c in p.children)  # "Kenyan activists": a group of their own
    ]  # fmt: skip
    if not people or words.isdisjoint(PROTEST_WORDS):
        return
    force = _nearest_force(token, ctx, POLICE_WORDS)
    if force is None:
        return
    agent = make_mention(token, token.i, token.i, force.kind, force.name, force.ner, ctx, True, roles=force.roles, hints=force.hints)
    for group in people:
        target = make_mention(group, group.i, group.i, "collective", "protesters", "", ctx, False)
        yield new_statement(token, sent, ctx, agent, target, lemma, [token], "passive", False, None)


def _nearest_force(token: Token, ctx: Context, forces: frozenset[str]) -> Mention | None:
    """The mention of a force (one of ``forces``) the page names last before ``token``, else first after it."""
    before, after = [], []
    for word in token.doc:
        # a force of two words by its head: "security forces"
        named = word.lower_ in forces or (word.i > 0 and f"{word.doc[word.i - 1].lower_} {word.lower_}" in forces)
        if not named or word.pos_ not in ("NOUN", "PROPN"):
            continue
        mention = mention_of(word, ctx, is_subject=True)
        if mention is None or mention.kind not in ("institution", "group", "collective", "group_anaphor"):
            continue
        (before if word.i < token.i else after).append(mention)
    found = before[-1:] or after[:1]
    return found[0] if found else None


# Harm in the passive with no agent named ("Soleimani was killed in an airstrike", "two soldiers
# were injured during the attack"): done in an attack the sentence names by its noun, it is done by
# whoever did that attack (news/GUIDELINES.md: an implicit actor, tier hard). Dev gold:
# soleimani-killing-2020, israel-iran-damascus-consulate-2024, armenia-karabakh-offensive-2023,
# india-china-galwan-2020, azerbaijan-russia-rift-2025.
HARM_VERBS = frozenset({"kill", "injure", "wound"})


def attack_victim_statements(token: Token, sent: Span, ctx: Context) -> Iterator[RawStatement]:
    """Rule ``passive``: "X was killed in the Israeli airstrike" (the attack's nationality),
    "X was killed in an attack by Y", "X was killed in the attack" (an ``act_doer`` mention: the doer
    of the latest earlier statement of such an act, as for "condemned the attack", kg.resolve.actors).
    Only an attack noun (lexicon ``condemned_acts`` whose acts include "attack") after "in" or
    "during" the verb; a named person, a pronoun for one, or a group is the patient."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in HARM_VERBS or token.dep_ in ("amod", "acl"):
        return
    if any(c.dep_ == AGENT for c in token.children) or not any(c.dep_ == "auxpass" for c in token.children):
        return
    attack = next((noun for _, noun in preps_of(token, frozenset({"in", "during"})) if _attack_noun(noun, ctx)), None)
    if attack is None:
        return
    doers = [c for c in attack.children if c.dep_ == POSSESSOR] or nationality_words(attack, ("amod", "compound", "nmod"))
    doers += [p for _, p in preps_of(attack, frozenset({"by"}))]
    if doers:
        agent = mention_of(doers[0], ctx, is_subject=True)
    else:
        act = next(word for word in (attack.lower_, attack.lemma_.lower()) if word in ctx.lex.condemned_acts)
        agent = make_mention(attack, attack.i, attack.i, "act_doer", act, "", ctx, True)
    if agent is None:
        return
    for patient in (c for c in token.children if c.dep_ == PASSIVE_SUBJECT):
        for obj, _ in mentions_of(patient, ctx):
            if obj.kind in ("name", "pronoun", "group", "collective") and not (obj.kind == "name" and obj.ner not in ("PERSON", "NORP", "")):
                yield new_statement(token, sent, ctx, agent, obj, token.lemma_.lower(), [token], "passive", False, None)


def _attack_noun(noun: Token, ctx: Context) -> bool:
    acts = ctx.lex.condemned_acts.get(noun.lower_) or ctx.lex.condemned_acts.get(noun.lemma_.lower())
    return acts is not None and "attack" in acts


def custody_keeper(token: Token, ctx: Context) -> Mention | None:
    """"taken into police custody", "placed in military detention": the force the custody noun
    names keeps the patient (dev peru-castillo-ouster-2022), not the state."""
    nouns = [p for _, p in preps_of(token, frozenset({"under", "into", "in"})) if p.lemma_.lower() in ("arrest", "custody", "detention")] if token.pos_ == "VERB" else [token]
    for noun in nouns:
        for word in noun.children:
            if word.dep_ in ("compound", "amod") and word.lower_ in ("police", "military", "army"):
                mention = mention_of(word, ctx, is_subject=True)
                if mention is not None:
                    return mention
    return None


def coup_force(token: Token, ctx: Context) -> Mention | None:
    """The armed force a page reporting a military takeover names (:data:`ARMED_FORCE_WORDS`), the
    one named last before ``token`` (else first after it): who holds the ousted leaders there. The
    dev gold gives custody with no agent on such pages to the military in five stories
    (myanmar-coup-2021, gabon-coup-2023, sudan-coup-2021, zimbabwe-mugabe-coup-2017,
    niger-coup-france-ambassador). The nearest such word is taken whatever state it belongs to: a
    foreign army named nearer ("the French military") would be read as the holder."""
    return _nearest_force(token, ctx, ARMED_FORCE_WORDS)
