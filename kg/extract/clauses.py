"""Clause-level rules: who does a verb (its subject, or one inherited through the clause it
hangs on), the negation and modality of a clause, demands made of a that-clause's subject, and
the rules that wrap what a verb yielded in the act of the clause above it ("refused to meet Y",
"threatened to attack Y", "will withdraw ... unless").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from kg.extract.context import Context, is_hostile, verb_lemma
from kg.extract.mentions import attack_agents, mention_of, mentions_of
from kg.extract.syntax import AUXILIARY, DIRECT_OBJECT, NEGATION, PARTICLE, PASSIVE_SUBJECT, POSSESSOR, PREP_OBJECT, PREPOSITION, SUBJECT, preps_of
from kg.types import Mention, RawStatement


def named_after_noun(noun: Token, verb: Token, ctx: Context) -> bool:
    """"force spokesperson Jack Ombaka told Reuters" (haiti-kenya-police-mission), "news agency
    TASS reported" (north-korea-russia): the parser splits a title or an outlet noun from the name
    right after it and makes both the verb's subjects; the name, the verb's other subject starting
    on the next word, is who acts. Only a common noun and a person's or an organisation's name."""
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc):
        return False
    ent = ctx.entity_of.get(noun.i + 1)
    if ent is None or ent.start != noun.i + 1 or ent.label_ not in ("PERSON", "ORG"):
        return False
    return any(c.dep_ == SUBJECT and c.i != noun.i and ent.start <= c.i < ent.end for c in verb.children)


def slipped_conjuncts(head: Token, ctx: Context) -> list[tuple[Mention, bool]]:
    """"Trump and Chinese leader Xi Jinping spoke": the parser hangs the first name on the title
    ("Trump" an amod of "leader", with the "and"); it is a second subject all the same."""
    found = []
    for token in head.subtree:
        if (
            token.i < head.i and token.dep_ in ("amod", "compound", "nmod") and token.i in ctx.entity_of
            and ctx.entity_of[token.i].label_ in ("PERSON", "GPE", "ORG") and token.i == ctx.entity_of[token.i].root.i
            and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in token.children)
            # "U.S. and Russian officials": nationalities joined on one group noun, split into one group
            # each (kg.extract.mentions.split_nationalities), the state of neither a subject of its own
            and not (ctx.entity_of[token.i].label_ == "GPE" and any(c.ent_type_ in ("NORP", "GPE") and c.i < head.i for c in token.conjuncts))
            # ... and so are a state and an organisation on a role's plural: "US and Taliban officials"
            and not (ctx.entity_of[token.i].label_ == "GPE" and _split_group(head, ctx) and any(c.ent_type_ == "ORG" and c.i < head.i for c in token.conjuncts))
        ):  # fmt: skip
            mention = mention_of(token, ctx, is_subject=True)  # not its conjuncts: they are the title's words
            if mention is not None:
                found.append((mention, False))
    return found


def _split_group(head: Token, ctx: Context) -> bool:
    """Whether a noun is a group of people acting for those its modifiers name ("officials",
    "negotiators": one group per nationality, kg.extract.mentions.split_nationalities)."""
    mention = mention_of(head, ctx, is_subject=True)
    return mention is not None and mention.kind == "group"


LEADING_VERBS = frozenset({"lead", "head"})
COPULAS = frozenset({"be", "become", "remain"})  # a predicate noun describes the subject


def named_members(group: Token, ctx: Context) -> list[Mention]:
    """"Administration officials, including adviser Kevin Hassett, criticized Ottawa" (canada-us-tariffs),
    "the government, including President Tinubu, rejected ..." (nigeria-us-threat), "Lebanese
    authorities, led by Aoun and Salam, tasked the army" (israel-hezbollah-lebanon), "a delegation
    led by Nuhu Ribadu met Moore" (nigeria-us-threat): the people a subject names as its members
    ("including X") or its leaders ("led by X", "headed by X"). When the subject is a body with a
    mention of its own, they do its act too (:func:`kg.extract.driver.member_statements`); a
    subject with no mention of its own ("Japan's allies, including the United States") already
    acts only through its members (:func:`kg.extract.mentions.find_mentions`). Only people:
    "nations, including France" of a subject that is an actor itself are the body's members."""
    named = []
    for child in group.children:
        if child.dep_ == "prep" and child.lower_ == "including":
            named += [o for o in child.children if o.dep_ == PREP_OBJECT]
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in LEADING_VERBS:
            named += [o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == PREP_OBJECT]
    members = []
    for token in named:
        for t in (token, *token.conjuncts):
            mention = mention_of(t, ctx, is_subject=True)
            if mention is not None and mention.kind == "name" and mention.ner in ("PERSON", ""):  # an untyped name resolves only if known
                members.append(mention)
    return members


