"""Grouping reports into events: same event in other words grouped, different events kept apart."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from kg.events.grouping import date_statements, group_events
from kg.namespaces import actor_iri
from kg.types import Actor, Argument, Document, Relation, Statement

XI = Actor(actor_iri("Xi Jinping"), "Xi Jinping", "Person")
TRUMP = Actor(actor_iri("Donald Trump"), "Donald Trump", "Person")
CHINA = Actor(actor_iri("China"), "China", "Country")
JAPAN = Actor(actor_iri("Japan"), "Japan", "Country")


def report(sid: str, doc: str, subject: Actor, lemma: str, obj: Actor, sentence: str, **extra) -> Statement:
    return Statement(
        id=sid, doc=doc, sentence=sentence, char_start=0, char_end=len(sentence),
        subject=Argument(subject, subject.label), relation=Relation(lemma, lemma), object=Argument(obj, obj.label),
        **extra,
    )  # fmt: skip


def events_of(statements: list[Statement], documents: list[Document]) -> dict[str, set[str]]:
    """event id -> ids of its statements, after dating and grouping."""
    grouped, events = group_events(date_statements(statements, documents), documents)
    assert {st.event_id for st in grouped} == {event.id for event in events}
    return {event.id: set(event.statements) for event in events}


def partition(groups: dict[str, set[str]]) -> set[frozenset[str]]:
    return {frozenset(members) for members in groups.values()}


DOCS = [
    Document("a", "", "a.txt", date="2025-11-25"),  # a Tuesday
    Document("b", "", "b.txt", date="2025-11-26"),
    Document("c", "", "c.txt", date="2025-11-26", url="https://www.example.com/c"),
    Document("d", "", "d.txt", date="2025-11-27", url="https://example.com/d"),  # same outlet as c
    Document("e", "", "e.txt"),  # no date
]


def test_one_call_in_other_words_is_one_event_and_another_call_stays_apart() -> None:
    statements = [
        report("s1", "a", XI, "tell", TRUMP, "Xi Jinping told Donald Trump on Monday that Taiwan is part of China."),
        report("s2", "b", TRUMP, "speak", XI, "Donald Trump and Xi Jinping spoke by phone on November 24."),
        report("s3", "b", XI, "tell", TRUMP, "In an earlier call on Nov. 2, Xi Jinping told Donald Trump to be careful."),
        report("s4", "e", XI, "say to", TRUMP, "Xi Jinping said to Donald Trump that the talks were good."),
    ]
    groups = events_of(statements, DOCS)
    # s4 is undated and fits both calls: it is kept apart rather than guessed into one
    assert partition(groups) == {frozenset({"s1", "s2"}), frozenset({"s3"}), frozenset({"s4"})}


def test_what_each_side_said_in_one_call_is_that_call() -> None:
    """Reports made in a call ("told ... in a call", "during their phone call") report the call,
    which has no direction: what each side told the other, "spoke by phone" and "held talks by
    phone" on that day are one event; a call on another day, a meeting, and a "told" with no call
    in its sentence keep their own events (the last one keeps its direction)."""
    statements = [
        report("s1", "a", XI, "speak", TRUMP, "Xi Jinping and Donald Trump spoke by phone on Monday."),
        report("s2", "b", TRUMP, "tell", XI, "Donald Trump told Xi Jinping in a call on Monday that tariffs would fall."),
        report("s3", "c", XI, "tell", TRUMP, "Xi Jinping told Donald Trump during their phone call on Monday that Taiwan matters."),
        report("s4", "b", TRUMP, "hold talks", XI, "Donald Trump and Xi Jinping held talks by phone on November 24."),
        report("s5", "d", TRUMP, "speak", XI, "Donald Trump spoke with Xi Jinping by phone on Wednesday."),
        report("s6", "d", TRUMP, "meet", XI, "Donald Trump met Xi Jinping in Busan on Monday."),
        report("s7", "d", XI, "tell", TRUMP, "Xi Jinping told Donald Trump on Tuesday that trade matters."),
        report("s8", "a", TRUMP, "tell", XI, "Donald Trump told Xi Jinping on Tuesday that soybeans matter."),
    ]
    assert partition(events_of(statements, DOCS)) == {
        frozenset({"s1", "s2", "s3", "s4"}), frozenset({"s5"}), frozenset({"s6"}), frozenset({"s7"}), frozenset({"s8"})}


@pytest.mark.parametrize(
    "sentence, together",
    [
        ("Xi Jinping received a phone call from Donald Trump on Monday.", True),
        ("Xi Jinping met Donald Trump by video link on Monday.", True),
        ("Xi Jinping met Donald Trump in Busan on Monday.", False),
        ("Xi Jinping met Donald Trump in Busan on Monday, after a phone call last week.", False),
    ],
)
def test_a_meeting_word_for_a_call_is_the_call(sentence: str, together: bool) -> None:
    """"Received a phone call from", "met by video link": another kind of contact than a meeting,
    the call of that day; a meeting in person, even one a call preceded, is not the call."""
    call = report("s1", "a", XI, "speak", TRUMP, "Xi Jinping and Donald Trump spoke by phone on Monday.")
    lemma = "receive" if "received" in sentence else "meet"
    other = report("s2", "b", XI, lemma, TRUMP, sentence)
    assert (len(events_of([call, other], DOCS)) == 1) is together


def test_plans_group_by_their_own_verb() -> None:
    """Done, a hosting and a meeting of one day are one meeting; planned, "will host" and "will
    meet" are two plans, while "will host" told by two pages is one (dev:
    armenia-azerbaijan-peace, canada-us-tariffs)."""
    statements = [
        report("p1", "a", TRUMP, "host", XI, "Donald Trump will host Xi Jinping.", modality="future"),
        report("p2", "b", TRUMP, "host", XI, "Donald Trump is to host Xi Jinping at the White House.", modality="future"),
        report("p3", "c", XI, "meet", TRUMP, "Xi Jinping will hold a bilateral meeting with Donald Trump.", modality="future"),
        report("d1", "a", TRUMP, "host", XI, "Donald Trump hosted Xi Jinping on Monday."),
        report("d2", "b", XI, "meet", TRUMP, "Xi Jinping met Donald Trump on November 24."),
    ]
    assert partition(events_of(statements, DOCS)) == {frozenset({"p1", "p2"}), frozenset({"p3"}), frozenset({"d1", "d2"})}


def test_talks_stopped_in_any_words_are_one_act() -> None:
    """"Ended talks", "an end to negotiations", "halted discussions" (whatever CAMEO code each verb
    has) are one act (dev: canada-us-tariffs, georgia-eu-protests); talks held, and hostilities
    ended, are other acts."""
    ghana, togo = Actor(actor_iri("Ghana"), "Ghana", "Country"), Actor(actor_iri("Togo"), "Togo", "Country")

    def coded(st: Statement, cameo: str) -> Statement:
        return replace(st, relation=replace(st.relation, cameo=cameo))

    statements = [
        coded(report("t1", "a", ghana, "end talks", togo, "Ghana ended trade talks with Togo."), "164"),
        coded(report("t2", "b", ghana, "end negotiations", togo, "Ghana announced an end to all negotiations with Togo."), "046"),
        coded(report("t3", "c", ghana, "halt discussions", togo, "Ghana halted discussions with Togo over an advert."), "161"),
        report("h1", "d", ghana, "hold talks", togo, "Ghana held talks with Togo."),
        coded(report("h2", "d", ghana, "end hostilities", togo, "Ghana agreed to end hostilities with Togo."), "0871"),
    ]
    assert partition(events_of(statements, DOCS)) == {frozenset({"t1", "t2", "t3"}), frozenset({"h1"}), frozenset({"h2"})}


def test_an_undated_report_joins_the_only_event_it_fits() -> None:
    statements = [
        report("s1", "a", XI, "tell", TRUMP, "Xi Jinping told Donald Trump on Monday that Taiwan is part of China."),
        report("s2", "e", XI, "tell", TRUMP, "Xi Jinping told Donald Trump that Taiwan is part of China."),
    ]
    grouped, events = group_events(date_statements(statements, DOCS), DOCS)
    assert len(events) == 1
    event = events[0]
    assert (event.date, event.date_precision, event.sources, event.documents) == ("2025-11-24", "day", 2, ("a", "e"))
    assert [st.date for st in grouped] == ["2025-11-24", None]  # the report keeps its own (unknown) date
    assert event.statements == ("s1", "s2")


@pytest.mark.parametrize(
    "other, together",
    [
        (report("x", "b", TRUMP, "tell", XI, "Donald Trump told Xi Jinping that trade matters."), False),  # reversed
        (report("x", "b", XI, "tell", TRUMP, "Xi Jinping did not tell Donald Trump.", negated=True), False),  # a denial
        (report("x", "b", XI, "accuse", TRUMP, "Xi Jinping accused Donald Trump."), False),  # another family
        (report("x", "b", XI, "inform", TRUMP, "Xi Jinping informed Donald Trump."), True),  # same family
        (report("x", "b", TRUMP, "talk", XI, "Donald Trump talked with Xi Jinping."), False),  # talk is 'meet'
        (report("x", "b", XI, "tell", JAPAN, "Xi Jinping told Japan."), False),  # other actors
    ],
)
def test_what_separates_events(other: Statement, together: bool) -> None:
    base = report("s1", "a", XI, "tell", TRUMP, "Xi Jinping told Donald Trump that Taiwan is part of China.")
    assert (len(events_of([base, other], DOCS)) == 1) is together


def test_symmetric_relations_group_in_either_direction() -> None:
    statements = [
        report("s1", "a", CHINA, "hold talks", JAPAN, "China held talks with Japan on Tuesday."),
        report("s2", "b", JAPAN, "meet", CHINA, "Japan met China on November 25."),
    ]
    assert partition(events_of(statements, DOCS)) == {frozenset({"s1", "s2"})}


def test_an_act_done_to_each_other_groups_with_reports_in_either_direction() -> None:
    """"China and Japan reached an understanding" gives the verb both ways round in one sentence:
    one mutual act, not two directions that would leave "China agreed with Japan" elsewhere
    fitting two events (and so kept apart); a one-way accusation keeps its direction and does not
    join a mutual one."""
    from dataclasses import replace

    from kg.types import Relation

    def agreement(st: Statement) -> Statement:  # both lemmas are CAMEO 030 (AGREE): one family
        return replace(st, relation=Relation(st.relation.lemma, st.relation.lemma, "AGREE", "verbal cooperation", "030"))

    mutual = "China and Japan reached an understanding on fishing rights."
    statements = [
        agreement(report("s1", "a", CHINA, "reach understanding", JAPAN, mutual)),
        agreement(report("s2", "a", JAPAN, "reach understanding", CHINA, mutual)),
        agreement(report("s3", "b", CHINA, "agree", JAPAN, "China agreed with Japan on fishing rights.")),
        report("s4", "b", JAPAN, "accuse", CHINA, "Japan accused China of overfishing."),
        report("s5", "c", CHINA, "accuse", JAPAN, "China accused Japan of lying."),  # the other way: apart
        report("m6", "d", CHINA, "accuse", JAPAN, "China and Japan traded accusations over the islands."),
        report("m7", "d", JAPAN, "accuse", CHINA, "China and Japan traded accusations over the islands."),
    ]
    # the mutual accusations do not bridge the two one-way accusations into one event
    assert partition(events_of(statements, DOCS)) == {
        frozenset({"s1", "s2", "s3"}), frozenset({"s4"}), frozenset({"s5"}), frozenset({"m6", "m7"})}


def test_a_symmetric_verb_given_both_ways_is_no_mutual_act() -> None:
    """"Xi and Trump met" gives "meet" both ways round, but "meet" has no direction anyway: a
    one-way report of the meeting ("Trump hosted Xi") still joins it."""
    met = "Xi Jinping and Donald Trump met in Busan."
    statements = [
        report("s1", "a", XI, "meet", TRUMP, met),
        report("s2", "a", TRUMP, "meet", XI, met),
        report("s3", "b", TRUMP, "host", XI, "Donald Trump hosted Xi Jinping."),
    ]
    assert partition(events_of(statements, DOCS)) == {frozenset({"s1", "s2", "s3"})}


def test_sources_count_outlets_and_confidence_grows_with_them() -> None:
    one = [report("s1", "c", CHINA, "urge", JAPAN, "China urged Japan to retract the remarks.", confidence=0.6)]
    same_outlet = one + [report("s2", "d", CHINA, "urge", JAPAN, "China urged Japan again.", confidence=0.5)]
    two_outlets = one + [report("s2", "b", CHINA, "demand", JAPAN, "China demanded Japan retract it.", confidence=0.5)]
    _, [single] = group_events(one, DOCS)
    _, [repeated] = group_events(same_outlet, DOCS)
    _, [confirmed] = group_events(two_outlets, DOCS)
    assert (single.sources, repeated.sources, confirmed.sources) == (1, 1, 2)
    assert single.confidence == repeated.confidence == 0.6  # the same outlet twice adds nothing
    assert confirmed.confidence == 0.8  # 1 - (1 - 0.6) * (1 - 0.5)


def test_event_ids_are_stable_when_reports_are_added() -> None:
    first = [report("s1", "a", XI, "tell", TRUMP, "Xi Jinping told Donald Trump on Monday that Taiwan is part of China.")]
    more = first + [report("s0", "b", TRUMP, "speak", XI, "Donald Trump and Xi Jinping spoke by phone on November 24.")]
    (before,) = events_of(first, DOCS)
    (after,) = events_of(more, DOCS)
    assert before == after


def test_a_year_less_day_takes_the_year_of_the_other_reports() -> None:
    """An undated page's "on November 24" gets its year from the other reports of its event (their
    pages' dates); "in October", grouped with them while undated, cannot be that event whatever
    its year, and goes apart; a weekday in an undated page stays unknown."""
    statements = [
        report("s1", "a", XI, "tell", TRUMP, "Xi Jinping told Donald Trump on Monday that Taiwan is part of China."),
        report("s2", "e", TRUMP, "speak", XI, "Donald Trump and Xi Jinping spoke on November 24 about Taiwan."),
        report("s3", "e", XI, "tell", TRUMP, "Xi Jinping told Donald Trump on Sunday that ties matter."),
        report("s4", "e", XI, "inform", TRUMP, "Xi Jinping informed Donald Trump in October of his plans."),
    ]
    grouped, events = group_events(date_statements(statements, DOCS), DOCS)
    date_of = {st.id: st.date for st in grouped}
    event_of = {st.id: st.event_id for st in grouped}
    assert date_of == {"s1": "2025-11-24", "s2": "2025-11-24", "s3": None, "s4": None}
    assert event_of["s1"] == event_of["s2"] == event_of["s3"] != event_of["s4"]
    call = next(e for e in events if e.id == event_of["s1"])
    assert (call.date, call.statements[:2]) == ("2025-11-24", ("s1", "s2"))


def test_a_wire_pages_month_day_takes_the_year_of_the_other_reports() -> None:
    """A page dated only "--11-26" (a wire dateline, no year anywhere): with the year the other
    reports of its event give, "on Monday" counts from 26 November 2025."""
    docs = [*DOCS, Document("w", "", "w.txt", date="--11-26")]
    statements = [
        report("s1", "a", XI, "tell", TRUMP, "Xi Jinping told Donald Trump on Monday that Taiwan is part of China."),
        report("s2", "w", XI, "tell", TRUMP, "Xi Jinping told Donald Trump on Monday that ties matter."),
        report("s3", "w", XI, "tell", JAPAN, "Xi Jinping told Japan on Tuesday to retract the remarks."),  # no other report
    ]
    grouped, _ = group_events(date_statements(statements, docs), docs)
    assert {st.id: st.date for st in grouped} == {"s1": "2025-11-24", "s2": "2025-11-24", "s3": None}


def test_a_year_less_month_takes_the_year_of_its_events_own_date() -> None:
    """Pages published a year after an accord (2025-11-25, -26) name its month: "in June 2024" on
    a dated page, "in June" on an undated one. The undated page's June is the accord's June
    2024, not the June nearest the other pages' dates (2025): it is dated and stays in the event."""
    statements = [
        report("s1", "a", TRUMP, "sign treaty", XI, "Donald Trump and Xi Jinping signed a treaty in June 2024 that still binds them."),
        report("s2", "e", XI, "sign agreement", TRUMP, "The pact, which Xi Jinping and Donald Trump signed in June, binds them."),
        report("s3", "b", XI, "sign treaty", TRUMP, "Xi Jinping and Donald Trump signed the treaty last year."),
    ]
    grouped, _ = group_events(date_statements(statements, DOCS), DOCS)
    assert {st.id: st.date for st in grouped} == {"s1": "2024-06", "s2": "2024-06", "s3": "2024"}
    assert len({st.event_id for st in grouped}) == 1


