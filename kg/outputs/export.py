"""Exports of a build: RDF serialisations, GraphML (networkx) and a CSV edge list."""

from __future__ import annotations

import io
from pathlib import Path

from kg.graph import KnowledgeGraph

RDF_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}
FORMATS = (*RDF_FORMATS, "graphml", "csv")
SUFFIXES = {"ttl": ".ttl", "nt": ".nt", "nq": ".nq", "trig": ".trig", "jsonld": ".jsonld", "graphml": ".graphml", "csv": ".csv"}


def export(graph: KnowledgeGraph, fmt: str) -> str:
    """The graph as text in ``fmt`` (see ``FORMATS``).

    ``ttl`` and ``nt`` hold one graph, so they get the union of the document graphs and the
    default graph; ``nq``, ``trig`` and ``jsonld`` keep the named graphs.
    """
    if fmt in RDF_FORMATS:
        from rdflib import Graph

        from kg.outputs.rdf import to_dataset

        dataset = to_dataset(graph.result)
        if fmt in ("ttl", "nt"):
            union = Graph()
            for prefix, namespace in dataset.namespaces():
                union.bind(prefix, namespace)
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                union.add((s, p, o))
            return union.serialize(format=RDF_FORMATS[fmt])
        return dataset.serialize(format=RDF_FORMATS[fmt])
    if fmt == "graphml":
        import networkx as nx

        nxg = graph.to_networkx()
        # GraphML attributes are scalars: lists become "; "-joined text, missing values empty text.
        for _, data in nxg.nodes(data=True):
            _flatten(data)
        for _, _, data in nxg.edges(data=True):
            _flatten(data)
        buffer = io.BytesIO()
        nx.write_graphml(nxg, buffer, encoding="utf-8")
        return buffer.getvalue().decode("utf-8")
    if fmt == "csv":
        return graph.statements().to_csv(index=False)
    raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")


def _flatten(data: dict) -> None:
    for key, value in list(data.items()):
        if value is None:
            data[key] = ""
        elif isinstance(value, (list, tuple)):
            data[key] = "; ".join(map(str, value))


def write_export(graph: KnowledgeGraph, fmt: str, path: Path) -> Path:
    from kg.fileio import atomic_write_text

    atomic_write_text(Path(path), export(graph, fmt))
    return Path(path)
