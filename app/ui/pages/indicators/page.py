"""The « Indicateurs » page: the indicators and their charts, the monthly grid of a
contract's figures, and its invoices against its budget."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.services import indicator_definitions as definitions
from app.services import indicators, measurements
from app.ui import style
from app.ui.export_table import export_page_table
from app.ui.ops import Op
from app.ui.pages.base import Page
from app.ui.pages.indicators.grid_panel import GridPanel
from app.ui.pages.indicators.invoices_panel import InvoicesPanel
from app.ui.pages.indicators.list_tab import IndicatorListTab
from app.ui.style import icon
from app.ui.widgets.flow_layout import button_group, flow_row
from app.ui.workspace import Workspace

LIST_TAB, GRID_TAB, INVOICES_TAB = range(3)


class IndicatorsPage(Page):
    """Indicators of one contract or all; the grid and invoices of the chosen contract."""

    entities = ("indicator", "measurement")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.today: Callable[[], dt.date] = clock.today
        self._stale_tabs: set[int] = set()
        self._listed: list[tuple] = []
        self._refresh_after_paint = False
        self._setup_ui()
        self._apply_read_only()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*style.PAGE_MARGINS)
        layout.addWidget(self._title_row())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.list_tab = IndicatorListTab(self.workspace)
        self.list_tab.today = lambda: self.today()
        # the grid and the invoices are built the first time their tab is shown
        self._panels: dict[int, GridPanel | InvoicesPanel] = {}
        self._slots = {GRID_TAB: QWidget(), INVOICES_TAB: QWidget()}
        for slot in self._slots.values():
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.list_tab, icon("mdi6.format-list-bulleted"), self.tr("Indicateurs"))
        self.tabs.addTab(self._slots[GRID_TAB], icon("mdi6.table-edit"),
                         self.tr("Saisie des mesures"))
        self.tabs.addTab(self._slots[INVOICES_TAB], icon("mdi6.receipt-text-outline"),
                         self.tr("Factures et budget"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs, 1)

    @property
    def grid_panel(self) -> GridPanel:
        """The « Saisie des mesures » tab (built on first use)."""
        if GRID_TAB not in self._panels:
            panel = GridPanel(self.workspace)
            panel.today = lambda: self.today()
            panel.written.connect(self._on_written)
            self._install(GRID_TAB, panel)
        return self._panels[GRID_TAB]  # type: ignore[return-value]

    @property
    def invoices(self) -> InvoicesPanel:
        """The « Factures et budget » tab (built on first use)."""
        if INVOICES_TAB not in self._panels:
            panel = InvoicesPanel(self.workspace)
            panel.today = lambda: self.today()
            self._install(INVOICES_TAB, panel)
        return self._panels[INVOICES_TAB]  # type: ignore[return-value]

    def _install(self, number: int, panel: GridPanel | InvoicesPanel) -> None:
        panel.set_read_only(self.workspace.read_only)
        self._slots[number].layout().addWidget(panel)
        panel.show()  # at once, not on the next turn of the event loop
        self._panels[number] = panel

    def _built(self) -> list[GridPanel | InvoicesPanel]:
        return list(self._panels.values())

    def _title_row(self) -> QWidget:
        """The title and the contract chosen; the export button on the right (or wrapped)."""
        self.contract_filter = QComboBox()
        self.contract_filter.addItem(self.tr("Tous les contrats"), None)
        self.contract_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.contract_filter.setMinimumContentsLength(22)
        self.contract_filter.setMaxVisibleItems(25)
        self.contract_filter.currentIndexChanged.connect(self._on_contract_changed)
        self.export_button = QPushButton(icon("mdi6.microsoft-excel"), self.tr("Exporter"))
        self.export_button.setToolTip(self.tr("Exporter le tableau affiché vers Excel "
                                              "(Ctrl+E)"))
        self.export_button.clicked.connect(self.export_table)
        return flow_row([QLabel(self.tr("Indicateurs"), objectName="pageTitle"),
                         self.contract_filter, button_group([self.export_button])], spacing=16)

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload what the page shows: the list, and the tab on screen."""
        self._refresh_after_paint = False
        today = self.today()
        Op(self.workspace, lambda s: (indicators.list_indicators(s, today),
                                      definitions.contract_choices(s))).success(
            self._show).run()
        self._stale_tabs = {GRID_TAB, INVOICES_TAB} - {self.tabs.currentIndex()}
        self._refresh_tab(self.tabs.currentIndex())

    def _show(self, loaded) -> None:
        rows, contracts = loaded
        self._fill_contracts(contracts)
        self.list_tab.set_rows(rows, contracts)

    def _fill_contracts(self, contracts) -> None:
        listed = [(c.id, c.reference, c.label) for c in contracts]
        if listed == self._listed:
            return  # a large file lists thousands: fill the combo only when they change
        self._listed = listed
        combo = self.contract_filter
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for contract in contracts:
            combo.addItem(contract.reference, contract.id)
            combo.setItemData(combo.count() - 1, contract.label, 3)  # tooltip
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)
        if combo.currentData() != current:
            self._on_contract_changed()

    def _refresh_tab(self, number: int) -> None:
        if number == GRID_TAB:
            self.grid_panel.set_contract(self.contract_id())
        elif number == INVOICES_TAB:
            self.invoices.set_contract(self.contract_id())

    def contract_id(self) -> int | None:
        """The contract chosen at the top of the page (None: all)."""
        return self.contract_filter.currentData()

    def choose_contract(self, contract_id: int | None) -> None:
        self.contract_filter.setCurrentIndex(max(0, self.contract_filter.findData(contract_id)))

    def _on_contract_changed(self, *_args: object) -> None:
        self.list_tab.set_contract(self.contract_id())
        self._stale_tabs = {GRID_TAB, INVOICES_TAB}
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, number: int) -> None:
        if number in self._stale_tabs or (number in self._slots and number not in self._panels):
            self._stale_tabs.discard(number)
            self._refresh_tab(number)

    def showEvent(self, event) -> None:
        # Back on the page after a change elsewhere: show at once what it showed, saying it
        # is being updated, and read the list again once painted (a file of thousands of
        # indicators takes a moment that would otherwise hold the switch), as the dashboard.
        if getattr(self, "_stale", False) and self.list_tab.model.rowCount():
            self._stale = False
            self._refresh_after_paint = True
            self.list_tab.count.setText(self.tr("Mise à jour…"))
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._refresh_after_paint:
            self._refresh_after_paint = False
            QTimer.singleShot(0, self, self.refresh)

    def _on_data_changed(self, what: str) -> None:
        if any(panel.writing for panel in self._built()):
            return  # the panel shows its own edit; `_on_written` updates the rest
        super()._on_data_changed(what)

    def _on_written(self, indicator_ids: set[int]) -> None:
        """Values typed in the grid: their rows of the list and the chart follow."""
        today = self.today()
        Op(self.workspace, lambda s: indicators.list_indicators(s, today, ids=indicator_ids)
           ).success(self.list_tab.replace_rows).run()
        if self.list_tab.current_id() in indicator_ids:
            self.list_tab.reload_series()
        self._stale_tabs.add(INVOICES_TAB)  # the penalties to deduct

    # -- the Page protocol ------------------------------------------------------------------

    def show_entity(self, entity: str, entity_id: int) -> None:
        """Open an indicator's chart (a measurement: its indicator, the period marked)."""
        period = None
        if entity == "measurement":
            key = self.workspace.query(lambda s: measurements.measurement_key(s, entity_id))
            if key is None:
                return
            entity_id, period = key
        elif entity != "indicator":
            return
        if not self.list_tab.may_leave():
            return
        if self.list_tab.model.find_row(lambda r: r.id == entity_id) < 0:
            self.refresh()
        found = self.list_tab.model.find_row(lambda r: r.id == entity_id)
        if found >= 0 and self.contract_id() not in (None,
                                                     self.list_tab.model.row_at(found).contract_id):
            self.choose_contract(None)
        self.tabs.setCurrentIndex(LIST_TAB)
        self.list_tab.show_indicator(entity_id, period)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(LIST_TAB)
        self.list_tab.search.setFocus()
        self.list_tab.search.selectAll()

    def has_unsaved_edits(self) -> bool:
        return self.list_tab.form_dirty() or any(p.has_refused() for p in self._built())

    def save_edits(self) -> bool:
        if self.list_tab.form_dirty() and not self.list_tab.card.form.save():
            self.tabs.setCurrentIndex(LIST_TAB)
            return False
        for number, panel in self._panels.items():
            if panel.has_refused():  # a refused value cannot be saved: it says why
                self.tabs.setCurrentIndex(number)
                return False
        return True

    def discard_edits(self) -> None:
        if self.list_tab.form_dirty():
            self.list_tab.card.form.cancel()
        for panel in self._built():
            panel.drop_refused()

    def table_for_export(self) -> tuple[str, QAbstractItemModel] | None:
        number = self.tabs.currentIndex()
        reference = self.contract_filter.currentText() if self.contract_id() else ""
        if number == GRID_TAB:
            if GRID_TAB not in self._panels or self.grid_panel.model.grid is None:
                return None
            return (self.tr("Mesures {0}").format(self.grid_panel.model.grid.contract_reference),
                    self.grid_panel.model)
        if number == INVOICES_TAB:
            return self.invoices.table_for_export() if INVOICES_TAB in self._panels else None
        side = self.list_tab.sides.tabText(self.list_tab.sides.currentIndex()).split(" (")[0]
        title = f"{self.tr('Indicateurs')} {reference} — {side}" if reference else \
            f"{self.tr('Indicateurs')} — {side}"
        return title, self.list_tab.proxy

    def export_table(self) -> None:
        export_page_table(self, self, self.workspace.path.parent)

    def _apply_read_only(self) -> None:
        read_only = self.workspace.read_only
        self.list_tab.set_read_only(read_only)
        for panel in self._built():
            panel.set_read_only(read_only)
