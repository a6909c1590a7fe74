"""A committee's minutes as a Word document: `write_minutes(data, out, template)`.

A pure function of `MinutesData` (app/export/minutes_data.py) and a template's bytes: no Qt,
no database. python-docx and docxtpl are imported on the first export, not when Vigie
starts. The template (`app.export.minutes_template`) brings the styles, header, footer and
logo; `app.export.minutes_body` writes the sections in those styles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path
from typing import IO, Any

from app.export.minutes_data import MinutesData
from app.export.minutes_template import (
    CONTENT_MARK,
    PreparedTemplate,
    TemplateError,
    placeholder_digest,
    render_fields,
    shipped_template,
    template_context,
)
from app.i18n import tr

__all__ = ["TemplateError", "minutes_document", "write_minutes"]


def write_minutes(data: MinutesData, out: Path | IO[bytes], template: bytes | None = None,
                  template_name: str = "") -> None:
    """Write the minutes of `data` as a .docx to `out` (a path or a binary stream), on
    `template` (a .docx or .dotx's bytes; Vigie's own when None).

    Raises TemplateError (a French sentence) when the template cannot be used; nothing is
    written then.
    """
    document = minutes_document(data, template, template_name)
    if isinstance(out, Path):
        buffer = io.BytesIO()
        document.save(buffer)
        out.write_bytes(buffer.getvalue())
    else:
        document.save(out)


def minutes_document(data: MinutesData, template: bytes | None = None,
                     template_name: str = "") -> Any:
    """The minutes as a python-docx Document, not saved yet."""
    from docx import Document

    from app.export.minutes_body import BodyWriter

    prepared = PreparedTemplate.of(template if template is not None else shipped_template(),
                                   template_name)
    prepared.check_fields()
    raw = render_fields(prepared, template_context(data)) if prepared.has_fields else (
        prepared.data)
    document = Document(io.BytesIO(raw))
    anchor = _content_anchor(document, keep_body=prepared.body_has_fields)
    _ensure_styles(document, template is None)
    before = len(document.element.body)
    BodyWriter(document, data).write()
    if anchor is not None:
        _move_before(document, before, anchor)
    _drop_logo_placeholder(document)
    _set_properties(document, data)
    return document


def _content_anchor(document: Any, *, keep_body: bool) -> Any:
    """Where the minutes go: the paragraph of « {{ contenu }} » (None: at the end).

    A body without fields is a sample or a guide: it is cleared.
    """
    from app.export import docx_parts

    if not keep_body:
        docx_parts.clear_body(document)
        return None
    for paragraph in document.paragraphs:
        if CONTENT_MARK in paragraph.text:
            return paragraph._p
    return None


def _move_before(document: Any, first_new: int, anchor: Any) -> None:
    """Move what was written (the body's children from index `first_new` on, up to the
    section properties) to the place of `anchor`, which is then removed."""
    body = document.element.body
    children = list(body)
    end = len(children) - (1 if children and children[-1].tag.endswith("}sectPr") else 0)
    start = first_new - (len(children) - end)  # python-docx writes before the sectPr
    for child in children[start:end]:
        anchor.addprevious(child)
    body.remove(anchor)


def _ensure_styles(document: Any, shipped: bool) -> None:
    """Give a company template the styles the minutes use that it lacks (from Vigie's)."""
    if shipped:
        return
    from docx import Document
    from docx.styles import BabelFish

    from app.export import docx_parts
    from app.export.minutes_body import STYLES

    present = docx_parts.style_ids(document)
    if all(BabelFish.ui2internal(name) in present for name in STYLES):
        return
    docx_parts.copy_missing_styles(document, Document(io.BytesIO(shipped_template())), STYLES)


def _drop_logo_placeholder(document: Any) -> None:
    """Leave out of the headers the shipped « Logo » frame nobody replaced by a real logo."""
    digest = placeholder_digest()
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header):
            if part.is_linked_to_previous:
                continue
            _drop_pictures(part.part, part._element, digest)


def _drop_pictures(part: Any, element: Any, digest: str) -> None:
    for blip in element.xpath(".//a:blip"):
        rel_id = blip.get("{http://schemas.openxmlformats.org/officeDocument/2006/"
                          "relationships}embed")
        image = part.related_parts.get(rel_id) if rel_id else None
        if image is None or hashlib.sha256(image.blob).hexdigest() != digest:
            continue
        run = blip
        while run is not None and not run.tag.endswith("}r"):
            run = run.getparent()
        if run is not None:
            run.getparent().remove(run)


def _set_properties(document: Any, data: MinutesData) -> None:
    """Title, subject, author, language and dates of the document (File ▸ Properties)."""
    from app.export import docx_parts

    header = data.committee
    properties = document.core_properties
    properties.title = tr("minutes", "Compte rendu — {title}").format(title=header.title)[:255]
    properties.subject = f"{tr('minutes', header.kind.label)} {header.supplier}".strip()
    properties.author = header.client or "Vigie"
    properties.last_modified_by = "Vigie"
    properties.category = tr("minutes", "Compte rendu de comité")
    properties.keywords = ", ".join(filter(None, (header.supplier, *header.contracts)))[:255]
    properties.language = "fr-FR"
    properties.comments = ""
    moment = dt.datetime.combine(data.written_on, dt.time(0, 0))
    properties.created = properties.modified = moment
    properties.revision = (properties.revision or 0) + 1
    docx_parts.set_proofing_language(document, "fr-FR")
