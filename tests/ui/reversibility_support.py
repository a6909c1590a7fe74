"""Shared by the GUI tests of the « Réversibilité » page: a client file, the page, helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from app.models import (
    Contact,
    Contract,
    ContractKind,
    ReadinessItem,
    ReversibilityMilestone,
    Supplier,
)
from app.models.enums import ChecklistStatus, MilestoneStatus, ReversibilityPhase, Side
from app.services import records
from app.storage.document import create
from app.ui.workspace import Workspace

D = dt.date


def populate(session) -> dict[str, int]:
    """A supplier and its contact, the client's DSI; CTR-WMS has a plan half-way, CTR-INF a
    reversibility clause and no plan, CTR-ATU neither."""
    supplier = records.create(session, Supplier, {"name": "Ligeria"})
    ids = {"supplier": supplier}
    ids["sdm"] = records.create(session, Contact, {"name": "Luc Bernard", "role": "SDM",
                                                   "supplier_id": supplier})
    ids["dsi"] = records.create(session, Contact, {"name": "Claire Morel", "role": "DSI",
                                                   "side": Side.CLIENT})

    def contract(reference: str, **fields) -> int:
        return records.create(session, Contract, {
            "supplier_id": supplier, "reference": reference, "title": f"Contrat {reference}",
            "kind": ContractKind.MAINTENANCE, "start_date": D(2024, 4, 1),
            "initial_duration_months": 36, "notice_period_months": 6} | fields)

    ids["wms"] = contract("CTR-WMS", has_reversibility_clause=True)
    ids["inf"] = contract("CTR-INF", has_reversibility_clause=True)
    ids["atu"] = contract("CTR-ATU")

    def milestone(phase, title, start, end, **fields) -> int:
        return records.create(session, ReversibilityMilestone, {
            "contract_id": ids["wms"], "phase": phase, "title": title, "planned_start": start,
            "planned_end": end, "owner_id": ids["sdm"]} | fields)

    ids["prep"] = milestone(ReversibilityPhase.PREPARATION, "Cadrage", D(2026, 9, 1),
                            D(2026, 9, 14), actual_start=D(2026, 9, 1),
                            actual_end=D(2026, 9, 14), status=MilestoneStatus.DONE,
                            pv_signed=True, pv_signed_on=D(2026, 9, 15))
    ids["transfer"] = milestone(ReversibilityPhase.KNOWLEDGE_TRANSFER, "Ateliers",
                                D(2026, 9, 15), D(2026, 11, 13), actual_start=D(2026, 9, 15),
                                status=MilestoneStatus.IN_PROGRESS)
    ids["cutover"] = milestone(ReversibilityPhase.CUTOVER, "Bascule du WMS", D(2027, 1, 4),
                               D(2027, 1, 8), owner_id=None)
    ids["item"] = records.create(session, ReadinessItem, {
        "contract_id": ids["wms"], "position": 1, "title": "Accès recensés",
        "status": ChecklistStatus.TODO})
    return ids


def filled_file(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    folder = tmp_path / "documents"
    folder.mkdir()
    document = create(folder / "plans.vigie", "Client de test")
    with document.session() as session:
        ids = populate(session)
    document.close()
    return folder / "plans.vigie", ids


def build_page(qtbot, document, size=(1280, 800)):
    """The reversibility page on an open document, shown and loaded."""
    from app.ui.application import create_application
    from app.ui.pages.reversibility import ReversibilityPage

    create_application()
    page = ReversibilityPage(Workspace(document))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.refresh()
    return page


def table_texts(tab, column: int) -> list[str]:
    return [tab.proxy.index(r, column).data() for r in range(tab.proxy.rowCount())]


def click_row(qtbot, tab, text: str, column: int = 1) -> None:
    """Click on the row showing `text` in `column`, as a user selects it."""
    row = table_texts(tab, column).index(text)
    rect = tab.table.visualRect(tab.proxy.index(row, column))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_date(qtbot, edit, day: dt.date) -> None:
    """Type a date into a date field as a user does. A QDateEdit: into its day section,
    then on (an empty optional one is first given a date with the up arrow). The shared
    DateField: all of it selected, the digits typed over it, then left."""
    edit.setFocus()
    if isinstance(edit, QDateEdit):
        if edit.date() == edit.minimumDate() and edit.specialValueText():
            qtbot.keyClick(edit, Qt.Key.Key_Up)
        edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
        qtbot.keyClicks(edit, day.strftime("%d%m%Y"))
    else:
        qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(edit, day.strftime("%d%m%Y"))
        edit.read_text()  # as leaving the field does
    assert edit.date() == QDate(day.year, day.month, day.day), edit.text()
