"""The demo client file: deterministic, scalable, French and realistic, every alert alive."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta

from app.cli import main
from app.demo import builder as demo
from app.models import metadata

TODAY = dt.date(2026, 3, 17)
#: Days chosen to stress month arithmetic: month ends, a leap day, the turn of a year.
TODAYS = (TODAY, dt.date(2026, 1, 31), dt.date(2024, 2, 29), dt.date(2026, 12, 31),
          dt.date(2027, 7, 1), dt.date(2025, 10, 30))


def _generate(path: Path, **options: object) -> Path:
    demo.generate(path, **options)  # type: ignore[arg-type]
    return path


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo file at scale 1, generated once for the module at TODAY."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VIGIE_DATA_DIR", str(folder / "data"))
        yield _generate(folder / "demo.vigie", today=TODAY)


@pytest.fixture
def db(demo_path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{demo_path.as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    yield connection
    connection.close()


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIGIE_DATA_DIR", str(tmp_path / "data"))


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return {
            table.name: connection.execute(
                f'SELECT * FROM "{table.name}" ORDER BY '
                + ", ".join(c.name for c in table.primary_key.columns)
            ).fetchall()
            for table in metadata.sorted_tables
        }
    finally:
        connection.close()


def counts(path: Path) -> dict[str, int]:
    return {table: len(rows) for table, rows in dump(path).items()}


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text[:10])


# -- determinism and scale -------------------------------------------------------------------


def test_same_seed_and_day_give_the_same_file(tmp_path: Path) -> None:
    first = dump(_generate(tmp_path / "a.vigie", seed=7, today=TODAY))
    second = dump(_generate(tmp_path / "b.vigie", seed=7, today=TODAY))
    assert first == second
    assert first["attachment"] and first["client_profile"]


def test_another_seed_gives_other_people_and_figures(tmp_path: Path) -> None:
    first = dump(_generate(tmp_path / "a.vigie", seed=1, today=TODAY))
    second = dump(_generate(tmp_path / "b.vigie", seed=2, today=TODAY))
    assert first["contact"] != second["contact"]
    assert first["measurement"] != second["measurement"]
    main_tables = ("supplier", "contract", "indicator", "measurement", "committee", "action")
    assert [counts(tmp_path / "a.vigie")[t] for t in main_tables] == [
        counts(tmp_path / "b.vigie")[t] for t in main_tables]


def test_scale_multiplies_the_portfolio(tmp_path: Path, demo_path: Path) -> None:
    single = counts(demo_path)
    triple = counts(_generate(tmp_path / "x3.vigie", scale=3, today=TODAY))
    for table in ("supplier", "contract", "indicator", "measurement", "invoice", "committee",
                  "action", "agenda_item", "reversibility_milestone", "attachment"):
        assert triple[table] == 3 * single[table], table
    rows = dump(tmp_path / "x3.vigie")
    assert sum(row[1] is None for row in rows["contact"]) == 4  # the client's own people
    references = [row[2] for row in rows["contract"]]
    assert len(set(references)) == len(references)
    assert "Armor Infogérance 3" in {row[1] for row in rows["supplier"]}


def test_the_documented_scale_reaches_200000_measurements(demo_path: Path) -> None:
    assert counts(demo_path)["measurement"] == demo.MEASUREMENTS_PER_COPY == 741
    assert demo.scale_for(200_000) == 270
    assert 270 * demo.MEASUREMENTS_PER_COPY >= 200_000 > 269 * demo.MEASUREMENTS_PER_COPY


def test_the_file_is_a_healthy_vigie_file(demo_path: Path) -> None:
    from app.storage.inspect import inspect_file

    report = inspect_file(demo_path)
    assert report.ok and not report.needs_migration
    assert report.counts["supplier"] == 4


# -- French, realistic content ---------------------------------------------------------------


def test_suppliers_have_valid_siren_siret_and_contacts(db: sqlite3.Connection) -> None:
    suppliers = db.execute("SELECT * FROM supplier").fetchall()
    assert len(suppliers) == 4
    for supplier in suppliers:
        assert len(supplier["siren"]) == 9 and luhn_ok(supplier["siren"])
        assert len(supplier["siret"]) == 14 and luhn_ok(supplier["siret"])
        assert supplier["siret"].startswith(supplier["siren"])
        assert supplier["address"] and supplier["certifications"]
    per_supplier = Counter(row[0] for row in db.execute(
        "SELECT supplier_id FROM contact WHERE side = 'supplier'"))
    assert sorted(per_supplier) == [s["id"] for s in suppliers]
    assert all(2 <= n <= 4 for n in per_supplier.values())
    client_roles = [row[0] for row in db.execute(
        "SELECT role FROM contact WHERE side = 'client' AND supplier_id IS NULL")]
    assert 3 <= len(client_roles) <= 4
    assert any("DSI" in role for role in client_roles)


def test_generated_siren_are_luhn_valid_for_many_draws() -> None:
    import random

    rng = random.Random(0)
    for _ in range(500):
        siren = demo.new_siren(rng)
        assert luhn_ok(siren) and luhn_ok(demo.new_siret(siren, rng))


def test_contracts_are_varied_and_each_running_one_has_indicators(
    db: sqlite3.Connection,
) -> None:
    contracts = db.execute("SELECT * FROM contract").fetchall()
    assert len(contracts) == 8
    assert len({c["kind"] for c in contracts}) >= 6
    assert {"tacit", "none", "express"} <= {c["renewal"] for c in contracts}
    assert [c["status"] for c in contracts].count("reversibility") == 1
    per_contract = Counter(row[0] for row in db.execute("SELECT contract_id FROM indicator"))
    ended = {c["id"] for c in contracts if c["reference"].startswith("HX-TSY-MSG")}
    assert set(per_contract) == {c["id"] for c in contracts} - ended
    assert any(c["daily_rate"] for c in contracts) and any(c["unit_price"] for c in contracts)


def test_the_demo_has_a_case_of_each_convention(db: sqlite3.Connection) -> None:
    """A contract ended by its term (still typed active), an end agreed to come, a
    contract without a penalty clause whose contractual indicator is breached, caps on
    either basis, a disputed invoice and a credit note."""
    contracts = {c["reference"][:10]: c for c in db.execute("SELECT * FROM contract")}
    ended = contracts["HX-TSY-MSG"]
    last_day = _date(ended["start_date"]) + relativedelta(
        months=ended["initial_duration_months"]) - dt.timedelta(days=1)
    assert (ended["renewal"], ended["status"], ended["ended_on"]) == ("none", "active", None)
    assert TODAY - dt.timedelta(days=30) <= last_day < TODAY
    agreed = contracts["HX-LIG-WMS"]
    assert agreed["renewal"] == "tacit" and _date(agreed["ended_on"]) > TODAY
    no_clause = contracts["HX-TSY-ATG"]
    assert not no_clause["has_penalty_clause"]
    breached = db.execute(
        "SELECT m.value, i.target FROM measurement m JOIN indicator i ON i.id = m.indicator_id "
        "WHERE i.contract_id = ? AND i.contractual AND i.penalty_kind != 'none' "
        "AND m.period = ?", (no_clause["id"], (TODAY.replace(day=1) - relativedelta(
            months=1)).isoformat())).fetchall()
    assert any(value > target for value, target in breached)  # lower is better there
    assert {c["penalty_cap_basis"] for c in contracts.values()
            if c["penalty_cap_percent"]} == {"monthly_fee", "annual_amount"}
    invoices = db.execute("SELECT amount, status FROM invoice").fetchall()
    assert [status for _, status in invoices].count("disputed") == 1
    assert sum(amount < 0 for amount, _ in invoices) == 1


def test_indicators_cover_categories_penalties_and_the_client_side(
    db: sqlite3.Connection,
) -> None:
    indicators = db.execute("SELECT * FROM indicator").fetchall()
    assert 25 <= len(indicators) <= 35
    assert {i["category"] for i in indicators} == {
        "service_level", "budget", "satisfaction", "client_inputs", "advice", "resources"}
    assert {"fixed", "percent"} <= {i["penalty_kind"] for i in indicators if i["contractual"]}
    assert any(i["direction"] == "lower" for i in indicators)
    assert sum(i["measured_side"] == "client" for i in indicators) >= 2
    codes = [(i["contract_id"], i["code"]) for i in indicators]
    assert len(set(codes)) == len(codes)
    assert any(i["name"] == "Délai de résolution P1 (h)" for i in indicators)


def test_measurements_are_24_monthly_periods_ending_last_month(db: sqlite3.Connection) -> None:
    last = TODAY.replace(day=1) - relativedelta(months=1)
    expected = [last - relativedelta(months=n) for n in range(23, -1, -1)]
    periods: dict[int, list[dt.date]] = {}
    for indicator_id, period in db.execute(
        "SELECT indicator_id, period FROM measurement ORDER BY indicator_id, period"
    ):
        periods.setdefault(indicator_id, []).append(_date(period))
    indicators = [row[0] for row in db.execute("SELECT id FROM indicator")]
    assert sorted(periods) == sorted(indicators)
    gappy = [i for i, days in periods.items() if days != expected]
    assert len(gappy) == 1  # one indicator has a few months missing, on purpose
    assert set(periods[gappy[0]]) < set(expected) and len(periods[gappy[0]]) == 21


def test_invoices_bill_days_for_regie_with_a_drifting_tjm_and_a_dispute(
    db: sqlite3.Connection,
) -> None:
    rows = db.execute(
        "SELECT c.reference, c.daily_rate, i.period, i.amount, i.days_billed, i.status "
        "FROM invoice i JOIN contract c ON c.id = i.contract_id").fetchall()
    assert {_date(r["period"]).year for r in rows} == {TODAY.year - 1, TODAY.year}
    assert [r["status"] for r in rows].count("disputed") == 1
    regie = [r for r in rows if r["daily_rate"]]
    assert regie and all(r["days_billed"] for r in regie)
    recent = TODAY - relativedelta(months=6)
    drift = {r["reference"] for r in regie
             if _date(r["period"]) >= recent and r["amount"] / r["days_billed"]
             > r["daily_rate"] * 1.02}
    assert len(drift) == 1


def test_committees_have_participants_agenda_and_decisions(db: sqlite3.Connection) -> None:
    kinds = Counter(row[0] for row in db.execute("SELECT kind FROM committee"))
    assert kinds["copil"] >= 36 and kinds["cotech"] >= 4 and kinds["costrat"] == 1
    first = min(_date(row[0]) for row in db.execute("SELECT starts_at FROM committee"))
    assert first > TODAY - dt.timedelta(days=366)
    assert db.execute(
        "SELECT count(*) FROM committee c WHERE NOT EXISTS (SELECT 1 FROM "
        "committee_participant p WHERE p.committee_id = c.id)").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM agenda_item WHERE notes != ''").fetchone()[0] > 100
    assert db.execute("SELECT count(*) FROM decision").fetchone()[0] >= 20
    attendance = {row[0] for row in db.execute("SELECT attendance FROM committee_participant")}
    assert {"present", "invited"} <= attendance


def test_actions_come_from_committees_and_are_mostly_done(db: sqlite3.Connection) -> None:
    actions = db.execute("SELECT * FROM action").fetchall()
    assert 55 <= len(actions) <= 65
    assert all(a["committee_id"] and a["owner_id"] and a["due_date"] for a in actions)
    statuses = Counter(a["status"] for a in actions)
    assert statuses["done"] > len(actions) / 2
    assert all((a["closed_on"] is not None) == (a["status"] in ("done", "cancelled"))
               for a in actions)


def test_the_reversibility_plan_has_seven_phased_milestones(db: sqlite3.Connection) -> None:
    milestones = db.execute(
        "SELECT m.* FROM reversibility_milestone m JOIN contract c ON c.id = m.contract_id "
        "WHERE c.status = 'reversibility'").fetchall()
    assert len(milestones) == 7 and len({m["phase"] for m in milestones}) == 7
    assert Counter(m["status"] for m in milestones)["done"] >= 2


def test_attachments_are_small_documents(db: sqlite3.Connection) -> None:
    attachments = db.execute("SELECT * FROM attachment").fetchall()
    assert len(attachments) >= 2
    assert all(a["size"] == len(a["data"]) < 10_000 for a in attachments)
    pdf = [a for a in attachments if a["media_type"] == "application/pdf"]
    assert pdf and pdf[0]["data"].startswith(b"%PDF-") and pdf[0]["data"].endswith(b"%%EOF\n")


# -- every alert of the dashboard has a case -------------------------------------------------


def _beyond_threshold(row: sqlite3.Row) -> bool:
    limit = row["alert_threshold"] if row["alert_threshold"] is not None else row["target"]
    return row["value"] < limit if row["direction"] == "higher" else row["value"] > limit


def _alert_preconditions(db: sqlite3.Connection, today: dt.date) -> dict[str, bool]:
    """Each dashboard alert, decided from the tables with plain date arithmetic."""
    horizon = today + dt.timedelta(days=89)  # a day of margin for the rules' conventions
    last = today.replace(day=1) - relativedelta(months=1)
    notice, ending, ended = False, False, False
    for c in db.execute("SELECT * FROM contract WHERE status != 'ended'"):
        start = _date(c["start_date"])
        months = c["initial_duration_months"]
        if c["ended_on"]:  # an end agreed
            ending |= today <= _date(c["ended_on"]) <= horizon
        elif c["renewal"] == "tacit":
            while start + relativedelta(months=months) <= today:
                months += c["renewal_period_months"]
            end = start + relativedelta(months=months)
            notice |= today < end - relativedelta(months=c["notice_period_months"]) <= horizon
        elif c["renewal"] == "none":
            end = start + relativedelta(months=months)  # the day after the last one
            ending |= today < end <= horizon
            ended |= today - dt.timedelta(days=29) <= end <= today  # ended ≤ 30 days ago
    last_month = db.execute(
        "SELECT i.*, m.value FROM indicator i JOIN contract c ON c.id = i.contract_id "
        "LEFT JOIN measurement m ON m.indicator_id = i.id AND m.period = ? "
        "WHERE c.status IN ('active', 'renewal_due', 'reversibility')", (last.isoformat(),)
    ).fetchall()
    breached = [r for r in last_month if r["value"] is not None and _beyond_threshold(r)]
    late_milestones = db.execute(
        "SELECT count(*) FROM reversibility_milestone WHERE planned_end < ? "
        "AND status IN ('planned', 'in_progress')", (today.isoformat(),)).fetchone()[0]
    unplanned = False  # a clause, no plan, a notice deadline within 180 days
    for c in db.execute("SELECT * FROM contract WHERE has_reversibility_clause AND status != "
                        "'ended' AND id NOT IN (SELECT contract_id FROM reversibility_milestone)"):
        end = _date(c["start_date"]) + relativedelta(months=c["initial_duration_months"])
        while c["renewal"] == "tacit" and end - relativedelta(months=c["notice_period_months"]) \
                <= today:
            end += relativedelta(months=c["renewal_period_months"])
        deadline = end - relativedelta(months=c["notice_period_months"])
        unplanned |= today < deadline <= today + dt.timedelta(days=179)
    return {
        "notice_deadline": notice,
        "contract_end": ending,
        "contract_ended": ended,
        "indicator_breached": bool(breached),
        "indicator_missing": any(r["value"] is None for r in last_month),
        "penalty_due": any(r["contractual"] and r["penalty_kind"] != "none" for r in breached),
        "action_late": db.execute(
            "SELECT count(*) FROM action WHERE due_date < ? AND status IN ('open', "
            "'in_progress')", (today.isoformat(),)).fetchone()[0] > 0,
        "committee_next": any(
            today <= _date(row[0]) <= today + dt.timedelta(days=30) for row in db.execute(
                "SELECT starts_at FROM committee WHERE status = 'planned'")),
        "milestone_late": late_milestones > 0,
        "reversibility_unplanned": unplanned,
    }


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_every_alert_has_a_case_whatever_the_day(tmp_path: Path, today: dt.date) -> None:
    path = _generate(tmp_path / "demo.vigie", today=today)
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        preconditions = _alert_preconditions(connection, today)
    finally:
        connection.close()
    assert preconditions == dict.fromkeys(preconditions, True)


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_the_dashboard_shows_every_kind_of_alert(tmp_path: Path, today: dt.date) -> None:
    dashboard = pytest.importorskip("app.services.dashboard")
    from app.storage.document import open_file

    document = open_file(_generate(tmp_path / "demo.vigie", today=today), read_only=True)
    try:
        with document.session() as session:
            board = dashboard.build_dashboard(session, today)
    finally:
        document.close()
    expected = set(dashboard.AlertKind)
    if today.month == 1:  # penalties are summed over the calendar year, still unmeasured
        expected.discard(dashboard.AlertKind.PENALTY_DUE)
    assert {alert.kind for alert in board.alerts} == expected


# -- the command line ------------------------------------------------------------------------


def test_vigie_demo_creates_the_file_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "Démo client.vigie"
    assert main(["demo", str(target), "--seed", "5"]) == 0
    out = capsys.readouterr().out.strip()
    assert out == (f"Fichier de démonstration créé : {target} (4 prestataires, 8 contrats, "
                   "31 indicateurs, 741 mesures)")
    assert counts(target)["measurement"] == 741


def test_vigie_demo_scales(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", str(tmp_path / "big.vigie"), "--scale", "2"]) == 0
    assert "(8 prestataires, 16 contrats, 62 indicateurs, 1\u202f482 mesures)" in (
        capsys.readouterr().out)


def test_vigie_demo_refuses_a_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere" / "demo.vigie"
    assert main(["demo", str(target)]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "nowhere" in captured.err
    assert not target.exists()
