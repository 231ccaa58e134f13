"""The ``kg`` command line: a thin typer layer over :mod:`kg.pipeline`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, Optional

import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg import __version__
from kg.errors import KGError, ServerNotStarted
from kg.types import BuildResult, Document, Skipped

app = typer.Typer(
    name="kg",
    help="Build knowledge graphs of who did what to whom from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)


def _flags_take_no_value() -> None:
    """Typer's help gives every option a type column, flags included (``--quiet <bool>``), as if
    they took a value: show none for flags (``--help`` too)."""
    from typer.core import TyperOption

    shown = getattr(TyperOption, "display_type_rich", None)
    if shown is None or getattr(shown, "kg_flags", False):
        return  # an older typer, which shows no type for flags; or done already

    def display_type_rich(self: TyperOption, ctx: object) -> str | None:
        return None if self.is_flag else shown(self, ctx)

    display_type_rich.kg_flags = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_take_no_value()

# Options several commands share, declared once.
BuildFolder = Annotated[Path, typer.Option("--out", "-o", help="The build folder to read (what kg build --out wrote).")]
StoreFolder = Annotated[
    Path, typer.Option("--out", "-o", "--store", help="The build folder to read (what kg build --out wrote), or its store/.")
]
UrlList = Annotated[
    Optional[Path], typer.Option("--urls", metavar="FILE", help="A text file of http(s) URLs (pages or feeds), one per line.")
]
FetchDelay = Annotated[
    float, typer.Option("--delay", min=0.0, metavar="SECONDS", help="Wait at least this long between two requests to one web site.")
]


class InputFormat(str, Enum):
    auto = "auto"
    txt = "txt"
    md = "md"
    html = "html"
    jsonl = "jsonl"
    pdf = "pdf"
    docx = "docx"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    """kg: actor - relation - actor triples from news, as RDF and an interactive graph."""


@app.command()
def build(
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(
            help="Files, directories (read recursively), - for stdin, or http(s) URLs of article pages and "
            "RSS/Atom feeds. Default: the bundled sample corpus."
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="The build folder to write (read by the other commands' --out).")] = Path("output"),
    model: Annotated[
        Optional[str], typer.Option("--model", help="An installed spaCy pipeline, e.g. en_core_web_trf.")
    ] = None,
    fmt: Annotated[InputFormat, typer.Option("--format", help="Input format; auto decides by file suffix.")] = InputFormat.auto,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary; warnings only.")] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Parse every document again instead of reusing <out>/.cache.")
    ] = False,
    jobs: Annotated[
        Optional[int],
        typer.Option(
            "--jobs", "-j", min=1,
            help="Worker processes for parsing (default: the number of cores). Runs with fewer than "
            "64 documents to parse use one.",
        ),
    ] = None,
    dask: Annotated[
        Optional[str],
        typer.Option(
            "--dask", metavar="ADDRESS",
            help="Parse on a Dask cluster: a scheduler address (tcp://host:8786), or 'local' for a "
            "LocalCluster of --jobs workers. Needs pip install 'kg\\[cluster]'.",
        ),
    ] = None,
    max_chars: Annotated[
        int,
        typer.Option("--max-chars", min=1, help="Skip (with a message) documents longer than this after cleaning."),
    ] = 1_000_000,
    wait: Annotated[
        bool,
        typer.Option("--wait", help="When another kg build is writing to --out, wait for it instead of stopping at once."),
    ] = False,
    urls: UrlList = None,
    delay: FetchDelay = 1.0,
    append: Annotated[
        bool,
        typer.Option(
            "--append",
            help="Add the inputs to the build in --out, updating what they change (a document whose id is "
            "there already replaces it), instead of building them alone.",
        ),
    ] = False,
) -> None:
    """Extract triples from news documents and write triples.jsonl, graph.trig and graph.html."""
    # Long only by its signature: typer reads the options from it; the body is ~30 lines.
    from kg.ingest.readers import check_paths
    from kg.ingest.web import split_inputs
    from kg.outputs.folder import BuildLock, describe

    logging.basicConfig(
        level=logging.WARNING, format="%(message)s", handlers=[RichHandler(console=stderr, show_path=False, show_time=False)]
    )
    # Before the model is loaded: a missing input, a read-only --out, a full disk or another build
    # writing there stops the build at once (exit 2, 2, 1, 1), and the first creates no --out.
    lock = BuildLock(out, wait=wait, on_wait=lambda holder: stderr.print(
        f"waiting for the other kg build writing to '{out}' ({describe(holder)}) to finish", highlight=False, soft_wrap=True))
    created = not out.exists()
    with _reported():
        local, _ = split_inputs(paths or [])  # URLs are fetched later; files and folders must exist now
        check_paths(local)
        if urls is not None and not urls.is_file():
            check_paths([urls])
        lock.acquire()
    try:
        _build_locked(paths, out, model, fmt, quiet, no_cache, jobs, dask, max_chars, urls, delay, append)
    finally:
        lock.release(remove_empty_folder=created)  # nothing written: no --out left that this build made


def _build_locked(
    paths: Optional[list[str]], out: Path, model: Optional[str], fmt: InputFormat, quiet: bool, no_cache: bool,
    jobs: Optional[int], dask: Optional[str], max_chars: int, urls: Optional[Path], delay: float, append: bool = False,
) -> None:
    """``kg build`` once it holds the output folder's lock (``--append``: :func:`_append`)."""
    import os

    from kg.ingest.web import FetchOptions
    from kg.nlp.cache import CACHE_DIR
    from kg.pipeline import build as run_build, write_outputs  # heavy imports only when building

    progress, on_start, on_document = _build_progress(quiet)
    if append:
        _append(paths or [], out, model, fmt.value, quiet, no_cache, jobs, max_chars, urls, delay, progress, on_document)
        return
    with _reported(), progress:
        result = run_build(
            paths or [],
            model=model,
            fmt=fmt.value,
            on_document=on_document,
            on_start=on_start,
            cache_dir=None if no_cache else out / CACHE_DIR,
            jobs=jobs or os.cpu_count() or 1,
            dask=dask,
            max_chars=max_chars,
            urls_file=urls,
            fetch=FetchOptions(delay=delay),
            out_dir=out,  # a large corpus: its corpus steps kept on disk, a batch at a time
        )
    if result.document_count:
        with _reported():
            written = write_outputs(result, out)
    if not quiet:
        _summary(result, out if result.document_count else None)
        if result.document_count:
            stderr.print("wrote " + ", ".join(str(p) for p in written), highlight=False)
    if not result.document_count:
        _fail("no document could be read; nothing was written", 1)


