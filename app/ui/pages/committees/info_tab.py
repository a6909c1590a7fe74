"""A committee's own fields in its sheet: title, kind, supplier, date, place, contracts,
the period it reviews. Saved as they are typed, a wrong one said next to it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CommitteeKind
from app.services import committee_edits as edits
from app.services.committees import CommitteeSheet
from app.services.validation import ValidationError
from app.ui.pages.committees.base import SheetTab
from app.ui.pages.committees.ordered_tab import LIST_STYLE
from app.ui.widgets.form import FormPanel

KEY = "info"
ID_ROLE = Qt.ItemDataRole.UserRole
NO_ARROWS = ("QAbstractSpinBox::up-button, QAbstractSpinBox::down-button"
             " { width: 0px; border: none; }")


class InfoTab(SheetTab):
    """The committee's fields on the left, the contracts it is about on the right."""

    def __init__(self, sheet) -> None:
        super().__init__(sheet)
        self._loaded: dict[str, Any] = {}
        self._suppliers: list[tuple[int, str]] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.form = FormPanel()
        self.form.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.add_text("title", self.tr("Intitulé"))
        self.form.add_enum("kind", self.tr("Instance"), CommitteeKind)
        self.form.add_choice("supplier_id", self.tr("Prestataire"), [(None, "—")])
        self.form.add_date("day", self.tr("Date"))
        # typed, not clicked: zero-width arrows (NoButtons hides the text under a style
        # sheet: the time and the duration showed blank), the arrow keys still work
        self.time = QTimeEdit(displayFormat="HH:mm")
        self.time.setStyleSheet("QTimeEdit { padding: 3px 5px; border: 1px solid #c9d2dc;"
                                " border-radius: 4px; background: white; }" + NO_ARROWS)
        self.time.timeChanged.connect(self._on_edited)
        self.form.layout_.insertRow(4, self.tr("Heure"), self.time)
        self.form.add_integer("duration_minutes", self.tr("Durée"), maximum=24 * 60,
                              suffix="min").setStyleSheet(NO_ARROWS)
        self.form.add_text("place", self.tr("Lieu"), self.tr("ex. Siège, salle Rhône"))
        period = self.form.add_date("review_period", self.tr("Période revue"), optional=True)
        period.setDisplayFormat("MM/yyyy")
        period.setToolTip(self.tr("Le mois dont le comité revoit les indicateurs"))
        self.form.add_multiline("notes", self.tr("Notes"), height=70)
        self.form.edited.connect(self._on_edited)
        for widget in (*self.form.fields.values(), self.time):
            self.sheet.autosave.save_on_focus_out(widget)
        self.sheet.autosave.refused.connect(self._on_refused)
        self.sheet.autosave.accepted.connect(
            lambda key: self.form.clear_errors() if key == KEY else None)
        body = QWidget(objectName="committeeFields")
        body.setStyleSheet("QWidget#committeeFields { background: white; }")
        column = QVBoxLayout(body)
        column.addWidget(self.form)
        column.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 3)
        layout.addLayout(self._contracts_side(), 2)

    def _contracts_side(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Contrats concernés"), objectName="sectionTitle"))
        self.contracts = QListWidget()
        self.contracts.setStyleSheet(LIST_STYLE)
        self.contracts.setWordWrap(True)
        self.contracts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contracts.itemChanged.connect(self._on_contract_ticked)
        hint = QLabel(self.tr("Leurs indicateurs font la revue du comité ; leurs actions "
                              "ouvertes y sont suivies."), wordWrap=True)
        hint.setStyleSheet("color: #6b7785;")
        column.addWidget(self.contracts, 1)
        column.addWidget(hint)
        return column

    def show_sheet(self, sheet: CommitteeSheet, suppliers: list[tuple[int, str]]) -> None:
        """Show the committee's fields, unless some are being typed."""
        committee = sheet.committee
        self._loaded = {
            "title": committee.title, "kind": committee.kind,
            "supplier_id": committee.supplier_id, "day": committee.day,
            "duration_minutes": committee.duration_minutes, "place": committee.place,
            "review_period": committee.review_period, "notes": committee.notes}
        with self.quietly():
            if suppliers is not self._suppliers:  # a thousand of them: only when they change
                self._suppliers = suppliers
                self.form.set_choices("supplier_id", [(None, "—"), *suppliers])
            if not self.sheet.autosave.pending(KEY):
                self.form.set_values(self._loaded)
                self.form.fields["title"].setCursorPosition(0)
                start = committee.starts_at.time()
                self.time.setTime(QTime(start.hour, start.minute))
            self._fill_contracts(sheet)
        self.form.set_editable(self.editable, self.sheet.workspace.document.read_only_reason
                               or "")
        self.time.setEnabled(self.editable)

    def _fill_contracts(self, sheet: CommitteeSheet) -> None:
        linked = set(sheet.committee.contract_ids)
        self.contracts.clear()
        for contract_id, label in sheet.contracts:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, contract_id)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags if self.editable else flags & ~Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if contract_id in linked
                               else Qt.CheckState.Unchecked)
            self.contracts.addItem(item)

    # -- saving -------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The fields as the committee stores them (date and time joined, a whole month)."""
        values = self.form.values()
        day: dt.date = values.pop("day")
        time = self.time.time()
        values["starts_at"] = dt.datetime.combine(day, dt.time(time.hour(), time.minute()))
        if values["review_period"] is not None:
            values["review_period"] = values["review_period"].replace(day=1)
        return values

    def _on_edited(self, *_args: object) -> None:
        if self.is_quiet() or not self.editable:
            return
        committee_id, values = self.sheet.committee_id, self.values()
        self.sheet.autosave.schedule(KEY, lambda: self.sheet.change(
            self.tr("Modifier le comité"), "committee",
            lambda s, c: edits.update_committee(s, c, committee_id, values),
            merge_key=("committee", committee_id)))

    def _on_refused(self, key: str, error: ValidationError) -> None:
        if key == KEY:
            self.form.show_errors({("day" if k == "starts_at" else k): v
                                   for k, v in error.errors.items()})

    def _on_contract_ticked(self, _item: QListWidgetItem) -> None:
        if self.is_quiet():
            return
        chosen = [self.contracts.item(i).data(ID_ROLE) for i in range(self.contracts.count())
                  if self.contracts.item(i).checkState() == Qt.CheckState.Checked]
        committee_id = self.sheet.committee_id
        self.sheet.change(self.tr("Modifier les contrats du comité"), "committee_contract",
                          lambda s, c: edits.set_contracts(s, c, committee_id, chosen))
