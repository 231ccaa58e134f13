"""Access to the data files under ``kg/data/`` (lexicons and the actor gazetteer).

The files are configuration, not code: edit them to teach kg new titles, verbs or actors.
They are read once per process on first use, never at import time.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from rapidfuzz.distance import Levenshtein


def _read_json(name: str) -> Any:
    return json.loads((resources.files("kg") / "data" / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Lexicon:
    """Word lists that drive the extraction and resolution rules (see kg/data/lexicon.json)."""

    actor_entity_labels: frozenset[str]
    person_titles: frozenset[str]
    kinship_nouns: dict[str, str]  # "daughter": "f": a relative of someone the page is about, and the gender the noun says
    role_nouns: frozenset[str]
    government_nouns: frozenset[str]
    seat_names: frozenset[str]  # "White House", "Kremlin": a group named by its seat is named as written
    office_verbs: frozenset[str]
    collective_nouns: frozenset[str]  # non-state groups: "Palestinian refugees" is a Group actor
    island_actors: frozenset[str]  # "the island" refers back to the latest of these
    pair_nouns: dict[str, str]  # "the two countries" -> "Country": the last two countries named
    quantity_nouns: frozenset[str]  # "thousands of students": the actor is in the "of" phrase
    delegate_nouns: frozenset[str]  # "representatives of X", "delegates from X": X acts
    proxy_nouns: frozenset[str]
    evaluation_verbs: frozenset[str]  # "condemned Ontario's ad": any owned object stands for its owner
    place_proxy_nouns: frozenset[str]  # "targets in Jericho": owned by the place
    place_only_proxies: frozenset[str]  # "the borders of X meet": stands for X only where one acts, never as a subject
    named_place_nouns: frozenset[str]  # "the city of Sudzha": the "of" phrase is the place's name
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    nominal_events: dict[str, str]
    agent_event_nouns: dict[str, tuple[str, frozenset[str]]]  # "invasion" -> ("invade", {"of"})
    patient_possessor_nouns: frozenset[str]  # "ordered his expulsion": the owner is the one expelled
    event_preps: frozenset[str]
    emotion_nouns: frozenset[str]  # "expressed anger over ...": these take over / about / at
    esteem_nouns: frozenset[str]  # "expressed gratitude for ...": these take for
    relation_nouns: dict[str, str]  # "Japan's allies, including the US" -> ("ally")
    relation_subjects: frozenset[str]  # "relations between X and Y deteriorated"
    allegation_verbs: frozenset[str]  # "X alleged that Y ...": an allegation against Y
    support_verbs: frozenset[str]
    during_preps: frozenset[str]
    prep_objects: dict[str, frozenset[str] | None]  # None: any verb
    motion_verbs: frozenset[str]  # "returned to Geneva": going somewhere, no object
    place_target_verbs: dict[str, frozenset[str]]  # "demonstrated in Serbia": verb -> prepositions
    place_target_nouns: dict[str, frozenset[str]]  # "staged a protest in Beijing": noun -> prepositions
    phrasal_preps: dict[str, frozenset[str]]
    phrasal_particles: frozenset[str]
    stative_passives: dict[str, frozenset[str]]  # "is opposed to": verb -> prepositions
    adjective_relations: dict[str, tuple[str, frozenset[str]]]  # "critical" -> ("criticize", {"of"})
    symmetric_verbs: frozenset[str]
    symmetric_nouns: frozenset[str]
    owned_intent_nouns: frozenset[str]  # "the army's efforts to disarm Y": the possessor does the infinitive
    source_nouns: dict[str, str]  # "following a request from Y": noun -> relation of Y to the clause's doer
    source_frame_preps: frozenset[str]
    receiving_verbs: frozenset[str]
    stance_phrases: dict[str, tuple[str, str]]  # "in support of Y": noun -> (relation, preposition naming Y)
    side_nouns: frozenset[str]  # "shaking a truce meant to end a year of fighting with Y": the clause's subject is the other side
    joint_modifiers: frozenset[str]  # "joint drills": an event both subjects take part in
    joint_decision_verbs: frozenset[str]  # "both sides agreed to extend ...": what they agreed on, they do with each other
    exchange_verbs: frozenset[str]  # "shared evidence with the U.S.": the object's "with" is the partner
    measure_nouns: frozenset[str]  # "cut tariffs on China": what the measure is "on" is acted upon
    mediation_verbs: frozenset[str]  # "brokered a ceasefire between X and Y": mediate with each
    nominal_agreements: dict[str, str]  # "the ceasefire between X and Y" (no verb): their agreement
    verbless_event_nouns: frozenset[str]  # "a crisis between X and Y" relates them; "ease the crisis" does not
    mutual_modifiers: frozenset[str]  # "mutual accusations": each side does it to the other
    mediated_words: dict[str, frozenset[str]]  # "a truce brokered by the US": verbs, nouns, mediators, settled
    request_nouns: dict[str, str]  # "its demand that Israel ease": noun -> relation lemma
    document_nouns: frozenset[str]  # "issued a statement condemning Japan": the issuer condemns
    organisation_nouns: frozenset[str]  # "the al-Qaeda network": the named organisation itself
    event_names: dict[str, frozenset[str]]  # "Operation Sindoor", "the Brussels Conference": an event's name, no actor
    threat_verbs: frozenset[str]
    institution_nouns: dict[str, str]  # "troops" -> "military": "Israeli troops" are the Israeli military, not Israel
    institution_words: frozenset[str]
    audience_nouns: frozenset[str]
    outlet_nouns: frozenset[str]  # "the Reuters news agency", "channel France 24": the outlet named with it
    bare_group_nouns: frozenset[str]
    street_words: frozenset[str]  # "Atatürk Boulevard", "the hub, Avtokomanda": a place acted on
    document_name_words: frozenset[str]  # "the MOU", "the Bill", "the Language Law": a text, no actor
    protest_nouns: dict[str, str]  # "dismissed the protests": the protesters
    protest_calling_verbs: frozenset[str]  # "called for protests": no act on the protesters
    bare_institution_nouns: dict[str, str]
    warning_verbs: frozenset[str]  # "warned that Israel will target Lebanon": a warning to Lebanon
    press_events: dict[str, frozenset[str]]  # "said at a press conference": said to reporters
    termination_verbs: frozenset[str]
    termination_nouns: dict[str, str]
    relation_change_nouns: dict[str, str]  # "the normalization of relations between X and Y": normalize relations
    belief_verbs: frozenset[str]  # "regards Taiwan as part of China": with an object predicate, an attitude
    claiming_verbs: frozenset[str]  # "claims Taiwan as part of its territory": with "as", a claim of ownership, a state
    naming_verbs: frozenset[str]
    raising_passives: frozenset[str]
    participation_verbs: frozenset[str]  # "attended ASEAN meetings": a party to the event
    alliance_nouns: frozenset[str]  # "the coalition", "Coalition forces": a coalition of states acting
    patron_participles: frozenset[str]  # "the US-backed Lebanese army": the patron is not the owner
    commitment_words: frozenset[str]  # "is committed to defeating Y": the committed one defeats
    stance_verbs: frozenset[str]
    role_titles: dict[str, tuple[str, ...]]  # "leader" -> titles of who "the Japanese leader" can be  # "reaffirmed Japan's position": about one's own side, no act on it  # "is set to meet Y": the passive subject meets  # "calling it a threat": an attitude when what is named is a thing  # "suspended talks": "suspend talks", not "hold talks"  # "told reporters": the addressee when no actor is (objects only)  # "defence ministry": a generic institution name that needs its country
    one_per_state_roles: frozenset[str]  # "the leaders of A and B": one person of each state
    envoy_nouns: frozenset[str]  # "ambassador to Argentina": the posting is no nationality
    envoy_recall_verbs: frozenset[str]  # "recalled its ambassador": the recalling side's own envoy
    given_name_variants: dict[str, str]  # "tom" -> "thomas": each form -> the first form of its list
    refusal_verbs: frozenset[str]  # "refused to meet Y": a refusal of Y
    permission_verbs: frozenset[str]  # "allowed Y to station forces": Y is allowed
    command_verbs: frozenset[str]  # "directed the military to": the commander's own military
    agreement_verbs: frozenset[str]  # "ratified a treaty with": "ratify treaty", not "agree"
    object_control_verbs: frozenset[str]
    charging_verbs: frozenset[str]  # "accused Y of arming Z": Y arms Z (kg.extract.clauses.charged_doer)
    social_platforms: frozenset[str]  # "said on Twitter" tells no one
    condemning_verbs: frozenset[str]  # "condemned the coup": condemning whoever did it
    condemned_acts: dict[str, frozenset[str]]  # "coup" -> the relations that tell of such an act ("seize power", ...)
    request_verbs: frozenset[str]
    reporting_verbs: frozenset[str]  # "said Sudan must return ..." is a demand
    negating_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    intent_verbs: frozenset[str]  # "offered to mediate", "is ready to send": a promise
    modal_future: frozenset[str]
    modal_hypothetical: frozenset[str]
    modal_request: frozenset[str]
    conditional_marks: frozenset[str]
    skip_relation_lemmas: frozenset[str]
    skip_actor_words: frozenset[str]
    source_verbs: frozenset[str] = frozenset()  # "TASS quoted Pashinyan": only a named source
    # "the South American nation": state nouns a definite description refers back with, the words
    # that make a nationality a patron ("the Russian proxy state"), and modifiers that describe no state
    description_nouns: frozenset[str] = frozenset()
    patron_words: frozenset[str] = frozenset()
    non_descriptive_words: frozenset[str] = frozenset()
    west_nouns: frozenset[str] = frozenset()  # "Western governments": the West


@cache
def load_lexicon() -> Lexicon:
    # Long only because it is the table of the lexicon's fields, one line each.
    raw = _read_json("lexicon.json")
    fs = lambda key: frozenset(w.lower() for w in raw[key])  # noqa: E731
    return Lexicon(
        actor_entity_labels=frozenset(raw["actor_entity_labels"]),
        person_titles=fs("person_titles"),
        kinship_nouns=dict(raw["kinship_nouns"]),
        role_nouns=fs("role_nouns"),
        government_nouns=fs("government_nouns"),
        seat_names=frozenset(raw["seat_names"]),
        office_verbs=fs("office_verbs"),
        collective_nouns=fs("collective_nouns"),
        island_actors=frozenset(raw["island_actors"]),
        pair_nouns=dict(raw["pair_nouns"]),
        quantity_nouns=fs("quantity_nouns"),
        delegate_nouns=fs("delegate_nouns"),
        proxy_nouns=fs("proxy_nouns"),
        evaluation_verbs=fs("evaluation_verbs"),
        place_proxy_nouns=fs("place_proxy_nouns"),
        place_only_proxies=fs("place_only_proxies"),
        named_place_nouns=fs("named_place_nouns"),
        person_pronouns=frozenset(raw["pronouns"]["person"]),
        thing_pronouns=frozenset(raw["pronouns"]["thing"]),
        nominal_events=dict(raw["nominal_events"]),
        agent_event_nouns={
            noun: (value[0], frozenset(value[1])) for noun, value in raw["agent_event_nouns"].items() if not noun.startswith("_")
        },
        patient_possessor_nouns=fs("patient_possessor_nouns"),
        event_preps=fs("event_preps"),
        emotion_nouns=fs("emotion_nouns"),
        esteem_nouns=fs("esteem_nouns"),
        relation_subjects=fs("relation_subjects"),
        allegation_verbs=fs("allegation_verbs"),
        relation_nouns={noun: lemma for noun, lemma in raw["relation_nouns"].items() if not noun.startswith("_")},
        support_verbs=fs("support_verbs"),
        during_preps=fs("during_preps"),
        prep_objects={
            prep: None if verbs == "*" else frozenset(verbs) for prep, verbs in raw["prep_objects"].items()
        },
        motion_verbs=fs("motion_verbs"),
        place_target_verbs={verb: frozenset(preps) for verb, preps in raw["place_targets"]["verbs"].items()},
        place_target_nouns={noun: frozenset(preps) for noun, preps in raw["place_targets"]["nouns"].items()},
        phrasal_preps={verb: frozenset(preps) for verb, preps in raw["phrasal_preps"].items()},
        phrasal_particles=fs("phrasal_particles"),
        stative_passives={verb: frozenset(preps) for verb, preps in raw["stative_passives"].items()},
        adjective_relations={
            adj: (value[0], frozenset(value[1])) for adj, value in raw["adjective_relations"].items() if not adj.startswith("_")
        },
        symmetric_verbs=fs("symmetric_verbs"),
        symmetric_nouns=fs("symmetric_nouns"),
        owned_intent_nouns=fs("owned_intent_nouns"),
        source_nouns={noun: lemma for noun, lemma in raw["source_nouns"].items()},
        source_frame_preps=fs("source_frame_preps"),
        receiving_verbs=fs("receiving_verbs"),
        stance_phrases={noun: (v[0], v[1]) for noun, v in raw["stance_phrases"].items()},
        side_nouns=fs("side_nouns"),
        joint_modifiers=fs("joint_modifiers"),
        joint_decision_verbs=fs("joint_decision_verbs"),
        exchange_verbs=fs("exchange_verbs"),
        measure_nouns=fs("measure_nouns"),
        mediation_verbs=fs("mediation_verbs"),
        nominal_agreements=dict(raw["nominal_agreements"]),
        verbless_event_nouns=fs("verbless_event_nouns"),
        mutual_modifiers=fs("mutual_modifiers"),
        mediated_words={k: frozenset(v) for k, v in raw["mediated_words"].items()},
        request_nouns=dict(raw["request_nouns"]),
        document_nouns=fs("document_nouns"),
        organisation_nouns=fs("organisation_nouns"),
        event_names={k: frozenset(v) for k, v in raw["event_names"].items()},
        threat_verbs=fs("threat_verbs"),
        institution_nouns={noun: name for noun, name in raw["institution_nouns"].items() if not noun.startswith("_")},
        institution_words=fs("institution_words"),
        audience_nouns=fs("audience_nouns"),
        outlet_nouns=fs("outlet_nouns"),
        bare_group_nouns=fs("bare_group_nouns"),
        street_words=fs("street_words"),
        document_name_words=fs("document_name_words"),
        protest_nouns={k: v for k, v in raw["protest_nouns"].items() if not k.startswith("_")},
        protest_calling_verbs=fs("protest_calling_verbs"),
        bare_institution_nouns={k: v for k, v in raw["bare_institution_nouns"].items() if not k.startswith("_")},
        warning_verbs=fs("warning_verbs"),
        press_events={k: frozenset(v) for k, v in raw["press_events"].items()},
        termination_verbs=fs("termination_verbs"),
        termination_nouns=dict(raw["termination_nouns"]),
        relation_change_nouns=dict(raw["relation_change_nouns"]),
        belief_verbs=fs("belief_verbs"),
        claiming_verbs=fs("claiming_verbs"),
        naming_verbs=fs("naming_verbs"),
        raising_passives=fs("raising_passives"),
        participation_verbs=fs("participation_verbs"),
        alliance_nouns=fs("alliance_nouns"),
        patron_participles=fs("patron_participles"),
        commitment_words=fs("commitment_words"),
        stance_verbs=fs("stance_verbs"),
        role_titles={role: tuple(titles) for role, titles in raw["role_titles"].items() if not role.startswith("_")},
        one_per_state_roles=fs("one_per_state_roles"),
        envoy_nouns=fs("envoy_nouns"),
        envoy_recall_verbs=fs("envoy_recall_verbs"),
        west_nouns=fs("west_nouns"),
        given_name_variants={form.lower(): forms[0].lower() for forms in raw["given_name_variants"] for form in forms},
        refusal_verbs=fs("refusal_verbs"),
        permission_verbs=fs("permission_verbs"),
        command_verbs=fs("command_verbs"),
        agreement_verbs=fs("agreement_verbs"),
        object_control_verbs=fs("object_control_verbs"),
        charging_verbs=fs("charging_verbs"),
        social_platforms=fs("social_platforms"),
        condemning_verbs=fs("condemning_verbs"),
        condemned_acts={
            noun: frozenset(raw["condemned_acts"]["families"][family]) for noun, family in raw["condemned_acts"]["nouns"].items()
        },
        request_verbs=fs("request_verbs"),
        reporting_verbs=fs("reporting_verbs"),
        negating_verbs=fs("negating_verbs"),
        hypothetical_verbs=fs("hypothetical_verbs"),
        intent_verbs=fs("intent_verbs"),
        modal_future=fs("modal_future"),
        modal_hypothetical=fs("modal_hypothetical"),
        modal_request=fs("modal_request"),
        conditional_marks=fs("conditional_marks"),
        skip_relation_lemmas=fs("skip_relation_lemmas"),
        skip_actor_words=fs("skip_actor_words"),
        source_verbs=fs("source_verbs"),
        description_nouns=fs("description_nouns"),
        patron_words=fs("patron_words"),
        non_descriptive_words=fs("non_descriptive_words"),
    )


@dataclass(frozen=True)
class GazetteerEntry:
    label: str
    type: str  # "Country" | "Organization" | "Person"
    affiliation: str | None = None
    iso3166: tuple[str, str] | None = None  # (alpha-2, alpha-3) for countries
    wikidata: str | None = None  # Wikidata item id ("Q148"), from the shipped gazetteer only
    gender: str | None = None  # "m" | "f" for known people: lets "she" skip a man (kg.resolve)


@dataclass(frozen=True)
class Gazetteer:
    """Known actors: every alias, demonym and capital (lower-cased) -> its canonical entry."""

    by_alias: dict[str, GazetteerEntry]
    demonyms: dict[str, str]  # "chinese" -> "China"
    capitals: dict[str, str]  # "beijing" -> "China"
    people: tuple[str, ...] = ()  # canonical labels of the known persons
    adjectives: dict[str, str] = field(default_factory=dict)  # "China" -> "Chinese" (its first demonym)
    # "Venezuela" -> {"Americas", "South America"}: the country's UN M49 region and subregion
    regions: dict[str, frozenset[str]] = field(default_factory=dict)
    # "south american" -> ("South America",): informal region words onto M49 names ("the South American nation")
    region_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "South Ossetia", "Somaliland": countries of the gazetteer's de_facto_states (no UN seat, own rule)
    de_facto: frozenset[str] = frozenset()

    def regions_named(self, text: str) -> set[str]:
        """The M49 regions the region words in ``text`` name, longest words first ("South
        American" is South America, not all of the Americas): "South American" -> {"South America"}."""
        words = f" {' '.join(text.lower().replace(chr(0x2019), chr(39)).split())} "
        found: set[str] = set()
        for phrase in sorted(self.region_words, key=len, reverse=True):
            if f" {phrase} " in words:
                found.update(self.region_words[phrase])
                words = words.replace(f" {phrase} ", " | ")
        return found

    def lookup(self, name: str) -> GazetteerEntry | None:
        key = normalise_name(name)
        entry = self.by_alias.get(key)
        if entry is None and key in self.capitals:
            entry = self.by_alias[self.capitals[key].lower()]
        return entry

    def country_of(self, word: str) -> str | None:
        """The country a demonym, country name or capital stands for ("Chinese", "Tokyo")."""
        key = normalise_name(word)
        if key in self.demonyms:
            return self.demonyms[key]
        if key in self.capitals:
            return self.capitals[key]
        entry = self.by_alias.get(key)
        return entry.label if entry is not None and entry.type == "Country" else None


def attributive(country: str, demonyms: list[str]) -> str | None:
    """The word a country's institution is named with: its first demonym that is an adjective
    ("Peruvian Congress"), not a noun for a person of it ("New Zealander", "Solomon Islander": the
    police of New Zealand are the "New Zealand police", the parliament of Solomon Islands the
    "Solomon Islands parliament"); then the name itself. None for a country with no demonym."""
    if not demonyms:
        return None
    adjectives = [d for d in demonyms if not d.endswith(("er", "ers"))]
    return adjectives[0] if adjectives else country


def institution_label(gaz: Gazetteer, country: str, institution: str) -> str:
    """An institution's label from its country: "Israeli military", "Japanese defence ministry"
    (the possessive where the country has no demonym: "Democratic Republic of the Congo's army")."""
    adjective = gaz.adjectives.get(country)
    return f"{adjective} {institution}" if adjective else f"{country}'s {institution}"


MINISTRY_OF = re.compile(r"(?i)^(?:the )?ministry of (?:the )?(foreign affairs|foreign|defen[cs]e|interior|internal affairs|justice|finance)$")


def ministry_short_form(label: str) -> str:
    """"Ministry of Foreign Affairs" as "foreign ministry", "Ministry of the Interior" as "interior
    ministry": one name for one ministry whichever way a page writes it, the form the dev gold lists
    for 29 of its 32 foreign ministries ("Nigerien foreign ministry", niger-coup-france-ambassador;
    "Senegalese Foreign Ministry", mali-ukraine-ties-cut-2024; "Saudi foreign ministry",
    saudi-canada-diplomatic-row-2018). Other names are kept.

    >>> ministry_short_form("Ministry of Foreign Affairs"), ministry_short_form("Ministry of the Interior")
    ('foreign ministry', 'interior ministry')
    >>> ministry_short_form("Defence Ministry")
    'Defence Ministry'
    """
    found = MINISTRY_OF.match(label)
    if found is None:
        return label
    portfolio = found.group(1).lower()
    portfolio = {"foreign affairs": "foreign", "internal affairs": "interior"}.get(portfolio, portfolio)
    return f"{portfolio} ministry"


# Words spelled "-ise" on both sides of the Atlantic: never turned into "-ize" by american_spelling.
_ISE_EVERYWHERE = frozenset(
    "advertise advise anise appraise apprise arise bruise chastise circumcise comprise compromise concise cruise "
    "demise despise devise disguise enterprise excise exercise expertise franchise guise improvise incise likewise "
    "merchandise noise otherwise paradise poise praise precise premise promise raise reprise revise rise sunrise "
    "supervise surmise surprise televise treatise wise".split()
)


def _spelled_ise_everywhere(word: str) -> bool:
    """"praise", and a word built on one of six letters or more ("disenfranchise", "misadvise");
    a shorter one only as itself ("summarise" ends in "arise" and is "summarize")."""
    return word in _ISE_EVERYWHERE or any(word.endswith(w) for w in _ISE_EVERYWHERE if len(w) >= 6)


def american_spelling(lemma: str) -> str:
    """A relation lemma in one spelling, the American one: "criticise" -> "criticize", "normalise
    talks" -> "normalize talks", "paralyse" -> "paralyze"; "praise", "advise", "promise" stay.

    Why: one relation is one concept in the graph whichever side of the Atlantic the page was written
    on, and the gold lists name relations in American spelling first (dev stories belarus-prisoner-release
    "normalise", iraq-sweden-quran-ambassador, armenia-azerbaijan-peace); the surface text keeps the page's.
    """
    words = lemma.split(" ")
    for i, word in enumerate(words):
        if len(word) > 4 and word.endswith(("ise", "yse")) and not _spelled_ise_everywhere(word):
            words[i] = word[:-2] + "ze"
    return " ".join(words)


NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "ter", "ten", "bin", "ibn"})
"""Lower-case words inside a surname ("von der Leyen", "van der Bellen", "da Silva"): kg.nlp.model joins
a name the NER cut at one; kg.resolve reads "von der Leyen" as the surname of "Ursula von der Leyen"."""


