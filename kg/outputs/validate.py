"""SHACL validation of a build against ``ontology/shapes.ttl`` (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str  # pyshacl's human-readable report


def shapes_text() -> str:
    return (resources.files("kg") / "ontology" / "shapes.ttl").read_text(encoding="utf-8")


def validate_trig(trig_path: Path) -> ValidationReport:
    """Validate ``graph.trig``. Statements sit in per-document graphs and actors in the default
    graph, so the shapes see the union of all graphs."""
    from pyshacl import validate
    from rdflib import Dataset, Graph
    from rdflib.namespace import SH

    dataset = Dataset()
    dataset.parse(Path(trig_path), format="trig")
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    shapes = Graph().parse(data=shapes_text(), format="turtle")
    conforms, report_graph, report_text = validate(union, shacl_graph=shapes, advanced=True, allow_warnings=False)
    violations = len(list(report_graph.subjects(predicate=SH.resultSeverity)))
    return ValidationReport(bool(conforms), violations, report_text)
