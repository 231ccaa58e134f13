"""Scoring dyads: per-unit matching (a sentence or a document), micro precision / recall / F1,
a bootstrap interval, class accuracy, and the loose name match of re3d."""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from kg.lexicon import normalise_name

SYMMETRIC_EVENTS = frozenset({"CONSULT", "AGREE", "COOPERATE"})


SYMMETRIC_CAMEO_ROOTS = frozenset({"03", "04", "06"})


BOOTSTRAP_SAMPLES = 1000


@dataclass(frozen=True)
class Dyad:
    """One (source, target) pair of a sentence, with its class and whether direction matters."""

    source: Hashable
    target: Hashable
    cls: str | None = None
    symmetric: bool = False


@dataclass
class _Item:
    source: Hashable
    target: Hashable
    undirected: bool
    classes: set = field(default_factory=set)
    cls: str | None = None  # the class that is part of the key (with_class scoring)


def collapse(dyads: Iterable[Dyad], with_class: bool = False) -> list[_Item]:
    """Deduplicate the dyads of one sentence; (A, B) and (B, A) where either is symmetric become one
    undirected item.

    >>> [(i.source, i.target, i.undirected) for i in collapse([Dyad("A", "B", "AGREE", True), Dyad("B", "A", "AGREE")])]
    [('A', 'B', True)]
    """
    items: list[_Item] = []
    for dyad in dyads:
        key_cls = dyad.cls if with_class else None
        for item in items:
            if item.cls != key_cls:
                continue
            same = (item.source, item.target) == (dyad.source, dyad.target)
            reverse = (item.source, item.target) == (dyad.target, dyad.source)
            if same or (reverse and (item.undirected or dyad.symmetric)):
                item.undirected = item.undirected or dyad.symmetric
                if dyad.cls is not None:
                    item.classes.add(dyad.cls)
                break
        else:
            items.append(_Item(dyad.source, dyad.target, dyad.symmetric, {dyad.cls} - {None}, key_cls))
    return items


def _equal(gold: Hashable, pred: Hashable) -> bool:
    return gold == pred


def _items_match(gold: _Item, pred: _Item, same: Callable[[Hashable, Hashable], bool]) -> bool:
    if gold.cls != pred.cls:
        return False
    if same(gold.source, pred.source) and same(gold.target, pred.target):
        return True
    return (gold.undirected or pred.undirected) and same(gold.source, pred.target) and same(gold.target, pred.source)


@dataclass
class UnitScore:
    """Matching of one sentence (or document): which gold and which predicted items matched."""

    gold: list[_Item]
    pred: list[_Item]
    gold_hit: list[list[int]]  # for each gold item, the indices of the predicted items matching it
    pred_hit: list[bool]

    @property
    def counts(self) -> tuple[int, int, int, int]:
        return (sum(1 for h in self.gold_hit if h), len(self.gold), sum(self.pred_hit), len(self.pred))


def match_unit(
    gold: Iterable[Dyad],
    pred: Iterable[Dyad],
    with_class: bool = False,
    same: Callable[[Hashable, Hashable], bool] = _equal,
) -> UnitScore:
    """Match the gold and predicted dyads of one unit. A gold item is found when any prediction
    matches it; a prediction is correct when it matches any gold item."""
    gold_items, pred_items = collapse(gold, with_class), collapse(pred, with_class)
    gold_hit = [[j for j, p in enumerate(pred_items) if _items_match(g, p, same)] for g in gold_items]
    pred_hit = [any(j in hits for hits in gold_hit) for j in range(len(pred_items))]
    return UnitScore(gold_items, pred_items, gold_hit, pred_hit)


def ratio(part: int, whole: int) -> float:
    """``part / whole``, 0.0 when there is no whole (no predictions: precision 0)."""
    return part / whole if whole else 0.0


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 of a precision and a recall (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(counts: Iterable[tuple[int, int, int, int]]) -> dict[str, float | int]:
    """Micro precision / recall / F1 of per-unit (gold found, gold, predictions correct, predictions).

    >>> prf([(1, 2, 1, 1), (0, 1, 0, 1)])
    {'precision': 0.5, 'recall': 0.3333, 'f1': 0.4, 'gold_found': 1, 'n_gold': 3, 'pred_correct': 1, 'n_pred': 2}
    """
    found = gold = correct = predicted = 0
    for f, g, c, p in counts:
        found, gold, correct, predicted = found + f, gold + g, correct + c, predicted + p
    precision, recall = ratio(correct, predicted), ratio(found, gold)
    f1 = harmonic_mean(precision, recall)
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold_found": found,
        "n_gold": gold,
        "pred_correct": correct,
        "n_pred": predicted,
    }


def bootstrap_f1(units: Sequence[tuple[int, int, int, int]], samples: int = BOOTSTRAP_SAMPLES, seed: int = 0) -> list[float] | None:
    """95% percentile interval of micro F1 over ``samples`` resamplings of the units."""
    if not units:
        return None
    rng = random.Random(seed)
    scores = sorted(prf(rng.choices(units, k=len(units)))["f1"] for _ in range(samples))
    return [round(scores[int(0.025 * samples)], 4), round(scores[min(samples - 1, int(0.975 * samples))], 4)]


def class_accuracy(units: Iterable[UnitScore]) -> tuple[float | None, int, int]:
    """Among found gold items, the fraction where a matching prediction carries a gold class."""
    found = correct = 0
    for unit in units:
        for gold, hits in zip(unit.gold, unit.gold_hit, strict=True):
            if not hits:
                continue
            found += 1
            predicted = set().union(*(unit.pred[j].classes for j in hits))
            correct += bool(predicted & gold.classes)
    return (round(correct / found, 4) if found else None), correct, found


def _name_tokens(name: str) -> tuple[str, ...]:
    return tuple(normalise_name(name, loose=True).replace("-", " ").split())


def names_match(gold: str, names: Iterable[str]) -> bool:
    """Whether a gold entity text matches one of a predicted actor's names: equal, or one's words
    a contiguous part of the other's (case-insensitive).

    >>> names_match("Russian Foreign Minister Sergei Lavrov", ["Sergei Lavrov"]), names_match("Syria", ["Russia"])
    (True, False)
    """
    g = _name_tokens(gold)
    if not g:
        return False
    for name in names:
        p = _name_tokens(name)
        if not p:
            continue
        short, long_ = (g, p) if len(g) <= len(p) else (p, g)
        if any(long_[i : i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
            return True
    return False
