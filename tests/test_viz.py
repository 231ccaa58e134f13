"""The offline viewer: pyvis model, escaping of hostile text, no network access, determinism."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import urllib.request
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pyvis.network import Network
from typer.testing import CliRunner

from kg.cli import app
from kg.types import Actor, Argument, BuildResult, Document, Relation, Statement
from kg.outputs.viewer import CSP, EDGE_BUDGET, LABEL_LIMIT, LABEL_SCALE, LARGE_GRAPH, LARGE_SHOWN, build_network, default_top, render_html
from kg.serve.viewer import serve_viewer

BASE = "https://w3id.org/newskg/actor/"
XSS_LABEL = "<img src=x onerror=alert(1)>"
XSS_SENTENCE = "The UN did not condemn them </script><script>alert(1)</script> at all."

XI = Actor(BASE + "Xi_Jinping", "Xi Jinping", "Person")
RUSSIA = Actor(BASE + "Russia", "Russia", "Country")
UN = Actor(BASE + "United_Nations", "United Nations", "Organization")
HOSTILE = Actor(BASE + "%3Cimg_src%3Dx_onerror%3Dalert%281%29%3E", XSS_LABEL, "Militia")


def _statement(
    sid: str,
    doc: str,
    subject: Actor,
    lemma: str,
    text: str,
    obj: Actor,
    sentence: str,
    negated: bool = False,
) -> Statement:
    return Statement(
        id=sid,
        doc=doc,
        sentence=sentence,
        char_start=0,
        char_end=len(sentence),
        subject=Argument(subject, subject.label),
        relation=Relation(lemma, text),
        object=Argument(obj, obj.label),
        negated=negated,
        confidence=0.8,
    )


def _result() -> BuildResult:
    talks = "Xi told Russia to talk and urged Russia to stop."
    return BuildResult(
        documents=[
            Document("d1", talks, "d1.txt", title="Talks in Beijing"),
            Document("d2", XSS_SENTENCE, "d2.txt", title="UN <b>report</b>"),
        ],
        statements=[
            _statement("s1", "d1", XI, "tell", "told", RUSSIA, talks),
            _statement("s2", "d1", XI, "urge", "urged", RUSSIA, talks),
            _statement("s3", "d2", UN, "condemn", "did not condemn", HOSTILE, XSS_SENTENCE, negated=True),
            _statement("s4", "d2", RUSSIA, "meet", "met", UN, "Russia met the UN."),
        ],
        actors={a.id: a for a in (XI, RUSSIA, UN, HOSTILE)},
    )


class _Page(HTMLParser):
    """Every start tag with its (decoded) attributes, and the text of each <script>/<style>."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.blocks: list[tuple[str, dict[str, str | None], str]] = []
        self._open: tuple[str, dict[str, str | None]] | None = None
        self._text: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._open, self._text = (tag, dict(attrs)), []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag == self._open[0]:
            self.blocks.append((tag, self._open[1], "".join(self._text)))
            self._open = None

    def scripts(self) -> list[tuple[dict[str, str | None], str]]:
        return [(attrs, text) for tag, attrs, text in self.blocks if tag == "script"]


def _data_block(page: str) -> str:
    blocks = [text for attrs, text in _Page(page).scripts() if attrs.get("id") == "kg-data"]
    assert len(blocks) == 1
    assert blocks[0] and "<" not in blocks[0]
    return blocks[0]


@pytest.fixture(scope="module")
def page() -> str:
    return render_html(_result())


# build_network


def test_network_is_directed_pyvis_network() -> None:
    net = build_network(_result())
    assert isinstance(net, Network)
    assert net.directed is True


def test_one_node_per_actor_coloured_by_type() -> None:
    nodes = {node["id"]: node for node in build_network(_result()).nodes}
    assert {iri: (n["label"], n["color"], n["kg_type"]) for iri, n in nodes.items()} == {
        XI.id: ("Xi Jinping", "#4e79a7", "Person"),
        RUSSIA.id: ("Russia", "#59a14f", "Country"),
        UN.id: ("United Nations", "#f28e2b", "Organization"),
        HOSTILE.id: (XSS_LABEL, "#9c9c9c", "Militia"),
    }
    assert [node["id"] for node in build_network(_result()).nodes] == sorted(nodes)


