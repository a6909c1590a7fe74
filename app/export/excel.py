"""A table to an Excel workbook (openpyxl, loaded when first needed; no Qt).

Cells are typed as a spreadsheet user expects: dates as dates (dd/mm/yyyy), amounts as
numbers in euros, percentages as percentages (a value of 98.5 means 98,5 % and is written
0.985), counts as whole numbers. The header row holds the French column titles, is frozen
and filtered, and every column is as wide as its content. A text that looks like a formula
(« =… ») stays a text: a workbook exported from a client file never computes anything.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app import clock
from app.i18n import tr

#: Number formats by kind of column (format codes are locale-free: Excel and LibreOffice
#: show them with the reader's separators, « 1 234,50 € » in French).
FORMATS = {
    "date": "DD/MM/YYYY",
    "integer": "#,##0",
    "number": "General",
    "money": '#,##0.00 "€"',
    "percent": "0.0 %",
    "text": "@",
}
KINDS = tuple(FORMATS)
HEADER_FILL = "EEF2F6"
MIN_WIDTH, MAX_WIDTH = 6, 60
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class ExportColumn:
    """A column of the exported table: its French title and the kind of its values."""

    header: str
    kind: str = "text"


@dataclass(frozen=True)
class TypedValue:
    """A cell whose kind differs from its column's (a grid mixing %, hours and euros), with
    an optional background (hex RGB) and note (an Excel comment)."""

    value: Any
    kind: str = "text"
    fill: str | None = None
    note: str = ""


def write_table(target: Path | IO[bytes], title: str, columns: Sequence[ExportColumn],
                rows: Iterable[Sequence[Any]]) -> int:
    """Write `rows` under `columns` to a new workbook at `target` (a path or a binary
    stream); returns the number of rows written."""
    from openpyxl import Workbook

    for column in columns:
        if column.kind not in FORMATS:
            raise ValueError(f"unknown column kind: {column.kind}")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title(title)
    workbook.properties.creator = "Vigie"
    workbook.properties.title = title
    workbook.properties.created = clock.now()
    widths = _write_header(sheet, columns)
    count = 0
    for count, row in enumerate(rows, start=1):
        for number, (column, value) in enumerate(zip(columns, row, strict=True), start=1):
            width = _write_cell(sheet.cell(row=count + 1, column=number), value, column.kind)
            widths[number - 1] = max(widths[number - 1], width)
    _finish(sheet, widths, count)
    workbook.save(target)
    return count


def sheet_title(title: str) -> str:
    """A valid sheet name: no []:*?/\\, at most 31 characters."""
    cleaned = _SHEET_FORBIDDEN.sub(" ", title).strip() or tr("excel", "Tableau")
    return cleaned[:31]


def _write_header(sheet: Any, columns: Sequence[ExportColumn]) -> list[int]:
    from openpyxl.styles import Alignment, Font, PatternFill

    fill = PatternFill("solid", fgColor=HEADER_FILL)
    widths = []
    for number, column in enumerate(columns, start=1):
        header = " ".join(column.header.split())  # « Contrats\nactifs » on one line
        cell = sheet.cell(row=1, column=number, value=header)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
        widths.append(len(header) + 3)  # room for the filter button
    return widths


def _write_cell(cell: Any, value: Any, kind: str) -> int:
    """Write one typed value; returns the width its text takes, in characters."""
    fill, note = None, ""
    if isinstance(value, TypedValue):
        value, kind, fill, note = value.value, value.kind, value.fill, value.note
    if value is None or value == "":
        _decorate(cell, fill, note)
        return 0
    if kind == "percent":
        cell.value = round(float(value) / 100, 12)  # 99.85 → 0.9985, not 0.99849…
    elif kind in ("money", "number", "integer") and isinstance(value, int | float):
        cell.value = int(value) if kind == "integer" else float(value)
    elif kind == "date" and isinstance(value, dt.date):
        cell.value = value
    else:
        kind = "text"
        cell.value = str(value)
        cell.data_type = "s"  # never a formula, even when it starts with « = »
    cell.number_format = FORMATS[kind]
    _decorate(cell, fill, note)
    return _shown_width(value, kind)


def _decorate(cell: Any, fill: str | None, note: str) -> None:
    if fill:
        from openpyxl.styles import PatternFill

        cell.fill = PatternFill("solid", fgColor=fill)
    if note:
        from openpyxl.comments import Comment

        cell.comment = Comment(note, "Vigie")


def _shown_width(value: Any, kind: str) -> int:
    if kind == "date":
        return 10
    if kind == "percent":
        return len(f"{float(value):,.1f}") + 2
    if kind == "money":
        return len(f"{float(value):,.2f}") + 2
    if kind in ("number", "integer"):
        return len(f"{float(value):,.3f}".rstrip("0").rstrip("."))
    return max((len(line) for line in str(value).splitlines()), default=0)


def _finish(sheet: Any, widths: list[int], count: int) -> None:
    from openpyxl.utils import get_column_letter

    for number, width in enumerate(widths, start=1):
        letter = get_column_letter(number)
        sheet.column_dimensions[letter].width = min(MAX_WIDTH, max(MIN_WIDTH, width + 2))
    sheet.freeze_panes = "A2"
    if widths:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{count + 1}"