def normalise_name(name: str, *, loose: bool = False) -> str:
    """The lookup form of a name: lower case, single spaces, no leading article.

    By default (the gazetteer's keys) a trailing possessive goes too: "the U.S.'s" -> "u.s.".
    ``loose`` is for names written by others (the CAMEO / PETRARCH dictionaries, benchmark
    texts), whose spelling conventions differ from kg's: accents folded to ASCII, dots and
    underscores dropped, surrounding punctuation stripped; a possessive stays (the dictionaries
    have "people's republic of china"). The two differ on purpose: the gazetteer keeps dots
    ("u.s." and "us" are different keys there), the dictionaries spell "U.S." as "US".

    >>> normalise_name("the U.S.'s"), normalise_name("The  Kremlin’")
    ('u.s.', 'kremlin')
    >>> normalise_name("the U.S.", loose=True), normalise_name("PEOPLE'S_REPUBLIC_OF_CHINA", loose=True)
    ('us', "people's republic of china")
    >>> normalise_name("Erdoğan", loose=True)
    'erdogan'
    """
    key = name
    if loose:
        key = unaccented(key)
        key = key.replace("_", " ").replace(".", "")
    key = " ".join(key.replace("\u2019", "'").split()).lower()
    if loose:
        key = key.strip(" ,;:!?\"'()")
    if key.startswith("the "):
        key = key[4:]
    if loose:
        return key
    if key.endswith("'s"):
        key = key[:-2]
    elif key.endswith("'"):
        key = key[:-1]
    return key.strip()


