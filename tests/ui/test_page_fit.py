"""Every page fits a 1024 × 768 screen (issue 10, points 3 and 9): at the size the window has
there, no page scrolls sideways, its side form open or closed, and its title's buttons and
filters show whole; at 1366 × 768 the buttons stay on the title's line.

Offscreen, the window is sized by hand: the offscreen screen is 800 × 600, and the window
would fit itself to it. The real thing, under Xvfb and openbox, is test_real_screen.py.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QScrollArea, QWidget

from app.models.enums import CommitteeStatus
from app.services import committees
from tests.conftest import SCENARIO_DAY

pytestmark = pytest.mark.day(SCENARIO_DAY)

#: The window's inside on a 1024 × 768 screen: less the frame's borders (8 px each side),
#: its title bar and a task bar.
SMALL = (1008, 690)
LAPTOP = (1350, 690)  # 1366 × 768


@pytest.fixture
def on_demo(qtbot, window, demo_master: Path, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch):
    """The window on a copy of the demo file, sized by `size(width, height)`."""
    monkeypatch.setattr(type(window), "_fit_to_screen", lambda _self: None)
    path = Path(shutil.copy(demo_master, tmp_path / "demo.vigie"))
    assert window.open_path(path)
    qtbot.wait(20)  # what was planned at the window's showing (fitting it to the screen)

    def size(width: int, height: int):
        window.resize(width, height)
        return window

    return size


def settle(qtbot) -> None:
    qtbot.wait(30)  # the scroll area measures the page again on the next turn


def scroller(window) -> QScrollArea:
    return window.findChild(QScrollArea, "pageScroller")


def fits(window) -> bool:
    """The page shown needs no sideways scrolling."""
    area = scroller(window)
    return (not area.horizontalScrollBar().isVisible()
            and window.stack.minimumSizeHint().width() <= area.viewport().width())


def whole(widget: QWidget, window) -> bool:
    """The widget shows entire inside the page area (not cut by its right edge)."""
    viewport = scroller(window).viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return widget.isVisible() and viewport.rect().contains(QRect(top_left, widget.size()))


def show(window, key: str):
    window.show_page(next(i for i, spec in enumerate(window._specs) if spec.key == key))
    return window.page(key)


PAGES = ["dashboard", "suppliers", "contracts", "indicators", "committees", "actions",
         "reversibility"]


@pytest.mark.parametrize("key", PAGES)
def test_no_page_scrolls_sideways_on_a_1024_screen_form_closed_or_open(
        qtbot, on_demo, key) -> None:
    window = on_demo(*SMALL)
    page = show(window, key)
    settle(qtbot)
    assert fits(window), (key, window.stack.minimumSizeHint().width())
    table, form = getattr(page, "table", None), getattr(page, "form", None)
    if form is not None and table is not None and table.model().rowCount():
        for row in (0, 1):  # the side form opens on a row (the suppliers' first: the client)
            table.selectRow(row)
            settle(qtbot)
            if form.isVisible():
                break
        assert form.isVisible()
        assert fits(window), (key, "form open", window.stack.minimumSizeHint().width())
        assert whole(form, window)


def test_the_action_plan_shows_its_title_buttons_and_filters_whole(qtbot, on_demo) -> None:
    window = on_demo(*SMALL)
    page = show(window, "actions")
    page.table.selectRow(0)
    settle(qtbot)
    for widget in (page.new_button, page.close_button, page.move_button, page.delete_button,
                   page.search, *page.filters.widgets()):
        assert whole(widget, window), widget.text() if hasattr(widget, "text") else widget
    # the filters wrap onto the next lines instead of pushing the page wider
    assert page.filters.side.y() > page.search.y()


def test_the_committees_list_shows_its_buttons_and_filters_whole(qtbot, on_demo) -> None:
    window = on_demo(*SMALL)
    page = show(window, "committees")
    settle(qtbot)
    listing = page.list
    for widget in (page.open_button, page.delete_button, page.next_button, page.new_button,
                   listing.search, listing.kind, listing.supplier, listing.period,
                   listing.status):
        assert whole(widget, window), widget


@pytest.mark.parametrize("status", [CommitteeStatus.MINUTES_SENT, CommitteeStatus.PLANNED])
def test_every_tab_of_a_meeting_sheet_fits_a_1024_screen(qtbot, on_demo, status) -> None:
    """A held committee's sheet, and a planned one's (more buttons in its header)."""
    window = on_demo(*SMALL)
    page = show(window, "committees")
    rows = window.workspace.query(committees.list_committees)
    chosen = max((r for r in rows if r.status is status), key=lambda r: r.starts_at)
    page.open_committee(chosen.id)
    sheet = page.sheet
    for index in range(sheet.tabs.count()):
        sheet.tabs.setCurrentIndex(index)
        settle(qtbot)
        assert fits(window), (sheet.tabs.tabText(index), window.stack.minimumSizeHint())
    shown = [b for b in (sheet.invite_button, sheet.minutes_button, sheet.status_button,
                         sheet.next_button, sheet.held_button) if not b.isHidden()]
    assert len(shown) >= 3
    for button in shown:
        assert whole(button, window), button.text()
    bar = sheet.tabs.tabBar()
    for index in range(bar.count()):  # every tab's title whole, no scroll arrows needed
        assert bar.rect().contains(bar.tabRect(index)), bar.tabText(index)


def test_the_indicator_tabs_fit_a_1024_screen_with_a_contract_chosen(qtbot, on_demo) -> None:
    window = on_demo(*SMALL)
    page = show(window, "indicators")
    page.contract_filter.setCurrentIndex(1)
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        settle(qtbot)
        assert fits(window), page.tabs.tabText(index)
    assert whole(page.export_button, window)


@pytest.mark.parametrize("key", ["actions", "committees"])
def test_on_a_laptop_screen_the_buttons_stay_beside_the_title(qtbot, on_demo, key) -> None:
    """At 1366 × 768 the page looks as before: title on the left, buttons on its line."""
    window = on_demo(*LAPTOP)
    page = show(window, key)
    settle(qtbot)
    title = page.findChild(QWidget, "pageTitle")
    middle = title.mapTo(window, title.rect().center()).y()
    button = page.new_button
    assert abs(button.mapTo(window, button.rect().center()).y() - middle) <= 4
    assert whole(button, window)
    assert button.mapTo(window, QPoint(button.width(), 0)).x() > window.width() - 60


def test_a_committee_s_time_and_duration_can_be_read(qtbot, on_demo) -> None:
    """They showed as blank fields: without arrow buttons under a style sheet, a spin box's
    text field was one pixel wide."""
    window = on_demo(*SMALL)
    page = show(window, "committees")
    rows = window.workspace.query(committees.list_committees)
    held = max((r for r in rows if r.status is CommitteeStatus.MINUTES_SENT),
               key=lambda r: r.starts_at)
    page.open_committee(held.id)
    page.sheet.tabs.setCurrentWidget(page.sheet.info)
    settle(qtbot)
    info = page.sheet.info
    duration = info.form.fields["duration_minutes"]
    assert info.time.text() == held.starts_at.strftime("%H:%M")
    assert duration.text() == f"{held.duration_minutes} min"
    for field in (info.time, duration):
        text = field.lineEdit()
        assert text.width() >= text.fontMetrics().horizontalAdvance(field.text())
