"""The overview page of a large build: what the first view, the filters and the search need, in
the page; the evidence (sentence, wording, statement id, confidence) in files beside it.

In the page (``data.format == "overview"``), by column, integers packed as typed arrays
(:func:`kg.outputs.evidence.pack`):

* actors in order of importance (PageRank): IRI (common prefix once), label, type, aliases,
  degree, PageRank, community, sizes, positions on a large graph; the evidence file of each;
* statements in page order (subject, object, document, first offset, id): subject, object, kind
  (lemma, PLOVER class, quad class, CAMEO code, negation, modality: a few hundred distinct ones),
  document, date, event (events of several reports numbered 1, 2, ... in page order; 0: one
  report);
* documents (id, title, http(s) URL as site and path, date) and dates; the page infers each
  event's sources and date from its reports as the grouping does, and is told only where that
  would differ.

About 30 bytes a statement and 120 an actor, against ~1.1 KB a statement with the evidence in the
page. The evidence of each actor (every statement it takes part in, as subject or object) is in
one file of :mod:`kg.outputs.evidence`: an actor is packed with the next ones, in order of
importance, until a file holds :data:`SHARD_BYTES`, so a click loads one small script; an actor of
more than :data:`CHUNK` statements has files of its own, :data:`CHUNK` statements each.
"""

from __future__ import annotations

import hashlib
import math
from urllib.parse import urlsplit
from collections.abc import Mapping
from typing import Any

from kg.outputs.evidence import EvidenceFolder, pack, shard_name, shard_script
from kg.outputs.page import script_json_pieces
from kg.outputs.viewer import (
    ACTOR_COLOURS,
    COMMUNITY_COLOURS,
    CSP_FILES,
    OTHER_COLOUR,
    _actors,
    _community_colour,
    _node_size,
    _pagerank_size,
    _statement_key,
    _vis_options,
    _web_url,
    actor_stats,
    event_summaries,
    page_frame,
    view_settings,
)
from kg.types import BuildResult

FORMAT_VERSION = 1
"""Part of the build token: evidence files of another layout never pass for this page's."""

SHARD_BYTES = 256 * 1024
"""An evidence file of small actors is closed once it holds about this much."""

CHUNK = 400
"""An actor of more statements has files of its own, this many statements each, in page order: a
click (a panel page of 200) loads one or two of them, never all of a hub's (23,000 in the bench)."""

ACTOR_PREFIX = "https://w3id.org/newskg/actor/"


def overview_parts(result: BuildResult, evidence: EvidenceFolder) -> tuple[str, dict[str, Any], str]:
    """The page before its data block, the data, the page after it; the evidence files are
    written into ``evidence``'s staging folder on the way."""
    statements = sorted(result.statements, key=_statement_key)
    actors = _actors(result, statements)
    stats = actor_stats(actors, statements)
    order = stats.order
    index_of = stats.rank
    subjects = [index_of[st.subject.actor.id] for st in statements]
    objects = [index_of[st.object.actor.id] for st in statements]

    kinds: dict[tuple[Any, ...], int] = {}
    dates: dict[tuple[Any, Any], int] = {(None, None): 0}
    documents = list(result.documents)
    doc_index: dict[str, int] = {doc.id: i for i, doc in enumerate(documents)}
    extra_docs: list[str] = []
    reports: dict[str, int] = {}
    for st in statements:
        key = st.event_id or st.id
        reports[key] = reports.get(key, 0) + 1
    shared: dict[str, int] = {}  # events of several reports: 1, 2, ... in page order (0: one report)
    kind_column, doc_column, date_column, event_column = [], [], [], []
    for st in statements:
        relation = st.relation
        kind = (relation.lemma, relation.event, relation.quad, relation.cameo, st.negated, st.modality)
        kind_column.append(kinds.setdefault(kind, len(kinds)))
        if st.doc not in doc_index:  # a statement of a document the result does not list
            doc_index[st.doc] = len(doc_index)
            extra_docs.append(st.doc)
        doc_column.append(doc_index[st.doc])
        date_column.append(dates.setdefault((st.date, st.date_precision), len(dates)))
        key = st.event_id or st.id
        event_column.append(shared.setdefault(key, len(shared) + 1) if reports[key] > 1 else 0)

    top = stats.top

    build = _build_token(statements, order)
    shard_of = _write_evidence(evidence, build, statements, subjects, objects)

    urls = [_web_url(doc.url) for doc in documents] + [None] * len(extra_docs)
    data = {
        "format": "overview",
        "actors": _actor_columns(actors, order, stats),
        "colours": {"type": dict(ACTOR_COLOURS), "other": OTHER_COLOUR, "community": list(COMMUNITY_COLOURS)},
        "statements": {
            "count": len(statements),
            "from": pack(subjects),
            "to": pack(objects),
            "kind": pack(kind_column),
            "doc": pack(doc_column),
            "date": pack(date_column),
            "event": pack(event_column),
        },
        "kinds": [list(kind) for kind in kinds],
        "dates": [list(date) for date in dates],
        "documents": {
            "ids": [doc.id for doc in documents] + extra_docs,
            "titles": [doc.title for doc in documents] + [None] * len(extra_docs),
            **_url_columns(urls),
            "dates": [doc.date for doc in documents] + [None] * len(extra_docs),
        },
        "events": _event_exceptions(result, statements, event_column, urls, doc_column, [doc.id for doc in documents] + extra_docs),
        "evidence": {
            "build": build,
            "dir": evidence.url,
            "api": f"{evidence.root.name}/api/evidence",
            "shards": evidence.files,
            "shard": pack(shard_of),
            "chunk": CHUNK,
        },
        "options": _vis_options(len(actors)),
        "communities": _community_summary(actors, order, stats),
        "view": view_settings(len(actors), top, evidence="files"),
    }
    head, tail = page_frame(result, len(actors), top, CSP_FILES)
    return head, data, tail


