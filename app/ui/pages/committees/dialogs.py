"""The committees page's dialogs: a new committee, and « Préparer le suivant »."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CommitteeKind
from app.services import committee_edits as edits
from app.services.committee_series import Cadence, Rhythm, weekday_ordinals
from app.services.formatting import format_date, format_month, plural
from app.ui.style import WARNING
from app.ui.widgets.form import FormPanel


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annuler"))
    box.rejected.connect(dialog.reject)
    return box


class NewCommitteeDialog(QDialog):
    """A new committee's kind, supplier, title, date, place; `submitted` with its values.

    The title follows the kind, supplier and month until the user types one.
    """

    submitted = Signal(dict)

    def __init__(self, suppliers: Sequence[tuple[int, str]], today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouveau comité"))
        self._suppliers = dict(suppliers)
        self._title_typed = False
        layout = QVBoxLayout(self)
        self.form = FormPanel()
        self.form.add_enum("kind", self.tr("Instance"), CommitteeKind)
        self.form.add_choice("supplier_id", self.tr("Prestataire"),
                             [(None, "—"), *suppliers]).setMaxVisibleItems(20)
        self.form.add_text("title", self.tr("Intitulé"))
        self.form.add_date("day", self.tr("Date"))
        self.time = QTimeEdit(QTime(14, 0), displayFormat="HH:mm")
        self.form.layout_.addRow(self.tr("Heure"), self.time)
        self.form.add_integer("duration_minutes", self.tr("Durée"), maximum=24 * 60,
                              suffix="min")
        self.form.add_text("place", self.tr("Lieu"))
        self.form.add_date("review_period", self.tr("Période revue"), optional=True)
        self.form.fields["review_period"].setDisplayFormat("MM/yyyy")
        previous_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        self.form.set_values({"kind": CommitteeKind.COPIL, "day": today + dt.timedelta(7),
                              "duration_minutes": 120, "review_period": previous_month})
        self.form.fields["title"].textEdited.connect(self._on_title_typed)
        self.form.fields["kind"].activated.connect(self._compose_title)
        self.form.fields["supplier_id"].activated.connect(self._compose_title)
        self.form.fields["day"].dateChanged.connect(self._compose_title)
        self._compose_title()
        layout.addWidget(self.form)
        box = _buttons(self, self.tr("Créer le comité"))
        box.accepted.connect(lambda: self.submitted.emit(self.values()))
        layout.addWidget(box)
        self.setMinimumWidth(460)

    def _on_title_typed(self, _text: str) -> None:
        self._title_typed = True

    def _compose_title(self, *_args: object) -> None:
        if self._title_typed:
            return
        values = self.form.values()
        supplier = self._suppliers.get(values["supplier_id"], "")
        words = [values["kind"].label, supplier]
        title = " ".join(w for w in words if w) + f" — {format_month(values['day'])}"
        self.form.set_values({"title": title})

    def values(self) -> dict[str, Any]:
        values = self.form.values()
        time = self.time.time()
        values["starts_at"] = dt.datetime.combine(values.pop("day"),
                                                  dt.time(time.hour(), time.minute()))
        if values["review_period"] is not None:
            values["review_period"] = values["review_period"].replace(day=1)
        return values


class PrepareNextDialog(QDialog):
    """What « Préparer le suivant » will create: its date (off holidays, and why), title,
    period, what it takes from the last committee; the rhythm and date can be changed."""

    def __init__(self, plan: edits.NextCommitteePlan,
                 replan: Callable[[Rhythm], edits.NextCommitteePlan],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Préparer le comité suivant"))
        self.plan = plan
        self._replan = replan
        layout = QVBoxLayout(self)
        source = QLabel(self.tr("À partir du dernier comité de la série : <b>{0}</b> du {1}.")
                        .format(plan.last_title, format_date(plan.last_day)), wordWrap=True)
        layout.addWidget(source)
        form = QFormLayout()
        self.cadence = QComboBox()
        for cadence in Cadence:
            self.cadence.addItem(cadence.label, cadence)
        self.cadence.setCurrentIndex(list(Cadence).index(plan.rhythm.cadence))
        self.cadence.activated.connect(self._on_cadence)
        self.rhythm = QLabel()
        self.date = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.time = QTimeEdit(displayFormat="HH:mm")
        self.moved = QLabel(wordWrap=True)
        self.moved.setStyleSheet(f"color: {WARNING.name()};")
        self.title = QLineEdit()
        self.review = QDateEdit(calendarPopup=True, displayFormat="MM/yyyy")
        self.copied = QLabel(wordWrap=True)
        self.copied.setStyleSheet("color: #55606e;")
        for label, widget in ((self.tr("Rythme"), self.cadence), ("", self.rhythm),
                              (self.tr("Date"), self.date), (self.tr("Heure"), self.time),
                              ("", self.moved), (self.tr("Intitulé"), self.title),
                              (self.tr("Période revue"), self.review)):
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addWidget(self.copied)
        box = _buttons(self, self.tr("Créer le comité"))
        box.accepted.connect(self.accept)
        layout.addWidget(box)
        self.date.dateChanged.connect(self._on_date)
        self._show(plan)
        self.setMinimumWidth(520)

    def _show(self, plan: edits.NextCommitteePlan) -> None:
        self.plan = plan
        starts_at = plan.values["starts_at"]
        self.rhythm.setText(plan.rhythm.describe())
        self.date.blockSignals(True)
        self.date.setDate(_qdate(starts_at.date()))
        self.date.blockSignals(False)
        self.time.setTime(QTime(starts_at.hour, starts_at.minute))
        self.moved.setText(plan.scheduled.explanation())
        self.moved.setVisible(plan.scheduled.moved)
        self.title.setText(plan.values["title"])
        review = plan.values["review_period"]
        self.review.setEnabled(review is not None)
        if review is not None:
            self.review.setDate(_qdate(review))
        agenda = "".join(f"\n  · {title}" for title, _standing in plan.agenda)
        self.copied.setText(self.tr("Repris du dernier comité : {0} (à nouveau invités), {1}, "
                                    "{2}.{3}").format(
            plural(len(plan.participant_ids), self.tr("participant")),
            plural(len(plan.contract_ids), self.tr("contrat")),
            plural(len(plan.agenda), self.tr("point permanent"),
                   self.tr("points permanents")) + self.tr(" de l'ordre du jour"), agenda))

    def _on_cadence(self, index: int) -> None:
        cadence = Cadence(self.cadence.itemData(index))
        base = self.plan.rhythm
        nth = base.nth if base.nth is not None else weekday_ordinals(self.plan.last_day)[0]
        rhythm = Rhythm(cadence, base.weekday, None if cadence in (
            Cadence.WEEKLY, Cadence.FORTNIGHTLY) else nth)
        self._show(self._replan(rhythm))

    def _on_date(self, value: QDate) -> None:
        time = self.time.time()
        moved = edits.with_date(self.plan, dt.datetime.combine(
            _date(value), dt.time(time.hour(), time.minute())))
        self.title.setText(moved.values["title"])
        if moved.values["review_period"] is not None:
            self.review.setDate(_qdate(moved.values["review_period"]))
        self.plan = moved
        self.moved.hide()

    def result_plan(self) -> edits.NextCommitteePlan:
        """The plan as the user left it: date, time, title and period."""
        time = self.time.time()
        plan = edits.with_date(self.plan, dt.datetime.combine(
            _date(self.date.date()), dt.time(time.hour(), time.minute())))
        review = _date(self.review.date()).replace(day=1) if self.review.isEnabled() else None
        values = {**plan.values, "title": self.title.text().strip() or plan.values["title"],
                  "review_period": review}
        return edits.NextCommitteePlan(plan.last_id, plan.last_title, plan.last_day, values,
                                       plan.rhythm, plan.scheduled, plan.contract_ids,
                                       plan.participant_ids, plan.agenda)
