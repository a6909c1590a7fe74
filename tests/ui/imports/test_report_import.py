"""The import preview, driven as a user would: the menu entry and a dropped file, excluding
refused lines, deciding conflicts, mapping columns, choosing the contract and the sheet,
importing as one undo step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.imports.plan import LineState
from app.models import Measurement, MeasurementSource
from app.services.formatting import format_money
from app.ui.dialogs.report_import import entry
from app.ui.dialogs.report_import.dialog import ReportImportDialog
from tests.unit.imports.support import HEADER, write_csv, write_xlsx

D = dt.date


def measures(window) -> dict[tuple[int, dt.date], tuple]:
    table = Measurement.__table__.c

    def read(session):
        rows = session.execute(sa.select(table.indicator_id, table.period, table.value,
                                         table.source))
        return {(r.indicator_id, r.period): (r.value, r.source) for r in rows}

    return window.workspace.query(read)


def start(window, monkeypatch, path: Path) -> ReportImportDialog:
    """Fichier ▸ Importer un rapport prestataire…, answering the file dialog with `path`."""
    monkeypatch.setattr(entry, "ask_report_path", lambda _parent, _folder: path)
    file_menu = window.menuBar().actions()[0].menu()
    file_menu.aboutToShow.emit()
    action = window.report_import.action
    assert action in file_menu.actions() and action.isEnabled()
    action.trigger()
    dialog = window.report_import.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def row_of(dialog: ReportImportDialog, line: int) -> int:
    proxy = dialog.proxy
    return next(r for r in range(proxy.rowCount())
                if proxy.data(proxy.index(r, 0), Qt.ItemDataRole.UserRole + 2).line == line)


def states(dialog: ReportImportDialog) -> dict[int, LineState]:
    return {line.line: line.state for line in dialog.plan.lines}


def click_row(qtbot, dialog: ReportImportDialog, line: int, column: int = 3,
              modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = dialog.table.visualRect(dialog.proxy.index(row_of(dialog, line), column))
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, modifier,
                     rect.center())


def click_check(qtbot, dialog: ReportImportDialog, line: int) -> None:
    """Click the line's check box, then let the new preview run."""
    rect = dialog.table.visualRect(dialog.proxy.index(row_of(dialog, line), 0))
    QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, QPoint(rect.left() + 12, rect.center().y()))
    qtbot.wait(20)


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "armor-octobre.csv", [
        HEADER,
        ("CTR-INF", "SLA-01", "10/2026", "98,5 %", "Incident du 12"),
        ("CTR-INF", "SLA-02", "oct. 2026", "3,5", ""),
        ("CTR-INF", "SLA-09", "10/2026", "99", ""),  # unknown code
        ("CTR-INF", "SLA-01", "09/2026", "99,5", ""),  # 99,81 stored
    ], encoding="cp1252")


def test_preview_exclude_decide_import_and_undo(opened, monkeypatch, qtbot, report) -> None:
    window, ids = opened
    before = measures(window)
    dialog = start(window, monkeypatch, report)
    assert dialog.file_label.text() == "armor-octobre.csv"
    assert dialog.how_label.text() == "CSV, séparateur « ; », Windows-1252"
    assert states(dialog) == {2: LineState.NEW, 3: LineState.NEW, 4: LineState.REFUSED,
                              5: LineState.CONFLICT}
    assert dialog.summary.text() == ("2 mesures à importer · 1 ligne refusée · 1 valeur à "
                                     "arbitrer")
    assert not dialog.import_button.isEnabled()
    assert "1 ligne refusée" in dialog.blockers.text()

    click_check(qtbot, dialog, 4)  # the user excludes the refused line, explicitly
    assert states(dialog)[4] is LineState.EXCLUDED
    assert not dialog.import_button.isEnabled()  # the conflict is still undecided
    click_row(qtbot, dialog, 5)
    assert "99,81" in dialog.detail.text()
    QTest.mouseClick(dialog.overwrite_button, Qt.MouseButton.LeftButton)
    assert states(dialog)[5] is LineState.OVERWRITE
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "Importer 3 mesures"

    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    after = measures(window)
    assert after[(ids["sla01"], D(2026, 10, 1))] == (98.5, MeasurementSource.IMPORTED)
    assert after[(ids["sla01"], D(2026, 9, 1))] == (99.5, MeasurementSource.IMPORTED)
    assert len(after) == len(before) + 2
    assert "3 mesures importées depuis armor-octobre.csv" in window.statusBar().currentMessage()

    assert window.undo_action.text() == "&Annuler l'import de « armor-octobre.csv »"
    window.undo_action.trigger()  # one step undoes all of it
    assert measures(window) == before
    window.redo_action.trigger()
    assert measures(window) == after


