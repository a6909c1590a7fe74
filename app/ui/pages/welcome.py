"""What the window shows when no client file is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import settings
from app.ui.recent_files import PathProbe


class WelcomePage(QWidget):
    """New, open, the demo, and the recent files."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, probe: PathProbe, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._probe = probe
        probe.checked.connect(self._on_checked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        title = QLabel(self.tr("Aucun fichier client ouvert"))
        title.setObjectName("pageTitle")
        text = QLabel(self.tr("Un fichier client (*.vigie) contient tout le pilotage d'un "
                              "client : prestataires, contrats, indicateurs, comités, "
                              "actions et réversibilité."))
        text.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(text)
        for label, signal, name in (
            (self.tr("Nouveau fichier client…"), self.new_requested, "primary"),
            (self.tr("Ouvrir un fichier client…"), self.open_requested, ""),
            (self.tr("Ouvrir la démonstration"), self.demo_requested, ""),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.setMinimumWidth(260)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        recent_title = QLabel(self.tr("Fichiers récents"))
        recent_title.setObjectName("sectionTitle")
        self.recent = QListWidget(objectName="recentFiles")
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole))))
        layout.addSpacing(16)
        layout.addWidget(recent_title)
        layout.addWidget(self.recent, 1)

    def refresh(self) -> None:
        """List the recent files at once; each is checked off the GUI thread, and greyed
        out if it is gone (a share offline would otherwise hold the window for a minute)."""
        self.recent.clear()
        remembered = settings.recent_files()
        for path in remembered:
            item = QListWidgetItem(f"{path.name}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
            if self._probe.known(path) is False:
                self._mark_missing(item)
        self._probe.check(remembered)

    def _on_checked(self, path: Path, found: bool) -> None:
        for row in range(self.recent.count()):
            item = self.recent.item(row)
            if Path(item.data(Qt.ItemDataRole.UserRole)) == path and not found:
                self._mark_missing(item)

    def _mark_missing(self, item: QListWidgetItem) -> None:
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        item.setText(self.tr("{0}    —    introuvable ({1})").format(path.name, path.parent))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
