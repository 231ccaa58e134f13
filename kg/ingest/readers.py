"""Inputs -> :class:`~kg.types.Document`: files, directories, stdin; txt, Markdown, HTML, JSONL.

Scraped news carries page furniture that would turn into bogus statements, so it is removed first;
every character offset in kg's outputs points into the text *after* this cleaning
(``Document.text``). :func:`clean_text` works line by line (a line is a paragraph), with the
phrase lists of ``kg/data/furniture.json``. In this order, it:

1. ends the article at a "related articles" marker line (the whole line, punctuation ignored:
   "Related News", "Read more", "Mga Kaugnay na Artikulo") once a body paragraph was kept: the
   marker and all after it go. Before any body paragraph a marker line is just dropped;
2. drops share / follow / subscribe / cookie lines: those starting with a furniture prefix
   ("Share this", "We use cookies", "©") or containing a cookie/legal phrase, and lines without
   sentence-final punctuation made only of widget words ("Share & Engage Share", "Accept all")
   or naming a channel ("Join ... WhatsApp group");
3. drops lines in another language: mostly non-Latin letters, or 4+ words (8+ for a line that
   ends like a sentence) of which under 10% are English function words;
4. drops a repeat (case and punctuation ignored) of the title or of a kept paragraph;
5. drops headings: lines of under 25 words that do not end in ``. ! ? …`` (closing quotes or
   brackets after it allowed; ``:`` is not an end). The first one before any body paragraph
   becomes the title. A text with no body paragraph at all (a list of headlines) keeps them;
6. cuts a dateline or headline glued before the first body sentence: 1-4 capitalised words,
   an optional ", Nov 26" and "(Reuters)", then ``:`` or a spaced dash ("BEIJING, Nov 26 -",
   "China: Despite ...").

Kept lines lose surrounding whitespace, control characters, terminal colour codes and invisible
format characters (zero-width spaces, bidi overrides), are otherwise unchanged, and are joined
with one blank line (``"\\n\\n"``) whatever the spacing of the input.

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
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TextIO

from kg.errors import InputNotFound, UnsupportedFormat
from kg.events.dates import stated_date  # date rules live with the other date rules; no model, no I/O
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
HEADING_MAX_WORDS = 25
FOREIGN_MIN_WORDS = 4  # a heading-like line
FOREIGN_MIN_WORDS_SENTENCE = 8  # a short English sentence may have no function word
FOREIGN_MAX_STOPWORD_SHARE = 0.10
PARAGRAPH_SEPARATOR = "\n\n"

_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*$")
_DATELINE = re.compile(
    r"^[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"  # 1-4 capitalised words
    r"(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # optional ", Nov 26, 2025"
    r"(?:\s*\([^)]{1,40}\))?"  # optional "(Reuters)"
    r"(?::\s+|\s*[\u2013\u2014]\s*|\s+-{1,2}\s+)(?=[A-Z\"\u201c])"
)
# Control characters (text lines keep their tabs), terminal colour codes ("\x1b[31m"), and the
# invisible format characters that glue or flip words: zero-width spaces and joiners, bidi
# overrides and isolates, word joiners, BOMs, soft hyphens.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_ID_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # only JSON escapes can make these; UTF-8 cannot encode them
_BEYOND_LATIN = re.compile("[\u0250-\U0010ffff]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class _Furniture:
    related_markers: frozenset[str]
    widget_words: frozenset[str]
    prefixes: re.Pattern[str]
    phrases: re.Pattern[str]
    heading_phrases: re.Pattern[str]
    stopwords: frozenset[str]


def _phrase_pattern(phrases: Sequence[str], *, anchored: bool) -> re.Pattern[str]:
    """One regex for a phrase list; a phrase ending in a letter or digit must end a word."""
    if not phrases:
        return re.compile(r"(?!)")
    alternatives = "|".join(re.escape(p) + (r"(?!\w)" if p[-1].isalnum() else "") for p in phrases)
    return re.compile(("^" if anchored else r"(?<!\w)") + f"(?:{alternatives})", re.IGNORECASE)


@cache
def _furniture() -> _Furniture:
    """The phrase lists of ``kg/data/furniture.json``, read once, on first use."""
    raw = json.loads((resources.files("kg") / "data" / "furniture.json").read_text(encoding="utf-8"))
    lists = {key: value["phrases"] for key, value in raw.items() if not key.startswith("_")}
    return _Furniture(
        related_markers=frozenset(_key(p) for p in lists["related_markers"]),
        widget_words=frozenset(p.lower() for p in lists["widget_words"]),
        prefixes=_phrase_pattern(lists["furniture_prefixes"], anchored=True),
        phrases=_phrase_pattern(lists["furniture_phrases"], anchored=False),
        heading_phrases=_phrase_pattern(lists["heading_furniture"], anchored=False),
        stopwords=frozenset(p.lower() for p in lists["english_stopwords"]),
    )


def bundled_corpus() -> Path:
    """The sample corpus shipped inside the package, so ``kg build`` works with no arguments."""
    return Path(str(resources.files("kg") / "data" / "corpus"))


def check_paths(paths: Sequence[str | Path]) -> None:
    """Refuse a missing path before anything is read or written (``-`` is stdin)."""
    for path in paths:
        if str(path) != "-" and not Path(path).exists():
            raise InputNotFound(f"input not found: '{path}' (give a file, a directory, or - for stdin)")


# --------------------------------------------------------------------------- cleaning


def _key(line: str) -> str:
    """A line compared case- and punctuation-blind (for markers and repeats)."""
    return " ".join(re.sub(r"[^\w&]+", " ", line.lower()).split())


def _is_furniture(line: str, sentence: bool, rules: _Furniture) -> bool:
    if rules.prefixes.search(line) or rules.phrases.search(line):
        return True
    if sentence:
        return False
    words = re.findall(r"\w+|&", line.lower())
    return all(w in rules.widget_words for w in words) or bool(rules.heading_phrases.search(line))


def _is_foreign(line: str, sentence: bool, stopwords: frozenset[str]) -> bool:
    if _mostly_non_latin(line):
        return True
    words = _WORD.findall(line.lower().replace("\u2019", "'"))
    if len(words) < (FOREIGN_MIN_WORDS_SENTENCE if sentence else FOREIGN_MIN_WORDS):
        return False
    return sum(w in stopwords for w in words) < FOREIGN_MAX_STOPWORD_SHARE * len(words)


def _mostly_non_latin(line: str) -> bool:
    """More than half the letters are beyond Latin script (U+024F).

    Only the characters past U+024F are looked at one by one (a regex finds them), and the
    letters are counted only when there are some: a per-character loop over every line was a
    quarter of a cached re-build's time.

    >>> _mostly_non_latin("Китай призвал Японию"), _mostly_non_latin("Tokyo’s “reply” — 東京"), _mostly_non_latin("2025")
    (True, False, False)
    """
    beyond = sum(c.isalpha() for c in _BEYOND_LATIN.findall(line))
    return beyond > 0 and beyond * 2 > sum(c.isalpha() for c in line)


def clean_text(raw: str) -> tuple[str, str | None]:
    """(body text with page furniture removed, title or None). The rules: the module docstring.

    >>> clean_text("Big Headline\\nShare this\\nBEIJING - China urged Japan to act.\\nRelated News\\nOther story")
    ('China urged Japan to act.', 'Big Headline')
    """
    body, title, _ = _clean(raw)
    return body, title


def _clean(raw: str) -> tuple[str, str | None, int]:
    """:func:`clean_text`, plus how many lines were dropped as another language."""
    rules = _furniture()
    foreign = 0
    title: str | None = None
    kept: list[str] = []
    headings: list[str] = []
    seen: set[str] = set()
    for original in raw.splitlines():
        line = _CONTROL.sub("", original).strip()
        if not line:
            continue
        key = _key(line)
        if key in rules.related_markers:
            if kept:
                break
            continue
        sentence = bool(_SENTENCE_END.search(line))
        if _is_furniture(line, sentence, rules) or key in seen:
            continue
        if _is_foreign(line, sentence, rules.stopwords):
            foreign += 1
            continue
        seen.add(key)
        if not sentence and len(line.split()) < HEADING_MAX_WORDS:
            if title is None and not kept:
                title = line
            headings.append(line)
            continue
        kept.append(_DATELINE.sub("", line, count=1) if not kept else line)
    return PARAGRAPH_SEPARATOR.join(kept or headings), title, foreign


def _empty_reason(foreign: int) -> str:
    if foreign:
        return (f"not English: {foreign} paragraph(s) in another language and no English text "
                "(kg's pipeline reads English only)")  # fmt: skip
    return "empty: no text after removing page furniture"


_MD_RULES = [
    (re.compile(r"^ {0,3}(`{3,}|~{3,}).*?^ {0,3}\1[ \t]*$", re.MULTILINE | re.DOTALL), ""),  # code fences
    (re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S.*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])"), ""),  # images
    (re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])"), r"\1"),  # links -> their text
    (re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$|^ {0,3}=+[ \t]*$", re.MULTILINE), ""),  # rules, setext underlines
    (re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE), r"\1"),  # headings
    (re.compile(r"^ {0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE), ""),  # list markers
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # emphasis
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
]


def _markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """Markdown -> plain text, and the title when the text opens with a ``# Title`` heading."""
    text = markdown
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    if not re.match(r"\s*#[ \t]", markdown):
        return text, None
    return text, next(line.strip() for line in text.splitlines() if line.strip())


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
        text, title = _markdown_to_text(text)
    elif fmt == "html":
        text, title, date, url = _html_to_text(text)
    body, detected_title, foreign = _clean(text)
    if not body:
        yield _skip(source, _empty_reason(foreign))
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
        cleaned, detected_title, foreign = _clean(body)
        if not cleaned:
            yield _skip(where, _empty_reason(foreign))
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
