"""Inputs -> :class:`~kg.types.Document`: files, directories, stdin; txt, Markdown, HTML, JSONL,
PDF (its text layer, through pypdf) and DOCX (through python-docx).

Scraped news carries page furniture that would turn into bogus statements: it is removed first
(:mod:`kg.ingest.clean`); every character offset in kg's outputs points into the text *after*
that cleaning (``Document.text``).

Hostile input is refused per document, never for the run: a document whose every paragraph is in
another language is skipped as "not English" (the pipeline is English-only); unpaired surrogate
escapes in JSON strings become U+FFFD; ids that would mint the same document IRI ("a b", "a_b")
are made unique. (Documents over ``kg build --max-chars`` are skipped by :mod:`kg.pipeline`.)

Every input that is not read is named with the reason, one by one, in folders too: a file kg
has no reader for, a binary file given as text (a PDF read with ``--format txt`` would otherwise
turn its drawing code into "sentences"), a PDF with no text layer, an unreadable file.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import re
import sys
import zipfile
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path, PurePath
from typing import TextIO

from kg.errors import InputNotFound, UnsupportedFormat, UnsupportedInput
from kg.events.dates import stated_date  # date rules live with the other date rules; no model, no I/O
from kg.ingest.clean import clean_paragraphs, empty_reason, markdown_to_text
from kg.namespaces import slug
from kg.types import Document, Skipped

log = logging.getLogger(__name__)

SUPPORTED_FORMATS = ("auto", "txt", "md", "html", "jsonl", "pdf", "docx")
SUFFIX_FORMATS = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json-lines": "jsonl",
    ".pdf": "pdf", ".docx": "docx",
}  # fmt: skip
SUPPORTED_SUFFIXES = ".txt .md .html .jsonl .pdf .docx"
BINARY_FORMATS = {"pdf": "PDF", "docx": "DOCX"}  # formats read from bytes, by a library, never as text
_MAGIC = [
    (b"%PDF-", "PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office 97-2003 (.doc/.xls/.ppt)"),
    (b"{\\rtf", "RTF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable (ELF)"),
    (b"%!PS", "PostScript"),
]  # the start of a file -> what it is: formats that are never news text, whatever their suffix
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
STDIN_SOURCE = "<stdin>"
BINARY_SNIFF_BYTES = 8192
_ID_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # only JSON escapes can make these; UTF-8 cannot encode them


def bundled_corpus() -> Path:
    """The sample corpus shipped inside the package, so ``kg build`` works with no arguments."""
    return Path(str(resources.files("kg") / "data" / "corpus"))


def check_paths(paths: Sequence[str | Path]) -> None:
    """Refuse a URL or a missing path before anything is read or written (``-`` is stdin). URLs
    are fetched by :mod:`kg.ingest.web` (``kg build URL``), never by these file readers."""
    for path in paths:
        if _URL.match(str(path)) and not Path(path).exists():
            raise UnsupportedInput(
                f"'{path}' is a URL, not a file: the file readers do not fetch it (kg build URL and "
                "kg.pipeline.build fetch URLs through kg.ingest.web)"
            )
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
                yield _skip(str(path), "no files in this directory (hidden ones, like .git, are never read)")
            for file in files:
                yield from _read_file(Path(file), fmt, ids)
        else:
            yield from _read_file(Path(path), fmt, ids)


def _directory_files(root: Path) -> list[str]:
    """The files under ``root``, sorted as paths sort (part by part); hidden ones (.git, .DS_Store)
    are never news. Every one is read or skipped by name (:func:`_read_file` says why: a format kg
    has no reader for, say). Kept as strings while the build reads them: a path object each would
    hold ~5x the memory (20,000 files: ~8 MB) for the whole build."""
    files = (p for p in root.rglob("*") if p.is_file())
    kept = [str(p) for p in files if not any(part.startswith(".") for part in p.relative_to(root).parts)]
    return sorted(kept, key=lambda name: PurePath(name).parts)


def _read_file(path: Path, fmt: str, ids: set[str]) -> Iterator[Document | Skipped]:
    source = str(path)
    if fmt == "auto":
        fmt = SUFFIX_FORMATS.get(path.suffix.lower(), "")
        if not fmt:
            found = f"'{path.suffix}'" if path.suffix else "(no file suffix)"
            yield _skip(source, f"unsupported format {found} (supported: {SUPPORTED_SUFFIXES}; or pass --format)")
            return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield _skip(source, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(data, source, path.stem, fmt, ids)


def _read_bytes(data: bytes, source: str, stem: str, fmt: str, ids: set[str]) -> Iterator[Document | Skipped]:
    """One file's bytes as ``fmt``: PDF and DOCX through their libraries, text formats decoded,
    and a binary file given as text refused, saying what it is."""
    kind = binary_kind(data)
    if fmt in BINARY_FORMATS:
        if kind != BINARY_FORMATS[fmt]:
            found = f"it is {_article(kind)} {kind} file" if kind else "it does not look like one"
            yield _skip(source, f"not a {BINARY_FORMATS[fmt]} file: {found}")
            return
        text, problem = (_pdf_text if fmt == "pdf" else _docx_text)(data)
        if problem:
            yield _skip(source, problem)
            return
        yield from _read_text(text, source, stem, "txt", ids, fmt)
        return
    if kind:
        reader = kind.lower()
        advice = f": pass --format {reader}, or name it *.{reader} and leave --format out" if kind in BINARY_FORMATS.values() else ""
        yield _skip(source, f"{_article(kind)} {kind} file, not text (given as {fmt}){advice}")
        return
    text, problem = _decode(data)
    if problem:
        yield _skip(source, problem)
        return
    yield from _read_text(text, source, stem, fmt, ids)


def binary_kind(data: bytes) -> str | None:
    """What a file is when its first bytes say it is not text: ``"PDF"``, ``"DOCX"``, ``"PNG
    image"``... (None: maybe text; :func:`_decode` checks the rest).

    >>> binary_kind(b"%PDF-1.7 ..."), binary_kind(b"China urged Japan."), binary_kind(b"\\x89PNG\\r\\n\\x1a\\n")
    ('PDF', None, 'PNG image')
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return "ZIP archive"
        if "word/document.xml" in names:
            return "DOCX"
        if "xl/workbook.xml" in names:
            return "XLSX spreadsheet"
        if "ppt/presentation.xml" in names:
            return "PPTX presentation"
        return "EPUB book" if "META-INF/container.xml" in names else "ZIP archive"
    return None


