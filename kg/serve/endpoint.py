"""Serving the graph: Oxigraph's own SPARQL server, read-only, behind a guard.

``kg serve`` runs ``oxigraph serve-read-only`` (shipped by the ``oxigraph`` package on PyPI)
over the store ``kg build`` wrote: a SPARQL 1.1 Protocol endpoint at ``/query`` with JSON, XML,
CSV and TSV results by content negotiation; updates are refused because the database is opened
read-only. We use that server rather than writing one: it is maintained, fast and standard.

Oxigraph's ``--timeout-s`` is cooperative: some evaluation paths (an aggregate over a cross
product, for one) never look at it, and its HTTP server cannot cancel a running query
(oxigraph/oxigraph#1336). So ``kg serve`` keeps Oxigraph on an internal loopback port behind
:class:`GuardedEndpoint`, a thin proxy that only forwards reads (SPARQL queries, ``GET /store``
and the query page's assets), answers 503 when a query overruns its deadline, and then restarts
the Oxigraph process so the runaway query stops using a core; requests caught by the restart are
retried once.

The proxy also makes the endpoint answer like ``kg query``: kg's prefixes (``kg:``, ``actor:``,
``rdfs:``...) are declared before each query that does not declare them itself, the service
description names the public address (the client's ``Host``, not the internal port), and every
refusal says what was refused and why. ``/`` is kg's query page: Oxigraph's YASGUI on ``/query``.

The proxy also follows the store: when ``kg build`` swaps a new database in under the running
server, a backend is started on the new one and takes the new requests, and the old backend is
stopped once it has answered the requests it holds (see :class:`GuardedEndpoint`).
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from kg.errors import ServerNotStarted
from kg.namespaces import PREFIXES
from kg.outputs.store import STORE_DIR
from kg.sparql import explain_error, prefix_line, prologue, update_operation


def oxigraph_executable() -> str:
    """The ``oxigraph`` command installed next to this Python (pip's ``oxigraph`` package)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ServerNotStarted("the oxigraph server is not installed: pip install oxigraph")
    return found


def serve_command(store: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30) -> list[str]:
    """The command line that serves ``store`` read-only; queries run over the union of all graphs
    and are stopped after ``timeout_s`` seconds."""
    store = Path(store)
    if (store / STORE_DIR).is_dir():
        store = store / STORE_DIR
    if not store.is_dir():
        raise ServerNotStarted(f"no store at {store}: run `kg build` first (it writes <out>/{STORE_DIR}/)")
    return [
        oxigraph_executable(),
        "serve-read-only",
        "--location", str(store),
        "--bind", f"{host}:{port}",
        "--union-default-graph",
        "--timeout-s", str(timeout_s),
    ]  # fmt: skip


class _Backend:
    """One ``oxigraph serve-read-only`` process, on an internal loopback port, over one store data
    folder (the folder itself, never the ``store`` link: a database swapped in while it runs must
    not be opened half by name). It opens every file of the database when it starts, so it keeps
    answering from the old database even after a build has deleted its folder."""

    def __init__(self, location: Path, timeout_s: int) -> None:
        self.location = location
        self.port = _free_port()
        self.command = serve_command(location, "127.0.0.1", self.port, timeout_s)
        self.process: subprocess.Popen[bytes] | None = None
        self.requests = 0  # in flight; guarded by the endpoint's lock
        self.retired = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        import httpx

        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(self.url + "/", timeout=1)
                return
            except httpx.TransportError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    error = self.process.stderr.read().decode(errors="replace")[-500:] if self.process.stderr else ""
                    raise ServerNotStarted(f"the oxigraph server did not start on {self.location}: {error}") from None
                time.sleep(0.1)

    def stop(self, kill: bool = False) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        if kill:
            self.process.kill()
            self.process.wait(timeout=10)
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


class GuardedEndpoint(ThreadingHTTPServer):
    """Oxigraph's read-only server behind a proxy that keeps the query deadline (see module doc).

    It also follows the store: ``kg build`` replaces ``<out>/store`` (a link) with one rename
    while this serves it. Every :data:`FOLLOW_INTERVAL_S` the link is read; when it points to a
    new data folder, a backend is started on that folder, new requests go to it, and the old
    backend is stopped once the requests it is answering are done. No request is lost or mixed:
    each is answered whole by the old graph or by the new one.
    """

    daemon_threads = True
    # socketserver's default listen backlog is 5: fifty clients connecting at once overflow it
    # and the kernel resets some of them ("connection reset by peer") before a thread accepts.
    request_queue_size = socket.SOMAXCONN
    GRACE_S = 2.0  # Oxigraph's own timeout answers first where it can
    MAX_RESULT_BYTES = 512 * 1024 * 1024  # one answer held in memory at most
    FOLLOW_INTERVAL_S = 1.0  # how often the store link is read

    def __init__(self, store: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30) -> None:
        self.store, self.timeout_s = Path(store), timeout_s
        serve_command(self.store)  # a clear error when there is no store
        self.page = query_page(self.store)
        self.generation = 0
        self.restarts = 0
        self.switches = 0
        """How many times a new store was followed (a build replaced it)."""
        self._lock = threading.Lock()
        self._closed = threading.Event()
        import httpx

        limits = httpx.Limits(max_connections=256, max_keepalive_connections=64)
        self.client = httpx.Client(timeout=httpx.Timeout(timeout_s + self.GRACE_S, connect=5.0), limits=limits)
        self.active = _Backend(self._location(), timeout_s)
        self.active.start()
        try:
            super().__init__((host, port), _GuardHandler)
        except BaseException:  # the public port is taken, say: stop the backend just started
            self.active.stop()
            self.client.close()
            raise
        self.public_host = f"{host}:{self.server_address[1]}"  # for clients that send no Host header
        self._follower = threading.Thread(target=self._follow, name="kg-serve-follow", daemon=True)
        self._follower.start()

    @property
    def backend(self) -> str:
        return self.active.url

    @property
    def backend_port(self) -> int:
        return self.active.port

    def _location(self) -> Path:
        """The data folder the store link points to now."""
        path = self.store / STORE_DIR if (self.store / STORE_DIR).is_dir() else self.store
        return path.resolve()

    def checkout(self) -> tuple[_Backend, int]:
        """The backend a request goes to, and its generation; :meth:`checkin` when answered."""
        with self._lock:
            self.active.requests += 1
            return self.active, self.generation

    def checkin(self, backend: _Backend) -> None:
        with self._lock:
            backend.requests -= 1
            idle = backend.retired and backend.requests == 0
        if idle:
            backend.stop()

    def _replace(self, new: _Backend) -> None:
        """Make ``new`` the backend new requests go to; the old one stops when it has answered."""
        with self._lock:
            old, self.active = self.active, new
            self.generation += 1
            old.retired = True
            idle = old.requests == 0
        if idle:
            old.stop()

    def _follow(self) -> None:
        while not self._closed.wait(self.FOLLOW_INTERVAL_S):
            try:
                location = self._location()
                if location == self.active.location or not location.is_dir():
                    continue
                new = _Backend(location, self.timeout_s)
                new.start()
            except (OSError, ServerNotStarted):  # replaced again meanwhile, say: the next look retries
                continue
            if self._closed.is_set():
                new.stop()
                return
            self._replace(new)
            self.switches += 1

    def restart_backend(self, generation: int) -> None:
        """Stop a backend stuck in a runaway query and start a fresh one (once per stuck backend)."""
        with self._lock:
            if generation != self.generation:
                return  # another request already restarted it (or a new store was followed)
            stuck = self.active
            stuck.stop(kill=True)
            fresh = _Backend(self._location(), self.timeout_s)
            fresh.start()
            self.active = fresh
            self.generation += 1
            self.restarts += 1
            stuck.retired = True

    def server_close(self) -> None:
        self._closed.set()
        super().server_close()
        self.client.close()
        self._stop_backend()

    def _stop_backend(self) -> None:
        self.active.stop()


class _GuardHandler(BaseHTTPRequestHandler):
    """What the proxy forwards, changes and refuses: the query page at ``/`` is kg's own (see
    :func:`query_page`); SPARQL queries on ``/query`` and ``/sparql`` get kg's prefixes; reads of
    ``/store`` and the page's assets pass as they are; updates and Graph Store writes are refused,
    each with a message that says what was refused and why."""

    server: GuardedEndpoint
    protocol_version = "HTTP/1.1"
    QUERY_PATHS = ("/query", "/sparql")  # Oxigraph answers SPARQL queries on both
    ASSETS = ("/yasgui.min.js", "/yasgui.min.css", "/logo.svg")  # the query page's script, style, icon
    ANSWERS = (
        "GET / (the query page), GET or POST /query and /sparql (SPARQL queries), "
        "GET /store (the whole dataset, Graph Store Protocol), GET /prefixes.json (kg's prefixes)"
    )

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's name)
        pass

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        self._route("GET", None)

    def do_HEAD(self) -> None:  # noqa: N802
        self._route("HEAD", None)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        self._route("POST", self.rfile.read(length) if length else b"")

    def do_PUT(self) -> None:  # noqa: N802
        self._route(self.command, None)

    do_DELETE = do_PATCH = do_PUT  # noqa: N815

    # ------------------------------------------------------------------ routing

    def _route(self, method: str, body: bytes | None) -> None:
        split = urlsplit(self.path)
        path = split.path
        if path == "/" and method in ("GET", "HEAD"):
            self._reply(200, self.server.page, "text/html; charset=utf-8", head=method == "HEAD")
        elif path == "/prefixes.json" and method in ("GET", "HEAD"):  # the page's prefix completion
            self._reply(200, json.dumps(PREFIXES).encode(), "application/json", head=method == "HEAD")
        elif path in self.ASSETS and method in ("GET", "HEAD"):
            self._forward(method, self.path, None)
        elif path in self.QUERY_PATHS:
            self._query(method, path, split.query, body)
        elif path == "/store":
            if method in ("GET", "HEAD"):
                self._forward(method, self.path, None)
            else:
                self._refuse(f"Graph Store write refused: {method} /store would change the data")
        elif path == "/update":
            self._refuse(f"SPARQL update refused: {method} /update would change the data")
        else:
            self._text(404, f"not found: {method} {path}. kg serve answers {self.ANSWERS}.")

    def _query(self, method: str, path: str, query_string: str, body: bytes | None) -> None:
        """A SPARQL query on /query or /sparql: refused when it is an update, else forwarded with
        kg's prefixes declared before it."""
        content_type = (self.headers.get("Content-Type") or "").split(";", 1)[0].strip().lower()
        if method == "GET":
            form = parse_qsl(query_string, keep_blank_values=True)
        elif method == "POST" and content_type == "application/x-www-form-urlencoded":
            form = parse_qsl((body or b"").decode("utf-8", errors="replace"), keep_blank_values=True)
        elif method == "POST" and content_type == "application/sparql-query":
            self._forward_query(method, path, query_string, [], (body or b"").decode("utf-8", errors="replace"))
            return
        elif method == "POST" and content_type == "application/sparql-update":
            self._refuse(f"SPARQL update refused: POST {path} with a SPARQL update (application/sparql-update)")
            return
        elif method == "POST":
            self._text(415, f"unsupported Content-Type {content_type or '(none)'!r} on POST {path}: send "
                       "application/sparql-query or an application/x-www-form-urlencoded query=... form")
            return
        else:
            self._text(405, f"method {method} not allowed on {path}: SPARQL queries are sent with GET ?query=... or POST",
                       allow="GET, HEAD, POST")
            return
        if any(key == "update" for key, _ in form):
            self._refuse(f"SPARQL update refused: {method} {path} with an update= parameter")
            return
        queries = [value for key, value in form if key == "query"]
        if len(queries) != 1:
            found = "no query= parameter" if not queries else f"{len(queries)} query= parameters"
            if method == "GET" and not form:  # a plain GET: the service description, as Oxigraph gives it
                self._forward(method, path, None)
                return
            self._text(400, f"{method} {path}: {found}; send exactly one SPARQL query (query=...)")
            return
        others = [(key, value) for key, value in form if key != "query"]  # default-graph-uri=..., say
        self._forward_query(method, path, "" if method == "GET" else query_string, others, queries[0])

    def _forward_query(self, method: str, path: str, url_query: str, fields: list[tuple[str, str]], sparql: str) -> None:
        """Forward one query with kg's prefixes, as a form POST (so any length fits; ``url_query``
        stays in the URL); Oxigraph's parse errors are moved back to the lines of the query as sent."""
        if operation := update_operation(sparql):
            self._refuse(f"SPARQL update refused: {operation} sent to {method} {path}")
            return
        extra = prefix_line(sparql)
        body = urlencode([("query", extra + sparql), *fields]).encode()
        target = path + (f"?{url_query}" if url_query else "")
        self._forward("POST", target, body, "application/x-www-form-urlencoded", sparql=(sparql, 1 if extra else 0))

    def _refuse(self, what: str) -> None:
        self._text(403, f"{what}: kg serve is read-only (it serves the store a build wrote; "
                   "run kg build again to change it, or kg push to copy it to a writable store)")

    # ------------------------------------------------------------------ forwarding

    def _forward(
        self, method: str, target: str, body: bytes | None, content_type: str | None = None,
        sparql: tuple[str, int] | None = None,
    ) -> None:
        import httpx

        headers = {k: v for k, v in self.headers.items() if k.lower() in ("accept", "content-type")}
        if content_type is not None:
            headers["Content-Type"] = content_type
        # Oxigraph names its endpoint in the service description from the Host header: the public one
        headers["Host"] = self.headers.get("Host") or self.server.public_host
        timeout = f"query timeout: stopped after {self.server.timeout_s} s (kg serve --timeout)\n".encode()
        for attempt in (1, 2):
            backend, generation = self.server.checkout()
            deadline = time.monotonic() + self.server.timeout_s + self.server.GRACE_S
            try:
                # Streamed, with a deadline on the whole answer: a result that never ends (a
                # cross product streamed row by row) must not keep a thread and memory forever.
                with self.server.client.stream(method, backend.url + target, content=body, headers=headers) as response:
                    parts, size = [], 0
                    for part in response.iter_bytes():
                        parts.append(part)
                        size += len(part)
                        if time.monotonic() > deadline:
                            self._reply(503, timeout, "text/plain; charset=utf-8")  # closing the stream stops it
                            return
                        if size > self.server.MAX_RESULT_BYTES:
                            message = f"result too large: over {self.server.MAX_RESULT_BYTES:,} bytes; add a LIMIT\n"
                            self._reply(503, message.encode(), "text/plain; charset=utf-8")
                            return
                    content_type = response.headers.get("content-type", "application/octet-stream")
                    status = response.status_code
            except httpx.TimeoutException:  # no answer at all: the engine is stuck in the query
                threading.Thread(target=self.server.restart_backend, args=(generation,), daemon=True).start()
                self._reply(503, timeout, "text/plain; charset=utf-8")
                return
            except httpx.TransportError:
                if attempt == 2:
                    self._reply(503, b"the query engine is restarting; try again\n", "text/plain; charset=utf-8")
                    return
                _wait_for(lambda: self.server.generation != generation or self._backend_up(backend), 30)
                continue
            finally:
                self.server.checkin(backend)
            answer = b"".join(parts)
            if status == 400 and sparql is not None and content_type.startswith("text/plain"):
                explained = explain_error(answer.decode("utf-8", errors="replace"), *sparql)
                answer = f"SPARQL syntax error: {explained}\n".encode()
            self._reply(status, answer, content_type, head=method == "HEAD")
            return

    def _backend_up(self, backend: _Backend) -> bool:
        import httpx

        try:
            httpx.get(backend.url + "/", timeout=1)
            return True
        except httpx.TransportError:
            return False

    def _text(self, status: int, message: str, **headers: str) -> None:
        self._reply(status, (message + "\n").encode(), "text/plain; charset=utf-8", **headers)

    def _reply(self, status: int, body: bytes, content_type: str, head: bool = False, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-").title(), value)
        self.end_headers()
        if not head:
            self.wfile.write(body)


def query_page(store: Path) -> bytes:
    """kg's query page: Oxigraph's YASGUI (its script and style, served by the backend) on kg's
    endpoint, with an example query that declares kg's prefixes."""
    from html import escape

    example = prologue() + (
        "\n# The statements each actor takes part in. The PREFIX lines are optional here: kg serve\n"
        "# declares them itself, as kg query does.\n"
        "SELECT ?actor (COUNT(DISTINCT ?s) AS ?statements) WHERE {\n"
        "  ?s a kg:Statement .\n"
        "  { ?s kg:subject ?a } UNION { ?s kg:object ?a }\n"
        "  ?a rdfs:label ?actor .\n"
        "}\n"
        "GROUP BY ?actor\n"
        "ORDER BY DESC(?statements) ?actor\n"
        "LIMIT 20\n"
    )
    template = (resources.files("kg") / "serve" / "query.html").read_text(encoding="utf-8")
    config = json.dumps({"query": example}).replace("<", "\\u003c")  # "</script>" cannot end the block
    return (
        template.replace("__STORE__", escape(str(store)))
        .replace("__PREFIXES__", escape(" ".join(f"{name}:" for name in PREFIXES)))
        .replace("__CONFIG__", config)
        .encode("utf-8")
    )


def _wait_for(condition: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.1)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
