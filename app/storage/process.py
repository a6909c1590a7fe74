"""Whether the process that wrote a lock or a working copy still runs, pid reuse included.

A pid alone is not enough: after a crash or a reboot another program may get the same
number. Each process of Vigie records a *token* of its own start (Linux: boot id and start
tick; Windows: creation time) beside its pid; a process is alive when a process with that
pid runs and, when both tokens are known, has the same token.

On Windows the check follows what the issue about Windows asks (and psutil does): a
successful `OpenProcess` only proves that a handle can still be had, even on an exited
process whose handle another program keeps, so the exit code is asked too
(`STILL_ACTIVE`); and `ERROR_ACCESS_DENIED` means a process of another user runs there
(a terminal server), which is alive, not dead.
"""

from __future__ import annotations

import ctypes
import functools
import os
import sys
from pathlib import Path
from typing import Any

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5


def alive(pid: int, token: str | None = None) -> bool:
    """True when a process of this machine has this pid (and this start token, if known)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return token is None or token == own_token()
    if sys.platform == "win32":  # pragma: no cover - exercised with a fake kernel32
        return windows_alive(pid, token, _kernel32(), ctypes.get_last_error)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: it runs
    except OSError:
        return False
    current = linux_token(pid)
    return token is None or current is None or current == token


@functools.cache
def own_token() -> str | None:
    """The start token of this process (None where the system does not tell)."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        kernel32 = _kernel32()
        return windows_token(kernel32.GetCurrentProcess(), kernel32)
    return linux_token(os.getpid())


def linux_token(pid: int, proc: Path = Path("/proc")) -> str | None:
    """Boot id and start time (clock ticks since boot) of a Linux process, or None."""
    try:
        boot = (proc / "sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
        stat = (proc / str(pid) / "stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2 :].split()  # the name in parentheses may hold spaces
    if len(fields) < 20:
        return None
    return f"linux:{boot}:{fields[19]}"


# -- Windows -------------------------------------------------------------------------------


class FILETIME(ctypes.Structure):
    _fields_ = [("low", ctypes.c_uint32), ("high", ctypes.c_uint32)]


def windows_alive(pid: int, token: str | None, kernel32: Any, last_error: Any) -> bool:
    """The Windows check, given kernel32 (the real one, or a test's fake)."""
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        # ERROR_INVALID_PARAMETER: no such process. Access denied: it runs, not ours to open.
        return last_error() == ERROR_ACCESS_DENIED
    try:
        code = ctypes.c_uint32(0)
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True  # cannot tell: a lock must not be broken on a guess
        if code.value != STILL_ACTIVE:
            return False
        current = windows_token(handle, kernel32)
        return token is None or current is None or current == token
    finally:
        kernel32.CloseHandle(handle)


def windows_token(handle: Any, kernel32: Any) -> str | None:
    """The creation time of a Windows process, as a token."""
    created, exited, kernel, user = FILETIME(), FILETIME(), FILETIME(), FILETIME()
    if not kernel32.GetProcessTimes(handle, ctypes.byref(created), ctypes.byref(exited),
                                    ctypes.byref(kernel), ctypes.byref(user)):
        return None
    return f"win:{(created.high << 32) | created.low}"


def _kernel32() -> Any:  # pragma: no cover - Windows
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.restype = ctypes.c_void_p
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p
    kernel32.GetExitCodeProcess.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    kernel32.GetProcessTimes.argtypes = [ctypes.c_void_p] + [ctypes.c_void_p] * 4
    kernel32.CloseHandle.argtypes = [ctypes.c_void_p]
    return kernel32
