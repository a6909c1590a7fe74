"""A supplier's report as rows of cells, whatever the file: CSV or Excel workbook.

The kind of a file is decided by its content, not its name: a workbook renamed `.csv` is
read as a workbook, a PDF or a Word document renamed `.csv` is refused by name. Every
refusal is a `ReportRefused` whose message is one French sentence; nothing here writes.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from app.i18n import tr
from app.services.formatting import format_number

#: A monthly report holds tens to thousands of lines; a file this large is not one.
MAX_BYTES = 10 * 1024 * 1024
#: A workbook unpacks to this at most (a zip bomb would fill the memory).
MAX_UNPACKED_BYTES = 60 * 1024 * 1024
#: The rows searched for the header line.
HEADER_SEARCH_ROWS = 30

CellValue = str | float | int | bool | dt.datetime | dt.date | dt.time | None


class ReportRefused(Exception):
    """A report that cannot be read, with the sentence that says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Cell(NamedTuple):
    """A cell as the report holds it: the text as written (CSV and text cells) or the value
    Excel stored (a number, a date)."""

    value: CellValue
    #: an Excel number shown as a percentage: 0.985 displayed « 98,5 % »
    percent: bool = False
    #: a formula whose result the workbook does not hold (never computed by a spreadsheet)
    formula: str | None = None
    #: where it is, as the user finds it: « C4 » in a workbook, « ligne 4, colonne 3 » in a CSV
    ref: str = ""

    @property
    def empty(self) -> bool:
        """True for a cell with nothing in it."""
        if self.formula is not None:
            return False
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())

    def text(self) -> str:
        """The cell as the user reads it: 98,5 %, 01/10/2026, SLA-01."""
        value = self.value
        if self.formula is not None and value is None:
            return self.formula
        if value is None:
            return ""
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, bool):
            return tr("reports", "VRAI") if value else tr("reports", "FAUX")
        if isinstance(value, dt.datetime | dt.date):
            return f"{value:%d/%m/%Y}"
        if isinstance(value, int | float):
            return f"{exact(value * 100)}\u202f%" if self.percent else exact(value)
        return str(value)


class ReportRow(NamedTuple):
    """A row of the report and the number the user sees it under (line or sheet row)."""

    line: int
    cells: tuple[Cell, ...]

    @property
    def empty(self) -> bool:
        return all(cell.empty for cell in self.cells)

    def cell(self, column: int) -> Cell:
        """The cell of that column (an empty one beyond the row's end)."""
        return self.cells[column] if column < len(self.cells) else EMPTY


EMPTY = Cell(None)
_new_tuple = tuple.__new__


def text_cell(text: str) -> Cell:
    """A cell holding text as written (a CSV field): built without NamedTuple's Python-level
    constructor, which costs a tenth of a second on a 10,000-line report."""
    return _new_tuple(Cell, (text, False, None, ""))


def exact(number: float) -> str:
    """A number with every decimal it has (up to 10), a decimal comma, no grouping."""
    text = f"{number:.10f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text.replace(".", ",")


@dataclass(frozen=True)
class CellRange:
    """A block of merged cells of a sheet (1-based rows and columns, inclusive)."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int


@dataclass(frozen=True)
class Report:
    """The rows of a supplier's report, and how the file was read."""

    path: Path
    kind: str  # "csv" or "xlsx"
    rows: tuple[ReportRow, ...]
    encoding: str = ""  # CSV: "UTF-8", "UTF-8 (BOM)", "Windows-1252", "UTF-16"
    delimiter: str = ""  # CSV: ";", ",", "\t" or "|"
    sheet: str = ""  # workbook: the sheet read
    sheets: tuple[str, ...] = ()  # workbook: the sheets one can choose from
    merged: tuple[CellRange, ...] = ()  # workbook: the merged blocks of the sheet

    def describe(self) -> str:
        """« CSV, séparateur « ; », Windows-1252 » or « classeur Excel, feuille « Octobre » »."""
        if self.kind == "csv":
            names = {";": "« ; »", ",": "« , »", "\t": tr("reports", "tabulation"),
                     "|": "« | »"}
            return tr("reports", "CSV, séparateur {sep}, {encoding}").format(
                sep=names.get(self.delimiter, self.delimiter), encoding=self.encoding)
        return tr("reports", "classeur Excel, feuille « {sheet} »").format(sheet=self.sheet)


#: Tells whether a sheet's first rows look like a report (to pick the sheet to read).
SheetTest = Callable[[Sequence[ReportRow]], bool]


