"""Record the outputs that a refactoring must not change, or compare two such records.

    python scripts/check_identical.py record /tmp/baseline
    python scripts/check_identical.py record /tmp/after
    python scripts/check_identical.py --compare /tmp/baseline /tmp/after   # exit 1 on any difference

A record holds ``kg build kg/data/corpus --no-cache --quiet --jobs 1`` of the bundled sample corpus
(triples.jsonl, graph.trig, graph.html) and ``kg eval --benchmark NAME --json`` for the three
benchmarks, and ``kg export`` of the build in every format. The only run-dependent field found by recording twice is the benchmark's
``seconds`` (wall time): it is dropped when recording. The build's outputs carry no timing and
were identical across runs.

``record DIR`` runs ``python -m kg.cli`` with this interpreter from the current directory, which
must be the root of a checkout: that checkout's kg runs (how the baseline of the untouched code
was recorded: ``git archive`` of it into a folder with a ``shared`` link to the benchmark data). The JSON keeps the order of the keys as printed (only ``seconds`` is removed).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

BUILD_FILES = ("triples.jsonl", "graph.trig", "graph.html")
BENCHMARKS = ("plover", "petrarch2-gsr", "re3d")
EXPORTS = ("ttl", "nt", "nq", "trig", "jsonld", "graphml", "csv")  # kg export of the build: the rdflib side
RUN_DEPENDENT = ("seconds",)  # benchmark wall time


def record(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    build = folder / "build"
    if build.exists():
        shutil.rmtree(build)
    kg = [sys.executable, "-m", "kg.cli"]
    # the bundled corpus by a relative path: the documents' kg:source is then the same in any checkout
    corpus = "kg/data/corpus"
    if not Path(corpus).is_dir():
        raise SystemExit(f"run from the root of a checkout: {corpus} not found under {Path.cwd()}")
    subprocess.run([*kg, "build", corpus, "--no-cache", "--quiet", "--jobs", "1", "--out", str(build)], check=True)
    for fmt in EXPORTS:
        # rdflib writes nt, nq, trig and jsonld in an order that follows string hashing: a fixed seed
        # makes two runs of the same code write the same bytes (they differed with random seeds)
        export = [*kg, "export", "--format", fmt, "--out", str(build), "--to", str(folder / f"export.{fmt}")]
        subprocess.run(export, check=True, env={**os.environ, "PYTHONHASHSEED": "0"}, stderr=subprocess.DEVNULL)
    for name in BENCHMARKS:
        done = subprocess.run([*kg, "eval", "--benchmark", name, "--json"], check=True, capture_output=True, text=True)
        figures = json.loads(done.stdout)
        for key in RUN_DEPENDENT:
            figures.pop(key, None)
        (folder / f"eval-{name}.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n")
    print(f"recorded {folder}")


def recorded_files(folder: Path) -> list[str]:
    exports = [f"export.{fmt}" for fmt in EXPORTS]
    return [f"build/{name}" for name in BUILD_FILES] + exports + [f"eval-{name}.json" for name in BENCHMARKS]


def compare(first: Path, second: Path) -> int:
    differences = 0
    for name in recorded_files(first):
        a, b = first / name, second / name
        if not a.exists() or not b.exists():
            print(f"MISSING {name}: {'absent from ' + str(first) if not a.exists() else ''} {'absent from ' + str(second) if not b.exists() else ''}")
            differences += 1
            continue
        if a.read_bytes() == b.read_bytes():
            print(f"identical {name}")
            continue
        differences += 1
        print(f"DIFFERENT {name}")
        lines = difflib.unified_diff(
            a.read_text(encoding="utf-8", errors="replace").splitlines(),
            b.read_text(encoding="utf-8", errors="replace").splitlines(),
            str(a), str(b), lineterm="", n=0,
        )
        for i, line in enumerate(lines):
            if i == 40:
                print("  ...")
                break
            print("  " + line[:300])
    print("all identical" if not differences else f"{differences} file(s) differ")
    return 1 if differences else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, nargs="*", help="record FOLDER, or two folders with --compare")
    parser.add_argument("--compare", type=Path, metavar="OTHER", help="compare OTHER with FOLDER instead of recording")
    args = parser.parse_args(argv)
    folders = [f for f in args.folder if str(f) != "record"]
    if args.compare is not None:
        if len(folders) != 1:
            parser.error("--compare OTHER needs one FOLDER")
        return compare(args.compare, folders[0])
    if len(folders) != 1:
        parser.error("give one FOLDER to record into")
    record(folders[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
