"""``kg watch``: polls a feed and a page on a loopback site, builds what is new, keeps the outputs
and the store current, remembers what it read across restarts; Ctrl-C leaves complete outputs.

The library tests share the session's pipeline; one test runs the real ``kg watch`` command."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.ingest.web import FetchOptions
from kg.watch import Watcher
from test_web import CALL, SUMMONS, TALKS
from website import Route, Site, article, rss, serve

pytestmark = pytest.mark.slow

KG = str(Path(sys.executable).parent / "kg") if (Path(sys.executable).parent / "kg").exists() else shutil.which("kg")
STATEMENTS = "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/newskg/ontology#Statement> } }"
GRAPHS = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture
def site():
    site = Site()
    server, _ = serve(site)
    site.routes.update(
        {
            "/robots.txt": Route(b"User-agent: *\nDisallow:\n", "text/plain"),
            "/talks.html": Route(article("Wang Yi meets Takeshi Iwaya", "2025-11-25", TALKS)),
            "/summons.html": Route(article("Japan summons Chinese envoy", None, SUMMONS)),
            "/call.html": Route(article("Trump and Xi speak by phone", "2025-11-24", CALL)),
            "/feed.xml": Route(rss([("Wang Yi meets Takeshi Iwaya", "/talks.html", "Tue, 25 Nov 2025 08:00:00 GMT")]), "application/rss+xml"),
        }
    )  # fmt: skip
    yield site
    server.shutdown()
    server.server_close()


def _rows(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]


def _count(out: Path, query: str) -> int:
    store = ox.Store.read_only(str(out / "store"))
    return int(next(iter(store.query(query)))["n"].value)


def test_each_cycle_builds_what_is_new_and_keeps_outputs_and_store_current(site, nlp, tmp_path):
    out = tmp_path / "out"
    urls = [site.url("/feed.xml"), site.url("/call.html")]
    watcher = Watcher(urls, out, nlp=nlp, fetch=FetchOptions(delay=0.0))

    first = watcher.cycle()
    assert (first.new, first.changed, first.skipped, first.wrote) == (2, 0, [], True)
    docs = {row["doc"] for row in _rows(out)}
    assert len(docs) == 2 and first.documents == 2
    assert first.statements == len(_rows(out)) == _count(out, STATEMENTS) > 0
    assert first.events == len({row["event_id"] for row in _rows(out)})

    # the feed lists a second article: only it is read and parsed
    site.routes["/feed.xml"] = Route(
        rss([("Japan summons Chinese envoy", "/summons.html", "Wed, 26 Nov 2025 08:00:00 GMT"),
             ("Wang Yi meets Takeshi Iwaya", "/talks.html", "Tue, 25 Nov 2025 08:00:00 GMT")]),
        "application/rss+xml",
    )  # fmt: skip
    site.log.clear()
    second = watcher.cycle()
    assert (second.new, second.changed, second.wrote) == (1, 0, True)
    assert [r.path for r in site.log if not r.conditional] == ["/summons.html"]  # the rest: conditional requests
    assert second.parsed == 1  # an update: only the new article is parsed and added
    rows = _rows(out)
    assert len({row["doc"] for row in rows}) == 3 and _count(out, GRAPHS) == 3
    summons = next(d.id for d in watcher.documents() if d.source == site.url("/summons.html"))
    assert second.new_statements == sum(row["doc"] == summons for row in rows) > 0
    assert second.statements == len(rows) == _count(out, STATEMENTS)
    assert any(row["relation"]["lemma"] == "summon" and row["subject"]["label"] == "Japan" for row in rows)

    # nothing new: nothing is fetched in full, nothing written
    before = (out / "triples.jsonl").read_bytes()
    site.log.clear()
    third = watcher.cycle()
    assert (third.new, third.changed, third.wrote) == (0, 0, False)
    assert {r.path for r in site.log} == {"/robots.txt", "/feed.xml", "/call.html"} and all(r.conditional for r in site.log)
    assert (out / "triples.jsonl").read_bytes() == before and third.statements == second.statements

    # the watched page changes: the document is replaced, not added
    site.routes["/call.html"] = Route(article("Trump and Xi speak by phone", "2025-11-24", [*CALL, "Xi later met Prime Minister Sanae Takaichi in Beijing."]))
    fourth = watcher.cycle()
    assert (fourth.new, fourth.changed, fourth.wrote) == (0, 1, True)
    rows = _rows(out)
    assert len({row["doc"] for row in rows}) == 3
    assert any(row["sentence"] == "Xi later met Prime Minister Sanae Takaichi in Beijing." for row in rows)
    assert fourth.line().startswith("cycle 4 ") and "0 new, 1 changed articles" in fourth.line()

    # a new watcher on the same folder (a restart) goes on where the last one stopped
    again = Watcher(urls, out, nlp=nlp, fetch=FetchOptions(delay=0.0))
    assert [d.id for d in again.documents()] == [d.id for d in watcher.documents()]
    fifth = again.cycle()
    assert (fifth.new, fifth.changed, fifth.wrote) == (0, 0, False) and fifth.statements == len(rows)


def test_an_article_that_leaves_the_feed_stays_in_the_graph(site, nlp, tmp_path):
    out = tmp_path / "out"
    watcher = Watcher([site.url("/feed.xml")], out, nlp=nlp, fetch=FetchOptions(delay=0.0))
    watcher.cycle()
    site.routes["/feed.xml"] = Route(rss([("Japan summons Chinese envoy", "/summons.html", "Wed, 26 Nov 2025 08:00:00 GMT")]), "application/rss+xml")
    cycle = watcher.cycle()
    assert (cycle.new, cycle.documents) == (1, 2)
    assert [d.source for d in watcher.documents()] == [site.url("/talks.html"), site.url("/summons.html")]


def test_a_failing_url_is_named_and_the_others_are_watched(site, nlp, tmp_path):
    watcher = Watcher([site.url("/gone.xml"), site.url("/feed.xml")], tmp_path / "out", nlp=nlp, fetch=FetchOptions(delay=0.0))
    cycle = watcher.cycle()
    assert [(s.source, s.reason) for s in cycle.skipped] == [(site.url("/gone.xml"), "HTTP 404 Not Found (check the URL)")]
    assert (cycle.new, cycle.wrote) == (1, True) and "1 skipped" in cycle.line()


def test_ctrl_c_during_a_poll_finishes_its_outputs_then_stops(site, tmp_path):
    out = tmp_path / "out"
    site.routes["/call.html"] = Route(article("Trump and Xi speak by phone", "2025-11-24", CALL), delay=1.5)  # keeps the poll busy
    process = subprocess.Popen(
        [KG, "watch", site.url("/feed.xml"), site.url("/call.html"), "--every", "1h", "--delay", "0", "--out", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not site.requests_to("/call.html"):  # the poll is under way
            assert process.poll() is None and time.monotonic() < deadline, process.stderr.read()
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=300)
    finally:
        process.kill()
    assert process.returncode == 0, stderr
    assert "stopping once this poll's outputs are written" in stderr and "stopped after 1 poll(s)" in stderr
    assert stdout.startswith("cycle 1 ") and "2 new, 0 changed articles" in stdout
    rows = _rows(out)
    assert len({row["doc"] for row in rows}) == 2
    assert len(rows) == _count(out, STATEMENTS) > 0
    assert not list(out.glob(".*.tmp"))  # no temp file left behind
