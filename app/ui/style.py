"""The look of Vigie: a calm palette, a dark side bar, readable tables; icons from qtawesome."""

from __future__ import annotations

import os

from PySide6.QtGui import QColor, QIcon

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

STYLESHEET = f"""
QMainWindow, QWidget#pageArea {{ background: #f5f7fa; }}
QListWidget#sidebar {{
    background: {SIDEBAR}; color: #d9e1ea; border: none; font-size: 10.5pt;
    padding-top: 8px; outline: 0;
}}
QListWidget#sidebar::item {{ padding: 9px 14px; border-left: 3px solid transparent; }}
QListWidget#sidebar::item:selected {{
    background: #2b3d52; color: white; border-left: 3px solid #5aa0f2;
}}
QListWidget#sidebar::item:hover:!selected {{ background: #24354a; }}
QLabel#pageTitle {{ font-size: 16pt; font-weight: 600; color: #1d2a3a; padding: 4px 0 8px 0; }}
QLabel#placeholder {{ color: #55606e; font-size: 10.5pt; }}
QLabel#placeholderHint {{ color: #6b7785; font-size: 9.5pt; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: 600; color: #1d2a3a; }}
QFrame#card {{ background: white; border: 1px solid #dde3ea; border-radius: 6px; }}
QFrame#readOnlyBanner {{ background: #fff4e0; border-bottom: 1px solid #f0c36d; }}
QFrame#readOnlyBanner QLabel {{ color: #6b4500; }}
QLabel#fieldError {{ color: #c62828; font-size: 9pt; }}
QTableView {{
    background: white; alternate-background-color: #f8fafc; gridline-color: #e6eaef;
    selection-background-color: #d6e6fa; selection-color: #1d2a3a; border: 1px solid #dde3ea;
}}
QHeaderView::section {{
    background: #eef2f6; color: #33404f; padding: 5px 6px; border: none;
    border-right: 1px solid #dde3ea; border-bottom: 1px solid #dde3ea; font-weight: 600;
}}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox, QPlainTextEdit {{
    padding: 3px 5px; border: 1px solid #c9d2dc; border-radius: 4px; background: white;
}}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateEdit[invalid="true"] {{
    border: 1px solid #c62828; background: #fff8f8;
}}
QPushButton {{
    padding: 5px 12px; border: 1px solid #c9d2dc; border-radius: 4px; background: white;
}}
QPushButton:hover {{ background: #eef4fb; }}
QPushButton:disabled {{ color: #9aa5b1; background: #f1f3f5; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; }}
QPushButton#primary:hover {{ background: #174d8f; }}
QPushButton#primary:disabled {{ background: #9db7d6; border-color: #9db7d6; }}
QStatusBar {{ background: #eef2f6; color: #33404f; }}
"""


def icon(name: str, color: str = "#33404f") -> QIcon:
    """An icon from qtawesome's bundled fonts (Material Design Icons 6)."""
    os.environ.setdefault("QT_API", "pyside6")
    import qtawesome

    return qtawesome.icon(name, color=color)
