"""Incremental builds: each document's parse is cached by its content, model and the code and data
extraction reads (:func:`kg.fingerprint.extraction_fingerprint`).

An entry is the :class:`~kg.types.ParsedDocument` of one document (mentions and raw statements,
before corpus-wide resolution), pickled into ``<cache>/<key[:2]>/<key>.pkl``. Entries are written
to a temporary file and renamed into place, so a killed run leaves either a whole entry or none;
an entry that cannot be read back is treated as missing and rebuilt.

The cache only saves time, so it never stops a build: a cache folder that cannot be written (a
read-only mount, another user's folder) or that belongs to another user is not used, with a
warning (:func:`usable_cache`), and an entry that cannot be written (the disk filled up) turns
writing off for the rest of the build, with one warning.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

from spacy.language import Language

from kg.fingerprint import extraction_fingerprint
from kg.nlp.model import pipeline_id
from kg.types import Document, ParsedDocument

log = logging.getLogger(__name__)

CACHE_DIR = ".cache"


def usable_cache(folder: Path) -> Path | None:
    """``folder`` when parse results can be cached there; otherwise ``None``, with a warning saying
    why and that every document will be parsed.

    Not used: a folder that cannot be created or written (the probe is a real write, so it holds
    for root too), and a folder another user owns: its entries are pickles, and reading a pickle
    runs whatever code its writer put in it.
    """
    folder = Path(folder)
    without = "building without the cache (every document is parsed; nothing is cached)"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        owner = folder.stat().st_uid
        if hasattr(os, "geteuid") and owner != os.geteuid():
            log.warning(
                "the cache folder %s belongs to another user (uid %d); its entries are pickles, which run code "
                "when read: %s. Use --no-cache, or remove or chown the folder", folder, owner, without,
            )
            return None
        fd, probe = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        log.warning("the cache folder %s cannot be written (%s): %s", folder, exc.strerror or exc, without)
        return None
    remove_dead_writers_entries(folder)
    return folder


def remove_dead_writers_entries(folder: Path) -> None:
    """Half-written entries of a build killed while it wrote them (``.entry-<pid>-*.tmp``, whose
    process is gone): a SIGKILL leaves them, since no handler runs. They are never read (an entry
    is only ever renamed into place); this frees the space and leaves the folder clean."""
    for tmp in folder.glob("*/.entry-*-*.tmp"):
        pid = tmp.name.split("-")[1]
        if pid.isdigit() and not _running(int(pid)):
            tmp.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True


class DocumentCache:
    """Parsed documents on disk, keyed by ``sha256(extraction fingerprint, model, id, text)``.

    ``model`` is a loaded pipeline or its :func:`~kg.nlp.model.pipeline_id` (so that a re-build can look
    entries up before, or without, loading the model).
    """

    def __init__(self, folder: Path, model: Language | str) -> None:
        self.folder = Path(folder)
        self.salt = f"{extraction_fingerprint()}\x1f{model if isinstance(model, str) else pipeline_id(model)}"
        self.hits = 0
        self.misses = 0
        self.writes = 0
        self.writing = True
        """False once an entry could not be written (see :meth:`put`)."""

    def key(self, document: Document) -> str:
        return hashlib.sha256(f"{self.salt}\x1f{document.id}\x1f{document.text}".encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, document: Document) -> ParsedDocument | None:
        path = self._path(self.key(document))
        try:
            with path.open("rb") as handle:
                parsed = pickle.load(handle)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception as exc:  # a damaged entry is never trusted: rebuild it
            log.warning("ignoring unreadable cache entry %s (%s)", path, exc)
            self.misses += 1
            return None
        if not isinstance(parsed, ParsedDocument):
            self.misses += 1
            return None
        self.hits += 1
        return parsed

    def put(self, document: Document, parsed: ParsedDocument) -> None:
        """Write the entry of ``document``; an entry that cannot be written (no space, no
        permission) is skipped, and so is every later one, after one warning."""
        if not self.writing:
            return
        path = self._path(self.key(document))
        tmp: str | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".entry-{os.getpid()}-", suffix=".tmp", dir=path.parent)
            with os.fdopen(fd, "wb") as handle:
                # No fsync: the rename alone makes a killed run leave a whole entry or none, and
                # an entry torn by a power loss fails to unpickle and is rebuilt (see get); an
                # fsync per document would cost more than parsing small ones.
                pickle.dump(parsed, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            self.writes += 1
        except OSError as exc:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            self.writing = False
            log.warning(
                "cannot write to the cache %s (%s): the rest of this build is not cached (%d entries were written)",
                self.folder, exc.strerror or exc, self.writes,
            )
        except BaseException:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            raise
