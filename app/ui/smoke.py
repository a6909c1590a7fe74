"""A started GUI that says when its window is shown, then closes: the bundle's smoke test.

Set `VIGIE_SMOKE_QUIT_MS=N` and Vigie prints « vigie-smoke: shown TITLE » on stdout once
its window is shown on its first file, « vigie-smoke: title TITLE » whenever the title
changes (another file opened, handed over by a second launch), and closes its window N ms
after showing it, as a user would (the file saved, the lock released). Unset, nothing.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

VARIABLE = "VIGIE_SMOKE_QUIT_MS"


def arm(window: QMainWindow) -> bool:
    """Report `window`'s showing and close it later, if VIGIE_SMOKE_QUIT_MS asks; True then."""
    delay = os.environ.get(VARIABLE, "")
    if not delay.isdigit():
        return False

    def shown() -> None:
        _say("shown", window.windowTitle())
        window.windowTitleChanged.connect(lambda title: _say("title", title))
        QTimer.singleShot(int(delay), window.close)

    QTimer.singleShot(0, shown)  # after open_initial's own zero-delay timer: the file is open
    return True


def _say(what: str, title: str) -> None:
    if sys.stdout is not None:  # a windowed Windows program has no stdout
        print(f"vigie-smoke: {what} {title}", flush=True)