def _build_token(statements: list[Any], order: list[str]) -> str:
    """Names the evidence folder and is checked by every evidence file the page loads."""
    digest = hashlib.sha256(f"kg-overview {FORMAT_VERSION} {len(statements)} {len(order)}\n".encode())
    for st in statements:
        digest.update(f"{st.id}\t{st.subject.actor.id}\t{st.object.actor.id}\t{st.relation.text}\t{st.confidence}\t".encode())
        digest.update(st.sentence.encode("utf-8", "surrogatepass"))
    for iri in order:
        digest.update(iri.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:16]


def _write_evidence(evidence: EvidenceFolder, build: str, statements: list[Any], subjects: list[int], objects: list[int]) -> list[int]:
    """Write the evidence files; the (first) file of each actor (by index)."""
    by_actor: list[list[int]] = [[] for _ in range(max(subjects + objects, default=-1) + 1)]
    for i, (subject, obj) in enumerate(zip(subjects, objects)):
        by_actor[subject].append(i)
        if obj != subject:
            by_actor[obj].append(i)
    rows: list[list[Any] | None] = [None] * len(statements)
    sizes = [0] * len(statements)
    for i, st in enumerate(statements):
        confidence = round(st.confidence, 3) if math.isfinite(st.confidence) else None
        rows[i] = [i, st.id, st.relation.text, st.sentence, confidence]
        sizes[i] = len(st.sentence) + len(st.relation.text) + 40

    evidence.begin(build)
    shard_of = [0] * len(by_actor)
    current: list[int] = []
    in_current: set[int] = set()
    size = 0
    shard = 0

    def flush() -> None:
        nonlocal current, in_current, size, shard
        current.sort()
        rows_json = "".join(script_json_pieces([rows[i] for i in current], depth=0))  # one C-level encode
        evidence.write(shard_name(shard), shard_script(build, shard, rows_json))
        shard += 1
        current, in_current, size = [], set(), 0

    for actor, indexes in enumerate(by_actor):
        if current and (size >= SHARD_BYTES or len(indexes) > CHUNK):
            flush()
        shard_of[actor] = shard
        if len(indexes) > CHUNK:  # files of its own: statements [k * CHUNK, (k + 1) * CHUNK) of its list in file shard + k
            for start in range(0, len(indexes), CHUNK):
                current = indexes[start : start + CHUNK]
                flush()
            continue
        for i in indexes:
            if i not in in_current:
                in_current.add(i)
                current.append(i)
                size += sizes[i]
    if current or shard == 0:
        flush()
    return shard_of


