"""The real-news benchmark: kg on news pages split by story, scored as the independent evaluations score.

The corpus definition lives in the repository's ``news/`` folder (``news/README.md``): one manifest
per story (``stories/<story>.md``: query, URL, sha256, characters of every page), blind gold
(``gold/<story>.jsonl``, written to ``news/GUIDELINES.md`` by annotators who never saw kg's output)
and the split by story (``split.json``). The page texts are third-party and are not committed: they
are re-created into a folder (``news/pages/`` by default, git-ignored) and checked by
``news/verify.py``. ``kg eval --benchmark news-dev --data news/pages`` builds every page of the dev
stories and scores the ``triples.jsonl`` rows.

Scoring (the rules of ``news/README.md``, deliberately sharing no code with extraction or actor
resolution, so that a change to either cannot make the scorer more lenient):

* per document, ``(subject.label, relation.lemma, object.label)`` rows are de-duplicated;
* names are compared after lower-casing, straight apostrophes, dropping a leading "the/a/an" and a
  trailing "'s", and turning other punctuation into spaces; an actor matches a gold record when its
  label is one of the record's aliases (variant ``text``: or the mention text is);
* a relation matches when the lemma equals a gold lemma or shares its first or last word with one
  (a plural "s" dropped; the particles in/on/up/out/off ignored): "phone call" ~ "call";
* symmetric relations (meet, talk, discuss, negotiate, speak with, call, ...) match either way round;
* precision = predictions matching a non-boilerplate gold record of their document / predictions
  that do not match only boilerplate; recall over core, and over core + hard, gold records; F1 from
  precision and core + hard recall. Variant ``pairs`` ignores the relation.

>>> normalise("The U.S.'s")
'u s'
>>> relation_matches("hold talks", ("talk", "meet"))
True
>>> relation_matches("urge", ("meet",))
False
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import BadAnnotation, BenchmarkDataNotFound
from kg.eval.gold import GoldStatement  # one gold record type for every scorer

SPLITS = ("news-dev", "news-test")
VARIANTS = ("label", "text", "pairs")
PARTICLES = frozenset({"in", "on", "up", "out", "off"})
# Relations that hold either way round, as the evaluation's scoring rules list them (first or last word).
SYMMETRIC_WORDS = frozenset(
    {"meet", "talk", "discuss", "negotiate", "speak", "call", "phone", "converse", "consult", "agree", "clash",
     "fight", "exchange", "cooperate", "confer", "sign", "spar", "normalize", "normalise"}
)  # fmt: skip  # "relations between X and Y normalize": mutual by meaning, as "cooperate" (dev gold writes it either way)
_PUNCTUATION = re.compile(r"[^\w\s]", re.UNICODE)
_ARTICLE = re.compile(r"^(the|a|an)\s+")


class NewsDataMissing(BenchmarkDataNotFound):
    """The page texts of the real-news corpus are not there (they are re-created, never committed)."""


def normalise(name: str) -> str:
    """A name as the evaluation compares it (see the module docstring)."""
    key = " ".join(name.replace("\u2019", "'").replace("\u2018", "'").lower().split())
    key = _ARTICLE.sub("", key)
    key = key.removesuffix("'s") if key.endswith("'s") else key.removesuffix("'")
    return " ".join(_PUNCTUATION.sub(" ", key).split())


def _relation_words(lemma: str) -> list[str]:
    words = [w for w in normalise(lemma).replace("-", " ").split() if w not in PARTICLES] or normalise(lemma).split()
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def relation_matches(lemma: str, gold: Sequence[str]) -> bool:
    """The lemma equals a gold lemma or shares its first or last word with one."""
    words = _relation_words(lemma)
    if not words:
        return False
    for wanted in gold:
        other = _relation_words(wanted)
        if normalise(lemma) == normalise(wanted) or (other and (words[0] == other[0] or words[-1] == other[-1])):
            return True
    return False


def _symmetric(lemmas: Iterable[str]) -> bool:
    return any(words and (words[0] in SYMMETRIC_WORDS) for words in map(_relation_words, lemmas))


# --------------------------------------------------------------------------- the corpus


def news_root() -> Path:
    """The ``news/`` folder of the checkout: beside the ``kg`` package, else under the current directory."""
    for base in (Path(__file__).resolve().parent.parent, Path.cwd()):
        if (base / "news" / "split.json").is_file():
            return base / "news"
    raise BenchmarkDataNotFound(
        "the real-news corpus definition (news/split.json) was not found beside the kg package or in the current "
        "directory: run kg eval from a checkout of the repository"
    )


def stories(split: str, root: Path | None = None) -> list[str]:
    """The story ids of ``news-dev`` or ``news-test``."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r} (choose from {', '.join(SPLITS)})")
    table = json.loads(((root or news_root()) / "split.json").read_text(encoding="utf-8"))
    return list(table[split.removeprefix("news-")])


