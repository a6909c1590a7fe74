"""The governance part of a demo portfolio copy: committees, actions, reversibility, documents.

Called by `app.demo.builder` once the suppliers, contracts and measurements of the copy
are queued; it reads them to write minutes that match the figures.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from app.demo import catalog
from app.demo.portfolio import Portfolio
from app.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attachment,
    Committee,
    CommitteeContract,
    CommitteeParticipant,
    Decision,
    ReadinessItem,
    ReversibilityMilestone,
)
from app.models.enums import (
    ActionStatus,
    Attendance,
    ChecklistStatus,
    CommitteeKind,
    CommitteeStatus,
    ContractStatus,
    DocumentKind,
    MilestoneStatus,
    Priority,
    ReversibilityPhase,
    Side,
)
from app.services import workdays
from app.services.reversibility import standard_checklist
from app.services.rules import MeasureStatus

ACTIONS_PER_COPY = 60


@dataclass(frozen=True)
class _Held:
    """A committee held in the past year, where actions were decided."""

    id: int
    day: dt.date
    supplier: str
    contract_ids: tuple[int, ...]


def build(p: Portfolio) -> None:
    """Queue the committees, actions, reversibility milestones and attachments of a copy."""
    held: list[_Held] = []
    for series in catalog.COMMITTEES:
        days = list(_occurrences(series, p.today))
        for day in days:
            held += _committee(p, series, day, is_last_held=day == _last_past(days, p.today))
    held += _costrat(p)
    held.sort(key=lambda h: (h.day, h.id))
    _actions(p, held)
    _history(p, held)
    _milestones(p)
    _attachments(p)


def nth_weekday(month: dt.date, weekday: int, nth: int) -> dt.date:
    """The `nth` `weekday` (0 = Monday) of `month`'s month."""
    first = month.replace(day=1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _occurrences(series: catalog.CommitteeSeries, today: dt.date) -> list[dt.date]:
    """A year of past meetings of a series, then its next one."""
    days = []
    start = today.replace(day=1) - relativedelta(months=12)
    for k in range(16):
        month = start + relativedelta(months=k)
        if (month.month - 1) % series.every:
            continue
        day = nth_weekday(month, series.weekday, series.nth)
        if day <= today - dt.timedelta(days=365):
            continue
        days.append(day)
        if day >= today:
            break
    return days


def _last_past(days: list[dt.date], today: dt.date) -> dt.date | None:
    past = [d for d in days if d < today]
    return past[-1] if past else None


def _committee(p: Portfolio, series: catalog.CommitteeSeries, day: dt.date,
               *, is_last_held: bool) -> list[_Held]:
    held = day < p.today
    status = CommitteeStatus.PLANNED
    if held:
        recent = is_last_held and (p.today - day).days <= 7
        status = CommitteeStatus.HELD if recent else CommitteeStatus.MINUTES_SENT
    review = day.replace(day=1) - relativedelta(months=1)
    month_label = f"{catalog.MONTHS[day.month - 1]} {day.year}"
    place = catalog.PLACES[2] if series.kind is CommitteeKind.COTECH else catalog.PLACES[
        day.month % 2]
    committee_id = p.add(
        Committee, kind=series.kind, supplier_id=p.suppliers[series.supplier],
        title=f"{series.label} {p.supplier_names[series.supplier]} — {month_label}",
        starts_at=dt.datetime.combine(day, dt.time(*series.time)),
        duration_minutes=series.duration, place=place, status=status, review_period=review,
        notes=(f"Compte rendu diffusé le {day + dt.timedelta(days=2):%d/%m/%Y}."
               if status is CommitteeStatus.MINUTES_SENT else ""),
    )
    contract_ids = _link(p, committee_id, series.supplier, series.clients,
                         p.supplier_contacts[series.supplier][series.supplier_contacts], held)
    _agenda(p, committee_id, series.kind, review, series.supplier, held)
    if held:
        _decisions(p, committee_id, series, review)
        return [_Held(committee_id, day, series.supplier, contract_ids)]
    return []


def _costrat(p: Portfolio) -> list[_Held]:
    supplier, label, months_ago, weekday, nth, time, duration, clients = catalog.COSTRAT
    day = nth_weekday(p.today - relativedelta(months=months_ago), weekday, nth)
    supplier_spec = next(s for s in catalog.SUPPLIERS if s.key == supplier)
    committee_id = p.add(
        Committee, kind=CommitteeKind.COSTRAT, supplier_id=p.suppliers[supplier],
        title=f"{label} {p.supplier_names[supplier]} {day.year}",
        starts_at=dt.datetime.combine(day, dt.time(*time)), duration_minutes=duration,
        place=f"Locaux du prestataire, {supplier_spec.address.split(' ', 1)[-1]}",
        status=CommitteeStatus.MINUTES_SENT, review_period=None,
        notes="Comité annuel : bilan, feuille de route, niveaux de service.",
    )
    contract_ids = _link(p, committee_id, supplier, clients,
                         p.supplier_contacts[supplier][:2], True)
    _agenda(p, committee_id, CommitteeKind.COSTRAT, None, supplier, True)
    for position, text in enumerate(catalog.COSTRAT_DECISIONS, start=1):
        p.add(Decision, committee_id=committee_id, position=position, text=text)
    return [_Held(committee_id, day, supplier, contract_ids)]


def _link(p: Portfolio, committee_id: int, supplier: str, clients: tuple[str, ...],
          supplier_contacts: list[int], held: bool) -> tuple[int, ...]:
    """Queue the committee's contracts and participants; returns the contract ids."""
    contract_ids = tuple(c.id for c in p.contracts
                         if c.spec.supplier == supplier and not c.spec.ended)
    for contract_id in contract_ids:
        p.add(CommitteeContract, committee_id=committee_id, contract_id=contract_id)
    for contact_id in [p.clients[key] for key in clients] + supplier_contacts:
        attendance = Attendance.INVITED
        if held:
            draw = p.rng.random()
            attendance = (Attendance.PRESENT if draw < 0.86 else
                          Attendance.EXCUSED if draw < 0.96 else Attendance.ABSENT)
        p.add(CommitteeParticipant, committee_id=committee_id, contact_id=contact_id,
              attendance=attendance)
    return contract_ids


def _agenda(p: Portfolio, committee_id: int, kind: CommitteeKind, review: dt.date | None,
            supplier: str, held: bool) -> None:
    words = {
        "period": _month_label(review) if review else "",
        "review": _review(p, supplier, review) if held and review else "",
        "open_actions": p.rng.randint(3, 9),
        "note": p.rng.choice(("la régularisation du mois précédent", "les frais de "
                              "déplacement", "les unités d'œuvre supplémentaires")),
        "risk": p.rng.choice(catalog.RISKS),
        "incident": p.rng.choice(catalog.INCIDENTS),
        "storage": p.rng.randint(62, 88),
        "year": p.today.year + 1,
    }
    standing = catalog.STANDING_AGENDA[kind.value]
    for position, (title, notes) in enumerate(catalog.AGENDA[kind.value], start=1):
        p.add(AgendaItem, committee_id=committee_id, position=position,
              title=title.format(**words), notes=notes.format(**words) if held else "",
              standing=position in standing)


def _month_label(period: dt.date) -> str:
    return f"{catalog.MONTHS[period.month - 1]} {period.year}"


def _review(p: Portfolio, supplier: str, period: dt.date) -> str:
    """One sentence on the supplier's indicators for `period`, from the queued values."""
    if period not in p.months:
        return ""
    index = p.months.index(period)
    measured = [(spec, values[index]) for contract, spec, values in p.indicators
                if contract.spec.supplier == supplier and values[index] is not None]
    missed = [spec.name for spec, value in measured
              if spec.status(value) is not MeasureStatus.MET]  # type: ignore[arg-type]
    text = f"{len(measured)} indicateurs mesurés, {len(missed)} sous l'objectif"
    return text + (" : " + " ; ".join(missed[:3]) + "." if missed else ".")


def _decisions(p: Portfolio, committee_id: int, series: catalog.CommitteeSeries,
               review: dt.date) -> None:
    fitting = [text for text, suppliers in catalog.DECISIONS
               if not suppliers or series.supplier in suppliers.split()]
    count = (p.rng.randint(0, 2) if series.kind is CommitteeKind.COPIL
             else int(p.rng.random() < 0.3))
    for position, template in enumerate(p.rng.sample(fitting, count), start=1):
        version = f"{p.rng.randint(3, 5)}.{p.rng.randint(0, 9)}"
        p.add(Decision, committee_id=committee_id, position=position,
              text=template.format(period=_month_label(review), version=version))


def _actions(p: Portfolio, held: list[_Held]) -> None:
    for i in range(ACTIONS_PER_COPY):
        origin = held[i * len(held) // ACTIONS_PER_COPY]
        fitting = [a for a in catalog.ACTIONS if not a[4] or origin.supplier in a[4].split()]
        title, side, priority, description, _ = p.rng.choice(fitting)
        due = origin.day + dt.timedelta(days=p.rng.choice((14, 21, 30, 45, 60)))
        status, closed = _action_outcome(p, origin.day, due)
        if i == ACTIONS_PER_COPY * 3 // 4:  # a late action (~3 months old), whatever the draws
            due, status, closed = origin.day + dt.timedelta(days=14), ActionStatus.OPEN, None
        owner = (p.rng.choice(p.supplier_contacts[origin.supplier]) if side == "supplier"
                 else p.clients[p.rng.choice(("dsi", "infra", "projet"))])
        p.add(Action, title=title, description=description, committee_id=origin.id,
              contract_id=p.rng.choice(origin.contract_ids),
              supplier_id=p.suppliers[origin.supplier], owner_id=owner, side=Side(side),
              priority=Priority(priority), created_on=origin.day, due_date=due,
              status=status, closed_on=closed, notes=p.rng.choice(catalog.ACTION_NOTES))


def _history(p: Portfolio, held: list[_Held]) -> None:
    """Follow-ups of the actions in the committees of their supplier held while they were
    open: a note now and then, a due date moved once, the closing noted in the next one.

    Drawn from a generator of its own, so that the actions themselves stay as they were.
    """
    rng = random.Random(f"vigie-demo-history:{p.today}:{p.copy}")
    for action in p.rows["action"]:
        origin = next(h for h in held if h.id == action["committee_id"])
        end = action["closed_on"] or p.today
        later = [h for h in held if h.supplier == origin.supplier and origin.day < h.day]
        passed = [h for h in later if h.day <= end and h.day < p.today]
        for n, committee in enumerate(passed):
            moved = (n == len(passed) - 1 and action["closed_on"] is None
                     and action["due_date"] >= committee.day and rng.random() < 0.4)
            if moved:
                _follow_up(p, action, committee, catalog.MOVED_NOTE, due=action["due_date"])
            elif rng.random() < 0.55:
                _follow_up(p, action, committee, rng.choice(catalog.FOLLOW_UPS))
        closing = [h for h in later if h.day >= end and h.day < p.today]
        if action["closed_on"] is not None and closing:
            _follow_up(p, action, closing[0], catalog.CLOSED_NOTE, status=action["status"])


def _follow_up(p: Portfolio, action: dict, committee: _Held, note: str, *,
               due: dt.date | None = None, status: ActionStatus | None = None) -> None:
    p.add(ActionUpdate, action_id=action["id"], committee_id=committee.id,
          noted_on=committee.day, note=note, status=status, due_date=due)


def _action_outcome(p: Portfolio, created: dt.date, due: dt.date
                    ) -> tuple[ActionStatus, dt.date | None]:
    """Most past actions are done; some stay open after their due date (late)."""
    draw = p.rng.random()
    overdue = (p.today - due).days
    if (overdue > 20 and draw < 0.92) or (overdue > 0 and draw < 0.5):
        if draw < 0.03:
            return ActionStatus.CANCELLED, min(p.today, due)
        closed = due + dt.timedelta(days=p.rng.randint(-10, 12))
        return ActionStatus.DONE, min(max(closed, created), p.today - dt.timedelta(days=1))
    if due >= p.today and draw < 0.2:
        return ActionStatus.DONE, max(created, p.today - dt.timedelta(days=3))
    return (ActionStatus.IN_PROGRESS if p.rng.random() < 0.5 else ActionStatus.OPEN), None


def _milestones(p: Portfolio) -> None:
    """The plan in progress of the contract in reversibility: its milestones on working
    days, the signed PV of a finished one, its readiness checklist."""
    for contract in p.contracts:
        if contract.spec.status is not ContractStatus.REVERSIBILITY:
            continue
        supplier_contacts = p.supplier_contacts[contract.spec.supplier]
        for (phase, title, side, deliverable), (start, end, began, done, status) in zip(
            catalog.MILESTONES, catalog.MILESTONE_DATES, strict=True
        ):
            actual_start, actual_end = _working(p.today, began), _working(p.today, done, -1)
            pv = status == "done" and phase != "shadowing"
            owner = supplier_contacts[0] if side == "supplier" else p.clients["infra"]
            signed = workdays.next_working_day(actual_end + dt.timedelta(days=3)) if (
                pv and actual_end) else None
            milestone_id = p.add(
                ReversibilityMilestone, contract_id=contract.id,
                phase=ReversibilityPhase(phase), title=title,
                planned_start=_working(p.today, start), planned_end=_working(p.today, end, -1),
                actual_start=actual_start, actual_end=actual_end, owner_id=owner,
                deliverable=deliverable, status=MilestoneStatus(status), side=Side(side),
                pv_signed=pv, pv_signed_on=signed,
                notes="PV attendu du prestataire." if status == "done" and not pv else "")
            if phase == "knowledge_transfer" and signed:
                _document(p, f"PV de recette — {ReversibilityPhase(phase).label}.pdf",
                          DocumentKind.ACCEPTANCE_REPORT, [title, f"PV signé le {signed:%d/%m/%Y}",
                          "Document de démonstration."], signed, milestone_id=milestone_id)
        _checklist(p, contract.id, supplier_contacts[0])


def _checklist(p: Portfolio, contract_id: int, supplier_owner: int) -> None:
    rows = [(title, status, evidence) for title, (status, evidence) in zip(
        standard_checklist(), catalog.CHECKLIST_STANDARD, strict=True)]
    for position, (title, status, evidence) in enumerate(
            [*rows, *catalog.CHECKLIST_OWN], start=1):
        owner = supplier_owner if position in (1, 3) else p.clients["infra"]
        item_id = p.add(ReadinessItem, contract_id=contract_id, position=position, title=title,
                        owner_id=owner, status=ChecklistStatus(status), evidence=evidence)
        if position == 2:  # the inventory of accesses is proven by the document itself
            _document(p, "Inventaire des accès et comptes WMS.pdf", DocumentKind.OTHER,
                      [title, "Comptes, certificats et clés recensés.",
                       "Document de démonstration."], p.today - dt.timedelta(days=12),
                      checklist_item_id=item_id)


def _document(p: Portfolio, name: str, kind: DocumentKind, lines: list[str], day: dt.date,
              **owner: int) -> None:
    data = tiny_pdf(lines)
    p.add(Attachment, **_owner(**owner), kind=kind, name=name, media_type="application/pdf",
          size=len(data), data=data, added_at=dt.datetime.combine(day, dt.time(11, 0)))


def _owner(**owner: int) -> dict[str, int | None]:
    """Every owner column of an attachment (rows inserted together share their keys)."""
    return {"contract_id": None, "milestone_id": None, "checklist_item_id": None, **owner}


def _working(today: dt.date, offset: int | None, direction: int = 1) -> dt.date | None:
    """The day `offset` days from today, moved to a working day (forwards, or backwards
    when `direction` is -1)."""
    day = _day(today, offset)
    if day is None:
        return None
    return workdays.next_working_day(day) if direction > 0 else workdays.previous_working_day(day)


def _day(today: dt.date, offset: int | None) -> dt.date | None:
    return None if offset is None else today + dt.timedelta(days=offset)


def _attachments(p: Portfolio) -> None:
    documents = {
        "INF": (DocumentKind.CONTRACT, "Contrat signé.pdf", "application/pdf"),
        "TMA": (DocumentKind.PAQ, "PAQ TMA v2.txt", "text/plain"),
        "WMS": (DocumentKind.REVERSIBILITY_PLAN, "Plan de réversibilité WMS.txt",
                "text/plain"),
    }
    for contract in p.contracts:
        if contract.spec.stem not in documents:
            continue
        kind, name, media_type = documents[contract.spec.stem]
        lines = [contract.spec.title, f"Début : {contract.start:%d/%m/%Y}",
                 f"Échéance : {contract.end:%d/%m/%Y}", "Document de démonstration."]
        data = (tiny_pdf(lines) if media_type == "application/pdf"
                else "\n".join(lines).encode("utf-8"))
        p.add(Attachment, **_owner(contract_id=contract.id), kind=kind, name=name,
              media_type=media_type, size=len(data), data=data,
              added_at=dt.datetime.combine(contract.start, dt.time(10, 0)))


def tiny_pdf(lines: list[str]) -> bytes:
    """A minimal, valid one-page PDF showing `lines` (Latin-1 text, Helvetica)."""
    text = " ".join(
        f"({line.replace('(', '[').replace(')', ']')}) Tj 0 -18 Td" for line in lines
    )
    stream = f"BT /F1 12 Tf 60 780 Td {text} ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        b"<< /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
