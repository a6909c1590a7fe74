"""The lock file beside a client file, naming who has it open (as GnuCash and LibreOffice do).

A lock is honoured while the process that wrote it runs: a live process of this machine
can never be dispossessed (a second Vigie of the same user is brought forward instead, see
`app.ui.single_instance`), a lock of another machine can be broken only when the user says
"open anyway", and a lock whose process is gone, or that is empty or unreadable (a full
disk, a crash while it was written), is stale and taken over without a question.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from app import clock
from app.storage import files, process
from app.storage.errors import FileLocked


def lock_path(path: Path) -> Path:
    """Where the lock of a client file lives: beside it, `NAME.vigie.lock`."""
    return path.with_name(f"{path.name}.lock")


@dataclass(frozen=True)
class Owner:
    """Who holds a lock: the machine, the user, the process and since when."""

    host: str
    user: str
    pid: int
    token: str | None
    opened_at: str

    @property
    def this_machine(self) -> bool:
        return self.host.casefold() == socket.gethostname().casefold()

    @property
    def this_user(self) -> bool:
        return self.this_machine and self.user == _user()

    @property
    def is_us(self) -> bool:
        return self.this_machine and self.pid == os.getpid() and (
            self.token is None or self.token == process.own_token())

    def holds(self) -> bool:
        """True while the lock must be honoured: another machine's, or a live process's."""
        return not self.this_machine or process.alive(self.pid, self.token)

    def since(self) -> str:
        """When the file was opened, the French way (20/11/2026 à 09:30)."""
        try:
            return dt.datetime.fromisoformat(self.opened_at).strftime("%d/%m/%Y à %H:%M")
        except ValueError:
            return self.opened_at


def this_owner() -> dict[str, object]:
    """The lock this process writes."""
    return {
        "host": socket.gethostname(),
        "user": _user(),
        "pid": os.getpid(),
        "token": process.own_token(),
        "opened_at": clock.now().isoformat(),
    }


def parse_owner(raw: bytes) -> Owner | None:
    """The owner a lock file names, or None when it is empty or unreadable (stale)."""
    try:
        data = json.loads(raw.decode("utf-8"))
        return Owner(host=str(data["host"]), user=str(data.get("user", "?")),
                     pid=int(data["pid"]), token=data.get("token") or None,
                     opened_at=str(data.get("opened_at", "")))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def read_owner(path: Path) -> Owner | None:
    """Who holds the lock of `path`, or None when it is free or stale."""
    raw = _read(lock_path(path))
    owner = parse_owner(raw) if raw is not None else None
    return owner if owner is not None and owner.holds() else None


def acquire(path: Path, *, break_foreign: bool = False) -> bool:
    """Take the lock of `path`; False when its folder cannot be written.

    Raises FileLocked when a live process of this machine holds it, or another machine
    does and `break_foreign` is False. A stale lock is replaced; the replacement is made
    by renaming the stale file aside first, so that two processes breaking the same stale
    lock cannot both end up believing they hold it.
    """
    target = lock_path(path)
    payload = json.dumps(this_owner()).encode("utf-8")
    for _attempt in range(5):
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o644)
        except FileExistsError:
            raw = _read(target)
            if raw is not None and not _may_break(path, raw, break_foreign):
                return False
            continue
        except OSError:
            return False
        try:
            os.write(fd, payload)
        except OSError:
            os.close(fd)
            files.discard(target)
            return False
        os.close(fd)
        return True
    return False


def _may_break(path: Path, raw: bytes, break_foreign: bool) -> bool:
    """Move a lock that may be broken out of the way; raise FileLocked for one that holds."""
    owner = parse_owner(raw)
    held = owner is not None and owner.holds() and not owner.is_us
    if held and (owner.this_machine or not break_foreign):  # type: ignore[union-attr]
        raise FileLocked(path, owner)  # type: ignore[arg-type]
    target = lock_path(path)
    aside = target.with_name(f".{target.name}.{os.getpid()}.old")
    try:
        os.replace(target, aside)
    except FileNotFoundError:
        return True  # another process broke it first: try to create ours
    except OSError:
        return False
    moved = _read(aside)
    if moved != raw:
        # Between our read and the rename, another process took the stale lock: its fresh
        # lock is what we moved. Put it back and honour it.
        with contextlib.suppress(OSError):
            os.replace(aside, target)
        fresh = parse_owner(moved or b"")
        if fresh is not None:
            raise FileLocked(path, fresh)
    files.discard(aside)
    return True


def release(path: Path) -> None:
    """Remove our lock, and only ours."""
    target = lock_path(path)
    raw = _read(target)
    owner = parse_owner(raw) if raw is not None else None
    if owner is not None and owner.is_us:
        files.retry_sharing(lambda: target.unlink(missing_ok=True), quiet=True)


def held_by_us(path: Path) -> bool:
    """True when the lock beside `path` is this process's."""
    raw = _read(lock_path(path))
    owner = parse_owner(raw) if raw is not None else None
    return owner is not None and owner.is_us


def _read(target: Path) -> bytes | None:
    """The bytes of a lock file; None when there is none, b"" when it cannot be read."""
    try:
        return target.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return b""


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name on this system
        return "?"


_BINARY = getattr(os, "O_BINARY", 0)
