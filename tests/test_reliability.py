"""Everyday faults (issue #21): a build killed while its workers parse, two builds into one
output folder, a disk that fills up, a read-only output folder, a cache that cannot be used, and
``kg serve`` while a build replaces its store.

Real ``kg build`` and ``kg serve`` processes where the fault is about processes; injected
``ENOSPC`` where a real full disk would only make the test slower. Waits are bounded and nothing
asserts a duration; the figures (seconds until workers are gone, requests answered during a swap)
are printed (``pytest -s``) and recorded as test properties.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from serving import KG, free_port, running

from kg.errors import BuildLocked, DiskFull
from kg.outputs.folder import LOCK_FILE, BuildLock

SAMPLE = Path(__file__).resolve().parents[1] / "kg" / "data" / "corpus"
FILES = ("triples.jsonl", "graph.trig", "graph.html")
STATEMENTS = "SELECT (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/newskg/ontology#Statement> } }"


# --------------------------------------------------------------------------- helpers


def _corpus(folder: Path, copies: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(copies):
        for article in sorted(SAMPLE.glob("*.txt")):
            shutil.copy(article, folder / f"{i:02d}-{article.name}")
    return folder


def _build(corpus: Path, out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    # COLUMNS: the log handler wraps warnings at the terminal's width (80 without a terminal)
    return subprocess.run([KG, "build", str(corpus), "--out", str(out), "--quiet", *(options or ("--jobs", "1"))],
                          capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "500"})  # fmt: skip


def _state(out: Path) -> dict[str, object]:
    """Every output's bytes, and what the store answers (it must open and answer)."""
    state: dict[str, object] = {name: (out / name).read_bytes() for name in FILES}
    store = ox.Store.read_only(str(out / "store"))
    state["store"] = int(next(iter(store.query(STATEMENTS)))["n"].value)
    return state


def _leftovers(out: Path) -> list[str]:
    """Temporary files and store folders that are not the live store, anywhere under ``out``."""
    live = (out / "store").resolve() if (out / "store").is_symlink() else None
    found = [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    found += [p for p in out.glob(".store-*") if p.is_symlink() or p.resolve() != live]
    return sorted(str(p.relative_to(out)) for p in found)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("corpora")
    # old: the sample (5 documents); new: 30; big: 70, enough for --jobs 2 to start workers (64)
    return {"old": _corpus(root / "old", 1), "new": _corpus(root / "new", 6), "big": _corpus(root / "big", 14)}


@pytest.fixture(scope="module")
def clean(corpora, tmp_path_factory) -> Callable[[str], dict[str, object]]:
    """The state of a clean build of a corpus, built once, when first asked for."""
    states: dict[str, dict[str, object]] = {}

    def state(name: str) -> dict[str, object]:
        if name not in states:
            out = tmp_path_factory.mktemp(f"clean-{name}")
            run = _build(corpora[name], out)
            assert run.returncode == 0, run.stderr
            states[name] = _state(out)
        return states[name]

    return state


# --------------------------------------------------------------------------- processes (/proc)


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, parent pid, process group) of a process, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text[text.rindex(")") + 2:].split()  # the command name, in parentheses, may hold spaces
    return fields[0], int(fields[1]), int(fields[2])


