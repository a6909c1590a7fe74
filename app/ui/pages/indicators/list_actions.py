"""Copying an indicator to another contract and deleting one, from the indicators list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from app.models import Indicator
from app.services import indicator_definitions as definitions
from app.services import records
from app.services.indicator_definitions import ContractChoice
from app.services.validation import ValidationError
from app.ui.commands import CreateRecord, DeleteRecord
from app.ui.dialogs import messages
from app.ui.ops import Op

if TYPE_CHECKING:
    from app.ui.pages.indicators.list_tab import IndicatorListTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("IndicatorListTab", text)


def ask_contract(parent: QWidget, title: str, choices: Sequence[ContractChoice]
                 ) -> int | None:
    """Ask which contract to copy an indicator to (a GUI test replaces this function)."""
    labels = [c.label for c in choices]
    text, ok = QInputDialog.getItem(parent, title, _tr("Contrat :"), labels, 0, False)
    return choices[labels.index(text)].id if ok and text in labels else None


def duplicate(tab: IndicatorListTab) -> None:
    """Copy the shown indicator to another contract (undoable); its values stay."""
    row = tab.current_row()
    if row is None or tab.workspace.read_only or not tab.may_leave():
        return
    others = [c for c in tab.contracts if c.id != row.contract_id]
    target = ask_contract(tab, _tr("Dupliquer {0} sur un autre contrat").format(
        row.code), others) if others else None
    if target is None:
        return
    outcome: dict = {}
    Op(tab.workspace, lambda s: definitions.duplicate_values(s, row.id, target)).success(
        lambda v: outcome.update(values=v)).failure(
        lambda e: messages.show_error(tab, _tr("Duplication impossible"),
                                      " ".join(e.errors.values())
                                      if isinstance(e, ValidationError) else str(e))).run()
    if "values" not in outcome:
        return
    reference = next(c.reference for c in tab.contracts if c.id == target)
    command = CreateRecord(tab.workspace, _tr("Dupliquer {0} sur {1}").format(
        row.code, reference), Indicator, outcome["values"])
    command.execute()
    tab.open(command.row_id)


def delete(tab: IndicatorListTab) -> None:
    """Delete the shown indicator, after saying what goes with it (undoable)."""
    row = tab.current_row()
    if row is None or tab.workspace.read_only:
        return
    going = tab.workspace.query(lambda s: records.dependents(s, Indicator, row.id))
    details = (_tr("Seront aussi supprimés : {0}.").format(", ".join(going)) + "\n"
               if going else "")
    if not messages.confirm(
        tab, _tr("Supprimer l'indicateur"),
        _tr("Supprimer l'indicateur {0} — {1} ({2}) ?").format(
            row.code, row.name, row.contract_reference),
        details + _tr("Vous pourrez revenir en arrière avec Édition ▸ Annuler.")):
        return
    DeleteRecord(tab.workspace, _tr("Supprimer l'indicateur {0}").format(row.code),
                 Indicator, row.id).execute()

