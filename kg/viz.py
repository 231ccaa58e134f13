"""BuildResult -> one self-contained HTML graph viewer that works offline from ``file://``.

pyvis is the graph model (nodes, edges, options); the page is rendered here rather than with
pyvis's own template, because that one loads vis-network, Bootstrap and tom-select from CDNs.
The vis-network JS and CSS that pyvis ships are inlined instead, and all user text travels as an
escaped JSON data block, so nothing in an article can become markup or script.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from importlib.resources import files
from string import Template
from types import MappingProxyType
from typing import Any

from pyvis.network import Network

from kg.types import Actor, BuildResult, Statement

ACTOR_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        "Person": "#4e79a7",
        "Country": "#59a14f",
        "Organization": "#f28e2b",
        "Group": "#b07aa1",
        "Place": "#76b7b2",
    }
)
OTHER_COLOUR = "#9c9c9c"

LARGE_GRAPH = 1000
"""Above this many nodes the browser gets precomputed positions and no physics (it would block)."""

CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"

_VIS_DIR = ("templates", "lib", "vis-9.0.4")
_SOURCE_MAP = re.compile(r"^\s*(//|/\*)# sourceMappingURL=.*$", re.MULTILINE)
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029\ud800-\udfff]")
_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))


class _IdList(list):
    """pyvis tests ``id in net.node_ids`` on every add_node/add_edge; a set keeps that O(1).

    With a plain list, adding 20,000 actors and 40,000 statements takes ~19 s instead of < 1 s.
    pyvis only ever appends to ``node_ids``, so the set stays in step.
    """

    def __init__(self) -> None:
        super().__init__()
        self._members: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def actor_colour(actor_type: str) -> str:
    """A fixed colour per actor type, so the legend means the same in every build.

    >>> actor_colour("Country")
    '#59a14f'
    >>> actor_colour("Militia") == OTHER_COLOUR
    True
    """
    return ACTOR_COLOURS.get(actor_type, OTHER_COLOUR)


def build_network(result: BuildResult) -> Network:
    """The graph as pyvis sees it: one node per actor in a statement, one edge per statement.

    Nodes and edges are sorted, so the same result always gives the same network.
    """
    net = Network(directed=True)
    net.node_ids = _IdList()
    statements = sorted(result.statements, key=_statement_key)
    actors = _actors(result, statements)
    degree: Counter[str] = Counter()
    for statement in statements:
        degree[statement.subject.actor.id] += 1
        degree[statement.object.actor.id] += 1

    positions = _spiral_layout(actors, degree) if len(actors) > LARGE_GRAPH else {}
    for iri in sorted(actors):
        actor = actors[iri]
        extra: dict[str, Any] = dict(zip(("x", "y"), positions[iri])) if positions else {}
        net.add_node(
            iri,
            label=actor.label or iri,
            color=actor_colour(actor.type),
            size=_node_size(degree[iri]),
            title=_node_title(actor, degree[iri]),
            kg_type=actor.type,
            **extra,
        )

    titles = {doc.id: doc.title for doc in result.documents}
    parallel: Counter[tuple[str, str]] = Counter()
    seen_ids: Counter[str] = Counter()
    for statement in statements:
        source, target = statement.subject.actor.id, statement.object.actor.id
        index = parallel[(source, target)]
        parallel[(source, target)] += 1
        net.add_edge(
            source,
            target,
            id=_unique_id(statement.id, seen_ids),
            label=("not " if statement.negated else "") + statement.relation.lemma,
            title=_edge_title(statement, actors, titles.get(statement.doc)),
            dashes=statement.negated,
            **_edge_shape(source == target, index),
            kg_doc=statement.doc,
            kg_negated=statement.negated,
        )
    net.options = _vis_options(len(actors))
    return net


def render_html(result: BuildResult) -> str:
    """The whole viewer page: vis-network inlined, data as escaped JSON, no network access."""
    net = build_network(result)
    data = {"nodes": net.nodes, "edges": net.edges, "options": net.options}
    counts = (
        f"{_plural(len(result.documents), 'document')} · {_plural(len(net.nodes), 'actor')}"
        f" · {_plural(len(result.statements), 'statement')}"
    )
    return _PAGE.substitute(
        csp=CSP,  # a constant with no '"' or '&'; user text is escaped below
        title=html.escape(f"Knowledge graph: {counts}"),
        counts=html.escape(counts),
        legend=_legend_html(),
        vis_css=_vis_asset("vis-network.css", "</style"),
        vis_js=_vis_asset("vis-network.min.js", "</script"),
        data=script_json(data),
        app_js=_APP_JS,
    )


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` block: no ``</script>``, ``<!--`` or raw U+2028.

    >>> script_json({"label": "</script><b>&"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _statement_key(statement: Statement) -> tuple[str, str, str, int, int, str]:
    return (
        statement.subject.actor.id,
        statement.object.actor.id,
        statement.doc,
        statement.char_start,
        statement.char_end,
        statement.id,
    )


def _actors(result: BuildResult, statements: Iterable[Statement]) -> dict[str, Actor]:
    """Actors that take part in a statement; the canonical record wins over the argument's copy."""
    actors: dict[str, Actor] = {}
    for statement in statements:
        for argument in (statement.subject, statement.object):
            iri = argument.actor.id
            if iri not in actors:
                actors[iri] = result.actors.get(iri, argument.actor)
    return actors


