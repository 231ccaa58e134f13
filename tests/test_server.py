"""kg serve (Oxigraph's read-only SPARQL server) and kg push (Graph Store Protocol), against
real servers started on free localhost ports."""

from __future__ import annotations

import csv
import io
import subprocess

import httpx
import pytest
from serving import KG, free_port, listening_addresses, running

from kg.serve.endpoint import oxigraph_executable

pytestmark = pytest.mark.slow
COUNT = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://w3id.org/newskg/ontology#Statement> }"



def test_serve_answers_queries_and_refuses_updates(corpus_build):
    result, out = corpus_build
    port = free_port()
    with running([KG, "serve", "--store", str(out), "--port", str(port)], port) as base:
        as_json = httpx.get(f"{base}/query", params={"query": COUNT}, headers={"Accept": "application/sparql-results+json"})
        assert as_json.status_code == 200
        assert int(as_json.json()["results"]["bindings"][0]["n"]["value"]) == len(result.statements)
        as_csv = httpx.get(f"{base}/query", params={"query": COUNT}, headers={"Accept": "text/csv"})
        assert list(csv.reader(io.StringIO(as_csv.text)))[1] == [str(len(result.statements))]
        as_xml = httpx.get(f"{base}/query", params={"query": COUNT}, headers={"Accept": "application/sparql-results+xml"})
        assert as_xml.headers["content-type"].startswith("application/sparql-results+xml") and "<sparql" in as_xml.text
        update = httpx.post(f"{base}/update", content="DROP ALL", headers={"Content-Type": "application/sparql-update"})
        assert update.status_code >= 400
        after = httpx.get(f"{base}/query", params={"query": COUNT}, headers={"Accept": "application/sparql-results+json"})
        assert int(after.json()["results"]["bindings"][0]["n"]["value"]) == len(result.statements)
        assert listening_addresses(port) == {"127.0.0.1"}  # loopback only, unless told otherwise


def test_push_to_a_graph_store(corpus_build, tmp_path):
    result, out = corpus_build
    port = free_port()
    server = [oxigraph_executable(), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"]
    with running(server, port) as base:
        pushed = subprocess.run([KG, "push", "--endpoint", f"{base}/store", "--out", str(out)], capture_output=True, text=True)
        assert pushed.returncode == 0, pushed.stderr
        count = httpx.get(f"{base}/query", params={"query": "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/newskg/ontology#Statement> } }"},
                          headers={"Accept": "application/sparql-results+json"})
        assert int(count.json()["results"]["bindings"][0]["n"]["value"]) == len(result.statements)
        graphs = httpx.get(f"{base}/query", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
                           headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"]
        assert {b["g"]["value"].rsplit("/", 1)[-1] for b in graphs} == {s.doc for s in result.statements}
        one = subprocess.run([KG, "push", "--endpoint", f"{base}/store", "--out", str(out), "--graph", "https://example.org/kg"],
                             capture_output=True, text=True)
        assert one.returncode == 0, one.stderr
        ask = httpx.get(f"{base}/query", params={"query": "ASK { GRAPH <https://example.org/kg> { <https://w3id.org/newskg/actor/Xi_Jinping> <https://w3id.org/newskg/rel/tell> <https://w3id.org/newskg/actor/Donald_Trump> } }"},
                        headers={"Accept": "application/sparql-results+json"})
        assert ask.json()["boolean"] is True
    refused = subprocess.run([KG, "push", "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--out", str(out)],
                             capture_output=True, text=True)
    assert refused.returncode == 1 and "cannot reach" in refused.stderr
