"""The Word template of the minutes: the one Vigie ships, or the company's own.

A template gives the minutes their styles, header, footer and logo. It may hold fields
(« {{ comite.titre }} », docxtpl): they are rendered in a sandboxed Jinja environment
that escapes every value (a `&` or `<` stays text) and has no loader (a template cannot
include a file); an unknown field is refused before anything is written, naming it.
`FIELDS` lists the fields; docs/minutes-template.md documents them.

Where the minutes go: at the paragraph holding « {{ contenu }} » if there is one; else,
when the template's body holds other fields, after it; else the body (a guide, a sample)
is replaced by the minutes.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.export import minutes_text as text
from app.export.minutes_data import MinutesData
from app.i18n import tr
from app.resources import resource_path
from app.services.formatting import format_date, format_long_date

SHIPPED_NAME = "minutes_template.docx"
PLACEHOLDER_NAME = "minutes_logo_placeholder.png"
#: A company template is a letterhead, not an archive: larger files are refused.
MAX_SIZE = 20 * 1024 * 1024
#: What `{{ contenu }}` renders to, found again in the rendered body.
CONTENT_MARK = "VIGIE-CONTENU-7C1E"

_MAIN = "word/document.xml"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_TAG = re.compile(r"\{[{%#]")

#: The fields a template may use: a group's fields, or a list's item fields (in a one-item
#: list), or None for a single value.
FIELDS: dict[str, Any] = {
    "client": {"nom"},
    "comite": {"titre", "type", "date", "date_longue", "heure_debut", "heure_fin", "duree",
               "lieu", "prestataire", "contrats", "periode", "statut"},
    "prochain_comite": {"prevu", "titre", "date", "date_longue", "heure", "lieu"},
    "document": {"titre", "date"},
    "participants": [{"nom", "fonction", "organisation", "cote", "presence", "email"}],
    "decisions": [{"numero", "texte"}],
    "actions": [{"numero", "titre", "porteur", "cote", "echeance", "statut", "retard",
                 "reportee"}],
    "contenu": None,
}


class TemplateError(ValueError):
    """A template Vigie cannot use; the message is a French sentence for the user."""


def _tr(message: str) -> str:
    return tr("minutes", message)


# -- reading and checking a template -----------------------------------------------------------


def shipped_template() -> bytes:
    """The template Vigie ships in resources/."""
    return resource_path(SHIPPED_NAME).read_bytes()


def read_template_file(path: Path) -> bytes:
    """The bytes of the template at `path`, checked; raises TemplateError with the reason."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_SIZE:
            raise TemplateError(_tr("« {name} » est trop volumineux pour un modèle "
                                    "(20 Mo au plus).").format(name=path.name))
        data = path.read_bytes()
    except OSError as error:
        raise TemplateError(_tr("Impossible de lire « {name} » : {why}.").format(
            name=path.name, why=error.strerror or error)) from error
    check_template(data, path.name)
    return data


def check_template(data: bytes, name: str = "") -> None:
    """Refuse, with a sentence naming the problem, a template that is not a Word document or
    that holds a malformed or unknown field."""
    prepared = PreparedTemplate.of(data, name)
    prepared.check_fields()


