"""End to end: ``kg build`` on the bundled sample corpus and on bad input.

The corpus build runs once per session (library call, shared pipeline); a few tests run the
installed ``kg`` command in a real subprocess, as a user would.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.pipeline import build, write_outputs

pytestmark = pytest.mark.slow

FURNITURE = [
    "Share", "cookies", "Mga Kaugnay", "Iniulat ng AI", "Larawang ginawa", "Tanggihan",
    "Join NewsTrack", "Related News", "Japan makes 4 arrests", "Diplomatic Discussions in Beijing",
]


@pytest.fixture(scope="session")
def records(corpus_build):
    _, out = corpus_build
    return [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]


def _has(records, subject, lemmas, obj, symmetric=False):
    for r in records:
        pair = (r["subject"]["label"], r["object"]["label"])
        if r["relation"]["lemma"] in lemmas and (pair == (subject, obj) or (symmetric and pair == (obj, subject))):
            return True
    return False


@pytest.mark.parametrize(
    "subject, lemmas, obj, symmetric",
    [
        ("Xi Jinping", {"tell"}, "Donald Trump", False),
        ("Sergei Shoigu", {"tell", "say", "meet", "hold talks"}, "Wang Yi", False),
        ("China", {"urge"}, "Japan", False),
        ("Liu Jinsong", {"meet", "hold talks"}, "Kanai Masaaki", True),
        ("Yang Jiechi", {"meet", "hold talks"}, "Takeo Akiba", True),
    ],
)
def test_required_triples_on_the_sample_corpus(records, subject, lemmas, obj, symmetric):
    assert _has(records, subject, lemmas, obj, symmetric)


def test_triples_jsonl_follows_the_contract(corpus_build, records):
    result, _ = corpus_build
    texts = {doc.id: doc.text for doc in result.documents}
    assert set(texts) == {
        "000_b1131adbad64c07b", "001_16961b897f005ba7", "002_9039bed66e9909e4",
        "003_6cf39d79fa30da68", "004_5433036301335489",
    }
    assert len(records) == len(result.statements) >= 25
    for r in records:
        assert set(r) >= {"id", "doc", "sentence", "char_start", "char_end", "subject", "relation", "object",
                          "negated", "modality", "confidence", "doc_date"}
        assert set(r["subject"]) == set(r["object"]) == {"id", "label", "type", "text"}
        assert set(r["relation"]) >= {"lemma", "text"}
        # offsets point into the cleaned document text
        assert texts[r["doc"]][r["char_start"]:r["char_end"]] == r["sentence"]
        # no carry-over: no closing quotation mark from the sentence before (a straight one opens a quote only when it is closed in the sentence)
        assert r["sentence"] == r["sentence"].strip() and r["sentence"][0] != "\u201d"
        assert not r["sentence"].startswith('"') or r["sentence"].count('"') % 2 == 0
        assert r["subject"]["text"] in r["sentence"] or r["subject"]["text"].split()[-1] in r["sentence"]
        assert r["subject"]["id"] != r["object"]["id"]
        assert 0 < r["confidence"] <= 1
    assert len({r["id"] for r in records}) == len(records)


def test_one_actor_one_label_and_iri_across_documents(records):
    by_label: dict[str, set[str]] = {}
    for r in records:
        for arg in (r["subject"], r["object"]):
            by_label.setdefault(arg["label"], set()).add(arg["id"])
    assert all(len(iris) == 1 for iris in by_label.values())
    assert len({iri for iris in by_label.values() for iri in iris}) == len(by_label)
    # Name variants collapse: "President Trump" (000) and "Trump" (002) are Donald Trump;
    # "Takaichi", "Takaishi" and "Sanae Takaishi" are Sanae Takaichi; "Aqiba" is Takeo Akiba.
    labels = set(by_label)
    assert {"Trump", "Takaichi", "Takaishi", "Sanae Takaishi", "Aqiba", "Akiba", "Shoigu", "Xi"}.isdisjoint(labels)
    trump_docs = {r["doc"][:3] for r in records if "Donald Trump" in (r["subject"]["label"], r["object"]["label"])}
    assert {"000", "002"} <= trump_docs


def test_affiliations_and_types(corpus_build):
    result, _ = corpus_build
    actors = {a.label: a for a in result.actors.values()}
    assert actors["Sergei Shoigu"].type == "Person"
    assert actors["Sergei Shoigu"].affiliation == actors["Russia"].id
    assert actors["Wang Yi"].affiliation == actors["China"].id
    assert actors["Takeo Akiba"].affiliation == actors["Japan"].id
    assert actors["Japan"].type == actors["China"].type == "Country"


def test_no_triple_comes_from_page_furniture(corpus_build, records):
    result, _ = corpus_build
    for doc in result.documents:
        for marker in FURNITURE:
            assert marker not in doc.text, (doc.id, marker)
    for r in records:
        for marker in FURNITURE:
            assert marker not in r["sentence"]
    labels = {r["subject"]["label"] for r in records} | {r["object"]["label"] for r in records}
    assert not {"Mga Kaugnay", "Related News", "NewsTrack"} & labels


def test_rdf_output_parses_and_rebuilds_isomorphic(nlp, corpus_build, tmp_path):
    result, out = corpus_build
    first = Dataset()
    first.parse(out / "graph.trig", format="trig")
    write_outputs(build(nlp=nlp), tmp_path)
    second = Dataset()
    second.parse(tmp_path / "graph.trig", format="trig")
    # compare graph by graph: the default graph and every named graph (a Dataset yields quads)
    named = lambda ds: {str(g.identifier): g for g in ds.graphs()}  # noqa: E731
    assert named(first).keys() == named(second).keys()
    for name, graph in named(first).items():
        assert isomorphic(graph, named(second)[name]), name
    assert (out / "triples.jsonl").read_text() == (tmp_path / "triples.jsonl").read_text()
    graphs = {str(g.identifier) for g in first.graphs() if len(g)}
    assert {f"https://w3id.org/newskg/doc/{d.id}" for d in result.documents if any(s.doc == d.id for s in result.statements)} <= graphs
    rows = list(first.query(
        "PREFIX rel: <https://w3id.org/newskg/rel/> PREFIX actor: <https://w3id.org/newskg/actor/> "
        "SELECT ?g WHERE { GRAPH ?g { actor:Xi_Jinping rel:tell actor:Donald_Trump } }"
    ))
    assert {str(r.g).rsplit("/", 1)[-1][:3] for r in rows} == {"000", "002"}


def test_viewer_is_offline_and_has_every_statement(corpus_build):
    result, out = corpus_build
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert 'src="http' not in page and 'href="http' not in page
    data = json.loads(page.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0])
    edges = data["edges"] if isinstance(data, dict) and "edges" in data else data[1]
    assert len(edges) == len(result.statements)


# ------------------------------------------------------------------ the installed command


def kg_command(*args, cwd, stdin=None, env=None):
    exe = shutil.which("kg", path=str(Path(sys.executable).parent)) or shutil.which("kg")
    return subprocess.run([exe, *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=300,
                          env=None if env is None else {**os.environ, **env})


def test_cli_version(tmp_path):
    from kg import __version__

    run = kg_command("--version", cwd=tmp_path)
    assert run.returncode == 0 and run.stdout.strip() == f"kg {__version__}"


def test_cli_missing_path_exits_2_with_one_line(tmp_path):
    run = kg_command("build", "no/such/file.txt", "--out", "out", cwd=tmp_path)
    assert run.returncode == 2
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no/such/file.txt" in lines[0]
    assert not (tmp_path / "out").exists()


def test_cli_missing_model_names_the_install_command(tmp_path):
    (tmp_path / "a.txt").write_text("China urged Japan to act.")
    run = kg_command("build", "a.txt", "--model", "en_core_web_zz", cwd=tmp_path)
    assert run.returncode == 2
    assert "en_core_web_zz" in run.stderr and "pip install" in run.stderr


def test_cli_bad_files_are_skipped_and_the_rest_built(tmp_path):
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "good.txt").write_text("China urged Japan to retract the remarks.\n", encoding="utf-8")
    (corpus / "calm.txt").write_text("The weather was pleasant and the markets rose.\n", encoding="utf-8")  # no actors
    (corpus / "empty.txt").write_text("")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (corpus / "latin1.txt").write_bytes("Caf\xe9 au lait.".encode("latin-1"))
    (corpus / "stream.jsonl").write_text(
        '{"id": "j1", "text": "Russia criticised Ukraine on Monday."}\n{not json\n', encoding="utf-8"
    )
    run = kg_command("build", "in", "--out", "out", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    for name in ("empty.txt", "binary.txt", "latin1.txt", "stream.jsonl:2"):
        assert name in run.stderr
    assert "calm.txt" not in run.stderr  # read without complaint, zero triples
    assert re.search(r"documents read\s*│\s*3\b", run.stderr) and re.search(r"documents skipped\s*│\s*4\b", run.stderr)
    records = [json.loads(l) for l in (tmp_path / "out" / "triples.jsonl").read_text().splitlines()]
    assert {(r["doc"], r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in records} == {
        ("good", "China", "urge", "Japan"),
        ("j1", "Russia", "criticize", "Ukraine"),
    }


def test_cli_reads_a_headline_without_function_words_and_drops_a_tagalog_frame(tmp_path):
    """A headline has almost no function words ("Ghana expels Togolese envoy, ..."): it was dropped as
    another language with the frame lines, losing the page's first statement."""
    page = tmp_path / "page.txt"
    page.write_text(
        "Ghana expels Togolese envoy, Togo hits back\n"
        "Sinabi ng pamahalaan na dapat bawiin ng Togo ang kanyang mga pahayag.\n"
        "The ministry said the decision was final and that talks would go on.\n",
        encoding="utf-8",
    )
    run = kg_command("build", "page.txt", "--out", "out", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    records = [json.loads(l) for l in (tmp_path / "out" / "triples.jsonl").read_text().splitlines()]
    assert {(r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in records} == {
        ("Ghana", "expel", "Togolese envoy"),
    }
    assert all("Sinabi" not in r["sentence"] for r in records)


def test_cli_reads_pdf_and_docx_and_names_every_other_file(tmp_path):
    """#20 item 8: a folder of .pdf/.docx/.bin files said "documents skipped 0" and nothing else."""
    from documents import docx_bytes, minimal_pdf

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.pdf").write_bytes(minimal_pdf(["Summit", "China urged Japan to retract the", "remarks on Taiwan."]))
    (corpus / "b.docx").write_bytes(docx_bytes("Talks", ["Russia criticised Ukraine on Monday."]))
    (corpus / "c.bin").write_bytes(bytes(range(256)))
    run = kg_command("build", "in", "--out", "out", cwd=tmp_path, env={"COLUMNS": "300"})
    assert run.returncode == 0, run.stderr
    assert "skipping in/c.bin: unsupported format '.bin' (supported: .txt .md .html .jsonl .pdf .docx; or pass --format)" in run.stderr
    assert re.search(r"documents read\s*│\s*2\b", run.stderr) and re.search(r"documents skipped\s*│\s*1\b", run.stderr)
    records = [json.loads(l) for l in (tmp_path / "out" / "triples.jsonl").read_text().splitlines()]
    assert {(r["doc"], r["subject"]["label"], r["relation"]["lemma"], r["object"]["label"]) for r in records} == {
        ("a", "China", "urge", "Japan"),
        ("b", "Russia", "criticize", "Ukraine"),
    }
    as_text = kg_command("build", "in/a.pdf", "--format", "txt", "--out", "out2", cwd=tmp_path, env={"COLUMNS": "300"})
    assert as_text.returncode == 1 and not (tmp_path / "out2").exists()
    assert "skipping in/a.pdf: a PDF file, not text (given as txt): pass --format pdf" in as_text.stderr


def test_cli_names_a_url_it_cannot_fetch_and_leaves_no_folder(tmp_path):
    """A URL is fetched (no longer "input not found" or "not supported"); one that cannot be reached
    (a closed loopback port: no network needed) is named with the reason, and nothing is written."""
    run = kg_command("build", "http://127.0.0.1:9/news/1", "--out", "out", "--no-cache", cwd=tmp_path, env={"COLUMNS": "300"})
    assert run.returncode == 1 and run.stdout == ""
    assert "skipping http://127.0.0.1:9/news/1: cannot connect" in run.stderr
    assert "error: no document could be read; nothing was written" in run.stderr and not (tmp_path / "out").exists()


def test_cli_failed_run_leaves_previous_outputs_intact(tmp_path):
    (tmp_path / "good.txt").write_text("China urged Japan to retract the remarks.\n", encoding="utf-8")
    assert kg_command("build", "good.txt", "--out", "out", "--quiet", cwd=tmp_path).returncode == 0
    snapshot = lambda: {p.relative_to(tmp_path).as_posix(): p.read_bytes()  # noqa: E731
                        for p in sorted((tmp_path / "out").rglob("*")) if p.is_file()}
    before = snapshot()
    assert {"out/triples.jsonl", "out/graph.trig", "out/graph.html"} <= set(before)
    # the store: a link to its data folder, whose files are in the snapshot too
    assert (tmp_path / "out" / "store").is_symlink() and any(name.startswith("out/.store-") for name in before)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00")
    run = kg_command("build", "bad.txt", "--out", "out", cwd=tmp_path)
    assert run.returncode == 1
    assert snapshot() == before


def test_cli_reads_stdin(tmp_path):
    run = kg_command("build", "-", "--out", "out", "--quiet", cwd=tmp_path, stdin="Beijing criticised Tokyo on Monday.\n")
    assert run.returncode == 0, run.stderr
    (record,) = [json.loads(l) for l in (tmp_path / "out" / "triples.jsonl").read_text().splitlines()]
    assert (record["doc"], record["subject"]["label"], record["object"]["label"]) == ("stdin", "China", "Japan")
    assert record["subject"]["text"] == "Beijing"


def test_cli_builds_the_bundled_corpus_with_no_arguments(tmp_path):
    run = kg_command("build", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "documents read" in run.stderr and "words/s" in run.stderr
    lines = (tmp_path / "output" / "triples.jsonl").read_text().splitlines()
    assert len(lines) >= 25
