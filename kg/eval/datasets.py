"""The benchmark data sets: where their files are, and loaders for each format."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import kg
from kg.errors import BenchmarkDataNotFound
from kg.eval.codes import normalise_code
from kg.eval.scoring import SYMMETRIC_EVENTS, Dyad

BENCHMARKS = ("plover", "petrarch2-gsr", "re3d")


DATA_FILES = {
    "plover": "PLOVER_GSR_CAMEO.txt",
    "petrarch2-gsr": "PETR2_GSR_validation.xml",
}


PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
"""PLOVER 0.5b1 (2016) class names -> the 2021 names kg uses (``kg.events.classes.PLOVER_CLASSES``)."""


RE3D_TYPES = ("CommWith", "Likes", "Dislikes", "AlliesOf", "FightingAgainst", "InChargeOf")


RE3D_MIN_CONFIDENCE = 0.5


def _benchmark_roots() -> list[Path]:
    roots: list[Path] = []
    cwd = Path.cwd().resolve()
    package = Path(kg.__file__).resolve().parent
    for base in (cwd, *cwd.parents, package, *package.parents):
        candidate = base / "shared" / "benchmarks"
        if candidate not in roots:
            roots.append(candidate)
    return roots


def default_data_path(name: str) -> Path:
    """The folder of benchmark ``name``: ``shared/benchmarks/<name>`` above the current directory
    or above the kg package (``/work/shared/benchmarks`` for a checkout at ``/work/main``)."""
    if name not in BENCHMARKS and name != "cameo-codebook":
        raise ValueError(f"unknown benchmark {name!r}; choose one of {', '.join(BENCHMARKS)}")
    roots = _benchmark_roots()
    for root in roots:
        if (root / name).is_dir():
            return root / name
    raise BenchmarkDataNotFound(
        f"benchmark data {name!r} not found: looked for shared/benchmarks/{name} above {Path.cwd()} "
        f"and above the kg package ({roots[-1].parent.parent}); pass its folder with --data PATH"
    )


def _data_file(name: str, data: Path | None) -> Path:
    path = Path(data) if data is not None else default_data_path(name)
    if path.is_dir():
        path = path / DATA_FILES[name]
    if not path.is_file():
        raise BenchmarkDataNotFound(f"benchmark file for {name!r} not found: {path}; pass its folder with --data PATH")
    return path


@dataclass(frozen=True)
class PloverRecord:
    id: str
    text: str
    event: str  # renamed to the 2021 class names
    sources: tuple[str, ...]  # normalised codes
    targets: tuple[str, ...]

    @property
    def reciprocal(self) -> bool:
        """Two or more sources and no target: "Jordan and Britain have agreed"."""
        return not self.targets and len(self.sources) > 1

    def dyads(self) -> list[Dyad]:
        if self.targets:
            symmetric = self.event in SYMMETRIC_EVENTS
            return [Dyad(s, t, self.event, symmetric) for s in self.sources for t in self.targets]
        return [Dyad(a, b, self.event, True) for a, b in combinations(self.sources, 2)]


def _actor_codes(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):  # missing, "" or a stray string ("diplomatic")
        return ()
    codes = (normalise_code(actor.get("code")) for actor in value if isinstance(actor, dict))
    return tuple(dict.fromkeys(c for c in codes if c))


def load_plover(data: Path | None = None) -> list[PloverRecord]:
    """The PLOVER gold records (the header record skipped), classes renamed to 2021 names."""
    raw = json.loads(_data_file("plover", data).read_text(encoding="utf-8"))
    records = []
    for rec in raw:
        if not isinstance(rec, dict) or rec.get("event") in (None, "DOCUMENT") or not rec.get("text"):
            continue
        event = PLOVER_RENAMES.get(rec["event"], rec["event"])
        records.append(PloverRecord(rec["id"], " ".join(rec["text"].split()), event, _actor_codes(rec.get("source")), _actor_codes(rec.get("target"))))
    return records


@dataclass(frozen=True)
class PetrarchSentence:
    id: str
    category: str
    text: str
    events: tuple[tuple[str, str, str], ...]  # (sourcecode, targetcode, eventcode) as in the file
    noevents: bool


_SENTENCE = re.compile(r"<Sentence\s([^>]*?)/?>(.*?)</Sentence>", re.S)


_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


def load_petrarch(data: Path | None = None) -> list[PetrarchSentence]:
    """The sentences of ``PETR2_GSR_validation.xml``, read with regular expressions (the file is
    not well-formed XML: self-closed ``<Sentence .../>`` start tags still have an end tag)."""
    source = _data_file("petrarch2-gsr", data).read_text(encoding="utf-8")
    sentences = []
    for match in _SENTENCE.finditer(source):
        attrs = dict(_ATTR.findall(match.group(1)))
        body = match.group(2)
        events, noevents = [], False
        for coding in re.finditer(r"<EventCoding\s([^>]*?)/?>", body):
            values = dict(_ATTR.findall(coding.group(1)))
            if values.get("noevents", "").lower() == "true":
                noevents = True
            elif "eventcode" in values:
                events.append((values.get("sourcecode", ""), values.get("targetcode", ""), values["eventcode"]))
        text = re.search(r"<Text>(.*?)</Text>", body, re.S)
        sentences.append(
            PetrarchSentence(attrs.get("id", ""), attrs.get("category", ""), " ".join(text.group(1).split()) if text else "", tuple(events), noevents)
        )
    return sentences


@dataclass(frozen=True)
class Re3dDocument:
    id: str
    folder: str
    title: str
    text: str
    relations: tuple[dict[str, Any], ...]  # actor-actor relations, confidence >= RE3D_MIN_CONFIDENCE


def _json_lines(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_re3d(data: Path | None = None) -> list[Re3dDocument]:
    """The re3d documents of every sub-folder with their actor-actor relations (types
    :data:`RE3D_TYPES`, confidence >= 0.5)."""
    root = Path(data) if data is not None else default_data_path("re3d")
    folders = sorted(p.parent for p in root.glob("*/documents.json")) or ([root] if (root / "documents.json").is_file() else [])
    if not folders:
        raise BenchmarkDataNotFound(f"no re3d documents.json under {root}; pass the re3d folder with --data PATH")
    documents = []
    for folder in folders:
        relations: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for rel in _json_lines(folder / "relations.json"):
            if rel.get("type") in RE3D_TYPES and float(rel.get("confidence", 1)) >= RE3D_MIN_CONFIDENCE:
                relations[rel["documentId"]].append(rel)
        for doc in _json_lines(folder / "documents.json"):
            documents.append(Re3dDocument(doc["_id"], folder.name, doc.get("title", ""), doc["text"], tuple(relations.get(doc["_id"], ()))))
    return documents