def subjects_after_comma(verb: Token, ctx: Context) -> list[tuple[Mention, bool]]:
    """"In a deal sealed in Busan, Trump and Xi agreed ...", "In a ceremony at the White House,
    Aliyev and Pashinyan inked ...": the parser hangs the subjects, as conjuncts, on the last
    noun of the opening phrase, and the verb has none. The names after the comma, right before
    the verb, are its subjects (dev stories: us-china-trade, armenia-azerbaijan-peace)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return []
    doc, before = verb.doc, verb.i - 1
    while before > 0 and doc[before].tag_ in ("RB", "RBR"):  # "Trump and Xi also agreed"
        before -= 1
    last = doc[before]
    while last.dep_ in ("compound", "flat") and before < last.head.i < verb.i:
        last = last.head
    if doc[before].text == "," and before > 0:
        return list(_apposed_subject(verb, doc[before - 1], ctx))
    if last.dep_ != "conj" or last.head.i > last.i:
        return []
    first = last
    while first.head.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    opening = first.head  # the noun that ends the opening phrase ("Busan", "the White House")
    if first.left_edge.i < 1 or doc[first.left_edge.i - 1].text != "," or not any(
        c.dep_ == "prep" and c.left_edge.i <= opening.i <= c.right_edge.i < verb.i for c in verb.children
    ):
        return []
    chain = [first, *(t for t in first.conjuncts if t.i > first.i)]
    found = [(m, False) for m in (mention_of(t, ctx, is_subject=True) for t in chain) if m is not None]
    return found if len(found) == len(chain) else []


def _apposed_subject(verb: Token, name: Token, ctx: Context) -> list[tuple[Mention, bool]]:
    """"After weeks of protests, an army colonel, Michael Rakoto, joined ...": the same stranding
    as in :func:`subjects_after_comma`, with the subject a role and the name in apposition to it,
    both hung on the opening phrase's last noun (madagascar-genz-coup; the conjoined form is
    armenia-azerbaijan-peace and us-china-trade). The name is the subject."""
    doc = verb.doc
    while name.dep_ in ("compound", "flat") and name.i < name.head.i < verb.i:
        name = name.head
    role = name.head
    if name.dep_ != "appos" or role.i > name.i or role.dep_ != "appos" or role.head.i > role.i or role.left_edge.i < 1:
        return []
    opening = role.head
    if doc[role.left_edge.i - 1].text != "," or not any(
        c.dep_ == "prep" and c.left_edge.i <= opening.i <= c.right_edge.i < verb.i for c in verb.children
    ):
        return []
    mention = mention_of(name, ctx, is_subject=True)
    return [(mention, False)] if mention is not None else []


JOINT_AGREEING_VERBS = frozenset({"agree"})


def stranded_subjects(verb: Token) -> list[Token]:
    """"Japan had earlier this month removed South Korea from ...", "Barrot had already on May 12
    announced ...": with an adverbial between the auxiliary and the verb, the parser may hang the
    subject on the auxiliary; it is the verb's (session 52, dev japan-korea-gsomia-2019,
    algeria-france-expulsions-2025, ethiopia-eritrea-peace-2018, israel-turkey-mavi-marmara-raid-2010,
    venezuela-us, india-us-tariffs-russian-oil-2025). Only when the verb has no subject of its own."""
    if any(c.dep_ in (SUBJECT, PASSIVE_SUBJECT) for c in verb.children):
        return []
    return [s for aux in verb.children if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i for s in aux.children if s.dep_ == SUBJECT]


def subjects_of(verb: Token, ctx: Context, depth: int = 0) -> list[tuple[Mention, bool]]:
    """Who does ``verb``: its own subject, or one inherited through conj / xcomp / relcl / advcl."""
    if depth > 4:
        return []
    lex = ctx.lex
    if (first := headline_first_verb(verb, ctx)) is not None:
        return subjects_of(first, ctx, depth + 1)
    for child in [*verb.children, *stranded_subjects(verb)]:
        if child.dep_ == SUBJECT:
            if named_after_noun(child, verb, ctx):
                continue  # "force spokesperson Jack Ombaka told": the name is the subject, the noun its title
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                head = verb.head
                if child.lower_ != "who" and head.dep_ == DIRECT_OBJECT and head.lower_ in lex.document_nouns:
                    # "issued a statement that accused Canada", "signed an order that doubles tariffs on
                    # India": the issuer acts, as with a participle below (session 51: dev
                    # canada-china-diplomat-expulsion, japan-korea-comfort-women-deal-2015, india-us-tariffs-russian-oil-2025)
                    return subjects_of(head.head, ctx, depth + 1)
                place = ctx.entity_of.get(head.i)
                if child.lower_ == "who" and place is not None and place.label_ == "GPE" and head.dep_ == PREP_OBJECT:
                    head = head.head.head  # "Consul General Xue Jian in Osaka, who ...": the person, not the city
                # the noun the clause hangs on, not its conjuncts: "Salam and Speaker Berri, who negotiates"
                own = mention_of(head, ctx, is_subject=True)
                return [(own, False)] if own is not None else mentions_of(head, ctx, is_subject=True)
            if child.lower_ == "they" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.reporting_verbs:
                # "Palestinian leaders said they would boycott ...": the plural reporters
                reporters = [c for c in verb.head.children if c.dep_ == SUBJECT]
                if reporters and (reporters[0].tag_ in ("NNS", "NNPS") or reporters[0].conjuncts):
                    return subjects_of(verb.head, ctx, depth + 1)
            found = mentions_of(child, ctx, is_subject=True) + slipped_conjuncts(child, ctx)
            if not found and is_hostile(verb_lemma(verb, ctx)):
                found = [(agent, False) for agent in attack_agents(child, ctx)]  # "an Israeli airstrike killed X"
            if found or sum(c.dep_ == SUBJECT for c in verb.children) == 1:
                return found
            continue  # two subjects, a misparse ("Near Palmyra, Syrian troops attacked"): try the other
        if child.dep_ in (PASSIVE_SUBJECT, "csubj", "expl"):
            return []
    stranded = subjects_after_comma(verb, ctx)
    if stranded:
        return stranded
    head = verb.head
    if head.i == verb.i:
        return []
    if headline_plan(verb):
        return mentions_of(head, ctx, is_subject=True)
    if (recipient := time_given_to(verb)) is not None:
        return mentions_of(recipient, ctx, is_subject=True)
    if verb.dep_ == "conj":
        if _infinitive(verb) and head.tag_ in FINITE_TAGS:
            # "urged the world to recognize that Taiwan is part of China and to respect China's
            # sovereignty": an infinitive the parser joined to the finite verb of a that-clause is
            # joined to the infinitive above it (the sample corpus: Taiwan had come to respect China)
            above = next((a for a in head.ancestors if _infinitive(a)), None)
            return subjects_of(above, ctx, depth + 1) if above is not None else []
        return subjects_of(head, ctx, depth + 1)
    # "X is committed to defeating Y", "X remains committed to carrying out attacks on Y": the committed one acts
    if verb.dep_ == "pcomp" and head.lower_ == "to" and head.head.lower_ in lex.commitment_words:
        holder = head.head
        bearers = (holder, *[a for a in holder.children if a.dep_ in AUXILIARY])  # the parser may hang it on "is"
        committed = [c for t in bearers for c in t.children if c.dep_ in (SUBJECT, PASSIVE_SUBJECT)]
        if committed:
            return mentions_of(committed[0], ctx, is_subject=True)
        return subjects_of(holder.head, ctx, depth + 1) if holder.dep_ in ("acomp", "xcomp", "oprd") else []
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in GERUND_PREPS and head.dep_ == "prep":
        return list(gerund_doer(verb, ctx, depth))
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in CHARGED_ACT_PREPS and head.dep_ == "prep":
        charged = list(charged_doer(verb, ctx))
        if charged:
            return charged
    # "X initiated the process of disarming Y", "X expressed support for impeaching Y": a gerund on
    # the object noun of a support verb is the clause subject's act (or the act it backs), as an
    # infinitive there is ("took steps to pressure Y", below). Dev: israel-hezbollah-lebanon,
    # south-korea-yoon-impeachment.
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in OBJECT_GERUND_PREPS and head.dep_ == "prep":
        noun = head.head
        if noun.dep_ == DIRECT_OBJECT and noun.pos_ == "NOUN" and not mentions_of(noun, ctx) and verb_lemma(noun.head, ctx) in lex.support_verbs:
            return subjects_of(noun.head, ctx, depth + 1)
        return []
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl") and head.dep_ == "acl" and head.tag_ == "VBN":
        noun = head.head  # "soldiers killed helping Y": the participle's noun (see the acl rule below)
        if _participle_doer(head, noun):
            return mentions_of(noun, ctx, is_subject=True)
    # "X is likely to talk with Y"; "X must be prepared to impose ...", where the tagger takes the
    # adjective for a participle (an adjectival passive: the subject is still the one who acts)
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and (head.pos_ == "ADJ" or head.tag_ == "VBN"):
        return subjects_of(head.head, ctx, depth + 1)
    if verb.dep_ == "xcomp":
        if verb_lemma(head, ctx) in lex.raising_passives:  # "Barrack is set to meet Salam": Barrack meets
            raised = [c for c in head.children if c.dep_ == PASSIVE_SUBJECT]
            if raised:
                return mentions_of(raised[0], ctx, is_subject=True)
        if (control := verb_lemma(head, ctx)) in lex.object_control_verbs:
            for child in head.children:
                # "urged X to talk with Y"; in the passive, "X was compelled to appeal to Y", "he was
                # authorised to talk to Y": the one urged, forced or allowed does the infinitive
                # (india-pakistan-2025; "Yoon was forced to revoke the order", south-korea-yoon-impeachment)
                if child.dep_ in (DIRECT_OBJECT, PASSIVE_SUBJECT):
                    return mentions_of(child, ctx, is_subject=True)
                # "called on X to withdraw": the object of the phrasal verb's particle or preposition
                # does the infinitive, not the caller (a narrowing; one dev row, brics-expansion-johannesburg-summit-2023:
                # "called on more countries to become members of BRICS" had made the caller join)
                phrasal = control.endswith(" " + child.lower_) or f"{control} {child.lower_}" in lex.object_control_verbs
                called = next((c for c in child.children if c.dep_ == PREP_OBJECT), None) if child.dep_ in (PARTICLE, PREPOSITION) else None
                if phrasal and called is not None:
                    return mentions_of(called, ctx, is_subject=True)
        if verb_lemma(head, ctx) in JOINT_AGREEING_VERBS:
            # "Trump agreed with Kim to resume talks", "we will agree with Pashinyan to send a joint
            # appeal": the one agreed with does the infinitive too (session 50: dev
            # trump-kim-dmz-meeting-2019, armenia-azerbaijan-peace gold)
            partners = [m for _, pobj in preps_of(head, frozenset({"with"})) for m in mentions_of(pobj, ctx, is_subject=True)]
            if partners:
                return subjects_of(head, ctx, depth + 1) + partners
        return subjects_of(head, ctx, depth + 1)
    # "X issued a statement condemning Y", "the UN passed a resolution urging Y": the issuer acts.
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == DIRECT_OBJECT and head.lower_ in lex.document_nouns:
        return subjects_of(head.head, ctx, depth + 1)
    # "engineers contributing to Y's war", "demonstrators protesting against Y": an active participle
    # hung on an actor noun is done by that noun (north-korea-russia, georgia-eu-protests,
    # madagascar-genz-coup); also through a reduced passive, "soldiers killed helping Y"
    # (north-korea-russia). A noun that is no actor (mentions_of finds none) gives nothing.
    # Not one set off by commas ("Dar, speaking in the Senate, announced"): a side remark on a
    # subject, whose clause the other rules read; not one on a named place ("the province bordering
    # Iran", re3d dev): it says where the place lies.
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and _participle_doer(verb, head):
        if head.dep_ == "conj":  # "the president's office and residences belonging to ministers": not the president
            return [(m, owned) for m, owned in mentions_of(head, ctx, is_subject=True) if not owned]
        return mentions_of(head, ctx, is_subject=True)
    # "the army's efforts to disarm Y", "the government's decision to suspend talks with Y": the possessor acts
    if verb.dep_ == "acl" and head.lower_ in lex.owned_intent_nouns and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        owners = [c for c in head.children if c.dep_ == POSSESSOR]
        if owners:
            return mentions_of(owners[0], ctx, is_subject=True)
    # "X is the first secretary of state to visit Y", "X became the most senior official to visit
    # Y": an infinitive on the predicate noun of "be"/"become" is done by the copula's subject, whom
    # the noun describes (dev blinken-beijing-visit-2023, three pages)
    if verb.dep_ in ("acl", "relcl") and head.dep_ == "attr" and head.head.lemma_.lower() in COPULAS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return subjects_of(head.head, ctx, depth + 1)
    # "X has taken steps to pressure Y", "X made efforts to help Y": the infinitive on the
    # object noun is done by the subject of the clause (spaCy says acl or relcl).
    if verb.dep_ in ("acl", "relcl") and head.dep_ == DIRECT_OBJECT and any(c.lower_ == "to" for c in verb.children):
        # only when the clause's verb makes the noun its own act ("took steps"), not "opposes any attempt to";
        # not when it is given to someone ("gave permission to Russia to help Israel", petrarch2 dev)
        if verb_lemma(head.head, ctx) in lex.support_verbs and not any(c.dep_ == "dative" for c in head.head.children):
            return subjects_of(head.head, ctx, depth + 1)
        return []
    if verb.dep_ == "relcl":
        return mentions_of(head, ctx, is_subject=True)
    if verb.dep_ == "advcl" and (doer := stranded_subject(verb)) is not None:
        return mentions_of(doer, ctx, is_subject=True)  # "in retaliation for Germany ejecting ..."
    # "..., asserting that ...", "X took steps to pressure Y" (purpose): the main clause's subject.
    # "Having met X, Y flew to Z": a perfect participle is the main clause's subject's act too
    if verb.dep_ == "advcl" and (verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ in ("to", "having") for c in verb.children)):
        if verb.tag_ != "VBG" and after_topic_or_recipient(verb, head):
            return []
        return subjects_of(head, ctx, depth + 1)
    return []


# "gave the envoy 72 hours to leave", "granted Kenya a week to respond", "to give Jammeh one last chance to
# leave Banjul": the one given the time or the chance does the infinitive, not the giver (session 51: dev
# saudi-canada-diplomatic-row-2018, venezuela-argentina-diplomats-expelled-2024, gambia-jammeh-ecowas-standoff-2017).
# The parser hangs the infinitive on the verb (xcomp, advcl) or on the time noun (acl, relcl).
GIVING_VERBS = frozenset({"give", "grant", "offer"})


def time_given_to(verb: Token) -> Token | None:
    """The recipient of a giving verb whose time or chance ``verb``, an infinitive, is: its dative, or
    the first of its two objects ("give Jammeh a chance"); None for any other verb."""
    if not _infinitive(verb):
        return None
    head = verb.head
    if verb.dep_ in ("acl", "relcl") and head.dep_ in (DIRECT_OBJECT, "npadvmod"):
        giver, given = head.head, head
    elif verb.dep_ in ("xcomp", "advcl"):
        giver, given = head, None
    else:
        return None
    if giver.lemma_.lower() not in GIVING_VERBS:
        return None
    dative = next((c for c in giver.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if dative is not None:
        return dative
    objects = [c for c in giver.children if c.dep_ == DIRECT_OBJECT]
    if given is not None and len(objects) == 2 and objects[1] == given:
        return objects[0]
    return None


def _infinitive(verb: Token) -> bool:
    """"to respect": a bare verb with its "to"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


