"""One fingerprint of what extraction depends on, used by the parse cache and the outputs manifest.

The cache key once hashed a hand-picked list of four files and missed the event table: editing
``events.json`` left stale parses in the cache. These tests edit a copy of the package and ask a
fresh interpreter, running that copy, for the cache key.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import kg

PACKAGE = Path(kg.__file__).parent

KEY_OF_A_DOCUMENT = """
import kg
from pathlib import Path
from kg.nlp.cache import DocumentCache
from kg.types import Document
print(Path(kg.__file__).parent)
print(DocumentCache(Path("cache"), "en_core_web_sm-3.8.0:parser,ner").key(Document(id="d", text="Russia criticised Ukraine.", source="d.txt")))
"""


def _copy(tmp_path: Path, name: str) -> Path:
    root = tmp_path / name
    shutil.copytree(PACKAGE, root / "kg", ignore=shutil.ignore_patterns("__pycache__"))  # the ontology link: copied
    return root


def _cache_key(root: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", KEY_OF_A_DOCUMENT], capture_output=True, text=True, env=env, check=True, cwd=root)
    package, key = done.stdout.split()
    assert Path(package) == root / "kg"  # the copy ran, not the installed package
    return key


@pytest.fixture(scope="module")
def unedited_key(tmp_path_factory):
    return _cache_key(_copy(tmp_path_factory.mktemp("unedited"), "kg-copy"))


@pytest.mark.parametrize(
    "edited",
    ["data/events.json", "events/classes.py", "lexicon.py", "data/lexicon.json", "data/actors.json", "extract/verbs.py", "nlp/model.py"],
)
def test_editing_what_extraction_reads_changes_the_cache_key(tmp_path, unedited_key, edited):
    root = _copy(tmp_path, "kg-copy")
    path = root / "kg" / edited
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # still valid JSON / Python
    assert _cache_key(root) != unedited_key


def test_the_cache_key_is_stable(tmp_path, unedited_key):
    assert _cache_key(_copy(tmp_path, "kg-copy")) == unedited_key


def test_every_module_extraction_imports_is_fingerprinted():
    from kg.fingerprint import EXTRACTION_INPUTS, files_under

    done = subprocess.run(
        [sys.executable, "-c", "import sys, kg.nlp.parallel\nfor m in sys.modules.values():\n print(getattr(m, '__file__', None))"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    imported = {Path(f).resolve() for f in done.stdout.split() if f != "None" and Path(f).resolve().is_relative_to(PACKAGE.resolve())}
    covered = {p.resolve() for p in files_under(PACKAGE, EXTRACTION_INPUTS)}
    exempt = {PACKAGE / "__init__.py", PACKAGE / "errors.py"}  # the version is hashed anyway; error messages shape no parse
    assert imported - covered - {p.resolve() for p in exempt} == set()


def test_the_outputs_fingerprint_builds_on_the_extraction_fingerprint(tmp_path):
    from kg.fingerprint import extraction_fingerprint, outputs_fingerprint

    def edited(name: str, file: str) -> Path:
        root = _copy(tmp_path, name) / "kg"
        (root / file).write_text((root / file).read_text(encoding="utf-8") + "\n", encoding="utf-8")
        return root

    base = _copy(tmp_path, "unedited") / "kg"
    table, writer = edited("table", "data/events.json"), edited("writer", "pipeline.py")
    assert extraction_fingerprint(table) != extraction_fingerprint(base)
    assert outputs_fingerprint(table) != outputs_fingerprint(base)
    # the outputs' writers: the outputs are written again, the cached parses stay valid
    assert extraction_fingerprint(writer) == extraction_fingerprint(base)
    assert outputs_fingerprint(writer) != outputs_fingerprint(base)
