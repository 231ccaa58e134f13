"""The quality floor: kg build + kg eval on the sample corpus against the development gold
(tests/gold/, written from the articles independently of the extractor). The bars are the
figures reached so far; raise them when quality improves, never lower them quietly."""

from __future__ import annotations

import pytest

from kg.eval.gold import evaluate, load_gold, load_predictions

pytestmark = pytest.mark.slow

GOLD = __import__("pathlib").Path(__file__).parent / "gold"


@pytest.fixture(scope="module")
def scores(corpus_build):
    _, out = corpus_build
    return evaluate(load_predictions(out / "triples.jsonl"), load_gold([GOLD]))


def test_gold_is_complete():
    gold = load_gold([GOLD])
    assert len({g.doc for g in gold}) == 5
    assert sum(g.tier == "core" for g in gold) == 26  # 30 until the attitude records left (tests/gold/README.md)


def test_strict_quality_floor(scores):
    overall = scores.overall
    assert overall.precision >= 0.95, scores.false_positives
    assert overall.recall_core >= 0.93, [g.describe() for g in scores.misses if g.tier == "core"]
    assert overall.f1 >= 0.80


def test_actor_pair_quality_floor(corpus_build):
    _, out = corpus_build
    pairs = evaluate(load_predictions(out / "triples.jsonl"), load_gold([GOLD]), pairs=True).overall
    assert pairs.precision >= 0.97 and pairs.recall_core >= 1.0 and pairs.f1 >= 0.91


def test_event_grouping_floor(scores):
    """Reports of one event across the articles (gold "event" labels) grouped by kg.events.grouping."""
    grouping = scores.grouping
    # Measured over the predictions that match gold: 19 of them when this floor was first set
    # (P 0.74, R 0.93 over 15 gold pairs), 80 since the extractor finds more (P 0.63, R 0.63 over
    # 27 gold pairs). What is left: country-level and person-level reports of one meeting are
    # different actor pairs, and the sample articles carry no dates, so the China-Japan talks of
    # 2022 and of 2025 cannot be told apart.
    # 0.62 until the gold dropped "China views Taiwan as ..." (an attitude, not an event, by
    # news/GUIDELINES.md): its four reports in four articles were the easiest group to find.
    # Without them: P 0.63, R 0.61 over 28 gold pairs.
    assert grouping is not None and grouping.gold_pairs >= 25
    assert grouping.precision >= 0.62 and grouping.recall >= 0.60, grouping
