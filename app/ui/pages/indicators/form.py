"""An indicator's definition: every field, checked as it is typed, the penalty rule said in
one sentence, saved through the undo stack."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models import Indicator
from app.models.enums import Direction, Frequency, IndicatorCategory, PenaltyKind, Side
from app.services import indicator_definitions as definitions
from app.services import rules_adapter
from app.services.indicator_definitions import ContractChoice, IndicatorDetail
from app.services.validation import ValidationError
from app.ui.commands import CreateRecord, UpdateRecord
from app.ui.ops import Op
from app.ui.style import icon
from app.ui.widgets.form import FormPanel
from app.ui.workspace import Workspace

_PENALTY_FIELDS = ("penalty_kind", "penalty_amount", "penalty_percent")
#: A field's check reads these other fields too: a change of theirs shows its reason.
_DEPENDS_ON = {
    "target": ("unit", "direction", "category"),
    "alert_threshold": ("target", "direction"),
    "penalty_amount": ("penalty_kind", "contractual"),
    "penalty_percent": ("penalty_kind", "contractual"),
}


class IndicatorForm(QWidget):
    """The fields of one indicator (or a new one); Enregistrer goes through undo."""

    saved = Signal(int)  # the indicator's id
    cancelled = Signal()
    dirty_changed = Signal(bool)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.indicator_id: int | None = None
        self._loaded: dict[str, Any] = {}
        self._contracts: dict[int, ContractChoice] = {}
        self._dirty = False
        self._show_all_errors = False
        self._setup_ui()
        self.set_read_only(workspace.read_only)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.fields = FormPanel()
        self.fields.setObjectName("indicatorFields")
        # numbers are typed, not clicked: no cramped arrows (as in the contract's form)
        self.fields.setStyleSheet(
            "QDoubleSpinBox::up-button, QDoubleSpinBox::down-button { width: 0px; "
            "border: none; }")
        # a narrow card puts a field under its label rather than cut it
        self.fields.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_fields(self.fields)
        self.fields.edited.connect(self._on_edited)
        scroll = QScrollArea()
        scroll.setWidget(self.fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._buttons())
        for name in ("code", "name"):
            self.fields.fields[name].returnPressed.connect(self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _add_fields(self, form: FormPanel) -> None:
        form.add_choice("contract_id", self.tr("Contrat"), []).setMaxVisibleItems(20)
        form.add_text("code", self.tr("Code"), self.tr("ex. SLA-01"))
        form.add_text("name", self.tr("Libellé"), self.tr("ex. Disponibilité des serveurs"))
        form.add_enum("category", self.tr("Catégorie"), IndicatorCategory)
        form.add_enum("measured_side", self.tr("Côté mesuré"), Side)
        unit = form.add_text("unit", self.tr("Unité"), self.tr("%, h, j, €, /5…"))
        unit.setCompleter(QCompleter(list(definitions.UNITS), unit))
        form.add_enum("direction", self.tr("Sens"), Direction)
        form.add_number("target", self.tr("Objectif"), decimals=2, maximum=1e7)
        form.add_number("alert_threshold", self.tr("Seuil d'alerte"), decimals=2, maximum=1e7,
                        optional=True)
        form.add_enum("frequency", self.tr("Fréquence"), Frequency)
        form.add_multiline("description", self.tr("Description"), height=48)
        form.add_check("contractual", self.tr("Contractuel"))
        form.add_enum("penalty_kind", self.tr("Pénalité"), PenaltyKind)
        form.add_number("penalty_amount", self.tr("Par manquement"), maximum=1e7, suffix="€",
                        optional=True)
        form.add_number("penalty_percent", self.tr("Par point d'écart"), decimals=2,
                        maximum=100, suffix="% de la redevance", optional=True)
        self.rule = QLabel(objectName="ruleSentence")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("background: #f1f5fa; border-radius: 4px; padding: 6px; "
                                "color: #1d2a3a;")
        self.penalty_reason = QLabel(objectName="penaltyReason")
        self.penalty_reason.setWordWrap(True)
        self.penalty_reason.setStyleSheet("color: #6b7785; font-style: italic;")
        form.layout_.addRow(self.penalty_reason)
        form.layout_.addRow(self.rule)
        for combo in form.findChildren(QComboBox):  # long labels must not widen the card
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.state = QLabel()
        self.state.setStyleSheet("color: #6b7785;")
        self.state.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(icon("mdi6.content-save-outline", "white"),
                                       self.tr("Enregistrer"), objectName="primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.state, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.save_button)
        return row

    # -- state -----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def field(self, name: str) -> Any:
        return self.fields.fields[name]

    def set_contracts(self, choices: Sequence[ContractChoice]) -> None:
        """Fill the contract combo (keeping the current choice)."""
        self._contracts = {c.id: c for c in choices}
        self.fields.set_choices("contract_id", [(None, self.tr("— Choisir un contrat —")),
                                                *((c.id, c.label) for c in choices)])
        self._update_penalty_fields()

    def set_read_only(self, read_only: bool) -> None:
        reason = self.workspace.document.read_only_reason or ""
        self.fields.set_editable(not read_only, reason)
        self._set_dirty(self._dirty)
        if not read_only:
            self._update_penalty_fields()

    def _set_dirty(self, dirty: bool) -> None:
        editable = not self.workspace.read_only
        new = self.indicator_id is None
        self.save_button.setEnabled(editable and (dirty or new))
        self.cancel_button.setEnabled(editable and (dirty or new))
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        if not dirty:
            self.state.setText("")

    def load(self, detail: IndicatorDetail) -> None:
        """Show a saved indicator."""
        self.indicator_id = detail.id
        self._fill(detail.values())
        self.field("contract_id").setEnabled(False)  # « Dupliquer » copies to another one
        self.field("contract_id").setToolTip(self.tr(
            "Pour suivre cet indicateur sur un autre contrat, utilisez « Dupliquer »."))

    def load_new(self, contract_id: int | None) -> None:
        """An empty form for a new indicator (of this contract, if given)."""
        self.indicator_id = None
        self._fill(definitions.default_values(contract_id))
        self.field("contract_id").setEnabled(not self.workspace.read_only)
        self.field("contract_id").setToolTip("")
        self.field("code").setFocus()

    def _fill(self, values: dict[str, Any]) -> None:
        self._loaded = definitions.coerce_enums(values)
        self._show_all_errors = False
        self.fields.set_values(values)
        for name in ("code", "name", "unit"):
            self.field(name).setCursorPosition(0)  # the start of a long name, not its end
        self._set_dirty(False)
        self._update_penalty_fields()
        self._update_rule()

    def values(self) -> dict[str, Any]:
        return definitions.coerce_enums(self.fields.values())

    # -- as the user types -----------------------------------------------------------------

    def _on_edited(self) -> None:
        values = self.values()
        self._set_dirty(values != self._loaded)
        if self._dirty:
            self.state.setText(self.tr("Modifications non enregistrées"))
        if self.indicator_id is None and values["category"] is IndicatorCategory.CLIENT_INPUTS \
                and self._loaded.get("measured_side") is Side.SUPPLIER:
            self.fields.set_values({**values, "measured_side": Side.CLIENT})
            values = self.values()
        self._update_penalty_fields()
        self._update_rule()
        self._check(values)

    def _check(self, values: dict[str, Any]) -> None:
        """Show the reasons of the fields changed since loading, or that depend on a changed
        one (all of them after a refused save)."""
        errors = definitions.indicator_errors(values)
        if not self._show_all_errors:
            changed = {k for k, v in values.items() if v != self._loaded.get(k)}
            errors = {k: v for k, v in errors.items()
                      if changed & {k, *_DEPENDS_ON.get(k, ())}}
        self.fields.show_errors(errors) if errors else self.fields.clear_errors()

    def _contract(self) -> ContractChoice | None:
        return self._contracts.get(self.values().get("contract_id"))

    def _update_penalty_fields(self) -> None:
        """Penalty fields apply to a contractual indicator of a contract with a penalty
        clause; each amount field to its kind of penalty."""
        values, contract = self.values(), self._contract()
        reason = rules_adapter.penalty_fields_reason(contract)
        self.penalty_reason.setText(reason or "")
        self.penalty_reason.setVisible(bool(reason))
        editable = not self.workspace.read_only
        applies = editable and reason is None and bool(values.get("contractual"))
        kind = values.get("penalty_kind")
        self.field("penalty_kind").setEnabled(applies)
        self.field("penalty_amount").setEnabled(applies and kind is PenaltyKind.FIXED)
        self.field("penalty_percent").setEnabled(applies and kind is PenaltyKind.PERCENT)
        for name in _PENALTY_FIELDS:
            self.field(name).setToolTip(reason or "")

    def _update_rule(self) -> None:
        sentence = rules_adapter.penalty_sentence(self.values(), self._contract())
        self.rule.setText(sentence or "")
        self.rule.setVisible(bool(sentence))

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> bool:
        """Check the fields and store them (undoable); False when something is wrong."""
        if self.workspace.read_only:
            return False
        values, indicator_id = self.values(), self.indicator_id
        outcome: dict = {}
        Op(self.workspace, lambda s: definitions.validate_indicator(s, values, indicator_id)
           ).success(lambda v: outcome.update(values=v)).failure(self._refused).run()
        if "values" not in outcome:
            return False
        return self._store(outcome["values"])

    def _store(self, values: dict[str, Any]) -> bool:
        label = values["code"]
        if self.indicator_id is None:
            command = CreateRecord(self.workspace, self.tr("Créer l'indicateur {0}").format(
                label), Indicator, values)
        else:
            command = UpdateRecord(self.workspace, self.tr("Modifier l'indicateur {0}").format(
                label), Indicator, self.indicator_id, values)
        self._set_dirty(False)
        try:
            command.execute()
        except ValidationError as error:
            self._set_dirty(True)
            self._refused(error)
            return False
        self.indicator_id = command.row_id
        self._loaded = definitions.coerce_enums(values)
        self.saved.emit(command.row_id)
        return True

    def _refused(self, error: Exception) -> None:
        if isinstance(error, ValidationError):
            self._show_all_errors = True
            self.fields.show_errors(error.errors)
            first = next((n for n in self.fields.fields if n in error.errors), None)
            if first is not None:
                self.field(first).setFocus()
            self.state.setText(self.tr("À corriger avant d'enregistrer"))
            self.state.setStyleSheet("color: #c62828;")

    def cancel(self) -> None:
        """Forget the changes typed since the last load."""
        self.state.setStyleSheet("color: #6b7785;")
        self._set_dirty(False)
        self.cancelled.emit()
