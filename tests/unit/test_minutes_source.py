"""The minutes' and invitations' data as read from a client file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.export.calendar_source import committee_invitation, notice_deadlines
from app.export.invitations import Role
from app.export.minutes_source import committee_minutes
from app.models.enums import ActionStatus, Attendance, CommitteeKind, CommitteeStatus, Side
from app.services.invitations import record_invitation_sent
from app.services.rules import MeasureStatus
from tests.unit.conftest import Scenario
from tests.unit.minutes_file import MinutesFile, build

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def minutes_file(tmp_path: Path) -> MinutesFile:
    return build(tmp_path / "documents")


@pytest.fixture
def session(minutes_file: MinutesFile) -> Iterator:
    from app.storage.document import open_file

    document = open_file(minutes_file.path)
    with document.session() as session:
        yield session
    document.close(save=False)


def test_the_committee_header_says_what_when_where_with_whom(session, minutes_file) -> None:
    data = committee_minutes(session, minutes_file.ids["held"], TODAY)
    header = data.committee
    assert (header.title, header.kind, header.starts_at, header.duration_minutes) == (
        "COPIL Armor — novembre 2026", CommitteeKind.COPIL, dt.datetime(2026, 11, 10, 14, 0),
        120)
    assert header.supplier == "Armor & Fils" and header.client == "Hexagone Distribution"
    assert header.contracts == ("INF-01 — Hébergement", "INF-02 — Infogérance <SI>")
    assert header.review_period == dt.date(2026, 10, 1)
    assert header.status is CommitteeStatus.HELD
    assert data.written_on == TODAY


def test_participants_client_first_with_their_organisation(session, minutes_file) -> None:
    people = committee_minutes(session, minutes_file.ids["held"], TODAY).participants
    assert [(p.name, p.organisation, p.side, p.attendance) for p in people] == [
        ("Anne Bodin", "Hexagone Distribution", Side.CLIENT, Attendance.ABSENT),
        ("Claire Martin", "Hexagone Distribution", Side.CLIENT, Attendance.PRESENT),
        ("Paul Petit", "Hexagone Distribution", Side.CLIENT, Attendance.EXCUSED),
        ("Yann Le Gall", "Armor & Fils", Side.SUPPLIER, Attendance.PRESENT),
    ]


def test_agenda_and_decisions_in_their_order(session, minutes_file) -> None:
    data = committee_minutes(session, minutes_file.ids["held"], TODAY)
    assert [(a.title, a.notes) for a in data.agenda] == [
        ("Indicateurs", "Disponibilité & sécurité"), ("Plan d'actions", "")]
    assert [(d.number, d.text) for d in data.decisions] == [
        ("D1", "Première décision"), ("D2", "Seconde décision")]


def test_new_actions_with_owner_and_lateness_at_today(session, minutes_file) -> None:
    actions = committee_minutes(session, minutes_file.ids["held"], TODAY).new_actions
    late, done = actions
    assert late.number == f"A-{minutes_file.ids['late']:04d}"
    assert (late.title, late.owner, late.side, late.days_late) == (
        "Plan de remédiation", "Yann Le Gall", Side.SUPPLIER, 4)  # due 20/11, today 24/11
    assert (done.status, done.days_late, done.owner) == (ActionStatus.DONE, 0, "")


def test_actions_carried_over_with_their_origin_and_this_committees_note(
        session, minutes_file) -> None:
    carried = committee_minutes(session, minutes_file.ids["held"], TODAY).carried_actions
    assert [(a.number, a.title, a.owner, a.days_late, a.origin, a.follow_up)
            for a in carried] == [
        (f"A-{minutes_file.ids['carried']:04d}", "Renouveler le certificat", "Claire Martin",
         23, "décidée le 13/10/2026", "Relancé auprès des achats")]  # due 01/11, today 24/11


def test_the_indicator_review_of_the_period_with_its_penalties(session, minutes_file) -> None:
    data = committee_minutes(session, minutes_file.ids["held"], TODAY)
    rows = {row.code: row for row in data.review}
    sla = rows["SLA-01"]
    assert (sla.contract, sla.value, sla.target, sla.status, sla.penalty, sla.comment,
            sla.client_side) == ("INF-02", 98.0, 99.5, MeasureStatus.BREACHED, 500.0,
                                 "Panne du stockage", False)
    assert (rows["CLI-01"].status, rows["CLI-01"].client_side) == (MeasureStatus.MET, True)
    assert [(p.contract, p.amount, p.capped) for p in data.penalties] == [
        ("INF-02", 500.0, False)]


def test_the_reversibility_plan_of_its_contracts_with_a_timeline(minutes_file) -> None:
    from app.storage.document import open_file
    from tests.unit.minutes_file import add_plan

    add_plan(minutes_file.path)
    document = open_file(minutes_file.path, read_only=True)
    try:
        with document.session() as session:
            (plan,) = committee_minutes(session, minutes_file.ids["held"], TODAY).reversibility
    finally:
        document.close()
    assert plan.contract == "INF-02 — Infogérance <SI>"
    assert (plan.milestones_done, plan.milestones_counted, plan.late_milestones) == (1, 3, 1)
    assert plan.slip_days == 11  # transfer due 13/11, still running on 24/11
    assert (plan.next_phase, plan.next_phase_start, plan.switch_over) == (
        "Bascule", dt.date(2027, 1, 11), dt.date(2027, 1, 29))
    assert plan.blockers and "Transfert de connaissances" in plan.blockers[0]
    assert plan.timeline_png[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_committee_without_plans_has_no_reversibility_section(session, minutes_file) -> None:
    assert committee_minutes(session, minutes_file.ids["held"], TODAY).reversibility == ()


def test_each_reviewed_indicator_has_its_chart_drawn_for_print(session, minutes_file) -> None:
    import io

    from PIL import Image

    charts = committee_minutes(session, minutes_file.ids["held"], TODAY).charts
    assert [chart.title for chart in charts] == ["CLI-01 — Demandes complètes",
                                                 "SLA-01 — Disponibilité"]
    image = Image.open(io.BytesIO(charts[1].png))
    assert image.size == (760, 460)  # 3,8 × 2,3 in at 200 dpi: sharp at 8 cm wide


def test_the_next_meeting_skips_cancelled_and_other_series(session, minutes_file) -> None:
    meeting = committee_minutes(session, minutes_file.ids["held"], TODAY).next_meeting
    assert meeting is not None
    assert (meeting.title, meeting.starts_at, meeting.place) == (
        "COPIL Armor — décembre 2026", dt.datetime(2026, 12, 8, 14, 0), "Salle Saône")
    last = committee_minutes(session, minutes_file.ids["next"], TODAY)
    assert last.next_meeting is None


def test_a_committee_that_is_gone_is_a_lookup_error(session) -> None:
    with pytest.raises(LookupError):
        committee_minutes(session, 9999, TODAY)
    with pytest.raises(LookupError):
        committee_invitation(session, 9999)


def test_the_invitation_is_organised_by_the_dsi_and_leaves_out_who_has_no_email(
        session, minutes_file) -> None:
    draft = committee_invitation(session, minutes_file.ids["held"])
    invitation = draft.invitation
    assert invitation.organizer is not None
    assert (invitation.organizer.email, invitation.organizer.role) == (
        "claire@hexagone.fr", Role.CHAIR)
    assert [i.email for i in invitation.invitees] == ["anne@hexagone.fr", "yann@armor.fr"]
    assert draft.without_email == ("Paul Petit",)
    assert [o.email for o in draft.organizers] == ["claire@hexagone.fr", "anne@hexagone.fr"]
    assert invitation.description.splitlines() == [
        "Comité : COPIL", "Contrats : INF-01 — Hébergement, INF-02 — Infogérance <SI>", "",
        "Ordre du jour :", "1. Indicateurs", "2. Plan d'actions"]
    assert (invitation.sequence, invitation.method) == (0, "REQUEST")


def test_another_organiser_can_be_chosen(session, minutes_file) -> None:
    draft = committee_invitation(session, minutes_file.ids["held"], "anne@hexagone.fr")
    assert draft.invitation.organizer.name == "Anne Bodin"
    assert "anne@hexagone.fr" not in [i.email for i in draft.invitation.invitees]
    assert "claire@hexagone.fr" in [i.email for i in draft.invitation.invitees]


def test_each_invitation_sent_raises_the_next_sequence(session, minutes_file) -> None:
    held = minutes_file.ids["held"]
    first = committee_invitation(session, held).invitation
    record_invitation_sent(session, held, first.sequence)
    second = committee_invitation(session, held).invitation
    assert second.uid == first.uid and second.sequence == 1
    record_invitation_sent(session, held, 0)  # an old sequence never lowers it
    assert committee_invitation(session, held).invitation.sequence == 1


def test_a_cancelled_committee_gives_a_cancel(session, minutes_file) -> None:
    from app.models import Committee
    from app.services import records

    records.update(session, Committee, minutes_file.ids["held"],
                   {"status": CommitteeStatus.CANCELLED})
    invitation = committee_invitation(session, minutes_file.ids["held"]).invitation
    assert invitation.cancelled and invitation.method == "CANCEL"


def test_notice_deadlines_of_running_contracts_soonest_first(scenario: Scenario) -> None:
    from app.storage.document import open_file

    document = open_file(scenario.path, read_only=True)
    try:
        with document.session() as session:
            deadlines = notice_deadlines(session, TODAY)
    finally:
        document.close()
    # Neither the ended, the draft, nor the contract ending without renewal has one.
    assert [(d.reference, d.deadline) for d in deadlines] == [
        ("CTR-2024-003", dt.date(2026, 12, 31)),  # 3 months before the term's end 31/03/2027
        ("CTR-FAR", dt.date(2027, 9, 30)),
        ("CTR-MISSED", dt.date(2027, 9, 30)),  # 30/09/2026 is missed: the next term's
    ]
    first = deadlines[0]
    assert (first.term_end, first.notice_months, first.tacit) == (
        dt.date(2027, 3, 31), 3, True)
    missed = next(d for d in deadlines if d.reference == "CTR-MISSED")
    assert missed.term_end is None  # the deadline of a term that has not started yet