def read_report(path: Path, sheet: str | None = None, prefer: SheetTest | None = None
                ) -> Report:
    """Read a CSV file or an Excel workbook; raises ReportRefused with the reason.

    For a workbook, `sheet` names the sheet to read; without it, the first visible sheet
    whose first rows pass `prefer`, else the first visible sheet.
    """
    path = Path(path)
    data = _read_bytes(path)
    kind = _kind_of(path, data)
    if kind == "xlsx":
        from app.imports import xlsx_files

        report = xlsx_files.read_workbook(path, data, sheet, prefer)
    else:
        from app.imports import csv_files

        report = csv_files.read_csv(path, data)
    if not any(not row.empty for row in report.rows):
        where = tr("reports", "La feuille « {sheet} »").format(sheet=report.sheet) \
            if report.kind == "xlsx" else tr("reports", "Le fichier")
        raise ReportRefused(tr("reports", "{where} de « {name} » ne contient aucune ligne.")
                            .format(where=where, name=path.name))
    return report


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ReportRefused(tr("reports", "« {name} » n'est pas un fichier.").format(
                name=path.name))
        if size > MAX_BYTES:
            raise ReportRefused(too_large(path, size))
        return path.read_bytes()
    except FileNotFoundError:
        raise ReportRefused(tr("reports", "Le fichier « {path} » est introuvable.").format(
            path=path)) from None
    except OSError as error:
        raise ReportRefused(tr("reports", "Impossible de lire « {name} » ({reason}).").format(
            name=path.name, reason=error.strerror or error)) from None


def too_large(path: Path, size: int) -> str:
    """The sentence refusing a file of `size` bytes."""
    return tr("reports", "« {name} » pèse {size} Mo : c'est trop pour un rapport mensuel "
              "(au plus {limit} Mo) ; vérifiez qu'il s'agit du bon fichier.").format(
        name=path.name, size=format_number(size / 1024 / 1024),
        limit=format_number(MAX_BYTES / 1024 / 1024, 0))


#: What a file of another kind starts with, and what to call it.
_MAGIC = (
    (b"%PDF", "un document PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "un document Office de l'ancien format (.xls, .doc) : enregistrez-le en .xlsx ou en .csv"),
    (b"\x89PNG", "une image"),
    (b"\xff\xd8\xff", "une image"),
    (b"GIF8", "une image"),
    (b"SQLite format 3\x00", "une base de données SQLite (un fichier client Vigie ?)"),
    (b"{\\rtf", "un document RTF"),
)
_TEXT_CONTROLS = set(range(0x00, 0x09)) | set(range(0x0E, 0x1A)) | set(range(0x1C, 0x20))


def _kind_of(path: Path, data: bytes) -> str:
    """"csv" or "xlsx", by content; raises ReportRefused for anything else."""
    if not data.strip(b" \t\r\n\x1a") or data.strip() in (b"\xef\xbb\xbf", b"\xff\xfe",
                                                          b"\xfe\xff"):
        raise ReportRefused(tr("reports", "« {name} » est vide.").format(name=path.name))
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise _not_a_report(path, tr("reports", what))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "csv"  # UTF-16 text (Excel's « Texte Unicode »)
    head = data[:65536]
    if any(byte in _TEXT_CONTROLS for byte in head):
        raise _not_a_report(path, tr("reports", "un fichier binaire, pas du texte"))
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:15].lower()
    if start.startswith((b"<html", b"<!doctype", b"<?xml", b"<table")):
        raise _not_a_report(path, tr("reports", "une page web ou un fichier XML"))
    return "csv"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError):
        raise _not_a_report(path, tr("reports", "une archive ZIP endommagée")) from None
    if "xl/workbook.xml" in names:
        if unpacked > MAX_UNPACKED_BYTES:
            raise ReportRefused(too_large(path, unpacked))
        return "xlsx"
    if "word/document.xml" in names:
        raise _not_a_report(path, tr("reports", "un document Word"))
    if b"opendocument.spreadsheet" in mimetype:
        raise _not_a_report(path, tr("reports", "un classeur OpenDocument (.ods) : "
                                                "enregistrez-le en .xlsx ou en .csv"))
    if b"opendocument" in mimetype:
        raise _not_a_report(path, tr("reports", "un document OpenDocument"))
    if any(name.startswith("ppt/") for name in names):
        raise _not_a_report(path, tr("reports", "une présentation PowerPoint"))
    raise _not_a_report(path, tr("reports", "une archive ZIP"))


def _not_a_report(path: Path, what: str) -> ReportRefused:
    return ReportRefused(tr("reports", "« {name} » n'est pas un rapport CSV ou Excel : c'est "
                            "{what}.").format(name=path.name, what=what))
