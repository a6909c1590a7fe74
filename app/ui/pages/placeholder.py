"""A page still to be built: says what it will hold and what the file already has."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlmodel import SQLModel

from app.services import records
from app.services.formatting import format_number
from app.ui import style
from app.ui.pages.base import Page
from app.ui.workspace import Workspace

#: (table, French name) of the things a page will show: « Indicateurs : 42 »
Counted = Sequence[tuple[type[SQLModel], str]]


NBSP = "\u00a0"  # before a colon, in French


class PlaceholderPage(Page):
    """The page's title, a sentence on what it will show, and how many the file holds."""

    def __init__(self, workspace: Workspace, title: str, text: str, icon: str,
                 counted: Counted = (), parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self._counted = counted
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*style.PAGE_MARGINS)
        heading = QLabel(title, objectName="pageTitle")
        picture = QLabel()
        picture.setPixmap(style.icon(icon, style.MUTED.name()).pixmap(64, 64))
        picture.setMinimumHeight(76)
        self.body = QLabel(text, objectName="placeholder", wordWrap=True)
        self.figures = QLabel(objectName="placeholder", wordWrap=True)
        self.soon = QLabel(self.tr(
            "Cette page arrive dans une prochaine version de Vigie. En attendant, ce qui "
            "demande votre attention ici figure au tableau de bord, et ses liens mènent au "
            "contrat concerné."), objectName="placeholderHint", wordWrap=True)
        column = QWidget()
        column.setFixedWidth(560)  # word-wrapped labels need a width to compute their height
        lines = QVBoxLayout(column)
        for label in (picture, self.body, self.figures, self.soon):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            if label is self.soon:
                lines.addSpacing(12)
            lines.addWidget(label)
        layout.addWidget(heading)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def refresh(self) -> None:
        """Count again what the file holds for this page."""
        if not self._counted:
            return
        numbers = self.workspace.query(
            lambda s: [records.count_rows(s, model) for model, _text in self._counted])
        self.figures.setText(self.tr("Dans ce fichier — {0}").format(" · ".join(
            f"{name}{NBSP}: {format_number(number, 0)}"
            for number, (_model, name) in zip(numbers, self._counted, strict=True))))
