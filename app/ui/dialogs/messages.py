"""Questions and messages in standard message boxes, behind small functions.

The rest of the UI calls these functions, never QMessageBox directly, so that a GUI test
can answer a question by replacing one function (pytest's monkeypatch).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

#: Room a title bar takes besides the title: the icon and the window buttons.
TITLE_BAR_EXTRA = 160


def ask_choice(
    parent: QWidget | None, title: str, text: str, choices: list[tuple[str, str]],
    informative: str = "",
) -> str | None:
    """Ask a question with several answers; returns the key of the chosen one, or None.

    `choices` is a list of (key, button label); the last one is the cancel button.
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    if informative:
        box.setInformativeText(informative)
    buttons = {}
    for i, (key, label) in enumerate(choices):
        role = (QMessageBox.ButtonRole.RejectRole if i == len(choices) - 1
                else QMessageBox.ButtonRole.AcceptRole)
        buttons[box.addButton(label, role)] = key
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton())


def ask_save_changes(parent: QWidget | None, text: str) -> str | None:
    """A form holds unsaved changes: « save », « discard », or None when the user cancels."""
    def _tr(label: str) -> str:
        return QCoreApplication.translate("messages", label)

    return ask_choice(parent, _tr("Modifications non enregistrées"), text,
                      [("save", _tr("Enregistrer")), ("discard", _tr("Ne pas enregistrer")),
                       ("cancel", _tr("Annuler"))])


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong, in one sentence."""
    QMessageBox.critical(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, informative: str = "") -> bool:
    """A yes / no question; True when the user confirms."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(parent.tr("Oui") if parent else "Oui")
    box.button(QMessageBox.StandardButton.Cancel).setText(
        parent.tr("Annuler") if parent else "Annuler")
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "",
             accept: str = "OK") -> str | None:
    """Ask for one line of text; the text typed (stripped), or None when cancelled.

    The dialog is wide enough for its title to show whole in the title bar."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setOkButtonText(accept)
    dialog.setCancelButtonText(parent.tr("Annuler") if parent else "Annuler")
    # the dialog sizes itself to its layout: widen its field for the title to show whole
    title_width = QFontMetrics(dialog.font()).horizontalAdvance(title) + TITLE_BAR_EXTRA
    margins = dialog.layout().contentsMargins()
    dialog.findChild(QLineEdit).setMinimumWidth(
        max(340, title_width) - margins.left() - margins.right())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue().strip()
