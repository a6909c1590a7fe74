"""What the window looks like and says: a dark system scheme, the side bar with no file,
Qt's own dialogs in French, dialog titles, the status bar (issue 10, points 9 and 10;
issue 18, point 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QFileSystemModel,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.storage import paths
from app.ui.application import create_application
from app.ui.dialogs import messages


def luminances(image: QImage) -> list[float]:
    levels = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            levels.append(0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue())
    return levels


def windows_dark_palette() -> QPalette:
    """What Qt receives from Windows 10/11 in dark mode (light text on dark surfaces)."""
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"),
                         (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Base, "#2b2b2b"),
                         (QPalette.ColorRole.Text, "#ffffff"),
                         (QPalette.ColorRole.Button, "#333333"),
                         (QPalette.ColorRole.ButtonText, "#ffffff"),
                         (QPalette.ColorRole.PlaceholderText, "#a0a0a0")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark_system(qapp):
    """The application as Windows in dark mode hands it to Vigie; put back afterwards."""
    before = QPalette(qapp.palette())
    qapp.setPalette(windows_dark_palette())
    yield
    qapp.setPalette(before)
    create_application()


def test_with_windows_in_dark_mode_fields_and_labels_stay_readable(qtbot, dark_system) -> None:
    create_application()  # Vigie starting on that system
    page = QWidget(objectName="pageArea")
    qtbot.addWidget(page)
    column = QVBoxLayout(page)
    field = QLineEdit("Référence CTR-2026-001")
    label = QLabel("Intitulé du contrat")
    column.addWidget(field)
    column.addWidget(label)
    page.resize(320, 90)
    page.show()
    qtbot.waitExposed(page)
    for widget in (field, label):
        levels = luminances(widget.grab().toImage())
        background = sorted(levels)[len(levels) // 2]
        dark = sum(1 for level in levels if level < 100)
        assert background > 200, widget  # the light surfaces of Vigie's style
        assert dark > 40, widget  # and dark text on them (white on white had none)


def test_with_no_file_the_side_bar_looks_unavailable(qtbot, window, client_path) -> None:
    def brightest_text() -> float:
        QApplication.processEvents()
        return max(luminances(window.sidebar.grab().toImage()))

    assert not window.sidebar.isEnabled()
    assert window.sidebar.toolTip().startswith("Ouvrez ou créez un fichier client")
    greyed = brightest_text()
    assert window.open_path(client_path)
    assert window.sidebar.isEnabled()
    assert brightest_text() - greyed > 40  # the entries light up once there is a file


def test_qt_dialogs_speak_french(qtbot, tmp_path) -> None:
    """The file dialog as Qt draws it (Linux), its folders and the edit menus."""
    (tmp_path / "Contrats").mkdir()
    dialog = QFileDialog(None, "Ouvrir un fichier client", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.findChild(QFileSystemModel)
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 1)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    texts.append(model.type(model.index(str(tmp_path / "Contrats"))))
    edit = QLineEdit()
    menu = edit.createStandardContextMenu()
    texts += [action.text() for action in menu.actions()]
    english = ("Look in", "Files of type", "File name", "Folder", "Cancel", "&Open", "Undo",
               "Copy", "Paste", "Select All")
    assert not [text for text in texts if any(word in text for word in english)], texts
    assert "&Voir dans\u00a0:" in texts or "&Voir dans :" in texts
    assert "Dossier" in texts


def test_the_new_file_dialog_is_wide_enough_for_its_title(qtbot) -> None:
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        seen["width"] = dialog.width()
        seen["title"] = QFontMetrics(dialog.font()).horizontalAdvance(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(100, look)
    assert messages.ask_text(None, "Nouveau fichier client", "Nom du client :") is None
    assert seen["width"] >= seen["title"] + messages.TITLE_BAR_EXTRA


def test_file_dialogs_open_in_the_documents_folder(window, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _parent, _title, folder, _filter: asked.append(folder) or ("", ""))
    window.open_dialog()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert asked == [documents]
    assert Path(asked[0]) != Path.cwd()


def test_file_dialogs_open_beside_the_open_file(window, client_path, monkeypatch) -> None:
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _parent, _title, folder, _filter: asked.append(folder) or ("", ""))
    assert window.open_path(client_path)
    window.open_dialog()
    assert asked == [str(client_path.parent.resolve())]


def test_the_demo_message_goes_once_the_file_is_open(window, qtbot) -> None:
    window.open_demo()
    assert window.workspace is not None
    assert window.workspace.path == paths.demo_file().resolve()
    assert "Préparation" not in window.statusBar().currentMessage()


def test_a_saved_copy_is_named_with_its_extension(window, client_path, tmp_path,
                                                 monkeypatch) -> None:
    assert window.open_path(client_path)
    target = tmp_path / "copie client"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window.save_copy_as()
    message = window.statusBar().currentMessage()
    assert message.endswith("copie client.vigie")
    assert Path(message.split(" : ", 1)[1]).is_file()
