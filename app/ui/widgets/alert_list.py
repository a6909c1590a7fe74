"""The dashboard's alerts, grouped by severity; each alert is a link to what it is about.

A list view over a flat model (group headers, alerts, « show more » rows) painted by a
delegate: it stays quick with thousands of alerts, and the keyboard works as in any list
(arrows move, Enter follows the alert). Each group shows its first `PER_GROUP` alerts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.services.dashboard import Alert, AlertKind, Severity
from app.services.formatting import format_date, format_number
from app.ui import style

Index = QModelIndex | QPersistentModelIndex
PER_GROUP = 100
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

ICONS = {
    AlertKind.NOTICE_DEADLINE: "mdi6.calendar-alert",
    AlertKind.CONTRACT_END: "mdi6.file-clock-outline",
    AlertKind.CONTRACT_ENDED: "mdi6.file-check-outline",
    AlertKind.INDICATOR_BREACHED: "mdi6.trending-down",
    AlertKind.CLIENT_INPUT_BREACHED: "mdi6.account-arrow-right-outline",
    AlertKind.INDICATOR_MISSING: "mdi6.table-question",
    AlertKind.PENALTY_DUE: "mdi6.cash-minus",
    AlertKind.ACTION_LATE: "mdi6.clock-alert-outline",
    AlertKind.COMMITTEE_NEXT: "mdi6.account-group-outline",
    AlertKind.MILESTONE_LATE: "mdi6.flag-remove-outline",
    AlertKind.PLAN_MISSING: "mdi6.swap-horizontal",
}

COLOURS = {
    Severity.CRITICAL: (style.CRITICAL, style.CRITICAL_BG),
    Severity.WARNING: (style.WARNING, style.WARNING_BG),
    Severity.INFO: (QColor(style.ACCENT), QColor("#e8f0fa")),
}


@dataclass(frozen=True)
class GroupHeader:
    """The title row of a severity group."""

    severity: Severity
    count: int


@dataclass(frozen=True)
class MoreRow:
    """The last row of a group cut at `PER_GROUP`: activating it shows the rest."""

    severity: Severity
    hidden: int


Entry = GroupHeader | MoreRow | Alert


class AlertListModel(QAbstractListModel):
    """Alerts grouped by severity (most urgent first), as one flat list of rows."""

    def __init__(self, parent: QWidget | None = None, per_group: int = PER_GROUP) -> None:
        super().__init__(parent)
        self._per_group = per_group
        self._groups: dict[Severity, list[Alert]] = {}
        self._expanded: set[Severity] = set()
        self._rows: list[Entry] = []

    def set_alerts(self, alerts: list[Alert]) -> None:
        """Show these alerts (in the order given within each group)."""
        self._groups = {s: [a for a in alerts if a.severity is s] for s in Severity}
        self._expanded.clear()
        self._rebuild()

    def expand(self, severity: Severity) -> None:
        """Show every alert of that group."""
        self._expanded.add(severity)
        self._rebuild()

    def alert_count(self) -> int:
        return sum(len(group) for group in self._groups.values())

    def entry(self, row: int) -> Entry:
        return self._rows[row]

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._rows = []
        for severity, alerts in self._groups.items():
            if not alerts:
                continue
            self._rows.append(GroupHeader(severity, len(alerts)))
            shown = alerts if severity in self._expanded else alerts[: self._per_group]
            self._rows.extend(shown)
            if len(shown) < len(alerts):
                self._rows.append(MoreRow(severity, len(alerts) - len(shown)))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return entry_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(entry, Alert):
            return self.tr("{0}\nCliquer pour ouvrir.").format(entry.message)
        if role == ENTRY_ROLE:
            return entry
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or isinstance(self._rows[index.row()], GroupHeader):
            return Qt.ItemFlag.NoItemFlags  # group titles are not stops for the keyboard
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def entry_text(entry: Entry) -> str:
    """What a row says, for display and accessibility."""
    if isinstance(entry, GroupHeader):
        return f"{entry.severity.label} ({entry.count})"
    if isinstance(entry, MoreRow):
        if entry.hidden == 1:
            return AlertListModel.tr("Afficher l'autre alerte")
        return AlertListModel.tr("Afficher les {0} autres alertes").format(
            format_number(entry.hidden, 0))
    return f"{entry.kind.label} — {alert_date(entry)} — {entry.message}"


#: Alerts about a period of measurement: their date is the first day of that period.
_PERIOD_KINDS = (AlertKind.INDICATOR_BREACHED, AlertKind.INDICATOR_MISSING,
                 AlertKind.CLIENT_INPUT_BREACHED, AlertKind.PENALTY_DUE)


def alert_date(alert: Alert) -> str:
    """The date shown beside an alert: « 14/11/2026 », or the period « 10/2026 »."""
    if alert.kind in _PERIOD_KINDS:
        return f"{alert.date:%m/%Y}"
    return format_date(alert.date)


WORD_JOINER = "\u2060"
NBSP = "\u00a0"
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_GLUED = re.compile(r"(« |[≥≤] | [»:;?!])")


def typeset(text: str) -> str:
    """The text as painted: no line break inside « HX-ARM-INF-2024 », after « or ≥, or
    before », : and the like (French typography)."""
    text = _INNER_HYPHEN.sub("-" + WORD_JOINER, text)
    return _GLUED.sub(lambda match: match.group(0).replace(" ", NBSP), text)


SCROLL_STYLE = """
QScrollBar:vertical { background: transparent; width: 10px; margin: 2px 0 2px 0; }
QScrollBar::handle:vertical { background: #c9d2dc; border-radius: 4px; min-height: 32px;
                              margin: 0 2px 0 2px; }
