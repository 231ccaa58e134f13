"""The evidence files of an overview page (``graph.data/``): written beside the page, atomically with
it, and read back by ``kg view``'s JSON answers.

Layout: ``graph.data/<build>/evidence-0000.js`` ... where ``<build>`` is the page's build token.
Each file is one script, ``kgEvidence({"build": ..., "shard": k, "rows": [...]});``, whose rows are
``[statement index, statement id, relation text, sentence, confidence]``; the page knows which file
holds an actor's statements (as subject or object; an actor of many statements has several files,
a fixed number of its statements each, in page order), so a click loads one or two small files.

A new build writes its files into a staging folder inside ``graph.data/``, renames it to
``graph.data/<build>`` *before* the page that names it is renamed into place, and removes the other
builds' folders only after: whichever page is live, the folder it names is complete. A page that
embeds its evidence removes ``graph.data/`` altogether.
"""

from __future__ import annotations

import base64
from bisect import bisect_left
import json
import os
import re
import shutil
import sys
import tempfile
import threading
from array import array
from collections import OrderedDict
from pathlib import Path
from typing import Any

from kg.fileio import fsync_directory

SHARD_PREFIX = "evidence-"
_STAGING_PREFIX = ".tmp-"
_ASIDE_PREFIX = ".old-"
_DATA_BLOCK = re.compile(rb'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


def data_folder(page: Path) -> Path:
    """``graph.html`` -> ``graph.data``: where a page's evidence lives."""
    return Path(page).with_suffix(".data")


def shard_name(shard: int) -> str:
    """
    >>> shard_name(7), shard_name(12345)
    ('evidence-0007.js', 'evidence-12345.js')
    """
    return f"{SHARD_PREFIX}{shard:04d}.js"


def shard_script(build: str, shard: int, rows_json: str) -> str:
    """One evidence file: a call of the page's registration function (``file://`` forbids fetch,
    not scripts). ``rows_json`` is script-safe JSON (:func:`kg.outputs.page.script_json`)."""
    return f'kgEvidence({{"build":"{build}","shard":{shard},"rows":{rows_json}}});\n'


def read_shard(path: Path) -> dict[str, Any]:
    """An evidence file's payload (the JSON inside ``kgEvidence(...)``)."""
    text = Path(path).read_text(encoding="utf-8").strip()
    if not (text.startswith("kgEvidence(") and text.endswith(");")):
        raise ValueError(f"{path} is not an evidence file")
    return json.loads(text[len("kgEvidence(") : -2])


class EvidenceFolder:
    """A page's evidence folder being replaced: :meth:`begin` a staging folder, :meth:`write` files
    into it, :meth:`commit` it (before the page), :meth:`prune` the other builds' (after the page);
    :meth:`discard` after a failure."""

    def __init__(self, page: Path) -> None:
        self.root = data_folder(page)
        self.build: str | None = None
        self.staging: Path | None = None
        self.committed = False
        self.files = 0

    @property
    def url(self) -> str:
        """The folder as the page names it, relative to the page."""
        return f"{self.root.name}/{self.build}"

    def begin(self, build: str) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        self.build = build
        self.staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=self.root))
        os.chmod(self.staging, 0o777 & ~_umask())
        return self.staging

    def write(self, name: str, text: str) -> int:
        """One file of the folder, flushed to disk (the rename that publishes it comes later)."""
        assert self.staging is not None, "begin() first"
        data = text.encode("utf-8")
        with open(self.staging / name, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        self.files += 1
        return len(data)

    def commit(self) -> None:
        """Move the staging folder to ``graph.data/<build>`` (a folder of the same build is replaced)."""
        if self.staging is None or self.committed:
            return
        fsync_directory(self.staging)
        target = self.root / str(self.build)
        aside = None
        if target.exists():  # the same statements written again (another kg version, say)
            aside = Path(tempfile.mkdtemp(prefix=_ASIDE_PREFIX, dir=self.root))
            aside.rmdir()
            target.rename(aside)
        os.rename(self.staging, target)
        self.committed = True
        fsync_directory(self.root)
        if aside is not None:
            shutil.rmtree(aside, ignore_errors=True)

    def prune(self) -> None:
        """Once the page is in place: remove every other build's folder (all of ``graph.data`` when
        this page embeds its evidence and wrote none)."""
        if not self.committed:
            if self.root.is_dir():
                shutil.rmtree(self.root, ignore_errors=True)
            return
        for entry in self.root.iterdir():
            if entry.name != self.build:
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)

    def discard(self) -> None:
        """After a failure: the staging folder goes (a committed folder is another build's now)."""
        if self.staging is not None and not self.committed:
            shutil.rmtree(self.staging, ignore_errors=True)
            try:
                self.root.rmdir()  # only if nothing else is there
            except OSError:
                pass


