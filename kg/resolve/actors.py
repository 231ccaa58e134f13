"""Mentions -> canonical actors, within a document and then across the corpus.

The rules, in the order they are tried (all data in ``kg/data/actors.json`` and ``lexicon.json``):

1. **Gazetteer**: a known alias, capital or demonym ("Beijing", "the U.S.", "Chinese") is its
   canonical actor; capitals and demonyms stand for the country's government.
2. **Names within a document**: persons cluster by name variants. A multi-word name is canonical;
   a one-word name ("Shoigu", "Kanai") joins the multi-word name of the same document containing
   it as a word; spelling variants join by edit distance ("Takaishi" ~ "Takaichi", "Aqiba" ~
   "Akiba": at most 1 edit for words of 5-7 letters, 2 from 8, same first letter).
3. **Role nouns** ("the minister", "the spokesperson"): the most recent person of the document
   whose title contained that noun, within the last 25 sentences.
4. **Group nouns with a nationality** ("the Chinese regime", "Japanese officials"): the country;
   an institution ("Israeli troops", "Japan's parliament", "Japan's defence ministry") is an actor
   of its own, labelled with the country's adjective and affiliated with it ("Israeli military").
5. **"The island"**: the latest island actor (Taiwan, Cyprus, Sri Lanka... a list in
   ``lexicon.json``) named within the last 25 sentences.
5. **Pairs** ("the two countries", "both sides", "the two leaders"): the latest two actors of that
   type the text named side by side ("Ethiopia and Eritrea"), else the two it talked about most in
   the last 25 sentences (an official counts twice for their country); never an actor named inside
   the clause's own subject.
6. **Pronouns**: he/she/him/her/his -> a person of the last sentences whose gender fits (titles,
   the gazetteer, earlier pronouns): the nearest earlier subject of the sentence, then the
   subjects of the latest sentence, then any person in the window; "him/her" as an object is not
   its clause's subject; two people who fit equally leave it unresolved. it/its -> the nearest
   earlier country or organization subject. No statistical model.
7. **Across documents** (:func:`kg.resolve.corpus.merge_corpus`): a one-word person name that names exactly one
   multi-word person of the corpus or the gazetteer joins it ("President Trump" -> Donald Trump),
   and full names within the edit-distance rule merge, preferring the gazetteer's spelling.

A name the NER did not type (a bare capitalised word) is only accepted when one of these rules
matches it; otherwise it, like any unresolved mention, yields no statement.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.lexicon import (
    Gazetteer,
    GazetteerEntry,
    Lexicon,
    institution_label,
    load_gazetteer,
    load_lexicon,
    spelling_variant,
)
from kg.types import Mention, ParsedDocument, RawStatement

PRONOUN_WINDOW = 2  # sentences back
ROLE_WINDOW = 25  # news refers back to "the prime minister" from far away

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "NORP": "Group"}


@dataclass(frozen=True)
class LocalActor:
    """An actor as resolved inside one document, before the corpus-level merge."""

    label: str
    type: str
    affiliation: str | None = None
    via: str = "name"  # which rule resolved it: name, gazetteer, surname, fuzzy, pronoun, role, group


@dataclass(frozen=True)
class ResolvedStatement:
    raw: RawStatement
    subject: LocalActor
    object: LocalActor


VIA_CONFIDENCE = {
    "gazetteer": 1.0,
    "name": 1.0,
    "surname": 0.95,
    "fuzzy": 0.9,
    "group": 0.9,
    "role": 0.8,
    "pronoun": 0.75,
    "pair": 0.7,
}


def resolve_document(
    parsed: ParsedDocument, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None
) -> tuple[list[ResolvedStatement], dict[str, set[str]]]:
    """Resolve every argument of ``parsed``; returns the statements whose two arguments resolved
    to two different actors, and the surface names seen for each local label (aliases)."""
    gaz = gazetteer or load_gazetteer()
    lex = lexicon or load_lexicon()
    names = _NameResolver(parsed.mentions, gaz, lex)
    resolved_at: dict[tuple[int, int, int], LocalActor | None] = {}
    history: list[tuple[Mention, LocalActor]] = []
    genders = _Genders()
    for mention in parsed.mentions:
        if mention.kind == "pronoun" and mention.name.lower() in lex.person_pronouns:
            actor = _resolve_person_pronoun(mention, history, genders)
        else:
            actor = _resolve_mention(mention, names, history, lex)
        resolved_at[mention.key] = actor
        if actor is not None:
            history.append((mention, actor))
            if actor.type == "Person" and mention.kind == "name":
                genders.learn_from_title(actor.label, mention, gaz)

    statements = []
    for raw in parsed.statements:
        subject = resolved_at.get(raw.subject.key)
        obj = resolved_at.get(raw.object.key)
        if subject is None or obj is None or subject.label == obj.label:
            continue
        statements.append(ResolvedStatement(raw, subject, obj))
    statements = _without_own_side(statements, lex)
    aliases: dict[str, set[str]] = defaultdict(set)
    for mention, actor in history:
        if mention.kind == "name":
            aliases[actor.label].add(mention.name)
    return statements, aliases


OWN_SIDE_RULES = frozenset({"demand", "possessor"})  # a that-clause's subject; a possessor standing for the subject


def _without_own_side(statements: list[ResolvedStatement], lex: Lexicon) -> list[ResolvedStatement]:
    """A person speaking of their own country is not acting on it: "India will not back down, Modi
    warned" (the that-clause's subject), "Xi said China and the U.S. must shoulder ..." (the whole
    clause goes: it is about both sides), "Lavrov's visit reflects Russia's effort" (a possessor),
    "Kanai was expected to reaffirm Japan's position" (a stance verb)."""

    def own(st: ResolvedStatement) -> bool:
        return st.subject.type == "Person" and st.subject.affiliation == st.object.label and (
            st.raw.rule in OWN_SIDE_RULES or st.raw.lemma in lex.stance_verbs
        )

    dropped_clauses = {(st.raw.subject.key, st.raw.sentence, st.raw.lemma) for st in statements if own(st) and st.raw.rule == "demand"}
    return [
        st for st in statements
        if not own(st) and not (st.raw.rule == "demand" and (st.raw.subject.key, st.raw.sentence, st.raw.lemma) in dropped_clauses)
    ]  # fmt: skip


class _NameResolver:
    """Resolves named mentions of one document: gazetteer first, then person-name clusters."""

    def __init__(self, mentions: Iterable[Mention], gaz: Gazetteer, lex: Lexicon) -> None:
        self.gaz = gaz
        self.lex = lex
        named = [m for m in mentions if m.kind == "name"]
        self.named = named  # for a generic role ("the Japanese leader"): who of the document holds it
        # A name is a person's if NER says so anywhere in the document or it carries a title.
        person_votes: Counter[str] = Counter()
        for m in named:
            if m.ner == "PERSON" or (m.roles and m.ner != "GPE"):
                person_votes[m.name] += 1
        self.person_names = [n for n in dict.fromkeys(m.name for m in named) if person_votes[n]]
        self.full_names = [n for n in self.person_names if len(n.split()) > 1]
        # Known people are candidates too, after this document's own names ("Takaichi's remarks").
        self.known_full_names = [label for label in gaz.people if " " in label]
        self.affiliation: dict[str, str] = {}  # filled below; country_from_hints reads it
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for m in named:
            country = self.country_from_hints(m.hints)
            if country and m.name in person_votes:
                votes[self.person(m.name)[0]][country] += 1
        self.affiliation = {name: counts.most_common(1)[0][0] for name, counts in votes.items()}

    def country_from_hints(self, hints: Iterable[str]) -> str | None:
        """The first country named by a demonym, country, capital or organisation name in ``hints``,
        or the country of a person named there ("the Kishida administration")."""
        for hint in hints:  # "Radical French" (an NER slip): its last word names the country
            country = self.gaz.country_of(hint) or self.gaz.country_of(hint.split()[0]) or self.gaz.country_of(hint.split()[-1])
            if country:
                return country
            person = self.gaz.lookup(hint) or self.gaz.lookup(self.person(hint)[0])
            if person is not None and person.type == "Person" and person.affiliation:
                return self.gaz.country_of(person.affiliation)
            if hint in self.person_names and self.affiliation.get(self.person(hint)[0]):
                return self.affiliation[self.person(hint)[0]]
        return None

    def person(self, name: str) -> tuple[str, str]:
        """(canonical name, rule) for a person name of this document."""
        if len(name.split()) > 1:
            for full in self.full_names:
                if full == name:
                    break
                if _same_full_name(full, name):
                    return full, "fuzzy"
            return name, "name"
        for pool in (self.full_names, self.known_full_names):
            for position in (-1, 0):
                hits = [f for f in pool if f.split()[position] == name]
                if len(hits) == 1:
                    return hits[0], "surname"
            hits = [f for f in pool if any(spelling_variant(w, name) for w in f.split())]
            if len(set(hits)) == 1:
                return hits[0], "fuzzy"
        return name, "name"

    def resolve(self, mention: Mention) -> LocalActor | None:
        gaz = self.gaz
        for text in (mention.text, mention.name):
            entry = gaz.lookup(text)
            if entry is not None:
                return LocalActor(entry.label, entry.type, entry.affiliation, "gazetteer")
        # a demonym, also when the NER calls it a place ("Ukrainian cities": GPE "Ukrainian")
        if mention.ner == "NORP" or (mention.ner in ("", "GPE") and gaz.country_of(mention.name)):
            country = gaz.country_of(mention.name)
            return LocalActor(country, "Country", None, "gazetteer") if country else None
        if mention.name in self.person_names:
            label, via = self.person(mention.name)
            entry = gaz.lookup(label) or _gazetteer_person(label, gaz)
            if entry is not None:
                return LocalActor(entry.label, entry.type, entry.affiliation, via)
            return LocalActor(label, "Person", self.affiliation.get(label), via)
        # NER often types a lone surname as ORG or GPE ("Akiba", "Takaichi"); a name that is a
        # variant of a person of this document is that person, whatever its entity label.
        label, via = self.person(mention.name)
        if via != "name":
            entry = gaz.lookup(label)
            return LocalActor(label, "Person", entry.affiliation if entry else self.affiliation.get(label), via)
        if mention.ner == "":
            return None  # an untyped capitalised word that matches nothing known
        label = _clean_label(mention.name)
        if not label:
            return None
        type_, country = NER_TYPES.get(mention.ner, "Organization"), self.country_from_hints(mention.hints)
        if country and type_ == "Organization" and set(label.lower().split()) <= self.lex.institution_words:
            label = institution_label(gaz, country, label)  # "Japan's defence ministry": not every defence ministry
        return LocalActor(label, type_, country)


def _resolve_mention(
    mention: Mention,
    names: _NameResolver,
    history: list[tuple[Mention, LocalActor]],
    lex: Lexicon,
) -> LocalActor | None:
    if mention.kind == "name":
        return names.resolve(mention)
    if mention.kind == "group":
        country = names.country_from_hints(mention.hints)
        institution = _institution(mention, lex)
        if country and institution:  # "Israeli troops", "Japan's parliament": the institution, not the state
            return LocalActor(institution_label(names.gaz, country, institution), "Organization", country, "group")
        if country:
            return LocalActor(country, "Country", None, "group")
        # "U.N. helicopters", "NATO warplanes": the organisation's own forces act for it
        for hint in mention.hints:
            entry = names.gaz.lookup(hint)
            if entry is not None and entry.type == "Organization":
                return LocalActor(entry.label, entry.type, entry.affiliation, "group")
        return None
    if mention.kind == "collective":  # "Palestinian refugees": a Group, affiliated with its country
        label = _clean_label(mention.name)
        return LocalActor(label, "Group", names.country_from_hints(mention.hints), "group") if label else None
    if mention.kind == "role":
        return _resolve_role(mention, names, history)
    if mention.kind == "pair":
        return _pair_member(mention, history)
    if mention.kind == "island":  # "the island": the latest island named within the role window
        for earlier, actor in reversed(history):
            if earlier.sentence < mention.sentence - ROLE_WINDOW:
                break
            if actor.label in lex.island_actors:
                return replace(actor, via="role")
        return None
    if mention.kind == "pronoun":
        return _resolve_pronoun(mention, history, lex)
    return None


def _resolve_role(mention: Mention, names: _NameResolver, history: list[tuple[Mention, LocalActor]]) -> LocalActor | None:
    """"the minister": the latest person named with that role (and no other country) within
    the role window; failing one, the country the office acts for."""
    for earlier, actor in reversed(history):
        if earlier.sentence < mention.sentence - ROLE_WINDOW:
            break
        if actor.type == "Person" and earlier.kind == "name" and mention.name in earlier.roles:
            country = names.country_from_hints(mention.hints)
            if country is None or country == actor.affiliation:
                return LocalActor(actor.label, actor.type, actor.affiliation, "role")
    country = names.country_from_hints(mention.hints)
    holder = _role_holder(mention, country, names) if country else None
    if holder is not None:
        return holder
    # "the president of Armenia" with no name in sight: the office acts for its country
    return LocalActor(country, "Country", None, "group") if country else None


def _role_holder(mention: Mention, country: str, names: _NameResolver) -> LocalActor | None:
    """"the Japanese leader", "North Korea's top diplomat", "a senior U.S. envoy": a generic role
    with a nationality is the one person of that country the document names with a title that
    fits it (before or after: a headline often comes first), else nobody. News/GUIDELINES.md: such
    a description is the person when the document names them."""
    titles = names.lex.role_titles.get(mention.name.lower())
    if not titles:
        return None
    holders: dict[str, LocalActor] = {}
    for named in names.named:
        text = named.text.lower()
        if named.roles and any(title in text for title in titles):
            actor = names.resolve(named)
            if actor is not None and actor.type == "Person" and (actor.affiliation == country or names.country_from_hints(named.hints) == country):
                holders[actor.label] = LocalActor(actor.label, actor.type, actor.affiliation or country, "role")
    return next(iter(holders.values())) if len(holders) == 1 else None


def _resolve_pronoun(mention: Mention, history: list[tuple[Mention, LocalActor]], lex: Lexicon) -> LocalActor | None:
    """A pronoun: the subject of its own sentence or of the latest sentence before with one, within the
    pronoun window ("he" a person, "it" a country or organisation); an object "it" or "them" the
    latest non-subject actor of its sentence."""
    pronoun = mention.name.lower()
    wanted = {"Person"} if pronoun in lex.person_pronouns else {"Country", "Organization"}
    window = [
        (m, a)
        for m, a in history
        if m.start < mention.start and m.sentence >= mention.sentence - PRONOUN_WINDOW and a.type in wanted
    ]
    same_sentence = [(m, a) for m, a in window if m.sentence == mention.sentence and m.is_subject]
    earlier_subjects = [(m, a) for m, a in window if m.sentence < mention.sentence and m.is_subject]
    if pronoun in lex.person_pronouns:
        candidates = same_sentence or _latest_sentence(earlier_subjects) or window
    elif pronoun in ("it", "them") and not mention.is_subject:
        # an object "it" ("Beijing views it as ...") is not the clause's own subject: the
        # latest non-subject actor of the sentence ("... do not recognize Taiwan because");
        # "them" only that way ("rejected Japan's claims and took steps to counter them")
        objects = [(m, a) for m, a in window if m.sentence == mention.sentence and not m.is_subject]
        candidates = objects[-1:] or ([] if pronoun == "them" else same_sentence or _latest_sentence(earlier_subjects))
    else:
        candidates = same_sentence or _latest_sentence(earlier_subjects)
    if candidates:
        actor = candidates[0][1] if candidates is not same_sentence else candidates[-1][1]
        return LocalActor(actor.label, actor.type, actor.affiliation, "pronoun")
    return None


MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "emir", "monsieur", "herr", "senor", "señor"})
FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame", "lady", "dame", "queen", "princess", "frau", "senora", "señora"})


class _Genders:
    """What the text says of each person's gender: a title ("Mr Ortega", "Ms Lindqvist"), the
    gazetteer, or a pronoun that could only mean that person. First names are not guessed: the
    lists that would guess them are wrong on exactly the names news is full of ("Nikol", "Kim")."""

    def __init__(self) -> None:
        self.of: dict[str, str] = {}

    def learn_from_title(self, label: str, mention: Mention, gaz: Gazetteer) -> None:
        if label in self.of:
            return
        first = mention.text.split()[0].lower() if mention.text.split() else ""
        words = {first, *(r.lower() for r in mention.roles)}
        entry = gaz.lookup(label)
        if entry is not None and getattr(entry, "gender", None):
            self.of[label] = entry.gender
        elif words & MALE_TITLES:
            self.of[label] = "m"
        elif words & FEMALE_TITLES:
            self.of[label] = "f"

    def fits(self, label: str, gender: str | None) -> bool:
        return gender is None or self.of.get(label) in (None, gender)


def _pronoun_gender(pronoun: str) -> str | None:
    return "m" if pronoun in MALE_PRONOUNS else "f" if pronoun in FEMALE_PRONOUNS else None


def _resolve_person_pronoun(mention: Mention, history: list[tuple[Mention, LocalActor]], genders: _Genders) -> LocalActor | None:
    """he/she/him/her/his/they-as-person -> a person of the last sentences whose gender fits.

    A subject pronoun prefers the nearest earlier subject of its sentence, then the subjects of
    the latest earlier sentence, then any person of the window; "him"/"her" as an object is not
    its own clause's subject ("She told him": him is someone else). A person whose title or an
    earlier pronoun says otherwise is skipped ("she" never resolves to "Mr Ortega"). When two
    different people still fit equally well, the pronoun stays unresolved: no edge beats a
    wrong edge."""
    pronoun = mention.name.lower()
    gender = _pronoun_gender(pronoun)
    window = [
        (m, a)
        for m, a in history
        if m.start < mention.start and m.sentence >= mention.sentence - PRONOUN_WINDOW and a.type == "Person"
        and genders.fits(a.label, gender)
    ]  # fmt: skip
    same_sentence = [(m, a) for m, a in window if m.sentence == mention.sentence and m.is_subject]
    if pronoun in ("him", "her") and not mention.is_subject:
        own_subjects = {a.label for _, a in same_sentence}
        others = [(m, a) for m, a in window if a.label not in own_subjects]
        pools = [others[-1:]] if others and own_subjects else [same_sentence[-1:], _latest_sentence([c for c in window if c[0].is_subject]), window]
    else:
        earlier_subjects = [(m, a) for m, a in window if m.sentence < mention.sentence and m.is_subject]
        pools = [same_sentence[-1:], _latest_sentence(earlier_subjects), window]
    for pool in pools:
        labels = list(dict.fromkeys(a.label for _, a in pool))
        if not labels:
            continue
        known = [label for label in labels if gender is not None and genders.of.get(label) == gender]
        if len(labels) > 1 and len(known) != 1:
            if pool is window:
                return None  # several people fit and nothing in the text tells them apart
            labels = labels[:1]  # the subject of the latest sentence is the most salient
        label = known[0] if len(known) == 1 else labels[0]
        actor = next(a for _, a in pool if a.label == label)
        if gender is not None and label not in genders.of and len({a.label for _, a in window}) == 1:
            genders.of[label] = gender  # the only person in sight: the pronoun tells their gender
        return LocalActor(actor.label, actor.type, actor.affiliation, "pronoun")
    return None


def _institution(mention: Mention, lex: Lexicon) -> str | None:
    """The institution a group mention names, longest noun first ("Peru's foreign ministry": foreign ministry)."""
    text = mention.text.lower()
    for noun in sorted(lex.institution_nouns, key=len, reverse=True):
        if text.endswith(noun) and (len(text) == len(noun) or not text[-len(noun) - 1].isalnum()):
            return lex.institution_nouns[noun]
    return lex.institution_nouns.get(mention.name.lower())


def _pair_member(mention: Mention, history: list[tuple[Mention, LocalActor]]) -> LocalActor | None:
    """Member 1 or 2 of "the two countries" / "both sides" / "the two leaders": the two actors of
    that type the text has talked about most in the last sentences (a named official counts twice
    for their country: diplomacy is done by people; a recent mention breaks ties), in the order the text first named them. The subject of the
    pair's own clause is not one of them ("the US urged both sides"), nor is an actor named inside
    that subject ("Malaysian Prime Minister Anwar Ibrahim praised both sides": not Malaysia). The
    subject's country may be ("Yang advised the two countries": China and Japan)."""
    score: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    latest: dict[str, int] = {}
    actors: dict[str, LocalActor] = {}
    subjects = [(m, a) for m, a in history if m.sentence == mention.sentence and m.is_subject and m.start < mention.start]
    own = {a.label for m, a in history if any(s.start <= m.start and m.end <= s.end and s.key != m.key for s, _ in subjects)}
    for earlier, actor in history:
        if earlier.sentence < mention.sentence - ROLE_WINDOW or earlier.kind == "pair":
            continue
        if earlier.sentence == mention.sentence and earlier.is_subject:
            continue
        weight = 1
        if actor.type == "Person" and mention.name == "Country" and actor.affiliation:
            actor = LocalActor(actor.affiliation, "Country", None, "group")  # officials act for their country
            weight = 2
        if actor.type != mention.name or actor.label in own:
            continue
        score[actor.label] += weight
        first_seen.setdefault(actor.label, earlier.start)
        latest[actor.label] = earlier.start
        actors[actor.label] = actor
    named_together = _latest_coordinated_pair(mention, history, own)
    if named_together is not None:
        return replace(named_together[mention.member - 1], via="pair")
    if len(score) < 2:
        return None
    top = sorted(score, key=lambda label: (-score[label], -latest[label]))[:2]
    first, second = sorted(top, key=first_seen.__getitem__)
    return replace(actors[first if mention.member == 1 else second], via="pair")


