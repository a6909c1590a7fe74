"""A thin coloured bar above the pages that says why editing is off."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.ui.style import icon


class ReadOnlyBanner(QFrame):
    """Shown when the file is open read-only; offers to save a copy to work on."""

    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.sign = QLabel()  # its icon is drawn when the banner first shows
        self.label = QLabel()
        self.label.setWordWrap(True)
        button = QPushButton(self.tr("Enregistrer une copie sous…"))
        button.clicked.connect(self.save_copy_requested)
        layout.addWidget(self.sign)
        layout.addWidget(self.label, 1)
        layout.addWidget(button)
        self.hide()

    def show_reason(self, reason: str | None) -> None:
        """Show the banner with `reason`, or hide it when None."""
        if reason is None:
            self.hide()
            return
        self.label.setText(self.tr("Lecture seule : {reason}. Les modifications sont "
                                   "désactivées.").format(reason=reason))
        if self.sign.pixmap().isNull():
            self.sign.setPixmap(icon("mdi6.lock-outline", "#6b4500").pixmap(18, 18))
        self.show()
