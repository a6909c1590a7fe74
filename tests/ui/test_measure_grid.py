"""The measurement grid driven with the keyboard and a real clipboard, on the hand-worked
file of tests/indicators_scenario.py (today 24/11/2026; CTR-A's monthly indicators are
DISP, GAP, P1 and CLI, in that order)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from app.services.rules import MeasureStatus
from app.storage.document import open_file
from app.ui import style
from app.ui.pages.indicators import grid_view
from app.ui.pages.indicators.grid_model import COMMENT_ROLE
from tests.conftest import SCENARIO_DAY
from tests.indicators_scenario import scenario_file
from tests.ui.indicators_support import (
    build_page,
    cell,
    go_to,
    open_grid,
    press,
    type_keys,
    values_in_file,
)

#: Expected figures worked out for 24/11/2026 (tests/conftest.py SCENARIO_DAY).
pytestmark = pytest.mark.day(SCENARIO_DAY)

D = dt.date
OCT, SEP, NOV = D(2026, 10, 1), D(2026, 9, 1), D(2026, 11, 1)
BG = Qt.ItemDataRole.BackgroundRole
TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def grid(qtbot, tmp_path, answers):
    path, ids = scenario_file(tmp_path / "documents")
    document = open_file(path)
    page = build_page(qtbot, document)
    view = open_grid(page, ids["a"])
    yield page, view, ids
    page.hide()
    page.workspace.undo_stack.clear()
    document.close(save=False)


def colour(index):
    return index.data(BG).color()


def select(view, first, last) -> None:
    """Select the cells from `first` to `last`, as a drag of the mouse does."""
    view.setCurrentIndex(first)
    view.selectionModel().select(QItemSelection(first, last),
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_a_typed_value_is_stored_coloured_and_enter_moves_down(qtbot, grid) -> None:
    page, view, ids = grid
    go_to(view, cell(page, "GAP", OCT))  # October: not measured yet
    type_keys(qtbot, view, "94,5")
    press(qtbot, view, Qt.Key.Key_Return)

    assert values_in_file(page, ids["gap"])[OCT] == 94.5
    index = cell(page, "GAP", OCT)
    assert index.data() == "94,5"
    assert colour(index) == style.CRITICAL_BG  # 94.5 < 95, no threshold: breached
    assert "Non atteint" in index.data(TIP)
    assert view.currentIndex() == cell(page, "P1", OCT)  # Enter moved down
    assert page.workspace.undo_stack.undoText() == "Saisir 94,5 (GAP, 10/2026)"
    # the list and its status follow
    row = page.list_tab.model.row_at(page.list_tab.model.find_row(lambda r: r.code == "GAP"))
    assert (row.status, row.last_value) == (MeasureStatus.BREACHED, 94.5)


def test_tab_moves_right_and_keeps_typing(qtbot, grid) -> None:
    page, view, ids = grid
    go_to(view, cell(page, "GAP", SEP))
    type_keys(qtbot, view, "96")
    press(qtbot, view, Qt.Key.Key_Tab)
    type_keys(qtbot, view, "97,5 %")
    press(qtbot, view, Qt.Key.Key_Return)
    stored = values_in_file(page, ids["gap"])
    assert (stored[SEP], stored[OCT]) == (96.0, 97.5)
    assert colour(cell(page, "GAP", OCT)) == style.OK_BG


def test_arrows_move_and_escape_forgets_the_typing(qtbot, grid) -> None:
    page, view, ids = grid
    go_to(view, cell(page, "DISP", OCT))
    press(qtbot, view, Qt.Key.Key_Down)
    assert view.currentIndex() == cell(page, "GAP", OCT)
    press(qtbot, view, Qt.Key.Key_Left)
    assert view.currentIndex() == cell(page, "GAP", SEP)
    type_keys(qtbot, view, "12")
    press(qtbot, view, Qt.Key.Key_Escape)
    assert SEP not in values_in_file(page, ids["gap"])
    assert page.workspace.undo_stack.count() == 0


@pytest.mark.parametrize(("code", "period", "text", "reason"), [
    ("GAP", OCT, "abc", "« abc » n'est pas un nombre."),
    ("DISP", OCT, "101", "ne peut pas dépasser 100"),
    ("P1", OCT, "5 %", "se mesure en h, pas en %"),
])
def test_a_refused_value_says_why_at_the_cell_and_is_not_stored(qtbot, grid, code, period,
                                                                 text, reason) -> None:
    page, view, ids = grid
    before = values_in_file(page, ids[code.lower()])
    go_to(view, cell(page, code, period))
    type_keys(qtbot, view, text)
    press(qtbot, view, Qt.Key.Key_Return)

    index = cell(page, code, period)
    assert index.data() == text  # the text stays, as typed
    assert colour(index).name() == "#fbd9d5"
    assert reason in index.data(TIP)
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # not only a colour
    assert values_in_file(page, ids[code.lower()]) == before
    assert page.workspace.undo_stack.count() == 0
    assert "1 valeur refusée" in page.grid_panel.message.text()
    assert page.has_unsaved_edits()  # the shell asks before closing

    go_to(view, index)
    press(qtbot, view, Qt.Key.Key_Delete)  # Delete forgets the refused text
    assert not page.has_unsaved_edits()


def test_a_period_to_come_cannot_be_measured(qtbot, grid) -> None:
    page, view, ids = grid
    page.grid_panel.shift(1)  # six months later: December 2026 to May 2027 show
    december = D(2026, 12, 1)
    go_to(view, cell(page, "DISP", december))
    type_keys(qtbot, view, "99")
    press(qtbot, view, Qt.Key.Key_Return)
    assert "La période 12/2026 n'a pas commencé" in cell(page, "DISP", december).data(TIP)
    assert december not in values_in_file(page, ids["disp"])


def test_delete_clears_a_selection_in_one_undo_step(qtbot, grid) -> None:
    page, view, ids = grid
    select(view, cell(page, "DISP", SEP), cell(page, "GAP", OCT))
    press(qtbot, view, Qt.Key.Key_Delete)

    assert SEP not in values_in_file(page, ids["disp"]) and OCT not in values_in_file(
        page, ids["disp"])
    assert page.workspace.undo_stack.undoText() == "Effacer 2 valeurs"  # GAP had none
    page.workspace.undo_stack.undo()
    stored = values_in_file(page, ids["disp"])
    assert (stored[SEP], stored[OCT]) == (98.5, 96.4)
    assert cell(page, "DISP", OCT).data() == "96,4"


def test_a_block_copied_from_excel_pastes_in_one_undo_step(qtbot, grid) -> None:
    page, view, ids = grid
    # two rows × two months as French Excel copies them: CRLF after every row, « % »,
    # decimal commas, and a « NC » the supplier wrote for a figure it did not give
    QGuiApplication.clipboard().setText("98,5 %\t99,1\r\n97\tNC\r\n")
    go_to(view, cell(page, "DISP", SEP))
    press(qtbot, view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    disp, gap = values_in_file(page, ids["disp"]), values_in_file(page, ids["gap"])
    assert (disp[SEP], disp[OCT], gap[SEP]) == (98.5, 99.1, 97.0)
    assert OCT not in gap
    assert cell(page, "GAP", OCT).data() == "NC"  # refused, kept at its cell
    assert "« NC » n'est pas un nombre" in cell(page, "GAP", OCT).data(TIP)
    assert "3 valeurs collées · 1 refusée" in page.grid_panel.message.text()
    assert page.workspace.undo_stack.count() == 1
    assert colour(cell(page, "DISP", OCT)) == style.OK_BG  # 99.1 ≥ 99

    page.workspace.undo_stack.undo()
    disp, gap = values_in_file(page, ids["disp"]), values_in_file(page, ids["gap"])
    assert (disp[SEP], disp[OCT]) == (98.5, 96.4) and SEP not in gap


def test_a_pasted_block_past_the_last_column_is_cut_and_counted(qtbot, grid) -> None:
    page, view, ids = grid
    QGuiApplication.clipboard().setText("3,5\t2\t1\n")
    go_to(view, cell(page, "P1", NOV))  # the last column shown
    press(qtbot, view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert values_in_file(page, ids["p1"])[NOV] == 3.5
    assert "2 cellules hors de la grille ignorées" in page.grid_panel.message.text()


def test_one_value_pasted_fills_the_selection(qtbot, grid) -> None:
    page, view, ids = grid
    QGuiApplication.clipboard().setText("97")
    select(view, cell(page, "GAP", D(2026, 6, 1)), cell(page, "GAP", OCT))
    press(qtbot, view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    stored = values_in_file(page, ids["gap"])
    assert [stored[D(2026, m, 1)] for m in range(6, 11)] == [97.0] * 5


def test_a_comment_is_added_to_a_cell(qtbot, grid, monkeypatch) -> None:
    page, view, ids = grid
    monkeypatch.setattr(grid_view, "ask_comment", lambda _p, title, current: "Panne réseau")
    go_to(view, cell(page, "DISP", OCT))
    press(qtbot, view, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)

    index = cell(page, "DISP", OCT)
    assert index.data(COMMENT_ROLE)
    assert "Commentaire : Panne réseau" in index.data(TIP)
    assert page.workspace.undo_stack.undoText() == "Commenter DISP (10/2026)"
    comment = page.workspace.query(lambda s: s.connection().exec_driver_sql(
        "SELECT comment FROM measurement WHERE indicator_id = ? AND period = '2026-10-01'",
        (ids["disp"],)).scalar())
    assert comment == "Panne réseau"


def test_copy_gives_a_block_a_spreadsheet_pastes(qtbot, grid) -> None:
    page, view, _ids = grid
    select(view, cell(page, "DISP", SEP), cell(page, "GAP", OCT))
    press(qtbot, view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "98,5\t96,4\n\t\n"


def test_a_breach_to_read_with_the_clients_inputs_says_so(grid) -> None:
    page, _view, _ids = grid
    assert "À lire avec les indicateurs client" in cell(page, "DISP", OCT).data(TIP)
    assert "Pénalité : 300,00" in cell(page, "DISP", OCT).data(TIP)  # 3 points × 100 €


def test_the_other_frequencies_have_their_own_grid(qtbot, grid) -> None:
    page, _view, _ids = grid
    buttons = page.grid_panel.frequency_buttons
    from app.models import Frequency

    assert buttons[Frequency.QUARTERLY].isVisibleTo(page)
    assert not buttons[Frequency.WEEKLY].isVisibleTo(page)
    qtbot.mouseClick(buttons[Frequency.QUARTERLY], Qt.MouseButton.LeftButton)
    model = page.grid_panel.model
    assert [model.row(n).code for n in range(model.rowCount())] == ["SAT"]
    assert model.headerData(model.columnCount() - 1, Qt.Orientation.Horizontal) == "T4 2026"


def test_the_names_column_shows_whole_names_when_there_is_room(qtbot) -> None:
    from PySide6.QtGui import QStandardItemModel

    names = ["SLA-03  Délai moyen de résolution des incidents N1 (h)",
             "CLI-01  Qualité des tickets transmis (complets à la création) (%)",
             "MOY-01  Rotation"]
    model = QStandardItemModel(len(names), 12)
    model.setVerticalHeaderLabels(names)
    view = grid_view.MeasureGridView()
    view.setModel(model)
    qtbot.addWidget(view)
    header = view.verticalHeader()
    needed = max(header.sectionSizeFromContents(n).width() for n in range(len(names)))

    view.resize(1110, 300)  # the grid at 1366 × 768: every name whole
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: header.width() >= needed)

    view.resize(760, 300)  # at 1024 × 768: the names give way, the periods keep most room
    qtbot.waitUntil(lambda: header.width() < needed)
    assert 240 <= header.width() <= 0.42 * 760
    assert view.viewport().width() >= 0.55 * 760
