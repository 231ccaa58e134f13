"""BuildResult -> one self-contained HTML graph viewer that works offline from ``file://``.

pyvis is the graph model (nodes, edges, options); the page is rendered here rather than with
pyvis's own template, because that one loads vis-network, Bootstrap and tom-select from CDNs.
The vis-network JS and CSS that pyvis ships are inlined, and so are the viewer's own script and
style (``kg/viewer/``). All user text travels as an escaped JSON data block and reaches the page
through ``textContent``, so nothing in an article can become markup or script.

Importance (PageRank) and communities (Louvain) are computed here with networkx, once, so the
page only filters and draws.

Two kinds of page. Up to :data:`EMBED_LIMIT` statements (and always for :func:`render_html`, which
the notebook shows inline) every statement travels in the page with its evidence, as one file.
Above it, :func:`write_page` writes the overview of :mod:`kg.outputs.overview` instead: actors,
compact statement facets for the filters, and evidence in small script files beside the page
(``graph.data/``), loaded when a node or an edge is clicked (or fetched as JSON from ``kg view``).
"""

from __future__ import annotations

import html
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, BinaryIO

import networkx as nx
from pyvis.network import Network

from kg.outputs.page import page_template, script_json, script_json_pieces, viewer_asset, vis_asset
from kg.types import Actor, BuildResult, Document, Statement, statement_row

if TYPE_CHECKING:
    from kg.outputs.evidence import EvidenceFolder

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

COMMUNITY_COLOURS: tuple[str, ...] = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#bcbd22", "#17becf", "#393b79",
)  # fmt: skip
"""The largest communities get these, in order of size; the rest share :data:`OTHER_COLOUR`."""

LARGE_GRAPH = 1000
"""Above this many actors the page is in large-graph mode: precomputed positions and no physics
(it would block), parallel statements merged, and only the best-connected actors shown at first."""

LARGE_SHOWN = 400
"""A dense graph's first view shows at most this many actors (the most important ones)."""

EDGE_BUDGET = 400
"""A dense graph's first view: the most important actors (PageRank) whose edges, one per event
(one per actor pair on a large graph), number at most this many; "Show more actors" widens it."""

LABEL_SCALE = 1.0
"""Edge labels are drawn at this zoom and closer (11 px and up), and for the selected neighbourhood."""

LABEL_LIMIT = 100
"""... and only while at most this many edges are on screen: more labels than that overlap."""

EMBED_LIMIT = 5000
"""Up to this many statements the page carries every statement's evidence itself (~1.1 KB each:
5.5 MB); above it, :func:`write_page` writes the evidence to files beside the page."""

LOUVAIN_LIMIT = 5000
"""Louvain takes ~1.4 s at 5,000 actors and ~14 s at 20,000; above this, label propagation."""

EDGE_FIELDS = (
    ("statement", "id"), ("doc", "doc"), ("negated", "negated"), ("modality", "modality"), ("lemma", "relation"),
    ("text", "relation_text"), ("event", "event"), ("quad", "quad"), ("cameo", "cameo"), ("confidence", "confidence"),
    ("sentence", "sentence"), ("event_id", "event_id"), ("date", "date"), ("date_precision", "date_precision"),
)  # fmt: skip
"""An edge's ``kg_<name>`` attributes (what the page's panel shows) and the column of
:func:`~kg.types.statement_row` each comes from, in the page's order."""

CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"
"""A page that embeds everything loads nothing."""

CSP_FILES = (
    "default-src 'none'; script-src 'unsafe-inline' 'self' file:; connect-src 'self';"
    " style-src 'unsafe-inline'; img-src data:"
)
"""A page with evidence beside it loads its evidence scripts (from the page's own folder: the page
only ever adds scripts with a fixed relative path) and, served by ``kg view``, fetches JSON from
the same origin. ``file:`` is for browsers whose ``'self'`` does not cover ``file://``."""

