"""URLs and feeds in: article pages and RSS/Atom feeds fetched over HTTP(S) into :class:`~kg.types.Document`.

``kg build https://…`` (and ``--urls FILE``, ``kg watch``) read web pages the way files are read:

- **Fetching** (:class:`Fetcher`, httpx): a ``User-Agent`` naming kg, timeouts, a size cap
  (checked on the decoded bytes as they arrive, so a compressed bomb stops too), redirects
  followed by hand (at most :attr:`FetchOptions.max_redirects`, each hop checked against its
  host's ``robots.txt`` and rate limit), at most one request per :attr:`FetchOptions.delay`
  seconds to one host (longer when its ``robots.txt`` asks for a ``Crawl-delay``), and
  ``robots.txt`` respected (read with :mod:`urllib.robotparser`'s rules: 401/403 forbid the
  whole site, another 4xx allows it, a server error or no answer refuses the URL for now).
- **Caching** (:class:`PageCache`, under the build's cache folder ``<out>/.cache/http/``): a page
  answered with an ``ETag`` or ``Last-Modified`` is kept with them, and the next run asks with
  ``If-None-Match`` / ``If-Modified-Since``: an unchanged page costs a ``304`` and no body.
  Permanent redirects (301, 308) are remembered, so a second run sends conditional requests
  only. An unwritable cache folder is reported once and the run goes on without it.
- **Reading**: a feed (by content type, else by its first bytes; parsed by ``feedparser``) stands
  for the articles it lists, each fetched in turn; an HTML page's main text and metadata (title,
  publication date, canonical URL) are read by trafilatura, then cleaned as files are
  (:mod:`kg.ingest.clean`); plain text is read as text. Any other type is refused.

A URL that fails (a status, a timeout, a refusal by ``robots.txt``, a page too large, a type kg
cannot read) is skipped, named with the reason, and the rest goes on, as for files.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

from kg import __version__
from kg.errors import InputNotFound
from kg.events.dates import stated_date
from kg.ingest.clean import clean_paragraphs, empty_reason
from kg.types import Document, Skipped

log = logging.getLogger(__name__)

USER_AGENT = f"kg/{__version__} (news knowledge-graph builder; +https://w3id.org/newskg)"
ROBOTS_AGENT = "kg"  # the name robots.txt rules are matched against ("User-agent: kg")
HTTP_CACHE_DIR = "http"  # inside the build's cache folder (kg.nlp.cache.CACHE_DIR)
ROBOTS_MAX_BYTES = 500_000  # Google reads the first 500 KiB of a robots.txt; so do we
_URL = re.compile(r"^https?://", re.IGNORECASE)
_REDIRECTS = (301, 302, 303, 307, 308)
_PERMANENT = (301, 308)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
HTML_TYPES = ("text/html", "application/xhtml+xml")
XML_TYPES = ("application/xml", "text/xml")


def is_url(text: str | Path) -> bool:
    """Whether a command-line input is an http(s) URL rather than a path.

    >>> is_url("https://example.org/news"), is_url("HTTP://example.org"), is_url("news/a.html"), is_url("ftp://x")
    (True, True, False, False)
    """
    return isinstance(text, str) and bool(_URL.match(text))


def split_inputs(inputs: Iterable[str | Path]) -> tuple[list[str | Path], list[str]]:
    """(paths, URLs) of the command-line inputs, each in the order given. A path that exists is a
    path even when it looks like a URL."""
    paths: list[str | Path] = []
    urls: list[str] = []
    for item in inputs:
        if is_url(item) and not Path(item).exists():
            urls.append(str(item))
        else:
            paths.append(item)
    return paths, urls


def read_url_list(path: Path) -> tuple[list[str], list[Skipped]]:
    """The URLs of a text file (``--urls FILE``): one per line; blank lines and ``#`` comments are
    ignored, and a line that is not an http(s) URL is skipped, naming the file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputNotFound(f"URL list not found: '{path}' (give a text file with one http(s) URL per line)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputNotFound(f"cannot read the URL list '{path}': {exc} (give a UTF-8 text file, one URL per line)") from None
    urls: list[str] = []
    skipped: list[Skipped] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_url(line):
            urls.append(line)
        else:
            skipped.append(_skip(f"{path}:{lineno}", f"not an http(s) URL: {line[:80]!r} (one URL per line; # starts a comment)"))
    return urls, skipped


# --------------------------------------------------------------------------- fetching


@dataclass(frozen=True)
class FetchOptions:
    """How pages are fetched. ``delay``: seconds between two requests to one host."""

    timeout: float = 20.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    delay: float = 1.0
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Fetched:
    """A page as fetched: ``url`` as asked for, ``final_url`` after redirects. ``not_modified``:
    the server answered ``304`` and the body is the cached one."""

    url: str
    final_url: str
    content_type: str
    charset: str | None
    body: bytes
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None


class FetchFailed(Exception):
    """A URL that could not be fetched; ``reason`` says why and what to do."""

    def __init__(self, reason: str, unreachable: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unreachable = unreachable  # no answer at all (no connection, a timeout): the site, not the page


_HTTP_ADVICE = {
    401: "the page needs a login",
    403: "the site refused kg; it may need a login or block robots",
    404: "check the URL",
    410: "the page was removed",
    429: "the site asks kg to slow down: raise --delay or try again later",
}


def status_reason(status: int, phrase: str = "") -> str:
    """What a non-200 answer means for the user.

    >>> status_reason(404, "Not Found")
    'HTTP 404 Not Found (check the URL)'
    >>> status_reason(503)
    'HTTP 503 (the server failed; try again later)'
    """
    advice = _HTTP_ADVICE.get(status) or ("the server failed; try again later" if status >= 500 else "kg reads pages answered with 200 OK")
    return f"HTTP {status}{' ' + phrase if phrase else ''} ({advice})"


@dataclass
class _Host:
    robots: RobotFileParser | None = None
    robots_problem: str | None = None  # robots.txt could not be read: every URL of the host is refused
    next_request: float = 0.0
    crawl_delay: float = 0.0


class Fetcher:
    """Fetches URLs politely (see the module docstring); ``cache_dir``: where pages are cached
    (None: no cache, every request unconditional). One thread; use as a context manager or call
    :meth:`close`."""

    def __init__(self, cache_dir: Path | None = None, options: FetchOptions | None = None) -> None:
        import httpx  # only when URLs are read

        self.options = options or FetchOptions()
        self.cache = PageCache(cache_dir) if cache_dir is not None else None
        self._client = httpx.Client(
            headers={"User-Agent": self.options.user_agent, "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5"},
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=False,  # by hand: each hop is checked against robots.txt and rate-limited
        )
        self._hosts: dict[str, _Host] = {}
        self.clock, self.sleep = time.monotonic, time.sleep  # the rate limit's (tests give a fake clock)
        self.requests = 0  # requests sent (robots.txt included)
        self.not_modified = 0  # of them, answered 304 Not Modified

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched:
        """The page at ``url`` (redirects followed), or :class:`FetchFailed` saying why not."""
        return self._fetch(url, check_robots=True, max_bytes=self.options.max_bytes)

    def _fetch(self, url: str, *, check_robots: bool, max_bytes: int) -> Fetched:
        current = url
        for _hop in range(self.options.max_redirects + 1):
            if not is_url(current):
                raise FetchFailed(f"redirected to {current[:120]!r}, which is not an http(s) URL")
            if check_robots:
                self._check_robots(current)
            cached = self.cache.get(current) if self.cache is not None else None
            if cached is not None and cached.status in _PERMANENT and cached.location:
                current = urljoin(current, cached.location)  # remembered: no request
                continue
            status, phrase, headers, body = self._request(current, cached if cached and cached.status == 200 else None, max_bytes)
            if status in _REDIRECTS:
                location = headers.get("location")
                if not location:
                    raise FetchFailed(f"HTTP {status} redirect without a Location header from {current} (the site is misconfigured)")
                if status in _PERMANENT and self.cache is not None:
                    self.cache.put(current, _Entry(status=status, location=location))
                current = urljoin(current, location)
                continue
            if status == 304 and cached is not None and cached.status == 200:
                self.not_modified += 1
                return cached.fetched(url, current, not_modified=True)
            if status != 200:
                raise FetchFailed(status_reason(status, phrase))
            content_type, charset = _content_type(headers.get("content-type", ""))
            entry = _Entry(
                status=200, content_type=content_type, charset=charset, body=body,
                etag=headers.get("etag"), last_modified=headers.get("last-modified"),
            )  # fmt: skip
            if self.cache is not None and (entry.etag or entry.last_modified):
                self.cache.put(current, entry)
            return entry.fetched(url, current)
        raise FetchFailed(f"more than {self.options.max_redirects} redirects (the last to {current}); the site may loop")

    def _request(self, url: str, cached: _Entry | None, max_bytes: int) -> tuple[int, str, dict[str, str], bytes]:
        """One GET, conditional when ``cached`` has validators; the body read up to ``max_bytes``."""
        import httpx

        headers = {}
        if cached is not None:
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        host = self._host(url)
        self._wait(url, host)
        timeout = self.options.timeout
        deadline = self.clock() + timeout * 3  # a server trickling bytes is cut too
        self.requests += 1
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                answer = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code != 200:
                    return response.status_code, response.reason_phrase, answer, b""
                declared = answer.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchFailed(_too_large(int(declared), max_bytes))
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise FetchFailed(_too_large(None, max_bytes))
                    if self.clock() > deadline:
                        raise FetchFailed(f"timed out: the page took over {timeout * 3:g} s to arrive (the server is slow; try again later)")
                    chunks.append(chunk)
                return 200, response.reason_phrase, answer, b"".join(chunks)
        except httpx.TimeoutException:
            raise FetchFailed(f"timed out after {timeout:g} s (the server is slow or unreachable; try again later)", True) from None
        except httpx.ConnectError as exc:
            raise FetchFailed(f"cannot connect: {_cause(exc)} (check the URL and the network)", True) from None
        except httpx.InvalidURL as exc:
            raise FetchFailed(f"not a valid URL: {exc}") from None
        except httpx.HTTPError as exc:
            raise FetchFailed(f"the request failed: {_cause(exc)} (try again later)") from None
        finally:
            host.next_request = self.clock() + max(self.options.delay, host.crawl_delay)

    def _host(self, url: str) -> _Host:
        return self._hosts.setdefault(_origin(url), _Host())

    def _wait(self, url: str, host: _Host) -> None:
        pause = host.next_request - self.clock()
        if pause > 0:
            self.sleep(pause)

    def _check_robots(self, url: str) -> None:
        origin = _origin(url)
        host = self._host(url)
        if host.robots is None and host.robots_problem is None:
            self._read_robots(origin, host)
        if host.robots_problem is not None:
            raise FetchFailed(host.robots_problem)
        assert host.robots is not None
        if not host.robots.can_fetch(self.options.user_agent, url):
            raise FetchFailed(f"refused by {origin}/robots.txt: the site asks robots like kg not to fetch this page")

    def _read_robots(self, origin: str, host: _Host) -> None:
        robots_url = f"{origin}/robots.txt"
        parser = RobotFileParser(robots_url)
        try:
            fetched = self._fetch(robots_url, check_robots=False, max_bytes=ROBOTS_MAX_BYTES)
        except FetchFailed as exc:
            status = re.match(r"HTTP (\d+)", exc.reason)
            code = int(status.group(1)) if status else None
            if code in (401, 403):
                parser.disallow_all = True  # the rules are secret: the site is off limits (robotparser's rule)
            elif code is not None and 400 <= code < 500:
                parser.allow_all = True  # no robots.txt: no rules
            elif exc.unreachable:  # the site does not answer: say so, as for any of its pages
                host.robots_problem = exc.reason
                return
            else:
                host.robots_problem = f"{robots_url} could not be read ({exc.reason}); kg fetches nothing from a site whose rules it cannot read"
                return
        else:
            parser.parse(fetched.body.decode("utf-8", errors="replace").splitlines())
            delay = parser.crawl_delay(self.options.user_agent)
            if delay:
                host.crawl_delay = min(float(delay), 60.0)
        host.robots = parser


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), "", "", ""))