GERUND_SUBJECT_PREPS = frozenset({"for", "over", "after", "against", "despite"})
CLAUSE_SUBJECT_PREPS = frozenset({"after", "before", "since", "until"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def stranded_subject(verb: Token) -> Token | None:
    """The name the parser made the object of a preposition right before a verb of no subject, which
    is that verb's subject. A gerund: "in retaliation for Peru expelling two diplomats", "angry over
    Chile closing its border" (the parser makes the gerund an adverbial clause of the main verb, whose
    subject would otherwise expel its own diplomats; dev germany-russia-tiergarten-expulsions-2019:
    "in retaliation for Germany ejecting two employees of the Russian Embassy"; "in exchange for
    Beijing resuming", us-china-trade, iran-us-prisoner-swap-2023). A finite verb after a
    conjunction the parser read as a preposition, a time of the verb's own between: "after Berlin
    last week ordered the expulsion" (the same story; the parse also in armenia-karabakh-offensive-2023,
    armenia-azerbaijan-ceasefire-2020). Only a name."""
    if verb.i == 0 or any(c.dep_ in (SUBJECT, PASSIVE_SUBJECT) for c in verb.children):
        return None
    if verb.tag_ == "VBG":
        preps = GERUND_SUBJECT_PREPS
    elif verb.tag_ in FINITE_TAGS:
        preps = CLAUSE_SUBJECT_PREPS
    else:
        return None
    at = min([verb.i, *(c.left_edge.i for c in verb.lefts if c.dep_ in ("npadvmod", "advmod"))]) - 1
    before = verb.doc[at] if at >= 0 else None
    if before is not None and before.dep_ == PREP_OBJECT and before.head.lower_ in preps and before.pos_ == "PROPN" and before.head.i < before.i:
        return before
    return None


HEADLINE_INFINITIVE_DEPS = frozenset({"acl", "advcl", "xcomp"})  # how the parser hangs it on the name


FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})