_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))
_SEED = 7


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

    Every node carries its degree, PageRank and community (``kg_*`` fields) and a size and
    colour for both ways of drawing it; every edge carries the statement's fields, so the page
    can filter, merge and list statements without asking anything. Nodes and edges are sorted,
    so the same result always gives the same network.
    """
    net = Network(directed=True)
    net.node_ids = _IdList()
    statements = sorted(result.statements, key=_statement_key)
    actors = _actors(result, statements)
    stats = actor_stats(actors, statements)
    _add_nodes(net, actors, stats)
    _add_edges(net, result, actors, statements)
    net.options = _vis_options(len(actors))
    net.kg_top = stats.top  # the first view, for the page
    return net


@dataclass
class ActorStats:
    """What the page knows of each actor besides its record, computed once per page."""

    degree: Counter[str]  # statements it takes part in
    pagerank: dict[str, float]
    top_pagerank: float
    community_of: dict[str, int]
    order: list[str]  # by importance: PageRank, then IRI
    rank: dict[str, int]  # position in ``order``
    top: int  # the first view shows the ``top`` most important actors (0: all of them)
    positions: dict[str, tuple[float, float]]  # precomputed on a large graph, else empty


def actor_stats(actors: Mapping[str, Actor], statements: list[Statement]) -> ActorStats:
    degree: Counter[str] = Counter()
    for statement in statements:
        degree[statement.subject.actor.id] += 1
        degree[statement.object.actor.id] += 1
    pagerank = actor_pagerank(statements)
    communities = actor_communities(statements, pagerank)
    order = sorted(actors, key=lambda iri: (-pagerank.get(iri, 0.0), iri))
    rank = {iri: index for index, iri in enumerate(order)}
    large = len(actors) > LARGE_GRAPH
    need: dict[Any, int] = {}  # per edge of the first view (an event, or an actor pair): its worse rank
    for statement in statements:
        source, target = statement.subject.actor.id, statement.object.actor.id
        key = (source, target) if large else statement.event_id or statement.id
        worse = max(rank[source], rank[target])
        if need.get(key, -1) < worse:
            need[key] = worse
    top = default_top(need.values(), len(actors))
    return ActorStats(
        degree=degree,
        pagerank=pagerank,
        top_pagerank=max(pagerank.values(), default=1.0) or 1.0,
        community_of={iri: index for index, members in enumerate(communities) for iri in members},
        order=order,
        rank=rank,
        top=top,
        positions=_large_layout(order, statements, top or LARGE_SHOWN) if large else {},
    )


def _add_nodes(net: Network, actors: dict[str, Actor], stats: ActorStats) -> None:
    """One node per actor, by IRI: its degree, PageRank, rank, community, and a size and colour for each."""
    for iri in sorted(actors):
        actor = actors[iri]
        extra: dict[str, Any] = dict(zip(("x", "y"), stats.positions[iri])) if stats.positions else {}
        community = stats.community_of[iri]
        degree = stats.degree[iri]
        net.add_node(
            iri,
            label=actor.label or iri,
            color=actor_colour(actor.type),
            size=_node_size(degree),
            title=_node_title(actor, degree),
            kg_type=actor.type,
            kg_aliases=sorted(set(actor.aliases) - {actor.label}),
            kg_degree=degree,
            kg_pagerank=round(stats.pagerank[iri], 6),
            kg_size_pagerank=_pagerank_size(stats.pagerank[iri] / stats.top_pagerank),
            kg_rank=stats.rank[iri],
            kg_community=community,
            kg_community_colour=_community_colour(community),
            **extra,
        )


def _add_edges(net: Network, result: BuildResult, actors: dict[str, Actor], statements: list[Statement]) -> None:
    """One edge per statement, in the order given, with the statement's fields (:data:`EDGE_FIELDS`)."""
    documents = {doc.id: doc for doc in result.documents}
    parallel: Counter[tuple[str, str]] = Counter()
    seen_ids: Counter[str] = Counter()
    for statement in statements:
        source, target = statement.subject.actor.id, statement.object.actor.id
        index = parallel[(source, target)]
        parallel[(source, target)] += 1
        row = statement_row(statement)
        fields = {f"kg_{name}": row[column] for name, column in EDGE_FIELDS}
        fields["kg_confidence"] = round(statement.confidence, 3) if math.isfinite(statement.confidence) else None
        fields["kg_event_id"] = statement.event_id or statement.id  # an edge of its own event when grouped with none
        net.add_edge(
            source,
            target,
            id=_unique_id(statement.id, seen_ids),
            label=("not " if statement.negated else "") + statement.relation.lemma,
            title=_edge_title(statement, actors, documents.get(statement.doc)),
            dashes=statement.negated,
            **_edge_shape(source == target, index),
            **fields,
        )


