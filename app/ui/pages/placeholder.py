"""A page still to be built: says what it will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.pages.base import Page
from app.ui.workspace import Workspace


class PlaceholderPage(Page):
    """An empty page with its title and a sentence on what it will show."""

    def __init__(self, workspace: Workspace, title: str, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        body = QLabel(text)
        body.setWordWrap(True)
        body.setObjectName("placeholder")
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
