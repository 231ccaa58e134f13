"""Reading inputs and removing page furniture (kg.ingest.readers)."""

from __future__ import annotations

import io
import json
import logging
import types
from pathlib import Path

import pytest

from documents import docx_bytes, minimal_pdf

from kg.errors import InputNotFound, UnsupportedFormat, UnsupportedInput
from kg.ingest.clean import clean_text
from kg.ingest.readers import SUPPORTED_FORMATS, bundled_corpus, check_paths, iter_documents
from kg.types import Document, Skipped

BODY = "China urged Japan to act."
SUFFIXES = ".txt .md .html .jsonl .pdf .docx"
CORPUS_IDS = [
    "000_b1131adbad64c07b",
    "001_16961b897f005ba7",
    "002_9039bed66e9909e4",
    "003_6cf39d79fa30da68",
    "004_5433036301335489",
]


# --------------------------------------------------------------------------- clean_text


FILIPINO_FRAME = "Gumagamit kami ng cookies para sa analytics upang mapabuti ang aming site.\nIniulat ng AI"
GLUED = "Despite a row, China and Japan agreed to talk."
FURNITURE = {  # id: (raw text, cleaned body, title)
    "share-buttons": (f"{BODY}\nShare this article\nShare & Engage Share\nShare:", BODY, None),
    "share-widget-never-the-title": (f"Share\nFacebook Twitter Email\n{BODY}", BODY, None),
    "cookie-banner": (f"We use cookies to improve our site. Accept all?\n{BODY}\nAccept all", BODY, None),
    "cookie-sentence": (f"{BODY}\nThis site uses cookies, as our cookie policy explains.", BODY, None),
    "subscribe": (f"Join our WhatsApp group\n{BODY}\nSubscribe to our newsletter for more.", BODY, None),
    "copyright": (f"{BODY}\n\u00a9 2025 Example News. All rights reserved.", BODY, None),
    "headings": (
        f"Big Talks in Beijing\n{BODY}\nDiplomatic Discussions\nJapan replied on Monday.",
        f"Big Talks in Beijing\n\n{BODY}\n\nJapan replied on Monday.",  # a headline of 4+ words is read; a section heading is not
        "Big Talks in Beijing",
    ),
    "repeated-headline": (f"Big Talks\nBig Talks\n{BODY}", BODY, "Big Talks"),
    "repeated-paragraph": (f"Big Talks\n{BODY}\n{BODY}\nBIG TALKS.", BODY, "Big Talks"),
    "colon-is-not-final": (f"{BODY}\nThey listed three options:\nJapan replied.", f"{BODY}\n\nJapan replied.", None),
    "related-news": (f"{BODY}\nRelated News\nRussia backed China on Monday, officials said.", BODY, None),
    "read-more": (f"{BODY}\nRead more:\nRussia backed China on Monday.", BODY, None),
    # a marker with a colon before another story's headline is a teaser line; the article goes on
    "related-teaser": (f"{BODY}\nRelated: Russia backs China over Taiwan\nAlso read: Japan protests\nJapan replied.", f"{BODY}\n\nJapan replied.", None),
    "filipino-marker": (f"{BODY}\nMga Kaugnay na Artikulo\nChina and Russia vow to uphold outcomes.", BODY, None),
    "marker-before-body-is-dropped": (f"Related Articles\n{BODY}", BODY, None),
    "non-english-lines": (f"{BODY}\n{FILIPINO_FRAME} Larawang ginawa ng AI", BODY, None),
    "non-english-never-the-title": (f"Larawang ginawa ng AI\nNews Title Here\n{BODY}", BODY, "News Title Here"),
    # an English headline or name-heavy sentence has few function words of any language: English, kept
    "headline-without-function-words": (
        f"Velmar officers declare military coup, President Ostrov detained\n{BODY}",
        f"Velmar officers declare military coup, President Ostrov detained\n\n{BODY}",
        "Velmar officers declare military coup, President Ostrov detained",
    ),
    "name-heavy-sentence": (
        f"{BODY}\nVelmar had earlier declared Ostrian envoy Dana Mirel \u201cpersona non grata\u201d.",
        f"{BODY}\n\nVelmar had earlier declared Ostrian envoy Dana Mirel \u201cpersona non grata\u201d.",
        None,
    ),
    "non-latin-script": (f"{BODY}\n\u4e2d\u56fd\u5916\u4ea4\u90e8\u8868\u793a\u3002", BODY, None),
    "dateline-date-dash": (f"BEIJING, Nov 26 - {BODY}", BODY, None),
    "dateline-agency": (f"TOKYO (Reuters) - {BODY}", BODY, None),
    "dateline-em-dash": (f"HONG KONG, Nov. 26, 2025 \u2014 {BODY}", BODY, None),
    "dateline-city-country-agency": (f"NAIROBI, Kenya (AP) \u2014 {BODY}", BODY, None),  # not a Kenyan actor
    "dateline-two-cities-glued-dashes": (f"Washington/Beijing, Nov. 24 (Jiji Press)--{BODY}", BODY, None),
    "glued-headline": (f"China: {GLUED}", GLUED, None),
    # a paragraph the page broke in mid-sentence is one paragraph again, not a heading and a fragment
    "line-broken-mid-sentence": (
        f"{BODY}\nThe envoy said that both governments\nwould reopen their embassies in March.",
        f"{BODY}\n\nThe envoy said that both governments would reopen their embassies in March.",
        None,
    ),
    # a related box that says where it ends (as Al Jazeera pages tell screen readers) ends only itself
    "closed-box-ends-only-itself": (
        f"{BODY}\nRecommended Stories\nlist of 2 items\nOther page headline\nend of list\nJapan replied on Monday.",
        f"{BODY}\n\nJapan replied on Monday.",
        None,
    ),
    "closed-box-announced-empty": (
        f"{BODY}\nRelated Stories\nlist of 3 itemsend of list\nJapan replied on Monday.",
        f"{BODY}\n\nJapan replied on Monday.",
        None,
    ),
    "open-box-still-ends-the-article": (f"{BODY}\nRecommended Stories\nOther page headline\nJapan replied.", BODY, None),
    # a section heading of 4+ words inside the article is read; after the last paragraph it is a related headline
    "section-heading-of-four-words": (
        f"{BODY}\nSeoul Answers With New Sanctions\nJapan replied on Monday.\nOther Outlet Reports Floods Downstream",
        f"{BODY}\n\nSeoul Answers With New Sanctions\n\nJapan replied on Monday.",
        None,
    ),
    # the page stops in mid-sentence: its last line is a paragraph cut short, not a heading
    "page-cut-in-mid-sentence": (
        f"{BODY}\nOn Tuesday the minister flew to Hanoi where she will meet her counterpart and then",
        f"{BODY}\n\nOn Tuesday the minister flew to Hanoi where she will meet her counterpart and then",
        None,
    ),
    "short-last-line-is-still-a-heading": (f"{BODY}\nRead the full story at Example Wire", BODY, None),
    # a section or site name first, then the headline: the headline is read
    "headline-after-a-section-name": (
        f"Asia Pacific\nSeoul Protests Drone Flights by North\n{BODY}",
        f"Seoul Protests Drone Flights by North\n\n{BODY}",
        "Seoul Protests Drone Flights by North",
    ),
    "date-line-is-never-the-headline": (
        f"World\nPublished: Mar 3, 2025 10:15 AM\nOriginally published by Example Wire on Monday\n{BODY}",
        BODY,
        "World",
    ),
    # a heading in sentence case before the body is read even when another line took the title: the
    # page's date stamp line (india-canada-diplomat-row), a standfirst (niger-coup-france-ambassador)
    "headline-below-a-date-stamp-line": (
        f"date 2025-03-04 Monday, March 3, 2025\nGhana recalls its envoy as Accra accuses Lome of meddling\n{BODY}",
        f"date 2025-03-04 Monday, March 3, 2025\n\nGhana recalls its envoy as Accra accuses Lome of meddling\n\n{BODY}",
        "date 2025-03-04 Monday, March 3, 2025",
    ),
    "standfirst-below-the-headline": (
        f"Ghana Recalls Envoy Over Raid\nThe government has recalled its envoy to Lome over the border raid\n{BODY}",
        f"Ghana Recalls Envoy Over Raid\n\nThe government has recalled its envoy to Lome over the border raid\n\n{BODY}",
        "Ghana Recalls Envoy Over Raid",
    ),
    # a Title Case kicker below the headline stays out
    "title-case-kicker-is-not-read": (
        f"Ghana recalls its envoy over the raid\nTalks Stall in the Capital\n{BODY}",
        f"Ghana recalls its envoy over the raid\n\n{BODY}",
        "Ghana recalls its envoy over the raid",
    ),
    "blank": (" \n\u00a0\n\t\n", "", None),
}