HUNGARY = Actor(actor_iri("Hungary"), "Hungary", "Country")
SERBIA = Actor(actor_iri("Serbia"), "Serbia", "Country")


def worded(st: Statement, words: str) -> Statement:
    """The report with the sentence's own words for its relation ("support for", "launched strikes on")."""
    return replace(st, relation=replace(st.relation, text=words))


def test_an_ongoing_relation_is_not_one_of_its_acts() -> None:
    """A relation that lasts, named by its noun ("Hungary's steady support for Serbia", "the
    fighting between them"), is a state: its reports are one event however worded, apart from the
    acts of the same kind ("sent police to support Serbia in March", "launched strikes on") and
    never given their dates."""
    statements = [
        worded(report("s1", "a", HUNGARY, "support", SERBIA, "Budapest repeated Hungary's steady support for Serbia."), "support for"),
        worded(report("s2", "e", HUNGARY, "back", SERBIA, "Orban promised the full backing of Hungary for Serbia."), "backing of"),
        worded(report("s3", "b", HUNGARY, "support", SERBIA, "Hungary sent police officers to support Serbia in March."), "support"),
        worded(report("f1", "a", HUNGARY, "fight", SERBIA, "The fighting between Hungary and Serbia went on."), "fighting between"),
        worded(report("f2", "e", SERBIA, "clash", HUNGARY, "Clashes between Serbia and Hungary spread."), "clashes between"),
        worded(report("f4", "c", HUNGARY, "fight", SERBIA, "The treaty ends years of hostility between Hungary and Serbia."), "hostility between"),
        worded(report("f3", "e", HUNGARY, "launch strikes", SERBIA, "Hungary launched strikes on Serbia."), "launched strikes on"),
    ]
    statements[3:] = [_conflict(st) for st in statements[3:]]  # one conflict code (CAMEO 190) for all four
    _, events = group_events(date_statements(statements, DOCS), DOCS)
    assert partition({e.id: set(e.statements) for e in events}) == {
        frozenset({"s1", "s2"}), frozenset({"s3"}), frozenset({"f1", "f2", "f4"}), frozenset({"f3"})}
    state = next(e for e in events if "s1" in e.statements)
    assert state.date is None  # the state does not take the date of the act in March


