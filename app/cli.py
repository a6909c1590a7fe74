"""The command line: `vigie [FILE]` opens the GUI; sub-commands make Vigie scriptable."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app import cli_exports
from app.cli_exports import ExportError
from app.storage.errors import StorageError

if TYPE_CHECKING:
    from app.storage.document import ClientFile

COUNT_LABELS = {
    "supplier": "prestataires",
    "contact": "contacts",
    "contract": "contrats",
    "indicator": "indicateurs",
    "measurement": "mesures",
    "invoice": "factures",
    "committee": "comités",
    "action": "actions",
    "reversibility_milestone": "jalons de réversibilité",
    "attachment": "documents joints",
}

COMMANDS = ("backups", "check", "demo", "report", "import-measures", "restore",
            *cli_exports.COMMANDS)


class UserError(Exception):
    """A mistake of the user's, printed as one line on stderr."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `vigie` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    _speak_utf8()
    try:
        if args and args[0] in COMMANDS:
            return _run_command(args, own_process=argv is None)
        return _run_gui(args)
    except (StorageError, UserError, ExportError) as error:
        print(f"vigie: {error}", file=sys.stderr)
        return 2
    except OSError as error:  # a folder that cannot be written, a full disk…
        from app.storage.files import describe

        where = f" ({error.filename})" if error.filename else ""
        print(f"vigie: {describe(error)}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `vigie-gui` launcher: the GUI with no console (Windows runs it
    with pythonw, so that closing a console never kills Vigie unsaved). A refusal is said
    in a message box, there being no console to print it on."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _run_gui(args)
    except (StorageError, UserError) as error:
        from app.ui.application import create_application
        from app.ui.dialogs import messages

        create_application()
        messages.show_error(None, "Vigie", str(error))
        return 2


