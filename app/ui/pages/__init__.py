"""The pages of the side bar, in order; each module is imported when its page is first shown."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.ui.pages.base import Page
from app.ui.workspace import Workspace


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


@dataclass(frozen=True)
class PageSpec:
    """A side-bar entry: its key, label, icon and how to build its page."""

    key: str
    label: str
    icon: str  # a qtawesome icon name
    build: Callable[[Workspace], Page]
    #: the kinds of things the page can show; a thing of another kind is shown on the page
    #: of the nearest thing above it (`app.services.navigation.parent_of`)
    entities: tuple[str, ...] = ()


def _lazy(module: str, cls: str) -> Callable[[Workspace], Page]:
    def build(workspace: Workspace) -> Page:
        return getattr(importlib.import_module(f"app.ui.pages.{module}"), cls)(workspace)

    return build


def page_specs() -> list[PageSpec]:
    """The side bar, top to bottom."""
    return [
        PageSpec("dashboard", _tr("Tableau de bord"), "mdi6.view-dashboard-outline",
                 _lazy("dashboard", "DashboardPage")),
        PageSpec("suppliers", _tr("Prestataires"), "mdi6.domain",
                 _lazy("suppliers", "SuppliersPage"),
                 entities=("supplier", "contact")),
        PageSpec("contracts", _tr("Contrats"), "mdi6.file-sign",
                 _lazy("contracts", "ContractsPage"),
                 entities=("contract",)),
        PageSpec("indicators", _tr("Indicateurs"), "mdi6.chart-line",
                 _lazy("indicators", "IndicatorsPage"),
                 entities=("indicator", "measurement")),
        PageSpec("committees", _tr("Comités"), "mdi6.account-group-outline",
                 _lazy("committees", "CommitteesPage"),
                 entities=("committee", "decision")),
        PageSpec("actions", _tr("Plan d'actions"), "mdi6.checkbox-marked-circle-outline",
                 _lazy("actions", "ActionsPage"),
                 entities=("action",)),
        PageSpec("reversibility", _tr("Réversibilité"), "mdi6.swap-horizontal",
                 _lazy("reversibility", "ReversibilityPage"),
                 entities=("milestone", "reversibility")),
    ]


__all__ = ["Page", "PageSpec", "_lazy", "page_specs"]
