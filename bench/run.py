"""Build benchmark: every ratio of issue #8 measured in one run on a synthetic corpus; with
``--append``, the three figures of issue #22 (updates and scale) instead.

    python bench/run.py [--docs 200] [--repeat 1] [--rss-docs 500,5000] [--sparql-triples 100000] [--json]
    python bench/run.py --viewer [--actors 10000] [--statements 200000] [--json]   (bench/viewer.py: issue #23)
    python bench/run.py --append [--base-docs 20000] [--new-docs 100] [--small-docs 2000] [--jobs 2] [--json]

The corpus replicates the bundled sample articles with light variation (paragraphs shuffled, one
dropped, a new file name), so no two documents share a cache entry. Printed figures:

- ``build_vs_parse``: words/s of the whole build (reading the files, parse, extraction,
  resolution, event typing, then triples.jsonl, graph.trig, graph.html and the Oxigraph store)
  divided by words/s of a bare ``nlp.pipe`` of the same pipeline over the same texts; one process,
  model already loaded in both.
- ``jobs2_vs_jobs1``: time of that build with ``jobs=1`` divided by its time with ``jobs=2``
  (both filling an incremental cache, as ``kg build`` does by default).
- ``rebuild_vs_build``: time of a second build of the unchanged corpus into the same folder
  (every document from the cache, the model never loaded, outputs found up to date) divided by
  the first build's time (which filled the cache).
- ``rss_growth``: peak RSS of ``kg build --jobs 1 --no-cache`` at the largest of ``--rss-docs``
  divided by the smallest. Those documents are short (3 paragraphs of one article) so 5,000 fit in
  a few minutes.
- ``sparql_vs_rdflib``: rdflib's memory store time divided by Oxigraph's (on disk, as ``kg build``
  writes it) for loading a synthetic kg-shaped graph and for the 2-hop query of bench/store.py.

With ``--append`` (corpus: bench/synthetic.py, short reports with many distinct actors):

- ``rss_20000_vs_2000``: peak RSS of ``kg build --jobs J`` (a fresh process, its own cache) of
  ``--base-docs`` documents divided by the same of ``--small-docs`` (the key keeps its name
  whatever the sizes; ``sizes`` says what they were). The small corpus is the first documents of
  the big one: the big build takes their parses from the small build's cache (it parses the
  rest: the model is loaded in both). The big build is the base of the next two.
- ``append_vs_fresh``: ``kg.pipeline.update`` adding ``--new-docs`` new documents to that build
  (parse them, update the state, rewrite what changed of every output, swap in the updated store)
  divided by building those documents alone from scratch (no cache) and writing their outputs.
  Both in this process with the model already loaded (model load excluded from both).
- ``append_vs_full``: the same update divided by a whole rebuild of the base and new documents
  (every parse from the cache the base build and the update filled: what ``kg build`` costs today
  when documents are added), written to a new folder. The updated outputs are checked to be
  byte-identical to the rebuild's (``append_identical``).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from store import TWO_HOP, synthetic_nquads, timed  # bench/store.py: same graph shape and query

ARTICLES = Path(__file__).resolve().parent.parent / "kg" / "data" / "corpus"


def articles() -> list[list[str]]:
    """The sample articles as lists of non-empty lines (paragraphs)."""
    return [[line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] for path in sorted(ARTICLES.glob("*.txt"))]


def make_corpus(folder: Path, docs: int, short: bool = False, seed: int = 8) -> Path:
    """Write ``docs`` varied copies of the sample articles into ``folder``."""
    rng = random.Random(seed)
    source = articles()
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(docs):
        lines = list(source[index % len(source)])
        if short:
            start = rng.randrange(max(1, len(lines) - 2))
            lines = lines[start : start + 3]
        else:
            rng.shuffle(lines)
            if len(lines) > 3:
                del lines[rng.randrange(len(lines))]
        (folder / f"doc{index:05}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def timed_build(corpus: Path, out: Path, **options):
    from kg.pipeline import build, write_outputs

    started = time.perf_counter()
    result = build([corpus], **options)
    write_outputs(result, out)
    return time.perf_counter() - started, result


def bare_parse(nlp, texts: list[str]) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - started


def peak_rss_mb(corpus: Path, out: Path) -> float:
    """Peak RSS of ``kg build`` in a fresh process (measured by a wrapper process, its only child)."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    command = [sys.executable, "-c", "from kg.cli import app; app()", "build", str(corpus), "--out", str(out), "--no-cache", "--quiet", "--jobs", "1"]
    done = subprocess.run([sys.executable, "-c", wrapper, *command], check=True, capture_output=True, text=True)
    return int(done.stdout.split()[-1]) / 1024  # Linux reports KiB