@pytest.mark.parametrize("raw, body, title", FURNITURE.values(), ids=FURNITURE.keys())
def test_clean_text_removes_furniture(raw, body, title):
    assert clean_text(raw) == (body, title)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("Share prices fell sharply in Tokyo on Monday.", id="share-as-a-word"),
        pytest.param("Shareholders approved the merger.", id="share-prefix-of-a-word"),
        pytest.param("Trump praised Xi Jinping's leadership.", id="short-sentence-without-function-words"),
        pytest.param("Recommended doses were cut in half.", id="marker-word-starting-a-sentence"),
        pytest.param("Related talks are planned for Friday.", id="related-starting-a-sentence"),
        pytest.param("Japan - the region's largest economy - said it would act.", id="dash-not-a-dateline"),
        pytest.param('He said: "We will act."', id="quote-after-colon-lowercase-speaker"),
        pytest.param("The minister read the statement in a WhatsApp group on Monday.", id="channel-name-in-a-sentence"),
    ],
)
def test_clean_text_keeps_body_sentences_unchanged(raw):
    assert clean_text(f"{BODY}\n{raw}") == (f"{BODY}\n\n{raw}", None)


def test_a_dateline_is_only_cut_from_the_first_paragraph():
    assert clean_text("Japan replied on Monday.\nYang Jiechi: Japan must act.")[0] == (
        "Japan replied on Monday.\n\nYang Jiechi: Japan must act."
    )


