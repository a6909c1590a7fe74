"""Who takes part in the committee, from both sides, and whether they came.

Attendance is set for the selected participants with the buttons or a key: P (présent),
E (excusé), A (absent), I (invité). Contacts are added from both sides' lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Attendance, Side
from app.services import committee_edits as edits
from app.services.formatting import plural
from app.services.meeting_sheet import ContactChoice, ParticipantRow
from app.ui.pages.committees.base import SheetTab, configure_plain_table
from app.ui.style import CRITICAL, MUTED, OK, WARNING, icon
from app.ui.table_models import ROW_ROLE, Column, RowsTableModel
from app.ui.widgets.flow_layout import STRETCH, flow_row

ATTENDANCE_COLOURS = {Attendance.PRESENT: OK, Attendance.EXCUSED: WARNING,
                      Attendance.ABSENT: CRITICAL, Attendance.INVITED: MUTED}
KEYS = {Attendance.PRESENT: "P", Attendance.EXCUSED: "E", Attendance.ABSENT: "A",
        Attendance.INVITED: "I"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantsTab", text)


def _attendance_colour(row: ParticipantRow) -> QColor:
    return ATTENDANCE_COLOURS[row.attendance]


def columns() -> list[Column]:
    """The participants table: who, for whom, how to reach them, whether they came."""
    return [
        Column(_tr("Présence"), lambda r: r.attendance.label,
               sort_key=lambda r: list(Attendance).index(r.attendance),
               foreground=_attendance_colour),
        Column(_tr("Nom"), lambda r: r.name),
        Column(_tr("Fonction"), lambda r: r.role, tooltip=lambda r: r.role),
        Column(_tr("Organisation"), lambda r: r.organisation,
               sort_key=lambda r: (r.side is not Side.CLIENT, r.organisation)),
        Column(_tr("E-mail"), lambda r: r.email),
    ]


class ParticipantsTab(SheetTab):
    """The participants with their attendance, and the buttons to change it."""

    def __init__(self, sheet) -> None:
        super().__init__(sheet)
        self.contacts: Sequence[ContactChoice] = ()
        self.model = RowsTableModel(columns(), self)
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.attendance_buttons: dict[Attendance, QPushButton] = {}
        for attendance in (Attendance.PRESENT, Attendance.EXCUSED, Attendance.ABSENT):
            button = QPushButton(f"{attendance.label} ({KEYS[attendance]})")
            button.setToolTip(self.tr("Marquer les participants sélectionnés : {0}").format(
                attendance.label.lower()))
            button.clicked.connect(lambda _c=False, a=attendance: self.set_attendance(a))
            self.attendance_buttons[attendance] = button
        self.all_present = QPushButton(icon("mdi6.account-multiple-check-outline"),
                                       self.tr("Tous présents"))
        self.all_present.clicked.connect(self.mark_all_present)
        self.add_button = QPushButton(icon("mdi6.account-plus-outline"), self.tr("Inviter…"))
        self.add_button.clicked.connect(self.invite)
        self.remove_button = QPushButton(icon("mdi6.account-remove-outline"),
                                         self.tr("Retirer"))
        self.remove_button.clicked.connect(self.remove_selected)
        # the attendance buttons on the left, the invitation ones on the right (or wrapped)
        buttons = flow_row([*self.attendance_buttons.values(), self.all_present, STRETCH,
                            self.add_button, self.remove_button])
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_plain_table(self.table, (90, 170, 210, 160))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for attendance, key in KEYS.items():
            QShortcut(QKeySequence(key), self.table,
                      lambda a=attendance: self.set_attendance(a),
                      context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  self.remove_selected, context=Qt.ShortcutContext.WidgetShortcut)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #6b7785;")
        layout.addWidget(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def show_rows(self, rows: Sequence[ParticipantRow], contacts: Sequence[ContactChoice]
                  ) -> None:
        """Show the participants (keeping the selection) and who else may be invited."""
        self.contacts = contacts
        selected = self.selected_ids()
        self.model.set_rows(rows)
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for n, row in enumerate(self.model.rows()):
            if row.contact_id in selected:
                selection.select(self.model.index(n, 0), flags)
        counts = {a: sum(1 for r in rows if r.attendance is a) for a in Attendance}
        parts = [plural(counts[a], a.label.lower()) for a in KEYS if counts[a]]
        self.summary.setText(
            self.tr("{0} : {1}").format(plural(len(rows), self.tr("participant")),
                                        ", ".join(parts)) if rows
            else self.tr("Aucun participant : « Inviter… » en ajoute des deux côtés."))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        return [index.data(ROW_ROLE).contact_id
                for index in self.table.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        for button in self.attendance_buttons.values():
            button.setEnabled(self.editable and chosen)
        self.remove_button.setEnabled(self.editable and chosen)
        self.all_present.setEnabled(self.editable and self.model.rowCount() > 0)
        self.add_button.setEnabled(self.editable)

    # -- editing ------------------------------------------------------------------------------

    def set_attendance(self, attendance: Attendance, ids: list[int] | None = None) -> None:
        """Mark the selected participants (or these contacts) with an attendance."""
        chosen = self.selected_ids() if ids is None else ids
        if not chosen or not self.editable:
            return
        committee_id = self.sheet.committee_id
        self.sheet.change(
            self.tr("Marquer {0} : {1}").format(plural(len(chosen), self.tr("participant")),
                                                attendance.label.lower()),
            "committee_participant",
            lambda s, c: edits.set_attendance(s, c, committee_id, chosen, attendance))

    def mark_all_present(self) -> None:
        """Everyone came (the usual case, corrected afterwards for the excused)."""
        self.set_attendance(Attendance.PRESENT, [r.contact_id for r in self.model.rows()])

    def remove_selected(self) -> None:
        chosen, committee_id = self.selected_ids(), self.sheet.committee_id
        if not chosen or not self.editable:
            return
        self.sheet.change(
            self.tr("Retirer {0}").format(plural(len(chosen), self.tr("participant"))),
            "committee_participant",
            lambda s, c: edits.remove_participants(s, c, committee_id, chosen))

    def invite(self) -> None:
        """Choose contacts of both sides to invite."""
        invited = {r.contact_id for r in self.model.rows()}
        others = [c for c in self.contacts if c.id not in invited]
        dialog = InviteDialog(others, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return
        self.add(dialog.chosen())

    def add(self, contact_ids: list[int]) -> None:
        committee_id = self.sheet.committee_id
        self.sheet.change(
            self.tr("Inviter {0}").format(plural(len(contact_ids), self.tr("participant"))),
            "committee_participant",
            lambda s, c: edits.add_participants(s, c, committee_id, contact_ids))


class InviteDialog(QDialog):
    """The contacts not invited yet, the client's then the supplier's, to tick."""

    def __init__(self, contacts: Sequence[ContactChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inviter des participants"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        for contact in contacts:
            text = f"{contact.name} — {contact.role}" if contact.role else contact.name
            item = QListWidgetItem(f"{text}  ({contact.organisation})")
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemActivated.connect(self._toggle)
        if not contacts:
            layout.addWidget(QLabel(self.tr("Tous les contacts des deux côtés sont déjà "
                                            "invités. Ajoutez-en depuis la page "
                                            "Prestataires."), wordWrap=True))
        layout.addWidget(self.list, 1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Inviter"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(460, 380)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
