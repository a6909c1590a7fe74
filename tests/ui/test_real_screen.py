"""The window on a real X server with a window manager (issue 10, points 3 and 4; issue 18,
point 7): offscreen rendering has no screen edges, no window frame and no pop-up windows.

Runs when Xvfb and openbox are installed (tests/x11/xvfb.py), skipped otherwise. Each screen
size starts its own X server; the window is probed by tests/x11/window_probe.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.x11 import xvfb

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not xvfb.available(), reason="needs Xvfb, openbox and xprop")


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory) -> Path:
    """The demo client file, long names and all (built once for the module)."""
    from app.demo import generate

    path = tmp_path_factory.mktemp("x11") / "Démo.vigie"
    generate(path)
    return path


_REPORTS: dict[str, dict] = {}


def probe(size: str, path: Path, data_dir: Path) -> dict:
    """What window_probe.py saw on a screen of that size (once per size and module)."""
    if size not in _REPORTS:
        _REPORTS[size] = _run_probe(size, path, data_dir)
    return _REPORTS[size]


def _run_probe(size: str, path: Path, data_dir: Path) -> dict:
    with xvfb.display(size) as env:
        result = subprocess.run(
            [sys.executable, "-m", "tests.x11.window_probe", str(path)], cwd=ROOT,
            env={**env, "VIGIE_DATA_DIR": str(data_dir)}, capture_output=True, text=True,
            timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def inside(frame: list[int], screen: list[int]) -> bool:
    x, y, width, height = frame
    left, top, screen_width, screen_height = screen
    return (x >= left and y >= top and x + width <= left + screen_width
            and y + height <= top + screen_height)


@pytest.mark.parametrize("size", [
    "1024x768",
    "1366x768",
    "1280x720",  # 1920 × 1080 at 150 %: about 720 pixels of usable height
])
def test_the_window_fits_the_screen_it_opens_on(size, demo_copy, tmp_path) -> None:
    report = probe(size, demo_copy, tmp_path / "data")
    screen = report["screen"]
    assert inside(report["frame"], screen), report  # title-bar buttons and status bar shown
    width, height = report["frame"][2:]
    assert width <= screen[2] and height <= screen[3]
    for page, seen in report["pages"].items():  # every page usable, its form open
        assert all(seen.values()), (page, seen)
    assert inside(report["restored_frame"], screen), report  # a larger remembered window


def test_the_highlighted_entry_of_a_drop_down_list_can_be_read(demo_copy, tmp_path) -> None:
    """The entry under the keyboard used to be a blank white bar: its text must stand out
    from its highlight about as much as a plain entry's from its background, and the whole
    list must show."""
    combo = probe("1366x768", demo_copy, tmp_path / "data")["combo"]
    assert combo["plain"] > 40  # a plain entry's text, for scale
    assert combo["highlighted"] > combo["plain"] / 3
    assert combo["fully_shown"] == 1
