"""Penalties as other screens show them: the rule in words, and what is owed per indicator,
per measurement and per month once each contract's cap applies.

The conventions (penalty clause, periods over, cap basis and period, attribution of weeks
and quarters to months, capping in order) are stated and written once in `app.services.rules`;
this module reads the breached measurements of a file and applies them.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from operator import attrgetter
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlmodel import Session

from app.i18n import tr
from app.models.enums import (
    ContractStatus,
    Direction,
    Frequency,
    PenaltyCapBasis,
    PenaltyKind,
)
from app.services import rules
from app.services.formatting import format_money, format_percent, format_value
from app.services.periods import add_months
from app.services.sla import (
    CONTRACT,
    INDICATOR,
    MEASUREMENT,
    con,
    ind,
    mea,
    measures_of,
    status_of_measurements,
)

#: How far before the first month asked the measurements are read: a quarter starts up to
#: 2 months before its last month; a contract year (annual cap) reaches 11 months further.
_LOOKBACK_MONTHS = {PenaltyCapBasis.MONTHLY_FEE: 2, PenaltyCapBasis.ANNUAL_AMOUNT: 14}


class PenaltyShare(NamedTuple):
    """A breached measurement's penalty, or the share of it attributed to one month (a
    named tuple: a year of a large file makes thousands, twice, and a frozen dataclass is
    several times slower to build)."""

    contract_id: int
    indicator_id: int
    period: dt.date  # the measurement's period (its first day)
    frequency: Frequency
    value: float
    month: dt.date  # the calendar month (first day) the share is attributed to
    before_cap: float  # the share of the measurement's penalty, before the contract's cap
    owed: float  # what is owed of it once the cap applies (€)


def penalty_shares(
    session: Session | sa.Connection,
    today: dt.date,
    first: dt.date,
    last: dt.date,
    contract_ids: Collection[int] | None = None,
) -> list[PenaltyShare]:
    """The penalties owed at `today` for the months from `first` to `last` (any day of
    them), one row per breached measurement and month it is attributed to, oldest first.

    Only contracts with a penalty clause (drafts aside), contractual indicators with a rule,
    and periods over at `today` owe anything. A monthly measurement gives one row, a
    quarterly one three (a third of its penalty each), a weekly one the row of its
    Thursday's month; summing `owed` by indicator, by (indicator, period) or by contract
    gives the penalties after the cap.

    **How a capped total is shared.** Within each cap period (a calendar month, or a
    contract year: see `rules.cap_period`), months fall due oldest first: each month's
    penalties are owed in full while the cap has room; in the month that reaches it, every
    share of that month is cut by the same ratio — the room left divided by that month's
    total — so the capped total is shared among that month's indicators in proportion to
    their penalties; the later months of the period owe nothing. Months before `first` are
    read only to know how much of a contract year's cap they already used.
    """
    first, last = first.replace(day=1), last.replace(day=1)
    since = {basis: add_months(first, -months) for basis, months in _LOOKBACK_MONTHS.items()}
    db = session.connection() if isinstance(session, Session) else session
    rows = _breached(db, since, min(add_months(last, 1), today), contract_ids)
    uncapped = [share for row in rows for share in _shares(row, today)]
    return [s for s in _capped(uncapped, rows) if first <= s.month <= last]


def _breached(
    db: sa.Connection, since: dict[PenaltyCapBasis, dt.date], before: dt.date,
    contract_ids: Collection[int] | None,
) -> list[Any]:
    """The breached measurements of penalised indicators with periods before `before`, from
    `since` their contract's cap basis on."""
    indicators = (
        sa.select(ind.id).join_from(INDICATOR, CONTRACT, con.id == ind.contract_id)
        .where(ind.contractual, ind.penalty_kind != PenaltyKind.NONE, con.has_penalty_clause,
               con.status != ContractStatus.DRAFT)
    )
    if contract_ids is not None:
        indicators = indicators.where(con.id.in_(list(contract_ids)))
    query = (
        sa.select(con.id.label("contract_id"), con.start_date, con.annual_amount,
                  con.penalty_cap_percent, con.penalty_cap_basis,
                  ind.id.label("indicator_id"), ind.frequency, ind.direction, ind.target,
                  ind.alert_threshold, ind.penalty_kind, ind.penalty_amount,
                  ind.penalty_percent, mea.period, mea.value)
        .join_from(MEASUREMENT, INDICATOR, ind.id == mea.indicator_id)
        .join(CONTRACT, con.id == ind.contract_id)
        .where(measures_of(indicators), mea.period < before,
               mea.period >= sa.case(
                   (con.penalty_cap_basis == PenaltyCapBasis.ANNUAL_AMOUNT,
                    since[PenaltyCapBasis.ANNUAL_AMOUNT]),
                   else_=since[PenaltyCapBasis.MONTHLY_FEE]),
               status_of_measurements() == rules.MeasureStatus.BREACHED.value)
        .order_by(mea.period, ind.id)
    )
    return db.execute(query).all()


