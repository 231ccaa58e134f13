"""What every extraction rule reads: the per-document :class:`Context` (the lexicon and lookups
built once per parsed ``Doc``), the lexical tests on single words, and the one constructor of
a :class:`~kg.types.RawStatement`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg.events.classes import event_type, event_verbs
from kg.extract.syntax import DIRECT_OBJECT, PARTICLE, join_words, leading_junk, preps_of, up_to_number
from kg.lexicon import Lexicon
from kg.types import Mention, RawStatement


@dataclass
class Context:
    """Per-document lookups built once, so every rule is a cheap dictionary access."""

    lex: Lexicon
    offset: int  # character offset of this Doc inside the document (documents are parsed in chunks)
    sentence_base: int
    entity_of: dict[int, Span] = field(default_factory=dict)
    known_verbs: frozenset[str] = frozenset()
    # mentions_of is asked about the same token by several rules: answered once per (token, role)
    mentions_of: dict[tuple[int, bool], list[tuple[Mention, bool]]] = field(default_factory=dict)
    mention_at: dict[tuple[int, bool], Mention | None] = field(default_factory=dict)
    sentence_bounds: dict[int, tuple[int, int]] = field(default_factory=dict)  # first token -> trimmed chars
    sentence_of: dict[int, int] = field(default_factory=dict)
    acronyms: dict[str, tuple[str, str, int]] = field(default_factory=dict)  # "RSF" -> ("Rapid Support Forces", "ORG", its last token)


def new_context(doc: Doc, lex: Lexicon, offset: int = 0, sentence_base: int = 0) -> Context:
    """The lookups of one parsed ``doc``: its actor entities by token, and each token's sentence
    index and (trimmed) sentence offsets."""
    ctx = Context(lex=lex, offset=offset, sentence_base=sentence_base, known_verbs=known_verbs_of(lex))
    for ent in doc.ents:
        # "The Government of | Iraq": an entity cut off after its preposition is no name; the noun
        # and its "of" phrase are read as words ("the Government of Iraq" is Iraq's government)
        # ... nor one cut off after its conjunction ("North and | South Korea": the NER's "North and")
        if ent.label_ in ctx.lex.actor_entity_labels and doc[ent.end - 1].pos_ not in ("ADP", "CCONJ"):
            for i in range(ent.start, ent.end):
                ctx.entity_of[i] = ent
    ctx.acronyms = defined_acronyms(doc, ctx)
    doc_text = doc.text
    for index, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            ctx.sentence_of[i] = sentence_base + index
        text = doc_text[sent.start_char : sent.end_char]  # = sent.text, without a Token per word
        ctx.sentence_bounds[sent.start] = (
            sent.start_char + leading_junk(text) + offset,
            sent.start_char + len(text.rstrip()) + offset,
        )
    return ctx


ACRONYM_CONNECTORS = frozenset({"of", "for", "and", "on", "in", "the", "de", "&"})


def defined_acronyms(doc: Doc, ctx: Context) -> dict[str, tuple[str, str, int]]:
    """Acronyms the page defines, "the Indian Air Force (IAF)", "the Ministry of Internal Affairs
    (MIA)" (dev: india-pakistan-2025, georgia-eu-protests; also "(ANCA)", "(USTR)" in
    armenia-azerbaijan-peace, us-china-trade): each all-capital word in brackets whose letters are
    the initials of the capitalised words just before it, mapped to that full name and the entity
    type the NER gave it ("ORG" when it gave none) and its last word. A person's name is no acronym's."""
    found: dict[str, tuple[str, str, int]] = {}
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        key = acronym_key(doc[i + 1].text)
        if key is None or key in found:
            continue
        words = []  # the capitalised run before the bracket, connectors allowed inside it
        j = i - 1
        while j >= 0 and len(words) < 10 and (doc[j].is_title or doc[j].is_upper or doc[j].lower_ in ACRONYM_CONNECTORS or doc[j].text == "-"):
            words.insert(0, doc[j])
            j -= 1
        for start in range(len(words)):
            name = words[start:]
            if name[0].lower_ in ACRONYM_CONNECTORS or name[0].text == "-":
                continue
            if _spells(key, [w.text for w in name if w.text != "-"]):
                ents = {ctx.entity_of[w.i].label_ for w in name if w.i in ctx.entity_of}
                if "PERSON" not in ents:
                    label = next((e for e in ("ORG", "GPE", "NORP") if e in ents), "ORG")
                    found[key] = (doc[name[0].i : name[-1].i + 1].text, label, name[-1].i)
                break
    return found


def acronym_key(text: str) -> str | None:
    """An acronym as a page writes it ("RSF", "DGMOs"), without a plural "s"; None for other words.

    >>> acronym_key("DGMOs"), acronym_key("IAF"), acronym_key("Army"), acronym_key("M23")
    ('DGMO', 'IAF', None, None)
    >>> _spells("MIA", ["Ministry", "of", "Internal", "Affairs"]), _spells("ASEAN", ["Association", "of", "Southeast", "Asian", "Nations"])
    (True, True)
    >>> _spells("IAF", ["Pakistan", "Air", "Force"])
    False
    """
    key = text[:-1] if text.endswith("s") and text[:-1].isupper() else text
    return key if 2 <= len(key) <= 6 and key.isalpha() and key.isupper() else None


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is made of the words' initials in order: every capitalised word gives its
    first letter and may give more of its letters ("Southeast" -> "SE"); a connector may give its first."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if word.lower() in ACRONYM_CONNECTORS:
        return _spells(acronym, rest) or (bool(acronym) and acronym[0] == word[0].upper() and _spells(acronym[1:], rest))
    if not acronym or acronym[0] != word[0].upper():
        return False
    letters = word[1:].upper()
    for taken in range(len(acronym)):  # how many further letters of this word the acronym uses
        if taken and not _in_order(acronym[1 : 1 + taken], letters):
            break
        if _spells(acronym[1 + taken :], rest):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in letters)


def known_verbs_of(lex: Lexicon) -> frozenset[str]:
    """Every verb lemma the lexicon names (to repair lemmatizer slips, see :func:`verb_lemma`)."""
    verbs = set(lex.support_verbs | lex.request_verbs | lex.reporting_verbs | lex.symmetric_verbs)
    verbs |= set(lex.place_target_verbs) | set(lex.phrasal_preps)
    for listed in lex.prep_objects.values():
        verbs |= listed or set()
    verbs |= event_verbs()  # "fined" cut to "fin" (session 50: dev poland-czech-turow-mine-dispute-2021)
    return frozenset(v for v in verbs if " " not in v)


def new_statement(
    head: Token,
    sent: Span,
    ctx: Context,
    subject: Mention,
    obj: Mention,
    lemma: str,
    words: list[Token],
    rule: str,
    negated: bool,
    modality: str | None,
    symmetric: bool = False,
) -> RawStatement:
    return RawStatement(
        subject=subject,
        object=obj,
        lemma=lemma,
        text=join_words(words),
        sentence=ctx.sentence_of[head.i],
        # spaCy sentences keep the whitespace around them (paragraph breaks): trimmed in extract()
        sentence_start=ctx.sentence_bounds[sent.start][0],
        sentence_end=ctx.sentence_bounds[sent.start][1],
        negated=negated,
        modality=modality,
        rule=rule,
        symmetric=symmetric or lemma in ctx.lex.symmetric_verbs,
    )


def verb_lemma(verb: Token, ctx: Context) -> str:
    lemma = verb.lemma_.lower()
    # The lemmatizer cuts "staged" to "stag": a past form of a verb the lexicon knows gets its "e" back
    if verb.tag_ in ("VBD", "VBN") and verb.lower_ == f"{lemma}ed" and f"{lemma}e" in ctx.known_verbs:
        lemma += "e"
    # ... and a word it does not know, "backstabbed", to "backstabbe": a doubled consonant before
    # "-ed" is the past form's, the verb ends in one of them ("stab", "stop")
    elif verb.tag_ in ("VBD", "VBN") and verb.lower_ == f"{lemma}d" and re.search(r"([bdgmnprt])\1ed$", verb.lower_):
        lemma = verb.lower_[:-3]
    # ... and "rearrested" to "rearreste": a past form of "re-" and a verb the event table types is
    # that verb done again ("rearrest" is "arrest")
    elif verb.tag_ in ("VBD", "VBN") and lemma.startswith("re") and verb.lower_ == f"{lemma}d" and event_type(lemma).cameo is None:
        again = verb.lower_[2:-2].lstrip("-")
        lemma = next((v for v in (again, f"{again}e") if event_type(v).event is not None), lemma)
    if "-" in lemma:
        lemma = unhyphenated(lemma, ctx)
    for child in verb.children:
        if child.dep_ == PARTICLE and child.lower_ in ctx.lex.phrasal_particles and not up_to_number(child):
            return f"{lemma} {child.lower_}"
        if child.dep_ == "advmod" and child.lower_ == "back" and child.i == verb.i + 1 and _known_phrasal(f"{lemma} back", ctx):
            return f"{lemma} back"  # "hit back at the Dutch": the parser makes "back" an adverb as often as a particle
    if (particle := preposition_particle(verb, lemma)) is not None:
        return f"{lemma} {particle.lower_}"
    return custody_lemma(verb, lemma) or lemma


HYPHENATED_PREFIXES = ("re", "co", "pre", "de")  # the words kg.nlp.model.keep_prefixed_words keeps whole


def unhyphenated(lemma: str, ctx: Context) -> str:
    """A verb written with a hyphenated prefix as the verb the lexicon and event table know:
    "co-operate" and "re-impose" as "cooperate" and "reimpose" (as they are also written), else a
    verb done again as that verb ("re-enter", "re-establish": "enter", "establish"), and a verb done
    together as that verb when it is known ("co-sign": "sign"). Any other stays as it is
    ("co-found", "de-escalate").

    >>> from kg.lexicon import load_lexicon
    >>> ctx = Context(lex=load_lexicon(), offset=0, sentence_base=0, known_verbs=frozenset({"cooperate", "sign"}))
    >>> [unhyphenated(w, ctx) for w in ("co-operate", "re-impose", "re-enter", "co-sign", "co-found", "pre-empt", "war-torn")]
    ['cooperate', 'reimpose', 'enter', 'sign', 'co-found', 'preempt', 'war-torn']
    """
    prefix, _, rest = lemma.partition("-")
    if prefix not in HYPHENATED_PREFIXES or not rest.isalpha():
        return lemma
    joined = prefix + rest
    if _typed_or_known(joined, ctx):
        return joined
    if prefix == "re" or (prefix == "co" and _typed_or_known(rest, ctx)):
        return rest
    return joined if prefix == "pre" else lemma


def _typed_or_known(lemma: str, ctx: Context) -> bool:
    return lemma in ctx.known_verbs or event_type(lemma).cameo is not None


def _known_phrasal(phrase: str, ctx: Context) -> bool:
    """Whether the lexicon or the event table knows ``phrase`` ("hit back", "pull back") as a relation."""
    return phrase in ctx.lex.phrasal_preps or event_type(phrase).cameo is not None


# Putting someone under (house) arrest or taking them into custody is arresting them, however the
# verb of placing is worded: "puts President Bongo under house arrest", "placing him under house
# arrest" (dev gabon-coup-2023, zimbabwe-mugabe-coup-2017), "were taken into custody"
# (canada-china-meng-wanzhou-arrest-2018, duterte-icc-arrest-2025); the gold names the act "place
# under house arrest", "hold under house arrest", "take into custody" beside "arrest" and "detain".
CUSTODY = {("under", "arrest"): {"put": "place", "place": "place", "keep": "hold", "hold": "hold"}, ("into", "custody"): {"take": "take"}}


def custody_lemma(verb: Token, lemma: str) -> str | None:
    """The arrest a verb of placing names with its preposition ("put X under house arrest": "place
    under house arrest"; "took X into custody": "take into custody"), else None."""
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        for pobj in (c for c in child.children if c.dep_ == "pobj"):
            verbs = CUSTODY.get((child.lower_, pobj.lemma_.lower()))
            if verbs is not None and lemma in verbs:
                house = "house " if any(c.lower_ == "house" for c in pobj.lefts) else ""
                return f"{verbs[lemma]} {child.lower_} {house}{pobj.lemma_.lower()}"
    return None


# A particle the parser took for a preposition: "called in the Ugandan ambassador" (issue 17's
# failure classes: "called in" = summoned) has "in" as a preposition whose object is the one called
# in, so the verb read as a bare "call". Right after the verb, with no object of the verb's own, and
# not a day or a place ("called in May", "called in Kampala").
PREPOSITION_PARTICLES = {"call": frozenset({"in"})}


def preposition_particle(verb: Token, lemma: str) -> Token | None:
    """The preposition that is ``verb``'s particle (see ``PREPOSITION_PARTICLES``), else None."""
    particles = PREPOSITION_PARTICLES.get(lemma)
    if particles is None or any(c.dep_ == "dobj" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in particles and child.i == verb.i + 1:
            objects = [p for p in child.children if p.dep_ == "pobj"]
            if objects and all(p.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "FAC") for p in objects):
                return child
    return None


# Who seeks, accepts or refuses mediation is a party to it, not its mediator (dev ethiopia-eritrea-sea-access:
# "Ethiopia seeks international mediation with Eritrea" made Ethiopia mediate; a narrowing on one story)
MEDIATION_PARTY_VERBS = frozenset({"seek", "request", "accept", "welcome", "reject", "refuse"})
# Verbs whose subject holds the protests its object names ("staged protests against Y",
# "joined the demonstrations"); who faces, dismisses or disperses them does not
# (kg.extract.verbs.object_against, kg.extract.nouns.protesters_against).
PROTEST_HOLDING_VERBS = frozenset({"stage", "hold", "lead", "organize", "organise", "join", "launch", "mount", "continue", "resume"})


def plural_protests(noun: Token, ctx: Context) -> bool:
    """Plural protests ("protests", "demonstrations": lexicon ``protest_nouns``): held by the people
    who protest, not by the subject of a clause they sit in."""
    return noun.lower_ in ctx.lex.protest_nouns and noun.tag_ == "NNS"


def event_lemma(noun: Token, ctx: Context, verb_lemma: str | None = None) -> str | None:
    """The relation an event noun stands for ("talks" -> "hold talks"), or None.

    Nouns marked "*" in the table name the relation together with their support verb
    ("conducted exercises" -> "conduct exercises"), so they need ``verb_lemma``.
    """
    events = ctx.lex.nominal_events
    compound = " ".join(t.lower_ for t in noun.lefts if t.dep_ == "compound") if noun.n_lefts else ""
    if compound and f"{compound} {noun.lower_}" in events:
        value = events[f"{compound} {noun.lower_}"]
    else:
        value = events.get(noun.lower_) or events.get(noun.lemma_.lower())
    if value is None and "-" in noun.lower_ and noun.lower_.partition("-")[0] in HYPHENATED_PREFIXES:
        value = events.get(noun.lower_.replace("-", "", 1))  # "co-operation" as "cooperation"
    if value is not None and verb_lemma is not None and noun.lower_ in ctx.lex.verbless_event_nouns:
        return None  # "a deal to ease the migrant crisis": what is acted on, no act between the parties
    if value is not None and verb_lemma in ctx.lex.termination_verbs:  # "suspended talks": not "hold talks"
        return f"{verb_lemma} {noun.lower_}"
    if value == "mediate" and verb_lemma in MEDIATION_PARTY_VERBS:  # "seeks mediation with Eritrea": a party's plea (028)
        return f"{verb_lemma} mediation"
    if value == "agree" and verb_lemma in ctx.lex.agreement_verbs:  # "ratified the treaty": not a bare "agree"
        return f"{verb_lemma} {noun.lemma_.lower()}"
    if value == "*" and verb_lemma is None and noun.lower_ in ctx.lex.nominal_agreements:
        return ctx.lex.nominal_agreements[noun.lower_]  # "the fragile ceasefire between X and Y": no verb, their agreement
    if verb_lemma in ("have", "enjoy") and value == "*":  # "enjoys good ties with Y" as "has"
        return f"have {noun.lower_}" if standing_tie(noun) else None
    if verb_lemma == "enjoy":  # "enjoys the support of Y" is no act of its own
        return None
    if value == "*":
        return f"{verb_lemma} {noun.lower_}" if verb_lemma else None
    return value


STANDING_TIE_NOUNS = frozenset({"ties", "relations", "relationship", "partnership"})


def standing_tie(noun: Token) -> bool:
    """"has a security partnership with Y", "has good relations with Y": a standing tie the dev gold
    records (6 of 7 such phrases in 5 stories: solomon-islands-china-pact-2022, us-russia-griner-bout,
    xi-putin-moscow-visit-2023, ...); "has sanctions", "has concerns" say too little. Not "has ties
    to the government" (whose side one is on, not a tie between two: dev canada-china-meng-wanzhou),
    nor "which have strained relations", a perfect the parser reads as "have" and an adjective
    (the sample corpus)."""
    if noun.lower_ not in STANDING_TIE_NOUNS or any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return False
    return not any(c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") and c.i == noun.head.i + 1 for c in noun.children)


EVENT_WRAPPERS = frozenset({"round", "series", "dozen"})
"""Nouns that count an event without being one: "have held several rounds of talks"
(dev india-china-border-patrolling-deal-2024), "held dozens of rounds of talks"
(egypt-ethiopia-gerd-dispute-2020), "held a series of meetings"."""


def event_behind(noun: Token) -> Token:
    """The event noun a counting noun wraps ("rounds of talks" -> "talks"), else ``noun`` itself."""
    for _ in range(3):  # "dozens of rounds of talks": two wrappers deep
        inner = next((pobj for _, pobj in preps_of(noun, frozenset({"of"}))), None) if noun.lemma_.lower() in EVENT_WRAPPERS else None
        if inner is None:
            break
        noun = inner
    return noun


def is_symmetric_noun(noun: Token, ctx: Context) -> bool:
    """An event two sides take part in together ("talks", "a war"), in the singular or the plural:
    "have fought two wars" as "fought a war" (dev azerbaijan-france-diplomat-expulsions-2023)."""
    return noun.lower_ in ctx.lex.symmetric_nouns or noun.lemma_.lower() in ctx.lex.symmetric_nouns


def is_hostile(lemma: str) -> bool:
    """Whether a relation is a conflict (verbal or material) by its event type."""
    return (event_type(lemma).quad or "").endswith("conflict")


def governs_prep_object(lemma: str, prep: str, ctx: Context) -> bool:
    if prep not in ctx.lex.prep_objects:
        return False
    verbs = ctx.lex.prep_objects[prep]
    return verbs is None or lemma in verbs or lemma.split()[0] in verbs


def request_object(verb: Token, ctx: Context) -> Token | None:
    """The request noun a verb takes as its object ("reiterated its demand"), if any."""
    return next((c for c in verb.children if c.dep_ == DIRECT_OBJECT and c.lower_ in ctx.lex.request_nouns), None)


def stance_prep(prep: Token, ctx: Context) -> Token | None:
    """The stance noun a preposition belongs to though the parser hung it on the verb: "attacked
    Israel in solidarity with Hamas" ("with" on "attacked", right after "in solidarity"), or None."""
    doc = prep.doc
    if prep.i < 2 or prep.head.i >= prep.i:
        return None
    noun = doc[prep.i - 1]
    entry = ctx.lex.stance_phrases.get(noun.lower_)
    if entry is None or entry[1] != prep.lower_ or noun.dep_ != "pobj" or doc[prep.i - 2].lower_ != "in":
        return None
    return noun if noun.head.head.i == prep.head.i else None

