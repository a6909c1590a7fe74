"""The contacts of a supplier (or of the client) in a small table, and the contact dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import Contact, Side
from app.services import records, suppliers
from app.services.suppliers import ContactRow, fold
from app.services.validation import ValidationError
from app.ui.commands import CreateRecord, DeleteRecord, UpdateRecord
from app.ui.dialogs import messages
from app.ui.ops import Op
from app.ui.style import ACCENT, icon
from app.ui.table_models import ROW_ROLE, Column, FilterProxy, RowsTableModel, configure_table
from app.ui.widgets.form import FormPanel
from app.ui.workspace import Workspace


def contact_columns(tr) -> list[Column]:
    """The two columns of the contacts table: who (name, role) and how to reach them."""
    return [
        Column(tr("Contact"), lambda c: f"{c.name}\n{c.role or '—'}",
               sort_key=lambda c: fold(c.name), tooltip=_contact_tooltip),
        Column(tr("Coordonnées"), lambda c: f"{c.email or '—'}\n{c.phone or '—'}",
               sort_key=lambda c: c.email.casefold(), tooltip=_contact_tooltip),
    ]


def _contact_tooltip(contact: ContactRow) -> str:
    lines = [contact.name, contact.role, contact.email, contact.phone,
             _side_text(contact), contact.notes]
    return "\n".join(line for line in lines if line)


def _side_text(contact: ContactRow) -> str:
    if contact.supplier_id is None:
        return ""
    return QCoreApplication.translate("ContactsPanel", "Côté {0}").format(
        contact.side.label.lower())


class ContactsPanel(QWidget):
    """Lists the contacts of one supplier (or the client's) with add / edit / delete."""

    count_changed = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.supplier_id: int | None = None
        self.owner_name = ""
        self.dialog: ContactDialog | None = None
        self.model = RowsTableModel(contact_columns(self.tr), self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(icon("mdi6.account-plus-outline"), self.tr("A&jouter"))
        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Modifier"))
        self.delete_button = QPushButton(icon("mdi6.account-remove-outline"),
                                         self.tr("Supprimer"))
        self.add_button.clicked.connect(self.add_contact)
        self.edit_button.clicked.connect(self.edit_contact)
        self.delete_button.clicked.connect(self.delete_contact)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        configure_table(self.table, (185,))
        self.table.verticalHeader().setDefaultSectionSize(42)
        self.table.setMinimumHeight(44)  # a 720-pixel screen: the page fits, the list scrolls
        self.table.doubleClicked.connect(lambda _index: self.edit_contact())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("Aucun contact pour l'instant : « Ajouter » en crée un."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7785; padding: 18px;")
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

    # -- content ----------------------------------------------------------------------------

    def set_owner(self, supplier_id: int | None, owner_name: str) -> None:
        """Show the contacts of this supplier (None: the client-side contacts)."""
        self.supplier_id = supplier_id
        self.owner_name = owner_name
        self.reload()

    def reload(self) -> None:
        """Read the contacts again, keeping the selected one."""
        keep = self.current()
        Op(self.workspace, lambda s: suppliers.list_contacts(s, self.supplier_id)).success(
            self._set_rows).run()
        if keep is not None:
            self.select_contact(keep.id)

    def _set_rows(self, rows: list[ContactRow]) -> None:
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update_buttons()
        self.count_changed.emit(len(rows))

    def current(self) -> ContactRow | None:
        index = self.table.currentIndex()
        selected = self.table.selectionModel().hasSelection()
        return index.data(ROW_ROLE) if index.isValid() and selected else None

    def select_contact(self, contact_id: int) -> bool:
        """Select a contact of the list; False when it is not there."""
        row = self.model.find_row(lambda c: c.id == contact_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def set_read_only(self, reason: str | None) -> None:
        """Disable adding, editing and deleting, with the reason as tooltip."""
        self._reason = reason
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setToolTip(reason or "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = getattr(self, "_reason", None) is None
        chosen = self.current() is not None
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and chosen)
        self.delete_button.setEnabled(editable and chosen)

    # -- actions ----------------------------------------------------------------------------

    def add_contact(self) -> None:
        self._open_dialog(None)

    def edit_contact(self) -> None:
        contact = self.current()
        if contact is not None and self.edit_button.isEnabled():
            self._open_dialog(contact)

    def _open_dialog(self, contact: ContactRow | None) -> None:
        if self.workspace.read_only:
            return
        self.dialog = ContactDialog(self.workspace, self.supplier_id, self.owner_name,
                                    contact, self)
        self.dialog.saved.connect(self._on_saved)
        self.dialog.open()

    def _on_saved(self, contact_id: int) -> None:
        self.reload()
        self.select_contact(contact_id)

    def has_unsaved_edits(self) -> bool:
        """An open contact dialog holds changes."""
        return self.dialog is not None and self.dialog.isVisible() and self.dialog.dirty

    def save_edits(self) -> bool:
        """Save the open dialog's contact; False when refused (the dialog says why)."""
        return self.dialog.save() if self.has_unsaved_edits() else True

    def discard_edits(self) -> None:
        """Close the contact dialog without saving."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()

    def delete_contact(self) -> None:
        contact = self.current()
        if contact is None or self.workspace.read_only:
            return
        lines = self.workspace.query(lambda s: records.dependents(s, Contact, contact.id))
        informative = self.tr("Il disparaîtra aussi de : {0}.").format(", ".join(lines)) \
            if lines else ""
        if not messages.confirm(self, self.tr("Supprimer le contact"),
                                self.tr("Supprimer le contact « {0} » ?").format(contact.name),
                                informative):
            return
        DeleteRecord(self.workspace, self.tr("suppression du contact « {0} »")
                     .format(contact.name), Contact, contact.id).execute()
        self.reload()


class ContactDialog(QDialog):
    """Adds or edits one contact; stays open, with the reasons, until the values are right."""

    saved = Signal(int)

    def __init__(self, workspace: Workspace, supplier_id: int | None, owner_name: str,
                 contact: ContactRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.supplier_id = supplier_id
        self.contact = contact
        title = self.tr("Nouveau contact") if contact is None else contact.name
        self.setWindowTitle(f"{title} — {owner_name}")
        self._heading = self.tr("{0}\u00a0· {1}").format(title, owner_name)
        self.setMinimumWidth(460)
        self._dirty = False
        self._setup_ui()
        self._fill()
        self._dirty = False
        self.form.edited.connect(self._on_edited)
        self.role.editTextChanged.connect(self._on_edited)
        self.form.set_checker(self._errors)

    def _setup_ui(self) -> None:
        self.setStyleSheet("ContactDialog { background: white; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        header = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon("mdi6.card-account-phone-outline", ACCENT).pixmap(22, 22))
        self.title = QLabel(objectName="sectionTitle")
        header.addWidget(badge)
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.form = FormPanel()
        self.form.layout_.setContentsMargins(0, 8, 0, 8)
        self.form.add_text("name", self.tr("Nom"), self.tr("Prénom Nom"))
        self.role = self.form.add_choice(
            "role", self.tr("Fonction"), [(r, r) for r in suppliers.CONTACT_ROLES])
        self.role.setEditable(True)
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role.lineEdit().setPlaceholderText(self.tr("Choisir ou saisir une fonction"))
        self.form.add_text("email", self.tr("E-mail"), "prenom.nom@societe.fr")
        self.form.add_text("phone", self.tr("Téléphone"), "01 23 45 67 89")
        self.side = self.form.add_enum("side", self.tr("Côté"), Side)
        self.form.add_multiline("notes", self.tr("Notes"), height=56)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Enregistrer"))
        self.save_button.setObjectName("primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        self.title.setText(self._heading)
        if self.contact is not None:
            self.form.set_values(self.contact.form_values())
            self.role.setEditText(self.contact.role)
        else:
            side = Side.CLIENT if self.supplier_id is None else Side.SUPPLIER
            self.form.set_values({"side": side})
            self.role.setEditText("")
        if self.supplier_id is None:
            self.side.setEnabled(False)
            self.side.setToolTip(self.tr("Un contact sans prestataire est côté client."))

    def values(self) -> dict:
        """What the user typed, the role as written."""
        return self.form.values() | {"role": self.role.currentText().strip()}

    @property
    def dirty(self) -> bool:
        """True once the user changed a field."""
        return self._dirty

    def _on_edited(self, *_args: object) -> None:
        self._dirty = True

    def _errors(self, values: dict) -> dict[str, str]:
        """What is wrong with the contact as typed (checked as the user leaves a field)."""
        try:
            suppliers.validate_contact(values | {"role": self.role.currentText()},
                                       self.supplier_id)
        except ValidationError as error:
            return error.errors
        return {}

    def accept(self) -> None:
        """Enregistrer: store the contact and close, or stay open with the reasons."""
        self.save()

    def save(self) -> bool:
        """Check and store the contact; False (the reasons under the fields) when wrong."""
        try:
            cleaned = suppliers.validate_contact(self.values(), self.supplier_id)
            contact_id = self._store(cleaned)
        except ValidationError as error:
            self.form.show_errors(error.errors)
            return False
        self._dirty = False
        super().accept()
        self.saved.emit(contact_id)
        return True

    def _store(self, cleaned: dict) -> int:
        name = cleaned["name"]
        if self.contact is None:
            command = CreateRecord(self.workspace, self.tr("ajout du contact « {0} »")
                                   .format(name), Contact, cleaned)
            command.execute()
            assert command.row_id is not None
            return command.row_id
        UpdateRecord(self.workspace, self.tr("modification du contact « {0} »").format(name),
                     Contact, self.contact.id, cleaned).execute()
        return self.contact.id