@app.command()
def watch(
    urls: Annotated[
        Optional[list[str]], typer.Argument(help="http(s) URLs of RSS/Atom feeds or of pages to keep in the graph.")
    ] = None,
    urls_file: UrlList = None,
    every: Annotated[str, typer.Option("--every", help="Time between polls: 30s, 15m, 1h, 1h30m.")] = "15m",
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory, kept current.")] = Path("output"),
    model: Annotated[
        Optional[str], typer.Option("--model", help="An installed spaCy pipeline, e.g. en_core_web_trf.")
    ] = None,
    delay: FetchDelay = 1.0,
    cycles: Annotated[
        Optional[int], typer.Option("--cycles", min=1, help="Stop after this many polls (default: until Ctrl-C).")
    ] = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Parse and fetch everything again instead of reusing <out>/.cache.")
    ] = False,
) -> None:
    """Poll feeds and pages, build what is new, and keep the outputs and the store current.

    One line per poll: articles new and changed, statements, events, seconds. Ctrl-C stops once the outputs being written are complete; a second Ctrl-C stops at once, leaving the previous complete outputs."""
    import signal
    import threading

    from kg.ingest.web import FetchOptions, is_url, read_url_list
    from kg.watch import Watcher, parse_every

    logging.basicConfig(
        level=logging.WARNING, format="%(message)s", handlers=[RichHandler(console=stderr, show_path=False, show_time=False)]
    )
    with _reported():
        seconds = parse_every(every)
        given = list(urls or [])
        for url in given:
            if not is_url(url):
                _fail(f"kg watch polls http(s) URLs; {url!r} is not one (to build files, run kg build {url})")
        if urls_file is not None:
            listed, _ = read_url_list(urls_file)  # lines that are no URL were named as they were read
            given += listed
        if not given:
            _fail("give the feeds or pages to watch: kg watch URL... or --urls FILE")
        watcher = Watcher(given, out, model=model, fetch=FetchOptions(delay=delay), cache=not no_cache)
    stop = threading.Event()
    state = {"busy": False, "signals": 0}

    def interrupt(signum: int, frame: object) -> None:
        state["signals"] += 1
        stop.set()
        if state["busy"] and state["signals"] == 1:
            stderr.print("stopping once this poll's outputs are written (Ctrl-C again to stop now)", highlight=False)
        elif state["busy"]:
            raise KeyboardInterrupt

    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    stderr.print(f"watching {len(given)} URL(s) every {every} into {out}/ (Ctrl-C stops)", highlight=False)
    done = 0
    try:
        while not stop.is_set():
            state["busy"] = True
            with _reported():
                cycle = watcher.cycle()
            state["busy"] = False
            done += 1
            typer.echo(cycle.line())
            if cycles is not None and done >= cycles:
                break
            stop.wait(seconds)
    except KeyboardInterrupt:
        stderr.print("stopped during a poll: the outputs are the last complete ones", highlight=False)
        raise typer.Exit(130) from None
    stderr.print(f"stopped after {done} poll(s); the outputs in {out}/ are complete", highlight=False)


