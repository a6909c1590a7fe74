"""What the built program (a PyInstaller bundle) sets up before the rest of Vigie loads."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from app.storage.paths import APP_NAME


def is_frozen() -> bool:
    """True in the built program, False when run from a checkout."""
    return bool(getattr(sys, "frozen", False))


def matplotlib_cache() -> Path:
    """Where the built program keeps matplotlib's font cache: the user's cache directory
    (~/.cache/Vigie/matplotlib, %LOCALAPPDATA%\\Vigie\\Cache\\matplotlib)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, False)) / "matplotlib"


def prepare() -> None:
    """In the built program, keep matplotlib's font cache from one launch to the next.

    PyInstaller's matplotlib hook points MPLCONFIGDIR at a temporary folder removed at exit,
    so the font list (a second or more: every font of the system is read) would be rebuilt
    at each first chart. Must run before matplotlib is imported. From a checkout matplotlib
    keeps its cache in its usual place, and nothing is changed.
    """
    if not is_frozen():
        return
    folder = matplotlib_cache()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # a cache that cannot be written: PyInstaller's temporary folder does
    os.environ["MPLCONFIGDIR"] = str(folder)