@pytest.mark.parametrize(
    "sentence, words",
    [
        ("Ghana continues to shell Togo's border posts.", "shell"),
        ("Ghana has repeatedly shelled Togo's border posts.", "shelled"),
        ("Ghana kept shelling Togo's border posts all week.", "shelling"),
        ("Ghana has shelled Togo's border posts several times this month.", "shelled"),
    ],
)
def test_a_repeated_or_continuing_act_is_a_state_not_one_of_the_acts(sentence: str, words: str) -> None:
    """An act the sentence says goes on or recurs ("continues to", "repeatedly", "kept",
    "several times") is an ongoing relation: it is not grouped with the one shelling of Monday
    (dev: israel-hezbollah-lebanon, north-korea-russia), while "again" is just one more act."""
    ghana, togo = Actor(actor_iri("Ghana"), "Ghana", "Country"), Actor(actor_iri("Togo"), "Togo", "Country")
    one = _conflict(worded(report("s1", "a", ghana, "shell", togo, "Ghana shelled Togo's border posts on Monday."), "shelled"))
    again = _conflict(worded(report("s2", "e", ghana, "shell", togo, "Ghana again shelled Togo's border posts."), "shelled"))
    ongoing = _conflict(worded(report("s3", "e", ghana, "shell", togo, sentence), words))
    assert partition(events_of([one, again, ongoing], DOCS)) == {frozenset({"s1", "s2"}), frozenset({"s3"})}