@dataclass
class PreparedTemplate:
    """A template opened with docxtpl: its XML parts with their tags made whole."""

    name: str
    data: bytes  # as a .docx (a .dotx's main part retyped)
    body: str
    others: list[str]  # headers, footers and core properties

    @classmethod
    def of(cls, data: bytes, name: str = "") -> PreparedTemplate:
        """Open `data` as a template; raises TemplateError when it is not a Word document."""
        name = name or _tr("le modèle")
        document_bytes = _as_docx(data, name)
        from docxtpl import DocxTemplate

        template = DocxTemplate(io.BytesIO(document_bytes))
        try:
            template.init_docx()
        except Exception as error:  # python-docx raises many kinds on a damaged package
            raise _not_word(name) from error
        body = template.patch_xml(template.get_xml())
        others = [template.patch_xml(template.get_part_xml(part))
                  for uri in (template.HEADER_URI, template.FOOTER_URI)
                  for _key, part in template.get_headers_footers(uri)]
        properties = template.docx.core_properties
        others += [getattr(properties, key) or "" for key in (
            "author", "comments", "identifier", "language", "subject", "title")]
        return cls(name, document_bytes, body, others)

    @property
    def has_fields(self) -> bool:
        """True when any part holds a Jinja tag."""
        return any(_TAG.search(part) for part in (self.body, *self.others))

    @property
    def body_has_fields(self) -> bool:
        """True when the body holds a Jinja tag (then it is kept, rendered)."""
        return bool(_TAG.search(self.body))

    def check_fields(self) -> None:
        """Raise TemplateError for a malformed tag or a field not in FIELDS."""
        from jinja2 import TemplateSyntaxError

        environment = sandbox()
        for part in (self.body, *self.others):
            if not _TAG.search(part):
                continue
            try:
                tree = environment.parse(part)
            except TemplateSyntaxError as error:
                raise TemplateError(_tr("« {name} » contient un champ mal écrit ({why}) : "
                                        "vérifiez ses accolades.").format(
                    name=self.name, why=_why(error))) from error
            for field, allowed in unknown_fields(tree):
                raise TemplateError(_tr("« {name} » utilise le champ inconnu « {field} » ; "
                                        "les champs permis sont : {allowed}.").format(
                    name=self.name, field=field, allowed=", ".join(sorted(allowed))))


def _as_docx(data: bytes, name: str) -> bytes:
    """`data` as a .docx package; a Word template (.dotx) has its main part retyped."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            types = package.read("[Content_Types].xml").decode("utf-8")
            if _MAIN not in package.namelist():
                raise _not_word(name)
            if _TEMPLATE_TYPE not in types:
                if _DOCUMENT_TYPE not in types:
                    raise _not_word(name)
                return data
            return _retyped(package, types.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE))
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, OSError) as error:
        raise _not_word(name) from error


def _retyped(package: zipfile.ZipFile, types: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in package.infolist():
            content = types.encode("utf-8") if item.filename == "[Content_Types].xml" else (
                package.read(item.filename))
            copy.writestr(item, content)
    return out.getvalue()


def _not_word(name: str) -> TemplateError:
    return TemplateError(_tr("« {name} » n'est pas un document Word (.docx ou .dotx). "
                             "Enregistrez-le au format .docx depuis Word, puis "
                             "choisissez-le à nouveau.").format(name=name))


# -- fields ------------------------------------------------------------------------------------


def sandbox() -> Any:
    """The Jinja environment of templates: sandboxed, immutable values, every value escaped
    for XML, no loader (no include nor import), an undefined name an error."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    return ImmutableSandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def unknown_fields(tree: Any) -> list[tuple[str, set[str]]]:
    """The fields a parsed template uses that FIELDS does not have, as written (« societe »,
    « comite.titrre », « p.nomm » in a loop over participants), each with the names that
    would be right in its place."""
    from jinja2 import meta

    names = sorted(meta.find_undeclared_variables(tree) - FIELDS.keys())
    unknown = [(name, set(FIELDS)) for name in names]
    for field in _attribute_fields(tree, {}):
        if field[0] not in [known for known, _allowed in unknown]:
            unknown.append(field)
    return unknown


def _attribute_fields(node: Any, loops: Mapping[str, set[str]]
                      ) -> Iterator[tuple[str, set[str]]]:
    """Walk the tree: yield « name.attribute » for attributes a known group lacks, with the
    group's fields."""
    from jinja2 import nodes

    if isinstance(node, nodes.For) and isinstance(node.target, nodes.Name):
        inner = dict(loops)
        listed = FIELDS.get(node.iter.name) if isinstance(node.iter, nodes.Name) else None
        if isinstance(listed, list):
            inner[node.target.name] = listed[0]
        yield from _attribute_fields(node.iter, loops)
        for child in [*node.body, *node.else_]:
            yield from _attribute_fields(child, inner)
        return
    if isinstance(node, nodes.Getattr | nodes.Getitem) and isinstance(node.node, nodes.Name):
        attribute = node.attr if isinstance(node, nodes.Getattr) else getattr(
            node.arg, "value", None)
        group = loops.get(node.node.name, FIELDS.get(node.node.name))
        if isinstance(group, set) and isinstance(attribute, str) and attribute not in group:
            yield f"{node.node.name}.{attribute}", group
    for child in node.iter_child_nodes():
        yield from _attribute_fields(child, loops)


