"""The « Contrats » page says how a contract's life stands: ended once its term is over,
running until an agreed end, an express renewal waiting for a decision. Built from TODAY
(any day: VIGIE_TEST_TODAY), with the rules' month arithmetic stated where it is used."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QPoint, Qt

from app.models import Contract, ContractStatus, Renewal
from app.services import records
from app.services.formatting import NNBSP
from app.storage.document import open_file
from app.ui.pages.contracts import NOT_ENDED
from tests.ui.contracts_support import (
    DEADLINE,
    TODAY,
    build_page,
    choose,
    click,
    click_row,
    proxy_row,
    texts,
    type_into,
)

TERM_END, STATUS = 4, 5  # the columns « Fin du terme » and « Statut »


def french(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def test_a_contract_past_its_term_shows_as_ended(qtbot, filled_path, answers) -> None:
    # 12 months without renewal, started 12 months and 10 days ago: its last day, the day
    # before start + 12 months, was about 11 days ago. Its status still says « Actif ».
    path, ids = filled_path
    start = TODAY - relativedelta(months=12) - dt.timedelta(days=10)
    last_day = start + relativedelta(months=12) - dt.timedelta(days=1)
    document = open_file(path)
    with document.session() as session:
        records.update(session, Contract, ids["far"],
                       {"renewal": Renewal.NONE, "start_date": start})
    page = build_page(qtbot, document)
    row = proxy_row(page, "CTR-FAR")
    status = page.proxy.index(row, STATUS)
    assert status.data() == "Terminé"
    assert status.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Terminé le {french(last_day)} (statut saisi : Actif)")
    assert page.proxy.index(row, TERM_END).data() == french(last_day)
    assert page.proxy.index(row, DEADLINE).data() == ""  # nothing left to give notice of

    page.status_filter.setCurrentIndex(page.status_filter.findData(NOT_ENDED))
    assert "CTR-FAR" not in texts(page)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ContractStatus.ENDED))
    assert sorted(texts(page)) == ["CTR-ENDED", "CTR-FAR"]

    click_row(qtbot, page, "CTR-FAR")
    assert page.form.summary.text() == "Nova Régie · TMA · Terminé"
    assert page.form.key_date.text() == f"Contrat terminé le {french(last_day)}"
    assert page.form.fields.computed.contract_end.text() == french(last_day)
    document.close(save=False)


def test_an_express_renewal_asks_for_a_decision(qtbot, setup) -> None:
    page, _ids = setup
    click_row(qtbot, page, "CTR-SOON")
    fields = page.form.fields
    assert page.form.key_date.text().startswith("Dénonciation au plus tard le ")
    choose(fields.field("renewal"), Renewal.EXPRESS)
    assert fields.computed.notice_label.text() == "Décision de reconduction\nau plus tard le"
    assert page.form.key_date.text().startswith("Décision de reconduction au plus tard le ")
    click(qtbot, page.form.save_button)
    cell = page.proxy.index(proxy_row(page, "CTR-SOON"), DEADLINE)
    assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith(
        "Décision de reconduction au plus tard le ")


def test_a_planned_end_keeps_the_contract_running_until_then(qtbot, setup) -> None:
    # Notice given on a tacit contract: its end is agreed in 30 days. It stays active, with
    # its end to come, and no notice deadline any more.
    page, _ids = setup
    click_row(qtbot, page, "CTR-SOON")
    fields = page.form.fields
    end = TODAY + dt.timedelta(days=30)
    fields.field("ended_on").setDate(QDate(end.year, end.month, end.day))  # as the calendar
    assert page.form.key_date.text() == f"Fin du contrat le {french(end)} — dans 30 jours"
    assert fields.computed.notice_deadline.text() == "aucune"
    assert fields.computed.contract_end.text() == french(end)
    click(qtbot, page.form.save_button)
    row = proxy_row(page, "CTR-SOON")
    assert page.proxy.index(row, STATUS).data() == "Actif"
    assert page.proxy.index(row, DEADLINE).data() == ""
    assert page.proxy.index(row, TERM_END).data() == french(end)  # the term is cut short


def test_the_form_says_what_the_penalty_cap_comes_to(qtbot, setup) -> None:
    # CTR-SOON: 120 000 € a year, no penalty clause yet. With the clause and a cap of 10 %
    # of the monthly fee (10 000 €): 1 000 € a month.
    page, _ids = setup
    click_row(qtbot, page, "CTR-SOON")
    fields = page.form.fields
    assert fields.cap_words.text() == (
        "Aucune pénalité : le contrat n'a pas de clause de pénalités")
    clause = fields.field("has_penalty_clause")
    qtbot.mouseClick(clause, Qt.MouseButton.LeftButton,
                     pos=clause.rect().topLeft() + QPoint(8, clause.height() // 2))
    assert clause.isChecked()
    assert fields.cap_words.text() == "Sans plafond"
    type_into(qtbot, fields.field("penalty_cap_percent"), "10")
    assert fields.cap_words.text() == (
        f"Plafond : 10{NNBSP}% de la redevance mensuelle par mois, soit 1{NNBSP}000,00{NNBSP}€")


def test_every_alert_kind_has_its_icon_on_the_dashboard() -> None:
    # the dashboard's list paints an icon per kind: a kind without one (« Contrat
    # terminé » was new) would fail in the middle of painting
    from app.services.dashboard import AlertKind
    from app.ui import style
    from app.ui.widgets.alert_list import ICONS

    assert set(ICONS) == set(AlertKind)
    assert not any(style.icon(name).isNull() for name in ICONS.values())
