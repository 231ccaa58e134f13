"""The viewer in a real browser: Debian's Chromium, driven by playwright over file://.

Never ``playwright install``: the tests launch the system Chromium (``apt-get install chromium``)
through ``executable_path``. Without one they skip and say why; with one they run.

Run ``python tests/test_browser.py OUTPUT.png`` to retake docs/viewer.png the same way.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.types import Actor, Argument, BuildResult, Document, Relation, Statement
from kg.outputs.viewer import LARGE_GRAPH, render_html, write_viewer
from kg.serve.viewer import serve_viewer

pytestmark = pytest.mark.browser

BASE = "https://w3id.org/newskg/actor/"
XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = "They met </script><script>alert(2)</script><b onmouseover=alert(3)>here</b>."
XI = "https://w3id.org/newskg/actor/Xi_Jinping"


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


# ---------------------------------------------------------------------------- browser plumbing


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium on PATH: apt-get install chromium (see README, Browser tests)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]' installs playwright")
    with sync_api.sync_playwright() as playwright:
        # --no-sandbox: CI runs as root, where Chromium refuses its sandbox
        launched = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        launched.close()


class Viewer:
    """One loaded page, with everything it logged, requested or tried to pop up."""

    def __init__(self, browser: Any, path: Path | str, width: int = 1400, height: int = 900) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda message: self.console.append((message.type, message.text)))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", self._dialog)
        started = time.perf_counter()
        self.page.goto(path if isinstance(path, str) else path.resolve().as_uri())  # a file, or a served URL
        self.until("window.kgViewer !== undefined && window.kgViewer.readyAt !== null")
        self.wall_seconds = time.perf_counter() - started
        self.ready_ms = self.js("kgViewer.readyAt")  # performance.now(): since navigation start

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def until(self, expression: str, timeout: float = 60.0) -> None:
        """Poll from outside: the page's CSP forbids the eval that wait_for_function needs."""
        deadline = time.monotonic() + timeout
        while not self.js(f"Boolean({expression})"):
            if time.monotonic() > deadline:
                raise AssertionError(f"page never reached: {expression}")
            time.sleep(0.05)

    def shown(self) -> dict[str, int]:
        return self.js("kgViewer.shown()")

    def visible_edges(self) -> list[dict[str, Any]]:
        return self.js("kgViewer.edges.get().map(e => ({id: e.id, from: e.from, to: e.to, count: e.kg_count}))")

    def visible_nodes(self) -> list[str]:
        return self.js("kgViewer.network.body.data.nodes.getIds()")

    def panel_statements(self) -> list[str]:
        """The statements the side panel lists, once their evidence is in (at once when the page has it)."""
        self.until("!document.getElementById('kg-panel-list').hasAttribute('aria-busy')", 30)
        return self.js("Array.from(document.querySelectorAll('#kg-panel-list li')).map(li => li.dataset.statement)")

    def close(self) -> None:
        self.page.close()


@pytest.fixture(scope="module")
def sample(corpus_build: tuple[BuildResult, Path], browser: Any) -> Iterator[tuple[Viewer, list[dict[str, Any]]]]:
    """The real build of the bundled corpus, loaded from file://, and its triples.jsonl."""
    _, out = corpus_build
    triples = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    viewer = Viewer(browser, out / "graph.html")
    yield viewer, triples
    viewer.close()


def _reset(viewer: Viewer) -> None:
    viewer.js("document.getElementById('kg-panel-close').click()")  # nothing selected
    viewer.page.click("#kg-f-reset")
    viewer.js("document.getElementById('kg-search').value = ''")


# ---------------------------------------------------------------------------- the sample corpus


def test_sample_loads_offline_with_no_console_errors(sample: tuple[Viewer, list[dict[str, Any]]]) -> None:
    viewer, triples = sample
    assert viewer.errors == []
    assert [entry for entry in viewer.console if entry[0] in ("error", "warning")] == []
    assert viewer.requests and all(url.startswith("file://") for url in viewer.requests), viewer.requests
    actors = {t["subject"]["id"] for t in triples} | {t["object"]["id"] for t in triples}
    assert viewer.shown()["nodes"] == len(actors)
    assert viewer.shown()["statements"] == len(triples)
    assert viewer.page.text_content("#kg-shown") == (
        f"Showing {len(actors)} of {len(actors)} actors · {viewer.shown()['edges']} edges"
        f" · {len(triples)} of {len(triples)} statements"
    )
    assert viewer.js("document.getElementById('kg-notice').hidden") is True  # not a large graph
    assert viewer.page.text_content("#kg-physics") == "Physics: off"  # stabilised, then stopped
    print(f"\nsample corpus: interactive {viewer.ready_ms:.0f} ms after navigation start (wall {viewer.wall_seconds:.2f} s)")