def remove_staging_leftovers(page: Path) -> None:
    """Staging folders of a build killed before it could clean up (never read: only freed)."""
    root = data_folder(page)
    if root.is_dir():
        for prefix in (_STAGING_PREFIX, _ASIDE_PREFIX):
            for leftover in root.glob(f"{prefix}*"):
                shutil.rmtree(leftover, ignore_errors=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# ---------------------------------------------------------------------------- packed columns


def pack(values: list[int]) -> dict[str, str]:
    """Non-negative integers as the smallest little-endian typed array, base64: the page decodes
    it with ``atob`` into a ``Uint8Array``/``Uint16Array``/``Uint32Array`` (~2.7 bytes a value
    where JSON takes 5-6).

    >>> pack([1, 2, 300])
    {'t': 'u16', 'b': 'AQACACwB'}
    >>> unpack(pack([1, 2, 300]))
    [1, 2, 300]
    """
    top = max(values, default=0)
    code, name = ("B", "u8") if top < 1 << 8 else ("H", "u16") if top < 1 << 16 else ("L", "u32")
    packed = array(code, values)
    if code == "L" and packed.itemsize != 4:  # 'L' is 8 bytes on some platforms
        packed = array("I", values)
    if sys.byteorder == "big":
        packed.byteswap()
    return {"t": name, "b": base64.b64encode(packed.tobytes()).decode("ascii")}


def unpack(column: dict[str, str]) -> list[int]:
    code = {"u8": "B", "u16": "H", "u32": "I" if array("I").itemsize == 4 else "L"}[column["t"]]
    values = array(code)
    values.frombytes(base64.b64decode(column["b"]))
    if sys.byteorder == "big":
        values.byteswap()
    return values.tolist()


# ---------------------------------------------------------------------------- reading (kg view)


class EvidenceIndex:
    """What ``kg view`` needs to answer "the evidence of this actor, pair or event" as JSON: the
    overview page's own columns (read from its data block) and its evidence files."""

    def __init__(self, page: Path, data: dict[str, Any]) -> None:
        evidence = data["evidence"]
        self.page = Path(page)
        self.build: str = evidence["build"]
        self.folder = self.page.parent / evidence["dir"]
        self.shard_of = unpack(evidence["shard"])
        self.chunk: int = evidence["chunk"]
        actors = data["actors"]
        self.actor_ids = [actors["prefix"] + suffix for suffix in actors["ids"]]
        self.actor_index = {iri: index for index, iri in enumerate(self.actor_ids)}
        statements = data["statements"]
        self.subjects = unpack(statements["from"])
        self.objects = unpack(statements["to"])
        self.events = unpack(statements["event"])
        self.by_actor: dict[int, list[int]] = {}
        self.by_event: dict[int, list[int]] = {}
        for i, (subject, obj, event) in enumerate(zip(self.subjects, self.objects, self.events)):
            self.by_actor.setdefault(subject, []).append(i)
            if obj != subject:
                self.by_actor.setdefault(obj, []).append(i)
            if event:  # 0: an event of one report, asked for as its pair
                self.by_event.setdefault(event, []).append(i)
        self._shards: OrderedDict[int, dict[int, list[Any]]] = OrderedDict()
        self._lock = threading.Lock()

    @classmethod
    def load(cls, page: Path) -> EvidenceIndex:
        """Raises ``LookupError`` for a page that carries its own evidence (nothing to answer)."""
        match = _DATA_BLOCK.search(Path(page).read_bytes())
        if match is None:
            raise LookupError(f"{page} is not a kg viewer page")
        data = json.loads(match.group(1))
        if data.get("format") != "overview":
            raise LookupError(f"{page} carries its evidence itself")
        return cls(page, data)

    def actor(self, key: str) -> int:
        """An actor by its index in the page or its IRI."""
        index = int(key) if key.isdigit() else self.actor_index.get(key, -1)
        if not 0 <= index < len(self.actor_ids):
            raise KeyError(f"no actor {key!r} in this page")
        return index

    def event(self, key: str) -> int:
        """An event of several reports by its number in the page (1, 2, ...)."""
        index = int(key) if key.isdigit() else -1
        if index not in self.by_event:
            raise KeyError(f"no event {key!r} in this page")
        return index

    def statements(self, actor: int | None = None, pair: tuple[int, int] | None = None, event: int | None = None) -> list[int]:
        """Statement indexes of one actor, one (subject, object) pair or one event, in page order."""
        if actor is not None:
            return self.by_actor.get(actor, [])
        if pair is not None:
            return [i for i in self.by_actor.get(pair[0], []) if (self.subjects[i], self.objects[i]) == pair]
        if event is not None:
            return self.by_event.get(event, [])
        raise ValueError("actor, pair or event")

    def rows(self, indexes: list[int], actor: int | None = None) -> list[list[Any]]:
        """The evidence rows of ``indexes`` (each from its subject's file, or ``actor``'s when it
        takes part), in the order given."""
        found = []
        for i in indexes:
            owner = actor if actor in (self.subjects[i], self.objects[i]) else self.subjects[i]
            found.append(self._shard(self.file_of(owner, i))[i])
        return found

    def file_of(self, actor: int, statement: int) -> int:
        """The file that holds ``statement`` among ``actor``'s (a large actor's are in several)."""
        listing = self.by_actor[actor]
        if len(listing) <= self.chunk:
            return self.shard_of[actor]
        return self.shard_of[actor] + bisect_left(listing, statement) // self.chunk

    def _shard(self, shard: int) -> dict[int, list[Any]]:
        with self._lock:
            if shard in self._shards:
                self._shards.move_to_end(shard)
                return self._shards[shard]
        payload = read_shard(self.folder / shard_name(shard))
        if payload["build"] != self.build:
            raise LookupError(f"{shard_name(shard)} belongs to another build")
        rows = {row[0]: row for row in payload["rows"]}
        with self._lock:
            self._shards[shard] = rows
            while len(self._shards) > 16:
                self._shards.popitem(last=False)
        return rows
