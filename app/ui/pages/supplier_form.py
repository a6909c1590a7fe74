"""The side card of the suppliers page: a supplier's fields, checked, saved through undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models import Supplier
from app.services import suppliers
from app.services.formatting import format_money, plural
from app.services.suppliers import SupplierDetail
from app.services.validation import ValidationError
from app.ui.commands import CreateRecord, UpdateRecord
from app.ui.ops import Op
from app.ui.style import ACCENT, MUTED, icon
from app.ui.widgets.form import FormPanel
from app.ui.workspace import Workspace


class SupplierFormCard(QFrame):
    """Shows one supplier (or a new one) in a form; Enregistrer goes through the undo stack."""

    saved = Signal(int)  # the supplier's id
    dirty_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.workspace = workspace
        self.supplier_id: int | None = None
        self._dirty = False
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        header = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon("mdi6.domain", "#1f5fae").pixmap(22, 22))
        self.title = QLabel(objectName="sectionTitle")
        self.summary = QLabel(objectName="muted")
        self.summary.setStyleSheet("color: #6b7785;")
        header.addWidget(badge)
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        self.form = FormPanel()
        self.form.layout_.setContentsMargins(0, 6, 0, 0)
        self._add_fields()
        layout.addWidget(self.form)
        layout.addLayout(self._buttons())
        layout.addStretch(1)
        self.form.edited.connect(lambda: self._set_dirty(True))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _add_fields(self) -> None:
        form = self.form
        form.add_text("name", self.tr("Nom"), self.tr("Raison sociale du prestataire"))
        form.add_text("siren", self.tr("SIREN"), self.tr("9 chiffres"))
        form.add_text("siret", self.tr("SIRET"), self.tr("14 chiffres (SIREN + NIC)"))
        form.add_multiline("address", self.tr("Adresse"), height=48)
        form.add_text("website", self.tr("Site web"), "https://")
        form.add_text("certifications", self.tr("Certifications"),
                      self.tr("ISO 9001, ISO 27001, HDS…"))
        form.add_multiline("notes", self.tr("Notes"), height=56)
        form.set_checker(suppliers.supplier_field_errors)
        for widget in form.fields.values():
            if isinstance(widget, QLineEdit):
                widget.returnPressed.connect(self.save)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # -- state ----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        editable = not self.workspace.read_only
        self.save_button.setEnabled(editable and dirty)
        self.cancel_button.setEnabled(editable and (dirty or self.supplier_id is None))
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def load(self, detail: SupplierDetail | None, row: suppliers.SupplierRow | None) -> None:
        """Show a supplier (with its list figures), or an empty form for a new one."""
        self.supplier_id = detail.id if detail else None
        if detail is None:
            self.form.set_values(dict.fromkeys(suppliers.SUPPLIER_FIELDS, ""))
            self.title.setText(self.tr("Nouveau prestataire"))
            self.summary.setText(self.tr("Saisissez au moins le nom, puis Enregistrer ; "
                                         "vous pourrez ensuite ajouter ses contacts."))
        else:
            self.form.set_values(detail.form_values())
            self.title.setText(detail.name)
            self.summary.setText(self._summary(row))
        self._set_dirty(False)
        self.set_read_only(self.workspace.document.read_only_reason)

    def _summary(self, row: suppliers.SupplierRow | None) -> str:
        if row is None:
            return ""
        if row.contracts == 0:
            return self.tr("Aucun contrat")
        active = plural(row.active_contracts, self.tr("contrat actif"),
                        self.tr("contrats actifs"))
        return self.tr("{0} sur {1} · {2} par an").format(
            active, row.contracts, format_money(row.annual_amount))

    def set_read_only(self, reason: str | None) -> None:
        """Disable every field and button, with the reason as tooltip (None: editable)."""
        self.form.set_editable(reason is None, reason or "")
        for button in (self.save_button, self.cancel_button):
            button.setToolTip(reason or "")
        self._set_dirty(self._dirty)

    def focus_name(self) -> None:
        self.form.fields["name"].setFocus()

    # -- actions --------------------------------------------------------------------------

    def cancel(self) -> None:
        """Put back the saved values (or empty the new supplier's form)."""
        if self.supplier_id is None:
            self.load(None, None)
            return
        today, supplier_id = clock.today(), self.supplier_id
        Op(self.workspace, lambda s: suppliers.supplier_detail(s, supplier_id, today)).success(
            lambda detail: self._reload(detail)).run()

    def _reload(self, detail: SupplierDetail | None) -> None:
        self.form.set_values(detail.form_values() if detail else {})
        self._set_dirty(False)

    def save(self) -> bool:
        """Check and store the form; True when saved (the reasons show under the fields)."""
        if self.workspace.read_only or not self._dirty:
            return not self._dirty
        values, supplier_id = self.form.values(), self.supplier_id
        try:
            cleaned = self.workspace.query(
                lambda s: suppliers.validate_supplier(s, values, supplier_id))
            new_id = self._store(cleaned)
        except ValidationError as error:
            self.form.show_errors(error.errors)
            return False
        self.supplier_id = new_id
        self._set_dirty(False)
        self.saved.emit(new_id)
        return True

    def _store(self, cleaned: dict) -> int:
        name = cleaned["name"]
        if self.supplier_id is None:
            command = CreateRecord(self.workspace, self.tr("création du prestataire « {0} »")
                                   .format(name), Supplier, cleaned)
            command.execute()
            assert command.row_id is not None
            return command.row_id
        UpdateRecord(self.workspace, self.tr("modification du prestataire « {0} »").format(name),
                     Supplier, self.supplier_id, cleaned).execute()
        return self.supplier_id


class InfoCard(QFrame):
    """A card with an icon, a title and a sentence, in place of a form."""

    def __init__(self, icon_name: str, title: str, text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        header = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon(icon_name, ACCENT).pixmap(22, 22))
        header.addWidget(badge)
        header.addWidget(QLabel(title, objectName="sectionTitle"), 1)
        self.body = QLabel(text, wordWrap=True)
        self.body.setStyleSheet(f"color: {MUTED.name()};")
        layout.addLayout(header)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def set_text(self, text: str) -> None:
        self.body.setText(text)