def test_a_related_marker_ends_the_article_only_after_body():
    text, title = clean_text("Summit Talks\nRelated News\nChina urged Japan.\nRelated News\nJapan makes 4 arrests.")
    assert (text, title) == ("China urged Japan.", "Summit Talks")


def test_text_without_any_sentence_keeps_its_headlines():
    text = "Xi meets Putin\nJapan makes arrests\nShare"
    assert clean_text(text) == ("Xi meets Putin\n\nJapan makes arrests", "Xi meets Putin")


@pytest.mark.parametrize("trail, kept", [
    ("Home Africa News ", True),  # a navigation trail before the headline: the headline alone is read
    ("Home \u00bb ", True),
    ("date 2024-03-02 ", False),  # a date stamp glued to the headline stays with it
])
def test_a_headline_repeated_under_a_navigation_trail_is_read_once_without_it(trail, kept):
    headline = "Ghana And Togo Sign Border Accord in Lome"
    text, title = clean_text(f"{trail}{headline}\n{headline}\nThe two states signed the accord on Friday.")
    first = headline if kept else f"{trail}{headline}"
    assert (text, title) == (f"{first}\n\nThe two states signed the accord on Friday.", first)


def test_body_lines_are_kept_byte_for_byte_but_stripped():
    line = "\u201cWe hope\u201d\u2009\u2014 Japan\u2019s  leader\u00a0said   so."
    assert clean_text(f"  {line}\u00a0\r\n") == (line, None)


