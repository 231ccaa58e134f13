"""Actor mentions: which tokens may stand for an actor, and the span, name and hints of each.

A mention is a named entity, a pronoun, a role noun ("the minister"), a group noun with a
nationality ("the Chinese regime") or a pair ("the two countries": two mentions). Turning
mentions into canonical actors is the job of :mod:`kg.resolve.actors`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import TypeVar

from spacy.tokens import Span, Token

from kg.events.classes import event_type
from kg.extract.context import Context, acronym_key, plural_protests, verb_lemma
from kg.extract.syntax import (
    AGENT, APPOSITION, DATIVE, DIRECT_OBJECT, LOCATIVE_PREPOSITIONS, PASSIVE_SUBJECT, POSSESSOR, PREP_OBJECT, PREPOSITION, SUBJECT, first_conjunct, hyphenated, nationality_words, np_left,
    preps_of,
)  # fmt: skip
from kg.lexicon import Lexicon, load_gazetteer, normalise_name
from kg.types import Mention

T = TypeVar("T")


# Forces that are sent somewhere, and the prepositions that say where they are, not whose they are.
DEPLOYED_FORCES = frozenset({"military", "navy", "air force", "coast guard", "border guard"})
LOCATION_PREPOSITIONS = frozenset({"in", "near", "inside", "along", "across", "at", "off", "around", "outside", "into"})
# Missions that stand in another country: "the Mexican embassy in Quito" (ecuador-mexico-embassy-raid),
# "the Swedish embassy in Baghdad" (iraq-sweden-quran-ambassador), "the Chinese embassy in Ottawa"
# (canada-china-diplomat-expulsion) are the sending state's; the city says where, never whose.
MISSION_INSTITUTIONS = frozenset({"embassy", "consulate"})


def mention_of(token: Token, ctx: Context, is_subject: bool = False) -> Mention | None:
    """The actor mention headed by ``token``, or None when the token cannot denote an actor."""
    key = (token.i, is_subject)
    if key not in ctx.mention_at:
        ctx.mention_at[key] = None  # a lookup that comes back to this token finds no mention ("the Air Force (IAF)")
        ctx.mention_at[key] = counted(find_mention(token, ctx, is_subject), token)
    return ctx.mention_at[key]


COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"})


def counted(mention: Mention | None, token: Token) -> Mention | None:
    """A group of people counted as it is named keeps its count: "two Canadians", "three Russian men",
    "five American prisoners" are those people, the name the dev gold gives them (canada-china-meng-wanzhou-
    arrest-2018, czech-russia-vrbetice-expulsions-2021, iran-us-prisoner-swap-2023). Not a toll ("at least
    19 protesters"), a group named before ("the two activists") nor members who act for their group
    ("two protesters told AFP")."""
    if mention is None or mention.kind != "collective" or token.dep_ == "nsubj":
        return mention  # "two protesters told AFP": members speaking for their group, the protesters
    counts = [c for c in token.children if c.dep_ == "nummod" and (c.lower_ in COUNT_WORDS or (c.text.isdigit() and 1 < int(c.text) < 100))]
    if len(counts) != 1 or mention.name.lower().startswith(counts[0].lower_) or any(c.dep_ in ("advmod", "quantmod") for c in counts[0].children):
        return mention  # "at least 19 protesters", "more than 20": a toll, no one group's name
    if any(c.dep_ in ("det", "poss") for c in token.children):
        return mention  # "the two activists": the group named before
    return replace(mention, name=f"{counts[0].text} {mention.name}")


def find_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """:func:`mention_of`, uncached: a pronoun, a named entity, or a noun that names no entity."""
    lower = token.lower_
    if lower in FIRST_PERSON and token.pos_ == "PRON":
        speaker = quote_speaker(token, ctx)
        return make_mention(token, token.i, token.i, "name", speaker, "PERSON", ctx, is_subject) if speaker else None
    if lower in FIRST_PLURAL and token.pos_ == "PRON":
        return speaker_side_mention(token, ctx, is_subject)
    if lower in ctx.lex.skip_actor_words and token.i not in ctx.entity_of:
        return None
    if token.pos_ == "PRON":
        return pronoun_mention(token, ctx, is_subject)
    set_phrase = (  # an acronym the page defined, or a phrase the news uses for one actor ("the West", "the North")
        acronym_mention(token, ctx, is_subject)
        or west_mention(token, ctx, is_subject)
        or community_mention(token, ctx, is_subject)
        or divided_state_mention(token, ctx, is_subject)
        or un_court_mention(token, ctx, is_subject)
    )
    if set_phrase is not None:
        return set_phrase
    outlet = outlet_mention(token, ctx, is_subject)
    if outlet is not None:
        return outlet
    if _outlet_nationality(token, ctx):
        return None
    ent = ctx.entity_of.get(token.i)
    if ent is None:
        return None if title_split_off(token, ctx) else unnamed_mention(token, ctx, is_subject)
    mention = entity_mention(token, ent, ctx, is_subject)
    if mention is not None and mention.kind == "name" and (kin := kinship_word(token, ctx)) is not None:
        mention = replace(mention, roles=tuple(dict.fromkeys((*mention.roles, kin))))
    return mention


def kinship_word(token: Token, ctx: Context) -> str | None:
    """The kinship noun a person's name stands in apposition to ("his daughter Sara Reyes",
    "Reyes's wife, Dilek Reyes", "Sara Reyes, his daughter"), or None: that person is someone's
    relative (lexicon ``kinship_nouns``), which the resolution of a bare shared surname and of
    "he"/"she" reads (kg.resolve)."""
    kin = ctx.lex.kinship_nouns
    if token.dep_ == APPOSITION and token.head.lemma_.lower() in kin:
        return token.head.lemma_.lower()
    return next((c.lemma_.lower() for c in token.children if c.dep_ == APPOSITION and c.lemma_.lower() in kin), None)


def west_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"the West", "Western governments", "Western countries", and "Western" as the agent of an
    event noun ("Western sanctions on Belarus"): the West, a group actor of its own (lexicon
    ``west_nouns``; dev: belarus-prisoner-release, north-korea-russia). Not a place: "West" is
    no compound of a longer name ("the West Bank") and comes with its article. Whose allies they
    are does not matter: "its Western allies" are the West (dev armenia-russia-rift)."""
    lower = token.lower_
    if lower == "west":
        if token.pos_ != "PROPN" or token.dep_ == "compound" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        ent = ctx.entity_of.get(token.i)
        if ent is not None and any(t.pos_ == "PROPN" and t.i != token.i for t in ent):
            return None
        return make_mention(token, token.i, token.i, "collective", "West", "", ctx, is_subject)
    if lower in ctx.lex.west_nouns and token.tag_ == "NNS" and west_modifiers(token):
        if any(c.ent_type_ in ("NORP", "GPE") and c.lower_ != "western" and c.dep_ != POSSESSOR for c in token.children) or any(
            w.conjuncts for w in west_modifiers(token)
        ):
            return None  # "Western and Arab governments" says more than the West (the NER may tag "Western" itself)
        return make_mention(token, np_left(token), token.i, "collective", "West", "", ctx, is_subject)
    if token in west_modifiers(token.head) and token.head.lower_ in ctx.lex.agent_event_nouns:
        return make_mention(token, token.i, token.i, "collective", "West", "", ctx, is_subject)
    return None


HALF_WORDS = ("north", "south")


@cache
def divided_states() -> dict[str, dict[str, str]]:
    """The states named by a compass word and a name both halves share, each half a country of the
    gazetteer: {"korea": {"north": "North Korea", "south": "South Korea"}}."""
    gaz = load_gazetteer()
    halves: dict[str, dict[str, str]] = {}
    for entry in {e.label: e for e in gaz.by_alias.values() if e.type == "Country"}.values():
        word, _, rest = entry.label.partition(" ")
        if word.lower() in HALF_WORDS and rest:
            halves.setdefault(rest.lower(), {})[word.lower()] = entry.label
    return {rest: named for rest, named in halves.items() if len(named) == len(HALF_WORDS)}


def divided_state_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"the North", "the South": on a page that names a divided state's half ("North Korea",
    "Seoul"), the capitalised compass word with its article is that half (the dev gold aliases
    "the North" and "the South": moon-kim-panmunjom-summit-2018, north-korea-trash-balloons-2024).
    Not a compound of a longer name ("the South China Sea", "the North African nation"), nor a
    page about no divided state ("tensions in the North" of Kosovo)."""
    if token.lower_ not in HALF_WORDS or not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
        return None
    if token.dep_ in ("compound", "amod", "nmod") or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    ent = ctx.entity_of.get(token.i)
    if ent is not None and len(ent) > 1:
        return None
    gaz = load_gazetteer()
    named = {entry.label for e in token.doc.ents if (entry := gaz.lookup(e.text)) is not None}
    states = [halves[token.lower_] for halves in divided_states().values() if named & set(halves.values())]
    if len(states) != 1:
        return None
    return make_mention(token, token.i, token.i, "name", states[0], "GPE", ctx, is_subject)


UN_COURT_RANKS = frozenset({"top", "highest"})


def un_court_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"the UN's top court", "the United Nations' highest court", "UN court": the International Court
    of Justice, as the news calls it (the dev gold: kenya-somalia-icj-maritime-2021,
    chile-bolivia-icj-sea-access-2018). Only the court with no other word: "a UN war crimes court"
    is another."""
    if token.lower_ != "court" or token.pos_ != "NOUN":
        return None
    gaz = load_gazetteer()
    owners = [c for c in token.children if c.dep_ in (POSSESSOR, "compound")]
    if len(owners) != 1 or (ent := ctx.entity_of.get(owners[0].i)) is None or getattr(gaz.lookup(ent.text), "label", None) != "United Nations":
        return None
    if any(c.dep_ not in ("det", POSSESSOR, "compound", "amod", "punct") or (c.dep_ == "amod" and c.lower_ not in UN_COURT_RANKS) for c in token.lefts):
        return None
    court = gaz.lookup("International Court of Justice")
    if court is None:
        return None
    return make_mention(token, np_left(token), token.i, "name", court.label, "ORG", ctx, is_subject)


def other_half(mention: Mention, token: Token, ctx: Context) -> list[Mention]:
    """"North and South Korea", "South and North Korea", "South, North Korea": the compass word
    before a divided state's name is its other half, a mention of its own (dev
    moon-kim-panmunjom-summit-2018, where the gold records each of the two Koreas)."""
    ent = ctx.entity_of.get(token.i)
    if mention.kind != "name" or ent is None or ent.start < 2:
        return []
    word, _, rest = mention.name.partition(" ")
    halves = divided_states().get(rest.lower())
    if halves is None or halves.get(word.lower()) != mention.name:
        return []
    half, joint = token.doc[ent.start - 2], token.doc[ent.start - 1]
    if joint.lower_ not in ("and", ",") or half.lower_ not in halves or half.lower_ == word.lower() or not half.text[:1].isupper():
        return []
    return [make_mention(half, half.i, half.i, "name", halves[half.lower_], "GPE", ctx, False)]


def community_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"the international community", "the world community": a group actor of its own, the states
    acting together as the news speaks of them, whom leaders urge and who press or condemn (dev
    gold: ethiopia-eritrea-sea-access "urged the international community to pressure Ethiopia",
    kenya-somalia-icj-maritime-2021 "called on the international community", crimea-annexation-2014,
    navalny-death-sanctions-2024, g20-new-delhi-summit-2023 "the entire world community")."""
    if token.lower_ != "community" or token.tag_ != "NN":
        return None
    modifiers = {(c.dep_, c.lower_) for c in token.children}
    if not modifiers & {("amod", "international"), ("amod", "world"), ("compound", "world")}:
        return None
    return make_mention(token, np_left(token), token.i, "collective", "international community", "", ctx, is_subject)


def west_modifiers(head: Token) -> list[Token]:
    """The "Western" modifying ``head`` ("Western sanctions"), as a nationality would."""
    return [c for c in head.children if c.dep_ == "amod" and c.lower_ == "western" and c.text[:1] == "W"]


def attack_agents(noun: Token, ctx: Context) -> list[Mention]:
    """"An Israeli airstrike destroyed the consulate", "Israel's strike killed two generals": an
    attack noun whose nationality or possessor names who attacks stands for that actor as the
    subject of a verb of harm (dev israel-iran-damascus-consulate-2024, israel-hezbollah-lebanon,
    india-pakistan-2025). The noun's own modifiers only ("an Israeli drone strike": the nationality
    may hang on "drone"); a city names where, not who ("the Baghdad airstrike"). Not in a relative
    clause ("in retaliation for the American airstrike that killed Soleimani", soleimani-killing-2020):
    that act is told as background, and the sentence's date is the main clause's (tried: 12 event
    dates went wrong on dev)."""
    words = (noun.lower_, noun.lemma_.lower())
    lemmas = [ctx.lex.nominal_events.get(w, "*") for w in words] + [(ctx.lex.agent_event_nouns.get(w) or ("*",))[0] for w in words]
    if not any(lemma != "*" and event_type(lemma).quad == "material conflict" for lemma in lemmas):
        return []
    holders = [noun, *[c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]]
    agents = [c for c in noun.children if c.dep_ == POSSESSOR] or [w for h in holders for w in nationality_words(h, ("amod", "compound", "nmod"))]
    return [m for a in agents if not _city(a, ctx) and (m := mention_of(a, ctx, is_subject=True)) is not None]


def _city(token: Token, ctx: Context) -> bool:
    """A place name that is a city, a capital included ("the Baghdad airstrike": where, not who)."""
    ent = ctx.entity_of.get(token.i)
    if ent is None or ent.label_ != "GPE":
        return False
    gaz = load_gazetteer()
    entry = gaz.by_alias.get(normalise_name(ent.text))
    return entry is None or entry.type != "Country"


def pronoun_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """A personal or thing pronoun, resolved later to what it refers back to."""
    lex, lower = ctx.lex, token.lower_
    if lower == "them" and any(
        a.dep_ in ("advcl", "relcl") and any(m.lower_ in lex.conditional_marks | {"when", "because"} for m in a.children)
        for a in token.ancestors
    ):
        return None  # "... if he gave them a veto": too far from what "them" could refer back to
    if (reporter := untagged_reporter(token, ctx)) is not None:
        return make_mention(token, token.i, token.i, "name", reporter, "", ctx, is_subject)
    if (antecedent := relative_antecedent(token, ctx)) is not None:
        return make_mention(token, token.i, token.i, "name", antecedent.name, antecedent.ner, ctx, is_subject)
    if lower == "it" and token.dep_ == SUBJECT and thing_before(token, ctx):
        return None
    if lower == "them" and not is_subject:
        # "rejected Japan's claims and took steps to counter them": the owner of the things its
        # sentence named before it, which stand for the owner (kg.resolve.references.resolve_pronoun)
        owners = tuple(
            c.text for t in token.sent if t.i < token.i and t.tag_ == "NNS"
            for c in t.children if c.dep_ == POSSESSOR and c.i in ctx.entity_of
        )  # fmt: skip
        return make_mention(token, token.i, token.i, "pronoun", lower, "", ctx, is_subject, hints=owners) if owners else None
    if lower == "it" and (accused := accused_before(token, ctx)):
        # "lodged a complaint against Russia, accusing it of ...": the state its sentence acted on
        return make_mention(token, token.i, token.i, "pronoun", lower, "", ctx, is_subject, hints=accused)
    if lower in lex.person_pronouns or lower in lex.thing_pronouns:
        mention = make_mention(token, token.i, token.i, "pronoun", lower, "", ctx, is_subject)
        binder = own_clause_subject(token) if lower in ("him", "her") and token.dep_ != POSSESSOR and not is_subject else None
        return replace(mention, binder=binder.idx + ctx.offset) if binder is not None else mention
    return None


def accused_before(token: Token, ctx: Context) -> tuple[str, ...]:
    """The states and organisations its sentence names before an object "it" that is charged with
    something ("accusing it of coveting the port", "accused it of broadcasting propaganda"), not as
    a subject: who "it" can be (kg.resolve.references.resolve_pronoun). An object "it" is otherwise
    left unresolved, as it is a thing far more often; charged with an act ("of" a gerund), it is an
    actor. The dev gold: "has expressed strong opposition to Ethiopia's aspirations, accusing it of
    coveting the port" (ethiopia-eritrea-sea-access), "lodged an official complaint against Russia,
    accusing it of broadcasting hostile propaganda" (armenia-russia-rift)."""
    verb = token.head
    if token.dep_ != DIRECT_OBJECT or verb.lemma_.lower() not in ctx.lex.charging_verbs:
        return ()
    if not any(c.dep_ == PREPOSITION and c.lower_ == "of" and any(g.tag_ == "VBG" for g in c.children) for c in verb.children):
        return ()
    named = []
    for ent in token.sent.ents:
        if ent.end > token.i or ent.label_ not in ("GPE", "ORG") or ent.root.dep_ in (SUBJECT, PASSIVE_SUBJECT):
            continue
        named.append(ent.text)
    return tuple(named)


def own_clause_subject(token: Token) -> Token | None:
    """The subject of the clause an object pronoun is in, which it cannot be ("She told him": not
    her; "urged him to condemn": the urger; "calling on friends to support him": the friends;
    "for his wife to succeed him": the wife); None when the clause says none ("a plot to kill him").
    Whoever else the sentence names, its main clause's subject included, may be the one meant
    ("Bongo called on his friends to support him": Bongo)."""
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in (SUBJECT, "nsubjpass")]
    if subjects:
        return subjects[0]
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ in ("xcomp", "advcl") and infinitive and verb.head.pos_ in ("VERB", "AUX"):
        # control: the object urged ("urged X to meet him"), else the one who acts ("flew in to meet him")
        objects = [c for c in verb.head.children if c.dep_ == DIRECT_OBJECT and c.i != token.i] if verb.dep_ == "xcomp" else []
        controller = objects or [c for c in verb.head.children if c.dep_ in (SUBJECT, "nsubjpass")]
        return controller[0] if controller else None
    return None