def test_every_statement_is_reachable(sample: tuple[Viewer, list[dict[str, Any]]]) -> None:
    """Reports of one event are merged into one "×N" edge (one per actor pair on request), never dropped."""
    viewer, triples = sample
    _reset(viewer)
    edges = viewer.visible_edges()
    events = Counter(t["event_id"] for t in triples)
    assert len(edges) == len(events)
    assert sum(edge["count"] for edge in edges) == len(triples)
    assert sorted(e["count"] for e in edges) == sorted(events.values())
    top_event, top_count = events.most_common(1)[0]
    labels = viewer.js("kgViewer.edges.get().map(e => e.kg_label)")  # drawn only when zoomed in or selected
    assert top_count > 1 and sum(1 for label in labels if label.endswith(f" ×{top_count}")) >= 1

    viewer.js("kgViewer.expandAll()")
    expanded = viewer.visible_edges()
    assert len(expanded) == len(triples) and all(edge["count"] == 1 for edge in expanded)
    statement_ids = viewer.js("kgViewer.edges.get().map(e => kgViewer.data.edges.find(s => s.id === e.id).kg_statement)")
    assert Counter(statement_ids) == Counter(t["id"] for t in triples)

    listed: set[str] = set()
    for node in viewer.js("kgViewer.data.nodes.map(n => n.id)"):
        viewer.js(f"kgViewer.showNode({json.dumps(node)})")
        listed.update(viewer.panel_statements())
    assert len(listed) == len(triples)
    _reset(viewer)
    assert len(viewer.visible_edges()) == len(events)

    # one edge per actor pair, and one per statement, on request
    pairs = Counter((t["subject"]["id"], t["object"]["id"]) for t in triples)
    viewer.page.select_option("#kg-f-merge", "pair")
    assert {(e["from"], e["to"]): e["count"] for e in viewer.visible_edges()} == dict(pairs)
    viewer.page.select_option("#kg-f-merge", "statement")
    assert len(viewer.visible_edges()) == len(triples)
    _reset(viewer)


def test_an_event_reported_by_two_outlets_is_one_wider_edge(sample: tuple[Viewer, list[dict[str, Any]]]) -> None:
    """The Xi-Trump call: four reports in two articles ("told" twice, "phone call", "spoke by
    phone"), one edge, width by sources, every report listed."""
    viewer, triples = sample
    _reset(viewer)
    told = [t for t in triples if (t["subject"]["id"], t["relation"]["lemma"], t["object"]["label"]) == (XI, "tell", "Donald Trump")]
    event_id = told[0]["event_id"]
    reports = [t for t in triples if t["event_id"] == event_id]
    assert len(reports) == 4 and len({t["doc"] for t in reports}) == 2
    edge = viewer.js(f"kgViewer.edges.get('event\\u0000' + {json.dumps(event_id)})")
    assert edge["kg_count"] == 4 and edge["kg_label"].endswith(" ×4")
    single_widths = viewer.js("kgViewer.edges.get().filter(e => e.kg_count === 1).map(e => e.width)")
    assert edge["width"] > max(single_widths)
    assert "one event, 4 reports from 2 sources" in edge["title"]
    for report in reports:  # every report, with its outlet (the document, as these have no URL)
        assert f"• {report['doc']}: “{report['sentence']}”" in edge["title"]
    viewer.js(f"kgViewer.network.body.emitter.emit('click', {{nodes: [], edges: [{json.dumps(edge['id'])}]}})")
    assert sorted(viewer.panel_statements()) == sorted(t["id"] for t in reports)
    assert viewer.page.text_content("#kg-panel-meta") == "one event · 4 reports · 2 sources"
    viewer.page.click("#kg-panel-close")
    _reset(viewer)


def test_date_range_filter(sample: tuple[Viewer, list[dict[str, Any]]]) -> None:
    viewer, triples = sample
    _reset(viewer)
    dated = [t for t in triples if t["date"]]
    assert dated and {t["date"] for t in dated} == {"2022-02"}  # the sample's only dated sentences
    viewer.page.fill("#kg-f-from", "2022-02-15")  # inside the month: a month-precise date overlaps
    viewer.page.fill("#kg-f-to", "2022-03-31")
    viewer.page.uncheck("#kg-f-undated")
    assert viewer.shown()["statements"] == len(dated)
    viewer.page.check("#kg-f-undated")
    assert viewer.shown()["statements"] == len(triples)
    viewer.page.uncheck("#kg-f-undated")
    viewer.page.fill("#kg-f-from", "2022-03-01")  # after February 2022: nothing left
    assert viewer.shown()["statements"] == 0
    _reset(viewer)
    assert viewer.shown()["statements"] == len(triples)


def test_clicking_a_merged_edge_expands_it(sample: tuple[Viewer, list[dict[str, Any]]]) -> None:
    viewer, triples = sample
    _reset(viewer)
    viewer.page.select_option("#kg-f-merge", "pair")
    (source, target), n = Counter((t["subject"]["id"], t["object"]["id"]) for t in triples).most_common(1)[0]
    merged = [e for e in viewer.visible_edges() if (e["from"], e["to"]) == (source, target)]
    assert len(merged) == 1 and merged[0]["count"] == n > 1
    # the event vis-network emits for a click on that edge
    viewer.js(f"kgViewer.network.body.emitter.emit('click', {{nodes: [], edges: [{json.dumps(merged[0]['id'])}]}})")
    pair = [e for e in viewer.visible_edges() if (e["from"], e["to"]) == (source, target)]
    assert len(pair) == n and all(e["count"] == 1 for e in pair)
    assert len(viewer.panel_statements()) == n
    assert viewer.page.text_content("#kg-panel-meta") == f"{n} statements"
    viewer.page.click("#kg-panel-collapse")
    assert [e["count"] for e in viewer.visible_edges() if (e["from"], e["to"]) == (source, target)] == [n]
    assert viewer.js("document.getElementById('kg-panel-collapse').hidden") is True
    _reset(viewer)


