"""The « Plan d'actions » page: its table, filters, side card and questions."""

from app.ui.pages.actions.page import ActionsPage

__all__ = ["ActionsPage"]