def _conflict(st: Statement) -> Statement:
    return replace(st, relation=replace(st.relation, event="ASSAULT", quad="material conflict", cameo="190"))


USA = Actor(actor_iri("United States"), "United States", "Country")
PERU = Actor(actor_iri("Peru"), "Peru", "Country")
BOLUARTE = Actor(actor_iri("Dina Boluarte"), "Dina Boluarte", "Person", affiliation=PERU.id)
BIDEN = Actor(actor_iri("Joe Biden"), "Joe Biden", "Person", affiliation=USA.id)
BLINKEN = Actor(actor_iri("Antony Blinken"), "Antony Blinken", "Person", affiliation=USA.id)
US_NAVY = Actor(actor_iri("U.S. Navy"), "U.S. Navy", "Organization", affiliation=USA.id)


@pytest.mark.parametrize(
    "reports, together",
    [
        # a state for the person or organ acting for it, on one side or both: one event
        ([(USA, "accuse", BOLUARTE, "The United States accused Dina Boluarte of fraud.")], True),
        ([(USA, "accuse", PERU, "The United States accused Peru of fraud.")], True),
        ([(USA, "accuse", BOLUARTE, "Washington accused Dina Boluarte."), (USA, "accuse", PERU, "Washington accused Peru.")], True),
        ([(BIDEN, "accuse", PERU, "Joe Biden accused Peru of fraud.")], True),
        # not the same act, not the same direction, or not the same day
        ([(USA, "praise", BOLUARTE, "The United States praised Dina Boluarte.")], False),
        ([(PERU, "accuse", USA, "Peru accused the United States of fraud.")], False),
        ([(USA, "accuse", BOLUARTE, "The United States accused Dina Boluarte of fraud on Nov. 7.")], False),
    ],
)
def test_a_states_report_joins_the_event_of_those_acting_for_it(reports, together) -> None:
    base = report("s0", "a", BIDEN, "accuse", BOLUARTE, "Joe Biden accused Dina Boluarte of fraud on Monday.")
    others = [report(f"s{i}", "b", subject, lemma, obj, sentence) for i, (subject, lemma, obj, sentence) in enumerate(reports, 1)]
    groups = partition(events_of([base, *others], DOCS))
    assert (groups == {frozenset({"s0", *(st.id for st in others)})}) is together


