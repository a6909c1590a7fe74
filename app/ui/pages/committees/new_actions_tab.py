"""The actions decided in the committee: typed in one line, listed below, edited on a
double click."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import Action
from app.models.enums import Priority, Side
from app.services import action_edits
from app.services.actions import ActionRow
from app.services.committees import CommitteeSheet
from app.services.formatting import format_date, plural
from app.services.validation import ValidationError
from app.ui.commands import DeleteRecord
from app.ui.dialogs import messages
from app.ui.pages.actions.table import STATUS_COLOURS, priority_colour
from app.ui.pages.committees.base import SheetTab, configure_plain_table
from app.ui.style import icon
from app.ui.table_models import ROW_ROLE, Column, RowsTableModel
from app.ui.widgets.action_fields import NONE_CHOICE, ActionFields
from app.ui.widgets.form import FormPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("NewActionsTab", text)


def columns() -> list[Column]:
    """The new actions: what, who for which side, by when, how urgent, where it stands."""
    return [
        Column(_tr("N°"), lambda r: r.number),
        Column(_tr("Action"), lambda r: r.title, tooltip=lambda r: r.title),
        Column(_tr("Porteur"), lambda r: r.owner_name),
        Column(_tr("Côté"), lambda r: r.side.label),
        Column(_tr("Échéance"), lambda r: format_date(r.due_date)),
        Column(_tr("Priorité"), lambda r: r.priority.label, foreground=priority_colour),
        Column(_tr("Statut"), lambda r: r.status.label,
               foreground=lambda r: STATUS_COLOURS[r.status]),
    ]


class NewActionsTab(SheetTab):
    """A line to add an action, the committee's actions below it."""

    open_requested = Signal(int)

    def __init__(self, sheet) -> None:
        super().__init__(sheet)
        self.model = RowsTableModel(columns(), self)
        self._owner_sides: dict[int, Side] = {}
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.error = QLabel(objectName="fieldError")
        self.error.hide()
        layout.addLayout(self._new_line())
        layout.addWidget(self.error)
        layout.addWidget(self._table(), 1)
        layout.addLayout(self._buttons())

    def _new_line(self) -> QGridLayout:
        """The fields of a new action: its title on a line of its own, the rest below it,
        « Ajouter » at the end."""
        self.form = FormPanel(self)  # reads the fields, which are laid out in the grid
        self.form.hide()
        self.title = self.form.add_text("title", "", self.tr(
            "ex. Envoyer le plan de capacité du stockage — Entrée pour l'ajouter"))
        self.title.returnPressed.connect(self.add_action)
        self.owner = self.form.add_choice("owner_id", "", [(None, self.tr("Porteur"))])
        self.owner.activated.connect(self._on_owner)
        self.side = self.form.add_enum("side", "", Side)
        self.due = self.form.add_date("due_date", "", optional=True)
        self.priority = self.form.add_enum("priority", "", Priority)
        self.contract = self.form.add_choice("contract_id", "", [(None, NONE_CHOICE)])
        self.form.set_values({"side": Side.SUPPLIER, "priority": Priority.NORMAL,
                              "due_date": None})
        for combo in (self.owner, self.contract):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.add_button = QPushButton(icon("mdi6.plus", "white"), self.tr("Ajouter"),
                                      objectName="primary")
        self.add_button.clicked.connect(self.add_action)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Nouvelle action")), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 5)
        labels = (self.tr("Porteur"), self.tr("Côté"), self.tr("Échéance"),
                  self.tr("Priorité"), self.tr("Contrat"))
        for n, (label, widget) in enumerate(zip(labels, (self.owner, self.side, self.due,
                                                         self.priority, self.contract),
                                                strict=True)):
            field = QVBoxLayout()
            field.setSpacing(2)
            field.addWidget(QLabel(label))
            field.addWidget(widget)
            grid.addLayout(field, 1, n + 1 if n else 0, 1, 1 if n else 2)  # the owner: wide
        grid.addWidget(self.add_button, 1, 6, Qt.AlignmentFlag.AlignBottom)
        grid.setColumnStretch(1, 1)
        return grid

    def _table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        configure_plain_table(self.table, (60, 250, 130, 85, 80, 70))
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        return self.table

    def _buttons(self) -> QGridLayout:
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Modifier…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Supprimer"))
        self.delete_button.clicked.connect(self.delete_current)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #6b7785;")
        buttons = QGridLayout()
        buttons.addWidget(self.summary, 0, 0)
        buttons.setColumnStretch(0, 1)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.delete_button, 0, 2)
        return buttons

    def show_sheet(self, sheet: CommitteeSheet) -> None:
        """Show the committee's actions and offer its people and contracts."""
        self._owner_sides = {c.id: c.side for c in sheet.contacts}
        self.form.set_choices("owner_id", [(None, self.tr("Porteur")), *(
            (c.id, c.name) for c in sheet.contacts)])
        linked = set(sheet.committee.contract_ids)
        self.form.set_choices("contract_id", [(None, NONE_CHOICE), *(
            (i, label.split(" — ")[0]) for i, label in sheet.contracts if i in linked)])
        self.model.set_rows(sheet.new_actions)
        count = len(sheet.new_actions)
        self.summary.setText(plural(count, self.tr("action décidée"),
                                    self.tr("actions décidées")) if count else
                             self.tr("Aucune action décidée pour l'instant."))
        for widget in self.form.fields.values():
            widget.setEnabled(self.editable)
        self._update_buttons()

    def current(self) -> ActionRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.add_button.setEnabled(self.editable)
        self.edit_button.setEnabled(self.editable and chosen)
        self.delete_button.setEnabled(self.editable and chosen)

    def _on_owner(self, _index: int) -> None:
        side = self._owner_sides.get(self.owner.currentData())
        if side is not None:
            self.form.set_values({"side": side})

    # -- editing ------------------------------------------------------------------------------

    def add_action(self) -> None:
        """Store the action typed in the line, decided in this committee (undoable)."""
        if not self.editable:
            return
        committee = self.sheet.data.committee
        values = {**action_edits.default_values(committee.supplier_id), **self.form.values()}
        day = self.sheet.day()
        try:
            self.sheet.change(self.tr("Ajouter l'action « {0} »").format(values["title"]),
                              "action", lambda s, c: action_edits.create_action(
                                  s, c, values, day, committee.id))
        except ValidationError as error:
            self.error.setText(error.errors.get("title", ""))
            self.error.show()
            self.title.setFocus()
            return
        self.error.hide()
        self.form.set_values({"title": "", "due_date": None})
        self.title.setFocus()

    def edit_current(self) -> None:
        row = self.current()
        if row is None or not self.editable:
            return
        dialog = ActionDialog(self)
        contracts = [(self.contract.itemData(i), self.contract.itemText(i))
                     for i in range(1, self.contract.count())]
        dialog.fields.set_contracts(contracts)
        dialog.fields.set_owners([(i, self.owner.itemText(n), self._owner_sides[i])
                                  for n, i in enumerate(self._owner_ids(), start=1)])
        dialog.fields.set_values({k: getattr(row, k) for k in (
            "title", "description", "contract_id", "owner_id", "side", "priority",
            "due_date", "status", "notes")})
        dialog.accepted_values.connect(lambda values: self._save(row, values, dialog))
        dialog.exec()

    def _owner_ids(self) -> list[int]:
        return [self.owner.itemData(i) for i in range(1, self.owner.count())]

    def _save(self, row: ActionRow, values: dict, dialog: ActionDialog) -> None:
        day = self.sheet.day()
        values = {**values, "supplier_id": row.supplier_id}
        try:
            self.sheet.change(self.tr("Modifier l'action {0}").format(row.number), "action",
                              lambda s, c: action_edits.save_action(s, c, row.id, values, day))
        except ValidationError as error:
            dialog.fields.show_errors(error.errors)
            return
        dialog.accept()

    def delete_current(self) -> None:
        row = self.current()
        if row is None or not self.editable:
            return
        if not messages.confirm(self, self.tr("Supprimer l'action"),
                                self.tr("Supprimer l'action {0} — {1} ?").format(
                                    row.number, row.title),
                                self.tr("Vous pourrez revenir en arrière avec Édition ▸ "
                                        "Annuler.")):
            return
        DeleteRecord(self.sheet.workspace, self.tr("Supprimer l'action {0}").format(
            row.number), Action, row.id).execute()


class ActionDialog(QDialog):
    """An action of the committee in full; « Enregistrer » saves it (undoable)."""

    accepted_values = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifier l'action"))
        layout = QVBoxLayout(self)
        self.fields = ActionFields(with_supplier=False)
        layout.addWidget(self.fields)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        box.accepted.connect(lambda: self.accepted_values.emit(self.fields.values()))
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(480, 520)
