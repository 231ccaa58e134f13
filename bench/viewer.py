"""The viewer at corpus scale (issue #23): a generated build of 10,000 actors and 200,000 statements,
its page written and opened in headless Chromium.

    python bench/run.py --viewer [--actors 10000] [--statements 200000] [--json]
    python bench/viewer.py ...   (the same)

Printed figures:

- ``page_bytes`` (``graph.html``), ``evidence_bytes`` / ``evidence_files`` / ``largest_file_bytes``
  (``graph.data/``);
- ``seconds.page``: writing the page and its evidence files (``write_viewer``: PageRank,
  communities, layout, columns, files), ``seconds.outputs``: ``write_outputs`` of the same result
  (triples.jsonl, graph.trig, the store and the page), ``seconds.extraction_estimate``: the
  statements divided by the statements per second of a real build of ``--sample-docs`` sample
  articles (read, parse, extract, resolve, group; model loaded once, outputs not written), which
  would take hours to run at this size; ``page_share_of_build`` = page / (extraction estimate +
  outputs);
- ``browser``: for ``file://`` and for ``kg view`` (served): ms to interactive (the page's own
  ``readyAt``, from navigation start), JS heap, and ms from a click to the evidence listed in the
  side panel on screen (the page's own measure, ``kgViewer.lastPanel.ms``) for the actor with the
  most statements (clicked), the busiest edge of the first view (clicked), a tail actor (searched)
  and the event with the most reports; each from a freshly opened page, so no evidence is cached.

The corpus (:func:`synthetic_corpus`) is a BuildResult made directly, not parsed: actors drawn
Zipf-like (a few hubs, a long tail), typed relations from kg's event table, one to five reports per
event from different outlets, dates at day, month and year precision, negation and modality,
sentences of news length (~190 characters).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from kg.types import Actor, Argument, BuildResult, Document, Event, Relation, Statement

BASE = "https://w3id.org/newskg/actor/"
LEMMAS = (
    ("meet", "met"), ("hold talks", "held talks with"), ("tell", "told"), ("accuse", "accused"),
    ("criticize", "criticized"), ("support", "backed"), ("urge", "urged"), ("threaten", "threatened"),
    ("sanction", "imposed sanctions on"), ("attack", "attacked"), ("praise", "praised"), ("warn", "warned"),
    ("visit", "visited"), ("call", "called"), ("condemn", "condemned"), ("sign agreement", "signed an agreement with"),
    ("send troops", "sent troops to"), ("reject", "rejected"), ("demand", "demanded that"), ("invite", "invited"),
    ("host", "hosted"), ("help", "helped"), ("protest", "protested to"), ("summon", "summoned"),
)  # fmt: skip
SYLLABLES = ("ka", "lo", "mi", "ra", "ven", "dor", "sa", "tel", "qu", "ba", "zin", "mar", "ol", "uth", "ne", "ris", "ta", "gor")
WORDS = (
    "officials said on", "according to a statement released", "in a rare public rebuke", "after talks that lasted",
    "amid rising tensions over", "as negotiators met in", "during a visit that", "citing security concerns about",
    "in remarks broadcast by state media", "despite earlier pledges on", "the ministry said in a briefing",
    "following weeks of negotiations over", "in what analysts described as", "the border dispute", "the trade deal",
    "the ceasefire", "the sanctions package", "humanitarian aid", "the election results", "maritime patrols",
)  # fmt: skip
TYPES = ("Person", "Country", "Organization", "Person", "Group", "Place")
CONFIDENCES = (0.9, 0.85, 0.8, 0.7, 0.6)
OUTLETS = 400


def _name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def synthetic_corpus(actors: int = 10_000, statements: int = 200_000, seed: int = 23) -> BuildResult:
    """A news-like build result of ``actors`` actors (each in at least one statement) and
    ``statements`` statements, grouped into events of one to five reports."""
    from kg.events.classes import event_type

    rng = random.Random(seed)
    names: set[str] = set()
    people = []
    for i in range(actors):
        label = _name(rng)
        while label in names:
            label = f"{label} {i}"
        names.add(label)
        aliases = (label.split()[-1],) if i % 10 == 0 else ()
        people.append(Actor(f"{BASE}synthetic/{i:05d}", label, TYPES[i % len(TYPES)], aliases=aliases))
    cumulative = list(itertools.accumulate(1.0 / (i + 1) ** 0.9 for i in range(actors)))
    relations = []
    for lemma, text in LEMMAS:
        kind = event_type(lemma)
        relations.append(Relation(lemma, text, kind.event, kind.quad, kind.cameo))

    docs = max(1, statements // 17)
    documents = []
    for d in range(docs):
        outlet = d % OUTLETS
        day = f"2025-{1 + d % 12:02d}-{1 + d % 28:02d}"
        title = f"{_name(rng)} and {_name(rng)} {rng.choice(WORDS)} {rng.choice(WORDS)}, report {d}"  # ~75 characters
        slug = "-".join(title.lower().replace(",", "").split()[:9])
        documents.append(Document(f"{d:05d}_{hashlib.sha1(str(d).encode()).hexdigest()[:16]}", "", f"doc{d}.txt",
                                  title=title, date=day,
                                  url=f"https://www.outlet{outlet}.example/world/{day.replace('-', '/')}/{slug}"))  # fmt: skip

    made: list[Statement] = []
    events: list[Event] = []
    first_subjects = iter(people)  # every actor takes part: the first ``actors`` events start with each
    while len(made) < statements:
        subject = next(first_subjects, None) or rng.choices(people, cum_weights=cumulative)[0]
        obj = rng.choices(people, cum_weights=cumulative)[0]
        if obj is subject:
            obj = people[(people.index(subject) + 1) % actors] if actors > 1 else subject
        relation = rng.choice(relations)
        negated = rng.random() < 0.06
        modality = rng.choice(("future", "hypothetical", "request")) if rng.random() < 0.08 else None
        roll = rng.random()
        date, precision = (None, None)
        if roll < 0.3:
            date, precision = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "day"
        elif roll < 0.45:
            date, precision = f"2025-{rng.randint(1, 12):02d}", "month"
        elif roll < 0.55:
            date, precision = str(rng.choice((2024, 2025))), "year"
        reports = 1 if rng.random() < 0.6 else rng.randint(2, 5)
        reports = min(reports, statements - len(made))
        event_id = f"ev_{hashlib.sha1(f'{seed}-{len(events)}'.encode()).hexdigest()[:16]}"
        ids, doc_ids, hosts = [], [], set()
        for _ in range(reports):
            doc = documents[rng.randrange(docs)]
            n = len(made)
            text = ("did not " + relation.lemma) if negated else relation.text
            sentence = (f"{subject.label} {text} {obj.label} {rng.choice(WORDS)} {rng.choice(WORDS)},"
                        f" {rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(WORDS)} (report {n}).")  # fmt: skip
            statement = Statement(
                id=hashlib.sha1(f"{seed}-{n}".encode()).hexdigest()[:16], doc=doc.id, sentence=sentence,
                char_start=0, char_end=len(sentence), subject=Argument(subject, subject.label),
                relation=Relation(relation.lemma, text, relation.event, relation.quad, relation.cameo),
                object=Argument(obj, obj.label), negated=negated, modality=modality,
                confidence=rng.choice(CONFIDENCES), date=date, date_precision=precision, event_id=event_id,
            )  # fmt: skip
            made.append(statement)
            ids.append(statement.id)
            doc_ids.append(doc.id)
            hosts.add(doc.url.split("/")[2] if doc.url else doc.id)
        events.append(Event(event_id, subject, obj, relation.lemma, relation.event, relation.quad, negated, date,
                            precision, tuple(ids), tuple(dict.fromkeys(doc_ids)), len(hosts), 0.9))  # fmt: skip
    return BuildResult(documents=documents, statements=made, actors={a.id: a for a in people}, events=events)


# ---------------------------------------------------------------------------- measuring


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def _wait(page: Any, expression: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not page.evaluate(f"Boolean({expression})"):
        if time.monotonic() > deadline:
            raise TimeoutError(expression)
        time.sleep(0.02)


BIGGEST_EVENT = (
    "(() => { const n = new Map(); let best = null;"
    " kgViewer.data.edges.forEach(s => n.set(s.kg_event_id, (n.get(s.kg_event_id) || 0) + 1));"
    " n.forEach((c, k) => { if (!best || c > best[1]) best = [k, c]; }); return best[0]; })()"
)
PANEL_DONE = "kgViewer.lastPanel !== null && !document.getElementById('kg-panel-list').hasAttribute('aria-busy')"


def browser_figures(url: str, result: BuildResult) -> dict[str, Any]:
    """Open the page at ``url`` once per click, each time in a fresh browser context (nothing
    cached): ms to interactive, and ms from the click (or search) to the evidence on screen, as the
    page measures them (``readyAt``, ``lastPanel.ms``: up to the frame after the list was filled)."""
    from collections import Counter

    from playwright.sync_api import sync_playwright

    degree: Counter[str] = Counter()
    for st in result.statements:
        degree[st.subject.actor.id] += 1
        degree[st.object.actor.id] += 1
    hub = degree.most_common(1)[0][0]
    tail = min(degree, key=lambda iri: (degree[iri], iri))
    clicks = {
        "hub_actor": f"kgViewer.network.body.emitter.emit('click', {{nodes: [{json.dumps(hub)}], edges: []}})",
        "busiest_edge": "kgViewer.network.body.emitter.emit('click', {nodes: [], edges: [kgViewer.edges.get()"
        ".sort((a, b) => b.kg_count - a.kg_count)[0].id]})",
        "tail_actor_searched": f"(() => {{ const input = document.getElementById('kg-search');"
        f" input.value = {json.dumps(result.actors[tail].label)}; input.dispatchEvent(new Event('input')); }})()",
        "event": f"kgViewer.showEvent({BIGGEST_EVENT})",
    }
    figures: dict[str, Any] = {"interactive_ms": []}
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox", "--enable-precise-memory-info"])
        for name, call in clicks.items():
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            page = context.new_page()
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(url)
            _wait(page, "window.kgViewer !== undefined && window.kgViewer.readyAt !== null")
            figures["interactive_ms"].append(round(page.evaluate("kgViewer.readyAt")))
            if name == "hub_actor":
                figures["heap_mb"] = round(page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : 0") / 1e6, 1)
                figures["timings_ms"] = {k: round(v) for k, v in page.evaluate("kgViewer.timings").items()}
                figures["shown"] = page.evaluate("kgViewer.shown()")
                figures["source"] = page.evaluate("kgViewer.evidenceSource()")
            page.evaluate(f"void ({call})")  # no result: serializing one (an emitter) would take the page's time
            _wait(page, PANEL_DONE)
            panel = page.evaluate("kgViewer.lastPanel")
            figures[f"evidence_ms_{name}"] = round(panel["ms"])
            figures[f"listed_{name}"] = f"{panel['listed']} of {panel['total']}"
            context.close()
        browser.close()
    figures["errors"] = errors
    return figures


def statements_per_second(docs: int) -> float:
    """A real build (no outputs) of ``docs`` sample articles: statements a second, model loaded once."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import make_corpus  # bench/run.py: varied copies of the sample articles

    from kg.nlp.model import load_pipeline
    from kg.pipeline import build

    nlp = load_pipeline()
    nlp("warm up")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = make_corpus(Path(tmp) / "corpus", docs)
        started = time.perf_counter()
        result = build([corpus], nlp=nlp, jobs=1)
        return len(result.statements) / (time.perf_counter() - started)


