"""``kg watch``: keep a build current with feeds and pages that keep publishing.

Every cycle polls the watched URLs (conditional requests: an unchanged feed costs a ``304``),
reads the articles that are new (or whose feed entry was updated, or, for a page watched by its
own URL, whose text changed), and, when there are any, brings the build in ``<out>`` up to date:
``triples.jsonl``, ``graph.trig``, ``graph.html`` and the SPARQL store, each replaced whole (or
updated in place; see :func:`kg.pipeline.update_outputs`), so a reader or a Ctrl-C never meets a
half-written output.

The articles read so far are kept in ``<out>/.kg-watch/articles.jsonl`` (one line per article
read, the last line of a URL winning): an article that drops off its feed stays in the graph, and
a restarted ``kg watch`` goes on where it stopped. Parses come from the build's cache, so a cycle
parses only what is new.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from spacy.language import Language

from kg.errors import RequestError
from kg.fileio import fsync_directory
from kg.ingest.web import Article, FetchOptions, Fetcher, HTTP_CACHE_DIR, expand, read_article
from kg.namespaces import slug
from kg.nlp.cache import CACHE_DIR
from kg.types import Document, Skipped

log = logging.getLogger(__name__)

STATE_DIR = ".kg-watch"
ARTICLES_FILE = "articles.jsonl"
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(h|m|s|ms)?", re.IGNORECASE)
_UNITS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001, None: 1.0}


def parse_every(text: str) -> float:
    """Seconds in a duration: ``"15m"``, ``"30s"``, ``"1h30m"``, ``"90"`` (seconds).

    >>> parse_every("15m"), parse_every("1h30m"), parse_every("90"), parse_every("0.5s")
    (900.0, 5400.0, 90.0, 0.5)
    >>> parse_every("soon")
    Traceback (most recent call last):
    ...
    kg.errors.RequestError: --every 'soon': give a duration such as 30s, 15m, 1h or 1h30m
    """
    compact = text.strip().replace(" ", "")
    parts = list(_DURATION.finditer(compact))
    if not compact or not parts or "".join(p.group(0) for p in parts) != compact:
        raise RequestError(f"--every {text!r}: give a duration such as 30s, 15m, 1h or 1h30m")
    seconds = sum(float(p.group(1)) * _UNITS[p.group(2).lower() if p.group(2) else None] for p in parts)
    if seconds <= 0:
        raise RequestError(f"--every {text!r}: the time between polls must be more than zero")
    return seconds


@dataclass
class Cycle:
    """What one cycle did: articles found new, changed or skipped; the build's totals after it."""

    number: int
    new: int = 0
    changed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    documents: int = 0
    statements: int = 0
    events: int = 0
    new_statements: int = 0  # statements of this cycle's new and changed articles
    new_events: int = 0  # events that were not in the build before
    requests: int = 0
    not_modified: int = 0
    parsed: int = 0  # documents parsed in this poll (the others came from the cache)
    cached: int = 0
    seconds: float = 0.0
    wrote: bool = False

    def line(self) -> str:
        """The one line ``kg watch`` prints for a cycle."""
        stamp = time.strftime("%H:%M:%S")
        articles = f"{self.new} new, {self.changed} changed" + (f", {len(self.skipped)} skipped" if self.skipped else "")
        if not self.wrote:
            return f"cycle {self.number} {stamp}: {articles} articles; outputs unchanged ({self.documents:,} documents, {self.statements:,} statements, {self.events:,} events); {self.seconds:.1f} s"
        return (
            f"cycle {self.number} {stamp}: {articles} articles; +{self.new_statements:,} statements "
            f"({self.statements:,} in all), +{self.new_events:,} events ({self.events:,}); {self.documents:,} documents; {self.seconds:.1f} s"
        )


