"""Resolution across documents: one actor, one label and IRI for the whole corpus.

A one-word person name that names exactly one multi-word person of the corpus or the gazetteer
joins it ("President Trump" -> Donald Trump), and full names within the edit-distance rule merge,
preferring the gazetteer's spelling (rule 7 of :mod:`kg.resolve.actors`). A person is then
labelled with a full name the corpus itself writes: the gazetteer's label when some page uses
it, else the full name the pages use most ("S Jaishankar", not the gazetteer's "Subrahmanyam
Jaishankar", when no page writes that): readers and evaluations know a person by the page's name.
An institution labelled from its country ("North Korean military") likewise takes the form with its
nationality word that the pages write most ("North Korean troops"). Labels of other actors that
differ only in case ("Parliament" / "parliament", "Saudi Foreign Ministry" / "Saudi foreign
ministry") are one actor (:func:`case_variant_label`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from kg.lexicon import (
    Gazetteer,
    Lexicon,
    load_gazetteer,
    load_lexicon,
    ministry_short_form,
    normalise_name,
    surname_variant,
    unaccented,
)
from kg.namespaces import actor_iri, statement_id
from kg.resolve.actors import _same_full_name, _without_middle_initials
from kg.resolve.local import VIA_CONFIDENCE, LocalStatement, ResolvedStatement
from kg.types import Actor, Argument, Document, Relation, Statement


def merge_corpus(
    documents: Iterable[tuple[Document, list[ResolvedStatement], dict[str, Counter[str]]]],
    gazetteer: Gazetteer | None = None,
) -> tuple[list[Statement], dict[str, Actor]]:
    """Give every actor one canonical label and IRI across all documents, and mint Statements.

    ``documents`` yields (document, its resolved statements, its aliases: the names each actor
    was written with, counted). Returns the statements and the actors by IRI.
    (:class:`kg.incremental.CorpusState` does the same, keeping what it needs to add documents
    later; both are made of the functions below.)
    """
    gaz = gazetteer or load_gazetteer()
    local = [(doc, [LocalStatement.of(st) for st in statements], aliases) for doc, statements, aliases in documents]
    types, affiliations, aliases = _tally(local)
    people = {label for label, counts in types.items() if is_person(counts)}
    canonical = _page_labels(_canonical_labels(people, gaz), people, aliases, gaz)
    lex = load_lexicon()
    for label in types:
        if label not in people and (written := institution_page_label(label, aliases.get(label, Counter()), lex, gaz)):
            canonical[label] = written
    variants: dict[str, set[str]] = defaultdict(set)  # the labels of actors other than people, by their fold_key
    for label in types:
        if label not in people:
            variants[fold_key(canonical.get(label, label))].add(canonical.get(label, label))
    for label in types:
        if label not in people and (folded := case_variant_label(variants[fold_key(canonical.get(label, label))])) != canonical.get(label, label):
            canonical[label] = folded
    actors = _corpus_actors(types, affiliations, aliases, canonical, gaz)
    statements = [st for doc, sts, _ in local for st in document_statements(doc, sts, actors, canonical)]
    return statements, {actor.id: actor for actor in actors.values()}


_ACRONYM_DOT = re.compile(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\.|\s|$)")


def fold_key(label: str) -> str:
    """What two writings of one actor's label (not a person's) share: its lower case, and its
    acronyms without their dots ("U.N. Security Council" and "UN Security Council"; dev
    egypt-ethiopia-gerd-dispute-2020, where the two were two actors of one event).

    >>> fold_key("U.N. Security Council"), fold_key("UN Security Council"), fold_key("St. Petersburg court")
    ('un security council', 'un security council', 'st. petersburg court')
    """
    return _ACRONYM_DOT.sub("", label).lower()


def case_variant_label(variants: Iterable[str]) -> str:
    """The one label of an actor (not a person) written in several cases across the corpus: the
    form with the most capitals, a name's ("Parliament" for "parliament", "Saudi Foreign Ministry"
    for "Saudi foreign ministry", "IGAD" for "Igad"; dev: solomon-islands-china-pact-2022,
    brazil-january-8-riots-2023, saudi-canada-diplomatic-row-2018, azerbaijan-france-diplomat-
    expulsions-2023, sudan-kenya-mediation-rejection-2023), then the one with fewer acronym dots
    ("UN Security Council" for "U.N. Security Council"), then the first alphabetically. It
    depends on which forms are written, never on how often, so that a build in parts chooses as a
    whole build does.

    >>> case_variant_label(["parliament", "Parliament"]), case_variant_label(["Igad", "IGAD"])
    ('Parliament', 'IGAD')
    """
    return min(variants, key=lambda label: (-sum(c.isupper() for c in label), label.count("."), label))


def is_person(types: Counter[str]) -> bool:
    """Whether a label is a person's: most often typed so (ties: the type seen first)."""
    return types.most_common(1)[0][0] == "Person"


