"""Render the README's screenshots: the main window on the demo file, one PNG per page.

    uv run python docs/screenshots.py [--out docs] [--size 1280x800] [--all]

The demo file is built for 24/11/2026 and the dashboard is drawn for that day, so that the
pictures do not change with the date. Runs offscreen; nothing is written outside `--out`
and a temporary folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

DAY = dt.date(2026, 11, 24)
README_PAGES = ("dashboard", "suppliers", "contracts", "committees", "actions")
#: The meeting sheet's tabs pictured, after the committees list: (file name, tab attribute).
SHEET_TABS = (("meeting-sheet", "agenda"), ("meeting-sheet-actions", "carried"),
              ("meeting-sheet-review", "review"))


def settle(seconds: float = 0.3) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--all", action="store_true", help="every page, not only the README's")
    options = parser.parse_args()
    width, height = (int(n) for n in options.size.split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["VIGIE_DATA_DIR"] = tempfile.mkdtemp(prefix="vigie-shots-")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    from app import clock
    from app.demo import builder as demo
    from app.ui.application import create_application
    from app.ui.chart_view import ChartView

    path = Path(tempfile.mkdtemp(prefix="vigie-shots-")) / "Démo.vigie"
    demo.generate(path, today=DAY)
    clock.pin(DAY)  # the dashboard, committees and actions count at that day
    create_application()
    from app.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(width, height)
    window.show()
    window.open_path(path)
    options.out.mkdir(parents=True, exist_ok=True)
    for number, spec in enumerate(window._specs):
        if not options.all and spec.key not in README_PAGES:
            continue
        window.sidebar.setCurrentRow(number)
        page = window.stack.currentWidget()
        if spec.key in ("contracts", "actions"):
            page.table.selectRow(0)
        deadline = time.monotonic() + 30
        while any(view.figure is None for view in page.findChildren(ChartView)) \
                and time.monotonic() < deadline:
            settle(0.05)
        settle()
        target = options.out / f"{spec.key}.png"
        window.grab().save(str(target))
        print(target)
        if spec.key == "committees":
            _sheet_pictures(window, page, options.out)
    window.close()


def _sheet_pictures(window, page, out: Path) -> None:
    """The last infogérance COPIL held, opened in its meeting sheet, on a few of its tabs."""
    held = [r for r in page.list.past.model_.rows()
            if r.kind.value == "copil" and "infogérance" in r.title]
    page.open_committee(held[0].id)
    for name, tab in SHEET_TABS:
        page.sheet.tabs.setCurrentWidget(getattr(page.sheet, tab))
        settle()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
    page.show_list()


if __name__ == "__main__":
    main()
