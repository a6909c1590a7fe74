"""The flow layout that lets a page's title buttons and filters wrap in a narrow window:
widgets of known sizes, their places worked out by hand."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.widgets.flow_layout import STRETCH, button_group, flow_row


def box(width: int, height: int = 20) -> QWidget:
    """A widget that asks for exactly this size."""
    widget = QWidget()
    widget.setFixedSize(width, height)
    return widget


@pytest.fixture
def place(qtbot):
    """Show `row` at `width` (as tall as it asks) and return it, its children placed."""
    def lay_out(row: QWidget, width: int) -> QWidget:
        qtbot.addWidget(row)
        row.resize(width, row.heightForWidth(width))
        row.show()
        qtbot.wait(10)  # the nested layouts place their widgets on the next turn
        return row
    return lay_out


def test_widgets_wrap_onto_the_next_line_when_the_width_runs_out(place) -> None:
    a, b, c = box(100), box(100), box(100)
    _row = place(flow_row([a, b, c]), 250)  # 100 + 8 + 100 = 208 fits, + 8 + 100 does not
    assert (a.x(), a.y(), b.x(), b.y()) == (0, 0, 108, 0)
    assert (c.x(), c.y()) == (0, 28)  # a line of 20, spacing 8
    assert flow_row([box(100), box(100), box(100)]).heightForWidth(250) == 48
    assert flow_row([box(100), box(100), box(100)]).heightForWidth(400) == 20


def test_a_stretch_pushes_what_follows_to_the_right_end_of_the_line(place) -> None:
    title, button = box(120, 30), box(80)
    _row = place(flow_row([title, STRETCH, button]), 400)
    assert button.x() == 400 - 80
    assert button.y() == 5  # centred on the title's line: (30 - 20) / 2
    assert title.x() == 0


def test_a_button_group_stays_together_right_aligned_under_a_title_too_long(place) -> None:
    title, first, second = box(300, 30), box(100), box(100)
    _row = place(flow_row([title, button_group([first, second])]), 400)
    # 300 + 8 + 208 > 400: the group goes under the title, its buttons at the right
    assert (first.y(), second.y()) == (second.y(), second.y())
    group = first.parentWidget()
    assert group.y() == 30 + 8
    assert second.mapTo(group.parentWidget(), second.rect().topRight()).x() == 399
    assert second.x() - first.x() == 108


def test_a_hidden_widget_takes_no_room(place) -> None:
    a, hidden, b = box(100), box(100), box(100)
    row = flow_row([a, hidden, b])
    hidden.hide()
    place(row, 250)
    assert (b.x(), b.y()) == (108, 0)


def test_a_widget_that_expands_takes_the_room_left_up_to_its_maximum(place) -> None:
    fixed, growing = box(100), QWidget()
    growing.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    growing.setMinimumSize(50, 20)
    growing.setMaximumWidth(200)
    _row = place(flow_row([fixed, growing]), 500)
    assert growing.width() == 200  # not 500 - 108: its maximum
    assert growing.x() == 108
