"""Why a benchmark unit was scored as it was: error kinds and a few examples of each."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.eval.scoring import Dyad, UnitScore, _Item

MAX_EXAMPLES = 20


@dataclass
class Coded:
    dyads: list[Dyad]
    unmapped: list[str]
    statements: list[str]


def format_item(item: _Item) -> str:
    arrow = "<->" if item.undirected else "->"
    classes = "/".join(sorted(item.classes)) or "-"
    return f"{item.source}{arrow}{item.target} {classes}"


def miss_kind(gold: _Item, unit: UnitScore, coded: Coded) -> str:
    """Why a gold dyad was missed: no statement in the sentence (extraction), a statement whose
    actor did not map to a code (mapping), the reverse direction only, or other actors."""
    if not coded.statements:
        return "missed_no_statement"
    if any({p.source, p.target} == {gold.source, gold.target} for p in unit.pred):
        return "missed_wrong_direction"
    if coded.unmapped:
        return "missed_unmapped_actor"
    return "missed_other_dyad"


def wrong_class(gold: _Item, hits: list[int], unit: UnitScore) -> bool:
    return bool(hits) and not gold.classes & set().union(*(unit.pred[j].classes for j in hits))


def error_kinds(unit: UnitScore, coded: Coded) -> Counter[str]:
    """Why gold items were missed / predictions were wrong, for one sentence."""
    kinds: Counter[str] = Counter()
    for gold, hits in zip(unit.gold, unit.gold_hit, strict=True):
        if not hits:
            kinds[miss_kind(gold, unit, coded)] += 1
        elif wrong_class(gold, hits, unit):
            kinds["wrong_class"] += 1
    kinds["false_positive"] += sum(1 for hit in unit.pred_hit if not hit)
    return kinds


def examples(rows: list[dict[str, Any]], limit: int = MAX_EXAMPLES) -> list[dict[str, Any]]:
    """Up to ``limit`` error examples, round-robin over the error kinds."""
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)
    out: list[dict[str, Any]] = []
    while len(out) < limit and any(by_kind.values()):
        for kind in list(by_kind):
            if by_kind[kind] and len(out) < limit:
                out.append(by_kind[kind].pop(0))
    return out


def unit_examples(unit_id: str, text: str, unit: UnitScore, coded: Coded) -> list[dict[str, Any]]:
    rows = []
    predicted = [format_item(p) for p in unit.pred]
    base = {"id": unit_id, "sentence": text, "predicted": predicted, "statements": coded.statements}
    for gold, hits in zip(unit.gold, unit.gold_hit, strict=True):
        if not hits:
            rows.append({"kind": miss_kind(gold, unit, coded), "gold": format_item(gold), **base, "unmapped": coded.unmapped})
        elif wrong_class(gold, hits, unit):
            rows.append({"kind": "wrong_class", "gold": format_item(gold), **base})
    for pred, hit in zip(unit.pred, unit.pred_hit, strict=True):
        if not hit:
            rows.append({"kind": "false_positive", "gold": [format_item(g) for g in unit.gold], **base, "wrong": format_item(pred)})
    return rows


def per_class_counts(units: Iterable[UnitScore]) -> dict[str, dict[str, int]]:
    """Per gold class: gold items, found, found with the class; per predicted class: predictions."""
    per_class: dict[str, dict[str, int]] = defaultdict(lambda: {"gold": 0, "found": 0, "class_correct": 0, "predicted": 0})
    for unit in units:
        for gold, hits in zip(unit.gold, unit.gold_hit, strict=True):
            for cls in gold.classes or {"-"}:
                row = per_class[cls]
                row["gold"] += 1
                row["found"] += bool(hits)
                row["class_correct"] += bool(hits and cls in set().union(*(unit.pred[j].classes for j in hits)))
        for pred in unit.pred:
            for cls in pred.classes or {"-"}:
                per_class[cls]["predicted"] += 1
    return dict(sorted(per_class.items()))
