"""Incremental builds: each document's parse is cached by its content, model and the code and data
extraction reads (:func:`kg.fingerprint.extraction_fingerprint`).

An entry is the :class:`~kg.types.ParsedDocument` of one document (mentions and raw statements,
before corpus-wide resolution), pickled into ``<cache>/<key[:2]>/<key>.pkl``. Entries are written
to a temporary file and renamed into place, so a killed run leaves either a whole entry or none;
an entry that cannot be read back is treated as missing and rebuilt.
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
        path = self._path(self.key(document))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                # No fsync: the rename alone makes a killed run leave a whole entry or none, and
                # an entry torn by a power loss fails to unpickle and is rebuilt (see get); an
                # fsync per document would cost more than parsing small ones.
                pickle.dump(parsed, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            self.writes += 1
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