def _append(
    paths: list[str], out: Path, model: Optional[str], fmt: str, quiet: bool, no_cache: bool, jobs: Optional[int],
    max_chars: int, urls: Optional[Path], delay: float, progress: Progress, on_document: Callable[[Document | Skipped, int], None],
) -> None:
    """``kg build --append``: add documents to the build in ``out`` (kg.pipeline.update)."""
    import os

    from kg.ingest.web import FetchOptions
    from kg.nlp.cache import CACHE_DIR
    from kg.pipeline import read_inputs, update

    if not paths and urls is None:
        _fail("kg build --append needs the documents to add: files, folders, URLs or --urls FILE")
    cache_dir = None if no_cache else out / CACHE_DIR
    result = BuildResult()
    with _reported(), progress:
        items = read_inputs(paths, fmt, urls, FetchOptions(delay=delay), cache_dir, result)
        result, changes, totals = update(
            items, out, model=model, on_document=on_document, cache_dir=cache_dir, jobs=jobs or os.cpu_count() or 1,
            max_chars=max_chars, result=result,
        )  # fmt: skip
    if not quiet:
        table = Table(title="kg build --append", show_header=False, title_justify="left")
        table.add_column(style="bold")
        table.add_column(justify="right")
        for name, value in [
            ("documents read", f"{len(result.documents):,} ({changes.added:,} new, {changes.replaced:,} new versions)"),
            ("documents skipped", f"{len(result.skipped):,}"),
            ("parsed", f"{result.parsed:,}"),
            ("from cache", f"{result.cached:,}"),
            *([("web requests", f"{result.requests:,} ({result.not_modified:,} answered 304 Not Modified)")] if result.requests else []),
            ("documents rewritten", f"{len(changes.documents):,} (their rows and named graphs)"),
            ("build now", f"{totals.documents:,} documents, {totals.statements:,} statements, {totals.events:,} events"),
            ("time", f"{result.seconds:.1f} s (model load {result.load_seconds:.1f} s)"),
        ]:
            table.add_row(name, value)
        stderr.print(table)
    if not result.documents and not changes:
        _fail("no document could be read; the build is unchanged", 1)


