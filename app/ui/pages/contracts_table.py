"""The contracts table: its columns (deadline colours and tooltips) and its empty state."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from app.models.enums import ContractKind, ContractStatus
from app.services import contracts
from app.services.contracts import ContractRow
from app.services.dashboard import Severity
from app.services.formatting import format_date, format_money
from app.ui.style import CRITICAL, CRITICAL_BG, MUTED, OK, WARNING, WARNING_BG
from app.ui.table_models import Column, configure_table

_STATUS_COLOURS = {
    ContractStatus.ACTIVE: OK,
    ContractStatus.RENEWAL_DUE: WARNING,
    ContractStatus.REVERSIBILITY: WARNING,
    ContractStatus.DRAFT: MUTED,
    ContractStatus.ENDED: MUTED,
}
_DEADLINE_COLOURS = {Severity.CRITICAL: (CRITICAL, CRITICAL_BG),
                     Severity.WARNING: (WARNING, WARNING_BG)}

#: Short names of the contract kinds, for a narrow column (the tooltip gives the full one).
_SHORT_KINDS = {
    ContractKind.ATU: "Régie (ATU)",
    ContractKind.ATG: "ATG",
    ContractKind.SAAS: "SaaS",
}

#: Initial widths of the columns, in pixels (the last one stretches).
WIDTHS = (118, 180, 135, 105, 95, 120, 100, 110)
DEADLINE_COLUMN = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("contracts", text)


def _muted(row: ContractRow) -> QColor | None:
    return MUTED if row.status is ContractStatus.ENDED else None


def _deadline_colours(row: ContractRow) -> tuple[QColor, QColor] | None:
    return _DEADLINE_COLOURS.get(contracts.notice_severity(row.notice_days))


def _deadline_foreground(row: ContractRow) -> QColor | None:
    colours = _deadline_colours(row)
    return colours[0] if colours else None


def _deadline_background(row: ContractRow) -> QColor | None:
    colours = _deadline_colours(row)
    return colours[1] if colours else None


def _deadline_tooltip(row: ContractRow) -> str:
    if row.notice_days is None:
        return ""
    text = _tr("{what} au plus tard le {date} ({when})")
    return text.format(what=contracts.deadline_words(row.renewal),
                       date=format_date(row.dates.notice_deadline),
                       when=contracts.days_text(row.notice_days))


def _status_tooltip(row: ContractRow) -> str:
    """Why a contract shows as ended when its recorded status says otherwise."""
    if row.recorded_status is None or row.dates.contract_end is None:
        return ""
    return _tr("Terminé le {date} (statut saisi : {status})").format(
        date=format_date(row.dates.contract_end), status=row.recorded_status.label)


def _term_end_day(row: ContractRow) -> dt.date | None:
    """The current term's last day; for an ended contract, its last day."""
    return row.dates.contract_end if row.dates.ended else row.dates.term_end


def _term_end(row: ContractRow) -> str:
    return format_date(_term_end_day(row))


def columns() -> list[Column]:
    """The columns of the contracts table, in order."""
    return [
        Column(_tr("Référence"), lambda r: r.reference, foreground=_muted),
        Column(_tr("Intitulé"), lambda r: r.title, foreground=_muted, tooltip=lambda r: r.title),
        Column(_tr("Prestataire"), lambda r: r.supplier_name, foreground=_muted),
        Column(_tr("Date limite\nde préavis"), lambda r: format_date(r.dates.notice_deadline),
               sort_key=lambda r: r.dates.notice_deadline,
               foreground=_deadline_foreground, background=_deadline_background,
               tooltip=_deadline_tooltip, value=lambda r: r.dates.notice_deadline, kind="date"),
        Column(_tr("Fin du terme"), _term_end, sort_key=_term_end_day, foreground=_muted,
               value=_term_end_day, kind="date"),
        Column(_tr("Statut"), lambda r: r.status.label,
               sort_key=lambda r: list(ContractStatus).index(r.status),
               foreground=lambda r: _STATUS_COLOURS.get(r.status), tooltip=_status_tooltip),
        Column(_tr("Type"), lambda r: _tr(_SHORT_KINDS.get(r.kind, r.kind.label)),
               foreground=_muted,
               tooltip=lambda r: r.kind.label, value=lambda r: r.kind.label),
        Column(_tr("Montant annuel"), lambda r: format_money(r.annual_amount),
               sort_key=lambda r: r.annual_amount, align_right=True, foreground=_muted,
               value=lambda r: r.annual_amount, kind="money"),
    ]


def setup_table(table: QTableView) -> None:
    """The look and behaviour of the contracts table: the house one, scrolled smoothly
    sideways (eight columns), without a grid."""
    configure_table(table, WIDTHS)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setShowGrid(False)


class EmptyState(QObject):
    """A sentence centred over a table's viewport while the table shows no row."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self.label = QLabel(table.viewport())
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #6b7785; font-size: 10.5pt; background: transparent;")
        self.label.hide()
        table.viewport().installEventFilter(self)

    def show_text(self, text: str) -> None:
        """Show `text` over the table, or hide it when `text` is empty."""
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        viewport: QWidget = self._table.viewport()
        self.label.setGeometry(24, 0, max(0, viewport.width() - 48), viewport.height())
