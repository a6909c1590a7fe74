"""A real X server for the checks offscreen rendering cannot make: Xvfb and a window
manager (openbox), on a display of their own.

    uv run python -m tests.x11.xvfb --size 1024x768 -- COMMAND…

runs COMMAND with DISPLAY set and QT_QPA_PLATFORM=xcb, then stops both. Needs the Debian
packages xvfb and openbox (and, for Qt's xcb plugin, libxcb-cursor0, libxcb-icccm4 and
libxcb-keysyms1); `available()` says whether they are there.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator

WM_TIMEOUT_S = 15


def available() -> bool:
    """True when Xvfb, openbox and xprop are installed."""
    return all(shutil.which(name) for name in ("Xvfb", "openbox", "xprop"))


@contextlib.contextmanager
def display(size: str = "1366x768") -> Iterator[dict[str, str]]:
    """Start Xvfb on a free display with openbox managing it; yields the environment a
    child process needs to show windows there (DISPLAY, QT_QPA_PLATFORM=xcb)."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    manager = None
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
        manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        _wait_for_window_manager(env)
        yield env
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=10)
                if process.poll() is None:
                    process.kill()


def _wait_for_window_manager(env: dict[str, str]) -> None:
    """Wait until the window manager has announced itself on the root window."""
    deadline = time.monotonic() + WM_TIMEOUT_S
    while time.monotonic() < deadline:
        found = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=env,
                               capture_output=True, text=True)
        if "window id" in found.stdout:
            return
        time.sleep(0.1)
    raise RuntimeError("openbox did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1366x768", help="screen size, WIDTHxHEIGHT")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    command = options.command[1:] if options.command[:1] == ["--"] else options.command
    with display(options.size) as env:
        return subprocess.run(command, env=env).returncode


if __name__ == "__main__":
    sys.exit(main())
