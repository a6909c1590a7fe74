"""A plan from the template: laid out backwards from the switch-over on French working days,
refused plainly when the target is too close, created as milestones and a checklist."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from app.models import (
    Contract,
    ContractKind,
    ReadinessItem,
    ReversibilityMilestone,
    Supplier,
)
from app.models.enums import ChecklistStatus, MilestoneStatus, ReversibilityPhase, Side
from app.services import records, workdays
from app.services.reversibility import (
    PhaseTemplate,
    lay_out,
    layout_notes,
    layout_problem,
    plan_rows,
    standard_checklist,
    standard_item_values,
    template,
    with_durations,
)
from app.services.validation import ValidationError

D = dt.date
TODAY = D(2026, 11, 24)  # a Tuesday
PREP, CUTOVER, ACCEPT = (ReversibilityPhase.PREPARATION, ReversibilityPhase.CUTOVER,
                         ReversibilityPhase.ACCEPTANCE)


def phases(*durations: tuple[ReversibilityPhase, int]) -> list[PhaseTemplate]:
    return with_durations(dict(durations))


def dates(layout) -> list[tuple[dt.date, dt.date]]:
    return [(p.start, p.end) for p in layout.phases]


def test_phases_are_laid_out_backwards_from_the_switch_over_skipping_weekends() -> None:
    # Bascule, 2 working days ending Friday 12/03/2027: Thursday 11 and Friday 12.
    # Préparation, 5 working days ending the working day before (Wednesday 10): Wed 10,
    # Tue 9, Mon 8, then the weekend is skipped: Fri 5, Thu 4. Recette, 2 working days
    # from the working day after the switch-over: Monday 15 and Tuesday 16.
    layout = lay_out(phases((PREP, 5), (CUTOVER, 2), (ACCEPT, 2)), D(2027, 3, 12), TODAY)
    assert dates(layout) == [(D(2027, 3, 4), D(2027, 3, 10)),
                             (D(2027, 3, 11), D(2027, 3, 12)),
                             (D(2027, 3, 15), D(2027, 3, 16))]
    assert [p.template.phase for p in layout.phases] == [PREP, CUTOVER, ACCEPT]
    assert layout.switch_over == D(2027, 3, 12) and not layout.too_close
    assert layout_problem(layout) is None and layout_notes(layout) == []


def test_a_target_on_a_weekend_moves_to_the_friday_before_and_says_so() -> None:
    sunday = lay_out(phases((PREP, 5), (CUTOVER, 2), (ACCEPT, 2)), D(2027, 3, 14), TODAY)
    friday = lay_out(phases((PREP, 5), (CUTOVER, 2), (ACCEPT, 2)), D(2027, 3, 12), TODAY)
    assert dates(sunday) == dates(friday)
    assert layout_notes(sunday) == ["Le dimanche 14/03/2027 n'est pas un jour ouvré : la "
                                    "bascule est placée au vendredi 12/03/2027."]


def test_public_holidays_are_not_working_days() -> None:
    # Ascension falls on Thursday 06/05/2027. Bascule, 3 working days ending Friday 07/05:
    # Fri 7, (Thu 6 is a holiday) Wed 5, Tue 4. Préparation, 2 days before: Mon 3, Fri 30/04.
    # Recette after Friday 7: Monday 10, Tuesday 11.
    layout = lay_out(phases((PREP, 2), (CUTOVER, 3), (ACCEPT, 2)), D(2027, 5, 7), TODAY)
    assert dates(layout) == [(D(2027, 4, 30), D(2027, 5, 3)),
                             (D(2027, 5, 4), D(2027, 5, 7)),
                             (D(2027, 5, 10), D(2027, 5, 11))]
    # Christmas (Friday 25/12/2026) and New Year's Day (Friday 01/01/2027): Bascule, 5 days
    # ending Friday 08/01/2027 starts Monday 04/01; Préparation, 5 days ending the working
    # day before (Thursday 31/12): Thu 31, Wed 30, Tue 29, Mon 28, (Fri 25) Thu 24/12.
    layout = lay_out(phases((PREP, 5), (CUTOVER, 5)), D(2027, 1, 8), TODAY)
    assert dates(layout) == [(D(2026, 12, 24), D(2026, 12, 31)),
                             (D(2027, 1, 4), D(2027, 1, 8))]


def test_a_target_on_a_holiday_moves_to_the_working_day_before() -> None:
    layout = lay_out(phases((PREP, 2), (CUTOVER, 1)), D(2027, 5, 6), TODAY)  # Ascension
    assert layout.switch_over == D(2027, 5, 5)
    assert dates(layout)[-1] == (D(2027, 5, 5), D(2027, 5, 5))
    assert layout_notes(layout) == ["Le jeudi 06/05/2027 est férié (Ascension) : la bascule "
                                    "est placée au mercredi 05/05/2027."]


def test_the_whole_template_is_sequential_on_working_days() -> None:
    target = D(2027, 6, 30)  # a Wednesday
    layout = lay_out(template(), target, TODAY)
    assert [p.template.phase for p in layout.phases] == list(ReversibilityPhase)
    assert layout.phases[5].end == target  # the switch-over ends on the target
    for placed in layout.phases:
        assert workdays.is_working_day(placed.start) and workdays.is_working_day(placed.end)
        days = sum(workdays.is_working_day(placed.start + dt.timedelta(n))
                   for n in range((placed.end - placed.start).days + 1))
        assert days == placed.template.working_days
    for before, after in zip(layout.phases, layout.phases[1:], strict=False):
        assert after.start == workdays.add_working_days(before.end, 1)
    assert layout.needed_days == 75  # 10 + 20 + 15 + 15 + 10 + 5 before the acceptance


def test_a_target_too_close_for_the_durations_is_said_with_what_to_do() -> None:
    # From Tuesday 24/11/2026 (today, a working day) to Friday 04/12/2026 there are 9
    # working days (24 to 27/11, then 30/11 to 04/12); the phases need 5 + 5 = 10.
    # Started today, the switch-over ends 9 working days later: Monday 07/12/2026.
    layout = lay_out(phases((PREP, 5), (CUTOVER, 5)), D(2026, 12, 4), TODAY)
    assert layout.too_close and layout.missing_days == 1
    assert layout.start == D(2026, 11, 23)  # the day before today: it cannot be
    assert layout.earliest_switch_over == D(2026, 12, 7)
    assert layout_problem(layout) == (
        "La date de bascule du 04/12/2026 est trop proche : les phases qui la précèdent "
        "demandent 10 jours ouvrés, il n'en reste que 9 d'ici là. Reportez la bascule au "
        "lundi 07/12/2026 au plus tôt, ou raccourcissez les phases de 1 jour ouvré.")
    fitting = lay_out(phases((PREP, 5), (CUTOVER, 5)), D(2026, 12, 7), TODAY)
    assert not fitting.too_close and fitting.start == TODAY


def test_a_target_in_the_past_gives_the_earliest_date() -> None:
    layout = lay_out(phases((PREP, 5), (CUTOVER, 5)), D(2026, 11, 20), TODAY)
    assert layout_problem(layout) == (
        "La date de bascule du 20/11/2026 est passée ou trop proche pour préparer quoi que ce "
        "soit. Avec ces durées, la bascule peut avoir lieu le lundi 07/12/2026 au plus tôt.")


def test_on_a_weekend_the_plan_may_start_on_monday() -> None:
    saturday = D(2026, 11, 28)
    layout = lay_out(phases((PREP, 5)), D(2026, 12, 4), saturday)  # Mon 30/11 to Fri 04/12
    assert not layout.too_close and layout.start == D(2026, 11, 30)
    assert lay_out(phases((PREP, 6)), D(2026, 12, 4), saturday).missing_days == 1


def test_without_a_switch_over_the_last_phase_ends_on_the_target() -> None:
    layout = lay_out(phases((PREP, 2), (ACCEPT, 3)), D(2027, 3, 12), TODAY)
    assert dates(layout) == [(D(2027, 3, 8), D(2027, 3, 9)), (D(2027, 3, 10), D(2027, 3, 12))]


def test_a_plan_ending_after_the_contract_is_pointed_out() -> None:
    # Recette, 5 working days after Friday 26/03/2027: Monday 29/03 is Easter Monday, so
    # Tuesday 30/03 to Friday 02/04 and Monday 05/04.
    layout = lay_out(phases((CUTOVER, 2), (ACCEPT, 5)), D(2027, 3, 26), TODAY)
    assert layout.end == D(2027, 4, 5)
    assert layout_notes(layout, contract_end=D(2027, 3, 31)) == [
        "Le plan se termine le 05/04/2027, après la fin du contrat (31/03/2027) : prévoyez la "
        "recette avant, ou une prolongation."]


@pytest.mark.parametrize("durations", [{}, {PREP: 0}, {PREP: 251}])
def test_durations_are_checked(durations) -> None:
    with pytest.raises(ValidationError) as raised:
        lay_out(with_durations(durations), D(2027, 3, 12), TODAY)
    assert "phases" in raised.value.errors


# -- creating the rows --------------------------------------------------------------------------


@pytest.fixture
def contract_id(client_file) -> int:
    with client_file.session() as session:
        supplier = records.create(session, Supplier, {"name": "Ligeria"})
        return records.create(session, Contract, {
            "supplier_id": supplier, "reference": "CTR-WMS", "title": "WMS",
            "kind": ContractKind.MAINTENANCE, "start_date": D(2023, 1, 1),
            "has_reversibility_clause": True})


def test_plan_rows_create_the_milestones_and_the_standard_checklist(client_file,
                                                                    contract_id) -> None:
    layout = lay_out(template(), D(2027, 6, 30), TODAY)
    with client_file.session() as session:
        rows = plan_rows(session, contract_id, layout)
        for model, values in rows:
            records.create(session, model, values)
    with client_file.session() as session:
        milestones = session.exec(select(ReversibilityMilestone).order_by(
            ReversibilityMilestone.planned_start)).all()
        items = session.exec(select(ReadinessItem).order_by(ReadinessItem.position)).all()
        assert [(m.phase, m.planned_start, m.planned_end) for m in milestones] == [
            (p.template.phase, p.start, p.end) for p in layout.phases]
        assert {m.status for m in milestones} == {MilestoneStatus.PLANNED}
        assert milestones[0].side is Side.CLIENT and milestones[1].side is Side.SUPPLIER
        assert [i.title for i in items] == standard_checklist()
        assert [i.position for i in items] == [1, 2, 3, 4, 5]
        assert {i.status for i in items} == {ChecklistStatus.TODO}
        with pytest.raises(ValidationError, match="déjà un plan"):
            plan_rows(session, contract_id, layout)


def test_no_row_is_made_for_a_target_too_close(client_file, contract_id) -> None:
    layout = lay_out(template(), D(2027, 1, 15), TODAY)
    with client_file.session() as session, pytest.raises(ValidationError) as raised:
        plan_rows(session, contract_id, layout)
    assert "trop proche" in raised.value.errors["target"]


def test_standard_items_already_there_are_not_added_twice(client_file, contract_id) -> None:
    with client_file.session() as session:
        records.create(session, ReadinessItem, {
            "contract_id": contract_id, "position": 1, "title": "Reprise des interfaces ERP"})
        records.create(session, ReadinessItem, {
            "contract_id": contract_id, "position": 2,
            "title": standard_checklist()[2].upper()})
        values = standard_item_values(session, contract_id)
    assert [v["title"] for v in values] == [t for n, t in enumerate(standard_checklist())
                                            if n != 2]
    assert [v["position"] for v in values] == [3, 4, 5, 6]
