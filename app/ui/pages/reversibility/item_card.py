"""The side card of a readiness checklist item: what, who, its status and its evidence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from app.models import ReadinessItem
from app.models.enums import ChecklistStatus
from app.services import reversibility_edit
from app.services.attachments import Owner
from app.ui.pages.attachments_panel import AttachmentsPanel
from app.ui.pages.reversibility.record_card import RecordCard
from app.ui.widgets.form import FormPanel
from app.ui.workspace import Workspace


class ItemCard(RecordCard):
    """An item of the checklist; its evidence is a note, or documents on the second tab."""

    model = ReadinessItem
    badge_icon = "mdi6.clipboard-check-outline"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        documents = AttachmentsPanel(
            workspace, add_title=self.tr("Joindre une preuve à l'élément de la check-list"),
            empty_text=self.tr("Aucun document. « Ajouter… » range dans le fichier client ce "
                               "qui prouve l'élément (inventaire, attestation, export testé…)."))
        super().__init__(workspace, documents, parent)

    def _build_fields(self, form: FormPanel) -> None:
        t = self.tr
        form.add_text("title", t("Élément"), t("ex. Sauvegardes restaurées par l'équipe "
                                               "interne"))
        form.add_choice("owner_id", t("Responsable"), [(None, t("— Aucun —"))])
        form.add_enum("status", t("Statut"), ChecklistStatus)
        form.add_multiline("evidence", t("Preuve"), height=90)
        form.fields["evidence"].setPlaceholderText(t(
            "Ce qui prouve que c'est fait : où se trouve le document, qui l'a vérifié…"))
        form.fields["title"].returnPressed.connect(self.save)

    def _documents_label(self, count: int) -> str:
        return (self.tr("Preuves ({0})").format(count) if count else self.tr("Preuves"))

    def _owner(self, row_id: int) -> Owner:
        return Owner.checklist_item(row_id)

    def _validated(self, values: dict[str, Any]) -> Callable[[Session], dict[str, Any]]:
        contract_id = None if self.row_id is not None else self._new_values["contract_id"]

        def validated(session: Session) -> dict[str, Any]:
            cleaned = reversibility_edit.validate_item(values)
            if contract_id is not None:  # a new item goes last, as the list is at saving
                position = reversibility_edit.new_item_values(session, contract_id)["position"]
                cleaned["position"] = position
            return cleaned

        return validated

    def _texts(self, label: str) -> tuple[str, str]:
        return (self.tr("Ajouter « {0} » à la check-list").format(label),
                self.tr("Modifier « {0} » de la check-list").format(label))
