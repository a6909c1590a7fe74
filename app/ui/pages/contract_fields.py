"""Every field of a contract, grouped in sections, with the dates computed from them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models.enums import (
    Commitment,
    ContractKind,
    ContractStatus,
    PenaltyCapBasis,
    Renewal,
)
from app.services import contracts, penalties
from app.services.contracts import ContractDates
from app.services.dashboard import Severity
from app.services.formatting import format_date
from app.services.validation import ValidationError
from app.ui.style import CRITICAL, MUTED, WARNING
from app.ui.widgets.form import FormPanel

_SEVERITY_COLOURS = {Severity.CRITICAL: CRITICAL.name(), Severity.WARNING: WARNING.name()}


class ContractFields(QWidget):
    """The contract's fields in four sections; `values()` merges them, errors go under each."""

    edited = Signal()
    key_date_changed = Signal(str, str)  # the sentence on the next deadline, its colour

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: Callable[[], dt.date] = clock.today
        self.sections: list[FormPanel] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 6, 0)
        self._layout.setSpacing(4)
        self._identification(self._section(self.tr("Identification")))
        self._terms(self._section(self.tr("Durée et échéances")))
        self._finances(self._section(self.tr("Finances")))
        self._clauses(self._section(self.tr("Clauses et notes")))
        self._layout.addStretch(1)
        self._align_labels()
        for section in self.sections:  # each field checked as the user leaves it
            section.set_checker(lambda _values: contracts.contract_errors(self.values()))
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        # Numbers are typed, not clicked: no cramped arrows (NoButtons hides the text when
        # a style sheet applies, hence zero-width buttons; the arrow keys still work).
        self.setObjectName("contractFields")
        self.setStyleSheet(
            "QWidget#contractFields { background: white; }"
            "QSpinBox::up-button, QSpinBox::down-button, QDoubleSpinBox::up-button,"
            " QDoubleSpinBox::down-button { width: 0px; border: none; }"
            "QSpinBox[invalid=\"true\"], QDoubleSpinBox[invalid=\"true\"] {"
            " border: 1px solid #c62828; background: #fff8f8; }")
        self.edited.connect(self.update_dates)

    # -- building -----------------------------------------------------------------------------

    def _section(self, title: str) -> FormPanel:
        heading = QLabel(title, objectName="sectionTitle")
        heading.setContentsMargins(0, 10 if self.sections else 2, 0, 2)
        panel = FormPanel()
        panel.layout_.setContentsMargins(0, 0, 0, 0)
        panel.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        panel.layout_.setVerticalSpacing(6)
        panel.edited.connect(self.edited)
        self._layout.addWidget(heading)
        self._layout.addWidget(panel)
        self.sections.append(panel)
        return panel

    def _identification(self, form: FormPanel) -> None:
        form.add_choice("supplier_id", self.tr("Prestataire"), []).setMaxVisibleItems(20)
        form.add_text("reference", self.tr("Référence"), self.tr("ex. CTR-2026-001"))
        form.add_text("title", self.tr("Intitulé"), self.tr("ex. Infogérance du poste de travail"))
        form.add_enum("kind", self.tr("Type"), ContractKind)
        form.add_enum("commitment", self.tr("Engagement"), Commitment)
        form.add_enum("status", self.tr("Statut"), ContractStatus)
        form.add_multiline("scope", self.tr("Périmètre"), height=54)

    def _terms(self, form: FormPanel) -> None:
        form.add_date("start_date", self.tr("Date de début"))
        form.add_integer("initial_duration_months", self.tr("Durée initiale"), suffix="mois")
        form.add_enum("renewal", self.tr("Reconduction"), Renewal)
        form.add_integer("renewal_period_months", self.tr("Période de reconduction"),
                         suffix="mois")
        form.add_integer("notice_period_months", self.tr("Préavis"), suffix="mois")
        form.add_date("ended_on", self.tr("Date de fin"), optional=True)
        form.fields["ended_on"].setToolTip(self.tr(
            "Le dernier jour du contrat : passé, il est terminé ; à venir, c'est sa fin prévue "
            "(préavis donné, fin convenue) et il reste actif jusque-là."))
        self.computed = _ComputedDates(self)
        form.layout_.addRow(self.computed)

    def _finances(self, form: FormPanel) -> None:
        form.add_number("annual_amount", self.tr("Montant annuel"), suffix="€")
        form.add_number("annual_budget", self.tr("Budget annuel"), suffix="€", optional=True)
        form.add_number("daily_rate", self.tr("TJM (régie)"), suffix="€", optional=True)
        form.add_number("unit_price", self.tr("Prix de l'unité d'œuvre"), suffix="€",
                        optional=True)
        form.add_number("penalty_cap_percent", self.tr("Plafond des pénalités"), decimals=1,
                        maximum=100, suffix="%", optional=True)
        form.add_enum("penalty_cap_basis", self.tr("Plafond calculé sur"), PenaltyCapBasis)
        self.cap_words = QLabel(wordWrap=True)
        self.cap_words.setStyleSheet(f"color: {MUTED.name()};")
        self.cap_words.setToolTip(self.tr(
            "Le plafond s'applique par mois civil (redevance mensuelle) ou par année "
            "contractuelle, comptée à partir du mois de début (montant annuel)."))
        form.layout_.addRow("", self.cap_words)

    def _clauses(self, form: FormPanel) -> None:
        form.add_check("has_evolution_clause", self.tr("Clause d'évolution"))
        form.add_check("has_reversibility_clause", self.tr("Clause de réversibilité"))
        form.add_check("has_penalty_clause", self.tr("Clause de pénalités"))
        form.add_multiline("notes", self.tr("Notes"), height=70)

    def _align_labels(self) -> None:
        """One label column for all sections, as if they were one form."""
        labels = [
            item.widget()
            for section in self.sections
            for row in range(section.layout_.rowCount())
            if (item := section.layout_.itemAt(row, QFormLayout.ItemRole.LabelRole))
        ]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        inset = self.computed.layout().contentsMargins().left()
        for label in self.computed.labels():
            label.setMinimumWidth(width - inset)  # its values line up with the fields

    # -- the FormPanel interface, over the sections -----------------------------------------

    def field(self, name: str) -> Any:
        """The widget editing `name`."""
        return next(s.fields[name] for s in self.sections if name in s.fields)

    def set_suppliers(self, choices: Sequence[tuple[int, str]]) -> None:
        """Fill the supplier combo, keeping the current choice."""
        self.sections[0].set_choices(
            "supplier_id", [(None, self.tr("— Choisir un prestataire —")), *choices])

    def set_values(self, values: dict[str, Any]) -> None:
        for section in self.sections:
            section.set_values(values)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # show the start of a long title, not its end
        self.update_dates()

    def values(self) -> dict[str, Any]:
        """The typed values, enum fields as members (a combo box hands back plain strings)."""
        merged: dict[str, Any] = {}
        for section in self.sections:
            merged |= section.values()
        return contracts.coerce_enums(merged)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show each reason under its field (a reason about no field goes to the first)."""
        for section in self.sections:
            mine = {k: v for k, v in errors.items() if k in section.fields}
            if section is self.sections[0]:
                mine |= {k: v for k, v in errors.items() if not self._has_field(k)}
            section.show_errors(mine) if mine else section.clear_errors()
        first = next((n for s in self.sections for n in s.fields if n in errors), None)
        if first is not None:
            self.field(first).setFocus()

    def clear_errors(self) -> None:
        for section in self.sections:
            section.clear_errors()

    def checked_values(self) -> dict[str, Any]:
        """`values()`, or ValidationError when a field's text does not read (a date)."""
        wrong = {k: v for section in self.sections for k, v in section.input_errors().items()}
        if wrong:
            raise ValidationError(wrong)
        return self.values()

    def set_editable(self, editable: bool, reason: str = "") -> None:
        for section in self.sections:
            section.set_editable(editable, reason)

    def error_text(self, name: str) -> str:
        """The reason shown under a field ("" when none is shown)."""
        label = next(s.errors[name] for s in self.sections if name in s.errors)
        return label.text() if label.isVisibleTo(self) else ""

    def update_dates(self) -> None:
        """Recompute the dates shown from what the fields hold now."""
        today, values = self.today(), self.values()
        self.cap_words.setText(penalties.describe_cap(values))
        dates = contracts.dates_from_values(values, today)
        if values["status"] is ContractStatus.ENDED or (dates is not None and dates.ended):
            self.computed.show_ended(dates.contract_end if dates else values["ended_on"])
            self.key_date_changed.emit(self._ended_text(dates), MUTED.name())
            return
        self.computed.show_dates(dates, today, values["renewal"])
        self.key_date_changed.emit(*self._key_date(dates, today, values["renewal"]))

    def _ended_text(self, dates: ContractDates | None) -> str:
        if dates is None or dates.contract_end is None:
            return self.tr("Contrat terminé")
        return self.tr("Contrat terminé le {0}").format(format_date(dates.contract_end))

    def _key_date(
        self, dates: ContractDates | None, today: dt.date, renewal: Renewal
    ) -> tuple[str, str]:
        """What the card's header says of the next deadline, and in which colour."""
        if dates is None:
            return "", MUTED.name()
        if dates.notice_deadline is not None:
            days = (dates.notice_deadline - today).days
            text = self.tr("{0} au plus tard le {1} — {2}").format(
                contracts.deadline_words(renewal), format_date(dates.notice_deadline),
                contracts.days_text(days))
            severity = contracts.notice_severity(days)
            return text, _SEVERITY_COLOURS.get(severity, MUTED.name())
        if dates.contract_end is not None:
            days = (dates.contract_end - today).days
            text = self.tr("Fin du contrat le {0} — {1}").format(
                format_date(dates.contract_end), contracts.days_text(days))
            if days < 0:
                text = self.tr("Fin du contrat le {0}").format(format_date(dates.contract_end))
            return text, _SEVERITY_COLOURS.get(contracts.notice_severity(days), MUTED.name())
        return "", MUTED.name()

    def _has_field(self, name: str) -> bool:
        return any(name in s.fields for s in self.sections)


