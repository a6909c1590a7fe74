"""The fields of an action, shared by the action plan's side form and the meeting sheet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from app.models.enums import ActionStatus, Priority, Side
from app.ui.widgets.form import FormPanel

NONE_CHOICE = "—"


class ActionFields(FormPanel):
    """What, about which contract, who and which side, how urgent, by when, where it stands.

    Choosing an owner sets the side to theirs (a supplier's contact acts for the supplier).
    """

    def __init__(self, parent: QWidget | None = None, *, with_supplier: bool = True) -> None:
        super().__init__(parent)
        self._owner_sides: dict[int, Side] = {}
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.add_text("title", self.tr("Action"), self.tr("ex. Envoyer le plan de capacité"))
        self.add_multiline("description", self.tr("Description"), height=52)
        if with_supplier:
            self.add_choice("supplier_id", self.tr("Prestataire"), [(None, NONE_CHOICE)])
        self.add_choice("contract_id", self.tr("Contrat"), [(None, NONE_CHOICE)])
        self.add_choice("owner_id", self.tr("Porteur"), [(None, NONE_CHOICE)])
        self.add_enum("side", self.tr("Côté"), Side)
        self.add_enum("priority", self.tr("Priorité"), Priority)
        self.add_date("due_date", self.tr("Échéance"), optional=True)
        self.add_enum("status", self.tr("Statut"), ActionStatus)
        self.add_multiline("notes", self.tr("Notes"), height=52)
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.setMaxVisibleItems(20)
        self.fields["owner_id"].activated.connect(self._on_owner_chosen)

    def set_suppliers(self, suppliers: Sequence[tuple[int, str]]) -> None:
        self.set_choices("supplier_id", [(None, NONE_CHOICE), *suppliers])

    def set_contracts(self, contracts: Sequence[tuple[int, str]]) -> None:
        self.set_choices("contract_id", [(None, NONE_CHOICE), *contracts])

    def set_owners(self, owners: Sequence[tuple[int, str, Side]]) -> None:
        """The contacts who may own the action: (id, label, side)."""
        self._owner_sides = {i: side for i, _label, side in owners}
        self.set_choices("owner_id", [(None, NONE_CHOICE),
                                      *((i, label) for i, label, _side in owners)])

    def _on_owner_chosen(self, _index: int) -> None:
        side = self._owner_sides.get(self.values()["owner_id"])
        if side is not None and side != self.values()["side"]:
            self.set_values({"side": side})
            self.edited.emit()