def test_search_xi_jinping_selects_and_lists_his_statements(sample: tuple[Viewer, list[dict[str, Any]]]) -> None:
    viewer, triples = sample
    _reset(viewer)
    viewer.page.fill("#kg-search", "Xi Jinping")
    assert viewer.js("kgViewer.network.getSelectedNodes()") == [XI]
    assert viewer.page.text_content("#kg-panel-title") == "Xi Jinping"
    his = [t for t in triples if XI in (t["subject"]["id"], t["object"]["id"])]
    assert len(viewer.panel_statements()) == len(his) > 0
    assert viewer.page.text_content("#kg-panel-meta").startswith(f"Person · {len(his)} statements")
    sentences = viewer.js("Array.from(document.querySelectorAll('#kg-panel-list blockquote')).map(q => q.textContent)")
    assert sorted(sentences) == sorted(t["sentence"] for t in his)
    # completion offers names and aliases; an alias finds the actor too
    options = viewer.js("Array.from(document.querySelectorAll('#kg-actors option')).map(o => o.value)")
    assert "Xi Jinping" in options and "Xi" in options
    viewer.page.click("#kg-panel-close")
    viewer.page.fill("#kg-search", "Xi")
    assert viewer.js("kgViewer.network.getSelectedNodes()") == [XI]


def test_filters_hide_the_edges_they_should(sample: tuple[Viewer, list[dict[str, Any]]]) -> None:
    viewer, triples = sample
    _reset(viewer)
    lemma, count = Counter(t["relation"]["lemma"] for t in triples).most_common(1)[0]
    viewer.page.select_option("#kg-f-lemma", lemma)
    matched = [t for t in triples if t["relation"]["lemma"] == lemma]
    pairs = Counter((t["subject"]["id"], t["object"]["id"]) for t in matched)
    assert viewer.shown()["statements"] == count
    # one edge per event, as unfiltered (an event may hold several pairs: "urged China and Japan")
    edges = viewer.visible_edges()
    assert sorted(e["count"] for e in edges) == sorted(Counter(t["event_id"] for t in matched).values())
    assert {(e["from"], e["to"]) for e in edges} <= set(pairs)
    assert set(viewer.visible_nodes()) == {actor for pair in pairs for actor in pair}

    # filters combine: the lemma and a quad class together
    quad = "verbal cooperation"
    viewer.page.select_option("#kg-f-event", f"quad:{quad}")
    both = [t for t in triples if t["relation"]["lemma"] == lemma and t["relation"]["quad"] == quad]
    assert viewer.shown()["statements"] == len(both)

    _reset(viewer)
    negated = sum(1 for t in triples if t["negated"])
    modal = sum(1 for t in triples if t["modality"] and not t["negated"])
    viewer.page.uncheck("#kg-f-negated")
    assert viewer.shown()["statements"] == len(triples) - negated
    viewer.page.uncheck("#kg-f-modal")
    assert viewer.shown()["statements"] == len(triples) - negated - modal

    _reset(viewer)
    degree = Counter(a for t in triples for a in (t["subject"]["id"], t["object"]["id"]))
    viewer.page.fill("#kg-f-degree", "3")
    viewer.page.dispatch_event("#kg-f-degree", "change")
    kept = {actor for actor, d in degree.items() if d >= 3}
    assert set(viewer.visible_nodes()) == kept
    between = [t for t in triples if t["subject"]["id"] in kept and t["object"]["id"] in kept]
    assert viewer.shown()["statements"] == len(between)
    assert all(e["from"] in kept and e["to"] in kept for e in viewer.visible_edges())

    _reset(viewer)
    document = triples[0]["doc"]
    viewer.page.select_option("#kg-f-doc", document)
    assert viewer.shown()["statements"] == sum(1 for t in triples if t["doc"] == document)
    _reset(viewer)
    assert viewer.shown()["statements"] == len(triples)


def test_colour_and_size_modes_and_legend(sample: tuple[Viewer, list[dict[str, Any]]]) -> None:
    viewer, _ = sample
    _reset(viewer)
    colour = f"kgViewer.nodes.get({json.dumps(XI)}).color"
    assert viewer.js(colour) == "#4e79a7"  # Person
    viewer.page.select_option("#kg-colour", "community")
    community = viewer.js(f"kgViewer.data.nodes.find(n => n.id === {json.dumps(XI)}).kg_community_colour")
    assert viewer.js(colour) == community
    assert viewer.js("document.getElementById('kg-legend-type').hidden") is True
    items = viewer.js("Array.from(document.querySelectorAll('#kg-legend-community li')).map(li => li.textContent)")
    assert items[0] == "Communities (Louvain):" and items[-1] == "smaller communities"
    size = f"kgViewer.nodes.get({json.dumps(XI)}).size"
    assert viewer.js(size) == viewer.js(f"kgViewer.data.nodes.find(n => n.id === {json.dumps(XI)}).kg_size_pagerank")
    viewer.page.select_option("#kg-size", "degree")
    assert viewer.page.text_content("#kg-legend-size").startswith("Size: degree")
    assert viewer.js(size) == viewer.js(f"kgViewer.data.nodes.find(n => n.id === {json.dumps(XI)}).size")
    viewer.page.select_option("#kg-size", "pagerank")
    viewer.page.select_option("#kg-colour", "type")


