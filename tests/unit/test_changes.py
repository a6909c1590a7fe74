"""ChangeSet: a change of several rows undone and redone exactly, ids and keys included."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlmodel import select

from app.models import Attendance, Committee, CommitteeKind, CommitteeParticipant, Contact, Side
from app.services.changes import ChangeSet


def _committee(session) -> int:
    committee = Committee(kind=CommitteeKind.COPIL, title="COPIL",
                          starts_at=dt.datetime(2026, 12, 8, 14, 0))
    contact = Contact(name="Marion Boyer", side=Side.CLIENT)
    session.add_all([committee, contact])
    session.flush()
    return committee.id, contact.id


def test_inserts_updates_and_deletes_are_undone_and_redone(client_file) -> None:
    with client_file.session() as session:
        committee_id, contact_id = _committee(session)
    changes = ChangeSet()
    with client_file.session() as session:
        key = {"committee_id": committee_id, "contact_id": contact_id}
        changes.insert(session, CommitteeParticipant, {**key, "attendance": Attendance.INVITED})
        changes.update(session, CommitteeParticipant, key, {"attendance": Attendance.PRESENT})
        changes.update(session, Committee, committee_id, {"title": "COPIL de décembre"})
        other = changes.insert(session, Contact, {"name": "Paul Girard", "side": Side.CLIENT})
        changes.delete(session, Contact, other)

    def state(session):
        return (session.get(Committee, committee_id).title,
                [p.attendance for p in session.exec(select(CommitteeParticipant)).all()],
                session.scalar(sa.select(sa.func.count()).select_from(Contact)))

    with client_file.session() as session:
        assert state(session) == ("COPIL de décembre", [Attendance.PRESENT], 1)
        changes.undo(session)
    with client_file.session() as session:
        assert state(session) == ("COPIL", [], 1)
        changes.redo(session)
    with client_file.session() as session:
        assert state(session) == ("COPIL de décembre", [Attendance.PRESENT], 1)


def test_a_later_edit_of_the_same_row_merges_into_one_step(client_file) -> None:
    with client_file.session() as session:
        committee_id, _contact = _committee(session)
    first, later = ChangeSet(), ChangeSet()
    with client_file.session() as session:
        first.update(session, Committee, committee_id, {"notes": "Ordre"})
        later.update(session, Committee, committee_id, {"notes": "Ordre du jour validé"})
    first.merge(later)
    assert len(first.steps) == 1
    with client_file.session() as session:
        first.undo(session)
        assert session.get(Committee, committee_id).notes == ""
        first.redo(session)
    with client_file.session() as session:
        assert session.get(Committee, committee_id).notes == "Ordre du jour validé"
