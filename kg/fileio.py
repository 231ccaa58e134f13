"""Atomic file output: a crash or a failed run never leaves a half-written file behind."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO


def current_umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def fsync_directory(directory: Path) -> None:
    """Make renames in ``directory`` durable (a power cut after ``os.replace`` may otherwise lose them)."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:  # some file systems cannot fsync a directory; the rename itself stays atomic
        pass
    finally:
        os.close(fd)


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to a temp file in the same directory, fsync it, then rename over ``path``.

    The rename is atomic on POSIX, so readers see the old complete file or the new one.
    """
    with StagedFile(Path(path)) as staged:
        staged.write(text.encode("utf-8"))
        staged.commit()


class StagedFile:
    """A binary file written under a temp name beside ``path`` and moved over it only by
    :meth:`commit` (fsync, then an atomic rename): an output can be streamed to disk, never held
    whole in memory, and still be replaced all at once. Its SHA-256 is computed as it is written.

    Used as a context manager, a file left uncommitted (an exception, a missing ``commit``) is
    removed when the block ends.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.tmp = Path(tmp)
        try:
            os.chmod(tmp, 0o666 & ~current_umask())  # mkstemp makes 0600; outputs are ordinary files
            self._handle = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self.tmp.unlink(missing_ok=True)
            raise
        self._digest = hashlib.sha256()
        self.committed = False

    def write(self, data: bytes) -> int:
        if self._digest is not None:
            self._digest.update(data)
        return self._handle.write(data)

    def flush(self) -> None:
        self._handle.flush()

    def copy_range(self, source: BinaryIO, offset: int, count: int) -> None:
        """Append ``count`` bytes of ``source`` from ``offset``, copied by the kernel where it can
        (``os.copy_file_range``): an update copies most of an output from its previous version.
        The bytes copied are not hashed (:attr:`sha256` no longer describes the file)."""
        self._handle.flush()
        self._digest = None  # type: ignore[assignment]
        target = self._handle.fileno()
        copy = getattr(os, "copy_file_range", None)
        while count > 0:
            done = 0
            if copy is not None:
                try:
                    done = copy(source.fileno(), target, count, offset)
                except OSError:
                    copy = None
            if not done:
                source.seek(offset)
                chunk = source.read(min(count, 1 << 20))
                if not chunk:
                    raise OSError(f"{getattr(source, 'name', 'the source')} ends before the bytes to copy")
                self._handle.write(chunk)
                self._handle.flush()
                done = len(chunk)
            offset += done
            count -= done

    @property
    def sha256(self) -> str:
        """Hex digest of every byte written so far ("" once :meth:`copy_range` was used)."""
        return self._digest.hexdigest() if self._digest is not None else ""

    def finish(self) -> None:
        """Flush and fsync the temp file and close it (the data is durable; not yet in place)."""
        if not self._handle.closed:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()

    def commit(self) -> None:
        """Move the finished file over ``path`` (atomic on POSIX) and make the rename durable."""
        self.finish()
        os.replace(self.tmp, self.path)
        self.committed = True
        fsync_directory(self.path.parent)

    def discard(self) -> None:
        """Close and remove the temp file, unless it was committed."""
        self._handle.close()
        if not self.committed:
            self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> StagedFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()
