"""Serving and pushing the graph: Oxigraph's own SPARQL server, and the Graph Store Protocol.

``kg serve`` runs ``oxigraph serve-read-only`` (shipped by the ``oxigraph`` package on PyPI)
over the store ``kg build`` wrote: a SPARQL 1.1 Protocol endpoint at ``/query`` with JSON, XML,
CSV and TSV results by content negotiation; updates are refused because the database is opened
read-only. We use that server rather than writing one: it is maintained, fast and standard.

``kg push`` uploads a build to any SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph's
``/store``, Fuseki's ``/<dataset>/data``, GraphDB's ``/repositories/<id>/rdf-graphs/service``).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from kg.errors import KGError
from kg.store import STORE_DIR


class ServerError(KGError):
    """The SPARQL server could not be started, or a push was refused."""


def oxigraph_executable() -> str:
    """The ``oxigraph`` command installed next to this Python (pip's ``oxigraph`` package)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ServerError("the oxigraph server is not installed: pip install oxigraph")
    return found


def serve_command(store: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: int = 30) -> list[str]:
    """The command line that serves ``store`` read-only; queries run over the union of all graphs
    and are stopped after ``timeout_s`` seconds."""
    store = Path(store)
    if (store / STORE_DIR).is_dir():
        store = store / STORE_DIR
    if not store.is_dir():
        raise ServerError(f"no store at {store}: run `kg build` first (it writes <out>/{STORE_DIR}/)")
    return [
        oxigraph_executable(),
        "serve-read-only",
        "--location", str(store),
        "--bind", f"{host}:{port}",
        "--union-default-graph",
        "--timeout-s", str(timeout_s),
    ]  # fmt: skip


def push(trig_path: Path, endpoint: str, graph: str | None = None, timeout: float = 120.0) -> dict[str, int]:
    """Upload ``graph.trig`` to a Graph Store Protocol ``endpoint``.

    Without ``graph``, each named graph of the build replaces the graph of the same IRI on the
    server and the default graph (actors, documents) replaces the server's default graph; with
    ``graph``, everything goes into that one graph. Returns triples sent per target graph.
    """
    import httpx
    from rdflib import Dataset, Graph

    dataset = Dataset()
    dataset.parse(Path(trig_path), format="trig")
    uploads: list[tuple[dict[str, str], Graph]] = []
    if graph:
        merged = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            merged.add((s, p, o))
        uploads.append(({"graph": graph}, merged))
    else:
        for g in dataset.graphs():
            if len(g) == 0:
                continue
            if g.identifier == dataset.default_graph.identifier:
                uploads.append(({"default": ""}, g))
            else:
                uploads.append(({"graph": str(g.identifier)}, g))
    sent: dict[str, int] = {}
    with httpx.Client(timeout=timeout) as client:
        for params, g in uploads:
            body = g.serialize(format="nt", encoding="utf-8")
            try:
                response = client.put(endpoint, params=params, content=body, headers={"Content-Type": "application/n-triples"})
            except httpx.HTTPError as exc:
                raise ServerError(f"cannot reach {endpoint}: {exc}") from None
            if response.status_code >= 300:
                raise ServerError(f"{endpoint} refused the upload ({response.status_code}): {response.text[:200]}")
            sent[params.get("graph", "default")] = len(g)
    return sent
