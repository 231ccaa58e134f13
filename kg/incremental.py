"""The corpus-wide steps kept current as documents arrive: actor resolution across documents and
event grouping, redone for what the new documents touch only.

A build resolves each document on its own (:func:`kg.resolve.actors.resolve_document`), then
across the corpus: actor labels are tallied, person names merged (:mod:`kg.resolve.corpus`),
statements minted between canonical actors, typed and dated, and grouped into events
(:mod:`kg.events.grouping`). :class:`CorpusState` does those corpus steps and keeps what it
needs to do them again for a few documents:

- per label: its type and affiliation counts (in first-seen order, which breaks ties), its
  aliases (counted), where it was first seen, and the documents that name it;
- the person names, indexed (:class:`kg.resolve.corpus.NameIndex`), each label's direct and
  final canonical label, and which labels join each one; per canonical label, its people and
  the written name that labels them (:func:`kg.resolve.corpus._page_labels`);
- per canonical actor: its member labels; per document: its statements; per event bucket
  (:func:`kg.events.grouping.bucket_key`): its statements and events; the joint-report links
  between statements of one sentence, the state-report links between the bucket events of one
  state key, and which events they merged; per event, its reports, those gone apart, and which
  reports borrowed their year from it.

:meth:`CorpusState.add` takes new documents, or new versions of documents it has (same id), and
recomputes only: the tallies of the labels they name, the canonical labels their names can
change (a new full name can take a surname, or become the spelling another name joins), the
page labels of the people touched, the actors of the labels touched, the statements of the
documents whose labels changed actor, the buckets those statements leave or join, the
state-report links of the state keys of those buckets' events, and the events joined to them
(their reports' borrowed years made again), and, when the corpus's page days change, the events
whose undated reports borrow their year from those days (``corpus_dependent``).
The result is the one a whole build of the same documents in the same order gives (tested:
``tests/test_incremental.py``), and :class:`Changes` says which documents, actors, events,
relation properties and event classes changed, for the outputs (:mod:`kg.outputs.incremental`).

A whole build is the same call on an empty state (:mod:`kg.pipeline`), so the two cannot drift.
"""

from __future__ import annotations

import json
import os
import pickle
import secrets
import sqlite3
from collections import Counter
from collections.abc import Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

from kg.errors import KGError
from kg.events.classes import type_statements
from kg.events.dates import DateValue, document_date, latest_named_day, parse_date_value
from kg.events.grouping import (
    GMONTHDAY,
    Bucket,
    _complete_years,
    _date,
    _event,
    _event_id,
    _outlet,
    _precision_rank,
    _symmetric,
    acts_through_others,
    bucket_events,
    bucket_key,
    corpus_anchors,
    date_statements,
    dates_compatible,
    event_kind,
    FORCE_KEY,
    force_keys,
    force_links,
    generality,
    joint,
    role_covers,
    sentence_key,
    sides_fit,
)
from kg.lexicon import (
    Gazetteer,
    load_gazetteer,
    load_lexicon,
    normalise_name,
    surname_variant,
)
from kg.namespaces import actor_iri
from kg.resolve.actors import _same_full_name
from kg.resolve.corpus import (
    NameIndex,
    affiliation_actor,
    case_variant_label,
    document_statements,
    fold_key,
    institution_page_label,
    is_person,
    merged_actor,
    with_affiliation_iri,
)
from kg.resolve.local import LocalActor, LocalStatement, ResolvedStatement
from kg.types import Actor, Argument, BuildResult, Document, Event, Relation, Statement

Position = tuple[int, int, int]  # (document position, statement index, 0 subject / 1 object)
ReportPosition = tuple[int, int, str]  # a statement's place in the build: (document position, character, statement id)


@dataclass
class _Doc:
    document: Document
    pos: int
    statements: list[LocalStatement]
    aliases: dict[str, Counter[str]]  # the names each label was written with, counted
    sentences: int = 0
    words: int = 0

    def labels(self) -> set[str]:
        return {actor.label for st in self.statements for actor in (st.subject, st.object)}


@dataclass
class Changes:
    """What one :meth:`CorpusState.add` changed (the outputs rewrite these only)."""

    documents: set[str] = field(default_factory=set)  # ids whose statements changed (rows, named graph)
    metadata: set[str] = field(default_factory=set)  # ids of documents added or changed
    actors: dict[str, Actor | None] = field(default_factory=dict)  # actor IRI -> the actor now (None: gone), for those that changed
    events: set[str] = field(default_factory=set)  # event ids added, changed or removed
    lemmas: set[str] = field(default_factory=set)  # relation lemmas that appeared or went
    concepts: set[str] = field(default_factory=set)  # event classes and quad classes that appeared or went
    added: int = 0  # documents new to the corpus
    replaced: int = 0  # documents with a new version
    new_events: int = 0  # events that were not there before

    def __bool__(self) -> bool:
        return bool(self.documents or self.metadata or self.actors or self.events or self.lemmas or self.concepts)


