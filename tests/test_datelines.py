"""Wire datelines kept out of the parse of the lead sentence they open (kg.nlp.dateline; issue 17).

Texts in our own words; the dev stories that showed the problem are named in kg/nlp/dateline.py."""

from __future__ import annotations

import json

import pytest

from kg.nlp.dateline import blank_datelines, dateline_spans
from kg.nlp.truecase import restored


@pytest.mark.parametrize(
    "text, dateline",
    [
        ("ACCRA (Wire) – Ghana recalled its envoy on Monday.", "ACCRA (Wire) –"),
        ("LOME, Togo — Togo closed its border on Sunday.", "LOME, Togo —"),
        ("SAN PEDRO, Ivory Coast (Wire) — Ghana accused Togo.", "SAN PEDRO, Ivory Coast (Wire) —"),
        ("PORT-OF-SPAIN  — The government said no.", "PORT-OF-SPAIN  —"),
        ("ACCRA (Wire) -Ghana's cabinet met on Friday.", "ACCRA (Wire) -"),  # the hyphen glued to the sentence
        ("BAMAKO - \u201cWe will leave,\u201d the envoy said.", "BAMAKO -"),
        # an agency alone in brackets, with or without a dash, also after the page's date stamp
        ("(Wire) On Monday, Ghana's foreign ministry summoned the envoy.", "(Wire) "),
        ("(Andes TV) \u2014 Peru recalled its envoy.", "(Andes TV) \u2014"),
        ("Ghana recalls envoy\n\nNIAMEY, NE -- Niger's army said so.", "NIAMEY, NE --"),
        # a date after the place (issue 18's wire forms), and an agency before the place (session 28:
        # dev tunisia-eu-migration-deal-2023 "(ANSA) – ROME, JUL 14 –"; lula-xi-beijing-visit-2023,
        # moon-kim-panmunjom-summit-2018 date theirs)
        ("ACCRA, Mar 9 (Wire) – Ghana recalled its envoy.", "ACCRA, Mar 9 (Wire) –"),
        ("LOME, Sept. 14, 2024 (Wire) -- Togo closed its border.", "LOME, Sept. 14, 2024 (Wire) --"),
        ("(Wire) – LIMA, MAR 9 – Peru recalled its envoy.", "(Wire) – LIMA, MAR 9 –"),
        ("ACCRA, JAN 3 - Ghana recalled its envoy.", "ACCRA, JAN 3 -"),
        # a colon after the agency ends the dateline too (session 33: dev xi-putin-moscow-visit-2023)
        ("LOME, March 9 (Wire): Togo's president met his Ghanaian counterpart.", "LOME, March 9 (Wire):"),
    ],
)
def test_a_dateline_opening_a_line_is_found(text, dateline):
    assert [text[s:e] for s, e in dateline_spans(text)] == [dateline]


@pytest.mark.parametrize(
    "text",
    [
        "US — and its allies — condemned the raid.",  # the sentence goes on in lower case
        "UN — Ghana said nothing.",  # a two-letter name in capitals with no agency
        "Breaking — Ghana recalled its envoy.",  # a Title Case headline word
        "Ghana said in ACCRA — Togo disagreed.",  # not at the start of a line
        "ACCRA-based traders said prices rose.",  # a hyphenated word, no dash
        "NATO-LED forces - Ghana said - withdrew.",  # a hyphen glued to the word before is no dateline's dash
        "Accra (Wire) — Ghana recalled its envoy.",  # the place is not in capitals
        "Ghana (the host) recalled its envoy.",  # brackets inside the sentence
        "(the envoy said) Ghana would act.",  # brackets in lower case are no agency
        "LOME: Togo's president met his Ghanaian counterpart.",  # a colon without an agency: a heading's label
    ],
)
def test_no_dateline_where_a_sentence_opens_in_capitals(text):
    assert dateline_spans(text) == []
    assert blank_datelines(text) == text


def test_an_agency_after_the_date_stamp_is_blanked_with_it():
    text = "date 2023-05-02 (Wire) On Monday, Ghana summoned the envoy."
    assert [text[s:e] for s, e in dateline_spans(text)] == ["date 2023-05-02", "(Wire) "]


def test_blanking_keeps_the_length_and_every_other_character():
    text = "Ghana recalls envoy\nACCRA (Wire) – Ghana recalled its envoy.\n\nLOME — Togo said no."
    blank = blank_datelines(text)
    assert len(blank) == len(text)
    assert blank == text.replace("ACCRA (Wire) –", "\n" * 14).replace("LOME —", "\n" * 6)


