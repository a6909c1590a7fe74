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


class WelcomePage(QWidget):
    """New, open, the demo, and the recent files."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.recent = QListWidget()
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole))))
        layout.addSpacing(16)
        layout.addWidget(recent_title)
        layout.addWidget(self.recent, 1)

    def refresh(self) -> None:
        self.recent.clear()
        for path in settings.recent_files():
            item = QListWidgetItem(f"{path.name}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
