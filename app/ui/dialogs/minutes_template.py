"""Fichier ▸ Modèle de compte rendu… : the Word template of this client file's minutes.

The chosen .docx is checked (a Word document, known fields only) and stored inside the
client file, so that the minutes look the same on every computer the file travels to.
Choosing and removing are undoable; Vigie's own template can be saved to be adapted in Word.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.export.files import WriteError, write_atomically
from app.export.minutes_template import TemplateError, read_template_file, shipped_template
from app.models import Attachment
from app.services import file_template
from app.services.attachments import format_size
from app.services.file_template import StoredTemplate
from app.services.formatting import format_date
from app.ui.commands import CreateRecord, DeleteRecord
from app.ui.minutes_actions import default_folder
from app.ui.ops import Op
from app.ui.workspace import Workspace

WORD_FILTER = "Documents Word (*.docx *.dotx)"


class MinutesTemplateDialog(QDialog):
    """Which template the minutes of this file use; choose another, or go back to Vigie's."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.stored: StoredTemplate | None = None
        self.setWindowTitle(self.tr("Modèle de compte rendu"))
        self.setMinimumWidth(520)
        self._setup_ui()
        workspace.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self.current = QLabel()
        self.current.setWordWrap(True)
        layout.addWidget(self.current)
        layout.setSpacing(10)
        for text in (
            self.tr("Le modèle donne aux comptes rendus leurs styles, leur en-tête, leur pied "
                    "de page et votre logo. Il est conservé dans le fichier client : les "
                    "comptes rendus sont les mêmes sur tous les postes."),
            self.tr("Il peut contenir des champs, comme {0}, {1} ou {2} ; {3} marque la place "
                    "du compte rendu.").format(*(
                        _field(name) for name in ("comite.titre", "comite.date", "client.nom",
                                                  "contenu"))),
        ):
            hint = QLabel(text)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #55606e;")
            layout.addWidget(hint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        layout.addLayout(self._buttons())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choisir un modèle…"))
        self.choose_button.clicked.connect(lambda _c=False: self.choose())
        self.revert_button = QPushButton(self.tr("Revenir au modèle de Vigie"))
        self.revert_button.clicked.connect(lambda _c=False: self.revert())
        self.save_button = QPushButton(self.tr("Enregistrer le modèle de Vigie sous…"))
        self.save_button.clicked.connect(lambda _c=False: self.save_shipped())
        for button in (self.choose_button, self.revert_button, self.save_button):
            row.addWidget(button)
        return row

    def _on_data_changed(self, _what: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Show which template the file uses."""
        Op(self.workspace, file_template.stored_template).success(self._show).run()

    def _show(self, stored: StoredTemplate | None) -> None:
        self.stored = stored
        if stored is None:
            self.current.setText(self.tr("Les comptes rendus de ce fichier utilisent le "
                                         "<b>modèle de Vigie</b>."))
        else:
            self.current.setText(self.tr("Les comptes rendus de ce fichier utilisent "
                                         "<b>« {0} »</b> ({1}), choisi le {2}.").format(
                escape(stored.name), format_size(stored.size), format_date(stored.added_at)))
        editable = not self.workspace.read_only
        reason = self.workspace.document.read_only_reason or ""
        self.choose_button.setEnabled(editable)
        self.revert_button.setEnabled(editable and stored is not None)
        for button in (self.choose_button, self.revert_button):
            button.setToolTip("" if editable else reason)

    def choose(self, path: Path | None = None) -> bool:
        """Check a .docx and make it this file's template (undoable); False if refused."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choisir le modèle de compte rendu"), str(default_folder()),
                self.tr(WORD_FILTER))
            if not name:
                return False
            path = Path(name)
        try:
            data = read_template_file(path)
        except TemplateError as error:
            self._refuse(str(error))
            return False
        self.error.hide()
        self.adjustSize()
        stack = self.workspace.undo_stack
        stack.beginMacro(self.tr("Modèle de compte rendu « {0} »").format(path.name))
        try:
            if self.stored is not None:
                DeleteRecord(self.workspace, "", Attachment, self.stored.id).execute()
            CreateRecord(self.workspace, "", Attachment,
                         file_template.template_values(path.name, data, clock.now())).execute()
        finally:
            stack.endMacro()
        return True

    def revert(self) -> None:
        """Go back to Vigie's template (undoable)."""
        if self.stored is None or self.workspace.read_only:
            return
        DeleteRecord(self.workspace, self.tr("Revenir au modèle de compte rendu de Vigie"),
                     Attachment, self.stored.id).execute()

    def save_shipped(self, path: Path | None = None) -> bool:
        """Save a copy of Vigie's template, to adapt it in Word."""
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer le modèle de Vigie"),
                str(default_folder() / "Modèle de compte rendu Vigie.docx"),
                self.tr("Document Word (*.docx)"))
            if not name:
                return False
            path = Path(name)
        data = shipped_template()
        try:
            write_atomically(path, lambda out: out.write(data))
        except WriteError as error:
            self._refuse(str(error))
            return False
        return True

    def _refuse(self, reason: str) -> None:
        self.error.setText(reason[:1].upper() + reason[1:])
        self.error.show()
        self.adjustSize()


def _field(name: str) -> str:
    """« {{ comite.titre }} » that never breaks across lines."""
    return f"{{{{\u00a0{name}\u00a0}}}}"
