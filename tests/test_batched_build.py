"""A large build kept on disk (issue #22, bounded memory): above a batch size, a build with an output
folder does its corpus steps into the build state on disk a batch of documents at a time
(:class:`kg.pipeline.StoredBuild`) and writes triples.jsonl and graph.trig from that state a
document and a block at a time. The outputs are those of a whole in-memory build, byte for byte
(statements, actors, events: the same), and the page is left to ``kg view`` past the size an
update draws it at. A tiny batch size forces the batches here."""

from __future__ import annotations

import importlib.util
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from same_outputs import same_outputs

import kg.outputs.incremental as incremental
from kg.incremental import CorpusState
from kg.outputs.incremental import STATE_FILE, refresh_viewer
from kg.pipeline import build, build_documents, update, write_outputs
from kg.types import Document

pytestmark = pytest.mark.slow

_spec = importlib.util.spec_from_file_location("synthetic", Path(__file__).resolve().parents[1] / "bench" / "synthetic.py")
synthetic = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(synthetic)


def docs(start: int, count: int) -> list[Document]:
    """Synthetic reports from 7 outlets, some dated (so events join reports across documents)."""
    return [
        Document(f"news{i:04}", synthetic.document(i), f"news{i:04}.txt", date=f"2025-11-{1 + i % 28:02}" if i % 3 else None,
                 url=f"https://outlet{i % 7}.example/{i}")
        for i in range(start, start + count)
    ]  # fmt: skip


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.endswith((".tmp", "-journal")))


@pytest.fixture(scope="module")
def corpus(nlp, tmp_path_factory):
    """70 synthetic documents parsed once (the tests read the cache), and their whole build."""
    cache = tmp_path_factory.mktemp("cache")
    first, more = docs(0, 62), docs(62, 8)
    whole = tmp_path_factory.mktemp("whole")
    result = build_documents(first, nlp=nlp, cache_dir=cache)
    write_outputs(result, whole)
    build_documents(more, nlp=nlp, cache_dir=cache)
    return first, more, cache, result, whole


def stored(nlp, documents, out: Path, cache: Path, batch: int):
    result = build_documents(documents, nlp=nlp, cache_dir=cache, out_dir=out, batch_docs=batch)
    assert result.stored is not None and not result.documents and not result.statements  # nothing held in memory
    assert result.document_count == len(documents)
    write_outputs(result, out)
    return result


@pytest.mark.parametrize("batch", [5, 20, 61])
def test_a_build_in_batches_writes_what_a_whole_build_writes(nlp, corpus, tmp_path, batch):
    first, _, cache, whole_result, whole = corpus
    out = tmp_path / "out"
    result = stored(nlp, first, out, cache, batch)
    same_outputs(out, whole)  # graph.html too: 62 documents are under the size an update draws the page at
    for name in (".kg-outputs.json",):
        ours, theirs = (json.loads((d / name).read_text()) for d in (out, whole))
        assert (ours["fingerprint"], ours["files"]) == (theirs["fingerprint"], theirs["files"])
    ours, theirs = (pickle.loads((d / ".kg-index.pkl").read_bytes()) for d in (out, whole))
    assert (ours.jsonl, ours.trig_header, ours.trig) == (theirs.jsonl, theirs.trig_header, theirs.trig)
    state = CorpusState.open(out / STATE_FILE)
    try:  # the same statements (actors resolved alike), events (grouped alike) and actors
        again = state.result()
        assert again.statements == whole_result.statements
        assert again.events == whole_result.events
        assert again.actors == whole_result.actors
        assert [d.id for d in again.documents] == [d.id for d in whole_result.documents]
    finally:
        state.close()
    assert (result.stored.statements, result.stored.events) == (len(whole_result.statements), len(whole_result.events))
    assert not leftovers(out)


def test_the_sample_corpus_in_batches_of_two(nlp, corpus_build, tmp_path):
    _, whole = corpus_build
    out = tmp_path / "out"
    result = build(nlp=nlp, out_dir=out, batch_docs=2)
    assert result.stored is not None
    write_outputs(result, out)
    same_outputs(out, whole)


def test_a_large_build_leaves_the_page_to_kg_view(nlp, corpus, tmp_path, monkeypatch):
    first, _, cache, _, whole = corpus
    monkeypatch.setattr(incremental, "VIEWER_LIVE_STATEMENTS", 10)
    out = tmp_path / "out"
    stored(nlp, first, out, cache, 20)
    same_outputs(out, whole, viewer=False)
    page = (out / "graph.html").read_text()
    assert "kg view --out" in page and len(page) < 1000  # a note, not the graph
    assert json.loads((out / ".kg-outputs.json").read_text())["viewer_stale"] is True
    assert refresh_viewer(out) is True  # what kg view does first: the page a whole build draws
    assert (out / "graph.html").read_bytes() == (whole / "graph.html").read_bytes()


