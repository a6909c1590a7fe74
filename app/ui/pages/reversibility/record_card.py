"""A side card editing one row of a plan (a milestone, a checklist item): its fields, its
documents on a second tab, Enregistrer / Annuler through the undo stack."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import SQLModel

from app.services.attachments import Owner
from app.services.reversibility_page import OwnerChoice
from app.services.validation import ValidationError
from app.ui.commands import CreateRecord, UpdateRecord
from app.ui.ops import Op
from app.ui.pages.attachments_panel import AttachmentsPanel
from app.ui.style import icon
from app.ui.widgets.form import FormPanel
from app.ui.workspace import Workspace

MUTED_STYLE = "color: #6b7785;"
ERROR_STYLE = "color: #c62828;"


class WheelGuard(QObject):
    """Lets the mouse wheel scroll the form rather than change the combo box or date it
    passes over: a field takes the wheel only once clicked into (it has the focus)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and not watched.hasFocus():
            QCoreApplication.sendEvent(self._scroll.verticalScrollBar(), event)
            return True
        return False


class RecordCard(QFrame):
    """Shows one row (or a new one) of `model`; subclasses add the fields and the checks."""

    saved = Signal(int)  # the row's id
    cancelled = Signal()
    close_requested = Signal()
    dirty_changed = Signal(bool)

    model: type[SQLModel]
    badge_icon = "mdi6.flag-outline"

    def __init__(self, workspace: Workspace, documents: AttachmentsPanel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.workspace = workspace
        self.row_id: int | None = None
        self._new_values: dict[str, Any] = {}
        self._dirty = False
        self.form = FormPanel()
        self.documents = documents
        self._setup_ui()
        self.set_read_only(workspace.read_only)

    # -- building -------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addLayout(self._header())
        self.form.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.layout_.setVerticalSpacing(6)
        self._build_fields(self.form)
        for combo in self.form.findChildren(QComboBox):
            # long choices (a contact with their role) must not widen the card past its column
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.form.edited.connect(lambda: self._set_dirty(True))
        scroll = QScrollArea()
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._wheel_guard = WheelGuard(scroll)
        for widget in self.form.fields.values():
            if isinstance(widget, QComboBox | QAbstractSpinBox):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self._wheel_guard)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, icon("mdi6.file-document-edit-outline"), self.tr("Fiche"))
        self.tabs.addTab(self.documents, icon("mdi6.paperclip"), self._documents_label(0))
        self.documents.count_changed.connect(
            lambda count: self.tabs.setTabText(1, self._documents_label(count)))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._buttons())
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon(self.badge_icon, "#1f5fae").pixmap(22, 22))
        badge.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(objectName="sectionTitle", wordWrap=True)
        close = QToolButton(icon=icon("mdi6.close"), autoRaise=True)
        close.setToolTip(self.tr("Fermer la fiche"))
        close.clicked.connect(self.close_requested)
        row.addWidget(badge)
        row.addWidget(self.title, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.state = QLabel(wordWrap=True)
        self.state.setStyleSheet(MUTED_STYLE)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(icon("mdi6.content-save-outline", "white"),
                                       self.tr("Enregistrer"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.state, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # -- what subclasses say ----------------------------------------------------------------

    def _build_fields(self, form: FormPanel) -> None:
        raise NotImplementedError

    def set_owners(self, owners: Sequence[OwnerChoice]) -> None:
        """The people who can own the row (the client's and the supplier's)."""
        if "owner_id" in self.form.fields:
            self.form.set_choices("owner_id", [(None, self.tr("— Aucun —")),
                                               *((o.id, o.label) for o in owners)])

    def _documents_label(self, count: int) -> str:
        return self.tr("Documents ({0})").format(count) if count else self.tr("Documents")

    def _owner(self, row_id: int) -> Owner:
        raise NotImplementedError

    def _validated(self, values: dict[str, Any]) -> Any:
        """A function of a session returning the values to store (raising ValidationError)."""
        raise NotImplementedError

    def _label(self, values: dict[str, Any]) -> str:
        return str(values.get("title") or "")

    def _texts(self, label: str) -> tuple[str, str]:
        """The undo texts of creating and of changing the row."""
        raise NotImplementedError

    # -- state ---------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """True while the card holds changes not saved yet."""
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        editable = not self.workspace.read_only
        self.save_button.setEnabled(editable and (dirty or self.row_id is None))
        self.cancel_button.setEnabled(editable and (dirty or self.row_id is None))
        self.state.setText(self.tr("Modifications non enregistrées") if dirty else "")
        self.state.setStyleSheet(MUTED_STYLE)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def set_read_only(self, read_only: bool) -> None:
        """Disable editing, the reason as tooltip; documents can still be opened."""
        reason = self.workspace.document.read_only_reason or ""
        self.form.set_editable(not read_only, reason)
        self._set_dirty(self._dirty)

    def load(self, row: Any) -> None:
        """Show a saved row (a read class with `id` and `values()`)."""
        self.row_id = row.id
        self.form.set_values(row.values())
        self._show_starts()
        self.title.setText(self._label(row.values()))
        self.tabs.setTabEnabled(1, True)
        self.tabs.setTabToolTip(1, "")
        self.documents.set_owner(self._owner(row.id))
        self._set_dirty(False)

    def load_new(self, values: dict[str, Any], title: str) -> None:
        """An empty card for a new row; `values` hold what the form does not (its contract…)."""
        self.row_id = None
        self._new_values = values
        self.form.set_values(values)
        self._show_starts()
        self.title.setText(title)
        self.tabs.setCurrentIndex(0)
        self.tabs.setTabEnabled(1, False)
        self.tabs.setTabToolTip(1, self.tr("Enregistrez d'abord pour joindre des documents."))
        self.documents.set_owner(None)
        self._set_dirty(False)
        first = next(iter(self.form.fields.values()))
        first.setFocus()

    def _show_starts(self) -> None:
        for edit in self.form.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # the start of a long title, not its end

    def clear(self) -> None:
        """Show nothing: no row, no pending change."""
        self.row_id = None
        self.documents.set_owner(None)
        self._set_dirty(False)

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Check the fields and store them (undoable); False when something is wrong."""
        if self.workspace.read_only:
            return False
        outcome: dict = {}
        Op(self.workspace, self._validated(self.form.values())).success(
            lambda v: outcome.update(values=v)).failure(self._refused).run()
        if "values" not in outcome:
            return False
        values = outcome["values"]
        created, changed = self._texts(self._label(values))
        if self.row_id is None:
            command: Any = CreateRecord(self.workspace, created, self.model,
                                        self._new_values | values)
        else:
            command = UpdateRecord(self.workspace, changed, self.model, self.row_id, values)
        self._set_dirty(False)  # what the refresh during execute() reloads is now saved
        try:
            command.execute()
        except ValidationError as error:
            self._set_dirty(True)
            self._refused(error)
            return False
        self.row_id = command.row_id
        self.saved.emit(command.row_id)
        return True

    def _refused(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
            self.tabs.setCurrentIndex(0)
            self.state.setText(self.tr("À corriger avant d'enregistrer"))
            self.state.setStyleSheet(ERROR_STYLE)

    def cancel(self) -> None:
        """Forget the changes typed since the last load."""
        self._set_dirty(False)
        self.cancelled.emit()