class CorpusState:
    """The corpus steps of a build, kept current; see the module docstring."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gaz = gazetteer
        self.docs: dict[str, _Doc] = {}  # by id; _Doc.pos is the document's place in the build
        self.next_pos = 0
        # labels
        self.types: dict[str, Counter[str]] = {}
        self.affiliations: dict[str, Counter[str]] = {}
        self.aliases: dict[str, Counter[str]] = {}  # counted (a person is labelled with the name pages write most)
        self.first: dict[str, Position] = {}
        self.label_docs: dict[str, set[str]] = {}
        self.alias_docs: dict[str, set[str]] = {}
        # canonical labels
        self.person: set[str] = set()
        self.oneword: dict[str, set[str]] = {}  # one-word person labels by first letter (lower case)
        self.index: NameIndex | None = None
        self.direct: dict[str, str] = {}
        self.sources: dict[str, set[str]] = {}  # target -> labels whose direct target it is
        self.canonical: dict[str, str] = {}  # label -> final canonical label (only labels that move)
        # page labels (kg.resolve.corpus._page_labels): a person labelled with a full name the pages write
        self.group_of: dict[str, str] = {}  # person label -> its canonical label
        self.group: dict[str, set[str]] = {}  # canonical label -> the person labels it is the canonical label of
        self.page: dict[str, str] = {}  # canonical label -> the written name that replaces it (only those replaced)
        self.final: dict[str, str] = {}  # label -> the label of its actor (canonical, then page label; only labels that move)
        # labels of actors other than people, one actor whatever their case (kg.resolve.corpus.case_variant_label)
        self.fold_of: dict[str, str] = {}  # label -> its label before case variants are joined
        self.fold_labels: dict[str, set[str]] = {}  # fold_key -> the labels whose fold_of has it
        # actors
        self.target_of: dict[str, str] = {}  # label (in types) -> canonical label
        self.members: dict[str, set[str]] = {}
        self.actors: dict[str, Actor] = {}  # canonical label -> actor (affiliation as IRI)
        self.raw_affiliation: dict[str, str | None] = {}  # canonical label -> its affiliation's label
        self.affiliated: dict[str, set[str]] = {}  # affiliation label -> canonical labels affiliated with it
        self.affiliation_actors: dict[str, Actor] = {}  # affiliations that are no actor of their own
        # statements and events
        self.statements: dict[str, list[str]] = {}  # document -> ids of its statements, in order
        self.stmt: dict[str, Statement] = {}  # saved with their actors' id, label and type only (what rows say)
        self.published: dict[str, DateValue | None] = {}
        self.page_days: dict[str, DateValue] = {}  # undated page -> the latest day it names in full (dates.latest_named_day)
        self.outlets: dict[str, str] = {}
        self.doc_place: dict[str, tuple[int, str | None]] = {}  # document -> (its position, its date as given): not its row's text
        self.bucket_of: dict[str, Bucket] = {}
        self.buckets: dict[Bucket, set[str]] = {}
        self.bucket_bases: dict[Bucket, list[str]] = {}
        self.base_of: dict[str, str] = {}
        self.base_members: dict[str, list[str]] = {}
        self.base_info: dict[str, BaseInfo] = {}  # bucket event -> its place, first report, sides and dates (see BaseInfo)
        self.edges: dict[str, set[str]] = {}  # joint-report links between statements of one sentence
        # a report between two states joins its leaders' one event (kg.events.grouping._state_reports)
        self.state_key: dict[str, str] = {}  # bucket event between two states' sides -> its key (see _state_info)
        # or a bare force's report -> its force key (kg.events.grouping._force_reports)
        self.target_keys: dict[str, list[str]] = {}  # a state's force's report -> the force keys it may be joined under
        self.by_state_key: dict[str, set[str]] = {}  # key -> the bucket events with it (as its own key or a target)
        self.link_of: dict[str, str] = {}  # a more general bucket event -> the more specific one it joins
        self.linked_from: dict[str, set[str]] = {}  # bucket event -> the more general events joining it
        self.final_of: dict[str, str] = {}  # bucket event -> the event it is part of
        self.final_bases: dict[str, set[str]] = {}
        self.event_info: dict[str, tuple] = {}  # event id -> what its RDF says (its lemma first): see _event_info
        self.event_statements: dict[str, list[str]] = {}  # event id -> its reports, most precisely dated first
        self.aparts: dict[str, list[str]] = {}  # event id -> the events of its reports gone apart (see _complete)
        self.borrowed: dict[str, bool] = {}  # statements whose date's year came from their event's other reports
        # the corpus's page days (ISO day -> how many pages have it) and the events with no dated
        # report nor dated page whose undated reports take their year from those days when all
        # agree (kg.events.grouping.corpus_anchors): made again when the days change
        self.corpus_days: Counter[str] = Counter()
        self.corpus_dependent: set[str] = set()
        self.lemma_count: Counter[str] = Counter()  # statements and events using each relation lemma
        self.concept_count: Counter[str] = Counter()  # statements using each event class and quad class

        self.generation = ""  # a new token each time the state is saved or committed (the outputs record it)
        self.statement_count = 0
        self.event_count = 0
        self.code = ""  # kg.fingerprint.outputs_fingerprint() of the code that made the state
        self.fingerprint = ""  # of the whole build's result it was saved with (kg.pipeline._fingerprint)
        # keep the events an add() made for result() and event() (a build in batches never asks: its
        # outputs are written from the reopened state; not keeping them, a batch holds no events)
        self.keep_made = True
        self._db: sqlite3.Connection | None = None

    # ------------------------------------------------------------------ persistence

    @property
    def gaz(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = load_gazetteer()
        return self._gaz

    def save(self, path: Path, fingerprint: str) -> None:
        """Write the whole state to a new database at ``path`` (a temp file renamed over it)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        from kg.fingerprint import outputs_fingerprint

        self.fingerprint = fingerprint
        self.code = outputs_fingerprint()
        self.generation = secrets.token_hex(8)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")  # a new file, renamed into place once whole
            db.execute("PRAGMA synchronous = OFF")
            with db:
                _create(db)
                for group in GROUPS:
                    key = _codec(group)[0]
                    rows = dict(_rows(self, group))  # (the values are the state's own: no copy)
                    ordered = sorted(rows, key=key)  # in key order: the table is written in one pass
                    db.executemany(
                        f"INSERT INTO {group} VALUES (?, ?)",
                        ((key(k), pickle.dumps(rows[k], pickle.HIGHEST_PROTOCOL)) for k in ordered),
                    )
                    del rows, ordered
                db.execute("INSERT INTO meta VALUES ('meta', ?)", (pickle.dumps(self._meta(), pickle.HIGHEST_PROTOCOL),))
            db.close()
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            db.close()
            tmp.unlink(missing_ok=True)
            raise

    @classmethod
    def open(cls, path: Path, gazetteer: Gazetteer | None = None) -> CorpusState:
        """The state saved at ``path``, read lazily: a table row is loaded when first used, and
        :meth:`commit` writes back what was used, in one transaction."""
        state = cls(gazetteer)
        db = sqlite3.connect(Path(path))
        try:
            (meta,) = db.execute("SELECT v FROM meta WHERE k = 'meta'").fetchone()
        except (sqlite3.DatabaseError, TypeError) as exc:
            db.close()
            raise StateError(f"{path} is not a kg build state ({exc})") from None
        for key, value in pickle.loads(meta).items():
            setattr(state, key, value)
        state._groups = [_Group(db, group) for group in GROUPS]
        for table in state._groups:
            for index, name in enumerate(GROUPS[table.name]):
                setattr(state, name, _Field(table, index))
        state._db = db
        state.index = NameIndex(state.person, state.gaz)
        return state

    @staticmethod
    def saved(path: Path) -> dict[str, Any]:
        """What a saved state says of itself (generation, fingerprint, code, counts), without
        opening it for use; a :class:`StateError` when there is none there."""
        try:
            db = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        except sqlite3.Error as exc:
            raise StateError(f"{path}: {exc}") from None
        try:
            (meta,) = db.execute("SELECT v FROM meta WHERE k = 'meta'").fetchone()
            return pickle.loads(meta)
        except (sqlite3.DatabaseError, TypeError, pickle.UnpicklingError) as exc:
            raise StateError(f"{path} is not a kg build state ({exc})") from None
        finally:
            db.close()

    def commit(self) -> None:
        """Write what :meth:`add` changed back to the database (one transaction)."""
        if self._db is None:
            raise StateError("commit: this state was not opened from a database (use save)")
        self.generation = secrets.token_hex(8)
        with self._db:
            for table in self._groups:
                table.flush()
            self._db.execute("REPLACE INTO meta VALUES ('meta', ?)", (pickle.dumps(self._meta(), pickle.HIGHEST_PROTOCOL),))

    def forget(self) -> None:
        """Drop the rows read since the last :meth:`commit` (nothing may have changed since): a
        reader going through a whole committed state keeps a few rows in memory, not all."""
        for table in getattr(self, "_groups", ()):
            table.rows.clear()

    def scan(self, name: str) -> Iterator[tuple[Any, Any]]:
        """Every (key, value) of the mapping ``name`` of a committed state, in key order, read from
        the database a row at a time and not kept (rows changed since the commit are not seen)."""
        if self._db is None:
            raise StateError("scan: this state was not opened from a database")
        group = next(g for g, names in GROUPS.items() if name in names)
        index = GROUPS[group].index(name)
        unkey = _codec(group)[1]
        unpack = _UNPACK.get(group)
        cursor = self._db.execute(f"SELECT k, v FROM {group} ORDER BY k")
        while rows := cursor.fetchmany(1000):
            for key, data in rows:
                row = pickle.loads(data)
                value = row[index]
                if value is not ABSENT:
                    yield unkey(key), (unpack(row)[index] if unpack and index == 0 else value)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _count_day(self, value: DateValue | None, step: int) -> None:
        if value is not None and value.precision == "day":
            self.corpus_days[value.iso] += step
            if self.corpus_days[value.iso] <= 0:
                del self.corpus_days[value.iso]

    def _corpus_anchors(self) -> list[DateValue]:
        return corpus_anchors(parse_date_value(day) for day in self.corpus_days)

    def _meta(self) -> dict:
        return {key: getattr(self, key) for key in META}

    # ------------------------------------------------------------------ adding documents

    def add(self, batch: Sequence[tuple[Document, list[ResolvedStatement], dict[str, Counter[str]], int, int]]) -> Changes:
        """Add documents (document, its resolved statements, its aliases, sentences, words), or new
        versions of documents already here (same id: replaced in place); returns what changed."""
        if self.index is None:
            self.index = NameIndex((), self.gaz)
        changes = Changes()
        self._was_used: dict[tuple[str, str], bool] = {}
        self._made.clear()
        appended: list[_Doc] = []
        replaced: list[tuple[_Doc, _Doc]] = []
        latest = {item[0].id: item for item in batch}  # a document given twice: its last version
        days_before = set(self.corpus_days)
        for document, resolved, aliases, sentences, words in latest.values():
            local = [st if isinstance(st, LocalStatement) else LocalStatement.of(st) for st in resolved]
            doc_aliases = {label: Counter(names) for label, names in aliases.items()}
            old = self.docs.get(document.id)
            if old is None:
                entry = _Doc(document, self.next_pos, local, doc_aliases, sentences, words)
                self.next_pos += 1
                appended.append(entry)
            else:
                entry = _Doc(document, old.pos, local, doc_aliases, sentences, words)
                replaced.append((old, entry))
            self.docs[document.id] = entry
            if old is None or old.document != document:
                changes.metadata.add(document.id)
            if old is not None:
                self._count_day(self.published.get(document.id), -1)
            self.published[document.id] = document_date(document.date, document.text)
            self._count_day(self.published[document.id], +1)
            latest = latest_named_day(document.text) if self.published[document.id] is None else None
            if latest is not None:
                self.page_days[document.id] = latest
            elif document.id in self.page_days:
                del self.page_days[document.id]
            self.doc_place[document.id] = (entry.pos, document.date)
            self.outlets[document.id] = _outlet(document)
        changes.added, changes.replaced = len(appended), len(replaced)
        # new page days can change the year an undated report borrows from the corpus: make those events again
        self._redo = set(self.corpus_dependent) if set(self.corpus_days) != days_before else set()

        touched_labels, touched_aliases = self._tally(appended, replaced)
        canonical_moved = self._canonicalise(touched_labels, touched_aliases)
        type_changed = self._update_actors(touched_labels, touched_aliases, canonical_moved, changes)
        remint = {entry.document.id for entry in appended} | {new.document.id for _, new in replaced}
        for label in canonical_moved | type_changed:
            remint |= self.label_docs.get(label, set())
        self._mint(sorted(remint, key=lambda doc_id: self.docs[doc_id].pos), changes)
        for (kind, key), before in self._was_used.items():  # relation lemmas and classes that came or went
            if before != (self._counter(kind)[key] > 0):
                getattr(changes, kind).add(key)
        del self._was_used
        return changes

    # ------------------------------------------------------------------ tallies

    def _tally(self, appended: list[_Doc], replaced: list[tuple[_Doc, _Doc]]) -> tuple[set[str], set[str]]:
        """Count the new documents' labels; count again, from all their documents, the labels a
        replaced document named. Returns the labels whose counts and whose aliases changed."""
        recount: set[str] = set()
        realias: set[str] = set()
        for old, new in replaced:
            for label in old.labels():
                self.label_docs[label].discard(old.document.id)
                recount.add(label)
            for label in old.aliases:
                self.alias_docs[label].discard(old.document.id)
                realias.add(label)
            recount |= new.labels()
            realias |= set(new.aliases)
        entries = [*appended, *(new for _, new in replaced)]
        for entry in entries:
            for label in entry.labels():
                self.label_docs.setdefault(label, set()).add(entry.document.id)
            for label in entry.aliases:
                self.alias_docs.setdefault(label, set()).add(entry.document.id)
        touched: set[str] = set(recount)
        aliased: set[str] = set(realias)
        for entry in appended:  # after every document here: counting on keeps the first-seen order
            for i, st in enumerate(entry.statements):
                for role, actor in enumerate((st.subject, st.object)):
                    touched.add(actor.label)
                    if actor.label not in recount:
                        self._count(actor, (entry.pos, i, role))
            for label, names in entry.aliases.items():
                aliased.add(label)
                if label not in realias:
                    self.aliases.setdefault(label, Counter()).update(names)
        for label in recount:
            self._recount(label)
        for label in realias:
            docs = self.alias_docs.get(label)
            if docs:
                total: Counter[str] = Counter()
                for d in docs:
                    total.update(self.docs[d].aliases[label])
                self.aliases[label] = total
            else:
                self.aliases.pop(label, None)
                self.alias_docs.pop(label, None)
        return touched, aliased

    def _count(self, actor: LocalActor, where: Position) -> None:
        self.types.setdefault(actor.label, Counter())[actor.type] += 1
        if actor.affiliation:
            self.affiliations.setdefault(actor.label, Counter())[actor.affiliation] += 1
        self.first.setdefault(actor.label, where)

    def _recount(self, label: str) -> None:
        """A label's counts from all the documents that name it, in document order."""
        self.types.pop(label, None)
        self.affiliations.pop(label, None)
        self.first.pop(label, None)
        docs = sorted((self.docs[d] for d in self.label_docs.get(label, ())), key=lambda e: e.pos)
        if not docs:
            self.label_docs.pop(label, None)
        for entry in docs:
            for i, st in enumerate(entry.statements):
                for role, actor in enumerate((st.subject, st.object)):
                    if actor.label == label:
                        self._count(actor, (entry.pos, i, role))

    # ------------------------------------------------------------------ canonical labels

    def _canonicalise(self, touched: set[str], aliased: set[str]) -> set[str]:
        """Bring person labels, the name index, the canonical labels and the page labels up to
        date for the ``touched`` labels and those whose ``aliased`` names changed; returns the
        labels whose actor's label (:attr:`final`) changed."""
        assert self.index is not None
        changed_person: set[str] = set()
        full_changed: list[str] = []
        for label in touched:
            now = label in self.types and is_person(self.types[label])
            if now == (label in self.person):
                continue
            changed_person.add(label)
            multi = len(label.split()) > 1
            before = label in self.index.full
            if now:
                self.person.add(label)
                self.index.add(label)
                if not multi:
                    self.oneword.setdefault(label[:1].lower(), set()).add(label)
            else:
                self.person.discard(label)
                self.index.discard(label)
                if not multi:
                    self.oneword.get(label[:1].lower(), set()).discard(label)
            if multi and before != (label in self.index.full):
                full_changed.append(label)

        if len(full_changed) * 4 > len(self.person):  # most names are new: redo all (the same, faster)
            redo = set(self.person) | changed_person
        else:
            redo = set(changed_person)
            for name in full_changed:
                redo |= self._reached_by(name)
        direct_changed = set()
        for label in redo:
            old = self.direct.get(label)
            new = self.index.target(label) if label in self.person else None
            if old == new:
                continue
            direct_changed.add(label)
            if old is not None:
                self.sources[old].discard(label)
            if new is None:
                del self.direct[label]
            else:
                self.direct[label] = new
                self.sources.setdefault(new, set()).add(label)

        upstream = set(direct_changed)
        stack = list(direct_changed)
        while stack:
            for source in self.sources.get(stack.pop(), ()):
                if source not in upstream:
                    upstream.add(source)
                    stack.append(source)
        for label in upstream:
            final = self._follow(label)
            if final != self.canonical.get(label):
                if final is None:
                    del self.canonical[label]
                else:
                    self.canonical[label] = final
        return self._relabel(upstream | changed_person, aliased, touched)

    def _relabel(self, regrouped: set[str], aliased: set[str], touched: set[str] = frozenset()) -> set[str]:
        """The page labels (:func:`kg.resolve.corpus._page_labels`) of the canonical labels whose
        people (``regrouped``: their canonical label or person type may have changed) or whose
        people's names (``aliased``) changed; returns the labels whose :attr:`final` label changed."""
        dirty: set[str] = set()
        for label in regrouped:
            new = self.canonical.get(label, label) if label in self.person else None
            old = self.group_of.get(label)
            if old == new:
                continue
            if old is not None:
                self.group[old].discard(label)
                if not self.group[old]:
                    del self.group[old]
                dirty.add(old)
            if new is None:
                del self.group_of[label]
            else:
                self.group_of[label] = new
                self.group.setdefault(new, set()).add(label)
                dirty.add(new)
        for label in aliased:
            if label in self.group_of:
                dirty.add(self.group_of[label])
        relabel = set(regrouped)
        for target in dirty:
            new = self._page_label(target)
            if new != self.page.get(target):
                if new is None:
                    del self.page[target]
                else:
                    self.page[target] = new
                relabel |= self.group.get(target, set()) | {target}
        for label in regrouped | aliased:  # an institution: the name the pages write for it (after the people's)
            if label in self.person:
                continue
            new = institution_page_label(label, self.aliases.get(label, Counter()), load_lexicon(), self.gaz)
            if new != self.page.get(label):
                if new is None:
                    del self.page[label]
                else:
                    self.page[label] = new
                relabel.add(label)
        relabel |= self._refold(relabel | touched)
        moved = set()
        for label in relabel:
            canonical = self.canonical.get(label, label)
            final = self.page.get(canonical, canonical)
            if label in self.fold_of:  # one actor however its label's case is written (kg.resolve.corpus.case_variant_label)
                final = case_variant_label({self.fold_of[other] for other in self.fold_labels[fold_key(final)]})
            final = None if final == label else final
            if final != self.final.get(label):
                moved.add(label)
                if final is None:
                    del self.final[label]
                else:
                    self.final[label] = final
        return moved

    def _refold(self, labels: set[str]) -> set[str]:
        """Bring the case-variant groups up to date for ``labels`` (the label each of them has
        before case variants are joined, :attr:`fold_of`, grouped by its lower case in
        :attr:`fold_labels`); returns the labels of every group that gained or lost one, whose
        label may change with it."""
        changed: set[str] = set()
        for label in labels:
            old = self.fold_of.get(label)
            if label in self.types and label not in self.person:
                canonical = self.canonical.get(label, label)
                new = self.page.get(canonical, canonical)
            else:
                new = None
            if old == new:
                continue
            if old is not None:
                holders = self.fold_labels[fold_key(old)]
                holders.discard(label)
                if not holders:
                    del self.fold_labels[fold_key(old)]
                changed.add(fold_key(old))
            if new is None:
                del self.fold_of[label]
            else:
                self.fold_of[label] = new
                self.fold_labels.setdefault(fold_key(new), set()).add(label)
                changed.add(fold_key(new))
        return {label for key in changed for label in self.fold_labels.get(key, ())}

    def _page_label(self, target: str) -> str | None:
        """The full name the pages write that labels the people of canonical label ``target``
        instead of it, if any (as :func:`kg.resolve.corpus._page_labels` chooses it)."""
        names: Counter[str] = Counter()
        for label in self.group.get(target, ()):
            names.update(self.aliases.get(label, Counter()))
        entry = self.gaz.lookup(target)
        full = {
            name: count for name, count in names.items()
            if len(name.split()) > 1 and (_same_full_name(name, target) or (entry is not None and self.gaz.lookup(name) == entry))
        }  # fmt: skip
        if not full or (entry is not None and entry.label == target and any(normalise_name(n) == normalise_name(target) for n in full)):
            return None
        best = min(full, key=lambda name: (-full[name], -len(name), name))
        return None if best == target else best

    def _reached_by(self, name: str) -> set[str]:
        """The person labels whose direct target may change when the full name ``name`` comes or
        goes: one-word labels equal to one of its words or a spelling variant of its last word
        (:func:`kg.lexicon.surname_variant`), full names it is a word-for-word variant of, and full
        names that share its first word (one it may extend; see :meth:`NameIndex.target`)."""
        assert self.index is not None
        words = name.split()
        found = {w for w in (words[0], words[-1]) if w in self.person}
        for word in words:
            found |= {label for label in self.oneword.get(word[:1].lower(), ()) if surname_variant(name, label)}
        found |= {f for f in self.index.candidates(words) if f in self.person and f != name and _same_full_name(f, name)}
        found |= {f for f in self.index.by_word.get((-1, words[-1]), ()) if f in self.person and f != name}  # namesakes
        found |= {f for f in self.index.by_word.get((0, words[0]), ()) if f in self.person and f != name}  # a name it extends
        return found

    def _follow(self, label: str) -> str | None:
        target = self.direct.get(label)
        if target is None:
            return None
        seen = {label}
        while target in self.direct and target not in seen:
            seen.add(target)
            target = self.direct[target]
        return target

    # ------------------------------------------------------------------ actors

    def _update_actors(self, touched: set[str], aliased: set[str], moved: set[str], changes: Changes) -> set[str]:
        """Recompute the actors whose member labels, counts or aliases changed; returns the labels
        whose actor changed type (their statements say the type) or affiliation (it decides which
        states a person's events stand for)."""
        targets: set[str] = set()
        for label in touched | moved | aliased:
            old = self.target_of.get(label)
            new = self.final.get(label, label) if label in self.types else None
            if old != new:
                if old is not None:
                    self.members[old].discard(label)
                    del self.target_of[label]
                if new is not None:
                    self.members.setdefault(new, set()).add(label)
                    self.target_of[label] = new
            targets |= {t for t in (old, new) if t is not None}

        retyped: set[str] = set()
        affiliations: set[str] = set(targets)
        moved_actors: set[str] = set()  # labels whose actor (regular or affiliation-only) changed
        for target in targets:
            members = self.members.get(target)
            old_actor = self.actors.get(target)
            old_affiliation = self.raw_affiliation.get(target)
            if not members:
                self.members.pop(target, None)
                self.actors.pop(target, None)
                self.raw_affiliation.pop(target, None)
                new_affiliation, actor = None, None
            else:
                merged_types: Counter[str] = Counter()
                merged_aliases: set[str] = set()
                merged_affiliations: Counter[str] = Counter()
                for label in sorted(members, key=self.first.__getitem__):  # first seen first: ties as a whole build
                    merged_types.update(self.types[label])
                    merged_aliases |= set(self.aliases.get(label, ())) | {label}
                    merged_affiliations.update(self.affiliations.get(label, Counter()))
                raw = merged_actor(target, merged_types, merged_aliases, merged_affiliations, self.gaz)
                new_affiliation, actor = raw.affiliation, with_affiliation_iri(raw)
                self.actors[target], self.raw_affiliation[target] = actor, new_affiliation
            if old_affiliation != new_affiliation:
                if old_affiliation is not None:
                    self.affiliated[old_affiliation].discard(target)
                if new_affiliation is not None:
                    self.affiliated.setdefault(new_affiliation, set()).add(target)
                affiliations |= {a for a in (old_affiliation, new_affiliation) if a is not None}
            if old_actor != actor:
                moved_actors.add(target)
                if old_actor is None or actor is None or (old_actor.type, old_actor.affiliation) != (actor.type, actor.affiliation):
                    retyped |= self.members.get(target, set())  # their statements' type, or their events' leaders
        for label in affiliations:  # an affiliation is an actor too, unless it is one already
            old = self.affiliation_actors.get(label)
            new = affiliation_actor(label, self.gaz) if self.affiliated.get(label) and label not in self.actors else None
            if new is None:
                self.affiliation_actors.pop(label, None)
            else:
                self.affiliation_actors[label] = new
            if old != new:
                moved_actors.add(label)
        for label in moved_actors:  # an IRI is one label's: the regular actor, else the affiliation's
            changes.actors[actor_iri(label)] = self.actors.get(label) or self.affiliation_actors.get(label)
        return retyped

    # ------------------------------------------------------------------ statements and events

    def _mint(self, documents: list[str], changes: Changes) -> None:
        """Mint, type and date the statements of ``documents`` again, and regroup the events they
        leave or join."""
        touched_buckets: set[Bucket] = set()
        for doc_id in documents:
            entry = self.docs[doc_id]
            minted = document_statements(entry.document, entry.statements, self.actors, self.final)
            typed = sorted(type_statements(minted), key=lambda s: (s.char_start, s.id))
            dated = date_statements(typed, [entry.document])
            old = [self.stmt[sid] for sid in self.statements.get(doc_id, [])]
            if old:  # event ids kept until regrouped: only a real move is a change
                was = {st.id: st.event_id for st in old}
                dated = [replace(st, event_id=was[st.id]) if st.id in was else st for st in dated]
            for st in old:
                self._forget(st, touched_buckets)
            for st in dated:
                key = bucket_key(st)
                self.bucket_of[st.id] = key
                self.buckets.setdefault(key, set()).add(st.id)
                touched_buckets.add(key)
                self.stmt[st.id] = st
                self._use(st, +1)
            self._link(dated)
            self.statements[doc_id] = [st.id for st in dated]
            self.statement_count += len(dated) - len(old)
            if not old or [s.to_json() for s in old] != [s.to_json() for s in dated]:
                changes.documents.add(doc_id)
        self._regroup(touched_buckets, changes)

    def _forget(self, st: Statement, touched: set[Bucket]) -> None:
        key = self.bucket_of.pop(st.id)
        self.buckets[key].discard(st.id)
        touched.add(key)
        del self.stmt[st.id]
        self.base_of.pop(st.id, None)
        self.borrowed.pop(st.id, None)  # minted again with its own date; grouping gives it a year again
        for other in self.edges.pop(st.id, ()):
            self.edges.get(other, set()).discard(st.id)
        self._use(st, -1)

    def _counter(self, kind: str) -> Counter[str]:
        return self.lemma_count if kind == "lemmas" else self.concept_count

    def _bump(self, kind: str, key: str, step: int) -> None:
        """Count a use of a relation lemma (statements and events) or of an event class
        (statements): the default graph declares those in use; what came or went is a change."""
        counter = self._counter(kind)
        self._was_used.setdefault((kind, key), counter[key] > 0)
        counter[key] += step
        if counter[key] <= 0:
            del counter[key]

    def _use(self, st: Statement, step: int) -> None:
        self._bump("lemmas", st.relation.lemma, step)
        for concept in (st.relation.event, st.relation.quad):
            if concept:
                self._bump("concepts", concept, step)

    def _link(self, statements: list[Statement]) -> None:
        """Joint-report links between the statements of one document."""
        groups: dict[tuple, list[Statement]] = {}
        for st in statements:
            groups.setdefault(sentence_key(st), []).append(st)
        for group in groups.values():
            for i, first in enumerate(group):
                for second in group[i + 1 :]:
                    if joint(first, second):
                        self.edges.setdefault(first.id, set()).add(second.id)
                        self.edges.setdefault(second.id, set()).add(first.id)

    def _regroup(self, touched: set[Bucket], changes: Changes) -> None:
        """Cluster the touched buckets again, then the events their bucket events are part of
        (joint reports, state reports: see :meth:`_events_of`)."""
        removed: set[str] = set()
        fresh: set[str] = set()
        for key in touched:
            for base in self.bucket_bases.pop(key, []):
                removed.add(base)
                del self.base_members[base]
                del self.base_info[base]
            members = [self._own(s) for s in self.buckets.get(key, ())]
            if not members:
                self.buckets.pop(key, None)
                continue
            bases = []
            published = {st.doc: self.published.get(st.doc) for st in members}  # (a saved state's mapping is lazy)
            pos = {doc: self.doc_place[doc][0] for doc in published}
            bucket_first = min((pos[st.doc], st.char_start, st.id) for st in members)
            for rank, (event_id, cluster) in enumerate(bucket_events(key, members, published)):
                self.base_members[event_id] = [st.id for st in cluster]
                for st in cluster:
                    self.base_of[st.id] = event_id
                head = cluster[0]
                self.base_info[event_id] = BaseInfo(
                    (bucket_first, rank),
                    min((pos[st.doc], st.char_start, st.id) for st in cluster),
                    (_bare(head.subject.actor), _bare(head.object.actor), _symmetric(head)),
                    frozenset(v for v in (_date(st) for st in cluster) if v is not None),
                )
                bases.append(event_id)
                fresh.add(event_id)
            self.bucket_bases[key] = bases

        retired: set[str] = set()
        pending: list[str] = sorted(fresh)

        def retire(base: str) -> None:
            final = self.final_of.get(base)
            if final is not None and final not in retired:
                retired.add(final)
                pending.extend(self.final_bases.get(final, ()))

        for base in removed | fresh:
            retire(base)
        for final in sorted(self.__dict__.pop("_redo", ())):  # their corpus's days changed (see add)
            if final in self.final_bases and final not in retired:
                retired.add(final)
                pending.extend(self.final_bases[final])
        for base in self._relink(removed, fresh):  # their state-report link changed
            pending.append(base)
            retire(base)
        areas: list[set[str]] = []  # bases joined by joint reports or state-report links
        seen: set[str] = set()
        while pending:
            start = pending.pop()
            if start in seen or start not in self.base_members:
                continue
            area, stack = {start}, [start]
            seen.add(start)
            while stack:
                base = stack.pop()
                near = [self.base_of[other] for sid in self.base_members[base] for other in self.edges.get(sid, ())]
                near += [self.link_of[base]] if base in self.link_of else []
                near += self.linked_from.get(base, ())
                for other in near:
                    if other not in seen:
                        retire(other)
                        seen.add(other)
                        area.add(other)
                        stack.append(other)
            areas.append(area)
        components = [group for area in areas for group in self._events_of(area)]

        old_events: dict[str, tuple | None] = {}
        for final in retired:
            self.corpus_dependent.discard(final)
            for event_id in (final, *self.aparts.pop(final, ())):
                old_events[event_id] = self.event_info.pop(event_id, None)
                self.event_statements.pop(event_id, None)
            for base in self.final_bases.pop(final, ()):
                if self.final_of.get(base) == final:
                    del self.final_of[base]
        was_there = set(old_events)
        self.event_count -= len(old_events)
        for root, component in components:
            self.final_bases[root] = component
            for base in component:
                self.final_of[base] = root
            reports = sorted((self._own(s) for base in component for s in self.base_members[base]), key=_precision_rank)
            made, borrowed = self._complete(root, reports)
            if len(made) > 1:
                self.aparts[root] = [event_id for event_id, _ in made[1:]]
            for event_id, cluster in made:
                self.event_count += 1
                for st in cluster:
                    if st.id in borrowed:
                        self.borrowed[st.id] = True
                    else:
                        self.borrowed.pop(st.id, None)
                    now = self.stmt[st.id]
                    if (now.event_id, now.date, now.date_precision) != (st.event_id, st.date, st.date_precision):
                        self.stmt[st.id] = st
                        changes.documents.add(st.doc)
                event = _event(event_id, cluster, self.outlets)
                if self.keep_made:
                    self._made[event_id] = event  # result() reuses it (made again from its reports when read from disk)
                self.event_statements[event_id] = [st.id for st in cluster]
                info = _event_info(event)
                before = old_events.pop(event_id, None)
                if event_id not in was_there:
                    changes.new_events += 1
                if before is not None:
                    self._bump("lemmas", before[0], -1)
                self._bump("lemmas", event.lemma, +1)
                if before != info:
                    changes.events.add(event_id)
                    changes.documents |= {st.doc for st in cluster}  # its rows say the event's date
                self.event_info[event_id] = info
        for final, info in old_events.items():  # events that are no more
            changes.events.add(final)
            if info is not None:
                self._bump("lemmas", info[0], -1)

    def _own(self, statement_id: str) -> Statement:
        """A statement with the date its own sentence and page give (grouping reads that), not the
        year it borrowed from its event's other reports (:meth:`_complete`)."""
        st = self.stmt[statement_id]
        return replace(st, date=None, date_precision=None) if statement_id in self.borrowed else st

    def _complete(self, root: str, reports: list[Statement]) -> tuple[list[tuple[str, list[Statement]]], set[str]]:
        """An event's reports (their own dates, most precise first) as
        :func:`kg.events.grouping.group_events` ends it: a year-less day of an undated page takes
        the year of the other reports (:func:`kg.events.grouping._complete_years`), and a report
        whose day cannot be the event's goes apart, an event of its own. Returns (event id, its
        reports with their event id) for the event, then for each report gone apart; and the ids of
        the reports given a year."""
        docs = {st.doc for st in reports}
        published = {doc: self.published.get(doc) for doc in docs}
        month_days = {doc: date for doc in docs if (date := self.doc_place[doc][1]) and GMONTHDAY.fullmatch(date)}
        days = [v for v in (published.get(st.doc) for st in reports) if v is not None and v.precision == "day"]
        if not days and not any(_date(st) is not None and _date(st).precision == "day" for st in reports):
            self.corpus_dependent.add(root)  # its reports' years may come from the corpus's days
        else:
            self.corpus_dependent.discard(root)
        page_days = {doc: self.page_days.get(doc) for doc in docs if published.get(doc) is None}
        completed, apart = _complete_years({root: reports}, published, month_days, self._corpus_anchors(), page_days)
        kept = sorted((completed.get(st.id, st) for st in reports if st.id not in apart), key=_precision_rank)
        made = [(root, [replace(st, event_id=root) for st in kept])]
        for st in reports:
            if st.id in apart:
                event_id = _event_id(("apart", root, st.id, False), "undated")
                made.append((event_id, [replace(st, event_id=event_id)]))
        return made, set(completed)

    @property
    def _made(self) -> dict[str, Event]:
        """Events made by the last :meth:`add` (reports' event ids as they are now)."""
        if "_made_events" not in self.__dict__:
            self.__dict__["_made_events"] = {}
        return self.__dict__["_made_events"]

    def _events_of(self, area: set[str]) -> list[tuple[str, set[str]]]:
        """The events of an area (bucket events joined by joint reports or state-report links),
        as :func:`kg.events.grouping.group_events` makes them: bucket events one sentence reports
        as one act are one event, kept under the first reported (joint components); a component
        whose first event is a report between two states that joins its leaders' event
        (:attr:`link_of`) becomes part of that event's component, kept under its id."""
        if len(area) == 1:
            return [(next(iter(area)), area)]
        firsts = {base: self.base_info[base].first for base in area}
        component_of: dict[str, int] = {}
        components: list[set[str]] = []
        for start in sorted(area, key=firsts.__getitem__):
            if start in component_of:
                continue
            component, stack = {start}, [start]
            component_of[start] = len(components)
            dates = set(self.base_info[start].dates)  # a joint report never joins events of other days
            while stack:
                for sid in self.base_members[stack.pop()]:
                    for other in self.edges.get(sid, ()):
                        base = self.base_of[other]
                        if base not in component_of and dates_compatible(dates, self.base_info[base].dates):
                            component_of[base] = len(components)
                            component.add(base)
                            dates |= self.base_info[base].dates
                            stack.append(base)
            components.append(component)
        roots = [min(component, key=firsts.__getitem__) for component in components]
        into: dict[int, int] = {}  # component -> the component it joins (its root's state-report link)
        for number, root in enumerate(roots):
            target = self.link_of.get(root)
            if target is not None and target in component_of and component_of[target] != number:
                into[number] = component_of[target]

        def sink(number: int) -> int:
            path = [number]
            while number in into and into[number] not in path:
                number = into[number]
                path.append(number)
            if number in into:  # a cycle (never seen): the first reported of it keeps the rest
                cycle = path[path.index(into[number]):]
                return min(cycle, key=lambda n: firsts[roots[n]])
            return number

        groups: dict[int, set[str]] = {}
        for number, component in enumerate(components):
            groups.setdefault(sink(number), set()).update(component)
        return [(roots[number], group) for number, group in groups.items()]

    def _state_info(self, base: str) -> tuple[str | None, list[str]]:
        """The keys of a bucket event: its own, under which it may join another event, and those
        under which others may join it. Its own key is, for an event whose two sides (two actors)
        each stand for a state (a country itself, or one affiliated to it; the same state on both
        sides too), as :func:`kg.events.grouping._state_reports` groups them: the states (as a set
        for a symmetric act), its relation family, polarity and modality; else its force key as a
        bare force's report (:func:`kg.events.grouping.force_keys`), if any. The others are the
        force keys of a state's force's report."""
        first = self.stmt[self.base_members[base][0]]
        one, other = self._state(first.subject.actor), self._state(first.object.actor)
        symmetric = _symmetric(first)
        family, modality = event_kind(first)
        kind = (family, first.negated, modality)
        own, targets = force_keys(first.subject.actor, first.object.actor, symmetric, kind, self._affiliation)
        if one is None or other is None or first.subject.actor.id == first.object.actor.id:
            return own, targets
        pair = sorted((one, other)) if symmetric else [one, other]
        return json.dumps([symmetric, pair, *kind], ensure_ascii=False), targets

    def _state(self, actor: Actor) -> str | None:
        return actor.id if acts_through_others(actor, self._affiliation) else self._affiliation(actor)

    def _affiliation(self, actor: Actor) -> str | None:
        whole = self.actors.get(actor.label)
        return whole.affiliation if whole is not None and whole.id == actor.id else None

    def _key_links(self, key: str, members: set[str]) -> dict[str, str]:
        """The links of one key's bucket events: a state key's (:meth:`_links`) or a force key's
        (:func:`kg.events.grouping.force_links`)."""
        if not key.startswith(FORCE_KEY):
            return self._links(members)
        own = {base: key for base in members if self.state_key.get(base) == key}
        targets = {key: sorted(base for base in members if key in self.target_keys.get(base, ()))}
        return force_links(own, targets, lambda base: self.base_info[base].dates)

    def _links(self, members: set[str]) -> dict[str, str]:
        """The state-report links of the bucket events of one state key
        (:func:`kg.events.grouping._state_reports`): the more general events (more countries among
        their sides), in turn, each join the one more specific event (or the event it joined)
        whose sides they cover, with compatible dates; returns event -> the event it joins."""

        def covers(general: Actor, specific: Actor) -> bool:
            if general.id == specific.id or (acts_through_others(general, self._affiliation) and self._affiliation(specific) == general.id):
                return True
            return role_covers(general, specific, self._affiliation)

        info = {base: self.base_info[base] for base in members}  # a row each: no report, no document read
        sides = {base: info[base].sides for base in members}

        def fits(general: str, specific: str) -> bool:
            return sides_fit(sides[general], sides[specific], covers)

        parent: dict[str, str] = {}

        def root(base: str) -> str:
            while parent.get(base, base) != base:
                base = parent[base]
            return base

        countries = {base: sum(generality(a, self._affiliation) for a in sides[base][:2]) for base in members}
        known = {base: set(info[base].dates) for base in members}
        links: dict[str, str] = {}
        for base in sorted(members, key=lambda b: (countries[b], info[b].order)):
            if countries[base] == 0:
                continue
            found = {root(other) for other in members if countries[other] < countries[base] and fits(base, other)}
            fitting = [r for r in found if all(a.compatible(b) for a in known[base] for b in known[r])]
            if len(fitting) == 1:
                parent[base] = links[base] = fitting[0]
                known[fitting[0]] |= known[base]
        return links

    def _relink(self, removed: set[str], fresh: set[str]) -> set[str]:
        """Index the new bucket events by state key, and link the events of each key whose
        members changed again (:meth:`_links`); returns the bucket events whose link changed
        (both ends), and the ends of the new events' links."""
        keys: set[str] = set()
        for base in removed:
            own = self.state_key.pop(base, None)
            for key in ([own] if own is not None else []) + self.target_keys.pop(base, []):
                indexed = self.by_state_key[key]
                indexed.discard(base)
                if not indexed:
                    del self.by_state_key[key]
                keys.add(key)
        for base in fresh:
            key, targets = self._state_info(base)
            if key is not None:
                self.state_key[base] = key
                self.by_state_key.setdefault(key, set()).add(base)
                keys.add(key)
            if targets:
                self.target_keys[base] = targets
                for key in targets:
                    self.by_state_key.setdefault(key, set()).add(base)
                    keys.add(key)
        changed: set[str] = set()
        for base in removed:  # gone, or no longer of a state key
            if base in self.link_of and base not in self.state_key:
                changed |= {base, self._unlink(base)}
        for key in keys:
            members = set(self.by_state_key.get(key, ()))
            links = self._key_links(key, members) if len(members) > 1 else {}
            for base in members:
                if self.state_key.get(base) != key:  # joined under this key, its own link is another's
                    continue
                old, new = self.link_of.get(base), links.get(base)
                if old != new:
                    if old is not None:
                        self._unlink(base)
                    if new is not None:
                        self.link_of[base] = new
                        self.linked_from.setdefault(new, set()).add(base)
                    changed |= {b for b in (base, old, new) if b is not None}
                elif base in fresh and new is not None:
                    changed |= {base, new}
        return {base for base in changed if base in self.base_members}

    def _unlink(self, base: str) -> str:
        target = self.link_of.pop(base)
        joining = self.linked_from.get(target)
        if joining is not None:
            joining.discard(base)
            if not joining:
                del self.linked_from[target]
        return target

    def event(self, event_id: str, outlets: dict[str, str] | None = None) -> Event:
        """An event, made from its reports (with bare actors). ``outlets``: every document's outlet,
        when the caller has them (else each report's document row is read for it)."""
        made = self._made.get(event_id)
        if made is not None:
            return made
        return _event(event_id, [self.stmt[sid] for sid in self.event_statements[event_id]], self.outlets if outlets is None else outlets)

    def event_date(self, event_id: str | None) -> tuple[str | None, str | None]:
        """The date of an event and its precision (``event_date`` in ``triples.jsonl``)."""
        if event_id is None:
            return None, None
        made = self._made.get(event_id)
        if made is not None:
            return made.date, made.date_precision
        info = self.event_info.get(event_id)
        return (info[7], info[8]) if info is not None else (None, None)

    # ------------------------------------------------------------------ the build

    def all_actors(self) -> dict[str, Actor]:
        """Every actor by IRI, in the order a whole build lists them: canonical labels by where
        their first member was first seen, then affiliations that are no actor of their own."""
        targets = sorted(self.actors, key=lambda t: min(self.first[m] for m in self.members[t]))
        actors = {self.actors[t].id: self.actors[t] for t in targets}
        for target in targets:
            label = self.raw_affiliation.get(target)
            if label in self.affiliation_actors:
                actor = self.affiliation_actors[label]
                actors.setdefault(actor.id, actor)
        return actors

    def result(self, result: BuildResult | None = None) -> BuildResult:
        """The build's result (documents, statements, actors, events) in whole-build order.
        Statements and events carry the current actors."""
        result = result if result is not None else BuildResult()
        actors = self.all_actors()
        entries = sorted(self.docs.values(), key=lambda entry: entry.pos)
        result.documents = [entry.document for entry in entries]
        result.actors = actors
        arguments: dict[tuple[str, str], Argument] = {}
        result.statements = [
            self._current(self.stmt[sid], actors, arguments) for entry in entries for sid in self.statements.get(entry.document.id, [])
        ]
        position = {st.id: i for i, st in enumerate(result.statements)}
        events = sorted((self.event(event_id) for event_id in self.event_info), key=lambda e: min(position[s] for s in e.statements))
        result.events = [self._current_event(event, actors) for event in events]
        result.sentences = sum(entry.sentences for entry in entries)
        result.words = sum(entry.words for entry in entries)
        return result

    @staticmethod
    def _current(st: Statement, actors: dict[str, Actor], arguments: dict[tuple[str, str], Argument]) -> Statement:
        """The statement with its actors' whole records (aliases, affiliation): itself when it has them
        (a saved state keeps only id, label and type; an actor may have changed since it was minted)."""
        if st.subject.actor is actors.get(st.subject.actor.id) and st.object.actor is actors.get(st.object.actor.id):
            return st
        ends = []
        for argument in (st.subject, st.object):
            key = (argument.actor.id, argument.text)
            if key not in arguments:
                arguments[key] = Argument(actors.get(argument.actor.id, argument.actor), argument.text)
            ends.append(arguments[key])
        return replace(st, subject=ends[0], object=ends[1])

    @staticmethod
    def _current_event(event: Event, actors: dict[str, Actor]) -> Event:
        now = [actors.get(a.id, a) for a in (event.subject, event.object, *event.participants)]
        if all(a is b for a, b in zip(now, (event.subject, event.object, *event.participants))):
            return event
        return replace(event, subject=now[0], object=now[1], participants=tuple(now[2:]))



