"""Invitations and notice deadlines as .ics, parsed back with the icalendar package."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from icalendar import Calendar

from app.export.invitations import (
    Invitation,
    Invitee,
    NoticeDeadline,
    Role,
    deadline_uid,
    deadlines_ics,
    invitation_ics,
)
from app.models.enums import Attendance, Side

STAMP = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)
CLAIRE = Invitee("Claire Martin", "claire.martin@hexagone.fr", Side.CLIENT, role=Role.CHAIR)
INVITATION = Invitation(
    uid="0b7e1c1e-58f6-4c43-a5f0-1c1d2e3f4a5b", sequence=0,
    title="COPIL Armor & Co — « décembre »; suivi", starts_at=dt.datetime(2026, 12, 8, 14, 0),
    duration_minutes=120, place="Siège Hexagone, Lyon — salle Saône",
    description="Ordre du jour :\n1. Revue des indicateurs\n2. Plan d'actions",
    organizer=CLAIRE,
    invitees=(
        Invitee("Yann Le Gall", "yann.legall@armor.fr", Side.SUPPLIER),
        Invitee("Paul Petit", "paul.petit@hexagone.fr", Side.CLIENT, Attendance.EXCUSED),
        Invitee("Lise Morel", "lise.morel@hexagone.fr", Side.CLIENT, role=Role.OPTIONAL),
    ),
)


def parse(data: bytes) -> Calendar:
    calendar = Calendar.from_ical(data)
    for component in calendar.walk():
        assert component.errors == [], component.errors
    return calendar


def event_of(data: bytes):
    (event,) = parse(data).walk("VEVENT")
    return event


def test_an_invitation_is_a_request_with_its_date_place_and_timezone() -> None:
    data = invitation_ics(INVITATION, STAMP)
    calendar = parse(data)
    assert calendar["METHOD"] == "REQUEST"
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE", "VEVENT"]
    assert calendar.subcomponents[0]["TZID"] == "Europe/Paris"
    event = calendar.subcomponents[1]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start.isoformat() == "2026-12-08T14:00:00+01:00"  # Paris in winter: UTC+1
    assert end - start == dt.timedelta(hours=2)
    assert str(event["SUMMARY"]) == "COPIL Armor & Co — « décembre »; suivi"
    assert str(event["LOCATION"]) == "Siège Hexagone, Lyon — salle Saône"
    assert str(event["DESCRIPTION"]).splitlines()[1] == "1. Revue des indicateurs"
    assert event.decoded("DTSTAMP") == STAMP
    assert str(event["STATUS"]) == "CONFIRMED"


def test_summer_dates_carry_the_summer_offset() -> None:
    data = invitation_ics(replace(INVITATION, starts_at=dt.datetime(2027, 7, 6, 9, 30)), STAMP)
    assert event_of(data).decoded("DTSTART").utcoffset() == dt.timedelta(hours=2)


def test_organiser_chairs_and_participants_have_roles_and_answers() -> None:
    event = event_of(invitation_ics(INVITATION, STAMP))
    organizer = event["ORGANIZER"]
    assert str(organizer) == "mailto:claire.martin@hexagone.fr"
    assert organizer.params["CN"] == "Claire Martin"
    attendees = {str(a): a.params for a in event["ATTENDEE"]}
    assert list(attendees) == ["mailto:claire.martin@hexagone.fr", "mailto:yann.legall@armor.fr",
                               "mailto:paul.petit@hexagone.fr", "mailto:lise.morel@hexagone.fr"]
    roles = {email: (p["ROLE"], p["PARTSTAT"], p.get("RSVP")) for email, p in attendees.items()}
    assert roles == {
        "mailto:claire.martin@hexagone.fr": ("CHAIR", "ACCEPTED", "FALSE"),
        "mailto:yann.legall@armor.fr": ("REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE"),
        "mailto:paul.petit@hexagone.fr": ("REQ-PARTICIPANT", "DECLINED", "FALSE"),
        "mailto:lise.morel@hexagone.fr": ("OPT-PARTICIPANT", "NEEDS-ACTION", "TRUE"),
    }
    assert attendees["mailto:yann.legall@armor.fr"]["CN"] == "Yann Le Gall"


def test_a_changed_committee_keeps_its_uid_with_a_higher_sequence() -> None:
    first = event_of(invitation_ics(INVITATION, STAMP))
    moved = replace(INVITATION, sequence=1, starts_at=dt.datetime(2026, 12, 9, 10, 0))
    second = event_of(invitation_ics(moved, STAMP))
    assert str(second["UID"]) == str(first["UID"]) == INVITATION.uid
    assert second.decoded("SEQUENCE") > first.decoded("SEQUENCE")
    assert second.decoded("DTSTART").day == 9


def test_a_cancelled_committee_sends_a_cancel() -> None:
    data = invitation_ics(replace(INVITATION, sequence=2, cancelled=True), STAMP)
    calendar = parse(data)
    assert calendar["METHOD"] == "CANCEL"
    event = calendar.walk("VEVENT")[0]
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == INVITATION.uid and event.decoded("SEQUENCE") == 2
    assert len(event["ATTENDEE"]) == 4  # the cancellation reaches everyone invited


def test_without_an_organiser_the_file_is_an_event_to_add_not_an_invitation() -> None:
    calendar = parse(invitation_ics(replace(INVITATION, organizer=None), STAMP))
    assert calendar["METHOD"] == "PUBLISH"
    event = calendar.walk("VEVENT")[0]
    assert "ORGANIZER" not in event and "ATTENDEE" not in event


def test_the_file_keeps_to_the_rfc_line_rules() -> None:
    """CRLF line ends and lines of at most 75 octets: what strict clients require."""
    data = invitation_ics(replace(INVITATION, description="é" * 300), STAMP)
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75
    assert str(event_of(data)["DESCRIPTION"]) == "é" * 300


DEADLINES = [
    NoticeDeadline(1, "INF-2024-01", "Infogérance du SI", "Armor Services",
                   dt.date(2027, 3, 31), dt.date(2027, 6, 30), 3),
    NoticeDeadline(2, "TMA-2023-04", "TMA des applications métier", "Ligeria & Associés",
                   dt.date(2026, 12, 31), dt.date(2027, 6, 30), 6, tacit=False),
]


def test_notice_deadlines_are_all_day_events_with_three_alarms() -> None:
    calendar = parse(deadlines_ics(DEADLINES, "Hexagone Distribution", STAMP))
    assert calendar["METHOD"] == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == (
        "Dates limites de dénonciation — Hexagone Distribution")
    events = calendar.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == [
        "Date limite de dénonciation : INF-2024-01 (Armor Services)",
        "Date limite de dénonciation : TMA-2023-04 (Ligeria & Associés)"]
    first = events[0]
    assert first.decoded("DTSTART") == dt.date(2027, 3, 31)  # a date: an all-day event
    assert first.decoded("DTEND") == dt.date(2027, 4, 1)
    assert str(first["TRANSP"]) == "TRANSPARENT"
    alarms = first.walk("VALARM")
    assert [a.decoded("TRIGGER") for a in alarms] == [dt.timedelta(days=-d) for d in (90, 60, 30)]
    assert all(str(a["ACTION"]) == "DISPLAY" for a in alarms)
    assert str(alarms[2]["DESCRIPTION"]) == (
        "INF-2024-01 : date limite de dénonciation dans 30 jours (le 31/03/2027).")
    assert "tacitement" in str(first["DESCRIPTION"])
    assert "reconduction expresse" in str(events[1]["DESCRIPTION"])


def test_deadline_uids_are_stable_and_distinct() -> None:
    once = [str(e["UID"]) for e in parse(deadlines_ics(DEADLINES, "Hexagone", STAMP)).walk(
        "VEVENT")]
    again = [str(e["UID"]) for e in parse(deadlines_ics(DEADLINES, "Hexagone", STAMP)).walk(
        "VEVENT")]
    assert once == again and len(set(once)) == 2
    assert deadline_uid("Autre client", DEADLINES[0]) != once[0]  # another client's file
    moved = replace(DEADLINES[0], deadline=dt.date(2028, 3, 31))
    assert deadline_uid("Hexagone", moved) != once[0]  # the next term's deadline


def test_no_deadline_gives_an_empty_but_valid_calendar() -> None:
    calendar = parse(deadlines_ics([], "Hexagone", STAMP))
    assert calendar.walk("VEVENT") == []
