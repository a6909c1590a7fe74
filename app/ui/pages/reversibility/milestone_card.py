"""The side card of a milestone: its fields, and its signed PV among its documents.

Typing an actual end marks the milestone done, an actual start marks it in progress,
ticking « PV signé » dates the signature today, and choosing an owner sets the side: the
user can change any of them back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlmodel import Session

from app import clock
from app.models import ReversibilityMilestone
from app.models.enums import DocumentKind, MilestoneStatus, ReversibilityPhase, Side
from app.services import reversibility_edit
from app.services.attachments import Owner
from app.services.reversibility_page import OwnerChoice
from app.ui.pages.attachments_panel import AttachmentsPanel
from app.ui.pages.reversibility.dates import OptionalDates
from app.ui.pages.reversibility.record_card import RecordCard
from app.ui.widgets.form import FormPanel
from app.ui.workspace import Workspace

_NOT_STARTED = (MilestoneStatus.PLANNED, MilestoneStatus.IN_PROGRESS)


class MilestoneCard(RecordCard):
    """A milestone of the plan: phase, title, deliverable, owner and side, planned and actual
    dates, status, PV signed and its date, notes; the PV on the « PV et documents » tab."""

    model = ReversibilityMilestone
    badge_icon = "mdi6.flag-checkered"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        documents = AttachmentsPanel(
            workspace, default_kind=DocumentKind.ACCEPTANCE_REPORT,
            add_title=self.tr("Joindre un document au jalon (le PV signé…)"),
            empty_text=self.tr("Aucun document. « Ajouter… » range dans le fichier client le "
                               "PV signé du jalon, ou le livrable remis."))
        super().__init__(workspace, documents, parent)
        self.today: Callable[[], dt.date] = clock.today
        self._owners: dict[int, Side] = {}
        self._before: dict[str, Any] = {}
        self.form.edited.connect(self._follow_edits)
        self._dates = OptionalDates(lambda: self.today(), self)
        for name in ("actual_start", "actual_end", "pv_signed_on"):
            self._dates.watch(self.form.fields[name])

    def _build_fields(self, form: FormPanel) -> None:
        t = self.tr
        form.add_enum("phase", t("Phase"), ReversibilityPhase)
        form.add_text("title", t("Jalon"), t("ex. Remise du dossier d'exploitation"))
        form.add_text("deliverable", t("Livrable"), t("ex. Dossier d'exploitation à jour"))
        form.add_choice("owner_id", t("Responsable"), [(None, t("— Aucun —"))])
        form.add_enum("side", t("Côté"), Side)
        form.add_date("planned_start", t("Début prévu"))
        form.add_date("planned_end", t("Fin prévue"))
        form.add_date("actual_start", t("Début réel"), optional=True)
        form.add_date("actual_end", t("Fin réelle"), optional=True)
        form.add_enum("status", t("Statut"), MilestoneStatus)
        form.add_check("pv_signed", t("PV de recette signé"))
        form.add_date("pv_signed_on", t("PV signé le"), optional=True)
        form.add_multiline("notes", t("Notes"), height=64)
        form.fields["title"].returnPressed.connect(self.save)

    def set_owners(self, owners: Sequence[OwnerChoice]) -> None:
        """The people who can own the milestone; choosing one sets the side."""
        self._owners = {o.id: o.side for o in owners}
        super().set_owners(owners)

    def _documents_label(self, count: int) -> str:
        return (self.tr("PV et documents ({0})").format(count) if count
                else self.tr("PV et documents"))

    def _owner(self, row_id: int) -> Owner:
        return Owner.milestone(row_id)

    def _validated(self, values: dict[str, Any]) -> Callable[[Session], dict[str, Any]]:
        today = self.today()
        return lambda _session: reversibility_edit.validate_milestone(values, today)

    def _texts(self, label: str) -> tuple[str, str]:
        return (self.tr("Ajouter le jalon « {0} »").format(label),
                self.tr("Modifier le jalon « {0} »").format(label))

    def load(self, row: Any) -> None:
        """Show a saved milestone."""
        super().load(row)
        self._before = self.form.values()

    def load_new(self, values: dict[str, Any], title: str) -> None:
        """An empty card for a new milestone."""
        super().load_new(values, title)
        self._before = self.form.values()

    # -- what an edit implies -------------------------------------------------------------

    def _follow_edits(self) -> None:
        """Set the fields an edit implies (see the module's text), without a loop."""
        now, before = self.form.values(), self._before
        implied: dict[str, Any] = {}
        if now["actual_end"] and not before.get("actual_end") \
                and now["status"] in _NOT_STARTED:
            implied["status"] = MilestoneStatus.DONE
        elif now["actual_start"] and not before.get("actual_start") \
                and now["status"] is MilestoneStatus.PLANNED:
            implied["status"] = MilestoneStatus.IN_PROGRESS
        if now["pv_signed"] and not before.get("pv_signed") and now["pv_signed_on"] is None:
            implied["pv_signed_on"] = self.today()
        if not now["pv_signed"] and before.get("pv_signed"):
            implied["pv_signed_on"] = None
        owner = now["owner_id"]
        if owner is not None and owner != before.get("owner_id") and owner in self._owners:
            implied["side"] = self._owners[owner]
        if implied:
            self.form.set_values(implied)
        self._before = self.form.values()