# ---------------------------------------------------------------------------- hostile input


def _hostile_result() -> BuildResult:
    hostile = Actor(BASE + "hostile", XSS_LABEL, "Person", aliases=("<svg onload=alert(4)>",))
    russia = Actor(BASE + "Russia", "Russia", "Country")

    def statement(sid: str, subject: Actor, obj: Actor, negated: bool = False) -> Statement:
        return Statement(sid, "d1", XSS_SENTENCE, 0, len(XSS_SENTENCE), Argument(subject, subject.label),
                         Relation("meet", "met <i>"), Argument(obj, obj.label), negated=negated)  # fmt: skip

    return BuildResult(
        documents=[Document("d1", XSS_SENTENCE, "d1.txt", title="<script>alert(5)</script>", url="javascript:alert(6)")],
        statements=[statement("h1", hostile, russia), statement("h2", russia, hostile, negated=True)],
        actors={hostile.id: hostile, russia.id: russia},
    )


def test_hostile_actor_shows_as_text_and_runs_nothing(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    path.write_text(render_html(_hostile_result()), encoding="utf-8")
    viewer = Viewer(browser, path)
    try:
        # hover the node: vis-network's tooltip shows the title as text (innerText)
        position = viewer.js(f"kgViewer.network.canvasToDOM(kgViewer.network.getPosition({json.dumps(BASE + 'hostile')}))")
        box = viewer.page.locator("#kg-graph").bounding_box()
        x, y = box["x"] + position["x"], box["y"] + position["y"]
        viewer.page.mouse.move(x - 5, y - 5)
        viewer.page.mouse.move(x, y, steps=3)
        viewer.until("document.querySelector('div.vis-tooltip') && document.querySelector('div.vis-tooltip').textContent", 10)
        assert viewer.js("document.querySelector('div.vis-tooltip').textContent").startswith(XSS_LABEL + "Person")
        viewer.page.fill("#kg-search", XSS_LABEL)
        assert viewer.js("kgViewer.network.getSelectedNodes()") == [BASE + "hostile"]
        assert viewer.page.text_content("#kg-panel-title") == XSS_LABEL
        assert viewer.js("document.querySelector('#kg-panel-list blockquote').textContent") == XSS_SENTENCE
        assert viewer.page.text_content("#kg-panel-list .st-doc") == "<script>alert(5)</script> (d1)"
        assert viewer.js("document.querySelectorAll('#kg-panel a').length") == 0  # javascript: is no link
        viewer.page.fill("#kg-search", "<svg onload=alert(4)>")  # by alias
        assert viewer.js("kgViewer.network.getSelectedNodes()") == [BASE + "hostile"]
        options = viewer.js("Array.from(document.querySelectorAll('#kg-actors option')).map(o => o.value)")
        assert XSS_LABEL in options
        assert viewer.js("document.querySelectorAll('img, svg, i, b, iframe').length") == 0
        assert viewer.js("document.scripts.length") == 3  # data block, vis-network, the viewer
        assert viewer.dialogs == [] and viewer.errors == []
    finally:
        viewer.close()


def test_negated_statements_say_not_once(browser: Any, tmp_path: Path) -> None:
    """#20 item 9: the side panel said "not not meet with": the relation text already has the "not"."""
    li = Actor(BASE + "Li_Qiang", "Li Qiang", "Person")
    takaichi = Actor(BASE + "Sanae_Takaichi", "Sanae Takaichi", "Person")
    sentence = "Li Qiang will not meet with Sanae Takaichi."

    def statement(sid: str, text: str, negated: bool) -> Statement:
        return Statement(sid, "d1", sentence, 0, len(sentence), Argument(li, "Li Qiang"), Relation("meet", text),
                         Argument(takaichi, "Sanae Takaichi"), negated=negated)  # fmt: skip

    result = BuildResult(
        documents=[Document("d1", sentence, "d1.txt")],
        statements=[statement("n1", "not meet with", True), statement("n2", "never met", True),
                    statement("n3", "met", True), statement("p1", "met", False)],
        actors={li.id: li, takaichi.id: takaichi},
    )
    path = tmp_path / "graph.html"
    path.write_text(render_html(result), encoding="utf-8")
    viewer = Viewer(browser, path)
    try:
        viewer.page.fill("#kg-search", "Li Qiang")
        shown = viewer.js("Object.fromEntries(Array.from(document.querySelectorAll('#kg-panel-list li'))"
                          ".map(li => [li.dataset.statement, li.querySelector('.st-rel').textContent]))")
        assert shown == {
            "n1": "Li Qiang — not meet with → Sanae Takaichi",
            "n2": "Li Qiang — never met → Sanae Takaichi",
            "n3": "Li Qiang — not met → Sanae Takaichi",  # the words do not say it: "not" is added
            "p1": "Li Qiang — met → Sanae Takaichi",
        }
        assert viewer.errors == []
    finally:
        viewer.close()


# ---------------------------------------------------------------------------- a large graph


def synthetic_result(actors: int = 5000, statements: int = 20000, seed: int = 7) -> BuildResult:
    """A news-like graph: a few hubs and a long tail (partners drawn Zipf-like); every actor
    takes part in at least one statement."""
    rng = random.Random(seed)
    people = [Actor(f"{BASE}synthetic/{i:05d}", f"Actor {i}", ("Person", "Country", "Organization")[i % 3])
              for i in range(actors)]  # fmt: skip
    weights = [1.0 / (i + 1) ** 0.9 for i in range(actors)]
    lemmas = ["meet", "accuse", "support", "threaten", "tell", "visit", "criticize", "praise"]
    events = {"meet": "CONSULT", "accuse": "ACCUSE", "support": "SUPPORT", "threaten": "THREATEN"}
    subjects = people + rng.choices(people, weights=weights, k=statements - actors)
    objects = rng.choices(range(actors), weights=weights, k=statements)
    made = []
    for i, (subject, index) in enumerate(zip(subjects, objects)):
        obj = people[index] if people[index] is not subject else people[(index + 1) % actors]
        lemma = lemmas[i % len(lemmas)]
        sentence = f"{subject.label} {lemma}s {obj.label}, sentence {i}."
        made.append(Statement(f"x{i:05d}", f"doc{i % 200:03d}", sentence, 0, len(sentence),
                              Argument(subject, subject.label), Relation(lemma, lemma, events.get(lemma)),
                              Argument(obj, obj.label), negated=i % 17 == 0))  # fmt: skip
    documents = [Document(f"doc{i:03d}", "", f"doc{i:03d}.txt", title=f"Synthetic {i}") for i in range(200)]
    return BuildResult(documents=documents, statements=made, actors={a.id: a for a in people})


def test_large_synthetic_graph_becomes_interactive(browser: Any, tmp_path: Path) -> None:
    """5,000 actors / 20,000 statements in one page (render_html, as the notebook shows it): the page
    loads, says it is in large-graph mode, starts from the most important actors, widens on request
    and answers a search. The time is printed (docs/performance.md), not asserted."""
    result = synthetic_result()
    assert len(result.statements) == 20000
    started = time.perf_counter()
    page = render_html(result)
    render_seconds = time.perf_counter() - started
    path = tmp_path / "graph.html"
    path.write_text(page, encoding="utf-8")
    viewer = Viewer(browser, path)
    try:
        data = viewer.js("({top: kgViewer.data.view.top, n: kgViewer.data.nodes.length})")
        assert data["n"] == 5000 > LARGE_GRAPH
        rank = viewer.js("Object.fromEntries(kgViewer.data.nodes.map(n => [n.id, n.kg_rank]))")

        def first_view(top: int) -> tuple[set[str], list[Statement], set[tuple[str, str]]]:
            kept = {actor for actor, r in rank.items() if r < top}
            between = [s for s in result.statements if s.subject.actor.id in kept and s.object.actor.id in kept]
            return kept, between, {(s.subject.actor.id, s.object.actor.id) for s in between}

        kept, between, pairs = first_view(data["top"])
        assert 2 <= data["top"] <= 400 and len(pairs) <= 400  # the most important actors, edges within budget
        assert viewer.shown() == {"nodes": len(kept), "edges": len(pairs), "statements": len(between)}
        notice = viewer.page.text_content("#kg-notice-text")
        assert notice.startswith("Large graph (5,000 actors, over 1,000)")
        assert f"Only the {data['top']:,} most important actors (PageRank) are shown at first" in notice
        assert viewer.js("document.getElementById('kg-notice').hidden") is False
        assert viewer.js("kgViewer.network.physics.physicsEnabled") is False
        viewer.page.click("#kg-more")  # widen: twice as many actors
        kept2, between2, pairs2 = first_view(2 * data["top"])
        assert viewer.shown() == {"nodes": len(kept2), "edges": len(pairs2), "statements": len(between2)}
        assert viewer.page.input_value("#kg-f-top") == str(2 * data["top"])
        _reset(viewer)
        assert viewer.shown()["nodes"] == len(kept)

        searched = time.perf_counter()
        viewer.page.fill("#kg-search", "Actor 4999")  # in the long tail: hidden until searched
        target = f"{BASE}synthetic/04999"
        assert target not in kept
        assert viewer.js("kgViewer.network.getSelectedNodes()") == [target]
        assert viewer.page.text_content("#kg-panel-title") == "Actor 4999"
        search_ms = (time.perf_counter() - searched) * 1000
        assert viewer.errors == [] and [c for c in viewer.console if c[0] == "error"] == []
        print(
            f"\nlarge graph (embedded): render_html {render_seconds:.2f} s, {len(page) / 1e6:.1f} MB;"
            f" interactive {viewer.ready_ms:.0f} ms after navigation start"
            f" (wall {viewer.wall_seconds:.2f} s); search {search_ms:.0f} ms;"
            f" shown {len(kept)} actors, {len(pairs)} edges; page timings {viewer.js('kgViewer.timings')}"
        )
    finally:
        viewer.close()


# ---------------------------------------------------------------------------- kg serve's query page


def test_kg_serve_query_page_runs_a_typed_query(browser: Any, corpus_build: tuple[BuildResult, Path]) -> None:
    """#20 item 1: kg serve's / was a blank page. A query typed into it, with kg's prefixes left
    undeclared, shows its rows in the result table; the page's prefix completion adds the PREFIX
    lines from kg's table, and nothing is fetched from anywhere but kg serve."""
    from serving import KG, free_port, running

    result, out = corpus_build
    expected = sorted({(s.relation.lemma, s.object.actor.label) for s in result.statements
                       if s.subject.actor.label == "Sergei Shoigu"})
    assert expected
    port = free_port()
    with running([KG, "serve", "--out", str(out), "--port", str(port)], port) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        problems: list[str] = []
        requests: list[str] = []
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        page.on("console", lambda message: problems.append(f"console {message.type}: {message.text}")
                if message.type in ("error", "warning") else None)
        page.on("request", lambda request: requests.append(request.url))
        try:
            page.goto(base + "/")
            _poll(page, "window.kgYasgui !== undefined && document.querySelector('.CodeMirror') !== null")
            assert page.text_content("#kg-endpoint") == f"{base}/query"
            page.click(".CodeMirror")
            page.keyboard.press("Control+A")
            page.keyboard.press("Delete")
            page.keyboard.type("SELECT DISTINCT ?relation ?object WHERE { ?s kg:subject actor:Sergei_Shoigu ; "
                               "kg:lemma ?relation ; kg:object/rdfs:label ?object } ORDER BY ?relation ?object")
            _poll(page, "['kg', 'actor', 'rdfs'].every(p => kgYasgui.getTab().getYasqe().getValue().includes('PREFIX ' + p + ':'))")
            editor = page.evaluate("kgYasgui.getTab().getYasqe().getValue()")
            assert sorted(line for line in editor.splitlines() if line.startswith("PREFIX")) == [
                "PREFIX actor: <https://w3id.org/newskg/actor/>",
                "PREFIX kg: <https://w3id.org/newskg/ontology#>",
                "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
            ]
            page.click(".yasqe_queryButton")
            _poll(page, "document.querySelectorAll('.yasr table tbody tr').length > 0")
            header = page.evaluate("Array.from(document.querySelectorAll('.yasr table thead th')).map(c => c.textContent.trim())")
            rows = page.evaluate("Array.from(document.querySelectorAll('.yasr table tbody tr'))"
                                 ".map(r => Array.from(r.cells).slice(1).map(c => c.textContent.trim()))")
            assert header == ["", "relation", "object"]
            assert [tuple(row) for row in rows] == expected
            assert problems == []
            assert all(url.startswith(base) for url in requests), [u for u in requests if not u.startswith(base)]
        finally:
            page.close()


def _poll(page: Any, expression: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"Boolean({expression})"):
        if time.monotonic() > deadline:
            raise AssertionError(f"the page never reached: {expression}")
        time.sleep(0.05)

# ---------------------------------------------------------------------------- evidence in the page, in files, from the server


@pytest.fixture(scope="module")
def sample_modes(corpus_build: tuple[BuildResult, Path], tmp_path_factory: Any) -> Iterator[dict[str, Path | str]]:
    """The sample build's page three ways: evidence embedded (``kg build``'s own page), in files
    beside the page opened from ``file://``, and the same files served by ``kg view``'s server;
    and a fourth: served by a plain static server (no JSON answers: the page falls back to the files)."""
    import threading
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    result, out = corpus_build
    files = tmp_path_factory.mktemp("evidence-files")
    assert write_viewer(result, files / "graph.html", embed_limit=0) == "files"
    server = serve_viewer(files, port=0)
    static = ThreadingHTTPServer(("127.0.0.1", 0), partial(SimpleHTTPRequestHandler, directory=str(files)))
    threading.Thread(target=static.serve_forever, daemon=True).start()
    try:
        yield {"embedded": out / "graph.html", "files": files / "graph.html",
               "served": f"http://127.0.0.1:{server.server_address[1]}/graph.html",
               "static": f"http://127.0.0.1:{static.server_address[1]}/graph.html"}  # fmt: skip
    finally:
        for running in (server, static):
            running.shutdown()
            running.server_close()


@pytest.mark.parametrize("mode", ["embedded", "files", "served", "static"])
def test_search_filters_and_panel_work_the_same_in_every_mode(
    mode: str, sample_modes: dict[str, Path | str], corpus_build: tuple[BuildResult, Path], browser: Any
) -> None:
    _, out = corpus_build
    triples = [json.loads(line) for line in (out / "triples.jsonl").read_text(encoding="utf-8").splitlines()]
    viewer = Viewer(browser, sample_modes[mode])
    try:
        source = {"embedded": "page", "files": "files", "served": "server", "static": "server"}[mode]
        assert viewer.js("kgViewer.evidenceSource()") == source
        actors = {t["subject"]["id"] for t in triples} | {t["object"]["id"] for t in triples}
        events = Counter(t["event_id"] for t in triples)
        assert viewer.shown() == {"nodes": len(actors), "edges": len(events), "statements": len(triples)}

        # search: the actor selected, every statement of his listed with its sentence
        viewer.page.fill("#kg-search", "Xi Jinping")
        assert viewer.js("kgViewer.network.getSelectedNodes()") == [XI]
        his = [t for t in triples if XI in (t["subject"]["id"], t["object"]["id"])]
        assert sorted(viewer.panel_statements()) == sorted(t["id"] for t in his)
        sentences = viewer.js("Array.from(document.querySelectorAll('#kg-panel-list blockquote')).map(q => q.textContent)")
        assert sorted(sentences) == sorted(t["sentence"] for t in his)
        assert viewer.page.text_content("#kg-panel-meta").startswith(f"Person · {len(his)} statements")
        negated = [t for t in his if t["negated"]]
        wording = viewer.js("Array.from(document.querySelectorAll('#kg-panel-list .st-rel')).map(d => d.textContent)")
        assert not any("not not" in line for line in wording) and len(wording) == len(his) >= len(negated)

        # the Xi-Trump call: one edge of four reports; clicking it lists the four
        call = next(t["event_id"] for t in triples if t["subject"]["id"] == XI and t["object"]["label"] == "Donald Trump")
        reports = [t for t in triples if t["event_id"] == call]
        # the call's edge, whichever side its first report starts from (a call has no direction)
        edge = viewer.js(
            f"kgViewer.edges.get().find(e => [e.from, e.to].includes({json.dumps(XI)}) && e.kg_count === {len(reports)}).id"
        )
        viewer.page.click("#kg-panel-close")
        viewer.js(f"kgViewer.network.body.emitter.emit('click', {{nodes: [], edges: [{json.dumps(edge)}]}})")
        assert sorted(viewer.panel_statements()) == sorted(t["id"] for t in reports)
        assert viewer.page.text_content("#kg-panel-meta") == "one event · 4 reports · 2 sources"
        viewer.page.click("#kg-panel-close")

        # filters: a relation, then a document
        _reset(viewer)
        lemma, count = Counter(t["relation"]["lemma"] for t in triples).most_common(1)[0]
        viewer.page.select_option("#kg-f-lemma", lemma)
        assert viewer.shown()["statements"] == count
        _reset(viewer)
        viewer.page.select_option("#kg-f-doc", triples[0]["doc"])
        assert viewer.shown()["statements"] == sum(1 for t in triples if t["doc"] == triples[0]["doc"])
        _reset(viewer)

        evidence = [url for url in viewer.requests if "/graph.data/" in url]
        if mode == "embedded":
            assert evidence == [] and len(viewer.requests) == 1  # the page alone
        elif mode == "files":
            assert evidence and all(url.startswith("file://") and "/evidence-" in url and url.endswith(".js") for url in evidence)
        elif mode == "served":
            assert evidence and all("/graph.data/api/evidence?" in url for url in evidence)
        else:  # asked the server once, got a 404 page, then loaded the files
            assert "/graph.data/api/evidence?" in evidence[0] and evidence[1:]
            assert all("/evidence-" in url and url.endswith(".js") for url in evidence[1:])
            assert viewer.js("kgViewer.evidenceSource()") == "files"
        errors = [c for c in viewer.console if c[0] == "error" and not (mode == "static" and "404" in c[1])]
        assert viewer.errors == [] and errors == []
    finally:
        viewer.close()


def test_edge_labels_only_for_the_selection_or_when_zoomed_in(sample: tuple[Viewer, list[dict[str, Any]]]) -> None:
    viewer, triples = sample
    _reset(viewer)
    labelled = "kgViewer.edges.get().filter(e => e.label).map(e => [e.from, e.to])"
    scale = viewer.js("kgViewer.data.view.label_scale")
    viewer.js(f"kgViewer.network.moveTo({{scale: {scale / 2}}})")
    viewer.until(f"{labelled}.length === 0", 10)  # the whole graph in view: no label at all
    viewer.page.fill("#kg-search", "Xi Jinping")  # selects and zooms in on him: his edges' labels only
    viewer.until(f"{labelled}.length > 0", 10)
    assert all(XI in pair for pair in viewer.js(labelled))
    # one edge per event: the reports of one call in both directions ("Xi told Trump", "Trump spoke
    # with Xi") are one edge, so the pairs are compared without their direction
    his = {frozenset((t["subject"]["id"], t["object"]["id"])) for t in triples if XI in (t["subject"]["id"], t["object"]["id"])}
    assert {frozenset(pair) for pair in viewer.js(labelled)} == his
    viewer.page.click("#kg-panel-close")  # nothing selected, zoomed in: every label
    viewer.js(f"kgViewer.network.moveTo({{scale: {scale * 2}}})")
    viewer.until(f"{labelled}.length === kgViewer.edges.length", 10)
    assert viewer.js("kgViewer.edges.get().every(e => e.label === e.kg_label)") is True
    viewer.js(f"kgViewer.network.moveTo({{scale: {scale / 2}}})")
    viewer.until(f"{labelled}.length === 0", 10)
    _reset(viewer)


@pytest.mark.slow
def test_corpus_scale_page_stays_small_and_shows_evidence_on_click(browser: Any, tmp_path: Path) -> None:
    """Issue 23's corpus: 10,000 actors and 200,000 statements (bench/viewer.py's generator). The
    page is an overview under 10 MB; the evidence of an actor or an edge is loaded on a click from
    files beside the page (file://) and from kg view's server. Times are printed, not asserted
    (bench/run.py --viewer measures them)."""
    result = _bench_viewer().synthetic_corpus(10_000, 200_000)
    page = tmp_path / "graph.html"
    started = time.perf_counter()
    assert write_viewer(result, page) == "files"
    write_seconds = time.perf_counter() - started
    assert page.stat().st_size <= 10_000_000
    assert "report 0)." not in page.read_text(encoding="utf-8")  # no sentence in the page
    [build] = [p for p in (tmp_path / "graph.data").iterdir()]
    shards = sorted(build.glob("evidence-*.js"))
    by_id = {s.id: s for s in result.statements}
    degree = Counter(a for s in result.statements for a in {s.subject.actor.id, s.object.actor.id})
    hub, hub_statements = degree.most_common(1)[0]
    tail = f"{BASE}synthetic/09999"

    server = serve_viewer(tmp_path, port=0)
    figures = {}
    try:
        for mode, target in (("files", page), ("served", f"http://127.0.0.1:{server.server_address[1]}/graph.html")):
            viewer = Viewer(browser, target)
            try:
                top = viewer.js("kgViewer.data.view.top")
                assert 2 <= top and viewer.shown()["nodes"] == top and viewer.shown()["edges"] <= 400
                assert viewer.js("kgViewer.edges.get().filter(e => e.label).length") == 0  # zoomed out, nothing selected

                clicked = time.perf_counter()
                viewer.js(f"void kgViewer.network.body.emitter.emit('click', {{nodes: [{json.dumps(hub)}], edges: []}})")
                listed = viewer.panel_statements()
                hub_ms = (time.perf_counter() - clicked) * 1000
                assert len(listed) == 200 and viewer.page.text_content("#kg-panel-more").startswith("Show 200 more")
                assert viewer.page.text_content("#kg-panel-meta").startswith(f"{result.actors[hub].type} · {hub_statements:,} statements")
                sentences = viewer.js("Array.from(document.querySelectorAll('#kg-panel-list blockquote')).map(q => q.textContent)")
                assert sentences == [by_id[sid].sentence for sid in listed]
                assert all(hub in (by_id[sid].subject.actor.id, by_id[sid].object.actor.id) for sid in listed)
                viewer.page.click("#kg-panel-more")
                assert len(viewer.panel_statements()) == 400

                edge = viewer.js(f"kgViewer.edges.get().filter(e => e.from === {json.dumps(hub)}).sort((a, b) => b.kg_count - a.kg_count)[0]")
                clicked = time.perf_counter()
                viewer.js(f"void kgViewer.network.body.emitter.emit('click', {{nodes: [], edges: [{json.dumps(edge['id'])}]}})")
                listed = viewer.panel_statements()
                edge_ms = (time.perf_counter() - clicked) * 1000
                pair = [s.id for s in result.statements if (s.subject.actor.id, s.object.actor.id) == (edge["from"], edge["to"])]
                assert len(pair) == edge["kg_count"] > 50 and len(listed) == min(200, len(pair)) and set(listed) <= set(pair)
                assert viewer.page.text_content("#kg-panel-meta").endswith("listed here, too many to draw apart")
                assert viewer.js(f"kgViewer.edges.get({json.dumps(edge['id'])}) !== null")  # not drawn apart

                viewer.page.fill("#kg-search", result.actors[tail].label)  # the long tail: pinned, listed
                assert viewer.js("kgViewer.network.getSelectedNodes()") == [tail]
                assert sorted(viewer.panel_statements()) == sorted(
                    s.id for s in result.statements if tail in (s.subject.actor.id, s.object.actor.id))
                evidence = [url for url in viewer.requests if "/graph.data/" in url]
                assert evidence and all(("/api/evidence?" in url) == (mode == "served") for url in evidence)
                assert viewer.errors == [] and [c for c in viewer.console if c[0] == "error"] == []
                figures[mode] = (viewer.ready_ms, viewer.js("kgViewer.timings"), hub_ms, edge_ms)
            finally:
                viewer.close()
    finally:
        server.shutdown()
        server.server_close()
    print(
        f"\ncorpus scale: write_viewer {write_seconds:.1f} s, page {page.stat().st_size / 1e6:.1f} MB,"
        f" {len(shards)} evidence files {sum(p.stat().st_size for p in shards) / 1e6:.0f} MB;"
        + "; ".join(f" {mode}: interactive {ready:.0f} ms, hub actor {hub_ms:.0f} ms, busiest edge {edge_ms:.0f} ms"
                    f" (page timings {timings})" for mode, (ready, timings, hub_ms, edge_ms) in figures.items())
    )


def _bench_viewer() -> Any:
    """bench/viewer.py (the corpus generator), imported by path: bench/ is no package."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "bench" / "viewer.py"
    spec = importlib.util.spec_from_file_location("kg_bench_viewer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _screenshot(out: Path) -> None:
    """docs/viewer.png: the sample corpus, Xi Jinping searched, in the same Chromium."""
    from playwright.sync_api import sync_playwright

    from kg.pipeline import build, write_outputs

    work = out.parent / ".viewer-screenshot"
    write_outputs(build(), work)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        viewer = Viewer(launched, work / "graph.html", width=1360, height=800)
        viewer.page.fill("#kg-search", "Xi Jinping")
        time.sleep(1.0)  # the focus animation; then step back to show more of the graph
        viewer.js(f"kgViewer.network.moveTo({{position: kgViewer.network.getPosition({json.dumps(XI)}), scale: 0.75}})")
        time.sleep(0.3)
        viewer.page.screenshot(path=str(out))
        launched.close()
    shutil.rmtree(work)


if __name__ == "__main__":
    _screenshot(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/viewer.png"))
