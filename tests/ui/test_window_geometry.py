"""Where the window opens (issue 10.3), worked out by hand for the usual screens; the real
thing, under Xvfb and openbox, is tests/ui/test_real_screen.py."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

from app.ui.window_geometry import ASSUMED_FRAME, first_geometry, fit_inside, frame_of

FRAME = QMargins(8, 32, 8, 8)  # borders and a title bar


def outer(client: QRect, frame: QMargins = FRAME) -> QRect:
    return client.marginsAdded(frame)


def test_first_start_takes_90_percent_of_a_laptop_screen_centred() -> None:
    # 1366 × 768 with a 40-pixel taskbar: 1366 × 728 available; 90 % is 1229 × 655
    available = QRect(0, 0, 1366, 728)
    window = outer(first_geometry(available, FRAME))
    assert (window.width(), window.height()) == (1229, 655)
    assert window.center() == available.center()


def test_first_start_takes_the_whole_of_a_small_screen() -> None:
    # 1024 × 768: 90 % (921 px) is under what the window needs (950): the whole width
    available = QRect(0, 0, 1024, 728)
    window = outer(first_geometry(available, FRAME, minimum=QSize(934, 600)))
    assert window.width() == 1024 and window.height() == 655


def test_first_start_on_a_large_screen_stops_at_a_document_size() -> None:
    window = outer(first_geometry(QRect(0, 0, 2560, 1400), FRAME))
    assert (window.width(), window.height()) == (1600, 1000)


def test_a_window_remembered_on_a_larger_screen_comes_back_inside() -> None:
    # remembered at 1900 × 1200 from (20, 20); now 1280 × 720 (1920 × 1080 at 150 %)
    available = QRect(0, 0, 1280, 680)
    client = fit_inside(QRect(20, 20, 1900, 1200), available, FRAME)
    assert available.contains(outer(client))
    assert (client.width(), client.height()) == (1280 - 16, 680 - 40)


def test_a_window_off_the_right_edge_moves_back_without_shrinking() -> None:
    available = QRect(0, 0, 1366, 728)
    client = fit_inside(QRect(900, 100, 800, 500), available, FRAME)
    assert (client.width(), client.height()) == (800, 500)
    assert outer(client).right() == available.right()


def test_a_second_screen_to_the_left_keeps_its_coordinates() -> None:
    available = QRect(-1920, 0, 1920, 1040)
    client = fit_inside(QRect(-1800, 100, 1000, 700), available, FRAME)
    assert client == QRect(-1800, 100, 1000, 700)


def test_the_frame_is_assumed_until_the_window_manager_draws_one() -> None:
    same = QRect(10, 10, 800, 600)
    assert frame_of(same, same) == ASSUMED_FRAME
    assert frame_of(QRect(0, 0, 820, 640), QRect(10, 30, 800, 600)) == QMargins(10, 30, 10, 10)
