"""``triples.jsonl``: one JSON object per statement, in document order (a contract: extend, never rename)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from kg.fileio import StagedFile
from kg.types import BuildResult


def triples_jsonl(result: BuildResult) -> str:
    """The ``triples.jsonl`` contract: one JSON object per statement, in document order."""
    return "".join(jsonl_lines(result))


def jsonl_lines(result: BuildResult) -> Iterator[str]:
    for st in result.statements:
        yield json.dumps(st.to_json(), ensure_ascii=False) + "\n"


def write_jsonl(result: BuildResult, output: StagedFile) -> None:
    for line in jsonl_lines(result):
        output.write(line.encode("utf-8"))