def spelling_variant(a: str, b: str, edits: int | None = None) -> bool:
    """Whether two name words are spellings of one name: at most ``edits`` letters inserted,
    deleted or replaced; by default resolution's rule, stricter for short words: the same first
    letter, at least 5 letters, 1 edit up to 7 letters and 2 from 8, ignoring case.

    >>> spelling_variant("Zelensky", "Zelenskyy"), spelling_variant("Akiba", "Akita"), spelling_variant("Kim", "Kin")
    (True, True, False)
    >>> spelling_variant("gbagbo", "gbago", edits=1), spelling_variant("mitterrand", "mitterand", edits=0)
    (True, False)

    Words that differ only by their accents are one spelling, whatever their length ("Raúl" and
    "Raul": dev cuba-us-thaw-obama-visit-2016; "Vučić" and "Vucic": serbia-student-protests).

    >>> spelling_variant("Raúl", "Raul"), spelling_variant("Vučić", "Vucic", edits=0)
    (True, True)
    """
    if a == b or unaccented(a).lower() == unaccented(b).lower():
        return True
    if edits is None:
        if a[:1].lower() != b[:1].lower() or min(len(a), len(b)) < 5:
            return False
        edits = 1 if max(len(a), len(b)) < 8 else 2
        a, b = a.lower(), b.lower()
    return Levenshtein.distance(a, b) <= edits


