"""Every setting of the GUI and its default, declared once (as KeePassXC does)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter

from app.storage import paths

MAX_RECENT = 8

DEFAULTS: dict[str, Any] = {
    "window/geometry": None,
    "window/page": 0,
    "files/recent": [],
    "files/last": "",
    "autosave/delay_ms": 3000,
    "contracts/splitter": None,
    "imports/folder": "",  # where the last supplier report was imported from
    "exports/folder": "",  # where minutes and calendars were last saved
}


def settings() -> QSettings:
    """The settings file, kept in the user data directory beside the working copies."""
    return QSettings(str(paths.data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def value(key: str) -> Any:
    raw = settings().value(key, DEFAULTS[key])
    default = DEFAULTS[key]
    if isinstance(default, list):
        if raw in (None, ""):
            return []
        return [raw] if isinstance(raw, str) else list(raw)
    if isinstance(default, int) and raw is not None:
        return int(raw)
    return raw


def set_value(key: str, data: Any) -> None:
    assert key in DEFAULTS, key
    settings().setValue(key, data)


def remember_splitter(splitter: QSplitter, name: str) -> None:
    """Restore a splitter's sizes from the last session and keep them as the user drags it."""
    key = f"splitters/{name}"
    state = settings().value(key)
    if state is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(lambda *_: settings().setValue(key, splitter.saveState()))


def recent_files() -> list[Path]:
    """Recently opened files, newest first, as remembered: whether they still exist is
    asked off the GUI thread (`app.ui.recent_files`), since a share gone offline blocks."""
    return [Path(p) for p in value("files/recent")]


def remember_file(path: Path) -> None:
    files = [str(path)] + [p for p in value("files/recent") if p != str(path)]
    set_value("files/recent", files[:MAX_RECENT])
    set_value("files/last", str(path))


def forget_file(path: Path) -> None:
    """Drop a file from the recent files (it is gone)."""
    set_value("files/recent", [p for p in value("files/recent") if p != str(path)])
