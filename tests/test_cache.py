"""Incremental builds: unchanged documents are not parsed again; damaged entries are rebuilt."""

from __future__ import annotations

import shutil

import pytest

from kg.ingest import bundled_corpus
from kg.pipeline import build, triples_jsonl

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
    assert any(s.doc == changed.stem and s.relation.lemma == "criticise" for s in again.statements)


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