def template_context(data: MinutesData) -> dict[str, Any]:
    """The values of the fields (FIELDS) for these minutes, all plain text."""
    header = data.committee
    return {
        "client": {"nom": header.client},
        "comite": {
            "titre": header.title, "type": _tr(header.kind.label),
            "date": format_date(header.starts_at.date()),
            "date_longue": format_long_date(header.starts_at.date()),
            "heure_debut": text.format_time(header.starts_at),
            "heure_fin": text.format_time(header.ends_at),
            "duree": text.duration(header.duration_minutes), "lieu": header.place,
            "prestataire": header.supplier, "contrats": ", ".join(header.contracts),
            "periode": text.period(header), "statut": _tr(header.status.label),
        },
        "prochain_comite": _next_meeting(data),
        "document": {"titre": _tr("Compte rendu — {title}").format(title=header.title),
                     "date": format_date(data.written_on)},
        "participants": [
            {"nom": p.name, "fonction": p.role, "organisation": p.organisation,
             "cote": _tr(p.side.label), "presence": _tr(p.attendance.label), "email": p.email}
            for p in data.participants],
        "decisions": [{"numero": d.number, "texte": d.text} for d in data.decisions],
        "actions": [_action(a, carried=False) for a in data.new_actions]
        + [_action(a, carried=True) for a in data.carried_actions],
        "contenu": CONTENT_MARK,
    }


def _next_meeting(data: MinutesData) -> dict[str, Any]:
    meeting = data.next_meeting
    if meeting is None:
        return {"prevu": False, "titre": "", "date": "", "date_longue": "", "heure": "",
                "lieu": ""}
    return {"prevu": True, "titre": meeting.title,
            "date": format_date(meeting.starts_at.date()),
            "date_longue": format_long_date(meeting.starts_at.date()),
            "heure": text.format_time(meeting.starts_at), "lieu": meeting.place}


def _action(action: Any, *, carried: bool) -> dict[str, Any]:
    return {"numero": action.number, "titre": action.title, "porteur": action.owner,
            "cote": _tr(action.side.label), "echeance": text.due(action.due_date),
            "statut": text.action_status(action), "retard": action.days_late,
            "reportee": carried}


# -- rendering ---------------------------------------------------------------------------------


def render_fields(prepared: PreparedTemplate, context: dict[str, Any]) -> bytes:
    """The template with its fields rendered, as .docx bytes; raises TemplateError."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError as JinjaError
    from jinja2 import UndefinedError
    from jinja2.exceptions import SecurityError

    template = DocxTemplate(io.BytesIO(prepared.data))
    try:
        template.render(context, jinja_env=sandbox())
    except UndefinedError as error:
        raise TemplateError(_tr("« {name} » utilise un champ inconnu ({why}).").format(
            name=prepared.name, why=_why(error))) from error
    except SecurityError as error:
        raise TemplateError(_tr("« {name} » demande une opération interdite dans un modèle "
                                "({why}).").format(name=prepared.name, why=_why(error))) from error
    except TypeError as error:  # an include or import: the sandbox has no loader
        message = (_tr("« {name} » essaie d'inclure un autre fichier, ce qu'un modèle ne peut "
                       "pas faire.") if "loader" in str(error) else
                   _tr("« {name} » ne peut pas être rempli ({why})."))
        raise TemplateError(message.format(name=prepared.name, why=_why(error))) from error
    except JinjaError as error:
        raise TemplateError(_tr("« {name} » ne peut pas être rempli ({why}).").format(
            name=prepared.name, why=_why(error))) from error
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def _why(error: Exception) -> str:
    """Jinja's own words on an error, without their final full stop."""
    return str(getattr(error, "message", None) or error).rstrip(".")


def placeholder_digest() -> str:
    """The SHA-256 of the shipped logo placeholder, to leave it out of the minutes."""
    return hashlib.sha256(resource_path(PLACEHOLDER_NAME).read_bytes()).hexdigest()
