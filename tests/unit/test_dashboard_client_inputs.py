"""The dashboard keeps the client's own inputs apart and says which of the supplier's
breaches are to be read with them (tests/indicators_scenario.py, today 24/11/2026)."""

from __future__ import annotations

from pathlib import Path

from app.services.dashboard import AlertKind, Severity, build_dashboard
from app.storage.document import open_file
from tests.indicators_scenario import scenario_file
from tests.unit.conftest import TODAY


def test_client_inputs_are_apart_and_read_with_the_suppliers_breaches(tmp_path: Path) -> None:
    path, ids = scenario_file(tmp_path / "documents")
    document = open_file(path, read_only=True)
    try:
        with document.session() as session:
            board = build_dashboard(session, TODAY)
    finally:
        document.close()
    by_kind = {}
    for alert in board.alerts:
        by_kind.setdefault(alert.kind, []).append(alert)
    # October: DISP (CTR-A) and PRES (CTR-B) breached; P1 only in its warning band
    assert sorted(a.entity_id for a in by_kind[AlertKind.INDICATOR_BREACHED]) == sorted(
        [ids["disp"], ids["pres"]])
    disp = next(a for a in by_kind[AlertKind.INDICATOR_BREACHED] if a.entity_id == ids["disp"])
    pres = next(a for a in by_kind[AlertKind.INDICATOR_BREACHED] if a.entity_id == ids["pres"])
    # CLI, CTR-A's client inputs, were breached in October too; CTR-B has none
    assert disp.message.endswith(" — à lire avec les indicateurs client")
    assert "à lire avec" not in pres.message
    (client,) = by_kind[AlertKind.CLIENT_INPUT_BREACHED]
    assert (client.entity_id, client.severity) == (ids["cli"], Severity.WARNING)
    assert client.message.startswith("Entrant client CLI « Indicateur CLI » (CTR-A) non "
                                     "atteint en 10/2026 : 80")
    assert (board.figures.indicators_breached, board.figures.client_inputs_breached) == (2, 1)
    assert [a.entity_id for a in by_kind[AlertKind.INDICATOR_MISSING]] == [ids["gap"]]
