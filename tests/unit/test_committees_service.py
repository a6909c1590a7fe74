"""The committees service: the list, the sheet, carried-over actions, the indicator review,
« Préparer le suivant » and the sheet's edits, each undone and redone."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from app.models import (
    ActionStatus,
    AgendaItem,
    Attendance,
    Committee,
    CommitteeKind,
    CommitteeStatus,
    Decision,
    Side,
)
from app.services import committee_edits as edits
from app.services import committees, meeting_sheet
from app.services.changes import ChangeSet
from app.services.committee_series import Cadence, Rhythm
from app.services.rules import MeasureStatus
from app.services.validation import ValidationError
from tests.committees_support import governance_file
from tests.conftest import SCENARIO_DAY

#: Expected figures worked out for 24/11/2026 (tests/conftest.py SCENARIO_DAY).
pytestmark = pytest.mark.day(SCENARIO_DAY)
TODAY = SCENARIO_DAY

D = dt.date


@pytest.fixture
def scenario(tmp_path):
    """The open scenario file and its ids."""
    from app.storage.document import open_file

    path, ids = governance_file(tmp_path / "documents")
    document = open_file(path)
    yield document, ids
    document.close(save=False)


def sheet(document, committee_id: int) -> committees.CommitteeSheet:
    with document.session() as session:
        found = committees.committee_sheet(session, committee_id, TODAY, "Hexagone")
    assert found is not None
    return found


def change(document, work):
    """Run `work(session, changes)` as one change; returns (result, changes)."""
    changes = ChangeSet()
    with document.session() as session:
        result = work(session, changes)
    return result, changes


def undo(document, changes: ChangeSet) -> None:
    with document.session() as session:
        changes.undo(session)


def redo(document, changes: ChangeSet) -> None:
    with document.session() as session:
        changes.redo(session)


# -- the list ---------------------------------------------------------------------------------


def test_the_list_gives_each_committee_its_contracts_and_open_actions(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        rows = {r.id: r for r in committees.list_committees(session)}
    nov = rows[ids["copil_nov"]]
    assert (nov.supplier_name, nov.contracts, nov.status) == (
        "Armor Infogérance", "CDS, INF", CommitteeStatus.HELD)
    assert nov.open_actions == 1  # nov_new; the closed ones do not count
    assert rows[ids["copil_sep"]].open_actions == 1  # sep_open only
    assert [r.day for r in rows.values()] == sorted(r.day for r in rows.values())


def test_the_next_committee_is_the_first_planned_from_today(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        rows = committees.list_committees(session)
    assert committees.next_committee_id(rows, TODAY) is None  # none planned yet
    _plan, _ = change(document, lambda s, c: edits.create_from_plan(
        s, c, edits.plan_next(s, ids["copil_nov"], TODAY)))
    with document.session() as session:
        rows = committees.list_committees(session)
    following = committees.next_committee_id(rows, TODAY)
    assert next(r for r in rows if r.id == following).day == D(2026, 12, 8)


def test_filters_keep_a_kind_a_supplier_a_status_and_a_period(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        rows = committees.list_committees(session)
    ranges = {r.key: r for r in committees.date_ranges(TODAY)}
    kept = committees.CommitteeFilter(kind=CommitteeKind.COPIL, supplier_id=ids["armor"],
                                      dates=ranges["month"])
    assert [r.id for r in rows if kept.accepts(r)] == [ids["copil_nov"]]
    held = committees.CommitteeFilter(status=CommitteeStatus.HELD)
    assert {r.id for r in rows if held.accepts(r)} == {
        ids["copil_nov"], ids["cotech"], ids["copil_nova"]}
    last_3 = committees.CommitteeFilter(dates=ranges["last_3"])  # 24/08 → 24/11/2026
    assert len([r for r in rows if last_3.accepts(r)]) == 5
    assert ranges["last_year"].first == D(2025, 1, 1)


# -- the sheet ----------------------------------------------------------------------------------


def test_the_sheet_holds_participants_agenda_decisions_and_new_actions(scenario) -> None:
    document, ids = scenario
    found = sheet(document, ids["copil_nov"])
    assert [(p.name, p.organisation, p.attendance) for p in found.participants] == [
        ("Marion Boyer", "Hexagone", Attendance.PRESENT),
        ("Paul Girard", "Hexagone", Attendance.EXCUSED),
        ("Karine Picard", "Armor Infogérance", Attendance.PRESENT),
        ("Luc Martin", "Armor Infogérance", Attendance.ABSENT)]
    assert [(a.title, a.standing) for a in found.agenda] == [
        ("Revue des indicateurs de octobre 2026", True), ("Suivi du plan d'actions", True),
        ("Migration de la messagerie", False)]
    assert [(d.number, d.text[:7]) for d in found.decisions] == [(1, "Renfort"), (2, "Plan de")]
    assert [a.id for a in found.new_actions] == [ids["nov_new"]]
    # both sides' contacts may be invited; Nova's may not
    assert [c.name for c in found.contacts] == [
        "Marion Boyer", "Paul Girard", "Karine Picard", "Luc Martin"]


def test_carried_over_actions_are_those_open_at_the_previous_meeting(scenario) -> None:
    document, ids = scenario
    carried = sheet(document, ids["copil_nov"]).carried
    by_id = {c.action.id: c for c in carried}
    # open ones first by due date (none last), then the one closed since October's COPIL
    assert [c.action.id for c in carried] == [
        ids["sep_open"], ids["contract_only"], ids["oct_closed_after"]]
    late = by_id[ids["sep_open"]].action
    assert late.late and late.days_late == 55  # due 30/09, counted on 24/11
    assert by_id[ids["oct_closed_after"]].action.status is ActionStatus.DONE
    assert not by_id[ids["oct_closed_after"]].action.late
    # what October's COPIL noted is October's, not November's
    assert by_id[ids["sep_open"]].follow_up is None


def test_an_action_followed_up_in_the_sheet_stays_there_once_closed(scenario) -> None:
    document, ids = scenario
    from app.services import action_edits

    # the minutes of 10/11 typed on 24/11: the sheet notes things on the meeting's day
    change(document, lambda s, c: action_edits.record_follow_up(
        s, c, ids["sep_open"], D(2026, 11, 10), committee_id=ids["copil_nov"], note="Livré.",
        status=ActionStatus.DONE))
    carried = {c.action.id: c for c in sheet(document, ids["copil_nov"]).carried}
    closed = carried[ids["sep_open"]]
    assert closed.action.status is ActionStatus.DONE
    assert closed.action.closed_on == D(2026, 11, 10)
    assert closed.follow_up == meeting_sheet.FollowUp("Livré.", ActionStatus.DONE, None)
    # the next COPIL no longer carries it: it was closed in November's
    plan, _ = change(document, lambda s, c: edits.create_from_plan(
        s, c, edits.with_date(edits.plan_next(s, ids["copil_nov"], TODAY),
                              dt.datetime(2026, 12, 8, 14, 0))))
    later = {c.action.id for c in sheet(document, plan).carried}
    assert ids["sep_open"] not in later and ids["nov_new"] in later


def test_the_review_reads_each_indicator_of_the_period(scenario) -> None:
    document, ids = scenario
    review = sheet(document, ids["copil_nov"]).review
    assert review.period == D(2026, 10, 1)
    lines = {line.code: line for line in review.lines}
    assert "NOVA-SLA" not in lines  # another supplier's contract
    assert (lines["SLA-01"].value, lines["SLA-01"].status, lines["SLA-01"].comment) == (
        85.0, MeasureStatus.BREACHED, "Pic d'activité des soldes")
    # 10 points short × 2 % × 10 000 € (a month of 120 000 €) = 2 000 € before the cap
    assert lines["SLA-01"].penalty == pytest.approx(2000.0)
    assert lines["SLA-02"].penalty == 500.0
    # INF's 2 500 € are capped at 1 000 €: each measurement keeps 1 000 / 2 500 of its own
    assert lines["SLA-01"].owed == pytest.approx(800.0)
    assert lines["SLA-02"].owed == pytest.approx(200.0)
    assert lines["CDS-01"].owed == pytest.approx(500.0)
    assert lines["QTR-01"].period == D(2026, 10, 1) and lines["QTR-01"].status is None
    assert lines["WK-01"].period == D(2026, 10, 19)  # October's last full week
    assert lines["WK-01"].status is MeasureStatus.MISSING
    # the client's inputs come apart, beside the supplier's figures
    assert [line.code for line in review.client_lines] == ["CLI-01"]
    assert lines["CLI-01"].status is MeasureStatus.WARNING
    # INF owes 2 500 € capped at 10 % of its 10 000 € month; CDS 500 €, no cap
    penalties = {p.reference: (p.uncapped, p.amount) for p in review.penalties}
    assert penalties == {"INF": (pytest.approx(2500.0), pytest.approx(1000.0)),
                         "CDS": (500.0, 500.0)}
    assert review.total_penalty == pytest.approx(1500.0)


def test_a_committee_without_review_period_has_an_empty_review(scenario) -> None:
    document, ids = scenario
    review = sheet(document, ids["cotech"]).review
    assert review.period is None and review.lines == () and review.total_penalty == 0


def test_the_next_meeting_of_a_series(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        assert committees.next_in_series(session, ids["copil_oct"]).id == ids["copil_nov"]
        assert committees.next_in_series(session, ids["copil_nov"]) is None
        assert committees.committee_of_decision(session, ids["decision2"]) == ids["copil_nov"]


# -- « Préparer le suivant » ----------------------------------------------------------------


def test_preparing_the_next_copil_copies_the_last_one(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        plan = edits.plan_next(session, ids["copil_sep"], TODAY)  # any of the series
    assert plan.last_id == ids["copil_nov"]
    assert plan.rhythm == Rhythm(Cadence.MONTHLY, 1, 2)
    assert plan.values["starts_at"] == dt.datetime(2026, 12, 8, 14, 0)
    assert plan.values["title"] == "COPIL Armor — décembre 2026"
    assert plan.values["review_period"] == D(2026, 11, 1)
    new_id, changes = change(document, lambda s, c: edits.create_from_plan(s, c, plan))
    found = sheet(document, new_id)
    assert found.committee.status is CommitteeStatus.PLANNED
    assert (found.committee.place, found.committee.duration_minutes) == (
        "Siège, salle Rhône", 120)
    assert set(found.committee.contract_ids) == {ids["INF"], ids["CDS"]}
    # same people, all invited again; the standing items only, their month moved on
    assert {p.name for p in found.participants} == {
        "Marion Boyer", "Paul Girard", "Karine Picard", "Luc Martin"}
    assert {p.attendance for p in found.participants} == {Attendance.INVITED}
    assert [(a.title, a.notes) for a in found.agenda] == [
        ("Revue des indicateurs de novembre 2026", ""), ("Suivi du plan d'actions", "")]
    assert found.review.period == D(2026, 11, 1)

    undo(document, changes)
    with document.session() as session:
        assert session.get(Committee, new_id) is None
        assert session.scalar(sa.select(sa.func.count()).select_from(AgendaItem)
                              .where(AgendaItem.committee_id == new_id)) == 0
    redo(document, changes)
    assert len(sheet(document, new_id).agenda) == 2


def test_another_rhythm_or_date_can_be_chosen(scenario) -> None:
    document, ids = scenario
    with document.session() as session:
        quarterly = edits.plan_next(session, ids["copil_nov"], TODAY,
                                    Rhythm(Cadence.QUARTERLY, 1, 2))
    assert quarterly.values["starts_at"].date() == D(2027, 2, 9)
    assert quarterly.values["review_period"] == D(2027, 1, 1)
    moved = edits.with_date(quarterly, dt.datetime(2027, 1, 19, 9, 30))
    assert moved.values["title"] == "COPIL Armor — janvier 2027"
    assert moved.values["review_period"] == D(2026, 12, 1)


# -- the sheet's edits --------------------------------------------------------------------------


def test_attendance_and_participants_change_and_come_back(scenario) -> None:
    document, ids = scenario
    nov = ids["copil_nov"]
    _r, marked = change(document, lambda s, c: edits.set_attendance(
        s, c, nov, [ids["paul"], ids["luc"]], Attendance.PRESENT))
    assert {p.attendance for p in sheet(document, nov).participants} == {Attendance.PRESENT}
    count, added = change(document, lambda s, c: edits.add_participants(
        s, c, nov, [ids["luc"], ids["anne"]]))
    assert count == 1  # Luc was already there
    assert "Anne Roux" in {p.name for p in sheet(document, nov).participants}
    undo(document, added)
    undo(document, marked)
    found = {p.name: p.attendance for p in sheet(document, nov).participants}
    assert found == {"Marion Boyer": Attendance.PRESENT, "Paul Girard": Attendance.EXCUSED,
                     "Karine Picard": Attendance.PRESENT, "Luc Martin": Attendance.ABSENT}


def test_agenda_items_move_without_breaking_their_unique_positions(scenario) -> None:
    document, ids = scenario
    nov = ids["copil_nov"]
    _r, moved = change(document, lambda s, c: edits.move_item(
        s, c, AgendaItem, ids["item3"], 0))
    assert [a.id for a in sheet(document, nov).agenda] == [
        ids["item3"], ids["item1"], ids["item2"]]
    assert [a.position for a in sheet(document, nov).agenda] == [1, 2, 3]
    _r, down = change(document, lambda s, c: edits.move_item(s, c, AgendaItem, ids["item3"], 2))
    assert [a.id for a in sheet(document, nov).agenda] == [
        ids["item1"], ids["item2"], ids["item3"]]
    undo(document, down)
    undo(document, moved)
    assert [a.id for a in sheet(document, nov).agenda] == [
        ids["item1"], ids["item2"], ids["item3"]]


def test_items_and_decisions_are_added_edited_and_deleted(scenario) -> None:
    document, ids = scenario
    nov = ids["copil_nov"]
    new_id, added = change(document, lambda s, c: edits.add_item(
        s, c, Decision, nov, {"text": "Avenant n° 2 validé."}))
    assert [d.number for d in sheet(document, nov).decisions] == [1, 2, 3]
    change(document, lambda s, c: edits.delete_item(s, c, Decision, ids["decision1"]))
    assert [(d.number, d.id) for d in sheet(document, nov).decisions] == [
        (1, ids["decision2"]), (2, new_id)]
    change(document, lambda s, c: edits.update_item(
        s, c, AgendaItem, ids["item3"], {"notes": "Bascule le 12/12 à 20 h.",
                                         "standing": True}))
    item = sheet(document, nov).agenda[2]
    assert (item.notes, item.standing) == ("Bascule le 12/12 à 20 h.", True)
    with pytest.raises(ValidationError) as refused:
        change(document, lambda s, c: edits.update_item(
            s, c, AgendaItem, ids["item3"], {"title": "  "}))
    assert refused.value.errors == {"title": "Donnez un titre au point."}
    undo(document, added)
    assert new_id not in {d.id for d in sheet(document, nov).decisions}


def test_committee_fields_are_checked_and_a_new_date_bumps_the_invitation(scenario) -> None:
    document, ids = scenario
    nov = ids["copil_nov"]
    with pytest.raises(ValidationError) as refused:
        change(document, lambda s, c: edits.update_committee(
            s, c, nov, {"title": "", "duration_minutes": 0}))
    assert set(refused.value.errors) == {"title", "duration_minutes"}
    change(document, lambda s, c: edits.update_committee(s, c, nov, {"title": "COPIL n° 12"}))
    assert sheet(document, nov).committee.ics_sequence == 0  # the title is not in the invite
    _r, moved = change(document, lambda s, c: edits.update_committee(
        s, c, nov, {"starts_at": dt.datetime(2026, 11, 12, 10, 0)}))
    assert sheet(document, nov).committee.ics_sequence == 1
    undo(document, moved)
    assert sheet(document, nov).committee.ics_sequence == 0
    change(document, lambda s, c: edits.set_status(
        s, c, nov, CommitteeStatus.PLANNED))
    assert sheet(document, nov).committee.status is CommitteeStatus.PLANNED


def test_contracts_of_a_committee_are_set_as_a_whole(scenario) -> None:
    document, ids = scenario
    nov = ids["copil_nov"]
    _r, changes = change(document, lambda s, c: edits.set_contracts(s, c, nov, [ids["INF"]]))
    found = sheet(document, nov)
    assert found.committee.contract_ids == (ids["INF"],)
    assert {line.code for line in found.review.lines} == {"SLA-01", "SLA-02", "CLI-01", "QTR-01"}
    undo(document, changes)
    assert set(sheet(document, nov).committee.contract_ids) == {ids["INF"], ids["CDS"]}


def test_a_new_committee_is_planned_with_its_contracts(scenario) -> None:
    document, ids = scenario
    values = {"kind": CommitteeKind.CODIR, "title": " CoDir annuel ", "supplier_id": None,
              "starts_at": dt.datetime(2027, 1, 14, 9, 0), "duration_minutes": 60,
              "place": "", "review_period": None}
    new_id, _ = change(document, lambda s, c: edits.create_committee(
        s, c, values, [ids["NOVA-1"]]))
    found = sheet(document, new_id)
    assert (found.committee.title, found.committee.status) == (
        "CoDir annuel", CommitteeStatus.PLANNED)
    # no supplier: the client's own contacts only may be invited
    assert {c.side for c in found.contacts} == {Side.CLIENT}
