"""The Qt bindings themselves: a known-bad PySide6 must not come back with an upgrade."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QImage, QPainter

from app.ui.application import create_application

ROOT = Path(__file__).resolve().parents[2]


def test_void_calls_keep_none_alive() -> None:
    # PySide6 6.12.0 under CPython 3.11 returned None from void methods without a reference:
    # every call took one from None, and painting a list crashed the app within seconds.
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    rect = QRect()
    before = sys.getrefcount(None)
    for _ in range(500):
        rect.setWidth(3)
        painter.setBrush(QColor("red"))
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 50


class _Marker:
    """Records the thread that frees it."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def test_qt_objects_in_reference_cycles_are_freed_on_the_gui_thread(qtbot) -> None:
    application = create_application()
    application.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what earlier tests left
    application.processEvents()
    seen: list[str] = []
    node = QObject()
    node.cycle = (node, _Marker(seen))  # only the cyclic collector can free this
    del node

    def allocate() -> None:  # crosses the collector's thresholds many times over
        for _ in range(50):
            [[] for _ in range(10_000)]

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    young = [[] for _ in range(10 * gc.get_threshold()[0])]  # a collection falls due
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    del young
    assert seen == [threading.main_thread().name]


STRESS = """
import gc, threading, time
from PySide6.QtWidgets import QLabel, QWidget
from app.ui.application import create_application
application = create_application()
def work():  # what the matplotlib import does on its worker thread: allocate, compile
    end = time.monotonic() + 2
    while time.monotonic() < end:
        [{"n": [n]} for n in range(1000)]
        compile("def f(x):\\n    return [x for x in range(10)]\\n" * 50, "<s>", "exec")
worker = threading.Thread(target=work)
worker.start()
while worker.is_alive():  # the GUI thread meanwhile drops widgets caught in cycles
    for _ in range(20):
        widget = QWidget()
        label = QLabel("a", widget)
        widget.me, label.cycle = widget, [label, widget]
    application.processEvents()
print("ok")
"""


def test_a_worker_thread_beside_qt_garbage_does_not_crash_the_app() -> None:
    # PySide6 6.10 and 6.11 crashed here 8 times in 10 while CPython collected on the worker.
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", STRESS], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "ok"