# --------------------------------------------------------------------------- the bundled corpus


@pytest.fixture(scope="module")
def corpus() -> dict[str, Document]:
    items = list(iter_documents([bundled_corpus()]))
    assert all(isinstance(item, Document) for item in items)
    return {d.id: d for d in items}


def test_bundled_corpus_ids_and_sources(corpus):
    assert bundled_corpus().name == "corpus"
    assert list(corpus) == CORPUS_IDS
    assert [Path(d.source).name for d in corpus.values()] == [f"{i}.txt" for i in CORPUS_IDS]
    assert {d.format for d in corpus.values()} == {"txt"}


@pytest.mark.parametrize(
    "furniture",
    [
        "Share", "cookies", "Mga Kaugnay", "Iniulat ng AI", "Larawang ginawa", "Tanggihan", "Join NewsTrack",
        "Related News", "Japan makes 4 arrests", "Diplomatic Discussions in Beijing", "China: Despite",
        "US, S.Korea to stage", "China and Russia coordinate on Japan",
    ],
)  # fmt: skip
def test_bundled_corpus_has_no_furniture(corpus, furniture):
    assert [d.id for d in corpus.values() if furniture in d.text] == []


@pytest.mark.parametrize(
    "doc_id, sentence",
    [
        ("003_6cf39d79fa30da68", "Russian Security Council Secretary Sergei Shoigu told Chinese Foreign Minister "
                                 "Wang Yi that Moscow continues to support Beijing's position on Taiwan"),
        ("001_16961b897f005ba7", "Liu Jinsong, who oversees Asian Affairs at the Chinese Foreign Ministry, "
                                 "met with Kanai Masaaki"),
        ("004_5433036301335489", "Despite a contentious exchange between senior officials regarding Taiwan"),
        ("000_b1131adbad64c07b", "Chinese leader Xi Jinping told President Trump in a November 24 phone call"),
        ("002_9039bed66e9909e4", "\u201cChina and the United States fought side by side against fascism"),
    ],
)  # fmt: skip
def test_bundled_corpus_keeps_body_sentences(corpus, doc_id, sentence):
    assert sentence in corpus[doc_id].text


def test_bundled_corpus_titles_and_boundaries(corpus):
    assert {i: d.title for i, d in corpus.items()} == {
        "000_b1131adbad64c07b": None,
        "001_16961b897f005ba7": "China and Japan Engage in Talks Amid Rising Tensions Over Taiwan Remarks",
        "002_9039bed66e9909e4": None,
        "003_6cf39d79fa30da68": "Shoigu supports China's Taiwan stance and watches Japan's militarization",
        "004_5433036301335489": "China and Japan concur that more talks are necessary to reduce tensions",
    }
    # the headline is the first paragraph: the story's first statement (news/GUIDELINES.md)
    assert corpus["004_5433036301335489"].text.startswith(
        "China and Japan concur that more talks are necessary to reduce tensions\n\nDespite a contentious exchange")
    assert corpus["003_6cf39d79fa30da68"].text.endswith(
        "The deepening Russia-China alliance could shape dynamics in the Asia-Pacific region."
    )
    assert corpus["000_b1131adbad64c07b"].text.endswith("in the coming days and weeks.")
    assert [len(d.text.split("\n\n")) for d in corpus.values()] == [8, 16, 13, 6, 27]  # + the three headlines


# --------------------------------------------------------------------------- formats


def _read(tmp_path: Path, name: str, content: str | bytes, fmt: str = "auto") -> list[Document | Skipped]:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return list(iter_documents([path], fmt))