def test_the_restored_parse_has_the_dateline_words_in_the_lead_sentence(nlp):
    text = "Ghana recalls envoy\nSAN PEDRO, Ivory Coast (Wire) — Ghana accused Togo of arming rebels."
    doc = restored(nlp(blank_datelines(text)), text)
    assert doc.text == text
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Ghana recalls envoy", "SAN PEDRO, Ivory Coast (Wire) — Ghana accused Togo of arming rebels."]
    dateline = [t for t in doc if t.idx < text.index("Ghana accused") and t.idx > text.index("\n") and not t.is_space]
    assert [t.text for t in dateline] == ["SAN", "PEDRO,", "Ivory", "Coast", "(Wire)", "—"]
    assert {t.pos_ for t in dateline} == {"X"} and not any(t.ent_type_ for t in dateline)
    assert doc[[t.text for t in doc].index("accused")].dep_ == "ROOT"
    assert all(t.sent.root.text == "accused" for t in dateline)


def test_a_dateline_ending_in_a_colon_is_no_part_of_the_parse(nlp):
    """"LOME, March 9 (Wire): ..." (a colon after the agency): the place is no entity of the lead sentence."""
    text = "LOME, March 9 (Wire): Ghanaian President John Mahama met his Togolese counterpart."
    doc = restored(nlp(blank_datelines(text)), text)
    dateline = [t for t in doc if t.idx < text.index("Ghanaian") and not t.is_space]
    assert [t.text for t in dateline] == ["LOME,", "March", "9", "(Wire):"]
    assert {t.pos_ for t in dateline} == {"X"} and not any(t.ent_type_ for t in dateline)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place is no second subject of the sentence it opens
        ("KAMPALA (Wire) – Ugandan Foreign Minister Sam Okello criticised Kenya on Tuesday.",
         {("Sam Okello", "criticize", "Kenya", False, None)}),
        ("ACCRA (Wire) -Ghana's government has recalled its ambassador to Togo.",
         {("Ghana", "recall", "Ghanaian ambassador", False, None)}),
        # an agency, a place and a day before the lead: the person is the subject, not the agency's state
        ("(Andina) \u2013 LIMA, MAR 9 \u2013 Peruvian Foreign Minister Ana Vargas is to visit Chile on Monday with Luis Ortega.",
         {("Ana Vargas", "visit", "Chile", False, "future"), ("Ana Vargas", "visit", "Luis Ortega", False, "future")}),
        # nor an object of the headline above it
        ("Ghana recalls envoy\nSAN PEDRO, Ivory Coast (Wire) — Ghana accused Togo of arming rebels on Monday.",
         {("Ghana", "accuse", "Togo", False, None)}),
        # a colon after the agency: the lead sentence alone (on dev the capital had become a subject)
        ("LOME, March 9 (Wire): Ghanaian President John Mahama met his Togolese counterpart, Faure Gnassingbe.",
         {("John Mahama", "meet", "Faure Gnassingbe", False, None)}),
    ],
)
def test_statements_of_a_lead_sentence_with_its_dateline(triples_of, text, expected):
    assert triples_of(text) == expected


@pytest.mark.parametrize(
    "dateline",
    [
        "KAMPALA (Wire) –",
        "(Wire) – KAMPALA, MAR 9 –",  # an agency first, then the place and its day (session 28)
    ],
)
def test_a_dateline_stays_in_the_evidence_and_offsets_of_its_sentence(nlp, tmp_path, dateline):
    """kg build on a page whose dateline the page cleaner leaves in place (a standfirst above the
    lead): the triple's sentence is the text's own, dateline included, at its offsets, and the
    minister (not the agency or the place) is its subject."""
    from kg.pipeline import build, write_outputs

    standfirst = "Kampala and Nairobi traded barbs again this week over a border post."
    lead = f"{dateline} Ugandan Foreign Minister Sam Okello criticised Kenya on Tuesday for the closure of the border."
    page = tmp_path / "page.txt"
    page.write_text(f"{standfirst}\n\n{lead}\n", encoding="utf-8")
    result = build([page], nlp=nlp)
    text = result.documents[0].text if result.documents else f"{standfirst}\n\n{lead}"
    out = tmp_path / "out"
    write_outputs(result, out)
    rows = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    row = next(r for r in rows if r["relation"]["lemma"] == "criticize")
    assert (row["subject"]["label"], row["object"]["label"]) == ("Sam Okello", "Kenya")
    assert row["sentence"] == lead
    assert (row["char_start"], row["char_end"]) == (len(standfirst) + 2, len(standfirst) + 2 + len(lead))
    assert text[row["char_start"] : row["char_end"]] == lead
