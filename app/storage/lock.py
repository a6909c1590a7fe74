"""The lock file beside a client file, naming who has it open (as GnuCash and LibreOffice do)."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from pathlib import Path

from app import clock


def lock_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.lock")


def this_owner() -> dict[str, str]:
    return {
        "host": socket.gethostname(),
        "user": _user(),
        "pid": str(os.getpid()),
        "opened_at": clock.now().isoformat(),
    }


def read_owner(path: Path) -> dict[str, str] | None:
    """Who holds the lock of `path`, or None when it is free or its lock is stale."""
    try:
        owner = json.loads(lock_path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"host": "?", "user": "?", "opened_at": "?"}  # unreadable: assume held
    if not isinstance(owner, dict):
        return {"host": "?", "user": "?", "opened_at": "?"}
    if _is_stale(owner):
        return None
    return {str(k): str(v) for k, v in owner.items()}


def acquire(path: Path, *, force: bool = False) -> bool:
    """Write our lock beside `path`; False when the folder cannot be written."""
    target = lock_path(path)
    if force or read_owner(path) is None:
        try:
            target.unlink(missing_ok=True)
        except OSError:
            return False
    try:
        with open(target, "x", encoding="utf-8") as f:
            json.dump(this_owner(), f)
    except FileExistsError:
        return False
    except OSError:
        return False
    return True


def release(path: Path) -> None:
    """Remove our lock, and only ours."""
    target = lock_path(path)
    try:
        owner = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if owner.get("host") == socket.gethostname() and owner.get("pid") == str(os.getpid()):
        with contextlib.suppress(OSError):
            target.unlink()


def _is_stale(owner: dict[str, object]) -> bool:
    """A lock of this host whose process is gone: a crash left it behind."""
    if owner.get("host") != socket.gethostname():
        return False  # another machine: we cannot know, so it holds
    try:
        pid = int(str(owner.get("pid")))
    except ValueError:
        return False
    return not process_alive(pid)


def process_alive(pid: int) -> bool:
    """True when a process of this machine has this pid."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name on this system
        return "?"