def test_group_colour_and_unused_actors_left_out() -> None:
    rebels = Actor(BASE + "Rebels", "the rebels", "Group")
    idle = Actor(BASE + "Idle", "Idle", "Person")
    result = BuildResult(
        statements=[_statement("g1", "d1", rebels, "attack", "attacked", XI, "Rebels attacked.")],
        actors={a.id: a for a in (rebels, idle, replace(XI, label="President Xi"))},
    )
    nodes = {node["id"]: node for node in build_network(result).nodes}
    assert set(nodes) == {rebels.id, XI.id}
    assert nodes[rebels.id]["color"] == "#b07aa1"
    assert nodes[XI.id]["label"] == "President Xi"  # the canonical actor record wins


def test_node_size_grows_with_degree() -> None:
    sizes = {node["id"]: node["size"] for node in build_network(_result()).nodes}
    assert sizes == {XI.id: 17.1, RUSSIA.id: 18.7, UN.id: 17.1, HOSTILE.id: 15.0}


def test_one_edge_per_statement_parallel_edges_kept() -> None:
    edges = build_network(_result()).edges
    assert len(edges) == 4
    assert sorted(edge["id"] for edge in edges) == ["s1", "s2", "s3", "s4"]
    parallel = [edge for edge in edges if (edge["from"], edge["to"]) == (XI.id, RUSSIA.id)]
    assert [edge["label"] for edge in parallel] == ["tell", "urge"]
    assert [edge["smooth"]["type"] for edge in parallel] == ["curvedCW", "curvedCW"]
    assert [edge["smooth"]["roundness"] for edge in parallel] == [0.1, 0.3]
    assert all(edge["arrows"] == "to" for edge in edges)


def test_negated_edge_is_dashed_and_says_not() -> None:
    edges = {edge["id"]: edge for edge in build_network(_result()).edges}
    assert edges["s3"]["dashes"] is True
    assert edges["s3"]["label"] == "not condemn"
    assert edges["s3"]["kg_negated"] is True
    assert [edges[sid]["dashes"] for sid in ("s1", "s2", "s4")] == [False, False, False]


def test_edge_tooltip_is_plain_text_with_evidence() -> None:
    edges = {edge["id"]: edge for edge in build_network(_result()).edges}
    assert edges["s1"]["title"] == (
        "Xi Jinping — told → Russia\n"
        "tell, confidence 0.80\n"
        "“Xi told Russia to talk and urged Russia to stop.”\n"
        "document d1: Talks in Beijing"
    )
    assert edges["s3"]["title"].splitlines()[1] == "condemn (negated), confidence 0.80"
    assert XSS_SENTENCE in edges["s3"]["title"]
    assert edges["s3"]["kg_doc"] == "d2"


def test_duplicate_statement_ids_get_distinct_edge_ids() -> None:
    result = _result()
    result.statements.append(replace(result.statements[0], sentence="Again."))
    ids = [edge["id"] for edge in build_network(result).edges]
    assert len(ids) == 5 and len(set(ids)) == 5
    assert "s1~2" in ids


def test_self_loops_are_spread_too() -> None:
    result = BuildResult(
        statements=[
            _statement("a", "d1", XI, "praise", "praised", XI, "Xi praised himself."),
            _statement("b", "d1", XI, "blame", "blamed", XI, "Xi blamed himself."),
        ]
    )
    edges = build_network(result).edges
    assert [edge["selfReference"]["size"] for edge in edges] == [20, 30]


def test_small_graph_stabilizes_with_physics() -> None:
    options = build_network(_result()).options
    assert options["physics"]["enabled"] is True
    assert options["physics"]["solver"] == "barnesHut"
    assert options["physics"]["stabilization"]["enabled"] is True
    assert options["layout"]["randomSeed"] == 7


