"""The GUI takes its icon and Qt's French from the shipped files, from a checkout as from a
bundle (PyInstaller's folder, where they sit under sys._MEIPASS)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from app import resources
from app.ui import shipped


def test_the_window_icon_has_every_size_from_16_to_512() -> None:
    sizes = {size.width() for size in QApplication.instance().windowIcon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes


def test_qt_s_own_buttons_speak_french() -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Close)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Annuler", "Fermer"}
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_icons_missing_from_a_bundle_leave_an_empty_icon(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.icon_files() == []
    assert shipped.app_icon().isNull()


def test_icons_of_a_bundle_are_found_under_meipass(tmp_path: Path, monkeypatch) -> None:
    png = tmp_path / "resources" / "icons" / "png"
    png.mkdir(parents=True)
    for size in (256, 16, 32):
        (png / f"vigie-{size}.png").write_bytes(b"")
    (png / "vigie-file-16.png").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert [p.name for p in resources.icon_files()] == ["vigie-16.png", "vigie-32.png",
                                                        "vigie-256.png"]
