"""Run several benchmarks and print their results as one JSON object::

    python scripts/run_benchmarks.py [plover petrarch2-gsr re3d] [--data DIR] [--model NAME]

``kg eval --benchmark NAME --json`` runs one.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from kg.eval.benchmarks import run_benchmark
from kg.eval.datasets import BENCHMARKS


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/run_benchmarks.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help=f"benchmarks to run ({', '.join(BENCHMARKS)}; default all)")
    parser.add_argument("--data", type=Path, help="the benchmark's folder (only with one benchmark)")
    parser.add_argument("--model", help="spaCy pipeline to load")
    args = parser.parse_args(argv)
    names = args.names or list(BENCHMARKS)
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    if args.data and len(names) != 1:
        parser.error("--data needs exactly one benchmark name")
    from kg.nlp.model import load_pipeline

    nlp = load_pipeline(args.model)
    results = {name: run_benchmark(name, nlp, args.data) for name in names}
    print(json.dumps(results if len(results) > 1 else results[names[0]], indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
