"""Shared fixtures. The spaCy pipeline is loaded once per test session (it takes seconds)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.model import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def triples_of(nlp):
    """text -> set of (subject label, relation lemma, object label, negated, modality)."""
    from kg.pipeline import extract_text

    def run(text: str) -> set[tuple[str, str, str, bool, str | None]]:
        return {
            (s.subject.actor.label, s.relation.lemma, s.object.actor.label, s.negated, s.modality)
            for s in extract_text(nlp, text)
        }

    return run


@pytest.fixture(scope="session")
def corpus_build(nlp, tmp_path_factory):
    """The bundled sample corpus, built once: (BuildResult, output directory)."""
    from kg.pipeline import build, write_outputs

    out = tmp_path_factory.mktemp("out")
    result = build(nlp=nlp)
    write_outputs(result, out)
    return result, out
