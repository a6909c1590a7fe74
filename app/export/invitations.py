"""Calendar files (.ics, with the `icalendar` package): a committee's invitation, and the
notice deadlines of a client file's contracts.

**Invitation** (RFC 5546): METHOD:REQUEST with an ORGANIZER (ROLE=CHAIR) and every
participant that has an e-mail address as an ATTENDEE; a committee re-sent keeps its UID
with a higher SEQUENCE, so that calendars update it; a cancelled committee is a
METHOD:CANCEL (STATUS:CANCELLED). Without an organiser's address there can be no
invitation: the file is then a METHOD:PUBLISH event to add to one's calendar. Times are
local to Europe/Paris, with its VTIMEZONE embedded (without it Outlook moves the meeting).

**Notice deadlines**: METHOD:PUBLISH, one all-day event per contract with a DISPLAY alarm
90, 60 and 30 days before. UIDs are stable for a client, contract and deadline, so that
importing the file again updates the events instead of doubling them.

Nothing here reads the clock: the caller gives the time stamp (DTSTAMP) in UTC.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from app.i18n import tr
from app.models.enums import Attendance, Side
from app.services.formatting import format_date, plural

TIMEZONE = "Europe/Paris"
PRODID = "-//Vigie//Pilotage des services externalises//FR"
#: Days before a notice deadline at which the calendar reminds the user.
ALARM_DAYS = (90, 60, 30)
_NAMESPACE = uuid.UUID("5b0b4c52-3e1f-4e0a-9d55-7f3c2a6e8a11")


class Role(Enum):
    """What an attendee is to the meeting (the iCalendar ROLE)."""

    CHAIR = "CHAIR"  # chairs it: the organiser
    REQUIRED = "REQ-PARTICIPANT"
    OPTIONAL = "OPT-PARTICIPANT"


@dataclass(frozen=True)
class Invitee:
    """A participant of the committee, as the invitation names them."""

    name: str
    email: str
    side: Side = Side.CLIENT
    attendance: Attendance = Attendance.INVITED
    role: Role = Role.REQUIRED


@dataclass(frozen=True)
class Invitation:
    """A committee as its calendar invitation says it."""

    uid: str
    sequence: int
    title: str
    starts_at: dt.datetime  # local time (TIMEZONE), naive
    duration_minutes: int
    place: str = ""
    description: str = ""
    organizer: Invitee | None = None
    invitees: tuple[Invitee, ...] = ()
    cancelled: bool = False

    @property
    def method(self) -> str:
        """REQUEST, CANCEL, or PUBLISH when there is no organiser to answer to."""
        if self.organizer is None:
            return "PUBLISH"
        return "CANCEL" if self.cancelled else "REQUEST"


@dataclass(frozen=True)
class NoticeDeadline:
    """The next notice deadline of a contract (date limite de dénonciation)."""

    contract_id: int
    reference: str
    title: str
    supplier: str
    deadline: dt.date
    term_end: dt.date | None = None
    notice_months: int = 0
    tacit: bool = True  # tacit renewal: notice stops it; express: the date to decide by


def invitation_ics(invitation: Invitation, stamp: dt.datetime) -> bytes:
    """The .ics of a committee's invitation; `stamp` is now (DTSTAMP; naive: local time)."""
    from zoneinfo import ZoneInfo

    from icalendar import Event

    zone = ZoneInfo(TIMEZONE)
    start = invitation.starts_at.replace(tzinfo=zone)
    event = Event.new(
        uid=invitation.uid, sequence=invitation.sequence, summary=invitation.title,
        start=start, end=start + dt.timedelta(minutes=invitation.duration_minutes),
        location=invitation.place or None, description=invitation.description or None,
        stamp=_utc(stamp), status=_status(invitation),
    )
    if invitation.organizer is not None:
        event.organizer = _address(invitation.organizer, organizer=True)
        attendees = [invitation.organizer, *invitation.invitees]
        event.attendees = [_address(person) for person in attendees]
    calendar = _calendar(invitation.method)
    calendar.add_component(event)
    calendar.add_missing_timezones(start.date() - dt.timedelta(days=366),
                                   start.date() + dt.timedelta(days=366))
    return calendar.to_ical()