def _node_size(degree: int) -> float:
    """Grow with the square root of the degree so hubs stand out without swallowing the page."""
    return min(60.0, round(10.0 + 5.0 * math.sqrt(degree), 1))


def _node_title(actor: Actor, degree: int) -> str:
    return f"{actor.label}\n{actor.type} · {_plural(degree, 'statement')}\n{actor.id}"


def _edge_title(statement: Statement, actors: Mapping[str, Actor], doc_title: str | None) -> str:
    """Plain text (vis-network shows a string title with innerText, never as HTML)."""
    subject = actors[statement.subject.actor.id].label
    obj = actors[statement.object.actor.id].label
    relation = statement.relation.lemma + (" (negated)" if statement.negated else "")
    if statement.modality:
        relation += f", {statement.modality}"
    if math.isfinite(statement.confidence):
        relation += f", confidence {statement.confidence:.2f}"
    document = statement.doc + (f": {doc_title}" if doc_title else "")
    return "\n".join(
        [
            f"{subject} — {statement.relation.text} → {obj}",
            relation,
            f"“{statement.sentence}”",
            f"document {document}",
        ]
    )


def _edge_shape(self_loop: bool, index: int) -> dict[str, Any]:
    """Spread parallel edges: the n-th edge between a pair bends further than the one before."""
    if self_loop:
        return {"selfReference": {"size": 20 + 10 * index, "angle": math.pi / 4}}
    return {"smooth": {"enabled": True, "type": "curvedCW", "roundness": round(0.1 + 0.2 * index, 2)}}


def _unique_id(statement_id: str, seen: Counter[str]) -> str:
    """vis-network refuses the whole data set if two edges share an id, so never let them."""
    seen[statement_id] += 1
    count = seen[statement_id]
    return statement_id if count == 1 else f"{statement_id}~{count}"


def _spiral_layout(actors: Mapping[str, Actor], degree: Mapping[str, int]) -> dict[str, tuple[float, float]]:
    """Sunflower spiral, hubs in the middle: O(n), deterministic, no overlaps, no physics."""
    order = sorted(actors, key=lambda iri: (-degree.get(iri, 0), iri))
    positions: dict[str, tuple[float, float]] = {}
    for i, iri in enumerate(order):
        radius = 40.0 * math.sqrt(i + 0.5)
        angle = i * _GOLDEN_ANGLE
        positions[iri] = (round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1))
    return positions


def _vis_options(node_count: int) -> dict[str, Any]:
    """Physics only while it pays: it lays out small graphs, and blocks the page on big ones."""
    large = node_count > LARGE_GRAPH
    return {
        "layout": {"randomSeed": 7, "improvedLayout": node_count <= 300},
        "physics": {
            "enabled": not large,
            "solver": "barnesHut",
            "barnesHut": {
                "gravitationalConstant": -8000,
                "springLength": 150,
                "springConstant": 0.04,
                "avoidOverlap": 0.2,
            },
            "stabilization": {
                "enabled": not large,
                "iterations": 1000 if node_count <= 300 else 300,
                "updateInterval": 25,
                "fit": True,
            },
        },
        "nodes": {"shape": "dot", "borderWidth": 1, "font": {"size": 14}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.1},
            "color": {"color": "#8a8a8a", "highlight": "#333333", "hover": "#333333"},
            "font": {"size": 11, "align": "middle"},
            "width": 1.5,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
    }


