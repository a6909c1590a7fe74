"""Suppliers and contacts: the list with its contract figures, a supplier's detail, checks.

`list_suppliers` reads every supplier with its contacts in one aggregate query and the
terms of every contract in another, so the list stays instant on a large file; a contract
is active when `rules.is_running` says so at `today` (a contract past its last day is not).
The `validate_*` functions check what the user typed and return the values to store.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import Contact, Contract, Supplier
from app.models.enums import ContractStatus, Side
from app.services import rules
from app.services.text import fold, natural_key
from app.services.validation import (
    ValidationError,
    compact_digits,
    email_error,
    format_phone,
    phone_error,
    required,
    siren_error,
    siret_error,
)

SUP, CON, CTT = Supplier.__table__.c, Contract.__table__.c, Contact.__table__.c

#: The usual roles offered (the field stays free text).
CONTACT_ROLES = (
    "Responsable opérationnel de compte",
    "Service Delivery Manager",
    "Directeur de projet",
    "DSI",
    "Responsable infrastructure",
    "Chef de projet",
)

_CITY = re.compile(r"\b\d{5}\s+([^,\n]+?)\s*(?:,.*)?$", re.MULTILINE)


@dataclass(frozen=True)
class SupplierRow:
    """A supplier as the list shows it."""

    id: int
    name: str
    siren: str  # grouped for display: "552 100 554"
    certifications: str
    city: str
    address: str
    contracts: int
    active_contracts: int
    annual_amount: float  # of the active contracts
    contacts: int
    haystack: str  # folded text the search matches (name, SIREN/SIRET, city, contacts…)
    sort_name: str = ""  # the name folded, to sort by


@dataclass(frozen=True)
class SupplierContract:
    """A contract of a supplier, as its detail lists it."""

    id: int
    reference: str
    title: str
    status: ContractStatus
    annual_amount: float
    active: bool


@dataclass(frozen=True)
class SupplierDetail:
    """Everything the supplier form shows."""

    id: int
    name: str
    siren: str
    siret: str
    address: str
    website: str
    certifications: str
    notes: str
    contracts: tuple[SupplierContract, ...]

    def form_values(self) -> dict[str, str]:
        """The values of the form's fields."""
        return {name: getattr(self, name) for name in SUPPLIER_FIELDS}


@dataclass(frozen=True)
class ContactRow:
    """A contact of a supplier, or of the client (supplier_id None)."""

    id: int
    supplier_id: int | None
    name: str
    role: str
    email: str
    phone: str
    side: Side
    notes: str

    def form_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in CONTACT_FIELDS}


SUPPLIER_FIELDS = ("name", "siren", "siret", "address", "website", "certifications", "notes")
CONTACT_FIELDS = ("name", "role", "email", "phone", "side", "notes")


# -- reading ---------------------------------------------------------------------------------


#: A contract's id, supplier, amount and the columns `rules.ContractTerms` reads.
_CONTRACT_TERMS = (CON.id, CON.supplier_id, CON.annual_amount, CON.start_date,
                   CON.initial_duration_months, CON.renewal, CON.renewal_period_months,
                   CON.notice_period_months, CON.ended_on, CON.status)


def _is_active(row: Any, today: dt.date) -> bool:
    return rules.is_running(rules.ContractTerms.of(row), today)


def _contract_figures(session: Session, today: dt.date) -> dict[int, tuple[int, int, float]]:
    """(contracts, active contracts, their annual amount) by supplier."""
    figures: dict[int, list] = defaultdict(lambda: [0, 0, 0.0])
    for row in session.connection().execute(sa.select(*_CONTRACT_TERMS)):
        counts = figures[row.supplier_id]
        counts[0] += 1
        if _is_active(row, today):
            counts[1] += 1
            counts[2] += row.annual_amount
    return {supplier: (total, active, amount)
            for supplier, (total, active, amount) in figures.items()}


def list_suppliers(session: Session, today: dt.date) -> list[SupplierRow]:
    """Every supplier with its contracts, the ones active at `today` and their amount."""
    contacts = (
        sa.select(
            CTT.supplier_id,
            sa.func.count().label("total"),
            sa.func.aggregate_strings(CTT.name, " ").label("names"),
        ).where(CTT.supplier_id.is_not(None)).group_by(CTT.supplier_id).subquery()
    )
    query = (
        sa.select(SUP.id, SUP.name, SUP.siren, SUP.siret, SUP.address, SUP.website,
                  SUP.certifications, contacts.c.total.label("contacts"), contacts.c.names)
        .outerjoin(contacts, contacts.c.supplier_id == SUP.id)
        .order_by(SUP.name)
    )
    figures = _contract_figures(session, today)
    return [_supplier_row(row, figures.get(row.id, (0, 0, 0.0)))
            for row in session.connection().execute(query)]


def _supplier_row(row: Any, figures: tuple[int, int, float]) -> SupplierRow:
    city = city_of(row.address)
    words = (row.name, row.siren, row.siret, row.address, row.website, row.certifications,
             row.names)
    total, active, amount = figures
    return SupplierRow(
        id=row.id, name=row.name, siren=group_digits(row.siren), certifications=row.certifications,
        city=city, address=row.address, contracts=total, active_contracts=active,
        annual_amount=float(amount), contacts=row.contacts or 0,
        haystack=fold(" ".join(w for w in words if w)), sort_name=natural_key(row.name),
    )


def client_contact_summary(session: Session) -> tuple[int, str]:
    """How many client-side contacts there are, and the folded text the search matches."""
    names = session.connection().execute(
        sa.select(CTT.name, CTT.role).where(CTT.supplier_id.is_(None))).all()
    text = " ".join(f"{name} {role}" for name, role in names)
    return len(names), fold(f"{tr('suppliers', 'Contacts côté client')} {text}")


