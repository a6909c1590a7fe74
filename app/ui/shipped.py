"""The window icon, from the shipped files (a checkout's resources/ or the bundle's)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from app import resources


def app_icon() -> QIcon:
    """Vigie's icon at every size it is drawn at (empty when the icons are missing)."""
    icon = QIcon()
    for path in resources.icon_files("vigie"):
        icon.addFile(str(path))
    return icon