class BaseInfo(NamedTuple):
    """What the corpus steps read of a bucket event besides its reports' ids, kept on its row
    when its bucket is clustered (valid until the bucket is clustered again, which makes its
    events anew): the state-report links of a state key and the events of an area read these,
    not every report of every bucket event of the key, and their documents."""

    order: tuple[ReportPosition, int]  # where a whole build's grouping lists it: its bucket's first report, its place in the bucket
    first: ReportPosition  # its first report: (document position, character, statement id)
    sides: tuple[Actor, Actor, bool]  # its first report's subject and object (id, label, type only) and whether the act is symmetric
    dates: frozenset[DateValue]  # its reports' own dates (not the years they borrowed: see CorpusState._own)


def _bare(actor: Actor) -> Actor:
    """An actor as a saved statement has it: id, label and type."""
    return Actor(actor.id, actor.label, actor.type)


def _event_info(event: Event) -> tuple:
    """What the outputs say of an event, its lemma first (two events with the same are one block of graph.trig)."""
    return (
        event.lemma, event.subject.id, event.object.id, tuple(a.id for a in event.participants), event.event,
        event.quad, event.negated, event.date, event.date_precision, event.sources, event.confidence,
        event.statements, event.documents,
    )  # fmt: skip


# ---------------------------------------------------------------------------- storage