def event_summaries(result: BuildResult) -> dict[str, dict[str, Any]]:
    """What the page needs to draw an edge per event: its sources (edge width), reports and date."""
    summaries = {
        event.id: {
            "sources": event.sources,
            "reports": len(event.statements),
            "lemma": event.lemma,
            "date": event.date,
            "date_precision": event.date_precision,
        }
        for event in result.events
    }
    for statement in result.statements:  # a statement no event claims is an event of its own
        if (statement.event_id or statement.id) not in summaries:
            summaries[statement.event_id or statement.id] = {
                "sources": 1, "reports": 1, "lemma": statement.relation.lemma,
                "date": statement.date, "date_precision": statement.date_precision,
            }  # fmt: skip
    return summaries


def actor_pagerank(statements: Iterable[Statement]) -> dict[str, float]:
    """PageRank over subject -> object, weighted by how many statements link the pair.

    An actor many others act on or talk about ranks high; deterministic (power iteration).

    >>> from kg.types import Argument, Relation
    >>> a, b = Actor("a", "A", "Person"), Actor("b", "B", "Person")
    >>> s = Statement("s", "d", "A met B.", 0, 8, Argument(a, "A"), Relation("meet", "met"), Argument(b, "B"))
    >>> rank = actor_pagerank([s])
    >>> rank["b"] > rank["a"]
    True
    """
    graph = nx.DiGraph()
    for statement in statements:
        source, target = statement.subject.actor.id, statement.object.actor.id
        graph.add_node(source)
        graph.add_node(target)
        if graph.has_edge(source, target):
            graph[source][target]["weight"] += 1
        else:
            graph.add_edge(source, target, weight=1)
    if graph.number_of_nodes() == 0:
        return {}
    return nx.pagerank(graph, alpha=0.85, weight="weight", tol=1e-10, max_iter=500)


def actor_communities(statements: Iterable[Statement], pagerank: Mapping[str, float]) -> list[list[str]]:
    """Communities of actors, largest first (ties: the best-ranked member), each sorted by rank.

    Louvain (seeded, so every build agrees) up to :data:`LOUVAIN_LIMIT` actors, label
    propagation above it, where Louvain would take tens of seconds.
    """
    graph = nx.Graph()
    for statement in statements:
        source, target = statement.subject.actor.id, statement.object.actor.id
        weight = graph[source][target]["weight"] + 1 if graph.has_edge(source, target) else 1
        graph.add_edge(source, target, weight=weight)
    if graph.number_of_nodes() == 0:
        return []
    if graph.number_of_nodes() <= LOUVAIN_LIMIT:
        found = nx.community.louvain_communities(graph, weight="weight", seed=_SEED)
    else:
        found = nx.community.label_propagation_communities(graph)

    def by_rank(iri: str) -> tuple[float, str]:
        return (-pagerank.get(iri, 0.0), iri)

    ordered = [sorted(members, key=by_rank) for members in found]
    return sorted(ordered, key=lambda members: (-len(members), by_rank(members[0])))


def render_html(result: BuildResult) -> str:
    """The whole viewer page, every statement and its evidence in it: vis-network and the viewer
    inlined, data as escaped JSON. One file, whatever the size (the notebook shows it inline)."""
    head, data, tail = _page_parts(result)
    return head + script_json(data) + tail


