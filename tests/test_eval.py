"""kg eval: the scoring rules on hand-made predictions and gold, and the CLI."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.eval.gold import GoldStatement, Predicted, evaluate, load_gold


def pred(subject, lemma, obj, doc="d1", subject_text=None):
    return Predicted(doc, (subject, subject_text or subject), lemma, (obj, obj))


def gold(subject, relation, obj, tier="core", doc="d1"):
    return GoldStatement(doc, tuple(subject), tuple(relation), tuple(obj), tier)


GOLD = [
    gold(["Xi Jinping", "Xi"], ["tell"], ["Donald Trump", "Trump"]),
    gold(["Liu Jinsong"], ["meet", "hold talks"], ["Kanai Masaaki"]),
    gold(["Yang Jiechi", "Yang"], ["urge"], ["Japan", "Tokyo"], tier="hard"),
    gold(["China"], ["urge"], ["United States"], tier="boilerplate"),
    gold(["Russia"], ["support"], ["China"], doc="d2"),
]


def test_scoring_rules():
    predictions = [
        pred("Xi Jinping", "tell", "Donald Trump"),
        pred("Xi Jinping", "tell", "Donald Trump"),  # duplicate: counted once
        pred("Kanai Masaaki", "meet", "Liu Jinsong"),  # symmetric relation, reversed: a match
        pred("China", "urge", "United States"),  # only boilerplate gold: ignored
        pred("Japan", "annex", "Taiwan"),  # false positive
        pred("Russia", "oppose", "China", doc="d2"),  # wrong relation: false positive in strict mode
    ]
    result = evaluate(predictions, GOLD)
    overall = result.overall
    assert (overall.n_pred, overall.n_pred_correct, overall.n_ignored) == (4, 2, 1)
    assert (overall.n_core, overall.n_core_found, overall.n_hard, overall.n_hard_found) == (3, 2, 1, 0)
    assert overall.precision == pytest.approx(0.5)
    assert overall.recall_core == pytest.approx(2 / 3)
    assert overall.recall == pytest.approx(0.5)
    assert overall.f1 == pytest.approx(0.5)
    assert sorted(g.describe() for g in result.misses) == ["Russia --support--> China", "Yang Jiechi --urge--> Japan"]
    assert sorted(p.describe() for p in result.false_positives) == ["Japan --annex--> Taiwan", "Russia --oppose--> China"]
    assert result.by_doc["d2"].precision == 0.0


def test_pairs_mode_ignores_the_relation_and_surface_text_counts():
    predictions = [pred("Russia", "oppose", "China", doc="d2"), pred("Yang Jiechi", "urge", "Japan", subject_text="He")]
    result = evaluate(predictions, GOLD, pairs=True)
    assert result.overall.n_pred_correct == 2
    assert result.overall.n_hard_found == 1


def test_asymmetric_relations_must_keep_their_direction():
    result = evaluate([pred("Donald Trump", "tell", "Xi Jinping")], GOLD)
    assert result.overall.n_pred_correct == 0


def test_bad_gold_line_names_file_and_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"doc": "d", "subject": ["A"], "relation": ["tell"], "object": ["B"], "tier": "core"}\n{"doc": "d"}\n')
    with pytest.raises(ValueError, match=r"g.jsonl:2: bad gold record"):
        load_gold([path])


def test_cli_eval_json(tmp_path):
    records = [
        {"doc": "d1", "subject": {"label": "Xi Jinping", "text": "Xi"}, "relation": {"lemma": "tell"},
         "object": {"label": "Donald Trump", "text": "Trump"}, "sentence": "Xi told Trump."},
        {"doc": "d1", "subject": {"label": "Japan", "text": "Japan"}, "relation": {"lemma": "annex"},
         "object": {"label": "Taiwan", "text": "Taiwan"}, "sentence": "..."},
    ]
    (tmp_path / "triples.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    (tmp_path / "gold.jsonl").write_text(
        json.dumps({"doc": "d1", "subject": ["Xi Jinping"], "relation": ["tell"], "object": ["Donald Trump"],
                    "evidence": "Xi told Trump.", "tier": "core"}) + "\n"
    )
    run = CliRunner().invoke(app, ["eval", str(tmp_path / "triples.jsonl"), str(tmp_path / "gold.jsonl"), "--json"])
    assert run.exit_code == 0, run.output
    figures = json.loads(run.output)
    assert (figures["precision"], figures["recall_core"], figures["n_pred"]) == (0.5, 1.0, 2)
    assert figures["false_positives"] == [{"doc": "d1", "statement": "Japan --annex--> Taiwan", "sentence": "..."}]
    missing = CliRunner().invoke(app, ["eval", str(tmp_path / "nope.jsonl"), str(tmp_path / "gold.jsonl")])
    assert missing.exit_code == 2


def test_lemmas_compare_without_a_trailing_preposition():
    gold_record = gold(["China"], ["conduct exercises against", "call on"], ["Taiwan"])
    assert evaluate([pred("China", "conduct exercises", "Taiwan")], [gold_record]).overall.n_pred_correct == 1
    assert evaluate([pred("China", "conduct", "Taiwan")], [gold_record]).overall.n_pred_correct == 0


@pytest.mark.slow
def test_cli_benchmark_json():
    from kg.eval.datasets import default_data_path

    try:
        default_data_path("petrarch2-gsr")
    except FileNotFoundError:
        pytest.skip("benchmark data (../shared/benchmarks) is not beside this checkout")
    run = CliRunner().invoke(app, ["eval", "--benchmark", "petrarch2-gsr", "--json"])
    assert run.exit_code == 0, run.output
    figures = json.loads(run.output)
    assert {"precision", "recall", "f1", "class_accuracy", "n_gold", "n_pred"} <= set(figures)
    assert figures["n_gold"] == 62
    unknown = CliRunner().invoke(app, ["eval", "--benchmark", "nope"])
    assert unknown.exit_code == 2


def test_event_grouping_is_scored_pairwise_across_documents():
    call = [
        GoldStatement("d1", ("Xi Jinping",), ("tell",), ("Donald Trump",), "core", event="call"),
        GoldStatement("d2", ("Donald Trump",), ("speak",), ("Xi Jinping",), "core", event="call"),
    ]
    other = [GoldStatement("d2", ("China",), ("urge",), ("Japan",), "core")]  # unlabelled: its own event

    def p(subject, lemma, obj, doc, event_id):
        return Predicted(doc, (subject, subject), lemma, (obj, obj), event_id=event_id)

    predictions = [
        p("Xi Jinping", "tell", "Donald Trump", "d1", "e1"),
        p("Xi Jinping", "tell", "Donald Trump", "d1", "e1"),  # said twice in d1: a correct pair
        p("Donald Trump", "speak", "Xi Jinping", "d2", "e2"),  # the same call, missed: 2 gold pairs lost
        p("China", "urge", "Japan", "d2", "e2"),  # wrongly grouped with the call: 1 wrong pair
        p("Japan", "annex", "Taiwan", "d2", "e2"),  # matches no gold: not part of the grouping score
    ]
    grouping = evaluate(predictions, call + other).grouping
    assert (grouping.matched, grouping.pred_pairs, grouping.gold_pairs, grouping.both) == (4, 2, 3, 1)
    assert (grouping.precision, round(grouping.recall, 4)) == (0.5, 0.3333)
    # without event labels in the gold there is nothing to score
    assert evaluate(predictions, other).grouping is None
