"""Fichier ▸ Exporter le tableau (Excel)… (Ctrl+E) and the pages' « Exporter » buttons:
the rows as filtered and sorted on screen, typed cells, read back with openpyxl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from app.ui import export_table
from tests.conftest import SCENARIO_DAY, TODAY
from tests.indicators_scenario import scenario_file
from tests.ui.contracts_support import choose

D = dt.date


@pytest.fixture
def target(tmp_path: Path, monkeypatch) -> dict:
    """Where the save dialog « chooses » to write, and what it suggested."""
    chosen: dict = {"path": tmp_path / "export.xlsx"}

    def ask(_parent, suggested: Path) -> Path | None:
        chosen["suggested"] = suggested
        return chosen["path"]

    monkeypatch.setattr(export_table, "ask_export_path", ask)
    return chosen


def rows_of(path: Path) -> list[list]:
    sheet = openpyxl.load_workbook(path).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_ctrl_e_exports_the_contracts_as_filtered_and_sorted(qtbot, window, filled_path,
                                                             target) -> None:
    path, ids = filled_path
    window.open_path(path)
    window.show_page(2)
    page = window.page("contracts")
    choose(page.supplier_filter, ids["armor"])  # two contracts of Armor
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    rows = rows_of(target["path"])
    assert rows[0][:4] == ["Référence", "Intitulé", "Prestataire",
                           "Date limite de préavis"]
    assert [row[0] for row in rows[1:]] == ["CTR-URGENT", "CTR-SOON"]  # as on screen
    assert isinstance(rows[1][3], dt.datetime)  # a date, not a text
    assert rows[1][7] == 120_000.0  # the annual amount, a number in euros
    assert target["suggested"].name == f"Contrats {TODAY:%Y-%m-%d}.xlsx"  # today's
    assert target["suggested"].parent == path.parent
    assert "Tableau exporté" in window.statusBar().currentMessage()


def test_the_suppliers_export_leaves_the_clients_contacts_out(window, filled_path,
                                                              target) -> None:
    path, _ids = filled_path
    window.open_path(path)
    window.show_page(1)
    page = window.page("suppliers")
    page.export_button.click()
    rows = rows_of(target["path"])
    assert [row[0] for row in rows] == ["Nom", "Armor Infogérance", "Nova Régie"]
    assert rows[1][3] == 2 and rows[2][3] == 1  # active contracts, whole numbers
    assert rows[0][3] == "Contrats actifs"


@pytest.mark.day(SCENARIO_DAY)  # the indicators scenario's figures are for that day
def test_the_indicators_list_and_the_grid_export_typed_values(qtbot, window, tmp_path,
                                                             target) -> None:
    path, ids = scenario_file(tmp_path / "documents")
    window.open_path(path)
    window.show_page(3)
    page = window.page("indicators")
    page.export_button.click()
    rows = rows_of(target["path"])
    disp = next(row for row in rows if row[0] == "DISP")
    header = rows[0]
    assert disp[header.index("Dernière valeur")] == pytest.approx(0.964)  # 96,4 %
    assert disp[header.index("Pénalités 2026")] == 500.0
    assert disp[header.index("Période")] == dt.datetime(2026, 10, 1)
    assert [row[0] for row in rows[1:]] == ["DISP", "GAP", "P1", "SAT", "PRES"]

    page.choose_contract(ids["a"])
    page.tabs.setCurrentIndex(1)
    target["path"] = tmp_path / "grille.xlsx"
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    sheet = openpyxl.load_workbook(target["path"]).active
    header = [cell.value for cell in sheet[1]]
    assert header[:6] == ["Code", "Indicateur", "Unité", "Sens", "Objectif",
                          "Seuil d'alerte"]
    assert header[-1] == "11/2026"
    p1 = next(row for row in sheet.iter_rows() if row[0].value == "P1")
    october = p1[header.index("10/2026")]
    assert october.value == 5.0 and "%" not in october.number_format  # hours
    disp = next(row for row in sheet.iter_rows() if row[0].value == "DISP")
    assert disp[header.index("10/2026")].value == pytest.approx(0.964)
    assert disp[header.index("10/2026")].fill.fgColor.rgb.endswith("FDECEA")  # breached


def test_a_page_without_a_table_says_so(window, filled_path, target, answers) -> None:
    path, _ids = filled_path
    window.open_path(path)
    window.show_page(0)  # the dashboard
    window.export_action.trigger()
    assert answers["errors"] == ["Cette page n'a pas de tableau à exporter."]
    assert not target["path"].exists()


def test_a_workbook_that_cannot_be_written_says_why(window, filled_path, target, tmp_path,
                                                    answers) -> None:
    path, _ids = filled_path
    target["path"] = tmp_path / "absent" / "export.xlsx"
    window.open_path(path)
    window.show_page(2)
    window.export_action.trigger()
    assert len(answers["errors"]) == 1 and "n'a pas pu être écrit" in answers["errors"][0]
