"""The « Réversibilité » page and its parts (chooser, summary, tables, cards, dialog)."""

from app.ui.pages.reversibility.page import ReversibilityPage

__all__ = ["ReversibilityPage"]