def _too_large(size: int | None, limit: int) -> str:
    found = f"{size:,} bytes" if size is not None else "the body"
    return f"too large: {found} over the {limit:,}-byte limit for one page (not an article; give the article's own URL)"


def _cause(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]


def _content_type(header: str) -> tuple[str, str | None]:
    """``("text/html", "utf-8")`` from ``text/html; charset=UTF-8``."""
    main, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip().strip('"').lower()
    return main.strip().lower(), charset


# --------------------------------------------------------------------------- the page cache


@dataclass
class _Entry:
    """A cached answer: a page (200, with its validators) or a permanent redirect."""

    status: int
    content_type: str = ""
    charset: str | None = None
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None

    def fetched(self, url: str, final_url: str, not_modified: bool = False) -> Fetched:
        return Fetched(url, final_url, self.content_type, self.charset, self.body, not_modified, self.etag, self.last_modified)


class PageCache:
    """Fetched pages by URL in ``folder``: ``<key[:2]>/<key>.page``, a JSON header line and the
    body. Entries are written to a temp file and renamed (whole or absent); an unreadable entry is
    a miss. A folder that cannot be written is reported once; the run goes on uncached."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.disabled = False

    def _path(self, url: str) -> Path:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.folder / key[:2] / f"{key}.page"

    def get(self, url: str) -> _Entry | None:
        try:
            data = self._path(url).read_bytes()
            header, _, body = data.partition(b"\n")
            meta = json.loads(header)
            if meta.get("url") != url or len(body) != meta.get("size"):
                return None
            return _Entry(
                status=int(meta["status"]), content_type=meta.get("content_type", ""), charset=meta.get("charset"),
                body=body, etag=meta.get("etag"), last_modified=meta.get("last_modified"), location=meta.get("location"),
            )  # fmt: skip
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, url: str, entry: _Entry) -> None:
        if self.disabled:
            return
        import os
        import tempfile

        meta = {
            "url": url, "status": entry.status, "content_type": entry.content_type, "charset": entry.charset,
            "etag": entry.etag, "last_modified": entry.last_modified, "location": entry.location,
            "size": len(entry.body), "stored": formatdate(usegmt=True),
        }  # fmt: skip
        path = self._path(url)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".page-", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(json.dumps(meta).encode("utf-8") + b"\n" + entry.body)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            self.disabled = True
            log.warning(
                "cannot write the page cache in %s (%s): pages will be fetched in full again next time; "
                "make the folder writable, or pass --no-cache", self.folder, exc.strerror or exc,
            )


# --------------------------------------------------------------------------- reading


def page_kind(fetched: Fetched) -> str | None:
    """``"feed"``, ``"html"``, ``"text"``, or None for a type kg cannot read. A feed is known by
    its type, else by its first bytes (feeds are often served as text/xml or even text/html)."""
    ctype = fetched.content_type
    if ctype in FEED_TYPES or _looks_like_feed(fetched.body):
        return "feed"
    if ctype in HTML_TYPES:
        return "html"
    if ctype == "text/plain":
        return "text"
    if not ctype:  # no type given: sniff
        head = fetched.body[:1024].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
            return "html"
        return None if b"\x00" in fetched.body[:8192] else "text"
    return None


def _looks_like_feed(body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    if head.startswith(b"<?xml") or head.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return b"<rss" in head or b"<rdf:rdf" in head or (b"<feed" in head and b"http://www.w3.org/2005/atom" in head)
    return False


@dataclass(frozen=True)
class FeedEntry:
    """One article a feed lists: its link, and what the feed says of it."""

    link: str
    title: str | None = None
    date: str | None = None  # ISO date of publication
    updated: str | None = None  # the entry's update stamp, as the feed gives it


def feed_entries(fetched: Fetched) -> list[FeedEntry]:
    """The articles a feed lists, in feed order; :class:`FetchFailed` when it is no readable feed."""
    import feedparser

    parsed = feedparser.parse(
        fetched.body,
        response_headers={"content-type": fetched.content_type or "application/xml", "content-location": fetched.final_url},
    )
    if not parsed.entries and parsed.get("bozo"):
        raise FetchFailed(f"not a readable RSS/Atom feed: {_cause(parsed.get('bozo_exception') or Exception('no entries'))}")
    entries: list[FeedEntry] = []
    for entry in parsed.entries:
        link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = time.strftime("%Y-%m-%d", stamp) if stamp else None
        updated = entry["updated"] if "updated" in entry.keys() else entry.get("published")  # no fallback warning
        entries.append(FeedEntry(urljoin(fetched.final_url, link), entry.get("title"), date, updated))
    return entries


def url_id(url: str) -> str:
    """A readable, stable document id for a URL: host and path, plus a short hash of the whole URL.

    >>> url_id("https://www.example.org/world/2025/11/china-japan.html?ref=rss")
    'example.org-world-2025-11-china-japan.html-e9547ecb'
    """
    parts = urlsplit(url)
    readable = re.sub(r"[^A-Za-z0-9._~]+", "-", f"{(parts.hostname or '').removeprefix('www.')}{parts.path}").strip("-.")
    digest = hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]
    return f"{readable[:80].rstrip('-.')}-{digest}"


def page_document(url: str, fetched: Fetched, ids: set[str], entry: FeedEntry | None = None) -> Document | Skipped:
    """The document of a fetched article page (HTML or plain text), or why it was skipped."""
    from kg.ingest.readers import _unique_id  # the one rule that keeps ids unique across inputs

    kind = page_kind(fetched)
    title = date = canonical = None
    if kind == "html":
        text, title, date, canonical = html_text(fetched)
    elif kind == "text":
        try:
            text = fetched.body.decode(fetched.charset or "utf-8").removeprefix("\ufeff")
        except (UnicodeDecodeError, LookupError) as exc:
            return _skip(url, f"the text is not {fetched.charset or 'UTF-8'} as the server says ({exc})")
    else:
        return _skip(url, unsupported_type(fetched))
    body, detected_title, foreign = clean_paragraphs(text)
    if not body:
        return _skip(url, empty_reason(foreign))
    # the feed's date first (the publisher's own), then the page's metadata, then a date line it states
    date = (entry.date if entry else None) or date or stated_date(text)
    title = title or (entry.title if entry else None) or detected_title
    return Document(_unique_id(url_id(url), ids, url), body, url, kind if kind == "html" else "txt", title, date, canonical or fetched.final_url)


def unsupported_type(fetched: Fetched) -> str:
    found = f"'{fetched.content_type}'" if fetched.content_type else "unknown (no Content-Type, and not text)"
    return f"unsupported content type {found}: kg reads HTML pages, plain text and RSS/Atom feeds"


def html_text(fetched: Fetched) -> tuple[str, str | None, str | None, str | None]:
    """Main text, title, publication date and canonical URL of an HTML page (trafilatura)."""
    import trafilatura

    markup: str | bytes = fetched.body
    if fetched.charset:
        try:
            markup = fetched.body.decode(fetched.charset, errors="replace")
        except LookupError:  # an unknown charset name: let trafilatura detect it
            pass
    extracted = trafilatura.bare_extraction(markup, url=fetched.final_url, with_metadata=True, include_comments=False, include_tables=False)
    if extracted is None:
        return "", None, None, None
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    canonical = data.get("url")
    if not (isinstance(canonical, str) and is_url(canonical)):
        canonical = None
    return data.get("text") or "", data.get("title"), data.get("date"), canonical


@dataclass
class Article:
    """One article to read: its URL and, when a feed listed it, the feed's entry."""

    url: str
    entry: FeedEntry | None = None
    feed: str | None = None


