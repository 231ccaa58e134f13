"""Resolution across documents: one actor, one label and IRI for the whole corpus.

A one-word person name that names exactly one multi-word person of the corpus or the gazetteer
joins it ("President Trump" -> Donald Trump), and full names within the edit-distance rule merge,
preferring the gazetteer's spelling (rule 7 of :mod:`kg.resolve.actors`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from kg.lexicon import Gazetteer, load_gazetteer, spelling_variant
from kg.namespaces import actor_iri, statement_id
from kg.resolve.actors import _same_full_name
from kg.resolve.local import VIA_CONFIDENCE, LocalStatement, ResolvedStatement
from kg.types import Actor, Argument, Document, Relation, Statement


def merge_corpus(
    documents: Iterable[tuple[Document, list[ResolvedStatement], dict[str, set[str]]]],
    gazetteer: Gazetteer | None = None,
) -> tuple[list[Statement], dict[str, Actor]]:
    """Give every actor one canonical label and IRI across all documents, and mint Statements.

    ``documents`` yields (document, its resolved statements, its aliases). Returns the
    statements and the actors by IRI. (:class:`kg.incremental.CorpusState` does the same, keeping
    what it needs to add documents later; both are made of the functions below.)
    """
    gaz = gazetteer or load_gazetteer()
    local = [(doc, [LocalStatement.of(st) for st in statements], aliases) for doc, statements, aliases in documents]
    types, affiliations, aliases = _tally(local)
    canonical = _canonical_labels({label for label, counts in types.items() if is_person(counts)}, gaz)
    actors = _corpus_actors(types, affiliations, aliases, canonical, gaz)
    statements = [st for doc, sts, _ in local for st in document_statements(doc, sts, actors, canonical)]
    return statements, {actor.id: actor for actor in actors.values()}


def is_person(types: Counter[str]) -> bool:
    """Whether a label is a person's: most often typed so (ties: the type seen first)."""
    return types.most_common(1)[0][0] == "Person"


_Tally = tuple[dict[str, Counter[str]], dict[str, Counter[str]], dict[str, set[str]]]
"""Per actor label: its types, its affiliations (each counted) and its aliases."""


def _tally(documents: list[tuple[Document, list[LocalStatement], dict[str, set[str]]]]) -> _Tally:
    types: dict[str, Counter[str]] = defaultdict(Counter)
    affiliations: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    for _, statements, doc_aliases in documents:
        for st in statements:
            for actor in (st.subject, st.object):
                types[actor.label][actor.type] += 1
                if actor.affiliation:
                    affiliations[actor.label][actor.affiliation] += 1
        for label, names in doc_aliases.items():
            aliases[label] |= names
    return types, affiliations, aliases


def _corpus_actors(
    types: dict[str, Counter[str]],
    affiliations: dict[str, Counter[str]],
    aliases: dict[str, set[str]],
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
        merged_aliases[target] |= aliases.get(label, set()) | {label}
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
    is_entry = entry is not None and entry.label == label
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


class NameIndex:
    """The full (multi-word) person names of a corpus and the gazetteer, indexed so that the names
    one label may join are found without comparing it with every name (a corpus with thousands of
    people made the pairwise comparison the slowest part of a re-build: 26 s of 36 at 2,000
    documents). The candidates are exactly those the rules could accept: a word-for-word spelling
    variant shares each word's first letter (:func:`kg.lexicon.spelling_variant` asks for it, and
    equal words have it), so full names are looked up by their word count and initials, one-word
    labels by their first and last words and by the first letters of the words of full names.
    """

    def __init__(self, person_labels: Iterable[str], gaz: Gazetteer) -> None:
        self.gazetteer_people = set(gaz.people)
        self.full: set[str] = set()
        self.by_initials: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.by_word: dict[tuple[int, str], set[str]] = defaultdict(set)  # (position 0 or -1, word)
        self.by_letter: dict[str, set[str]] = defaultdict(set)
        for name in self.gazetteer_people:
            self.add(name)
        for label in person_labels:
            self.add(label)

    def add(self, label: str) -> None:
        """Index a person label (only multi-word ones are full names)."""
        words = label.split()
        if len(words) < 2 or label in self.full:
            return
        self.full.add(label)
        self.by_initials[_initials(words)].add(label)
        self.by_word[(0, words[0])].add(label)
        self.by_word[(-1, words[-1])].add(label)
        for word in words:
            self.by_letter[word[:1].lower()].add(label)

    def discard(self, label: str) -> None:
        """Forget a person label (a gazetteer name stays)."""
        words = label.split()
        if label not in self.full or label in self.gazetteer_people:
            return
        self.full.discard(label)
        self.by_initials[_initials(words)].discard(label)
        self.by_word[(0, words[0])].discard(label)
        self.by_word[(-1, words[-1])].discard(label)
        for word in words:
            self.by_letter[word[:1].lower()].discard(label)

    def target(self, label: str) -> str | None:
        """The full name ``label`` joins directly, if any (before chains are followed)."""
        words = label.split()
        if len(words) == 1:
            for position in (-1, 0):
                hits = self.by_word.get((position, label), ())
                if len(hits) == 1:
                    return next(iter(hits))
            hits = [f for f in self.by_letter.get(label[:1].lower(), ()) if any(spelling_variant(w, label) for w in f.split())]
            return hits[0] if len(hits) == 1 else None
        variants = sorted(f for f in self.by_initials.get(_initials(words), ()) if f != label and _same_full_name(f, label))
        preferred = [v for v in variants if v in self.gazetteer_people]
        if preferred and label not in self.gazetteer_people:
            return preferred[0]
        if variants and label not in self.gazetteer_people and variants[0] < label:
            return variants[0]
        return None

    def affected_by(self, name: str, labels: Iterable[str]) -> set[str]:
        """Of ``labels``, those whose :meth:`target` may change when the full name ``name`` is
        added or removed: one-word labels it could be reached from, full names of its initials."""
        words = name.split()
        if len(words) < 2:
            return set()
        letters = {w[:1].lower() for w in words}
        initials = _initials(words)
        found = set()
        for label in labels:
            parts = label.split()
            if (len(parts) == 1 and label[:1].lower() in letters) or (len(parts) > 1 and _initials(parts) == initials):
                found.add(label)
        return found


def _initials(words: list[str]) -> tuple[str, ...]:
    return tuple(w[:1].lower() for w in words)
