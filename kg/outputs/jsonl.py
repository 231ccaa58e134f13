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
    line or stamp the page states), ISO, or null; and ``event_date`` / ``event_date_precision``:
    the date of the event the statement reports (``event_id``), the most precise date any of its
    reports gives, or null. ``date`` stays what the statement's own sentence says: a report that
    gives no date has ``date`` null and may still have the ``event_date`` other reports give."""
    doc_dates = document_dates(result)
    event_dates = {event.id: (event.date, event.date_precision) for event in result.events}
    for st in result.statements:
        event_date, precision = event_dates.get(st.event_id, (None, None)) if st.event_id else (None, None)
        row = {**st.to_json(), "doc_date": doc_dates.get(st.doc), "event_date": event_date, "event_date_precision": precision}
        yield json.dumps(row, ensure_ascii=False) + "\n"


def document_dates(result: BuildResult) -> dict[str, str | None]:
    """Each document's date as ``doc_date`` writes it (ISO, a year-less "--MM-DD", or None)."""
    return {doc.id: _iso(doc.date) for doc in result.documents}


def _iso(date: str | None) -> str | None:
    """A document date in ISO form; a year-less dateline's month-day ("--11-26") as it is."""
    value = parse_date_value(date)
    if value is None and date is not None and GMONTHDAY.fullmatch(date):
        return date
    return value.iso if value is not None else None


def write_jsonl(result: BuildResult, output: StagedFile) -> None:
    for line in jsonl_lines(result):
        output.write(line.encode("utf-8"))
