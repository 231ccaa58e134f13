"""The output folder of a build: can it be written, and is another build writing to it.

``kg build`` checks both before it loads the model or parses anything:

- :func:`check_writable` creates the folder and a probe file in it. A read-only file system, a
  folder without write permission (root included: the probe is a real write, not a permission
  bit check) or a full disk is an error at once, not after minutes of parsing.
- :class:`BuildLock`: one build at a time per output folder. ``<out>/.kg-build.lock`` is locked
  with ``flock`` and holds the holder's pid, host, start time and command line, so a second build
  names the first. The kernel releases the lock when the holder dies, however it dies, so a lock
  left by a killed build is taken over by the next one (which says so). The file is never
  removed, only emptied: removing a lock file races with a process that has just opened it.

Readers (``kg query``, ``kg serve``) take no lock: outputs are only ever renamed into place.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from kg.errors import BuildLocked, DiskFull, OutputNotWritable

try:
    import fcntl
except ImportError:  # pragma: no cover (not POSIX): the pid in the file is the only guard
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

LOCK_FILE = ".kg-build.lock"

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def is_disk_full(exc: BaseException) -> bool:
    """An ``OSError`` that means no space (or quota) is left. Oxigraph reports RocksDB's errors
    as an ``OSError`` without an errno, with the C library's text in the message."""
    if not isinstance(exc, OSError):
        return False
    if exc.errno in DISK_FULL_ERRNOS:
        return True
    return exc.errno is None and any(text in str(exc) for text in ("No space left on device", "Disk quota exceeded"))


def free_space(folder: Path) -> str:
    """Free space on ``folder``'s file system, for messages ("12 KB free"), or "" when unknown."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return ""
    for unit in ("bytes", "KB", "MB", "GB"):
        if free < 1024 or unit == "GB":
            return f"{free:,.0f} {unit} free" if unit == "bytes" else f"{free:,.1f} {unit} free"
        free /= 1024
    return ""  # pragma: no cover


def disk_full(folder: Path, doing: str, exc: OSError, *, kept: str = "the previous outputs are unchanged") -> DiskFull:
    """The :class:`~kg.errors.DiskFull` to raise for ``exc``, raised while ``doing``."""
    space = free_space(folder)
    return DiskFull(
        f"no space left on the device of '{folder}'{f' ({space})' if space else ''} while {doing}: {kept} "
        "and no temporary file is left; free some space (or raise the quota) and build again, or build into "
        "another --out"
    )


def check_writable(out_dir: Path) -> None:
    """Create ``out_dir`` if needed and write, then remove, a probe file in it.

    Raises :class:`~kg.errors.OutputNotWritable` (exit 2) when the folder cannot be created or
    written, :class:`~kg.errors.DiskFull` when the probe finds no space.
    """
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".kg-probe-", suffix=".tmp", dir=out_dir)
        try:
            os.write(fd, b"kg")
        finally:
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        if is_disk_full(exc):
            raise disk_full(out_dir, "checking that the output folder can be written", exc, kept="nothing was parsed") from None
        reason = exc.strerror or str(exc)
        raise OutputNotWritable(
            f"cannot write to the output folder '{out_dir}' ({reason}): nothing was parsed; build into a "
            "writable --out, or make this folder writable for this user"
        ) from None


def describe(holder: dict) -> str:
    """``pid 123 on host, started 2025-01-01 10:00:00 UTC: kg build ...`` from a lock's record."""
    if not holder.get("pid"):
        return "a process that has not written its pid yet"
    text = f"pid {holder['pid']}"
    if holder.get("host") and holder["host"] != socket.gethostname():
        text += f" on {holder['host']}"
    if holder.get("started"):
        text += f", started {holder['started']}"
    if holder.get("command"):
        text += f": {holder['command']}"
    return text


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's live process
        return True
    return True


