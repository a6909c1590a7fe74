"""Questions and messages in standard message boxes, behind small functions.

The rest of the UI calls these functions, never QMessageBox directly, so that a GUI test
can answer a question by replacing one function (pytest's monkeypatch).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


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
