"""A reversibility plan from the standard template, laid out backwards on working days.

The template lists the phases of a reversibility (Préparation … Recette / PV) with their
usual length in working days. `lay_out` places them so that the switch-over (*Bascule*)
ends on the target date: the phases before it backwards from there, the ones after it
(the acceptance) forwards from the next working day. Every start and end falls on a French
working day (weekends and public holidays excluded, `app.services.workdays`); a target that
is not one moves to the working day before it. A plan that would have to start before the
first working day from today is *too close*: `layout_problem` says by how much, and the
earliest target the durations allow.

`plan_rows` turns a layout into the rows to create (milestones, and the standard readiness
checklist); the page creates them in one undoable step. The plan is then edited freely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

from app.i18n import tr
from app.models import ReadinessItem, ReversibilityMilestone
from app.models.enums import ChecklistStatus, MilestoneStatus, ReversibilityPhase, Side
from app.services import workdays
from app.services.formatting import format_date, format_number, plural
from app.services.validation import ValidationError

MIL, ITEM = ReversibilityMilestone.__table__.c, ReadinessItem.__table__.c
#: The longest a phase may last, in working days (about a year).
MAX_WORKING_DAYS = 250
_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


@dataclass(frozen=True)
class PhaseTemplate:
    """A phase of the template: its milestone's title and deliverable, who leads it, and
    how many working days it lasts."""

    phase: ReversibilityPhase
    title: str
    deliverable: str
    side: Side
    working_days: int


def template() -> list[PhaseTemplate]:
    """The standard phases of a reversibility, in order, with their usual durations."""
    t = _tr
    client, supplier = Side.CLIENT, Side.SUPPLIER
    return [
        PhaseTemplate(ReversibilityPhase.PREPARATION, t("Cadrage et validation du plan de "
                      "réversibilité"), t("Plan de réversibilité validé"), client, 10),
        PhaseTemplate(ReversibilityPhase.KNOWLEDGE_TRANSFER, t("Ateliers de transfert de "
                      "connaissances"), t("Supports et comptes rendus d'ateliers"), supplier,
                      20),
        PhaseTemplate(ReversibilityPhase.SHADOWING, t("Shadowing : le repreneur observe"),
                      t("Journal de shadowing"), supplier, 15),
        PhaseTemplate(ReversibilityPhase.REVERSE_SHADOWING, t("Reverse shadowing : le "
                      "repreneur opère sous supervision"), t("Grille d'autonomie signée"),
                      client, 15),
        PhaseTemplate(ReversibilityPhase.DOCUMENTATION, t("Remise de la documentation à jour"),
                      t("Dossier d'exploitation et procédures"), supplier, 10),
        PhaseTemplate(ReversibilityPhase.CUTOVER, t("Bascule du service"),
                      t("Procès-verbal de bascule"), client, 5),
        PhaseTemplate(ReversibilityPhase.ACCEPTANCE, t("Recette et PV de fin de réversibilité"),
                      t("PV de fin de réversibilité signé"), client, 10),
    ]


def _tr(text: str) -> str:
    return tr("reversibility", text)


def standard_checklist() -> list[str]:
    """The titles of the standard readiness checklist."""
    return [
        _tr("Documentation d'exploitation remise (procédures, schémas, configurations)"),
        _tr("Inventaire des accès et des comptes (comptes à privilèges, certificats, clés)"),
        _tr("Base de connaissances transférée"),
        _tr("Formats d'export des données testés"),
        _tr("Licences transférables au client ou au repreneur"),
    ]


# -- laying a plan out ----------------------------------------------------------------------


@dataclass(frozen=True)
class PlacedPhase:
    """A phase of the template with the working days it starts and ends on."""

    template: PhaseTemplate
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class PlanLayout:
    """The template's phases placed around a target switch-over date."""

    phases: tuple[PlacedPhase, ...]
    target: dt.date  # as asked
    switch_over: dt.date  # the working day the switch-over ends on (≤ target)
    first_day: dt.date  # the first working day the plan may start on (from today)
    earliest_switch_over: dt.date  # the earliest the switch-over can end, starting then
    needed_days: int  # working days of the phases up to the switch-over
    available_days: int  # working days from first_day to switch_over

    @property
    def too_close(self) -> bool:
        """True when the plan would have to start before `first_day`."""
        return self.needed_days > self.available_days

    @property
    def missing_days(self) -> int:
        """Working days to find (shorter phases or a later target); 0 when it fits."""
        return max(0, self.needed_days - self.available_days)

    @property
    def start(self) -> dt.date | None:
        """The first day of the plan."""
        return self.phases[0].start if self.phases else None

    @property
    def end(self) -> dt.date | None:
        """The last day of the plan."""
        return self.phases[-1].end if self.phases else None