def _build_progress(quiet: bool) -> tuple[Progress, Callable[[int | None], None], Callable[[Document | Skipped, int], None]]:
    """The parsing progress bar on stderr, and the two callbacks :func:`kg.pipeline.build` reports to."""
    progress = Progress(
        TextColumn("[bold]parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=stderr,
        disable=quiet,
        transient=True,
    )
    task = progress.add_task("", total=None)

    def on_start(total: int | None) -> None:
        progress.update(task, total=total)

    def on_document(item: Document | Skipped, words: int) -> None:
        if isinstance(item, Document):
            progress.update(task, advance=1, description=item.id)

    return progress, on_start, on_document


@app.command("eval")
def evaluate_command(
    pred: Annotated[Optional[Path], typer.Argument(help="A triples.jsonl written by kg build.")] = None,
    gold: Annotated[Optional[list[Path]], typer.Argument(help="Gold JSONL files or directories of them.")] = None,
    pairs: Annotated[bool, typer.Option("--pairs", help="Score actor pairs only, ignoring the relation.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of tables.")] = False,
    benchmark: Annotated[
        Optional[str], typer.Option("--benchmark", help="Score on a benchmark: news-dev or news-test (real news pages, split by story), plover, petrarch2-gsr or re3d.")
    ] = None,
    data: Annotated[Optional[Path], typer.Option("--data", help="With --benchmark: its data (news-dev/news-test: the folder of re-created page texts, default news/pages; others: another file or folder in their format).")] = None,
    model: Annotated[Optional[str], typer.Option("--model", help="With --benchmark: the spaCy pipeline to use.")] = None,
    split: Annotated[
        str, typer.Option("--split", help="With plover, petrarch2-gsr or re3d: all, or its fixed dev or test third (rules are tuned on dev only).")
    ] = "all",
    strict: Annotated[
        bool, typer.Option("--strict", help="With plover, petrarch2-gsr or re3d: exact dictionary names only, no lenient actor matching.")
    ] = False,
) -> None:
    """Score predicted triples against gold annotations (precision, recall, F1, misses, false
    positives), or the extractor on a benchmark (--benchmark)."""
    import json

    from kg.eval.gold import evaluate, load_gold, load_predictions

    if benchmark in NEWS_SPLITS:
        _run_news(benchmark, data, model, as_json, pred)
        return
    if benchmark is not None:
        _run_benchmark(benchmark, data, model, as_json, split, strict)
        return
    if pred is None or not gold:
        _fail("give PRED and GOLD files (kg eval output/triples.jsonl tests/gold), or --benchmark NAME")
    for path in [pred, *gold]:
        if not path.exists():
            _fail(f"not found: '{path}'")
    with _reported():
        result = evaluate(load_predictions(pred), load_gold(gold), pairs=pairs)
    if as_json:
        typer.echo(json.dumps(result.as_dict(), indent=1, ensure_ascii=False))
        return
    from kg.eval.tables import print_gold_report

    print_gold_report(Console(), result)


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


@app.command()
def query(
    sparql: Annotated[Optional[str], typer.Argument(help="A SPARQL query (or use --file / --name).")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the query from a file.")] = None,
    name: Annotated[Optional[str], typer.Option("--name", "-n", help="Run a bundled named query (see --list).")] = None,
    param: Annotated[
        Optional[list[str]],
        typer.Option(
            "--param", "-p",
            help="name=value, bound to ?name as an RDF term (repeatable). With --name, an actor may be given "
            "by its label, an alias or the start of a name, in any case (Xi, xi jinping).",
        ),
    ] = None,
    fmt: Annotated[ResultFormat, typer.Option("--format", help="Output format.")] = ResultFormat.table,
    out: StoreFolder = Path("output"),
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries and their parameters.")] = False,
) -> None:
    """Run SPARQL over the built store. kg's prefixes (kg:, actor:, rdfs: ...) are predefined;
    parameters are bound as RDF terms, never pasted into the query."""
    from rich.markup import escape

    from kg.outputs.store import named_queries, named_query, open_store, run_query

    console = Console()
    if list_queries:
        table = Table(title="named queries (kg query --name NAME -p PARAM=VALUE)", title_justify="left")
        for column in ("name", "parameters", "what"):
            table.add_column(column)
        for q in named_queries().values():
            kinds = dict(q.kinds)
            shown = [f"{p}=<{kinds.get(p, 'value')}>" for p in q.parameters]
            shown += [f"[{p}=<{kinds.get(p, 'value')}>] (optional)" for p in q.optional]
            table.add_row(q.name, escape(" ".join(shown)), escape(q.description))
        console.print(table)
        return
    given = [x for x in (sparql, file, name) if x is not None]
    if len(given) != 1:
        _fail("give exactly one of: a query, --file FILE, --name NAME (see kg query --list)")
    params: dict[str, str] = {}
    for item in param or []:
        key, sep, value = item.partition("=")
        if not sep or not key.isidentifier():
            _fail(f"--param {item!r}: expected name=value")
        params[key] = value
    with _reported():
        store = open_store(out)
    if name is not None:
        with _reported():
            named = named_query(name)
            if missing := named.missing(params):
                _fail(f"query {name!r} needs " + " ".join(f"--param {p}=…" for p in missing))
            params = named.resolve(store, params)
        sparql = named.text
    elif file is not None:
        if not file.exists():
            _fail(f"query file not found: '{file}'")
        sparql = file.read_text(encoding="utf-8")
    with _reported():
        result = run_query(store, sparql or "", params)
    if fmt is ResultFormat.json:
        typer.echo(result.to_json())
    elif fmt in (ResultFormat.csv, ResultFormat.tsv):
        typer.echo(result.to_csv("," if fmt is ResultFormat.csv else "\t"), nl=False)
    else:
        table = Table(show_lines=False)
        for column in result.columns:
            table.add_column(column, overflow="fold")
        for row in result.rows:
            table.add_row(*("" if v is None else escape(str(v)) for v in row))
        console.print(table)
        console.print(f"{len(result.rows)} row(s)", style="dim")


@app.command()
def serve(
    out: StoreFolder = Path("output"),
    host: Annotated[str, typer.Option("--host", help="Address to bind; keep 127.0.0.1 unless others must reach it.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.")] = 7878,
    timeout: Annotated[int, typer.Option("--timeout", help="Seconds before a query is stopped.")] = 30,
) -> None:
    """Serve the store read-only as a SPARQL 1.1 endpoint (Oxigraph's server) at http://HOST:PORT/query,
    with a query page at http://HOST:PORT/. kg's prefixes (kg:, actor:, rdfs: ...) are predefined, as in kg query."""
    import signal

    from kg.serve.endpoint import GuardedEndpoint

    with _reported(oserror=ServerNotStarted):
        endpoint = GuardedEndpoint(out, host, port, timeout)
    def stop(signum: int, frame: object) -> None:  # SIGTERM stops it like Ctrl-C: the backend goes too
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    stderr.print(
        f"SPARQL endpoint: http://{host}:{port}/query, query page: http://{host}:{port}/ (read-only; Ctrl-C stops it)",
        highlight=False, soft_wrap=True,
    )
    try:
        endpoint.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        endpoint.server_close()


@app.command()
def push(
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store Protocol URL, e.g. http://localhost:7878/store")],
    graph: Annotated[Optional[str], typer.Option("--graph", help="Put everything into this one graph IRI.")] = None,
    out: BuildFolder = Path("output"),
) -> None:
    """Upload a build to a SPARQL 1.1 Graph Store Protocol store (Oxigraph, Fuseki, GraphDB, ...)."""
    from kg.outputs.publish import push as push_graph

    trig = _built_trig(out)
    with _reported():
        sent = push_graph(trig, endpoint, graph)
    stderr.print(f"pushed {sum(sent.values()):,} triples in {len(sent)} graph(s) to {endpoint}", highlight=False)


@app.command()
def validate(
    out: BuildFolder = Path("output"),
) -> None:
    """Check graph.trig against the SHACL shapes (ontology/shapes.ttl); exit 1 when it does not conform."""
    from kg.outputs.validate import validate_trig

    trig = _built_trig(out)
    report = validate_trig(trig)
    if report.conforms:
        stderr.print(f"{trig}: conforms to the SHACL shapes", highlight=False)
        return
    typer.echo(report.text)
    _fail(f"{trig}: {report.violations} SHACL violation(s)", 1)


class ExportFormat(str, Enum):
    ttl = "ttl"
    nt = "nt"
    nq = "nq"
    trig = "trig"
    jsonld = "jsonld"
    graphml = "graphml"
    csv = "csv"


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="ttl, nt, nq, trig, jsonld, graphml or csv.")],
    to: Annotated[
        Optional[Path], typer.Option("--to", help="The file to write (default: <out>/export.<suffix>; - for stdout).")
    ] = None,
    out: BuildFolder = Path("output"),
) -> None:
    """Export a build as RDF (ttl, nt, nq, trig, jsonld), GraphML (every attribute kept) or a CSV edge list."""
    from kg.graph import KnowledgeGraph
    from kg.outputs.export import SUFFIXES, export as render, write_export

    with _reported():
        graph = KnowledgeGraph.load(out)
    if to is not None and str(to) == "-":
        typer.echo(render(graph, fmt.value), nl=False)
        return
    path = write_export(graph, fmt.value, to or out / f"export{SUFFIXES[fmt.value]}")
    stderr.print(f"wrote {path}", highlight=False)


