"""File-system chores of saving: flushing, retries, copies with a hash, free space, names.

Written for Windows as much as for Linux: a file is flushed through a handle opened for
writing (`FlushFileBuffers` refuses a read-only one), a folder is flushed only where that
exists, and renames and removals are retried for about a second when an antivirus, a
sync client or the search indexer holds the file for a moment (sharing violations).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import sqlite3
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

BLOCK = 1 << 20
#: Pauses between attempts when a file is held by another program: about 1 s in all, as
#: KeePassXC and pip wait.
SHARING_DELAYS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
_BINARY = getattr(os, "O_BINARY", 0)


def sha256(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def retry_sharing(action: Callable[[], T], *, quiet: bool = False) -> T | None:
    """Run `action`, again after short pauses while it fails with PermissionError.

    On Windows, a file that another program holds open cannot be renamed or removed
    (WinError 5 or 32, both a PermissionError); the holder lets go within a second.
    `quiet` swallows the last failure (for chores whose failure loses nothing).
    """
    for delay in (*SHARING_DELAYS, None):
        try:
            return action()
        except PermissionError:
            if delay is None:
                if quiet:
                    return None
                raise
            time.sleep(delay)
        except OSError:
            if quiet:
                return None
            raise
    return None  # pragma: no cover - the loop always returns or raises


def replace(source: Path, target: Path) -> None:
    """os.replace, retried while another program holds either file."""
    retry_sharing(lambda: os.replace(source, target))


def fsync_file(path: Path) -> None:
    """Flush a file's data to the disk, through a handle opened for writing (Windows'
    FlushFileBuffers needs write access: a read-only handle gives EBADF)."""
    fd = os.open(path, os.O_RDWR | _BINARY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries, so that a rename in it survives a power cut.

    Windows has no such call (a folder cannot be opened as a file): skipped there, NTFS
    journals its metadata itself.
    """
    if os.name == "nt":  # pragma: no cover - no directory fsync on Windows
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path: Path, text: str) -> None:
    """Replace a small text file atomically (its temporary file flushed first)."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        replace(tmp, path)
    except OSError:
        discard(tmp)
        raise


def copy_hashing(
    source: Path, target: Path, *, mode_of: os.stat_result | None = None,
    flush: bool = True, hashing: bool = True,
) -> str:
    """Copy `source` into a new file `target` (which must not exist); its SHA-256.

    The copy is a plain sequential write, with no SQLite journal or other side file on
    the target's media, flushed to the disk unless `flush` is False. `mode_of` gives the
    permissions (and the owner, when this process may set it) of the file the copy will
    replace. `hashing=False` skips the hash (and returns "").
    """
    digest = hashlib.sha256() if hashing else None
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
    try:
        if mode_of is not None:
            keep_mode_and_owner(fd, target, mode_of)
        with open(source, "rb") as src:
            for block in iter(lambda: src.read(BLOCK), b""):
                if digest is not None:
                    digest.update(block)
                view = memoryview(block)
                while view:
                    view = view[os.write(fd, view):]
        if flush:
            os.fsync(fd)
    finally:
        os.close(fd)
    return digest.hexdigest() if digest is not None else ""


def keep_mode_and_owner(fd: int, path: Path, original: os.stat_result) -> None:
    """Give a new file the permissions and owner of the file it will replace.

    Without it a `0600` file came back `0644`, readable by every user of the machine. The
    owner can only be set by a privileged process or to the same owner; otherwise it stays.
    """
    if hasattr(os, "fchmod"):
        os.fchmod(fd, stat.S_IMODE(original.st_mode))
    else:  # pragma: no cover - Windows: only the read-only flag exists, and it is clear
        return
    if hasattr(os, "fchown"):
        with contextlib.suppress(PermissionError):
            os.fchown(fd, original.st_uid, original.st_gid)


def free_bytes(folder: Path) -> int | None:
    """Free space where `folder` lives (None when it cannot be known)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def is_disk_full(error: BaseException) -> bool:
    """True for an error that says the disk (or the user's quota) is full."""
    error = getattr(error, "orig", None) or error
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) or getattr(
            error, "winerror", None) in (39, 112)
    if isinstance(error, sqlite3.Error):
        return (getattr(error, "sqlite_errorcode", 0) & 0xFF) == 13  # SQLITE_FULL
    return False


def temp_path(target: Path) -> Path:
    """The temporary file a save writes beside `target` before the rename.

    Its name is no longer than the target's (from 7 characters on), so that it never
    pushes a path past Windows' 260 characters when the file itself does not; it is
    derived from the target's name, so that the lock holder knows a leftover for its file.
    The `~…tmp` form is what sync clients (OneDrive) leave alone.
    """
    digest = hashlib.sha256(target.name.encode("utf-8")).hexdigest()
    size = max(2, min(8, len(target.name) - 5))
    return target.with_name(f"~{digest[:size]}.tmp")


def discard(path: Path) -> None:
    """Remove a file if it can be removed (retried a moment if it is held); never raise."""
    retry_sharing(lambda: path.unlink(missing_ok=True), quiet=True)


def describe(error: BaseException) -> str:
    """A short reason for an error, for the end of a user message (never SQL, one line)."""
    error = getattr(error, "orig", None) or error  # SQLAlchemy wraps the driver's error
    if isinstance(error, OSError) and error.strerror:
        text = error.strerror
    else:
        text = str(error) or type(error).__name__
    line = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    return line if len(line) <= 160 else line[:159] + "…"


def marker_path(working: Path) -> Path:
    """The marker saying a working copy holds changes its file does not have."""
    return working.with_suffix(".dirty")


def meta_path(working: Path) -> Path:
    """The metadata of a working copy: its file, its owner, the file's known contents."""
    return working.with_suffix(".json")


def remove_working_copy(working: Path) -> None:
    """Remove a working copy with its side files, metadata and marker."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        discard(Path(str(working) + suffix))
    discard(meta_path(working))
    discard(marker_path(working))
