"""kg export: RDF formats round-trip; GraphML keeps every attribute; CSV is an edge list with evidence."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from kg.cli import app
from kg.outputs.export import export
from kg.graph import KnowledgeGraph
from kg.outputs.rdf import to_dataset

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def graph(corpus_build):
    return KnowledgeGraph(corpus_build[0])


def _union(dataset: Dataset) -> Graph:
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


@pytest.mark.parametrize("fmt, parser", [("ttl", "turtle"), ("nt", "nt")])
def test_single_graph_formats_round_trip(graph, fmt, parser):
    parsed = Graph().parse(data=export(graph, fmt), format=parser)
    assert isomorphic(parsed, _union(to_dataset(graph.result)))


@pytest.mark.parametrize("fmt, parser", [("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_dataset_formats_round_trip_graph_by_graph(graph, fmt, parser):
    parsed = Dataset()
    parsed.parse(data=export(graph, fmt), format=parser)
    expected = to_dataset(graph.result)
    named = lambda ds: {str(g.identifier): g for g in ds.graphs() if len(g)}  # noqa: E731
    assert named(parsed).keys() == named(expected).keys()
    for name, g in named(expected).items():
        assert isomorphic(named(parsed)[name], g), name


def test_graphml_keeps_attributes(graph):
    nxg = nx.read_graphml(io.StringIO(export(graph, "graphml")))
    assert nxg.number_of_edges() == len(graph.result.statements)
    xi = "https://w3id.org/newskg/actor/Xi_Jinping"
    assert nxg.nodes[xi]["label"] == "Xi Jinping" and nxg.nodes[xi]["type"] == "Person"
    edge = next(d for _, _, d in nxg.edges(xi, data=True) if d["relation"] == "tell")
    assert {"sentence", "doc", "event", "quad", "cameo", "negated", "modality", "confidence", "char_start"} <= set(edge)
    assert "Trump" in edge["sentence"]


def test_csv_edge_list_with_evidence(graph):
    rows = list(csv.DictReader(io.StringIO(export(graph, "csv"))))
    assert len(rows) == len(graph.result.statements)
    assert {"subject", "relation", "object", "sentence", "doc"} <= set(rows[0])
    assert all(r["sentence"] for r in rows)


def test_cli_export(corpus_build, tmp_path):
    out = corpus_build[1]
    run = CliRunner().invoke(app, ["export", "--format", "nt", "--out", str(out), "--to", str(tmp_path / "g.nt")])
    assert run.exit_code == 0, run.output
    assert len(Graph().parse(tmp_path / "g.nt", format="nt")) > 0
    stdout = CliRunner().invoke(app, ["export", "--format", "csv", "--out", str(out), "--to", "-"])
    assert stdout.output.startswith("subject,relation,object")
