"""Documents stored inside the client file: listing them, reading a file in, getting it out.

A document belongs to a contract, a reversibility milestone (its signed PV) or a readiness
checklist item (its evidence): its `Owner`. The list never loads the blobs; only
`attachment_data` reads one, when the user opens or saves a document.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app import clock
from app.i18n import tr
from app.models import Attachment
from app.models.enums import DocumentKind
from app.services.formatting import format_number
from app.services.validation import ValidationError

ATTACHMENT = Attachment.__table__
att = ATTACHMENT.c

#: A client file travels by e-mail and USB key: larger documents belong elsewhere.
MAX_SIZE = 50 * 1024 * 1024
NAME_MAX = 255
MEDIA_TYPE_MAX = 100


@dataclass(frozen=True)
class Owner:
    """What documents are attached to: the column of `attachment` pointing to it, its id."""

    column: str  # "contract_id", "milestone_id" or "checklist_item_id"
    id: int

    @classmethod
    def contract(cls, contract_id: int) -> Owner:
        return cls("contract_id", contract_id)

    @classmethod
    def milestone(cls, milestone_id: int) -> Owner:
        return cls("milestone_id", milestone_id)

    @classmethod
    def checklist_item(cls, item_id: int) -> Owner:
        return cls("checklist_item_id", item_id)


@dataclass(frozen=True)
class AttachmentRow:
    """A document attached to a contract, without its content."""

    id: int
    contract_id: int | None
    kind: DocumentKind
    name: str
    media_type: str
    size: int
    added_at: dt.datetime


def list_attachments(session: Session, owner: Owner | int) -> list[AttachmentRow]:
    """The documents of an owner (a contract when given its id), newest first (their
    content is not read)."""
    if not isinstance(owner, Owner):
        owner = Owner.contract(owner)
    query = (
        sa.select(att.id, att.contract_id, att.kind, att.name, att.media_type, att.size,
                  att.added_at)
        .where(att[owner.column] == owner.id)
        .order_by(att.added_at.desc(), att.id.desc())
    )
    return [AttachmentRow(*row) for row in session.connection().execute(query)]


def attachment_data(session: Session, attachment_id: int) -> bytes:
    """The content of one document (empty when it no longer exists)."""
    query = sa.select(att.data).where(att.id == attachment_id)
    return session.connection().execute(query).scalar() or b""


def attachment_values(
    path: Path, kind: DocumentKind, contract_id: int | None = None, *,
    owner: Owner | None = None,
) -> dict[str, Any]:
    """The values of an Attachment row holding the file at `path`, attached to `owner`
    (or to the contract `contract_id`).

    Raises ValidationError (key "file") with a sentence when the file cannot be attached.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_SIZE:
            raise ValidationError({"file": _too_big(path.name, size)})
        data = path.read_bytes()
    except OSError as error:
        reason = tr("attachments", "Impossible de lire le fichier « {name} » : {why}.")
        raise ValidationError({"file": reason.format(
            name=path.name, why=error.strerror or error)}) from error
    return {
        "contract_id": contract_id,
        **({owner.column: owner.id} if owner else {}),
        "kind": kind,
        "name": _short_name(path.name),
        "media_type": media_type_of(path.name),
        "size": len(data),
        "data": data,
        "added_at": clock.now(),
    }


def media_type_of(name: str) -> str:
    """The MIME type guessed from a file name (application/octet-stream if unknown)."""
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return (guessed or "application/octet-stream")[:MEDIA_TYPE_MAX]


def format_size(size: int) -> str:
    """A size as a French user reads it: 812 o, 12 Ko, 3,4 Mo."""
    if size < 1024:
        return f"{size} o"
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, 0)} Ko"
    return f"{format_number(size / 1024 / 1024, 1)} Mo"


def _too_big(name: str, size: int) -> str:
    text = tr("attachments", "« {name} » fait {size} : un document joint ne peut pas "
              "dépasser {limit}. Gardez-le sur un partage et notez son emplacement dans le "
              "contrat.")
    return text.format(name=name, size=format_size(size), limit=format_size(MAX_SIZE))


def _short_name(name: str) -> str:
    """The file name, its stem cut short if it is longer than the column allows."""
    if len(name) <= NAME_MAX:
        return name
    suffix = Path(name).suffix[:20]
    return name[: NAME_MAX - len(suffix) - 1] + "…" + suffix
