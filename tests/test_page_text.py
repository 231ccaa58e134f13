"""Page text that used to be lost or misread before extraction, end to end (a file in,
``triples.jsonl`` out): a related-stories box that closes itself in mid-article, a headline after
a section name, a paragraph broken in mid-sentence, a page cut in mid-sentence, and headlines
written In Title Case.

The pages are our own words, shaped like the dev pages that showed each failure (see
kg/ingest/clean.py and kg/nlp/truecase.py for the stories).
"""

from __future__ import annotations

import json

import pytest

from kg.nlp.truecase import english_words, is_title_case, restored, sentence_cased
from kg.pipeline import build, write_outputs

pytestmark = pytest.mark.slow


def _triples(nlp, tmp_path, text: str) -> set[tuple[str, str, str]]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    write_outputs(build([page], nlp=nlp), out)
    rows = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    return {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in rows}


def test_the_article_goes_on_after_a_box_that_closes_itself(nlp, tmp_path):
    page = (
        "Cabinet backs the plan\n\n"
        "The cabinet in Beirut met on Monday to discuss the weapons plan for the south.\n\n"
        "Recommended Stories\n\nlist of 3 itemsend of list\n\n"
        "Later that day, Israel struck Lebanon again, officials said.\n"
    )
    assert ("Israel", "strike", "Lebanon") in _triples(nlp, tmp_path, page)


def test_a_box_that_does_not_close_still_ends_the_article(nlp, tmp_path):
    page = (
        "The cabinet in Beirut met on Monday to discuss the weapons plan for the south.\n\n"
        "Recommended Stories\n\nIsrael struck Lebanon again, officials said.\n"
    )
    assert ("Israel", "strike", "Lebanon") not in _triples(nlp, tmp_path, page)


def test_the_headline_after_a_section_name_is_read(nlp, tmp_path):
    page = "World News\n\nIsrael strikes Lebanon again despite the truce\n\nThe strike hit a village near the border.\n"
    assert ("Israel", "strike", "Lebanon") in _triples(nlp, tmp_path, page)


def test_a_paragraph_broken_in_mid_sentence_is_read_whole(nlp, tmp_path):
    page = "The talks ended on Friday.\n\nOn Saturday China urged Japan to\nwithdraw the remarks, the ministry said.\n"
    assert ("China", "urge", "Japan") in _triples(nlp, tmp_path, page)


def test_a_page_cut_in_mid_sentence_keeps_its_last_line(nlp, tmp_path):
    page = "The talks ended on Friday in Geneva.\n\nOn Saturday China urged Japan to withdraw the remarks, the ministry told\n"
    assert ("China", "urge", "Japan") in _triples(nlp, tmp_path, page)


@pytest.mark.parametrize(
    "headline, triple",
    [
        ("Israel Strikes Lebanon Again As Truce Frays", ("Israel", "strike", "Lebanon")),
        ("Trump Meets Xi In Busan For Trade Talks", ("Donald Trump", "meet", "Xi Jinping")),
        ("Russia Ratifies Defence Treaty With North Korea", ("Russia", "ratify treaty", "North Korea")),
    ],
)
def test_a_title_case_headline_is_parsed_in_sentence_case(nlp, tmp_path, headline, triple):
    page = f"{headline}\n\nThe move was confirmed by officials on Friday, a spokesman said.\n"
    assert triple in _triples(nlp, tmp_path, page)


def test_title_case_text_keeps_its_words_in_the_output(nlp, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("Israel Strikes Lebanon Again As Truce Frays\n\nThe army confirmed it.\n", encoding="utf-8")
    out = tmp_path / "out"
    write_outputs(build([page], nlp=nlp), out)
    row = json.loads((out / "triples.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert "Strikes" in json.dumps(row, ensure_ascii=False)  # the page's words, not the sentence-cased ones


@pytest.mark.parametrize(
    "line, title_case",
    [
        ("Ministers Agree New Sanctions on Minsk", True),
        ("Aliyev Does Not Rule Out a Joint Appeal", True),
        ("PM Modi To Brief Reporters At 8 pm", True),
        ("Ministers agree new sanctions on Minsk", False),
        ("Ministers Agree", False),  # too short to tell
        ("Mr Lee met Mr Kim in Seoul on Tuesday.", False),  # names, but a verb in lower case
    ],
)
def test_is_title_case(line, title_case):
    assert is_title_case(line) is title_case


def test_sentence_cased_keeps_names_and_length():
    text = (
        "Seoul Hosts Tokyo Envoy at Blue House Amid Row Over Fishing Rights\n\n"
        "The envoy arrived at the Blue House on Monday. A row over fishing rights has grown."
    )
    cased = sentence_cased(text)
    assert len(cased) == len(text)
    assert cased.splitlines()[0] == "Seoul hosts Tokyo envoy at Blue House amid row over fishing rights"
    assert cased.splitlines()[2] == text.splitlines()[2]  # body lines are never touched


def test_restored_gives_the_original_words_with_the_sentence_case_parse(nlp):
    text = "Israel Strikes Lebanon Again"
    doc = nlp(sentence_cased(text))
    back = restored(doc, text)
    assert back.text == text
    assert [t.pos_ for t in back] == [t.pos_ for t in doc]
    assert [(e.text, e.label_) for e in back.ents] == [(text[e.start_char : e.end_char], e.label_) for e in doc.ents]
    assert back[1].lemma_ == "strike"


def test_words_the_text_never_writes_in_lower_case_are_lowered_only_when_english(nlp):
    english = english_words(nlp)
    text = "Xi Praises Kadoria Pact Amid Floods\n\nThe floods hit the south on Monday."
    assert sentence_cased(text, english).splitlines()[0] == "Xi praises Kadoria pact amid floods"