# "..., reports France24", "..., reported Jutarnji List on 4 July": a news source named after what it
# reported, not a second act of the sentence's subject (session 53, dev macron-algeria-visit-2022,
# slovenia-croatia-border-arbitration-2017: the outlet had become the object of the subject)
SOURCE_VERBS = frozenset({"report", "quote", "cite"})


def headline_first_verb(verb: Token, ctx: Context) -> Token | None:
    """"Nicaragua breaks ties with Taiwan, recognises China", "France expels Algerian diplomats,
    recalls envoy": a headline joins two acts of one subject with a bare comma. The parser makes
    the first a clause the second reports and reads what follows the second as its subject; the
    second verb's subject is the first's, and what follows it is its object
    (:func:`kg.extract.verbs.headline_object`). Not a verb of saying: "Russia shelled Kharkiv,
    says Kyiv" is a report of the first (dev: nicaragua-taiwan-switch-2021, crimea-annexation-2014,
    algeria-france-expulsions-2025, gabon-coup-2023, saudi-canada-diplomatic-row-2018 write
    headlines so)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    lemma = verb_lemma(verb, ctx)
    if lemma in ctx.lex.reporting_verbs or lemma in ctx.lex.claiming_verbs or lemma in ctx.lex.belief_verbs or lemma in SOURCE_VERBS:
        return None
    if any(c.dep_ in (SUBJECT, PASSIVE_SUBJECT, "expl") and c.i < verb.i for c in verb.children):
        return None
    firsts = [
        c for c in verb.children
        if c.dep_ == "ccomp" and c.right_edge.i == verb.i - 2 and c.tag_ in FINITE_TAGS and any(s.dep_ == SUBJECT for s in c.children)
    ]  # fmt: skip
    return firsts[0] if len(firsts) == 1 else None


def headline_plan(verb: Token) -> bool:
    """"Theresa May to expel Russian diplomats", "Canada to send troops to Latvia": a headline that
    is a name with an infinitive and no verb of its own announces what the named one will do (the
    parser hangs the infinitive on the name as a clause of it)."""
    head = verb.head
    return (
        verb.dep_ in HEADLINE_INFINITIVE_DEPS and head.dep_ == "ROOT" and head.pos_ == "PROPN"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


OBJECT_GERUND_PREPS = frozenset({"of", "for"})
CHARGED_ACT_PREPS = frozenset({"of"})


def charged_doer(verb: Token, ctx: Context) -> Iterator[tuple[Mention, bool]]:
    """"X accused Y of arming Z", "Y was accused of supporting Z": the one accused does the gerund
    (the object of the verb, or its passive subject; lexicon ``charging_verbs``). The dev gold records
    that act as its own statement, tier hard (a reported-speech chain: venezuela-us,
    georgia-eu-protests, armenia-russia-rift, skripal-poisoning-expulsions-2018,
    burundi-rwanda-border-closure-2024, among 32 dev stories)."""
    governor = verb.head.head
    if governor.pos_ not in ("VERB", "AUX") or verb_lemma(governor, ctx) not in ctx.lex.charging_verbs:
        return
    for child in governor.children:
        if child.dep_ in (DIRECT_OBJECT, PASSIVE_SUBJECT) and child.i < verb.i:
            # an object pronoun is read as the verb's object: "it" stays unresolved (kg.resolve.references),
            # never the clause's own subject ("Burundi closed the border, accusing it of ...")
            yield from mentions_of(child, ctx, is_subject=child.dep_ == PASSIVE_SUBJECT or child.pos_ != "PRON")
            return


GERUND_PREPS = frozenset({"after", "before", "despite", "without", "since", "upon", "while", "by", "in"})


def gerund_doer(verb: Token, ctx: Context, depth: int) -> Iterator[tuple[Mention, bool]]:
    """"X returned to Beirut after delivering the proposal", "Will X succeed in disarming Y?", "X
    left without attending the summit": a gerund after an adverbial preposition (``GERUND_PREPS``)
    on a verb is done by that verb's subject (dev: israel-hezbollah-lebanon, venezuela-us,
    us-china-trade, armenia-azerbaijan-peace). Not "accused Y of using" (:func:`charged_doer`), "thanked Y
    for sending", "prevented Y from reaching": there the object does it (those prepositions are not listed). An
    "in" after an object belongs to the object ("played a role in getting aid to Y", "demonstrated
    the unity of the community in working to defeat Y", re3d dev): only "succeeded in disarming Y"."""
    prep = verb.head
    governor = prep.head
    if governor.pos_ not in ("VERB", "AUX"):
        return
    if prep.lower_ == "in" and any(c.dep_ == DIRECT_OBJECT for c in governor.children):
        return
    yield from subjects_of(governor, ctx, depth + 1)


def _participle_doer(participle: Token, noun: Token) -> bool:
    """Whether the noun a participle hangs on can be its doer: a common or proper noun that is no
    named place, with the participle not set off by commas."""
    return noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("GPE", "LOC", "FAC") and not _set_off(participle)


def _set_off(verb: Token) -> bool:
    """Whether a participle phrase follows a comma ("Dar, speaking in the Senate, said")."""
    first = min(t.i for t in verb.subtree)
    return first > 0 and verb.doc[first - 1].text == ","


def after_topic_or_recipient(verb: Token, head: Token) -> bool:
    """An infinitive right after a topic ("will brief the cabinet on the operation to disarm
    Hezbollah", israel-hezbollah-lebanon) or a recipient ("would not give permission to Russia to
    help Israel", petrarch2 dev) belongs to that noun phrase, not to the main clause's subject,
    though the parser hangs it on the main verb as a purpose clause."""
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None or before.dep_ != PREP_OBJECT or before.ent_type_ in ("DATE", "TIME"):
        return False  # "flew to Lome on Monday to meet X": a day is no topic
    prep = before.head
    return prep.head.i == head.i and (prep.dep_ == "dative" or prep.lower_ in ("on", "about"))


def reported_will(verb: Token, ctx: Context) -> bool:
    """"Trump announced that the U.S. would lower tariffs", "China said it would suspend export
    controls": a "will" reported in the past is a plan, not a hypothesis (unless the clause has a
    condition of its own). Dev stories: us-china-trade, israel-hezbollah-lebanon, north-korea-russia."""
    head = verb.head
    return (
        verb.dep_ == "ccomp" and head.tag_ == "VBD" and head.lemma_.lower() in ctx.lex.reporting_verbs
        and not any(c.dep_ in ("mark", "advcl") and c.lower_ in ctx.lex.conditional_marks for c in verb.subtree)
    )  # fmt: skip


JOURNEY_VERBS = frozenset({"arrive", "travel", "fly", "head", "go", "come", "return", "land"})  # not "send troops to oust X": their mission


def negation_and_modality(verb: Token, ctx: Context) -> tuple[bool, str | None]:
    """Negation and PLOVER-style modality of the clause headed by ``verb``.

    negated: a ``neg`` dependent ("did not meet"), or a governing verb like "refuse to".
    modality: "future" (will, or a promise: "offered to", "is ready to"), "hypothetical" (would/could/may, an if-clause, "consider"),
    "request" (the clause is what someone urged or asked for; should/must).
    """
    lex = ctx.lex
    negated = any(c.dep_ == NEGATION for c in verb.children)
    # "has no relations with Y", "held no talks with Y": the act the object names is denied
    negated = negated or any(c.dep_ == DIRECT_OBJECT and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in verb.children)
    modality = None
    for child in verb.children:
        if child.dep_ in AUXILIARY:
            word = child.lower_
            if word in lex.modal_future or (word == "would" and reported_will(verb, ctx)):
                modality = "future"
            elif word in lex.modal_hypothetical and word not in ("can", "ca"):
                modality = modality or "hypothetical"
            elif word in lex.modal_request:
                modality = modality or "request"
        if child.dep_ == "mark" and child.lower_ in lex.conditional_marks:
            modality = "hypothetical"
    # A headline's bare infinitive is its future: "Xi to meet Lula in Beijing", "Theresa May to expel
    # Russian diplomats" (dev lula-xi-beijing-visit-2023, skripal-poisoning-expulsions-2018, whose
    # gold marks them future)
    headline_root = verb.dep_ == "ROOT" or headline_plan(verb) or (
        verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN")
    )
    if headline_root and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and not any(
        c.dep_ in AUXILIARY and c.tag_ != "TO" for c in verb.children
    ):
        modality = modality or "future"
    # A clause a request noun asks for: "its demand that Israel ease ...", "a call for Japan to retract".
    if modality is None and verb.dep_ in ("acl", "ccomp") and verb.head.pos_ == "NOUN" and verb.head.lower_ in lex.request_nouns:
        modality = "request"
    # An infinitive on a noun of intent: "announced plans to visit Y" (us-china-trade), "has no plans
    # to meet Y" (canada-us-tariffs: denied with "no" or a negated verb), "its offer to mediate"
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in lex.intent_verbs:
        noun = verb.head
        modality = modality or "future"
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
            noun.dep_ == DIRECT_OBJECT and any(c.dep_ == NEGATION for c in noun.head.children)
        ):
            negated = True
    # "had no intention of meeting Y", "did not express support for impeaching Y": the gerund on a
    # support verb's object noun (subjects_of) is denied with that noun or that verb
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in OBJECT_GERUND_PREPS:
        noun = verb.head.head
        if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
            noun.dep_ == DIRECT_OBJECT and any(c.dep_ == NEGATION for c in noun.head.children)
        ):
            negated = True
    # Walk up through clausal complements: "urged Japan to retract", "refused to meet".
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "ccomp", "advcl", "conj") or node.head.i == node.i:
            break
        parent = node.head
        parent_lemma = parent.lemma_.lower()
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in node.children):
            modality = "hypothetical"
        # the purpose of a journey is an act to come: "Lula arrives in China to meet Xi", "flew to
        # Washington to meet Trump", "arrived in Kabul on Sunday to discuss" (dev lula-xi-beijing-visit-2023,
        # canada-us-tariffs, us-taliban-doha-agreement-2020): not the journey's date, a future act
        if node.i == verb.i and node.dep_ in ("advcl", "xcomp") and parent_lemma in JOURNEY_VERBS and modality is None:
            if any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
                modality = "future"
        # "has yet to respond", "was yet to respond", "had yet to agree a peace deal": not done so far
        # (session 42: the dev gold marks them negated in burundi-rwanda-border-closure-2024,
        # israel-hezbollah-lebanon and russia-georgia-war-2008)
        not_yet = node.dep_ == "xcomp" and parent_lemma in ("be", "have") and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in parent.children)
        negated = negated or not_yet
        # "is to meet", "was to return": an act arranged, to come (session 28: dev tunisia-eu-migration-deal-2023
        # "Meloni is to return to Tunis on Sunday", solomon-islands-china-pact-2022 "a delegation is to arrive")
        if node.i == verb.i and node.dep_ == "xcomp" and parent_lemma == "be" and modality is None and not not_yet:
            if any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
                modality = "future"
        for_clause = node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children)
        if node.dep_ in ("xcomp", "ccomp") or for_clause:
            if parent_lemma in lex.negating_verbs and node.dep_ == "xcomp":
                negated = not negated
            elif node.dep_ == "ccomp" and node.i > parent.i and parent_lemma == "deny" and not any(c.dep_ == NEGATION for c in parent.children):
                negated = not negated  # "Kenya denied that it had recognised Somaliland": by its word, it did not
            elif parent_lemma in lex.request_verbs and modality is None and not any(c.dep_ == "oprd" for c in parent.children):
                modality = "request"  # not when it names ("Putin calls it a stab in the back": turkey-russia-jet-shootdown-2015)
            elif parent_lemma in lex.hypothetical_verbs and modality is None:
                modality = "hypothetical"
            elif (parent_lemma in lex.intent_verbs or (parent.dep_ == "acomp" and parent.lower_ in lex.intent_verbs)) and modality is None and node.dep_ == "xcomp":
                # "offered to mediate", "is ready to send troops": a promise ("must be prepared to":
                # the adjective the tagger took for a participle, whose lemma is the verb's)
                modality = "future"
        if node.dep_ in ("xcomp", "advcl") and node.tag_ == "VBG" and parent_lemma == "rule" and any(
            c.dep_ == PARTICLE and c.lower_ == "out" for c in parent.children
        ):
            negated = not negated  # "ruled out recognising Somaliland"
        if node.dep_ == "conj":
            negated = negated or any(c.dep_ == NEGATION for c in parent.children)
        node = parent
    return negated, modality