def write_html(result: BuildResult, output: BinaryIO) -> None:
    """:func:`render_html` into a binary stream, the data block encoded a piece at a time: the
    page is never held whole in memory (nor the several copies of it that making one string takes)."""
    head, data, tail = _page_parts(result)
    write_parts(output, head, data, tail)


def write_page(result: BuildResult, output: BinaryIO, evidence: EvidenceFolder | None, embed_limit: int | None = None) -> str:
    """The page ``kg build`` writes: :func:`write_html` up to ``embed_limit`` statements (or with no
    ``evidence`` folder); above it, the overview page, its evidence written into ``evidence`` (a
    staging folder, moved into place with the page: :class:`~kg.outputs.evidence.EvidenceFolder`).
    Returns ``"embedded"`` or ``"files"``."""
    if evidence is None or len(result.statements) <= (EMBED_LIMIT if embed_limit is None else embed_limit):
        write_html(result, output)
        return "embedded"
    from kg.outputs.overview import overview_parts

    head, data, tail = overview_parts(result, evidence)
    write_parts(output, head, data, tail)
    return "files"


def write_parts(output: BinaryIO, head: str, data: dict[str, Any], tail: str) -> None:
    output.write(head.encode("utf-8"))
    for piece in script_json_pieces(data):
        output.write(piece.encode("utf-8"))
    output.write(tail.encode("utf-8"))


_DATA_SLOT = "\x00kg-data\x00"


def _page_parts(result: BuildResult) -> tuple[str, dict[str, Any], str]:
    """The page before the data block, the data, and the page after it."""
    net = build_network(result)
    top = net.kg_top
    data = {
        "nodes": net.nodes,
        "edges": net.edges,
        "options": net.options,
        "documents": {
            doc.id: {"title": doc.title, "url": _web_url(doc.url), "date": doc.date} for doc in result.documents
        },
        "communities": _community_summary(net.nodes),
        "events": event_summaries(result),
        "view": view_settings(len(net.nodes), top),
    }
    head, tail = page_frame(result, len(net.nodes), top, CSP)
    return head, data, tail


def view_settings(actor_count: int, top: int, evidence: str = "embedded") -> dict[str, Any]:
    """The page's starting point: large-graph mode, the filters' defaults, where evidence comes from."""
    large = actor_count > LARGE_GRAPH
    return {
        "large": large,
        "large_threshold": LARGE_GRAPH,
        "min_degree": 1,
        "top": top,
        "label_scale": LABEL_SCALE,
        "label_limit": LABEL_LIMIT,
        "merge": "pair" if large else "event",
        "community_method": "Louvain" if actor_count <= LOUVAIN_LIMIT else "label propagation",
        "evidence": evidence,
    }


def page_frame(result: BuildResult, actor_count: int, top: int, csp: str) -> tuple[str, str]:
    """The page around its data block: header counts, legend, notice, inlined assets."""
    counts = (
        f"{_plural(len(result.documents), 'document')} · {_plural(actor_count, 'actor')}"
        f" · {_plural(len(result.statements), 'statement')}"
    )
    notice = _notice(actor_count, top)
    page = page_template().substitute(
        csp=csp,  # a constant with no '"' or '&'; user text is escaped below
        title=html.escape(f"Knowledge graph: {counts}"),
        counts=html.escape(counts),
        legend=_legend_html(),
        notice=html.escape(notice),
        notice_hidden="" if notice else " hidden",
        vis_css=vis_asset("vis-network.css", "</style"),
        vis_js=vis_asset("vis-network.min.js", "</script"),
        app_css=viewer_asset("app.css", "</style"),
        data=_DATA_SLOT,  # NUL never appears in the template, the assets or escaped user text
        app_js=viewer_asset("app.js", "</script"),
    )
    head, tail = page.split(_DATA_SLOT)
    return head, tail


