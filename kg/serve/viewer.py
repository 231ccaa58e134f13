"""``kg view``: the viewer page (``graph.html``, which works offline) served on a local port.

Besides the files, the server answers an overview page's requests for evidence as JSON (the page
would otherwise load its evidence files as scripts, as it does from ``file://``)::

    GET <page>.data/api/evidence?build=B&actor=A[&offset=O&limit=L]    an actor's statements
    GET <page>.data/api/evidence?build=B&from=A&to=C[...]              one (subject, object) pair's
    GET <page>.data/api/evidence?build=B&event=E[...]                  one event's (several reports)

``A`` and ``C`` are actors by their index in the page or their IRI, ``E`` an event's number in
the page, ``B`` the page's build token (an answer for another build would be wrong: 409). The
answer is ``{"build": B, "total": N, "rows": [[statement index, statement id, relation text,
sentence, confidence], ...]}`` in page order, read from the page's data block and its evidence
files (:class:`kg.outputs.evidence.EvidenceIndex`, cached while the page is unchanged).
"""

from __future__ import annotations

import json
import socket
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from kg.outputs.evidence import EvidenceIndex

API_SUFFIX = ".data/api/evidence"
MAX_ROWS = 5000


def serve_viewer(directory: Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A static HTTP server for a build's output directory, started in a daemon thread, that also
    answers evidence requests (see the module doc).

    ``port=0`` takes a free port; the real one is ``server.server_address[1]``. Call
    ``server.shutdown()`` to stop it.
    """
    handler = partial(_ViewerHandler, directory=str(directory))
    server = _ViewerServer((host, port), handler)
    server.root = Path(directory).resolve()
    threading.Thread(target=server.serve_forever, name="kg-view", daemon=True).start()
    threading.Thread(target=server.warm, name="kg-view-index", daemon=True).start()
    return server


class _ViewerServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = socket.SOMAXCONN  # the default backlog of 5 resets bursts of connections
    root: Path

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._indexes: dict[Path, tuple[tuple[int, int], EvidenceIndex]] = {}
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Read the overview pages' indexes ahead of the first click (~0.3 s for 200,000 statements)."""
        for folder in self.root.glob("*.data"):
            page = folder.with_suffix(".html")
            if page.is_file():
                try:
                    self.evidence_index(page)
                except (OSError, LookupError, ValueError):
                    pass  # a page that embeds its evidence, or none: nothing to answer

    def evidence_index(self, page: Path) -> EvidenceIndex:
        """The page's index, read again when the page changed (a rebuild)."""
        stat = page.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        with self._lock:
            cached = self._indexes.get(page)
            if cached and cached[0] == stamp:
                return cached[1]
        index = EvidenceIndex.load(page)
        with self._lock:
            self._indexes[page] = (stamp, index)
        return index


class _ViewerHandler(SimpleHTTPRequestHandler):
    server: _ViewerServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's name)
        pass  # the CLI says where the page is; one line per request would drown it

    def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
        path = unquote(urlsplit(self.path).path)
        if path.endswith(API_SUFFIX):
            self._evidence(path[: -len(API_SUFFIX)], parse_qs(urlsplit(self.path).query))
        else:
            super().do_GET()

    def _evidence(self, stem: str, query: dict[str, list[str]]) -> None:
        page = (self.server.root / stem.lstrip("/")).with_suffix(".html")
        if self.server.root not in page.resolve().parents or not page.is_file():
            self._json(404, {"error": f"no page {page.name} here"})
            return
        try:
            index = self.server.evidence_index(page)
        except LookupError as exc:
            self._json(404, {"error": str(exc)})
            return
        value = {name: values[0] for name, values in query.items() if values}
        if value.get("build") != index.build:
            self._json(409, {"error": "the page and its evidence are from different builds: reload the page"})
            return
        try:
            if "actor" in value:
                actor = index.actor(value["actor"])
                statements, owner = index.statements(actor=actor), actor
            elif "from" in value and "to" in value:
                pair = (index.actor(value["from"]), index.actor(value["to"]))
                statements, owner = index.statements(pair=pair), pair[0]
            elif "event" in value:
                statements, owner = index.statements(event=index.event(value["event"])), None
            else:
                self._json(400, {"error": "say actor=, from= and to=, or event="})
                return
            offset = max(0, int(value.get("offset", 0)))
            limit = min(MAX_ROWS, max(0, int(value.get("limit", MAX_ROWS))))
        except KeyError as exc:
            self._json(404, {"error": exc.args[0]})
            return
        except ValueError:
            self._json(400, {"error": "offset and limit are numbers"})
            return
        try:
            rows = index.rows(statements[offset : offset + limit], actor=owner)
        except (OSError, LookupError, ValueError) as exc:
            self._json(500, {"error": f"evidence files unreadable: {exc}"})
            return
        self._json(200, {"build": index.build, "total": len(statements), "rows": rows})

    def _json(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)