def _living(group: int) -> list[int]:
    """Processes of a process group that still run (a zombie has freed its memory: it is gone)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) and stat[2] == group and stat[0] not in "ZX":
            found.append(int(entry.name))
    return found


def _children(pid: int) -> list[int]:
    return [int(e.name) for e in Path("/proc").iterdir() if e.name.isdigit() and (s := _stat(int(e.name))) and s[1] == pid and s[0] not in "ZX"]


def _seconds_until_gone(group: int, limit: float = 15.0) -> tuple[float, list[int]]:
    """How long until no process of ``group`` runs (polled), and those still running at ``limit``."""
    started = time.monotonic()
    while (alive := _living(group)) and time.monotonic() - started < limit:
        time.sleep(0.02)
    return time.monotonic() - started, alive


def _kill(pids: list[int]) -> None:
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")


# --------------------------------------------------------------------------- workers die with the build


@needs_proc
@pytest.mark.slow
def test_a_killed_parallel_build_leaves_no_process_behind(corpora, clean, tmp_path, record_property) -> None:
    """SIGKILL (and SIGTERM) a real `kg build --jobs 2` at three points: within seconds no
    process of that build runs (its workers used to wait for work forever, ~160 MB each), and the
    next build equals a clean one."""
    out = tmp_path / "out"
    out.mkdir()

    def cached(count: int) -> Callable[[int], bool]:
        return lambda pid: len(list((out / ".cache").rglob("*.pkl"))) >= count if (out / ".cache").is_dir() else False

    points: list[tuple[str, signal.Signals, Callable[[int], bool]]] = [
        ("the workers were just forked", signal.SIGKILL, lambda pid: len(_children(pid)) >= 2),
        ("the workers are parsing (first batch back)", signal.SIGKILL, cached(1)),
        ("the workers are parsing, with SIGTERM", signal.SIGTERM, cached(1)),
    ]  # later points have no workers (the pool is closed): tests/test_crash.py kills there
    figures = {}
    for point, sig, reached in points:
        shutil.rmtree(out / ".cache", ignore_errors=True)  # every run parses again
        process = subprocess.Popen([KG, "build", str(corpora["big"]), "--out", str(out), "--quiet", "--jobs", "2"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)  # fmt: skip
        while process.poll() is None and not reached(process.pid):
            time.sleep(0.005)
        assert process.poll() is None, f"the build finished before {point}"
        workers = _children(process.pid)
        os.kill(process.pid, sig)
        process.wait(timeout=60)
        seconds, survivors = _seconds_until_gone(process.pid)  # the session leader's pid is the group's id
        _kill(survivors)  # never leave them running, even when the test fails
        assert survivors == [], f"processes {survivors} of a build killed ({sig.name}) while {point} still run"
        assert len(workers) == 2, f"not the 2 workers to test while {point}: {workers}"
        figures[point] = round(seconds, 2)
    print(f"\nseconds until no process of the killed build ran: {figures}")
    record_property("seconds_until_workers_gone", json.dumps(figures))

    rerun = _build(corpora["big"], out, "--jobs", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert _state(out) == clean("big")
    assert _leftovers(out) == []


@needs_proc
@pytest.mark.parametrize("deathsig", [True, False], ids=["pdeathsig", "watchdog-only"])
def test_a_worker_exits_when_its_parent_is_killed(deathsig, record_property) -> None:
    """The guard a worker sets up in its initializer, with and without Linux's PR_SET_PDEATHSIG
    (the watchdog thread alone is the portable fallback)."""
    script = f"""
import os, sys, time
from kg.nlp.parallel import die_with_parent
parent = os.getpid()
child = os.fork()
if child == 0:
    die_with_parent(parent, deathsig={deathsig}, interval=0.1)
    print("ready", flush=True)
    time.sleep(600)  # a worker waiting for its next task
    os._exit(0)
