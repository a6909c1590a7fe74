"""An indicator's definition as its form edits it: its fields, their checks, a copy of it
for another contract, and the contracts it may belong to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models import Measurement
from app.models.enums import (
    ContractStatus,
    Direction,
    Frequency,
    IndicatorCategory,
    PenaltyCapBasis,
    PenaltyKind,
    Side,
)
from app.services import sla
from app.services.formatting import format_number, plural
from app.services.indicator_values import bounds
from app.services.validation import ValidationError, required

con, ind, mea = sla.con, sla.ind, sla.mea
CODE_MAX, NAME_MAX, UNIT_MAX = 30, 200, 20

#: Units offered in the form (any other can be typed).
UNITS = ("%", "h", "min", "j", "€", "/5", "/10", "nombre")


@dataclass(frozen=True)
class IndicatorDetail:
    """Every editable field of one indicator (the form's values)."""

    id: int
    contract_id: int
    code: str
    name: str
    description: str
    category: IndicatorCategory
    measured_side: Side
    unit: str
    direction: Direction
    target: float
    alert_threshold: float | None
    frequency: Frequency
    contractual: bool
    penalty_kind: PenaltyKind
    penalty_amount: float | None
    penalty_percent: float | None

    def values(self) -> dict[str, Any]:
        """The fields a form edits, by column name."""
        return {name: getattr(self, name) for name in FIELDS}


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(IndicatorDetail) if f.name != "id")

_ENUMS = {"category": IndicatorCategory, "measured_side": Side, "direction": Direction,
          "frequency": Frequency, "penalty_kind": PenaltyKind}


@dataclass(frozen=True)
class ContractChoice:
    """A contract an indicator may belong to, with what its penalty rule depends on."""

    id: int
    reference: str
    title: str
    status: ContractStatus
    start_date: dt.date
    annual_amount: float
    has_penalty_clause: bool
    penalty_cap_percent: float | None
    penalty_cap_basis: PenaltyCapBasis

    @property
    def label(self) -> str:
        return f"{self.reference} — {self.title}"


def contract_choices(session: Session) -> list[ContractChoice]:
    """Every contract, by reference, for the contract combos and filters."""
    query = sa.select(con.id, con.reference, con.title, con.status, con.start_date,
                      con.annual_amount, con.has_penalty_clause, con.penalty_cap_percent,
                      con.penalty_cap_basis).order_by(con.reference)
    return [ContractChoice(*row) for row in session.connection().execute(query)]


def indicator_detail(session: Session, indicator_id: int) -> IndicatorDetail | None:
    """One indicator's fields, or None when it no longer exists."""
    found = session.connection().execute(
        sa.select(sla.INDICATOR).where(ind.id == indicator_id)).mappings().first()
    if found is None:
        return None
    return IndicatorDetail(**{f.name: found[f.name] for f in fields(IndicatorDetail)})


def default_values(contract_id: int | None = None) -> dict[str, Any]:
    """The values of a new indicator before the user types anything."""
    return {"contract_id": contract_id, "code": "", "name": "", "description": "",
            "category": IndicatorCategory.SERVICE_LEVEL, "measured_side": Side.SUPPLIER,
            "unit": "%", "direction": Direction.HIGHER_IS_BETTER, "target": 0.0,
            "alert_threshold": None, "frequency": Frequency.MONTHLY, "contractual": False,
            "penalty_kind": PenaltyKind.NONE, "penalty_amount": None, "penalty_percent": None}


