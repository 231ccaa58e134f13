"""The Oxigraph store written by kg build, and kg query with its named queries."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.outputs.store import QueryError, named_queries, open_store, run_query, write_store

pytestmark = pytest.mark.slow
runner = CliRunner()


def kg_query(out, *args):
    result = runner.invoke(app, ["query", *args, "--out", str(out)])
    return result


def rows(out, *args):
    result = kg_query(out, *args, "--format", "csv")
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_build_writes_a_store_with_every_quad(corpus_build):
    result, out = corpus_build
    store = open_store(out)
    assert len(store) > 0
    statements = run_query(store, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }").rows[0][0]
    assert statements == len(result.statements)
    # no staging left behind: the only data folder is the one the "store" link points to
    assert [p for p in out.iterdir() if p.name.startswith(".store")] == [(out / "store").resolve()]


def test_named_queries_are_listed_with_parameters(corpus_build):
    queries = named_queries()
    assert {"actor_statements", "events_between", "top_actors", "pair_evidence", "negated_or_hypothetical",
            "two_hop_paths", "statements_per_document"} <= set(queries)
    assert queries["events_between"].parameters == ("event", "a", "b")
    listing = runner.invoke(app, ["query", "--list"])
    assert listing.exit_code == 0 and "two_hop_paths" in listing.output


def test_actor_statements(corpus_build):
    found = {(r["subject"], r["relation"], r["object"]) for r in rows(corpus_build[1], "--name", "actor_statements",
                                                                      "--param", "actor=Sergei Shoigu")}
    assert found == {("Sergei Shoigu", "tell", "Wang Yi"), ("Sergei Shoigu", "inform", "Wang Yi"),
                     ("Sergei Shoigu", "support", "China"), ("Sergei Shoigu", "watch", "Japan")}  # the last two: 003's headline


def test_events_between_countries(corpus_build):
    found = rows(corpus_build[1], "--name", "events_between", "-p", "event=REQUEST", "-p", "a=Japan", "-p", "b=China")
    assert ("China", "urge", "Japan") in {(r["subject"], r["relation"], r["object"]) for r in found}
    assert all(r["event"] == "REQUEST" for r in found)


def test_top_actors_pair_paths_documents(corpus_build):
    result, out = corpus_build
    top = rows(out, "--name", "top_actors")
    assert top[0]["actor"] == "China" and top[0]["type"] == "Country"
    counts = {r["actor"]: int(r["statements"]) for r in top}
    assert counts["China"] == sum(1 for s in result.statements if "China" in (s.subject.actor.label, s.object.actor.label))
    pair = rows(out, "--name", "pair_evidence", "-p", "a=Takeo Akiba", "-p", "b=Yang Jiechi")
    assert {r["relation"] for r in pair} >= {"tell", "meet", "agree", "brief"}
    assert all("\n" not in r["sentence"] and r["sentence"].endswith(".") for r in pair)
    paths = rows(out, "--name", "two_hop_paths", "-p", "a=Yang Jiechi", "-p", "b=Fumio Kishida")
    assert {r["via"] for r in paths} == {"Takeo Akiba"}
    per_doc = {r["doc"]: int(r["statements"]) for r in rows(out, "--name", "statements_per_document")}
    assert per_doc == {d.id: sum(1 for s in result.statements if s.doc == d.id) for d in result.documents}
    flagged = rows(out, "--name", "negated_or_hypothetical")
    assert ("Li Qiang", "meet", "Sanae Takaichi", "True", "future") in {
        (r["subject"], r["relation"], r["object"], r["negated"], r["modality"]) for r in flagged}


def test_parameters_are_terms_not_text(corpus_build):
    out = corpus_build[1]
    before = len(open_store(out))
    hostile = 'x" } DROP ALL #'
    assert rows(out, "SELECT ?actor ?a WHERE { ?a rdfs:label ?actor }", "--param", f"actor={hostile}") == []
    named = kg_query(out, "--name", "actor_statements", "--param", f"actor={hostile}")
    assert named.exit_code == 2 and f"parameter actor={hostile!r}: no actor in the store" in named.output
    assert len(open_store(out)) == before


def test_actor_parameters_take_aliases_any_case_and_unique_prefixes(corpus_build):
    """#20 item 5: -p actor=Xi found nothing; any alias, any case or a unique start of a name now
    names the actor, and a name that matches no actor says so, with the nearest names."""
    result, out = corpus_build
    xi = rows(out, "--name", "actor_statements", "-p", "actor=Xi Jinping")
    his = [s for s in result.statements if "Xi Jinping" in (s.subject.actor.label, s.object.actor.label)]
    assert len(xi) == len(his) > 0 and {r["actor"] for r in xi} == {"Xi Jinping"}
    for given in ("Xi", "xi", "XI JINPING", "xi jin"):
        assert rows(out, "--name", "actor_statements", "-p", f"actor={given}") == xi, given
    shoigu = rows(out, "--name", "actor_statements", "-p", "actor=shoig")  # the start of the alias "Shoigu"
    assert {(r["subject"], r["relation"], r["object"]) for r in shoigu} == {
        ("Sergei Shoigu", "tell", "Wang Yi"), ("Sergei Shoigu", "inform", "Wang Yi"),
        ("Sergei Shoigu", "support", "China"), ("Sergei Shoigu", "watch", "Japan")}
    between = rows(out, "--name", "events_between", "-p", "event=request", "-p", "a=tokyo", "-p", "b=beijing")
    assert ("China", "urge", "Japan") in {(r["subject"], r["relation"], r["object"]) for r in between}
    assert {(r["event"], r["a"], r["b"]) for r in between} == {("REQUEST", "Japan", "China")}

    unknown = kg_query(out, "--name", "actor_statements", "-p", "actor=Xii")
    assert unknown.exit_code == 2
    assert unknown.output.startswith(
        "error: parameter actor='Xii': no actor in the store has that name, an alias like it, or a name that "
        "starts with it (any case); nearest names: 'Xi', 'Xi Jinping'")
    assert "kg query --name top_actors lists the actors" in unknown.output
    several = kg_query(out, "--name", "pair_evidence", "-p", "a=li", "-p", "b=Japan")
    assert several.exit_code == 2
    assert "parameter a='li' is the start of the names of 2 actors: 'Li Qiang', 'Liu Jinsong'; give one of them in full" in several.output
    event = kg_query(out, "--name", "events_between", "-p", "event=ask", "-p", "a=China", "-p", "b=Japan")
    assert event.exit_code == 2 and "parameter event='ask': not a PLOVER event class (one of: ACCUSE, AGREE," in event.output


def test_list_shows_every_parameter_with_its_kind(corpus_build):
    """#20 item 5: the optional [actor=...] of timeline was read as rich markup and vanished."""
    listing = runner.invoke(app, ["query", "--list"], env={"COLUMNS": "200"})  # one line a query
    assert listing.exit_code == 0
    lines = {line.split("│")[1].strip(): line.split("│")[2].strip() for line in listing.output.splitlines() if line.count("│") == 4}
    assert lines["timeline"] == "[actor=<actor>] (optional)"
    assert lines["events_between"] == "event=<event class> a=<actor> b=<actor>"
    assert lines["actor_statements"] == "actor=<actor>"
    assert lines["top_actors"] == ""


