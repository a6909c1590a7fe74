"""Tables written to Excel and read back with openpyxl: typed cells, French headers, a frozen
and filtered header row, fitted widths, texts that never become formulas."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from app.export.excel import ExportColumn, TypedValue, sheet_title, write_table

D = dt.date
COLUMNS = [ExportColumn("Référence"), ExportColumn("Date limite de\ndénonciation", "date"),
           ExportColumn("Montant annuel", "money"), ExportColumn("Disponibilité", "percent"),
           ExportColumn("Contrats actifs", "integer"), ExportColumn("Valeur", "number")]
ROWS = [
    ["CTR-2024-001", D(2026, 12, 31), 480_000.0, 99.85, 3, 4.36],
    ["=HYPERLINK(\"x\")", None, -1_200.5, None, 0, None],
]


def written(tmp_path: Path, columns=COLUMNS, rows=ROWS, title="Contrats"):
    path = tmp_path / "export.xlsx"
    assert write_table(path, title, columns, rows) == len(rows)
    return openpyxl.load_workbook(path).active


def test_cells_are_typed_as_a_spreadsheet_user_expects(tmp_path: Path) -> None:
    sheet = written(tmp_path)
    reference, deadline, amount, share, count, value = (c for c in sheet[2])
    assert reference.value == "CTR-2024-001" and reference.data_type == "s"
    assert deadline.value == dt.datetime(2026, 12, 31) and deadline.is_date
    assert deadline.number_format == "DD/MM/YYYY"
    assert amount.value == 480_000.0 and "€" in amount.number_format
    assert share.value == pytest.approx(0.9985) and "%" in share.number_format  # 99,85 %
    assert count.value == 3 and count.number_format == "#,##0"
    assert value.value == 4.36 and value.data_type == "n"


def test_headers_are_french_frozen_filtered_and_on_one_line(tmp_path: Path) -> None:
    sheet = written(tmp_path)
    assert [c.value for c in sheet[1]] == ["Référence", "Date limite de dénonciation",
                                           "Montant annuel", "Disponibilité",
                                           "Contrats actifs", "Valeur"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F3"
    assert sheet.title == "Contrats"


def test_a_text_looking_like_a_formula_stays_a_text(tmp_path: Path) -> None:
    sheet = written(tmp_path)
    cell = sheet["A3"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x")'


def test_empty_values_leave_empty_cells_and_credit_notes_stay_negative(tmp_path: Path) -> None:
    sheet = written(tmp_path)
    assert sheet["B3"].value is None and sheet["D3"].value is None
    assert sheet["C3"].value == -1_200.5


def test_columns_are_as_wide_as_their_content(tmp_path: Path) -> None:
    long = "Infogérance du socle serveurs, stockage et réseau"
    sheet = written(tmp_path, [ExportColumn("Code"), ExportColumn("Intitulé")],
                    [["A", long], ["B", "court"]])
    assert sheet.column_dimensions["B"].width >= len(long)
    assert sheet.column_dimensions["A"].width < 12  # « Code » and one letter


def test_a_cell_may_carry_its_own_kind_colour_and_note(tmp_path: Path) -> None:
    sheet = written(tmp_path, [ExportColumn("Code"), ExportColumn("10/2026", "number")], [
        ["SLA-01", TypedValue(96.4, "percent", "FDECEA", "Panne du 12/10")],
        ["SLA-02", TypedValue(5.5, "number")]])
    cell = sheet["B2"]
    assert cell.value == pytest.approx(0.964) and "%" in cell.number_format
    assert cell.fill.fgColor.rgb.endswith("FDECEA")
    assert cell.comment.text == "Panne du 12/10"
    assert sheet["B3"].value == 5.5 and "%" not in sheet["B3"].number_format


def test_a_stream_works_as_well_as_a_path() -> None:
    buffer = io.BytesIO()
    write_table(buffer, "Indicateurs", COLUMNS, ROWS)
    buffer.seek(0)
    assert openpyxl.load_workbook(buffer).active["A2"].value == "CTR-2024-001"


def test_sheet_names_obey_excel() -> None:
    assert sheet_title("Mesures HX/ARM: [2026]") == "Mesures HX ARM   2026"
    assert len(sheet_title("Indicateurs HX-ARM-INF-2024 — Engagements du prestataire")) == 31
    assert sheet_title("???") == "Tableau"


def test_an_unknown_kind_is_a_bug(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown column kind"):
        write_table(tmp_path / "x.xlsx", "T", [ExportColumn("A", "euros")], [])