COORDINATION_GAPS = (1, 5)  # characters between two names read as "X-Y" / "X/Y" or "X and Y" ("X's Y" is 3, "X of Y" 4)


def _latest_coordinated_pair(
    mention: Mention, history: list[tuple[Mention, LocalActor]], own: set[str]
) -> tuple[LocalActor, LocalActor] | None:
    """The latest two actors of the pair's type that the text named side by side ("Armenia and
    Azerbaijan", "between Thailand and Cambodia") within the window: "both countries" most often
    means the pair the text has just named together, whoever else was talked about more."""
    window = [(m, a) for m, a in history if mention.sentence - ROLE_WINDOW <= m.sentence and m.start < mention.start]
    for (m1, a1), (m2, a2) in reversed(list(zip(window, window[1:]))):
        if (
            m1.sentence == m2.sentence and m2.start - m1.end in COORDINATION_GAPS and a1.label != a2.label
            and a1.type == a2.type == mention.name and not {a1.label, a2.label} & own
            and not (m1.sentence == mention.sentence and (m1.is_subject or m2.is_subject))
        ):  # fmt: skip
            return a1, a2
    return None


def _latest_sentence(mentions: list[tuple[Mention, LocalActor]]) -> list[tuple[Mention, LocalActor]]:
    """The mentions of the most recent sentence among ``mentions``, in text order."""
    if not mentions:
        return []
    last = max(m.sentence for m, _ in mentions)
    return [(m, a) for m, a in mentions if m.sentence == last]


def _gazetteer_person(name: str, gaz: Gazetteer) -> GazetteerEntry | None:
    """A gazetteer person whose name this one is a spelling variant of ("Sanae Takaishi")."""
    for label in gaz.people:
        if _same_full_name(label, name):
            return gaz.lookup(label)
    return None


def _same_full_name(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and len(wa) > 1 and all(spelling_variant(x, y) for x, y in zip(wa, wb))


def _clean_label(name: str) -> str:
    name = " ".join(name.split())
    if name.lower().startswith("the "):
        name = name[4:]
    if name.endswith("'s") or name.endswith("\u2019s"):
        name = name[:-2]
    return name.strip(" ,.;:\"'")
