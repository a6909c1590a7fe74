"""Shared by the GUI tests of the « Contrats » page: a client file with contracts, helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Qt
from sqlmodel import select

from app.models import (
    Contract,
    ContractKind,
    ContractStatus,
    Indicator,
    IndicatorCategory,
    Measurement,
    Supplier,
)
from app.services import records
from app.storage.document import create
from app.ui.workspace import Workspace
from tests.conftest import TODAY

DEADLINE = 3  # the deadline column


def exact_delay(days: int) -> int:
    """`days`, or the nearest delay beyond it (later for a deadline to come, earlier for a
    missed one) whose deadline is followed by a day from the 1st to the 28th.

    From such a day, months are added and taken away exactly (no month end is clipped), so
    `start_for_deadline_in` gives exactly that deadline whatever day TODAY is: on 30/11,
    « 9 months before 01/12 » and back again cannot land on a clipped 28/02.
    """
    step = 1 if days >= 0 else -1
    while (TODAY + dt.timedelta(days=days + 1)).day > 28:
        days += step
    return days


#: Days from TODAY to the notice deadlines of the urgent, soon and far contracts.
URGENT_IN, SOON_IN, FAR_IN = exact_delay(20), exact_delay(60), exact_delay(200)


def start_for_deadline_in(days: int) -> dt.date:
    """A start date giving a 12-month tacit contract (3 months' notice) its notice deadline
    in `days` days (`days` from `exact_delay`): the deadline is the day before the notice
    starts, 3 months before the term's end, itself 12 months after the start."""
    assert exact_delay(days) == days, "use exact_delay(): this deadline cannot be reached"
    return TODAY + dt.timedelta(days=days + 1) - relativedelta(months=9)


def populate(session) -> dict[str, int]:
    """Two suppliers; contracts due in about 20 and 60 days, a far one and an ended one."""
    armor = records.create(session, Supplier, {"name": "Armor Infogérance"})
    nova = records.create(session, Supplier, {"name": "Nova Régie"})

    def contract(reference: str, supplier: int, **fields) -> int:
        values = {"supplier_id": supplier, "reference": reference,
                  "title": f"Contrat {reference}", "kind": ContractKind.MANAGED_SERVICES,
                  "start_date": start_for_deadline_in(FAR_IN), "initial_duration_months": 12,
                  "notice_period_months": 3, "annual_amount": 120_000.0} | fields
        return records.create(session, Contract, values)

    ids = {"armor": armor, "nova": nova}
    ids["urgent"] = contract("CTR-URGENT", armor, start_date=start_for_deadline_in(URGENT_IN),
                             title="Infogérance du poste de travail")
    ids["soon"] = contract("CTR-SOON", armor, start_date=start_for_deadline_in(SOON_IN))
    ids["far"] = contract("CTR-FAR", nova, kind=ContractKind.TMA)
    ids["ended"] = contract("CTR-ENDED", nova, status=ContractStatus.ENDED)
    indicator = records.create(session, Indicator, {
        "contract_id": ids["urgent"], "code": "SLA-01", "name": "Disponibilité",
        "category": IndicatorCategory.SERVICE_LEVEL, "target": 99.5})
    for month in (1, 2, 3):
        records.create(session, Measurement, {"indicator_id": indicator,
                                              "period": dt.date(2026, month, 1), "value": 99.0})
    return ids


def filled_file(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A saved client file holding `populate`'s contracts, and their ids."""
    folder = tmp_path / "documents"
    folder.mkdir(exist_ok=True)
    document = create(folder / "client.vigie", "Client de test")
    with document.session() as session:
        ids = populate(session)
    document.close()
    return folder / "client.vigie", ids


def build_page(qtbot, document):
    """The contracts page on an open document, shown at 1280×800 and loaded."""
    from app.ui.application import create_application
    from app.ui.pages.contracts import ContractsPage

    create_application()
    workspace = Workspace(document)
    page = ContractsPage(workspace)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def texts(page, column: int = 0) -> list[str]:
    """The texts of a column of the table, as shown (filtered and sorted)."""
    return [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]


def proxy_row(page, reference: str) -> int:
    """The row where the table shows this contract."""
    return texts(page).index(reference)


def click_row(qtbot, page, reference: str) -> None:
    """Click on a contract's row, as a user selects it."""
    index = page.proxy.index(proxy_row(page, reference), 0)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot, button) -> None:
    """Click an enabled button."""
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:
    """Replace a field's content by typing, as a user does (select all, then type)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def choose(combo, data) -> None:
    """Pick an entry of a combo box the way a click in its list does."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def count_rows(page, model) -> int:
    """How many rows of this table the file holds."""
    return page.workspace.query(lambda s: len(s.exec(select(model)).all()))