def _shares(row: Any, today: dt.date) -> list[PenaltyShare]:
    """The uncapped shares of one measurement, none while its period is not over."""
    if not rules.is_over(row.period, row.frequency, today):
        return []
    rule = _rule(row.penalty_kind, row.penalty_amount, row.penalty_percent)
    amount = rules.measure_penalty(row.value, row.target, row.alert_threshold, row.direction,
                                   rule, rules.period_fee(row.annual_amount, row.frequency))
    if amount <= 0:
        return []
    return [PenaltyShare(row.contract_id, row.indicator_id, row.period, row.frequency,
                         row.value, month, amount * share, amount * share)
            for month, share in rules.penalty_months(row.period, row.frequency)]


@functools.lru_cache(maxsize=1024)
def _rule(kind: PenaltyKind, amount: float | None, percent: float | None) -> rules.PenaltyRule:
    """The rule of these fields, made once for the many measurements that share it."""
    return rules.PenaltyRule(kind, amount, percent)


def _capped(shares: list[PenaltyShare], rows: list[Any]) -> list[PenaltyShare]:
    """The shares with what is owed of them once each contract's cap applies, in order."""
    contracts = {row.contract_id: row for row in rows}
    bases = {cid: PenaltyCapBasis(row.penalty_cap_basis) for cid, row in contracts.items()}
    cap_periods: dict[tuple[int, dt.date], dt.date] = {}  # (contract, month): its cap period
    by_period: dict[tuple[int, dt.date], list[PenaltyShare]] = defaultdict(list)
    for share in shares:
        key = share.contract_id, share.month
        if key not in cap_periods:
            cap_periods[key] = rules.cap_period(share.month, bases[share.contract_id],
                                                contracts[share.contract_id].start_date)
        by_period[share.contract_id, cap_periods[key]].append(share)
    capped = []
    for (contract_id, _start), group in by_period.items():
        terms = contracts[contract_id]
        cap = rules.cap_amount(terms.annual_amount, terms.penalty_cap_percent,
                               bases[contract_id])
        by_month: dict[dt.date, float] = {}  # each month's total, summed in the group's order
        for share in group:
            by_month[share.month] = by_month.get(share.month, 0) + share.before_cap
        months = sorted(by_month)
        totals = [by_month[month] for month in months]
        ratios = {month: (owed / total if total else 0.0) for month, owed, total in
                  zip(months, rules.owed_in_order(totals, cap), totals, strict=True)}
        capped += [share._replace(owed=share.before_cap * ratios[share.month])
                   for share in group]
    return sorted(capped, key=attrgetter("month", "period", "contract_id", "indicator_id"))


def owed_by(shares: Iterable[PenaltyShare], key: str) -> dict[Any, float]:
    """The owed amounts summed by one field of the shares ("indicator_id", "contract_id",
    "period"…), keys in the order they first appear."""
    totals: dict[Any, float] = {}
    for share in shares:
        totals[getattr(share, key)] = totals.get(getattr(share, key), 0.0) + share.owed
    return totals


# -- the penalty rule in words ----------------------------------------------------------------

_FEES = {Frequency.WEEKLY: "hebdomadaire", Frequency.MONTHLY: "mensuelle",
         Frequency.QUARTERLY: "trimestrielle"}
_PERIODS = {Frequency.WEEKLY: "semaine", Frequency.MONTHLY: "mois",
            Frequency.QUARTERLY: "trimestre"}
#: What one point of gap is, by unit: « … par heure (toute fraction comptée) ».
_STEPS = {"%": "point", "h": "heure", "j": "jour", "min": "minute", "s": "seconde",
          "€": "euro"}
_CAP_PERIODS = {PenaltyCapBasis.MONTHLY_FEE: "par mois",
                PenaltyCapBasis.ANNUAL_AMOUNT: "par année contractuelle"}