@app.command()
def view(
    path: Annotated[
        Optional[Path], typer.Argument(help="A graph.html, or a build's output directory. Default: --out.")
    ] = None,
    out: BuildFolder = Path("output"),
    open_page: Annotated[bool, typer.Option("--open", help="Open the viewer in the default web browser.")] = False,
    port: Annotated[
        Optional[int], typer.Option("--port", help="Serve on http://127.0.0.1:PORT/ (0: any free port). Default 8765.")
    ] = None,
) -> None:
    """Serve the graph viewer (graph.html) on 127.0.0.1, and a large build's evidence as JSON; with --open alone, open the file itself (it works offline)."""
    import time
    import webbrowser
    from urllib.parse import quote

    from kg.outputs.incremental import refresh_viewer
    from kg.serve.viewer import serve_viewer

    target = path or out
    page = target if target.suffix.lower() in (".html", ".htm") else target / "graph.html"
    with stderr.status(f"drawing {page} again if updates left it out of date ..."):
        if refresh_viewer(page.parent):
            stderr.print(f"drew {page} again: updates had left it out of date", highlight=False)
    if not page.is_file():
        _fail(f"{page} not found: run `kg build --out {page.parent}` first")
    if open_page and port is None:
        if not webbrowser.open(page.resolve().as_uri()):
            _fail(f"could not open a web browser for {page}: none was found (set $BROWSER to one, or open "
                  f"{page.resolve().as_uri()} yourself; kg view --port 0 serves it instead)", 1)
        stderr.print(f"opened {page} in the web browser", highlight=False, soft_wrap=True)
        return
    port = 8765 if port is None else port
    try:
        server = serve_viewer(page.parent, "127.0.0.1", port)
    except OSError as exc:  # the port is taken, say: what to do is in the message
        _fail(f"cannot serve on 127.0.0.1:{port}: {exc.strerror or exc} (choose another --port, or 0 for any)")
    url = f"http://127.0.0.1:{server.server_address[1]}/{quote(page.name)}"
    stderr.print(f"viewer: {url} (Ctrl-C stops it)", highlight=False, soft_wrap=True)
    if open_page and not webbrowser.open(url):
        _error(f"could not open a web browser: none was found (set $BROWSER to one); open {url} yourself")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()


