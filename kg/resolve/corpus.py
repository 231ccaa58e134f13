"""Resolution across documents: one actor, one label and IRI for the whole corpus.

A one-word person name that names exactly one multi-word person of the corpus or the gazetteer
joins it ("President Trump" -> Donald Trump), and full names within the edit-distance rule merge,
preferring the gazetteer's spelling (rule 7 of :mod:`kg.resolve.actors`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from kg.lexicon import Gazetteer, load_gazetteer, spelling_variant
from kg.namespaces import actor_iri, statement_id
from kg.resolve.actors import _same_full_name
from kg.resolve.local import VIA_CONFIDENCE, ResolvedStatement
from kg.types import Actor, Argument, Document, Relation, Statement


def merge_corpus(
    documents: Iterable[tuple[Document, list[ResolvedStatement], dict[str, set[str]]]],
    gazetteer: Gazetteer | None = None,
) -> tuple[list[Statement], dict[str, Actor]]:
    """Give every actor one canonical label and IRI across all documents, and mint Statements.

    ``documents`` yields (document, its resolved statements, its aliases). Returns the
    statements and the actors by IRI.
    """
    gaz = gazetteer or load_gazetteer()
    documents = list(documents)
    types, affiliations, aliases = _tally(documents)
    canonical = _canonical_labels(
        {label for label, counts in types.items() if counts.most_common(1)[0][0] == "Person"}, gaz
    )
    actors = _corpus_actors(types, affiliations, aliases, canonical, gaz)
    return _corpus_statements(documents, actors, canonical), {actor.id: actor for actor in actors.values()}


_Tally = tuple[dict[str, Counter[str]], dict[str, Counter[str]], dict[str, set[str]]]
"""Per actor label: its types, its affiliations (each counted) and its aliases."""


def _tally(documents: list[tuple[Document, list[ResolvedStatement], dict[str, set[str]]]]) -> _Tally:
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
        entry = gaz.lookup(label)
        is_entry = entry is not None and entry.label == label
        type_ = entry.type if is_entry else counts.most_common(1)[0][0]
        affiliation = entry.affiliation if is_entry else None
        if affiliation is None and merged_affiliations[label]:
            affiliation = merged_affiliations[label].most_common(1)[0][0]
        if affiliation == label:
            affiliation = None
        actors[label] = Actor(
            id=actor_iri(label),
            label=label,
            type=type_,
            aliases=tuple(sorted(a for a in merged_aliases[label] if a != label)),
            affiliation=affiliation,  # a label for now; replaced by the IRI below
        )
    # An affiliation is an actor too (Shoigu -> Russia), even when it is in no statement.
    for actor in list(actors.values()):
        if actor.affiliation and actor.affiliation not in actors:
            entry = gaz.lookup(actor.affiliation)
            actors[actor.affiliation] = Actor(actor_iri(actor.affiliation), actor.affiliation, entry.type if entry else "Country")
    return {
        label: replace(actor, affiliation=actor_iri(actor.affiliation) if actor.affiliation else None)
        for label, actor in actors.items()
    }


def _corpus_statements(
    documents: list[tuple[Document, list[ResolvedStatement], dict[str, set[str]]]],
    actors: dict[str, Actor],
    canonical: dict[str, str],
) -> list[Statement]:
    """The statements between canonical actors: one per id (the most confident), a symmetric
    one only in the first direction seen, none of an actor with itself."""
    result: dict[str, Statement] = {}
    for doc, statements, _ in documents:
        for st in statements:
            subject = actors[canonical.get(st.subject.label, st.subject.label)]
            obj = actors[canonical.get(st.object.label, st.object.label)]
            if subject.id == obj.id:
                continue
            raw = st.raw
            key = (doc.id, raw.sentence_start, raw.sentence_end)
            sid = statement_id(*key, subject.label, raw.lemma, obj.label)
            if raw.symmetric and statement_id(*key, obj.label, raw.lemma, subject.label) in result:
                continue
            confidence = raw.confidence * VIA_CONFIDENCE.get(st.subject.via, 1.0) * VIA_CONFIDENCE.get(st.object.via, 1.0)
            statement = Statement(
                id=sid,
                doc=doc.id,
                sentence=doc.text[raw.sentence_start : raw.sentence_end],
                char_start=raw.sentence_start,
                char_end=raw.sentence_end,
                subject=Argument(subject, raw.subject.text),
                relation=Relation(raw.lemma, raw.text),
                object=Argument(obj, raw.object.text),
                negated=raw.negated,
                modality=raw.modality,
                confidence=round(confidence, 2),
            )
            if sid not in result or result[sid].confidence < statement.confidence:
                result[sid] = statement
    return list(result.values())


def _canonical_labels(person_labels: set[str], gaz: Gazetteer) -> dict[str, str]:
    """Map person label variants to one label across the corpus (see rule 6 above)."""
    gazetteer_people = set(gaz.people)
    full = sorted({p for p in person_labels | gazetteer_people if len(p.split()) > 1})
    mapping: dict[str, str] = {}
    for label in sorted(person_labels):
        words = label.split()
        if len(words) == 1:
            for position in (-1, 0):
                hits = [f for f in full if f.split()[position] == label]
                if len(hits) == 1:
                    mapping[label] = hits[0]
                    break
            else:
                hits = [f for f in full if any(spelling_variant(w, label) for w in f.split())]
                if len(hits) == 1:
                    mapping[label] = hits[0]
        else:
            variants = [f for f in full if f != label and _same_full_name(f, label)]
            preferred = [v for v in variants if v in gazetteer_people]
            if preferred and label not in gazetteer_people:
                mapping[label] = preferred[0]
            elif variants and label not in gazetteer_people and variants[0] < label:
                mapping[label] = variants[0]
    # Follow chains: "Takaishi" -> "Sanae Takaishi" -> "Sanae Takaichi".
    for label, target in list(mapping.items()):
        seen = {label}
        while target in mapping and target not in seen:
            seen.add(target)
            target = mapping[target]
        mapping[label] = target
    return mapping