def describe_penalty_rule(indicator: Any, contract: Any) -> str:
    """The penalty rule as one French sentence built from the fields, to check against the
    contract's wording: « 1 % de la redevance mensuelle par point (toute fraction comptée)
    sous l'objectif de 98 %, au-delà de la tolérance de 95 % ; plafond : 10 % du montant
    annuel par année contractuelle ».

    `indicator` and `contract` give their fields by column name, as mappings (a form's
    values) or attributes (a row): penalty_kind, penalty_amount, penalty_percent,
    contractual, target, alert_threshold, direction, unit, frequency; has_penalty_clause,
    penalty_cap_percent, penalty_cap_basis. When nothing can be owed, the sentence says why
    (« Aucune pénalité : le contrat n'a pas de clause de pénalités »).
    """
    why_none = _no_penalty_reason(indicator, contract)
    if why_none:
        return tr("penalties", "Aucune pénalité : {reason}").format(reason=why_none)
    frequency = Frequency(_field(indicator, "frequency") or Frequency.MONTHLY)
    if PenaltyKind(_field(indicator, "penalty_kind")) is PenaltyKind.FIXED:
        cost = tr("penalties", "{amount} par {period}").format(
            amount=format_money(_field(indicator, "penalty_amount")),
            period=tr("penalties", _PERIODS[frequency]))
    else:
        unit = _field(indicator, "unit") or ""
        step = _STEPS.get(unit, "point" if not unit or unit.startswith("/") else "unité")
        cost = tr("penalties", "{percent} de la redevance {fee} par {step} (toute fraction "
                               "comptée)").format(
            percent=format_percent(_field(indicator, "penalty_percent"), None),
            fee=tr("penalties", _FEES[frequency]), step=tr("penalties", step))
    return f"{cost} {_beyond_target(indicator)} ; {_cap_words(contract)}"


def describe_cap(contract: Any) -> str:
    """A contract's penalty cap in words, with what it comes to: « Plafond : 10 % du
    montant annuel par année contractuelle, soit 12 000,00 € », « Sans plafond », or why no
    penalty is owed at all. `contract` gives its fields by column name, as above."""
    if not _field(contract, "has_penalty_clause"):
        return tr("penalties", "Aucune pénalité : le contrat n'a pas de clause de pénalités")
    words = _cap_words(contract)
    cap = rules.cap_amount(_field(contract, "annual_amount") or 0.0,
                           _field(contract, "penalty_cap_percent"),
                           PenaltyCapBasis(_field(contract, "penalty_cap_basis")
                                           or PenaltyCapBasis.MONTHLY_FEE))
    if cap is not None:
        words = tr("penalties", "{cap}, soit {amount}").format(cap=words,
                                                               amount=format_money(cap))
    return words[:1].upper() + words[1:]


def _field(values: Any, name: str) -> Any:
    if isinstance(values, Mapping):
        return values.get(name)
    return getattr(values, name, None)


def _no_penalty_reason(indicator: Any, contract: Any) -> str:
    if not _field(contract, "has_penalty_clause"):
        return tr("penalties", "le contrat n'a pas de clause de pénalités")
    if not _field(indicator, "contractual"):
        return tr("penalties", "l'indicateur n'est pas contractuel")
    kind = PenaltyKind(_field(indicator, "penalty_kind") or PenaltyKind.NONE)
    if kind is PenaltyKind.NONE:
        return tr("penalties", "aucune règle de pénalité n'est choisie")
    amount = "penalty_amount" if kind is PenaltyKind.FIXED else "penalty_percent"
    if not _field(indicator, amount):
        return tr("penalties", "le montant de la pénalité n'est pas indiqué")
    return ""


def _beyond_target(indicator: Any) -> str:
    """« sous l'objectif de 98 %, au-delà de la tolérance de 95 % » (or « au-dessus de »)."""
    unit = _field(indicator, "unit") or ""
    target, threshold = _field(indicator, "target"), _field(indicator, "alert_threshold")
    direction = Direction(_field(indicator, "direction") or Direction.HIGHER_IS_BETTER)
    higher = direction is Direction.HIGHER_IS_BETTER
    text = tr("penalties", "sous l'objectif") if higher else tr(
        "penalties", "au-dessus de l'objectif")
    if target is None:
        return text
    text += " " + tr("penalties", "de {target}").format(target=format_value(target, unit))
    if threshold is not None and (threshold < target if higher else threshold > target):
        text += ", " + tr("penalties", "au-delà de la tolérance de {threshold}").format(
            threshold=format_value(threshold, unit))
    return text


def _cap_words(contract: Any) -> str:
    """« plafond : 10 % du montant annuel par année contractuelle », or « sans plafond »."""
    percent = _field(contract, "penalty_cap_percent")
    if percent is None:
        return tr("penalties", "sans plafond")
    basis = PenaltyCapBasis(_field(contract, "penalty_cap_basis") or
                            PenaltyCapBasis.MONTHLY_FEE)
    return tr("penalties", "plafond : {percent} {basis} {period}").format(
        percent=format_percent(percent, None), basis=tr("penalties", basis.label),
        period=tr("penalties", _CAP_PERIODS[basis]))
