"""A small news site on 127.0.0.1 for the URL, feed and watch tests: pages, feeds, redirects,
errors, a slow page, a huge body, conditional requests; every request is logged."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None  # for redirects
    delay: float = 0.0  # seconds before answering (a slow server)
    validators: bool = True  # send ETag and Last-Modified, answer 304 when they match
    chunk_repeat: int = 0  # stream body this many times, without Content-Length (a huge body)
    declared_length: int | None = None  # a Content-Length to announce instead of the real one

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


@dataclass
class Request:
    path: str
    headers: dict[str, str]

    @property
    def conditional(self) -> bool:
        return "if-none-match" in self.headers or "if-modified-since" in self.headers


@dataclass
class Site:
    routes: dict[str, Route] = field(default_factory=dict)
    log: list[Request] = field(default_factory=list)
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path

    def requests_to(self, path: str) -> list[Request]:
        return [r for r in self.log if r.path == path]


LAST_MODIFIED = formatdate(1764000000, usegmt=True)  # a fixed date: the pages never change by themselves


def serve(site: Site) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """Start ``site`` on a free loopback port; ``site.base`` becomes its address."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            site.log.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = site.routes.get(self.path)
            if route is None:
                self._answer(404, b"not found", "text/plain")
                return
            if route.delay:
                time.sleep(route.delay)
            if route.location is not None:
                self.send_response(route.status)
                self.send_header("Location", route.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            extra = {}
            if route.validators and route.status == 200:
                extra = {"ETag": route.etag, "Last-Modified": LAST_MODIFIED}
                if self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    for key, value in extra.items():
                        self.send_header(key, value)
                    self.end_headers()
                    return
            if route.chunk_repeat:
                self._stream(route)
                return
            self._answer(route.status, route.body, route.content_type, extra, route.declared_length)

        def _answer(self, status: int, body: bytes, ctype: str, extra: dict | None = None, length: int | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(length if length is not None else len(body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:  # the client hung up (a size cap, a timeout): fine
                pass

        def _stream(self, route: Route) -> None:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for _ in range(route.chunk_repeat):
                    self.wfile.write(f"{len(route.body):x}\r\n".encode() + route.body + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            except OSError:
                pass
            self.close_connection = True

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return server, thread


def article(title: str, date: str | None, paragraphs: list[str], canonical: str | None = None) -> bytes:
    """An article page with site furniture around its text, as news sites have."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{meta}{link}</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<article><h1>{title}</h1>
{body}</article>
<footer><p>Copyright 2025 The Loopback Times. All rights reserved.</p></footer>
</body></html>""".encode()


def rss(items: list[tuple[str, str, str]], title: str = "The Loopback Times") -> bytes:
    """An RSS 2.0 feed of (title, link, RFC 822 date) items."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><pubDate>{date}</pubDate><guid>{link}</guid></item>\n" for t, link, date in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{title}</title><link>http://127.0.0.1/</link><description>News</description>
{entries}</channel></rss>""".encode()


def atom(items: list[tuple[str, str, str]], title: str = "The Loopback Times") -> bytes:
    """An Atom feed of (title, link, ISO date) entries."""
    entries = "".join(
        f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id><updated>{date}</updated></entry>\n' for t, link, date in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title><id>urn:loopback</id><updated>2025-11-25T00:00:00Z</updated>
{entries}</feed>""".encode()