def test_txt(tmp_path):
    (doc,) = _read(tmp_path, "note.text", "\ufeffSummit\r\n\r\nBEIJING - China urged Japan to act.\r\nShare\r\n")
    assert doc == Document("note", BODY, str(tmp_path / "note.text"), "txt", "Summit")


def test_markdown(tmp_path):
    markdown = (
        "# The *Summit* Title\n\n"
        "China **urged** [Japan](http://x/japan) to act. ![photo](a.png)\n\n"
        "## A Section\n\n"
        "```python\nprint('code is not news')\n```\n\n"
        "- Japan replied on _Monday_.\n"
        "> Russia backed `China`.\n\n"
        "---\n"
        "Read more\n\nJapan makes 4 arrests.\n"
    )
    (doc,) = _read(tmp_path, "a.markdown", markdown)
    assert (doc.id, doc.format, doc.title) == ("a", "md", "The Summit Title")
    assert doc.text == "China urged Japan to act.\n\nJapan replied on Monday.\n\nRussia backed China."


def test_markdown_title_only_from_a_leading_heading(tmp_path):
    (doc,) = _read(tmp_path, "b.md", "China urged Japan to act.\n\n# Later Heading\n\nJapan replied.\n")
    assert (doc.text, doc.title) == ("China urged Japan to act.\n\nJapan replied.", None)


HTML = """<!DOCTYPE html><html><head><title>Summit | Example News</title>
<script>var tracker = "secret-tracking-code";</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/share">Share</a></nav>
<article><h1>Summit in Beijing</h1>
<p>China urged Japan to retract the remarks on Monday, officials said in Beijing.</p>
<p>Japan rejected the demand and said its position on Taiwan had not changed at all.</p>
<script>console.log("inline-script-text")</script>
</article><footer>Subscribe to our newsletter. Copyright 2025.</footer></body></html>"""
HTML_FIRST = "China urged Japan to retract the remarks on Monday, officials said in Beijing."


def test_html(tmp_path):
    (doc,) = _read(tmp_path, "page.htm", HTML)
    assert (doc.id, doc.format, doc.title) == ("page", "html", "Summit in Beijing")
    second = "Japan rejected the demand and said its position on Taiwan had not changed at all."
    assert doc.text == f"{HTML_FIRST}\n\n{second}"
    for absent in ("secret-tracking-code", "inline-script-text", "Home", "newsletter"):
        assert absent not in doc.text


def test_jsonl(tmp_path, caplog):
    lines = [
        json.dumps({"id": "j1", "text": BODY, "title": "T1", "date": "2025-11-24", "url": "https://x/1"}),
        "{broken",
        json.dumps({"id": "j2"}),
        "",
        json.dumps({"text": "Russia backed China."}),
        json.dumps({"id": "j1", "text": "Headline Here\nJapan replied."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "j3", "text": 42}),
        json.dumps({"id": "j4", "text": "  "}),
        json.dumps({"id": "j5", "text": "Share this article\nRelated News"}),
        json.dumps({"id": 7, "text": "Japan replied.", "title": None}),
        json.dumps({"id": "j1", "text": "Russia replied."}),
    ]
    caplog.set_level(logging.WARNING, logger="kg.ingest.readers")
    items = _read(tmp_path, "c.jsonl", "\n".join(lines) + "\n")
    where = str(tmp_path / "c.jsonl")
    assert [(d.id, d.source, d.text, d.title) for d in items if isinstance(d, Document)] == [
        ("j1", f"{where}:1", BODY, "T1"),
        ("c-5", f"{where}:5", "Russia backed China.", None),
        ("j1-2", f"{where}:6", "Japan replied.", "Headline Here"),
        ("7", f"{where}:11", "Japan replied.", None),
        ("j1-3", f"{where}:12", "Russia replied.", None),
    ]
    assert [(s.source, s.reason) for s in items if isinstance(s, Skipped)] == [
        (f"{where}:2", "invalid JSON (Expecting property name enclosed in double quotes at column 2)"),
        (f"{where}:3", 'no "text" field'),
        (f"{where}:7", "not a JSON object (got list); write one object per line"),
        (f"{where}:8", '"text" must be a string, not int'),
        (f"{where}:9", '"text" is empty'),
        (f"{where}:10", "empty: no text after removing page furniture"),
    ]
    first = next(d for d in items if isinstance(d, Document))
    assert (first.format, first.date, first.url) == ("jsonl", "2025-11-24", "https://x/1")
    warnings = caplog.text
    assert f"{where}:5: no usable \"id\" field; using 'c-5'" in warnings
    assert f"{where}:6: duplicate document id 'j1'; using 'j1-2'" in warnings