GROUPS: dict[str, tuple[str, ...]] = {
    "label": (
        "types", "affiliations", "aliases", "first", "label_docs", "alias_docs", "direct", "sources", "canonical",
        "group_of", "group", "page", "final", "fold_of", "fold_labels",
        "target_of", "members", "actors", "raw_affiliation", "affiliated", "affiliation_actors",
    ),
    "doc": ("docs", "statements"),
    "doc_info": ("published", "outlets", "doc_place", "page_days"),  # small: read for every report of a bucket or event, not the document's text
    "statement": ("stmt", "bucket_of", "base_of", "edges", "borrowed"),
    "event": ("base_members", "final_of", "final_bases", "event_info", "event_statements", "aparts"),
    # what a state key's links read of each of its bucket events (CorpusState._relink): small rows of
    # their own, not the events' reports and RDF
    "base": ("state_key", "target_keys", "link_of", "linked_from", "base_info"),
    "bucket": ("buckets", "bucket_bases"),
    "state_key": ("by_state_key",),
}  # fmt: skip
"""The state's mappings, stored by what they are keyed by: one database table per group, one row
per key holding the values of every mapping of the group (a third as many rows to write as one
table per mapping: the whole build saves its state in about half the time)."""

TABLES = tuple(name for names in GROUPS.values() for name in names)

