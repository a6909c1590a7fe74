"""The demo client file: a realistic, French, deterministic portfolio to pilot.

`generate(path)` writes a complete client file: four suppliers (infogérance and service
desk, régie, TMA, SaaS editor), eight contracts (one ended by its term 12 days ago, one
with its end agreed, one without a penalty clause, one capped on its annual amount), 31
indicators with 24 monthly measurements each (741 in all, three months missing on
purpose), two years of invoices (a disputed one, a credit note), a year of committees with
their actions, and a reversibility plan. Every date is placed relative to `today`, so every
alert of the dashboard shows whenever the file is built. The same (seed, scale, today)
always gives the same file.

`scale=N` makes N copies of the portfolio (suppliers " 2", " 3"…, contract references
"-002"…) sharing the client's own contacts. **`scale=270` gives 200,070 measurements**
(DESIGN "Scale"; 1,080 suppliers, 1,890 contracts, 8,370 indicators, 16,200 actions) and
builds in 7–10 s on a 2-core machine (`benchmarks/run.py`): rows are generated in Python
and bulk-inserted with SQLAlchemy Core, fifty copies per transaction.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import sqlalchemy as sa
from dateutil.relativedelta import relativedelta
from sqlmodel import Session

from app import clock
from app.demo import catalog, governance
from app.demo.portfolio import (
    MONTHS_OF_HISTORY,
    ContractInfo,
    Ids,
    Portfolio,
    first_of_month,
)
from app.models import (
    ClientProfile,
    Contact,
    Contract,
    Indicator,
    Invoice,
    Measurement,
    Supplier,
)
from app.models.enums import Frequency, InvoiceStatus, MeasurementSource, PenaltyKind, Side
from app.services import rules
from app.services.rules import MeasureStatus
from app.storage.document import create
from app.storage.engine import connect_read_only

DEFAULT_CLIENT = "Groupe Hexagone Distribution"
COPIES_PER_TRANSACTION = 50
#: Measurements in one copy of the portfolio.
MEASUREMENTS_PER_COPY = (
    sum(len(c.indicators) for c in catalog.CONTRACTS) * MONTHS_OF_HISTORY
    - sum(len(catalog.GAP_MONTHS) for c in catalog.CONTRACTS for i in c.indicators
          if i.profile == catalog.GAPS)
)


def scale_for(measurements: int) -> int:
    """The smallest scale whose demo file holds at least `measurements` measurements."""
    return max(1, -(-measurements // MEASUREMENTS_PER_COPY))


def generate(
    path: Path,
    *,
    scale: int = 1,
    seed: int = 2026,
    today: dt.date | None = None,
    client_name: str = DEFAULT_CLIENT,
) -> None:
    """Write a demo client file at `path` (replacing it), `scale` copies of the portfolio."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    today = today or clock.today()
    document = create(Path(path), client_name, overwrite=True)
    try:
        ids = Ids()
        with document.session() as session:
            clients = _client_contacts(session, ids, random.Random(f"vigie-demo:{seed}:0"))
            _set_profile(session, today, seed)
        for first in range(1, scale + 1, COPIES_PER_TRANSACTION):
            with document.session() as session:
                for copy in range(first, min(first + COPIES_PER_TRANSACTION, scale + 1)):
                    rng = random.Random(f"vigie-demo:{seed}:{copy}")
                    portfolio = Portfolio(rng, today, copy, ids, clients)
                    build_portfolio(portfolio)
                    portfolio.insert(session)
        document.save()
    except BaseException:
        document.close(save=False)
        raise
    document.close()


def count_rows(path: Path) -> dict[str, int]:
    """Rows per table of a written client file, read without opening it as a document."""
    connection = connect_read_only(Path(path))
    try:
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in ("supplier", "contract", "indicator", "measurement", "invoice",
                          "committee", "action")
        }
    except sqlite3.Error:
        return {}
    finally:
        connection.close()


# -- identifiers and French numbers ------------------------------------------------------


