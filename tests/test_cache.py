"""Incremental builds: unchanged documents are not parsed again; damaged entries are rebuilt."""

from __future__ import annotations

import shutil

import pytest

from kg.ingest.readers import bundled_corpus
from kg.outputs.jsonl import triples_jsonl
from kg.pipeline import build

pytestmark = pytest.mark.slow


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(bundled_corpus(), folder)
    return folder


def test_rebuild_reuses_the_cache_and_gives_the_same_triples(nlp, corpus, tmp_path):
    cache = tmp_path / "cache"
    first = build([corpus], nlp=nlp, cache_dir=cache)
    second = build([corpus], nlp=nlp, cache_dir=cache)
    assert (first.cached, second.cached) == (0, 5)
    assert triples_jsonl(second) == triples_jsonl(first)
    assert triples_jsonl(build([corpus], nlp=nlp)) == triples_jsonl(first)  # same as no cache at all


def test_one_changed_file_is_parsed_again(nlp, corpus, tmp_path):
    cache = tmp_path / "cache"
    build([corpus], nlp=nlp, cache_dir=cache)
    changed = corpus / "000_b1131adbad64c07b.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nRussia criticised Ukraine on Monday.\n", encoding="utf-8")
    again = build([corpus], nlp=nlp, cache_dir=cache)
    assert again.cached == 4
    assert any(s.doc == changed.stem and s.relation.lemma == "criticize" for s in again.statements)


def test_damaged_or_partial_entries_are_never_read(nlp, corpus, tmp_path):
    cache = tmp_path / "cache"
    first = build([corpus], nlp=nlp, cache_dir=cache)
    entries = sorted(cache.rglob("*.pkl"))
    assert len(entries) == 5
    entries[0].write_bytes(entries[0].read_bytes()[:20])  # as if a run died mid-write without the rename
    (entries[1].parent / ".entry-abc.tmp").write_bytes(b"partial")  # a temp file left by a killed run
    again = build([corpus], nlp=nlp, cache_dir=cache)
    assert again.cached == 4
    assert triples_jsonl(again) == triples_jsonl(first)


def test_a_killed_writers_half_entries_are_removed_and_a_live_ones_kept(tmp_path):
    """A SIGKILL while an entry is written leaves ``.entry-<pid>-*.tmp``: the next build that opens
    the cache removes those of processes that are gone, never those of a running one."""
    import os
    import subprocess
    import sys

    from kg.nlp.cache import usable_cache

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(gone.stdout)
    shard = tmp_path / "cache" / "ab"
    shard.mkdir(parents=True)
    dead = shard / f".entry-{dead_pid}-x1.tmp"
    live = shard / f".entry-{os.getpid()}-x2.tmp"
    entry = shard / "ab12.pkl"
    for path in (dead, live, entry):
        path.write_bytes(b"partial")
    assert usable_cache(tmp_path / "cache") == tmp_path / "cache"
    assert sorted(p.name for p in shard.iterdir()) == sorted([live.name, entry.name])


def test_unchanged_outputs_are_not_rendered_again(nlp, corpus, tmp_path, monkeypatch):
    from kg.outputs import rdf
    from kg.outputs import viewer as viz
    from kg.pipeline import write_outputs

    out = tmp_path / "out"
    result = build([corpus], nlp=nlp)
    write_outputs(result, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def no_rendering(result, output):
        raise AssertionError("rendered although nothing changed")

    with monkeypatch.context() as patch:
        patch.setattr(rdf, "write_trig_to", no_rendering)
        patch.setattr(viz, "write_html", no_rendering)
        write_outputs(build([corpus], nlp=nlp), out)  # same result: nothing to do
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before

    (out / "graph.html").write_text("edited by hand", encoding="utf-8")  # a touched output is rewritten
    write_outputs(result, out)
    assert (out / "graph.html").read_bytes() == before["graph.html"]

    changed = corpus / "000_b1131adbad64c07b.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nRussia criticised Ukraine on Monday.\n", encoding="utf-8")
    write_outputs(build([corpus], nlp=nlp), out)
    assert b"criticize" in (out / "triples.jsonl").read_bytes()


def test_a_killed_build_leaves_a_usable_cache(corpus, tmp_path):
    """SIGKILL in the middle of parsing; the next build reuses every entry written, parses the rest."""
    import signal
    import subprocess
    import sys
    import time

    for index in range(150):  # enough short documents that the kill lands mid-run
        (corpus / f"extra{index:03}.txt").write_text(f"Russia criticised Ukraine on day {index}.\n", encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-c", "from kg.cli import app; app()", "build", str(corpus), "--out", str(out), "--quiet", "--jobs", "1"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    cache = out / ".cache"
    deadline = time.monotonic() + 120
    while len(list(cache.rglob("*.pkl"))) < 40 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    entries = len(list(cache.rglob("*.pkl")))
    assert 0 < entries < 155, entries
    again = build([corpus], cache_dir=cache)
    assert (again.cached, again.parsed) == (entries, 155 - entries)
    assert triples_jsonl(again) == triples_jsonl(build([corpus], cache_dir=tmp_path / "fresh"))
