"""kg serve (Oxigraph's read-only SPARQL server) and kg push (Graph Store Protocol), against
real servers started on free localhost ports."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess

import httpx
import pytest
from serving import KG, free_port, listening_addresses, running

from kg.serve.endpoint import oxigraph_executable

pytestmark = pytest.mark.slow
COUNT = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a <https://w3id.org/newskg/ontology#Statement> }"
JSON = {"Accept": "application/sparql-results+json"}
READ_ONLY = ": kg serve is read-only (it serves the store a build wrote; run kg build again to change it, or kg push to copy it to a writable store)\n"


@pytest.fixture(scope="module")
def served(corpus_build):
    """One kg serve of the sample build for the tests that only read: (BuildResult, base URL)."""
    result, out = corpus_build
    port = free_port()
    with running([KG, "serve", "--out", str(out), "--port", str(port)], port) as base:
        yield result, base


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


def test_the_query_page_and_everything_it_loads_are_served(served):
    """#20 item 1: / was a blank page, its script, style and icon refused with 403."""
    _, base = served
    page = httpx.get(f"{base}/")
    assert page.status_code == 200 and page.headers["content-type"] == "text/html; charset=utf-8"
    assert '<script src="/yasgui.min.js"></script>' in page.text and '<div id="yasgui"></div>' in page.text
    config = json.loads(re.search(r'<script id="kg-config" type="application/json">(.*?)</script>', page.text).group(1))
    assert config["query"].startswith("PREFIX kg: <https://w3id.org/newskg/ontology#>\nPREFIX rel: <https://w3id.org/newskg/rel/>\n")
    for path, kind in (("/yasgui.min.js", "javascript"), ("/yasgui.min.css", "text/css"), ("/logo.svg", "image/svg+xml")):
        asset = httpx.get(base + path)
        assert asset.status_code == 200 and kind in asset.headers["content-type"] and len(asset.content) > 1000, path
    assert httpx.get(f"{base}/prefixes.json").json()["actor"] == "https://w3id.org/newskg/actor/"


def test_plain_reads_of_the_graph_store_are_answered(served):
    """#20 item 1: a read-only GET /store was refused as a write."""
    result, base = served
    dump = httpx.get(f"{base}/store", headers={"Accept": "application/n-quads"})
    assert dump.status_code == 200 and dump.headers["content-type"].startswith("application/n-quads")
    statements = [line for line in dump.text.splitlines()
                  if "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Statement>" in line]
    assert len(statements) == len(result.statements)


def test_every_refusal_says_what_was_refused_and_why(served):
    """#20 item 1: every refusal said "updates and Graph Store writes are refused", whatever it was."""
    _, base = served
    refusals = [
        (httpx.put(f"{base}/store", content=b"<a:a> <a:b> <a:c> .", headers={"Content-Type": "application/n-triples"}),
         "Graph Store write refused: PUT /store would change the data"),
        (httpx.delete(f"{base}/store"), "Graph Store write refused: DELETE /store would change the data"),
        (httpx.post(f"{base}/update", content="DROP ALL", headers={"Content-Type": "application/sparql-update"}),
         "SPARQL update refused: POST /update would change the data"),
        (httpx.post(f"{base}/sparql", data={"update": "DROP ALL"}),
         "SPARQL update refused: POST /sparql with an update= parameter"),
        (httpx.post(f"{base}/query", content="CLEAR ALL", headers={"Content-Type": "application/sparql-update"}),
         "SPARQL update refused: POST /query with a SPARQL update (application/sparql-update)"),
        (httpx.get(f"{base}/query", params={"query": "INSERT DATA { <a:a> <a:b> <a:c> }"}),
         "SPARQL update refused: INSERT sent to GET /query"),
    ]
    for response, what in refusals:
        assert (response.status_code, response.text) == (403, what + READ_ONLY)
    missing = httpx.get(f"{base}/nowhere")
    assert missing.status_code == 404 and missing.text == (
        "not found: GET /nowhere. kg serve answers GET / (the query page), GET or POST /query and /sparql "
        "(SPARQL queries), GET /store (the whole dataset, Graph Store Protocol), GET /prefixes.json (kg's prefixes).\n")
    after = httpx.get(f"{base}/query", params={"query": COUNT}, headers=JSON)
    assert int(after.json()["results"]["bindings"][0]["n"]["value"]) == len(served[0].statements)


def test_the_service_description_names_the_public_address(served):
    """#20 item 2: it named Oxigraph's internal port."""
    _, base = served
    for path in ("/query", "/sparql"):
        description = httpx.get(base + path, headers={"Accept": "application/n-triples"})
        endpoints = [line.split()[2] for line in description.text.splitlines()
                     if "<http://www.w3.org/ns/sparql-service-description#endpoint>" in line]
        assert endpoints == [f"<{base}{path}>"], description.text[:500]


def test_kg_prefixes_are_predefined_as_in_kg_query(served, corpus_build):
    """#20 item 3: a query written for kg query failed on kg serve with a long parse error."""
    _, base = served
    query = "SELECT DISTINCT ?subject ?object WHERE {\n  ?s kg:subject/rdfs:label ?subject ; kg:object ?o ; kg:lemma 'tell' .\n  ?o rdfs:label ?object .\n  FILTER(?o = actor:Donald_Trump)\n} ORDER BY ?subject"
    kg_query = subprocess.run([KG, "query", query, "--out", str(corpus_build[1]), "--format", "csv"],
                              capture_output=True, text=True)
    assert kg_query.returncode == 0, kg_query.stderr
    expected = list(csv.reader(io.StringIO(kg_query.stdout)))
    for send in (lambda: httpx.get(f"{base}/query", params={"query": query}, headers={"Accept": "text/csv"}),
                 lambda: httpx.post(f"{base}/sparql", data={"query": query}, headers={"Accept": "text/csv"}),
                 lambda: httpx.post(f"{base}/query", content=query,
                                    headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})):
        answer = send()
        assert answer.status_code == 200, answer.text
        assert list(csv.reader(io.StringIO(answer.text))) == expected == [["subject", "object"], ["Xi Jinping", "Donald Trump"]]
    # a query's own declarations still win, and errors point into the query as it was sent
    own = httpx.get(f"{base}/query", params={"query": "PREFIX kg: <https://example.org/> SELECT ?s WHERE { ?s a kg:Statement }"}, headers=JSON)
    assert own.json()["results"]["bindings"] == []
    bad = httpx.get(f"{base}/query", params={"query": "SELECT ?x WHERE {\n  ?x ?y\n}"})
    assert bad.status_code == 400 and bad.text.startswith("SPARQL syntax error: error at 3:")
    unknown = httpx.get(f"{base}/query", params={"query": "SELECT ?x WHERE {\n  ?x foaf:name ?n\n}"})
    assert unknown.status_code == 400 and unknown.text.startswith(
        "SPARQL syntax error: error at 2:")
    assert "unknown prefix 'foaf:' (declare it with PREFIX foaf: <...>; predefined: kg: rel: actor:" in unknown.text