def _run_benchmark(name: str, data: Optional[Path], model: Optional[str], as_json: bool, split: str = "all", strict: bool = False) -> None:
    import json

    from kg.eval.benchmarks import SPLITS, run_benchmark
    from kg.eval.datasets import BENCHMARKS
    from kg.nlp.model import load_pipeline

    if name not in BENCHMARKS:
        _fail(f"unknown benchmark {name!r} (choose from {', '.join(BENCHMARKS)})")
    if data is not None and not data.exists():
        _fail(f"benchmark data not found: '{data}'")
    if split not in SPLITS:
        _fail(f"unknown --split {split!r} (choose from {', '.join(SPLITS)})")
    with _reported():
        figures = run_benchmark(name, load_pipeline(model), data, split=split, strict=strict)
    if as_json:
        typer.echo(json.dumps(figures, ensure_ascii=False, default=str))
        return
    from kg.eval.tables import benchmark_table

    Console().print(benchmark_table(figures))


NEWS_SPLITS = ("news-dev", "news-test")


def _run_news(split: str, data: Optional[Path], model: Optional[str], as_json: bool, pred: Optional[Path]) -> None:
    """``kg eval --benchmark news-dev|news-test``: build each story's pages and score them."""
    import json

    from kg.eval.news import news_root, run_news
    from kg.nlp.model import load_pipeline

    if pred is not None and not pred.exists():
        _fail(f"not found: '{pred}'")
    with _reported():
        folder = data if data is not None else news_root() / "pages"
        nlp = None if pred is not None else load_pipeline(model)
        report = run_news(split, nlp, folder, predictions=pred)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
        return
    from kg.eval.tables import news_table

    Console(width=max(Console().width, 170)).print(news_table(report))