def supplier_detail(
    session: Session, supplier_id: int, today: dt.date
) -> SupplierDetail | None:
    """A supplier's fields and contracts, active or not at `today` (None if it no longer
    exists); a contract past its last day shows as ended."""
    db = session.connection()
    row = db.execute(sa.select(Supplier.__table__).where(SUP.id == supplier_id)).first()
    if row is None:
        return None
    query = (sa.select(*_CONTRACT_TERMS, CON.reference, CON.title)
             .where(CON.supplier_id == supplier_id).order_by(CON.start_date.desc()))
    contracts = tuple(
        SupplierContract(c.id, c.reference, c.title, _shown_status(c, today),
                         c.annual_amount, _is_active(c, today))
        for c in db.execute(query)
    )
    return SupplierDetail(
        id=row.id, name=row.name, siren=group_digits(row.siren), siret=group_digits(row.siret),
        address=row.address, website=row.website, certifications=row.certifications,
        notes=row.notes, contracts=contracts,
    )


def _shown_status(row: Any, today: dt.date) -> ContractStatus:
    if rules.is_ended(rules.ContractTerms.of(row), today):
        return ContractStatus.ENDED
    return ContractStatus(row.status)


def list_contacts(session: Session, supplier_id: int | None) -> list[ContactRow]:
    """The contacts of a supplier, or the client-side ones (contacts with no supplier)."""
    table = Contact.__table__
    where = CTT.supplier_id.is_(None) if supplier_id is None else CTT.supplier_id == supplier_id
    rows = session.connection().execute(sa.select(table).where(where).order_by(CTT.name))
    return [
        ContactRow(r.id, r.supplier_id, r.name, r.role, r.email, r.phone, Side(r.side), r.notes)
        for r in rows
    ]


def contact_supplier(session: Session, contact_id: int) -> tuple[bool, int | None]:
    """Whether the contact exists, and its supplier (None for a client-side contact)."""
    row = session.connection().execute(
        sa.select(CTT.supplier_id).where(CTT.id == contact_id)).first()
    return (row is not None, row.supplier_id if row is not None else None)


# -- checking --------------------------------------------------------------------------------


def supplier_field_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """The reasons the fields are wrong, without looking at the other suppliers."""
    name = str(values.get("name") or "")
    siren, siret = str(values.get("siren") or ""), str(values.get("siret") or "")
    errors = {
        "name": required(name) or _too_long(name, 200),
        "siren": siren_error(siren),
        "siret": siret_error(siret, siren if not siren_error(siren) else ""),
    }
    return {field: reason for field, reason in errors.items() if reason}


def validate_supplier(
    session: Session, values: Mapping[str, Any], supplier_id: int | None = None
) -> dict[str, Any]:
    """The supplier's values to store; raises ValidationError with the reason of each field."""
    errors = supplier_field_errors(values)
    name = str(values.get("name") or "").strip()
    if "name" not in errors and _name_taken(session, name, supplier_id):
        errors["name"] = tr("suppliers", "Un prestataire porte déjà ce nom.")
    if errors:
        raise ValidationError(errors)
    siren = compact_digits(str(values.get("siren") or ""))
    siret = compact_digits(str(values.get("siret") or ""))
    cleaned = {field: str(values.get(field) or "").strip() for field in SUPPLIER_FIELDS}
    cleaned.update(name=name, siren=siren or (siret[:9] if siret else None), siret=siret)
    return cleaned


def validate_contact(values: Mapping[str, Any], supplier_id: int | None) -> dict[str, Any]:
    """The contact's values to store (phone formatted the French way); raises ValidationError."""
    name = str(values.get("name") or "").strip()
    email = str(values.get("email") or "").strip()
    phone = str(values.get("phone") or "").strip()
    side = Side(values.get("side") or (Side.CLIENT if supplier_id is None else Side.SUPPLIER))
    errors = {
        "name": required(name) or _too_long(name, 200),
        "email": email_error(email),
        "phone": phone_error(phone),
    }
    if side is Side.SUPPLIER and supplier_id is None:
        errors["side"] = tr("suppliers", "Un contact côté prestataire doit avoir un prestataire.")
    wrong = {field: reason for field, reason in errors.items() if reason}
    if wrong:
        raise ValidationError(wrong)
    return {
        "supplier_id": supplier_id, "name": name,
        "role": str(values.get("role") or "").strip(), "email": email,
        "phone": format_phone(phone) if phone else "", "side": side,
        "notes": str(values.get("notes") or "").strip(),
    }


def _name_taken(session: Session, name: str, supplier_id: int | None) -> bool:
    query = sa.select(SUP.id).where(sa.func.lower(SUP.name) == name.lower())
    if supplier_id is not None:
        query = query.where(SUP.id != supplier_id)
    return session.connection().execute(query.limit(1)).first() is not None


def _too_long(text: str, limit: int) -> str | None:
    if len(text) <= limit:
        return None
    return tr("suppliers", "{0} caractères au plus.").format(limit)


# -- text helpers ----------------------------------------------------------------------------


def city_of(address: str) -> str:
    """The city of a French address ("…, 69003 Lyon" → "Lyon"), or ""."""
    found = _CITY.findall(address or "")
    return found[-1] if found else ""


def group_digits(number: str | None) -> str:
    """A SIREN or SIRET written in groups: "552 100 554", "552 100 554 00012"."""
    if not number:
        return ""
    if len(number) == 14:
        return f"{group_digits(number[:9])} {number[9:]}"
    return " ".join(number[i:i + 3] for i in range(0, len(number), 3))
