"""Updates of a build (kg build --append, kg watch): the outputs an update writes are those a
whole build of the same documents writes (byte for byte for triples.jsonl and graph.trig, quad
for quad for the store, and graph.html when it is drawn), readers of the store see the old or
the new graph, and a run stopped between the state and the outputs is repaired by the next one."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from same_outputs import same_outputs

import kg.outputs.incremental as incremental
from kg.outputs.incremental import refresh_viewer
from kg.pipeline import build_documents, update, write_outputs
from kg.types import Document

pytestmark = pytest.mark.slow

_spec = importlib.util.spec_from_file_location("synthetic", Path(__file__).resolve().parents[1] / "bench" / "synthetic.py")
synthetic = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(synthetic)

KG = str(Path(sys.executable).parent / "kg") if (Path(sys.executable).parent / "kg").exists() else shutil.which("kg")
STATEMENTS = "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/newskg/ontology#Statement> } }"


def docs(start: int, count: int) -> list[Document]:
    return [
        Document(f"news{i:04}", synthetic.document(i), f"news{i:04}.txt", date=f"2025-11-{1 + i % 28:02}",
                 url=f"https://outlet{i % 7}.example/{i}")
        for i in range(start, start + count)
    ]  # fmt: skip


def whole(nlp, documents, out: Path, cache: Path) -> Path:
    write_outputs(build_documents(documents, nlp=nlp, cache_dir=cache), out)
    return out


@pytest.fixture
def corpus(nlp, tmp_path):
    cache = tmp_path / "cache"
    first, more = docs(0, 40), docs(40, 12)
    changed = replace(first[3], text=first[3].text.replace(" met ", " spoke with ", 1) + " Japan thanked Ghana.", date="2025-12-02")
    build_documents([*first, *more, changed], nlp=nlp, cache_dir=cache)  # parsed once: the tests read the cache
    return first, more, changed, cache


def test_updates_write_what_a_whole_build_writes(nlp, corpus, tmp_path):
    first, more, changed, cache = corpus
    out = whole(nlp, first, tmp_path / "out", cache)
    reader = ox.Store.read_only(str(out / "store"))  # opened before the updates: a kg serve, say
    before = int(next(iter(reader.query(STATEMENTS)))["n"].value)

    result, changes, totals = update(more[:5], out, nlp=nlp, cache_dir=cache)
    assert (changes.added, changes.replaced, result.cached) == (5, 0, 5)
    same_outputs(out, whole(nlp, first + more[:5], tmp_path / "ref1", cache))
    assert totals.documents == 45 and totals.statements == len((out / "triples.jsonl").read_text().splitlines())
    manifest = json.loads((out / ".kg-outputs.json").read_text())
    assert manifest["viewer_stale"] is False  # a small graph: drawn again

    # a new version of a document (same id) and more documents, in one update
    result, changes, _ = update([changed, *more[5:]], out, nlp=nlp, cache_dir=cache)
    assert (changes.added, changes.replaced) == (7, 1)
    reference = [changed if d.id == changed.id else d for d in first] + more
    same_outputs(out, whole(nlp, reference, tmp_path / "ref2", cache))
    assert len(changes.documents) < 20  # the new ones and those their actors or events touched

    # the reader opened before the updates still answers, from the graph it opened
    assert int(next(iter(reader.query(STATEMENTS)))["n"].value) == before
    now = ox.Store.read_only(str(out / "store"))
    assert int(next(iter(now.query(STATEMENTS)))["n"].value) == len((out / "triples.jsonl").read_text().splitlines())

    # nothing new: nothing written
    stamp = (out / "graph.trig").stat().st_mtime_ns
    _, changes, _ = update(more[:2], out, nlp=nlp, cache_dir=cache)
    assert not changes and (out / "graph.trig").stat().st_mtime_ns == stamp


def test_a_big_graph_leaves_the_viewer_to_kg_view(nlp, corpus, tmp_path, monkeypatch):
    first, more, _, cache = corpus
    out = whole(nlp, first, tmp_path / "out", cache)
    page = (out / "graph.html").read_bytes()
    monkeypatch.setattr(incremental, "VIEWER_LIVE_STATEMENTS", 10)
    update(more, out, nlp=nlp, cache_dir=cache)
    assert (out / "graph.html").read_bytes() == page  # left as it was ...
    assert json.loads((out / ".kg-outputs.json").read_text())["viewer_stale"] is True  # ... and said so
    assert refresh_viewer(out) is True  # what kg view does first
    reference = whole(nlp, first + more, tmp_path / "ref", cache)
    assert (out / "graph.html").read_bytes() == (reference / "graph.html").read_bytes()
    assert refresh_viewer(out) is False  # current now


def test_a_run_stopped_after_the_state_is_repaired_by_the_next(nlp, corpus, tmp_path, monkeypatch):
    first, more, _, cache = corpus
    out = whole(nlp, first, tmp_path / "out", cache)
    old = {name: (out / name).read_bytes() for name in ("triples.jsonl", "graph.trig")}

    def killed(*args, **kwargs):
        raise KeyboardInterrupt  # stopped after the state was committed, before any output was replaced

    monkeypatch.setattr(incremental, "update_outputs", killed)
    with pytest.raises(KeyboardInterrupt):
        update(more, out, nlp=nlp, cache_dir=cache)
    assert {name: (out / name).read_bytes() for name in old} == old  # the previous outputs, whole
    monkeypatch.undo()
    _, changes, _ = update(more[:1], out, nlp=nlp, cache_dir=cache)  # nothing new, but the outputs lag the state
    assert not changes
    same_outputs(out, whole(nlp, first + more, tmp_path / "ref", cache))


def test_kg_build_append_needs_a_build_to_add_to(tmp_path):
    (tmp_path / "a.txt").write_text("China urged Japan to retract the remarks.\n")
    done = subprocess.run([KG, "build", "--append", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 2
    assert f"no build state in {tmp_path / 'out'}: run kg build --out {tmp_path / 'out'} first" in " ".join(done.stderr.split())


def test_kg_serve_answers_from_the_graph_an_update_swapped_in(nlp, corpus, tmp_path):
    import httpx
    from serving import free_port, running

    first, more, _, cache = corpus
    out = whole(nlp, first, tmp_path / "out", cache)
    port = free_port()
    count = lambda base: int(  # noqa: E731
        httpx.get(f"{base}/query", params={"query": STATEMENTS}, headers={"Accept": "application/sparql-results+json"},
                  timeout=30).json()["results"]["bindings"][0]["n"]["value"]
    )  # fmt: skip
    with running([KG, "serve", "--store", str(out), "--port", str(port)], port) as base:
        before = count(base)
        assert before == len((out / "triples.jsonl").read_text().splitlines())
        update(more, out, nlp=nlp, cache_dir=cache)
        rows = len((out / "triples.jsonl").read_text().splitlines())
        deadline = time.monotonic() + 30
        while (after := count(base)) == before and time.monotonic() < deadline:
            time.sleep(0.2)  # kg serve follows the swapped store within a second or so (its own backend start)
        assert after == rows > before


def test_graph_trig_written_in_blocks_is_the_file_written_whole(corpus_build, monkeypatch):
    """The index of graph.trig (where each block is) comes from writing it in chunks of blocks:
    the bytes are those of one whole write, and each block is one named graph or one subject."""
    import io

    from kg.outputs.rdf import write_trig_to

    result, _ = corpus_build
    whole = io.BytesIO()
    write_trig_to(result, whole)
    monkeypatch.setattr(incremental, "TRIG_CHUNK_BLOCKS", 7)  # blocks cut across chunks too
    chunked = io.BytesIO()
    header, blocks = incremental.write_trig_blocks(result, chunked)
    data = chunked.getvalue()
    assert data == whole.getvalue()
    assert data.startswith(header) and header.count(b"@prefix ") >= 10
    assert [key for key, _, _ in blocks] == sorted(key for key, _, _ in blocks)
    assert blocks[0][1] == len(header) and sum(length for _, _, length in blocks) == len(data) - len(header)
    for (kind, node), offset, length in blocks:
        first = data[offset : offset + length].split(b"\n", 1)[0]
        assert first.endswith(b" {") if kind == 0 else not first.startswith((b"\t", b"}"))
    assert {node for kind, node in (key for key, _, _ in blocks) if kind == 0} == {
        f"<https://w3id.org/newskg/doc/{doc.id}>" for doc in result.documents if any(s.doc == doc.id for s in result.statements)
    }


@pytest.mark.parametrize("live", [True, False])
def test_a_large_page_and_its_evidence_folder_are_a_whole_builds(nlp, corpus, tmp_path, monkeypatch, live):
    """Above the embedding limit the page is an overview with its evidence in graph.data/<build>/
    (main's viewer at corpus scale): an update (or kg view after it, when the page was left stale)
    writes the page and the folder a whole build writes, removes the previous build's folder, and
    records the folder in the outputs manifest as a whole build does."""
    import kg.outputs.viewer as viewer

    monkeypatch.setattr(viewer, "EMBED_LIMIT", 20)
    monkeypatch.setattr(incremental, "VIEWER_LIVE_STATEMENTS", 10_000 if live else 10)
    first, more, _, cache = corpus
    out = whole(nlp, first, tmp_path / "out", cache)
    before = sorted(p.name for p in (out / "graph.data").iterdir())
    assert len(before) == 1
    update(more, out, nlp=nlp, cache_dir=cache)
    if not live:
        assert refresh_viewer(out) is True
    reference = whole(nlp, first + more, tmp_path / "ref", cache)
    assert (out / "graph.html").read_bytes() == (reference / "graph.html").read_bytes()
    files = lambda folder: {p.relative_to(folder).as_posix(): p.read_bytes() for p in (folder / "graph.data").rglob("*") if p.is_file()}  # noqa: E731
    assert files(out) == files(reference) and before[0] not in {p.name for p in (out / "graph.data").iterdir()}
    manifest, expected = (json.loads((d / ".kg-outputs.json").read_text()) for d in (out, reference))
    assert manifest["evidence"] == expected["evidence"] and expected["evidence"]["files"] >= 1


def test_an_update_rewrites_the_rows_of_earlier_pages_it_dates_or_relabels(nlp, tmp_path):
    """Older pages' rows change with a new page: an undated page's year-less day borrows the year
    of the new dated report (``date``, ``event_date``), an undated report gets its event's date
    (``event_date``), a state's report joins the president's new event, and a person is labelled
    with the gazetteer's name once a page writes it; the outputs are still a whole build's."""
    first = [
        Document("yearless", "William Ruto hosted Yoweri Museveni in Nairobi on June 13 for talks on trade.", "yearless.txt"),
        Document("undated", "William Ruto hosted Yoweri Museveni at State House.", "undated.txt"),
        Document("october", "William Ruto and Yoweri Museveni met in October.", "october.txt"),
        Document("b", "The United States accused Nicolás Maduro of drug trafficking.", "b.txt"),
        # no page of the first build is dated: a dated one would lend "June 13" its year already
        # (kg.events.grouping.corpus_anchors)
        Document("jaishankar", "S Jaishankar met Sergey Lavrov in Moscow.", "jaishankar.txt"),
    ]
    more = [
        Document("dated", "William Ruto hosted Yoweri Museveni in Nairobi on Friday.", "dated.txt", date="2025-06-14"),
        Document("a", "President Donald Trump accused Nicolás Maduro of drug trafficking on Tuesday.", "a.txt", date="2025-09-03"),
        Document("jaishankar-2", "Subrahmanyam Jaishankar later thanked Sergei Lavrov.", "jaishankar-2.txt", date="2025-08-21"),
    ]
    cache = tmp_path / "cache"
    out = whole(nlp, first, tmp_path / "out", cache)
    before = {json.loads(line)["doc"]: json.loads(line) for line in (out / "triples.jsonl").open(encoding="utf-8")}
    update(more, out, nlp=nlp, cache_dir=cache)
    same_outputs(out, whole(nlp, first + more, tmp_path / "ref", cache))
    after = {json.loads(line)["doc"]: json.loads(line) for line in (out / "triples.jsonl").open(encoding="utf-8")}
    assert (before["yearless"]["date"], after["yearless"]["date"]) == (None, "2025-06-13")
    assert (before["undated"]["event_date"], after["undated"]["event_date"]) == (None, "2025-06-13")
    assert after["b"]["event_id"] == after["a"]["event_id"] and after["b"]["event_date"] == "2025-09-02"
    assert (before["jaishankar"]["subject"]["label"], after["jaishankar"]["subject"]["label"]) == ("S Jaishankar", "Subrahmanyam Jaishankar")
