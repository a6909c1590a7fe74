"""File-system chores of saving: flushing, atomic writes, hashes, leftovers of crashes."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import os
from pathlib import Path

from app.storage import lock


def sha256(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fsync_file(path: Path) -> None:
    """Flush a file's data to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries, so that a rename in it survives a power cut."""
    if os.name == "nt":  # pragma: no cover - directories cannot be fsynced on Windows
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path: Path, text: str) -> None:
    """Replace a small text file atomically."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def remove_leftovers(target: Path) -> None:
    """Remove the temporary files of saves that a crash interrupted (never another
    live process's)."""
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp*"):
        pid = leftover.name[len(target.name) + 2 :].split(".", 1)[0]
        if pid.isdigit() and (int(pid) == os.getpid() or not lock.process_alive(int(pid))):
            discard(leftover)


def discard(path: Path) -> None:
    """Remove a file if it can be removed; never raise."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def describe(error: BaseException) -> str:
    """A short reason for an error, for the end of a user message."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def marker_path(working: Path) -> Path:
    """The marker saying a working copy holds changes its file does not have."""
    return working.with_suffix(".dirty")


def remove_working_copy(working: Path) -> None:
    """Remove a working copy with its side files, metadata and marker."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(working) + suffix).unlink(missing_ok=True)
    if not working.name.endswith(".opening.sqlite"):
        working.with_suffix(".json").unlink(missing_ok=True)
        marker_path(working).unlink(missing_ok=True)