_Tally = tuple[dict[str, Counter[str]], dict[str, Counter[str]], dict[str, Counter[str]]]
"""Per actor label: its types, its affiliations and its aliases, each counted."""


def _tally(documents: list[tuple[Document, list[LocalStatement], dict[str, Counter[str]]]]) -> _Tally:
    types: dict[str, Counter[str]] = defaultdict(Counter)
    affiliations: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, Counter[str]] = defaultdict(Counter)
    for _, statements, doc_aliases in documents:
        for st in statements:
            for actor in (st.subject, st.object):
                types[actor.label][actor.type] += 1
                if actor.affiliation:
                    affiliations[actor.label][actor.affiliation] += 1
        for label, names in doc_aliases.items():
            aliases[label].update(names)
    return types, affiliations, aliases


def _corpus_actors(
    types: dict[str, Counter[str]],
    affiliations: dict[str, Counter[str]],
    aliases: dict[str, Counter[str]],
    canonical: dict[str, str],
    gaz: Gazetteer,
) -> dict[str, Actor]:
    """One actor per canonical label (what its variants said, merged), by label; affiliations
    are actors too, and an actor's affiliation is the IRI of one."""
    merged_types: dict[str, Counter[str]] = defaultdict(Counter)
    merged_aliases: dict[str, set[str]] = defaultdict(set)
    merged_affiliations: dict[str, Counter[str]] = defaultdict(Counter)
    for label, counts in types.items():
        target = canonical.get(label, label)
        merged_types[target].update(counts)
        merged_aliases[target] |= set(aliases.get(label, ())) | {label}
        merged_affiliations[target].update(affiliations.get(label, Counter()))

    actors: dict[str, Actor] = {}
    for label, counts in merged_types.items():
        actors[label] = merged_actor(label, counts, merged_aliases[label], merged_affiliations[label], gaz)
    # An affiliation is an actor too (Shoigu -> Russia), even when it is in no statement.
    for actor in list(actors.values()):
        if actor.affiliation and actor.affiliation not in actors:
            actors[actor.affiliation] = affiliation_actor(actor.affiliation, gaz)
    return {label: with_affiliation_iri(actor) for label, actor in actors.items()}


def merged_actor(label: str, types: Counter[str], aliases: set[str], affiliations: Counter[str], gaz: Gazetteer) -> Actor:
    """The actor of canonical ``label`` from what its variants said, merged (in the order they were
    first seen: ties go to the type or affiliation seen first); its affiliation still a label."""
    entry = gaz.lookup(label)
    is_entry = entry is not None and (entry.label == label or entry.label in aliases)  # "S Jaishankar"
    type_ = entry.type if is_entry else types.most_common(1)[0][0]
    affiliation = entry.affiliation if is_entry else None
    if affiliation is None and affiliations:
        affiliation = affiliations.most_common(1)[0][0]
    if affiliation == label:
        affiliation = None
    return Actor(
        id=actor_iri(label),
        label=label,
        type=type_,
        aliases=tuple(sorted(a for a in aliases if a != label)),
        affiliation=affiliation,  # a label for now; see with_affiliation_iri
    )


def affiliation_actor(label: str, gaz: Gazetteer) -> Actor:
    """The actor of an affiliation that is in no statement (Shoigu -> Russia)."""
    entry = gaz.lookup(label)
    return Actor(actor_iri(label), label, entry.type if entry else "Country")


def with_affiliation_iri(actor: Actor) -> Actor:
    return replace(actor, affiliation=actor_iri(actor.affiliation) if actor.affiliation else None)


