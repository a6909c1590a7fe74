"""Vigie's main window on a real X server, looked at as a user would (run under xvfb.py).

    python -m tests.x11.window_probe FILE [--shots DIR]

Opens the window as at a first start (no remembered geometry), opens FILE, shows every
page (the contracts and suppliers pages with their form open) and prints one JSON object:
the screen's available geometry; the window's frame; for each page, whether its form's
Enregistrer button and the status bar lie on screen; how much text stands out in the
highlighted and a plain entry of an open drop-down list (the highlighted one used to be a
blank white bar);
where a remembered window larger than the screen comes back. With --shots, a PNG of the
screen for each page goes to DIR.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_MS = 700


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def on_screen(widget: QWidget, screen: QRect) -> bool:
    """True when the whole widget lies inside the screen's available geometry."""
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return widget.isVisible() and screen.contains(QRect(top_left, widget.size()))


def ink_pixels(image: QImage, area: QRect) -> int:
    """How many pixels of `area` stand out from its background (text that can be read):
    their luminance is far from the area's median one, whatever the colours."""
    levels = []
    for y in range(area.top(), area.bottom() + 1):
        for x in range(area.left(), area.right() + 1):
            colour = image.pixelColor(x, y)
            levels.append(0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue())
    background = sorted(levels)[len(levels) // 2]
    return sum(1 for level in levels if abs(level - background) > 80)


def wait_framed(window: QWidget) -> None:
    """Wait until the window manager has framed the window (and it has settled)."""
    for _ in range(50):
        if window.frameGeometry() != window.geometry():
            break
        QTest.qWait(100)
    QTest.qWait(SETTLE_MS)


def wait_for_charts(page: QWidget, timeout_ms: int = 60_000) -> None:
    """Wait until every chart of the page is drawn (matplotlib loads on first use)."""
    from app.ui.chart_view import ChartView

    waited = 0
    while any(view.figure is None for view in page.findChildren(ChartView)) \
            and waited < timeout_ms:
        QTest.qWait(100)
        waited += 100
    QTest.qWait(300)


def combo_contrast(window) -> dict[str, int]:
    """Open the contract-kind filter, move its highlight with the keyboard, and measure the
    highlighted entry's text against a plain one's."""
    from PySide6.QtCore import Qt

    combo = window.page("contracts").kind_filter
    combo.showPopup()
    QTest.qWait(SETTLE_MS)
    view = combo.view()
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.qWait(SETTLE_MS)
    screen = QApplication.primaryScreen().grabWindow(0).toImage()
    found = {}
    for name, row in (("highlighted", view.currentIndex().row()),
                      ("plain", view.currentIndex().row() + 1)):
        area = view.visualRect(view.model().index(row, 0))
        top_left = view.viewport().mapToGlobal(area.topLeft())
        inner = QRect(top_left, area.size()).adjusted(3, 3, -3, -3)  # the text, not the frame
        found[name] = ink_pixels(screen, inner)
    found["fully_shown"] = int(view.height() >= view.sizeHintForRow(0) * combo.count())
    combo.hidePopup()
    QTest.qWait(200)
    return found


def show_pages(window, screen: QRect, shots: Path | None) -> dict[str, dict[str, bool]]:
    """Each page, the forms open; whether their buttons and the status bar show."""
    pages = {}
    for number, spec in enumerate(window._specs):
        window.show_page(number)
        page = window.page(spec.key)
        table, form = getattr(page, "table", None), getattr(page, "form", None)
        if form is not None and form.isHidden() and table is not None \
                and table.model() is not None and table.model().rowCount():
            table.selectRow(0)  # the page's side form opens on its first row
        QTest.qWait(SETTLE_MS)
        wait_for_charts(page)
        seen = {"status_bar": on_screen(window.statusBar(), screen)}
        if form is not None and hasattr(form, "save_button"):
            seen["save_button"] = on_screen(form.save_button, screen)
        pages[spec.key] = seen
        if shots is not None:
            QApplication.primaryScreen().grabWindow(0).save(str(shots / f"{spec.key}.png"))
    return pages


def oversized_comes_back(screen: QRect) -> list[int]:
    """A window remembered at 1900×1200 (another screen), restored on this one."""
    from app.ui import settings
    from app.ui.main_window import MainWindow

    big = MainWindow()
    big.setGeometry(20, 20, 1900, 1200)
    settings.set_value("window/geometry", big.saveGeometry())
    big.deleteLater()
    window = MainWindow()
    window.show()
    wait_framed(window)
    frame = window.frameGeometry()
    window.close()
    return rect(frame)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--today", help="the day the dashboard is shown for (AAAA-MM-JJ)")
    options = parser.parse_args()
    os.environ.setdefault("VIGIE_DATA_DIR", tempfile.mkdtemp(prefix="vigie-x11-"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from app import clock
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow

    if options.today:
        import datetime as dt

        clock.pin(dt.date.fromisoformat(options.today))
    create_application()
    window = MainWindow()
    window.show()
    wait_framed(window)
    screen = window.screen().availableGeometry()
    assert window.open_path(options.file)
    if options.shots is not None:
        options.shots.mkdir(parents=True, exist_ok=True)
    report = {"screen": rect(screen), "frame": rect(window.frameGeometry()),
              "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
              "pages": show_pages(window, screen, options.shots),
              "combo": combo_contrast(window)}
    window.close()
    report["restored_frame"] = oversized_comes_back(screen)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