_ROW = re.compile(r"^\|\s*([a-z0-9][a-z0-9._-]*)\s*\|\s*(\S+)\s*\|\s*([0-9a-f]{64})\s*\|\s*(\d+)\s*\|")


def manifest_slugs(story: str, root: Path | None = None) -> list[str]:
    """The page slugs a story's manifest lists (its Documents table)."""
    text = ((root or news_root()) / "stories" / f"{story}.md").read_text(encoding="utf-8")
    return [m[1] for m in map(_ROW.match, text.splitlines()) if m]


def story_pages(story: str, data: Path, root: Path | None = None) -> list[Path]:
    """The re-created page files of a story, or :class:`NewsDataMissing` naming what is absent."""
    pages = [data / story / "docs" / f"{slug}.txt" for slug in manifest_slugs(story, root)]
    missing = [p for p in pages if not p.is_file()]
    if missing:
        raise NewsDataMissing(
            f"{len(missing)} of {len(pages)} pages of story {story!r} are missing under {data} (first: {missing[0]}); "
            "re-create them from news/stories/*.md as news/README.md says, then run `python news/verify.py DIR`"
        )
    return pages


def load_story_gold(story: str, root: Path | None = None) -> tuple[list[GoldStatement], dict[str, str | None]]:
    """A story's gold statements and its documents' gold dates (``meta`` records)."""
    records, dates, _ = load_story_gold_lines(story, root)
    return records, dates


def load_story_gold_lines(story: str, root: Path | None = None) -> tuple[list[GoldStatement], dict[str, str | None], list[int]]:
    """:func:`load_story_gold` and the line number (1-based) of each statement record, which the
    event gold (``events/<story>.jsonl``) refers to."""
    path = (root or news_root()) / "gold" / f"{story}.jsonl"
    records, dates, lines = [], {}, []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            if r.get("tier") == "meta":
                dates[r["doc"]] = r.get("doc_date")
                continue
            if r["tier"] not in ("core", "hard", "boilerplate"):
                raise ValueError(f"unknown tier {r['tier']!r}")
            names = [tuple(r[k]) if isinstance(r[k], list) else (r[k],) for k in ("subject", "relation", "object")]
            records.append(GoldStatement(r["doc"], names[0], names[1], names[2], r["tier"], r.get("evidence", ""), date=r.get("date")))
            lines.append(lineno)
        except (ValueError, KeyError, TypeError) as exc:
            raise BadAnnotation(f"{path}:{lineno}: bad gold record: {exc}") from None
    return records, dates, lines


@dataclass(frozen=True)
class GoldEvent:
    """One real-world event of a story's event gold: the statement records that report it."""

    id: str
    date: str | None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | None (not resolvable from the texts)
    kind: str  # "occurrence" | "state"


def load_story_events(story: str, root: Path | None = None) -> dict[int, GoldEvent] | None:
    """The event of each core/hard gold record, by its line in ``gold/<story>.jsonl``; None when
    the story has no event gold (``events/<story>.jsonl``, written to the same blind rules)."""
    path = (root or news_root()) / "events" / f"{story}.jsonl"
    if not path.exists():
        return None
    by_line: dict[int, GoldEvent] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            event = GoldEvent(str(r["event"]), r.get("date"), r.get("kind", "occurrence"))
            for record in r["records"]:
                if int(record) in by_line:
                    raise ValueError(f"record {record} is in two events")
                by_line[int(record)] = event
        except (ValueError, KeyError, TypeError) as exc:
            raise BadAnnotation(f"{path}:{lineno}: bad event record: {exc}") from None
    return by_line


# --------------------------------------------------------------------------- scoring