def default_top(needs: Iterable[int], actor_count: int, budget: int = EDGE_BUDGET, shown: int = LARGE_SHOWN) -> int:
    """How many of the most important actors a page shows first; 0: all of them.

    ``needs`` has one entry per edge of the first view (an event, or an actor pair): the worse
    importance rank of its actors, so the edge is drawn once the ``N`` best actors include both
    (``rank < N``). All actors when every edge fits the ``budget``; else the largest ``N`` whose
    edges do (at most ``shown``, at least 2).

    >>> default_top([0, 1, 1, 2], actor_count=3, budget=4)
    0
    >>> default_top([1, 1, 2, 2, 3, 5], actor_count=6, budget=3)  # ranks 0-1 draw two, 0-2 four
    2
    >>> default_top(range(1000), actor_count=1000, budget=600, shown=400)
    400
    """
    ranked = sorted(needs)
    if len(ranked) <= budget:
        return 0
    top = max(2, min(ranked[budget], shown))  # the edges with rank < ranked[budget]: at most ``budget``
    return 0 if top >= actor_count else top


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


def _pagerank_size(share: float) -> float:
    """Size by PageRank relative to the top actor: 10 for the least, 50 for the top one.

    >>> _pagerank_size(1.0), _pagerank_size(0.25), _pagerank_size(0.0)
    (50.0, 30.0, 10.0)
    """
    return round(10.0 + 40.0 * math.sqrt(max(0.0, min(1.0, share))), 1)


def _community_colour(index: int) -> str:
    return COMMUNITY_COLOURS[index] if index < len(COMMUNITY_COLOURS) else OTHER_COLOUR


