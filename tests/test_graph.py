"""The Python API (kg.KnowledgeGraph) on the real build of the sample corpus."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg import KnowledgeGraph

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def graph(corpus_build):
    return KnowledgeGraph(corpus_build[0])


@pytest.fixture(scope="module")
def loaded(corpus_build):
    return KnowledgeGraph.load(corpus_build[1])


def test_import_is_cheap():
    code = "import kg, sys; print(sorted(m for m in ('spacy', 'pandas', 'rdflib', 'networkx', 'pyvis') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "[]"


def test_repr_and_tables(graph):
    statements = graph.statements()
    assert repr(graph) == f"KnowledgeGraph(documents=5, actors={graph.actors().shape[0]}, statements={len(statements)})"
    assert len(statements) == len(graph.result.statements)
    row = statements[(statements.subject == "Sergei Shoigu") & (statements.relation == "tell")].iloc[0]
    assert (row.object, row.doc, row.subject_text) == ("Wang Yi", "003_6cf39d79fa30da68",
                                                       "Russian Security Council Secretary Sergei Shoigu")
    assert "Wang Yi" in row.sentence
    actors = graph.actors().set_index("label")
    assert actors.loc["Sergei Shoigu", "links"] == ["Russia"]
    assert "Takaishi" in actors.loc["Sanae Takaichi", "aliases"]
    assert actors.iloc[0]["degree"] == actors["degree"].max()
    assert "<table>" in graph._repr_html_()


def test_load_gives_back_the_same_graph(graph, loaded):
    assert loaded.statements().drop(columns=[]).equals(graph.statements())
    assert sorted(d.id for d in loaded.documents) == sorted(d.id for d in graph.documents)
    titles = {d.id: d.title for d in loaded.documents}
    assert titles["001_16961b897f005ba7"] == "China and Japan Engage in Talks Amid Rising Tensions Over Taiwan Remarks"
    assert loaded.actors().set_index("label").loc["Takeo Akiba", "links"] == ["Japan"]


def test_query_binds_parameters_as_terms(loaded):
    sparql = ("SELECT ?lemma ?target WHERE { ?s kg:subject/rdfs:label ?actor ; kg:lemma ?lemma ; "
              "kg:object/rdfs:label ?target } ORDER BY ?lemma ?target")
    rows = loaded.query(sparql, actor="Sergei Shoigu").to_dict("records")
    assert rows == [{"lemma": "inform", "target": "Wang Yi"}, {"lemma": "support", "target": "China"},
                    {"lemma": "tell", "target": "Wang Yi"}, {"lemma": "watch", "target": "Japan"}]  # 2nd, 4th: 003's headline
    before = len(loaded.store)
    assert loaded.query(sparql, actor='x" } DROP ALL #').empty  # an injection attempt is just a literal
    assert len(loaded.store) == before
    assert graph_rows(loaded, sparql) == graph_rows(KnowledgeGraph(loaded.result), sparql)  # on disk = in memory


def graph_rows(graph, sparql):
    return graph.query(sparql, actor="Sergei Shoigu").to_dict("records")


def test_the_api_and_the_cli_run_the_same_named_queries(graph, loaded, corpus_build):
    from kg.errors import QueryError
    from kg.outputs.store import named_query, open_store, run_query

    params = {"a": "Yang Jiechi", "b": "Takeo Akiba"}
    cli = run_query(open_store(corpus_build[1]), named_query("pair_evidence").text, params)  # what kg query --name runs
    assert cli.rows
    assert loaded.named_query("pair_evidence", **params).values.tolist() == cli.rows
    assert graph.named_query("pair_evidence", **params).values.tolist() == cli.rows  # the store built in memory
    with pytest.raises(QueryError, match="needs the parameter"):
        loaded.named_query("pair_evidence", a="Yang Jiechi")
    with pytest.raises(QueryError, match="no named query"):
        loaded.named_query("nope")


def test_to_networkx_keeps_everything(graph):
    nxg = graph.to_networkx()
    assert nxg.number_of_edges() == len(graph.result.statements)
    xi = "https://w3id.org/newskg/actor/Xi_Jinping"
    trump = "https://w3id.org/newskg/actor/Donald_Trump"
    assert nxg.nodes[xi]["label"] == "Xi Jinping" and nxg.nodes[xi]["type"] == "Person"
    tells = [d for _, _, d in nxg.edges(xi, data=True) if d["relation"] == "tell"]
    assert {d["doc"][:3] for d in tells} == {"000", "002"}
    assert all(nxg.has_edge(xi, trump, key) for key in [s.id for s in graph.result.statements
                                                       if s.subject.actor.id == xi and s.object.actor.id == trump])


def test_ego_graph(graph):
    ego = graph.ego("Wang Yi", radius=1)
    assert set(ego.actors()["label"]) == {"Sergei Shoigu", "Wang Yi"}
    assert {d.id for d in ego.documents} == {"003_6cf39d79fa30da68"}
    shoigu = graph.ego("Shoigu", radius=1)  # 003's headline: he supports China, watches Japan (whose edges span every article)
    assert set(shoigu.actors()["label"]) == {"Sergei Shoigu", "Wang Yi", "China", "Japan"} and len(shoigu.documents) == 5
    wider = graph.ego("Takeo Akiba", radius=2)
    assert {"Yang Jiechi", "Fumio Kishida", "Xi Jinping", "Japan"} <= set(wider.actors()["label"])
    with pytest.raises(KeyError, match="no actor called"):
        graph.ego("Nobody Atall")


def test_show_filters_by_event(graph):
    view = graph.show(event="consult")
    page = view.page
    data = json.loads(page.split('id="kg-data">', 1)[1].split("</script>", 1)[0])
    expected = sum(1 for s in graph.result.statements if s.relation.event == "CONSULT")
    assert len(data["edges"]) == expected > 0
    assert view._repr_html_().startswith("<iframe srcdoc=") and "<script" not in view._repr_html_()


def test_show_repr_is_a_short_summary(graph, tmp_path, monkeypatch):
    """#20 item 10: the text repr of show() was the whole 1.3 MB page."""
    view = graph.show(event="CONSULT")
    actors = len({a.actor.id for s in graph.result.statements if s.relation.event == "CONSULT" for a in (s.subject, s.object)})
    statements = sum(1 for s in graph.result.statements if s.relation.event == "CONSULT")
    megabytes = len(view.page.encode("utf-8")) / 1e6
    assert repr(view) == (f"GraphView({actors} actors, {statements} statements; an interactive page of {megabytes:.1f} MB, "
                          "shown inline in Jupyter; .save(path) writes it)")
    monkeypatch.chdir(tmp_path)
    saved = graph.show(event="CONSULT", height=300, file="views/consult.html")
    assert (tmp_path / "views" / "consult.html").read_text(encoding="utf-8") == saved.page
    assert saved._repr_html_() == ('<iframe src="views/consult.html" width="100%" height="300" '
                                   'style="border:1px solid #ddd" sandbox="allow-scripts"></iframe>')
    assert repr(saved).endswith("written to views/consult.html; .save(path) writes it)")
    with pytest.raises(ValueError, match="give a path inside the notebook's folder"):
        graph.show(file="/elsewhere/graph.html")


def test_events_table_and_loading_keep_the_grouping(graph, loaded):
    events = graph.events()
    assert len(events) == len(graph.result.events) and events.reports.sum() == len(graph.result.statements)
    call = events[(events.subject == "Xi Jinping") & (events.relation == "tell") & (events.object == "Donald Trump")]
    # 24 November call: "told" twice, "spoke by phone" ("Trump and Chinese leader Xi Jinping spoke"), "phone call"
    assert call[["sources", "reports"]].values.tolist() == [[2, 4]]
    assert sorted(call.iloc[0].documents) == ["000_b1131adbad64c07b", "002_9039bed66e9909e4"]
    # loading triples.jsonl + graph.trig regroups into the very same events
    assert loaded.events().drop(columns="documents").equals(events.drop(columns="documents"))
    assert set(graph.statements().event_id) == set(events.id)