def coerce_enums(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values with their enum fields as members ("lower" → Direction.LOWER_IS_BETTER)."""
    coerced = dict(values)
    for name, enum in _ENUMS.items():
        if coerced.get(name) is not None:
            coerced[name] = enum(coerced[name])
    return coerced


# -- checks ---------------------------------------------------------------------------------


def indicator_errors(values: Mapping[str, Any]) -> dict[str, str]:
    """The reason each field is wrong (without what needs the file: uniqueness, history)."""
    values = coerce_enums(values)
    checks: dict[str, str | None] = {
        "contract_id": None if values.get("contract_id") else tr(
            "indicators", "Choisissez le contrat de l'indicateur."),
        "code": _text_error(values.get("code") or "", CODE_MAX),
        "name": _text_error(values.get("name") or "", NAME_MAX),
        "unit": _max_error(values.get("unit") or "", UNIT_MAX),
        "target": _target_error(values),
        "alert_threshold": _threshold_error(values),
        "penalty_amount": _penalty_error(values, PenaltyKind.FIXED, "penalty_amount"),
        "penalty_percent": _penalty_error(values, PenaltyKind.PERCENT, "penalty_percent"),
    }
    return {name: reason for name, reason in checks.items() if reason}


def validate_indicator(session: Session, values: Mapping[str, Any],
                       indicator_id: int | None = None) -> dict[str, Any]:
    """The values to store for an indicator; raises ValidationError with French reasons."""
    errors = indicator_errors(values)
    code = (values.get("code") or "").strip()
    if "code" not in errors and code_taken(session, values["contract_id"], code, indicator_id):
        errors["code"] = tr("indicators", "Le contrat a déjà un indicateur {code}.").format(
            code=code)
    if indicator_id is not None and "frequency" not in errors:
        reason = _frequency_locked(session, indicator_id, Frequency(values["frequency"]))
        if reason:
            errors["frequency"] = reason
    if errors:
        raise ValidationError(errors)
    return cleaned(values)


def code_taken(session: Session, contract_id: int, code: str, indicator_id: int | None
               ) -> bool:
    """True when another indicator of the contract has this code (case ignored)."""
    query = sa.select(ind.id).where(ind.contract_id == contract_id,
                                    sa.func.lower(ind.code) == code.lower())
    if indicator_id is not None:
        query = query.where(ind.id != indicator_id)
    return session.connection().execute(query.limit(1)).first() is not None


def _frequency_locked(session: Session, indicator_id: int, frequency: Frequency) -> str | None:
    """Why the frequency of a measured indicator cannot change (its periods would not fit)."""
    db = session.connection()
    current = db.execute(sa.select(ind.frequency).where(ind.id == indicator_id)).scalar()
    if current is None or Frequency(current) is frequency:
        return None
    count = db.execute(sa.select(sa.func.count()).select_from(Measurement)
                       .where(Measurement.indicator_id == indicator_id)).scalar() or 0
    if not count:
        return None
    return tr("indicators", "L'indicateur a déjà {count} : sa fréquence ne peut plus changer. "
                            "Créez un autre indicateur pour la nouvelle fréquence.").format(
        count=plural(count, tr("indicators", "mesure")))


def cleaned(values: Mapping[str, Any]) -> dict[str, Any]:
    """The values as stored: texts stripped, penalty fields kept only for their kind."""
    values = coerce_enums(values)
    result = {name: values.get(name) for name in FIELDS}
    for name in ("code", "name", "description", "unit"):
        result[name] = (result[name] or "").strip()
    if not result["contractual"]:
        result["penalty_kind"] = PenaltyKind.NONE
    kind = result["penalty_kind"]
    if kind is not PenaltyKind.FIXED:
        result["penalty_amount"] = None
    if kind is not PenaltyKind.PERCENT:
        result["penalty_percent"] = None
    return result


def _text_error(text: str, maximum: int) -> str | None:
    return required(text) or _max_error(text, maximum)


def _max_error(text: str, maximum: int) -> str | None:
    if len(text.strip()) > maximum:
        return tr("indicators", "{n} caractères au plus.").format(n=maximum)
    return None


def _target_error(values: Mapping[str, Any]) -> str | None:
    target = values.get("target")
    if target is None:
        return tr("indicators", "Indiquez l'objectif contractuel.")
    unit = (values.get("unit") or "").strip()
    # the target alone decides (a threshold above 100 % does not make a 120 % target sane)
    limits = bounds(unit, values["category"], values["direction"], target, None)
    return limits.error(target, unit or tr("indicators", "nombre"))


def _threshold_error(values: Mapping[str, Any]) -> str | None:
    threshold, target = values.get("alert_threshold"), values.get("target")
    if threshold is None or target is None:
        return None
    if values["direction"] is Direction.HIGHER_IS_BETTER and threshold >= target:
        return tr("indicators", "Plus haut étant meilleur, le seuil d'alerte se place sous "
                                "l'objectif ({target}).").format(target=format_number(target))
    if values["direction"] is Direction.LOWER_IS_BETTER and threshold <= target:
        return tr("indicators", "Plus bas étant meilleur, le seuil d'alerte se place au-dessus "
                                "de l'objectif ({target}).").format(target=format_number(target))
    return None


def _penalty_error(values: Mapping[str, Any], kind: PenaltyKind, name: str) -> str | None:
    if not values.get("contractual") or values.get("penalty_kind") is not kind:
        return None
    amount = values.get(name)
    if amount is None or amount <= 0:
        if kind is PenaltyKind.FIXED:
            return tr("indicators", "Indiquez le montant dû par manquement.")
        return tr("indicators", "Indiquez le pourcentage de la redevance dû par point.")
    if kind is PenaltyKind.PERCENT and amount > 100:
        return tr("indicators", "Un pourcentage ne peut pas dépasser 100 %.")
    return None


# -- a copy on another contract -------------------------------------------------------------


def duplicate_values(session: Session, indicator_id: int, contract_id: int) -> dict[str, Any]:
    """The values of a copy of an indicator on another contract (its measurements stay);
    raises ValidationError when that contract already has an indicator of the same code."""
    detail = indicator_detail(session, indicator_id)
    if detail is None:
        raise ValidationError({"": tr("indicators", "Cet indicateur n'existe plus.")})
    values = detail.values() | {"contract_id": contract_id}
    if code_taken(session, contract_id, detail.code, None):
        reference = session.connection().execute(
            sa.select(con.reference).where(con.id == contract_id)).scalar()
        raise ValidationError({"code": tr(
            "indicators", "Le contrat {ref} a déjà un indicateur {code}.").format(
            ref=reference, code=detail.code)})
    return cleaned(values)

