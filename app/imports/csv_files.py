"""CSV reports as French offices write them: `;` or `,`, UTF-8 (BOM or not) or Windows-1252.

The encoding is decided by a byte-order mark, else by a strict UTF-8 decoding of the whole
file, else Windows-1252 (what French Excel's « CSV (séparateur : point-virgule) » writes):
a guesser such as charset-normalizer takes short French files for Central European ones.
The separator is a first line `sep=;`, else the candidate that cuts the first lines into
the most rows of one same width (more than one field), `;` winning ties: `csv.Sniffer`
chooses `,` when decimal commas make as many commas as semicolons, and gives up on a file
with a title line above its table.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from app.i18n import tr
from app.imports.reports import Cell, Report, ReportRefused, ReportRow, text_cell

#: Separators tried, in the order that breaks ties (the French list separator first).
DELIMITERS = (";", "\t", ",", "|")
SAMPLE_LINES = 50


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding, as the user knows it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1"), "ISO-8859-1"


def sniff_delimiter(lines: list[str]) -> str:
    """The separator that cuts the first non-empty lines into the most rows of one width."""
    sample = [line for line in lines if line.strip()][:SAMPLE_LINES]
    best, best_score = ";", (0, 0)
    for delimiter in DELIMITERS:
        widths = Counter(len(row) for row in csv.reader(sample, delimiter=delimiter))
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]),
                           default=(0, 0))
        score = (count, width) if width > 1 else (0, 0)
        if score > best_score:  # strictly better: ties keep the earlier separator
            best, best_score = delimiter, score
    return best


def read_csv(path: Path, data: bytes) -> Report:
    """The rows of a CSV report; raises ReportRefused when it cannot be cut into rows."""
    text, encoding = decode(data)
    if "\x00" in text:
        raise ReportRefused(tr("reports", "« {name} » n'est pas un rapport CSV ou Excel : "
                               "c'est un fichier binaire, pas du texte.").format(name=path.name))
    lines = text.splitlines()
    first_line = 1
    delimiter = _declared_delimiter(lines[0] if lines else "")
    if delimiter is not None:
        text = text.split("\n", 1)[1] if "\n" in text else ""
        first_line = 2
    else:
        delimiter = sniff_delimiter(lines)
    return Report(path, "csv", _rows(path, text, delimiter, first_line), encoding=encoding,
                  delimiter=delimiter)


def _declared_delimiter(line: str) -> str | None:
    """The separator named by Excel's `sep=;` first line, if there is one."""
    stripped = line.strip().strip('"')
    if stripped.lower().startswith("sep=") and len(stripped) == 5:
        return stripped[4]
    return None


class _Cells(dict[str, Cell]):
    """The cell of each text met so far, made on first sight."""

    def __missing__(self, text: str) -> Cell:
        cell = self[text] = text_cell(text)
        return cell


def _rows(path: Path, text: str, delimiter: str, first_line: int) -> tuple[ReportRow, ...]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    start = first_line
    cell_of = _Cells().__getitem__  # one Cell per distinct text: codes and periods repeat
    try:
        for fields in reader:
            rows.append(ReportRow(start, tuple(map(cell_of, fields))))
            start = first_line + reader.line_num
    except csv.Error as error:
        raise ReportRefused(tr("reports", "« {name} », ligne {line} : le fichier CSV est mal "
                               "formé ({reason}).").format(name=path.name, line=start,
                                                          reason=error)) from None
    return tuple(rows)
