"""The « Tableau de bord » page on a demo file, driven as a user would: figures, alerts, charts."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt

from app.demo import builder as demo
from app.models import Action, ActionStatus
from app.services.dashboard import Alert, AlertKind, Dashboard, Severity, build_dashboard
from app.services.formatting import NNBSP, format_money
from app.storage.document import open_file
from app.ui.commands import UpdateRecord
from app.ui.pages import dashboard as dashboard_page
from app.ui.pages.dashboard import DashboardPage
from app.ui.widgets.alert_list import AlertList, GroupHeader, MoreRow
from app.ui.workspace import Workspace
from tests.conftest import SCENARIO_DAY

ROOT = Path(__file__).resolve().parents[2]
#: The figures below were read off the demo file built on this day (a Tuesday): this
#: module pins it, whatever day the rest of the suite runs on (VIGIE_TEST_TODAY).
TODAY = SCENARIO_DAY
pytestmark = pytest.mark.day(TODAY)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo file at TODAY, generated once per test process."""
    path = tmp_path_factory.mktemp("demo") / "demo.vigie"
    demo.generate(path, scale=1, seed=2026, today=TODAY)
    return path


@pytest.fixture
def demo_path(demo_master: Path, tmp_path: Path) -> Path:
    """A copy of the demo file of this test's own."""
    folder = tmp_path / "documents"
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(demo_master, folder / "demo.vigie"))


def open_page(qtbot, path: Path) -> DashboardPage:
    """The page on that file, shown at 1280 x 800 and filled."""
    document = open_file(path)
    page = DashboardPage(Workspace(document))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, demo_path: Path):
    page = open_page(qtbot, demo_path)
    yield page
    page.workspace.undo_stack.clear()
    page.workspace.document.close(save=False)


@pytest.fixture
def board(page: DashboardPage) -> Dashboard:
    """What the dashboard service computes for the page's file."""
    return page.workspace.query(lambda s: build_dashboard(s, TODAY))


def rows(alert_list: AlertList) -> list:
    model = alert_list.alert_model
    return [model.entry(row) for row in range(model.rowCount())]


def row_of(alert_list: AlertList, wanted) -> int:
    return next(n for n, entry in enumerate(rows(alert_list)) if entry == wanted)