@pytest.mark.parametrize(
    "name, content, fmt, expected",
    [
        pytest.param("x.log", BODY, "txt", ("x", "txt", BODY), id="txt-forced"),
        pytest.param("x.txt", "# Summit\n\nChina *urged* Japan to act.", "md", ("x", "md", BODY), id="md-forced"),
        pytest.param("x.data", json.dumps({"id": "k", "text": BODY}), "jsonl", ("k", "jsonl", BODY), id="jsonl-forced"),
    ],
)
def test_format_option_overrides_the_suffix(tmp_path, name, content, fmt, expected):
    (doc,) = _read(tmp_path, name, content, fmt)
    assert (doc.id, doc.format, doc.text) == expected


def test_unknown_format_fails_before_reading():
    with pytest.raises(UnsupportedFormat, match=r"unknown format 'rtf' \(choose one of: auto, txt, md, html, jsonl, pdf, docx\)"):
        iter_documents(["does-not-matter"], "rtf")
    assert SUPPORTED_FORMATS == ("auto", "txt", "md", "html", "jsonl", "pdf", "docx")


# --------------------------------------------------------------------------- bad files and directories


def test_bad_files_in_a_directory(tmp_path, caplog):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text(f"Headline\n{BODY}\n", encoding="utf-8")
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_blank.md").write_text("   \n\nShare\n", encoding="utf-8")
    (tmp_path / "c_binary.txt").write_bytes(b"China\x00\x01\x02binary")
    (tmp_path / "d_latin1.txt").write_bytes("China urged Japan, caf".encode() + b"\xff.")
    (tmp_path / "e_bom_latin1.txt").write_bytes(b"\xef\xbb\xbfab\xff")
    (tmp_path / "named.csv").write_text("a,b", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    caplog.set_level(logging.WARNING, logger="kg.ingest.readers")
    items = list(iter_documents([tmp_path]))
    assert [(Path(i.source).name, i.reason) for i in items if isinstance(i, Skipped)] == [
        ("a_empty.txt", "empty: no text after removing page furniture"),
        ("b_blank.md", "empty: no text after removing page furniture"),
        ("c_binary.txt", "binary file, not text"),
        ("d_latin1.txt", "not UTF-8: invalid byte 0xff at offset 22; re-encode it as UTF-8"),
        ("e_bom_latin1.txt", "not UTF-8: invalid byte 0xff at offset 5; re-encode it as UTF-8"),
        ("named.csv", f"unsupported format '.csv' (supported: {SUFFIXES}; or pass --format)"),
    ]
    assert [(d.id, d.text, d.title) for d in items if isinstance(d, Document)] == [("good", BODY, "Headline")]
    assert f"skipping {tmp_path / 'c_binary.txt'}: binary file, not text" in caplog.text


def test_unknown_suffix_named_explicitly(tmp_path):
    (item,) = _read(tmp_path, "x.rtf", b"{\\rtf1 China urged Japan.}")
    reason = f"unsupported format '.rtf' (supported: {SUFFIXES}; or pass --format)"
    assert item == Skipped(str(tmp_path / "x.rtf"), reason)


# --------------------------------------------------------------------------- PDF, DOCX and other binary files

PDF_LINES = ["Summit in Tianjin", "China urged Japan to retract the remarks", "on Taiwan, officials said on Monday.", "Tokyo declined."]
PDF_TEXT = "China urged Japan to retract the remarks on Taiwan, officials said on Monday.\n\nTokyo declined."


def test_pdf_and_docx_are_read_through_their_libraries(tmp_path):
    """#20 item 8: PDF and DOCX are read (pypdf, python-docx), a PDF's lines joined into sentences."""
    (tmp_path / "a.pdf").write_bytes(minimal_pdf(PDF_LINES))
    (tmp_path / "b.docx").write_bytes(docx_bytes("Talks in Seoul", ["Japan and South Korea held talks in Seoul.", "Tokyo criticised Pyongyang."]))
    assert list(iter_documents([tmp_path])) == [
        Document("a", PDF_TEXT, str(tmp_path / "a.pdf"), "pdf", "Summit in Tianjin"),
        Document("b", "Japan and South Korea held talks in Seoul.\n\nTokyo criticised Pyongyang.", str(tmp_path / "b.docx"),
                 "docx", "Talks in Seoul"),
    ]
    (forced,) = _read(tmp_path, "report", minimal_pdf(PDF_LINES), "pdf")  # no suffix, --format pdf
    assert (forced.id, forced.format, forced.text) == ("report", "pdf", PDF_TEXT)


def test_binary_files_given_as_text_are_refused_saying_what_they_are(tmp_path):
    """#20 item 8: --format txt on a PDF built a statement from its drawing code."""
    pdf = minimal_pdf(PDF_LINES)
    assert b"(China urged Japan to retract the remarks) Tj" in pdf  # text-like bytes: UTF-8 decoding accepts them
    cases = [
        ("a.pdf", pdf, "txt", "a PDF file, not text (given as txt): pass --format pdf, or name it *.pdf and leave --format out"),
        ("b.txt", pdf, "auto", "a PDF file, not text (given as txt): pass --format pdf, or name it *.pdf and leave --format out"),
        ("c.md", docx_bytes("T", ["China urged Japan."]), "auto",
         "a DOCX file, not text (given as md): pass --format docx, or name it *.docx and leave --format out"),
        ("d.html", b"\x89PNG\r\n\x1a\n....", "auto", "a PNG image file, not text (given as html)"),
        ("e.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "txt", "an Office 97-2003 (.doc/.xls/.ppt) file, not text (given as txt)"),
        ("f.pdf", b"China urged Japan.", "auto", "not a PDF file: it does not look like one"),
        ("g.docx", pdf, "auto", "not a DOCX file: it is a PDF file"),
        ("h.pdf", minimal_pdf([]), "auto", "no text in the PDF (1 page(s)): a scan or images only? kg does no OCR"),
    ]
    for name, content, fmt, reason in cases:
        assert _read(tmp_path, name, content, fmt) == [Skipped(str(tmp_path / name), reason)], name


def test_every_file_of_a_folder_is_read_or_named(tmp_path, caplog):
    """#20 item 8: a folder of .pdf/.docx/.bin files said nothing about any of them."""
    (tmp_path / "a.pdf").write_bytes(minimal_pdf(PDF_LINES))
    (tmp_path / "b.docx").write_bytes(docx_bytes("Talks", ["Japan and South Korea held talks in Seoul."]))
    (tmp_path / "c.bin").write_bytes(bytes(range(256)))
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.7 truncated")
    caplog.set_level(logging.WARNING, logger="kg.ingest.readers")
    items = list(iter_documents([tmp_path]))
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "b"]
    skipped = [(Path(i.source).name, i.reason) for i in items if isinstance(i, Skipped)]
    assert skipped[0] == ("c.bin", f"unsupported format '.bin' (supported: {SUFFIXES}; or pass --format)")
    assert skipped[1][0] == "d.pdf" and skipped[1][1].startswith("cannot read the PDF")
    assert len(skipped) == 2
    assert f"skipping {tmp_path / 'c.bin'}: unsupported format '.bin'" in caplog.text


def test_pdf_on_stdin_is_read_as_pdf(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(minimal_pdf(PDF_LINES))))
    assert list(iter_documents(["-"])) == [Document("stdin", PDF_TEXT, "<stdin>", "pdf", "Summit in Tianjin")]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(minimal_pdf(PDF_LINES))))
    assert list(iter_documents(["-"], "md")) == [Skipped("<stdin>", "a PDF file, not text (given as md): pass --format pdf, "
                                                                     "or name it *.pdf and leave --format out")]


