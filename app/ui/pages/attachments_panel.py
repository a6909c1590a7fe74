"""The documents attached to a contract, a reversibility milestone or a checklist item: add,
open, save a copy, remove (undoable)."""

from __future__ import annotations

import re
import tempfile
import unicodedata
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import Attachment
from app.models.enums import DocumentKind
from app.services import attachments
from app.services.attachments import AttachmentRow, Owner
from app.services.formatting import format_datetime
from app.services.validation import ValidationError
from app.ui import system_viewer
from app.ui.commands import CreateRecord, DeleteRecord
from app.ui.dialogs import messages
from app.ui.ops import Op
from app.ui.style import icon
from app.ui.table_models import ROW_ROLE, Column, RowsTableModel, show_cut_text_in_tooltips
from app.ui.workspace import Workspace

#: Words of a file name that tell what kind of document it is.
_KIND_HINTS = (
    (r"\bpaq\b|assurance.qualite", DocumentKind.PAQ),
    (r"reversibilite", DocumentKind.REVERSIBILITY_PLAN),
    (r"\bpv\b|recette", DocumentKind.ACCEPTANCE_REPORT),
    (r"convention|\bsla\b|niveau.de.service", DocumentKind.SERVICE_AGREEMENT),
    (r"contrat|signe|avenant", DocumentKind.CONTRACT),
)


def guess_kind(name: str) -> DocumentKind:
    """The kind of document a file name suggests (Autre document when it says nothing)."""
    folded = unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()
    return next((kind for pattern, kind in _KIND_HINTS if re.search(pattern, folded)),
                DocumentKind.OTHER)


