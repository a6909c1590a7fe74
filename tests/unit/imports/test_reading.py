"""Reading reports as French offices write them: CSV separators and encodings, workbooks as
Excel stores their cells. Every test writes its own file."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import pytest

from app.imports.matching import find_header
from app.imports.reports import ReportRefused, read_report
from tests.unit.imports.support import HEADER, save_results, write_csv, write_xlsx

LINE = ("CTR-INF", "SLA-01", "10/2026", "98,5 %", "Incident du 12")


def texts(report) -> list[list[str]]:
    return [[cell.text() for cell in row.cells] for row in report.rows]


@pytest.mark.parametrize(("encoding", "named"), [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (BOM)"), ("cp1252", "Windows-1252"),
    ("utf-16", "UTF-16"),
])
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str, named: str) -> None:
    path = write_csv(tmp_path / "r.csv", [HEADER, LINE, ("CTR-INF", "SLA-02", "oct. 2026",
                                                        "3,5", "Cœur de réseau — dégradé")],
                     encoding=encoding)
    report = read_report(path)
    assert report.encoding == named
    assert texts(report)[0] == list(HEADER)  # no « \ufeffContrat » left by a BOM
    assert texts(report)[2][4] == "Cœur de réseau — dégradé"  # œ and — survive cp1252


@pytest.mark.parametrize("delimiter", [";", ",", "\t", "|"])
def test_csv_separators_are_detected(tmp_path: Path, delimiter: str) -> None:
    rows = [HEADER, ("CTR-INF", "SLA-01", "10/2026", '"98,5"', "")] if delimiter == "," \
        else [HEADER, LINE]
    report = read_report(write_csv(tmp_path / "r.csv", rows, delimiter=delimiter))
    assert report.delimiter == delimiter
    assert texts(report)[1][:4] == ["CTR-INF", "SLA-01", "10/2026",
                                    "98,5" if delimiter == "," else "98,5 %"]


def test_a_tie_between_commas_and_semicolons_goes_to_the_semicolon(tmp_path: Path) -> None:
    # As many commas as semicolons on every line: csv.Sniffer would choose the comma.
    path = write_csv(tmp_path / "r.csv", [("Dispo", "98,5", "99,1", "97,3"),
                                          ("Délai", "3,5", "4,1", "2,2")])
    report = read_report(path)
    assert report.delimiter == ";"
    assert texts(report)[0] == ["Dispo", "98,5", "99,1", "97,3"]


def test_a_title_above_the_table_does_not_hide_the_separator(tmp_path: Path) -> None:
    lead = "Rapport mensuel SLA – Armor, octobre 2026\r\n\r\n"
    report = read_report(write_csv(tmp_path / "r.csv", [HEADER, LINE], lead=lead))
    assert report.delimiter == ";"
    header = find_header(report.rows)
    assert header is not None and report.rows[header].line == 3


def test_excel_sep_line_decides_and_line_numbers_stay_the_files(tmp_path: Path) -> None:
    report = read_report(write_csv(tmp_path / "r.csv", [HEADER, LINE], delimiter=",",
                                   lead="sep=,\r\n"))
    assert report.delimiter == ","
    assert [row.line for row in report.rows] == [2, 3]


def test_a_quoted_cell_over_two_lines_keeps_the_numbering(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text('Code;Valeur;Commentaire\r\nSLA-01;98;"deux\r\nlignes"\r\nSLA-02;3;\r\n',
                    encoding="utf-8")
    report = read_report(path)
    assert [row.line for row in report.rows] == [1, 2, 4]
    assert texts(report)[1][2] == "deux\r\nlignes"


def test_workbook_cells_as_excel_stores_them(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"Octobre": [
        ["Contrat", "Code", "Période", "Valeur"],
        ["CTR-INF", "SLA-01", dt.datetime(2026, 10, 1), 0.985],
        ["CTR-INF", "SLA-02", "oct. 2026", "3,5"],
        ["CTR-INF", "SLA-03", "10/2026", 4],
    ]}, formats={"D2": "0.0%"})
    report = read_report(path)
    assert report.kind == "xlsx" and report.sheet == "Octobre"
    percent, text, number = (row.cells[3] for row in report.rows[1:])
    assert (percent.value, percent.percent, percent.text()) == (0.985, True, "98,5\u202f%")
    assert report.rows[1].cells[2].value == dt.datetime(2026, 10, 1)
    assert (text.value, text.percent) == ("3,5", False)
    assert (number.value, number.percent) == (4, False)
    assert [row.line for row in report.rows] == [1, 2, 3, 4]


def test_a_literal_percent_sign_in_a_format_is_no_percentage(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [["Code", "Valeur"], ["SLA-01", 98.5]]},
                      formats={"B2": '0.0" %"'})
    assert read_report(path).rows[1].cells[1].percent is False


def test_the_sheet_with_a_report_is_chosen_unless_one_is_named(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {
        "Synthèse": [["Rapport d'octobre"], ["Tout va bien"]],
        "Mesures": [["Code indicateur", "Période", "Valeur"], ["SLA-01", "10/2026", 99]],
    })

    def recognised(rows) -> bool:
        return find_header(rows) is not None

    assert read_report(path, prefer=recognised).sheet == "Mesures"
    assert read_report(path).sheet == "Mesures"  # nothing to prefer: the first table
    assert read_report(path, "Synthèse", recognised).sheets == ("Synthèse", "Mesures")
    with pytest.raises(ReportRefused, match="n'a pas de feuille « Juin » "
                                            r"\(feuilles : Synthèse, Mesures\)"):
        read_report(path, "Juin")


def test_without_a_table_the_first_sheet_is_read(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"Notes": [["Rien"]], "Autres": [["Non plus"]]})
    assert read_report(path, prefer=lambda rows: False).sheet == "Notes"


def test_a_hidden_sheet_is_not_chosen(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = write_xlsx(tmp_path / "r.xlsx", {
        "Calculs": [["Code", "Période", "Valeur"], ["SLA-01", "10/2026", 1]],
        "Rapport": [["Code", "Période", "Valeur"], ["SLA-01", "10/2026", 99]],
    })
    workbook = load_workbook(path)
    workbook["Calculs"].sheet_state = "hidden"
    workbook.save(path)
    report = read_report(path)
    assert (report.sheet, report.sheets) == ("Rapport", ("Rapport",))


def test_wrong_stored_dimensions_do_not_cut_the_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [["Code", "Valeur"], ["SLA-01", 1],
                                                  ["SLA-02", 2]]})
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"',
                                               sheet)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert [row.line for row in read_report(path).rows] == [1, 2, 3]


def test_a_formula_comes_with_the_result_excel_saved(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [["Code", "Valeur"], ["SLA-01", "=B3/100"],
                                                  ["SLA-02", "=1+1"]]},
                      formats={"B2": "0.00%"})
    save_results(path, {"B2": "0.985"})
    computed, never = read_report(path).rows[1].cells[1], read_report(path).rows[2].cells[1]
    assert (computed.value, computed.percent, computed.formula) == (0.985, True, None)
    assert (never.value, never.formula, never.ref) == (None, "=1+1", "B3")  # never computed


def test_a_block_merged_down_the_lines_gives_each_line_its_value(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", {"S": [
        ["Contrat", "Code", "Période", "Valeur"],
        ["CTR-INF", "SLA-01", "10/2026", 99],
        [None, "SLA-02", "10/2026", 3],
    ]}, merge=["A2:A3"])
    report = read_report(path)
    assert texts(report)[2][0] == "CTR-INF"
    assert report.rows[2].cells[0].ref == "A3"


def test_the_content_decides_not_the_name(tmp_path: Path) -> None:
    workbook = write_xlsx(tmp_path / "r.xlsx", {"S": [["Code", "Valeur"], ["SLA-01", 99]]})
    renamed = tmp_path / "export.csv"
    renamed.write_bytes(workbook.read_bytes())
    assert read_report(renamed).kind == "xlsx"
    text = write_csv(tmp_path / "mal nommé.xlsx", [HEADER, LINE])
    assert read_report(text).kind == "csv"
