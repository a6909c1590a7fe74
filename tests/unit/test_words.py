"""The words of the figures: plurals through one helper, French dates in every message,
« au plus tard le » for a last allowed day."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from app.models import Renewal
from app.services import contracts
from app.services.dashboard import Alert, AlertKind, Dashboard, Figures, Severity
from app.services.report import TEXT_LINES_PER_SECTION, report_text
from app.storage.errors import FileLocked
from app.storage.lock import Owner

D = dt.date


def test_a_locked_file_says_since_when_in_french() -> None:
    owner = Owner(host="PC-DSI-ELSEWHERE", user="cmartin", pid=1, token=None,
                  opened_at="2026-11-30T14:02:11")
    message = FileLocked(Path("/clients/hexagone.vigie"), owner).message
    assert message == ("« hexagone.vigie » est déjà ouvert par cmartin sur PC-DSI-ELSEWHERE "
                       "depuis le 30/11/2026 à 14:02.")
    unreadable = replace(owner, opened_at="?")
    assert FileLocked(Path("a.vigie"), unreadable).message.endswith("depuis le ?.")


def test_days_before_and_after_a_deadline() -> None:
    assert [contracts.days_text(n) for n in (-2, -1, 0, 1, 2, 37)] == [
        "dépassée depuis 2 jours", "dépassée depuis 1 jour", "aujourd'hui", "demain",
        "dans 2 jours", "dans 37 jours"]


def test_what_a_notice_deadline_is_for() -> None:
    assert contracts.deadline_words(Renewal.TACIT) == "Dénonciation"
    assert contracts.deadline_words(Renewal.EXPRESS) == "Décision de reconduction"


def _board(alerts: int) -> Dashboard:
    figures = Figures(0, 0.0, 0, 0.0, alerts, None)
    late = [Alert(AlertKind.ACTION_LATE, Severity.WARNING, f"Action {n}", D(2026, 11, 1),
                  "action", n) for n in range(alerts)]
    return Dashboard(D(2026, 11, 24), figures, late, [], [])


def test_the_text_report_counts_what_it_leaves_out_in_good_french() -> None:
    one_more = report_text(_board(TEXT_LINES_PER_SECTION + 1), file="f", client="c")
    assert "… et 1 autre (vigie report --json les donne toutes)" in one_more
    more = report_text(_board(TEXT_LINES_PER_SECTION + 2), file="f", client="c")
    assert "… et 2 autres (vigie report --json" in more