def _actor_columns(actors: Mapping[str, Any], order: list[str], stats: Any) -> dict[str, Any]:
    prefix = ACTOR_PREFIX if all(iri.startswith(ACTOR_PREFIX) for iri in order) else ""
    types: dict[str, int] = {}
    type_column = [types.setdefault(actors[iri].type, len(types)) for iri in order]
    aliases = {}
    for index, iri in enumerate(order):
        extra = sorted(set(actors[iri].aliases) - {actors[iri].label})
        if extra:
            aliases[str(index)] = extra
    columns: dict[str, Any] = {
        "prefix": prefix,
        "ids": [iri[len(prefix) :] for iri in order],
        "labels": [actors[iri].label or iri for iri in order],
        "types": list(types),
        "type": pack(type_column),
        "aliases": aliases,
        "degree": pack([stats.degree[iri] for iri in order]),
        "pagerank": [round(stats.pagerank[iri], 6) for iri in order],
        "size": [_node_size(stats.degree[iri]) for iri in order],
        "size_pagerank": [_pagerank_size(stats.pagerank[iri] / stats.top_pagerank) for iri in order],
        "community": pack([stats.community_of[iri] for iri in order]),
    }
    if stats.positions:
        columns["x"] = [stats.positions[iri][0] for iri in order]
        columns["y"] = [stats.positions[iri][1] for iri in order]
    return columns


def _community_summary(actors: Mapping[str, Any], order: list[str], stats: Any) -> list[dict[str, Any]]:
    """As :func:`kg.outputs.viewer._community_summary`: the coloured communities, largest first."""
    size: dict[int, int] = {}
    top: dict[int, str] = {}
    for iri in order:  # best first: the first member seen is the top one
        community = stats.community_of[iri]
        size[community] = size.get(community, 0) + 1
        top.setdefault(community, actors[iri].label or iri)
    return [
        {"id": index, "colour": _community_colour(index), "size": size[index], "top": top[index]}
        for index in sorted(size)[: len(COMMUNITY_COLOURS)]
    ]


def _url_columns(urls: list[str | None]) -> dict[str, Any]:
    """Documents' URLs as a site (``scheme://host``, listed once; 0: no URL) and the rest.

    >>> _url_columns(["https://a.org/x", None, "https://a.org/y?q=1"])
    {'sites': ['https://a.org'], 'site': {'t': 'u8', 'b': 'AQAB'}, 'paths': ['/x', '', '/y?q=1']}
    """
    sites: dict[str, int] = {}
    site, paths = [], []
    for url in urls:
        if url is None:
            site.append(0)
            paths.append("")
            continue
        cut = url.find("/", url.find("//") + 2)
        origin, rest = (url, "") if cut < 0 else (url[:cut], url[cut:])
        site.append(sites.setdefault(origin, len(sites) + 1))
        paths.append(rest)
    return {"sites": list(sites), "site": pack(site), "paths": paths}


def _source_key(url: str | None, doc: str) -> str:
    """As the page counts sources (``sourceKey`` in app.js): a URL's host without ``www.``, else the document."""
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return doc


def _event_exceptions(
    result: BuildResult, statements: list[Any], event_column: list[int], urls: list[str | None], doc_column: list[int], doc_ids: list[str]
) -> list[list[Any]]:
    """The events whose sources or date the page would not infer from their statements (it counts
    sources by host, and takes the most precise date any report gives, as the grouping does):
    ``["e", number, sources, date, precision]`` for an event of several reports, ``["s", statement
    index, ...]`` for one of one. Usually none."""
    summaries = event_summaries(result)
    members: dict[Any, list[int]] = {}
    for i, number in enumerate(event_column):
        members.setdefault(("e", number) if number else ("s", i), []).append(i)
    exceptions = []
    precision_rank = {"day": 0, "month": 1, "year": 2}
    source_of = [_source_key(url, doc) for url, doc in zip(urls, doc_ids)]
    for (kind, number), indexes in members.items():
        first = statements[indexes[0]]
        summary = summaries.get(first.event_id or first.id)
        if summary is None:
            continue
        sources = len({source_of[doc_column[i]] for i in indexes})
        dated = [statements[i] for i in indexes if statements[i].date]
        best = min(dated, key=lambda st: precision_rank.get(st.date_precision, 3)) if dated else None
        date = (best.date, best.date_precision) if best else (None, None)
        if (summary["sources"], summary["date"], summary["date_precision"]) != (sources, *date):
            exceptions.append([kind, number, summary["sources"], summary["date"], summary["date_precision"]])
    return exceptions
