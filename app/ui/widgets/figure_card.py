"""A key figure in a card: a caption with its icon, a large value, a line of detail."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.ui.style import icon

TEXT = "#1d2a3a"
VALUE_POINTS = 15
COMPACT_POINTS = 13
ICON_SIZE = 22
CARD_STYLE = f"""
QLabel#figureCaption {{ color: #55606e; font-size: 9pt; }}
QLabel#figureValue {{ font-size: {VALUE_POINTS}pt; font-weight: 600; }}
QFrame#card[compact="true"] QLabel#figureValue {{ font-size: {COMPACT_POINTS}pt; }}
QLabel#figureDetail {{ color: #6b7785; font-size: 8.5pt; }}
QFrame#card[clickable="true"]:hover {{ border-color: #9db7d6; background: #fbfdff; }}
"""
WIDE_MARGIN = 14
COMPACT_MARGIN = 10


class ElidedLabel(QLabel):
    """A label whose lines each end with « … » when it is too narrow (the tooltip has it
    all)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        shown = "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, self.width())
                          for line in self._full.split("\n"))
        self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class FigureCard(QFrame):
    """One key figure of the dashboard; emits `clicked` when made clickable."""

    clicked = Signal()

    def __init__(self, caption: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        # Preferred: the cards of a row share its height when a caption wraps on two lines.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._clickable = False
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(WIDE_MARGIN, 10, WIDE_MARGIN, 10)
        layout.setSpacing(2)
        self._icon_name = icon_name
        self.caption = QLabel(caption, objectName="figureCaption")
        self.value = QLabel(objectName="figureValue")  # never cut: the cards make room
        self.icon_label = QLabel()
        middle = QHBoxLayout()  # the icon beside the value leaves the caption its width
        middle.setSpacing(6)
        middle.addWidget(self.value, 1)
        middle.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.detail = ElidedLabel(parent=self)
        self.detail.setObjectName("figureDetail")
        layout.addWidget(self.caption)
        layout.addStretch(1)  # values and details stay level across the row
        layout.addLayout(middle)
        layout.addWidget(self.detail)

    def set_figure(self, value: str, detail: str = "", colour: QColor | str = TEXT,
                   tooltip: str = "") -> None:
        """Show `value` (in `colour`) and its line of detail."""
        name = colour.name() if isinstance(colour, QColor) else colour
        self.value.setStyleSheet(f"color: {name};")
        self.icon_label.setPixmap(icon(self._icon_name, name).pixmap(ICON_SIZE, ICON_SIZE))
        self.value.setText(value)
        self.detail.set_full_text(detail)
        self.setToolTip(tooltip)
        # The row may shrink down to its compact cards: the page turns them compact as soon
        # as the wide ones no longer fit (the wide labels alone would hold the window wide).
        self.setMinimumWidth(self.compact_width())

    def wide_width(self) -> int:
        """The width the card needs to show its caption, value and icon on one line each."""
        value_font = QFont(self.value.font())
        value_font.setPointSizeF(VALUE_POINTS)
        value = QFontMetrics(value_font).horizontalAdvance(self.value.text()) + 6 + ICON_SIZE
        caption = QFontMetrics(self.caption.font()).horizontalAdvance(self.caption.text())
        return max(value, caption) + 2 * WIDE_MARGIN + 2

    def compact_width(self) -> int:
        """The narrowest the card can be: its compact value whole, its caption wrapped."""
        value_font = QFont(self.value.font())
        value_font.setPointSizeF(COMPACT_POINTS)
        value_metrics, text = QFontMetrics(value_font), self.value.text()
        # a label asks for its text's bounding box, a pixel or two over its advance
        value = max(value_metrics.horizontalAdvance(text),
                    value_metrics.boundingRect(text).width()) + 2
        metrics = QFontMetrics(self.caption.font())
        caption = max((metrics.horizontalAdvance(word) for word in self.caption.text().split()),
                      default=0)
        return max(value, caption) + 2 * COMPACT_MARGIN + 2

    def set_compact(self, compact: bool) -> None:
        """Narrow windows: no icon, a smaller value, the caption on two lines if need be."""
        if self.property("compact") == compact:
            return
        self.setProperty("compact", compact)
        self.icon_label.setVisible(not compact)
        self.caption.setWordWrap(compact)
        side = COMPACT_MARGIN if compact else WIDE_MARGIN
        self._layout.setContentsMargins(side, 10, side, 10)
        self.style().unpolish(self.value)
        self.style().polish(self.value)

    def set_clickable(self, clickable: bool) -> None:
        self._clickable = clickable
        self.setProperty("clickable", clickable)
        self.setCursor(Qt.CursorShape.PointingHandCursor if clickable
                       else Qt.CursorShape.ArrowCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if clickable else Qt.FocusPolicy.NoFocus)
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._clickable and event.button() == Qt.MouseButton.LeftButton \
                and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if self._clickable and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                               Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