def test_a_states_report_fitting_two_events_stays_apart() -> None:
    """"The United States accused Peru" fits Biden's accusation on Monday and Blinken's on 3
    November alike: it stays apart; "the United States seized a Peruvian ship" fits only the
    navy's seizure, and joins it."""
    statements = [
        report("s1", "a", BIDEN, "accuse", BOLUARTE, "Joe Biden accused Dina Boluarte of fraud on Monday."),
        report("s2", "b", BLINKEN, "accuse", BOLUARTE, "Antony Blinken accused Dina Boluarte of fraud on November 3."),
        report("s3", "e", USA, "accuse", PERU, "The United States accused Peru of fraud."),
        report("s4", "a", US_NAVY, "seize", PERU, "The U.S. Navy seized a Peruvian ship on Monday."),
        report("s5", "e", USA, "seize", PERU, "The United States seized a Peruvian ship."),
    ]
    assert partition(events_of(statements, DOCS)) == {frozenset({"s1"}), frozenset({"s2"}), frozenset({"s3"}), frozenset({"s4", "s5"})}


ANDEAN_BLOC = Actor(actor_iri("Andean Union"), "Andean Union", "Organization")
ANDEAN_LEADERS = Actor(actor_iri("Andean leaders"), "Andean leaders", "Organization", affiliation=ANDEAN_BLOC.id)
ANDEAN_CHIEF = Actor(actor_iri("Ana Ruiz"), "Ana Ruiz", "Person", affiliation=ANDEAN_BLOC.id)
POLICE = Actor(actor_iri("police"), "police", "Organization")


