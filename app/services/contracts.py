"""Contracts as the « Contrats » page reads them: the list, one contract, its checks.

The list is one query joining the supplier; the computed dates of each row (current term
end, next notice deadline, contract end) and whether it has ended come from
`app.services.rules`, in Python, since they are cheap pure functions. A contract whose last
day is past shows as ended (« Terminé ») whatever its recorded status. Everything returned
is a frozen dataclass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import Contract, Supplier
from app.models.enums import (
    Commitment,
    ContractKind,
    ContractStatus,
    PenaltyCapBasis,
    Renewal,
)
from app.services import rules
from app.services.dashboard import HORIZON_DAYS, URGENT_DAYS, Severity
from app.services.formatting import plural
from app.services.validation import ValidationError, required

CONTRACT, SUPPLIER = Contract.__table__, Supplier.__table__
con, sup = CONTRACT.c, SUPPLIER.c

REFERENCE_MAX, TITLE_MAX = 60, 200


@dataclass(frozen=True)
class ContractDates:
    """The dates computed from a contract's terms at a given day."""

    term_end: dt.date | None  # last day of the current term (None once ended)
    notice_deadline: dt.date | None  # next notice deadline (or the missed one, see below)
    contract_end: dt.date | None  # its last day, past or to come; None while it renews
    ended: bool = False  # over at that day: marked ended, or its last day is past


@dataclass(frozen=True)
class ContractRow:
    """A line of the contracts table."""

    id: int
    reference: str
    title: str
    supplier_id: int
    supplier_name: str
    kind: ContractKind
    status: ContractStatus  # as it stands at today: ended once its last day is past
    annual_amount: float
    dates: ContractDates
    notice_days: int | None  # days from today to the notice deadline (< 0: missed)
    renewal: Renewal = Renewal.TACIT
    recorded_status: ContractStatus | None = None  # the status typed in, when it differs


@dataclass(frozen=True)
class ContractDetail:
    """Every editable field of one contract (the form's values) and its supplier's name."""

    id: int
    supplier_id: int
    reference: str
    title: str
    kind: ContractKind
    commitment: Commitment
    scope: str
    start_date: dt.date
    initial_duration_months: int
    renewal: Renewal
    renewal_period_months: int
    notice_period_months: int
    annual_amount: float
    annual_budget: float | None
    daily_rate: float | None
    unit_price: float | None
    penalty_cap_percent: float | None
    penalty_cap_basis: PenaltyCapBasis
    has_evolution_clause: bool
    has_reversibility_clause: bool
    has_penalty_clause: bool
    status: ContractStatus
    ended_on: dt.date | None
    notes: str
    supplier_name: str

    def values(self) -> dict[str, Any]:
        """The fields a form edits, by column name."""
        return {name: getattr(self, name) for name in FIELDS}


#: The editable columns of a contract, in form order.
FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(ContractDetail) if f.name not in ("id", "supplier_name")
)


def default_values(today: dt.date, supplier_id: int | None = None) -> dict[str, Any]:
    """The values of a new contract before the user types anything."""
    return {
        "supplier_id": supplier_id, "reference": "", "title": "",
        "kind": ContractKind.MANAGED_SERVICES, "commitment": Commitment.MEANS, "scope": "",
        "start_date": today, "initial_duration_months": 36, "renewal": Renewal.TACIT,
        "renewal_period_months": 12, "notice_period_months": 3, "annual_amount": 0.0,
        "annual_budget": None, "daily_rate": None, "unit_price": None,
        "penalty_cap_percent": None, "penalty_cap_basis": PenaltyCapBasis.MONTHLY_FEE,
        "has_evolution_clause": False,
        "has_reversibility_clause": False, "has_penalty_clause": False,
        "status": ContractStatus.ACTIVE, "ended_on": None, "notes": "",
    }


_ENUMS = {"kind": ContractKind, "commitment": Commitment, "renewal": Renewal,
          "status": ContractStatus, "penalty_cap_basis": PenaltyCapBasis}