def document_statements(
    doc: Document, statements: Iterable[LocalStatement], actors: Mapping[str, Actor], canonical: Mapping[str, str]
) -> list[Statement]:
    """The statements of one document between canonical actors: one per id (the most confident),
    a symmetric one only in the first direction seen, none of an actor with itself."""
    result: dict[str, Statement] = {}
    for st in statements:
        subject = actors[canonical.get(st.subject.label, st.subject.label)]
        obj = actors[canonical.get(st.object.label, st.object.label)]
        if subject.id == obj.id:
            continue
        key = (doc.id, st.sentence_start, st.sentence_end)
        sid = statement_id(*key, subject.label, st.lemma, obj.label)
        if st.symmetric and statement_id(*key, obj.label, st.lemma, subject.label) in result:
            continue
        confidence = st.confidence * VIA_CONFIDENCE.get(st.subject.via, 1.0) * VIA_CONFIDENCE.get(st.object.via, 1.0)
        statement = Statement(
            id=sid,
            doc=doc.id,
            sentence=doc.text[st.sentence_start : st.sentence_end],
            char_start=st.sentence_start,
            char_end=st.sentence_end,
            subject=Argument(subject, st.subject_text),
            relation=Relation(st.lemma, st.text),
            object=Argument(obj, st.object_text),
            negated=st.negated,
            modality=st.modality,
            confidence=round(confidence, 2),
        )
        if sid not in result or result[sid].confidence < statement.confidence:
            result[sid] = statement
    return list(result.values())


def _canonical_labels(person_labels: set[str], gaz: Gazetteer) -> dict[str, str]:
    """Map person label variants to one label across the corpus (rule 7 of :mod:`kg.resolve.actors`)."""
    index = NameIndex(person_labels, gaz)
    direct = {label: target for label in sorted(person_labels) if (target := index.target(label)) is not None}
    return follow_chains(direct)


def follow_chains(direct: dict[str, str]) -> dict[str, str]:
    """Each label's final target: "Takaishi" -> "Sanae Takaishi" -> "Sanae Takaichi"."""
    mapping = dict(direct)
    for label, target in list(mapping.items()):
        seen = {label}
        while target in mapping and target not in seen:
            seen.add(target)
            target = mapping[target]
        mapping[label] = target
    return mapping


def _page_labels(canonical: dict[str, str], people: set[str], aliases: dict[str, Counter[str]], gaz: Gazetteer) -> dict[str, str]:
    """``canonical`` with each person's label replaced by a full name the pages write: the
    gazetteer's label when some page writes it, else the full name written most often (the
    longer, then the first alphabetically, on a tie). Only names of that person count: a
    spelling variant of the label or a gazetteer alias of it ("Tom Barrack" for Thomas Barrack,
    "S Jaishankar" for Subrahmanyam Jaishankar)."""
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for label in people:
        written[canonical.get(label, label)].update(aliases.get(label, Counter()))
    mapping = dict(canonical)
    for target, names in written.items():
        entry = gaz.lookup(target)
        full = {
            name: count for name, count in names.items()
            if len(name.split()) > 1 and (_same_full_name(name, target) or (entry is not None and gaz.lookup(name) == entry))
        }  # fmt: skip
        if not full or (entry is not None and entry.label == target and any(normalise_name(n) == normalise_name(target) for n in full)):
            continue  # the gazetteer's label, which some page writes: kept, the same in every build that has it
        best = min(full, key=lambda name: (-full[name], -len(name), name))
        for label, mapped in canonical.items():
            if mapped == target:
                mapping[label] = best
        mapping[target] = best
    return mapping


def institution_page_label(label: str, names: Mapping[str, int], lex: Lexicon, gaz: Gazetteer) -> str | None:
    """The name the pages write for the institution labelled ``label`` ("North Korean military",
    :func:`kg.lexicon.institution_label`) that labels it instead, if any: of its written forms with
    the label's nationality word or the country's short name ("North Korean troops" x5, "North
    Korean forces" x2; "US troops" for the "American military"), the one
    written most often (the longer, then the first alphabetically, on a tie, as for people).
    Evaluations and readers know an armed force by the pages' words: the news-dev gold, written
    from the pages, names "North Korean troops" / "North Korean forces" (north-korea-russia) and
    "Azerbaijani forces" / "Azerbaijani army" (armenia-azerbaijan-peace), never "... military"."""
    nationality = _institution_nationality(label, lex, gaz)
    if nationality is None:
        return None
    # the country's adjective, or its name as pages put it before a noun ("US troops", "U.S.
    # forces" for the "American military": dev us-taliban-doha-agreement-2020, soleimani-killing-2020)
    forms = (nationality, *_attributive_names(nationality, gaz))
    full: Counter[str] = Counter()
    for name, count in names.items():
        form = next((form for form in forms if name.startswith(form + " ")), None)
        if form is not None:  # "Senegalese Ministry of Foreign Affairs" counts as "Senegalese foreign ministry"
            full[f"{form} {ministry_short_form(name[len(form) + 1 :])}"] += count
    if not full:
        return None
    best = min(full, key=lambda name: (-full[name], -len(name), name))
    return None if best == label else best