# "It was highly likely that Y was behind ...", "had no doubt that Y was behind ...": a speaker's
# that-clause can hold the culprit one clause down, under a judgement of how sure the speaker is.
CERTAINTY_ADJECTIVES = frozenset({"likely", "clear", "certain", "obvious", "evident", "plain", "sure"})


def culprit_clause(clause: Token) -> Token | None:
    """The clause "Y was behind Z" a reporting verb's that-clause states, or None.

    "X said Y was behind the attack" names Y as the culprit: the dev gold makes it X blaming Y
    (skripal-poisoning-expulsions-2018 "May said it was highly likely that Russia was behind the
    attack", france-iran-bomb-plot-2018 "France has said Iran's intelligence ministry was behind a
    plot", "had no doubt that elements of the Iranian state were behind"). Not "was not behind":
    a denial blames no one.
    """
    candidates = [clause]
    for child in clause.children:
        if child.dep_ == "acomp" and child.lower_ in CERTAINTY_ADJECTIVES:
            candidates += [c for c in (*child.children, *clause.children) if c.dep_ == "ccomp"]
        if child.dep_ == DIRECT_OBJECT and child.lemma_.lower() == "doubt" and any(d.lower_ == "no" for d in child.children):
            candidates += [c for c in child.children if c.dep_ in ("acl", "ccomp")]
    for node in candidates:
        deeds = [pobj for _, pobj in preps_of(node, frozenset({"behind"})) if _deed_noun(pobj)]
        if node.lemma_.lower() == "be" and deeds and not any(c.dep_ in (NEGATION, "expl") for c in node.children):
            return node
    return None