def test_updates_go_on_from_a_build_in_batches(nlp, corpus, tmp_path):
    first, more, cache, _, _ = corpus
    out = tmp_path / "out"
    stored(nlp, first, out, cache, 20)
    _, changes, totals = update(more, out, nlp=nlp, cache_dir=cache)
    assert changes.added == len(more) and totals.documents == len(first) + len(more)
    reference = tmp_path / "ref"
    write_outputs(build_documents(first + more, nlp=nlp, cache_dir=cache), reference)
    same_outputs(out, reference)


def test_an_unchanged_build_in_batches_writes_nothing_and_leaves_nothing(nlp, corpus, tmp_path):
    first, _, cache, _, whole = corpus
    out = tmp_path / "out"
    stored(nlp, first, out, cache, 20)
    stamps = {name: (out / name).stat().st_mtime_ns for name in ("triples.jsonl", "graph.trig", STATE_FILE)}
    stored(nlp, first, out, cache, 20)
    assert {name: (out / name).stat().st_mtime_ns for name in stamps} == stamps  # found up to date
    assert not leftovers(out)
    same_outputs(out, whole)


def test_a_build_in_batches_stopped_while_writing_leaves_the_previous_outputs(nlp, corpus, tmp_path, monkeypatch):
    first, more, cache, _, _ = corpus
    out = tmp_path / "out"
    stored(nlp, first[:30], out, cache, 20)
    before = {name: (out / name).read_bytes() for name in ("triples.jsonl", "graph.trig", "graph.html")}
    blocks = incremental.state_blocks

    def killed(*args, **kwargs):
        for number, block in enumerate(blocks(*args, **kwargs)):
            if number == 40:
                raise KeyboardInterrupt  # Ctrl-C half-way through graph.trig
            yield block

    monkeypatch.setattr(incremental, "state_blocks", killed)
    with pytest.raises(KeyboardInterrupt):
        stored(nlp, first + more, out, cache, 20)
    assert {name: (out / name).read_bytes() for name in before} == before  # the previous outputs, whole
    assert not leftovers(out)
    monkeypatch.undo()
    _, changes, _ = update(more[:1], out, nlp=nlp, cache_dir=cache)  # the outputs lag the new state: all written again
    reference = tmp_path / "ref"
    write_outputs(build_documents(first + more, nlp=nlp, cache_dir=cache), reference)
    same_outputs(out, reference)


def test_a_build_in_batches_stopped_while_reading_leaves_nothing(nlp, corpus, tmp_path, monkeypatch):
    import kg.pipeline as pipeline

    first, _, cache, _, _ = corpus
    resolve = pipeline.resolve_document
    calls = []

    def stopped(parsed):
        calls.append(1)
        if len(calls) == 25:  # after two batches went into the state on disk
            raise KeyboardInterrupt
        return resolve(parsed)

    monkeypatch.setattr(pipeline, "resolve_document", stopped)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        build_documents(first, nlp=nlp, cache_dir=cache, out_dir=out, batch_docs=10)
    assert out.is_dir() and not leftovers(out)  # the state of the batches is gone with the build
    assert not (out / STATE_FILE).exists() and not (out / "triples.jsonl").exists()


def test_kg_build_batches_a_large_corpus(tmp_path):
    """The command line: KG_BUILD_BATCH_DOCS forces the batches; the outputs are a whole build's."""
    folder = synthetic.write_corpus(tmp_path / "corpus", 12)
    env = {**os.environ, "KG_BUILD_BATCH_DOCS": "4"}
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(folder), "--out", str(tmp_path / "out"), "--jobs", "1"],
                          capture_output=True, text=True, timeout=600, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "documents read" in done.stderr and " 12 " in done.stderr
    env["KG_BUILD_BATCH_DOCS"] = "1000"
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(folder), "--out", str(tmp_path / "ref"), "--jobs", "1",
                           "--quiet"], capture_output=True, text=True, timeout=600, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    same_outputs(tmp_path / "out", tmp_path / "ref")


def test_each_batch_runs_in_a_child_process_and_in_process_gives_the_same_outputs(nlp, corpus, tmp_path, monkeypatch):
    """The corpus steps of each batch run in a forked child (the parent's memory does not keep what a
    batch fragmented); with KG_BUILD_BATCH_FORK=0 (or without fork) they run here: the same bytes."""
    import kg.pipeline as pipeline

    first, _, cache, _, _ = corpus
    if not hasattr(os, "fork"):
        pytest.skip("no fork here")
    parent, pids = os.getpid(), []
    add = CorpusState.add

    def traced(self, batch):
        pids.append(os.getpid())
        return add(self, batch)

    monkeypatch.setattr(CorpusState, "add", traced)
    stored(nlp, first, tmp_path / "forked", cache, 20)
    assert not pids  # the adds ran in the children (their list is theirs)
    monkeypatch.setenv("KG_BUILD_BATCH_FORK", "0")
    stored(nlp, first, tmp_path / "here", cache, 20)
    assert pids == [parent] * 4
    same_outputs(tmp_path / "forked", tmp_path / "here")
    assert pipeline.build_batch_fork() is False


