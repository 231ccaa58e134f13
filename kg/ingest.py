"""Inputs -> :class:`~kg.types.Document`: files, directories, stdin; txt, Markdown, HTML, JSONL.

Page furniture is removed before parsing, and every character offset in kg's outputs points
into the text *after* this cleaning (``Document.text``). :func:`clean_text` works line by line
(a line is a paragraph) and drops, in this order:

1. everything from a "related articles" marker line on ("Related News", "Read more",
   "Mga Kaugnay na Artikulo", ...), once at least one body paragraph was kept;
2. share / follow / subscribe / cookie / newsletter lines (phrase lists in
   ``kg/data/furniture.json``);
3. lines that are not English: four or more words of which under 10% are English function
   words (a site frame in another language, a translated cookie banner);
4. headings: short lines (< 25 words) with no sentence-final punctuation. The first one
   before any body paragraph becomes the title; the others (section heads, teaser headline
   lists) are dropped;
5. exact repeats of the title or of a kept paragraph (a headline printed twice);
6. a dateline or headline glued before the first body sentence ("BEIJING, Nov 26 -",
   "China: Despite ...") is cut from that paragraph.
Kept paragraphs are joined with a blank line; their text is otherwise unchanged.
"""

from __future__ import annotations

import io
import json
import logging
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TextIO

from kg.errors import InputNotFound
from kg.types import Document, Skipped

log = logging.getLogger(__name__)

SUPPORTED_FORMATS = ("auto", "txt", "md", "html", "jsonl")
SUFFIX_FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json-lines": "jsonl", ".ndjson": "jsonl",
}  # fmt: skip
BINARY_SNIFF_BYTES = 8192
HEADING_MAX_WORDS = 25
PARAGRAPH_SEPARATOR = "\n\n"

_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_DATELINE = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"  # 1-4 capitalised words
    r"(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # optional ", Nov 26"
    r"(?:\s*\([^)]{1,40}\))?"  # optional "(Reuters)"
    r"\s*(?::|\s[\u2013\u2014-])\s+(?=[A-Z\"\u201c])"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


@dataclass(frozen=True)
class _Furniture:
    related_markers: tuple[str, ...]
    prefixes: tuple[str, ...]
    contains: tuple[str, ...]
    stopwords: frozenset[str]


@cache
def _furniture() -> _Furniture:
    raw = json.loads((resources.files("kg") / "data" / "furniture.json").read_text(encoding="utf-8"))
    return _Furniture(
        related_markers=tuple(raw["related_markers"]),
        prefixes=tuple(raw["furniture_prefixes"]),
        contains=tuple(raw["furniture_contains"]),
        stopwords=frozenset(raw["english_stopwords"]),
    )


def bundled_corpus() -> Path:
    """The sample corpus shipped inside the package (five news articles)."""
    return Path(str(resources.files("kg") / "data" / "corpus"))


def check_paths(paths: Sequence[str | Path]) -> None:
    """Refuse a missing path before anything is read or written."""
    for path in paths:
        if str(path) != "-" and not Path(path).exists():
            raise InputNotFound(f"input not found: '{path}' (give a file, a directory, or - for stdin)")


# --------------------------------------------------------------------------- cleaning


def _is_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def _is_english(line: str, stopwords: frozenset[str]) -> bool:
    words = [w.lower() for w in _WORD.findall(line)]
    if len(words) < 4:
        return True
    return sum(w in stopwords for w in words) / len(words) >= 0.1


def _key(line: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", line.lower()).split())


def clean_text(raw: str) -> tuple[str, str | None]:
    """(body text with page furniture removed, title or None). See the module docstring.

    >>> clean_text("Big News Headline\\nShare this article\\nBEIJING, Nov 26 - China urged Japan to act.\\nRelated News\\nOther story")
    ('China urged Japan to act.', 'Big News Headline')
    """
    rules = _furniture()
    title: str | None = None
    kept: list[str] = []
    seen: set[str] = set()
    for original in raw.splitlines():
        line = _CONTROL.sub("", original).strip()
        if not line:
            continue
        key = _key(line)
        if kept and any(key == _key(m) or key.startswith(_key(m) + " ") and len(key) < 40 for m in rules.related_markers):
            break
        if key == _key(line) and (
            any(key.startswith(_key(p)) and len(key.split()) <= 8 for p in rules.prefixes if _key(p))
            or any(c in line.lower() for c in rules.contains)
        ):
            continue
        if not _is_english(line, rules.stopwords):
            continue
        if not _is_sentence(line) and len(line.split()) < HEADING_MAX_WORDS:
            if title is None and not kept:
                title = line
                seen.add(key)
            continue
        if key in seen:
            continue
        if not kept:
            line = _DATELINE.sub("", line, count=1)
        seen.add(key)
        kept.append(line)
    return PARAGRAPH_SEPARATOR.join(kept), title


_MD_RULES = [
    (re.compile(r"^```.*?^```\s*$", re.MULTILINE | re.DOTALL), ""),  # code fences
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> their text
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^\s{0,3}(?:[-*+]|\d+[.)])\s+", re.MULTILINE), ""),  # list markers
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
]
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$", re.MULTILINE)


def markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """Markdown -> plain text and the first level-1 heading (the title)."""
    title_match = re.search(r"^\s{0,3}#\s+(.*?)\s*#*\s*$", markdown, re.MULTILINE)
    text = markdown
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    text = _MD_HEADING.sub(lambda m: m.group(2), text)
    return text, title_match.group(1) if title_match else None


# --------------------------------------------------------------------------- reading


def iter_documents(
    paths: Sequence[str | Path], fmt: str = "auto", stdin: TextIO | None = None
) -> Iterator[Document | Skipped]:
    """Documents (or the reasons they were skipped) from ``paths``, read lazily in order."""
    if fmt not in SUPPORTED_FORMATS:
        raise ValueError(f"unknown format {fmt!r} (supported: {', '.join(SUPPORTED_FORMATS)})")
    ids: dict[str, int] = {}
    for path in paths:
        if str(path) == "-":
            yield from _read_stream((stdin or sys.stdin).read(), "<stdin>", "stdin", fmt, ids)
            continue
        path = Path(path)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if fmt != "auto" or file.suffix.lower() in SUFFIX_FORMATS:
                    yield from _read_file(file, fmt, ids)
        else:
            yield from _read_file(path, fmt, ids)


def _read_file(path: Path, fmt: str, ids: dict[str, int]) -> Iterator[Document | Skipped]:
    source = str(path)
    if fmt == "auto":
        fmt = SUFFIX_FORMATS.get(path.suffix.lower(), "")
        if not fmt:
            yield _skip(source, f"unsupported format '{path.suffix or path.name}' (supported: .txt .md .html .jsonl; or pass --format)")
            return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _skip(source, f"cannot read: {exc.strerror or exc}")
        return
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        yield _skip(source, "binary file, not text")
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield _skip(source, f"not UTF-8: invalid byte 0x{data[exc.start]:02x} at offset {exc.start}; re-encode it as UTF-8")
        return
    yield from _read_stream(text, source, path.stem, fmt, ids)


def _read_stream(text: str, source: str, stem: str, fmt: str, ids: dict[str, int]) -> Iterator[Document | Skipped]:
    if fmt == "auto":  # stdin: sniff
        head = text.lstrip()[:1]
        fmt = "jsonl" if head == "{" else "html" if head == "<" else "txt"
    if fmt == "jsonl":
        yield from _read_jsonl(text, source, stem, ids)
        return
    title = date = url = None
    if fmt == "md":
        text, title = markdown_to_text(text)
    elif fmt == "html":
        text, title, date, url = _html_to_text(text)
    body, detected_title = clean_text(text)
    if not body.strip():
        yield _skip(source, "empty: no text after removing page furniture")
        return
    yield Document(_unique_id(stem, ids, source), body, source, fmt, title or detected_title, date, url)


def _html_to_text(markup: str) -> tuple[str, str | None, str | None, str | None]:
    import trafilatura  # slow import: only when an HTML document is read

    extracted = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None:
        return "", None, None, None
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    return data.get("text") or "", data.get("title"), data.get("date"), data.get("url")


def _read_jsonl(text: str, source: str, stem: str, ids: dict[str, int]) -> Iterator[Document | Skipped]:
    for lineno, line in enumerate(io.StringIO(text), start=1):
        where = f"{source}:{lineno}"
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _skip(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield _skip(where, f"expected a JSON object, got {type(record).__name__}")
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield _skip(where, 'missing or empty "text" field')
            continue
        doc_id = record.get("id")
        if doc_id is None or str(doc_id).strip() == "":
            doc_id = f"{stem}-{lineno}"
            log.warning('%s: no "id" field; using %r', where, doc_id)
        cleaned, detected_title = clean_text(body)
        if not cleaned.strip():
            yield _skip(where, "empty: no text after removing page furniture")
            continue
        meta = {key: record.get(key) if isinstance(record.get(key), str) else None for key in ("title", "date", "url")}
        yield Document(
            _unique_id(str(doc_id), ids, where),
            cleaned,
            where,
            "jsonl",
            meta["title"] or detected_title,
            meta["date"],
            meta["url"],
        )


def _unique_id(doc_id: str, ids: dict[str, int], where: str) -> str:
    """Ids are used in IRIs and outputs: strip control characters, and make repeats unique."""
    doc_id = _CONTROL.sub("", doc_id).strip() or "document"
    count = ids.get(doc_id, 0) + 1
    ids[doc_id] = count
    if count == 1:
        return doc_id
    unique = f"{doc_id}-{count}"
    while unique in ids:
        count += 1
        unique = f"{doc_id}-{count}"
    ids[unique] = 1
    log.warning("%s: duplicate document id %r; using %r", where, doc_id, unique)
    return unique


def _skip(source: str, reason: str) -> Skipped:
    log.warning("skipping %s: %s", source, reason)
    return Skipped(source, reason)