def coerce_enums(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values with their enum fields as members ("tacit" → Renewal.TACIT)."""
    coerced = dict(values)
    for name, enum in _ENUMS.items():
        if coerced.get(name) is not None:
            coerced[name] = enum(coerced[name])
    return coerced


# -- reading ----------------------------------------------------------------------------------


def list_contracts(session: Session, today: dt.date) -> list[ContractRow]:
    """Every contract with its supplier and computed dates, ordered by reference."""
    query = (
        sa.select(con.id, con.reference, con.title, con.supplier_id,
                  sup.name.label("supplier_name"), con.kind, con.annual_amount,
                  *_TERM_COLUMNS)
        .join_from(CONTRACT, SUPPLIER, con.supplier_id == sup.id)
        .order_by(con.reference)
    )
    return [_row(r, today) for r in session.connection().execute(query)]


def contract_detail(session: Session, contract_id: int) -> ContractDetail | None:
    """One contract's fields, or None when it no longer exists."""
    query = (
        sa.select(CONTRACT, sup.name.label("supplier_name"))
        .join_from(CONTRACT, SUPPLIER, con.supplier_id == sup.id)
        .where(con.id == contract_id)
    )
    found = session.connection().execute(query).mappings().first()
    if found is None:
        return None
    return ContractDetail(**{f.name: found[f.name] for f in fields(ContractDetail)})


def supplier_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every supplier, by name, for the supplier combos."""
    query = sa.select(sup.id, sup.name).order_by(sa.func.lower(sup.name))
    return [(row.id, row.name) for row in session.connection().execute(query)]


#: The columns `rules.ContractTerms` reads.
_TERM_COLUMNS = (con.start_date, con.initial_duration_months, con.renewal,
                 con.renewal_period_months, con.notice_period_months, con.ended_on, con.status)


def _row(r: Any, today: dt.date) -> ContractRow:
    dates = dates_of(rules.ContractTerms.of(r), today)
    days = None if dates.notice_deadline is None else (dates.notice_deadline - today).days
    status = ContractStatus.ENDED if dates.ended else r.status
    return ContractRow(r.id, r.reference, r.title, r.supplier_id, r.supplier_name, r.kind,
                       status, r.annual_amount, dates, days, r.renewal,
                       None if status is r.status else r.status)


# -- computed dates -----------------------------------------------------------------------------


def dates_of(terms: rules.ContractTerms, today: dt.date) -> ContractDates:
    """Term end, notice deadline and end of a contract at `today`, and whether it ended.

    The notice deadline is the next one to come; when there is none (an express renewal
    whose time to decide is over), the missed one, so that the table can say it was missed.
    """
    deadline = rules.next_notice_deadline(terms, today) or rules.notice_deadline(terms, today)
    return ContractDates(rules.current_term_end(terms, today), deadline,
                         rules.end_date(terms), rules.is_ended(terms, today))


def shown_status(values: Mapping[str, Any], today: dt.date) -> ContractStatus:
    """The status a contract shows at `today`: ended once its last day is past (whatever
    was typed), else the status typed."""
    dates = dates_from_values(values, today)
    status = ContractStatus(values["status"])
    return ContractStatus.ENDED if dates is not None and dates.ended else status


def dates_from_values(values: Mapping[str, Any], today: dt.date) -> ContractDates | None:
    """The computed dates of a form's values, or None while they cannot give any."""
    if not values.get("start_date") or (values.get("initial_duration_months") or 0) <= 0:
        return None
    return dates_of(rules.ContractTerms.of(SimpleNamespace(**coerce_enums(values))), today)


def deadline_words(renewal: Renewal) -> str:
    """What a notice deadline is the last day for, before « au plus tard le … »:
    « Dénonciation » (tacit renewal) or « Décision de reconduction » (express renewal)."""
    if renewal is Renewal.EXPRESS:
        return tr("contracts", "Décision de reconduction")
    return tr("contracts", "Dénonciation")


def notice_severity(days: int | None) -> Severity | None:
    """How urgent a notice deadline is: critical when missed or within 30 days, warning
    within 90 days (the dashboard's horizons), else None."""
    if days is None:
        return None
    if days <= URGENT_DAYS:
        return Severity.CRITICAL
    return Severity.WARNING if days <= HORIZON_DAYS else None


def days_text(days: int | None) -> str:
    """« dans 37 jours », « demain », « aujourd'hui », « dépassée depuis 5 jours »."""
    if days is None:
        return ""
    if days == 0:
        return tr("contracts", "aujourd'hui")
    if days == 1:
        return tr("contracts", "demain")
    if days > 1:
        return tr("contracts", "dans {n}").format(n=plural(days, tr("contracts", "jour")))
    return tr("contracts", "dépassée depuis {n}").format(
        n=plural(-days, tr("contracts", "jour")))


# -- checks ---------------------------------------------------------------------------------------


def contract_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """The reason each field is wrong (without the uniqueness of the reference)."""
    values = coerce_enums(values)
    checks: dict[str, str | None] = {
        "supplier_id": None if values.get("supplier_id") else tr(
            "contracts", "Choisissez le prestataire du contrat."),
        "reference": _text_error(values.get("reference") or "", REFERENCE_MAX),
        "title": _text_error(values.get("title") or "", TITLE_MAX),
        "start_date": None if values.get("start_date") else tr(
            "contracts", "Indiquez la date de début du contrat."),
        "initial_duration_months": _duration_error(values),
        "renewal_period_months": _renewal_error(values),
        "notice_period_months": _notice_error(values),
        "ended_on": _ended_error(values),
        "penalty_cap_percent": _percent_error(values.get("penalty_cap_percent")),
    }
    for name in ("annual_amount", "annual_budget", "daily_rate", "unit_price"):
        checks[name] = _amount_error(values.get(name))
    return {name: reason for name, reason in checks.items() if reason}


def validate_contract(
    session: Session, values: Mapping[str, Any], contract_id: int | None = None
) -> dict[str, Any]:
    """The values to store for a contract; raises ValidationError with French reasons."""
    errors = contract_errors(values)
    reference = (values.get("reference") or "").strip()
    if "reference" not in errors and _reference_taken(session, reference, contract_id):
        errors["reference"] = tr(
            "contracts", "La référence {ref} est déjà celle d'un autre contrat.").format(
                ref=reference)
    if errors:
        raise ValidationError(errors)
    return _cleaned(values)


def _reference_taken(session: Session, reference: str, contract_id: int | None) -> bool:
    query = sa.select(con.id).where(sa.func.lower(con.reference) == reference.lower())
    if contract_id is not None:
        query = query.where(con.id != contract_id)
    return session.connection().execute(query.limit(1)).first() is not None


def _cleaned(values: Mapping[str, Any]) -> dict[str, Any]:
    values = coerce_enums(values)
    cleaned = {name: values.get(name) for name in FIELDS}
    for name in ("reference", "title", "scope", "notes"):
        cleaned[name] = (cleaned[name] or "").strip()
    cleaned["annual_amount"] = float(cleaned["annual_amount"] or 0.0)
    return cleaned


def _text_error(text: str, maximum: int) -> str | None:
    if required(text):
        return required(text)
    if len(text.strip()) > maximum:
        return tr("contracts", "{n} caractères au plus.").format(n=maximum)
    return None


def _duration_error(values: Mapping[str, Any]) -> str | None:
    if (values.get("initial_duration_months") or 0) <= 0:
        return tr("contracts", "La durée initiale doit être d'au moins un mois.")
    return None


def _renewal_error(values: Mapping[str, Any]) -> str | None:
    if values.get("renewal") is Renewal.TACIT and (values.get("renewal_period_months") or 0) <= 0:
        return tr("contracts", "Une tacite reconduction se fait pour au moins un mois.")
    if (values.get("renewal_period_months") or 0) < 0:
        return tr("contracts", "La période de reconduction ne peut pas être négative.")
    return None


def _notice_error(values: Mapping[str, Any]) -> str | None:
    notice = values.get("notice_period_months") or 0
    if notice < 0:
        return tr("contracts", "Le préavis ne peut pas être négatif.")
    duration = values.get("initial_duration_months") or 0
    if duration > 0 and notice >= duration:
        return tr("contracts", "Le préavis doit être plus court que la durée initiale.")
    return None


def _ended_error(values: Mapping[str, Any]) -> str | None:
    ended, start = values.get("ended_on"), values.get("start_date")
    if ended is not None and start is not None and ended < start:
        return tr("contracts", "La date de fin ne peut pas précéder la date de début.")
    return None


def _amount_error(value: float | None) -> str | None:
    if value is not None and value < 0:
        return tr("contracts", "Un montant ne peut pas être négatif.")
    return None


def _percent_error(value: float | None) -> str | None:
    if value is not None and not 0 <= value <= 100:
        return tr("contracts", "Le plafond est un pourcentage entre 0 et 100 %.")
    return None