def test_keep_the_stored_value_and_keyboard(opened, monkeypatch, qtbot, report) -> None:
    window, ids = opened
    dialog = start(window, monkeypatch, report)
    click_row(qtbot, dialog, 5)
    QTest.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert states(dialog)[5] is LineState.KEEP
    click_row(qtbot, dialog, 4)
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)  # Space leaves the selected line out
    assert states(dialog)[4] is LineState.EXCLUDED
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)  # and takes it back
    assert states(dialog)[4] is LineState.REFUSED
    QTest.keyClick(dialog.table, Qt.Key.Key_Space)
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # the default button: import
    assert not dialog.isVisible()
    assert measures(window)[(ids["sla01"], D(2026, 9, 1))] == (99.81,
                                                               MeasurementSource.ENTERED)


def test_the_filter_shows_one_kind_of_line(opened, monkeypatch, report) -> None:
    window, _ids = opened
    dialog = start(window, monkeypatch, report)
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findText("Refusées"))
    assert dialog.proxy.rowCount() == 1
    dialog.filter_combo.setCurrentIndex(dialog.filter_combo.findText("À importer"))
    assert dialog.proxy.rowCount() == 2
    dialog.filter_combo.setCurrentIndex(0)
    assert dialog.proxy.rowCount() == 4


def test_a_refused_file_is_said_in_one_sentence(opened, monkeypatch, tmp_path, answers
                                               ) -> None:
    window, _ids = opened
    pdf = tmp_path / "rapport.csv"
    pdf.write_bytes(b"%PDF-1.7\n%%EOF\n")
    monkeypatch.setattr(entry, "ask_report_path", lambda _parent, _folder: pdf)
    window.report_import.choose_file()
    assert answers["errors"] == ["« rapport.csv » n'est pas un rapport CSV ou Excel : c'est "
                                 "un document PDF."]
    assert window.report_import.dialog is None


