"""What the GUI loads from the shipped files at start: the window icon and the translations."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import resources


def app_icon() -> QIcon:
    """Vigie's icon at every size it is drawn at (empty when the icons are missing)."""
    icon = QIcon()
    for path in resources.icon_files("vigie"):
        icon.addFile(str(path))
    return icon


def install_translations(application: QApplication) -> list[str]:
    """Install Qt's own French (standard dialogs' buttons, context menus) and Vigie's
    catalogue of the interface language, if there is one (French is Vigie's source
    language, so it has none). Return the files loaded."""
    loaded = []
    locale = QLocale()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("vigie", str(resources.translations_dir()))):
        translator = QTranslator(application)
        if translator.load(locale, name, "_", folder):
            application.installTranslator(translator)
            loaded.append(translator.filePath())
    return loaded
