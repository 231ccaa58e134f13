"""The overview page of a large build (issue 23): what the page carries and what it leaves to its
evidence files, the files themselves, replacing page and files together, and ``kg view``'s JSON
answers. The browser side is in test_browser.py."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

from kg.outputs import evidence as evidence_files
from kg.outputs import overview
from kg.outputs.evidence import EvidenceIndex, read_shard, unpack
from kg.outputs.viewer import CSP_FILES, _statement_key, write_viewer
from kg.serve.viewer import serve_viewer
from kg.types import BuildResult

HOSTILE = "They met </script><script>alert(1)</script> and \u2028 <!-- here -->."
DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


def _synthetic(actors: int = 60, statements: int = 900) -> BuildResult:
    """bench/viewer.py's generator at a small size (bench/ is no package), plus a hostile sentence."""
    path = Path(__file__).resolve().parent.parent / "bench" / "viewer.py"
    spec = importlib.util.spec_from_file_location("kg_bench_viewer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.synthetic_corpus(actors, statements, seed=5)
    result.statements[3] = replace(result.statements[3], sentence=HOSTILE)
    return result


@pytest.fixture(scope="module")
def corpus() -> BuildResult:
    return _synthetic()


def _data(page: Path) -> dict[str, Any]:
    match = DATA.search(page.read_text(encoding="utf-8"))
    assert match is not None
    return json.loads(match.group(1))


def _ordered(result: BuildResult) -> list[Any]:
    return sorted(result.statements, key=_statement_key)


def test_the_page_carries_facets_and_no_evidence(corpus: BuildResult, tmp_path: Path) -> None:
    page = tmp_path / "graph.html"
    assert write_viewer(corpus, page, embed_limit=0) == "files"
    text = page.read_text(encoding="utf-8")
    assert f'content="{CSP_FILES}"' in text
    assert "alert(1)" not in text and all(st.sentence not in text for st in corpus.statements[:50])
    data = _data(page)
    assert data["format"] == "overview" and data["view"]["evidence"] == "files"
    assert data["statements"]["count"] == len(corpus.statements)

    actors = [data["actors"]["prefix"] + suffix for suffix in data["actors"]["ids"]]
    pagerank = data["actors"]["pagerank"]
    assert pagerank == sorted(pagerank, reverse=True)  # actors in order of importance
    columns = {name: unpack(data["statements"][name]) for name in ("from", "to", "kind", "doc", "date", "event")}
    docs, kinds, dates = data["documents"]["ids"], data["kinds"], data["dates"]
    sites, site = data["documents"]["sites"], unpack(data["documents"]["site"])
    urls = {doc.id: doc.url for doc in corpus.documents}
    reports = Counter(st.event_id for st in corpus.statements)
    numbers: dict[str, int] = {}
    for i, st in enumerate(_ordered(corpus)):
        assert (actors[columns["from"][i]], actors[columns["to"][i]]) == (st.subject.actor.id, st.object.actor.id)
        relation = st.relation
        assert kinds[columns["kind"][i]] == [relation.lemma, relation.event, relation.quad, relation.cameo, st.negated, st.modality]
        d = columns["doc"][i]
        assert docs[d] == st.doc and sites[site[d] - 1] + data["documents"]["paths"][d] == urls[st.doc]
        assert dates[columns["date"][i]] == [st.date, st.date_precision]
        number = columns["event"][i]
        assert (number > 0) == (reports[st.event_id] > 1)  # 0: an event of one report
        if number:
            assert numbers.setdefault(st.event_id, number) == number
    assert len(set(numbers.values())) == len(numbers)  # one number per event
    assert data["events"] == []  # the page infers every event's sources and date from its reports


def test_every_statement_is_in_the_files_of_both_its_actors(corpus: BuildResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(overview, "CHUNK", 25)  # the hubs get files of their own, 25 statements each
    monkeypatch.setattr(overview, "SHARD_BYTES", 8000)
    page = tmp_path / "graph.html"
    write_viewer(corpus, page, embed_limit=0)
    index = EvidenceIndex.load(page)
    files = sorted(index.folder.glob("evidence-*.js"))
    assert index.folder == tmp_path / "graph.data" / index.build
    assert [p.name for p in files] == [evidence_files.shard_name(k) for k in range(len(files))]
    payloads = [read_shard(p) for p in files]
    assert all(p["build"] == index.build and p["shard"] == k for k, p in enumerate(payloads))
    rows = [{row[0]: row for row in p["rows"]} for p in payloads]
    ordered = _ordered(corpus)
    chunked = 0
    for actor, listing in index.by_actor.items():
        chunked += len(listing) > 25
        for position, i in enumerate(listing):
            st = ordered[i]
            expected = index.shard_of[actor] + (position // 25 if len(listing) > 25 else 0)
            assert index.file_of(actor, i) == expected
            assert rows[expected][i] == [i, st.id, st.relation.text, st.sentence, st.confidence]
    assert chunked >= 2
    assert sum(len(r) for r in rows) < 2 * len(ordered)  # once per actor's file, no more
    hostile = next(p for p in files if "alert(1)" in p.read_text(encoding="utf-8")).read_text(encoding="utf-8")
    assert "</script>" not in hostile and "<!--" not in hostile and "\u2028" not in hostile
    assert any(row[3] == HOSTILE for r in rows for row in r.values())


def test_page_and_evidence_are_replaced_together(corpus: BuildResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page, folder = tmp_path / "graph.html", tmp_path / "graph.data"
    write_viewer(corpus, page, embed_limit=0)
    first = _data(page)["evidence"]["build"]
    assert [p.name for p in folder.iterdir()] == [first]

    other = _synthetic(actors=40, statements=500)
    writes = 0
    real_write = evidence_files.EvidenceFolder.write

    def failing(self: Any, name: str, text: str) -> int:
        nonlocal writes
        writes += 1
        if writes == 2:
            raise OSError("disk full")
        return real_write(self, name, text)

    monkeypatch.setattr(evidence_files.EvidenceFolder, "write", failing)
    monkeypatch.setattr(overview, "SHARD_BYTES", 8000)  # several files: the second one fails
    before = page.read_bytes()
    with pytest.raises(OSError, match="disk full"):
        write_viewer(other, page, embed_limit=0)
    assert page.read_bytes() == before and [p.name for p in folder.iterdir()] == [first]  # no staging left
    assert not list(tmp_path.glob(".graph.html.*"))
    monkeypatch.undo()

    write_viewer(other, page, embed_limit=0)
    second = _data(page)["evidence"]["build"]
    assert second != first and [p.name for p in folder.iterdir()] == [second]  # the stale build's files went
    assert write_viewer(other, page) == "embedded"  # small enough to embed: no folder at all
    assert not folder.exists()


def test_a_build_writes_the_evidence_with_the_page(corpus: BuildResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import pipeline
    from kg.outputs import viewer

    monkeypatch.setattr(viewer, "EMBED_LIMIT", 100)
    out = tmp_path / "out"
    written = pipeline.write_outputs(corpus, out)
    manifest = json.loads((out / pipeline.OUTPUTS_MANIFEST).read_text(encoding="utf-8"))
    build = _data(out / "graph.html")["evidence"]["build"]
    assert manifest["evidence"] == {"dir": f"graph.data/{build}", "files": len(list((out / "graph.data" / build).iterdir()))}
    assert out / "graph.data" / build in written
    assert pipeline._up_to_date(out, pipeline._fingerprint(corpus))
    next(iter((out / "graph.data" / build).iterdir())).unlink()  # a file gone: the outputs are written again
    assert not pipeline._up_to_date(out, pipeline._fingerprint(corpus))
    (out / "graph.data" / ".tmp-killed").mkdir()  # a killed build's staging folder
    pipeline.write_outputs(corpus, out)
    assert sorted(p.name for p in (out / "graph.data").iterdir()) == [build]
    assert len(list((out / "graph.data" / build).iterdir())) == manifest["evidence"]["files"]


def test_kg_view_answers_evidence_as_json(corpus: BuildResult, tmp_path: Path) -> None:
    write_viewer(corpus, tmp_path / "graph.html", embed_limit=0)
    (tmp_path / "small").mkdir()
    write_viewer(corpus, tmp_path / "small" / "graph.html")  # embeds its evidence
    index = EvidenceIndex.load(tmp_path / "graph.html")
    ordered = _ordered(corpus)
    hub = max(index.by_actor, key=lambda a: len(index.by_actor[a]))
    server = serve_viewer(tmp_path, port=0)
    api = f"http://127.0.0.1:{server.server_address[1]}/graph.data/api/evidence"
    try:
        def ask(**params: Any) -> httpx.Response:
            return httpx.get(api, params={"build": index.build, **params}, timeout=30)

        answer = ask(actor=hub, offset=5, limit=10)
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
        body = answer.json()
        assert body["total"] == len(index.by_actor[hub])
        assert [row[0] for row in body["rows"]] == index.by_actor[hub][5:15]
        assert all(row[1:4] == [ordered[row[0]].id, ordered[row[0]].relation.text, ordered[row[0]].sentence] for row in body["rows"])
        assert ask(actor=index.actor_ids[hub], limit=10).json()["rows"] == ask(actor=hub, limit=10).json()["rows"]  # by IRI

        subject, obj = index.subjects[0], index.objects[0]
        pair = ask(**{"from": subject, "to": obj}).json()
        assert [row[0] for row in pair["rows"]] == [i for i, st in enumerate(ordered)
                                                    if (index.subjects[i], index.objects[i]) == (subject, obj)]  # fmt: skip
        event = max(index.by_event, key=lambda e: len(index.by_event[e]))
        rows = ask(event=event).json()["rows"]
        assert len(rows) > 1 and len({ordered[row[0]].event_id for row in rows}) == 1
        assert len(rows) == sum(1 for st in ordered if st.event_id == ordered[rows[0][0]].event_id)

        assert httpx.get(api, params={"build": "another", "actor": 0}).status_code == 409
        assert ask(actor="https://example.org/nobody").status_code == 404
        assert ask().status_code == 400 and "error" in ask().json()
        small = httpx.get(api.replace("/graph.data/", "/small/graph.data/"), params={"build": index.build, "actor": 0})
        assert small.status_code == 404 and "carries its evidence itself" in small.json()["error"]
        base = api.rsplit("/graph.data/", 1)[0]
        assert httpx.get(f"{base}/graph.html").status_code == 200  # the files are served as before
        assert httpx.get(f"{base}/graph.data/{index.build}/evidence-0000.js").text.startswith("kgEvidence(")
    finally:
        server.shutdown()
        server.server_close()