def test_a_url_is_not_a_file():
    """#20 item 8: a URL said "input not found"; the file readers now say it is a URL (kg build fetches it)."""
    with pytest.raises(UnsupportedInput) as error:
        check_paths(["https://example.org/news/1"])
    assert str(error.value) == (
        "'https://example.org/news/1' is a URL, not a file: the file readers do not fetch it (kg build URL and "
        "kg.pipeline.build fetch URLs through kg.ingest.web)")


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(BODY, encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert list(iter_documents([path])) == [Skipped(str(path), "cannot read: Permission denied")]


def test_empty_directory(tmp_path):
    (tmp_path / ".notes.txt").write_text(BODY, encoding="utf-8")
    reason = "no files in this directory (hidden ones, like .git, are never read)"
    assert list(iter_documents([tmp_path])) == [Skipped(str(tmp_path), reason)]


def test_ids_are_unique_across_files(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(BODY, encoding="utf-8")
    assert [d.id for d in iter_documents([tmp_path])] == ["same", "same-2"]


def test_reading_is_lazy(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    items = iter_documents([tmp_path / "a.txt", tmp_path / "not-there-yet.txt"])
    assert isinstance(items, types.GeneratorType)
    assert next(items).id == "a"
    (tmp_path / "not-there-yet.txt").write_text("Japan replied.", encoding="utf-8")
    assert next(items).text == "Japan replied."


def test_check_paths(tmp_path):
    check_paths(["-", tmp_path, str(bundled_corpus())])
    with pytest.raises(InputNotFound) as error:
        check_paths(["-", tmp_path, "nope.txt", "other.txt"])
    assert str(error.value) == "input not found: 'nope.txt' (give a file, a directory, or - for stdin)"


# --------------------------------------------------------------------------- stdin


@pytest.mark.parametrize(
    "content, fmt, expected",
    [
        pytest.param(f"Headline\n{BODY}\n", "auto", [("stdin", "txt", BODY, "<stdin>")], id="txt"),
        pytest.param(
            '\n  {"id": "s1", "text": "Russia backed China."}\n{"text": "Japan replied."}\n',
            "auto",
            [("s1", "jsonl", "Russia backed China.", "<stdin>:2"), ("stdin-3", "jsonl", "Japan replied.", "<stdin>:3")],
            id="jsonl-sniffed",
        ),
        pytest.param(HTML, "auto", [("stdin", "html", HTML_FIRST, "<stdin>")], id="html-sniffed"),
        pytest.param("{not json}.", "txt", [("stdin", "txt", "{not json}.", "<stdin>")], id="txt-forced"),
    ],
)  # fmt: skip
def test_stdin(content, fmt, expected):
    items = list(iter_documents(["-"], fmt, stdin=io.StringIO(content)))
    assert [(d.id, d.format, d.text.split("\n\n")[0], d.source) for d in items] == expected


def test_ids_lose_control_characters():
    lines = [{"id": "a\u0000b\u0007\nc", "text": "Russia backed China."}, {"id": "\u0000", "text": "Japan replied."}]
    stdin = io.StringIO("".join(json.dumps(line) + "\n" for line in lines))
    assert [d.id for d in iter_documents(["-"], stdin=stdin)] == ["abc", "stdin-2"]
