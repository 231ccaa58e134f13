"""``triples.jsonl``: one JSON object per statement, in document order (a contract: extend, never rename)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from kg.events.dates import GMONTHDAY, parse_date_value
from kg.fileio import StagedFile
from kg.types import BuildResult


def triples_jsonl(result: BuildResult) -> str:
    """The ``triples.jsonl`` contract: one JSON object per statement, in document order."""
    return "".join(jsonl_lines(result))


def jsonl_lines(result: BuildResult) -> Iterator[str]:
    """Each statement's row, with ``doc_date``: the date of its document (metadata, else the date
    line or stamp the page states), ISO, or null."""
    doc_dates = {doc.id: _iso(doc.date) for doc in result.documents}
    for st in result.statements:
        yield json.dumps({**st.to_json(), "doc_date": doc_dates.get(st.doc)}, ensure_ascii=False) + "\n"


def _iso(date: str | None) -> str | None:
    """A document date in ISO form; a year-less dateline's month-day ("--11-26") as it is."""
    value = parse_date_value(date)
    if value is None and date is not None and GMONTHDAY.fullmatch(date):
        return date
    return value.iso if value is not None else None


def write_jsonl(result: BuildResult, output: StagedFile) -> None:
    for line in jsonl_lines(result):
        output.write(line.encode("utf-8"))
