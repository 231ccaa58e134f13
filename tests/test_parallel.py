"""Streaming, parallel and incremental builds: the same bytes whichever way a build runs."""

from __future__ import annotations

import shutil
import sys

import pytest
from typer.testing import CliRunner

import kg.nlp.parallel
import kg.pipeline
from kg.cli import app
from kg.ingest.readers import bundled_corpus
from kg.nlp.model import pipeline_id, pipeline_id_of
from kg.outputs.jsonl import triples_jsonl
from kg.pipeline import build, write_outputs

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A copy of the sample corpus (document sources are paths, and graph.trig names them)."""
    folder = tmp_path_factory.mktemp("input") / "corpus"
    shutil.copytree(bundled_corpus(), folder)
    return folder


def _outputs(result, folder):
    write_outputs(result, folder)
    return {name: (folder / name).read_bytes() for name in ("triples.jsonl", "graph.trig")}


@pytest.fixture(scope="module")
def reference(nlp, corpus, tmp_path_factory):
    """The corpus built in this process, in one batch: every other way must give these bytes."""
    return _outputs(build([corpus], nlp=nlp, jobs=1), tmp_path_factory.mktemp("reference"))


@pytest.fixture()
def pool_calls(monkeypatch):
    calls = []
    original = kg.nlp.parallel._pool_map

    def spy(tasks, nlp, jobs, batch_size):
        calls.append(jobs)
        return original(tasks, nlp, jobs, batch_size)

    monkeypatch.setattr(kg.nlp.parallel, "_pool_map", spy)
    return calls


def test_the_cache_key_is_known_without_loading_the_model(nlp):
    assert pipeline_id_of(None) == pipeline_id(nlp)
    assert pipeline_id_of("no_such_model_xyz") is None


def test_two_worker_processes_give_identical_outputs(nlp, corpus, tmp_path, reference, pool_calls):
    cache = tmp_path / "cache"
    # batches of 2 documents make 3 tasks, enough for the pool to start
    result = build([corpus], nlp=nlp, jobs=2, batch_size=2, cache_dir=cache)
    assert pool_calls == [2]
    assert (result.parsed, result.cached) == (5, 0)
    assert _outputs(result, tmp_path / "out") == reference
    assert len(list(cache.rglob("*.pkl"))) == 5  # the parent wrote every worker's result
    again = build([corpus], nlp=nlp, jobs=2, batch_size=2, cache_dir=cache)
    assert (again.parsed, again.cached) == (0, 5)
    assert pool_calls == [2]  # nothing to parse: no workers started


def test_workers_load_the_model_and_the_parent_never_does(corpus, tmp_path, reference, pool_calls, monkeypatch):
    """No pipeline given: the pool's workers load it by name, the building process never holds it
    (a large build's batch children are forked from the parent and start from its pages)."""

    def no_loading(name=None):
        raise AssertionError("the building process loaded the model although workers parse")

    monkeypatch.setattr(kg.pipeline, "load_pipeline", no_loading)  # the parent's loader, not the workers'
    result = build([corpus], jobs=2, batch_size=2, cache_dir=tmp_path / "cache")
    assert pool_calls == [2]
    assert (result.parsed, result.load_seconds) == (5, 0.0)
    assert _outputs(result, tmp_path / "out") == reference


def test_a_small_run_is_parsed_in_this_process(nlp, corpus, pool_calls):
    result = build([corpus], nlp=nlp, jobs=2)  # 5 documents: one batch
    assert pool_calls == []
    assert result.parsed == 5


def test_a_fully_cached_rebuild_loads_no_model(nlp, corpus, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = build([corpus], nlp=nlp, cache_dir=cache)

    def no_loading(name=None):
        raise AssertionError("the model was loaded although every document was cached")

    monkeypatch.setattr(kg.pipeline, "load_pipeline", no_loading)
    again = build([corpus], cache_dir=cache, jobs=2)
    assert (again.parsed, again.cached, again.load_seconds) == (0, 5, 0.0)
    assert triples_jsonl(again) == triples_jsonl(first)


def test_documents_are_read_lazily(nlp, tmp_path, monkeypatch):
    from kg.types import Document

    read = []

    def documents(paths, fmt="auto"):
        for index in range(200):
            read.append(index)
            yield Document(id=f"d{index:03}", text="Russia criticised Ukraine on Monday.", source=f"d{index}")

    seen_when_first_done = []

    def on_document(item, words):
        if not seen_when_first_done:
            seen_when_first_done.append(len(read))

    monkeypatch.setattr("kg.ingest.readers.iter_documents", documents)
    result = build([tmp_path], nlp=nlp, on_document=on_document, batch_size=16)
    assert len(result.documents) == 200 and result.parsed == 200
    assert seen_when_first_done == [16]  # the first batch was done before the second was read


def test_dask_local_cluster_gives_identical_outputs(corpus, tmp_path, reference):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        result = build([corpus], jobs=2, dask=cluster.scheduler_address, batch_size=1)
        loads = client.run(kg.nlp.parallel._dask_load_count)
    assert result.parsed == 5
    assert _outputs(result, tmp_path / "out") == reference
    assert sorted(loads.values()) in ([1, 1], [0, 1])  # each worker loaded the pipeline at most once


def test_cli_jobs_option_and_a_clear_error_without_dask(corpus, tmp_path, monkeypatch, reference):
    runner = CliRunner()
    out = tmp_path / "out"
    done = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--jobs", "2", "--quiet"])
    assert done.exit_code == 0, done.output
    assert (out / "triples.jsonl").read_bytes() == reference["triples.jsonl"]

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask were not installed
    failed = runner.invoke(app, ["build", str(corpus), "--out", str(tmp_path / "o2"), "--dask", "local", "--no-cache"])
    assert failed.exit_code == 2
    assert "pip install 'kg[cluster]'" in failed.output
