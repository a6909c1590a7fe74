"""The demo's reversibility: a plan in progress with sides, a signed PV attached, a checklist;
and a contract with a clause and no plan, near its notice deadline."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo import builder as demo
from app.services import workdays
from app.services.dashboard import AlertKind, build_dashboard
from app.services.reversibility import standard_checklist
from app.services.reversibility_status import plan_statuses
from app.storage.document import open_file

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VIGIE_DATA_DIR", str(folder / "data"))
        demo.generate(folder / "demo.vigie", today=TODAY)
        yield folder / "demo.vigie"


@pytest.fixture
def db(demo_path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{demo_path.as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


def test_the_plan_falls_on_working_days_with_sides(db: sqlite3.Connection) -> None:
    milestones = db.execute("SELECT * FROM reversibility_milestone ORDER BY planned_start")
    rows = milestones.fetchall()
    for row in rows:
        for column in ("planned_start", "planned_end", "actual_start", "actual_end",
                       "pv_signed_on"):
            if row[column]:
                assert workdays.is_working_day(dt.date.fromisoformat(row[column])), column
    assert {row["side"] for row in rows} == {"client", "supplier"}


def test_a_signed_pv_is_attached_to_its_milestone(db: sqlite3.Connection) -> None:
    (pv,) = db.execute(
        "SELECT a.*, m.pv_signed FROM attachment a JOIN reversibility_milestone m "
        "ON m.id = a.milestone_id").fetchall()
    assert pv["kind"] == "acceptance_report" and pv["pv_signed"]
    assert pv["data"].startswith(b"%PDF-") and pv["contract_id"] is None


def test_the_checklist_has_the_standard_items_and_one_of_the_clients(
        db: sqlite3.Connection) -> None:
    items = db.execute("SELECT * FROM readiness_item ORDER BY position").fetchall()
    assert [i["title"] for i in items][:5] == standard_checklist()
    assert len(items) == 6
    assert {i["status"] for i in items} == {"done", "in_progress", "todo", "not_applicable"}
    evidence = db.execute("SELECT count(*) FROM attachment WHERE checklist_item_id IS NOT NULL")
    assert evidence.fetchone()[0] == 1


def test_the_demo_shows_a_plan_and_a_contract_without_one(demo_path: Path) -> None:
    document = open_file(demo_path, read_only=True)
    try:
        with document.session() as session:
            (plan,) = plan_statuses(session, TODAY)
            board = build_dashboard(session, TODAY)
    finally:
        document.close()
    assert plan.reference.startswith("HX-LIG-WMS") and plan.late and plan.blockers
    assert 0 < plan.readiness < 100 and plan.checklist_counted == 5
    (unplanned,) = [a for a in board.alerts if a.kind is AlertKind.PLAN_MISSING]
    assert "HX-ARM-INF" in unplanned.message and unplanned.entity == "reversibility"
