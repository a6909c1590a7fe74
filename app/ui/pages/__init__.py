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
    entities: tuple[str, ...] = ()


def _lazy(module: str, cls: str) -> Callable[[Workspace], Page]:
    def build(workspace: Workspace) -> Page:
        return getattr(importlib.import_module(f"app.ui.pages.{module}"), cls)(workspace)

    return build


def _placeholder(label: str, text: str) -> Callable[[Workspace], Page]:
    def build(workspace: Workspace) -> Page:
        from app.ui.pages.placeholder import PlaceholderPage

        return PlaceholderPage(workspace, label, text)

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
                 _placeholder(_tr("Indicateurs"), _tr(
                     "Les indicateurs contractuels, leurs mesures et les pénalités.")),
                 entities=("indicator",)),
        PageSpec("committees", _tr("Comités"), "mdi6.account-group-outline",
                 _placeholder(_tr("Comités"), _tr(
                     "Les comités de pilotage, leurs participants, décisions et comptes rendus.")),
                 entities=("committee",)),
        PageSpec("actions", _tr("Plan d'actions"), "mdi6.checkbox-marked-circle-outline",
                 _placeholder(_tr("Plan d'actions"), _tr(
                     "Les actions décidées, leurs responsables et échéances.")),
                 entities=("action",)),
        PageSpec("reversibility", _tr("Réversibilité"), "mdi6.swap-horizontal",
                 _placeholder(_tr("Réversibilité"), _tr(
                     "Le plan de réversibilité : jalons, livrables et PV.")),
                 entities=("milestone",)),
    ]


__all__ = ["Page", "PageSpec", "_lazy", "page_specs"]
