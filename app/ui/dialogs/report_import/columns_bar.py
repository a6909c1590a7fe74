"""The report's columns, each with what it holds: recognised by its header, or chosen by the
user when the header means nothing to Vigie (the choice is remembered per supplier)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QWidget,
)

from app.imports.matching import Header, Role

#: The roles offered for a column, in the order of the list.
CHOICES = (Role.CONTRACT, Role.CODE, Role.NAME, Role.PERIOD, Role.VALUE, Role.COMMENT,
           Role.IGNORE)
UNRECOGNISED = "unrecognised"


def _tr(text: str) -> str:
    return QCoreApplication.translate("report_import", text)


class ColumnsBar(QScrollArea):
    """One combo per column of the report, under its header; changing one emits the user's
    complete choice (column → role)."""

    roles_changed = Signal(object)  # {column: Role}: a dict with int keys is no QVariantMap

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._overrides: dict[int, Role] = {}
        self._titles: list[str] = []
        self.combos: list[QComboBox] = []
        self.setWidget(QWidget())

    def set_header(self, header: Header, overrides: dict[int, Role],
                   samples: list[str] | None = None) -> None:
        """Show the columns of `header` with their roles, and a few of their values."""
        self._overrides = dict(overrides)
        titles = [header.title(column) for column in range(header.width)]
        if titles != self._titles:
            self._build(titles, samples or [])
        for column, combo in enumerate(self.combos):
            self._fill(combo, header.roles[column] if column < len(header.roles) else None)

    def _build(self, titles: list[str], samples: list[str]) -> None:
        """New combos for new columns (another sheet, another file)."""
        self._titles = titles
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.combos = []
        for column, text in enumerate(titles):
            sample = samples[column] if column < len(samples) else ""
            combo = QComboBox()
            combo.setMinimumWidth(130)
            combo.activated.connect(lambda _i, c=column: self._on_chosen(c))
            grid.addWidget(self._label(text, "color: #55606e; font-weight: 600;"), 0, column)
            grid.addWidget(combo, 1, column)
            grid.addWidget(self._label(sample, "color: #6b7785; font-size: 9pt;"), 2, column)
            self.combos.append(combo)
        grid.setColumnStretch(len(self.combos), 1)
        self.setWidget(inner)
        self.setFixedHeight(inner.sizeHint().height()
                            + self.horizontalScrollBar().sizeHint().height())

    @staticmethod
    def _label(text: str, style: str) -> QLabel:
        label = QLabel(text)
        label.setToolTip(text)
        label.setStyleSheet(style)
        label.setMaximumWidth(170)
        return label

    @staticmethod
    def _fill(combo: QComboBox, role: Role | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        if role is None:
            combo.addItem(_tr("— non reconnue —"), UNRECOGNISED)
        for choice in CHOICES:
            combo.addItem(_tr(choice.label), choice.value)
        combo.setCurrentIndex(combo.findData(role.value if role else UNRECOGNISED))
        combo.blockSignals(False)

    def _on_chosen(self, column: int) -> None:
        data = self.combos[column].currentData()
        if data == UNRECOGNISED:
            return
        role = Role(data)
        if role is not Role.IGNORE:  # one column per role: the other one lets it go
            for other, chosen in list(self._overrides.items()):
                if chosen is role and other != column:
                    self._overrides[other] = Role.IGNORE
        self._overrides[column] = role
        # After the combo has finished with its click: the new preview refills the combos.
        chosen = dict(self._overrides)
        QTimer.singleShot(0, lambda: self.roles_changed.emit(chosen))
