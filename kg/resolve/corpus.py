"""Resolution across documents: one actor, one label and IRI for the whole corpus.

A one-word person name that names exactly one multi-word person of the corpus or the gazetteer
joins it ("President Trump" -> Donald Trump), and full names within the edit-distance rule merge,
preferring the gazetteer's spelling (rule 7 of :mod:`kg.resolve.actors`). A person is then
labelled with a full name the corpus itself writes: the gazetteer's label when some page uses
it, else the full name the pages use most ("S Jaishankar", not the gazetteer's "Subrahmanyam
Jaishankar", when no page writes that): readers and evaluations know a person by the page's name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from kg.lexicon import Gazetteer, load_gazetteer, normalise_name, spelling_variant
from kg.namespaces import actor_iri, statement_id
from kg.resolve.actors import _same_full_name
from kg.resolve.local import VIA_CONFIDENCE, ResolvedStatement
from kg.types import Actor, Argument, Document, Relation, Statement


def merge_corpus(
    documents: Iterable[tuple[Document, list[ResolvedStatement], dict[str, Counter[str]]]],
    gazetteer: Gazetteer | None = None,
) -> tuple[list[Statement], dict[str, Actor]]:
    """Give every actor one canonical label and IRI across all documents, and mint Statements.

    ``documents`` yields (document, its resolved statements, its aliases: the names each actor
    was written with, counted). Returns the statements and the actors by IRI.
    """
    gaz = gazetteer or load_gazetteer()
    documents = list(documents)
    types, affiliations, aliases = _tally(documents)
    people = {label for label, counts in types.items() if counts.most_common(1)[0][0] == "Person"}
    canonical = _page_labels(_canonical_labels(people, gaz), people, aliases, gaz)
    actors = _corpus_actors(types, affiliations, aliases, canonical, gaz)
    return _corpus_statements(documents, actors, canonical), {actor.id: actor for actor in actors.values()}


_Tally = tuple[dict[str, Counter[str]], dict[str, Counter[str]], dict[str, Counter[str]]]
"""Per actor label: its types, its affiliations and its aliases, each counted."""


def _tally(documents: list[tuple[Document, list[ResolvedStatement], dict[str, Counter[str]]]]) -> _Tally:
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
        entry = gaz.lookup(label)
        is_entry = entry is not None and (entry.label == label or entry.label in merged_aliases[label])  # "S Jaishankar"
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
    documents: list[tuple[Document, list[ResolvedStatement], dict[str, Counter[str]]]],
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
