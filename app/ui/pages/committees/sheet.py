"""The meeting sheet: a committee opened, held live in Vigie, everything saved as typed.

The header says which committee it is and holds its buttons (« Marquer comme tenu »,
« Préparer le suivant », the status; the minutes and the invitation go beside them, in
`header_actions`). The tabs follow the minutes' order: participants, agenda, actions
followed up, indicator review, decisions, new actions, and the committee's own fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.enums import CommitteeStatus
from app.services import committee_edits as edits
from app.services import committees, contracts
from app.services.changes import ChangeSet
from app.services.committee_series import WEEKDAYS
from app.services.committees import CommitteeSheet
from app.services.formatting import format_date, format_month
from app.ui import minutes_actions
from app.ui.changes import run_change
from app.ui.ops import Op
from app.ui.pages.committees.autosave import Autosave
from app.ui.pages.committees.carried_tab import CarriedTab
from app.ui.pages.committees.info_tab import InfoTab
from app.ui.pages.committees.new_actions_tab import NewActionsTab
from app.ui.pages.committees.ordered_tab import AGENDA, DECISIONS, OrderedTab
from app.ui.pages.committees.participants_tab import ParticipantsTab
from app.ui.pages.committees.review_tab import ReviewTab
from app.ui.style import CRITICAL, icon
from app.ui.workspace import Workspace

if TYPE_CHECKING:  # the sheet hands services a session through the op helper, never opens one
    from sqlmodel import Session

STATUS_STYLES = {
    CommitteeStatus.PLANNED: ("#1f5fae", "#e8f0fb"),
    CommitteeStatus.HELD: ("#2e7d32", "#e6f4ea"),
    CommitteeStatus.MINUTES_SENT: ("#33404f", "#eef2f6"),
    CommitteeStatus.CANCELLED: ("#6b7785", "#f1f3f5"),
}


class MeetingSheet(QWidget):
    """One committee, its header and its tabs; `show_committee` opens one."""

    back_requested = Signal()
    prepare_next_requested = Signal(int)
    navigate_requested = Signal(str, int)
    closed = Signal()  # the committee shown no longer exists (deleted, creation undone)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today: Callable[[], dt.date] = clock.today
        self.autosave = Autosave(self)
        self.committee_id: int | None = None
        self.data: CommitteeSheet | None = None
        #: the suppliers a committee can be with (the page loads them with its list)
        self.suppliers: list[tuple[int, str]] = []
        self._client = ""
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._header())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # seven tabs in the 800 px a 1024 px screen leaves: no icons, tighter padding
        self.tabs.setStyleSheet("QTabBar::tab { padding: 5px 9px; }")
        self.participants = ParticipantsTab(self)
        self.agenda = OrderedTab(self, AGENDA)
        self.carried = CarriedTab(self)
        self.review = ReviewTab(self)
        self.decisions = OrderedTab(self, DECISIONS)
        self.new_actions = NewActionsTab(self)
        self.info = InfoTab(self)
        for tab in (self.participants, self.agenda, self.carried, self.review, self.decisions,
                    self.new_actions, self.info):
            self.tabs.addTab(tab, "")
        self.carried.open_requested.connect(lambda i: self.navigate_requested.emit("action", i))
        self.new_actions.open_requested.connect(
            lambda i: self.navigate_requested.emit("action", i))
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence("Alt+Left"), self, self.back_requested.emit,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _header(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(2)
        top = QHBoxLayout()
        self.back_button = QToolButton(icon=icon("mdi6.arrow-left"), autoRaise=True)
        self.back_button.setToolTip(self.tr("Retour à la liste des comités (Alt+←)"))
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(wordWrap=True)
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600; color: #1d2a3a;")
        self.status_badge = QLabel()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        top.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignVCenter)
        second = QHBoxLayout()
        self.summary = QLabel(wordWrap=True)
        self.summary.setStyleSheet("color: #55606e;")
        second.addWidget(self.summary, 1)
        #: the header's buttons; the minutes and the invitation take their place here too
        self.header_actions = QHBoxLayout()
        self.held_button = QPushButton(icon("mdi6.check-circle-outline", "white"),
                                       self.tr("Marquer comme tenu"), objectName="primary")
        self.held_button.clicked.connect(self.mark_held)
        self.next_button = QPushButton(icon("mdi6.calendar-plus"),
                                       self.tr("Préparer le suivant…"))
        self.next_button.clicked.connect(
            lambda: self.prepare_next_requested.emit(self.committee_id))
        self.status_button = QPushButton(self.tr("Statut"))
        self.status_menu = QMenu(self.status_button)
        for status in CommitteeStatus:
            action = QAction(status.label, self.status_menu)
            action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
            action.setData(status.value)
            self.status_menu.addAction(action)
        self.status_button.setMenu(self.status_menu)
        self.invite_button = QPushButton(icon("mdi6.calendar-account"),
                                         self.tr("Envoyer l'invitation"))
        self.invite_button.clicked.connect(self.send_invitation)
        self.minutes_button = QPushButton(icon("mdi6.file-word-outline"),
                                          self.tr("Exporter le compte rendu (Word)"))
        self.minutes_button.clicked.connect(self.export_minutes)
        for widget in (self.invite_button, self.minutes_button, self.status_button,
                       self.next_button, self.held_button):
            self.header_actions.addWidget(widget)
        second.addLayout(self.header_actions)
        column.addLayout(top)
        column.addLayout(second)
        return column

    # -- loading ------------------------------------------------------------------------------

    def show_committee(self, committee_id: int) -> None:
        """Open a committee's sheet (what was typed in the previous one is stored first)."""
        if committee_id != self.committee_id:
            self.autosave.flush()
            self.committee_id = committee_id
            self.tabs.setCurrentIndex(0)
        self.refresh()

    def refresh(self) -> None:
        """Read the committee again (after any change, or undo)."""
        if self.committee_id is None:
            return
        committee_id, today = self.committee_id, self.today()
        if not self._client:
            self._client = self.workspace.document.client_name()
        client = self._client
        if not self.suppliers:
            self.suppliers = self.workspace.query(contracts.supplier_choices)
        Op(self.workspace, lambda s: committees.committee_sheet(s, committee_id, today, client)
           ).success(self._show).run()

    def _show(self, sheet: CommitteeSheet | None) -> None:
        if sheet is None:
            self.autosave.discard()
            self.committee_id, self.data = None, None
            self.closed.emit()
            return
        self.data = sheet
        self._show_header(sheet)
        self.participants.show_rows(sheet.participants, sheet.contacts)
        self.agenda.show_rows(sheet.agenda)
        self.carried.show_rows(sheet.carried)
        self.review.show_review(sheet.review)
        self.decisions.show_rows(sheet.decisions)
        self.new_actions.show_sheet(sheet)
        self.info.show_sheet(sheet, self.suppliers)
        self._label_tabs(sheet)

    def _show_header(self, sheet: CommitteeSheet) -> None:
        committee = sheet.committee
        self.title.setText(committee.title)
        start, end = committee.starts_at, committee.ends_at
        when = (f"{WEEKDAYS[start.weekday()]} {format_date(start.date())}, "
                f"{start:%H:%M} – {end:%H:%M}")
        parts = [committee.kind.label, committee.supplier_name, when, committee.place]
        if committee.review_period:
            parts.append(self.tr("revue de {0}").format(format_month(committee.review_period)))
        self.summary.setText(" · ".join(p for p in parts if p))
        colour, background = STATUS_STYLES[committee.status]
        self.status_badge.setText(committee.status.label)
        self.status_badge.setStyleSheet(
            f"color: {colour}; background: {background}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: 600;")
        editable = not self.workspace.read_only
        planned = committee.status is CommitteeStatus.PLANNED
        self.held_button.setVisible(planned)
        self.held_button.setEnabled(editable)
        # an invitation for a meeting to hold (or a cancellation); minutes once it is held
        self.invite_button.setVisible(planned or committee.status is CommitteeStatus.CANCELLED)
        self.minutes_button.setVisible(committee.status is not CommitteeStatus.CANCELLED
                                       and not (planned and committee.day > self.today()))
        self.next_button.setEnabled(editable)
        self.status_button.setEnabled(editable)
        for action in self.status_menu.actions():
            action.setEnabled(action.data() != committee.status.value)

    def _label_tabs(self, sheet: CommitteeSheet) -> None:
        late = sum(1 for item in sheet.carried if item.action.days_late)
        labels = [
            self.tr("Participants ({0})").format(len(sheet.participants)),
            self.tr("Ordre du jour ({0})").format(len(sheet.agenda)),
            self.tr("Actions suivies ({0})").format(len(sheet.carried)),
            self.tr("Indicateurs ({0})").format(len(sheet.review.lines)),
            self.tr("Décisions ({0})").format(len(sheet.decisions)),
            self.tr("Nouvelles actions ({0})").format(len(sheet.new_actions)),
            self.tr("Infos"),
        ]
        for index, text in enumerate(labels):
            self.tabs.setTabText(index, text)
        bar = self.tabs.tabBar()
        bar.setTabTextColor(2, CRITICAL if late else bar.tabTextColor(0))
        bar.setTabToolTip(2, self.tr("Dont {0} en retard").format(late) if late else "")

    # -- writing ------------------------------------------------------------------------------

    def day(self) -> dt.date:
        """The day the sheet notes things on: the meeting's, or today if it is ahead."""
        assert self.data is not None
        return min(self.today(), self.data.committee.day)

    def change(self, text: str, table: str, work: Callable[[Session, ChangeSet], Any],
               merge_key: Hashable | None = None) -> Any:
        """Apply a change of the sheet (one undo step); raises ValidationError if refused."""
        return run_change(self.workspace, text, table, work, merge_key)

    def export_minutes(self) -> None:
        """« Exporter le compte rendu (Word) » (what is typed is stored first)."""
        if self.committee_id is not None:
            self.autosave.flush()
            minutes_actions.export_minutes(self, self.workspace, self.committee_id)

    def send_invitation(self) -> None:
        """« Envoyer l'invitation » (what is typed is stored first)."""
        if self.committee_id is not None:
            self.autosave.flush()
            minutes_actions.send_invitation(self, self.workspace, self.committee_id)

    def mark_held(self) -> None:
        """« Marquer comme tenu »: the meeting is over (what is typed is stored first)."""
        self.autosave.flush()
        self.set_status(CommitteeStatus.HELD)

    def set_status(self, status: CommitteeStatus) -> None:
        committee_id = self.committee_id
        if committee_id is None or self.workspace.read_only:
            return
        self.change(self.tr("Marquer le comité : {0}").format(status.label.lower()),
                    "committee", lambda s, c: edits.set_status(s, c, committee_id, status))