def lay_out(phases: Sequence[PhaseTemplate], target: dt.date, today: dt.date) -> PlanLayout:
    """Place `phases` so that the switch-over ends on `target` (see the module's text)."""
    check_durations(phases)
    anchor = _anchor(phases)
    switch_over = workdays.previous_working_day(target)
    placed: list[PlacedPhase] = []
    end = switch_over
    for phase in reversed(phases[: anchor + 1]):
        start = workdays.add_working_days(end, -(phase.working_days - 1))
        placed.insert(0, PlacedPhase(phase, start, end))
        end = workdays.add_working_days(start, -1)
    start = switch_over
    for phase in phases[anchor + 1:]:
        start = workdays.add_working_days(start, 1)
        end = workdays.add_working_days(start, phase.working_days - 1)
        placed.append(PlacedPhase(phase, start, end))
        start = end
    first_day = workdays.next_working_day(today)
    needed = sum(p.working_days for p in phases[: anchor + 1])
    return PlanLayout(tuple(placed), target, switch_over, first_day,
                      _earliest(phases[: anchor + 1], first_day), needed,
                      count_working_days(first_day, switch_over))


def _anchor(phases: Sequence[PhaseTemplate]) -> int:
    """The index of the phase that ends on the target: the (last) switch-over, else the
    last phase."""
    cutovers = [n for n, p in enumerate(phases) if p.phase is ReversibilityPhase.CUTOVER]
    return cutovers[-1] if cutovers else len(phases) - 1


def _earliest(phases: Sequence[PhaseTemplate], first_day: dt.date) -> dt.date:
    """The day the last of `phases` ends when the first starts on `first_day`."""
    return workdays.add_working_days(first_day, sum(p.working_days for p in phases) - 1)


def count_working_days(first: dt.date, last: dt.date) -> int:
    """Working days from `first` to `last`, both included (0 when `last` < `first`)."""
    count, day = 0, first
    while day <= last:
        count += workdays.is_working_day(day)
        day += workdays.ONE_DAY
    return count


def check_durations(phases: Sequence[PhaseTemplate]) -> None:
    """Raise ValidationError unless there is a phase and each lasts 1 to 250 working days."""
    if not phases:
        raise ValidationError({"phases": _tr("Gardez au moins une phase dans le plan.")})
    wrong = [p for p in phases if not 1 <= p.working_days <= MAX_WORKING_DAYS]
    if wrong:
        text = _tr("La durée d'une phase va de 1 à {max} jours ouvrés ({phase} : {days}).")
        raise ValidationError({"phases": text.format(
            max=MAX_WORKING_DAYS, phase=wrong[0].phase.label, days=wrong[0].working_days)})


def with_durations(durations: dict[ReversibilityPhase, int]) -> list[PhaseTemplate]:
    """The template's phases kept in `durations`, each with the duration given there."""
    return [replace(p, working_days=durations[p.phase]) for p in template()
            if p.phase in durations]


# -- what the user reads --------------------------------------------------------------------