def test_a_batch_that_fails_in_its_child_fails_the_build_with_its_error(nlp, corpus, tmp_path, monkeypatch):
    first, _, cache, _, _ = corpus
    if not hasattr(os, "fork"):
        pytest.skip("no fork here")
    add, calls = CorpusState.add, []

    def failing(self, batch):
        if any(document.id == "news0025" for document, *_ in batch):
            raise ValueError("a bug in batch 3")
        return add(self, batch)

    monkeypatch.setattr(CorpusState, "add", failing)
    out = tmp_path / "out"
    with pytest.raises(ValueError, match="a bug in batch 3") as caught:
        build_documents(first, nlp=nlp, cache_dir=cache, out_dir=out, batch_docs=10)
    assert "child process" in "".join(getattr(caught.value, "__notes__", [])) and "failing" in caught.value.__notes__[0]
    assert not leftovers(out) and not (out / STATE_FILE).exists()


def test_a_batch_child_killed_in_its_commit_leaves_the_previous_batch_state(nlp, corpus, tmp_path, monkeypatch):
    """A real SIGKILL of the child in the middle of its transaction (some tables written): the build
    fails with a clear error, and the state on disk is the one the previous batch committed."""
    import signal

    import kg.incremental as state_module
    import kg.pipeline as pipeline

    first, _, cache, _, _ = corpus
    if not hasattr(os, "fork"):
        pytest.skip("no fork here")
    flush, flushed, batches = state_module._Group.flush, [], []
    parent = os.getpid()

    def killed(self):
        flush(self)
        flushed.append(self.name)
        if os.getpid() != parent and len(batches) == 2 and len(flushed) == 3:
            os.kill(os.getpid(), signal.SIGKILL)  # the child dies with its transaction open

    add = pipeline.StoredBuild.add

    def counted(self, resolved):
        batches.append(len(resolved))
        return add(self, resolved)

    monkeypatch.setattr(state_module._Group, "flush", killed)
    monkeypatch.setattr(pipeline.StoredBuild, "add", counted)
    monkeypatch.setattr(pipeline.StoredBuild, "discard", lambda self: None)  # keep the state to look at it
    out = tmp_path / "out"
    with pytest.raises(pipeline.BatchFailed, match="killed by signal SIGKILL"):
        build_documents(first, nlp=nlp, cache_dir=cache, out_dir=out, batch_docs=10)
    (path,) = [p for p in out.iterdir() if p.name.endswith("-build.tmp")]
    assert path.with_name(path.name + "-journal").exists()  # killed inside its transaction
    state = CorpusState.open(path)  # the journal the child left is rolled back
    try:
        assert sorted(state.doc_place) == [d.id for d in first[:10]]
        assert state.saved(path)["generation"] == state.generation
    finally:
        state.close()


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _kill_a_batch_child(command: list[str], env: dict, target: str) -> tuple[subprocess.CompletedProcess | None, int]:
    """Run ``kg build``, and SIGKILL its first batch child (``target="child"``) or itself while a
    batch child runs (``"parent"``); its exit and the child's pid."""
    import signal
    import time

    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    child = 0
    while process.poll() is None and not child:
        found = _children(process.pid)
        if found:
            child = found[0]
            os.kill(child if target == "child" else process.pid, signal.SIGKILL)
        time.sleep(0.002)
    out, err = process.communicate(timeout=600)
    return subprocess.CompletedProcess(command, process.returncode, out, err), child


@pytest.mark.skipif(not Path("/proc/self/task").is_dir() or not hasattr(os, "fork"), reason="needs fork and /proc")
def test_kg_build_with_a_batch_child_killed(tmp_path):
    """Real processes, real SIGKILLs: a killed batch child fails the build with a clear message and
    leaves nothing; a killed build takes its batch child with it; the next build completes."""
    import time

    folder = synthetic.write_corpus(tmp_path / "corpus", 16)
    env = {**os.environ, "KG_BUILD_BATCH_DOCS": "4"}
    out = tmp_path / "out"
    command = [sys.executable, "-m", "kg.cli", "build", str(folder), "--out", str(out), "--jobs", "1", "--quiet"]
    done, child = _kill_a_batch_child(command, env, "child")
    assert child and done.returncode != 0
    assert "child process" in done.stderr and "SIGKILL" in done.stderr, done.stderr
    assert not leftovers(out) and not (out / "triples.jsonl").exists()
    done, child = _kill_a_batch_child(command, env, "parent")
    assert child and done.returncode == -9
    for _ in range(500):  # the child dies with its parent (parent-death signal)
        if not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]:
            break
        time.sleep(0.01)
    else:
        raise AssertionError(f"batch child {child} outlived its killed build")
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr
    assert not leftovers(out)
    env["KG_BUILD_BATCH_FORK"] = "0"
    reference = [*command[:6], str(tmp_path / "ref"), *command[7:]]
    assert subprocess.run(reference, capture_output=True, text=True, timeout=600, env=env).returncode == 0
    same_outputs(out, tmp_path / "ref")
