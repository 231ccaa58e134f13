"""Hostile and broken input: one real ``kg build`` over a folder of bad files next to a good
article, plus property tests (hypothesis) of the stages that see raw text.

For every bad input: no crash, a message naming the file (and line), the good article still
processed, nothing written outside ``--out``, and outputs that pass the SHACL shapes.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.ingest.clean import clean_text
from kg.ingest.readers import iter_documents
from kg.namespaces import actor_iri, document_iri, statement_id

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "corpus"
GOOD = "000_b1131adbad64c07b.txt"  # Xi Jinping told Donald Trump ...
KG = str(Path(sys.executable).parent / "kg") if (Path(sys.executable).parent / "kg").exists() else shutil.which("kg")

ENGLISH = "China urged Japan to retract the remarks. "
RTL = "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202eevil\u202c"  # Hebrew, Arabic, a right-to-left override

# file name -> (content, what the message must say, or None when the file is read without complaint)
HOSTILE: dict[str, tuple[bytes | str, str | None]] = {
    "huge.txt": (ENGLISH * 250_000, "too long: 10,499,999 characters after cleaning"),  # a 10 MB single line
    "only-boilerplate.txt": (
        "Share this article\nFollow us on Facebook\nWe use cookies to improve your experience.\n© 2025 News Corp\n",
        "empty: no text after removing page furniture",
    ),
    "empty.txt": ("", "empty: no text after removing page furniture"),
    "binary.txt": (bytes(range(256)) * 40, "binary file, not text"),
    "latin1.txt": ("Tokyo protested. Caf\xe9 owners said so.".encode("latin-1"), "not UTF-8: invalid byte 0xe9"),
    "filipino.txt": (
        "Mga Kaugnay na Artikulo tungkol sa Tsina at Hapon ngayong araw na ito sa Maynila.\n"
        "Sinabi ng pamahalaan ng Tsina na dapat bawiin ng Hapon ang kanyang mga pahayag tungkol sa Taiwan.\n",
        "not English: 2 paragraph(s) in another language",  # the pipeline reads English only
    ),
    "controls-and-rtl.txt": (
        f"\x07Vladimir Putin\x1b[31m met Kim Jong Un in Pyongyang on Monday.\u200b\n{RTL} {RTL}\n\x0c\u202eTurkey\u202c\n",
        None,  # control characters are dropped, the right-to-left line is not English, the rest is read
    ),
    "script.html": (
        "<html><head><title>Talks</title><script>alert('x')</script></head><body>"
        "<article><p>Wang Yi met Sergei Lavrov in Moscow on Monday and urged Washington to ease sanctions.</p>"
        "<script>document.write('<p>Japan attacked China.</p>')</script>"
        "<p>Russia supports China's position on Taiwan, the ministry said in a statement on Monday.</p></article>"
        "</body></html>",
        None,
    ),
    "records.jsonl": (
        "\n".join(
            [
                json.dumps({"id": "../../etc/passwd", "text": "Japan criticized China over the remarks."}),
                "{not json",
                json.dumps({"id": "no-text"}),
                json.dumps({"id": "number-text", "text": 42}),
                json.dumps(["a", "list"]),
                json.dumps({"id": "nul\u0000id/..", "text": "South Korea urged North Korea to stop the launches."}),
                json.dumps({"id": "../../etc/passwd", "text": "Vietnam accused China of ramming its boats."}),  # duplicate id
                json.dumps({"id": "quotes", "text": 'The "Iron" <Dome> Ministry & Co. of Israel criticized Iran.'}),
                "",
                json.dumps({"id": "blank", "text": "   "}),
                '{"id": "surrogate", "text": "Chile criticized Peru over the \\ud800 border."}',  # an unpaired escape
                json.dumps({"id": "a b", "text": "Brazil praised Argentina."}),
                json.dumps({"id": "a_b", "text": "Mexico thanked Canada."}),  # same IRI as "a b" if not made unique
            ]
        )
        + "\n",
        None,
    ),
}
MESSAGES = {  # the JSONL lines' own messages
    "records.jsonl:2": "invalid JSON",
    "records.jsonl:3": 'no "text" field',
    "records.jsonl:4": '"text" must be a string, not int',
    "records.jsonl:5": "not a JSON object",
    "records.jsonl:10": '"text" is empty',
}


def _write(folder: Path) -> None:
    shutil.copy(SAMPLE / GOOD, folder / GOOD)
    for name, (content, _) in HOSTILE.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "in"
    corpus.mkdir()
    _write(corpus)
    before = _tree(root)
    run = subprocess.run([KG, "build", str(corpus), "--out", str(root / "out"), "--jobs", "1"],
                         cwd=root, capture_output=True, text=True, timeout=600)  # fmt: skip
    return root, run, before


@pytest.mark.slow
def test_every_bad_file_is_named_and_the_rest_is_built(hostile_build) -> None:
    root, run, _ = hostile_build
    assert run.returncode == 0, run.stderr[-2000:]
    messages = " ".join(run.stderr.split())  # rich wraps long lines
    for name, (_, message) in HOSTILE.items():
        if message is not None:
            assert re.search(re.escape(name) + r":? " + re.escape(message), messages) or (
                name in messages and message in messages
            ), (name, message)
    for where, message in MESSAGES.items():
        assert where in messages and message in messages, (where, message)
    rows = [json.loads(line) for line in (root / "out" / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    triples = {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in rows}
    assert ("Xi Jinping", "tell", "Donald Trump") in triples  # the good article
    assert ("Wang Yi", "meet", "Sergei Lavrov") in triples  # the HTML body; its scripts are gone
    assert ("Japan", "attack", "China") not in triples and "alert" not in json.dumps(rows)
    assert ("South Korea", "urge", "North Korea") in triples  # an id with a NUL byte and slashes
    assert ("Vladimir Putin", "meet", "Kim Jong Un") in triples  # control characters and RTL text around it
    docs = {r["doc"] for r in rows}
    # the duplicate id got a suffix; ids are only ever data, never paths
    assert {"../../etc/passwd", "../../etc/passwd-2"} <= docs
    assert ("Chile", "criticize", "Peru") in triples  # the unpaired surrogate became U+FFFD
    assert "records.jsonl:11" in messages and "unpaired surrogate" in messages
    by_doc = {r["doc"]: r for r in rows}
    assert {"a b", "a_b-2"} <= set(by_doc)  # "a_b" would mint the IRI of "a b": it gets a suffix
    quoted = [r for r in rows if r["doc"] == "quotes"]  # quotes and angle brackets reach the outputs intact
    assert quoted and all('"Iron" <Dome>' in r["sentence"] for r in quoted)


@pytest.mark.slow
def test_nothing_is_written_outside_out(hostile_build) -> None:
    root, _, before = hostile_build
    after = _tree(root)
    assert {p for p in after - before if not p.startswith("out")} == set()
    assert not (root / "etc").exists() and not (root.parent / "etc").exists()


@pytest.mark.slow
def test_outputs_of_hostile_input_are_valid_rdf_and_safe_html(hostile_build) -> None:
    root, _, _ = hostile_build
    run = subprocess.run([KG, "validate", "--out", str(root / "out")], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    page = (root / "out" / "graph.html").read_text(encoding="utf-8")
    data = page.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data  # every angle bracket escaped
    assert "\u202e" not in data and "\\u202e" not in data  # the right-to-left override was removed, not kept
    trig = (root / "out" / "graph.trig").read_text(encoding="utf-8")
    assert "\x00" not in trig and "\x1b" not in trig


# ---------------------------------------------------------------------------- properties

TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)),  # any Unicode scalar value
    max_size=400,
)
WORDY = st.lists(
    st.sampled_from(["China", "Japan", "told", "urged", "Xi Jinping", "\u202e", "\x00", "<b>", '"', "\u05e9\u05dc\u05d5\u05dd",
                     "\n", "\r\n", "Share this", "\t", "met", "Taiwan", ".", "\u200b", "Трамп", "talks"]),
    max_size=60,
).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, WORDY))
def test_cleaning_any_text_keeps_only_printable_lines(raw: str) -> None:
    body, title = clean_text(raw)
    assert isinstance(body, str) and (title is None or isinstance(title, str))
    for line in body.split("\n\n") if body else []:
        assert line == line.strip() and line
        assert not any(ord(c) < 32 and c != "\t" for c in line), repr(line)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(TEXT, st.builds(json.dumps, st.dictionaries(st.sampled_from(["id", "text", "title", "date", "url"]),
                                                                      st.one_of(TEXT, st.integers(), st.none()))),
                          ), max_size=8))  # fmt: skip
def test_any_jsonl_file_gives_documents_or_named_skips(tmp_path, lines: list[str]) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8")
    ids = []
    for item in iter_documents([path]):
        if hasattr(item, "reason"):
            assert item.source.startswith(str(path)) and item.reason
        else:
            assert item.text and item.source.startswith(f"{path}:")
            ids.append(item.id)
    assert len(ids) == len(set(ids))  # ids are unique within a run


_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f]')


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_name_or_id_gives_a_valid_iri(name: str) -> None:
    for iri in (actor_iri(name), document_iri(name)):
        assert iri.startswith("https://w3id.org/newskg/") and not _NOT_IRI.search(iri)
    assert re.fullmatch(r"[0-9a-f]{16}", statement_id(name, 0, 1, name, "tell", name))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(TEXT, WORDY))
def test_extraction_survives_any_text(nlp, raw: str) -> None:
    from kg.pipeline import extract_text

    body, _ = clean_text(raw)
    for statement in extract_text(nlp, body or raw):
        assert statement.subject.actor.id != statement.object.actor.id
        assert 0 <= statement.char_start < statement.char_end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXT.filter(lambda t: t.strip()), TEXT)
def test_any_label_and_sentence_round_trip_through_graph_trig(tmp_path, label: str, sentence: str) -> None:
    """What Oxigraph writes, rdflib reads back: the same label, the same evidence, to the character."""
    from rdflib import RDFS, Dataset, URIRef

    from kg.namespaces import KG, statement_iri
    from kg.outputs.rdf import write_trig
    from kg.types import Actor, Argument, BuildResult, Document, Relation, Statement

    actor = Actor(actor_iri(label), label, "Group")
    other = Actor(actor_iri("Japan"), "Japan", "Country")
    doc = Document(label, sentence or "x", "src", title=label)
    st = Statement(statement_id(label, 0, 1, label, "say", "Japan"), doc.id, sentence or "x", 0, 1,
                   Argument(actor, label), Relation("say", "said"), Argument(other, "Japan"))  # fmt: skip
    write_trig(BuildResult(documents=[doc], statements=[st], actors={actor.id: actor, other.id: other}), tmp_path / "g.trig")
    back = Dataset().parse(tmp_path / "g.trig", format="trig")
    assert str(back.default_graph.value(URIRef(actor.id), RDFS.label)) == label
    assert str(back.graph(URIRef(document_iri(doc.id))).value(URIRef(statement_iri(st.id)), KG.evidence)) == (sentence or "x")