@dataclass
class Counts:
    predicted: int = 0  # scored predictions (those matching only boilerplate left out)
    correct: int = 0
    core: int = 0
    core_found: int = 0
    hard: int = 0
    hard_found: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | int]:
        precision = self.correct / self.predicted if self.predicted else 0.0
        recall_core = self.core_found / self.core if self.core else 0.0
        total = self.core + self.hard
        recall = (self.core_found + self.hard_found) / total if total else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall_core": round(recall_core, 4), "recall": round(recall, 4),
                "f1": round(f1, 4), **self.__dict__}  # fmt: skip


@dataclass
class Scored:
    counts: Counts = field(default_factory=Counts)
    false_positives: list[dict[str, str]] = field(default_factory=list)
    misses: list[dict[str, str]] = field(default_factory=list)


def _rows_by_doc(rows: Iterable[dict[str, Any]]) -> dict[str, dict[tuple[str, str, str], dict[str, Any]]]:
    by_doc: dict[str, dict[tuple[str, str, str], dict[str, Any]]] = defaultdict(dict)
    for row in rows:
        key = (row["subject"]["label"], row["relation"]["lemma"], row["object"]["label"])
        by_doc[str(row["doc"])].setdefault(key, row)
    return by_doc


def _actor_matches(argument: dict[str, Any], aliases: Sequence[str], variant: str) -> bool:
    wanted = {normalise(a) for a in aliases}
    return normalise(argument["label"]) in wanted or (variant == "text" and normalise(argument.get("text") or "") in wanted)


def _row_matches(row: dict[str, Any], gold: GoldStatement, variant: str) -> bool:
    lemma = row["relation"]["lemma"]
    if variant != "pairs" and not relation_matches(lemma, gold.relation):
        return False
    subject, obj = row["subject"], row["object"]
    if _actor_matches(subject, gold.subject, variant) and _actor_matches(obj, gold.object, variant):
        return True
    either_way = _symmetric([lemma, *gold.relation]) if variant == "pairs" else _symmetric([lemma]) or _symmetric(gold.relation)
    return either_way and _actor_matches(obj, gold.subject, variant) and _actor_matches(subject, gold.object, variant)


