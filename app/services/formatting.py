"""French formatting of dates, amounts, percentages and periods, shared by UI and exports."""

from __future__ import annotations

import datetime as dt

from app.models.enums import Frequency

#: French typography groups thousands and sets "€" and "%" apart with a narrow no-break space.
NNBSP = "\u202f"


def format_date(day: dt.date | None) -> str:
    """31/12/2026 (an empty string for no date)."""
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


#: French month names, lower case as written inside a sentence or a title
MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre")


def format_month(day: dt.date) -> str:
    """« novembre 2026 »: the month of `day` in words."""
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


def format_datetime(moment: dt.datetime | None) -> str:
    """31/12/2026 14:30 (an empty string for no date)."""
    return "" if moment is None else f"{format_date(moment)} {moment:%H:%M}"


def format_number(value: float | None, decimals: int | None = None) -> str:
    """12 345,5: a decimal comma and grouped thousands; `None` decimals trims zeros (≤ 2)."""
    if value is None:
        return ""
    digits = 2 if decimals is None else decimals
    if round(value, digits) == 0:
        value = 0.0  # no "-0,00"
    text = f"{value:,.{digits}f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", NNBSP).replace(".", ",")


def plural(count: float, singular: str, plural_form: str | None = None) -> str:
    """« 0 jour », « 1 jour », « 2 jours », « 1 500 contrats »: the count and its noun, in
    the singular below 2 as French has it (`plural_form` for nouns not ending in -s)."""
    word = singular if abs(count) < 2 else (plural_form or f"{singular}s")
    return f"{format_number(count)} {word}"


def format_size(size: int) -> str:
    """A size as a French user reads it: 812 o, 12 Ko, 3,4 Mo, 1,2 Go."""
    if size < 1024:
        return f"{size} o"
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, 0)} Ko"
    if size < 1024 ** 3:
        return f"{format_number(size / 1024 / 1024, 1)} Mo"
    return f"{format_number(size / 1024 ** 3, 1)} Go"


def format_money(amount: float | None) -> str:
    """12 345,67 € (always two decimals)."""
    return "" if amount is None else f"{format_number(amount, 2)}{NNBSP}€"


def format_percent(value: float | None, decimals: int | None = 1) -> str:
    """98,5 % (an empty string for no value)."""
    return "" if value is None else f"{format_number(value, decimals)}{NNBSP}%"


def format_value(value: float | None, unit: str) -> str:
    """A measured value with its unit: 98,5 %, 4 h, 3,5/5, 12."""
    if value is None:
        return ""
    number = format_number(value)
    if not unit or unit.startswith("/"):  # "12", "4/5"
        return number + unit
    return f"{number}{NNBSP}{unit}"


def format_period(start: dt.date, frequency: Frequency) -> str:
    """10/2026, T4 2026 or « semaine du 12/10/2026 »."""
    if frequency is Frequency.WEEKLY:
        return f"semaine du {format_date(start)}"
    if frequency is Frequency.QUARTERLY:
        return f"T{(start.month - 1) // 3 + 1} {start.year}"
    return f"{start.month:02d}/{start.year}"


def format_days_from(day: dt.date, today: dt.date) -> str:
    """« aujourd'hui », « demain », « dans 37 jours », « il y a 3 jours »."""
    days = (day - today).days
    if days == 0:
        return "aujourd'hui"
    if days == 1:
        return "demain"
    if days == -1:
        return "hier"
    if days > 0:
        return f"dans {days} jours"
    return f"il y a {-days} jours"


WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def format_long_date(day: dt.date | None) -> str:
    """« mardi 1er décembre 2026 », « jeudi 10 décembre 2026 » (empty for no date)."""
    if day is None:
        return ""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{WEEKDAY_NAMES[day.weekday()]} {number} {MONTH_NAMES[day.month - 1]} {day.year}"