def _article(kind: str | None) -> str:
    return "an" if kind and kind[0] in "AEIOUX" else "a"


def _pdf_text(data: bytes) -> tuple[str, str | None]:
    """The text layer of a PDF, its lines joined back into paragraphs (see :func:`unwrap_lines`)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return "", "encrypted PDF: kg cannot read it without its password; save an unencrypted copy"
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        return "", f"cannot read the PDF: {exc}"
    except Exception as exc:  # pypdf raises many kinds on damaged files; one file must not stop the build
        return "", f"cannot read the PDF ({type(exc).__name__}): {exc}"
    text = "\n\n".join(unwrap_lines(page) for page in pages if page.strip())
    if not text.strip():
        return "", f"no text in the PDF ({len(pages)} page(s)): a scan or images only? kg does no OCR"
    return text, None


def _docx_text(data: bytes) -> tuple[str, str | None]:
    """The paragraphs of a DOCX (Word) document, one a line; its title, when set, first."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises what its zip and XML readers raise
        return "", f"cannot read the DOCX ({type(exc).__name__}): {exc}"
    lines = [paragraph.text for paragraph in document.paragraphs]
    title = (document.core_properties.title or "").strip()
    if title and title not in lines[:3]:
        lines.insert(0, title)
    return "\n".join(lines), None


_LINE_END = re.compile(r"[.!?:;…][\"'”’)\]]*$")


def unwrap_lines(page: str) -> str:
    """A PDF page's text as one line per paragraph: PDFs break lines where the layout did, in
    mid-sentence. A line ends a paragraph when it ends a sentence, is followed by a blank line, or
    is much shorter than the page's usual line (a heading, a paragraph's last line).

    >>> unwrap_lines("Summit ends\\nChina urged Japan to retract the\\nremarks on Taiwan, officials said on\\nMonday. Tokyo declined.\\nNext")
    'Summit ends\\nChina urged Japan to retract the remarks on Taiwan, officials said on Monday. Tokyo declined.\\nNext'
    """
    lines = [line.strip() for line in page.splitlines()]
    lengths = sorted(len(line) for line in lines if line)
    usual = lengths[len(lengths) // 2] if lengths else 0
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        current = f"{current} {line}" if current else line
        if _LINE_END.search(line) or len(line) < 0.6 * usual:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


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
        data = sys.stdin.buffer.read()
        kind = binary_kind(data)
        if fmt in BINARY_FORMATS or (fmt == "auto" and kind in BINARY_FORMATS.values()):
            yield from _read_bytes(data, STDIN_SOURCE, "stdin", fmt if fmt != "auto" else str(kind).lower(), ids)
            return
        if kind:
            yield from _read_bytes(data, STDIN_SOURCE, "stdin", "txt" if fmt == "auto" else fmt, ids)
            return
        text, problem = _decode(data)
        if problem:
            yield _skip(STDIN_SOURCE, problem)
            return
    else:
        text = _SURROGATE.sub("\ufffd", (stdin or sys.stdin).read().removeprefix("\ufeff"))
    if fmt == "auto":  # no suffix to go by: sniff
        head = text.lstrip()[:1]
        fmt = "jsonl" if head == "{" else "html" if head == "<" else "txt"
    yield from _read_text(text, STDIN_SOURCE, "stdin", fmt, ids)


def _read_text(
    text: str, source: str, stem: str, fmt: str, ids: set[str], recorded: str | None = None
) -> Iterator[Document | Skipped]:
    """``recorded``: the format the document came in, when its text was read out of another (a PDF)."""
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
    yield Document(_unique_id(stem, ids, source), body, source, recorded or fmt, title or detected_title, date, url)


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
