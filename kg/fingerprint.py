"""Fingerprints of the code and data that shape kg's results: one scheme for the parse cache
(:mod:`kg.nlp.cache`) and the outputs manifest (:mod:`kg.pipeline`).

A fingerprint is the SHA-256 of kg's version and, for each file in a sorted list, its path
relative to the package and its bytes. Two lists:

* :data:`EXTRACTION_INPUTS`: everything a parse reads, from the text to a
  :class:`~kg.types.ParsedDocument` (the rules, the pipeline set-up, the lexicon, the gazetteer,
  the event table): :func:`extraction_fingerprint` salts every cache key, so editing any of them
  invalidates every cached parse.
* every code, data and ontology file of the package: :func:`outputs_fingerprint`, which the
  outputs manifest records (the writers of the outputs may change them even when extraction
  does not). It is built on :func:`extraction_fingerprint`.

A test (``tests/test_fingerprint.py``) checks that every ``kg`` module that extraction imports is
in :data:`EXTRACTION_INPUTS`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).parent

EXTRACTION_INPUTS = (
    "extract",  # the rules: every module of the package
    "types.py",  # Mention, RawStatement, ParsedDocument: what a cache entry holds
    "nlp/__init__.py",
    "nlp/model.py",  # the spaCy pipeline's set-up, its entity rulers and chunking of long documents
    "nlp/parallel.py",  # parse_texts: one document's parse and extraction, chunk by chunk
    "nlp/truecase.py",  # Title Case lines parsed in sentence case
    "nlp/dateline.py",  # wire datelines blanked in the copy spaCy parses
    "nlp/headlines.py",  # a headline the parser could not read, read again as running text
    "lexicon.py",
    "data/lexicon.json",
    "data/actors.json",  # the gazetteer: entity-ruler patterns, capitals (extract.verbs.place_targets)
    "events/__init__.py",
    "events/classes.py",  # event_type: which relations are hostile, which verb + noun phrases are events
    "data/events.json",
)
"""Files and folders (relative to the package) whose contents decide what a parse yields."""

OUTPUT_SUFFIXES = frozenset({".py", ".json", ".ttl", ".rq", ".js", ".html", ".css"})
"""Files the outputs depend on (the viewer's page, script and style too); the sample corpus is input, not code."""


def files_under(root: Path, names: Iterable[str]) -> list[Path]:
    """The files named (a folder: its ``.py`` and ``.json`` files, recursively), sorted."""
    found: set[Path] = set()
    for name in names:
        path = root / name
        if path.is_dir():
            found.update(p for p in path.rglob("*") if p.suffix in (".py", ".json") and p.is_file())
        else:
            found.add(path)
    return sorted(found)


def digest(files: Iterable[tuple[str, Path]], salt: str) -> str:
    """SHA-256 of ``salt`` and, for each ``(name, path)``, the name and the file's bytes."""
    hasher = hashlib.sha256(salt.encode())
    for name, path in files:
        hasher.update(name.encode() + b"\0" + path.read_bytes())
    return hasher.hexdigest()


def extraction_fingerprint(root: Path | None = None) -> str:
    """What a parse depends on (see :data:`EXTRACTION_INPUTS`); ``root``: another copy of the package."""
    return _extraction_fingerprint(Path(root or PACKAGE).resolve())


@cache
def _extraction_fingerprint(root: Path) -> str:
    from kg import __version__

    return digest(((p.relative_to(root).as_posix(), p) for p in files_under(root, EXTRACTION_INPUTS)), __version__)


def outputs_fingerprint(root: Path | None = None) -> str:
    """What the outputs depend on besides the statements: extraction, and every other code, data
    and ontology file of the package (the ontology may be a symlink in a source checkout)."""
    return _outputs_fingerprint(Path(root or PACKAGE).resolve())


@cache
def _outputs_fingerprint(root: Path) -> str:
    extraction = set(files_under(root, EXTRACTION_INPUTS))
    rest = []
    for folder in (root, (root / "ontology").resolve()):
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder).as_posix()
            if path.suffix in OUTPUT_SUFFIXES and "corpus" not in name.split("/") and path.is_file() and path not in extraction:
                rest.append((name, path))
    return digest(rest, _extraction_fingerprint(root))
