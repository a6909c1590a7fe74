"""« Créer le plan »: a target switch-over date and the template's phases with their
durations; the dates follow as they are typed, a target too close is said with what to do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import reversibility
from app.services.formatting import format_date, plural
from app.services.reversibility import PlanLayout
from app.services.reversibility_page import PlanContract
from app.services.validation import ValidationError
from app.ui.style import icon

#: creates the plan of a layout (with the standard checklist or not); returns an error
Create = Callable[[PlanLayout, bool], str | None]
PROBLEM_STYLE = "color: #c62828;"
NOTE_STYLE = "color: #8a4b00;"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CreatePlanDialog(QDialog):
    """Lays the template out backwards from the target as the user edits it; `create` is
    called on « Créer le plan » and the dialog closes once it succeeds."""

    def __init__(self, contract: PlanContract, today: dt.date, create: Create,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Créer le plan de réversibilité"))
        self.contract, self.today, self._create = contract, today, create
        self.layout_: PlanLayout | None = None
        self.phases = reversibility.template()
        self._setup_ui()
        self.target.setDate(_qdate(self._default_target()))
        self.update_layout()

    # -- building -------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        column = QVBoxLayout(self)
        column.setSpacing(10)
        column.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # follows its sentences
        heading = QLabel(self.tr("Plan de réversibilité — {0}").format(
            self.contract.reference), objectName="sectionTitle")
        intro = QLabel(self.tr(
            "Les phases du modèle sont placées à rebours depuis la bascule, sur des jours "
            "ouvrés (week-ends et jours fériés exclus). Vous pourrez ensuite modifier chaque "
            "jalon."), wordWrap=True)
        intro.setStyleSheet("color: #55606e;")
        column.addWidget(heading)
        column.addWidget(intro)
        column.addLayout(self._target_row())
        column.addLayout(self._phase_grid())
        self.total = QLabel()
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.earliest_button = QPushButton(icon("mdi6.calendar-arrow-right"), "")
        self.earliest_button.clicked.connect(self.use_earliest)
        self.notes = QLabel(wordWrap=True)
        self.notes.setStyleSheet(NOTE_STYLE)
        self.with_checklist = QCheckBox(self.tr(
            "Ajouter la check-list standard (documentation, accès, base de connaissances, "
            "formats d'export, licences)"), checked=True)
        for widget in (self.total, self.problem, self.earliest_button, self.notes,
                       self.with_checklist):
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft
                             if widget is self.earliest_button else Qt.AlignmentFlag(0))
        column.addStretch(1)
        column.addLayout(self._buttons())
        self.setMinimumWidth(700)

    def _target_row(self) -> QFormLayout:
        form = QFormLayout()
        self.target = QDateEdit(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.target.setMinimumDate(_qdate(self.today))
        self.target.setFixedWidth(150)
        self.target.dateChanged.connect(self.update_layout)
        form.addRow(self.tr("Date cible de la bascule"), self.target)
        dates = [(self.tr("fin du terme en cours"), self.contract.term_end),
                 (self.tr("prochaine date limite de dénonciation"),
                  self.contract.notice_deadline)]
        known = ", ".join(f"{text} : {format_date(day)}" for text, day in dates if day)
        if known:
            hint = QLabel(self.tr("Pour mémoire — {0}.").format(known), wordWrap=True)
            hint.setStyleSheet("color: #6b7785;")
            form.addRow("", hint)
        return form

    def _phase_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for col, text in enumerate((self.tr("Phase"), self.tr("Durée"), self.tr("Dates"))):
            label = QLabel(text)
            label.setStyleSheet("font-weight: 600; color: #33404f;")
            grid.addWidget(label, 0, col)
        self.checks: list[QCheckBox] = []
        self.durations: list[QSpinBox] = []
        self.dates: list[QLabel] = []
        for row, phase in enumerate(self.phases, start=1):
            check = QCheckBox(phase.phase.label, checked=True)
            check.setToolTip(phase.title)
            check.toggled.connect(self.update_layout)
            spin = QSpinBox(minimum=1, maximum=reversibility.MAX_WORKING_DAYS,
                            value=phase.working_days, suffix=self.tr(" jours ouvrés"))
            spin.valueChanged.connect(self.update_layout)
            check.toggled.connect(spin.setEnabled)
            dates = QLabel()
            dates.setMinimumWidth(230)
            grid.addWidget(check, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(dates, row, 2)
            self.checks.append(check)
            self.durations.append(spin)
            self.dates.append(dates)
        grid.setColumnStretch(2, 1)
        return grid

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = QPushButton(self.tr("Annuler"))
        cancel.clicked.connect(self.reject)
        self.create_button = QPushButton(icon("mdi6.check", "white"),
                                         self.tr("Créer le plan"), objectName="primary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.accept)
        row.addWidget(cancel)
        row.addWidget(self.create_button)
        return row

    # -- the layout -----------------------------------------------------------------------

    def chosen_phases(self) -> list[reversibility.PhaseTemplate]:
        """The phases ticked, with the durations typed."""
        return [reversibility.PhaseTemplate(p.phase, p.title, p.deliverable, p.side, spin.value())
                for p, check, spin in zip(self.phases, self.checks, self.durations, strict=True)
                if check.isChecked()]

    def target_date(self) -> dt.date:
        """The target switch-over date typed."""
        date = self.target.date()
        return dt.date(date.year(), date.month(), date.day())

    def _default_target(self) -> dt.date:
        """The contract's end (or its current term's), if the template fits before it, else
        the earliest date the template allows."""
        end = self.contract.contract_end or self.contract.term_end
        if end is not None and end >= self.today \
                and not reversibility.lay_out(self.phases, end, self.today).too_close:
            return end
        return reversibility.lay_out(self.phases, self.today, self.today).earliest_switch_over

    def update_layout(self) -> None:
        """Lay the plan out again from what the dialog holds, and say what it gives."""
        try:
            self.layout_ = reversibility.lay_out(self.chosen_phases(), self.target_date(),
                                                 self.today)
        except ValidationError as error:
            self.layout_ = None
            self._show_problem(" ".join(error.errors.values()))
            return
        layout = self.layout_
        placed = iter(layout.phases)
        for check, label in zip(self.checks, self.dates, strict=True):
            phase = next(placed) if check.isChecked() else None
            label.setText("" if phase is None else self.tr("du {0} au {1}").format(
                format_date(phase.start), format_date(phase.end)))
            # a phase that would have had to start already is shown in red
            past = phase is not None and phase.start < layout.first_day
            label.setStyleSheet(PROBLEM_STYLE if past else "")
        self.total.setText(self.tr("{0}, du {1} au {2} ; bascule le {3}.").format(
            plural(sum(p.working_days for p in self.chosen_phases()), self.tr("jour ouvré"),
                   self.tr("jours ouvrés")), format_date(layout.start), format_date(layout.end),
            format_date(layout.switch_over)))
        self._show_problem(reversibility.layout_problem(layout) or "")
        notes = reversibility.layout_notes(layout, self.contract.contract_end)
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        layout = self.layout_
        earliest = layout is not None and layout.too_close
        self.earliest_button.setVisible(earliest)
        if earliest:
            self.earliest_button.setText(self.tr("Reporter la bascule au {0}").format(
                format_date(layout.earliest_switch_over)))
        self.create_button.setEnabled(not text)

    def use_earliest(self) -> None:
        """Move the target to the earliest date the durations allow."""
        if self.layout_ is not None:
            self.target.setDate(_qdate(self.layout_.earliest_switch_over))

    def accept(self) -> None:
        if self.layout_ is None or self.layout_.too_close:
            return
        error = self._create(self.layout_, self.with_checklist.isChecked())
        if error:
            self._show_problem(error)
            return
        super().accept()
