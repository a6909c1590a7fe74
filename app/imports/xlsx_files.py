"""Excel reports (.xlsx) through openpyxl, as Excel stores their cells.

A percent-formatted number comes as stored (0.985) and flagged `percent`; a date cell as a
date. A formula comes with the result the spreadsheet saved with it; a workbook written by
a program that computes nothing has none, and the cell keeps its formula so that the line
can say so. Merged blocks are filled with their value (a contract merged down its lines)
and kept, so that a header merged across columns can be refused. openpyxl guards against
XML bombs through defusedxml, which Vigie installs.

Sheets are read in openpyxl's read-only mode (a 10,000-line sheet in a third of the time of
the normal mode, which builds an object per row). That mode does not report merged cells:
they are read from the sheet's part of the workbook (`merged_ranges`).
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter, range_boundaries

from app.i18n import tr
from app.imports.reports import (
    EMPTY,
    Cell,
    CellRange,
    Report,
    ReportRefused,
    ReportRow,
    SheetTest,
)

#: Quoted text and escaped characters of a number format: a literal "%" is no percentage.
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.')
#: A merged block in a sheet's XML, whatever the namespace prefix (<mergeCell ref="C1:D1"/>).
_MERGE = re.compile(rb"""<(?:\w+:)?mergeCell\s[^>]*?\bref\s*=\s*["']([A-Z]+\d+:[A-Z]+\d+)["']""")
_RELATIONSHIP = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
PREFERENCE_ROWS = 30


def read_workbook(path: Path, data: bytes, sheet: str | None, prefer: SheetTest | None
                  ) -> Report:
    """The rows of one sheet of the workbook `data` read from `path`; raises ReportRefused."""
    workbook = _load(path, data, data_only=False)
    try:
        visible = [ws.title for ws in workbook.worksheets if ws.sheet_state == "visible"]
        names = tuple(visible or workbook.sheetnames)
        if sheet is not None and sheet not in workbook.sheetnames:
            raise ReportRefused(tr("reports", "Le classeur « {name} » n'a pas de feuille "
                                   "« {sheet} » (feuilles : {sheets}).").format(
                name=path.name, sheet=sheet, sheets=", ".join(names)))
        chosen = sheet or _preferred(workbook, names, prefer)
        rows, formulas = _rows(workbook[chosen])
    finally:
        workbook.close()
    if formulas:
        rows = _with_saved_results(path, data, chosen, rows, formulas)
    merged = merged_ranges(data, chosen)
    return Report(path, "xlsx", tuple(_fill_merged(rows, merged)), sheet=chosen, sheets=names,
                  merged=merged)


def _load(path: Path, data: bytes, *, data_only: bool) -> Any:
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unsupported extensions, data validation…
            # From memory: openpyxl refuses a path whose name does not end in .xlsx.
            return load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except Exception:  # any parser failure on a received file is a damaged file
        raise _damaged(path) from None


def _damaged(path: Path) -> ReportRefused:
    return ReportRefused(tr("reports", "« {name} » est un classeur Excel illisible ou "
                            "endommagé ; ouvrez-le dans Excel et enregistrez-le à "
                            "nouveau.").format(name=path.name))


def _preferred(workbook: Any, names: tuple[str, ...], prefer: SheetTest | None) -> str:
    """The first sheet that passes `prefer`, else the first that holds a table (a row of
    three cells or more), else the first."""
    if len(names) == 1:
        return names[0]
    firsts = {name: _rows(workbook[name], max_row=PREFERENCE_ROWS)[0] for name in names}
    for test in (prefer, _tabular):
        for name in names:
            if test is not None and test(firsts[name]):
                return name
    return names[0]


def _tabular(rows: list[ReportRow]) -> bool:
    return any(sum(not cell.empty for cell in row.cells) >= 3 for row in rows)


def _rows(worksheet: Any, max_row: int | None = None
          ) -> tuple[list[ReportRow], dict[tuple[int, int], str]]:
    """The rows of a sheet (row n at index n - 1), and its formulas by (index, column)."""
    worksheet.reset_dimensions()  # some writers store wrong dimensions: read every row
    rows: list[ReportRow] = []
    formulas: dict[tuple[int, int], str] = {}
    for cells in worksheet.iter_rows(max_row=max_row):
        row = []
        for column, cell in enumerate(cells):
            if cell.data_type == "f":
                formula = str(getattr(cell.value, "text", cell.value))
                formulas[(len(rows), column)] = formula
                row.append(Cell(None, _is_percent(cell), formula, cell.coordinate))
            else:
                row.append(_cell(cell))
        rows.append(ReportRow(len(rows) + 1, tuple(row)))
    return rows, formulas


def _cell(cell: Any) -> Cell:
    value = cell.value
    if value is None:
        return EMPTY
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Cell(value, _is_percent(cell))
    return Cell(value)


def _is_percent(cell: Any) -> bool:
    return _percent_format(cell.number_format or "")


@lru_cache(maxsize=256)  # a sheet uses a handful of formats, on thousands of cells
def _percent_format(number_format: str) -> bool:
    return "%" in _FORMAT_LITERALS.sub("", number_format)


def _with_saved_results(path: Path, data: bytes, sheet: str, rows: list[ReportRow],
                        formulas: dict[tuple[int, int], str]) -> list[ReportRow]:
    """`rows` with each formula replaced by the result saved with it, when there is one."""
    workbook = _load(path, data, data_only=True)
    try:
        worksheet = workbook[sheet]
        worksheet.reset_dimensions()
        wanted = {index for index, _column in formulas}
        for index, values in enumerate(worksheet.iter_rows(values_only=True)):
            if index > max(wanted):
                break
            if index in wanted:
                rows[index] = _computed(rows[index], values)
    finally:
        workbook.close()
    return rows


def _computed(row: ReportRow, values: tuple[Any, ...]) -> ReportRow:
    cells = list(row.cells)
    for column, cell in enumerate(cells):
        if cell.formula is None or column >= len(values) or values[column] is None:
            continue
        value = values[column]
        number = isinstance(value, int | float) and not isinstance(value, bool)
        cells[column] = Cell(value, cell.percent and number, ref=cell.ref)
    return ReportRow(row.line, tuple(cells))


def merged_ranges(data: bytes, sheet: str) -> tuple[CellRange, ...]:
    """The merged blocks of a sheet, read from its part of the workbook."""
    from defusedxml import ElementTree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        links = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        relation = next((e.get(_RELATIONSHIP) for e in book.iter()
                         if e.tag.endswith("}sheet") and e.get("name") == sheet), None)
        target = next((e.get("Target", "") for e in links if e.get("Id") == relation), "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        xml = archive.read(part) if part in archive.namelist() else b""
    blocks = (range_boundaries(ref.decode()) for ref in _MERGE.findall(xml))
    return tuple(CellRange(min_row, min_col, max_row, max_col)
                 for min_col, min_row, max_col, max_row in blocks)


def _fill_merged(rows: list[ReportRow], merged: Iterable[CellRange]) -> list[ReportRow]:
    """Each cell of a merged block given the block's value (Excel shows it across)."""
    for block in merged:
        if block.min_row > len(rows):
            continue
        source = rows[block.min_row - 1].cell(block.min_col - 1)
        for number in range(block.min_row, min(block.max_row, len(rows)) + 1):
            cells = list(rows[number - 1].cells)
            cells += [EMPTY] * (block.max_col - len(cells))
            for column in range(block.min_col - 1, block.max_col):
                if (number, column + 1) != (block.min_row, block.min_col):
                    ref = f"{get_column_letter(column + 1)}{number}"
                    cells[column] = source._replace(ref=ref)
            rows[number - 1] = ReportRow(number, tuple(cells))
    return rows