time.sleep(600)
"""
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert parent.stdout is not None and parent.stdout.readline() == "ready\n"
        (worker,) = _children(parent.pid)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=30)
        seconds, survivors = _seconds_until_gone(parent.pid)
        _kill(survivors)
        assert survivors == [], f"the worker {worker} outlived its killed parent"
        record_property("seconds_until_worker_gone", round(seconds, 2))
        print(f"\n{'pdeathsig' if deathsig else 'watchdog only'}: worker gone {seconds:.2f} s after its parent's SIGKILL")
    finally:
        _kill(_living(parent.pid))


# --------------------------------------------------------------------------- one build per output folder

HOLD = """
import sys
from kg.outputs.folder import BuildLock
lock = BuildLock(sys.argv[1])
lock.acquire()
print("held", flush=True)
sys.stdin.read()
lock.release()
"""


@pytest.fixture()
def holder(tmp_path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the build lock of tmp_path/out until its stdin is closed."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path / "out")], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout is not None and process.stdout.readline() == "held\n"
    yield process
    if process.poll() is None:
        process.kill()
        process.wait()


def test_the_lock_names_its_holder_and_wait_waits_for_it(holder, tmp_path) -> None:
    out = tmp_path / "out"
    with pytest.raises(BuildLocked) as refused:
        BuildLock(out).acquire()
    message = str(refused.value)
    assert f"pid {holder.pid}" in message and str(out) in message and "--wait" in message
    assert refused.value.exit_code == 1

    waited: list[dict] = []
    waiting = BuildLock(out, wait=True, on_wait=waited.append)
    thread = threading.Thread(target=waiting.acquire)
    thread.start()
    deadline = time.monotonic() + 30
    while not waited and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [record["pid"] for record in waited] == [holder.pid]
    assert thread.is_alive()  # still waiting: the holder has not let go
    assert holder.stdin is not None
    holder.stdin.close()  # the holder releases the lock and ends
    holder.wait(timeout=30)
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert json.loads((out / LOCK_FILE).read_text())["pid"] == os.getpid()
    waiting.release()
    assert (out / LOCK_FILE).read_text() == ""  # released cleanly: an empty lock file


def test_a_lock_left_by_a_killed_build_is_taken_over(holder, tmp_path, caplog) -> None:
    out = tmp_path / "out"
    holder.kill()  # as the OOM killer would: no release, its pid stays in the file
    holder.wait(timeout=30)
    assert json.loads((out / LOCK_FILE).read_text())["pid"] == holder.pid
    with caplog.at_level("WARNING", logger="kg.outputs.folder"), BuildLock(out) as lock:
        assert lock.taken_over is not None and lock.taken_over["pid"] == holder.pid
        assert json.loads((out / LOCK_FILE).read_text())["pid"] == os.getpid()
        with BuildLock(out):  # this thread holds it already: taking it again is a no-op
            pass
        assert json.loads((out / LOCK_FILE).read_text())["pid"] == os.getpid()  # still held
    assert f"took over the build lock of pid {holder.pid}" in caplog.text


@pytest.mark.slow
def test_a_second_build_into_the_same_out_stops_at_once_or_waits(corpora, clean, tmp_path) -> None:
    """Two real builds into one --out: the second stops at once naming the first (exit 1), and with
    --wait it starts once the first is done. The first is paused (SIGSTOP) while it holds the lock,
    so the test does not depend on timing."""
    out = tmp_path / "out"
    first = subprocess.Popen([KG, "build", str(corpora["new"]), "--out", str(out), "--quiet", "--jobs", "1"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 60
    while not _lock_holder(out) == first.pid and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.01)
    assert _lock_holder(out) == first.pid
    first.send_signal(signal.SIGSTOP)
    try:
        second = _build(corpora["old"], out)
        assert second.returncode == 1, second.stderr
        assert f"another kg build is writing to '{out}' (pid {first.pid}" in second.stderr
        assert "--wait" in second.stderr and "Traceback" not in second.stderr
        waiter = subprocess.Popen([KG, "build", str(corpora["new"]), "--out", str(out), "--quiet", "--jobs", "1", "--wait"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
        assert waiter.stderr is not None
        line = waiter.stderr.readline()
        assert line.startswith(f"waiting for the other kg build writing to '{out}' (pid {first.pid}"), line
    finally:
        first.send_signal(signal.SIGCONT)
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    assert waiter.wait(timeout=300) == 0, waiter.stderr.read()
    assert _state(out) == clean("new")
    assert _leftovers(out) == [] and (out / LOCK_FILE).read_text() == ""


def _lock_holder(out: Path) -> int | None:
    try:
        return json.loads((out / LOCK_FILE).read_text() or "{}").get("pid")
    except (OSError, ValueError):
        return None


# --------------------------------------------------------------------------- a full disk


def _result(documents: int):
    """A small synthetic build result (no spaCy): ``documents`` documents, two statements each."""
    from kg.namespaces import actor_iri, statement_id
    from kg.types import Actor, Argument, BuildResult, Document, Relation, Statement

    china, japan = Actor(actor_iri("China"), "China", "Country"), Actor(actor_iri("Japan"), "Japan", "Country")
    docs, statements = [], []
    for index in range(documents):
        text = "China warned Japan. Japan replied to China."
        docs.append(Document(f"d{index}", text, f"d{index}.txt"))
        for start, end, subject, obj, lemma in ((0, 19, china, japan, "warn"), (20, len(text), japan, china, "reply")):
            sid = statement_id(f"d{index}", start, end, subject.label, lemma, obj.label)
            statements.append(Statement(sid, f"d{index}", text[start:end], start, end, Argument(subject, subject.label),
                                        Relation(lemma, lemma, "CONSULT", "verbal cooperation", "040"), Argument(obj, obj.label)))  # fmt: skip
    return BuildResult(documents=docs, statements=statements, actors={a.id: a for a in (china, japan)})


def _fail_at(point: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the disk fill up at ``point`` of writing the outputs."""
    import kg.outputs.store as store
    from kg.fileio import StagedFile

    if point in FILES:
        original, written = StagedFile.write, [0]

        def write(self, data: bytes) -> int:
            if self.path.name == point:
                written[0] += len(data)
                if written[0] > 256:  # a few lines in
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return original(self, data)

        monkeypatch.setattr(StagedFile, "write", write)
    elif point == "store":
        def filler(trig_file, chunk_bytes):  # Oxigraph reports RocksDB's ENOSPC as an errno-less OSError
            def fill(db):
                raise OSError("IO error: No space left on device: While appending to file: bulk-1.sst: No space left on device")
            return fill

        monkeypatch.setattr(store, "_trig_file_filler", filler)
    elif point == "store link":
        def symlink(*args, **kwargs):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(store.os, "symlink", symlink)


