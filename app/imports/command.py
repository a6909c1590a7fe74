"""`vigie import-measures FILE REPORT`: the import from the command line.

Prints the preview; imports only when no line is refused and no conflicting value is left
undecided (`--overwrite` overwrites them, `--exclude` leaves lines out, explicitly); exits
1 with nothing changed otherwise, 2 on a file it cannot read. `--dry-run` never writes.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.i18n import tr
from app.imports import service
from app.imports.plan import ImportOptions, ImportPlan, LineState
from app.imports.reports import ReportRefused
from app.imports.text import plan_text
from app.services.formatting import plural

if TYPE_CHECKING:
    from sqlmodel import Session


@dataclass(frozen=True)
class Request:
    """The command line's arguments."""

    file: Path
    report: Path
    contract: str | None = None
    sheet: str | None = None
    dry_run: bool = False
    overwrite: bool = False
    exclude: str = ""  # « 7,12-14 »


def parse_lines(spec: str) -> frozenset[int]:
    """Line numbers written « 7,12-14 »; raises ValueError (in French)."""
    numbers: set[int] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        first, _, last = part.partition("-")
        try:
            low, high = int(first), int(last or first)
        except ValueError:
            raise ValueError(tr("imports", "--exclude attend des numéros de ligne (par exemple "
                                           "7,12-14), pas « {part} »").format(part=part)) from None
        numbers.update(range(min(low, high), max(low, high) + 1))
    return frozenset(numbers)


def run(request: Request, today: dt.date) -> int:
    """Preview, then import unless refused or a dry run; the exit code."""
    from app.storage.document import open_file

    try:
        excluded = parse_lines(request.exclude)
    except ValueError as error:
        return _fail(str(error), 2)
    options = ImportOptions(contract=request.contract, excluded=excluded,
                            overwrite=request.overwrite)
    document = open_file(request.file, read_only=request.dry_run)
    try:
        with document.session() as session:
            plan = _preview(session, request, options, today)
        print(plan_text(plan), end="")
        if _nothing_new(plan):
            print(plan.blockers[0])
            return 0
        if not plan.can_import:
            return _fail(_why_not(plan), 1)
        if request.dry_run:
            print(tr("imports", "Simulation (--dry-run) : rien n'a été écrit."))
            return 0
        with document.session() as session:
            done = service.import_report(session, plan.report, options, today)
        print(tr("imports", "{measures} dans {file}.").format(
            measures=plural(len(done.writes), "mesure importée", "mesures importées"),
            file=request.file.name))
        return 0
    except ReportRefused as error:
        return _fail(error.message, 2)
    except service.ImportRefused as error:
        return _fail(service.describe_refusal(error), 1)
    finally:
        document.close()


def _preview(session: Session, request: Request, options: ImportOptions, today: dt.date
             ) -> ImportPlan:
    report = service.read_for(session, request.report, request.sheet, request.contract)
    if len(report.sheets) > 1 and request.sheet is None:
        others = [name for name in report.sheets if name != report.sheet]
        print(tr("imports", "Feuille lue : « {sheet} » (autres feuilles : {others} ; --sheet "
                            "pour en lire une autre)").format(
            sheet=report.sheet, others=", ".join(f"« {n} »" for n in others)))
    return service.preview(session, report, options, today)


def _nothing_new(plan: ImportPlan) -> bool:
    """True when the report can be read whole but holds no new value (imported before)."""
    return not plan.problem and not plan.writes and not plan.count(LineState.REFUSED,
                                                                     LineState.CONFLICT)


def _why_not(plan: ImportPlan) -> str:
    if plan.problem:
        return tr("imports", "rien n'a été importé : {problem}").format(
            problem=plan.problem.rstrip("."))
    reasons = []
    refused = [line.line for line in plan.lines if line.state is LineState.REFUSED]
    if refused:
        reasons.append(tr("imports", "{lines} (corrigez le fichier, ou excluez-les avec "
                                     "--exclude {numbers})").format(
            lines=plural(len(refused), "ligne refusée", "lignes refusées"),
            numbers=",".join(map(str, refused))))
    conflicts = [line.line for line in plan.lines if line.state is LineState.CONFLICT]
    if conflicts:
        reasons.append(tr("imports", "{values} (--overwrite pour les écraser, ou --exclude "
                                     "{numbers} pour garder l'existante)").format(
            values=plural(len(conflicts), "valeur différente déjà enregistrée",
                          "valeurs différentes déjà enregistrées"),
            numbers=",".join(map(str, conflicts))))
    if not reasons:
        reasons = [blocker.rstrip(".") for blocker in plan.blockers]
    return tr("imports", "rien n'a été importé : {reasons}").format(reasons=" ; ".join(reasons))


def _fail(message: str, code: int) -> int:
    print(f"vigie: {message}", file=sys.stderr)
    return code
