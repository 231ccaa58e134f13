"""SHACL shapes: a real build conforms; broken graphs do not, with the reason named."""

from __future__ import annotations

from dataclasses import replace

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.outputs.rdf import write_trig
from kg.outputs.validate import validate_trig

pytestmark = pytest.mark.slow


def test_real_build_conforms(corpus_build):
    report = validate_trig(corpus_build[1] / "graph.trig")
    assert report.conforms, report.text
    assert CliRunner().invoke(app, ["validate", "--out", str(corpus_build[1])]).exit_code == 0


@pytest.mark.parametrize(
    "breakage, message",
    [
        (lambda st: replace(st, confidence=1.5), "MaxInclusive"),
        (lambda st: replace(st, char_start=50, char_end=10), "must end after it starts"),
        (lambda st: replace(st, modality="perhaps"), "InConstraint"),
        (lambda st: replace(st, object=st.subject), "two different actors"),
        (lambda st: replace(st, sentence=""), "MinLength"),
    ],
)
def test_broken_graph_fails(corpus_build, tmp_path, breakage, message):
    result = corpus_build[0]
    broken = replace(result, statements=[breakage(result.statements[0]), *result.statements[1:]])
    write_trig(broken, tmp_path / "graph.trig")
    report = validate_trig(tmp_path / "graph.trig")
    assert not report.conforms
    assert report.violations >= 1 and message in report.text
    run = CliRunner().invoke(app, ["validate", "--out", str(tmp_path)])
    assert run.exit_code == 1 and "SHACL violation" in run.output


def test_actor_without_a_type_fails(corpus_build, tmp_path):
    result = corpus_build[0]
    first = result.statements[0]
    odd = replace(first.subject.actor, type="Spaceship")
    broken = replace(result, statements=[replace(first, subject=replace(first.subject, actor=odd)), *result.statements[1:]],
                     actors={**result.actors, odd.id: odd})
    write_trig(broken, tmp_path / "graph.trig")
    report = validate_trig(tmp_path / "graph.trig")
    assert not report.conforms and "OrConstraint" in report.text