def _community_summary(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """For the legend: each coloured community's size and its best-ranked member's label."""
    members: dict[int, list[dict[str, Any]]] = {}
    for node in nodes:
        members.setdefault(node["kg_community"], []).append(node)
    summary = []
    for index in sorted(members)[: len(COMMUNITY_COLOURS)]:
        top = max(members[index], key=lambda node: (node["kg_pagerank"], node["id"]))
        summary.append({"id": index, "colour": _community_colour(index), "size": len(members[index]), "top": top["label"]})
    return summary


def _node_title(actor: Actor, degree: int) -> str:
    return f"{actor.label}\n{actor.type} · {_plural(degree, 'statement')}\n{actor.id}"


def _edge_title(statement: Statement, actors: Mapping[str, Actor], doc: Document | None) -> str:
    """Plain text (vis-network shows a string title with innerText, never as HTML)."""
    subject = actors[statement.subject.actor.id].label
    obj = actors[statement.object.actor.id].label
    relation = statement.relation.lemma + (" (negated)" if statement.negated else "")
    if statement.modality:
        relation += f", {statement.modality}"
    if math.isfinite(statement.confidence):
        relation += f", confidence {statement.confidence:.2f}"
    event = " · ".join(part for part in (statement.relation.event, statement.relation.quad) if part)
    document = statement.doc + (f": {doc.title}" if doc and doc.title else "")
    lines = [f"{subject} — {statement.relation.text} → {obj}", relation]
    if event:
        lines.append(f"event {event}")
    lines += [f"“{statement.sentence}”", f"document {document}"]
    url = _web_url(doc.url) if doc else None
    return "\n".join(lines + ([url] if url else []))


def _edge_shape(self_loop: bool, index: int) -> dict[str, Any]:
    """Spread parallel edges: the n-th edge between a pair bends further than the one before, five
    bends one way, five the other, then again (a pair of a thousand statements stays drawable).

    >>> [_edge_shape(False, i)["smooth"]["roundness"] for i in (0, 1, 4, 5, 10)]
    [0.1, 0.3, 0.9, 0.1, 0.1]
    >>> _edge_shape(False, 5)["smooth"]["type"], _edge_shape(True, 30)["selfReference"]["size"]
    ('curvedCCW', 120)
    """
    if self_loop:
        return {"selfReference": {"size": 20 + 10 * min(index, 10), "angle": math.pi / 4}}
    curve = "curvedCW" if index // 5 % 2 == 0 else "curvedCCW"
    return {"smooth": {"enabled": True, "type": curve, "roundness": round(0.1 + 0.2 * (index % 5), 2)}}


def _unique_id(statement_id: str, seen: Counter[str]) -> str:
    """vis-network refuses the whole data set if two edges share an id, so never let them."""
    seen[statement_id] += 1
    count = seen[statement_id]
    return statement_id if count == 1 else f"{statement_id}~{count}"


def _web_url(url: str | None) -> str | None:
    """Only http(s) links reach the page: a ``javascript:`` URL in an input must not become a link.

    >>> _web_url("https://example.org/a"), _web_url("javascript:alert(1)"), _web_url(None)
    ('https://example.org/a', None, None)
    """
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _large_layout(order: list[str], statements: Iterable[Statement], first: int) -> dict[str, tuple[float, float]]:
    """Positions for a large graph, where the page runs no physics: the ``first`` most important
    actors (the first view) by a seeded force-directed layout of the links among them, so linked
    actors sit together; the rest on a sunflower spiral around them in order of importance, so each
    widening of the view adds the next ring (O(n), no overlaps). Deterministic."""
    core = order[:first]
    members = set(core)
    graph = nx.Graph()
    graph.add_nodes_from(core)
    for statement in statements:
        source, target = statement.subject.actor.id, statement.object.actor.id
        if source != target and source in members and target in members:
            graph.add_edge(source, target)
    scale = 70.0 * math.sqrt(len(core))  # ~120 px between neighbours
    layout = nx.spring_layout(graph, seed=_SEED, iterations=50, scale=scale) if len(core) > 1 else {}
    positions = {iri: (round(float(xy[0]), 1), round(float(xy[1]), 1)) for iri, xy in layout.items()}
    for iri in core:
        positions.setdefault(iri, (0.0, 0.0))
    inner = scale * 1.15
    for i, iri in enumerate(order[len(core) :]):
        radius = math.sqrt(inner * inner + 1600.0 * (i + 0.5))  # the spiral's density: one actor per 40 px square
        angle = i * _GOLDEN_ANGLE
        positions[iri] = (round(radius * math.cos(angle), 1), round(radius * math.sin(angle), 1))
    return positions


def _vis_options(node_count: int) -> dict[str, Any]:
    """Physics only while it pays: it lays out small graphs, and blocks the page on big ones."""
    large = node_count > LARGE_GRAPH
    return {
        "layout": {"randomSeed": _SEED, "improvedLayout": node_count <= 300},
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
            "smooth": {"enabled": not large, "type": "curvedCW", "roundness": 0.1},
            "color": {"color": "#8a8a8a", "highlight": "#333333", "hover": "#333333"},
            "font": {"size": 11, "align": "middle"},
            "width": 1.5,
            # drawing thousands of edge labels takes seconds in a software canvas: on a large
            # graph they appear once zoomed in, and never grow past 14 px
            "scaling": {"label": {"drawThreshold": 12 if large else 5, "maxVisible": 14 if large else 30}},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
    }


def _notice(actor_count: int, top: int) -> str:
    """What the first view leaves out and why ("" when nothing); the page adds the buttons that widen it."""
    parts = []
    if actor_count > LARGE_GRAPH:
        parts.append(
            f"Large graph ({actor_count:,} actors, over {LARGE_GRAPH:,}): no physics; parallel statements are"
            " merged into one edge per pair."
        )
    if top:
        parts.append(
            f"Only the {top:,} most important actors (PageRank) are shown at first, so the view stays readable;"
            " widen it, or search for any actor."
        )
    return " ".join(parts)


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


def write_viewer(result: BuildResult, page: Path, embed_limit: int | None = None) -> str:
    """Write ``page`` (and, for a large result, its evidence folder beside it) on its own, with the
    guarantee ``kg build`` gives: the old page and folder, or the new ones, never a mix. Returns
    what :func:`write_page` does."""
    from kg.fileio import StagedFile
    from kg.outputs.evidence import EvidenceFolder

    evidence = EvidenceFolder(page)
    with StagedFile(page) as staged:
        try:
            mode = write_page(result, staged, evidence, embed_limit)
            staged.finish()
            evidence.commit()  # before the page that names it
            staged.commit()
        finally:
            evidence.discard()  # only an uncommitted one
    evidence.prune()
    return mode