def test_large_graph_skips_physics_and_gets_positions() -> None:
    actors = [Actor(f"{BASE}a{i:05d}", f"Actor {i}", "Person") for i in range(LARGE_GRAPH + 1)]
    statements = [
        _statement(f"s{i}", "d1", actors[i], "meet", "met", actors[i + 1], "They met.")
        for i in range(len(actors) - 1)
    ]
    net = build_network(BuildResult(statements=statements))
    assert len(net.nodes) == LARGE_GRAPH + 1 and len(net.edges) == LARGE_GRAPH
    assert net.options["physics"]["enabled"] is False
    assert net.options["physics"]["stabilization"]["enabled"] is False
    assert net.options["layout"]["improvedLayout"] is False
    positions = {(node["x"], node["y"]) for node in net.nodes}
    assert len(positions) == len(net.nodes)


# render_html


def test_hostile_strings_never_appear_raw(page: str) -> None:
    assert XSS_LABEL not in page
    assert "</script><script>alert(1)" not in page
    assert "<b>report</b>" not in page
    outside_data = page.replace(_data_block(page), "")
    assert "onerror=alert" not in outside_data and "alert(1)" not in outside_data


def test_embedded_json_keeps_hostile_text_exactly(page: str) -> None:
    data = json.loads(_data_block(page))
    labels = {node["id"]: node["label"] for node in data["nodes"]}
    assert labels[HOSTILE.id] == XSS_LABEL
    titles = {edge["id"]: edge["title"] for edge in data["edges"]}
    assert XSS_SENTENCE in titles["s3"]
    assert "document d2: UN <b>report</b>" in titles["s3"]
    assert len(data["edges"]) == 4
    assert data["options"]["physics"]["enabled"] is True
    assert "\\u003c/script\\u003e" in _data_block(page)


def test_json_escapes_line_separators() -> None:
    result = _result()
    result.statements[0] = replace(result.statements[0], sentence="a\u2028b\u2029c & <!-- d")
    block = _data_block(render_html(result))
    assert "\u2028" not in block and "\u2029" not in block and "<!--" not in block
    assert "\\u2028" in block and "\\u0026" in block
    titles = {edge["id"]: edge["title"] for edge in json.loads(block)["edges"]}
    assert "“a\u2028b\u2029c & <!-- d”" in titles["s1"]


def test_nothing_is_loaded_from_the_network(page: str) -> None:
    parsed = _Page(page)
    for tag, attrs in parsed.tags:
        for name in ("src", "href", "action", "data", "poster"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), (tag, name, value)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)
    assert 'src="http' not in page and 'href="http' not in page
    assert not any(tag in ("link", "img", "iframe") for tag, _ in parsed.tags)
    assert not any("src" in attrs for attrs, _ in parsed.scripts())
    assert "@import" not in page and not re.search(r"url\(\s*['\"]?\s*(https?:)?//", page)
    assert not re.search(r"bootstrap(\.min)?\.(css|js)|tom-select|cdnjs|jsdelivr|unpkg", page, re.IGNORECASE)
    assert "sourceMappingURL" not in page


