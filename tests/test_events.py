"""PLOVER event typing: lemma -> (PLOVER class, quad class, CAMEO code)."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import SKOS

from kg.events.classes import PLOVER_CLASSES, event_type
from kg.namespaces import PLOVER


@pytest.mark.parametrize(
    "lemma, event, quad, cameo",
    [
        ("tell", None, "verbal cooperation", "010"),  # speech act: no PLOVER class
        ("urge", "REQUEST", "verbal cooperation", "020"),
        ("demand", "REQUEST", "verbal conflict", "100"),
        ("meet", "CONSULT", "verbal cooperation", "040"),
        ("hold talks", "CONSULT", "verbal cooperation", "040"),
        ("lodge protest", "ACCUSE", "verbal conflict", "111"),
        ("criticize", "ACCUSE", "verbal conflict", "111"),
        ("reject", "REJECT", "verbal conflict", "120"),
        ("threaten", "THREATEN", "verbal conflict", "130"),
        ("support", "SUPPORT", "verbal cooperation", "050"),
        ("agree", "AGREE", "verbal cooperation", "030"),
        ("provide aid", "AID", "material cooperation", "070"),
        ("withdraw", "RETREAT", "material cooperation", "087"),
        ("concede", "CONCEDE", "material cooperation", "080"),
        ("cooperate", "COOPERATE", "material cooperation", "060"),
        ("conduct exercises", "MOBILIZE", "material conflict", "150"),
        ("sanction", "SANCTION", "material conflict", "160"),
        ("impose sanctions", "COERCE", "material conflict", "163"),
        ("arrest", "COERCE", "material conflict", "173"),
        ("attack", "ASSAULT", "material conflict", "190"),
        ("demonstrate", "PROTEST", "material conflict", "141"),
        ("call on", "REQUEST", "verbal cooperation", "020"),
        ("admire", None, None, None),
    ],
)
def test_event_types(lemma, event, quad, cameo):
    kind = event_type(lemma)
    assert (kind.event, kind.quad, kind.cameo) == (event, quad, cameo)


# lemma -> (PLOVER class, CAMEO code): every class, the CAMEO2PLOVER code-level exceptions, and the
# fallbacks of event_type (exact phrase, the noun's other number, verb, light verb + event noun).
@pytest.mark.parametrize(
    "lemma, event, cameo",
    [
        ("say", None, "010"),  # speech acts keep 01x and no class
        ("issue statement", None, "010"),
        ("appeal to", "REQUEST", "020"),
        ("order", "REQUEST", "100"),
        ("promise", "AGREE", "030"),
        ("invite", "AGREE", "036"),  # PLOVER codebook: invitations are AGREE
        ("visit", "CONSULT", "042"),
        ("make visit", "CONSULT", "042"),
        ("negotiate", "CONSULT", "046"),
        ("praise", "SUPPORT", "051"),
        ("sign treaty", "SUPPORT", "057"),
        ("stand by", "SUPPORT", "050"),
        ("trade", "COOPERATE", "061"),
        ("extradite", "COOPERATE", "063"),
        ("give aid", "AID", "070"),
        ("grant asylum", "AID", "075"),
        ("ease", "CONCEDE", "081"),
        ("resign", "CONCEDE", "083"),
        ("release", "RETREAT", "084"),
        ("hand over", "RETREAT", "084"),
        ("lift sanctions", "RETREAT", "085"),
        ("lift sanction", "RETREAT", "085"),
        ("cut tariff", "RETREAT", "085"),  # trade measures are sanctions' kin, not "cut" (reduce relations)
        ("lower levy", "RETREAT", "085"),
        ("declare ceasefire", "RETREAT", "0871"),
        ("investigate", "ACCUSE", "090"),
        ("order investigation", "ACCUSE", "091"),
        ("accuse", "ACCUSE", "112"),
        ("present evidence", "ACCUSE", "112"),
        ("protest", "ACCUSE", "111"),  # a government's protest
        ("veto", "REJECT", "129"),
        ("warn", "THREATEN", "130"),
        ("issue ultimatum", "THREATEN", "139"),
        ("protest against", "PROTEST", "140"),
        ("stage protest", "PROTEST", "141"),
        ("riot", "PROTEST", "145"),
        ("deploy troops", "MOBILIZE", "152"),
        ("sever ties", "SANCTION", "161"),
        ("suspend talks", "SANCTION", "164"),
        ("impose embargo", "COERCE", "163"),  # 163 is COERCE in CAMEO2PLOVER-2021
        ("raise tariff", "COERCE", "163"),
        ("detain", "COERCE", "173"),
        ("blockade", "COERCE", "191"),
        ("occupy", "COERCE", "192"),
        ("impose curfew", "COERCE", "1723"),
        ("crack down on", "ASSAULT", "175"),  # 175 is ASSAULT in CAMEO2PLOVER-2021
        ("launch attack", "ASSAULT", "190"),
        ("launch attacks", "ASSAULT", "190"),  # the noun's other number
        ("bomb", "ASSAULT", "195"),
        ("kidnap", "ASSAULT", "181"),
        ("massacre", "ASSAULT", "202"),
        ("mount offensive", "ASSAULT", "190"),  # light verb + event noun
        ("begin withdrawal", "RETREAT", "087"),
        ("announce sanctions", "COERCE", "163"),  # statement verb + event noun: the noun
        ("carry out airstrikes", "ASSAULT", "195"),
        ("meet with", "CONSULT", "040"),
        ("Hold  Talks", "CONSULT", "040"),  # case and spacing
        ("frobnicate", None, None),
        ("frobnicate widgets", None, None),
        # ending what a cooperation noun names reduces relations (CAMEO 16), not the noun's cooperation
        ("end ties", "SANCTION", "161"),  # like "sever ties", not the 050 of "ties"
        ("break relations", "SANCTION", "161"),
        ("freeze talks", "SANCTION", "164"),  # halt negotiations, not the 040 of "talks"
        ("call off negotiations", "SANCTION", "164"),
        ("end mediation", "SANCTION", "165"),
        ("halt aid", "SANCTION", "162"),
        ("stop trade", "COERCE", "163"),
        ("suspend talks", "SANCTION", "164"),  # an exact phrase entry still comes first
        ("end war", "RETREAT", "0871"),
        ("travel", "CONSULT", "042"),  # a trip is a visit  # a conflict noun is left to the tables: ending a war is a ceasefire
        ("restart talks", "CONSULT", "040"),  # a light verb keeps the noun's code
    ],
)
def test_event_table(lemma, event, cameo):
    kind = event_type(lemma)
    assert (kind.event, kind.cameo) == (event, cameo)


def test_tables_are_sorted_and_codes_well_formed():
    import json
    import re
    from importlib import resources

    raw = json.loads((resources.files("kg") / "data" / "events.json").read_text(encoding="utf-8"))
    for name in ("lemmas", "phrases", "nouns"):
        table = raw[name]
        assert list(table) == sorted(table), name
        assert all(re.fullmatch(r"(0[1-9]|1[0-9]|20)[0-9]{1,2}", code) for code in table.values()), name
        assert all(key == " ".join(key.lower().split()) for key in table), name
    assert all(" " in key for key in raw["phrases"])


def test_every_plover_class_is_reachable_and_in_the_skos_scheme():
    from kg.events.classes import _tables

    tables = _tables()
    reached = {event_type(lemma).event for lemma in [*tables.lemmas, *tables.phrases]}
    assert set(PLOVER_CLASSES) <= reached
    scheme = Graph().parse(__import__("pathlib").Path(__file__).parents[1] / "ontology" / "plover.ttl")
    concepts = {str(c).rsplit("/", 1)[-1] for c in scheme.subjects(SKOS.inScheme, PLOVER.scheme)}
    assert set(PLOVER_CLASSES) <= concepts
    assert all(scheme.value(PLOVER[c], SKOS.definition) is not None for c in PLOVER_CLASSES)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a promise is CAMEO's "express intent" (PLOVER AGREE), a threat of force is THREATEN
        ("Portugal will support Turkey.", ("Portugal", "support", "Turkey", "future", "AGREE", "032")),
        ("Finland will give aid to Tanzania.", ("Finland", "give aid", "Tanzania", "future", "AGREE", "033")),
        ("Russia will attack Ukraine.", ("Russia", "attack", "Ukraine", "future", "THREATEN", "138")),
        ("China will urge Japan to retract the remarks.", ("China", "urge", "Japan", "future", "REQUEST", "020")),
        ("Portugal supported Turkey.", ("Portugal", "support", "Turkey", None, "SUPPORT", "050")),
    ],
)
def test_future_statements_are_typed_as_intents(nlp, sentence, expected):
    from kg.pipeline import extract_text

    got = {(s.subject.actor.label, s.relation.lemma, s.object.actor.label, s.modality, s.relation.event, s.relation.cameo)
           for s in extract_text(nlp, sentence)}
    assert got == {expected}


def _grouped(nlp, texts: list[str]) -> dict[tuple[str, str, str, str | None], set[str | None]]:
    """Build one page per text; (page, subject, lemma, object) -> the events of those statements."""
    from kg.pipeline import build_documents
    from kg.types import Document

    docs = [Document(id=f"p{i}", text=text, source=f"p{i}.txt") for i, text in enumerate(texts)]
    found: dict[tuple[str, str, str, str | None], set[str | None]] = {}
    for st in build_documents(docs, nlp=nlp).statements:
        found.setdefault((st.doc, st.subject.actor.label, st.relation.lemma, st.object.actor.label), set()).add(st.event_id)
    return found


def _one_event(nlp, one: str, other: str) -> bool:
    """Two pages of one text each: whether a statement of the first and one of the second share an event."""
    found = _grouped(nlp, [one, other])
    first = {ev for (doc, *_), evs in found.items() if doc == "p0" for ev in evs}
    second = {ev for (doc, *_), evs in found.items() if doc == "p1" for ev in evs}
    assert first and second, found
    return bool(first & second)


@pytest.mark.slow
@pytest.mark.parametrize(
    "promise, done, together",
    [
        # a concession promised in a deal is the concession done: one event (kg.events.grouping.event_kind)
        ("Under the accord, Norway agreed to lift sanctions on Chile.", "Norway lifted sanctions on Chile.", True),
        ("Norway will cut tariffs on Chile.", "Norway cut tariffs on Chile.", True),
        ("Norway committed to easing sanctions on Chile.", "Norway eased sanctions on Chile.", True),
        # an expulsion or recall a state announces is the measure itself (ANNOUNCED_MEASURES)
        ("Norway will expel a Chilean diplomat.", "Norway expelled a Chilean diplomat.", True),
        ("Norway plans to recall its ambassador to Chile.", "Norway recalled its ambassador to Chile.", True),
        # so is breaking relations or recognising a state (ANNOUNCED_CODES: colombia-israel-ties-cut-2024,
        # israel-morocco-normalisation-2020)
        ("Norway will break diplomatic relations with Chile.", "Norway broke diplomatic relations with Chile.", True),
        ("Norway agreed to recognize Chile.", "Norway recognized Chile.", True),
        # and restoring relations (ANNOUNCED_TIES, session 46: israel-turkey-ties-restored-2022)
        ("Norway and Chile agreed to restore full diplomatic ties.", "Norway restored diplomatic ties with Chile.", True),
        # other promises are not the act: a planned meeting, a threatened strike, a possible expulsion
        ("Norway will meet Chile next month.", "Norway met Chile.", False),
        ("Norway will attack Chile.", "Norway attacked Chile.", False),
        ("Norway could expel a Chilean diplomat.", "Norway expelled a Chilean diplomat.", False),
    ],
)
def test_a_promised_concession_is_the_concession(nlp, promise, done, together):
    assert _one_event(nlp, promise, done) is together


@pytest.mark.slow
@pytest.mark.parametrize(
    "report, together",
    [
        # talks held in several rounds are many occasions, not the one round another page dates
        # (kg.events.grouping.iterative: dev egypt-ethiopia-gerd-dispute-2020)
        ("Norway and Chile have held several rounds of talks.", False),
        ("Norway and Chile held talks.", True),
    ],
)
def test_talks_in_several_rounds_are_not_the_one_round_reported(nlp, report, together):
    assert _one_event(nlp, "Norway and Chile held talks on March 12, 2025.", report) is together


@pytest.mark.slow
@pytest.mark.parametrize(
    "undated, together",
    [
        # an undated report that names its weekday joins a day-dated event of that weekday only
        ("Norway criticised Chile on Wednesday.", True),  # 2025-03-12 was a Wednesday
        ("Norway criticised Chile on Friday.", False),
        ("Norway criticised Chile.", True),  # no weekday: compatible
    ],
)
def test_a_named_weekday_must_be_the_events_weekday(nlp, undated, together):
    from kg.pipeline import build_documents
    from kg.types import Document

    docs = [Document(id="dated", text="Norway criticised Chile on March 12, 2025.", source="a.txt"),
            Document(id="undated", text=undated, source="b.txt")]  # fmt: skip
    events: dict[str, set[str | None]] = {}
    for st in build_documents(docs, nlp=nlp).statements:
        events.setdefault(st.doc, set()).add(st.event_id)
    assert events.get("dated") and events.get("undated"), events
    assert bool(events["dated"] & events["undated"]) is together, events


@pytest.mark.parametrize(
    "lemma, cameo, family",
    [
        # a lemma in no family whose CAMEO code is the one code of one family joins that family
        ("threaten action", "130", "threaten"),  # a threat worded otherwise: the "warn"/"threaten" family
        ("issue warnings", "130", "threaten"),
        ("deploy", "152", "deploy"),  # listed lemmas keep their family
        # codes several families share, or of a family with several codes, stay codes
        ("describe", "010", "cameo:010"),  # tell/call in/view all have 010
        ("impose tariff", "163", "cameo:163"),  # tariffs are not sanctions though "impose sanctions" is 163
        ("order", "100", "cameo:100"),  # "demand" and "press" are 100 but an order is not an appeal
        ("advise", "020", "cameo:020"),  # the appeals have two codes (020, 100): advice is not an appeal
        ("normalize", "050", "cameo:050"),  # the support family has 050 and 051: normal ties are not support
        ("bombard", "195", "cameo:195"),  # no family has 195
        # an agreement concluded, in any words, is the signing family's ("_sign" in events.json)
        ("agree", "030", "sign"),
        ("reach truce", "0871", "sign"),
        ("reach understanding", "030", "sign"),
        ("pledge", "030", "cameo:030"),  # a pledge is not an agreement
        # a removal from office in any words ("_oust" in events.json)
        ("vote out", None, "oust"),
        ("topple", None, "oust"),
        ("impeach", None, "impeach"),  # an impeachment is not always the removal
    ],
)
def test_a_lemma_in_no_family_takes_the_family_of_its_code(lemma, cameo, family):
    from kg.events.grouping import relation_family

    assert relation_family(lemma, cameo) == family


@pytest.mark.slow
@pytest.mark.parametrize(
    "one, other, together",
    [
        # one threat in two wordings: one event
        ("Norway warned Chile.", "Norway threatened action against Chile.", True),
        # a threat and a rejection, an appeal and advice: two
        ("Norway warned Chile.", "Norway rejected Chile.", False),
        ("Norway urged Chile to act.", "Norway advised Chile to wait.", False),
        # one agreement between two parties, signed, agreed or reached: one event
        ("Norway signed an agreement with Chile.", "Norway and Chile agreed to a ceasefire.", True),
        ("Norway reached a truce with Chile.", "Norway and Chile agreed to a ceasefire.", True),
        # a pledge is not the agreement
        ("Norway pledged aid to Chile.", "Norway and Chile agreed to a ceasefire.", False),
        # one removal from office in two wordings: one event
        ("Chile's Congress voted out President Lars Olsen.", "Chile's Congress removed President Lars Olsen from office.", True),
        ("The army toppled President Lars Olsen.", "The army ousted President Lars Olsen.", True),
        # one closure in two wordings (session 40)
        ("Norway closed its border with Chile.", "Norway shut its border with Chile.", True),
    ],
)
def test_a_wording_outside_the_families_groups_by_its_code(nlp, one, other, together):
    assert _one_event(nlp, one, other) is together


@pytest.mark.slow
@pytest.mark.parametrize(
    "one, other, together",
    [
        # accusations that name other charges are other acts, undated as they are (kg.events.grouping.same_charge)
        ("Norway accused Chile of hiding the fishing quotas.", "Norway accused Chile of arming the rebels.", False),
        ("Norway criticised Chile for the arrest of a sailor.", "Norway accused Chile of arming the rebels.", False),
        # only the charge's first words count: a word shared far down the sentence does not join them
        ("Norway accused Chile of hiding the fishing quotas from the public and the government.", "Norway accused Chile of seeking to topple its government.", False),
        # the same charge reworded shares a word of it: still one accusation
        ("Norway accused Chile of smuggling timber.", "Norway has accused Chile of running a timber racket.", True),
        ("Norway accused Chile of a 'deliberate smear campaign' against it.", "Norway accused Chile of leading a smear campaign.", True),
        # a report that names no charge fits any, and other families are not read this way
        ("Norway accused Chile again.", "Norway accused Chile of arming the rebels.", True),
        # a report its own words set before the news is of an earlier event (kg.events.grouping.PRIOR)
        ("Norway has previously leveled accusations against Chile.", "Norway accused Chile on Monday.", False),
        ("Norway in the past accused Chile.", "Norway accused Chile on Monday.", False),
        ("Norway accused Chile earlier on Monday.", "Norway accused Chile on Monday.", True),
        ("Norway urged Chile to free the sailors.", "Norway urged Chile to open the border.", True),
    ],
)
def test_an_accusation_of_another_charge_is_another_event(nlp, one, other, together):
    assert _one_event(nlp, one, other) is together


@pytest.mark.slow
@pytest.mark.parametrize(
    "one, other, together",
    [
        # an order or a declaration whose words name the expulsion is the expulsion
        # (kg.events.grouping.expulsion): one event with "expelled"
        ("Norway declared the Chilean envoy Pablo Rojas persona non grata.", "Norway expelled the Chilean envoy Pablo Rojas.", True),
        ("Norway ordered the Chilean envoy Pablo Rojas to leave the country within two days.", "Norway expelled the Chilean envoy Pablo Rojas.", True),
        ("Norway ordered the expulsion of the Chilean envoy Pablo Rojas.", "Norway expelled the Chilean envoy Pablo Rojas.", True),
        # an order to do something else, or being told to go, is not the expulsion
        ("Norway ordered the Chilean envoy Pablo Rojas to stop.", "Norway expelled the Chilean envoy Pablo Rojas.", False),
        ("Norway told the Chilean envoy Pablo Rojas to leave.", "Norway expelled the Chilean envoy Pablo Rojas.", False),
        ("Norway gave the Chilean envoy Pablo Rojas 48 hours to leave.", "Norway expelled the Chilean envoy Pablo Rojas.", True),
        ("Norway gave the Chilean envoy Pablo Rojas a medal.", "Norway expelled the Chilean envoy Pablo Rojas.", False),
        # an announced declaration is the expulsion too (ANNOUNCED_MEASURES), a possible one is not
        ("Norway will declare the Chilean envoy Pablo Rojas persona non grata.", "Norway expelled the Chilean envoy Pablo Rojas.", True),
        ("Norway may declare the Chilean envoy Pablo Rojas persona non grata.", "Norway expelled the Chilean envoy Pablo Rojas.", False),
    ],
)
def test_an_order_naming_an_expulsion_is_the_expulsion(nlp, one, other, together):
    assert _one_event(nlp, one, other) is together


@pytest.mark.slow
@pytest.mark.parametrize(
    "one, other, together",
    [
        # one person written two ways across pages (given name transliterated, a middle initial or
        # name): one actor, so one meeting (kg.resolve.corpus.NameIndex.namesake)
        ("Aleksandr V. Morozenko met Norway's envoy in Oslo.", "Alexander Morozenko met Norway's envoy in Oslo.", True),
        ("Tomas Halvorsen Brekke met Chile's envoy.", "Tomas Brekke met Chile's envoy.", True),
        # a second surname left out (kg.resolve.corpus.NameIndex.extension)
        ("Carlos Mendoza Rivas met Norway's envoy in Oslo.", "Carlos Mendoza met Norway's envoy in Oslo.", True),
        # namesakes of other given-name letters are two people: two meetings
        ("Ivana Morozenko met Norway's envoy in Oslo.", "Boris Morozenko met Norway's envoy in Oslo.", False),
    ],
)
def test_one_person_written_two_ways_is_one_actor_of_one_event(nlp, one, other, together):
    assert _one_event(nlp, one, other) is together


@pytest.mark.parametrize(
    "one, other, same",
    [
        ("end ties", "sever ties", True),  # ending ties is severing them (dev ecuador-mexico-embassy-raid)
        ("break ties", "cut ties", True),
        ("freeze talks", "suspend talks", True),  # freezing talks halts them (dev georgia-eu-protests)
        ("end ties", "restore ties", False),  # restoring ties is their opposite
        ("freeze talks", "hold talks", False),  # a halt is not the talks
        # a trip is one act however it is worded (dev blinken-beijing-visit-2023, solomon-islands-china-pact-2022)
        ("travel", "visit", True),
        ("travel", "arrive", True),
        ("end visit", "end talks", False),  # ending a visit halts no talks
        # greeting someone in person is part of the meeting (dev north-korea-russia, mozambique-renamo-peace-2019)
        ("greet", "hold talks", True),
        ("embrace", "meet", True),
        ("shake hands", "meet", True),
        ("welcome", "meet", False),  # one welcomes decisions and remarks too
        # closing, shutting or sealing off is one act (session 40: burundi-rwanda-border-closure-2024,
        # netherlands-turkey-rally-row-2017, nepal-genz-protests)
        ("close", "shut", True),
        ("close border", "shut border", True),
        ("seal off", "close", True),
        ("block", "shut down", True),
        ("close", "reopen", False),  # reopening is its opposite
        ("seal", "close", False),  # one seals a deal
    ],
)
def test_reports_of_one_kind_of_act_share_a_family_however_worded(one: str, other: str, same: bool) -> None:
    from kg.events.grouping import relation_family

    def family(lemma: str) -> str:
        return relation_family(lemma, event_type(lemma).cameo)

    assert (family(one) == family(other)) is same