META = (
    "next_pos", "person", "oneword", "lemma_count", "concept_count", "generation", "fingerprint", "statement_count",
    "event_count", "code", "corpus_days", "corpus_dependent",
)  # fmt: skip
"""The rest, small enough to be read whole (one row)."""


class StateError(KGError):
    """A build state that cannot be used (missing, damaged, or made by other code)."""


def _create(db: sqlite3.Connection) -> None:
    for name in (*GROUPS, "meta"):
        db.execute(f"CREATE TABLE {name} (k TEXT PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID")


def _codec(group: str) -> tuple[Any, Any]:
    """How a group's keys are stored: event buckets (tuples) as JSON, the rest as they are (strings)."""
    if group == "bucket":
        return (lambda key: json.dumps(key, ensure_ascii=False)), (lambda text: tuple(json.loads(text)))
    return str, str


class _Absent:
    """A mapping of a group with no value for a row's key (pickled by name: one object)."""

    def __reduce__(self) -> str:
        return "ABSENT"

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT = _Absent()
_GONE = object()  # a row deleted since it was read


def _rows(state: CorpusState, group: str) -> Iterator[tuple[Any, tuple]]:
    """A group's rows from in-memory mappings: key -> one value per mapping (ABSENT where none)."""
    mappings = [getattr(state, name) for name in GROUPS[group]]
    keys: dict[Any, None] = {}
    for mapping in mappings:
        keys.update(dict.fromkeys(mapping))
    pack = _PACK.get(group)
    for key in keys:
        row = tuple(mapping.get(key, ABSENT) for mapping in mappings)
        yield key, pack(row) if pack else row


