"""The company's minutes template, kept inside the client file.

It is an `Attachment` of kind MINUTES_TEMPLATE with no contract: the .docx's bytes travel
with the file (USB key, e-mail, another laptop), where a path to it would not. One file has
at most one; choosing another replaces it, and removing it gives Vigie's own back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.models import Attachment
from app.models.enums import DocumentKind

ATT = Attachment.__table__.c
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class StoredTemplate:
    """The template a client file holds, without its content."""

    id: int
    name: str
    size: int
    added_at: dt.datetime


def stored_template(session: Session) -> StoredTemplate | None:
    """The file's minutes template, if one was chosen (the latest, should there be two)."""
    found = session.connection().execute(
        sa.select(ATT.id, ATT.name, ATT.size, ATT.added_at)
        .where(ATT.kind == DocumentKind.MINUTES_TEMPLATE)
        .order_by(ATT.added_at.desc(), ATT.id.desc()).limit(1)).first()
    return None if found is None else StoredTemplate(*found)


def template_content(session: Session) -> tuple[str, bytes] | None:
    """The name and bytes of the file's minutes template, or None for Vigie's own."""
    found = session.connection().execute(
        sa.select(ATT.name, ATT.data).where(ATT.kind == DocumentKind.MINUTES_TEMPLATE)
        .order_by(ATT.added_at.desc(), ATT.id.desc()).limit(1)).first()
    return None if found is None else (found.name, found.data)


def template_values(name: str, data: bytes, added_at: dt.datetime) -> dict[str, Any]:
    """The values of the Attachment row holding a chosen template (checked beforehand)."""
    return {"contract_id": None, "kind": DocumentKind.MINUTES_TEMPLATE, "name": name[:255],
            "media_type": DOCX_TYPE, "size": len(data), "data": data,
            "sha256": hashlib.sha256(data).hexdigest(), "added_at": added_at}