def test_csp_meta_comes_before_any_script(page: str) -> None:
    tags = _Page(page).tags
    csp = [
        i
        for i, (tag, attrs) in enumerate(tags)
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert len(csp) == 1
    assert tags[csp[0]][1]["content"] == CSP
    assert CSP == "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"
    first_script = next(i for i, (tag, _) in enumerate(tags) if tag == "script")
    assert csp[0] < first_script


def test_vis_network_is_inlined(page: str) -> None:
    parsed = _Page(page)
    library = [text for attrs, text in parsed.scripts() if not attrs and len(text) > 100_000]
    assert len(library) == 1
    assert "vis-network" in library[0] and "DataSet" in library[0]
    styles = [text for tag, _, text in parsed.blocks if tag == "style"]
    assert any(".vis-network" in text and len(text) > 10_000 for text in styles)
    app = [text for attrs, text in parsed.scripts() if not attrs and len(text) < 100_000]
    assert len(app) == 1
    assert 'JSON.parse(document.getElementById("kg-data").textContent)' in app[0]
    assert "stabilizationIterationsDone" in app[0] and "physics: {enabled: on}" in app[0]


def test_header_counts_legend_search_and_toggle(page: str) -> None:
    assert '<span id="kg-counts">2 documents · 4 actors · 4 statements</span>' in page
    assert "<title>Knowledge graph: 2 documents · 4 actors · 4 statements</title>" in page
    legend = re.search(r'<ul class="legend" id="kg-legend-type">(.*?)</ul>', page, re.DOTALL)
    assert legend is not None
    assert re.findall(r"</span>([^<]+)</li>", legend.group(1)) == [
        "Person",
        "Country",
        "Organization",
        "Group",
        "Place",
        "Other",
        "dashed = negated (&quot;not …&quot;)",
    ]
    assert "background:#4e79a7" in legend.group(1)
    assert '<input id="kg-search" type="search" list="kg-actors"' in page
    assert '<datalist id="kg-actors"></datalist>' in page
    assert '<button id="kg-physics" type="button">' in page
    assert '<ul class="legend" id="kg-legend-community" hidden></ul>' in page  # filled by the script


def test_render_is_deterministic() -> None:
    first = render_html(_result())
    assert render_html(_result()) == first
    shuffled = _result()
    shuffled.statements.reverse()
    shuffled.actors = dict(reversed(list(shuffled.actors.items())))
    assert render_html(shuffled) == first


def test_empty_result_still_renders() -> None:
    page = render_html(BuildResult())
    assert json.loads(_data_block(page))["nodes"] == []
    assert "0 documents · 0 actors · 0 statements" in page


# importance, communities, statement fields


def test_nodes_carry_degree_pagerank_and_community() -> None:
    nodes = {node["id"]: node for node in build_network(_result()).nodes}
    assert {iri: node["kg_degree"] for iri, node in nodes.items()} == {XI.id: 2, RUSSIA.id: 3, UN.id: 2, HOSTILE.id: 1}
    ranks = {iri: node["kg_pagerank"] for iri, node in nodes.items()}
    assert abs(sum(ranks.values()) - 1.0) < 1e-5
    # Xi -> Russia -> UN -> hostile: rank flows down the chain, the dangling end keeps the most
    assert sorted(ranks, key=ranks.get) == [XI.id, RUSSIA.id, UN.id, HOSTILE.id]
    assert nodes[HOSTILE.id]["kg_size_pagerank"] == 50.0  # the top actor gets the largest size
    assert all(10.0 <= node["kg_size_pagerank"] < 50.0 for iri, node in nodes.items() if iri != HOSTILE.id)
    # Louvain splits the chain in two; the community holding the best-ranked actor comes first
    assert {iri: node["kg_community"] for iri, node in nodes.items()} == {HOSTILE.id: 0, UN.id: 0, XI.id: 1, RUSSIA.id: 1}
    assert nodes[UN.id]["kg_community_colour"] == "#1f77b4" and nodes[XI.id]["kg_community_colour"] == "#ff7f0e"


def test_communities_fall_back_to_label_propagation_above_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.outputs.viewer.LOUVAIN_LIMIT", 2)
    data = json.loads(_data_block(render_html(_result())))
    assert data["view"]["community_method"] == "label propagation"
    assert {node["kg_community"] for node in data["nodes"]} <= set(range(4))
    monkeypatch.undo()
    assert json.loads(_data_block(render_html(_result())))["view"]["community_method"] == "Louvain"


def test_edges_carry_every_statement_field_for_filters_and_panel() -> None:
    result = _result()
    result.statements[0] = replace(
        result.statements[0], relation=Relation("tell", "told", "CONSULT", "verbal cooperation", "040"), modality="future"
    )
    edges = {edge["id"]: edge for edge in build_network(result).edges}
    s1 = edges["s1"]
    assert (s1["kg_lemma"], s1["kg_text"], s1["kg_event"], s1["kg_quad"], s1["kg_cameo"]) == (
        "tell", "told", "CONSULT", "verbal cooperation", "040"
    )  # fmt: skip
    assert (s1["kg_modality"], s1["kg_negated"], s1["kg_confidence"], s1["kg_doc"]) == ("future", False, 0.8, "d1")
    assert s1["kg_sentence"] == "Xi told Russia to talk and urged Russia to stop."
    assert s1["title"].splitlines()[1:3] == ["tell, future, confidence 0.80", "event CONSULT · verbal cooperation"]
    assert edges["s3"]["kg_negated"] is True and edges["s3"]["kg_statement"] == "s3"


def test_document_links_are_only_http(page: str) -> None:
    result = _result()
    result.documents[0] = replace(result.documents[0], url="javascript:alert(1)", date="2025-11-24")
    result.documents[1] = replace(result.documents[1], url="https://example.org/un?a=1&b=<2>")
    data = json.loads(_data_block(render_html(result)))
    documents = data["documents"]
    assert documents == {
        "d1": {"title": "Talks in Beijing", "url": None, "date": "2025-11-24"},
        "d2": {"title": "UN <b>report</b>", "url": "https://example.org/un?a=1&b=<2>", "date": None},
    }
    titles = {edge["id"]: edge["title"].splitlines() for edge in data["edges"]}
    assert titles["s3"][-2:] == ["document d2: UN <b>report</b>", "https://example.org/un?a=1&b=<2>"]
    assert titles["s1"][-1] == "document d1: Talks in Beijing"  # no javascript: URL, not even as text


def test_small_graph_page_has_no_large_notice(page: str) -> None:
    data = json.loads(_data_block(page))
    assert data["view"] == {
        "community_method": "Louvain",
        "evidence": "embedded",
        "label_limit": LABEL_LIMIT,
        "label_scale": LABEL_SCALE,
        "large": False,
        "large_threshold": LARGE_GRAPH,
        "merge": "event",
        "min_degree": 1,
        "top": 0,  # every actor at first: the graph is not dense
    }
    assert '<p id="kg-notice" class="notice" hidden><span id="kg-notice-text"></span>' in page
    assert [c["top"] for c in data["communities"]] == [XSS_LABEL, "Russia"]


def test_large_graph_page_says_what_it_hides() -> None:
    hub = Actor(f"{BASE}hub", "Hub", "Country")
    actors = [Actor(f"{BASE}a{i:05d}", f"Actor {i}", "Person") for i in range(LARGE_GRAPH + 10)]
    statements = [_statement(f"s{i}", "d1", actor, "meet", "met", hub, "They met.") for i, actor in enumerate(actors)]
    statements += [_statement(f"t{i}", "d1", actors[i], "call", "called", actors[i + 1], "A call.") for i in range(300)]
    page = render_html(BuildResult(statements=statements))
    data = json.loads(_data_block(page))
    assert data["view"]["large"] is True and data["view"]["merge"] == "pair" and data["view"]["min_degree"] == 1
    # the first view: the most important actors whose pairs fit the budget
    rank = {node["id"]: node["kg_rank"] for node in data["nodes"]}
    assert sorted(rank.values()) == list(range(len(rank)))
    assert rank[hub.id] == 0  # everyone meets the hub: it ranks first
    pairs = {(s.subject.actor.id, s.object.actor.id) for s in statements}
    top = data["view"]["top"]
    assert top == default_top([max(rank[a], rank[b]) for a, b in pairs], len(rank))

    def drawn(n: int) -> int:
        return sum(1 for a, b in pairs if max(rank[a], rank[b]) < n)

    assert 2 <= top <= LARGE_SHOWN and drawn(top) <= EDGE_BUDGET < drawn(top + 1)  # as many actors as fit
    assert '<span id="kg-notice-text">Large graph (1,011 actors, over 1,000): no physics;' in page
    assert f"Only the {top:,} most important actors (PageRank) are shown at first" in page
    assert '<button id="kg-more" type="button">Show more actors</button>' in page
    assert data["options"]["edges"]["smooth"]["enabled"] is False


def test_a_dense_small_graph_starts_from_its_most_important_actors() -> None:
    """Not large (physics on), but 600 events: the first view is the top actors, with the notice."""
    actors = [Actor(f"{BASE}d{i:03d}", f"Dense {i}", "Person") for i in range(40)]
    statements = [_statement(f"e{i}-{j}", "d1", actors[i], "meet", "met", actors[j], f"{i} met {j}.")
                  for i in range(40) for j in range(40) if i != j and (i + j) % 2 == 0]  # fmt: skip
    assert len(statements) > EDGE_BUDGET
    page = render_html(BuildResult(statements=statements))
    data = json.loads(_data_block(page))
    top = data["view"]["top"]
    assert data["view"]["large"] is False and 2 <= top < 40
    ranks = {node["id"]: node["kg_rank"] for node in data["nodes"]}
    drawn = sum(1 for s in statements if max(ranks[s.subject.actor.id], ranks[s.object.actor.id]) < top)
    assert drawn <= EDGE_BUDGET < sum(1 for s in statements if max(ranks[s.subject.actor.id], ranks[s.object.actor.id]) <= top)
    assert f"Only the {top:,} most important actors (PageRank) are shown at first" in page
    assert "Large graph" not in page


# kg view: serving the page


def test_serve_viewer_serves_the_page_on_loopback(tmp_path: Path) -> None:
    (tmp_path / "graph.html").write_text("<!DOCTYPE html><title>x</title>", encoding="utf-8")
    server = serve_viewer(tmp_path, port=0)
    try:
        host, port = server.server_address[:2]
        assert host == "127.0.0.1" and port > 0
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/graph.html", timeout=10) as response:
            assert response.status == 200
            assert response.headers["Content-Type"].startswith("text/html")
            assert response.read() == b"<!DOCTYPE html><title>x</title>"
    finally:
        server.shutdown()
        server.server_close()


def test_cli_view_open_opens_the_file_without_serving(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "graph.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)  # True: a browser took it
    run = CliRunner().invoke(app, ["view", "--out", str(tmp_path), "--open"])
    assert run.exit_code == 0, run.output
    assert opened == [(tmp_path / "graph.html").resolve().as_uri()]
    assert run.output == f"opened {tmp_path / 'graph.html'} in the web browser\n"


@pytest.mark.slow
def test_cli_view_open_says_when_no_browser_could_be_opened(tmp_path: Path) -> None:
    """#20 item 7: it printed "opened ..." and exited 0. No browser on PATH, none in $BROWSER that
    runs, no display: Python's webbrowser finds none, and kg view says so and exits 1."""
    (tmp_path / "graph.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    kg = shutil.which("kg") or str(Path(sys.executable).with_name("kg"))
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"PATH": str(empty), "HOME": str(tmp_path), "BROWSER": "kg-test-no-such-browser"}
    run = subprocess.run([kg, "view", str(tmp_path), "--open"], capture_output=True, text=True, env=env, timeout=60)
    uri = (tmp_path / "graph.html").resolve().as_uri()
    assert (run.returncode, run.stdout) == (1, "")
    assert run.stderr == (
        f"error: could not open a web browser for {tmp_path / 'graph.html'}: none was found (set $BROWSER to one, "
        f"or open {uri} yourself; kg view --port 0 serves it instead)\n"
    )


def test_cli_view_refuses_a_missing_page(tmp_path: Path) -> None:
    run = CliRunner().invoke(app, ["view", str(tmp_path / "nothing")])
    assert run.exit_code == 2
    assert "graph.html not found: run `kg build --out" in run.output


@pytest.mark.slow
def test_kg_view_command_serves_graph_html(tmp_path: Path) -> None:
    """The installed command, as a user runs it: a free port, the page over HTTP, then stopped."""
    page = render_html(_result())
    (tmp_path / "graph.html").write_text(page, encoding="utf-8")
    kg = shutil.which("kg") or str(Path(sys.executable).with_name("kg"))
    process = subprocess.Popen([kg, "view", str(tmp_path), "--port", "0"], stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline() if process.stderr else ""
        match = re.search(r"http://127\.0\.0\.1:(\d+)/graph\.html", line)
        assert match, line
        with urllib.request.urlopen(match.group(0), timeout=10) as response:
            assert response.read().decode("utf-8") == page
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_events_travel_with_the_page(corpus_build) -> None:
    """Each edge names its event; the page knows each event's sources, for one edge per event."""
    result, out = corpus_build
    data = json.loads(_data_block((out / "graph.html").read_text(encoding="utf-8")))
    assert data["view"]["merge"] == "event"
    assert {edge["kg_event_id"] for edge in data["edges"]} == {event.id for event in result.events} == set(data["events"])
    for event in result.events:
        assert data["events"][event.id]["sources"] == event.sources
        assert data["events"][event.id]["reports"] == len(event.statements)
    assert max(summary["sources"] for summary in data["events"].values()) >= 2
    assert {(edge["kg_date"], edge["kg_date_precision"]) for edge in data["edges"] if edge["kg_date"]} == {("2022-02", "month")}
