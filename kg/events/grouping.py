"""One event, many reports: dates on statements, and statements grouped into events.

Five outlets reporting "China summoned Japan's ambassador" in five wordings are one event with
five reports, not five edges. Two statements report the same event when they have

- the same two actors, in the same direction unless one relation is symmetric ("meet", "speak");
- the same relation family (``kg/data/events.json`` ``families``: tell/say/speak, summon/call in,
  meet/hold talks, ...), else the same CAMEO event code (3 digits), else the same lemma; a lasting
  relation named by its noun ("support for", "the conflict between") is a state, not one of the
  acts of its family (:func:`statement_family`);
- the same polarity (a denial is not a report of the event it denies) and the same modality (a
  planned or possible meeting is not the meeting that took place; plans worded alike are one,
  planned contacts in other verbs are not: :func:`bucket_key`; a concession promised in a deal,
  "agreed to lift sanctions", is the concession; an undated report its own words set before the
  news, "has previously accused", is of an earlier event: :func:`event_kind`);
- compatible dates: equal at the coarser precision, or unknown (a visit's reports, up to three days
  apart: a visit lasts days);
- for an accusation or criticism that names its charge ("accused B of ..."), a charge sharing a
  word with the event's (:func:`same_charge`).

Two merges follow: one sentence's one act with several parties ("hosted Aliyev and Pashinyan"),
and a state's report of what those acting for it did ("the United States accused Peru" /
"Biden accused Boluarte"; "Armenia and Azerbaijan signed" / "Aliyev and Pashinyan signed").

A page without a date of its own that names a day or month without its year ("arrived on July
11") takes the year of the other reports of its event once grouped: the year of the event's own
date when that names the same month ("signed in June", the treaty dated June 2024 by another page),
else the year nearest their pages' dates; a report
whose day cannot be its event's whatever the year goes apart. Reports that give no date keep
``date`` None; the event's date (``Event.date``, ``event_date`` in ``triples.jsonl``) is theirs too.

Within one (actors, family, polarity) bucket, dated reports are placed first, most precise first;
each report joins the one cluster it is compatible with. An undated report compatible with several
clusters joins the one that more of the bucket's dated reports tell of than of each other (the
story's main event: :func:`_main_event`; dev blinken-beijing-visit-2023, lula-xi-beijing-visit-2023,
nicaragua-taiwan-switch-2021, israel-turkey-ties-restored-2022); with no such one (an undated "Xi
told Trump" when two calls are dated once each) it is ambiguous and becomes its own event rather
than being guessed into one. Event ids hash what defines the event (actors, family,
polarity, date), so they survive rebuilds and new documents.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from kg.events.dates import (
    GMONTHDAY,
    DateValue,
    clause_view,
    counted_from,
    document_date,
    find_date,
    find_date_in,
    find_date_in_page_year,
    find_date_near,
    latest_named_day,
    lead_date,
    month_day_near,
    named_weekdays,
    parse_date_value,
    reference_anchor,
    reference_before,
    shifted,
    statement_date,
    time_reference,
    word_places,
)
from kg.events.classes import event_type
from kg.lexicon import load_lexicon
from kg.resolve.corpus import is_role_label
from kg.types import Document, Event, Statement


def date_statements(statements: Iterable[Statement], documents: Sequence[Document]) -> list[Statement]:
    """Give each statement the date its sentence states (resolved against its document's date)."""
    anchors = {doc.id: document_date(doc.date, doc.text) for doc in documents}
    texts = {doc.id: doc.text for doc in documents}
    dated = []
    for st in statements:
        value = statement_date(st.sentence, st.relation.text, anchors.get(st.doc), future=st.modality == "future")
        if value is None and st.doc in texts:  # "The next day, ...": from the last time named before the sentence
            value = reference_before(texts[st.doc], st.char_start, st.sentence, st.relation.text, anchors.get(st.doc), future=st.modality == "future")
        if value is None and st.modality is None and st.doc in texts:  # the day the lead states (dates.lead_date)
            value = lead_date(texts[st.doc], st.char_start, st.sentence, st.relation.text, anchors.get(st.doc))
        dated.append(replace(st, date=value.iso, date_precision=value.precision) if value else st)
    return dated


def group_events(statements: Sequence[Statement], documents: Sequence[Document]) -> tuple[list[Statement], list[Event]]:
    """Statements with their ``event_id``, and one :class:`Event` per group (in first-report order)."""
    outlets = {doc.id: _outlet(doc) for doc in documents}
    buckets: dict[Bucket, list[Statement]] = defaultdict(list)
    for st in statements:
        buckets[bucket_key(st)].append(st)

    published = {doc.id: document_date(doc.date, doc.text) for doc in documents}
    event_of: dict[str, str] = {}
    events: dict[str, list[Statement]] = {}
    for key, members in buckets.items():
        for event_id, cluster in bucket_events(key, members, published):
            events[event_id] = cluster
            for st in cluster:
                event_of[st.id] = event_id

    merges = _joint_reports(statements, event_of, events)  # "hosted Aliyev and Pashinyan": one event
    merges += _state_reports(events, statements)  # "the US accused Peru": Biden's accusation
    merges += _force_reports(events)  # "police arrested Glas": the one "Ecuadorian police" arrest of Glas
    for number, (kept, absorbed) in enumerate(merges):
        kept = _merged_into(kept, merges[:number])  # where the event it joins went
        if absorbed not in events or kept == absorbed:
            continue
        for st in events.pop(absorbed):
            event_of[st.id] = kept
            events[kept].append(st)
        events[kept].sort(key=_precision_rank)  # most precisely dated report first, as in every event

    month_days = {doc.id: doc.date for doc in documents if doc.date and GMONTHDAY.fullmatch(doc.date)}  # "--11-24"
    corpus = corpus_anchors(published.values())
    page_days = {doc.id: latest_named_day(doc.text) for doc in documents if published.get(doc.id) is None}
    completed, apart = _complete_years(events, published, month_days, corpus, page_days)  # "on July 11" in an undated page: the year of the other reports
    for event_id, cluster in list(events.items()):
        events[event_id] = sorted((completed.get(st.id, st) for st in cluster if st.id not in apart), key=_precision_rank)
        for st in cluster:
            if st.id in apart:  # "met in October" cannot be the June meeting it was grouped with while undated
                event_of[st.id] = _event_id(("apart", event_id, st.id, False), "undated")
                events[event_of[st.id]] = [st]
    with_ids = [replace(completed.get(st.id, st), event_id=event_of[st.id]) for st in statements]
    first_seen = {}
    for index, st in enumerate(with_ids):
        first_seen.setdefault(st.event_id, index)
    ordered = sorted(events, key=first_seen.__getitem__)
    by_id = {st.id: st for st in with_ids}
    return with_ids, [_event(event_id, [by_id[st.id] for st in events[event_id]], outlets) for event_id in ordered]


Bucket = tuple[str, str, str, bool]
"""The two actors (sorted), the relation family (with the modality) and the polarity: reports of
one event share it (:func:`bucket_key`)."""


def bucket_key(st: Statement) -> Bucket:
    """The bucket of a statement: only statements of one bucket can report the same event.

    A planned or possible contact (the ``meet`` family) keeps its own verb: done, "hosted the two
    leaders" and "held a bilateral meeting" on one day are one meeting, but as plans, "will host the
    two leaders" and "will hold a bilateral meeting with" are two, as are "ready to restart
    negotiations", "ready to continue talks" and "set to meet at the summit" (dev:
    armenia-azerbaijan-peace, canada-us-tariffs); plans worded alike still group ("will host" in
    two pages)."""
    pair = sorted((st.subject.actor.id, st.object.actor.id))
    family, modality = event_kind(st)
    if modality:  # "will host", "could send": a plan or a possibility is not the event that happened
        if family.split("|")[0] == "meet":  # planned contacts are told apart by their own verbs
            family = f"{family}:{st.relation.lemma.lower()}"
        family = f"{family}|{modality}"
    return (pair[0], pair[1], family, st.negated)


def event_kind(st: Statement) -> tuple[str, str | None]:
    """The family and modality that reports of one event share (:func:`statement_family`,
    ``Statement.modality``), except that a promised concession is the concession: a deal's
    yielding ("agreed to lift sanctions on", "will cut tariffs on", "committed to lifting", CAMEO
    08 as an intent, 035) is reported as promised and as done ("lowered tariffs on", "lifted
    sanctions") by the pages of one story, so the promise takes the family of the act it promises
    and no modality (dev: us-china-trade, belarus-prisoner-release). So is an announced expulsion
    or recall ("will expel", "plans to recall"; :data:`ANNOUNCED_MEASURES`), an announced break of
    relations or recognition (:data:`ANNOUNCED_CODES`). Other promises stay
    apart: a planned meeting is not the meeting, nor a threat ("will strike") the strike. An undated
    report told as past ("has previously accused": :func:`told_as_past`) takes the kind :data:`PRIOR`.

    >>> from kg.types import Actor, Argument, Relation
    >>> a, b = Actor("a", "A", "Country"), Actor("b", "B", "Country")
    >>> def st(lemma, cameo, modality): return Statement("s", "d", "A and B met.", 0, 1, Argument(a, "A"), Relation(lemma, lemma, cameo=cameo), Argument(b, "B"), modality=modality)
    >>> event_kind(st("lift sanctions", "035", "future")), event_kind(st("lift sanctions", "085", None))
    (('cameo:085', None), ('cameo:085', None))
    >>> event_kind(st("meet", "036", "future")), event_kind(st("lift sanctions", "035", "hypothetical"))
    (('meet', 'future'), ('cameo:035', 'hypothetical'))
    """
    family = statement_family(st)
    if st.modality is None and st.date is None and told_as_past(st):  # "has previously leveled accusations"
        return family, PRIOR
    if st.modality == "future" and (code := _measure_code(st)):  # "will expel", "will recall"
        return statement_family(replace(st, relation=replace(st.relation, cameo=code))), None
    if st.modality == "future" and (st.relation.cameo or "").startswith("035"):
        done = event_type(st.relation.lemma).cameo
        if done and done.startswith("08"):
            return statement_family(replace(st, relation=replace(st.relation, cameo=done))), None
    return family, st.modality


# An undated report whose own words set it before the news ("has previously leveled accusations
# against France", "formerly", "in the past"; not "earlier", which is also earlier that day) is of
# an earlier event than the page's, however alike: it is kept apart from the reports of the news
# (dev azerbaijan-france-diplomat-expulsions-2023: Aliyev's earlier accusations were joined to the
# day's; one story, a narrowing of a false merge).
PRIOR = "prior"
_PRIOR_WORDS = re.compile(r"\b(?:previously|formerly|in the past|ha(?:s|d|ve) long)\b", re.I)
PRIOR_WINDOW = 40  # characters before the relation's words where such a word sets its clause apart


def told_as_past(st: Statement) -> bool:
    """Whether the words right before the relation's own ("has previously leveled") set it apart
    from the news (:data:`PRIOR`)."""
    places = word_places(st.sentence, st.relation.text.split()[0]) if st.relation.text.split() else []
    return any(_PRIOR_WORDS.search(st.sentence[max(0, at - PRIOR_WINDOW) : at + len(st.relation.text)]) for at in places[:1])


# A diplomatic measure a state announces it will take is the measure: "will expel a diplomat" and
# "expelled the diplomat" (dev canada-china-diplomat-expulsion), "was planning to recall its
# ambassador" and "recalled its ambassador" (argentina-spain-milei-row) are one act in the event
# gold, announced and done at once. Only the expulsion and recall verbs (the extractor types their
# future as a threat, CAMEO 13x): a planned meeting is not the meeting, nor a threatened strike the
# strike, nor a possible ("could expel") or requested one the act.
ANNOUNCED_MEASURES = frozenset({"expel", "deport", "kick out", "boot out", "recall", "recall ambassador"})
ANNOUNCED_CODES = ("161", "054")
"""Breaking relations (161) and recognising a state or its claim (054) are announced and then reported
done by the pages of one story ("will break diplomatic relations with Israel effective Thursday" /
"broke relations": colombia-israel-ties-cut-2024; "agreed to recognize Morocco's sovereignty" / "recognized":
israel-morocco-normalisation-2020): one event, as an announced expulsion is."""
ANNOUNCED_TIES = re.compile(r"(?:restore|normali[sz]e|re-?establish)(?: (?:diplomatic )?(?:ties|relations))?")
"""Restoring or normalising relations is announced and then reported done as one event, as breaking them
is ("have agreed to restore full diplomatic ties" / "restored ties": israel-turkey-ties-restored-2022;
the reports of israel-morocco-normalisation-2020, "agreed to normalize relations", are all announcements)."""


def _measure_code(st: Statement) -> str | None:
    """The CAMEO code of the measure a report of :data:`ANNOUNCED_MEASURES` names, whatever its
    modality made of it ("will expel": 174, not the threat 137); an order or a declaration naming an
    expulsion is the expulsion (:func:`expulsion`); None for other reports."""
    if expulsion(st):
        return "174"
    code = event_type(st.relation.lemma).cameo
    if code and code.startswith(ANNOUNCED_CODES):  # "will break relations with", "agreed to recognize"
        return code
    if ANNOUNCED_TIES.fullmatch(st.relation.lemma.lower()):  # "agreed to restore full diplomatic ties"
        return code
    return code if st.relation.lemma.lower() in ANNOUNCED_MEASURES else None


def bucket_events(
    key: Bucket, members: list[Statement], published: dict[str, DateValue | None]
) -> list[tuple[str, list[Statement]]]:
    """The events of one bucket, before joint reports merge any: (event id, its reports, most
    precisely dated first). Depends only on the members, never on their order."""
    return [(_event_id(key, ordinal_key), cluster) for ordinal_key, cluster in _clusters(members, published, _span(members[0]))]


# A visit lasts days: "travelled to Beijing on Sunday" and "visited China on Monday" report one visit
# (dev: blinken-beijing-visit-2023, two days; north-korea-russia, Lavrov's arrival on the 11th and
# his visit of the 12th, one gold event). Reports of a visit (CAMEO 042: visit, arrive, travel) dated
# at most VISIT_DAYS apart may be one (:func:`_span`); other acts keep to their day.
VISIT_FAMILY = "cameo:042"
VISIT_DAYS = 3


def _span(st: Statement) -> int:
    """Days apart the dated reports of ``st``'s event may be: VISIT_DAYS for a visit, else 0."""
    return VISIT_DAYS if statement_family(st).split("|")[0] == VISIT_FAMILY else 0


def sentence_key(st: Statement) -> tuple[str, int, str, bool, str | None]:
    """Statements that may be one act with several parties share it (see :func:`_joint_reports`)."""
    family = statement_family(st)
    return (st.doc, st.char_start, family, st.negated, st.modality)


def joint(first: Statement, second: Statement) -> bool:
    """Two statements of one sentence (one :func:`sentence_key`) that report one act: the same
    verb, and the same subject with another object or the reverse."""
    one_verb = (first.relation.lemma, first.relation.text) == (second.relation.lemma, second.relation.text)
    same_subject = first.subject.actor.id == second.subject.actor.id
    same_object = first.object.actor.id == second.object.actor.id
    return one_verb and same_subject != same_object


def _joint_reports(
    statements: Sequence[Statement], event_of: dict[str, str], events: dict[str, list[Statement]]
) -> list[tuple[str, str]]:
    """Events one sentence reports as one act with several parties: the same verb (lemma and
    words), polarity and modality, with the same subject and other objects or the reverse ("Trump
    hosted Aliyev and Pashinyan", "the raid on Venezuela and Maduro"); two clauses with two verbs
    ("the war began a day after Hamas attacked Israel") stay two events. Events whose reports give
    dates that cannot be one day stay apart: "spent hours in meetings with Wang and Qin" sums up
    two meetings that other reports date a day apart (dev blinken-beijing-visit-2023). Returns
    (kept, absorbed) event-id merges, the kept id being the one seen first, so that each merge is
    applied in order (a union-find, flattened)."""
    parent: dict[str, str] = {}
    known = {event_id: {v for v in map(_date, cluster) if v is not None} for event_id, cluster in events.items()}

    def root(event_id: str) -> str:
        while parent.get(event_id, event_id) != event_id:
            event_id = parent[event_id]
        return event_id

    by_sentence: dict[tuple[str, int, str, bool, str | None], list[Statement]] = defaultdict(list)
    for st in statements:
        by_sentence[sentence_key(st)].append(st)
    order = {event_id: i for i, event_id in enumerate(dict.fromkeys(event_of[st.id] for st in statements))}
    merges: list[tuple[str, str]] = []
    for group in by_sentence.values():
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                a, b = root(event_of[first.id]), root(event_of[second.id])
                if joint(first, second) and a != b and dates_compatible(known[a], known[b]):
                    kept, absorbed = sorted((a, b), key=order.__getitem__)
                    parent[absorbed] = kept
                    known[kept] |= known[absorbed]
                    merges.append((kept, absorbed))
    return [(root(kept), absorbed) for kept, absorbed in merges]


def dates_compatible(one: Iterable[DateValue], other: Iterable[DateValue]) -> bool:
    """Whether every date of one event's reports could name the day of every date of the other's."""
    return all(a.compatible(b) for a in one for b in other)


def _state_reports(events: dict[str, list[Statement]], statements: Sequence[Statement]) -> list[tuple[str, str]]:
    """State-level reports of an act done by those who act for the states ("Armenia and Azerbaijan
    signed" / "Aliyev and Pashinyan signed"; "the United States accused Peru" / "Biden accused
    Boluarte"; "Kenya struck Somalia" / "the Kenyan air force struck Somalia"): an event one or
    both of whose sides is a country joins the one event, of the same kind, polarity, modality and
    compatible dates, whose sides are the same actor or one acting for that country (its
    affiliation). The most specific events take in the more general ones, the most general last;
    when an event fits several such events, or none, it stays on its own.

    Both sides may stand for the one state, an act of a state on its own envoy, official or
    citizen: "Spain recalled its ambassador" / "the Spanish foreign minister recalled the Spanish
    ambassador" (dev argentina-spain-milei-row), "Turkey detained the mayor" / "Turkish police
    detained the mayor" (turkey-imamoglu-arrest), "Ecuador arrested Glas" / "Ecuadorian police
    arrested Glas" (ecuador-mexico-embassy-raid). The two sides must still be two actors, and only
    kg's own resolution (an affiliation) links a person or organ to its state.

    A role as written, of a state kg resolved ("a Chinese consular official", "Iraq's prime
    minister"), is more general than a named person and less than the state: it covers the named
    person of that same state (:func:`role_covers`), under the same one-fitting-event rule."""

    def kind(cluster: list[Statement]) -> tuple[str, bool, str | None]:
        family, modality = event_kind(cluster[0])
        return family, cluster[0].negated, modality

    def dates(cluster: list[Statement]) -> set[DateValue]:
        return {v for v in (_date(st) for st in cluster) if v is not None}

    def state(actor) -> str | None:
        return actor.id if acts_through_others(actor) else actor.affiliation

    def covers(general, specific) -> bool:  # "United States" covers Trump, the US military and itself
        if general.id == specific.id or (acts_through_others(general) and specific.affiliation == general.id):
            return True
        return role_covers(general, specific)  # "a Chinese diplomat" covers Zhao Wei, a Chinese person


    sides: dict[str, tuple[object, object, bool]] = {}
    by_key: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for event_id, cluster in events.items():
        first = cluster[0]
        subject, obj = first.subject.actor, first.object.actor
        one, other = state(subject), state(obj)
        if one is None or other is None or subject.id == obj.id:  # one state on both sides: its own envoy, police, ...
            continue
        symmetric = _symmetric(first)
        sides[event_id] = (subject, obj, symmetric)
        by_key[(frozenset((one, other)) if symmetric else (one, other), kind(cluster))].append(event_id)

    def fits(general: str, specific: str) -> bool:
        return sides_fit(sides[general], sides[specific], covers)

    parent: dict[str, str] = {}

    def root(event_id: str) -> str:
        while parent.get(event_id, event_id) != event_id:
            event_id = parent[event_id]
        return event_id

    order = {event_id: i for i, event_id in enumerate(events)}
    known = {event_id: dates(events[event_id]) for event_id in sides}  # an event's dates, with those it took in
    merges = []
    for members in by_key.values():
        countries = {e: sum(generality(a) for a in sides[e][:2]) for e in members}  # states, then roles
        for event_id in sorted(members, key=lambda e: (countries[e], order[e])):
            if countries[event_id] == 0:
                continue
            found = {root(other) for other in members if countries[other] < countries[event_id] and fits(event_id, other)}
            fitting = [r for r in found if all(a.compatible(b) for a in known[event_id] for b in known[r])]
            if len(fitting) == 1:
                parent[event_id] = fitting[0]
                known[fitting[0]] |= known[event_id]
                merges.append((fitting[0], event_id))
    return merges


def _own_affiliation(actor: Any) -> str | None:
    return actor.affiliation


def bare_force(actor: Any, affiliation: Callable[[Any], str | None] = _own_affiliation) -> str | None:
    """The force a bare force noun names ("police", "military", "security forces":
    ``bare_institution_nouns`` of the lexicon), its state unsaid; None for any other actor."""
    label = actor.label.lower()
    return label if actor.type == "Organization" and affiliation(actor) is None and label in _forces() else None


def national_force(actor: Any, affiliation: Callable[[Any], str | None] = _own_affiliation) -> str | None:
    """The force a state's force is ("Ecuadorian police": police), for :func:`bare_force`; else None."""
    if actor.type != "Organization" or affiliation(actor) is None:
        return None
    label = actor.label.lower()
    return next((force for force in _forces() if label.endswith(f" {force}")), None)


@cache
def _forces() -> tuple[str, ...]:
    return tuple(sorted(set(load_lexicon().bare_institution_nouns.values())))


FORCE_KEY = "force:"


def force_keys(
    subject: Any, obj: Any, symmetric: bool, kind: tuple[str, bool, str | None], affiliation: Callable[[Any], str | None] = _own_affiliation
) -> tuple[str | None, list[str]]:
    """The force keys of an event with these sides (:func:`_force_reports`): the one under which
    it is a bare force's report, to join one event of the key (None when it is none, or when
    both sides are bare forces), and those under which it is a state's force's report, to be
    joined. The other side is kept as it is, by id; the key also holds the event's kind."""
    own, target = [], []
    for position, (side, other) in enumerate(((subject, obj), (obj, subject))):
        place = "either" if symmetric else ("subject", "object")[position]
        if (force := bare_force(side, affiliation)) is not None:
            own.append(FORCE_KEY + json.dumps([force, place, other.id, *kind], ensure_ascii=False))
        elif (force := national_force(side, affiliation)) is not None:
            target.append(FORCE_KEY + json.dumps([force, place, other.id, *kind], ensure_ascii=False))
    return (own[0] if len(own) == 1 else None), target


def force_links(own: dict[str, str], targets: dict[str, Iterable[str]], dates: Callable[[str], Iterable[DateValue]]) -> dict[str, str]:
    """Which event each bare force's event joins (:func:`_force_reports`): ``own`` maps an event to
    its own force key, ``targets`` a key to the state's-force events of it; an event joins the
    one target whose dates are compatible with its own, else none. Shared by
    :func:`_force_reports` and :class:`kg.incremental.CorpusState`."""
    links = {}
    for event_id, key in own.items():
        fitting = [t for t in targets.get(key, ()) if dates_compatible(set(dates(event_id)), set(dates(t)))]
        if len(fitting) == 1:
            links[event_id] = fitting[0]
    return links


def _force_reports(events: dict[str, list[Statement]]) -> list[tuple[str, str]]:
    """A bare force's report ("police arrested Glas", "the military detained Suu Kyi") joins the
    one event of that force of a state ("Ecuadorian police arrested Glas", "the Burmese military
    detained Suu Kyi") with the same other side, kind, polarity, modality and compatible dates:
    headlines and short copies name the force bare where other pages name its state (dev:
    ecuador-mexico-embassy-raid, myanmar-coup-2021, georgia-eu-protests). Not when the act has two
    such events (Swedish and Iraqi police), nor none. The actors stay as written: only the event
    is shared. Returns (kept, absorbed) pairs, as :func:`_state_reports` does."""
    own: dict[str, str] = {}
    targets: dict[str, list[str]] = defaultdict(list)
    for event_id, cluster in events.items():
        first = cluster[0]
        family, modality = event_kind(first)
        key, target_keys = force_keys(first.subject.actor, first.object.actor, _symmetric(first), (family, first.negated, modality))
        if key is not None:
            own[event_id] = key
        for target in target_keys:
            targets[target].append(event_id)
    links = force_links(own, targets, lambda event_id: (v for v in map(_date, events[event_id]) if v is not None))
    return [(target, event_id) for event_id, target in links.items()]


def unnamed_role(actor: Any, affiliation: Callable[[Any], str | None] = _own_affiliation) -> bool:
    """A person labelled by a role as written ("Chinese diplomat", "Iraq's prime minister"), not
    by a name (:func:`kg.resolve.corpus.is_role_label`), whose state kg's resolution knows."""
    return actor.type == "Person" and affiliation(actor) is not None and is_role_label(actor.label)


def role_covers(general: Any, specific: Any, affiliation: Callable[[Any], str | None] = _own_affiliation) -> bool:
    """Whether an unnamed role of a state's (:func:`unnamed_role`) may be a named person of the same
    state: "Canada expelled a Chinese consular official" / "Canada expelled Zhao Wei" (dev
    canada-china-diplomat-expulsion), "Iraq's prime minister ordered the expulsion" / "Sudani
    announced the expulsion" (iraq-sweden-quran-ambassador). Only a named person (another role,
    "a Chinese ambassador", is another post) with that same affiliation; :func:`_state_reports`
    still groups them only when the role's event fits exactly one such event."""
    return (
        unnamed_role(general, affiliation)
        and specific.type == "Person"
        and not is_role_label(specific.label)
        and affiliation(specific) == affiliation(general)
    )


def generality(actor: Any, affiliation: Callable[[Any], str | None] = _own_affiliation) -> float:
    """How general a side of a state report is (:func:`_state_reports`): a state (or a body that
    acts through its own people: :func:`acts_through_others`), then a role of a state's
    (:func:`unnamed_role`), then one named actor."""
    return 1.0 if acts_through_others(actor, affiliation) else 0.5 if unnamed_role(actor, affiliation) else 0.0


def acts_through_others(actor: Any, affiliation: Callable[[Any], str | None] = _own_affiliation) -> bool:
    """Whether a side stands, in a state report (:func:`_state_reports`), for those who act for it:
    a country, or an organisation of no state (the EU, NATO, Hezbollah), whose leaders, officials
    and fighters kg affiliates to it. "The EU agreed with Turkey" / "Turkey agreed with EU leaders"
    (dev eu-turkey-migrant-deal-2016), "the EU and the UK agreed" / "von der Leyen and Sunak
    agreed" (uk-eu-windsor-framework-2023) report one act each. Not a bare force ("police"): its
    state is unsaid, and nothing is affiliated to it."""
    if actor.type == "Country":
        return True
    return actor.type == "Organization" and affiliation(actor) is None and bare_force(actor, affiliation) is None


def sides_fit(general: tuple[Any, Any, bool], specific: tuple[Any, Any, bool], covers: Callable[[Any, Any], bool]) -> bool:
    """Whether an event with sides ``general`` (subject, object, symmetric) takes in one with sides
    ``specific``: each side covers the other's (either way round when symmetric), and they are not
    the same two actors (those grouping already decided). Shared by :func:`_state_reports` and
    :class:`kg.incremental.CorpusState`."""
    (g_subject, g_object, symmetric), (s_subject, s_object, _) = general, specific
    if {g_subject.id, g_object.id} == {s_subject.id, s_object.id}:
        return False
    if covers(g_subject, s_subject) and covers(g_object, s_object):
        return True
    return symmetric and covers(g_subject, s_object) and covers(g_object, s_subject)


def corpus_anchors(published: Iterable[DateValue | None]) -> list[DateValue]:
    """The corpus's page dates (day precision, each once, in date order): the anchors of last resort
    for a year-less day on an undated page whose event has no date of its own nor a dated report
    (:func:`_complete_years`). Only the year is borrowed, and only when every anchor gives the same
    answer (:func:`~kg.events.dates.find_date_near`), so a corpus of pages from several years dates
    nothing this way; weekdays and "last week" still need the page's own day."""
    return sorted({v for v in published if v is not None and v.precision == "day"}, key=lambda v: v.date)


def _complete_years(
    events: dict[str, list[Statement]],
    published: dict[str, DateValue | None],
    month_days: dict[str, str] | None = None,
    corpus: Sequence[DateValue] = (),
    page_days: dict[str, DateValue | None] | None = None,
) -> tuple[dict[str, Statement], set[str]]:
    """Undated reports from pages that give no date of their own, whose sentence names a day or
    month without its year ("arrived on July 11", "in October"): the year of the event's own date
    when that names the same month (:func:`~kg.events.dates.find_date_in`: pages of July 2025 on a
    treaty "signed in June" 2024), else the one that puts it nearest the other reports of the same
    event (their pages' dates, the event's days), when they all agree and the date fits the event's;
    an event with neither a dated report nor a dated page takes the corpus's page days instead
    (``corpus``, :func:`corpus_anchors`: "in the early hours of Thursday (Dec 5)" on an undated page
    of a corpus of December 2024, dev: south-korea-yoon-impeachment; "Shoigu's June 17 visit" among
    pages of July 2025, north-korea-russia). Weekdays and "yesterday" stay unknown: they count from
    the page's own day, unless the page's dateline gave its month and day ("KYIV, Nov 3 (Reuters)
    -", ``month_days``): with the year borrowed the same way, the page's day is known and "on
    Monday" counts from it. When none of these gives an answer, the page's own words do: a
    year-less day takes the year of the latest day the page names in full (``page_days``,
    :func:`~kg.events.dates.find_date_in_page_year`: "Trump on Nov. 1 threatened" under a photo
    caption of "Feb. 11, 2025", dev: nigeria-us-threat; "told Parliament on Wednesday (April 20)"
    beside "a meeting on April 13, 2022", solomon-islands-china-pact-2022). Returns the statements given a date, by id, and the ids of those whose
    day cannot be the event's whatever its year ("in October" grouped, undated, with a June
    meeting): they report another event."""
    completed: dict[str, Statement] = {}
    apart: set[str] = set()
    for cluster in events.values():
        known = [v for v in (_date(st) for st in cluster) if v is not None]
        # the anchors: the dates of the pages reporting the event, and the days its reports give
        anchors = sorted({v for o in cluster for v in (published.get(o.doc), _date(o)) if v is not None and v.precision == "day"},
                         key=lambda v: v.date)  # fmt: skip
        anchors = anchors or list(corpus)
        for st in cluster:
            if st.date is not None or published.get(st.doc) is not None:
                continue  # a report with its own date, or on a page with one, was dated from it
            view = clause_view(st.sentence, st.relation.text)  # "one day after X": X's date is not the sentence's
            if view.unknown:
                continue
            page = month_day_near((month_days or {}).get(st.doc, ""), anchors)
            future = st.modality == "future"

            def completed_date(text: str) -> DateValue | None:
                if page:
                    return find_date(text, page, future=future)
                # the event's own month decides the year before its reports' publication dates,
                # else the year of the latest day the page itself names in full
                return (find_date_in(text, known) or find_date_near(text, anchors, future=future)
                        or find_date_in_page_year(text, (page_days or {}).get(st.doc)))  # fmt: skip

            reference = time_reference(view.text, st.relation.text)  # "on November 6th ... the following day"
            if reference is not None:
                value = counted_from(reference, reference_anchor(reference, lambda m: completed_date(m.group(0)), st.sentence))
            else:
                value = completed_date(view.text)
            value = shifted(value, view)
            if value is not None and all(value.compatible(other) or _days_apart(value, other) <= _span(st) for other in known):
                completed[st.id] = replace(st, date=value.iso, date_precision=value.precision)
            elif value is not None and len(cluster) > 1:
                apart.add(st.id)
    return completed, apart


def _merged_into(event_id: str, merges: list[tuple[str, str]]) -> str:
    """The event that ``event_id`` ended up in after ``merges`` (applied in order)."""
    for kept, absorbed in merges:
        if absorbed == event_id:
            event_id = kept
    return event_id


_BY_PHONE = re.compile(r"\b(?:tele)?phon(?:e|ed|ing)\b|\b(?:a|the|their|video|virtual)\s+(?:call|conversation)\b", re.I)
TALK_LEMMAS = frozenset({"hold talks", "talk", "discuss", "confer", "consult", "negotiate", "hold discussions", "hold dialogue"})


# A report made in a call ("told Xi in a phone call", "said during their call", "phoned", "received
# a phone call from", "met by video link") reports the call, which both sides took part in: "Trump
# told Xi in the call" and "Xi told Trump in the call" are one call, as are "they spoke by phone"
# and "held talks by phone" on that day. A call the sentence puts before or after its act ("met in
# Busan after a phone call last week") is another contact.
_IN_A_CALL = re.compile(
    r"\b(?:tele)?phone\s+(?:call|conversation)s?\b|\bvideo\s+(?:call|link|conference)s?\b"
    r"|\b(?:in|during|on|over|by)\s+(?:(?:a|an|the|their|his|her|its|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?:call|(?:tele)?phone)\b"
    r"|\b(?:tele)?phon(?:ed|ing)\b",
    re.I,
)
_BEFORE_OR_AFTER = re.compile(r"\b(?:after|following|since|before|ahead\s+of|prior\s+to)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def call_cue(sentence: str) -> bool:
    """Whether the sentence's act was done in a call (:data:`_IN_A_CALL`), not before or after one.

    >>> call_cue("Xi received a phone call from Trump."), call_cue("They met in Busan after a phone call last week.")
    (True, False)
    """
    return any(not _BEFORE_OR_AFTER.search(sentence[: m.start()]) for m in _IN_A_CALL.finditer(sentence))


# Talks stopped in any words are one act: "ended talks" / "an end to negotiations" / "halted
# discussions" (canada-us-tariffs), "suspended" / "postponed" / "froze" the accession talks
# (georgia-eu-protests: one decision in the event gold, however worded), whatever CAMEO code
# each verb has.
TALK_NOUNS = frozenset({"talks", "negotiations", "discussions", "dialogue", "consultations"})


def stopped_talks(lemma: str) -> bool:
    """Whether a relation lemma is a termination verb of talks ("end talks", "suspend
    negotiations", "break off dialogue"; :attr:`~kg.lexicon.Lexicon.termination_verbs`).

    >>> stopped_talks("end negotiations"), stopped_talks("break off talks"), stopped_talks("end hostilities")
    (True, True, False)
    """
    words = lemma.lower().split()
    return len(words) >= 2 and words[-1] in TALK_NOUNS and " ".join(words[:-1]) in load_lexicon().termination_verbs


PUT_OFF_VERBS = frozenset({"postpone", "delay", "cancel", "call off", "scrap", "defer", "put off", "abandon"})


def put_off(lemma: str) -> str | None:
    """"postpone visit", "cancel trip": an act put off, its own event, never the act itself, whose
    CAMEO code the phrase would otherwise borrow from its noun (dev blinken-beijing-visit-2023: "who
    postponed a planned visit in February" was grouped with the June visit; chinese-spy-balloon-2023,
    "postpones his trip"). Returns the family, else None.

    >>> put_off("postpone visit"), put_off("call off trip"), put_off("visit")
    ('put off visit', 'put off trip', None)
    """
    words = lemma.lower().split()
    for cut in (2, 1):
        if len(words) > cut and " ".join(words[:cut]) in PUT_OFF_VERBS:
            return "put off " + " ".join(words[cut:])
    return None


def relation_family(lemma: str, cameo: str | None, sentence: str = "") -> str:
    """The family two reports of one event share: ``"tell"`` and ``"speak"`` -> ``"communicate"``;
    a lemma in no family falls back to its CAMEO event code (three digits: "seize" and "block"
    are both coercion, but not one act), then to itself. Talks held by phone are a call
    (``"communicate"``, with "spoke", "told ... in a call", "phone call"), not a meeting: the
    sentence says which.

    >>> relation_family("call in", None)
    'summon'
    >>> relation_family("hold talks", None, "Xi and Trump held talks in Busan."), relation_family("hold talks", None, "They held talks by phone.")
    ('meet', 'communicate')
    >>> relation_family("dispatch troops", "152"), relation_family("send", None)
    ('deploy', 'deploy')
    >>> relation_family("mobilize troops", "1522")
    'cameo:152'
    >>> relation_family("admire", None)
    'admire'
    >>> relation_family("receive", None, "Xi received a phone call from Trump."), relation_family("meet", None, "They met by video link.")
    ('communicate', 'communicate')
    >>> relation_family("meet", None, "They met in Busan after a phone call last week.")
    'meet'
    >>> relation_family("end talks", "164"), relation_family("end negotiations", "046"), relation_family("postpone negotiations", "161")
    ('stop talks', 'stop talks', 'stop talks')
    """
    key = lemma.lower().strip()
    if key in TALK_LEMMAS and _BY_PHONE.search(sentence):
        return "communicate"
    if stopped_talks(key):
        return "stop talks"
    if (family := put_off(key)) is not None:
        return family
    families = _families()
    family = families.get(key) or _code_families().get((cameo or "")[:3]) or (f"cameo:{cameo[:3]}" if cameo else key)
    if family == "meet" and call_cue(sentence):  # "received a call from", "met by video link": a call, not a meeting
        return "communicate"
    return family


# Nouns naming a relation that lasts, not one act: "North Korea's support for Russia", "the conflict
# between Israel and Hezbollah", "hostilities between India and Pakistan", "clashes between the two
# countries" report an ongoing state (news/README.md: "an ongoing relation is a state"), while "sent
# troops to support Russia in April" or "launched strikes on Pakistan" report one act on one day.
# Dev stories: north-korea-russia (support, backing), israel-hezbollah-lebanon (conflict, fighting),
# india-pakistan-2025 (hostilities, clashes); the singular "hostility" is the same noun
# (armenia-azerbaijan-peace: "decades of hostility between", in the gold's one conflict state with
# "the conflict between" and "the fighting between"). "Battle", "strike", "visit", "talks" stay acts.
# Relations whose verbs name a state as well ("allied", "develop ties": "alliance", "partnership",
# "cooperation") are left out: their noun and their verb report the same state.
ONGOING_NOUNS = frozenset({"support", "backing", "conflict", "conflicts", "fighting", "hostilities", "hostility", "clashes"})
_RELATION_PREPOSITIONS = frozenset({"of", "for", "between", "with", "against", "to", "among", "on", "in"})


def ongoing(relation_text: str) -> bool:
    """Whether a relation's words name an ongoing relation (a state) by its noun and preposition
    ("support for", "conflict between", "fighting with"), not an act ("support", "launched
    strikes on", "battle between").

    >>> ongoing("backing of"), ongoing("hostilities between"), ongoing("support"), ongoing("launched strikes on")
    (True, True, False, False)
    >>> ongoing("hostility between")
    True
    """
    words = relation_text.lower().split()
    return len(words) >= 2 and words[0] in ONGOING_NOUNS and words[1] in _RELATION_PREPOSITIONS


# Words that make a verb's act a repeated or continuing one, a state rather than one occurrence:
# "continues to bombard", "keep striking", "has repeatedly hit", "has visited ... multiple times".
# Dev stories: israel-hezbollah-lebanon ("continues to assault/bombard Lebanon", "has repeatedly hit
# Hezbollah targets", the gold's states of continued strikes), north-korea-russia ("has visited
# Pyongyang multiple times this year", apart from the one dated visit). "Again" alone is one more act.
# Talks held in "several rounds" are many occasions too, not the one dated round the story reports
# (dev egypt-ethiopia-gerd-dispute-2020: "have held dozens of rounds of talks in the past ten years";
# india-china-border-patrolling-deal-2024: "have held several rounds of talks").
_ITERATIVE_BEFORE = re.compile(
    r"\b(?:continu(?:e|es|ed|ing)\s+to|keeps?|kept|keeping|repeatedly|routinely|regularly|persistently)"
    r"(?:\s+(?:been|be|to))?\s+$",
    re.I,
)
_ITERATIVE_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,4}?\s+(?:(?:multiple|several|many|numerous|countless)\s+times|repeatedly|again\s+and\s+again"
    r"|(?:several|many|numerous|multiple|dozens\s+of|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+rounds\s+of)\b",
    re.I,
)


def iterative(relation_text: str, sentence: str) -> bool:
    """Whether the sentence says the relation's verb happened again and again or goes on: a
    continuation or repetition word just before it ("continues to bombard", "has repeatedly
    hit", "kept firing") or a count of times or rounds just after it ("visited Pyongyang multiple
    times", "held several rounds of talks").

    >>> iterative("bombard", "Israel continues to bombard Lebanon."), iterative("hit", "Israel has repeatedly hit targets in Syria.")
    (True, True)
    >>> iterative("visited", "Shoigu has visited Pyongyang multiple times this year."), iterative("struck", "Israel again struck Lebanon.")
    (True, False)
    >>> iterative("held", "Ghana and Togo have held several rounds of talks."), iterative("held", "They held a second round of talks.")
    (True, False)
    """
    words = relation_text.split()
    if not words:
        return False
    for match in re.finditer(rf"\b{re.escape(words[0])}\b", sentence, re.I):
        if _ITERATIVE_BEFORE.search(sentence[: match.start()]) or _ITERATIVE_AFTER.match(sentence[match.end() :]):
            return True
    return False


# An order or a declaration whose own words name an expulsion reports the expulsion: "declared the
# diplomat persona non grata", "ordered him to leave the country" and "expelled the diplomat" are one
# act (dev canada-china-diplomat-expulsion, one gold event however worded), as are "ordered the
# expulsion of the ambassador" and "expelled the ambassador" (iraq-sweden-quran-ambassador). Only the words right after the verb count ("declared" with a
# "persona non grata" elsewhere in the sentence is still a statement; up to eight words, the
# person named with a title), and only these verbs:
# "demanded that he leave" is a demand, "told him to leave" a statement. A deadline given to leave
# is the expulsion too: "gave the Canadian ambassador 24 hours to leave the country"
# (saudi-canada-diplomatic-row-2018, two pages; czech-russia-vrbetice-expulsions-2021 writes it as well).
EXPEL_VERBS = frozenset({"declare", "order", "give"})
_EXPULSION_AFTER = re.compile(
    r"^(?:\s+[\w'’.-]+){0,8}?\s+[\"“‘']?(?:persona\s+non\s+grata\b|to\s+leave\b|(?:the\s+)?expulsion\b)", re.I
)


def expulsion(st: Statement) -> bool:
    """Whether an order or a declaration names an expulsion in the words after its verb
    (:data:`EXPEL_VERBS`): it then reports the expulsion (the family of "expel").

    >>> from kg.types import Actor, Argument, Relation
    >>> a, b = Actor("a", "A", "Country"), Actor("b", "B", "Person")
    >>> def st(lemma, text, sentence): return Statement("s", "d", sentence, 0, 1, Argument(a, "A"), Relation(lemma, text), Argument(b, "B"))
    >>> expulsion(st("declare", "declared", "A declared the envoy B 'persona non grata' on Monday."))
    True
    >>> expulsion(st("order", "ordered", "A ordered B to leave the country.")), expulsion(st("order", "ordered", "A ordered the expulsion of B."))
    (True, True)
    >>> expulsion(st("declare", "declared", "A declared B a winner, and C called him persona non grata."))
    False
    >>> expulsion(st("order", "ordered", "A ordered B to stop.")), expulsion(st("tell", "told", "A told B to leave."))
    (False, False)
    >>> expulsion(st("give", "gave", "A gave the envoy B 24 hours to leave.")), expulsion(st("give", "gave", "A gave B a medal."))
    (True, False)
    """
    if st.relation.lemma.lower() not in EXPEL_VERBS or not st.relation.text:
        return False
    verb = st.relation.text.split()[0]
    return any(
        _EXPULSION_AFTER.match(st.sentence[m.end() :]) for m in re.finditer(rf"\b{re.escape(verb)}\b", st.sentence, re.I)
    )


def statement_family(st: Statement) -> str:
    """A report's :func:`relation_family`, told apart when it reports an ongoing relation rather
    than an act (:func:`ongoing`, :func:`iterative`): "Pyongyang's firm support for Moscow" is not
    the deployment "to support Russia" of April, nor is "the conflict between" two states, or
    "Israel continues to bombard Lebanon", one of their strikes. An order or a declaration naming
    an expulsion is the expulsion (:func:`expulsion`)."""
    if expulsion(st):
        return relation_family("expel", event_type("expel").cameo)
    family = relation_family(st.relation.lemma, st.relation.cameo, st.sentence)
    return f"{family}|ongoing" if ongoing(st.relation.text) or iterative(st.relation.text, st.sentence) else family


@cache
def _code_families() -> dict[str, str]:
    """CAMEO code (3 digits) -> the family whose one code it is: every lemma of the family that has
    a code has that one, and no lemma of another family has it. A lemma in no family with that
    code joins the family: "threatened action in" and "issued warnings to" report the threat
    others word "warned" or "threatened" (all 130; dev nigeria-us-threat, india-pakistan-2025).
    A family of several codes names none: "advise", "push" (020) are not the appeals "urge" and
    "call on" (020) nor "demand" (100), "partner" and "normalise" (050) not "support", and codes
    families share (010: tell, call in, view) name no family."""
    from kg.events.classes import event_type

    raw = json.loads((resources.files("kg") / "data" / "events.json").read_text(encoding="utf-8"))
    codes: dict[str, set[str]] = {}
    for family, lemmas in raw["families"].items():
        if not family.startswith("_"):
            codes[family] = {code[:3] for lemma in lemmas if (code := event_type(lemma).cameo)}
    owners = Counter(code for family_codes in codes.values() for code in family_codes)
    return {next(iter(c)): family for family, c in codes.items() if len(c) == 1 and owners[next(iter(c))] == 1}


@cache
def _families() -> dict[str, str]:
    raw = json.loads((resources.files("kg") / "data" / "events.json").read_text(encoding="utf-8"))
    families = {family: lemmas for family, lemmas in raw["families"].items() if not family.startswith("_")}
    return {lemma: family for family, lemmas in families.items() for lemma in lemmas}


def in_a_call(st: Statement) -> bool:
    """Whether a report of the communicate family was made in a call (:func:`call_cue`): it then
    has no direction (:func:`_symmetric`), as the call it reports has none.

    >>> from kg.types import Actor, Argument, Relation
    >>> a, b = Actor("a", "A", "Person"), Actor("b", "B", "Person")
    >>> def told(sentence): return Statement("s", "d", sentence, 0, 1, Argument(a, "A"), Relation("tell", "told"), Argument(b, "B"))
    >>> in_a_call(told("A told B in a phone call that talks would go on.")), in_a_call(told("A told B during their call."))
    (True, True)
    >>> in_a_call(told("A told B that talks would go on.")), in_a_call(told("A told B on Monday."))
    (False, False)
    """
    return relation_family(st.relation.lemma, st.relation.cameo, st.sentence) == "communicate" and call_cue(st.sentence)


def _symmetric(st: Statement) -> bool:
    lexicon = load_lexicon()
    words = st.relation.lemma.lower().split()
    return (
        st.relation.lemma.lower() in lexicon.symmetric_verbs
        or (len(words) > 1 and words[-1] in lexicon.symmetric_nouns)
        or in_a_call(st)
    )


def _date(st: Statement) -> DateValue | None:
    if st.date is None:
        return None
    value = parse_date_value(st.date)
    return value if value is not None and value.precision == st.date_precision else None


@dataclass
class _Cluster:
    """Reports grouped so far, with what a newcomer must agree with (kept small: the distinct
    directions of its directed reports and its distinct dates, not every pair of reports)."""

    members: list[Statement]
    directions: set[tuple[str, str]]
    dates: set[DateValue]
    mutual: frozenset[str] = frozenset()  # reports of an act the two did to each other: both directions
    span: int = 0  # days apart two dated reports of one event may be (a visit: VISIT_DAYS)

    @classmethod
    def of(cls, st: Statement, mutual: frozenset[str] = frozenset(), span: int = 0) -> _Cluster:
        cluster = cls([], set(), set(), mutual, span)
        cluster.add(st)
        return cluster

    def add(self, st: Statement) -> None:
        self.members.append(st)
        pair = (st.subject.actor.id, st.object.actor.id)
        if st.id in self.mutual:
            self.directions |= {pair, pair[::-1]}
        elif not _symmetric(st):
            self.directions.add(pair)
        if (value := _date(st)) is not None:
            self.dates.add(value)

    def accepts(self, st: Statement, published: DateValue | None = None) -> bool:
        """Compatible with every member: same direction (unless symmetric; a mutual act goes both
        ways, with other mutual or symmetric reports only) and compatible dates. An undated report
        cannot be of an event dated after its own document was published, nor of one whose day is
        not the weekday its own clause names (:func:`~kg.events.dates.named_weekdays`: "told
        reporters Friday" in a page without a date is not a call of Tuesday the 7th; dev stories
        canada-us-tariffs, where it was, and north-korea-russia, south-korea-yoon-impeachment,
        venezuela-us, where the weekday an act's clause names is its gold event's). An
        accusation that names its charge is not one that names another (:func:`same_charge`)."""
        pair = (st.subject.actor.id, st.object.actor.id)
        if st.id in self.mutual:
            if self.directions not in (set(), {pair, pair[::-1]}):
                return False
        elif not _symmetric(st) and not self.directions <= {pair}:
            return False
        if not same_charge(st, self.members):
            return False
        value = _date(st)
        if value is None:
            weekdays = named_weekdays(st.sentence, st.relation.text)  # "told reporters Friday": not Tuesday's event
            if weekdays and any(other.precision == "day" and not self._near_weekday(other, weekdays) for other in self.dates):
                return False
            return published is None or all(not _after(other, published) for other in self.dates)
        return all(value.compatible(other) or _days_apart(value, other) <= self.span for other in self.dates)

    def _near_weekday(self, day: DateValue, weekdays: set[int]) -> bool:
        """Whether one of ``weekdays`` falls on ``day`` or within this event's span of it."""
        return any((day.date + dt.timedelta(days=k)).weekday() in weekdays for k in range(-self.span, self.span + 1))


def _days_apart(one: DateValue, other: DateValue) -> float:
    """Days between two dates of day precision; infinite when either is coarser."""
    if one.precision != "day" or other.precision != "day":
        return float("inf")
    return abs((one.date - other.date).days)


# An accusation or a criticism that names its charge ("accused Russia of waging a propaganda
# campaign", "criticised the Kremlin for the kidnapping") is another act than one of the same pair
# that names another charge ("accused Russia of failing to defend Armenia"), however undated both
# are; the same charge reworded shares a word of it ("of working with drug cartels" / "of running a
# drug cartel"). Only the charge an "of"/"for" phrase gives right after the object counts: reports
# that name none ("accused Russia", "accused Moscow again") fit any. Dev stories:
# armenia-russia-rift (Pashinyan's accusations of a propaganda campaign, of seeking to undermine
# his government, of failing to defend Armenia, and his criticism of a deserter's kidnapping, all
# undated and lumped into one), india-canada-diplomat-row (Trudeau's accusation of a "fundamental
# error" at the expulsions and his year-old accusation of orchestrating a killing); must still
# group: venezuela-us (the drug-cartel accusation in three wordings). Narrower than the reverted
# 934f7f5, which read any words after the verb of the urge family too.
_CHARGE_FAMILY = "criticize"
_CHARGE = re.compile(r"^(?:\s+[\w'’.-]+){1,6}?\s+(?:of|for)\s+([^,;:.!?()\[\]]+)", re.I)
_CHARGE_STOP = frozenset(
    """what which that this these those their there they them with from into over about against
    being been having what's also what’s called alleged allegedly said saying""".split()
)


def charge(st: Statement) -> frozenset[str]:
    """The words of the charge an accusation or criticism names in an "of"/"for" phrase after its
    object ("accused Russia of waging a propaganda campaign": {"waging", "propaganda", "campaign"}),
    singulars for plurals, from the phrase's first six words (what follows, "... against him and
    openly calling for the population to overthrow the government", strays from the charge);
    empty when it names none.

    >>> from kg.types import Actor, Argument, Relation
    >>> a, b = Actor("a", "A", "Country"), Actor("b", "B", "Country")
    >>> def acc(sentence, text="accused"): return Statement("s", "d", sentence, 0, 1, Argument(a, "A"), Relation("accuse", text), Argument(b, "B"))
    >>> sorted(charge(acc("A accused B of running drug cartels.")))
    ['cartel', 'drug', 'running']
    >>> sorted(charge(acc('A accused B of leading a "coordinated campaign" against it.')))
    ['campaign', 'coordinated', 'leading']
    >>> charge(acc("A accused B again.")), charge(acc("A accused B, citing a report of fraud."))
    (frozenset(), frozenset())
    """
    sentence = st.sentence
    start = sentence.lower().find(st.relation.text.lower()) if st.relation.text else -1
    if start < 0:
        return frozenset()
    match = _CHARGE.match(sentence[start + len(st.relation.text) :])
    if not match:
        return frozenset()
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", match.group(1))][:6]
    return frozenset(w.removesuffix("s") if len(w) > 4 else w for w in words if len(w) > 3 and w not in _CHARGE_STOP)


def same_charge(st: Statement, members: Sequence[Statement]) -> bool:
    """Whether an accusation or criticism can be the act its cluster's reports make: when it and a
    members name their charge (:func:`charge`), it shares a word with one of theirs."""
    if statement_family(st) != _CHARGE_FAMILY or not (mine := charge(st)):
        return True
    theirs = [c for c in (charge(m) for m in members) if c]
    return not theirs or any(mine & c for c in theirs)


def _after(event: DateValue, published: DateValue) -> bool:
    """Whether an event date lies wholly after a publication date (compared at the coarser precision)."""
    return not event.compatible(published) and event.date > published.date


def _precision_rank(st: Statement) -> tuple[int, str, str]:
    """Sort key: day-dated reports first, then month, year, undated; then by date and id."""
    value = _date(st)
    rank = 3 if value is None else ("day", "month", "year").index(value.precision)
    return (rank, value.iso if value else "", st.id)


def _clusters(
    members: list[Statement], published: dict[str, DateValue | None] | None = None, span: int = 0
) -> list[tuple[str, list[Statement]]]:
    """Greedy, deterministic clustering of one bucket; each cluster with the key part of its id
    (``span``: days apart its dated reports may be)."""
    clusters: list[_Cluster] = []
    ambiguous: set[int] = set()
    mutual = _mutual(members)
    for st in sorted(members, key=_precision_rank):
        fits = [i for i, cluster in enumerate(clusters) if cluster.accepts(st, (published or {}).get(st.doc))]
        if len(fits) > 1 and _date(st) is None:
            fits = _main_event(fits, clusters) or fits
        if len(fits) > 1:  # fits several events: join the other ambiguous reports, or start them
            fits = [i for i in fits if i in ambiguous][:1]
            if not fits:
                ambiguous.add(len(clusters))
        if len(fits) == 1:
            clusters[fits[0]].add(st)
            continue
        clusters.append(_Cluster.of(st, mutual, span))

    # The id part: the date (and ambiguity); the direction and an ordinal only where needed to
    # tell clusters apart, so an event keeps its id when a differently worded report joins it.
    bases = [f"{_date_key(c.members[0])}|{'ambiguous' if i in ambiguous else ''}" for i, c in enumerate(clusters)]
    base_count = Counter(bases)
    keys = [
        base if base_count[base] == 1 else f"{base}|{c.members[0].subject.actor.id}>{c.members[0].object.actor.id}"
        for base, c in zip(bases, clusters)
    ]
    key_count = Counter(keys)
    seen: defaultdict[str, int] = defaultdict(int)
    keyed: list[tuple[str, list[Statement]]] = []
    for key, cluster in zip(keys, clusters):
        seen[key] += 1
        keyed.append((key if key_count[key] == 1 else f"{key}|{seen[key]}", cluster.members))
    return keyed


def _main_event(fits: list[int], clusters: list[_Cluster]) -> list[int]:
    """Of the events an undated report fits, the one with more dated reports than each other has
    (the story's main event), as a one-item list; [] when none has (a tie, or no dated report)."""
    dated = sorted(((sum(_date(m) is not None for m in clusters[i].members), i) for i in fits), reverse=True)
    (most, best), (second, _) = dated[0], dated[1]
    return [best] if most > second else []


def _mutual(members: Sequence[Statement]) -> frozenset[str]:
    """Reports of an act two parties did to each other: one sentence gives the same verb both ways
    round ("mutual accusations between Israel and Hezbollah", "both parties pledged mutual
    assistance", "India and Pakistan reached an understanding"; dev stories israel-hezbollah-lebanon,
    north-korea-russia, india-pakistan-2025, us-china-trade). Such a report goes both ways: it groups
    with other mutual reports and with symmetric ones ("agreed", "clashed"), which would otherwise
    fit both halves of the pair and be left apart as ambiguous; a one-way report ("A accused B")
    does not join it, so the two directions are not bridged into one event."""
    ways: dict[tuple[object, ...], set[tuple[str, str]]] = defaultdict(set)
    for st in members:
        ways[(*sentence_key(st), st.relation.lemma, st.relation.text)].add((st.subject.actor.id, st.object.actor.id))
    return frozenset(
        st.id for st in members
        if (st.object.actor.id, st.subject.actor.id) in ways[(*sentence_key(st), st.relation.lemma, st.relation.text)]
        and st.subject.actor.id != st.object.actor.id
        and not _symmetric(st)  # "A and B met" has no direction to begin with
    )


def _date_key(st: Statement) -> str:
    value = _date(st)
    return value.iso if value else "undated"


def _event_id(bucket: tuple[str, str, str, bool], cluster_key: str) -> str:
    digest = hashlib.sha1(json.dumps([*bucket, cluster_key]).encode("utf-8")).hexdigest()
    return f"ev_{digest[:16]}"


def _outlet(doc: Document) -> str:
    """Reports from one outlet are one source: the URL's host when known, else the document."""
    if doc.url:
        host = urlsplit(doc.url).hostname
        if host:
            return host.removeprefix("www.")
    return doc.id


def _event(event_id: str, cluster: list[Statement], outlets: dict[str, str]) -> Event:
    """Summarise a group: its actors and relation from the first report, dates from the most precise."""
    first = cluster[0]
    lemmas = Counter(st.relation.lemma for st in cluster)
    lemma = max(lemmas, key=lemmas.__getitem__)  # the most frequent wording; ties: the first report's
    typed = next((st for st in cluster if st.relation.event), first)
    dated = [v for v in (_date(st) for st in cluster) if v is not None]
    date = min(dated, key=lambda v: ("day", "month", "year").index(v.precision)) if dated else None
    by_outlet: dict[str, float] = {}
    for st in cluster:
        outlet = outlets.get(st.doc, st.doc)
        by_outlet[outlet] = max(by_outlet.get(outlet, 0.0), st.confidence)
    doubt = 1.0
    for confidence in by_outlet.values():
        doubt *= 1.0 - confidence
    return Event(
        id=event_id,
        subject=first.subject.actor,
        object=first.object.actor,
        lemma=lemma,
        event=typed.relation.event,
        quad=typed.relation.quad,
        negated=first.negated,
        date=date.iso if date else None,
        date_precision=date.precision if date else None,
        statements=tuple(st.id for st in cluster),
        participants=tuple({a.id: a for st in cluster for a in (st.subject.actor, st.object.actor)}.values()),
        documents=tuple(dict.fromkeys(st.doc for st in cluster)),
        sources=len(by_outlet),
        confidence=round(1.0 - doubt, 4),
    )