@pytest.mark.parametrize(
    "base, report_, together",
    [
        # an organisation of no state stands for those kg affiliates to it, as a state does
        ((ANDEAN_LEADERS, "accuse", BOLUARTE, "Andean leaders accused Dina Boluarte of fraud on Monday."),
         (ANDEAN_BLOC, "accuse", PERU, "The Andean Union accused Peru of fraud."), True),
        ((ANDEAN_CHIEF, "accuse", PERU, "Ana Ruiz accused Peru of fraud on Monday."),
         (ANDEAN_BLOC, "accuse", PERU, "The Andean Union accused Peru of fraud."), True),
        # not another act, nor a bare force (its state unsaid: nothing is affiliated to it)
        ((ANDEAN_CHIEF, "accuse", PERU, "Ana Ruiz accused Peru of fraud on Monday."),
         (ANDEAN_BLOC, "praise", PERU, "The Andean Union praised Peru."), False),
        ((ANDEAN_CHIEF, "accuse", PERU, "Ana Ruiz accused Peru of fraud on Monday."),
         (POLICE, "accuse", PERU, "Police accused Peru of fraud."), False),
    ],
)
def test_an_organisations_report_joins_the_event_of_those_acting_for_it(base, report_, together) -> None:
    first = report("s0", "a", *base)
    other = report("s1", "b", *report_)
    assert (partition(events_of([first, other], DOCS)) == {frozenset({"s0", "s1"})}) is together


NORWAY = Actor(actor_iri("Norway"), "Norway", "Country")
NORWEGIAN_ENVOY = Actor(actor_iri("Norwegian envoy"), "Norwegian envoy", "Person", affiliation=NORWAY.id)
NORWEGIAN_MINISTER = Actor(actor_iri("Ola Berg"), "Ola Berg", "Person", affiliation=NORWAY.id)
NORWEGIAN_PREMIER = Actor(actor_iri("Kari Lund"), "Kari Lund", "Person", affiliation=NORWAY.id)
NORWEGIAN_POLICE = Actor(actor_iri("Norwegian police"), "Norwegian police", "Organization", affiliation=NORWAY.id)
MAYOR = Actor(actor_iri("Per Dahl"), "Per Dahl", "Person", affiliation=NORWAY.id)
UNPLACED = Actor(actor_iri("Eva Holm"), "Eva Holm", "Person")  # nobody resolved whom she acts for


@pytest.mark.parametrize(
    "base, reports, together",
    [
        # one state on both sides: a state's act on its own envoy or citizen is the act of those
        # acting for it, the minister who recalled the envoy, the police who held the mayor
        ((NORWEGIAN_MINISTER, "recall", NORWEGIAN_ENVOY, "Ola Berg recalled the Norwegian envoy on Monday."),
         [(NORWAY, "recall", NORWEGIAN_ENVOY, "Norway called its envoy home.")], True),
        ((NORWEGIAN_POLICE, "detain", MAYOR, "Norwegian police held the mayor Per Dahl on Monday."),
         [(NORWAY, "detain", MAYOR, "Norway held the mayor."), (NORWAY, "detain", MAYOR, "The Norwegian state held Per Dahl.")], True),
        # apart: another day, another act, or someone no resolution placed in that state
        ((NORWEGIAN_MINISTER, "recall", NORWEGIAN_ENVOY, "Ola Berg recalled the Norwegian envoy on Monday."),
         [(NORWAY, "recall", NORWEGIAN_ENVOY, "Norway recalled its envoy on November 3.")], False),
        ((NORWEGIAN_MINISTER, "recall", NORWEGIAN_ENVOY, "Ola Berg recalled the Norwegian envoy on Monday."),
         [(NORWAY, "praise", NORWEGIAN_ENVOY, "Norway praised its envoy.")], False),
        ((UNPLACED, "recall", NORWEGIAN_ENVOY, "Eva Holm recalled the Norwegian envoy on Monday."),
         [(NORWAY, "recall", NORWEGIAN_ENVOY, "Norway called its envoy home.")], False),
        ((NORWEGIAN_MINISTER, "recall", UNPLACED, "Ola Berg recalled Eva Holm on Monday."),
         [(NORWAY, "recall", NORWEGIAN_ENVOY, "Norway called its envoy home.")], False),
    ],
)
def test_a_states_act_on_its_own_envoy_joins_the_act_of_those_acting_for_it(base, reports, together) -> None:
    first = report("s0", "a", *base)
    others = [report(f"s{i}", "b", subject, lemma, obj, sentence) for i, (subject, lemma, obj, sentence) in enumerate(reports, 1)]
    groups = partition(events_of([first, *others], DOCS))
    assert (groups == {frozenset({"s0", *(st.id for st in others)})}) is together