def luhn_check_digit(payload: str) -> str:
    """The digit that makes `payload + digit` pass the Luhn check (SIREN, SIRET)."""
    total = 0
    for position, char in enumerate(reversed(payload)):
        digit = int(char) * (2 if position % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return str(-total % 10)


def new_siren(rng: random.Random) -> str:
    """A random, Luhn-valid SIREN (9 digits)."""
    payload = str(rng.randint(3, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return payload + luhn_check_digit(payload)


def new_siret(siren: str, rng: random.Random) -> str:
    """A Luhn-valid SIRET of a head office of `siren` (SIREN + 5-digit NIC)."""
    payload = f"{siren}000{rng.randint(1, 9)}"
    return payload + luhn_check_digit(payload)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalnum() and c.isascii()).lower()


def _phone(prefix: str, rng: random.Random) -> str:
    return prefix + "".join(f" {rng.randint(10, 99)}" for _ in range(3))


def _person(rng: random.Random, role: str) -> tuple[str, str, str, str]:
    """A random person: full name, e-mail parts, and the role in the right gender."""
    feminine = rng.random() < 0.45
    first = rng.choice(catalog.FEMALE_NAMES if feminine else catalog.MALE_NAMES)
    last = rng.choice(catalog.LAST_NAMES)
    forms = role.split("|")
    return f"{first} {last}", _ascii(first), _ascii(last), forms[-1 if feminine else 0]


# -- building one copy -----------------------------------------------------------------


def build_portfolio(portfolio: Portfolio) -> None:
    """Queue every row of one copy of the portfolio."""
    _suppliers(portfolio)
    _contracts(portfolio)
    _indicators(portfolio)
    _invoices(portfolio)
    governance.build(portfolio)


def _client_contacts(session: Session, ids: Ids, rng: random.Random) -> dict[str, int]:
    contacts = {}
    rows = []
    for role_forms, key in catalog.CLIENT_ROLES:
        name, first, last, role = _person(rng, role_forms)
        contacts[key] = ids.take("contact")
        rows.append(dict(
            id=contacts[key], supplier_id=None, name=name, role=role,
            email=f"{first}.{last}@hexagone-distribution.fr", phone=_phone("04 78", rng),
            side=Side.CLIENT, notes="",
        ))
    session.execute(sa.insert(Contact.__table__), rows)
    return contacts


def _set_profile(session: Session, today: dt.date, seed: int) -> None:
    profile = session.get(ClientProfile, 1)
    assert profile is not None
    profile.created_at = dt.datetime.combine(today - relativedelta(years=2), dt.time(9, 0))
    profile.notes = (
        f"Fichier de démonstration généré par Vigie (graine {seed}) : les noms, "
        "numéros et chiffres sont fictifs."
    )


def _suppliers(p: Portfolio) -> None:
    for spec in catalog.SUPPLIERS:
        siren = new_siren(p.rng)
        name = spec.name if p.copy == 1 else f"{spec.name} {p.copy}"
        p.supplier_names[spec.key] = name
        p.suppliers[spec.key] = p.add(
            Supplier, name=name, siren=siren, siret=new_siret(siren, p.rng),
            address=spec.address, website=f"https://www.{spec.domain}",
            certifications=spec.certifications, notes=spec.notes,
        )
        count = min(len(spec.roles), p.rng.randint(2, 4))
        p.supplier_contacts[spec.key] = [
            p.add(Contact, supplier_id=p.suppliers[spec.key], name=name, role=role,
                  email=f"{first}.{last}@{spec.domain}",
                  phone=_phone(spec.phone_prefix, p.rng), side=Side.SUPPLIER, notes="")
            for name, first, last, role in (_person(p.rng, r) for r in spec.roles[:count])
        ]


def contract_dates(spec: catalog.ContractSpec, today: dt.date) -> tuple[dt.date, dt.date]:
    """Start and current term end of a contract, placed from its anchor relative to today."""
    anchor = today + dt.timedelta(days=spec.anchor_days)
    anchor = anchor.replace(day=min(anchor.day, 28))  # month arithmetic stays exact
    term_end = anchor
    if spec.anchor == "deadline":
        term_end = anchor + relativedelta(months=spec.notice_months)
    return term_end - relativedelta(months=spec.months_to_term_end), term_end


def _contracts(p: Portfolio) -> None:
    for spec in catalog.CONTRACTS:
        start, end = contract_dates(spec, p.today)
        # notice given: the contract ends with its current term (an end agreed, to come)
        ended_on = end - rules.ONE_DAY if spec.planned_end else None
        supplier = next(s for s in catalog.SUPPLIERS if s.key == spec.supplier)
        reference = f"HX-{supplier.invoice_prefix}-{spec.stem}-{start.year}{p.suffix('-')}"
        contract_id = p.add(
            Contract, supplier_id=p.suppliers[spec.supplier], reference=reference,
            title=spec.title, kind=spec.kind, commitment=spec.commitment, scope=spec.scope,
            start_date=start, initial_duration_months=spec.initial_months,
            renewal=spec.renewal, renewal_period_months=spec.renewal_months,
            notice_period_months=spec.notice_months, annual_amount=spec.annual_amount,
            annual_budget=round(spec.annual_amount * spec.budget_factor, -2),
            daily_rate=spec.daily_rate, unit_price=spec.unit_price,
            penalty_cap_percent=spec.penalty_cap, penalty_cap_basis=spec.cap_basis,
            has_evolution_clause="e" in spec.clauses,
            has_reversibility_clause="r" in spec.clauses,
            has_penalty_clause="p" in spec.clauses,
            status=spec.status, ended_on=ended_on, notes=spec.notes,
        )
        p.contracts.append(ContractInfo(contract_id, spec, p.suppliers[spec.supplier],
                                        start, end))


def _indicators(p: Portfolio) -> None:
    months = p.months
    for contract in p.contracts:
        for spec in contract.spec.indicators:
            indicator_id = p.add(
                Indicator, contract_id=contract.id, code=spec.code, name=spec.name,
                description=spec.description, category=spec.category, unit=spec.unit,
                direction=spec.direction, target=spec.target, alert_threshold=spec.threshold,
                frequency=Frequency.MONTHLY, contractual=spec.penalty is not PenaltyKind.NONE,
                penalty_kind=spec.penalty,
                penalty_amount=spec.penalty_value if spec.penalty is PenaltyKind.FIXED else None,
                penalty_percent=(spec.penalty_value if spec.penalty is PenaltyKind.PERCENT
                                 else None),
                measured_side=spec.side,
            )
            values = _series(spec, p.rng, months, contract.spec)
            p.indicators.append((contract, spec, values))
            source = (MeasurementSource.IMPORTED if contract.spec.supplier == "armor"
                      and spec.side is Side.SUPPLIER else MeasurementSource.ENTERED)
            for period, value in zip(months, values, strict=True):
                if value is not None:
                    p.add(Measurement, indicator_id=indicator_id, period=period, value=value,
                          comment=_comment(spec, value, p.rng), source=source)


def _series(spec: catalog.IndicatorSpec, rng: random.Random, months: list[dt.date],
            contract: catalog.ContractSpec) -> list[float | None]:
    last = len(months) - 1
    values: list[float | None] = []
    for i, period in enumerate(months):
        if spec.profile == catalog.TJM:
            value = invoiced_tjm(contract, period, months[-1])
        elif spec.profile == catalog.TREND_DOWN:
            value = spec.good + (spec.bad - spec.good) * (i / last) ** 2
            value += rng.gauss(0, spec.noise / 2)
        elif spec.profile in (catalog.NOISY, catalog.NOISY_BREACH_LAST):
            value = _noisy(spec, rng)
        else:
            value = spec.good + rng.gauss(0, spec.noise)
            if rng.random() < 0.04:
                value = spec.bad + rng.gauss(0, spec.noise)
        if spec.profile in (catalog.BREACH_LAST, catalog.NOISY_BREACH_LAST) and i == last:
            value = spec.bad
        values.append(None if spec.profile == catalog.GAPS and i in catalog.GAP_MONTHS
                      else round(_clamp(spec, value), spec.decimals))
    return values


def _noisy(spec: catalog.IndicatorSpec, rng: random.Random) -> float:
    draw = rng.random()
    if draw < 0.8:
        return spec.good + rng.gauss(0, spec.noise)
    if draw < 0.93:
        # in the warning band, between the alert threshold and the target
        return spec.threshold + (spec.target - spec.threshold) * rng.uniform(0.1, 0.9)
    return spec.bad + rng.gauss(0, spec.noise)


def _clamp(spec: catalog.IndicatorSpec, value: float) -> float:
    high = {"%": 100.0, "/5": 5.0}.get(spec.unit, float("inf"))
    low = 1.0 if spec.unit == "/5" else 0.0
    return min(high, max(low, value))


def _comment(spec: catalog.IndicatorSpec, value: float, rng: random.Random) -> str:
    if spec.status(value) is MeasureStatus.BREACHED and spec.side is Side.SUPPLIER:
        return rng.choice(catalog.BREACH_COMMENTS)
    return rng.choice(catalog.NORMAL_COMMENTS)


def invoiced_tjm(contract: catalog.ContractSpec, period: dt.date, last: dt.date) -> float:
    """The TJM invoiced for `period`: the contractual one, creeping up for nine months."""
    rate = contract.daily_rate or 0.0
    months_ago = (last.year - period.year) * 12 + last.month - period.month
    if not contract.tjm_drift or months_ago >= 9:
        return rate
    return round(rate * (1 + 0.0085 * (9 - months_ago)))


def _invoices(p: Portfolio) -> None:
    first, last = dt.date(p.today.year - 1, 1, 1), p.months[-1]
    disputed = last - relativedelta(months=2)
    prefixes = {s.key: s.invoice_prefix for s in catalog.SUPPLIERS}
    for contract in p.contracts:
        spec = contract.spec
        # An ended contract draws from a generator of its own: adding it to the catalogue
        # left every other figure of the demo as it was.
        rng = random.Random(f"vigie-demo:{spec.stem}:{p.copy}") if spec.ended else p.rng
        for period in _month_range(max(first, first_of_month(contract.start)), last):
            if period >= contract.end:
                break
            amount, days = _invoice_amount(spec, period, last, rng)
            status = InvoiceStatus.RECEIVED if period == last else InvoiceStatus.VALIDATED
            if spec.tjm_drift and period == disputed:
                status = InvoiceStatus.DISPUTED
            reference = f"F{prefixes[spec.supplier]}{period:%y%m}-{rng.randint(1000, 9999)}"
            p.add(Invoice, contract_id=contract.id, period=period, amount=amount,
                  days_billed=days, reference=reference, status=status)
            if spec.credit_note and period == disputed:
                p.add(Invoice, contract_id=contract.id, period=period,
                      amount=-spec.credit_note, days_billed=None,
                      reference=f"AV{prefixes[spec.supplier]}{period:%y%m}-01",
                      status=InvoiceStatus.VALIDATED)


def _invoice_amount(spec: catalog.ContractSpec, period: dt.date, last: dt.date,
                    rng: random.Random) -> tuple[float, float | None]:
    if spec.billing == "days":
        per_person = {8: 11, 12: 16}.get(period.month, 19)
        days = sum(per_person + rng.randint(-2, 1) for _ in range(spec.team_size))
        return round(days * invoiced_tjm(spec, period, last), 2), float(days)
    if spec.billing == "units":
        return round(rng.randint(52, 78) * (spec.unit_price or 0.0), 2), None
    monthly = spec.annual_amount / 12
    if spec.kind == "saas":
        return round(monthly, 2), None
    return round(monthly * rng.uniform(0.98, 1.04), 2), None


def _month_range(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    period = first
    while period <= last:
        yield period
        period += relativedelta(months=1)
