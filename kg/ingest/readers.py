"""Inputs -> :class:`~kg.types.Document`: files, directories, stdin; txt, Markdown, HTML, JSONL.

Scraped news carries page furniture that would turn into bogus statements: it is removed first
(:mod:`kg.ingest.clean`); every character offset in kg's outputs points into the text *after*
that cleaning (``Document.text``).

Hostile input is refused per document, never for the run: a document whose every paragraph is in
another language is skipped as "not English" (the pipeline is English-only); unpaired surrogate
escapes in JSON strings become U+FFFD; ids that would mint the same document IRI ("a b", "a_b")
are made unique. (Documents over ``kg build --max-chars`` are skipped by :mod:`kg.pipeline`.)
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import re
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

from kg.errors import InputNotFound, UnsupportedFormat
from kg.events.dates import stated_date  # date rules live with the other date rules; no model, no I/O
from kg.ingest.clean import clean_paragraphs, empty_reason, markdown_to_text
from kg.namespaces import slug
from kg.types import Document, Skipped

log = logging.getLogger(__name__)

SUPPORTED_FORMATS = ("auto", "txt", "md", "html", "jsonl")
SUFFIX_FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json-lines": "jsonl",
}  # fmt: skip
STDIN_SOURCE = "<stdin>"
BINARY_SNIFF_BYTES = 8192
_ID_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # only JSON escapes can make these; UTF-8 cannot encode them


def bundled_corpus() -> Path:
    """The sample corpus shipped inside the package, so ``kg build`` works with no arguments."""
    return Path(str(resources.files("kg") / "data" / "corpus"))


def check_paths(paths: Sequence[str | Path]) -> None:
    """Refuse a missing path before anything is read or written (``-`` is stdin)."""
    for path in paths:
        if str(path) != "-" and not Path(path).exists():
            raise InputNotFound(f"input not found: '{path}' (give a file, a directory, or - for stdin)")


# --------------------------------------------------------------------------- cleaning




















# --------------------------------------------------------------------------- reading


def iter_documents(
    paths: Sequence[str | Path], fmt: str = "auto", stdin: TextIO | None = None
) -> Iterator[Document | Skipped]:
    """Documents, or why one was skipped, from ``paths`` (files, directories, ``-``), read lazily.

    An unknown ``fmt`` fails at once, before anything is read.
    """
    if fmt not in SUPPORTED_FORMATS:
        raise UnsupportedFormat(f"unknown format '{fmt}' (choose one of: {', '.join(SUPPORTED_FORMATS)})")
    return _iter_documents(list(paths), fmt, stdin)


def _iter_documents(paths: list[str | Path], fmt: str, stdin: TextIO | None) -> Iterator[Document | Skipped]:
    ids: set[str] = set()  # one run: ids must be unique across all inputs
    for path in paths:
        if str(path) == "-":
            yield from _read_stdin(stdin, fmt, ids)
        elif Path(path).is_dir():
            files = _directory_files(Path(path))
            if not files:
                yield _skip(str(path), "no .txt .md .html .jsonl files in this directory")
            for file in files:
                yield from _read_file(file, fmt, ids)
        else:
            yield from _read_file(Path(path), fmt, ids)


def _directory_files(root: Path) -> list[Path]:
    """Readable files under ``root``, sorted; hidden ones (.git, .DS_Store) are never news."""
    files = (p for p in root.rglob("*") if p.suffix.lower() in SUFFIX_FORMATS and p.is_file())
    return sorted(p for p in files if not any(part.startswith(".") for part in p.relative_to(root).parts))


def _read_file(path: Path, fmt: str, ids: set[str]) -> Iterator[Document | Skipped]:
    source = str(path)
    if fmt == "auto":
        fmt = SUFFIX_FORMATS.get(path.suffix.lower(), "")
        if not fmt:
            found = f"'{path.suffix}'" if path.suffix else "(no file suffix)"
            yield _skip(source, f"unsupported format {found} (supported: .txt .md .html .jsonl; or pass --format)")
            return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _skip(source, f"cannot read: {exc.strerror or exc}")
        return
    text, problem = _decode(data)
    if problem:
        yield _skip(source, problem)
        return
    yield from _read_text(text, source, path.stem, fmt, ids)


def _decode(data: bytes) -> tuple[str, str | None]:
    """(text, None), or ("", why not) for bytes that are not UTF-8 text."""
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return "", "binary file, not text"
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[bom:].decode("utf-8"), None
    except UnicodeDecodeError as exc:
        offset = exc.start + bom
        return "", f"not UTF-8: invalid byte 0x{data[offset]:02x} at offset {offset}; re-encode it as UTF-8"


def _read_stdin(stdin: TextIO | None, fmt: str, ids: set[str]) -> Iterator[Document | Skipped]:
    if stdin is None and hasattr(sys.stdin, "buffer"):  # real stdin: the same byte checks as files
        text, problem = _decode(sys.stdin.buffer.read())
        if problem:
            yield _skip(STDIN_SOURCE, problem)
            return
    else:
        text = _SURROGATE.sub("\ufffd", (stdin or sys.stdin).read().removeprefix("\ufeff"))
    if fmt == "auto":  # no suffix to go by: sniff
        head = text.lstrip()[:1]
        fmt = "jsonl" if head == "{" else "html" if head == "<" else "txt"
    yield from _read_text(text, STDIN_SOURCE, "stdin", fmt, ids)


def _read_text(text: str, source: str, stem: str, fmt: str, ids: set[str]) -> Iterator[Document | Skipped]:
    if fmt == "jsonl":
        yield from _read_jsonl(text, source, stem, ids)
        return
    title = date = url = None
    if fmt == "md":
        text, title = markdown_to_text(text)
    elif fmt == "html":
        text, title, date, url = _html_to_text(text)
    body, detected_title, foreign = clean_paragraphs(text)
    if not body:
        yield _skip(source, empty_reason(foreign))
        return
    # metadata first; else the date line or stamp the page states, read before cleaning drops it
    date = date or stated_date(text)
    yield Document(_unique_id(stem, ids, source), body, source, fmt, title or detected_title, date, url)


def _html_to_text(markup: str) -> tuple[str, str | None, str | None, str | None]:
    """Main text, title, date and URL; trafilatura drops navigation, scripts, footers, comments."""
    import trafilatura  # slow import: only when an HTML document is read

    extracted = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None:
        return "", None, None, None
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    return data.get("text") or "", data.get("title"), data.get("date"), data.get("url")


def _read_jsonl(text: str, source: str, stem: str, ids: set[str]) -> Iterator[Document | Skipped]:
    for lineno, line in enumerate(io.StringIO(text), start=1):  # StringIO splits on "\n" only
        where = f"{source}:{lineno}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _skip(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield _skip(where, f"not a JSON object (got {type(record).__name__}); write one object per line")
            continue
        record = {key: _repair_surrogates(value, where, key) for key, value in record.items()}
        body = record.get("text")
        if body is None:
            yield _skip(where, 'no "text" field')
            continue
        if not isinstance(body, str):
            yield _skip(where, f'"text" must be a string, not {type(body).__name__}')
            continue
        if not body.strip():
            yield _skip(where, '"text" is empty')
            continue
        doc_id = record.get("id")
        if type(doc_id) not in (str, int) or not _ID_CONTROL.sub("", str(doc_id)).strip():  # bool is not an id
            doc_id = f"{stem}-{lineno}"
            log.warning('%s: no usable "id" field; using %r', where, doc_id)
        cleaned, detected_title, foreign = clean_paragraphs(body)
        if not cleaned:
            yield _skip(where, empty_reason(foreign))
            continue
        title, date, url = (v if isinstance(v := record.get(k), str) else None for k in ("title", "date", "url"))
        date = date or stated_date(body)  # the record's own "date" keeps priority
        yield Document(_unique_id(str(doc_id), ids, where), cleaned, where, "jsonl", title or detected_title, date, url)


def _repair_surrogates(value: object, where: str, key: str) -> object:
    """A JSON string with an unpaired surrogate escape ("\\ud800") cannot be written as UTF-8."""
    if isinstance(value, str) and _SURROGATE.search(value):
        log.warning('%s: "%s" has unpaired surrogate escapes; replaced with U+FFFD', where, key)
        return _SURROGATE.sub("\ufffd", value)
    return value


def _unique_id(doc_id: str, ids: set[str], where: str) -> str:
    """Ids become IRI parts (through :func:`kg.namespaces.slug`): drop control characters, and
    make repeats unique, counting ids that differ but give the same IRI ("a b", "a_b") as repeats.
    ``ids`` holds the slugs taken so far."""
    doc_id = _ID_CONTROL.sub("", doc_id).strip() or "document"
    unique, count = doc_id, 1
    while slug(unique) in ids:
        count += 1
        unique = f"{doc_id}-{count}"
    ids.add(slug(unique))
    if unique != doc_id:
        log.warning("%s: duplicate document id %r; using %r", where, doc_id, unique)
    return unique


def _skip(source: str, reason: str) -> Skipped:
    log.warning("skipping %s: %s", source, reason)
    return Skipped(source, reason)