def click_row(qtbot, alert_list: AlertList, row: int) -> None:
    index = alert_list.alert_model.index(row)
    alert_list.scrollTo(index)
    rect = alert_list.visualRect(index)
    qtbot.mouseClick(alert_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def charts_drawn(qtbot, page: DashboardPage) -> None:
    """Wait for both charts (the first one waits for matplotlib's import, which may also
    build its font cache: give it time on a busy machine)."""
    for chart in (page.sla_chart, page.budget_chart):
        qtbot.waitUntil(lambda chart=chart: chart.figure is not None
                        and bool(chart.figure.axes or chart.figure.texts), timeout=60_000)


def many_alerts(count: int, severity: Severity = Severity.WARNING) -> list[Alert]:
    return [Alert(AlertKind.ACTION_LATE, severity, f"Action en retard n° {n}",
                  TODAY - dt.timedelta(days=n), "action", n) for n in range(1, count + 1)]


# -- key figures ------------------------------------------------------------------------------


def test_key_figures_are_the_services_written_in_french(page, board) -> None:
    figures, cards = board.figures, page.cards
    assert page.date_label.text() == "Situation au 24/11/2026"
    assert cards["contracts"].value.text() == str(figures.active_contracts) == "7"
    assert figures.active_annual_amount == 1_921_400
    assert cards["amount"].value.text() == f"1,92{NNBSP}M€"
    assert cards["amount"].toolTip() == format_money(figures.active_annual_amount)
    # 6 supplier breaches with a penalty clause or none, and ATG's MOY-01 (no clause: no
    # penalty, but breached all the same)
    assert cards["breached"].value.text() == str(figures.indicators_breached) == "7"
    assert figures.penalties_due == 7_780
    assert cards["penalties"].value.text() == f"7{NNBSP}780{NNBSP}€"
    assert cards["penalties"].detail.full_text() == "en 2026"
    assert cards["late"].value.text() == str(figures.late_actions) == "4"
    following = figures.next_committee
    assert cards["committee"].value.text() == "03/12/2026"
    assert cards["committee"].detail.full_text() == f"dans 9 jours\n{following.title}"
    assert following.title in cards["committee"].toolTip()


def test_the_next_committee_card_says_when_whole_and_what_as_far_as_it_fits(
    qtbot, page, board
) -> None:
    """« dans 3 jours · CoT… » told neither: the delay has a line of its own, the title the
    next, cut last (the card's tooltip has it whole)."""
    title = board.figures.next_committee.title
    page.resize(1100, 700)
    card = page.cards["committee"]
    qtbot.waitUntil(lambda: card.detail.width() > 0)
    when, what = card.detail.text().split("\n")
    assert when == "dans 9 jours"
    assert what.rstrip("…") and title.startswith(what.rstrip("…"))
    assert len(what.rstrip("…")) >= len("CoTech infogérance")
    assert title in card.toolTip()


def test_the_next_committee_card_leads_to_the_committee(qtbot, page, board) -> None:
    card = page.cards["committee"]
    with qtbot.waitSignal(page.navigate_requested) as signal:
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert signal.args == ["committee", board.figures.next_committee.id]


def test_cards_stay_readable_in_a_small_window(qtbot, page) -> None:
    page.resize(810, 640)
    qtbot.waitUntil(lambda: page.cards["committee"].property("compact") is True)
    assert page.width() == 810  # the wide cards do not hold the page wider
    # once laid out again, no value is cut
    qtbot.waitUntil(lambda: all(card.value.width() >= card.value.sizeHint().width()
                                for card in page.cards.values()))
    for card in page.cards.values():
        assert not card.icon_label.isVisible()
    assert page.sla_hint.isHidden()
    page.resize(1280, 800)
    qtbot.waitUntil(lambda: page.cards["committee"].property("compact") is False)
    assert all(card.icon_label.isVisible() for card in page.cards.values())
    assert page.sla_hint.isVisible()


# -- alerts -----------------------------------------------------------------------------------


def test_alerts_are_grouped_by_severity_most_urgent_first(page, board) -> None:
    shown = rows(page.alert_list)
    headers = [entry for entry in shown if isinstance(entry, GroupHeader)]
    assert [(h.severity, h.count) for h in headers] == [
        (Severity.CRITICAL, 5), (Severity.WARNING, 16), (Severity.INFO, 5)]
    assert [page.alert_list.alert_model.index(shown.index(h)).data() for h in headers] == [
        "Critique (5)", "À surveiller (16)", "Information (5)"]
    # every alert of the service, under its group's header, in the service's order
    current, seen = None, []
    for entry in shown:
        if isinstance(entry, GroupHeader):
            current = entry.severity
        else:
            assert entry.severity is current
            seen.append(entry)
    assert seen == board.alerts
    assert page.alert_stack.currentWidget() is page.alert_list


def test_an_alert_says_everything_in_its_tooltip(page, board) -> None:
    index = page.alert_list.alert_model.index(row_of(page.alert_list, board.alerts[0]))
    assert board.alerts[0].message in index.data(Qt.ItemDataRole.ToolTipRole)
    assert board.alerts[0].message in index.data(Qt.ItemDataRole.AccessibleTextRole)


def test_arrows_and_enter_follow_an_alert(qtbot, page, board) -> None:
    alert_list = page.alert_list
    alert_list.setFocus()
    qtbot.keyClick(alert_list, Qt.Key.Key_Home)
    assert alert_list.currentIndex().row() == 1  # the first alert, not its group's title
    for _ in range(5):  # past the last critical alert and the title of the next group
        qtbot.keyClick(alert_list, Qt.Key.Key_Down)
    current = alert_list.entry_at(alert_list.currentIndex())
    assert current == board.alerts[5] and current.severity is Severity.WARNING
    with qtbot.waitSignal(page.navigate_requested) as signal:
        qtbot.keyClick(alert_list, Qt.Key.Key_Return)
    assert signal.args == [current.entity, current.entity_id]


def test_a_click_follows_an_alert(qtbot, page, board) -> None:
    notice = next(a for a in board.alerts if a.kind is AlertKind.NOTICE_DEADLINE)
    with qtbot.waitSignal(page.navigate_requested) as signal:
        click_row(qtbot, page.alert_list, row_of(page.alert_list, notice))
    assert signal.args == ["contract", notice.entity_id]


def test_a_click_on_a_group_title_goes_nowhere(qtbot, page) -> None:
    with qtbot.assertNotEmitted(page.navigate_requested):
        click_row(qtbot, page.alert_list, 0)


def test_show_more_expands_a_group_cut_short(qtbot) -> None:
    alert_list = AlertList()
    qtbot.addWidget(alert_list)
    alert_list.resize(500, 600)
    alert_list.show()
    per_group = dashboard_page_per_group()
    warnings = many_alerts(per_group + 30)
    critical = many_alerts(per_group + 5, Severity.CRITICAL)
    alert_list.set_alerts(critical + warnings)
    shown = rows(alert_list)
    more = [entry for entry in shown if isinstance(entry, MoreRow)]
    assert more == [MoreRow(Severity.CRITICAL, 5), MoreRow(Severity.WARNING, 30)]
    assert len(shown) == 2 * (1 + per_group + 1)
    row = shown.index(more[1])
    assert alert_list.alert_model.index(row).data() == "Afficher les 30 autres alertes"

    with qtbot.assertNotEmitted(alert_list.alert_activated):
        click_row(qtbot, alert_list, row)
    shown = rows(alert_list)
    assert [e for e in shown if isinstance(e, Alert) and e.severity is Severity.WARNING] == warnings
    assert alert_list.entry_at(alert_list.currentIndex()) == warnings[per_group]  # where it was
    assert GroupHeader(Severity.WARNING, per_group + 30) in shown

    alert_list.setFocus()
    alert_list.setCurrentIndex(alert_list.alert_model.index(shown.index(more[0])))
    qtbot.keyClick(alert_list, Qt.Key.Key_Return)  # the keyboard shows the rest too
    assert not any(isinstance(entry, MoreRow) for entry in rows(alert_list))
    assert len(rows(alert_list)) == 2 + len(critical) + len(warnings)


def dashboard_page_per_group() -> int:
    from app.ui.widgets import alert_list

    return alert_list.PER_GROUP


def test_alert_list_model_passes_the_model_tester(qtmodeltester, page) -> None:
    qtmodeltester.check(page.alert_list.alert_model)
    page.alert_list.set_alerts(many_alerts(dashboard_page_per_group() + 3))
    qtmodeltester.check(page.alert_list.alert_model)
    assert page.alert_list.alert_model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


# -- charts -----------------------------------------------------------------------------------


def test_charts_are_drawn_once_the_page_has_shown(qtbot, page, board) -> None:
    charts_drawn(qtbot, page)
    (sla_axes,) = page.sla_chart.figure.axes
    line = next(line for line in sla_axes.get_lines() if line.get_gid() == "compliance")
    assert list(line.get_ydata()) == [point.percent for point in board.sla_compliance]
    page.budget_chart.canvas.draw()
    (budget_axes,) = page.budget_chart.figure.axes
    labels = [label.get_text() for label in budget_axes.get_yticklabels()]
    largest_first = sorted(board.budget, key=lambda line: -line.planned)
    assert labels == [line.reference for line in largest_first]
    assert page.budget_title.text() == "Budget consommé en 2026"


def test_one_query_per_refresh_and_charts_redrawn_only_on_change(
    qtbot, page, monkeypatch
) -> None:
    charts_drawn(qtbot, page)
    queries, draws = [], []
    monkeypatch.setattr(dashboard_page, "build_dashboard",
                        lambda s, day: queries.append(day) or build_dashboard(s, day))
    original = page.sla_chart.draw
    monkeypatch.setattr(page.sla_chart, "draw", lambda *a: draws.append(a) or original(*a))
    late = next(a for a in page.dashboard.alerts if a.kind is AlertKind.ACTION_LATE)

    UpdateRecord(page.workspace, "Clore l'action", Action, late.entity_id,
                 {"status": ActionStatus.DONE, "closed_on": TODAY}).execute()

    assert queries == [TODAY]  # the edit refreshed the page once
    assert page.cards["late"].value.text() == "3"
    assert late not in rows(page.alert_list)
    qtbot.wait(20)
    assert draws == []  # closing an action leaves the SLA chart as it was
    page.workspace.undo_stack.undo()
    assert page.cards["late"].value.text() == "4"
    assert len(queries) == 2


# -- an empty file ----------------------------------------------------------------------------


def test_a_file_with_nothing_to_watch_says_so(qtbot, client_path: Path) -> None:
    page = open_page(qtbot, client_path)
    try:
        assert page.alert_stack.currentWidget() is page.empty_state
        assert page.empty_state.isVisible()
        assert page.empty_label.text() == "Rien ne demande votre attention."
        assert page.empty_hint.text().startswith("Ce fichier ne contient aucun contrat en cours")
        assert page.cards["contracts"].value.text() == "0"
        assert page.cards["penalties"].value.text() == f"0{NNBSP}€"
        assert page.cards["committee"].value.text() == "—"
        assert page.cards["committee"].detail.full_text() == "aucun comité planifié"
        charts_drawn(qtbot, page)
        for chart in (page.sla_chart, page.budget_chart):
            assert [t.get_text() for t in chart.figure.texts] == ["Aucune donnée"]
    finally:
        page.workspace.document.close(save=False)


# -- start-up cost ----------------------------------------------------------------------------

LAZY_SCRIPT = """
import json, sys, time
from pathlib import Path
from app.ui.application import create_application
application = create_application()
from app.ui.main_window import MainWindow
window = MainWindow()
window.show()
application.processEvents()
seen = {"window": "matplotlib" in sys.modules}
window.open_path(Path(sys.argv[1]))
page = window.stack.currentWidget()
seen["page"] = type(page).__name__
from app.ui import chart_view
seen["loaded_on_a_worker"] = chart_view._loader is not None
deadline = time.monotonic() + 60
charts = (page.sla_chart, page.budget_chart)  # each waits on its own timer
while any(chart.figure is None for chart in charts) and time.monotonic() < deadline:
    application.processEvents()
    time.sleep(0.01)
seen["charts_drawn"] = all(chart.figure is not None and chart.figure.axes for chart in charts)
seen["loading_hidden"] = not any(chart.loading_label.isVisible() for chart in charts)
window.close()
print(json.dumps(seen))
"""


def test_matplotlib_loads_after_the_window_on_a_worker_thread(demo_path: Path,
                                                              data_dir: Path) -> None:
    """Not at start (the window paints without it); from the dashboard's creation, on a
    worker thread, while its figures are computed."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "VIGIE_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", LAZY_SCRIPT, str(demo_path)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120, check=True)
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"window": False, "page": "DashboardPage", "loaded_on_a_worker": True,
                    "charts_drawn": True, "loading_hidden": True}


# -- through the whole window -----------------------------------------------------------------


def test_a_notice_deadline_opens_its_contract_on_the_contracts_page(
    qtbot, window, demo_path: Path, monkeypatch
) -> None:
    queries = []
    monkeypatch.setattr(dashboard_page, "build_dashboard",
                        lambda s, day: queries.append(day) or build_dashboard(s, day))
    assert window.open_path(demo_path)
    dashboard = window.stack.currentWidget()
    assert isinstance(dashboard, DashboardPage)
    assert queries == [TODAY]  # opening the file computed the dashboard once
    notice = next(a for a in dashboard.dashboard.alerts
                  if a.kind is AlertKind.NOTICE_DEADLINE)
    alert_list = dashboard.alert_list
    alert_list.setFocus()
    alert_list.setCurrentIndex(alert_list.alert_model.index(row_of(alert_list, notice)))

    qtbot.keyClick(alert_list, Qt.Key.Key_Return)

    contracts = window.page("contracts")
    assert window.stack.currentWidget() is contracts
    assert window.sidebar.currentRow() == 2
    assert contracts.current_id() == notice.entity_id
    assert contracts.form.isVisible()
    assert contracts.form.title.text().startswith("HX-ARM-INF-2024 — ")
    (selected,) = contracts.table.selectionModel().selectedRows()
    assert selected.data() == "HX-ARM-INF-2024"


def test_back_after_a_change_the_page_shows_at_once_then_updates(
    qtbot, window, demo_path: Path, monkeypatch
) -> None:
    assert window.open_path(demo_path)
    dashboard = window.stack.currentWidget()
    late = next(a for a in dashboard.dashboard.alerts if a.kind is AlertKind.ACTION_LATE)
    window.sidebar.setCurrentRow(1)  # Prestataires
    UpdateRecord(window.workspace, "Clore l'action", Action, late.entity_id,
                 {"status": ActionStatus.DONE, "closed_on": TODAY}).execute()
    events = []

    class Painted(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append(("painted", dashboard.date_label.text()))
            return False

    spy = Painted()
    dashboard.installEventFilter(spy)
    monkeypatch.setattr(dashboard_page, "build_dashboard",
                        lambda s, day: events.append(("query", day)) or build_dashboard(s, day))

    window.sidebar.setCurrentRow(0)

    assert window.stack.currentWidget() is dashboard
    assert events == []  # nothing computed yet: the switch itself is immediate
    qtbot.waitUntil(lambda: ("query", TODAY) in events)
    assert events[0] == ("painted", "Mise à jour…")  # the page as it was, saying so
    assert events.index(("query", TODAY)) > 0
    qtbot.waitUntil(lambda: dashboard.date_label.text() == "Situation au 24/11/2026")
    assert late not in dashboard.dashboard.alerts
    dashboard.removeEventFilter(spy)