def layout_problem(layout: PlanLayout) -> str | None:
    """Why the plan cannot be laid out before this target, and what to do; None if it can."""
    if not layout.too_close:
        return None
    earliest = _day_name(layout.earliest_switch_over)
    if layout.available_days <= 0:
        text = _tr("La date de bascule du {target} est passée ou trop proche pour préparer "
                   "quoi que ce soit. Avec ces durées, la bascule peut avoir lieu le "
                   "{earliest} au plus tôt.")
        return text.format(target=format_date(layout.target), earliest=earliest)
    text = _tr("La date de bascule du {target} est trop proche : les phases qui la précèdent "
               "demandent {needed}, il n'en reste que {available} d'ici là. Reportez la "
               "bascule au {earliest} au plus tôt, ou raccourcissez les phases de {missing}.")
    return text.format(target=format_date(layout.target),
                       needed=_working_days(layout.needed_days),
                       available=format_number(layout.available_days), earliest=earliest,
                       missing=_working_days(layout.missing_days))


def layout_notes(layout: PlanLayout, contract_end: dt.date | None = None) -> list[str]:
    """What the user should know of a feasible layout: the target moved off a day that is
    not worked, a plan that ends after the contract."""
    notes = []
    if layout.switch_over != layout.target:
        holiday = workdays.holiday_name(layout.target)
        text = (_tr("Le {target} est férié ({holiday}) : la bascule est placée au {day}.")
                if holiday else
                _tr("Le {target} n'est pas un jour ouvré : la bascule est placée au {day}."))
        notes.append(text.format(target=_day_name(layout.target), holiday=holiday,
                                 day=_day_name(layout.switch_over)))
    if contract_end is not None and layout.end is not None and layout.end > contract_end:
        text = _tr("Le plan se termine le {end}, après la fin du contrat ({contract_end}) : "
                   "prévoyez la recette avant, ou une prolongation.")
        notes.append(text.format(end=format_date(layout.end),
                                 contract_end=format_date(contract_end)))
    return notes


def _working_days(count: int) -> str:
    return plural(count, _tr("jour ouvré"), _tr("jours ouvrés"))


def _day_name(day: dt.date) -> str:
    """« lundi 14/06/2027 »."""
    return f"{_tr(_WEEKDAYS[day.weekday()])} {format_date(day)}"


# -- the rows to create ---------------------------------------------------------------------


def plan_rows(
    session: Session, contract_id: int, layout: PlanLayout, *, with_checklist: bool = True
) -> list[tuple[type[SQLModel], dict[str, Any]]]:
    """The milestones of a feasible layout, and the standard checklist items the contract
    lacks, as (table, values) to create. Raises ValidationError when the contract already
    has a plan or the layout is too close."""
    if _has_plan(session, contract_id):
        raise ValidationError({"contract": _tr(
            "Ce contrat a déjà un plan de réversibilité : modifiez ses jalons.")})
    problem = layout_problem(layout)
    if problem:
        raise ValidationError({"target": problem})
    rows: list[tuple[type[SQLModel], dict[str, Any]]] = [
        (ReversibilityMilestone, {
            "contract_id": contract_id, "phase": p.template.phase, "title": p.template.title,
            "deliverable": p.template.deliverable, "side": p.template.side,
            "planned_start": p.start, "planned_end": p.end,
            "status": MilestoneStatus.PLANNED, "notes": "",
        })
        for p in layout.phases
    ]
    if with_checklist:
        rows += [(ReadinessItem, values)
                 for values in standard_item_values(session, contract_id)]
    return rows


def standard_item_values(session: Session, contract_id: int) -> list[dict[str, Any]]:
    """The standard checklist items a contract does not hold yet, placed after its own."""
    existing = session.connection().execute(
        sa.select(ITEM.title, ITEM.position).where(ITEM.contract_id == contract_id)).all()
    titles = {title.casefold() for title, _position in existing}
    position = max((p for _title, p in existing), default=0)
    values = []
    for title in standard_checklist():
        if title.casefold() in titles:
            continue
        position += 1
        values.append({"contract_id": contract_id, "position": position, "title": title,
                       "status": ChecklistStatus.TODO, "evidence": ""})
    return values


def _has_plan(session: Session, contract_id: int) -> bool:
    query = sa.select(MIL.id).where(MIL.contract_id == contract_id).limit(1)
    return session.connection().execute(query).first() is not None