def _pack_statement(st: Statement) -> tuple:
    """A statement (its actors bare) as plain values: pickled ~5x faster than the dataclasses."""
    r = st.relation
    return (
        st.id, st.doc, st.sentence, st.char_start, st.char_end,
        st.subject.actor.id, st.subject.actor.label, st.subject.actor.type, st.subject.text,
        r.lemma, r.text, r.event, r.quad, r.cameo,
        st.object.actor.id, st.object.actor.label, st.object.actor.type, st.object.text,
        st.negated, st.modality, st.confidence, st.date, st.date_precision, st.event_id,
    )  # fmt: skip


def _unpack_statement(v: tuple) -> Statement:
    return Statement(
        v[0], v[1], v[2], v[3], v[4], Argument(Actor(v[5], v[6], v[7]), v[8]), Relation(v[9], v[10], v[11], v[12], v[13]),
        Argument(Actor(v[14], v[15], v[16]), v[17]), v[18], v[19], v[20], v[21], v[22], v[23],
    )  # fmt: skip


def _pack_row(row: tuple | list) -> tuple:
    return (_pack_statement(row[0]) if isinstance(row[0], Statement) else row[0], *row[1:])


def _unpack_row(row: tuple) -> list:
    return [_unpack_statement(row[0]) if isinstance(row[0], tuple) else row[0], *row[1:]]