class AttachmentsPanel(QWidget):
    """The list of an owner's documents (a contract's, by default) and the buttons acting on
    the selected one. `empty_text` and `add_title` say what the documents are for;
    `default_kind` is proposed when a file's name does not tell its kind."""

    count_changed = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *,
                 empty_text: str | None = None, add_title: str | None = None,
                 default_kind: DocumentKind = DocumentKind.OTHER) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.owner: Owner | None = None
        self._empty_text = empty_text
        self._add_title = add_title
        self._default_kind = default_kind
        self._setup_ui()
        self._update_buttons()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.model = RowsTableModel(self._columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        show_cut_text_in_tooltips(self.table)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self._empty_text or self.tr(
            "Aucun document joint. « Ajouter… » range dans le fichier client le contrat "
            "signé, le PAQ, un PV…"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #6b7785; padding: 20px;")
        layout.addLayout(self._top_row())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(self._buttons())

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Nom"), lambda r: r.name, tooltip=lambda r: r.name),
            Column(self.tr("Type"), lambda r: r.kind.label),
            Column(self.tr("Taille"), lambda r: attachments.format_size(r.size),
                   sort_key=lambda r: r.size, align_right=True),
            Column(self.tr("Ajouté le"), lambda r: format_datetime(r.added_at),
                   sort_key=lambda r: r.added_at),
        ]

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        hint = QLabel(self.tr("Conservés dans le fichier client."))
        hint.setStyleSheet("color: #6b7785;")
        self.add_button = self._button("mdi6.paperclip", self.tr("Ajouter…"), self.add)
        row.addWidget(hint, 1)
        row.addWidget(self.add_button)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_button = self._button("mdi6.open-in-new", self.tr("Ouvrir"),
                                        self.open_selected)
        self.save_button = self._button("mdi6.download-outline", self.tr("Enregistrer sous…"),
                                        self.save_selected)
        self.remove_button = self._button("mdi6.delete-outline", "", self.remove_selected)
        self.remove_button.setAccessibleName(self.tr("Supprimer"))
        for button in (self.open_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        return row

    def _button(self, icon_name: str, text: str, slot) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- showing --------------------------------------------------------------------------------

    @property
    def contract_id(self) -> int | None:
        """The contract whose documents are shown, if the owner is a contract."""
        owner = self.owner
        return owner.id if owner is not None and owner.column == "contract_id" else None

    def set_contract(self, contract_id: int | None) -> None:
        """Show the documents of this contract (none for a contract not saved yet)."""
        self.set_owner(None if contract_id is None else Owner.contract(contract_id))

    def set_owner(self, owner: Owner | None) -> None:
        """Show the documents of this owner (none for one not saved yet)."""
        self.owner = owner
        self.refresh()

    def refresh(self) -> None:
        owner = self.owner
        if owner is None:
            self._show([])
            return
        Op(self.workspace, lambda s: attachments.list_attachments(s, owner)).success(
            self._show).run()

    def _show(self, rows: list[AttachmentRow]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if selected is not None:
            found = self.model.find_row(lambda r: r.id == selected.id)
            if found >= 0:
                self.table.selectRow(found)
        self._update_buttons()
        self.count_changed.emit(len(rows))

    def selected(self) -> AttachmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        editable = not self.workspace.read_only and self.owner is not None
        reason = self.workspace.document.read_only_reason or ""
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and has)
        self.add_button.setToolTip(reason if self.workspace.read_only else "")
        self.remove_button.setToolTip(reason if self.workspace.read_only
                                      else self.tr("Supprimer le document"))
        self.open_button.setEnabled(has)
        self.save_button.setEnabled(has)

    # -- actions --------------------------------------------------------------------------------

    def add(self) -> None:
        """Choose a file and its kind, then store it in the client file (undoable)."""
        owner = self.owner
        if owner is None or self.workspace.read_only:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self._add_title or self.tr("Joindre un document au contrat"), "",
            self.tr("Documents (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.txt *.msg "
                    "*.eml *.png *.jpg);;Tous les fichiers (*)"))
        if not name:
            return
        kind = self._ask_kind(Path(name).name)
        if kind is None:
            return
        try:
            values = attachments.attachment_values(Path(name), kind, owner=owner)
            CreateRecord(self.workspace, self.tr("Joindre « {0} »").format(values["name"]),
                         Attachment, values).execute()
        except ValidationError as error:
            messages.show_error(self, self.tr("Document non joint"),
                                " ".join(error.errors.values()))

    def _ask_kind(self, file_name: str) -> DocumentKind | None:
        kinds = list(DocumentKind)
        labels = [kind.label for kind in kinds]
        guessed = guess_kind(file_name)
        if guessed is DocumentKind.OTHER:
            guessed = self._default_kind
        label, ok = QInputDialog.getItem(
            self, self.tr("Type de document"),
            self.tr("Quel document est « {0} » ?").format(file_name), labels,
            kinds.index(guessed), False)
        return kinds[labels.index(label)] if ok and label in labels else None

    def open_selected(self) -> None:
        """Write the document to a fresh temporary folder and open it with the system's
        viewer (a fresh one each time: Word or Acrobat may still hold the last copy)."""
        row = self.selected()
        if row is None:
            return
        root = Path(tempfile.gettempdir()) / "vigie-documents"
        root.mkdir(exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f"{row.id}-", dir=root))
        target = folder / attachments.safe_file_name(row.name)
        if not self._write(row, target):
            return
        system_viewer.open_document(target, self, lambda: messages.show_error(
            self, self.tr("Ouverture impossible"), self.tr(
                "Aucune application de cet ordinateur n'ouvre « {0} ». Installez-en une pour "
                "ce type de document, ou utilisez « Enregistrer sous… » pour l'envoyer ou "
                "l'ouvrir ailleurs.").format(row.name)))

    def save_selected(self) -> None:
        """Save a copy of the document where the user chooses (allowed in read-only mode)."""
        row = self.selected()
        if row is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le document sous"),
            str(Path.home() / attachments.safe_file_name(row.name)))
        if not name:
            return
        if attachments.is_reserved_name(Path(name).name):
            messages.show_error(self, self.tr("Nom refusé"), self.tr(
                "« {0} » est un nom que Windows réserve à un périphérique : choisissez-en un "
                "autre.").format(Path(name).name))
            return
        self._write(row, Path(name))

    def remove_selected(self) -> None:
        """Remove the document from the file after confirmation (undoable)."""
        row = self.selected()
        if row is None or self.workspace.read_only:
            return
        if not messages.confirm(
            self, self.tr("Supprimer le document"),
            self.tr("Supprimer « {0} » du fichier client ?").format(row.name),
            self.tr("Vous pourrez revenir en arrière avec Édition ▸ Annuler."),
        ):
            return
        DeleteRecord(self.workspace, self.tr("Supprimer « {0} »").format(row.name),
                     Attachment, row.id).execute()

    def _write(self, row: AttachmentRow, target: Path) -> bool:
        try:
            data = self.workspace.query(lambda s: attachments.attachment_data(s, row.id))
        except attachments.DamagedAttachment as error:
            messages.show_error(self, self.tr("Document endommagé"), error.errors["file"])
            return False
        try:
            target.write_bytes(data)
        except OSError as error:
            messages.show_error(self, self.tr("Écriture impossible"), self.tr(
                "« {0} » n'a pas pu être écrit : {1}.").format(target, error.strerror or error))
            return False
        return True