def drop(widget, path: Path) -> bool:
    """Drag a file over `widget` and drop it; True when the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    position = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, dropped)
    return True


def test_a_report_dropped_on_any_page_opens_its_preview(opened, report, tmp_path) -> None:
    window, _ids = opened
    window.show_page(3)  # Indicateurs
    assert drop(window.stack, report)
    assert window.report_import.dialog is not None
    assert window.report_import.dialog.report.path == report
    window.report_import.dialog.reject()
    other = tmp_path / "photo.png"
    other.write_bytes(b"\x89PNG")
    assert not drop(window.stack, other)  # not a report: the drop is not offered


def test_unknown_headers_are_mapped_and_remembered(opened, monkeypatch, qtbot,
                                                   tmp_path) -> None:
    window, ids = opened
    header = ("KPI-ID", "Per.", "Résultat ?")
    first = write_csv(tmp_path / "sept.csv", [header, ("SLA-02", "09/2026", "3")])
    dialog = start(window, monkeypatch, first)
    assert dialog.problem.text().startswith("Colonnes à associer")
    dialog.contract_combo.setCurrentIndex(dialog.contract_combo.findData("CTR-INF"))
    dialog.contract_combo.activated.emit(dialog.contract_combo.currentIndex())
    choose_role(qtbot, dialog, 0, "Code indicateur")
    choose_role(qtbot, dialog, 1, "Période")
    choose_role(qtbot, dialog, 2, "Valeur")
    assert dialog.problem.isHidden() and states(dialog) == {2: LineState.NEW}
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert measures(window)[(ids["sla02"], D(2026, 9, 1))] == (3.0, MeasurementSource.IMPORTED)

    second = write_csv(tmp_path / "oct.csv", [header, ("SLA-02", "10/2026", "4")])
    dialog = start(window, monkeypatch, second)  # the same supplier's next report
    assert states(dialog) == {2: LineState.NEW}
    assert [c.currentText() for c in dialog.columns.combos] == [
        "Code indicateur", "Période", "Valeur"]


def choose_role(qtbot, dialog: ReportImportDialog, column: int, label: str) -> None:
    combo = dialog.columns.combos[column]
    combo.setCurrentIndex(combo.findText(label))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.options.columns.get(column) is not None)
    assert dialog.columns.combos[column].currentText() == label


def test_the_contract_resolves_a_code_many_contracts_have(opened, monkeypatch,
                                                         tmp_path) -> None:
    window, ids = opened
    path = write_csv(tmp_path / "r.csv", [("Code", "Période", "Valeur"),
                                          ("SLA-01", "10/2026", "99,95")])
    dialog = start(window, monkeypatch, path)
    assert dialog.plan.lines[0].state is LineState.REFUSED
    assert "existe dans 2 contrats" in dialog.plan.lines[0].reason
    dialog.contract_combo.setCurrentIndex(dialog.contract_combo.findData("CTR-SAAS"))
    dialog.contract_combo.activated.emit(dialog.contract_combo.currentIndex())
    assert dialog.plan.lines[0].indicator.id == ids["saas01"]
    assert dialog.import_button.isEnabled()


def test_the_sheet_can_be_chosen(opened, monkeypatch, tmp_path) -> None:
    window, _ids = opened
    path = write_xlsx(tmp_path / "r.xlsx", {
        "Synthèse": [["Rapport d'octobre"]],
        "Mesures": [["Contrat", "Code", "Période", "Valeur"], ["CTR-INF", "SLA-01",
                                                              "10/2026", 0.999]],
        "Septembre": [["Contrat", "Code", "Période", "Valeur"], ["CTR-INF", "SLA-01",
                                                                "09/2026", 0.998]],
    }, formats={"Mesures!D2": "0.0%"})
    dialog = start(window, monkeypatch, path)
    assert dialog.sheet_combo.isVisible() and dialog.sheet_combo.currentText() == "Mesures"
    assert dialog.plan.lines[0].value == pytest.approx(99.9)
    dialog.sheet_combo.setCurrentIndex(dialog.sheet_combo.findText("Septembre"))
    dialog.sheet_combo.activated.emit(dialog.sheet_combo.currentIndex())
    assert dialog.how_label.text() == "classeur Excel, feuille « Septembre »"
    assert dialog.plan.lines[0].period == D(2026, 9, 1)


def test_the_dashboard_shows_the_imported_figures(opened, monkeypatch, qtbot,
                                                   tmp_path) -> None:
    window, _ids = opened
    window.show_page(0)
    card = window.page("dashboard").cards["penalties"]
    assert card.toolTip() == format_money(0)
    path = write_csv(tmp_path / "r.csv", [HEADER, ("CTR-INF", "SLA-01", "10/2026", "97", "")])
    dialog = start(window, monkeypatch, path)
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # 97 % against a 99,5 % target: 3 started points × 2 % × 10 000 € a month = 600 €
    qtbot.waitUntil(lambda: card.toolTip() == format_money(600))


def test_a_read_only_file_offers_no_import(window, import_template, tmp_path, answers
                                           ) -> None:
    from app.storage import lock

    template, _ids = import_template
    path = tmp_path / "client.vigie"
    path.write_bytes(template.read_bytes())
    lock.lock_path(path).write_text('{"host": "PC", "user": "autre", "pid": "1", '
                                    '"opened_at": "2026-11-20T09:30"}', encoding="utf-8")
    answers["choice"] = "read_only"
    assert window.open_path(path)
    window.menuBar().actions()[0].menu().aboutToShow.emit()
    assert not window.report_import.action.isEnabled()
    assert not drop(window.stack, write_csv(tmp_path / "r.csv", [HEADER]))


def test_the_lines_model_passes_the_model_tester(qtmodeltester, opened, monkeypatch,
                                                 report) -> None:
    window, _ids = opened
    dialog = start(window, monkeypatch, report)
    qtmodeltester.check(dialog.model)
    assert dialog.model.data(dialog.model.index(0, 0), Qt.ItemDataRole.CheckStateRole) \
        == Qt.CheckState.Checked
    assert not dialog.model.setData(QModelIndex(), Qt.CheckState.Checked,
                                    Qt.ItemDataRole.CheckStateRole)