class Watcher:
    """Polls ``urls`` (feeds or pages) and keeps the build in ``out`` current; :meth:`cycle` runs one poll.

    ``nlp``: a loaded pipeline to reuse; otherwise ``model`` is loaded on the first cycle that has
    something to parse. ``cache``: reuse (and fill) ``<out>/.cache`` for parses and pages.
    """

    def __init__(
        self,
        urls: Iterable[str],
        out: Path,
        *,
        nlp: Language | None = None,
        model: str | None = None,
        fetch: FetchOptions | None = None,
        cache: bool = True,
    ) -> None:
        self.urls = list(urls)
        self.out = Path(out)
        self.nlp, self.model = nlp, model
        self.cache_dir = self.out / CACHE_DIR if cache else None
        self.fetch = fetch or FetchOptions()
        self.state = self.out / STATE_DIR / ARTICLES_FILE
        self.articles: dict[str, dict] = self._load_state()  # article URL -> {"updated", "document"}
        self.cycles = 0
        self.last: Cycle | None = None  # the last poll that wrote

    def _load_state(self) -> dict[str, dict]:
        articles: dict[str, dict] = {}
        try:
            lines = self.state.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return articles
        except OSError as exc:
            raise RequestError(f"cannot read {self.state}: {exc.strerror or exc} (make it readable, or watch into another --out)") from None
        for number, line in enumerate(lines, start=1):
            try:
                record = json.loads(line)
                Document(**record["document"])
                articles[record["url"]] = record
            except (ValueError, KeyError, TypeError):  # a line torn by a kill: that article is read again
                log.warning("%s:%d: unreadable line ignored (the article will be fetched again)", self.state, number)
        return articles

    def documents(self) -> list[Document]:
        """Every article read so far, in the order first read."""
        return [Document(**record["document"]) for record in self.articles.values()]

    def _pipeline(self) -> Language:
        if self.nlp is None:
            from kg.nlp.model import load_pipeline

            self.nlp = load_pipeline(self.model)
        return self.nlp

    def cycle(self, on_progress: Callable[[str], None] | None = None) -> Cycle:
        """Poll every URL once; build and write what is new. Returns what happened."""
        started = time.perf_counter()
        self.cycles += 1
        report = Cycle(self.cycles)
        fresh: list[tuple[Article, Document]] = []
        ids = {slug(record["document"]["id"]) for record in self.articles.values()}
        http_cache = self.cache_dir / HTTP_CACHE_DIR if self.cache_dir is not None else None
        with Fetcher(http_cache, self.fetch) as fetcher:
            seen: set[str] = set()
            for url in self.urls:
                expanded = expand(url, fetcher)
                if expanded.skipped is not None:
                    report.skipped.append(expanded.skipped)
                    continue
                for article in expanded.articles:
                    if article.url in seen:
                        continue
                    seen.add(article.url)
                    known = self.articles.get(article.url)
                    watched_page = article.entry is None  # a page watched by its own URL: its text says if it changed
                    if known is not None and not watched_page and known.get("updated") == article.entry.updated:
                        continue  # listed before, not updated since: not fetched again
                    if known is not None:
                        ids.discard(slug(known["document"]["id"]))  # the same article keeps its id
                    document = read_article(article, fetcher, ids, expanded.page if watched_page else None)
                    if isinstance(document, Skipped):
                        if known is not None:
                            ids.add(slug(known["document"]["id"]))
                        report.skipped.append(document)
                        continue
                    if known is not None and Document(**known["document"]) == document:
                        continue  # fetched again, unchanged
                    if on_progress:
                        on_progress(article.url)
                    fresh.append((article, document))
                    report.changed += known is not None
                    report.new += known is None
            report.requests, report.not_modified = fetcher.requests, fetcher.not_modified
        if fresh or (self.last is None and self.articles and not _built(self.out)):
            self._update(fresh, report)
        else:
            report.documents = len(self.articles)
            if self.last is not None:
                report.statements, report.events = self.last.statements, self.last.events
            else:
                report.statements, report.events = _built_counts(self.out)
        report.seconds = time.perf_counter() - started
        return report

    def _update(self, fresh: list[tuple[Article, Document]], report: Cycle) -> None:
        """Add ``fresh`` to the build (an update when ``<out>`` has a build state, else a whole
        build of every article read so far), write the outputs, then remember ``fresh``."""
        from kg.errors import RequestError
        from kg.pipeline import build_documents, update, write_outputs

        documents = [document for _, document in fresh]
        try:
            result, changes, totals = update(
                documents, self.out, model=self.model, nlp=self.nlp, pipeline=self._pipeline, cache_dir=self.cache_dir
            )
        except RequestError:  # no build state yet (or one made by another kg): build everything
            replaced = {document.id: document for document in documents}
            every = [replaced.pop(d.id, d) for d in self.documents()] + list(replaced.values())
            before_events = _built_events(self.out)
            result = build_documents(every, model=self.model, nlp=self.nlp, cache_dir=self.cache_dir, pipeline=self._pipeline)
            if result.documents:
                write_outputs(result, self.out)
            touched = {document.id for document in documents}
            report.documents, report.statements, report.events = len(result.documents), len(result.statements), len(result.events)
            report.new_statements = sum(st.doc in touched for st in result.statements)
            report.new_events = sum(event.id not in before_events for event in result.events)
            report.wrote = bool(result.documents)
        else:
            report.documents, report.statements, report.events = totals.documents, totals.statements, totals.events
            report.new_statements, report.new_events = totals.read_statements, changes.new_events
            report.wrote = bool(changes)
        self._remember(fresh)
        self.last = report
        report.parsed, report.cached = result.parsed, result.cached
        report.skipped += result.skipped

    def _remember(self, fresh: list[tuple[Article, Document]]) -> None:
        """Append the new and changed articles to the state file (after the outputs are written:
        killed before this, the next run reads them again, which is harmless)."""
        if not fresh:
            return
        self.state.parent.mkdir(parents=True, exist_ok=True)
        with self.state.open("a", encoding="utf-8") as handle:
            for article, document in fresh:
                record = {"url": article.url, "updated": article.entry.updated if article.entry else None, "document": asdict(document)}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                self.articles[article.url] = record
            handle.flush()
            os.fsync(handle.fileno())
        fsync_directory(self.state.parent)


def _built(out: Path) -> bool:
    return (out / "triples.jsonl").is_file()


def _built_counts(out: Path) -> tuple[int, int]:
    """Statements and events of the build in ``out`` (from triples.jsonl), for a cycle that wrote nothing."""
    try:
        with (out / "triples.jsonl").open(encoding="utf-8") as handle:
            events: set[str] = set()
            statements = 0
            for line in handle:
                statements += 1
                events.add(json.loads(line).get("event_id"))
            return statements, len(events - {None})
    except (OSError, ValueError):
        return 0, 0


def _built_events(out: Path) -> set[str]:
    try:
        with (out / "triples.jsonl").open(encoding="utf-8") as handle:
            return {json.loads(line).get("event_id") for line in handle} - {None}
    except (OSError, ValueError):
        return set()
