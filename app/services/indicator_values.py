"""What a value of an indicator may be, and how it reads: bounds per unit, a typed value
checked, the unit shown on an axis. Pure functions over plain values (no session).

Bounds, chosen here:
- « % »: from 0 to 100, except where more than 100 % makes sense: a budget indicator, a
  lower-is-better one whose target is 100 % or more (consumption against plan), or one
  whose alert threshold is above 100 %;
- « /N » (a mark out of N, « /5 »): from 0 to N;
- durations, days, amounts and counts (« h », « min », « j », « € »…): not below 0;
- any other unit: no bound.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.i18n import tr
from app.models.enums import Direction, Frequency, IndicatorCategory
from app.services.formatting import format_number, format_period, format_value
from app.services.parsing import parse_french_number
from app.services.periods import period_start

_OUT_OF = re.compile(r"/\s*(\d+(?:[.,]\d+)?)")
#: Units that cannot go below zero (durations, days, amounts, counts).
_NOT_NEGATIVE = {"h", "min", "s", "j", "jours", "€", "k€", "nb", "nombre", "tickets"}


@dataclass(frozen=True)
class Bounds:
    """The range a value of an indicator must fall in (None: open on that side)."""

    low: float | None = None
    high: float | None = None

    def error(self, value: float, unit: str) -> str | None:
        """Why `value` is out of these bounds, in French, or None."""
        if self.low is not None and value < self.low:
            return tr("indicators", "Une valeur en {unit} ne peut pas être inférieure à "
                                    "{low}.").format(unit=unit, low=format_number(self.low))
        if self.high is not None and value > self.high:
            return tr("indicators", "Une valeur en {unit} ne peut pas dépasser "
                                    "{high}.").format(unit=unit, high=format_number(self.high))
        return None


def out_of(unit: str) -> float | None:
    """N for a mark « /N » (5 for « /5 »), else None."""
    found = _OUT_OF.fullmatch(unit.strip())
    return float(found.group(1).replace(",", ".")) if found else None


def bounds(unit: str, category: IndicatorCategory, direction: Direction, target: float,
           threshold: float | None) -> Bounds:
    """The bounds of the values of an indicator (see the module's docstring)."""
    unit = unit.strip()
    if unit == "%":
        open_top = (category is IndicatorCategory.BUDGET
                    or (threshold is not None and threshold > 100)
                    or (direction is Direction.LOWER_IS_BETTER and target >= 100))
        return Bounds(0.0, None if open_top else 100.0)
    mark = out_of(unit)
    if mark is not None:
        return Bounds(0.0, mark)
    if unit.lower() in _NOT_NEGATIVE:
        return Bounds(0.0, None)
    return Bounds()


@dataclass(frozen=True)
class ValueContext:
    """What checking a typed value needs to know of its indicator and contract."""

    unit: str
    category: IndicatorCategory
    direction: Direction
    target: float
    alert_threshold: float | None
    frequency: Frequency
    contract_start: dt.date | None = None


def check_value(text: str, context: ValueContext, period: dt.date, today: dt.date) -> float:
    """The value typed for `period`, checked; raises ValueError with the French reason:
    not a number, a « % » on an indicator measured in another unit, out of its bounds, a
    period that has not started yet, or before its contract started."""
    value = parse_french_number(text)
    unit = context.unit.strip()
    if value.percent and unit != "%":
        raise ValueError(tr("indicators", "Cet indicateur se mesure en {unit}, pas en "
                                          "%.").format(unit=unit or tr("indicators",
                                                                       "nombre")))
    if period_start(period, context.frequency) > today:
        raise ValueError(tr("indicators", "La période {period} n'a pas commencé : elle ne "
                                          "peut pas encore être mesurée.").format(
            period=format_period(period, context.frequency)))
    start = context.contract_start
    if start is not None and period_start(start, context.frequency) > period:
        raise ValueError(tr("indicators", "Le contrat n'avait pas commencé en {period} "
                                          "(début le {start}).").format(
            period=format_period(period, context.frequency), start=f"{start:%d/%m/%Y}"))
    problem = bounds(unit, context.category, context.direction, context.target,
                     context.alert_threshold).error(value, unit or "nombre")
    if problem:
        raise ValueError(problem)
    return float(value)


def target_text(direction: Direction, target: float, unit: str) -> str:
    """« ≥ 99,5 % » or « ≤ 4 h »."""
    sign = "≥" if direction is Direction.HIGHER_IS_BETTER else "≤"
    return f"{sign} {format_value(target, unit)}"



def export_kind(unit: str) -> str:
    """How a spreadsheet types a value of this unit: "percent", "money" or "number"."""
    unit = unit.strip()
    return "percent" if unit == "%" else "money" if unit == "€" else "number"
