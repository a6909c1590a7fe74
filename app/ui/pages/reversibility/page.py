"""The « Réversibilité » page: per contract, its plan's milestones, timeline and readiness
checklist, with where the plan stands; « Créer le plan » builds one from the template."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.models import ReadinessItem, ReversibilityMilestone
from app.services import reversibility, reversibility_edit
from app.services.formatting import format_date
from app.services.reversibility import PlanLayout
from app.services.reversibility_page import (
    PlanContract,
    PlanPage,
    milestone_contract,
    plan_page,
)
from app.services.validation import ValidationError
from app.ui import style
from app.ui.commands import CreateRecords, DeleteRecords
from app.ui.dialogs import messages
from app.ui.ops import Op
from app.ui.pages.base import Page
from app.ui.pages.reversibility.chooser import ContractChooser
from app.ui.pages.reversibility.create_plan import CreatePlanDialog
from app.ui.pages.reversibility.item_card import ItemCard
from app.ui.pages.reversibility.milestone_card import MilestoneCard
from app.ui.pages.reversibility.records_tab import RecordsTab
from app.ui.pages.reversibility.summary import PlanSummary
from app.ui.pages.reversibility.tables import (
    ITEM_WIDTHS,
    MILESTONE_WIDTHS,
    item_columns,
    milestone_columns,
)
from app.ui.pages.reversibility.timeline_tab import TimelineTab
from app.ui.style import icon
from app.ui.workspace import Workspace

NO_CONTRACT, NO_PLAN, PLAN = range(3)
NO_PLAN_WIDTH = 580
MILESTONES_TAB, TIMELINE_TAB, CHECKLIST_TAB = range(3)


class ReversibilityPage(Page):
    """A contract chooser over the plan of the chosen contract (or a way to create one)."""

    entities = ("milestone", "reversibility")

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.today: Callable[[], dt.date] = clock.today
        self.contract_id: int | None = None
        self.shown: PlanPage | None = None
        self._setup_ui()
        self._apply_read_only()

    # -- building ---------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*style.PAGE_MARGINS)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Réversibilité"), objectName="pageTitle"))
        layout.addLayout(self._chooser_row())
        self.body = QStackedWidget()
        self.nothing = QLabel(self.tr("Aucun contrat dans ce fichier. Créez d'abord un contrat "
                                      "sur la page Contrats."), objectName="placeholder",
                              alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.body.addWidget(self.nothing)
        self.body.addWidget(self._no_plan_panel())
        self.body.addWidget(self._plan_panel())
        layout.addWidget(self.body, 1)

    def _chooser_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.chooser = ContractChooser()
        self.chooser.chosen.connect(self.choose_contract)
        self.delete_plan_button = QPushButton(icon("mdi6.delete-outline"),
                                              self.tr("Supprimer le plan…"))
        self.delete_plan_button.setFlat(True)
        self.delete_plan_button.clicked.connect(self.delete_plan)
        row.addWidget(QLabel(self.tr("Contrat")))
        row.addWidget(self.chooser, 1)
        row.addWidget(self.delete_plan_button)
        return row

    def _no_plan_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        picture = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        picture.setPixmap(icon("mdi6.swap-horizontal", style.MUTED.name()).pixmap(56, 56))
        self.no_plan_text = QLabel(objectName="placeholder", wordWrap=True,
                                   alignment=Qt.AlignmentFlag.AlignCenter)
        self.no_plan_hint = QLabel(objectName="placeholderHint", wordWrap=True,
                                   alignment=Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton(icon("mdi6.playlist-plus", "white"),
                                         self.tr("Créer le plan…"), objectName="primary")
        self.create_button.clicked.connect(self.create_plan)
        middle = QWidget()
        middle.setFixedWidth(NO_PLAN_WIDTH)
        lines = QVBoxLayout(middle)
        for widget in (picture, self.no_plan_text, self.no_plan_hint):
            lines.addWidget(widget)
        lines.addSpacing(8)
        lines.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        column.addWidget(middle, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return panel

    def _plan_panel(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary = PlanSummary()
        self.milestones = RecordsTab(
            self.workspace, milestone_columns(), MILESTONE_WIDTHS, self._milestone_card,
            new_text=self.tr("Nouveau jalon"), splitter_key="reversibility_milestones")
        self.milestones.new_values = self._new_milestone
        self.checklist = RecordsTab(
            self.workspace, item_columns(), ITEM_WIDTHS, lambda: ItemCard(self.workspace),
            new_text=self.tr("Nouvel élément"), splitter_key="reversibility_checklist")
        self.checklist.new_values = self._new_item
        self.standard_button = QPushButton(icon("mdi6.playlist-check"),
                                           self.tr("Ajouter les éléments standard"))
        self.standard_button.clicked.connect(self.add_standard_items)
        self.checklist.toolbar.insertWidget(2, self.standard_button)
        self.timeline = TimelineTab()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.milestones, icon("mdi6.flag-checkered"), self.tr("Jalons"))
        self.tabs.addTab(self.timeline, icon("mdi6.chart-gantt"), self.tr("Chronologie"))
        self.tabs.addTab(self.checklist, icon("mdi6.clipboard-check-outline"),
                         self.tr("Check-list"))
        column.addWidget(self.summary)
        column.addWidget(self.tabs, 1)
        return panel

    # -- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the contracts and the chosen contract's plan."""
        contract_id, today = self.contract_id, self.today()
        Op(self.workspace, lambda s: plan_page(s, contract_id, today)).success(self._show).run()

    def _show(self, page: PlanPage) -> None:
        self.shown = page
        contract, status = page.contract, page.status
        self.contract_id = None if contract is None else contract.id
        self.chooser.set_contracts(page.contracts, self.contract_id)
        if contract is None or status is None:
            self.body.setCurrentIndex(NO_CONTRACT)
        elif not status.milestones:
            self._show_no_plan(contract)
        else:
            self.body.setCurrentIndex(PLAN)
            self.summary.show_status(status)
            for tab in (self.milestones, self.checklist):
                tab.set_owners(page.owners)
            self.milestones.set_rows(status.milestones, "")
            self.checklist.set_rows(status.checklist, self.tr(
                "La check-list est vide. « Ajouter les éléments standard » propose ce qu'une "
                "reprise demande : documentation, accès, base de connaissances, formats "
                "d'export, licences."))
            self.timeline.set_data(status.timeline)
            self._update_tab_texts()
        self._update_buttons()

    def _show_no_plan(self, contract: PlanContract) -> None:
        self.body.setCurrentIndex(NO_PLAN)
        self.no_plan_text.setText(self.tr(
            "Le contrat {0} n'a pas encore de plan de réversibilité.").format(contract.reference))
        reason = (self.tr("Il a une clause de réversibilité : un plan suivi mois après mois "
                          "permet de reprendre le service, ou d'en changer, sans le casser.")
                  if contract.has_clause else
                  self.tr("Il n'a pas de clause de réversibilité ; un plan reste utile "
                          "pour préparer la reprise du service."))
        if contract.notice_deadline is not None:
            reason += " " + self.tr("Prochaine date limite de dénonciation : {0}.").format(
                format_date(contract.notice_deadline))
        self.no_plan_hint.setText(reason + "\n\n" + self.tr(
            "« Créer le plan » place les phases du modèle (préparation, transfert de "
            "connaissances, shadowing, reverse shadowing, documentation, bascule, recette) "
            "à rebours depuis la date de bascule visée."))
        for label in (self.no_plan_text, self.no_plan_hint):
            # a word-wrapped label is given the height of its text at the column's width
            label.setMinimumHeight(label.heightForWidth(NO_PLAN_WIDTH - 20))

    def _update_tab_texts(self) -> None:
        status = self.shown.status if self.shown else None
        if status is None:
            return
        self.tabs.setTabText(MILESTONES_TAB, self.tr("Jalons ({0})").format(
            len(status.milestones)))
        self.tabs.setTabText(CHECKLIST_TAB, self.tr("Check-list ({0}/{1})").format(
            status.checklist_done, status.checklist_counted))

    # -- choosing -------------------------------------------------------------------------

    def choose_contract(self, contract_id: int) -> None:
        """Show this contract's plan (once pending changes are saved or dropped)."""
        if contract_id == self.contract_id:
            return
        if not self._may_leave():
            self.chooser.select(self.contract_id)
            return
        for tab in (self.milestones, self.checklist):
            tab.discard()
            tab.close_card()
        self.contract_id = contract_id
        self.refresh()

    def show_entity(self, entity: str, entity_id: int) -> None:
        """Show a milestone in its plan, or a contract's plan (`reversibility`)."""
        contract_id = entity_id
        if entity == "milestone":
            contract_id = self.workspace.query(lambda s: milestone_contract(s, entity_id))
        if contract_id is None:
            return
        self.choose_contract(contract_id)
        if self.contract_id != contract_id:
            return
        if entity == "milestone":
            self.tabs.setCurrentIndex(MILESTONES_TAB)
            if self.milestones.may_leave():
                self.milestones.show_row(entity_id)
        elif self.body.currentIndex() == NO_PLAN:
            self.create_button.setFocus()

    def _may_leave(self) -> bool:
        return self.milestones.may_leave() and self.checklist.may_leave()

    # -- the page protocol ----------------------------------------------------------------------

    def has_unsaved_edits(self) -> bool:
        """True when a milestone's or a checklist item's card holds unsaved changes."""
        return self.milestones.dirty or self.checklist.dirty

    def save_edits(self) -> bool:
        """Save the cards holding changes; False when one is refused (it says why)."""
        return all(tab.card.save() for tab in (self.milestones, self.checklist) if tab.dirty)

    def discard_edits(self) -> None:
        """Drop the cards' pending changes."""
        for tab in (self.milestones, self.checklist):
            if tab.dirty:
                tab.discard()

    def table_for_export(self) -> tuple[str, QAbstractItemModel] | None:
        """The milestones table of the plan shown, as it is sorted."""
        status = self.shown.status if self.shown else None
        if status is None or not status.milestones:
            return None
        return (self.tr("Jalons de réversibilité — {0}").format(status.reference),
                self.milestones.proxy)

    # -- creating and deleting --------------------------------------------------------------

    def create_plan(self) -> None:
        """The « Créer le plan » dialog for the chosen contract."""
        contract = self.shown.contract if self.shown else None
        if contract is None or self.workspace.read_only:
            return
        dialog = CreatePlanDialog(contract, self.today(), self._create, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.tabs.setCurrentIndex(MILESTONES_TAB)

    def _create(self, layout: PlanLayout, with_checklist: bool) -> str | None:
        contract = self.shown.contract if self.shown else None
        if contract is None:
            return None
        outcome: dict = {}
        Op(self.workspace, lambda s: reversibility.plan_rows(
            s, contract.id, layout, with_checklist=with_checklist)).success(
            lambda rows: outcome.update(rows=rows)).failure(
            lambda error: outcome.update(error=error)).run()
        if "error" in outcome:
            return " ".join(outcome["error"].errors.values())
        try:
            CreateRecords(self.workspace, self.tr("Créer le plan de réversibilité de {0}").format(
                contract.reference), outcome["rows"]).execute()
        except ValidationError as error:
            return " ".join(error.errors.values())
        return None

    def delete_plan(self) -> None:
        """Delete the chosen contract's milestones and checklist (undoable)."""
        status = self.shown.status if self.shown else None
        if status is None or not status.milestones or self.workspace.read_only:
            return
        rows = ([(ReversibilityMilestone, m.id) for m in status.milestones]
                + [(ReadinessItem, i.id) for i in status.checklist])
        documents = sum(m.documents for m in status.milestones) + sum(
            i.documents for i in status.checklist)
        details = self.tr("Seront supprimés : {0} jalons, {1} éléments de check-list et {2} "
                          "documents joints.").format(len(status.milestones),
                                                      len(status.checklist), documents)
        if not messages.confirm(
            self, self.tr("Supprimer le plan"),
            self.tr("Supprimer le plan de réversibilité de {0} ?").format(status.reference),
            details + "\n" + self.tr("Vous pourrez revenir en arrière avec Édition ▸ Annuler."),
        ):
            return
        for tab in (self.milestones, self.checklist):
            tab.discard()
            tab.close_card()
        DeleteRecords(self.workspace, self.tr("Supprimer le plan de réversibilité de {0}").format(
            status.reference), rows).execute()

    def _milestone_card(self) -> MilestoneCard:
        card = MilestoneCard(self.workspace)
        card.today = lambda: self.today()
        return card

    def _new_milestone(self) -> tuple[dict, str] | None:
        status = self.shown.status if self.shown else None
        if status is None:
            return None
        values = reversibility_edit.new_milestone_values(status.contract_id, status.milestones,
                                                         self.today())
        return values, self.tr("Nouveau jalon")

    def _new_item(self) -> tuple[dict, str] | None:
        contract_id = self.contract_id
        if contract_id is None:
            return None
        values = self.workspace.query(
            lambda s: reversibility_edit.new_item_values(s, contract_id))
        return values, self.tr("Nouvel élément de la check-list")

    def add_standard_items(self) -> None:
        """Add the standard checklist items the contract lacks (undoable)."""
        contract_id = self.contract_id
        if contract_id is None or self.workspace.read_only:
            return
        values = self.workspace.query(
            lambda s: reversibility.standard_item_values(s, contract_id))
        if values:
            CreateRecords(self.workspace, self.tr("Ajouter les éléments standard à la check-list"),
                          [(ReadinessItem, v) for v in values]).execute()

    # -- state ------------------------------------------------------------------------------

    def _apply_read_only(self) -> None:
        reason = self.workspace.document.read_only_reason or ""
        for button in (self.create_button, self.delete_plan_button, self.standard_button):
            button.setToolTip(reason if self.workspace.read_only else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self.workspace.read_only
        has_plan = self.body.currentIndex() == PLAN
        self.create_button.setEnabled(editable)
        self.delete_plan_button.setVisible(has_plan)
        self.delete_plan_button.setEnabled(editable)
        status = self.shown.status if self.shown else None
        titles = {i.title.casefold() for i in status.checklist} if status else set()
        complete = all(t.casefold() in titles for t in reversibility.standard_checklist())
        self.standard_button.setEnabled(editable and not complete)
        self.standard_button.setToolTip(
            self.tr("La check-list a déjà tous les éléments standard.") if complete and editable
            else "" if editable else self.workspace.document.read_only_reason or "")

