"""Comparing two output folders byte for byte and quad for quad (the update and batched-build tests)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox


def quads(out: Path) -> set[str]:
    store = ox.Store.read_only(str(out / "store"))
    return {str(q) for q in store.quads_for_pattern(None, None, None, None)}


def same_outputs(a: Path, b: Path, viewer: bool = True) -> None:
    for name in ("triples.jsonl", "graph.trig", *(("graph.html",) if viewer else ())):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert quads(a) == quads(b)