class BuildLock:
    """The advisory lock of one output folder (see the module doc). A context manager.

    ``wait``: when another build holds the lock, wait for it (``on_wait(holder)`` is called once
    first) instead of raising :class:`~kg.errors.BuildLocked`. Taking the lock again in the same
    thread of the same process (the CLI, then :func:`kg.pipeline.write_outputs`) is a no-op.
    """

    _held: dict[tuple[str, int], int] = {}  # (lock file, thread) -> how many times taken
    _guard = threading.Lock()

    def __init__(self, out_dir: Path, *, wait: bool = False, on_wait: Callable[[dict], None] | None = None) -> None:
        self.out_dir = Path(out_dir)
        self.path = self.out_dir / LOCK_FILE
        self.wait = wait
        self.on_wait = on_wait
        self._fd: int | None = None
        self._key = (os.path.realpath(self.path), threading.get_ident())
        self.taken_over: dict | None = None
        """The record of a build that died holding the lock, when this one took it over."""

    def __enter__(self) -> BuildLock:
        self.acquire()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()

    def acquire(self) -> None:
        self._key = (os.path.realpath(self.path), threading.get_ident())  # the thread that takes it
        with self._guard:
            if self._key in self._held:
                self._held[self._key] += 1
                return
        while True:
            check_writable(self.out_dir)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
            try:
                self._lock(fd)
            except BaseException:
                os.close(fd)
                raise
            if _same_file(fd, self.path):
                break
            os.close(fd)  # the holder removed the folder it had made (it read nothing): start again
        try:
            previous = _read(fd)
            if previous.get("pid") and previous.get("pid") != os.getpid():
                self.taken_over = previous
                log.warning(
                    "took over the build lock of %s, which ended without releasing it (killed, or its machine "
                    "went down); its temporary files are removed before the outputs are written", describe(previous)
                )
            record = {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
                "command": " ".join([os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "python", *sys.argv[1:]]),
            }
            data = json.dumps(record).encode()
            os.ftruncate(fd, 0)
            if os.pwrite(fd, data, 0) != len(data):
                raise OSError(errno.ENOSPC, "short write")
        except OSError as exc:
            os.close(fd)
            if is_disk_full(exc):
                raise disk_full(self.out_dir, f"writing {self.path.name}", exc, kept="nothing was parsed") from None
            raise
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        with self._guard:
            self._held[self._key] = 1

    def _lock(self, fd: int) -> None:
        if fcntl is None:  # pragma: no cover: a live pid in the file is the lock
            holder = _read(fd)
            if holder.get("pid") and holder["pid"] != os.getpid() and _alive(int(holder["pid"])):
                raise BuildLocked(self._message(holder))
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        holder = _read(fd)
        if not holder.get("pid"):  # it has the lock but has not written its record yet
            time.sleep(0.2)
            holder = _read(fd)
        if not self.wait:
            raise BuildLocked(self._message(holder))
        if self.on_wait is not None:
            self.on_wait(holder)
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _message(self, holder: dict) -> str:
        return (
            f"another kg build is writing to '{self.out_dir}' ({describe(holder)}); wait for it to finish, "
            f"run again with --wait to start when it has, or build into another --out (lock: {self.path})"
        )

    def release(self, remove_empty_folder: bool = False) -> None:
        """Release the lock; with ``remove_empty_folder``, first remove the output folder when it
        holds nothing but the lock file (and empty folders): what a build that read no document
        leaves in a folder it made. Done while the lock is held, so a build waiting for it sees the
        lock file gone and starts again (:meth:`acquire`)."""
        with self._guard:
            count = self._held.get(self._key, 0)
            if count > 1:
                self._held[self._key] = count - 1
                return
            self._held.pop(self._key, None)
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if remove_empty_folder and _remove_if_only(self.out_dir, self.path):
                return
            os.ftruncate(fd, 0)  # an empty file: released cleanly (a pid left in it: the holder died)
        except OSError:
            pass
        finally:
            os.close(fd)  # releases the flock


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


def _remove_if_only(out_dir: Path, lock_file: Path) -> bool:
    """Remove ``out_dir`` when it holds only ``lock_file`` and empty folders; whether it did."""
    entries = list(out_dir.iterdir())
    if any(e != lock_file and not (e.is_dir() and not e.is_symlink() and not any(e.iterdir())) for e in entries):
        return False
    lock_file.unlink()
    for entry in entries:
        if entry != lock_file:
            entry.rmdir()
    out_dir.rmdir()
    return True


def _read(fd: int) -> dict:
    try:
        data = os.pread(fd, 4096, 0)
        record = json.loads(data) if data.strip() else {}
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}
