"""The built program keeps matplotlib's font cache in the user's cache directory; a checkout
leaves matplotlib alone."""

from __future__ import annotations

import sys
from pathlib import Path

from app import bundle


def test_a_frozen_vigie_keeps_the_font_cache_in_the_user_cache(tmp_path: Path,
                                                                monkeypatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "cache"))  # Windows' cache root
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "temporary"))  # PyInstaller's
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    bundle.prepare()
    folder = Path(bundle.os.environ["MPLCONFIGDIR"])
    assert folder == bundle.matplotlib_cache()
    assert folder.is_dir() and folder.is_relative_to(tmp_path / "cache")


def test_from_a_checkout_nothing_changes(monkeypatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    bundle.prepare()
    assert "MPLCONFIGDIR" not in bundle.os.environ