# What one is "behind" that is no deed: a place or a position ("behind the border", "behind bars",
# "behind the scenes", "behind schedule"); and a named actor or a pronoun is backing ("we are behind
# Ukraine", "behind them")
NON_DEED_NOUNS = frozenset({"border", "line", "lines", "wall", "walls", "door", "doors", "bars", "scenes", "schedule", "times", "curtain", "wheel"})


def _deed_noun(pobj: Token) -> bool:
    return pobj.pos_ == "NOUN" and pobj.lower_ not in NON_DEED_NOUNS and pobj.ent_type_ not in ("GPE", "LOC", "FAC")


# Acts whose very naming in a speaker's that-clause is an accusation of the clause's subject:
# "Ardern said the Solomon Islands were breaching an agreement" (dev solomon-islands-china-pact-2022,
# twice), "prosecutors, who claim he violated the constitution" (south-korea-yoon-impeachment); the
# dev gold makes each an accusation by the speaker.
VIOLATION_VERBS = frozenset({"violate", "breach"})


def _violator_named(clause: Token) -> bool:
    """Whether a violation clause names who violates as its subject ("Y violated"), not a thing of
    theirs ("the invitation of Y violates the principle": that act is no accusation of Y), and
    says it did ("did not violate" is a defence)."""
    subjects = [c for c in clause.children if c.dep_ == SUBJECT]
    no_denial = not any(c.dep_ == NEGATION for c in clause.children)
    return no_denial and bool(subjects) and not any(c.dep_ == PREPOSITION for s in subjects for c in s.children)


