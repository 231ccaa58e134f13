"""Scoring predicted statements (``triples.jsonl``) against gold annotations.

Gold records are JSON lines::

    {"doc": "...", "subject": ["Xi Jinping", "Xi"], "relation": ["tell"], "object": ["Donald Trump"],
     "evidence": "...", "tier": "core" | "hard" | "boilerplate", "negated"?: bool, "modality"?: str}

Matching rules:

* a prediction matches a gold record of the same document when its subject (canonical label
  or surface text) is one of the gold subject names, its object one of the object names, and
  (strict mode) its relation lemma one of the gold lemmas, compared without a trailing
  preposition ("conduct exercises against" = "conduct exercises"); ``pairs=True`` ignores the
  relation;
* symmetric relations (meet, talk, hold talks, agree, ...) match in either direction;
* predictions and gold are de-duplicated per document (the same triple said twice counts once);
* a prediction that matches only ``boilerplate`` gold is ignored (neither right nor wrong);
* precision = matched predictions / scored predictions; recall is reported on ``core`` gold
  and on ``core`` + ``hard`` gold; F1 uses core + hard recall.

Event grouping (when gold records carry ``"event"`` labels): every prediction that matches a
gold record takes that record's event (a record without a label is an event of its own); over
all pairs of such predictions, across documents, pairwise precision = pairs the build put in one
event that gold also does / pairs the build put in one event, recall = the same / pairs gold puts
in one event. Duplicates are kept here: two reports of one event in one article are a pair.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.errors import BadAnnotation
from kg.eval.scoring import harmonic_mean, ratio
from kg.lexicon import load_lexicon, normalise_name

TIERS = ("core", "hard", "boilerplate")


@dataclass(frozen=True)
class GoldStatement:
    doc: str
    subject: tuple[str, ...]
    relation: tuple[str, ...]
    object: tuple[str, ...]
    tier: str
    evidence: str = ""
    negated: bool | None = None
    modality: str | None = None
    event: str | None = None  # gold event label: records of one real-world event share it
    date: str | None = field(default=None, compare=False)  # the date a careful reader resolves from this page (news gold)

    def describe(self) -> str:
        return f"{self.subject[0]} --{'|'.join(self.relation)}--> {self.object[0]}"


@dataclass(frozen=True)
class Predicted:
    doc: str
    subject: tuple[str, str]  # (label, text)
    lemma: str
    object: tuple[str, str]
    sentence: str = ""
    event_id: str | None = None

    def describe(self) -> str:
        return f"{self.subject[0]} --{self.lemma}--> {self.object[0]}"


@dataclass
class Score:
    """Micro-averaged figures, overall or for one document."""

    n_pred: int = 0  # scored predictions (boilerplate-only matches left out)
    n_pred_correct: int = 0
    n_core: int = 0
    n_core_found: int = 0
    n_hard: int = 0
    n_hard_found: int = 0
    n_ignored: int = 0  # predictions matching only boilerplate gold

    @property
    def precision(self) -> float:
        return ratio(self.n_pred_correct, self.n_pred)

    @property
    def recall_core(self) -> float:
        return ratio(self.n_core_found, self.n_core)

    @property
    def recall(self) -> float:
        return ratio(self.n_core_found + self.n_hard_found, self.n_core + self.n_hard)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, float | int]:
        return {
            **asdict(self),
            "precision": round(self.precision, 4),
            "recall_core": round(self.recall_core, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class GroupingScore:
    """Pairwise precision/recall of the event grouping over predictions matched to gold."""

    matched: int = 0  # predictions matched to a gold record
    pred_pairs: int = 0  # pairs the build put in one event
    gold_pairs: int = 0  # pairs gold puts in one event
    both: int = 0

    @property
    def precision(self) -> float:
        return ratio(self.both, self.pred_pairs)

    @property
    def recall(self) -> float:
        return ratio(self.both, self.gold_pairs)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def as_dict(self) -> dict[str, float | int]:
        return {**asdict(self), "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Evaluation:
    overall: Score
    by_doc: dict[str, Score]
    misses: list[GoldStatement] = field(default_factory=list)
    false_positives: list[Predicted] = field(default_factory=list)
    pairs: bool = False
    grouping: GroupingScore | None = None  # None when the gold has no event labels

    def as_dict(self) -> dict:
        return {
            **self.overall.as_dict(),
            "grouping": self.grouping.as_dict() if self.grouping is not None else None,
            "mode": "pairs" if self.pairs else "strict",
            "documents": {doc: score.as_dict() for doc, score in sorted(self.by_doc.items())},
            "misses": [{"doc": g.doc, "tier": g.tier, "statement": g.describe(), "evidence": g.evidence} for g in self.misses],
            "false_positives": [{"doc": p.doc, "statement": p.describe(), "sentence": p.sentence} for p in self.false_positives],
        }


# --------------------------------------------------------------------------- loading


def load_gold(paths: Sequence[str | Path]) -> list[GoldStatement]:
    """Gold statements from JSONL files or directories of them; a malformed line is an error
    naming the file and line (gold must be exact)."""
    gold = []
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.glob("*.jsonl")) if path.is_dir() else [path])
    for file in files:
        for lineno, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                tier = record.get("tier", "core")
                if tier not in TIERS:
                    raise BadAnnotation(f"tier must be one of {TIERS}, not {tier!r}")
                gold.append(
                    GoldStatement(
                        doc=str(record["doc"]),
                        subject=tuple(_names(record["subject"])),
                        relation=tuple(r.lower() for r in _names(record["relation"])),
                        object=tuple(_names(record["object"])),
                        tier=tier,
                        evidence=record.get("evidence", ""),
                        negated=record.get("negated"),
                        modality=record.get("modality"),
                        event=record.get("event"),
                    )
                )
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise BadAnnotation(f"{file}:{lineno}: bad gold record: {exc}") from None
    return gold


def _names(value: str | Iterable[str]) -> list[str]:
    names = [value] if isinstance(value, str) else list(value)
    if not names or not all(isinstance(n, str) and n.strip() for n in names):
        raise BadAnnotation("expected a non-empty name or list of names")
    return names


def load_predictions(path: str | Path) -> list[Predicted]:
    predictions = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            predictions.append(
                Predicted(
                    doc=str(r["doc"]),
                    subject=(r["subject"]["label"], r["subject"].get("text", r["subject"]["label"])),
                    lemma=r["relation"]["lemma"].lower(),
                    object=(r["object"]["label"], r["object"].get("text", r["object"]["label"])),
                    sentence=r.get("sentence", ""),
                    event_id=r.get("event_id"),
                )
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise BadAnnotation(f"{path}:{lineno}: not a triples.jsonl record: {exc}") from None
    return predictions


# --------------------------------------------------------------------------- scoring


def _matches_name(predicted: tuple[str, str], names: tuple[str, ...]) -> bool:
    wanted = {normalise_name(n) for n in names}
    return normalise_name(predicted[0]) in wanted or normalise_name(predicted[1]) in wanted


TRAILING_PREPOSITIONS = frozenset({"with", "to", "against", "on", "for", "over", "into", "at", "from", "about", "in", "by", "of"})


def _lemma_key(lemma: str) -> str:
    """A lemma without a trailing preposition: "call on" -> "call", "conduct exercises against" ->
    "conduct exercises"."""
    words = lemma.lower().split()
    while len(words) > 1 and words[-1] in TRAILING_PREPOSITIONS:
        words.pop()
    return " ".join(words)


def _matches(p: Predicted, g: GoldStatement, pairs: bool, symmetric: frozenset[str]) -> bool:
    if p.doc != g.doc:
        return False
    if not pairs and _lemma_key(p.lemma) not in {_lemma_key(r) for r in g.relation}:
        return False
    if _matches_name(p.subject, g.subject) and _matches_name(p.object, g.object):
        return True
    is_symmetric = p.lemma in symmetric or (pairs and any(r in symmetric for r in g.relation))
    return is_symmetric and _matches_name(p.object, g.subject) and _matches_name(p.subject, g.object)


def evaluate(predictions: Iterable[Predicted], gold: Iterable[GoldStatement], pairs: bool = False) -> Evaluation:
    """Score ``predictions`` against ``gold`` (see the module docstring for the rules)."""
    symmetric = load_lexicon().symmetric_verbs | {"hold talks", "phone call", "talk", "discuss"}
    gold_by_doc: dict[str, list[GoldStatement]] = defaultdict(list)
    for g in dict.fromkeys(gold):  # de-duplicate identical gold records
        gold_by_doc[g.doc].append(g)
    pred_by_doc: dict[str, dict[tuple, Predicted]] = defaultdict(dict)
    all_predictions = list(predictions)
    for p in all_predictions:
        key = (p.subject[0], p.lemma, p.object[0])
        if p.lemma in symmetric:
            key = (min(p.subject[0], p.object[0]), p.lemma, max(p.subject[0], p.object[0]))
        pred_by_doc[p.doc].setdefault(key, p)

    evaluation = Evaluation(overall=Score(), by_doc={}, pairs=pairs)
    for doc in sorted(set(gold_by_doc) | set(pred_by_doc)):
        score = Score()
        doc_gold = gold_by_doc.get(doc, [])
        found: set[int] = set()
        for p in pred_by_doc.get(doc, {}).values():
            hits = [i for i, g in enumerate(doc_gold) if _matches(p, g, pairs, symmetric)]
            scored = [i for i in hits if doc_gold[i].tier != "boilerplate"]
            if hits and not scored:
                score.n_ignored += 1
                continue
            score.n_pred += 1
            if scored:
                score.n_pred_correct += 1
                found.update(scored)
            else:
                evaluation.false_positives.append(p)
        for i, g in enumerate(doc_gold):
            if g.tier == "core":
                score.n_core += 1
                score.n_core_found += i in found
            elif g.tier == "hard":
                score.n_hard += 1
                score.n_hard_found += i in found
            if g.tier != "boilerplate" and i not in found:
                evaluation.misses.append(g)
        evaluation.by_doc[doc] = score
        evaluation.overall.add(score)
    if any(g.event for records in gold_by_doc.values() for g in records):
        evaluation.grouping = _grouping(all_predictions, gold_by_doc, False, symmetric)  # strict: a pair match says nothing of the event
    return evaluation


def _grouping(
    predictions: Sequence[Predicted], gold_by_doc: dict[str, list[GoldStatement]], pairs: bool, symmetric: frozenset[str]
) -> GroupingScore:
    """Pairwise agreement between the build's event ids and gold's event labels."""
    labelled: list[tuple[str, str]] = []  # (predicted event id, gold event label)
    for p in predictions:
        if p.event_id is None:
            continue
        doc_gold = gold_by_doc.get(p.doc, [])
        hit = next((i for i, g in enumerate(doc_gold) if g.tier != "boilerplate" and _matches(p, g, pairs, symmetric)), None)
        if hit is not None:
            labelled.append((p.event_id, doc_gold[hit].event or f"{p.doc}#{hit}"))
    score = GroupingScore(matched=len(labelled))
    for i, (pred_a, gold_a) in enumerate(labelled):
        for pred_b, gold_b in labelled[i + 1 :]:
            same_pred, same_gold = pred_a == pred_b, gold_a == gold_b
            score.pred_pairs += same_pred
            score.gold_pairs += same_gold
            score.both += same_pred and same_gold
    return score
