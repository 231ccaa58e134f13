"""The streamed writers (issue #8: memory bounded by the batch, not the corpus) give exactly what
the in-memory ones gave: graph.trig as one sorted serialization of every quad, the viewer page as
one ``json.dumps``, the store as one bulk load; and a failed write leaves the old outputs."""

from __future__ import annotations

import hashlib
import io
import json
import math
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Literal
from rdflib import namespace as ns

from kg.fileio import StagedFile
from kg.namespaces import actor_iri, statement_id
from kg.outputs.rdf import _confidence_literal, build_trig, quads, write_trig_to
from kg.namespaces import PREFIXES
from kg.outputs.store import trig_pieces, write_store, write_store_from_file
from kg.types import Actor, Argument, BuildResult, Document, Event, Relation, Statement
from kg.outputs.page import _JSON_UNSAFE, script_json
from kg.outputs.viewer import render_html, write_html

CHINA = Actor(actor_iri("China"), "China", "Country", aliases=("PRC",))
JAPAN = Actor(actor_iri("Japan"), "Japan", "Country")
HOSTILE = Actor(actor_iri("<x>\n}\n@prefix a: <b> ."), "<x>\n}\n@prefix a: <b> .", "Group", aliases=('"q"\n\tdoc:x {',))


def _result(documents: int = 12) -> BuildResult:
    """Several documents, shared actors, text that looks like TriG structure, events and dates."""
    docs, statements = [], []
    for index in range(documents):
        doc_id = f"d{index % 3}/{index}"  # ids whose IRIs sort differently from the ids
        text = f"China warned Japan.\n}}\n\tdoc:{index} {{ Japan replied.\n"
        docs.append(Document(doc_id, text, f"{doc_id}.txt", title=f"T{index}\n}}", date="2025-11-2" + str(index % 9), url="https://e.org/?a=1&b"))
        for start, end, subject, obj, lemma in ((0, 19, CHINA, JAPAN, "warn"), (22, len(text), JAPAN, HOSTILE, "reply")):
            sid = statement_id(doc_id, start, end, subject.label, lemma, obj.label)
            statements.append(
                Statement(sid, doc_id, text[start:end], start, end, Argument(subject, subject.label), Relation(lemma, lemma, "CONSULT", "verbal cooperation", "040"),
                          Argument(obj, obj.label), negated=index % 4 == 0, modality="future" if index % 5 == 0 else None,
                          confidence=(0.6, 1e-07, float("nan"), 0.95)[index % 4], date="2025-11", date_precision="month",
                          event_id="e1" if lemma == "warn" else None)  # fmt: skip
            )
    warns = tuple(s.id for s in statements if s.relation.lemma == "warn")
    event = Event("e1", CHINA, JAPAN, "warn", "CONSULT", "verbal cooperation", False, "2025-11", "month", warns, tuple(d.id for d in docs), 3, 0.9)
    return BuildResult(documents=docs, statements=statements, actors={a.id: a for a in (CHINA, JAPAN, HOSTILE)}, events=[event])


def _in_memory_trig(result: BuildResult) -> bytes:
    """graph.trig the way it was written before it was streamed: every quad in one set, sorted."""
    every = set(quads(result))
    ordered = sorted(every, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return ox.serialize(ordered, format=ox.RdfFormat.TRIG, prefixes=dict(sorted(PREFIXES.items())))


@pytest.mark.parametrize("documents", [0, 1, 12])
def test_streamed_trig_equals_the_sorted_in_memory_serialization(documents: int) -> None:
    result = _result(documents)
    streamed = io.BytesIO()
    write_trig_to(result, streamed)
    assert streamed.getvalue() == _in_memory_trig(result)
    assert build_trig(result) == streamed.getvalue().decode("utf-8")


@given(st.floats(allow_nan=True, allow_infinity=True))
@settings(max_examples=300, deadline=None)
def test_confidence_literal_is_rdflibs_lexical_form(value: float) -> None:
    if math.isfinite(value):
        expected = str(Literal(Decimal(repr(value)), datatype=ns.XSD.decimal))
    else:
        expected = str(Literal(value, datatype=ns.XSD.double))
    assert _confidence_literal(value).value == expected


@pytest.mark.parametrize("chunk_bytes", [1, 300, 1 << 20])
def test_store_loaded_in_pieces_holds_every_quad(chunk_bytes: int, tmp_path: Path) -> None:
    trig = tmp_path / "graph.trig"
    with StagedFile(trig) as staged:
        write_trig_to(_result(), staged)
        staged.commit()
    pieces = list(trig_pieces(trig, chunk_bytes))
    if chunk_bytes == 1:
        assert len(pieces) > 12  # every block a piece of its own
    write_store_from_file(trig, tmp_path / "pieces", chunk_bytes)
    write_store(trig.read_text(encoding="utf-8"), tmp_path / "whole")
    loaded = set(ox.Store.read_only(str(tmp_path / "pieces" / "store")))
    assert loaded == set(ox.Store.read_only(str(tmp_path / "whole" / "store")))
    parsed = ox.Store()  # a store keeps its own form of some literals ("nan" as a double): compare stores
    parsed.extend(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    assert loaded == set(parsed)


def test_streamed_page_equals_the_rendered_one() -> None:
    result = _result()
    streamed = io.BytesIO()
    write_html(result, streamed)
    assert streamed.getvalue() == render_html(result).encode("utf-8")


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=4), children, max_size=4),
    max_leaves=20,
)


@given(_json)
@settings(max_examples=300, deadline=None)
def test_script_json_in_pieces_equals_one_dumps(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    assert script_json(value) == _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def test_staged_file_is_hashed_and_only_committed_files_replace(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")
    with StagedFile(path) as staged:
        staged.write(b"new ")
        staged.write(b"bytes")
    assert path.read_text(encoding="utf-8") == "old"  # never committed: removed, nothing replaced
    with StagedFile(path) as staged:
        staged.write(b"new bytes")
        staged.commit()
    assert path.read_bytes() == b"new bytes"
    assert staged.sha256 == hashlib.sha256(b"new bytes").hexdigest()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_a_failing_writer_leaves_the_previous_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.outputs import viewer as viz
    from kg.outputs.jsonl import triples_jsonl
    from kg.pipeline import OUTPUTS_MANIFEST, write_outputs

    out = tmp_path / "out"
    first = _result(3)
    write_outputs(first, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    manifest = json.loads(before[OUTPUTS_MANIFEST])
    for name, digest in manifest["files"].items():  # the hashes taken while streaming are the files'
        assert hashlib.sha256(before[name]).hexdigest() == digest
    assert before["triples.jsonl"] == triples_jsonl(first).encode("utf-8")

    def broken(result: BuildResult, output: object) -> None:
        raise RuntimeError("the viewer failed")

    monkeypatch.setattr(viz, "write_html", broken)
    with pytest.raises(RuntimeError, match="viewer failed"):
        write_outputs(_result(6), out)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert {name: after[name] for name in ("triples.jsonl", "graph.trig", "graph.html")} == {
        name: before[name] for name in ("triples.jsonl", "graph.trig", "graph.html")
    }
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*.tmp"))
    # the store being loaded beside the failing writer was removed; the old one is still live
    assert [p for p in out.glob(".store-*")] == [(out / "store").resolve()]
    store = ox.Store.read_only(str(out / "store"))
    assert len(store) == len(list(ox.parse(before["graph.trig"], format=ox.RdfFormat.TRIG)))