QScrollBar::handle:vertical:hover { background: #9aa8b8; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
"""

TEXT = QColor("#1d2a3a")
LINE = QColor("#e9edf2")
HOVER_BG = QColor("#f3f7fc")
SELECTED_BG = QColor("#e3eefb")
HEADER_HEIGHT = 38
MORE_HEIGHT = 32
ICON_SIZE = 18
INDENT = 44  # where the text of an alert starts
PAD = 8
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AlertDelegate(QStyledItemDelegate):
    """Paints group titles, alerts (marker, icon, kind, date, message) and « more » rows."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._icons: dict[tuple[AlertKind, Severity], QIcon] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, GroupHeader):
            return QSize(0, HEADER_HEIGHT)
        if isinstance(entry, MoreRow):
            return QSize(0, MORE_HEIGHT)
        base, small = self._fonts()
        width = max(self._view.viewport().width() - INDENT - PAD, 80)
        message = QFontMetrics(base).boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, typeset(entry.message))
        return QSize(0, PAD + QFontMetrics(small).height() + 3 + message.height() + PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if isinstance(entry, GroupHeader):
            self._paint_header(painter, option.rect, entry, index.row() == 0)
        elif isinstance(entry, MoreRow):
            self._paint_more(painter, option, entry)
        elif isinstance(entry, Alert):
            self._paint_alert(painter, option, entry)
        painter.restore()

    def _fonts(self) -> tuple[QFont, QFont]:
        base = QFont(self._view.font())
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.88)
        return base, small

    def _icon(self, alert: Alert) -> QIcon:
        key = (alert.kind, alert.severity)
        if key not in self._icons:
            self._icons[key] = style.icon(ICONS[alert.kind], COLOURS[alert.severity][0].name())
        return self._icons[key]

    def _paint_background(self, painter: QPainter, option: QStyleOptionViewItem) -> bool:
        """Hover and selection; True when the row is under the mouse."""
        state = option.state
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        rect = option.rect.adjusted(0, 1, -2, -1)
        painter.setPen(Qt.PenStyle.NoPen)
        if state & QStyle.StateFlag.State_Selected:
            painter.setBrush(SELECTED_BG)
            painter.drawRoundedRect(rect, 4, 4)
        elif hovered:
            painter.setBrush(HOVER_BG)
            painter.drawRoundedRect(rect, 4, 4)
        return hovered

    def _paint_alert(self, painter: QPainter, option: QStyleOptionViewItem, alert: Alert
                     ) -> None:
        rect = option.rect
        hovered = self._paint_background(painter, option)
        colour = COLOURS[alert.severity][0]
        painter.setBrush(colour)
        painter.drawRoundedRect(QRect(rect.left() + 4, rect.top() + PAD, 3,
                                      rect.height() - 2 * PAD), 1.5, 1.5)
        self._icon(alert).paint(painter, QRect(rect.left() + 16, rect.top() + PAD - 1,
                                               ICON_SIZE, ICON_SIZE))
        base, small = self._fonts()
        head = QRect(rect.left() + INDENT, rect.top() + PAD,
                     rect.width() - INDENT - PAD, QFontMetrics(small).height())
        small.setWeight(QFont.Weight.DemiBold)
        painter.setFont(small)
        painter.setPen(colour)
        painter.drawText(head, _LEFT, alert.kind.label)
        small.setWeight(QFont.Weight.Normal)
        painter.setFont(small)
        painter.setPen(style.MUTED)
        painter.drawText(head, _RIGHT, alert_date(alert))
        body = QRect(head.left(), head.bottom() + 4, head.width(),
                     rect.bottom() - head.bottom() - PAD + 4)
        base.setUnderline(hovered)
        painter.setFont(base)
        painter.setPen(QColor(style.ACCENT) if hovered else TEXT)
        painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, typeset(alert.message))
        painter.setPen(LINE)
        painter.drawLine(head.left(), rect.bottom(), rect.right() - PAD, rect.bottom())

    def _paint_header(self, painter: QPainter, rect: QRect, header: GroupHeader, first: bool
                      ) -> None:
        colour, background = COLOURS[header.severity]
        base, small = self._fonts()
        base.setWeight(QFont.Weight.DemiBold)
        line = QRect(rect.left() + 4, rect.top() + 12, rect.width() - 8, rect.height() - 14)
        if not first:
            painter.setPen(LINE)
            painter.drawLine(rect.left() + 4, rect.top() + 3, rect.right() - 4, rect.top() + 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(line.left() + 4, line.center().y() - 4, 9, 9)
        painter.setFont(base)
        painter.setPen(TEXT)
        label = header.severity.label
        painter.drawText(line.adjusted(22, 0, 0, 0), _LEFT, label)
        count = format_number(header.count, 0)
        metrics = QFontMetrics(small)
        pill = QRect(line.left() + 22 + QFontMetrics(base).horizontalAdvance(label) + 8,
                     line.center().y() - metrics.height() // 2 - 1,
                     metrics.horizontalAdvance(count) + 14, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setFont(small)
        painter.setPen(colour)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, count)

    def _paint_more(self, painter: QPainter, option: QStyleOptionViewItem, more: MoreRow
                    ) -> None:
        hovered = self._paint_background(painter, option)
        base, _small = self._fonts()
        base.setUnderline(hovered)
        painter.setFont(base)
        painter.setPen(QColor(style.ACCENT))
        painter.drawText(option.rect.adjusted(INDENT, 0, -PAD, 0), _LEFT, entry_text(more))


class AlertList(QListView):
    """The alerts as links: a click or Enter on one emits `alert_activated(alert)`."""

    alert_activated = Signal(object)  # Alert

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.alert_model = AlertListModel(self)
        self.setModel(self.alert_model)
        self.setItemDelegate(AlertDelegate(self))
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setStyleSheet(SCROLL_STYLE)
        self.setAccessibleName(self.tr("Alertes"))
        self.clicked.connect(self._activate)

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.alert_model.set_alerts(alerts)

    def entry_at(self, index: QModelIndex) -> Entry | None:
        return self.alert_model.entry(index.row()) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        entry = self.entry_at(self.indexAt(event.position().toPoint()))
        link = isinstance(entry, Alert | MoreRow)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if link
                                  else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        entry = self.entry_at(index)
        if isinstance(entry, MoreRow):
            row = index.row()
            self.alert_model.expand(entry.severity)
            self.setCurrentIndex(self.alert_model.index(row))
        elif isinstance(entry, Alert):
            self.alert_activated.emit(entry)