def plural_word(word: str) -> bool:
    """Whether a noun looks plural by its ending ("Kurds", "protesters"; not "press", "Congress")."""
    return word.endswith("s") and not word.endswith("ss")


def unaccented(text: str) -> str:
    """``text`` with its accents and other combining marks dropped ("Erdoğan" -> "Erdogan")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint"})
"""The word after one of these names the father: "Salman" of "Mohammed bin Salman" is his father,
King Salman (session 52, dev trump-riyadh-visit-2017, eritrea-djibouti-normalisation-2018)."""


def own_name_words(full: str) -> list[str]:
    """The words of ``full`` that name the person: all but a patronymic particle and the father's
    name after it ("Mohammed bin Salman" -> "Mohammed"; "Tamim bin Hamad al-Thani" -> "Tamim", "al-Thani")."""
    words = full.split()
    return [w for i, w in enumerate(words) if w.lower() not in PATRONYMIC_PARTICLES and not (i and words[i - 1].lower() in PATRONYMIC_PARTICLES)]


def surname_variant(full: str, word: str) -> bool:
    """Whether the one-word name ``word`` is a word of the full name ``full`` ("Bongo" of "Ali Bongo
    Ondimba") or a misspelling of its last word ("Navalni"): never of a given name, "Marcos" is no
    "Marco" Rubio (session 28, dev japan-philippines-reciprocal-access-2024), nor of a father's
    name after "bin" (:func:`own_name_words`)."""
    words = full.split()
    own = own_name_words(full)
    return word in own or (words[-1] in own and spelling_variant(words[-1], word))


@cache
def load_gazetteer() -> Gazetteer:
    raw = _read_json("actors.json")
    by_alias: dict[str, GazetteerEntry] = {}
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    regions: dict[str, frozenset[str]] = {}
    for country in [*raw["countries"], *raw.get("de_facto_states", [])]:
        regions[country["label"]] = frozenset(r for r in (country.get("region"), country.get("subregion")) if r)
        codes = country.get("iso3166")
        iso = (codes["alpha2"], codes["alpha3"]) if codes else None
        entry = GazetteerEntry(country["label"], "Country", iso3166=iso, wikidata=country.get("wikidata"))
        for alias in [country["label"], *country["aliases"]]:
            by_alias.setdefault(normalise_name(alias), entry)
        for demonym in country["demonyms"]:
            demonyms.setdefault(normalise_name(demonym), country["label"])
        if (adjective := attributive(country["label"], country["demonyms"])) is not None:
            adjectives[country["label"]] = adjective
        for capital in country["capitals"]:
            capitals.setdefault(normalise_name(capital), country["label"])
    for kind, type_ in (("organizations", "Organization"), ("people", "Person")):
        for item in raw[kind]:
            entry = GazetteerEntry(item["label"], type_, item.get("affiliation"), wikidata=item.get("wikidata"), gender=item.get("gender"))
            for alias in [item["label"], *item["aliases"]]:
                by_alias.setdefault(normalise_name(alias), entry)
    people = tuple(sorted({entry.label for entry in by_alias.values() if entry.type == "Person"}))
    region_words = {k: tuple(v) for k, v in raw.get("regions", {}).items() if not k.startswith("_")}
    return Gazetteer(
        by_alias=by_alias, demonyms=demonyms, capitals=capitals, people=people, adjectives=adjectives,
        regions=regions, region_words=region_words,
        de_facto=frozenset(state["label"] for state in raw.get("de_facto_states", [])),
    )


def entity_ruler_patterns() -> list[dict[str, str]]:
    """spaCy EntityRuler patterns for gazetteer actors the statistical NER tends to miss or mislabel."""
    raw = _read_json("actors.json")
    patterns = []
    labels = {"countries": "GPE", "de_facto_states": "GPE", "organizations": "ORG", "people": "PERSON"}
    for kind, label in labels.items():
        for item in raw[kind]:
            for alias in [item["label"], *item["aliases"]]:
                if len(alias) > 2 or kind == "countries":
                    patterns.append({"label": label, "pattern": alias})
    return patterns


def demonym_patterns() -> list[dict[str, str]]:
    """EntityRuler patterns for demonyms ("Ghanaian authorities", "Burundian militiamen") that the
    statistical NER does not know; run after it, they only fill gaps (never split its entities)."""
    raw = _read_json("actors.json")
    return [
        {"label": "NORP", "pattern": demonym}
        for country in [*raw["countries"], *raw.get("de_facto_states", [])]
        for demonym in country.get("demonyms", [])
        if demonym[:1].isupper() and len(demonym) > 3
    ]