@dataclass
class Expanded:
    """What one input URL stands for: itself (a page, already fetched) or the articles its feed lists."""

    url: str
    page: Fetched | None = None
    articles: list[Article] = field(default_factory=list)
    skipped: Skipped | None = None


def expand(url: str, fetcher: Fetcher) -> Expanded:
    """Fetch an input URL and say what it stands for (a feed: its articles, not yet fetched)."""
    try:
        fetched = fetcher.fetch(url)
    except FetchFailed as exc:
        return Expanded(url, skipped=_skip(url, exc.reason))
    kind = page_kind(fetched)
    if kind is None:
        return Expanded(url, skipped=_skip(url, unsupported_type(fetched)))
    if kind != "feed":
        return Expanded(url, page=fetched, articles=[Article(url)])
    try:
        entries = feed_entries(fetched)
    except FetchFailed as exc:
        return Expanded(url, skipped=_skip(url, exc.reason))
    if not entries:
        return Expanded(url, skipped=_skip(url, "the feed lists no articles with a link"))
    return Expanded(url, page=fetched, articles=[Article(e.link, e, url) for e in entries])


def read_article(article: Article, fetcher: Fetcher, ids: set[str], page: Fetched | None = None) -> Document | Skipped:
    """Fetch (unless ``page`` is given) and read one article."""
    where = f" (listed in {article.feed})" if article.feed else ""
    if page is None:
        try:
            page = fetcher.fetch(article.url)
        except FetchFailed as exc:
            return _skip(article.url, exc.reason + where)
    if page_kind(page) == "feed":
        return _skip(article.url, f"a feed, not an article{where}")
    return page_document(article.url, page, ids, article.entry)


def iter_url_documents(urls: Iterable[str], fetcher: Fetcher, ids: set[str] | None = None) -> Iterator[Document | Skipped]:
    """Documents, or why one was skipped, from URLs of article pages and feeds, in order. An
    article listed twice (in two feeds, or given and listed) is read once. ``ids``: the slugs of
    document ids taken so far (by files read in the same run)."""
    ids = set() if ids is None else ids
    done: set[str] = set()
    for url in urls:
        expanded = expand(url, fetcher)
        if expanded.skipped is not None:
            yield expanded.skipped
            continue
        for article in expanded.articles:
            if article.url in done:
                continue
            done.add(article.url)
            page = expanded.page if article.entry is None else None
            yield read_article(article, fetcher, ids, page)


def _skip(source: str, reason: str) -> Skipped:
    log.warning("skipping %s: %s", source, reason)
    return Skipped(source, reason)