def store_ratios(triples: int) -> dict[str, float | int | None]:
    import pyoxigraph as ox
    from rdflib import Dataset

    data = synthetic_nquads(triples, n_actors=max(20, triples // 200))  # ~15 statements per actor: a 2-hop query finds rows
    with tempfile.TemporaryDirectory() as folder:
        store = ox.Store(folder)
        ox_load, _ = timed(lambda: (store.bulk_load(data.encode(), format=ox.RdfFormat.N_QUADS), store.optimize()), 600)
        ox_query, rows = timed(lambda: len(list(store.query(TWO_HOP, use_default_graph_as_union=True))), 600)
        del store
    dataset = Dataset(default_union=True)
    rdflib_load, _ = timed(lambda: dataset.parse(data=data, format="nquads"), 600)
    rdflib_query, rdflib_rows = timed(lambda: len(list(dataset.query(TWO_HOP))), 600)
    assert rows == rdflib_rows, (rows, rdflib_rows)  # both engines give the same answer
    return {
        "triples": data.count("\n"),
        "two_hop_rows": rows,
        "load": round(rdflib_load / ox_load, 1),
        "query": round(rdflib_query / ox_query, 1),
    }


def peak_rss_of(args: list[str]) -> float:
    """Peak RSS (MB) of one ``kg`` command in a fresh process (its wrapper's only child)."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    command = [sys.executable, "-c", "from kg.cli import app; app()", *args]
    done = subprocess.run([sys.executable, "-c", wrapper, *command], check=True, capture_output=True, text=True)
    return int(done.stdout.split()[-1]) / 1024  # Linux reports KiB


def append_figures(base_docs: int, new_docs: int, small_docs: int, jobs: int) -> dict:
    """The three figures of issue #22 (see the module docstring), in one run."""
    from synthetic import write_corpus

    from kg.nlp.model import load_pipeline
    from kg.pipeline import build, read_inputs, update, write_outputs

    figures: dict = {"sizes": {"base": base_docs, "new": new_docs, "small": small_docs}, "jobs": jobs}
    seconds: dict[str, float] = {}

    def note(step: str, extra: str = "") -> None:  # progress on stderr (a run takes minutes; stdout stays the figures)
        print(f"bench: {step} {seconds[step]:.1f} s{extra}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = write_corpus(tmp / "base", base_docs)
        new = write_corpus(tmp / "new", new_docs, start=base_docs)
        small = write_corpus(tmp / "small", small_docs)
        started = time.perf_counter()
        rss_small = peak_rss_of(["build", str(small), "--out", str(tmp / "out-small"), "--quiet", "--jobs", str(jobs)])
        seconds["build_small"] = time.perf_counter() - started
        note("build_small", f", peak RSS {rss_small:.1f} MB")
        # the small corpus is the base's first documents (bench/synthetic.py: document i depends on
        # i only): the base build takes their parses from the small build's cache, not parsing them twice
        shutil.copytree(tmp / "out-small" / ".cache", tmp / "out" / ".cache")
        started = time.perf_counter()
        rss_base = peak_rss_of(["build", str(base), "--out", str(tmp / "out"), "--quiet", "--jobs", str(jobs)])
        seconds["build_base"] = time.perf_counter() - started
        note("build_base", f", peak RSS {rss_base:.1f} MB")
        figures["rss_mb"] = {str(small_docs): round(rss_small, 1), str(base_docs): round(rss_base, 1)}
        figures["rss_20000_vs_2000"] = round(rss_base / rss_small, 3)

        nlp = load_pipeline()
        nlp("warm up")
        started = time.perf_counter()
        fresh = build([new], nlp=nlp, cache_dir=tmp / "fresh-cache", jobs=1)
        write_outputs(fresh, tmp / "out-fresh")
        seconds["fresh"] = time.perf_counter() - started
        note("fresh")

        started = time.perf_counter()
        result, changes, totals = update(read_inputs([new]), tmp / "out", nlp=nlp, cache_dir=tmp / "out" / ".cache")
        seconds["append"] = time.perf_counter() - started
        note("append")
        assert (result.parsed, changes.added) == (new_docs, new_docs), (result.parsed, changes.added)

        started = time.perf_counter()
        full = build([base, new], nlp=nlp, cache_dir=tmp / "out" / ".cache", jobs=jobs)
        write_outputs(full, tmp / "out-full")
        seconds["full"] = time.perf_counter() - started
        note("full")
        figures["append_identical"] = all(
            (tmp / "out" / name).read_bytes() == (tmp / "out-full" / name).read_bytes() for name in ("triples.jsonl", "graph.trig")
        )
        figures.update(
            append_vs_fresh=round(seconds["append"] / seconds["fresh"], 3),
            append_vs_full=round(seconds["append"] / seconds["full"], 4),
            statements=totals.statements,
            events=totals.events,
            actors=len(full.actors),
            rewritten_documents=len(changes.documents),
            viewer_redrawn=json.loads((tmp / "out" / ".kg-outputs.json").read_text())["viewer_stale"] is False,
            seconds={key: round(value, 2) for key, value in seconds.items()},
        )
    return figures


def main() -> None:
    if "--viewer" in sys.argv[1:]:  # the viewer at corpus scale: its own figures (bench/viewer.py)
        import viewer

        viewer.main(sys.argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents in the build corpus (about 560 words each)")
    parser.add_argument("--rss-docs", default="500,5000", help="corpus sizes for peak RSS, comma-separated (short documents)")
    parser.add_argument("--sparql-triples", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=1, help="interleaved repeats of the timed builds; best of each")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--append", action="store_true", help="measure updates and scale instead (issue #22)")
    parser.add_argument("--base-docs", type=int, default=20_000, help="with --append: documents of the build added to")
    parser.add_argument("--new-docs", type=int, default=100, help="with --append: documents added")
    parser.add_argument("--small-docs", type=int, default=2_000, help="with --append: the smaller build of the peak-RSS ratio")
    parser.add_argument("--jobs", type=int, default=2, help="with --append: parsing processes of the builds")
    args = parser.parse_args()
    if args.append:
        figures = append_figures(args.base_docs, args.new_docs, args.small_docs, args.jobs)
        print(json.dumps(figures) if args.json else "\n".join(f"{key:24} {value}" for key, value in figures.items()))
        return

    from kg.ingest.readers import iter_documents
    from kg.nlp.model import load_pipeline

    figures: dict = {"docs": args.docs}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        corpus = make_corpus(tmp / "corpus", args.docs)
        nlp = load_pipeline()
        texts = [doc.text for doc in iter_documents([corpus]) if hasattr(doc, "text")]
        nlp("warm up")

        # Interleaved repeats, best of each: other processes on a shared machine add noise.
        parse_s = build1_s = build2_s = float("inf")
        for run in range(args.repeat):
            parse_s = min(parse_s, bare_parse(nlp, texts))
            seconds, result = timed_build(corpus, tmp / f"out1-{run}", nlp=nlp, jobs=1, cache_dir=tmp / f"cache1-{run}")
            build1_s = min(build1_s, seconds)
            seconds, result2 = timed_build(corpus, tmp / f"out2-{run}", nlp=nlp, jobs=2, cache_dir=tmp / f"cache2-{run}")
            build2_s = min(build2_s, seconds)
        rebuild_s, again = timed_build(corpus, tmp / "out1-0", jobs=1, cache_dir=tmp / "cache1-0")
        assert (again.parsed, again.cached) == (0, len(result.documents))
        same = all((tmp / "out1-0" / name).read_bytes() == (tmp / "out2-0" / name).read_bytes() for name in ("triples.jsonl", "graph.trig"))
        words = result.words
        figures.update(
            words=words,
            statements=len(result.statements),
            parse_words_per_s=round(words / parse_s),
            build_words_per_s=round(words / build1_s),
            build_vs_parse=round(parse_s / build1_s, 3),
            jobs2_vs_jobs1=round(build1_s / build2_s, 3),
            rebuild_vs_build=round(rebuild_s / build1_s, 4),
            seconds={"parse": round(parse_s, 2), "build_jobs1": round(build1_s, 2), "build_jobs2": round(build2_s, 2), "rebuild": round(rebuild_s, 2)},
            jobs2_identical_outputs=same,
        )

        sizes = sorted(int(n) for n in args.rss_docs.split(","))
        rss = {}
        for size in sizes:
            rss[size] = round(peak_rss_mb(make_corpus(tmp / f"rss{size}", size, short=True), tmp / f"rss-out{size}"), 1)
        figures["rss_mb"] = rss
        figures["rss_growth"] = round(rss[sizes[-1]] / rss[sizes[0]], 3)
    figures["sparql_vs_rdflib"] = store_ratios(args.sparql_triples)

    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:24} {value}")


if __name__ == "__main__":
    main()
