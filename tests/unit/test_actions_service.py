"""The action plan's service: the list and its filters, lateness, history, follow-ups and
bulk changes, each one undone and redone."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from app.models import ActionStatus, ActionUpdate, Priority, Side
from app.services import action_edits, actions
from app.services.changes import ChangeSet
from app.services.validation import ValidationError
from tests.committees_support import governance_file
from tests.conftest import SCENARIO_DAY

#: Expected figures worked out for 24/11/2026 (tests/conftest.py SCENARIO_DAY).
pytestmark = pytest.mark.day(SCENARIO_DAY)
TODAY = SCENARIO_DAY

D = dt.date


@pytest.fixture
def scenario(tmp_path):
    from app.storage.document import open_file

    path, ids = governance_file(tmp_path / "documents")
    document = open_file(path)
    yield document, ids
    document.close(save=False)


def rows(document) -> dict[int, actions.ActionRow]:
    with document.session() as session:
        return {row.id: row for row in actions.list_actions(session, TODAY)}


def change(document, work):
    changes = ChangeSet()
    with document.session() as session:
        result = work(session, changes)
    return result, changes


def history(document, action_id: int) -> list[actions.HistoryEntry]:
    with document.session() as session:
        return actions.action_history(session, action_id, TODAY)


def test_every_action_is_listed_by_due_date_with_its_lateness(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        listed = actions.list_actions(session, TODAY)
    dues = [row.due_date for row in listed]
    assert dues == sorted(d for d in dues if d) + [None] * dues.count(None)
    found = {row.id: row for row in listed}
    late = found[ids["sep_open"]]
    assert (late.number, late.days_late, late.owner_name, late.contract_reference) == (
        f"A-{ids['sep_open']:04d}", 55, "Karine Picard", "INF")
    assert late.committee_title == "COPIL Armor — copil_sep"
    assert late.committee_date == D(2026, 9, 8)
    # Nova's action was due 20/11: four days late; a closed one is never late
    assert found[ids["nova_action"]].days_late == 4
    assert found[ids["oct_closed_after"]].days_late == 0
    # the actions a committee followed up, whatever their origin
    with document.session() as session:
        assert actions.followed_in(session, ids["copil_oct"]) == {ids["sep_open"]}


def test_filters_combine(scenario) -> None:
    document, ids = scenario
    listed = list(rows(document).values())

    def kept(**filters) -> set[int]:
        if "committee_id" in filters:
            with document.session() as session:
                filters["followed"] = actions.followed_in(session, filters["committee_id"])
        chosen = actions.ActionFilter(**filters)
        return {row.id for row in listed if chosen.accepts(row)}

    # « À suivre » (the default): open or in progress
    assert kept() == {ids[k] for k in ("sep_open", "nov_new", "cotech_later", "nova_action",
                                       "contract_only", "created_later")}
    assert kept(late_only=True) == {ids["sep_open"], ids["nova_action"]}
    assert kept(status=None, side=Side.CLIENT) == {ids["oct_closed_after"]}
    assert kept(status=ActionStatus.DONE) == {ids["oct_closed_after"], ids["sep_closed_before"]}
    assert kept(supplier_id=ids["armor"], late_only=True) == {ids["sep_open"]}
    assert kept(contract_id=ids["CDS"]) == {ids["nov_new"], ids["contract_only"]}
    assert kept(owner_id=ids["luc"]) == {ids["contract_only"]}
    # by committee: decided there, or followed up there
    assert kept(committee_id=ids["copil_oct"]) == {ids["sep_open"]}
    assert kept(status=None, committee_id=ids["copil_oct"]) == {
        ids["sep_open"], ids["oct_closed_after"]}


def test_history_tells_the_committees_an_action_went_through(scenario) -> None:
    document, ids = scenario
    entries = history(document, ids["sep_open"])
    # decided on 08/09, followed up on 13/10, carried through the committees of its
    # supplier or contract held since: November's COPIL and the CoTech of 19/11
    assert [(e.day, e.kind, e.committee_id) for e in entries] == [
        (D(2026, 9, 8), "created", ids["copil_sep"]),
        (D(2026, 10, 13), "committee", ids["copil_oct"]),
        (D(2026, 11, 10), "committee", ids["copil_nov"]),
        (D(2026, 11, 19), "committee", ids["cotech"])]
    assert entries[1].note == "Relancé : attend le fournisseur."
    assert entries[1].committee_title == "COPIL Armor — copil_oct"


def test_a_closed_action_went_through_committees_until_its_closing(scenario) -> None:
    document, ids = scenario
    entries = history(document, ids["oct_closed_after"])  # closed on 05/11
    assert [(e.kind, e.day) for e in entries] == [
        ("created", D(2026, 10, 13)), ("closed", D(2026, 11, 5))]
    assert entries[-1].status is ActionStatus.DONE


def test_a_follow_up_in_a_committee_is_one_row_completed_by_later_edits(scenario) -> None:
    document, ids = scenario
    nov, action = ids["copil_nov"], ids["sep_open"]
    day = D(2026, 11, 10)
    _r, first = change(document, lambda s, c: action_edits.record_follow_up(
        s, c, action, day, committee_id=nov, note="Attendu fin novembre."))
    _r, second = change(document, lambda s, c: action_edits.record_follow_up(
        s, c, action, day, committee_id=nov, due_date=D(2026, 11, 30),
        status=ActionStatus.IN_PROGRESS))
    with document.session() as session:
        noted = session.exec(select(ActionUpdate).where(
            ActionUpdate.action_id == action, ActionUpdate.committee_id == nov)).all()
    assert [(u.note, u.status, u.due_date) for u in noted] == [
        ("Attendu fin novembre.", ActionStatus.IN_PROGRESS, D(2026, 11, 30))]
    row = rows(document)[action]
    assert (row.status, row.due_date, row.days_late) == (ActionStatus.IN_PROGRESS,
                                                         D(2026, 11, 30), 0)
    with document.session() as session:
        second.undo(session)
    row = rows(document)[action]
    assert (row.status, row.due_date) == (ActionStatus.OPEN, D(2026, 9, 30))
    with document.session() as session:
        first.undo(session)
        assert session.exec(select(ActionUpdate).where(
            ActionUpdate.committee_id == nov)).all() == []


def test_closing_several_actions_at_once(scenario) -> None:
    document, ids = scenario
    chosen = [ids["sep_open"], ids["nova_action"], ids["oct_closed_after"]]
    count, changes = change(document, lambda s, c: action_edits.close_actions(
        s, c, chosen, TODAY, note="Soldées en revue."))
    assert count == 2  # the third was already done
    found = rows(document)
    assert {found[i].status for i in chosen} == {ActionStatus.DONE}
    assert found[ids["sep_open"]].closed_on == TODAY
    assert found[ids["oct_closed_after"]].closed_on == D(2026, 11, 5)  # untouched
    last = history(document, ids["nova_action"])[-1]
    assert (last.kind, last.note, last.status) == (
        "follow_up", "Soldées en revue.", ActionStatus.DONE)
    with document.session() as session:
        changes.undo(session)
    found = rows(document)
    assert found[ids["sep_open"]].status is ActionStatus.OPEN
    assert found[ids["sep_open"]].closed_on is None
    with document.session() as session:
        changes.redo(session)
    assert rows(document)[ids["nova_action"]].status is ActionStatus.DONE


def test_moving_due_dates_of_several_actions(scenario) -> None:
    document, ids = scenario
    chosen = [ids["sep_open"], ids["contract_only"]]
    count, _ = change(document, lambda s, c: action_edits.move_due_dates(
        s, c, chosen, D(2026, 12, 31), TODAY))
    assert count == 2
    found = rows(document)
    assert {found[i].due_date for i in chosen} == {D(2026, 12, 31)}
    assert found[ids["sep_open"]].days_late == 0
    moved = history(document, ids["contract_only"])[-1]
    assert (moved.due_date, moved.committee_id) == (D(2026, 12, 31), None)


def test_the_form_is_checked_and_a_new_status_goes_into_the_history(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        detail = actions.action_detail(session, ids["nova_action"], TODAY)
    values = detail.values()
    assert [name for _id, name, _side in detail.owners] == [
        "Anne Roux (Directrice de projet)", "Marion Boyer (DSI)",
        "Paul Girard (Responsable infrastructure)"]
    with pytest.raises(ValidationError) as refused:
        change(document, lambda s, c: action_edits.save_action(
            s, c, ids["nova_action"], {**values, "title": "  "}, TODAY))
    assert refused.value.errors == {"title": "Donnez un intitulé à l'action."}
    change(document, lambda s, c: action_edits.save_action(
        s, c, ids["nova_action"], {**values, "priority": Priority.HIGH,
                            "status": ActionStatus.CANCELLED}, TODAY))
    row = rows(document)[ids["nova_action"]]
    assert (row.priority, row.status, row.closed_on) == (
        Priority.HIGH, ActionStatus.CANCELLED, TODAY)
    assert history(document, ids["nova_action"])[-1].status is ActionStatus.CANCELLED
    # reopened: no closing date any more
    change(document, lambda s, c: action_edits.save_action(
        s, c, ids["nova_action"], {**values, "status": ActionStatus.OPEN}, TODAY))
    assert rows(document)[ids["nova_action"]].closed_on is None


def test_a_new_action_decided_in_a_committee(scenario) -> None:
    document, ids = scenario
    values = action_edits.default_values(ids["armor"]) | {
        "title": "Envoyer le plan de charge", "owner_id": ids["karine"],
        "due_date": D(2026, 12, 1)}
    new_id, changes = change(document, lambda s, c: action_edits.create_action(
        s, c, values, D(2026, 11, 10), ids["copil_nov"]))
    row = rows(document)[new_id]
    assert (row.committee_id, row.created_on, row.status, row.supplier_name) == (
        ids["copil_nov"], D(2026, 11, 10), ActionStatus.OPEN, "Armor Infogérance")
    with document.session() as session:
        changes.undo(session)
    assert new_id not in rows(document)
