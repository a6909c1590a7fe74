"""« Saisie des mesures »: a contract's grid of indicators × periods, its frequencies and
periods to move through, and the chart of the indicator the cursor is on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.enums import Frequency
from app.services import measurements
from app.services.formatting import plural
from app.services.measurements import Cell, Grid, Key
from app.services.periods import last_complete_period, next_period, previous_period
from app.services.validation import ValidationError
from app.ui import settings
from app.ui.dialogs import messages
from app.ui.ops import Op
from app.ui.pages.indicators.chart_panel import IndicatorChart
from app.ui.pages.indicators.commands import WriteCells
from app.ui.pages.indicators.grid_model import MeasureGridModel, short_period
from app.ui.pages.indicators.grid_view import MeasureGridView
from app.ui.style import icon
from app.ui.workspace import Workspace

#: Periods shown at once, by frequency.
PERIODS_SHOWN = {Frequency.WEEKLY: 13, Frequency.MONTHLY: 12, Frequency.QUARTERLY: 8}
FREQUENCY_NAMES = {Frequency.WEEKLY: "Hebdomadaires", Frequency.MONTHLY: "Mensuels",
                   Frequency.QUARTERLY: "Trimestriels"}
CHART_DELAY_MS = 120  # the chart follows the cursor once it rests


class GridPanel(QWidget):
    """The measurement grid of one contract; every edit is one undo step."""

    written = Signal(object)  # the ids of the indicators whose values were written

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today: Callable[[], dt.date] = clock.today
        self.contract_id: int | None = None
        self.frequency: Frequency | None = None
        self.last: dt.date | None = None  # the last period shown; None: the running one
        self.writing = False  # True while this panel's own edit is being stored
        self._fitted = False
        self._setup_ui()
        self._chart_timer = QTimer(self, singleShot=True, interval=CHART_DELAY_MS)
        self._chart_timer.timeout.connect(self._load_chart)
        self.set_read_only(workspace.read_only)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self._toolbar())
        self.model = MeasureGridModel(self)
        self.model.edit_requested.connect(self._on_edit_requested)
        self.model.refusals_changed.connect(self._say_refused)
        self.view = MeasureGridView()
        self.view.setModel(self.model)
        self.view.pasted.connect(self._on_pasted)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.chart = IndicatorChart(minimum=(300, 150))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        settings.remember_splitter(self.splitter, "indicators-grid")
        self.empty = QLabel(self.tr("Choisissez un contrat (en haut de la page) pour saisir "
                                    "les mesures de ses indicateurs."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7785; font-size: 10.5pt;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.message)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        self.frequencies = QButtonGroup(self)
        self.frequencies.setExclusive(True)
        self.frequency_buttons: dict[Frequency, QToolButton] = {}
        for frequency in Frequency:
            button = QToolButton(text=self.tr(FREQUENCY_NAMES[frequency]), checkable=True)
            button.clicked.connect(lambda _c=False, f=frequency: self.show_frequency(f))
            self.frequencies.addButton(button)
            self.frequency_buttons[frequency] = button
            row.addWidget(button)
        row.addSpacing(12)
        self.earlier = QToolButton(icon=icon("mdi6.chevron-left"), autoRaise=True)
        self.earlier.setToolTip(self.tr("Périodes précédentes"))
        self.earlier.clicked.connect(lambda: self.shift(-1))
        self.span = QLabel()
        self.later = QToolButton(icon=icon("mdi6.chevron-right"), autoRaise=True)
        self.later.setToolTip(self.tr("Périodes suivantes"))
        self.later.clicked.connect(lambda: self.shift(1))
        self.now_button = QToolButton(text=self.tr("Aujourd'hui"), autoRaise=True)
        self.now_button.clicked.connect(self.show_now)
        for widget in (self.earlier, self.span, self.later, self.now_button):
            row.addWidget(widget)
        row.addStretch(1)
        self.hint = QLabel(self.tr("Tapez ou collez (Ctrl+V) · Suppr efface · Maj+F2 : "
                                   "commentaire"))
        self.hint.setStyleSheet("color: #6b7785;")
        row.addWidget(self.hint)
        return row

    # -- what is shown ----------------------------------------------------------------------

    def set_contract(self, contract_id: int | None) -> None:
        """Show this contract's grid (None: ask to choose one)."""
        if contract_id != self.contract_id:
            self.contract_id, self.frequency, self.last = contract_id, None, None
            self.model.refused.clear()
        self.refresh()

    def refresh(self) -> None:
        """Read the grid again from the file (refused values stay where they are)."""
        if self.contract_id is None:
            self._show(None)
            return
        contract_id, frequency, last, today = (self.contract_id, self.frequency, self.last,
                                               self.today())
        count = PERIODS_SHOWN.get(frequency or Frequency.MONTHLY, 12)
        Op(self.workspace, lambda s: measurements.load_grid(
            s, contract_id, today, frequency, last, count)).success(self._show).run()

    def _show(self, grid: Grid | None) -> None:
        current = self.view.currentIndex()
        self.model.set_grid(grid, self.today())
        self.splitter.setVisible(grid is not None)
        self.empty.setVisible(grid is None)
        if grid is None:
            self.chart.show_series(None)
            self._show_toolbar(None)
            return
        self.frequency = grid.frequency
        self._show_toolbar(grid)
        self._fit_splitter()
        row = min(max(current.row(), 0), self.model.rowCount() - 1)
        column = current.column() if current.isValid() else self._due_column(grid)
        if self.model.rowCount():
            self.view.go_to(self.model.index(row, min(column, self.model.columnCount() - 1)))
        self._chart_timer.start()

    def _due_column(self, grid: Grid) -> int:
        """The column of the last complete period (the one a monthly routine fills in),
        else the last one shown."""
        due = last_complete_period(self.today(), grid.frequency)
        return grid.periods.index(due) if due in grid.periods else len(grid.periods) - 1

    def _fit_splitter(self) -> None:
        """The first time, give the grid the height of its rows and the chart the rest
        (afterwards the user's own split is kept, from one session to the next)."""
        if self._fitted or settings.settings().value("splitters/indicators-grid") is not None:
            return
        self._fitted = True
        total = sum(self.splitter.sizes()) or 520
        wanted = self.view.horizontalHeader().height() + 28 * self.model.rowCount() + 24
        grid = max(140, min(wanted, int(total * 0.62)))
        self.splitter.setSizes([grid, total - grid])

    def _show_toolbar(self, grid: Grid | None) -> None:
        for frequency, button in self.frequency_buttons.items():
            button.setVisible(grid is not None and len(grid.frequencies) > 1
                              and frequency in grid.frequencies)
            button.setChecked(grid is not None and frequency is grid.frequency)
        for widget in (self.earlier, self.span, self.later, self.now_button, self.hint):
            widget.setVisible(grid is not None)
        if grid is not None and grid.periods:
            self.span.setText(f"{short_period(grid.periods[0], grid.frequency)} – "
                              f"{short_period(grid.periods[-1], grid.frequency)}")
            self.now_button.setEnabled(self.last is not None)

    def show_frequency(self, frequency: Frequency) -> None:
        if frequency is not self.frequency:
            self.frequency, self.last = frequency, None
            self.refresh()

    def shift(self, direction: int) -> None:
        """Show the periods half a screen earlier (-1) or later (+1)."""
        grid = self.model.grid
        if grid is None or not grid.periods:
            return
        move = next_period if direction > 0 else previous_period
        last = grid.periods[-1]
        for _ in range(max(1, len(grid.periods) // 2)):
            last = move(last, grid.frequency)
        self.last = last
        self.refresh()

    def show_now(self) -> None:
        self.last = None
        self.refresh()

    def show_period(self, indicator_id: int, period: dt.date) -> None:
        """Put the cursor on an indicator's period (moving the periods shown to it)."""
        grid = self.model.grid
        if grid is None:
            return
        if period not in grid.periods:
            self.last = period
            self.refresh()
            grid = self.model.grid
        row = next((n for n, r in enumerate(grid.rows) if r.id == indicator_id), -1)
        if row >= 0 and period in grid.periods:
            self.view.go_to(self.model.index(row, grid.periods.index(period)))

    # -- edits -----------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        from PySide6.QtWidgets import QAbstractItemView

        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                    QAbstractItemView.EditTrigger.DoubleClicked
                    | QAbstractItemView.EditTrigger.EditKeyPressed
                    | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setEditTriggers(triggers)
        for action in (self.view.paste_action, self.view.clear_action,
                       self.view.comment_action):
            action.setEnabled(not read_only)
        self.hint.setVisible(not read_only)

    def _on_edit_requested(self, changes: Mapping[Key, Cell | None], label: str) -> None:
        if self.workspace.read_only:
            return
        command = WriteCells(self.workspace, label, "measurement", measurements.write_cells,
                             changes)
        self.model.apply_local(changes)
        self.writing = True
        try:
            command.execute()
        except ValidationError as error:
            messages.show_error(self, self.tr("Saisie refusée"), " ".join(error.errors.values()))
            self.refresh()
            return
        finally:
            self.writing = False
        self.written.emit({indicator for indicator, _period in changes})
        self._chart_timer.start()

    def _on_pasted(self, written: int, refused: int, clipped: int) -> None:
        parts = [plural(written, self.tr("valeur collée"), self.tr("valeurs collées"))]
        if refused:
            parts.append(plural(refused, self.tr("refusée (en rouge)"),
                                self.tr("refusées (en rouge)")))
        if clipped:
            parts.append(plural(clipped, self.tr("cellule hors de la grille ignorée"),
                                self.tr("cellules hors de la grille ignorées")))
        self._say(" · ".join(parts), error=bool(refused or clipped))

    def _say_refused(self) -> None:
        count = self.model.refused_here()
        if count:
            self._say(plural(count, self.tr("valeur refusée n'est pas enregistrée"),
                             self.tr("valeurs refusées ne sont pas enregistrées"))
                      + self.tr(" : survolez la cellule pour savoir pourquoi."), error=True)
        elif self.message.property("error"):
            self._say("")

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("error", error and bool(text))
        self.message.setStyleSheet(f"color: {'#c62828' if error else '#33404f'};")

    def has_refused(self) -> bool:
        return bool(self.model.refused)

    def drop_refused(self) -> None:
        self.model.drop_refused()

    # -- the chart -------------------------------------------------------------------------

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() != previous.row():
            self._chart_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._chart_timer.start()  # the cursor may have moved while the panel was hidden

    def _load_chart(self) -> None:
        if not self.isVisible():
            return
        current = self.view.currentIndex()
        if not current.isValid() or self.model.grid is None:
            self.chart.show_series(None)
            return
        indicator_id = self.model.row(current.row()).id
        today = self.today()
        Op(self.workspace, lambda s: measurements.indicator_series(s, indicator_id, today)
           ).success(lambda series: self.chart.show_series(series)).run()