def test_an_update_is_refused_as_an_update(corpus_build):
    """#20 item 4: INSERT answered "syntax error ... expected CONSTRUCT"."""
    out = corpus_build[1]
    for update, operation in (("INSERT DATA { actor:a rdfs:label 'a' }", "INSERT"),
                              ("PREFIX ex: <https://example.org/>\n# wipe\nDROP ALL", "DROP"),
                              ("delete where { ?s ?p ?o }", "DELETE")):
        refused = kg_query(out, update)
        assert refused.exit_code == 2, update
        assert refused.output == (
            f"error: SPARQL updates are not supported ({operation} given): kg queries only read the store a build "
            "wrote; run kg build again to change it, or kg push to copy it to a writable store\n")
    assert rows(out, "SELECT ?insert WHERE { actor:Xi_Jinping rdfs:label ?insert }") == [{"insert": "Xi Jinping"}]


def test_an_unknown_prefix_is_named(corpus_build):
    unknown = kg_query(corpus_build[1], "SELECT ?x WHERE {\n  ?x foaf:name ?n\n}")
    assert unknown.exit_code == 2
    assert unknown.output.startswith("error: SPARQL syntax error: error at 2:")
    assert "unknown prefix 'foaf:' (declare it with PREFIX foaf: <...>; predefined: kg: rel: actor:" in unknown.output


def test_out_is_the_build_folder_and_store_an_alias(corpus_build):
    """#20 item 6: kg query took --store where every other command takes --out/-o."""
    out = corpus_build[1]
    query = "SELECT ?l WHERE { actor:Xi_Jinping rdfs:label ?l }"
    for flag in ("--out", "-o", "--store"):
        result = runner.invoke(app, ["query", query, flag, str(out), "--format", "csv"])
        assert result.exit_code == 0 and result.output == "l\nXi Jinping\n", (flag, result.output)


def test_errors(corpus_build):
    out = corpus_build[1]
    bad = kg_query(out, "SELECT ?x WHERE {\n  ?x ?y\n}")
    assert bad.exit_code == 2 and "SPARQL syntax error" in bad.output and "3:" in bad.output
    assert kg_query(out, "--name", "actor_statements").exit_code == 2  # its parameter is missing
    assert kg_query(out, "--name", "no_such_query").exit_code == 2
    missing = runner.invoke(app, ["query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(out / "nowhere")])
    assert missing.exit_code == 2 and "kg build" in missing.output
    with pytest.raises(QueryError, match="must be a variable the query SELECTs"):
        run_query(open_store(out), "SELECT ?s WHERE { ?s ?p ?o }", {"o": "x"})


def test_json_and_ask(corpus_build):
    out = corpus_build[1]
    result = runner.invoke(app, ["query", "ASK { actor:Xi_Jinping rel:tell actor:Donald_Trump }", "--store", str(out),
                                 "--format", "json"])
    assert json.loads(result.output) == {"boolean": True}


def test_store_is_replaced_whole(tmp_path):
    write_store('<https://e/a> <https://e/p> "1" .\n', tmp_path)
    write_store('<https://e/b> <https://e/p> "2" .\n<https://e/c> <https://e/p> "3" .\n', tmp_path)
    assert len(open_store(tmp_path)) == 2
    # one live data folder behind the "store" link; the old one is gone
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".store-")) == ["store"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".store-")] == [(tmp_path / "store").resolve().name]


def test_countries_carry_iso_codes(corpus_build):
    codes = run_query(open_store(corpus_build[1]),
                      "SELECT ?label ?a3 WHERE { ?c a schema:Country ; rdfs:label ?label ; kg:iso3166Alpha3 ?a3 } ORDER BY ?label")
    found = dict((label, code) for label, code in codes.rows)
    assert {"China": "CHN", "Japan": "JPN", "Taiwan": "TWN", "Russia": "RUS", "United States": "USA"}.items() <= found.items()