def test_a_states_act_on_its_own_envoy_fitting_two_acts_stays_apart() -> None:
    """"Norway recalled its envoy" fits the minister's recall on Monday and the premier's on
    3 November alike: it joins neither."""
    statements = [
        report("s1", "a", NORWEGIAN_MINISTER, "recall", NORWEGIAN_ENVOY, "Ola Berg recalled the Norwegian envoy on Monday."),
        report("s2", "b", NORWEGIAN_PREMIER, "recall", NORWEGIAN_ENVOY, "Kari Lund recalled the Norwegian envoy on November 3."),
        report("s3", "e", NORWAY, "recall", NORWEGIAN_ENVOY, "Norway recalled its envoy."),
    ]
    assert partition(events_of(statements, DOCS)) == {frozenset({"s1"}), frozenset({"s2"}), frozenset({"s3"})}


FINLAND = Actor(actor_iri("Finland"), "Finland", "Country")
DENMARK = Actor(actor_iri("Denmark"), "Denmark", "Country")
DANISH_ATTACHE = Actor(actor_iri("Danish attache"), "Danish attache", "Person", affiliation=DENMARK.id)
DANISH_CONSUL = Actor(actor_iri("Danish consul"), "Danish consul", "Person", affiliation=DENMARK.id)
LARS_BO = Actor(actor_iri("Lars Bo"), "Lars Bo", "Person", affiliation=DENMARK.id)
METTE_KJAER = Actor(actor_iri("Mette Kjaer"), "Mette Kjaer", "Person", affiliation=DENMARK.id)
FINNISH_PREMIER = Actor(actor_iri("Finnish premier"), "Finnish premier", "Person", affiliation=FINLAND.id)
AINO_VIRTA = Actor(actor_iri("Aino Virta"), "Aino Virta", "Person", affiliation=FINLAND.id)
NOBODYS = Actor(actor_iri("Jon Sund"), "Jon Sund", "Person")  # no resolution placed him in a state


@pytest.mark.parametrize(
    "base, reports, together",
    [
        # a role as written, of a state kg resolved, for the one named person of that state the
        # same act names: on the object side, on the subject side, and through a state
        ((FINLAND, "expel", LARS_BO, "Finland sent Lars Bo home on Monday."),
         [(FINLAND, "expel", DANISH_ATTACHE, "Finland sent a Danish attache home.")], True),
        ((AINO_VIRTA, "expel", LARS_BO, "Aino Virta sent Lars Bo home on Monday."),
         [(FINNISH_PREMIER, "expel", LARS_BO, "The Finnish premier sent Lars Bo home.")], True),
        ((AINO_VIRTA, "expel", LARS_BO, "Aino Virta sent Lars Bo home on Monday."),
         [(FINNISH_PREMIER, "expel", LARS_BO, "The Finnish premier sent Lars Bo home."),
          (FINLAND, "expel", DANISH_ATTACHE, "Finland sent a Danish attache home.")], True),
        # apart: another post, a person no resolution placed, another act, another day
        ((FINLAND, "expel", DANISH_CONSUL, "Finland sent the Danish consul home on Monday."),
         [(FINLAND, "expel", DANISH_ATTACHE, "Finland sent a Danish attache home.")], False),
        ((FINLAND, "expel", NOBODYS, "Finland sent Jon Sund home on Monday."),
         [(FINLAND, "expel", DANISH_ATTACHE, "Finland sent a Danish attache home.")], False),
        ((FINLAND, "expel", LARS_BO, "Finland sent Lars Bo home on Monday."),
         [(FINLAND, "praise", DANISH_ATTACHE, "Finland praised a Danish attache.")], False),
        ((FINLAND, "expel", LARS_BO, "Finland sent Lars Bo home on Monday."),
         [(FINLAND, "expel", DANISH_ATTACHE, "Finland sent a Danish attache home on November 3.")], False),
    ],
)
def test_a_role_of_a_state_joins_the_act_on_that_states_named_person(base, reports, together) -> None:
    """"A Danish attache" expelled by Finland is the Dane Finland expelled by name; "the Finnish
    premier" is the named Finn who did it (dev canada-china-diplomat-expulsion,
    iraq-sweden-quran-ambassador)."""
    first = report("s0", "a", *base)
    others = [report(f"s{i}", "b", subject, lemma, obj, sentence) for i, (subject, lemma, obj, sentence) in enumerate(reports, 1)]
    groups = partition(events_of([first, *others], DOCS))
    assert (groups == {frozenset({"s0", *(st.id for st in others)})}) is together


