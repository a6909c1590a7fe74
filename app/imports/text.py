"""The preview of an import as plain French text (the command line prints it)."""

from __future__ import annotations

from collections.abc import Sequence

from app.i18n import tr
from app.imports.matching import Role
from app.imports.plan import ImportPlan, LineState, PlanLine
from app.services.formatting import format_period, format_value, plural

#: The groups of the preview, in the order printed, with their title.
GROUPS: tuple[tuple[tuple[LineState, ...], str], ...] = (
    ((LineState.NEW, LineState.UPDATE, LineState.OVERWRITE), "À importer"),
    ((LineState.REFUSED,), "Refusées"),
    ((LineState.CONFLICT,), "Valeurs différentes déjà enregistrées (--overwrite pour les "
                            "écraser, --exclude pour garder l'existante)"),
    ((LineState.KEEP,), "Valeurs enregistrées conservées"),
    ((LineState.SAME,), "Déjà enregistrées, inchangées"),
    ((LineState.EMPTY,), "Sans valeur, ignorées"),
    ((LineState.EXCLUDED,), "Exclues"),
)
#: Groups listed by line numbers only: their lines change nothing.
BRIEF = (LineState.SAME, LineState.EMPTY, LineState.KEEP)


def plan_text(plan: ImportPlan) -> str:
    """The whole preview: how the file was read, each group of lines, the outcome."""
    lines = [tr("imports", "Rapport : {name} ({how})").format(name=plan.report.path.name,
                                                             how=plan.report.describe()),
             _header_line(plan), _contract_line(plan), ""]
    if plan.problem:
        return "\n".join([*lines, plan.problem, ""])
    for states, title in GROUPS:
        group = [line for line in plan.lines if line.state in states]
        if not group:
            continue
        lines.append(f"{tr('imports', title)} : {len(group)}")
        if states[0] in BRIEF:
            noun = tr("imports", "ligne") if len(group) == 1 else tr("imports", "lignes")
            lines.append(f"  {noun} {_numbers(group)}")
        else:
            lines += _table(group)
        lines.append("")
    lines.append(summary(plan))
    return "\n".join(lines) + "\n"


def summary(plan: ImportPlan) -> str:
    """« 12 mesures à importer (2 écrasées) ; 1 ligne refusée. »"""
    writes = len(plan.writes)
    parts = [plural(writes, "mesure à importer", "mesures à importer")]
    overwritten = plan.count(LineState.OVERWRITE)
    if overwritten:
        parts[0] += " " + tr("imports", "(dont {n} écrasant une valeur enregistrée)").format(
            n=overwritten)
    refused = plan.count(LineState.REFUSED)
    if refused:
        parts.append(plural(refused, "ligne refusée", "lignes refusées"))
    conflicts = plan.count(LineState.CONFLICT)
    if conflicts:
        parts.append(plural(conflicts, "valeur à arbitrer", "valeurs à arbitrer"))
    return tr("imports", "Bilan : {parts}.").format(parts=" ; ".join(parts))


def _header_line(plan: ImportPlan) -> str:
    header = plan.header
    mapped = [f"« {header.title(i)} » → {tr('roles', role.label)}"
              for i, role in enumerate(header.roles) if role not in (None, Role.IGNORE)]
    return tr("imports", "En-têtes (ligne {line}) : {mapped}").format(
        line=header.line, mapped=", ".join(mapped) or "—")


def _contract_line(plan: ImportPlan) -> str:
    if plan.contract is not None:
        return tr("imports", "Contrat : {reference} — {title}").format(
            reference=plan.contract.reference, title=plan.contract.title)
    column = plan.header.column(Role.CONTRACT)
    if column is not None:
        return tr("imports", "Contrat : d'après la colonne « {title} »").format(
            title=plan.header.title(column))
    return tr("imports", "Contrat : d'après le code de chaque indicateur")


def _numbers(group: Sequence[PlanLine]) -> str:
    return ", ".join(str(line.line) for line in group)


def _table(group: Sequence[PlanLine]) -> list[str]:
    rows = [_cells(line) for line in group]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return ["  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths,
                                                                       strict=False))
            + "  " + row[-1] for row in rows]


def _cells(line: PlanLine) -> list[str]:
    """ligne, contract, code, period, value, status, note."""
    number = tr("imports", "ligne {n}").format(n=line.line)
    indicator = line.indicator
    if indicator is None or line.period is None or line.value is None:
        named = line.texts.get(Role.CODE) or line.texts.get(Role.NAME) or ""
        return [number, line.texts.get(Role.CONTRACT, ""), named, line.texts.get(Role.PERIOD, ""),
                line.texts.get(Role.VALUE, ""), "", line.reason]
    status = tr("rules", line.status.label) if line.status else ""
    return [number, line.contract.reference if line.contract else "", indicator.code,
            format_period(line.period, indicator.frequency), line.value_text(), status,
            note(line)]


def note(line: PlanLine) -> str:
    """What a line will do, in a few words (or why it is refused)."""
    stored = line.stored
    unit = line.indicator.unit if line.indicator else ""
    old = format_value(stored.value, unit) if stored else ""
    source = tr("imports", stored.source.label).lower() if stored else ""
    if line.state is LineState.OVERWRITE:
        return tr("imports", "écrase {old} ({source})").format(old=old, source=source)
    if line.state in (LineState.CONFLICT, LineState.KEEP):
        return tr("imports", "{old} enregistré ({source})").format(old=old, source=source)
    if line.state is LineState.UPDATE:
        return tr("imports", "valeur inchangée, commentaire mis à jour")
    if line.state is LineState.EXCLUDED and line.reason:
        return tr("imports", "refusée : {reason}").format(reason=line.reason)
    if line.state is LineState.NEW:
        return tr("imports", "nouvelle mesure")
    return line.reason