def demand_lemma(lemma: str, clause: Token, ctx: Context, request: Token | None = None) -> str | None:
    """The relation of a demand expressed by a verb and its that-clause, or None.

    A request verb with a subjunctive or modal clause is a demand of that clause's subject
    ("demanded that Israel withdraw"), and so is a request noun as the verb's object ("renewed
    its call that Israel withdraw"); a reporting verb is one only when the clause says
    "must" ("Russia said Sudan must return the helicopter" -> Russia demand Sudan).
    """
    lex = ctx.lex
    modals = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    subjunctive = clause.tag_ in ("VB", "VBP") or bool(modals & lex.modal_request)
    if lemma in lex.request_verbs and subjunctive:
        return lemma
    if request is not None and subjunctive and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return lex.request_nouns[request.lower_]
    if lemma in lex.reporting_verbs and "must" in modals:
        return "demand"
    if lemma in lex.allegation_verbs and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return lemma  # "X alleged that Y played a role in the killing": an allegation against Y
    if (lemma in lex.reporting_verbs or lemma in lex.claiming_verbs) and clause.lemma_.lower() in VIOLATION_VERBS and _violator_named(clause):
        return "accuse"  # "X said Y violated the agreement", "who claim he violated the constitution": X accuses Y
    if lemma in lex.permission_verbs and clause.tag_ == "VB" and (lemma == "let" or "to" in modals):
        return lemma  # "allowed Putin to station forces": the parser's clause subject is who is allowed
    if lemma == "help" and clause.tag_ == "VB" and not modals:
        # "Russia would help North Korea build satellites", "helping Russia fight in Ukraine": with a bare
        # infinitive the parser makes the one helped the clause's subject; "help X to V" is read as
        # object control (session 51: dev putin-kim-vostochny-summit-2023, north-korea-russia,
        # tunisia-eu-migration-deal-2023, japan-philippines-reciprocal-access-2024)
        return lemma
    return None