def deadlines_ics(deadlines: Sequence[NoticeDeadline], client: str, stamp: dt.datetime
                  ) -> bytes:
    """One .ics of all-day events, a deadline each, with alarms 90, 60 and 30 days before."""
    calendar = _calendar("PUBLISH")
    calendar.add("x-wr-calname", tr("invitations", "Dates limites de dénonciation — {client}")
                 .format(client=client))
    for deadline in deadlines:
        calendar.add_component(_deadline_event(deadline, client, _utc(stamp)))
    return calendar.to_ical()


def deadline_uid(client: str, deadline: NoticeDeadline) -> str:
    """The UID of a deadline's event: the same for the same client, contract and date."""
    key = f"{client}|{deadline.contract_id}|{deadline.reference}|{deadline.deadline.isoformat()}"
    return f"{uuid.uuid5(_NAMESPACE, key)}@vigie"


def _deadline_event(deadline: NoticeDeadline, client: str, stamp: dt.datetime) -> Any:
    from icalendar import Alarm, Event

    summary = tr("invitations", "Date limite de dénonciation : {reference} ({supplier})").format(
        reference=deadline.reference, supplier=deadline.supplier)
    event = Event.new(uid=deadline_uid(client, deadline), summary=summary,
                      start=deadline.deadline, end=deadline.deadline + dt.timedelta(days=1),
                      description=_deadline_description(deadline), stamp=stamp,
                      categories=[tr("invitations", "Contrats")])
    event.add("transp", "TRANSPARENT")  # a deadline does not make the day busy
    for days in ALARM_DAYS:
        text = tr("invitations", "{reference} : date limite de dénonciation dans {days} "
                  "(le {date}).").format(reference=deadline.reference,
                                         days=plural(days, "jour"),
                                         date=format_date(deadline.deadline))
        event.add_component(Alarm.new_display(text, dt.timedelta(days=-days)))
    return event


def _deadline_description(deadline: NoticeDeadline) -> str:
    lines = [f"{deadline.reference} — {deadline.title}",
             tr("invitations", "Prestataire : {supplier}").format(supplier=deadline.supplier)]
    if deadline.term_end is not None:
        lines.append(tr("invitations", "Fin de la période en cours : {date} ; préavis : {n} "
                        "mois.").format(date=format_date(deadline.term_end),
                                        n=deadline.notice_months))
    lines.append(tr("invitations", "Sans dénonciation à cette date, le contrat se renouvelle "
                    "tacitement.") if deadline.tacit else tr(
        "invitations", "Date limite pour décider de la reconduction expresse du contrat."))
    return "\n".join(lines)


def _calendar(method: str) -> Any:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    return calendar


def _address(person: Invitee, *, organizer: bool = False) -> Any:
    from icalendar import vCalAddress

    if organizer:
        return vCalAddress.new(person.email, cn=person.name)
    status = "DECLINED" if person.attendance in (Attendance.EXCUSED, Attendance.ABSENT) else (
        "ACCEPTED" if person.role is Role.CHAIR or person.attendance is Attendance.PRESENT
        else "NEEDS-ACTION")
    return vCalAddress.new(person.email, cn=person.name, cutype="INDIVIDUAL",
                           role=person.role.value, partstat=status,
                           rsvp=status == "NEEDS-ACTION")


def _status(invitation: Invitation) -> str:
    return "CANCELLED" if invitation.cancelled else "CONFIRMED"


def _utc(moment: dt.datetime) -> dt.datetime:
    """`moment` as an aware UTC time; a naive one is the machine's local time, as
    `app.clock.now()` gives it."""
    return moment.astimezone(dt.UTC)