def score_rows(rows: Iterable[dict[str, Any]], gold: Sequence[GoldStatement], docs: Iterable[str], variant: str = "label") -> Scored:
    """Score ``triples.jsonl`` rows against the gold of documents ``docs`` (rows of other documents are ignored)."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r} (choose from {', '.join(VARIANTS)})")
    by_doc = _rows_by_doc(rows)
    gold_by_doc: dict[str, list[GoldStatement]] = defaultdict(list)
    for record in dict.fromkeys(gold):
        gold_by_doc[record.doc].append(record)
    scored = Scored()
    for doc in docs:
        doc_gold = gold_by_doc.get(doc, [])
        found: set[int] = set()
        for row in by_doc.get(doc, {}).values():
            hits = [i for i, g in enumerate(doc_gold) if _row_matches(row, g, variant)]
            counted = [i for i in hits if doc_gold[i].tier != "boilerplate"]
            if hits and not counted:
                continue
            scored.counts.predicted += 1
            if counted:
                scored.counts.correct += 1
                found.update(counted)
            else:
                scored.false_positives.append({"doc": doc, "statement": f"{row['subject']['label']} --{row['relation']['lemma']}--> {row['object']['label']}",
                                               "sentence": row.get("sentence", "")})  # fmt: skip
        for i, g in enumerate(doc_gold):
            if g.tier == "core":
                scored.counts.core += 1
                scored.counts.core_found += i in found
            elif g.tier == "hard":
                scored.counts.hard += 1
                scored.counts.hard_found += i in found
            if g.tier != "boilerplate" and i not in found:
                scored.misses.append({"doc": doc, "tier": g.tier, "statement": g.describe(), "evidence": g.evidence})
    return scored


def date_agrees(predicted: str | None, gold: str) -> bool:
    """A statement's date against a gold event date: the same day, or the same month (year) when
    gold knows only the month (year): "2025-11" agrees with "2025-11" and "2025-11-24", not "2025"."""
    return bool(predicted) and (predicted == gold or (len(gold) < 10 and str(predicted)[: len(gold)] == gold))


def row_date(row: dict[str, Any]) -> str | None:
    """The date a ``triples.jsonl`` row gives its statement: its own (``date``), else the date of
    the event kg grouped it into (``event_date``), which also stands for its own when it says the
    same date more precisely ("2023-10" and the event's "2023-10-08").

    >>> row_date({"date": None, "event_date": "2025-07-11"}), row_date({"date": "2023-10", "event_date": "2023-10-08"})
    ('2025-07-11', '2023-10-08')
    >>> row_date({"date": "2025-07-12", "event_date": "2025-07-11"})  # its own when they differ
    '2025-07-12'
    """
    own, event = row.get("date"), row.get("event_date")
    if not own or (event and len(str(event)) > len(str(own)) and str(event).startswith(str(own))):
        return event or own
    return own


def score_events(
    rows: Iterable[dict[str, Any]], gold: Sequence[GoldStatement], lines: Sequence[int], events: dict[int, GoldEvent], docs: Iterable[str]
) -> dict[str, int]:
    """Statement dates and same-event grouping, on the gold records kg found (label variant).

    * dates: of the found records whose event has a gold date, how many of kg's matching rows
      carry that date (``right``), another one (``wrong``) or none (``undated``); a row's date is
      :func:`row_date`, its own or its event's, as the gold's event dates may combine the pages
      of a story;
    * stated dates: the same over the found records that carry a date of their own, the one a careful
      reader resolves from that page (news/GUIDELINES.md: an explicit date, or a weekday or "last
      week" against the page's stated date): ``stated``, ``stated_right``, ``stated_wrong``; the
      measure of issue 18 ("resolvable statement dates"), where the event dates above also ask for
      what only another page of the story says;
    * grouping: over every pair of found records, "same event" by the gold against "same
      event" by kg (one of A's rows shares an ``event_id`` with one of B's): pairwise counts.
    """
    wanted = set(docs)
    by_doc = _rows_by_doc(r for r in rows if str(r["doc"]) in wanted)
    found: list[tuple[GoldStatement, GoldEvent, list[dict[str, Any]]]] = []
    for record, line in zip(gold, lines, strict=True):
        event = events.get(line)
        if event is None or record.tier == "boilerplate" or record.doc not in wanted:
            continue
        matched = [row for row in by_doc.get(record.doc, {}).values() if _row_matches(row, record, "label")]
        if matched:
            found.append((record, event, matched))
    counts = {"dated": 0, "right": 0, "wrong": 0, "undated": 0, "found": len(found), "gold_same": 0, "kg_same": 0, "both_same": 0,
              "stated": 0, "stated_right": 0, "stated_wrong": 0}  # fmt: skip
    for record, event, matched in found:
        dates = [row_date(row) for row in matched]
        if record.date:
            counts["stated"] += 1
            outcome = _date_outcome(dates, record.date)
            if outcome != "undated":
                counts[f"stated_{outcome}"] += 1
        if event.date:
            counts["dated"] += 1
            counts[_date_outcome(dates, event.date)] += 1
    kg_events = [{row.get("event_id") for row in matched} - {None} for _, _, matched in found]
    for i in range(len(found)):
        for j in range(i + 1, len(found)):
            gold_same = found[i][1].id == found[j][1].id
            kg_same = bool(kg_events[i] & kg_events[j])
            counts["gold_same"] += gold_same
            counts["kg_same"] += kg_same
            counts["both_same"] += gold_same and kg_same
    return counts


def _date_outcome(dates: Sequence[str | None], gold: str) -> str:
    """A found record's rows against a gold date: "right" (one agrees), "wrong" (dated otherwise) or "undated"."""
    if any(date_agrees(d, gold) for d in dates):
        return "right"
    return "wrong" if any(dates) else "undated"


def event_figures(counts: dict[str, int]) -> dict[str, float | int]:
    """Statement-date accuracy (event dates, and the dates each page states) and pairwise same-event
    precision, recall and F1 of :func:`score_events` counts."""
    precision = counts["both_same"] / counts["kg_same"] if counts["kg_same"] else 0.0
    recall = counts["both_same"] / counts["gold_same"] if counts["gold_same"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    dates = counts["right"] / counts["dated"] if counts["dated"] else 0.0
    stated = counts.get("stated_right", 0) / counts["stated"] if counts.get("stated") else 0.0
    return {**counts, "date_accuracy": round(dates, 4), "stated_accuracy": round(stated, 4), "same_precision": round(precision, 4),
            "same_recall": round(recall, 4), "same_f1": round(f1, 4)}  # fmt: skip


def score_dates(rows: Iterable[dict[str, Any]], gold_dates: dict[str, str | None]) -> dict[str, int]:
    """Document dates: gold dates found exactly (``doc_date`` of the rows), dates given where gold has none."""
    found: dict[str, str | None] = {}
    for row in rows:
        found.setdefault(str(row["doc"]), row.get("doc_date"))
    stated = {doc: date for doc, date in gold_dates.items() if date}
    return {
        "gold": len(stated),
        "found": sum(found.get(doc) == date for doc, date in stated.items()),
        "wrong": sum(bool(found.get(doc)) and found.get(doc) != date for doc, date in stated.items())
        + sum(bool(found.get(doc)) for doc, date in gold_dates.items() if not date),
    }


# --------------------------------------------------------------------------- the benchmark


def build_rows(pages: Sequence[Path], nlp: Any) -> list[dict[str, Any]]:
    """``triples.jsonl`` rows of a build of ``pages`` (the public contract, as other tools read it)."""
    return build_story(pages, nlp)[0]


def build_story(pages: Sequence[Path], nlp: Any) -> tuple[list[dict[str, Any]], dict[str, str | None]]:
    """The ``triples.jsonl`` rows of a build of ``pages`` and every document's date as the RDF
    states it (``schema:datePublished``), pages without a statement included."""
    from kg.outputs.jsonl import document_dates, triples_jsonl
    from kg.pipeline import build

    result = build(pages, nlp=nlp)
    rows = [json.loads(line) for line in triples_jsonl(result).splitlines() if line.strip()]
    return rows, document_dates(result)


def _dated_rows(dates: dict[str, str | None]) -> list[dict[str, Any]]:
    """Document dates as one row per document, the form :func:`score_dates` reads."""
    return [{"doc": doc, "doc_date": date} for doc, date in dates.items()]


def run_news(split: str, nlp: Any, data: Path, predictions: Path | None = None, root: Path | None = None) -> dict[str, Any]:
    """Figures of ``split`` (``news-dev`` or ``news-test``): overall and per story, for each variant.

    Each story is built on its own (as the evaluations do), unless ``predictions`` (a
    ``triples.jsonl``) is given, whose rows are then scored as they are.
    """
    given = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines() if line.strip()] if predictions else None
    report: dict[str, Any] = {"benchmark": split, "stories": {}, "false_positives": [], "misses": []}
    totals = {variant: Counts() for variant in VARIANTS}
    date_totals = {"gold": 0, "found": 0, "wrong": 0}
    document_totals = {"gold": 0, "found": 0, "wrong": 0}
    event_totals: dict[str, int] = defaultdict(int)
    pages_total = 0
    for story in stories(split, root):
        pages = story_pages(story, data, root)
        pages_total += len(pages)
        gold, gold_dates, gold_lines = load_story_gold_lines(story, root)
        docs = [page.stem for page in pages]
        if given is None:
            rows, documents = build_story(pages, nlp)
        else:
            rows, documents = given, None
        entry: dict[str, Any] = {"pages": len(pages)}
        for variant in VARIANTS:
            scored = score_rows(rows, gold, docs, variant)
            totals[variant].add(scored.counts)
            entry[variant] = scored.counts.figures()
            if variant == "label":
                report["false_positives"] += scored.false_positives
                report["misses"] += scored.misses
        entry["doc_dates"] = score_dates([r for r in rows if str(r["doc"]) in docs], {d: gold_dates.get(d) for d in docs})
        # The rows show a page's date only when the page gave a statement; the RDF dates every page.
        entry["document_dates"] = score_dates(_dated_rows(documents) if documents is not None else [r for r in rows if str(r["doc"]) in docs], {d: gold_dates.get(d) for d in docs})
        for key in date_totals:
            date_totals[key] += entry["doc_dates"][key]
            document_totals[key] += entry["document_dates"][key]
        events = load_story_events(story, root)
        if events is not None:
            counts = score_events(rows, gold, gold_lines, events, docs)
            entry["events"] = event_figures(counts)
            for key, value in counts.items():
                event_totals[key] += value
        report["stories"][story] = entry
    report.update({"pages": pages_total, "doc_dates": date_totals, "document_dates": document_totals, **{v: totals[v].figures() for v in VARIANTS}})
    if event_totals:
        report["events"] = event_figures(dict(event_totals))
    return report