def _speak_utf8() -> None:
    """Write UTF-8 on the console: French text holds « », accents and narrow no-break spaces
    that a Windows console's code page (cp1252, cp850) cannot encode."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.encoding.lower() not in ("utf-8",
                                                                                    "utf8"):
            stream.reconfigure(encoding="utf-8")


def _run_command(args: list[str], *, own_process: bool = False) -> int:
    parser = argparse.ArgumentParser(prog="vigie", description="Vigie en ligne de commande.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="contrôle un fichier client (intégrité, version, contenu)")
    check.add_argument("file", type=Path)
    demo = sub.add_parser("demo", help="crée un fichier client de démonstration")
    demo.add_argument("file", type=Path)
    demo.add_argument("--scale", type=int, default=1, help="nombre de copies du portefeuille")
    demo.add_argument("--seed", type=int, default=2026, help="graine du générateur")
    report = sub.add_parser("report", help="ce que montre le tableau de bord, en texte ou JSON")
    report.add_argument("file", type=Path)
    report.add_argument("--json", action="store_true", help="en JSON (clés stables)")
    report.add_argument("--today", metavar="AAAA-MM-JJ", help="date du tableau de bord")
    _add_import_parser(sub)
    backups = sub.add_parser("backups", help="les sauvegardes d'un fichier client")
    backups.add_argument("file", type=Path)
    restore = sub.add_parser("restore", help="restaure une sauvegarde dans un nouveau fichier")
    restore.add_argument("backup", type=Path, help="la sauvegarde (vigie backups la nomme)")
    restore.add_argument("--out", type=Path, required=True, help="le fichier client à créer")
    cli_exports.add_parsers(sub)
    options = parser.parse_args(args)
    if options.command == "import-measures":
        return _import_measures(options)
    if options.command in cli_exports.COMMANDS:
        return cli_exports.run(options)
    if options.command in ("backups", "restore"):
        from app import cli_backups

        if options.command == "backups":
            return cli_backups.list_backups(options.file)
        return cli_backups.restore(options.backup, options.out)
    if options.command == "report":
        return _report(options.file, as_json=options.json, today=options.today,
                       own_process=own_process)
    if options.command == "demo":
        return _demo(options.file, options.scale, options.seed)
    if options.command == "check":
        return _check(options.file)
    return 2  # pragma: no cover - argparse refuses unknown commands


def _add_import_parser(sub: argparse._SubParsersAction) -> None:
    command = sub.add_parser("import-measures",
                             help="importe le rapport mensuel d'un prestataire (CSV ou Excel)")
    command.add_argument("file", type=Path, help="fichier client (*.vigie)")
    command.add_argument("report", type=Path, help="rapport du prestataire (.csv ou .xlsx)")
    command.add_argument("--contract", metavar="REF", help="contrat de toutes les lignes")
    command.add_argument("--sheet", metavar="NOM", help="feuille du classeur à lire")
    command.add_argument("--dry-run", action="store_true", help="aperçu seul, rien n'est écrit")
    command.add_argument("--overwrite", action="store_true",
                         help="écrase les valeurs différentes déjà enregistrées")
    command.add_argument("--exclude", metavar="LIGNES", default="",
                         help="lignes laissées de côté, par exemple 7,12-14")


def _import_measures(options: argparse.Namespace) -> int:
    from app import clock
    from app.imports.command import Request, run

    return run(Request(options.file, options.report, options.contract, options.sheet,
                       options.dry_run, options.overwrite, options.exclude), clock.today())


def _check(path: Path) -> int:
    from app.storage.inspect import inspect_file

    report = inspect_file(path)
    print(f"Fichier : {report.path}")
    state = "à jour" if not report.needs_migration else (
        f"ancienne version, sera mise à jour en {report.head} à l'ouverture"
    )
    print(f"Version du schéma : {report.revision} ({state})")
    print(f"Intégrité : {report.integrity}")
    if report.foreign_key_problems:
        print(f"Références cassées : {report.foreign_key_problems}")
    if report.damaged_attachments:
        names = ", ".join(f"« {name} »" for name in report.damaged_attachments)
        print(f"Documents joints endommagés (contenu altéré depuis leur ajout) : {names}")
    if report.migration_problem:
        print(f"Mise à jour du schéma impossible : {report.migration_problem}")
    for table, count in report.counts.items():
        print(f"  {COUNT_LABELS.get(table, table)} : {count:,}".replace(",", "\u202f"))
    if not report.ok:
        print("vigie: le fichier présente des anomalies.", file=sys.stderr)
        return 1
    return 0


def _demo(path: Path, scale: int, seed: int) -> int:
    from app.demo import builder as demo

    if not path.resolve().parent.is_dir():
        raise UserError(f"le dossier « {path.parent} » n'existe pas.")
    if scale < 1:
        raise UserError("--scale doit valoir au moins 1.")
    demo.generate(path, scale=scale, seed=seed)
    from app.services.formatting import plural

    counts = demo.count_rows(path)
    what = ", ".join(plural(counts[table], noun) for table, noun in (
        ("supplier", "prestataire"), ("contract", "contrat"), ("indicator", "indicateur"),
        ("measurement", "mesure")))
    print(f"Fichier de démonstration créé : {path} ({what})")
    return 0


def _report(path: Path, *, as_json: bool, today: str | None, own_process: bool = False) -> int:
    import datetime as dt

    from app import clock

    try:
        day = dt.date.fromisoformat(today) if today else clock.today()
    except ValueError:
        raise UserError(f"--today attend une date AAAA-MM-JJ, pas « {today} ».") from None
    document = _open_while_importing(path, own_process=own_process)
    from app.services.dashboard import build_dashboard
    from app.services.report import report_json, report_text
    from app.services.reversibility_status import plan_statuses

    try:
        client = document.client_name()
        with document.session() as session:
            dashboard = build_dashboard(session, day)
            plans = plan_statuses(session, day)
    finally:
        document.close()
    # A Windows pipe or file defaults to cp1252, which has no "\u202f" nor "█": the report
    # is written in UTF-8 whatever the locale (docs/report-json.md promises it).
    if as_json:
        import json

        data = report_json(dashboard, file=str(document.path), client=client, plans=plans)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(report_text(dashboard, file=str(document.path), client=client, plans=plans),
              end="")
    return 0


def _open_while_importing(path: Path, *, own_process: bool) -> ClientFile:
    """Open `path` read-only for a report. Its copy and checks (SQLite, on a worker thread)
    run while SQLAlchemy and the dashboard import (Python): half the command's time."""
    import gc

    from app.storage import opening

    started = opening.start_read_only_copy(path)
    try:
        import app.services.dashboard
        import app.services.report  # noqa: F401
        from app.storage.document import open_read_only
    except BaseException:
        started.discard()
        raise
    if own_process:
        # What was imported lives until the process ends: the garbage collector need not
        # walk it again while the dashboard runs, nor at exit (a tenth of the command).
        gc.freeze()
    return open_read_only(started)


def _run_gui(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="vigie",
        description="Vigie — pilotage des services informatiques externalisés.",
        epilog="Commandes : " + ", ".join(COMMANDS),
    )
    parser.add_argument("file", nargs="?", type=Path, help="fichier client (*.vigie) à ouvrir")
    options = parser.parse_args(args)
    if options.file is not None and not options.file.exists():
        raise UserError(f"le fichier « {options.file} » est introuvable.")
    from app.ui import single_instance
    from app.ui.application import create_application, run

    create_application()
    if not single_instance.claim(options.file):
        return 0  # the running Vigie opens the file, or comes forward: it is the one
    return run(options.file)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