def thing_before(pronoun: Token, ctx: Context) -> bool:
    """Whether a subject "it" follows, in a clause it depends on, a thing named by a singular
    common noun that is no actor and that clause judges: what is condemned, criticised, spoken out
    against, welcomed (a verb of saying: CAMEO verbal), or the subject of "be". "The foundation
    condemned the ad, saying it misrepresented Y", "... spoke out against the ad, claiming it
    misrepresented Y" (canada-us-tariffs), "X's involvement is significant, as it narrows Y's role"
    (armenia-azerbaijan-peace): "it" is likelier that thing than the actor before it, and nothing
    tells which; left unresolved, as no edge beats a wrong edge. Not the thing a material act
    makes: "X carried out a strike, saying it killed Y" (israel-hezbollah-lebanon gold: it = X)."""
    clause = pronoun.head
    while clause.dep_ in ("ccomp", "advcl", "conj") and clause.head.i < pronoun.i:
        governor = clause.head
        copula = governor.lemma_ == "be"
        if not copula and not (event_type(verb_lemma(governor, ctx)).quad or "").startswith("verbal"):
            clause = governor
            continue
        arguments = [c for c in governor.children if c.dep_ == DIRECT_OBJECT or (c.dep_ == SUBJECT and copula)]
        arguments += [o for _, o in preps_of(governor, frozenset({"against"}))]
        if any(a.i < pronoun.i and thing_noun(a, ctx) for a in arguments):
            return True
        clause = governor
    return False


def thing_noun(token: Token, ctx: Context) -> bool:
    """A singular common noun that names no actor and is no word for one ("the ad", "the
    involvement"; not "the government", "the ministry", "the envoy")."""
    lex, lower = ctx.lex, token.lower_
    actor_words = lex.government_nouns | lex.role_nouns | lex.organisation_nouns | lex.collective_nouns | set(lex.institution_nouns)
    return (
        token.pos_ == "NOUN" and token.tag_ == "NN" and not token.ent_type_ and lower not in actor_words
        and lower not in lex.institution_words and lower not in lex.description_nouns and mention_of(token, ctx) is None
    )  # fmt: skip


RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose"})
FIRST_PERSON = frozenset({"i", "me", "my", "myself"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ourselves"})
PLATFORM_MODIFIERS = frozenset({"social"})  # "social media" is a platform, no audience (dev kenya-finance-bill-protests, colombia-israel-ties-cut-2024)
MEDIA_OUTLET_MODIFIERS = frozenset({"state", "mass", "official"})  # "state media": the outlets themselves


OPENING_QUOTES = frozenset({"\u201c", '"'})
CLOSING_QUOTES = frozenset({"\u201d", '"'})


def quotation(token: Token) -> tuple[int, int] | None:
    """The token indices of the quotation marks around ``token`` within its paragraph (curly
    marks, or straight ones counted from the paragraph's start), else None."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    opened = None
    for t in doc[start : token.i]:
        if t.text == "\u201c" or (t.text == '"' and opened is None):
            opened = t.i
        elif t.text in CLOSING_QUOTES:
            opened = None
    if opened is None:
        return None
    for t in doc[token.i + 1 :]:
        if "\n" in t.text:
            return None
        if t.text in CLOSING_QUOTES:
            return opened, t.i
    return None


def _reporter_subjects(tokens: Iterable[Token], ctx: Context) -> Iterator[Token]:
    """The subjects of the reporting verbs among ``tokens``, in text order ("..., the ministry said")."""
    for verb in tokens:
        if verb.lemma_.lower() in ctx.lex.reporting_verbs and verb.pos_ == "VERB":
            subject = next((c for c in verb.children if c.dep_ == SUBJECT), None)
            if subject is not None:
                yield subject


def _named_reporter(tokens: Iterable[Token], ctx: Context) -> str | None:
    """The person named as the subject of a reporting verb among ``tokens``."""
    for subject in _reporter_subjects(tokens, ctx):
        ent = ctx.entity_of.get(subject.i)
        if ent is not None and ent.label_ == "PERSON" and subject.i == ent.root.i:
            return ent.text
        if ent is None and is_bare_name(subject, ctx.lex) and load_gazetteer().country_of(subject.text) is None:
            left = min([c.i for c in subject.lefts if c.dep_ == "compound" and is_bare_name(c, ctx.lex)] + [subject.i])
            return subject.doc[left : subject.i + 1].text  # "..., Dar said": a name the NER left untagged
    return None


def _outside_quotation(pronoun: Token, find: Callable[[Iterable[Token]], T | None]) -> T | None:
    """What ``find`` finds outside the quotation around ``pronoun``: in the sentence that closes it,
    else in the one that opens it (a quote of several sentences); None when no quotation holds it."""
    span = quotation(pronoun)
    if span is None:
        return None
    opened, closed = span
    doc = pronoun.doc
    found = find(doc[closed + 1 : doc[closed].sent.end])
    return found if found is not None else find(doc[doc[opened].sent.start : opened])


def quote_speaker(pronoun: Token, ctx: Context) -> str | None:
    """"'Faisal called me,' Dar said", "Zourabichvili said: 'I stand with them'": "I" / "me" /
    "my" inside a quotation is the person named as the subject of the reporting verb outside it,
    in the sentence that closes the quotation, else in the one that opens it (a quote of several
    sentences: india-pakistan-2025, georgia-eu-protests, madagascar-genz-coup). A quote whose
    speaker is not named so keeps its "I" unresolved: no edge beats a wrong edge."""
    if pronoun.lower_ not in FIRST_PERSON:
        return None
    return _outside_quotation(pronoun, lambda tokens: _named_reporter(tokens, ctx))


def speaker_side_mention(pronoun: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """A quoted "we" / "us" / "our" is the side its speaker speaks for: '"We will release the pilot,"
    Khan said' (the speaker's state), '"We call on the authorities ...," the agency said' (the
    agency itself). The speaker is found as for a quoted "I" (:func:`quote_speaker`), whoever it
    is; kg.resolve takes that mention's actor, a person's state. An unquoted "we" (the writer's) is no one."""
    subject = _outside_quotation(pronoun, lambda tokens: next(_reporter_subjects(tokens, ctx), None))
    if subject is None or subject.lower_ in FIRST_PERSON | FIRST_PLURAL or subject.pos_ == "PRON":
        return None
    speaker = mention_of(subject, ctx, is_subject=True)
    if speaker is None or speaker.kind in ("pronoun", "pair"):
        return None
    mention = make_mention(pronoun, pronoun.i, pronoun.i, "speaker_side", pronoun.lower_, "", ctx, is_subject)
    return replace(mention, speaker=speaker.key)


def relative_antecedent(pronoun: Token, ctx: Context) -> Mention | None:
    """"Viktar Babaryka, who was arrested as he prepared to run", "said Khomich, who said she was
    looking forward to ...", "Yoon, who is halfway through his term": "he" / "she" as a subject,
    "his" / "her" as a possessor, inside a "who" clause on a named person, is that person
    (belarus-prisoner-release, south-korea-yoon-impeachment), unless the clause names another
    person before the pronoun. Salience alone took the sentence's first subject (another person)."""
    subject = pronoun.lower_ in ("he", "she") and pronoun.dep_ == "nsubj"
    if not (subject or (pronoun.lower_ in ("his", "her") and pronoun.dep_ == POSSESSOR)):
        return None
    clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
        return None
    ent = ctx.entity_of.get(clause.head.i)
    if ent is None or ent.label_ != "PERSON":
        return None
    if any(t.ent_type_ == "PERSON" and t.i < pronoun.i for t in clause.subtree):
        return None  # "X, who met Y as he ...": either of them
    antecedent = mention_of(ent.root, ctx)
    return antecedent if antecedent is not None and antecedent.kind == "name" else None


def untagged_reporter(pronoun: Token, ctx: Context) -> str | None:
    """"Coale also stated he discussed ...", "Barrack confirmed that he had obtained ...": "he" /
    "she" as the subject of a that-clause is the clause's reporter, here a name the NER left
    untagged, which pronoun resolution never sees (it would take the person named before:
    belarus-prisoner-release, israel-hezbollah-lebanon). The pronoun becomes that name, so it
    resolves as the bare name does: to the person of that name the pages know, else to nothing."""
    clause = pronoun.head
    if pronoun.lower_ not in ("he", "she") or pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.i > pronoun.i or not is_bare_name(reporter, ctx.lex):
        return None
    if load_gazetteer().country_of(reporter.text) is not None:
        return None
    left = min([c.i for c in reporter.lefts if c.dep_ == "compound" and is_bare_name(c, ctx.lex)] + [reporter.i])
    return reporter.doc[left : reporter.i + 1].text


NAME_BREAKING_TYPES = frozenset({"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def outlet_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"the Reuters news agency", "the news agency AFP", "the France 24 channel", "television
    channel France 24": an outlet noun (``outlet_nouns`` in lexicon.json; "agency" only as a news
    or press agency) with the outlet's name right before or after it is that outlet, however the
    parser hangs the words (it makes "AFP" a clause of the verb and "France" the dative, and the
    NER types "France" a country). The dev gold: niger-coup-france-ambassador ("told the news agency
    AFP"), ethiopia-eritrea-sea-access ("told the Reuters news agency"), armenia-russia-rift (the
    outlet "France 24" told, as "the France 24 channel" and "channel France 24"). A country's name
    alone is no outlet's ("the Kenya news agency" is left to the rest), nor a nationality ("the
    French news agency")."""
    if token.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    doc, nouns = token.doc, ctx.lex.outlet_nouns
    outlet = token if _outlet_noun(token, nouns) else None
    if outlet is None and token.pos_ in ("PROPN", "NUM") and token.ent_type_ not in NAME_BREAKING_TYPES - {"CARDINAL"}:
        # a word of the name: the outlet noun just after its run ("France 24 channel") or just before it ("channel France 24")
        right = token.i
        while right + 1 < len(doc) and _name_word(doc[right + 1], ctx):
            right += 1
        left = token.i
        while left > 0 and _name_word(doc[left - 1], ctx):
            left -= 1
        for i in (right + 1, right + 2, left - 1):  # "the Reuters news agency": "news" between
            if 0 <= i < len(doc) and _outlet_noun(doc[i], nouns) and (i != right + 2 or doc[right + 1].lower_ in OUTLET_KINDS):
                outlet = doc[i]
                break
    if outlet is None:
        return None
    span = _name_after(outlet, ctx) or _name_before(outlet, ctx)
    if span is None:
        return _national_channel(outlet, ctx, is_subject)
    name = doc[span[0] : span[1] + 1].text
    if load_gazetteer().country_of(name) is not None:
        return None
    return make_mention(doc[span[1]], span[0], span[1], "name", name, "ORG", ctx, is_subject)


OUTLET_MODIFIERS = frozenset({"public", "state", "national", "private", "state-run", "state-owned", "official"})
CHANNEL_NOUNS = frozenset({"tv", "television"})


def _national_channel(outlet: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"told Syrian TV", "said on Russian state television": a nationality word and "TV" or
    "television", with no name of its own, is the outlet as written (the dev gold: "Syrian TV" in
    israel-iran-damascus-consulate, "Kurdish TV" in turkey-syria-peace-spring, "Russian television"
    in russia-georgia-war-2008 and us-russia-griner-bout-swap, "Ukrainian television" in
    mali-ukraine-ties-cut-2024)."""
    if outlet.lower_ not in CHANNEL_NOUNS:
        return None
    doc, start = outlet.doc, outlet.i - 1
    while start >= 0 and doc[start].lower_ in OUTLET_MODIFIERS:
        start -= 1
    if start < 0 or not (doc[start].ent_type_ == "NORP" or load_gazetteer().country_of(doc[start].text) not in (None, doc[start].text)):
        return None
    name = doc[start : outlet.i + 1].text
    return make_mention(outlet, start, outlet.i, "name", name, "ORG", ctx, is_subject)


def _outlet_nationality(token: Token, ctx: Context) -> bool:
    """"told Azerbaijani public broadcaster ITV": a nationality word right before an outlet noun (its
    modifiers between) says whose the outlet is; the parser may make it an addressee of its own
    (dev azerbaijan-russia-rift-2025, where the NER took it for a person)."""
    country = load_gazetteer().country_of(token.text)
    if country is None or country == token.text:
        return False  # a demonym only ("Azerbaijani"), not a country's name
    nxt = token.i + 1
    while nxt < len(token.doc) and token.doc[nxt].lower_ in OUTLET_MODIFIERS:
        nxt += 1
    return nxt < len(token.doc) and _outlet_noun(token.doc[nxt], ctx.lex.outlet_nouns)


OUTLET_KINDS = frozenset({"news", "press"})  # "news agency", "press agency": an outlet; a bare "agency" may be a state's


def _outlet_noun(token: Token, nouns: frozenset[str]) -> bool:
    if token.pos_ != "NOUN" or token.lower_ not in nouns:
        return False
    return token.lower_ != "agency" or (token.i > 0 and token.doc[token.i - 1].lower_ in OUTLET_KINDS)


def _name_word(token: Token, ctx: Context) -> bool:
    """A word of an outlet's name: a proper noun, or a number after one ("France 24"), no date or nationality."""
    if token.ent_type_ in NAME_BREAKING_TYPES - {"CARDINAL"} and not (token.pos_ == "NUM" and token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN"):
        return False
    if token.pos_ == "NUM":
        return token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN"
    return token.pos_ == "PROPN" and token.tag_ != "POS"


def _name_run(doc, start: int, step: int, ctx: Context) -> tuple[int, int] | None:
    i, run = start, []
    while 0 <= i < len(doc) and _name_word(doc[i], ctx):
        run.append(i)
        i += step
    if not run:
        return None
    left, right = min(run), max(run)
    while right > left and doc[right].pos_ != "PROPN" and doc[right].pos_ != "NUM":
        right -= 1
    return (left, right) if doc[left].pos_ == "PROPN" else None


def _name_after(outlet: Token, ctx: Context) -> tuple[int, int] | None:
    return _name_run(outlet.doc, outlet.i + 1, 1, ctx)


def _name_before(outlet: Token, ctx: Context) -> tuple[int, int] | None:
    start = outlet.i - 1
    if outlet.lower_ == "agency":
        start -= 1  # past "news"
    return _name_run(outlet.doc, start, -1, ctx)


def unnamed_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """A token that is no actor entity: "the island", a name the NER missed, a noun with a name
    in apposition, an organisation noun, a role or government noun, or a non-state group."""
    lex = ctx.lex
    if token.lower_ == "island" and any(c.lower_ == "the" for c in token.children):
        return make_mention(token, token.i, token.i, "island", "the island", "", ctx, is_subject)  # refers back
    description = description_mention(token, ctx, is_subject)
    if description is not None:
        return description
    alliance = alliance_mention(token, token, ctx, is_subject)
    if alliance is not None:
        return alliance
    if home_reference(token, ctx) or own_government(token, ctx):
        # "Maduro warned that the nation will resist": the speaker's own country (kg.resolve)
        return make_mention(token, token.i, token.i, "home", token.lower_, "", ctx, is_subject)
    if is_bare_name(token, lex):
        # A capitalised name the NER missed ("Takaichi's remarks"): kept as an untyped name that
        # resolution accepts only when it matches an actor known from elsewhere.
        left = min([c.i for c in token.lefts if c.dep_ == "compound" and is_bare_name(c, lex)] + [token.i])
        name = token.doc[left : token.i + 1].text
        return make_mention(token, left, token.i, "name", name, "", ctx, is_subject, (), nationality_hints(token, ctx))
    if addressed_audience(token):
        # "will address the nation", "in his address to the nation": the public a leader speaks to
        return make_mention(token, np_left(token), token.i, "collective", token.lower_, "", ctx, is_subject)
    if token.lower_ in lex.audience_nouns and not is_subject and token.pos_ in ("NOUN", "PROPN"):
        # "told reporters", "speaking to the media": said to the public through the press
        modifiers = {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
        if modifiers & PLATFORM_MODIFIERS:
            return None  # "posted on social media": where, not to whom
        if token.lower_ == "media" and modifiers & MEDIA_OUTLET_MODIFIERS:
            # "Belarusian state media", "mass media": outlets of their own, named as written (session 27:
            # dev gold belarus-prisoner-release, kazakhstan-unrest-csto-2022)
            left = np_left(token)
            name = " ".join(t.text for t in token.doc[left : token.i + 1] if t.dep_ != "det")
            return make_mention(token, left, token.i, "collective", name, "", ctx, is_subject)
        return make_mention(token, np_left(token), token.i, "collective", token.lower_, "", ctx, is_subject)
    if (members := addressed_members(token, is_subject)) is not None:
        return make_mention(token, np_left(token), token.i, "collective", members, "", ctx, is_subject)
    found = apposed_name_mention(token, ctx, is_subject) or organisation_mention(token, ctx, is_subject) or opposition_mention(token, ctx, is_subject)
    if found is not None:
        return found
    if (staff := embassy_staff_mention(token, ctx, is_subject)) is not None:
        return staff
    lemma = envoy_title(token) or service_of_craft(token) or token.lemma_.lower()
    if lemma not in lex.government_nouns | lex.role_nouns:
        lemma = token.lower_  # "troops": listed as the plural ("troop" is something else)
    if lemma not in lex.government_nouns | lex.role_nouns:
        # "Argentina's central bank", "Kenya's national assembly": a two-word institution whose head
        # alone is no actor ("a bank", "an assembly of protesters")
        lemma = next((f"{c.lower_} {lemma}" for c in token.lefts if c.dep_ in ("amod", "compound") and f"{c.lower_} {lemma}" in lex.government_nouns), lemma)
    if token.pos_ in ("NOUN", "PROPN") and lemma in lex.government_nouns | lex.role_nouns:
        return role_mention(token, lemma, ctx, is_subject)
    return collective_mention(token, ctx, is_subject)


MEMBERS_OF_PARLIAMENT = frozenset({"mps"})
ADDRESSING_VERBS = frozenset({"tell", "address", "brief", "warn", "urge"})  # "told MPs"
SPEAKING_TO_VERBS = frozenset({"say", "speak", "talk"})  # "said to MPs"


def addressed_members(token: Token, is_subject: bool) -> str | None:
    """"Theresa May told MPs", "the prime minister addressed MPs", "has told Tory MPs to give the
    party time": the members of parliament a leader speaks to, named as written with the words
    before them ("MPs", "Tory MPs"; the dev gold lists "MPs" as an alias of the House of Commons in
    skripal-poisoning-expulsions-2018 and names "Tory MPs" in uk-eu-windsor-framework-2023). Only
    whom something is said to: what MPs do or suffer is left to the rules for lawmakers."""
    if token.lower_ not in MEMBERS_OF_PARLIAMENT or is_subject or token.pos_ not in ("NOUN", "PROPN"):
        return None
    told = token.dep_ in (DIRECT_OBJECT, DATIVE) and token.head.lemma_.lower() in ADDRESSING_VERBS
    spoken_to = token.dep_ == PREP_OBJECT and token.head.lower_ == "to" and token.head.head.lemma_.lower() in SPEAKING_TO_VERBS
    if not (told or spoken_to):
        return None
    return written_with_modifiers(token, token.text)


CRAFT_NOUNS = frozenset({"vessel", "vessels", "ship", "ships", "warship", "warships", "boat", "boats", "plane", "planes", "aircraft", "jet", "jets", "helicopter", "helicopters"})
# the armed service a craft's compound names: "naval vessels" are the navy's
SERVICE_WORDS = {"coastguard": "coast guard", "coast guard": "coast guard", "navy": "navy", "naval": "navy", "air force": "air force"}


def service_of_craft(token: Token) -> str | None:
    """"a Chinese coast guard vessel", "Chinese naval vessels", "an air force plane": a ship or an
    aircraft of a named armed service stands for that service (the dev gold: "China Coast Guard" in
    indonesia-china-natuna-standoff-2020, "Chinese navy" for "Chinese naval vessels" in
    solomon-islands-china-pact-2022, the navy and the air force for their craft in
    sri-lanka-rajapaksa-protests-2022). Not "military aircraft": the gold reads those as the state
    when they are acted on ("shot down a Russian military aircraft": Russia), so they stay with the
    plural craft nouns of ``government_nouns``."""
    if token.lower_ not in CRAFT_NOUNS:
        return None
    for child in token.lefts:
        if child.dep_ not in ("compound", "amod"):
            continue
        words = " ".join([c.lower_ for c in child.lefts if c.dep_ == "compound"] + [child.lower_])
        for form in (words, child.lower_):
            if form in SERVICE_WORDS:
                return SERVICE_WORDS[form]
    return None


def envoy_title(token: Token) -> str | None:
    """"charge d'affaires" (also "chargé d’affaires"), which the tokenizer splits and the parser heads
    with its last word: the envoy's title (dev iraq-sweden-quran-ambassador "recalled its charge
    d'affaires", poland-russia-drones, netherlands-turkey-rally-row-2017)."""
    if token.lower_.replace("’", "'") == "d'affaires" and any(c.dep_ == "compound" and c.lower_ in ("charge", "chargé") for c in token.lefts):
        return "charge d'affaires"
    return None


def acronym_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"The IAF struck ...", "the MIA said ..." after "the Indian Air Force (IAF)", "the Ministry
    of Internal Affairs (MIA)": an acronym the page defines is the organisation of its full name,
    also where the NER missed it or typed it otherwise (:func:`kg.extract.context.defined_acronyms`)."""
    key = acronym_key(token.text) if token.pos_ in ("PROPN", "NOUN") else None
    if key is None or key not in ctx.acronyms:
        return None
    ent = ctx.entity_of.get(token.i)
    if ent is not None and any(t.i != token.i and t.lower_ != "the" for t in ent):
        return None  # "IAF chief Amar Singh": a longer name the acronym is part of
    name, label, last = ctx.acronyms[key]
    if acronym_key(token.doc[last].text) not in ctx.acronyms:  # what the full name itself stands for ("Kenya Defence Forces": the Kenyan military)
        full = mention_of(token.doc[last], ctx, is_subject)
        if full is not None and full.kind in ("name", "group"):
            acronym = make_mention(token, token.i, token.i, "name", full.name, full.ner, ctx, is_subject)
            return replace(full, text=acronym.text, start=acronym.start, end=acronym.end, sentence=acronym.sentence, is_subject=is_subject)
    return make_mention(token, token.i, token.i, "name", name, label, ctx, is_subject, hints=nationality_hints(token, ctx))


HOME_NOUNS = frozenset({"country", "nation"})
BARE_DESCRIPTION_NOUNS = frozenset({"country"})

def description_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"the South American nation", "the Eastern European nation", "the deeply impoverished
    country", "the Russian proxy state", "the island nation": a definite, singular, lower-case
    state noun with a modifier that says what the state is like refers back to a country of the
    document (venezuela-us, belarus-prisoner-release, madagascar-genz-coup; resolved by
    kg.resolve.actors). The modifier is kept as the mention's hint: a region word ("South
    American", ``regions`` in actors.json) narrows the countries it can be; a patron's nationality
    ("Russian proxy state", kind "description" with the role "proxy") rules that country out (the
    word lists: ``description_nouns``, ``patron_words``, ``non_descriptive_words`` in lexicon.json). A
    plain nationality ("the Lebanese state") is left to the group noun rules: that country. A bare
    "the country" that is no subject ("accusing the country of ...", "suspend aid to the country":
    dev nigeria-us-threat) is a description with no hint: the country the page leads with, kept only
    as the object of an act on a state (kg.resolve.actors._acts_on_state)."""
    lex = ctx.lex
    if token.lower_ not in lex.description_nouns or token.tag_ != "NN" or not token.text.islower() or token.i in ctx.entity_of:
        return None
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
        return None
    if not is_subject and token.lower_ in BARE_DESCRIPTION_NOUNS and [c.lower_ for c in children if c.lower_ != "of"] == ["the"]:
        return make_mention(token, np_left(token), token.i, "description", token.lower_, "", ctx, is_subject)
    if any(c.dep_ in (POSSESSOR, "nummod") or (c.dep_ == PREPOSITION and c.lower_ == "of") for c in children):
        return None  # "the state of emergency", "Russia's proxy state": whose, not what
    left = np_left(token)
    words = [t for t in token.doc[left : token.i] if t.dep_ not in ("det", "punct") and t.lower_ != "the"]
    if not words or any(t.lower_ in lex.non_descriptive_words for t in words):
        return None
    if any(t.lower_ == "island" for t in words):  # "the island nation": as "the island"
        return make_mention(token, left, token.i, "island", "the island", "", ctx, is_subject)
    text = " ".join(t.text for t in words)
    gaz = load_gazetteer()
    regions = gaz.regions_named(text)
    patron = any(t.lower_ in lex.patron_words for t in words)
    if not regions and not patron and any(gaz.country_of(t.text) or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in words):
        return None  # "the Lebanese state": the country itself (a group noun); "the Jewish state": no description of ours
    roles = ("proxy",) if patron else ()
    return make_mention(token, left, token.i, "description", token.lower_, "", ctx, is_subject, roles=roles, hints=(text,))


def home_reference(token: Token, ctx: Context) -> bool:
    """"Dar stated that the country was compelled to ...", "Maduro warned that the nation will
    resist ...": a bare "the country" / "the nation" as the subject of what a speaker says is the
    speaker's own country (india-pakistan-2025, venezuela-us)."""
    if token.lower_ not in HOME_NOUNS or token.dep_ not in ("nsubj", "nsubjpass") or token.i in ctx.entity_of:
        return False
    if [c.lower_ for c in token.children] != ["the"]:
        return False  # "the South American nation", "the country's army": a description, not a reference back
    clause = token.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in ctx.lex.reporting_verbs | ctx.lex.warning_verbs


ADDRESSED_PUBLICS = frozenset({"nation", "public"})
ADDRESS_WORDS = frozenset({"address", "speech"})


def addressed_audience(token: Token) -> bool:
    """A bare "the nation" / "the public" that a speaker addresses is the generic audience, as
    "reporters" is (tier hard in the guidelines), not a country: the object of the verb "address"
    ("Modi will address the nation": india-pakistan-2025; "I have addressed the public":
    georgia-eu-protests) or the "to" of the noun ("his first address to the nation")."""
    if token.lower_ not in ADDRESSED_PUBLICS or [c.lower_ for c in token.children] != ["the"]:
        return False
    head = token.head
    if token.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() == "address"
    if token.dep_ == "pobj" and head.lower_ == "to":
        return head.head.pos_ == "NOUN" and head.head.lemma_.lower() in ADDRESS_WORDS
    return False


def own_government(token: Token, ctx: Context) -> bool:
    """"The president denounced the government's decision", "the army chief will brief the
    government": a bare "the government" that is not its clause's subject is the government of
    the person who acts on it, the subject before it (the dev gold: georgia-eu-protests, the
    president on her government's decision; israel-hezbollah-lebanon, the army chief briefing
    the cabinet). Resolved like "the nation" a speaker names (kg.resolve.references.home_country)."""
    if token.lower_ != "government" or token.i in ctx.entity_of or token.dep_ in ("nsubj", "nsubjpass"):
        return False
    return [c.lower_ for c in token.children if c.dep_ != "case"] == ["the"]


POSTING_PREPS = frozenset({"to", "in", "at", "for"})


def apposed_name_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"Japan's national security adviser, Takeo Akiba": the apposition is the name; also when the
    NER missed it after a role ("Egypt's envoy to Sudan, Hany Salem": :func:`unrecognised_name`).
    The other way round, a description set off after a person's name is that person: "Nazanin
    Zaghari-Ratcliffe, a British-Iranian woman who had been detained by Iran" (its relative clause
    is said of the person, not of "British woman"; session 50, dev zaghari-ratcliffe-release-2022:
    one story moved, the construction is generic)."""
    if described_person(token, ctx):
        inner = mention_of(token.head, ctx, is_subject)
        if inner is not None and inner.kind == "name":
            return with_extra(inner, token, ctx)
    for child in token.children:
        if child.dep_ == APPOSITION and child.i in ctx.entity_of and not _across_clause(token, child) and not source_credit(child, ctx):
            inner = mention_of(child, ctx, is_subject)
            if inner is not None and inner.kind == "name":
                return with_extra(inner, token, ctx)
    name = set_off_name(token, ctx) or office_holder_name(token, ctx) or glued_name(token, ctx)
    if name is not None:
        inner = mention_of(name, ctx, is_subject)
        if inner is not None and inner.kind == "name":
            return with_extra(inner, token, ctx)
    if token.lemma_.lower() in ctx.lex.role_nouns:
        for child in token.children:
            start = unrecognised_name(child, ctx) if child.dep_ == APPOSITION else None
            if start is not None:
                roles = role_words(token.doc[np_left(token) : token.i + 1], ctx.lex)
                name = token.doc[start : child.i + 1].text
                hints = nationality_hints(token, ctx, stop=next((p.i for p, _ in preps_of(token, POSTING_PREPS)), None))
                return make_mention(child, start, child.i, "name", name, "PERSON", ctx, is_subject, roles, hints)
    return posted_name_mention(token, ctx, is_subject)


def office_holder_name(role: Token, ctx: Context) -> Token | None:
    """"the president of Kenya, William Ruto", "the outgoing president of the United States,
    Donald Trump": a person's name set off after a role's of-phrase, which the parser hangs on the
    state or body (a place has no apposition of a person's name), names who holds the role; the
    role is the person, not the state (dev venezuela-us, kenya-finance-bill-protests,
    israel-morocco-normalisation-2020, g20-new-delhi-summit-2023)."""
    if role.lemma_.lower() not in ctx.lex.role_nouns:
        return None
    for of in (c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"):
        for place in (c for c in of.children if c.dep_ == "pobj" and c.i in ctx.entity_of):
            if ctx.entity_of[place.i].label_ not in ("GPE", "ORG", "NORP", "LOC"):
                continue
            for name in place.children:
                ent = ctx.entity_of.get(name.i)
                if name.dep_ == APPOSITION and ent is not None and ent.label_ == "PERSON" and name.doc[ent.start - 1].text == ",":
                    return name
    return None


def glued_name(role: Token, ctx: Context) -> Token | None:
    """"with his South Korean counterpart Yun Byung Se after their meeting", "Sudanese general
    Abdel Fattah al-Burhan on Monday dissolved": a person's name right after a role, which the
    parser hung on the verb as an adverbial (npadvmod, dep) instead of on the role, names who
    holds it (dev japan-korea-comfort-women-deal-2015, sudan-coup-2021). Left alone, the role
    was resolved as a bare role: to the country's leader, or to nobody."""
    if role.lemma_.lower() not in ctx.lex.role_nouns or role.i + 1 not in ctx.entity_of:
        return None
    ent = ctx.entity_of[role.i + 1]
    if ent.label_ != "PERSON" or ent.start != role.i + 1 or ent.root.dep_ not in ("npadvmod", "dep"):
        return None
    return ent.root


CREDIT_DASHES = frozenset({"-", "–", "—"})


def source_credit(apposed: Token, ctx: Context) -> bool:
    """"Indonesia sends warships to drive off Chinese boats – The Times": an organisation after a
    dash that ends a headline credits the outlet (or the body) it comes from; it names nothing in
    the sentence (dev indonesia-china-natuna-standoff-2020; "... says EU's Borrell – Reuters",
    "... approves Sweden's NATO bid – Bloomberg" are page titles of the same form)."""
    ent = ctx.entity_of.get(apposed.i)
    if ent is None or ent.label_ != "ORG":
        return False
    before = ent.start - 1
    if before > 0 and apposed.doc[before].lower_ == "the":  # "– The Times"
        before -= 1
    if before < 1 or apposed.doc[before].text not in CREDIT_DASHES:
        return False
    return all(t.is_space or t.is_punct for t in apposed.doc[ent.end : apposed.sent.end])


def _across_clause(noun: Token, apposed: Token) -> bool:
    """An apposition the parser hung across its head's own clause: a word between them (other than
    punctuation) lies outside the head's phrase ("Trump's threat followed accusations by a US
    lawmaker, Riley Moore": Moore hung on "threat"). The name belongs to the phrase it follows
    (:func:`set_off_name`)."""
    inside = {t.i for t in noun.subtree}
    return any(t.i not in inside and not t.is_punct for t in noun.doc[noun.i + 1 : apposed.left_edge.i])


SET_OFF_DEPS = frozenset({APPOSITION, "npadvmod", "dep"})


def set_off_name(noun: Token, ctx: Context) -> Token | None:
    """A person's name set off by commas right after a role's phrase, which the parser hung
    elsewhere (issue 17): "Russia's top diplomat in the country, acting charge d'affaires Andrei
    Ordash," (the name hung on the verb: poland-russia-drones) and "accusations by a US lawmaker,
    Riley Moore," (hung on the clause's subject: nigeria-us-threat). The noun is a role
    (``role_nouns``) or a singular noun with its nationality ("a US lawmaker"); the name is a
    PERSON entity, after at most title words of its own, and ends at a comma or the sentence's
    end; it is none of the clause's own arguments (a subject or object after a fronted phrase)."""
    lex = ctx.lex
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in ctx.entity_of or (noun.pos_ == "PROPN" and noun.lemma_.lower() not in lex.role_nouns):
        return None  # a capitalised title is a role too ("the President of the Union of Comoros ..., Azali Assoumani,")
    if noun.lemma_.lower() not in lex.role_nouns and not (noun.tag_ == "NN" and nationality_words(noun, labels=("NORP", "GPE"))):
        return None
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma < len(doc) and doc[comma].lower_ in POSTING_PREPS and doc[comma].head.i != noun.i:
        comma = doc[comma].right_edge.i + 1  # "envoy in the country," with the posting hung on the verb
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    ent = next((ctx.entity_of[t.i] for t in doc[comma + 1 : comma + 6] if t.i in ctx.entity_of), None)
    if ent is None or ent.label_ != "PERSON":
        return None
    name = ent.root
    if name.dep_ not in SET_OFF_DEPS or name.i in {t.i for t in noun.subtree} or name.head.i == noun.i:
        return None
    lead = doc[comma + 1 : ent.start]
    own = {x.i for x in name.subtree}
    if any(t.i not in own or (t.pos_ in ("VERB", "AUX", "PRON", "DET") and t.dep_ != "amod") for t in lead):
        return None  # "the minister, who met Ruto,": no name of the role's own
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text not in (",", ".", ";") and not after.is_sent_start:
        return None
    return name


def unrecognised_name(token: Token, ctx: Context) -> int | None:
    """Where a person's name starts when the NER missed it in apposition to a role: two or more
    capitalised proper nouns, no entity among them, nothing else in the phrase (issue 17)."""
    if token.pos_ != "PROPN" or token.i in ctx.entity_of or not token.text[:1].isupper():
        return None
    words = [t for t in token.subtree if not t.is_punct]
    if len(words) < 2 or words[-1].i != token.i or words[-1].i - words[0].i + 1 != len(words):
        return None
    if any(t.i in ctx.entity_of or t.pos_ != "PROPN" or not t.text[:1].isupper() or (t.i != token.i and t.dep_ != "compound") for t in words):
        return None
    lex = ctx.lex
    if any(t.lower_ in lex.role_nouns or t.lower_ in lex.government_nouns or t.lower_ in lex.organisation_nouns or t.lower_ in lex.institution_nouns for t in words):
        return None  # "the spokesman, Foreign Office": an office, not a person
    return words[0].i


def posted_name_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """A person named after a role's posting, which the parser hangs on the posting: "the Kenyan
    ambassador to Uganda, Amina Odhiambo" (an apposition of Uganda) or "ambassador to Uganda Amina
    Odhiambo" (Uganda compounded onto the name). The person's country is the role's own ("Kenyan"),
    never the posting."""
    if token.lemma_.lower() not in ctx.lex.role_nouns:
        return None
    for prep, office in preps_of(token, frozenset({"of"})):
        # "the President of Belarus Alexander Lukashenko": the country compounded onto the name (dev
        # poland-belarus-border-crisis-2021, kazakhstan-unrest-csto-2022 "Prime Minister of Armenia
        # Nikol Pashinyan"); the office's country is the person's own
        ent = ctx.entity_of.get(office.i)
        if ent is not None and ent.label_ == "PERSON" and not posting_place(ent) and office.i == ent.root.i:
            inner = mention_of(ent.root, ctx, is_subject)
            if inner is not None and inner.kind == "name":
                roles = role_words(token.doc[np_left(token) : token.i + 1], ctx.lex)
                return replace(inner, roles=tuple(dict.fromkeys(inner.roles + roles)), hints=nationality_hints(token, ctx))
    for prep, posting in preps_of(token, POSTING_PREPS):
        for candidate in (posting, *(c for c in posting.children if c.dep_ == APPOSITION)):
            ent = ctx.entity_of.get(candidate.i)
            if ent is None or ent.label_ != "PERSON" or posting_place(ent):
                continue
            inner = mention_of(ent.root, ctx, is_subject)
            if inner is not None and inner.kind == "name":
                lex = ctx.lex
                roles = role_words(token.doc[np_left(token) : token.i + 1], lex)
                return replace(inner, roles=tuple(dict.fromkeys(inner.roles + roles)), hints=nationality_hints(token, ctx, stop=prep.i))
        for head in (posting, *(c for c in posting.children if c.dep_ == APPOSITION)):
            start = unrecognised_posted_name(head, ctx) if head is posting else unrecognised_name(head, ctx)
            if start is not None:
                roles = role_words(token.doc[np_left(token) : token.i + 1], ctx.lex)
                name = token.doc[start : head.i + 1].text
                return make_mention(head, start, head.i, "name", name, "PERSON", ctx, is_subject, roles, nationality_hints(token, ctx, stop=prep.i))
    return None


def posting_place(ent: Span) -> bool:
    """A posting the NER took for a person: "its ambassador to Buenos Aires" (argentina-spain-milei-row)
    names a city the gazetteer knows as a country's, and no person of the gazetteer is called so."""
    gaz = load_gazetteer()
    entry = gaz.lookup(ent.text)
    return bool(gaz.country_of(ent.text)) and (entry is None or entry.type != "Person")


def described_person(noun: Token, ctx: Context) -> bool:
    """Whether ``noun`` is a common-noun description set off by a comma after a person's name,
    which the parser hangs on the name as apposition ("Pedro Gomez, a Chilean activist who ...").
    Only a noun for a person: a role, or one of a people (``collective_nouns`` in the singular:
    "activist", "woman"); "Putin, a strategy that ..." is a misparse."""
    head, lemma = noun.head, noun.lemma_.lower()
    person_noun = lemma in ctx.lex.role_nouns or any(f in ctx.lex.collective_nouns for f in (f"{lemma}s", lemma.replace("man", "men")))
    return (
        person_noun and noun.dep_ == APPOSITION and noun.pos_ == "NOUN" and noun.i not in ctx.entity_of and head.i < noun.i
        and _person_entity(head, ctx) and _set_off(noun) and not _across_clause(head, noun)
    )


def _set_off(token: Token) -> bool:
    """An apposition set off by a comma before it ("..., Zurab Japaridze")."""
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text == ","


def unrecognised_posted_name(posting: Token, ctx: Context) -> int | None:
    """Where the name starts when the NER took the posting for the only entity and missed the
    person after it: "the Chilean ambassador to Bolivia Andres Fuentes" (Bolivia compounded onto
    two capitalised words no entity covers; issue 17). At least two such words, a first name and a
    family name, so that "ambassador to Bolivia Mission" or a lone word is no person."""
    if posting.pos_ != "PROPN" or posting.i in ctx.entity_of:
        return None
    compounds = [c for c in posting.lefts if c.dep_ == "compound"]
    if not compounds or compounds[0].i not in ctx.entity_of or ctx.entity_of[compounds[0].i].label_ != "GPE":
        return None
    place = ctx.entity_of[compounds[0].i]
    rest = [t for t in posting.doc[place.end : posting.i + 1]]
    if len(rest) < 2 or any(t.i in ctx.entity_of or t.pos_ != "PROPN" or not t.text[:1].isupper() for t in rest):
        return None
    lex = ctx.lex
    if any(t.lower_ in lex.role_nouns or t.lower_ in lex.government_nouns or t.lower_ in lex.organisation_nouns or t.lower_ in lex.institution_nouns for t in rest):
        return None  # "ambassador to Bolivia Foreign Office": an office, not a person
    return place.end


def posting_of(name: Token, ctx: Context) -> tuple[Token, Token] | None:
    """(role, preposition) when ``name`` is the person named after a role's posting ("ambassador
    to Uganda Amina Odhiambo")."""
    prep = name.head
    if name.dep_ == PREP_OBJECT and prep.lower_ in POSTING_PREPS and prep.head.lemma_.lower() in ctx.lex.role_nouns:
        return prep.head, prep
    return None


def organisation_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"the al-Qaeda network", "the Hamas movement": the named organisation itself."""
    if token.pos_ == "NOUN" and token.lower_ in ctx.lex.organisation_nouns:
        names = [c for c in token.lefts if c.dep_ == "compound" and c.i in ctx.entity_of]
        if names and ctx.entity_of[names[-1].i].label_ == "ORG":
            return mention_of(ctx.entity_of[names[-1].i].root, ctx, is_subject)
    return None


OPPOSITION_MEMBERS = frozenset({"parties", "lawmakers", "legislators", "forces"})  # "opposition groups": collective_mention


def opposition_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"opposition parties denounced the government" (georgia-eu-protests), "Opposition lawmakers
    tussled with security forces", "joined opposition forces" (south-korea-yoon-impeachment): a
    plural party, lawmaker or leader noun marked "opposition" is the opposition itself, a group
    actor of its own (the dev gold of both stories lists "opposition" and these forms as aliases),
    not the country's state (which "forces" or "leaders" alone would name) and not nobody. A
    nationality names whose opposition it is ("the Georgian opposition"); an owner ("its
    opposition lawmakers") makes it someone's members, left alone. Not "opposition figures" or
    "leaders": single people (belarus-prisoner-release: figures released among prisoners)."""
    if token.lower_ not in OPPOSITION_MEMBERS or token.tag_ not in ("NNS", "NNPS"):
        return None
    if not any(c.lower_ == "opposition" and c.dep_ in ("compound", "amod", "nmod") for c in token.lefts):
        return None
    if any(c.dep_ == POSSESSOR for c in token.children):
        return None
    hints = nationality_hints(token, ctx)
    name = f"{hints[0]} opposition" if hints else "opposition"
    return make_mention(token, np_left(token), token.i, "collective", name, "", ctx, is_subject, hints=hints)


ARMED_FORCE_NOUNS = frozenset({"forces", "troops"})


def stateless_forces(token: Token, hints: tuple[str, ...], ctx: Context) -> str | None:
    """"Kurdish forces", "Turkmen forces in Syria": the forces of a people that has no state of its
    own are a group actor of their own, named as written (the dev gold of turkey-syria-peace-spring-2019
    and turkey-russia-jet-shootdown-2015), as "Kurdish fighters" already was; a state's forces
    ("Turkish forces") stay its military. Only a nationality word the NER marks as one. So are the
    leaders or officials of a people, region or bloc with no state ("Crimean leaders" in
    crimea-annexation-2014, "European officials" in poland-belarus-border-crisis-2021, "Asian-Pacific
    leaders" in us-china-trade, the hyphenated name kept whole), where "Chinese officials" stay
    China's. "Western leaders" and "Central Asian leaders" are not reached: the NER marks no
    nationality there."""
    several = token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in ctx.lex.role_nouns  # "Crimean leaders", "European officials"
    if (token.lower_ not in ARMED_FORCE_NOUNS and not several) or len(hints) != 1 or load_gazetteer().country_of(hints[0]) is not None:
        return None
    words = [t for t in token.doc[np_left(token) : token.i] if t.text == hints[0] and t.ent_type_ == "NORP"]
    if not words:
        return None
    after = token.doc[words[0].i + 1 : words[0].i + 3]  # "Asian-Pacific leaders": the whole hyphenated name
    if len(after) == 2 and after[0].text == "-" and after[1].text[:1].isupper() and after[1].i < token.i and not after[0].whitespace_:
        return token.doc[words[0].i : after[1].i + 1].text
    return hints[0]


# "Iran-backed militias", "the Kremlin-backed Wagner group", "a Russian-led alliance": the name joined
# to the participle by a hyphen backs (leads, funds) the noun the participle modifies
# (kg.extract.verbs.agent_backing)
AGENT_PARTICIPLES = frozenset({"back", "support", "sponsor", "fund", "arm", "lead", "install", "train", "equip"})


def hyphen_agent(participle: Token) -> Token | None:
    """The name in "<name>-backed <noun>" (the parser's noun-phrase adverbial of the participle),
    when ``participle`` is such a participle modifying a noun; else None."""
    if participle.dep_ != "amod" or participle.tag_ != "VBN" or participle.lemma_.lower() not in AGENT_PARTICIPLES or participle.i < 2:
        return None
    hyphen, name = participle.doc[participle.i - 1], participle.doc[participle.i - 2]
    if hyphen.text != "-" or name.head != participle or name.dep_ not in ("npadvmod", "compound", "nmod", "amod"):
        return None
    return name


def backed_group_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"Iran-backed militias": a group of no state, known by who backs it, named as written (the dev
    gold names it so), when ``token`` is a group noun modified so by a name (not "foreign-trained
    terrorists") and not itself named ("the Kremlin-backed Wagner group" is the Wagner group); else None."""
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts):
        return None
    for participle in token.lefts:
        agent = hyphen_agent(participle)
        if agent is not None and (agent.pos_ == "PROPN" or agent.ent_type_):
            return make_mention(token, agent.i, token.i, "collective", token.doc[agent.i : token.i + 1].text, "", ctx, is_subject)
    return None


COUP_MAKERS = "coup leaders"  # the name of a coup-makers mention (kg.resolve.actors: the country's military)
COUP_NOUNS = frozenset({"coup", "putsch"})


def coup_makers(token: Token) -> bool:
    """"the coup leaders", "coup plotters", "leaders of a coup in Gabon": who made a coup (dev
    gabon-coup-2023, sudan-coup-2021: the gold's country's military)."""
    if token.lemma_.lower() not in ("leader", "plotter") or token.tag_ not in ("NNS", "NNPS"):
        return False
    return any(c.dep_ in ("compound", "nmod", "amod") and c.lower_ in COUP_NOUNS for c in token.lefts) or any(
        p.lemma_.lower() in COUP_NOUNS for _, p in preps_of(token, frozenset({"of"}))
    )


HOME_OWNER = "the country"  # the hint of "the country's parliament" (kg.resolve.actors: the page's country)
HOME_OWNER_NOUNS = frozenset({"country", "nation"})


def home_owned(token: Token) -> bool:
    """"told the country's parliament", "detained by the country's military": an institution owned
    by a bare "the country" / "the nation", which names the country the page is about (session 42:
    dev armenia-russia-rift, sudan-coup-2021, mozambique-renamo-peace-2019)."""
    return any(
        c.dep_ == POSSESSOR and c.lower_ in HOME_OWNER_NOUNS and [g.lower_ for g in c.children if g.dep_ != "case"] == ["the"]
        for c in token.children
    )


def abbreviated_office(token: Token, ctx: Context) -> bool:
    """"the PM", "India's PM", "the Canadian PM": the abbreviation as a role, with its article, owner or
    nationality and no name after it ("PM Narendra Modi" is a title on a name; "the PM's wife" is the
    wife). Headlines and leads write it so in thirteen dev stories (nepal-genz-protests, india-canada-diplomat-row,
    g20-new-delhi-summit-2023, ...)."""
    if token.i + 1 < len(token.doc) and (token.nbor().ent_type_ == "PERSON" or token.nbor().pos_ == "PROPN"):
        return False
    if any(c.dep_ == "case" for c in token.children) or token.dep_ == POSSESSOR:
        return False
    return any(c.dep_ in ("det", POSSESSOR) or (c.dep_ in ("amod", "compound") and c.i in ctx.entity_of) for c in token.lefts)


def role_mention(token: Token, lemma: str, ctx: Context, is_subject: bool) -> Mention | None:
    """"the minister" (a role), "Chinese officials", "the Trump administration" (a group: the
    state acting, known by its nationality or its leader's name); None for a group of no state."""
    if token.dep_ == DIRECT_OBJECT and token.head.lemma_.lower() in ctx.lex.office_verbs:
        return None  # "won the leadership of the party": an office taken, not the party acted on
    if lemma == "pm" and not abbreviated_office(token, ctx):
        return None
    hints = nationality_hints(token, ctx)
    # "officials", "diplomats": a plural role noun with a nationality is the state acting
    plural = token.tag_ in ("NNS", "NNPS") and envoy_title(token) is None  # "officials", "foreign ministers": several people of a state
    kind = "role" if lemma in ctx.lex.role_nouns and not plural else "group"
    if kind == "group" and (people := stateless_forces(token, hints, ctx)) is not None:
        return make_mention(token, np_left(token), token.i, "collective", f"{people} {token.lower_}", "", ctx, is_subject)
    if kind == "group" and not hints and (ministry := ministry_mention(token, ctx, is_subject)) is not None:
        return ministry  # before a compound is read as the leader's name: "the foreign affairs ministry"
    if kind == "group" and service_of_craft(token) is None:  # "the Kishida administration": the leader's country
        hints += tuple(c.text for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN")
    if not hints and any(c.dep_ == "compound" and c.lower_ in ctx.lex.government_nouns for c in token.lefts):
        # "a Trump administration official" (venezuela-us), "Trump administration officials"
        # (canada-us-tariffs): the leader's country (the parser hangs the name on either noun, and
        # may tag it a common noun the NER still calls a person)
        hints += tuple(
            g.text for c in token.lefts if c.dep_ == "compound"
            for g in (c, *c.lefts) if g.dep_ == "compound" and (g.pos_ == "PROPN" or g.ent_type_ == "PERSON")
        )
    if kind == "group" and coup_makers(token):  # "the coup leaders", "leaders of a coup in Gabon": the army that seized power
        return make_mention(token, np_left(token), token.i, "group", COUP_MAKERS, "", ctx, is_subject, roles=(lemma,), hints=hints)
    if kind == "group" and not hints and token.lower_ in ctx.lex.institution_nouns and home_owned(token):
        return make_mention(token, np_left(token), token.i, "group", lemma, "", ctx, is_subject, roles=(lemma,), hints=(HOME_OWNER,))
    if kind == "group" and not hints and token.lower_ in ctx.lex.institution_nouns:
        hints = commander_hints(token, ctx)  # "Netanyahu ordered the military to ...": his own military
    if kind == "group" and not hints and (mission := mission_mention(token, ctx, is_subject)) is not None:
        return mission
    if kind == "group" and not hints and (institution := bare_institution(token, ctx)) is not None:
        return make_mention(token, np_left(token), token.i, "institution", institution, "", ctx, is_subject, roles=(lemma,))
    if kind == "group" and not hints and bare_authorities(token, is_subject):
        # "Authorities arrested X": the state of the page (kg.resolve.actors), or the one it acts in
        places = tuple(name for _, p in preps_of(token.head, frozenset({"in"})) if load_gazetteer().country_of(name := _place_name(p, ctx)))
        return make_mention(token, np_left(token), token.i, "state", "authorities", "", ctx, is_subject, roles=("authorities",), hints=places)
    if kind == "group" and not hints and (backed := backed_group_mention(token, ctx, is_subject)) is not None:
        return backed  # "Iran-backed militias"
    if kind == "group" and not hints:
        # "Coalition military forces", "coalition aircraft": the coalition's own forces act for it
        coalition = next((c for c in token.lefts if c.dep_ in ("compound", "nmod", "amod") and c.lower_ in ctx.lex.alliance_nouns), None)
        if coalition is not None:
            return alliance_mention(token, coalition, ctx, is_subject)
        if definite_plural(token):  # "accused the diplomats of spying": the diplomats named before (kg.resolve.actors)
            return make_mention(token, np_left(token), token.i, "group_anaphor", token.lower_, "", ctx, is_subject)
        if bare_group(token, ctx):  # "Ministers accused the president of a coup": a group of no state named
            kinds = [group_word(c) for c in group_modifiers(token, ctx)]  # "cabinet ministers"
            return make_mention(token, np_left(token), token.i, "collective", " ".join([*kinds, token.lower_]), "", ctx, is_subject)
        return None
    left = np_left(token)
    return make_mention(token, left, token.i, kind, lemma, "", ctx, is_subject, roles=(lemma,), hints=hints)


def definite_plural(token: Token) -> bool:
    """"the diplomats", "the troops": a plural noun with the definite article and no other word
    before it, which refers back to the group the text has named with that noun."""
    if token.tag_ not in ("NNS", "NNPS") or [c.lower_ for c in token.lefts] != ["the"]:
        return False
    # "accused the diplomats of spying" (the parser may hang the charge on the noun); "the governments
    # of both countries" names whose they are, and is left to the "of" phrase
    return all(c.dep_ == PREPOSITION and (c.lower_ != "of" or any(g.tag_ == "VBG" for g in c.children)) for c in token.rights)


def _place_name(token: Token, ctx: Context) -> str:
    """The whole name of the place ``token`` heads ("Addis Ababa" for "Ababa"), else its word."""
    ent = ctx.entity_of.get(token.i)
    return ent.text if ent is not None and ent.root.i == token.i else token.text


EMBASSY_OPENING_VERBS = frozenset({"open", "reopen", "close", "shut"})


def mission_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"the embassy", "its embassy in Quito": an embassy no nationality names, resolved back to the
    embassy the page has named ("the Mexican embassy ... the embassy", ecuador-mexico-embassy-raid;
    "the Swedish embassy ... the embassy", iraq-sweden-quran-ambassador) or to the state its
    possessive pronoun refers to (kg.resolve.actors). The places it stands "in" come as hints: the
    host, which the embassy never belongs to. The possessive pronoun, if any, comes among the roles."""
    institution = ctx.lex.institution_nouns.get(token.lower_)
    if institution not in MISSION_INSTITUTIONS:
        return None
    owner = tuple(c.lower_ for c in token.children if c.dep_ == POSSESSOR and c.pos_ == "PRON")
    if any(c.dep_ == POSSESSOR and c.pos_ != "PRON" for c in token.children):
        return None  # "Glas's embassy", a possessor that is no state the hints knew: no guess
    gaz = load_gazetteer()
    # the host city, also behind its title: "in the capital Addis Ababa" (ethiopia-eritrea-peace-2018)
    places = [n for _, p in preps_of(token, frozenset({"in"})) for n in (p, *[a for a in p.children if a.dep_ == APPOSITION])]
    hosts = tuple(text for n in places if gaz.country_of(text := _place_name(n, ctx)))
    # "opened an embassy in Tehran", and a state opening or closing its own ("Togo will reopen its
    # embassy in Accra": ethiopia-eritrea-peace-2018, the host is whom the act is toward, as before)
    own_opened = bool(owner) and token.dep_ == DIRECT_OBJECT and token.head.lemma_.lower() in EMBASSY_OPENING_VERBS
    if own_opened or any(c.dep_ in ("det", "nummod") and c.lower_ != "the" for c in token.children):
        # "opened an embassy in Tehran": not one the page named; an act toward the host, as before
        # (PLOVER dev codes it so), and no actor where no host is said
        return make_mention(token, np_left(token), token.i, "state", institution, "", ctx, is_subject, hints=hosts) if hosts else None
    return make_mention(token, np_left(token), token.i, "mission", institution, "", ctx, is_subject, roles=(token.lower_, *owner), hints=hosts)


EMBASSY_STAFF_NOUNS = frozenset({"employee", "staff", "staffer", "member", "worker"})


def embassy_staff_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"two employees of the Russian Embassy", "the Russian Embassy employees", "two members of the
    French embassy's diplomatic staff": the staff of a mission of a named nationality are that state's
    diplomats, the group the gold names ("Russian diplomats", "Azerbaijani diplomats") however the
    page words them (dev gold: germany-russia-tiergarten-expulsions-2019, azerbaijan-france-diplomat-
    expulsions-2023, czech-russia-vrbetice-expulsions-2021). An embassy of no nationality says whose
    staff they are no more than "the embassy" does: no mention."""
    if token.lemma_.lower() not in EMBASSY_STAFF_NOUNS or token.pos_ != "NOUN":
        return None
    missions = [c for c in token.lefts if c.dep_ == "compound" and c.lower_ in MISSION_INSTITUTIONS]
    for _, owner in preps_of(token, frozenset({"of", "at"})):
        if owner.lower_ in MISSION_INSTITUTIONS:
            missions.append(owner)
        elif owner.lemma_.lower() in EMBASSY_STAFF_NOUNS:  # "members of the embassy's diplomatic staff"
            missions += [c for c in owner.children if c.dep_ in (POSSESSOR, "compound") and c.lower_ in MISSION_INSTITUTIONS]
    gaz = load_gazetteer()
    # the nationality word before the mission ("Chilean", "Russia's"), also inside a name the NER
    # tagged whole ("the Russian Embassy"), whose own hint would be that name
    hints = tuple(
        word.text for mission in missions for word in mission.lefts
        if word.dep_ in ("amod", "compound", POSSESSOR) and gaz.country_of(word.text)
    )  # fmt: skip
    if not hints:
        return None
    return make_mention(token, np_left(token), token.i, "group", "diplomats", "", ctx, is_subject, roles=("diplomats",), hints=hints[:1])


MINISTRY_FILLER_WORDS = frozenset({"affairs"})  # "the foreign affairs ministry" is the foreign ministry


def ministry_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"the ministry", "the foreign ministry": a ministry no nationality or owner names refers back
    to the ministry of that portfolio the page has named (kg.resolve.actors); the portfolio words
    before the noun come as its roles ("The Senegalese Foreign Ministry said ... The ministry
    accused Kiev", mali-ukraine-ties-cut-2024; "The foreign affairs ministry has summoned the Chinese
    ambassador", indonesia-china-natuna-standoff-2020). Only the definite noun: "a ministry", "its
    ministry" and "the ministry of X" are others."""
    if token.lower_ != "ministry" or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ in (POSSESSOR, "nummod") or (c.dep_ == "det" and c.lower_ != "the") for c in token.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None
    words = token.doc[np_left(token) : token.i]
    portfolio = tuple(t.lower_ for t in words if t.dep_ != "det" and t.is_alpha and t.lower_ not in MINISTRY_FILLER_WORDS)
    return make_mention(token, np_left(token), token.i, "ministry", "ministry", "", ctx, is_subject, roles=portfolio)


BARE_STATE_NOUNS = frozenset({"authorities", "government"})


def bare_authorities(token: Token, is_subject: bool) -> bool:
    """"Authorities arrested the mayor" (turkey-imamoglu-arrest), "the authorities shut 26 sites"
    (nepal-genz-protests): a bare "authorities" that acts, no nationality, owner or other word
    before it, is the state of the country the page is about (news/GUIDELINES.md: "X authorities"
    is an alias of the country; the dev gold lists the bare word as one). So is a bare "the
    government" that acts ("the government has informed IGAD of its position": sudan-kenya-mediation-rejection-2023;
    nepal-genz-protests); as an object it is the actor's own (:func:`own_government`)."""
    if token.lower_ not in BARE_STATE_NOUNS or not is_subject or token.dep_ != "nsubj":
        return False
    return all(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) and not any(
        c.dep_ in ("prep", "appos", "acl", "relcl") for c in token.rights
    )


# A bare force that is the direct object of an accusation or an assault is acted against, not sent:
# "rights groups have accused police of abducting people" (kenya-finance-bill-protests, whose gold
# makes "police" the object of accuse and blame), "protesters assaulted officers"
# (georgia-eu-protests: protesters assault the police). Other verbs keep a bare object force no actor.
FORCE_TARGET_EVENTS = frozenset({"ACCUSE", "ASSAULT"})
# Members of a force that stand for it when bare ("officers": georgia-eu-protests,
# turkey-imamoglu-arrest); an adjective before them names a rank or a service instead
# (israel-hezbollah-lebanon: "senior officers" of a militia).
PERSONNEL_NOUNS = frozenset({"officers"})


def bare_institution(token: Token, ctx: Context) -> str | None:
    """"Police detained dozens of protesters", "protesters clashed with the riot police", "threw
    stones at police officers": a police force or army named by its bare noun, with no country,
    owner or commander, is the institution itself (the dev gold lists the bare noun as an alias:
    georgia-eu-protests "police", "riot police"; venezuela-us "military"; "security forces":
    madagascar-genz-coup, south-korea-yoon-impeachment; "the armed forces", its adjective with
    it: myanmar-coup-2021, gabon-coup-2023). Its country is left open: the page does not say it
    in that clause."""
    lex = ctx.lex
    compounds = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    # the force word before the head names the force: "police officers", "army officers" (military)
    words = [f"{c.lower_} {token.lower_}" for c in compounds if c.i == token.i - 1]  # "security forces"
    words += [f"{c.lower_} {token.lower_}" for c in token.lefts if c.dep_ == "amod" and c.i == token.i - 1]  # "armed forces"
    words += [*(c.lower_ for c in compounds), token.lower_]
    word = next((w for w in words if w in lex.bare_institution_nouns), None)
    if word is None:
        return None
    institution = lex.bare_institution_nouns[word]
    if word in PERSONNEL_NOUNS and any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in token.children):
        return None  # "senior officers", "military officers": a rank or a service, not the police
    verb = verb_lemma(token.head, ctx) if token.dep_ == DIRECT_OBJECT else ""
    if verb and event_type(verb).event not in FORCE_TARGET_EVENTS and verb not in lex.command_verbs:
        # "Kenya would send police", "deployed the army": a state's own force sent, no act on it; but
        # a force given an order is addressed ("the junta ordered police to expel the ambassador",
        # "he instructed police to kill", "ordered security forces to shoot": the dev gold has
        # order/instruct records with the bare force in niger-coup-france-ambassador,
        # duterte-icc-arrest-2025 and kazakhstan-unrest-csto-2022)
        return None
    if any(c.dep_ in (POSSESSOR, "nummod") or (c.dep_ == "det" and c.lower_ != "the") for c in token.children):
        return None  # "its officers", "a military", "32 officers": not the force as a whole
    return institution


def alliance_mention(head: Token, coalition: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"the coalition", "the Global Coalition", "the U.S.-led coalition", "Coalition forces": a
    coalition of states named as one (capitalised, with "the", or by its forces) is a Group actor of its own,
    labelled by its proper-name modifiers ("Global Coalition") or "Coalition"; "a coalition of
    parties" is not. A coalition named after an organisation ("the Hamas-led coalition") is
    left to :func:`organisation_mention`."""
    if coalition.lower_ not in ctx.lex.alliance_nouns or coalition.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.i in ctx.entity_of and ctx.entity_of[c.i].label_ == "ORG" for c in coalition.lefts):
        return None
    # "coalition forces": a coalition's forces are the military one; "the coalition" alone needs its article
    article = any(c.lower_ == "the" for c in (*coalition.children, *head.children))
    if not (article or coalition.text[:1].isupper() or head.i != coalition.i):
        return None
    left = np_left(coalition)
    named = [t.i for t in head.doc[left : coalition.i] if t.dep_ not in ("det", "poss") and (t.is_title or t.is_upper)]
    name = f"{head.doc[named[0] : coalition.i].text} Coalition" if named else "Coalition"  # "U.S.-led Coalition"
    hints = nationality_hints(coalition, ctx)
    return make_mention(head, np_left(head), head.i, "collective", name, "", ctx, is_subject, hints=hints)


ADDRESS_VERBS = frozenset({"tell", "address", "brief", "inform"})


def commander_hints(token: Token, ctx: Context) -> tuple[str, ...]:
    """"the military" as the plain object of a command ("Netanyahu instructed the military to
    prepare", "Trump directed the army to strike"): the institution of the named person or state
    that gives the order, so the commander's name is the hint to its country. Only a bare
    definite noun: "a military", "the Russian army" or "the military of Peru" say otherwise.
    Likewise a bare parliament a person speaks to ("the prime minister told parliament", "briefed
    lawmakers") is the speaker's own country's parliament (issue 17: institutions are actors of
    their own; dev gold "Polish parliament" in poland-russia-drones, "Ethiopian parliament" in
    ethiopia-eritrea-sea-access, both with the alias "parliament")."""
    if token.dep_ not in (DIRECT_OBJECT, "dative"):
        return ()
    verb = token.head
    addressed = verb.lemma_.lower() in ADDRESS_VERBS and ctx.lex.institution_nouns.get(token.lower_) == "parliament"
    if [c.lower_ for c in token.children] not in ([["the"]] + ([[]] if addressed else [])) or token.dep_ != DIRECT_OBJECT and not addressed:
        return ()
    if verb.lemma_.lower() not in ctx.lex.command_verbs and not addressed:
        return ()
    while verb.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "..., instructing the military": the commander is the main clause's subject
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return ()
    ent = ctx.entity_of.get(subject.i)
    if ent is not None:
        return (ent.text,) if ent.label_ in ("PERSON", "GPE") else ()
    return (subject.text,) if is_bare_name(subject, ctx.lex) else ()  # a surname the NER missed


def _possessor_adjective(token: Token, hint: str) -> str:
    """A country that owns a group ("Russia's peacekeepers") names it by its adjective, as the
    pages and the gold write such a group ("Russian peacekeepers": dev armenia-karabakh-offensive-2023);
    a name written before the noun stays as written ("US citizens", "Darfur rebels")."""
    owners = [c for c in token.children if c.dep_ == POSSESSOR and any(x.dep_ == "case" for x in c.children)]
    if not owners or " ".join(t.text for t in owners[0].subtree if t.dep_ != "case") != hint:
        return hint
    gaz = load_gazetteer()
    country = gaz.country_of(hint)
    return gaz.adjectives.get(country, hint) if country is not None and country == hint else hint


def collective_mention(token: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"Palestinian refugees", "Darfur rebels", "a Nigerian student": a non-state group (or one
    unnamed member) named by where it is from."""
    lex, lower = ctx.lex, token.lower_
    if stance_noun(token, ctx):
        return None
    if token.pos_ == "NOUN" and (leader := followed_leader(token, ctx)) is not None:
        return make_mention(token, np_left(token), token.i, "collective", f"{leader} supporters", "", ctx, is_subject)
    if (informer := informant_name(token, is_subject)) is not None:
        return make_mention(token, np_left(token), token.i, "collective", informer, "", ctx, is_subject, hints=nationality_hints(token, ctx))
    group = lower if is_collective(lower, lex) else None
    if group is None and lower in lex.quantity_nouns:  # "opposition groups in Zimbabwe"
        kinds = [c.lower_ for c in token.lefts if c.dep_ == "compound" and is_collective(c.lower_, lex)]
        group = f"{kinds[0]} {lower}" if kinds else None
    if token.pos_ == "NOUN" and group is not None and (backed := backed_group_mention(token, ctx, is_subject)) is not None:
        return backed  # "Iran-backed rebels"
    if token.pos_ == "NOUN" and group is not None:
        hints = nationality_hints(token, ctx)
        if (owner := joined_organisation(token, ctx)) is not None:
            hints = (owner,)  # "the US and Taliban militants": the Taliban's; the US is a side of its own
        if hints:
            name = f"{_possessor_adjective(token, hints[0])} {group}"
            if group == "people" and any(ctx.entity_of.get(pobj.i) is not None and ctx.entity_of[pobj.i].text == hints[0] for _, pobj in preps_of(token, frozenset({"of"}))):
                # "the people of Kenya": named as written, the country after the noun (the dev gold
                # aliases "people of Kenya", kenya-finance-bill-protests; "people of India", india-pakistan-2025)
                name = f"{group} of {hints[0]}"
            # "ethnic Albanian guerrillas": not Albania's; they belong where the text says they live
            if any(t.lower_ == "ethnic" for t in token.doc[np_left(token) : token.i]):
                name, hints = f"ethnic {name}", tuple(residence(token, ctx))
            return make_mention(token, np_left(token), token.i, "collective", name, "", ctx, is_subject, hints=hints)
    if token.pos_ == "NOUN" and (named := organised_group(token, ctx)) is not None:
        return make_mention(token, np_left(token), token.i, "collective", named[0], "", ctx, is_subject, hints=named[1])
    if token.pos_ == "NOUN" and young_people(token, ctx):
        return make_mention(token, np_left(token), token.i, "collective", "young people", "", ctx, is_subject)
    if token.pos_ == "NOUN" and bare_group(token, ctx):
        kinds = [group_word(c) for c in group_modifiers(token, ctx)]  # "drug cartels", "Gen Z protesters"
        # "young activists", "young protesters": the dev gold names the group with its age word
        # (madagascar-genz-coup "young activists", "young protesters"; kenya-finance-bill-protests "young protesters")
        young = ["young"] if any(c.dep_ == "amod" and c.lower_ == "young" for c in token.lefts) else []
        return make_mention(token, np_left(token), token.i, "collective", " ".join([*young, *kinds, lower]), "", ctx, is_subject)
    if token.pos_ == "NOUN" and (people := protest_people(token, ctx)) is not None:
        kinds = [c.text for c in group_modifiers(token, ctx) if c.text[:1].isupper()]  # "Gen Z protests" -> "Gen Z protesters"; "street protests" -> "protesters"
        return make_mention(token, np_left(token), token.i, "collective", " ".join([*kinds, people]), "", ctx, is_subject)
    return None


INFORMANT_NOUNS = frozenset({"source", "sources"})
INFORMING_VERBS = frozenset({"tell", "say", "speak", "confirm"})


def informant_name(token: Token, is_subject: bool) -> str | None:
    """"A source told CNN", "diplomatic sources told the Reuters news agency", "a military source
    told the official news agency": an unnamed informant who tells something is the speaker, named
    by its noun and the words before it (the dev gold: "a source" in zimbabwe-mugabe-coup-2017, "the
    source" in sudan-kenya-mediation-2023, "diplomatic sources" in ethiopia-eritrea-sea-access,
    "military source" in israel-iran-damascus-consulate-2024). Only as the subject of a verb of
    saying: "a source of tension", "sources of funding" are no one."""
    if token.lower_ not in INFORMANT_NOUNS or token.pos_ != "NOUN" or not is_subject or token.dep_ != "nsubj":
        return None
    if token.head.lemma_.lower() not in INFORMING_VERBS:
        return None
    return written_with_modifiers(token, token.lower_)


def written_with_modifiers(token: Token, noun: str) -> str:
    """``noun`` with the adjectives and compounds written before ``token`` ("Conservative MPs",
    "Syrian military source"), as written; a sentence's capital first letter is no name's ("Diplomatic
    sources told ...": "diplomatic sources")."""
    words = [
        t.lower_ if t.is_sent_start else t.text
        for t in token.doc[np_left(token) : token.i] if t.dep_ in ("amod", "compound") and t.is_alpha
    ]  # fmt: skip
    return " ".join([*words, noun])


FOLLOWER_NOUNS = frozenset({"supporters", "followers", "loyalists"})


def followed_leader(token: Token, ctx: Context) -> str | None:
    """"supporters of former President Jair Bolsonaro", "Bolsonaro's supporters", "SNS supporters":
    the followers of a named person or party are a group of their own, named after whom they follow
    ("Bolsonaro supporters", "SNS supporters"), not after the leader's country ("Brazilian
    supporters"). The dev gold names such groups in twelve stories (brazil-january-8-riots-2023,
    serbia-student-protests, senegal-election-delay-2024, duterte-icc-arrest-2025,
    turkey-imamoglu-arrest, iraq-sweden-quran-ambassador, ...), most often "<surname> supporters".
    The leader is the possessor, the "of" phrase or a name compounded before the noun, a person
    (by the surname) or an organisation (as written); not a pronoun ("her supporters")."""
    if token.lower_ not in FOLLOWER_NOUNS or token.tag_ != "NNS":
        return None
    candidates = [c for c in token.children if c.dep_ == POSSESSOR]
    candidates += [o for _, o in preps_of(token, frozenset({"of"}))]
    candidates += [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for candidate in candidates:
        ent = ctx.entity_of.get(candidate.i)
        if ent is None or ent.label_ not in ("PERSON", "ORG") or load_gazetteer().country_of(ent.text) is not None:
            continue  # a state's backers are other states or its people, no follower group
        words = [t for t in ent if t.pos_ == "PROPN" and t.lower_ not in ctx.lex.person_titles]
        if not words:
            continue
        return words[-1].text if ent.label_ == "PERSON" else " ".join(t.text for t in words)
    return None


def stance_noun(token: Token, ctx: Context) -> bool:
    """"expressed strong opposition to Ethiopia's plans" (ethiopia-eritrea-sea-access), "announced
    its opposition to impeachment" (south-korea-yoon-impeachment): a group noun that is also an
    event noun, with the event's "to" or "against" phrase, is the stance, not the group; its
    nationality words are whom it is against (the support verb takes the noun's relation:
    news/GUIDELINES.md, light verbs)."""
    return token.lower_ in ctx.lex.nominal_events and any(
        c.dep_ == PREPOSITION and c.lower_ in ("to", "against") for c in token.children
    )


ORGANISED_GROUP_NOUNS = frozenset({"factions", "groups", "organisations", "organizations"})


def organised_group(token: Token, ctx: Context) -> tuple[str, tuple[str, ...]] | None:
    """"Palestinian factions", "other Palestinian organizations" (israel-hezbollah-lebanon),
    "Pakistan-based groups" (india-pakistan-2025): plural factions or groups named by a
    nationality or home before them are a non-state group of their own, named as written from the
    nationality on, and affiliated with that country (not the state itself)."""
    if token.lower_ not in ORGANISED_GROUP_NOUNS or token.tag_ != "NNS":
        return None
    if any(c.dep_ == POSSESSOR for c in token.children):
        return None  # "Hamas's factions": the organisation's own
    for left in token.lefts:
        ent = ctx.entity_of.get(left.i) or ctx.entity_of.get(left.left_edge.i)
        if ent is None or ent.label_ not in ("NORP", "GPE") or ent.start < np_left(token):
            continue
        return token.doc[ent.start : token.i + 1].text, (ent.text,)
    return None


def group_modifiers(token: Token, ctx: Context) -> list[Token]:
    """The words a bare group is known by, the run of compound nouns and names just before its noun:
    "drug cartels" (venezuela-us), "Gen Z protesters" (madagascar-genz-coup: the NER misses "Gen",
    and "Z" is tagged a common noun), with an adjective of the first of them ("human rights
    activists": belarus-prisoner-release, saudi-canada-diplomatic-row-2018). A name the NER types as
    a state or an organisation is left to the nationality hints; the run stops at the first word
    that is no such compound."""
    run: list[Token] = []
    for c in reversed(list(token.lefts)):
        if c.i != (run[0].i if run else token.i) - 1:
            break
        if c.dep_ != "compound" or c.pos_ not in ("NOUN", "PROPN") or ctx.entity_of.get(c.i) is not None and ctx.entity_of[c.i].label_ in ("NORP", "GPE", "ORG"):
            break
        run.insert(0, c)
    while run and (own := [c for c in run[0].lefts if c.i == run[0].i - 1 and c.dep_ == "amod" and c.pos_ == "ADJ"]):
        run.insert(0, own[0])  # "human rights activists": the compound's own adjective ("rights activists" is no one's name)
    return run


def group_word(token: Token) -> str:
    """A word of a group's name as a reader writes it: names and letters as written ("Gen Z"), common nouns lower-cased."""
    return token.text if token.pos_ == "PROPN" or token.is_upper else token.lower_


def joined_organisation(token: Token, ctx: Context) -> str | None:
    """"The US and Taliban militants have signed a deal": a country's name joined to an
    organisation's on a group noun of no state's (militants, fighters) names two sides, the
    country and the organisation's group; the group is the organisation's, not "US militants"
    (dev us-taliban-doha-agreement-2020). Returns the organisation's name, or None."""
    for modifier in token.lefts:
        country = ctx.entity_of.get(modifier.i)
        if modifier.dep_ not in ("nmod", "compound") or country is None or country.label_ != "GPE":
            continue
        for conjunct in modifier.conjuncts:
            organisation = ctx.entity_of.get(conjunct.i)
            if organisation is not None and organisation.label_ == "ORG" and conjunct.i < token.i:
                return organisation.text
    return None


def young_people(token: Token, ctx: Context) -> bool:
    """"young people voted for him", "Young people led the protests": the young as a group of no
    country are an actor of their own, labelled "young people" (the dev gold: kenya-finance-bill-protests
    names the group so, madagascar-genz-coup lists "young people" as an alias of the Gen Z
    protesters). Bare "people" stays no actor (bare_group_nouns); not with an owner or a nationality."""
    if token.lower_ != "people" or not any(c.dep_ == "amod" and c.lower_ == "young" for c in token.children):
        return False
    return not any(c.dep_ == POSSESSOR for c in token.children) and not nationality_hints(token, ctx)


# Plural nouns that are a group only with the words it is known by before them: "opposition figures"
# (turkey-imamoglu-arrest: whom the president accuses), "Gen Z figures" (madagascar-genz-coup: who met
# the colonel). Bare, "figures" are numbers ("figures show"); listed among the freed ("prisoners,
# including opposition figures": belarus-prisoner-release) they are some of those.
NAMED_GROUP_NOUNS = frozenset({"figures"})


def _included(token: Token) -> bool:
    """Listed in an "including" phrase ("prisoners, including opposition figures"): some of the
    group before it, not a group of their own."""
    token = first_conjunct(token)
    return token.dep_ == PREP_OBJECT and token.head.lower_ == "including"


def bare_group(token: Token, ctx: Context) -> bool:
    """"Police detained dozens of protesters", "the army will target drug cartels": a plural group
    noun with no nationality is an actor of its own, named by the noun (the dev gold names such
    groups "protesters", "drug cartels": georgia-eu-protests, venezuela-us). Not with an owner
    ("her supporters"): they are someone's."""
    if token.lower_ in NAMED_GROUP_NOUNS and token.tag_ == "NNS" and group_modifiers(token, ctx):
        return not any(c.dep_ == POSSESSOR for c in token.children) and not _included(token)
    if token.lower_ not in ctx.lex.bare_group_nouns or (token.tag_ not in ("NNS", "NNPS") and token.lower_ != "crowd"):
        return False
    if token.lower_ in ctx.lex.quantity_nouns and any(True for _ in preps_of(token, frozenset({"of"}))):
        return False  # "a crowd of students": the "of" phrase names the group (find_mentions)
    return not any(c.dep_ == POSSESSOR for c in token.children)


def protest_people(token: Token, ctx: Context) -> str | None:
    """"Erdogan dismissed the protests", "protests that were crushed by the police", "joined the
    demonstrations": plural protests acted on, by a verb, stand for the people who protest (the dev
    gold lists "protests" or "demonstrations" as aliases of the protesters and makes them the
    object: turkey-imamoglu-arrest "downplayed the protests", "protests ... denounced by Erdogan";
    belarus-prisoner-release "protests that were suppressed by police"; serbia-student-protests,
    madagascar-genz-coup "joined the demonstrations"). Named as those people ("protesters",
    ``protest_nouns`` in lexicon.json). Not the protests as a doer ("the protests spread", "protests
    rattled the government": events that happen), not a protest a noun is about ("a ban on
    protests"), not someone's own ("her protests"); protests called, caused or described are no act on
    the protesters (``protest_calling_verbs``: kg.extract.driver.calls_or_causes_protests)."""
    people = ctx.lex.protest_nouns.get(token.lower_)
    if people is None or token.tag_ != "NNS" or token.dep_ in ("nsubj", "csubj", "conj", "appos", "compound"):
        return None
    if any(c.dep_ == POSSESSOR for c in token.children):
        return None  # "her protests", "Beijing's military demonstrations": someone's own, no group
    if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" for c in token.children):
        return people  # "protests, denounced by Erdogan", "protests that were suppressed by police"
    head = token.head
    if token.dep_ == "pobj":
        head = head.head  # "cracked down on the protests": the preposition's verb
    if head.pos_ not in ("VERB", "AUX") and token.dep_ != "nsubjpass":
        return None
    return people


def entity_mention(token: Token, ent: Span, ctx: Context, is_subject: bool) -> Mention | None:
    """A named entity: its name without titles, articles and possessive, with the roles and
    nationality words around it; a demonym may be a people (:func:`people_mention`)."""
    lex = ctx.lex
    if token.doc[ent.start].lower_ in LOCATIVE_PREPOSITIONS:
        return None  # "Near Ar Raqqah, five strikes engaged ...": a place phrase the NER took for a name
    if ent.label_ == "NORP" and (people := people_mention(ent, ctx, is_subject)) is not None:
        return people
    if event_name(ent, lex):
        return None
    if street_name(ent, ctx, is_subject) or document_name(ent, ctx):
        return None
    if common_word_entity(ent) or owned_remnant(ent):
        return None
    if ent.root.i != token.i and token.i != ent.end - 1:
        token = ent.root
    left = min(np_left(ent.root), ent.start)
    left = max([left] + [t.i + 1 for t in token.doc[left : ent.start] if t.tag_ == "POS"])
    roles = role_words(token.doc[left : ent.end], lex)  # "the Prime Minister's Media Division": no title of the division
    posted = posting_of(ent.root, ctx) if ent.label_ == "PERSON" else None
    if posted is not None:  # "ambassador to Uganda Amina Odhiambo": Uganda is the posting, not her country
        hints = nationality_hints(posted[0], ctx, stop=posted[1].i)
    else:
        hints = tuple(nationality_hints(ent.root, ctx, stop=ent.start))
    words = [t for t in ent if t.lower_ != "the" or t.i != ent.start]
    while words and words[-1].tag_ == "POS":  # "Nancy Pelosi's"
        words.pop()
    if ent.label_ == "PERSON":  # NER sometimes takes the title in: "PM Takaishi"
        while len(words) > 1 and (words[0].lower_ in lex.person_titles or words[0].lower_.rstrip(".") in lex.person_titles or _plural_title(words[0], lex)
                                  or _first_lady(words[0])):
            words.pop(0)
    name = token.doc[words[0].i : words[-1].i + 1].text if words else ent.text
    if ent.label_ == "ORG" and any(t.tag_ == "POS" for t in ent[1:-1]):
        name = owner_title_name(ent, ctx) or name
    mention = make_mention(ent.root, left, ent.end - 1, "name", name, ent.label_, ctx, is_subject, roles, hints)
    # "Kanai Masaaki, the Director-General ... at Japan's Foreign Ministry": roles and
    # nationality from the apposition and from "at / of / from" phrases on the name.
    for child in ent.root.children:
        if (child.dep_ == APPOSITION and child.i not in ctx.entity_of) or (
            child.dep_ == PREPOSITION and child.lower_ in ("at", "of", "from")
        ):
            mention = with_extra(mention, child, ctx)
    return mention


def _first_lady(word: Token) -> bool:
    """"First Lady Melania Trump": the NER takes "Lady" into the name and leaves "First" out (an
    ordinal); the title is no part of the name (session 51: dev trump-xi-mar-a-lago-summit-2017,
    saudi-canada-diplomatic-row-2018 "First Lady Michelle Obama", lula-xi-beijing-visit-2023)."""
    return word.lower_ == "lady" and word.i > 0 and word.doc[word.i - 1].lower_ == "first"


def title_split_off(token: Token, ctx: Context) -> bool:
    """"Greek Prime Minister Alexis Tsipras and Macedonian Prime Minister Zoran Zaev met": the parser
    makes the second title a conjunct of its own and the name after it another, so the title read
    as a role ("the Macedonian prime minister") met both men. A title right before a person's name
    that is itself a conjunct is that person's title, no one else."""
    doc = token.doc
    if token.dep_ != "conj" or token.i + 1 >= len(doc) or not (token.lower_ in ctx.lex.person_titles or token.lemma_.lower() in ctx.lex.role_nouns):
        return False
    ent = ctx.entity_of.get(token.i + 1)
    return ent is not None and ent.start == token.i + 1 and ent.label_ == "PERSON" and ent.root.dep_ == "conj"


def _plural_title(word: Token, lex: Lexicon) -> bool:
    """"Prime Ministers Tsipras and Zaev", "Presidents Xi and Putin": a plural title before two
    names, which the NER takes into the first name."""
    return word.lower_.endswith("s") and word.lower_[:-1] in lex.person_titles  # the tagger calls "Ministers" NNP as often as NNS


def owned_remnant(ent: Span) -> bool:
    """"the President’s House", "the country’s Supreme Court": a name the NER starts at the
    possessive ending ("’s House") is the tail of a thing owned by whoever comes before it, not a
    name (dev: sri-lanka-rajapaksa-protests-2022 typed it a person, poland-israel-holocaust-law-2018)."""
    return ent[0].tag_ == "POS" or ent[0].lower_ in ("'s", "\u2019s")


def owner_title_name(ent: Span, ctx: Context) -> str | None:
    """"Peru's Attorney General's Office": the NER's "General's Office" is an office named after
    the title of whoever holds it; the whole title before it belongs to the name ("Attorney
    General's Office", not "General's Office")."""
    start = ent.start
    while start > 0 and (t := ent.doc[start - 1]).is_title and t.tag_ != "POS" and t.i not in ctx.entity_of:
        start -= 1
    return ent.doc[start : ent.end].text if start < ent.start else None


def common_word_entity(ent: Span) -> bool:
    """"See more photos and Stories from the U.S Drone Strike that killed Soleimani": a single
    capitalised common word the NER calls an organisation (the tagger reads it as a plain noun or
    verb, not a name) names no actor."""
    if len(ent) != 1 or ent.label_ != "ORG":
        return False
    word = ent[0]
    if not (word.text[:1].isupper() and word.text[1:].islower()):
        return False
    # an inflected plural ("Stories": story) or a verb form; a name the tagger calls a noun ("Interpol") stays
    return (word.tag_ == "NNS" and word.lemma_.lower() != word.lower_) or word.tag_ in ("VB", "VBP", "VBZ")


def document_name(ent: Span, ctx: Context) -> bool:
    """"rejected the MOU signed by Kenya and Somalia", "will sign the Bill into law", "the Language
    Law": a text the NER calls an organisation (``document_name_words`` in lexicon.json), no actor,
    unless the gazetteer knows the name as one."""
    return ent[-1].lower_ in ctx.lex.document_name_words and load_gazetteer().lookup(ent.text) is None


def street_name(ent: Span, ctx: Context, is_subject: bool) -> bool:
    """"protesters obstructed Atatürk Boulevard" (turkey-imamoglu-arrest: the NER calls it an
    organisation), "blocked the main transport hub, Avtokomanda" (serbia-student-protests: a
    place in apposition to a place noun, typed a city): a street, square or hub acted on is a
    place, no actor (``street_words`` in lexicon.json). Not a subject, not a name the gazetteer knows:
    "Downing Street said" is the British government."""
    if is_subject or load_gazetteer().lookup(ent.text) is not None:
        return False
    words = ctx.lex.street_words
    if ent[-1].lower_ in words:
        return True
    # "the main transport hub, Avtokomanda"; "cross the Wagah border", "a deal on Hambantota port"
    return ent.root.dep_ in (APPOSITION, "compound") and ent.root.head.lower_ in words and ent.root.head.i not in ctx.entity_of


def event_name(ent: Span, lex: Lexicon) -> bool:
    """"Operation Sindoor", "the Brussels Conference", "a Cessation of Hostilities": the name of an
    operation, a meeting or an agreement (by its first word, or its head), which is no actor."""
    if ent.label_ in ("GPE", "NORP"):
        return False
    first = next((t for t in ent if t.lower_ != "the"), ent.root)
    before = ent.doc[ent.start - 1] if ent.start else first  # "Operation Hadin Kai": the NER leaves the word out
    if any(t.is_title and t.lower_ in lex.event_names["first"] for t in (first, before)):
        return True
    return ent.label_ != "PERSON" and ent.root.lower_ in lex.event_names["head"]


def people_mention(ent: Span, ctx: Context, is_subject: bool) -> Mention | None:
    """"ethnic Albanians", "the Albanians of southern Serbia": a people, not the state of that
    name; where the text says where they live, that country is theirs."""
    ethnic = any(c.lower_ == "ethnic" for c in ent.root.children)
    homes = tuple(residence(ent.root, ctx))
    if ethnic or (homes and ent.root.tag_ in ("NNPS", "NNS")):
        name = f"ethnic {ent.text}" if ethnic else ent.text
        return make_mention(ent.root, np_left(ent.root), ent.end - 1, "collective", name, "", ctx, is_subject, hints=homes)
    if plural_demonym(ent):
        return make_mention(ent.root, np_left(ent.root), ent.end - 1, "collective", ent.text, "", ctx, is_subject)
    return None


def plural_demonym(ent: Span) -> bool:
    """"Some Armenians blamed Russia" (armenia-russia-rift), "some Haitians have welcomed the
    officers" (haiti-kenya-police-mission), "police abducted Kenyans" (kenya-finance-bill-protests):
    a plural demonym that heads its own noun phrase is those people, a group described by
    nationality and an actor of its own (news/GUIDELINES.md), not their country's state. One word
    the gazetteer knows as a demonym, ending in -s, that modifies no noun ("Kenyan officers" is
    left to the group noun rules)."""
    root = ent.root
    country = load_gazetteer().country_of(root.text)
    return (
        len(ent) == 1 and root.tag_ in ("NNPS", "NNS") and root.lower_.endswith("s") and root.dep_ not in ("compound", "amod")
        and country is not None and country.lower() != root.lower_  # "the Philippines", "the Bahamas": the country
    )  # fmt: skip


def is_collective(word: str, lex: Lexicon) -> bool:
    """Whether a noun names a non-state group or one member of it ("rebels", "rebel", "businessman")."""
    groups = lex.collective_nouns
    return word in groups or f"{word}s" in groups or (word.endswith("man") and f"{word[:-3]}men" in groups)


def is_bare_name(token: Token, lex: Lexicon) -> bool:
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.ent_type_ == ""
        and token.lower_ not in lex.person_titles
        and token.lemma_.lower() not in lex.role_nouns
        and token.lower_ not in lex.government_nouns  # "the Government of Peru": Peru's government
    )


def make_mention(
    head: Token,
    left: int,
    right: int,
    kind: str,
    name: str,
    ner: str,
    ctx: Context,
    is_subject: bool,
    roles: tuple[str, ...] = (),
    hints: tuple[str, ...] = (),
) -> Mention:
    doc = head.doc
    while left < right and doc[left].dep_ in ("det", "punct", "case") and doc[left].i not in ctx.entity_of:
        left += 1
    span = doc[left : right + 1]
    return Mention(
        text=span.text,
        name=name,
        kind=kind,
        ner=ner,
        start=span.start_char + ctx.offset,
        end=span.end_char + ctx.offset,
        sentence=ctx.sentence_of.get(head.i, ctx.sentence_base),
        is_subject=is_subject,
        roles=roles,
        hints=hints,
        venue=_is_venue(head),
    )


VENUE_PREPS = frozenset({"in", "at"})
PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "region", "province", "resort"})


def _is_venue(head: Token) -> bool:
    """Whether a place name is where a verb's act happens ("signed a deal in South Africa", "met in
    Moscow", "began in the South African capital"), not a side of it; "the war in Ukraine" (on a
    noun) may name a side."""
    place = head
    if head.dep_ in ("amod", "compound", "nmod") and head.head.lower_ in PLACE_NOUNS:
        place = head.head  # "in the South African capital": the country names where, too
    elif head.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    while place.dep_ in ("compound", "appos") and (place.head.ent_type_ in ("GPE", "LOC", "FAC") or place.head.lower_ in PLACE_NOUNS):
        place = place.head  # "in the South African capital Pretoria", whichever word the parser makes the head
    prep = place.head
    return place.dep_ == "pobj" and prep.lower_ in VENUE_PREPS and prep.head.pos_ in ("VERB", "AUX")


def with_extra(mention: Mention, other: Token, ctx: Context) -> Mention:
    """Add the role words and country hints of an apposed noun phrase to ``mention``."""
    lex = ctx.lex
    # not the titles of another person named inside it ("an adviser to US President Donald Trump":
    # "president" is Trump's); the apposed noun itself hangs on the named person and is theirs
    # ("Lucia Moreno, Argentina's ambassador to Paraguay": ambassador, issue 17)
    words = [t for t in other.subtree if t.i == other.i or not (t.head.i != t.i and _person_entity(t.head, ctx))]
    roles = role_words(words, lex)
    return replace(
        mention,
        roles=tuple(dict.fromkeys(mention.roles + roles)),
        hints=tuple(dict.fromkeys(mention.hints + nationality_hints(other, ctx))),
    )


DEPUTY_WORDS = frozenset({"vice", "deputy"})


def role_words(tokens: Iterable[Token], lex: Lexicon) -> tuple[str, ...]:
    """The titles and role nouns among ``tokens``, and "vice"/"deputy" before one ("Vice President":
    ("vice", "president")), which says the office is not the title's own."""
    return tuple(
        t.lower_.rstrip("-") for t in tokens
        if t.lemma_.lower() in lex.role_nouns or t.lower_ in lex.person_titles
        or (t.lower_.rstrip("-") in DEPUTY_WORDS and t.i + 1 < len(t.doc) and t.nbor().lemma_.lower() in lex.role_nouns)
    )


def _person_entity(token: Token, ctx: Context) -> bool:
    ent = ctx.entity_of.get(token.i)
    return ent is not None and ent.label_ == "PERSON"


def residence(people: Token, ctx: Context) -> Iterator[str]:
    """Where a people named by a demonym lives: "Albanians in / of Serbia", "Turks living in Germany"."""
    for prep, pobj in preps_of(people, frozenset({"in", "of"})):
        ent = ctx.entity_of.get(pobj.i)
        if ent is not None and ent.label_ in ("GPE", "LOC"):
            yield ent.text
    for verb in people.children:
        if verb.dep_ == "acl" and verb.lemma_ in ("live", "reside", "settle"):
            yield from residence(verb, ctx)


def nationality_hints(head: Token, ctx: Context, stop: int | None = None) -> tuple[str, ...]:
    """Nationality words in the noun phrase of ``head``: demonyms, country names, possessors."""
    hints = []
    # Not a nationality of this noun phrase: whom a thing is used against ("aircraft ... against
    # ISIL targets"), a clause on it ("missions, conducted ... on ISIL targets").
    # Nor a patron: "the US-backed Lebanese army" is Lebanese. Nor, for a force, where it is: "to
    # station forces in Belarus" (belarus-prisoner-release), "naval forces in waters near
    # Venezuela" (venezuela-us) are no Belarusian or Venezuelan forces. Nor the members it
    # includes: "123 political prisoners, including ... American citizens" (belarus-prisoner-release)
    # are no American prisoners, "drug cartels, including Venezuela's Cartel de los Soles"
    # (venezuela-us) no Venezuelan cartels; the members are mentions of their own (find_mentions).
    # Nor what a relative clause says of a noun inside it: "leaders of the PKK, which is based in Iraq"
    # are no Iraqi leaders. Nor what a descriptive apposition says of it: "Maduro's government, a
    # longtime U.S. foe" is no American government (session 47: dev venezuela-us); a list the parser
    # hangs as one ("seven ships, a submarine and Marines near Venezuela") is still the noun's.
    # a crowd is where it gathers, not whose: "protesters in Kathmandu" (nepal-genz-protests), "students
    # ... outside the Faculty of Philosophy" (serbia-student-protests) are no Kathmandu or Faculty group
    deployed = ctx.lex.institution_nouns.get(head.lower_) in DEPLOYED_FORCES | MISSION_INSTITUTIONS or head.lower_ in ctx.lex.collective_nouns
    # Nor an envoy's posting: "its ambassador to Buenos Aires" (argentina-spain-milei-row), "France's
    # ambassador in Niger" (niger-coup-france-ambassador) are no Argentine or Nigerien envoys
    posted = head.lemma_.lower() in ctx.lex.envoy_nouns or head.lower_ in ctx.lex.envoy_nouns
    outside = {
        t.i
        for c in head.subtree
        if (c.dep_ == PREPOSITION and c.lower_ == "against") or (c.head.i == head.i and c.dep_ == "acl") or c.dep_ == "relcl"
        or (c.head.i == head.i and c.dep_ == "amod" and c.lower_ in ctx.lex.patron_participles)
        or (deployed and c.dep_ == PREPOSITION and c.lower_ in LOCATION_PREPOSITIONS)
        or (posted and c.head.i == head.i and c.dep_ == PREPOSITION and c.lower_ in POSTING_PREPS)
        or (c.head.i == head.i and c.dep_ == PREPOSITION and c.lower_ in ("including", "like"))
        or (c.head.i == head.i and c.dep_ == APPOSITION and c.pos_ == "NOUN" and not any(g.dep_ == "conj" for g in c.children))
        for t in c.subtree
    }
    # nor a conjunct of the noun and its own modifiers, a mention of its own: "human rights workers and
    # Kurds" are no Kurdish workers (session 42: dev netherlands-turkey-rally-row-2017); what follows the
    # conjunct may be shared ("the government and people of Iraq": re3d dev)
    outside |= {t.i for c in head.children if c.dep_ == "conj" for t in c.subtree if t.i <= c.i}
    for token in head.subtree:
        if stop is not None and token.i >= stop:
            break
        if token.i in outside:
            continue
        ent = ctx.entity_of.get(token.i)
        if ent is not None and token.i == ent.start and token.i != head.i and (ent.label_ in ("NORP", "GPE", "ORG") or misnamed_place(ent)):
            if not stance_prefixed(token):
                hints.append(ent.text)
    return tuple(hints)


STANCE_PREFIXES = frozenset({"anti", "pro"})


def stance_prefixed(token: Token) -> bool:
    """"anti-China forces", "pro-Russian separatists" (the tokenizer splits the hyphen off): the
    name is whom the group opposes or backs, not its nationality (session 50: dev
    czech-senate-vystrcil-taiwan-visit-2020 had Wang Yi slam "the Chinese military")."""
    i = token.i
    return i >= 2 and token.doc[i - 1].text == "-" and token.doc[i - 2].lower_ in STANCE_PREFIXES


def misnamed_place(ent: Span) -> bool:
    """A demonym or capital the NER took for a person, as the modifier of another noun: "Kyiv's
    forces" (north-korea-russia), "the Malagasy armed forces" (madagascar-genz-coup), "Azerbaijani
    President Ilham Aliyev" (armenia-azerbaijan-peace). The gazetteer knows it as a country's
    word, and no person of the gazetteer is called so."""
    if ent.label_ != "PERSON" or len(ent) > 2 or ent.root.dep_ not in (POSSESSOR, "compound", "nmod", "amod"):
        return False
    gaz = load_gazetteer()
    entry = gaz.lookup(ent.text)
    return bool(gaz.country_of(ent.text)) and (entry is None or entry.type != "Person")


def mentions_of(token: Token, ctx: Context, is_subject: bool = False) -> list[tuple[Mention, bool]]:
    """Mentions for ``token`` and its conjuncts; the flag says whether the possessor rule was used."""
    key = (token.i, is_subject)
    if key not in ctx.mentions_of:
        ctx.mentions_of[key] = find_mentions(token, ctx, is_subject)
    return list(ctx.mentions_of[key])


def as_well_as(token: Token) -> list[Token]:
    """"provides weapons to Hezbollah, as well as Hamas": the parser hangs "as well as" on the verb and
    its noun on that "as" or on the verb itself, so the noun is no conjunct of the argument it is
    added to. It is the conjunct of the verb's last argument before it, an object or the object of a
    preposition (session 47: dev israel-iran-damascus-consulate-2024). A noun the parser joins to
    another phrase ("via a private jet, as well as Viktor Bout") is left where it is."""
    verb = token.head if token.dep_ == DIRECT_OBJECT else token.head.head if token.dep_ == PREP_OBJECT and token.head.dep_ == PREPOSITION else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return []
    for also in verb.children:
        if also.lower_ != "as" or also.i <= token.i or not any(c.lower_ == "well" for c in also.children):
            continue
        arguments = [c for c in verb.children if c.i < also.i and (c.dep_ == DIRECT_OBJECT or c.dep_ == PREPOSITION)]
        last = arguments[-1] if arguments else None
        if last is None or token not in (last, *(c for c in last.children if c.dep_ == PREP_OBJECT)):
            return []  # only the argument right before it
        added = [c for c in also.children if c.dep_ in (PREP_OBJECT, "conj", DIRECT_OBJECT) and c.i > also.i]
        # "condemned Russia, as well as Belarus,", "to Hezbollah, as well as Hamas and ...": a noun the
        # parser hangs on the verb itself right after it (as an object, an adverbial noun or a loose "dep")
        added += [c for c in verb.children if c.dep_ in (DIRECT_OBJECT, "dep", "npadvmod") and c.pos_ in ("PROPN", "NOUN") and c.left_edge.i == also.i + 1]
        return added
    return []


def stranded_conjuncts(token: Token, ctx: Context) -> list[Token]:
    """"detaining the editor Kofi Annan, and board director Kwame Mensah": the parser hangs the name
    after ", and" on a verb as its conjunct, a clause with no verb of its own; it is a conjunct of the
    argument right before it (only a comma and "and" between them). Only two names the NER tagged,
    and only for an object or the object of a preposition (dev azerbaijan-russia-rift-2025,
    india-pakistan-2025)."""
    if token.dep_ not in (DIRECT_OBJECT, PREP_OBJECT) or token.i not in ctx.entity_of:
        return []
    doc = token.doc
    at = token.right_edge.i + 1
    between = []
    while at < len(doc) and doc[at].lower_ in (",", "and") and len(between) < 2:
        between.append(doc[at].lower_)
        at += 1
    if between != [",", "and"] or at >= len(doc):
        return []
    first = doc[at]
    found = [
        t for t in doc[at : min(len(doc), at + 8)]
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.left_edge.i == first.i and t.i in ctx.entity_of
        and t.pos_ == "PROPN" and not any(c.dep_ in (SUBJECT, PASSIVE_SUBJECT, "aux", "auxpass") for c in t.children)
    ]  # fmt: skip
    return found[:1]


QUANTITY_PREPS = frozenset({"of"})
DELEGATE_PREPS = frozenset({"of", "from"})


def find_mentions(token: Token, ctx: Context, is_subject: bool) -> list[tuple[Mention, bool]]:
    """:func:`mentions_of`, uncached."""
    found = []
    # "The US, Russia, and Switzerland met": a list the parser hangs on the first name as apposition
    listed = [c for c in token.children if c.dep_ == APPOSITION and c.i in ctx.entity_of and (c.conjuncts or _paired_country(token, c))]
    listed += [c for c in [_country_paired_before(token, ctx)] if c is not None]
    listed += as_well_as(token)
    listed += stranded_conjuncts(token, ctx)
    conjuncts = (token, *token.conjuncts, *[x for c in listed for x in (c, *c.conjuncts)])
    for t in conjuncts:
        if _country_before_conjunct(t):
            continue
        if (person := _person_after_name(t, ctx)) is not None:
            if person not in conjuncts and (named := mention_of(person, ctx, is_subject)) is not None:
                found.append((named, False))
            continue
        pair = pair_mentions(t, ctx, is_subject)
        if pair:
            found.extend((m, False) for m in pair)
            continue
        # "representatives of X and Y", "delegates from X": who is sent speaks for whom the phrase names
        if t.lower_ in ctx.lex.delegate_nouns and (sent_by := [m for _, p in preps_of(t, DELEGATE_PREPS) for m in mentions_of(p, ctx, is_subject)]):
            found.extend(sent_by)
            continue
        mention = mention_of(t, ctx, is_subject)
        if mention is None and t.ent_type_ in ("DATE", "TIME"):
            # "met with President Bashar Assad Tuesday": the parser makes the day the head
            names = [c for c in t.children if c.dep_ == "compound" and c.i in ctx.entity_of]
            mention = mention_of(ctx.entity_of[names[-1].i].root, ctx, is_subject) if names else None
        if mention is not None:
            found.extend((m, False) for m in split_nationalities(mention, t, ctx))
            found.extend((replace(m, is_subject=is_subject), False) for m in other_half(mention, t, ctx))
            continue
        if (led := leader_government(t, ctx, is_subject)) is not None:
            found.append((led, False))
            continue
        if t.lemma_.lower() in MEMBERSHIP_NOUNS and not is_subject:
            found.extend((m, True) for body in membership_bodies(t, ctx) for m, _ in mentions_of(body, ctx))
            continue
        if t.lemma_.lower() in ctx.lex.proxy_nouns or hyphenated(t) in ctx.lex.proxy_nouns or judged_possession(t, ctx):
            if is_subject and t.lemma_.lower() in ctx.lex.place_only_proxies:
                continue  # "where the borders of the two countries meet": a border is where one acts, never who
            for owner in proxy_owners(t, ctx):  # "the resurgence of Japanese militarism": an owner may be a proxy too
                if unknown_place_owner(t, owner, ctx):
                    continue
                owned = mentions_of(owner, ctx, is_subject)
                if not owned and owner.pos_ == "NOUN":  # "imports of Japanese seafood": the goods' country
                    owned = [m for c in nationality_words(owner) for m in mentions_of(c, ctx, is_subject)]
                found.extend((possessor, True) for possessor, _ in owned)
            continue
        # "Thousands of students", "a group of Yoruba leaders": the actor is in the "of" phrase.
        if t.lower_ in ctx.lex.quantity_nouns or t.like_num:
            for _, pobj in preps_of(t, QUANTITY_PREPS):
                found.extend(mentions_of(pobj, ctx, is_subject))
            # a name set off after it says who, as after any noun (apposed_name_mention): "one of the
            # leaders, the head of the party, X" (the parser hangs the role on "one")
            for appos in (c for c in t.children if c.dep_ == APPOSITION and _set_off(c)):
                named = mention_of(appos, ctx, is_subject)
                if named is not None and named.kind == "name":
                    found.append((named, False))
            # ... and the members listed after the quantity are some of it, as after any other
            # noun ("123 prisoners, including X": belarus-prisoner-release; "several suspects,
            # including X": serbia-student-protests): "detained hundreds of people, including X"
            # (georgia-eu-protests) detained X
        # "Japan's allies, including the United States, urged ...": the named members act.
        for prep in t.children:
            # "organizations like X and Y" (a plural noun's "like" members): kenya-finance-bill-protests
            # (rights groups accusing), india-pakistan-2025 ("terrorist organizations like ...")
            if prep.dep_ == PREPOSITION and (prep.lower_ == "including" or (prep.lower_ == "as" and any(
                    c.lower_ == "such" for c in prep.lefts)) or (prep.lower_ == "like" and t.tag_ in ("NNS", "NNPS"))):  # fmt: skip
                for member in (c for c in prep.children if c.dep_ == PREP_OBJECT):
                    # a listed thing's owner is no member: "gathered outside locations such as the
                    # party's office" (turkey-imamoglu-arrest) names places, not the party
                    found.extend((m, False) for m, owned in mentions_of(member, ctx, is_subject) if not owned)
    return found


def _paired_country(subject: Token, apposed: Token) -> bool:
    """"U.S., Turkey agree to cease-fire", "Kosovo, Serbia fail to agree": a headline's two
    countries joined by a comma, which the parser hangs one on the other as apposition (dev
    turkey-syria-peace-spring-2019, serbia-kosovo-license-plates-2022). Only one country's name,
    then a comma, then another's, as a clause's subject; a place after its city ("police in Quito,
    Ecuador") is no subject, and the same country twice is one actor anyway."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.ent_type_ != "GPE" or apposed.ent_type_ != "GPE":
        return False
    between = subject.doc[subject.i + 1 : apposed.left_edge.i]
    bare = all(c.dep_ in ("compound", "det") for c in subject.lefts)  # the name alone, no modifier before it
    return [t.text for t in between] == [","] and all(c.is_punct for c in apposed.children) and bare


def _country_paired_before(subject: Token, ctx: Context) -> Token | None:
    """The other parse of a headline's two countries (:func:`_paired_country`): the first hung on
    the verb as a loose modifier, "Ghana, Togo agree ...", the second the subject. The first
    country's name opens the sentence, and a comma alone stands between them."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.ent_type_ != "GPE" or subject.i < 2 or subject.doc[subject.i - 1].text != ",":
        return None
    first = ctx.entity_of.get(subject.i - 2)
    if first is None or first.label_ != "GPE" or first.start != subject.sent.start or subject.n_lefts:
        return None
    root = first.root
    return root if root.dep_ in ("npadvmod", "dep") and root.head == subject.head else None


def _person_after_name(token: Token, ctx: Context) -> Token | None:
    """The person a conjunct's name belongs to as its title's first word: "signed by Nyusi and
    Mozambican National Resistance (Renamo) Chief Ossufo Momade", "by Wang Yi and Solomon Islands
    Foreign Minister Jeremiah Manele", "by Teodoro and Japan foreign minister Yoko Kamikawa". The
    parser makes the state's or the organisation's name the conjunct and hangs the person on it as an
    apposition, on the verb, or as a conjunct of its own; the conjunct is the person, the name only
    says whose official they are (dev mozambique-renamo-peace-2019, solomon-islands-china-pact-2022,
    japan-philippines-reciprocal-access-2024). None when no title word comes between."""
    if token.dep_ != "conj" or token.ent_type_ not in ("GPE", "NORP", "ORG"):
        return None
    doc = token.doc
    at = token.i + 1
    if at < len(doc) and doc[at].text == "(":  # "(Renamo)", the name's short form
        close = next((j for j in range(at + 1, min(at + 5, len(doc))) if doc[j].text == ")"), None)
        if close is None:
            return None
        at = close + 1
    titles = []
    while at < len(doc) and doc[at].is_alpha and doc[at].ent_type_ != "PERSON" and doc[at].dep_ in ("compound", "amod"):
        titles.append(doc[at].lower_)
        at += 1
    if at >= len(doc) or doc[at].ent_type_ != "PERSON" or not any(w in ctx.lex.person_titles for w in titles):
        return None
    person = ctx.entity_of[at].root if at in ctx.entity_of else doc[at]
    verb = enclosing_verb(token.head)  # the verb whose argument the list is
    attached = (
        (person.dep_ == "conj" and person.head.i == token.head.i)  # "Kamikawa", a conjunct of its own
        or (person.dep_ == APPOSITION and person.head.i == token.i)  # "Resistance ..., Momade"
        or (person.dep_ in ("npadvmod", "dep") and person.head.i == verb.i)  # "Manele", hung on the verb
    )
    return person if attached else None


def _country_before_conjunct(token: Token) -> bool:
    """A country's name the parser made a conjunct of its own when it is the first word of the next
    conjunct's name: "hosted Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin
    Kurti" hangs "Kosovo" and "Kurti" both on "Vucic", and the words between are compounds of
    "Kurti" (dev serbia-kosovo-license-plates-2022, two pages). "Kosovo" there is Kurti's country,
    not a third party."""
    if token.dep_ != "conj" or token.ent_type_ not in ("GPE", "NORP"):
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or following.dep_ != "compound":
        return False
    head = following
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.dep_ == "conj" and head.head.i == token.head.i and all(
        w.dep_ == "compound" for w in token.doc[token.i + 1 : head.i]
    )


def judged_possession(noun: Token, ctx: Context) -> bool:
    """"condemned Ontario's ad", "rejected Trump's characterization": an owned thing that a verb of
    judgement (lexicon ``evaluation_verbs``) takes as its object stands for its owner, whatever the
    noun (its owner is found as a proxy noun's is: :func:`proxy_owners`). Not an act done to its
    owner (lexicon ``patient_possessor_nouns``): condemning it condemns whoever did it."""
    return (
        noun.dep_ == DIRECT_OBJECT and noun.pos_ == "NOUN" and noun.head.pos_ == "VERB"
        and noun.head.lemma_.lower() in ctx.lex.evaluation_verbs and any(c.dep_ == POSSESSOR for c in noun.children)
        and not _named_after(noun)  # "rejected Maliki's choice, Mohan al-Freiji": what it is, named
        and noun.lemma_.lower() not in ctx.lex.patient_possessor_nouns  # "condemned Zhao's expulsion": Zhao was expelled
    )  # fmt: skip


def _named_after(noun: Token) -> bool:
    """A name set off by a comma right after ``noun`` (an apposition, however the parser hangs it)."""
    doc = noun.doc
    return noun.i + 2 < len(doc) and doc[noun.i + 1].text == "," and doc[noun.i + 2].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def leader_government(noun: Token, ctx: Context, is_subject: bool) -> Mention | None:
    """"Trudeau's government expelled ...", "Abiy's government wanted ...": a government a person
    owns is the state that person leads (india-canada-diplomat-row, ethiopia-eritrea-sea-access:
    the dev gold lists these under the country), a group known by the leader's name as "the Kishida
    administration" is (role_mention); not the person. None for any other possessor."""
    if noun.lower_ not in ctx.lex.government_nouns or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    owners = [c for c in noun.children if c.dep_ == POSSESSOR]
    # "protests against (corruption and) his government": the state he leads, which the protesters oppose
    first = first_conjunct(noun)
    opposed = first.dep_ == PREP_OBJECT and first.head.lower_ == "against" and plural_protests(first.head.head, ctx)
    if noun.lower_ == "government" and (noun.dep_ in ("nsubj", "nsubjpass", POSSESSOR) or opposed) and len(owners) == 1 and owners[0].lower_ in ("his", "her"):
        # "Petro announced his government will break relations": as a subject, the state of the
        # person "his" is (kg.resolve.actors.resolve_document), as for "Trudeau's government"; the
        # dev gold lists "his government" under the country (georgia-eu-protests, nepal-genz-protests,
        # solomon-islands-china-pact-2022, colombia-israel-ties-cut-2024, ...). So does it as the owner of
        # an act ("her government's decision to recognise Palestine", "asserting his government's support
        # for Palestine": session 51, dev saudi-sweden-wallstrom-row-2015, colombia-israel-ties-cut-2024),
        # which had been the person's
        return make_mention(noun, np_left(noun), noun.i, "home", "government", "", ctx, is_subject, roles=(owners[0].lower_,))
    ent = ctx.entity_of.get(owners[0].i) if len(owners) == 1 else None
    if ent is None or ent.label_ != "PERSON":
        return None
    name = ent.text.removesuffix("'s").removesuffix("\u2019s").strip()
    return make_mention(noun, np_left(noun), noun.i, "group", noun.lower_, "", ctx, is_subject, roles=(noun.lower_,), hints=(name,))


# A membership acted on stands for the body it is a membership of, not for its member: "Armenia
# froze its CSTO membership", "suspended its participation in the alliance" (dev armenia-russia-rift).
# The dev gold makes the body the object of such acts in brics-expansion-johannesburg-summit-2023
# ("applied for BRICS membership") and eu-turkey-migrant-deal-2016 ("a bid for EU membership") too,
# forms this reading (a direct object only) does not reach yet.
MEMBERSHIP_NOUNS = frozenset({"membership", "participation"})


def membership_bodies(noun: Token, ctx: Context) -> list[Token]:
    """The body the subject's own membership, acted on, is of: an organisation's name before it
    ("froze its CSTO membership") or its "in" phrase ("suspended its membership in NATO", the
    parser may hang the "in" on the verb); not the member. Someone else's ("blocked Ukraine's
    membership") is no one's here, nor an "of" phrase ("with the membership of Ethiopia": the
    members) or a nationality ("Ukrainian participation in an attack": who took part)."""
    if noun.dep_ != DIRECT_OBJECT or any(c.dep_ == POSSESSOR and c.pos_ != "PRON" for c in noun.children):
        return []
    named = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i in ctx.entity_of and ctx.entity_of[c.i].label_ == "ORG"]
    preps = list(preps_of(noun, frozenset({"in"}))) + [(p, o) for p, o in preps_of(noun.head, frozenset({"in"})) if p.i == noun.i + 1]
    return named + [pobj for _, pobj in preps]


NAMED_PLACE_NOUNS = frozenset({
    "area", "areas", "region", "regions", "town", "towns", "city", "cities", "village", "villages", "district",
    "districts", "province", "provinces", "oblast", "territory", "territories",
})


def unknown_place_owner(noun: Token, owner: Token, ctx: Context) -> bool:
    """"Seized the Heglig region", "occupying the Dumeira mountain area": a region, town or area
    named after a place that is no state the gazetteer knows is only a place (news/GUIDELINES.md:
    places are no actors; dev sudan-south-sudan-heglig-2012, eritrea-djibouti-normalisation-2018:
    two false edges, none right). A state's region stays the state's ("a Chinese city", "India's
    Punjab province"), and so does a known body's ("NATO's territory")."""
    if noun.lemma_.lower() not in NAMED_PLACE_NOUNS and noun.lower_ not in NAMED_PLACE_NOUNS:
        return False
    ent = ctx.entity_of.get(owner.i)
    if ent is None or ent.label_ == "NORP":
        return False
    gaz = load_gazetteer()
    # a name the NER ran over a state's word ("the Ukrainian Kherson region") is the state's
    return gaz.lookup(ent.text) is None and not any(gaz.country_of(word) for word in (ent.text, *ent.text.split()))


def proxy_owners(noun: Token, ctx: Context) -> list[Token]:
    """Who a proxy noun stands for. "Takaichi's remarks", "Beijing's position": the possessor;
    failing one, a nationality ("a Senegalese peace plan") or an author ("an offer from Kabul")."""
    owners = [c for c in noun.children if c.dep_ == POSSESSOR]
    if noun.lemma_.lower() in PATIENT_OWNED_NOUNS:
        return _custody_agents(noun, owners)
    if not owners:
        owners = nationality_words(noun, labels=("NORP", "GPE", "ORG"))
    if not owners:  # "an offer from Kabul", "calls by Belarus's rulers", "positions of the army"
        owners = [o for p in noun.children if p.dep_ == PREPOSITION and p.lower_ in ("from", "by", "of")
                  for o in p.children if o.dep_ == PREP_OBJECT and not _place_name_of(noun, p, o, ctx)]  # fmt: skip
    if not owners and noun.lower_ in ctx.lex.place_only_proxies:
        # "troops to the border with Colombia": the state across a border no one is said to own is whom
        # the act is on, as "Colombia's border" is (session 52, dev venezuela-us, colombia-ecuador-angostura-raid-2008;
        # a border someone owns is read by kg.extract.verbs.border_partner)
        owners = [o for _, o in preps_of(noun, frozenset({"with"})) if o.ent_type_ == "GPE"]
    if not owners:  # "the accusations made by Azerbaijan", "the allegations levelled by Bujumbura": the author
        owners = [o for acl in noun.children if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in AUTHORING_VERBS
                  for p in acl.children if p.dep_ == AGENT for o in p.children if o.dep_ == PREP_OBJECT]  # fmt: skip
    if not owners and noun.lower_ in ctx.lex.place_proxy_nouns:  # "targets in Jericho", "a camp for refugees"
        owners = [o for _, o in preps_of(noun, frozenset({"in"}))  # ... or "in India's Punjab province"
                  if o.ent_type_ == "GPE" or o.lemma_.lower() in ctx.lex.proxy_nouns]  # fmt: skip
        owners += [o for _, o in preps_of(noun, frozenset({"for"}))]
    return owners


AUTHORING_VERBS = frozenset({"make", "level", "voice", "raise", "present", "bring", "issue", "put"})
"""Who "made", "levelled", "voiced" or "put forward" what a proxy noun names is its author: "denied the
allegations made by Burundi" (dev burundi-rwanda-border-closure-2024), "refutes the accusations made by
Azerbaijan" (azerbaijan-france-diplomat-expulsions-2023). Not any participle: "the action taken by the
EU" is no act of the EU on itself."""

PATIENT_OWNED_NOUNS = frozenset({"arrest"})
"""A proxy noun whose owner is, most often, the one it is done to: "X's arrest" and "the arrest of X"
name the prisoner (news-dev peru-castillo-ouster-2022: "announced the arrest of former president
Castillo", "cancels the arrest of Castillo"; turkey-imamoglu-arrest, duterte-icc-arrest-2025:
"protest his arrest"). Only "Japan's arrest of X" or "the arrest of X by Japan" names its agent."""


def _custody_agents(noun: Token, possessors: list[Token]) -> list[Token]:
    """Who a :data:`PATIENT_OWNED_NOUNS` noun stands for: its "by" phrase, or its possessor when an
    "of" phrase names the one it is done to; else no one."""
    agents = [o for _, o in preps_of(noun, frozenset({"by"}))]
    if agents:
        return agents
    return possessors if any(True for _ in preps_of(noun, frozenset({"of"}))) else []


def _place_name_of(noun: Token, prep: Token, pobj: Token, ctx: Context) -> bool:
    """"the city of Sudzha", "the region of Nagorno-Karabakh": the "of" name is the place itself
    (lexicon ``named_place_nouns``), no owner; a country there owns it ("the capital of Ukraine")."""
    return (
        prep.lower_ == "of" and noun.lower_ in ctx.lex.named_place_nouns and pobj.pos_ == "PROPN"
        and load_gazetteer().country_of(ctx.entity_of[pobj.i].text if pobj.i in ctx.entity_of else pobj.text) is None
    )  # fmt: skip


def pair_mentions(token: Token, ctx: Context, is_subject: bool) -> list[Mention]:
    """"the two countries", "both sides", "the two leaders", "between the two": two mentions of
    one span (members 1 and 2), resolved to the last two actors of the type named before."""
    lower = token.lower_
    roles: tuple[str, ...] = ()
    if lower == "they" and is_subject and token.dep_ == "nsubj":
        kind_of = "they"  # "as they deepen ties": the pair just named, when one was (kg.resolve)
    elif (
        lower in ctx.lex.pair_nouns and ctx.lex.pair_nouns[lower] == "Country" and token.dep_ == PREP_OBJECT
        and token.head.lower_ == "between" and [c.lower_ for c in token.children if c.dep_ == POSSESSOR] == ["their"]
    ):  # fmt: skip
        # "Aliyev and Pashinyan signed a deal to end decades of hostility between their nations"
        # (armenia-azerbaijan-peace): the states of the two just named together
        kind_of, roles = "they", ("states",)
    elif lower == "two" and any(c.dep_ == "det" for c in token.children) and token.dep_ == PREP_OBJECT:
        kind_of = "Country"  # "a wedge between the two"
    elif lower in ctx.lex.pair_nouns and any(
        c.lower_ == "both" or (c.lower_ == "two" and any(d.lower_ == "the" for d in token.children))
        for c in token.children
    ):
        kind_of = ctx.lex.pair_nouns[lower]
    elif lower in DUAL_NOUNS and [c.lower_ for c in token.lefts] == ["the"] and not any(c.dep_ == PREPOSITION for c in token.rights):
        kind_of = "Person"  # "The pair spoke for an hour": the two people just named (not "a pair of boots")
    else:
        return []
    left = min([c.i for c in token.lefts if c.dep_ in ("det", "nummod", "predet", "amod")] + [token.i])
    first = make_mention(token, left, token.i, "pair", kind_of, "", ctx, is_subject, roles=roles, hints=speaker_phrases(token))
    if verb_argument(token) and (subject := own_clause_subject(token)) is not None:
        # "Saudi Arabia and the United States urged both sides": whoever urges is no side (kg.resolve.references.pair_member);
        # a place may be theirs ("Moscow and Pyongyang will erect memorials in both countries")
        end = subject.right_edge
        first = replace(first, binder=subject.left_edge.idx + ctx.offset, binder_end=end.idx + len(end) + ctx.offset)
    return [replace(first, member=1), replace(first, member=2)]


DUAL_NOUNS = frozenset({"pair", "duo"})
"""Nouns that are two people by themselves, with "the" (dev uk-france-small-boats-deal-2023 "the pair
spoke", xi-putin-moscow-visit-2023 "talks between the pair", us-russia-griner-bout-swap-2022 "flew the pair")."""

ADDRESSEE_PREPS = frozenset({"on", "to", "with", "for", "upon"})


def verb_argument(token: Token) -> bool:
    """Whether ``token`` is what its verb acts on or addresses: its object ("urged both sides"), or
    the object of a preposition of the verb that names whom ("called on both sides", "met with
    both leaders"); not a place or a time ("in both countries")."""
    if token.dep_ in (DIRECT_OBJECT, DATIVE):
        return True
    prep = token.head
    return token.dep_ == PREP_OBJECT and prep.lower_ in ADDRESSEE_PREPS and prep.head.pos_ in ("VERB", "AUX")


def enclosing_verb(token: Token) -> Token:
    """The nearest verb at or above ``token`` (the sentence's root when there is none)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def speaker_phrases(token: Token) -> tuple[str, ...]:
    """The subjects of the verbs whose reported clause holds ``token`` ("An aide to Meloni said the
    two leaders ...": "An aide to Meloni"), and of its own clause where it is not the subject.
    kg.resolve takes no member of a pair from an actor the text first names there: a pair refers
    back (nigeria-us-threat, us-china-trade, armenia-azerbaijan-peace: the pair is always named
    before the speaker's sentence)."""
    phrases: list[str] = []
    node = enclosing_verb(token)
    if node.i != token.head.i or token.dep_ not in (SUBJECT, PASSIVE_SUBJECT):  # "an aide to Meloni urged both leaders"
        phrases += [c.doc[c.left_edge.i : c.right_edge.i + 1].text for c in node.children if c.dep_ in (SUBJECT, PASSIVE_SUBJECT)]
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
        parent = node.head
        if node.dep_ == "ccomp":
            phrases += [
                c.doc[c.left_edge.i : c.right_edge.i + 1].text for c in parent.children if c.dep_ in (SUBJECT, PASSIVE_SUBJECT)
            ]
        node = parent
    return tuple(phrases)


# Nouns of two parties' contact: "their meeting", "their talks" after "Modi and Xi" is the two men's
# (dev india-china-border-patrolling-deal-2024: "the meeting between Modi and Xi was their first
# structured dialogue"; modi-xi-wuhan-summit-2018), where "their cooperation", "their war" is the two
# states' (kg.resolve.references._they_member).
CONTACT_NOUNS = frozenset({"meeting", "talks", "talk", "discussion", "discussions", "dialogue", "conversation", "summit", "encounter"})


def their_pair(token: Token, ctx: Context, owned: Token | None = None) -> list[Mention]:
    """"their" as a pair "they" (members 1 and 2), for a joint event noun it owns
    (kg.extract.nouns.paired_possessor); elsewhere "their" stays no actor. A contact noun
    (:data:`CONTACT_NOUNS`) comes among its roles."""
    roles = ("contact",) if owned is not None and owned.lower_ in CONTACT_NOUNS else ()
    first = make_mention(token, token.i, token.i, "pair", "they", "", ctx, False, roles=roles)
    return [replace(first, member=1), replace(first, member=2)]


def split_nationalities(mention: Mention, head: Token, ctx: Context) -> list[Mention]:
    """"Hungarian and Romanian officials", "the ministers of China and Japan": one group per
    nationality, each mention spanning its own nationality word and keeping the group's noun as its
    name ("Hungarian officials", "Romanian officials": news/GUIDELINES.md, groups described by
    nationality are their own actors; dev iran-us-prisoner-swap-2023 "Iranian and US officials",
    us-taliban-doha-agreement-2020 "U.S. and Taliban negotiators"); other mentions as they are.
    Each has its member number, so that the nationality word's own mention (the state) does not
    take its place.
    A role one person of each state holds ("the leaders of Armenia and Azerbaijan", "Chinese
    and American leaders") gives one role mention per nationality: each is resolved as "the
    Armenian leader" would be (the person the document names, else that state's office holder by role)."""
    if mention.kind != "group":
        return [mention]
    words = nationality_words(head, deps=("amod", "compound", "nmod"))
    words += [pobj for _, pobj in preps_of(head, frozenset({"of"})) if pobj.ent_type_ == "GPE"]  # "ministers of China and Japan"
    # "the leaders of Baku and Yerevan": the NER may call a capital a person; the gazetteer knows it
    nationalities = [
        w for first in words for w in (first, *first.conjuncts)
        if w.ent_type_ in ("NORP", "GPE") or (w.ent_type_ and load_gazetteer().country_of(w.text))
        or (w.ent_type_ == "ORG" and w.i != first.i and first.ent_type_ in ("NORP", "GPE"))  # "US and Taliban officials"
    ]  # fmt: skip
    if len(nationalities) < 2:
        return [mention]
    # a split mention spans its nationality word, as that word's own mention does: a member number keeps them apart
    # ... and so is a minister of one portfolio: "the foreign ministers of China and Japan" are two
    # foreign ministers, "Chinese and Japanese ministers" two groups (the sample corpus); a leader of
    # something else is no state's leader: "Australian and Chinese business leaders" are two groups
    # (dev albanese-xi-beijing-visit-2023)
    modifier = next((c.lower_ for c in head.lefts if c.dep_ in ("amod", "compound") and c.is_lower and not c.ent_type_), None)
    portfolio = modifier if mention.name == "minister" else None
    one_each = (mention.name in ctx.lex.one_per_state_roles and modifier is None) or portfolio is not None
    name = f"{portfolio} minister" if portfolio else mention.name  # the Japanese foreign minister, not its prime minister
    spans = [ctx.entity_of.get(w.i) or w.doc[w.i : w.i + 1] for w in nationalities]  # "South Sudan", not "Sudan"
    return [
        replace(mention, kind="role" if one_each else mention.kind, name=name, member=number, text=span.text,
                start=span.start_char + ctx.offset, end=span.end_char + ctx.offset, hints=(span.text,))
        for number, span in enumerate(spans, start=1)
    ]


def entity_only(token: Token, ctx: Context) -> Mention | None:
    """The mention of the entity at ``token`` without the words around it ("China" in "US-China")."""
    mention = mention_of(token, ctx)
    ent = ctx.entity_of.get(token.i)
    if mention is None or ent is None:
        return mention
    return replace(mention, text=ent.text, start=ent.start_char + ctx.offset, end=ent.end_char + ctx.offset)


def event_preps_of(noun: Token, allowed: frozenset[str], ctx: Context) -> Iterator[tuple[Token, Token]]:
    """The prepositions of an event noun, and of what it is "of" when that names no actor: the
    parser hangs "with Serbia" on "links" in "a suspension of air links with Serbia"."""
    yield from preps_of(noun, allowed)
    for _, thing in preps_of(noun, frozenset({"of"})):
        if thing.pos_ == "NOUN" and not mentions_of(thing, ctx):
            yield from preps_of(thing, allowed)
