"""notebooks/explore.ipynb runs top to bottom (nbclient, a real Jupyter kernel)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "explore.ipynb"


def _text(cell) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        parts.append(output.get("data", {}).get("text/plain", ""))
    return "\n".join(parts)


def test_committed_notebook_has_no_outputs():
    import nbformat

    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code")


def test_notebook_runs(tmp_path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    # after the last cell: the tick labels of its plot (the bars are dates), for the check below
    nb.cells.append(nbformat.v4.new_code_cell("print([t.get_text() for t in ax.get_xticklabels()])"))
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    assert "KnowledgeGraph(documents=5" in _text(code[0])
    assert any("image/png" in o.get("data", {}) for o in code[3].outputs)  # the bar chart
    assert "Sergei Shoigu" in _text(code[4]) or "China" in _text(code[4])  # SPARQL: who acted on Japan
    assert any("text/html" in o.get("data", {}) and "<iframe" in o["data"]["text/html"] for o in code[7].outputs)
    assert "Donald Trump" in _text(code[9])  # Takaichi's neighbourhood
    own = _text(code[10])
    assert "Wang Yi" in own and "Sergei Lavrov" in own
    assert "KnowledgeGraph(documents=2" in _text(code[11])
    timeline = _text(code[12])  # the Xi-Trump call: two wordings, two outlets, one dated event
    assert "2025-11-24" in timeline and "Xi Jinping" in timeline and "Donald Trump" in timeline
    assert any("image/png" in o.get("data", {}) for o in code[13].outputs)  # events per day by quad class
    assert _text(code[14]).strip() == "['2025-11-20', '2025-11-21', '2025-11-24']"


def test_executed_notebook_is_small_and_quiet(tmp_path):
    """#20 item 10: executed, the notebook was 6 MB (two inline viewer pages, each also as a
    1.3 MB text repr) and its last plot warned about (and showed) wrong tick labels."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    size = len(nbformat.writes(nb).encode("utf-8"))
    assert size < 200_000, f"the executed notebook is {size:,} bytes"
    streams = [o.text for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "stream"]
    assert streams == [], streams  # no warnings, nothing on stderr
    views = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith("g.show(")]
    assert [v.outputs[0]["data"]["text/html"] for v in views] == [
        '<iframe src="sample-graph.html" width="100%" height="600" style="border:1px solid #ddd" sandbox="allow-scripts"></iframe>',
        '<iframe src="sample-consult.html" width="100%" height="400" style="border:1px solid #ddd" sandbox="allow-scripts"></iframe>',
    ]
    assert views[0].outputs[0]["data"]["text/plain"].startswith("GraphView(28 actors, 89 statements; an interactive page of ")
    assert (tmp_path / "sample-graph.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
