"""`vigie report FILE [--json] [--today]`: text and JSON, read-only, errors on one line."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from app.services.formatting import NNBSP
from tests.unit.conftest import Scenario

TODAY = ["--today", "2026-11-24"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_report_has_its_sections(scenario: Scenario, capsys) -> None:
    code, out, err = run(capsys, str(scenario.path), *TODAY)
    assert (code, err) == (0, "")
    assert out.startswith("Vigie — Client du scénario — tableau de bord au 24/11/2026\n")
    for heading in ("Chiffres clés", "Alertes (10)", "Critique (3)", "À surveiller (6)",
                    "Information (1)", "Conformité SLA", "Budget 2026"):
        assert f"\n{heading}" in out or f"\n  {heading}" in out
    assert "Pénalités dues en 2026" in out and f"1{NNBSP}500,00{NNBSP}€" in out
    assert ("Dénonciation du contrat CTR-2024-003 (Infogérance poste de travail) au plus "
            "tard le 31/12/2026 — dans 37 jours") in out
    assert "10/2026  ░░░░░░░░░░░░░░░░░░░░  0,0" in out
    assert "08/2026  ····················  aucune mesure" in out


def test_json_report_has_stable_keys(scenario: Scenario, capsys) -> None:
    code, out, _ = run(capsys, str(scenario.path), "--json", *TODAY)
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["format", "version", "file", "client", "today", "figures",
                          "alert_counts", "alerts", "sla_compliance", "budget",
                          "reversibility"]
    assert (data["format"], data["version"], data["today"]) == ("vigie-report", 2, "2026-11-24")
    assert data["client"] == "Client du scénario"
    assert Path(data["file"]) == scenario.path.resolve()
    assert data["figures"] == {
        "active_contracts": 4,
        "active_annual_amount": 384_000.0,
        "indicators_breached": 2,
        "penalties_due": 1_500.0,
        "late_actions": 2,
        "next_committee": {"id": scenario.ids["committee"], "title": "COPIL de novembre",
                           "starts_at": "2026-11-29T14:00"},
    }
    assert data["alert_counts"] == {"critical": 3, "warning": 6, "info": 1}
    notice = next(a for a in data["alerts"] if a["kind"] == "notice_deadline")
    assert notice == {
        "kind": "notice_deadline", "severity": "warning", "date": "2026-12-31",
        "entity": "contract", "entity_id": scenario.ids["notice"],
        "message": "Dénonciation du contrat CTR-2024-003 (Infogérance poste de travail) "
                   "au plus tard le 31/12/2026 — dans 37 jours",
    }
    assert data["sla_compliance"][0] == {"month": "2025-11", "percent": None}
    assert data["sla_compliance"][-1] == {"month": "2026-10", "percent": 0.0}
    # expected by 31/10: 100 000 € × 304 / 365 days
    assert data["budget"][0] == {"contract": "CTR-2024-003", "planned": 100_000.0,
                                 "invoiced": 22_500.0, "expected": 83_287.67,
                                 "consumed_percent": 22.5, "disputed": 0.0}


def test_the_file_is_left_untouched(scenario: Scenario, capsys) -> None:
    before = hashlib.sha256(scenario.path.read_bytes()).hexdigest()
    stat = scenario.path.stat()
    assert run(capsys, str(scenario.path), "--json", *TODAY)[0] == 0
    assert hashlib.sha256(scenario.path.read_bytes()).hexdigest() == before
    assert scenario.path.stat().st_mtime_ns == stat.st_mtime_ns
    assert sorted(p.name for p in scenario.path.parent.iterdir()) == [scenario.path.name]


def test_report_defaults_to_today(scenario: Scenario, capsys) -> None:
    code, out, _ = run(capsys, str(scenario.path), "--json")
    assert code == 0 and json.loads(out)["today"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.vigie"], "introuvable"),
        (["{file}", "--today", "24/11/2026"], "--today attend une date AAAA-MM-JJ"),
    ],
)
def test_user_errors_are_one_line(scenario: Scenario, capsys, args, message) -> None:
    args = [a.replace("{file}", str(scenario.path)) for a in args]
    code, out, err = run(capsys, *args)
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and err.startswith("vigie: ") and message in err


def test_a_file_that_is_not_vigie_is_refused(tmp_path: Path, capsys) -> None:
    other = tmp_path / "notes.vigie"
    other.write_text("pas une base", encoding="utf-8")
    code, _, err = run(capsys, str(other))
    assert code != 0 and err.count("\n") == 1
    assert other.read_text(encoding="utf-8") == "pas une base"


def test_report_does_not_load_heavy_modules(scenario: Scenario) -> None:
    code = ("import sys; from app import cli; cli.main(['report', sys.argv[1], '--json']); "
            "heavy = [m for m in ('matplotlib', 'docx', 'openpyxl', 'PySide6') "
            "if m in sys.modules]; sys.exit(len(heavy))")
    result = subprocess.run([sys.executable, "-c", code, str(scenario.path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_report_is_utf8_even_on_a_cp1252_pipe(
    scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = io.BytesIO()
    pipe = io.TextIOWrapper(raw, encoding="cp1252")
    monkeypatch.setattr(sys, "stdout", pipe)
    assert cli.main(["report", str(scenario.path), *TODAY]) == 0
    pipe.flush()
    assert f"1{NNBSP}500,00{NNBSP}€" in raw.getvalue().decode("utf-8")
