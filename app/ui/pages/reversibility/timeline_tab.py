"""The plan's timeline on its own tab: drawn when the tab is first shown (matplotlib loads
then, not with the page), redrawn when the plan changes; saved as an image on demand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.reversibility_status import Timeline
from app.ui.dialogs import messages
from app.ui.style import icon


class TimelineTab(QWidget):
    """A `ChartView` of `draw_timeline`, created on first show; « Enregistrer l'image… »."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = None  # the ChartView, once the tab has been shown
        self.data: Timeline | None = None
        self._drawn: Timeline | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        hint = QLabel(self.tr("Barres pâles : prévu ; barres pleines : réalisé (en rouge quand "
                              "le jalon dépasse sa fin prévue) ; losange : PV signé."),
                      wordWrap=True)
        hint.setStyleSheet("color: #6b7785;")
        self.save_button = QPushButton(icon("mdi6.image-outline"),
                                       self.tr("Enregistrer l'image…"))
        self.save_button.clicked.connect(self.save_image)
        row.addWidget(hint, 1)
        row.addWidget(self.save_button)
        self._layout.addLayout(row)

    def set_data(self, data: Timeline | None) -> None:
        """The timeline to show; drawn now if the tab is visible, else when it is shown."""
        self.data = data
        self.save_button.setEnabled(bool(data and data.milestones))
        if self.isVisible():
            self._draw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw()

    def _draw(self) -> None:
        if self.data is None or self.data == self._drawn:
            return
        if self.view is None:
            from app.ui.chart_view import ChartView

            self.view = ChartView(minimum=(320, 200))
            self._layout.addWidget(self.view, 1)
        from app.charts.reversibility import draw_timeline

        self.view.draw(draw_timeline, self.data)
        self._drawn = self.data

    def save_image(self) -> None:
        """Save the timeline as a PNG where the user chooses."""
        if not self.data or not self.data.milestones:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer la chronologie"),
            str(Path.home() / self.tr("Chronologie de réversibilité.png")),
            self.tr("Image PNG (*.png)"))
        if not name:
            return
        from app.charts.reversibility import timeline_png

        try:
            Path(name).write_bytes(timeline_png(self.data))
        except OSError as error:
            messages.show_error(self, self.tr("Écriture impossible"), self.tr(
                "« {0} » n'a pas pu être écrit : {1}.").format(name, error.strerror or error))