def refusal_statements(verb: Token, statements: list[RawStatement], ctx: Context) -> Iterator[RawStatement]:
    """"Pakistan refused to meet India": the refusal is itself an act on Y. Not where a preposition
    names Y ("refused to give information to Pakistan", "refused to recognize the award to Eritrea"):
    the dev gold records only the act, negated (news/GUIDELINES.md), and such refusal rows were 3
    false and none right (session 48: india-pakistan-balakot-2019, ethiopia-eritrea-peace-2018,
    hungary-ukraine-minority-row). Nor where the act's noun names Y as its partner ("refused to renew a
    deal with Saudi Arabia", "refused to renew the agreement with Beijing"): the gold has the renewal, negated,
    and no refusal (session 51: dev saudi-sweden-wallstrom-row-2015, panama-us-canal-rubio-visit-2025,
    3 false rows, none right)."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ctx.lex.refusal_verbs:
        negated, modality = negation_and_modality(head, ctx)
        for st in statements:
            if st.rule == "prep" or (st.rule == "nominal" and st.symmetric):
                continue
            yield replace(st, lemma=head.lemma_.lower(), text=head.text, negated=negated, modality=modality, symmetric=False)


def threat_statements(verb: Token, statements: list[RawStatement], ctx: Context) -> Iterator[RawStatement]:
    """"X threatened to use force against Y": the threat itself is an X -> Y statement."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ctx.lex.threat_verbs:
        negated, modality = negation_and_modality(head, ctx)
        for st in statements:  # "threatened to break off relations with": a hostile act, even if mutual
            if not st.symmetric or is_hostile(st.lemma):
                yield replace(st, lemma=head.lemma_.lower(), text=head.text, negated=negated, modality=modality)


def conditional_threat_statements(verb: Token, statements: list[RawStatement]) -> Iterator[RawStatement]:
    """"Nigeria will withdraw its force from Chad unless ...": a conditional promise is a threat."""
    unless = [c for c in verb.children if c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children)]
    for st in statements if unless else ():
        if st.modality == "future" and not st.symmetric and not st.negated:
            yield replace(st, lemma="threaten", text=f"{st.text} unless", modality=None)