def _built_trig(out: Path) -> Path:
    """The graph.trig of a build, or exit 2 saying how to make one."""
    trig = out / "graph.trig"
    if not trig.exists():
        _fail(f"{trig} not found: run `kg build --out {out}` first")
    return trig


@contextmanager
def _reported(oserror: type[KGError] | None = None) -> Iterator[None]:
    """The one place where kg's errors become exit statuses: each :class:`~kg.errors.KGError`
    carries its own (``exit_code``). ``oserror``: the error an ``OSError`` stands for here (a
    server that cannot bind its port)."""
    try:
        yield
    except KGError as exc:
        _fail(str(exc), exc.exit_code)
    except OSError as exc:
        if oserror is None:
            raise
        _fail(str(exc), oserror.exit_code)


def _fail(message: str, code: int = 2) -> NoReturn:
    """Say what went wrong and exit: 2 for a problem with what was asked for, 1 for a failure."""
    _error(message)
    raise typer.Exit(code)


def _error(message: str) -> None:
    """One line on stderr, never wrapped: scripts grep it."""
    from rich.markup import escape  # messages may hold brackets: pip install 'kg[cluster]'

    stderr.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)


def _summary(result: BuildResult, out: Path | None) -> None:
    table = Table(title="kg build", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    processing = result.seconds - result.load_seconds
    words_per_second = result.words / processing if processing > 0 else 0.0
    stored = result.stored  # a large build kept on disk (kg.pipeline.StoredBuild): counted as it was written
    if stored is not None:
        statements, events, actors, several = stored.statements, stored.events, stored.statement_actors, stored.several_sources
    else:
        statements, events = len(result.statements), len(result.events)
        actors = len({a for s in result.statements for a in (s.subject.actor.id, s.object.actor.id)})
        several = sum(e.sources > 1 for e in result.events)
    for name, value in [
        ("documents read", f"{result.document_count:,}"),
        ("documents skipped", f"{len(result.skipped):,}"),
        ("parsed", f"{result.parsed:,}"),
        ("from cache", f"{result.cached:,}"),
        *([("web requests", f"{result.requests:,} ({result.not_modified:,} answered 304 Not Modified)")] if result.requests else []),
        ("sentences", f"{result.sentences:,}"),
        ("words", f"{result.words:,}"),
        ("triples", f"{statements:,}"),
        ("actors", f"{actors:,}"),
        ("events", f"{events:,} ({several:,} with several sources)"),
        ("time", f"{result.seconds:.1f} s (model load {result.load_seconds:.1f} s)"),
        ("words/s", f"{words_per_second:,.0f} (after model load)"),
    ]:
        table.add_row(name, value)
    stderr.print(table)  # each skipped input was named, with the reason, when it was read


if __name__ == "__main__":  # pragma: no cover
    app()
