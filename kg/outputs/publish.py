"""Publishing a build: ``kg push`` uploads ``graph.trig`` to any SPARQL 1.1 Graph Store Protocol
endpoint (Oxigraph's ``/store``, Fuseki's ``/<dataset>/data``, GraphDB's
``/repositories/<id>/rdf-graphs/service``)."""

from __future__ import annotations

from pathlib import Path

from kg.errors import ServerError


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
