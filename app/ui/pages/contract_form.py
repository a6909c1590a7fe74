"""The side card of the contracts page: a contract's fields and documents, saved through undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import Contract
from app.services import contracts
from app.services.contracts import ContractDetail
from app.services.validation import ValidationError
from app.ui.commands import CreateRecord, UpdateRecord
from app.ui.ops import Op
from app.ui.pages.attachments_panel import AttachmentsPanel
from app.ui.pages.contract_fields import ContractFields
from app.ui.style import icon
from app.ui.workspace import Workspace


class ContractFormCard(QFrame):
    """Shows one contract (or a new one); Enregistrer goes through the undo stack."""

    saved = Signal(int)  # the contract's id
    cancelled = Signal()
    close_requested = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.workspace = workspace
        self.contract_id: int | None = None
        self._dirty = False
        self._setup_ui()
        self.set_read_only(workspace.read_only)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(self._header())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.fields = ContractFields()
        self.fields.key_date_changed.connect(self._show_key_date)
        scroll = QScrollArea()
        scroll.setWidget(self.fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea { background: white; }")
        scroll.viewport().setObjectName("contractFieldsViewport")
        scroll.viewport().setStyleSheet("QWidget#contractFieldsViewport { background: white; }")
        self.attachments = AttachmentsPanel(self.workspace)
        self.attachments.count_changed.connect(self._on_documents_counted)
        self.tabs.addTab(scroll, icon("mdi6.file-document-edit-outline"), self.tr("Fiche"))
        self.tabs.addTab(self.attachments, icon("mdi6.paperclip"), self.tr("Documents"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._buttons())
        self.fields.edited.connect(lambda: self._set_dirty(True))
        for edit in (self.fields.field("reference"), self.fields.field("title")):
            edit.returnPressed.connect(self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon("mdi6.file-sign", "#1f5fae").pixmap(24, 24))
        badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(0)
        self.title = QLabel(objectName="sectionTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #6b7785;")
        self.summary.setWordWrap(True)
        self.key_date = QLabel()
        self.key_date.setWordWrap(True)
        text.addWidget(self.title)
        text.addWidget(self.summary)
        text.addWidget(self.key_date)
        close = QToolButton(icon=icon("mdi6.close"), autoRaise=True)
        close.setToolTip(self.tr("Fermer la fiche"))
        close.clicked.connect(self.close_requested)
        row.addWidget(badge)
        row.addLayout(text, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.state = QLabel(wordWrap=True)  # on two lines rather than cut in a narrow card
        self.state.setStyleSheet("color: #6b7785;")
        row.addWidget(self.state, 1)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(icon("mdi6.content-save-outline", "white"),
                                       self.tr("Enregistrer"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # -- state -----------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def today(self) -> Callable[[], dt.date]:
        return self.fields.today

    def set_suppliers(self, choices: Sequence[tuple[int, str]]) -> None:
        self.fields.set_suppliers(choices)

    def set_read_only(self, read_only: bool) -> None:
        """Disable editing, the reason as tooltip; documents can still be opened and saved."""
        reason = self.workspace.document.read_only_reason or ""
        self.fields.set_editable(not read_only, reason)
        for button in (self.save_button, self.cancel_button):
            button.setToolTip(reason if read_only else "")
        self._set_dirty(self._dirty)

    def _set_dirty(self, dirty: bool) -> None:
        editable = not self.workspace.read_only
        new = self.contract_id is None
        self.save_button.setEnabled(editable and (dirty or new))
        self.cancel_button.setEnabled(editable and (dirty or new))
        self.state.setText(self.tr("Modifications non enregistrées") if dirty else "")
        self.state.setStyleSheet("color: #6b7785;")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def load(self, detail: ContractDetail) -> None:
        """Show a saved contract."""
        self.contract_id = detail.id
        self.fields.set_values(detail.values())
        self.title.setText(f"{detail.reference} — {detail.title}")
        status = contracts.shown_status(detail.values(), self.today())
        self.summary.setText(f"{detail.supplier_name} · {detail.kind.label} · {status.label}")
        self.tabs.setTabEnabled(1, True)
        self.tabs.setTabToolTip(1, "")
        self.attachments.set_contract(detail.id)
        self._set_dirty(False)

    def load_new(self, supplier_id: int | None = None) -> None:
        """An empty form for a new contract (of this supplier, if given)."""
        self.contract_id = None
        self.fields.set_values(contracts.default_values(self.today(), supplier_id))
        self.title.setText(self.tr("Nouveau contrat"))
        self.summary.setText(self.tr("Saisissez au moins le prestataire, la référence et "
                                     "l'intitulé, puis Enregistrer."))
        self.tabs.setCurrentIndex(0)
        self.tabs.setTabEnabled(1, False)
        self.tabs.setTabToolTip(1, self.tr("Enregistrez le contrat pour y joindre des "
                                           "documents."))
        self.attachments.set_contract(None)
        self._set_dirty(False)
        first = "reference" if supplier_id is not None else "supplier_id"
        self.fields.field(first).setFocus()  # the first field to fill

    def _show_key_date(self, text: str, colour: str) -> None:
        self.key_date.setText(text)
        self.key_date.setVisible(bool(text))
        self.key_date.setStyleSheet(f"color: {colour}; font-weight: 600;")

    def clear(self) -> None:
        """Show nothing: no contract, no pending change."""
        self.contract_id = None
        self.attachments.set_contract(None)
        self._set_dirty(False)

    def _on_documents_counted(self, count: int) -> None:
        text = self.tr("Documents ({0})").format(count) if count else self.tr("Documents")
        self.tabs.setTabText(1, text)

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> bool:
        """Check the fields and store them (undoable); False when something is wrong."""
        if self.workspace.read_only:
            return False
        try:
            values = self.fields.checked_values()
        except ValidationError as error:
            self._refused(error)
            return False
        contract_id = self.contract_id
        outcome: dict = {}
        Op(self.workspace, lambda s: contracts.validate_contract(s, values, contract_id)
           ).success(lambda v: outcome.update(values=v)).failure(self._refused).run()
        if "values" not in outcome:
            return False
        return self._store(outcome["values"])

    def _store(self, values: dict) -> bool:
        label = values["reference"]
        if self.contract_id is None:
            command = CreateRecord(self.workspace, self.tr("Créer le contrat {0}").format(label),
                                   Contract, values)
        else:
            command = UpdateRecord(self.workspace, self.tr("Modifier le contrat {0}").format(
                label), Contract, self.contract_id, values)
        self._set_dirty(False)  # what the refresh during execute() reloads is now saved
        try:
            command.execute()
        except ValidationError as error:
            self._set_dirty(True)
            self._refused(error)
            return False
        self.contract_id = command.row_id
        self.saved.emit(command.row_id)
        return True

    def _refused(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self.fields.show_errors(error.errors)
            self.tabs.setCurrentIndex(0)
            self.state.setText(self.tr("À corriger avant d'enregistrer"))
            self.state.setStyleSheet("color: #c62828;")

    def cancel(self) -> None:
        """Forget the changes typed since the last load."""
        self._set_dirty(False)
        self.cancelled.emit()