def _vis_asset(name: str, forbidden: str) -> str:
    """Read a vis-network file shipped with pyvis, refusing one that would end its own tag early.

    The source-map comment goes: the map is not shipped, and devtools would try to fetch it.
    """
    resource = files("pyvis").joinpath(*_VIS_DIR, name)
    text = _SOURCE_MAP.sub("", resource.read_text(encoding="utf-8"))
    lowered = text.lower()
    if forbidden in lowered or "<!--" in lowered:
        raise RuntimeError(f"pyvis's {name} contains {forbidden!r} or '<!--' and cannot be inlined")
    return text


def _legend_html() -> str:
    items = [(name, colour) for name, colour in ACTOR_COLOURS.items()] + [("Other", OTHER_COLOUR)]
    swatches = "".join(
        f'<li><span class="swatch" style="background:{html.escape(colour)}"></span>{html.escape(name)}</li>'
        for name, colour in items
    )
    return f'{swatches}<li><span class="dash"></span>dashed = negated (&quot;not …&quot;)</li>'


def _plural(count: int, noun: str) -> str:
    """
    >>> _plural(1, "actor"), _plural(3, "actor")
    ('1 actor', '3 actors')
    """
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


_APP_JS = """\
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var network = new vis.Network(
    document.getElementById("kg-graph"),
    {nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges)},
    data.options
  );

  var button = document.getElementById("kg-physics");
  var status = document.getElementById("kg-status");
  var physics = data.options.physics.enabled;
  function setPhysics(on) {
    physics = on;
    network.setOptions({physics: {enabled: on}});
    button.textContent = "Physics: " + (on ? "on" : "off");
    button.setAttribute("aria-pressed", String(on));
  }
  button.textContent = "Physics: " + (physics ? "on" : "off");
  button.addEventListener("click", function () { setPhysics(!physics); });
  network.on("stabilizationProgress", function (p) {
    status.textContent = "laying out " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    status.textContent = "";
    setPhysics(false);
  });

  var idsByLabel = new Map();
  data.nodes.forEach(function (node) {
    var key = String(node.label).toLowerCase();
    if (!idsByLabel.has(key)) idsByLabel.set(key, {label: String(node.label), ids: []});
    idsByLabel.get(key).ids.push(node.id);
  });
  var list = document.getElementById("kg-actors");
  Array.from(idsByLabel.values()).map(function (entry) { return entry.label; }).sort()
    .forEach(function (label) {
      var option = document.createElement("option");
      option.value = label;
      list.appendChild(option);
    });

  var input = document.getElementById("kg-search");
  function find(exactOnly) {
    var text = input.value.trim().toLowerCase();
    var entry = idsByLabel.get(text);
    if (!entry && !exactOnly && text) {
      var key = Array.from(idsByLabel.keys()).find(function (k) { return k.indexOf(text) !== -1; });
      entry = key === undefined ? undefined : idsByLabel.get(key);
    }
    if (!entry) return;
    network.selectNodes(entry.ids);
    network.focus(entry.ids[0], {scale: 1.2, animation: {duration: 400}});
  }
  input.addEventListener("input", function () { find(true); });
  input.addEventListener("keydown", function (event) { if (event.key === "Enter") find(false); });
})();
"""

_PAGE = Template(
    """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="$csp">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>$title</title>
<style>
$vis_css
</style>
<style>
html, body { margin: 0; height: 100%; font: 14px system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1.5em;
  padding: 0.5em 1em; border-bottom: 1px solid #ddd; background: #fafafa; }
header h1 { font-size: 1em; margin: 0; }
#kg-status { color: #777; }
.legend { display: flex; flex-wrap: wrap; gap: 0.3em 1em; list-style: none; margin: 0; padding: 0; }
.legend li { display: flex; align-items: center; gap: 0.35em; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; }
.dash { display: inline-block; width: 1.6em; border-top: 2px dashed #8a8a8a; }
#kg-graph { flex: 1; min-height: 0; }
div.vis-tooltip { white-space: pre-wrap; max-width: 36em; font: 13px system-ui, sans-serif; }
</style>
</head>
<body>
<header>
<h1>Knowledge graph</h1>
<span id="kg-counts">$counts</span>
<span id="kg-status"></span>
<input id="kg-search" type="search" list="kg-actors" placeholder="Find actor" aria-label="Find actor">
<datalist id="kg-actors"></datalist>
<button id="kg-physics" type="button">Physics</button>
<ul class="legend">$legend</ul>
</header>
<div id="kg-graph"></div>
<script type="application/json" id="kg-data">$data</script>
<script>
$vis_js
</script>
<script>
$app_js</script>
</body>
</html>
"""
)