def run(actors: int, statements: int, sample_docs: int, browser: bool = True, outputs: bool = True) -> dict[str, Any]:
    from kg.outputs.viewer import write_viewer
    from kg.pipeline import write_outputs
    from kg.serve.viewer import serve_viewer

    started = time.perf_counter()
    result = synthetic_corpus(actors, statements)
    figures: dict[str, Any] = {
        "actors": actors, "statements": len(result.statements), "documents": len(result.documents),
        "events": len(result.events), "seconds": {"generate": round(time.perf_counter() - started, 1)},
    }  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        started = time.perf_counter()
        mode = write_viewer(result, tmp / "page" / "graph.html")
        figures["seconds"]["page"] = round(time.perf_counter() - started, 2)
        folder = tmp / "page" / "graph.data"
        files = sorted(folder.rglob("*.js"))
        figures.update(
            mode=mode,
            page_bytes=(tmp / "page" / "graph.html").stat().st_size,
            evidence_files=len(files),
            evidence_bytes=sum(f.stat().st_size for f in files),
            largest_file_bytes=max((f.stat().st_size for f in files), default=0),
        )
        if outputs:
            started = time.perf_counter()
            write_outputs(result, tmp / "out")
            figures["seconds"]["outputs"] = round(time.perf_counter() - started, 1)
        if sample_docs:
            rate = statements_per_second(sample_docs)
            figures["sample_statements_per_s"] = round(rate, 1)
            figures["seconds"]["extraction_estimate"] = round(len(result.statements) / rate)
            rest = figures["seconds"]["extraction_estimate"] + figures["seconds"].get("outputs", 0)
            figures["page_share_of_build"] = round(figures["seconds"]["page"] / rest, 4)
        if outputs:
            figures["page_share_of_outputs"] = round(figures["seconds"]["page"] / figures["seconds"]["outputs"], 3)
        if browser and _chromium():
            figures["browser_file"] = browser_figures((tmp / "page" / "graph.html").as_uri(), result)
            server = serve_viewer(tmp / "page", port=0)
            try:
                port = server.server_address[1]
                figures["browser_served"] = browser_figures(f"http://127.0.0.1:{port}/graph.html", result)
            finally:
                server.shutdown()
                server.server_close()
        elif browser:
            figures["browser"] = "no Chromium on PATH: browser figures skipped"
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="viewer benchmark (issue #23)")
    parser.add_argument("--viewer", action="store_true", help="(what bench/run.py passes; implied here)")
    parser.add_argument("--actors", type=int, default=10_000)
    parser.add_argument("--statements", type=int, default=200_000)
    parser.add_argument("--sample-docs", type=int, default=40, help="sample articles built for the extraction rate (0: skip)")
    parser.add_argument("--no-outputs", action="store_true", help="skip write_outputs (triples.jsonl, graph.trig, store)")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    figures = run(args.actors, args.statements, args.sample_docs, browser=not args.no_browser, outputs=not args.no_outputs)
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:24} {value}")


if __name__ == "__main__":
    main()
