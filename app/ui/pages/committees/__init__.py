"""The « Comités » page: the committees list, and a committee's meeting sheet."""

from app.ui.pages.committees.page import CommitteesPage

__all__ = ["CommitteesPage"]