@pytest.mark.parametrize("point", [*FILES, "store", "store link"])
def test_a_full_disk_stops_the_write_and_keeps_the_previous_outputs(point, tmp_path, monkeypatch) -> None:
    from kg.pipeline import OUTPUTS_MANIFEST, write_outputs

    out = tmp_path / "out"
    write_outputs(_result(2), out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    old_quads = len(ox.Store.read_only(str(out / "store")))

    _fail_at(point, monkeypatch)
    with pytest.raises(DiskFull) as full:
        write_outputs(_result(5), out)
    message = str(full.value)
    assert message.startswith(f"no space left on the device of '{out}'") and "previous outputs are unchanged" in message
    assert full.value.exit_code == 1
    monkeypatch.undo()
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before  # every output, and the manifest: as they were
    assert OUTPUTS_MANIFEST in after
    assert len(ox.Store.read_only(str(out / "store"))) == old_quads
    assert _leftovers(out) == []
    assert (out / LOCK_FILE).read_text() == ""  # released
    write_outputs(_result(5), out)  # space again: the next write completes
    assert (out / "triples.jsonl").read_bytes() != before["triples.jsonl"]


def test_no_space_for_the_manifest_keeps_the_new_outputs_with_a_warning(tmp_path, monkeypatch, caplog) -> None:
    import kg.pipeline
    from kg.pipeline import OUTPUTS_MANIFEST, write_outputs

    out = tmp_path / "out"
    write_outputs(_result(2), out)

    def atomic_write_text(path, text):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(kg.pipeline, "atomic_write_text", atomic_write_text)
    with caplog.at_level("WARNING", logger="kg.pipeline"):
        write_outputs(_result(5), out)
    assert "could not be written (no space left)" in caplog.text
    assert not (out / OUTPUTS_MANIFEST).exists()  # so the next build renders them again
    assert (out / "triples.jsonl").read_text().count("\n") == 10  # the new outputs, complete
    assert len(ox.Store.read_only(str(out / "store"))) > 0 and _leftovers(out) == []


@pytest.mark.slow
def test_the_cache_stops_writing_when_the_disk_fills_up(nlp, corpora, tmp_path, monkeypatch, caplog) -> None:
    import pickle

    import kg.nlp.cache
    from kg.outputs.jsonl import triples_jsonl
    from kg.pipeline import build

    reference = build([corpora["old"]], nlp=nlp)
    original, calls = pickle.dump, []

    def dump(obj, handle, protocol=None):
        calls.append(1)
        if len(calls) > 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        original(obj, handle, protocol=protocol)

    monkeypatch.setattr(kg.nlp.cache.pickle, "dump", dump)
    cache = tmp_path / "cache"
    with caplog.at_level("WARNING", logger="kg.nlp.cache"):
        result = build([corpora["old"]], nlp=nlp, cache_dir=cache)
    assert triples_jsonl(result) == triples_jsonl(reference)
    warnings = [r.getMessage() for r in caplog.records if r.name == "kg.nlp.cache"]
    assert len(warnings) == 1 and "No space left on device" in warnings[0] and "not cached" in warnings[0]
    assert len(calls) == 3  # no write was tried after the first failure
    assert len(list(cache.rglob("*.pkl"))) == 2 and not list(cache.rglob("*.tmp"))



@contextlib.contextmanager
def _mounted(folder: Path, options: str) -> Iterator[Path]:
    """A tmpfs mounted at ``folder`` (skip, with the reason, where this user cannot mount)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root and mount(8); this runs as a user without them")
    run = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True, text=True)
    if run.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({run.stderr.strip()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.mark.slow
def test_a_build_on_a_disk_that_fills_up_stops_saying_so(corpora, clean, tmp_path) -> None:
    """End to end on a 4 MB tmpfs: the sample's build fits (~2.2 MB), a build of 30 documents
    (~4.8 MB, beside the old outputs until it is swapped in) does not."""
    with _mounted(tmp_path / "disk", "size=4m") as out:
        first = _build(corpora["old"], out)
        assert first.returncode == 0, first.stderr
        before = _state(out)
        assert before == clean("old")
        full = _build(corpora["new"], out)
        assert full.returncode == 1, full.stderr
        assert f"no space left on the device of '{out}'" in full.stderr
        assert "the previous outputs are unchanged" in full.stderr and "Traceback" not in full.stderr
        assert _state(out) == before
        assert _leftovers(out) == [] and (out / LOCK_FILE).read_text() == ""


@pytest.fixture()
def read_only(tmp_path) -> Iterator[Path]:
    """A folder this process cannot write in: permission bits for a user; for root, which writes
    through them, a read-only tmpfs."""
    folder = tmp_path / "read-only"
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        folder.mkdir()
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    with _mounted(folder, "ro,size=64k") as mounted:
        yield mounted


@pytest.mark.parametrize("where", [".", "sub/folder"])
def test_a_read_only_output_folder_is_refused_before_anything_is_parsed(read_only, where) -> None:
    out = read_only / where
    # a model that does not exist: had the build got as far as loading one, it would say that instead
    run = subprocess.run([KG, "build", str(SAMPLE), "--out", str(out), "--model", "no_such_model_xyz"],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 2, run.stderr
    assert f"cannot write to the output folder '{out}'" in run.stderr, run.stderr
    assert "nothing was parsed" in run.stderr
    assert "no_such_model_xyz" not in run.stderr and "Traceback" not in run.stderr


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["read-only", "another user's"])
def test_an_unusable_cache_is_a_warning_not_a_crash(fault, corpora, clean, tmp_path) -> None:
    out = tmp_path / "out"
    cache = out / ".cache"
    cache.mkdir(parents=True)
    if fault == "another user's":
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            pytest.skip("giving a folder to another user needs root")
        os.chown(cache, 65534, 65534)  # nobody
        context: contextlib.AbstractContextManager = contextlib.nullcontext(cache)
    elif hasattr(os, "geteuid") and os.geteuid() != 0:
        cache.chmod(0o555)
        context = contextlib.nullcontext(cache)
    else:
        context = _mounted(cache, "ro,size=64k")
    with context:
        run = _build(corpora["old"], out)
        assert run.returncode == 0, run.stderr
        assert f"the cache folder {cache}" in run.stderr and "building without the cache" in run.stderr
        assert _state(out) == clean("old")
        assert list(cache.rglob("*.pkl")) == []


# --------------------------------------------------------------------------- kg serve during a swap


@pytest.mark.slow
def test_kg_serve_answers_every_request_while_a_build_replaces_its_store(corpora, clean, tmp_path, record_property) -> None:
    """Clients query `kg serve` without pause while a real build (holding the output folder's
    lock) swaps a new store in: every request is answered, each with the old graph's count or the
    new one's, and once a request has been answered from the new graph, every later one is too."""
    out = tmp_path / "out"
    assert _build(corpora["old"], out).returncode == 0
    old, new = str(clean("old")["store"]), str(clean("new")["store"])
    port = free_port()
    answers: list[tuple[float, float, str]] = []  # (sent, answered, count or failure)
    stop = threading.Event()

    def client() -> None:
        with httpx.Client(timeout=60) as http:
            while not stop.is_set():
                sent = time.monotonic()
                try:
                    response = http.get(f"http://127.0.0.1:{port}/query", params={"query": STATEMENTS},
                                        headers={"Accept": "application/sparql-results+json"})  # fmt: skip
                    value = (response.json()["results"]["bindings"][0]["n"]["value"] if response.status_code == 200
                             else f"HTTP {response.status_code}")  # fmt: skip
                except (httpx.HTTPError, ValueError, LookupError) as exc:
                    value = repr(exc)
                answers.append((sent, time.monotonic(), value))

    with running([KG, "serve", "--store", str(out), "--port", str(port)], port):
        clients = [threading.Thread(target=client) for _ in range(4)]
        for thread in clients:
            thread.start()
        try:
            build = subprocess.Popen([KG, "build", str(corpora["new"]), "--out", str(out), "--quiet", "--jobs", "1"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
            link, held, swapped = os.readlink(out / "store"), False, None
            while build.poll() is None:
                held = held or _lock_holder(out) == build.pid
                if swapped is None and os.readlink(out / "store") != link:
                    swapped = time.monotonic()
                time.sleep(0.01)
            assert build.wait(timeout=600) == 0, build.stderr.read() if build.stderr else ""
            swapped = swapped or time.monotonic()
            deadline = time.monotonic() + 60
            while sum(value == new for *_, value in answers) < 100 and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            stop.set()
            for thread in clients:
                thread.join(timeout=120)
    values = [value for *_, value in answers]
    wrong = sorted({value for value in values if value not in (old, new)})
    assert wrong == [], f"answers neither the old graph's ({old}) nor the new one's ({new}): {wrong}"
    assert values.count(old) > 0 and values.count(new) > 0
    assert held  # the build held the output folder's lock while it ran
    first_new = min(answered for _, answered, value in answers if value == new)
    assert [value for sent, _, value in answers if sent > first_new and value != new] == []
    figures = {"requests": len(values), "old": values.count(old), "new": values.count(new),
               "seconds_from_swap_to_new_graph": round(first_new - swapped, 2)}  # fmt: skip
    print(f"\nkg serve during a store swap: {figures}")
    for key, value in figures.items():
        record_property(key, value)


def test_a_build_that_read_nothing_removes_the_folder_it_made_and_a_waiting_build_starts_again(tmp_path):
    """The first holder made the folder and read no document: it removes the folder (lock file
    included) while still holding the lock; a build waiting on that lock notices its lock file is
    gone, makes the folder again and holds a lock that a third build can see."""
    out = tmp_path / "new"
    first = BuildLock(out)
    first.acquire()
    acquired = threading.Event()
    second = BuildLock(out, wait=True)

    def wait_for_it() -> None:
        second.acquire()
        acquired.set()

    waiter = threading.Thread(target=wait_for_it)
    waiter.start()
    time.sleep(0.5)  # let it block on the lock (no assertion on time: only on the state after)
    assert not acquired.is_set()
    first.release(remove_empty_folder=True)
    waiter.join(timeout=30)
    assert acquired.is_set() and (out / LOCK_FILE).is_file()
    assert json.loads((out / LOCK_FILE).read_text())["pid"] == os.getpid()
    with pytest.raises(BuildLocked):  # the lock the second build holds is the one on the path
        BuildLock(out).acquire()
    (out / "triples.jsonl").write_text("{}\n")
    second.release(remove_empty_folder=True)  # not empty: kept
    assert (out / "triples.jsonl").is_file() and (out / LOCK_FILE).read_text() == ""
