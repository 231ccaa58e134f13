"""``kg view``: the viewer page (``graph.html``, which works offline) served on a local port."""

from __future__ import annotations

import socket
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


def serve_viewer(directory: Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A static HTTP server for a build's output directory, started in a daemon thread.

    ``port=0`` takes a free port; the real one is ``server.server_address[1]``. Call
    ``server.shutdown()`` to stop it.
    """
    handler = partial(_QuietHandler, directory=str(directory))
    server = _ViewerServer((host, port), handler)
    threading.Thread(target=server.serve_forever, name="kg-view", daemon=True).start()
    return server


class _ViewerServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = socket.SOMAXCONN  # the default backlog of 5 resets bursts of connections


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the stdlib's name)
        pass  # the CLI says where the page is; one line per request would drown it