def _attributive_names(adjective: str, gaz: Gazetteer) -> tuple[str, ...]:
    """Short names of the country whose adjective is ``adjective`` that pages write before a noun
    ("US", "U.S.", "UK" of "American", "British"): its aliases of at most three letters, with or
    without dots, in upper case."""
    country = next((c for c, a in gaz.adjectives.items() if a == adjective), None)
    if country is None:
        return ()
    short = [alias for alias, entry in gaz.by_alias.items() if entry.label == country and len(alias.replace(".", "")) <= 3]
    return tuple(dict.fromkeys(form for alias in short for form in (alias.upper(), ".".join(alias.replace(".", "").upper()) + ".")))


def _institution_nationality(label: str, lex: Lexicon, gaz: Gazetteer) -> str | None:
    """The nationality word of an institution label ("North Korean" of "North Korean military")."""
    for institution in set(lex.institution_nouns.values()):
        if label.endswith(" " + institution):
            nationality = label[: -len(institution) - 1]
            if nationality in gaz.adjectives.values() or nationality.endswith("'s"):
                return nationality
    return None


class NameIndex:
    """The full (multi-word) person names of a corpus and the gazetteer, indexed so that the names
    one label may join are found without comparing it with every name (a corpus with thousands of
    people made the pairwise comparison the slowest part of a re-build: 26 s of 36 at 2,000
    documents). The candidates are exactly those the rules could accept: a word-for-word spelling
    variant shares each word's first letter (:func:`kg.lexicon.spelling_variant` asks for it, and
    equal words have it) and two forms of one given name share the first letter of the name's
    first form ("Tom"/"Thomas": ``t``), middle initials aside (:func:`kg.resolve.actors._same_full_name`),
    so full names are looked up by their keys (:func:`_name_keys`), one-word labels by their first
    and last words and by the first letters of the words of full names.

    A role the pages never name, labelled by its words ("Chinese diplomat", "senior U.S. defense
    official": :func:`kg.resolve.actors._role_label`), is no name: it neither joins nor is joined
    by one. Its last word is a lower-case noun, which no name's is. Before, "Chinese diplomat"
    and "Canadian diplomat", one story's two expelled envoys (canada-china-diplomat-expulsion),
    were one person as namesakes (:meth:`namesake`), and "Argentine ambassador" took the label
    of one page's "Argentina ambassador" as its spelling variant (argentina-spain-milei-row; the
    gold writes the former).
    """

    def __init__(self, person_labels: Iterable[str], gaz: Gazetteer) -> None:
        self.gazetteer_people = set(gaz.people)
        self.full: set[str] = set()
        self.by_initials: dict[tuple[str, ...], set[str]] = defaultdict(set)  # by _name_keys
        self.by_word: dict[tuple[int, str], set[str]] = defaultdict(set)  # (position 0 or -1, word)
        self.by_letter: dict[str, set[str]] = defaultdict(set)
        for name in self.gazetteer_people:
            self.add(name)
        for label in person_labels:
            self.add(label)

    def add(self, label: str) -> None:
        """Index a person label (only multi-word ones are full names)."""
        words = label.split()
        if len(words) < 2 or label in self.full or is_role_label(label):
            return
        self.full.add(label)
        for key in _name_keys(words):
            self.by_initials[key].add(label)
        self.by_word[(0, words[0])].add(label)
        self.by_word[(-1, words[-1])].add(label)
        for word in words:
            self.by_letter[unaccented(word[:1]).lower()].add(label)

    def discard(self, label: str) -> None:
        """Forget a person label (a gazetteer name stays)."""
        words = label.split()
        if label not in self.full or label in self.gazetteer_people:
            return
        self.full.discard(label)
        for key in _name_keys(words):
            self.by_initials[key].discard(label)
        self.by_word[(0, words[0])].discard(label)
        self.by_word[(-1, words[-1])].discard(label)
        for word in words:
            self.by_letter[unaccented(word[:1]).lower()].discard(label)

    def target(self, label: str) -> str | None:
        """The full name ``label`` joins directly, if any (before chains are followed)."""
        words = label.split()
        if is_role_label(label):
            return None
        if len(words) == 1:
            for position in (-1, 0):
                hits = self.by_word.get((position, label), ())
                if len(hits) == 1:
                    return next(iter(hits))
            hits = [f for f in self.by_letter.get(unaccented(label[:1]).lower(), ()) if surname_variant(f, label)]
            return hits[0] if len(hits) == 1 else None
        variants = sorted(f for f in self.candidates(words) if f != label and _same_full_name(f, label))
        preferred = [v for v in variants if v in self.gazetteer_people]
        if preferred and label not in self.gazetteer_people:
            return preferred[0]
        if variants and label not in self.gazetteer_people and variants[0] < label:
            return variants[0]
        if variants:
            return None
        return self.namesake(label) or self.extension(label)

    def extension(self, label: str) -> str | None:
        """The one longer full name that starts with all of ``label``'s words: "Pedro Castillo" is
        "Pedro Castillo Terrones", "Ali Bongo" is "Ali Bongo Ondimba" (dev peru-castillo-ouster-2022,
        gabon-coup-2023: pages write a second surname or the family name, or leave it out). Two
        such names ("Kim Jong" of "Kim Jong Un" and "Kim Jong Il") say nothing; a generation
        ("Donald Trump Jr.") is another person, and a gazetteer name stays itself."""
        words = label.split()
        if label in self.gazetteer_people:
            return None
        longer = {
            name for name in self.by_word.get((0, words[0]), ())
            if len(name.split()) > len(words) and name.split()[: len(words)] == words
            and not GENERATIONS & {w.lower() for w in name.split()[len(words) :]}
        }  # fmt: skip
        return next(iter(longer)) if len(longer) == 1 else None

    def namesake(self, label: str) -> str | None:
        """The full name a full name joins when every full name with its last word starts with its
        first letter: "Aleksandr G. Lukashenko" and "Alexander Lukashenko" (dev
        belarus-prisoner-release), "Bola Ahmed Tinubu" and "Bola Tinubu" (dev nigeria-us-threat) are one person each, written with a given name
        transliterated, a middle name or initials. They join the gazetteer's one name among them,
        else the first alphabetically; two gazetteer names, or given names of other letters
        ("Joe Biden", "Hunter Biden"), stay apart, and so do names whose last word is short
        (under 6 letters): that word is often a given name written last ("Li Qiang", "Liu
        Qiang"; "Choe Son Hui"), or a common surname."""
        words = label.split()
        kin = self.by_word.get((-1, words[-1]), set())
        if len(words[-1]) < 6 or len(kin) < 2 or any(name[:1].lower() != label[:1].lower() for name in kin):
            return None
        known = sorted(kin & self.gazetteer_people)
        if len(known) > 1:
            return None
        head = known[0] if known else min(kin)
        return None if head == label else head

    def candidates(self, words: list[str]) -> set[str]:
        """The full names that may be the same full name as one of ``words`` (a superset)."""
        found: set[str] = set()
        for key in _name_keys(words):
            found |= self.by_initials.get(key, set())
        return found


GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})  # "Ferdinand Marcos Jr.": the son


def is_role_label(label: str) -> bool:
    """A person label that is a role as written ("Chinese diplomat"), not a name: its last word
    starts lower-case."""
    words = label.split()
    return len(words) > 1 and words[-1][:1].islower()


def _name_keys(words: list[str]) -> list[tuple[str, ...]]:
    """The keys two full names of one person share at least one of: word by word, the first
    letter of the word or of its given name's first form, middle initials aside."""
    given = load_lexicon().given_name_variants
    keys: list[tuple[str, ...]] = [()]
    for word in _without_middle_initials(words):
        letters = dict.fromkeys((unaccented(word[:1]).lower(), given.get(word.lower(), word.lower())[:1]))  # "Álvaro": a
        keys = [(*key, letter) for key in keys for letter in letters]
    return keys