class _ComputedDates(QFrame):
    """The dates Vigie computes from the terms, read-only, under the fields they come from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("computedDates")
        self.setStyleSheet("QFrame#computedDates { background: #f1f5fa; border-radius: 4px; }"
                           "QFrame#computedDates QLabel { background: transparent; }")
        layout = QFormLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setVerticalSpacing(4)
        self.term_end = self._value()
        self.notice_deadline = self._value()
        self.contract_end = self._value()
        self.notice_label = QLabel(self.tr("Prochaine date limite\nde dénonciation"))
        layout.addRow(self.tr("Fin du terme en cours"), self.term_end)
        layout.addRow(self.notice_label, self.notice_deadline)
        layout.addRow(self.tr("Fin du contrat"), self.contract_end)
        self.setToolTip(self.tr("Calculées à partir de la date de début, de la durée, de la "
                                "reconduction et du préavis."))

    def labels(self) -> list[QLabel]:
        """The labels of its rows."""
        layout = self.layout()
        return [layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
                for row in range(layout.rowCount())]

    @staticmethod
    def _value() -> QLabel:
        label = QLabel()
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_dates(self, dates: ContractDates | None, today: dt.date,
                   renewal: Renewal = Renewal.TACIT) -> None:
        self.notice_label.setText(
            self.tr("Décision de reconduction\nau plus tard le") if renewal is Renewal.EXPRESS
            else self.tr("Prochaine date limite\nde dénonciation"))
        if dates is None:
            for label in (self.term_end, self.notice_deadline, self.contract_end):
                _set(label, "—", MUTED.name())
            return
        _set(self.term_end, format_date(dates.term_end) or "—")
        deadline = dates.notice_deadline
        days = None if deadline is None else (deadline - today).days
        text = self.tr("aucune") if deadline is None else (
            f"{format_date(deadline)}  ({contracts.days_text(days)})")
        colour = _SEVERITY_COLOURS.get(contracts.notice_severity(days))
        _set(self.notice_deadline, text, colour, bold=colour is not None)
        end = dates.contract_end
        _set(self.contract_end, format_date(end) if end else self.tr("reconduit tacitement"))

    def show_ended(self, ended_on: dt.date | None) -> None:
        self.notice_label.setText(self.tr("Prochaine date limite\nde dénonciation"))
        _set(self.term_end, "—", MUTED.name())
        _set(self.notice_deadline, self.tr("aucune (contrat terminé)"), MUTED.name())
        _set(self.contract_end, format_date(ended_on) or self.tr("terminé"))


def _set(label: QLabel, text: str, colour: str | None = None, bold: bool = False) -> None:
    label.setText(text)
    style = f"color: {colour};" if colour else "color: #1d2a3a;"
    label.setStyleSheet(style + (" font-weight: 600;" if bold else ""))
