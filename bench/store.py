"""Store benchmark: load time and a 2-hop query on a synthetic graph of >= 1M triples,
rdflib's default in-memory store against Oxigraph (in memory, and on disk as `kg build` uses it),
measured in the same run.

    python bench/store.py [--triples 1000000] [--timeout 300] [--json]

The graph has kg's shape (statement nodes with evidence, offsets, provenance, plus direct
rel: edges, one named graph per document) between 5,000 synthetic actors.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import tempfile
import time

KG = "https://w3id.org/newskg/"
LEMMAS = ["tell", "meet", "urge", "criticise", "support", "reject", "visit", "warn", "agree", "sanction",
          "accuse", "praise", "threaten", "hold talks", "call on", "protest", "aid", "attack", "consult", "deny"]
TRIPLES_PER_STATEMENT = 13

TWO_HOP = """
PREFIX actor: <https://w3id.org/newskg/actor/>
PREFIX kg: <https://w3id.org/newskg/ontology#>
SELECT ?m ?b WHERE {
  ?s1 kg:subject actor:A42 ; kg:object ?m .
  ?s2 kg:subject ?m ; kg:object ?b .
}"""


def synthetic_nquads(n_triples: int, n_actors: int = 5000, n_docs: int = 2000, seed: int = 7) -> str:
    rng = random.Random(seed)
    lines = []
    for i in range(n_triples // TRIPLES_PER_STATEMENT + 1):
        s, o = rng.randrange(n_actors), rng.randrange(n_actors)
        lemma = rng.choice(LEMMAS)
        rel = lemma.replace(" ", "_")
        g = f"<{KG}doc/d{i % n_docs}>"
        st = f"<{KG}statement/s{i}>"
        a, b = f"<{KG}actor/A{s}>", f"<{KG}actor/A{o}>"
        p = f"<{KG}ontology#"
        lines += [
            f"{st} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> {p}Statement> {g} .",
            f"{st} {p}subject> {a} {g} .",
            f"{st} {p}object> {b} {g} .",
            f"{st} {p}relation> <{KG}rel/{rel}> {g} .",
            f'{st} {p}lemma> "{lemma}" {g} .',
            f'{st} {p}evidence> "Actor {s} said something about actor {o} in sentence {i}." {g} .',
            f'{st} {p}charStart> "{i % 5000}"^^<http://www.w3.org/2001/XMLSchema#integer> {g} .',
            f'{st} {p}charEnd> "{i % 5000 + 80}"^^<http://www.w3.org/2001/XMLSchema#integer> {g} .',
            f'{st} {p}negated> "false"^^<http://www.w3.org/2001/XMLSchema#boolean> {g} .',
            f'{st} {p}confidence> "0.9"^^<http://www.w3.org/2001/XMLSchema#decimal> {g} .',
            f"{st} <http://www.w3.org/ns/prov#wasDerivedFrom> {g} {g} .",
            f'{st} {p}relationText> "{lemma}ed" {g} .',
            f"{a} <{KG}rel/{rel}> {b} {g} .",
        ]
    return "\n".join(lines) + "\n"


class Timeout(Exception):
    pass


def timed(fn, timeout: int):
    def alarm(signum, frame):
        raise Timeout

    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(timeout)
    start = time.perf_counter()
    try:
        value = fn()
        return time.perf_counter() - start, value
    except Timeout:
        return None, None
    finally:
        signal.alarm(0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=int, default=300, help="seconds allowed for each rdflib step")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    import pyoxigraph as ox
    from rdflib import Dataset

    data = synthetic_nquads(args.triples)
    figures: dict[str, float | int | None] = {"triples": data.count("\n")}

    store = ox.Store()
    figures["oxigraph_memory_load_s"], _ = timed(lambda: store.bulk_load(data.encode(), format=ox.RdfFormat.N_QUADS), args.timeout)
    figures["oxigraph_memory_query_s"], rows = timed(
        lambda: len(list(store.query(TWO_HOP, use_default_graph_as_union=True))), args.timeout
    )
    figures["two_hop_rows"] = rows
    with tempfile.TemporaryDirectory() as folder:
        disk = ox.Store(folder)
        figures["oxigraph_disk_load_s"], _ = timed(lambda: (disk.bulk_load(data.encode(), format=ox.RdfFormat.N_QUADS), disk.optimize()), args.timeout)
        figures["oxigraph_disk_query_s"], _ = timed(lambda: len(list(disk.query(TWO_HOP, use_default_graph_as_union=True))), args.timeout)
        del disk

    dataset = Dataset(default_union=True)
    figures["rdflib_load_s"], _ = timed(lambda: dataset.parse(data=data, format="nquads"), args.timeout)
    figures["rdflib_query_s"], rdflib_rows = (
        timed(lambda: len(list(dataset.query(TWO_HOP))), args.timeout) if figures["rdflib_load_s"] else (None, None)
    )
    if rdflib_rows is not None:
        assert rdflib_rows == rows, (rdflib_rows, rows)  # same answer from both engines
    for name in ("load", "query"):
        ours = figures[f"oxigraph_disk_{name}_s"]
        theirs = figures[f"rdflib_{name}_s"]
        figures[f"{name}_speedup_disk"] = round(theirs / ours, 1) if ours and theirs else None
        figures[f"{name}_speedup_memory"] = round(theirs / figures[f"oxigraph_memory_{name}_s"], 1) if theirs and figures[f"oxigraph_memory_{name}_s"] else None
    figures = {k: round(v, 2) if isinstance(v, float) else v for k, v in figures.items()}
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:28} {value if value is not None else f'> {args.timeout} s (stopped)'}")


if __name__ == "__main__":
    main()
