"""The look of Vigie: a calm palette, a dark side bar, readable tables; icons from qtawesome."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#1f5fae"
SIDEBAR = "#1d2a3a"

#: colours of statuses and severities, used by tables, badges and charts alike
OK = QColor("#2e7d32")
WARNING = QColor("#b26a00")
CRITICAL = QColor("#c62828")
MUTED = QColor("#6b7785")

#: Margins of every page (left, top, right, bottom), so that titles line up across pages.
PAGE_MARGINS = (20, 14, 20, 14)
OK_BG = QColor("#e6f4ea")
WARNING_BG = QColor("#fff4e0")
CRITICAL_BG = QColor("#fdecea")

TEXT = "#1d2a3a"
#: Where the keyboard is: the ring around a focused field, button, table or card.
FOCUS = ACCENT
#: The ring of a focused coloured (primary) button: dark against its blue.
PRIMARY_FOCUS = "#0b2a52"

# Every rule that sets a background sets the text colour too, and the application runs on
# a light palette of its own (`light_palette`): with Windows in dark mode, Fusion would
# otherwise paint white text on these white fields.
STYLESHEET = f"""
QMainWindow, QWidget#pageArea {{ background: #f5f7fa; color: {TEXT}; }}
QListWidget#sidebar {{
    background: {SIDEBAR}; color: #d9e1ea; border: none; font-size: 10.5pt;
    padding-top: 8px; outline: 0;
}}
QListWidget#sidebar::item {{ padding: 9px 14px; border-left: 3px solid transparent; }}
QListWidget#sidebar::item:selected {{
    background: #2b3d52; color: white; border-left: 3px solid #5aa0f2;
}}
QListWidget#sidebar::item:selected:focus {{
    background: #38506b; color: white; border-left: 3px solid #9ccaff;
}}
QListWidget#sidebar::item:hover:!selected:enabled {{ background: #24354a; color: #d9e1ea; }}
QListWidget#sidebar:disabled, QListWidget#sidebar::item:disabled {{ color: #66768a; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: {TEXT}; padding: 4px 0 8px 0; }}
QLabel#placeholder {{ color: #55606e; font-size: 10.5pt; }}
QLabel#placeholderHint {{ color: #6b7785; font-size: 9.5pt; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: {TEXT}; }}
QFrame#card {{ background: white; color: {TEXT}; border: 1px solid #dde3ea; border-radius: 6px; }}
QFrame#readOnlyBanner {{ background: #fff4e0; color: #6b4500;
                         border-bottom: 1px solid #f0c36d; }}
QFrame#readOnlyBanner QLabel {{ color: #6b4500; }}
QLabel#fieldError {{ color: #c62828; font-size: 9pt; }}
QTableView {{
    background: white; color: {TEXT}; alternate-background-color: #f8fafc;
    gridline-color: #e6eaef; selection-background-color: #d6e6fa; selection-color: {TEXT};
    border: 1px solid #dde3ea;
}}
QTableView:focus, QListWidget#recentFiles:focus {{ border: 1px solid {FOCUS}; }}
QHeaderView::section {{
    background: #eef2f6; color: #33404f; padding: 5px 6px; border: none;
    border-right: 1px solid #dde3ea; border-bottom: 1px solid #dde3ea; font-weight: 600;
}}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox, QPlainTextEdit {{
    padding: 3px 5px; border: 1px solid #c9d2dc; border-radius: 4px; background: white;
    color: {TEXT}; selection-background-color: #b9d3f3; selection-color: {TEXT};
}}
QLineEdit:focus, QDateEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QPlainTextEdit:focus {{ border: 2px solid {FOCUS}; padding: 2px 4px; }}
QComboBox:focus {{ border: 1px solid {FOCUS}; background: #eef5fe; }}
QLineEdit:disabled, QComboBox:disabled, QDateEdit:disabled, QSpinBox:disabled,
QDoubleSpinBox:disabled, QPlainTextEdit:disabled {{ background: #f1f3f5; color: #6b7785; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"],
QSpinBox[invalid="true"], QDoubleSpinBox[invalid="true"], QPlainTextEdit[invalid="true"] {{
    border: 1px solid #c62828; background: #fff8f8; color: {TEXT};
}}
QLineEdit[invalid="true"]:focus, QPlainTextEdit[invalid="true"]:focus,
QSpinBox[invalid="true"]:focus, QDoubleSpinBox[invalid="true"]:focus {{
    border: 2px solid #c62828; padding: 2px 4px;
}}
QComboBox QAbstractItemView {{
    background: white; color: {TEXT}; selection-background-color: #d6e6fa;
    selection-color: {TEXT};
}}
QPushButton {{
    padding: 5px 12px; border: 1px solid #c9d2dc; border-radius: 4px; background: white;
    color: {TEXT};
}}
QPushButton:hover {{ background: #eef4fb; color: {TEXT}; }}
QPushButton:focus {{ border: 2px solid {FOCUS}; padding: 4px 11px; }}
QPushButton:disabled {{ color: #9aa5b1; background: #f1f3f5; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; }}
QPushButton#primary:hover {{ background: #174d8f; color: white; }}
QPushButton#primary:focus {{
    border: 2px solid {PRIMARY_FOCUS}; padding: 4px 11px; background: #2a6dc0;
}}
QPushButton#primary:disabled {{ background: #9db7d6; color: white; border-color: #9db7d6; }}
QToolButton:focus {{ border: 2px solid {FOCUS}; border-radius: 3px; }}
QCheckBox:focus, QRadioButton:focus {{ background: #e3eefb; color: {TEXT}; border-radius: 3px; }}
QStatusBar {{ background: #eef2f6; color: #33404f; }}
QToolTip {{ background: #fffdf0; color: {TEXT}; border: 1px solid #c9d2dc; padding: 3px; }}
"""


def light_palette() -> QPalette:
    """Fusion's light palette with every colour set, so that a dark system scheme (Windows
    in dark mode) cannot replace any of them under Vigie's light style sheet."""
    from PySide6.QtWidgets import QStyleFactory

    base = QStyleFactory.create("Fusion").standardPalette()
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):
        for role in QPalette.ColorRole:
            if role not in (QPalette.ColorRole.NColorRoles,):
                palette.setColor(group, role, base.color(group, role))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Text, QColor(TEXT))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(TEXT))
        palette.setColor(group, QPalette.ColorRole.ButtonText, QColor(TEXT))
        palette.setColor(group, QPalette.ColorRole.ToolTipText, QColor(TEXT))
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#fffdf0"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#8a96a3"))
    return palette


def apply(application: QApplication) -> None:
    """Vigie's look on the application: Fusion, the light scheme and palette, the sheet."""
    application.setStyle("Fusion")
    hints = application.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8: ask the system for light title bars too
        hints.setColorScheme(Qt.ColorScheme.Light)
    application.setPalette(light_palette())
    application.setStyleSheet(STYLESHEET)


def icon(name: str, color: str = "#33404f") -> QIcon:
    """An icon from qtawesome's bundled fonts (Material Design Icons 6)."""
    os.environ.setdefault("QT_API", "pyside6")
    import qtawesome

    return qtawesome.icon(name, color=color)
