"""Reading inputs and removing page furniture (kg.ingest)."""

from __future__ import annotations

import io
import json

import pytest

from kg.errors import InputNotFound
from kg.ingest import bundled_corpus, check_paths, clean_text, iter_documents, markdown_to_text
from kg.types import Document, Skipped


@pytest.mark.parametrize(
    "raw, body, title",
    [
        # share buttons and cookie banners
        ("China urged Japan to act.\nShare this article\nShare & Engage Share\nShare:", "China urged Japan to act.", None),
        ("We use cookies to improve our site. Accept all?\nChina urged Japan to act.", "China urged Japan to act.", None),
        # a headline becomes the title; later headings and headline lists are dropped
        ("Big Talks in Beijing\nChina urged Japan to act.\nDiplomatic Discussions\nJapan replied on Monday.",
         "China urged Japan to act.\n\nJapan replied on Monday.", "Big Talks in Beijing"),
        # a headline printed twice
        ("Big Talks in Beijing\nBig Talks in Beijing\nChina urged Japan to act.", "China urged Japan to act.", "Big Talks in Beijing"),
        # a related-articles block ends the article
        ("China urged Japan to act.\nRelated News\nRussia backed China on Monday, officials said.", "China urged Japan to act.", None),
        ("China urged Japan to act.\nMga Kaugnay na Artikulo\nChina and Russia vow to uphold outcomes.", "China urged Japan to act.", None),
        # lines in another language (a site frame, a translated cookie banner)
        ("China urged Japan to act.\nGumagamit kami ng cookies para sa analytics upang mapabuti ang aming site.\nIniulat ng AI",
         "China urged Japan to act.", None),
        # datelines and a headline glued to the first sentence
        ("BEIJING, Nov 26 - China urged Japan to act.", "China urged Japan to act.", None),
        ("China: Despite a row, China and Japan agreed to talk.", "Despite a row, China and Japan agreed to talk.", None),
        ("TOKYO (Reuters) - Japan protested on Monday.", "Japan protested on Monday.", None),
    ],
)
def test_clean_text_removes_furniture(raw, body, title):
    assert clean_text(raw) == (body, title)


def test_a_dateline_is_only_cut_from_the_first_paragraph():
    text, _ = clean_text("Japan replied on Monday.\nYang said: Japan must act.")
    assert text == "Japan replied on Monday.\n\nYang said: Japan must act."


@pytest.fixture(scope="module")
def corpus():
    return {d.id: d for d in iter_documents([bundled_corpus()])}


def test_bundled_corpus_is_clean(corpus):
    assert sorted(corpus) == [
        "000_b1131adbad64c07b", "001_16961b897f005ba7", "002_9039bed66e9909e4",
        "003_6cf39d79fa30da68", "004_5433036301335489",
    ]
    everything = "\n".join(d.text for d in corpus.values())
    for furniture in ["Share", "cookies", "Mga Kaugnay", "Iniulat ng AI", "Larawang ginawa", "Tanggihan",
                      "Join NewsTrack", "Related News", "Japan makes 4 arrests", "Diplomatic Discussions in Beijing",
                      "China: Despite", "US, S.Korea to stage"]:
        assert furniture not in everything, furniture
    for sentence in [
        "Russian Security Council Secretary Sergei Shoigu told Chinese Foreign Minister Wang Yi that Moscow "
        "continues to support Beijing's position on Taiwan",
        "Liu Jinsong, who oversees Asian Affairs at the Chinese Foreign Ministry, met with Kanai Masaaki",
        "Despite a contentious exchange between senior officials regarding Taiwan",
        "Chinese leader Xi Jinping told President Trump in a November 24 phone call",
    ]:
        assert sentence in everything
    assert corpus["001_16961b897f005ba7"].title == "China and Japan Engage in Talks Amid Rising Tensions Over Taiwan Remarks"
    assert corpus["004_5433036301335489"].title == "China and Japan concur that more talks are necessary to reduce tensions"
    assert corpus["003_6cf39d79fa30da68"].text.endswith("The deepening Russia-China alliance could shape dynamics in the Asia-Pacific region.")


