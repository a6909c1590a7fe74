"""Start-up (issue 10.11): the window's frame and side bar paint before any heavy library
is imported and before the client file is read; the file opens right after."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "matplotlib", "qtawesome", "openpyxl", "docx")

#: `vigie FILE` as application.run starts it, noting what is loaded at the first paint.
SCRIPT = f"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from app.ui.application import create_application
application = create_application()
from app.ui.main_window import MainWindow
seen = {{}}
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            seen["at_paint"] = sorted(m for m in {HEAVY!r} if m in sys.modules)
            seen["file_open"] = window.workspace is not None
            seen["sidebar"] = window.sidebar.isVisible() and window.sidebar.count()
        return False
window = MainWindow()
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
window.open_initial(Path(sys.argv[1]))
def done():
    if window.workspace is None:
        QTimer.singleShot(20, done)
        return
    seen["then_open"] = window.workspace.path.name
    seen["icons"] = not window.sidebar.item(0).icon().pixmap(16, 16).toImage().allGray()
    application.quit()
QTimer.singleShot(0, done)
application.exec()
print(json.dumps(seen))
"""


def test_the_window_paints_before_heavy_libraries_and_the_file(client_path, data_dir) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "VIGIE_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(client_path)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["at_paint"] == []  # none of them before the first paint
    assert seen["file_open"] is False and seen["sidebar"] > 0  # frame and side bar first
    assert seen["then_open"] == client_path.name  # and the file right after it
    assert seen["icons"]  # the side bar's icons, once qtawesome has loaded
