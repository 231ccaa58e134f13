"""A smoke run of the build benchmark (bench/run.py) on a tiny corpus: it runs and reports every figure."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BENCH = Path(__file__).resolve().parent.parent / "bench" / "run.py"


def test_bench_run_prints_every_ratio_as_json():
    command = [sys.executable, str(BENCH), "--docs", "6", "--rss-docs", "4,8", "--sparql-triples", "3000", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)
    figures = json.loads(done.stdout)
    for key in ("build_vs_parse", "jobs2_vs_jobs1", "rebuild_vs_build", "rss_growth"):
        assert isinstance(figures[key], float) and figures[key] > 0, (key, figures[key])
    assert figures["sparql_vs_rdflib"]["load"] > 0 and figures["sparql_vs_rdflib"]["query"] > 0
    assert figures["docs"] == 6 and figures["words"] > 1000
    assert figures["jobs2_identical_outputs"] is True
    assert set(figures["rss_mb"]) == {"4", "8"}


def test_bench_viewer_prints_page_weight_and_write_time_as_json():
    """bench/run.py --viewer on a small generated corpus (no browser, no real build: those take minutes)."""
    command = [sys.executable, str(BENCH), "--viewer", "--actors", "300", "--statements", "6000",
               "--sample-docs", "0", "--no-browser", "--json"]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)
    figures = json.loads(done.stdout)
    assert (figures["actors"], figures["statements"], figures["mode"]) == (300, 6000, "files")
    assert 0 < figures["page_bytes"] < figures["evidence_bytes"] and figures["evidence_files"] >= 1
    assert figures["seconds"]["page"] > 0 and figures["seconds"]["outputs"] > 0
    assert 0 < figures["page_share_of_outputs"] < 1


def test_bench_append_prints_the_three_update_figures_as_json():
    command = [sys.executable, str(BENCH), "--append", "--base-docs", "12", "--new-docs", "3", "--small-docs", "6", "--json"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)
    figures = json.loads(done.stdout)
    for key in ("append_vs_fresh", "append_vs_full", "rss_20000_vs_2000"):
        assert isinstance(figures[key], float) and figures[key] > 0, (key, figures[key])
    assert figures["append_identical"] is True  # the updated outputs are the whole rebuild's
    assert figures["sizes"] == {"base": 12, "new": 3, "small": 6} and figures["rewritten_documents"] >= 3
