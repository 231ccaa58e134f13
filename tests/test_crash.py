"""A build killed with SIGKILL at several points: every output is the previous complete version or
the new complete one, never partial; the next build completes and equals a clean build.

Real ``kg build`` processes, real SIGKILLs. The kill points are found by watching the output
folder (model loading, parsing, outputs being replaced, the store being loaded), so the test does
not depend on how fast the machine is; a point the build passes before it is seen is reported.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "corpus"
KG = str(Path(sys.executable).parent / "kg") if (Path(sys.executable).parent / "kg").exists() else shutil.which("kg")
FILES = ("triples.jsonl", "graph.trig", "graph.html")


def _corpus(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for i in range(copies):
        for article in sorted(SAMPLE.glob("*.txt")):
            shutil.copy(article, folder / f"{i:02d}-{article.name}")
    return folder


def _build(corpus: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([KG, "build", str(corpus), "--out", str(out), "--quiet", "--jobs", "1"],
                          capture_output=True, text=True, timeout=600)  # fmt: skip


def _state(out: Path) -> dict[str, object]:
    """Every output's bytes, and what the store answers (it must open and answer)."""
    state: dict[str, object] = {name: (out / name).read_bytes() for name in FILES}
    store = ox.Store.read_only(str(out / "store"))
    query = "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/newskg/ontology#Statement> } }"
    state["store"] = int(next(iter(store.query(query)))["n"].value)
    return state


def _changed(out: Path, name: str, before: bytes) -> Callable[[], bool]:
    return lambda: (out / name).exists() and (out / name).read_bytes() != before


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> tuple[Path, Path, dict[str, object], dict[str, object]]:
    root = tmp_path_factory.mktemp("crash")
    old, new = _corpus(root / "old", 1), _corpus(root / "new", 6)
    runs = [_build(old, root / "clean-old"), _build(new, root / "clean-new")]
    assert all(run.returncode == 0 for run in runs), [run.stderr[-500:] for run in runs]
    return old, new, _state(root / "clean-old"), _state(root / "clean-new")


def test_killed_builds_leave_old_or_new_outputs_and_the_next_build_completes(corpora, tmp_path) -> None:
    old, new, old_state, new_state = corpora
    out = tmp_path / "out"
    assert _build(old, out).returncode == 0
    assert _state(out) == old_state
    before = (out / "triples.jsonl").read_bytes()

    started = 0.0
    points: dict[str, Callable[[], bool]] = {
        "loading the model": lambda: time.monotonic() - started > 0.5,
        "parsing": lambda: any((out / ".cache").rglob("*.pkl")) if (out / ".cache").exists() else False,
        "replacing the outputs": _changed(out, "triples.jsonl", before),
        "loading the store": lambda: any(p.is_dir() and p != (out / "store").resolve() for p in out.glob(".store-*")),
        "after graph.html": _changed(out, "graph.html", old_state["graph.html"]),  # type: ignore[arg-type]
    }
    killed = []
    for point, reached in points.items():
        shutil.rmtree(out / ".cache", ignore_errors=True)  # every run parses again, so each point comes
        process = subprocess.Popen([KG, "build", str(new), "--out", str(out), "--quiet", "--jobs", "1"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        started = time.monotonic()
        while process.poll() is None and not reached():
            time.sleep(0.002)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            killed.append(point)
        process.wait(timeout=60)
        state = _state(out)
        for name, value in state.items():
            assert value in (old_state[name], new_state[name]), f"{name} is neither the old nor the new version after a kill while {point}"
    print(f"\nkilled while: {', '.join(killed)}; finished before the kill: {', '.join(set(points) - set(killed)) or '-'}")
    assert len(killed) >= 3  # the early points are always reached

    final = _build(new, out)
    assert final.returncode == 0, final.stderr
    assert _state(out) == new_state
    leftovers = sorted(p.name for p in out.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".store-link"))
    assert leftovers == []
    assert [p for p in out.glob(".store-*")] == [(out / "store").resolve()]