def test_a_role_fitting_two_named_persons_stays_apart() -> None:
    """"Finland expelled a Danish attache" fits the expulsion of Lars Bo on Monday and of Mette
    Kjaer on 3 November alike: it joins neither."""
    statements = [
        report("s1", "a", FINLAND, "expel", LARS_BO, "Finland sent Lars Bo home on Monday."),
        report("s2", "b", FINLAND, "expel", METTE_KJAER, "Finland sent Mette Kjaer home on November 3."),
        report("s3", "e", FINLAND, "expel", DANISH_ATTACHE, "Finland sent a Danish attache home."),
    ]
    assert partition(events_of(statements, DOCS)) == {frozenset({"s1"}), frozenset({"s2"}), frozenset({"s3"})}


@pytest.mark.slow
def test_sample_corpus_xi_trump_call_is_one_event_with_two_sources(corpus_build) -> None:
    result, out = corpus_build
    rows = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    told = [r for r in rows if (r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) == ("Xi Jinping", "tell", "Donald Trump")]
    assert {r["doc"][:3] for r in told} == {"000", "002"}
    assert len({r["event_id"] for r in told}) == 1
    event = next(e for e in result.events if e.id == told[0]["event_id"])
    assert event.sources == 2 and set(event.documents) == {r["doc"] for r in told}
    # the Takaichi-Trump call of the same day is another event
    takaichi = [r for r in rows if {r["subject"]["label"], r["object"]["label"]} == {"Sanae Takaichi", "Donald Trump"}]
    assert takaichi and {r["event_id"] for r in takaichi}.isdisjoint({event.id})
    # every statement belongs to exactly one event and every event to its statements
    assert sum(len(e.statements) for e in result.events) == len(result.statements)
    assert {r["event_id"] for r in rows} == {e.id for e in result.events}
    # the sample articles carry no document dates: only a sentence naming its year gets a date
    dated = [r for r in rows if r["date"] is not None]
    assert dated and {(r["date"], r["date_precision"]) for r in dated} == {("2022-02", "month")}
    assert all("February 2022" in r["sentence"] for r in dated)
    assert all(r["date_precision"] is None for r in rows if r["date"] is None)


def test_undated_reports_take_the_day_their_lead_states() -> None:
    """A report in a page's first paragraphs that states no time takes the day the lead names (the
    lead's Monday, not the page's Wednesday); a plan ("will ...") does not."""
    text = "China on Monday lodged a protest with Japan.\n\nXi told Trump that the islands were Chinese.\n\nXi will call Trump again."
    docs = [Document("p", text, "p.txt", date="2025-11-26")]  # a Wednesday
    told = replace(report("t", "p", XI, "tell", TRUMP, "Xi told Trump that the islands were Chinese."), char_start=text.index("Xi told"))
    plan = replace(report("c", "p", XI, "call", TRUMP, "Xi will call Trump again.", modality="future"), char_start=text.index("Xi will"))
    dated = {st.id: st.date for st in date_statements([told, plan], docs)}
    assert dated == {"t": "2025-11-24", "c": None}


@pytest.mark.parametrize(
    "first, second, together",
    [
        # a visit lasts days: its reports a day or two apart are one visit (dev blinken-beijing-visit-2023)
        (("visit", "Xi Jinping visited Japan on Monday."), ("arrive", "Xi Jinping arrived in Japan on Sunday."), True),
        (("travel", "Xi Jinping travelled to Japan on Sunday."), ("visit", "Xi Jinping visited Japan on Tuesday."), True),
        # an undated report naming a weekday of the visit's days joins it
        (("visit", "Xi Jinping visited Japan on Monday."), ("visit", "Xi Jinping, who visited Japan on Sunday, met the emperor."), True),
        # a year-less day on an undated page takes the visit's year and stays in it
        (("visit", "Xi Jinping visited Japan on November 24, 2025."), ("arrive", "Undated: Xi Jinping arrived in Japan on November 23."), True),
        # a week apart: two visits; another act keeps to its day
        (("visit", "Xi Jinping visited Japan on November 24."), ("visit", "Xi Jinping visited Japan on November 17."), False),
        (("accuse", "Xi Jinping accused Japan on Monday."), ("accuse", "Xi Jinping accused Japan on Sunday."), False),
    ],
)
def test_a_visit_spans_days(first: tuple[str, str], second: tuple[str, str], together: bool) -> None:
    from kg.events.classes import type_statements

    one = report("s1", "a", XI, first[0], JAPAN, first[1])
    other = report("s2", "e" if "who visited" in second[1] or second[1].startswith("Undated") else "a", XI, second[0], JAPAN, second[1])
    other = replace(other, relation=Relation(second[0], "visited")) if "who visited" in second[1] else other
    documents = [Document("a", "", "a.txt", date="2025-11-25"), Document("e", "", "e.txt")]
    groups = partition(events_of(type_statements([one, other]), documents))
    assert (groups == {frozenset({"s1", "s2"})}) is together