def test_markdown():
    text, title = markdown_to_text("# The Title\n\nChina **urged** [Japan](http://x) to act. ![img](a.png)\n")
    assert title == "The Title"
    assert "China urged Japan to act." in text and "http" not in text


def test_formats_and_bad_files(tmp_path):
    (tmp_path / "a.md").write_text("# Summit News\n\nChina *urged* Japan to act.\n", encoding="utf-8")
    (tmp_path / "b.html").write_text(
        "<html><head><title>T</title></head><body><nav>Home | World | Share</nav><article><h1>Summit</h1>"
        "<p>China urged Japan to retract the remarks on Monday, officials said in Beijing.</p>"
        "<p>Japan rejected the demand and said its position had not changed at all.</p></article>"
        "<script>alert('x')</script><footer>Subscribe to our newsletter</footer></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "c.jsonl").write_text(
        "\n".join([
            json.dumps({"id": "j1", "text": "Russia backed China.", "title": "T1", "date": "2025-11-24", "url": "https://x/1"}),
            "{broken",
            json.dumps({"id": "j2"}),
            json.dumps({"text": "No id here at all."}),
            json.dumps({"id": "j1", "text": "A second j1."}),
            json.dumps(["not", "an", "object"]),
        ]) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "d.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "e.txt").write_bytes(b"caf\xff")
    (tmp_path / "f.txt").write_text("   \n")
    (tmp_path / "ignored.csv").write_text("a,b")
    items = list(iter_documents([tmp_path]))
    docs = {d.id: d for d in items if isinstance(d, Document)}
    skipped = {s.source.rsplit("/", 1)[-1]: s.reason for s in items if isinstance(s, Skipped)}
    assert sorted(docs) == ["a", "b", "c-4", "j1", "j1-2"]
    assert docs["a"].text == "China urged Japan to act." and docs["a"].title == "Summit News"
    assert "China urged Japan to retract the remarks" in docs["b"].text
    assert "alert" not in docs["b"].text and "newsletter" not in docs["b"].text and docs["b"].format == "html"
    assert (docs["j1"].title, docs["j1"].date, docs["j1"].url, docs["j1"].source.rsplit("/", 1)[-1]) == (
        "T1", "2025-11-24", "https://x/1", "c.jsonl:1")
    assert skipped == {
        "c.jsonl:2": "invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        "c.jsonl:3": 'missing or empty "text" field',
        "c.jsonl:6": "expected a JSON object, got list",
        "d.txt": "binary file, not text",
        "e.txt": "not UTF-8: invalid byte 0xff at offset 3; re-encode it as UTF-8",
        "f.txt": "empty: no text after removing page furniture",
    }


def test_unknown_suffix_named_explicitly(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (item,) = iter_documents([tmp_path / "x.pdf"])
    assert item.reason == "unsupported format '.pdf' (supported: .txt .md .html .jsonl; or pass --format)"


def test_stdin_sniffing():
    (doc,) = iter_documents(["-"], stdin=io.StringIO("China urged Japan to act.\n"))
    assert (doc.id, doc.format, doc.text) == ("stdin", "txt", "China urged Japan to act.")
    docs = list(iter_documents(["-"], stdin=io.StringIO('{"id": "s1", "text": "Russia backed China."}\n')))
    assert [(d.id, d.format) for d in docs] == [("s1", "jsonl")]


def test_ids_lose_control_characters():
    (doc,) = iter_documents(["-"], stdin=io.StringIO('{"id": "a\\u0000b\\u0007", "text": "Russia backed China."}\n'))
    assert doc.id == "ab"


def test_missing_path():
    with pytest.raises(InputNotFound, match="input not found: 'nope.txt'"):
        check_paths(["-", "nope.txt"])
