"""The command line: `vigie [FILE]` opens the GUI; sub-commands make Vigie scriptable."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from app.storage.errors import StorageError

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

COMMANDS = ("check", "demo", "report")


class UserError(Exception):
    """A mistake of the user's, printed as one line on stderr."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `vigie` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            return _run_command(args)
        return _run_gui(args)
    except (StorageError, UserError) as error:
        print(f"vigie: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _run_command(args: list[str]) -> int:
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
    options = parser.parse_args(args)
    if options.command == "report":
        return _report(options.file, as_json=options.json, today=options.today)
    if options.command == "demo":
        return _demo(options.file, options.scale, options.seed)
    if options.command == "check":
        return _check(options.file)
    return 2  # pragma: no cover - argparse refuses unknown commands


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
    for table, count in report.counts.items():
        print(f"  {COUNT_LABELS.get(table, table)} : {count:,}".replace(",", "\u202f"))
    if not report.ok:
        print("vigie: le fichier présente des anomalies.", file=sys.stderr)
        return 1
    return 0


def _demo(path: Path, scale: int, seed: int) -> int:
    from app.services import demo

    if not path.resolve().parent.is_dir():
        raise UserError(f"le dossier « {path.parent} » n'existe pas.")
    if scale < 1:
        raise UserError("--scale doit valoir au moins 1.")
    demo.generate(path, scale=scale, seed=seed)
    counts = {table: f"{n:,}".replace(",", "\u202f")
              for table, n in demo.count_rows(path).items()}
    print(f"Fichier de démonstration créé : {path} ({counts['supplier']} prestataires, "
          f"{counts['contract']} contrats, {counts['indicator']} indicateurs, "
          f"{counts['measurement']} mesures)")
    return 0


def _report(path: Path, *, as_json: bool, today: str | None) -> int:
    import datetime as dt
    import json

    from app.services.dashboard import build_dashboard
    from app.services.report import report_json, report_text
    from app.storage.document import open_file

    try:
        day = dt.date.fromisoformat(today) if today else dt.date.today()
    except ValueError:
        raise UserError(f"--today attend une date AAAA-MM-JJ, pas « {today} ».") from None
    document = open_file(path, read_only=True)
    try:
        client = document.client_name()
        with document.session() as session:
            dashboard = build_dashboard(session, day)
    finally:
        document.close()
    # A Windows pipe or file defaults to cp1252, which has no "\u202f" nor "█": the report
    # is written in UTF-8 whatever the locale (docs/report-json.md promises it).
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")
    if as_json:
        data = report_json(dashboard, file=str(document.path), client=client)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(report_text(dashboard, file=str(document.path), client=client), end="")
    return 0


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
    from app.ui.application import run

    return run(options.file)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