_PACK = {"statement": _pack_row}  # rows stored packed (the statement group's first value: the statement)
_UNPACK = {"statement": _unpack_row}


class _Group:
    """One table of a saved state: rows (a tuple of values, one per mapping of the group) read
    and unpickled when first used, kept, and written back by :meth:`flush` (every row read is
    written: values are mutable, a set read may have grown)."""

    def __init__(self, db: sqlite3.Connection, name: str) -> None:
        self.db, self.name = db, name
        self.width = len(GROUPS[name])
        self.rows: dict[Any, Any] = {}  # key -> list of values, or _GONE
        self.key, self.unkey = _codec(name)

    def row(self, key: Any) -> list | None:
        row = self.rows.get(key)
        if row is None:
            found = self.db.execute(f"SELECT v FROM {self.name} WHERE k = ?", (self.key(key),)).fetchone()
            if found is None:
                row = _GONE
            else:
                unpack = _UNPACK.get(self.name)
                row = unpack(pickle.loads(found[0])) if unpack else list(pickle.loads(found[0]))
            self.rows[key] = row
        return None if row is _GONE else row

    def keys(self) -> Iterator[Any]:
        known = set(self.rows)  # before the loop: reading rows adds to self.rows
        present = [key for key, row in self.rows.items() if row is not _GONE]
        for (text,) in self.db.execute(f"SELECT k FROM {self.name}").fetchall():
            key = self.unkey(text)
            if key not in known:
                yield key
        yield from present

    def flush(self) -> None:
        delete, write = [], []
        for key, row in self.rows.items():
            if row is _GONE or all(value is ABSENT for value in row):
                delete.append((self.key(key),))
            else:
                pack = _PACK.get(self.name)
                write.append((self.key(key), pickle.dumps(pack(row) if pack else tuple(row), pickle.HIGHEST_PROTOCOL)))
        self.db.executemany(f"DELETE FROM {self.name} WHERE k = ?", delete)
        self.db.executemany(f"REPLACE INTO {self.name} VALUES (?, ?)", write)
        self.rows.clear()


class _Field(MutableMapping):
    """One mapping of a saved state: a field of its group's rows."""

    def __init__(self, group: _Group, index: int) -> None:
        self.group, self.index = group, index

    def __getitem__(self, key: Any) -> Any:
        row = self.group.row(key)
        if row is None or row[self.index] is ABSENT:
            raise KeyError(key)
        return row[self.index]

    def __contains__(self, key: object) -> bool:
        row = self.group.row(key)
        return row is not None and row[self.index] is not ABSENT

    def __setitem__(self, key: Any, value: Any) -> None:
        row = self.group.row(key)
        if row is None:
            row = self.group.rows[key] = [ABSENT] * self.group.width
        row[self.index] = value

    def __delitem__(self, key: Any) -> None:
        row = self.group.row(key)
        if row is None or row[self.index] is ABSENT:
            raise KeyError(key)
        row[self.index] = ABSENT

    def __iter__(self) -> Iterator[Any]:
        for key in list(self.group.keys()):
            if key in self:
                yield key

    def __len__(self) -> int:
        return sum(1 for _ in self)  # reads every row: whole-build work only

    def __bool__(self) -> bool:  # without this, truth would read every row (through __len__)
        return any(True for _ in self.group.keys())
