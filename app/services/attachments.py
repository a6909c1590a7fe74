"""Documents stored inside the client file: listing them, reading a file in, getting it out.

A document belongs to a contract, a reversibility milestone (its signed PV) or a readiness
checklist item (its evidence): its `Owner`. The list never loads the blobs; only
`attachment_data` reads one, when the user opens or saves a document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app import clock
from app.i18n import tr
from app.models import Attachment
from app.models.enums import DocumentKind
from app.services.formatting import format_size
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


class DamagedAttachment(ValidationError):
    """A document whose bytes no longer match the checksum taken when it was attached."""

    def __init__(self, name: str) -> None:
        super().__init__({"file": tr(
            "attachments", "Le document « {name} » est endommagé dans le fichier client (son "
            "contenu ne correspond plus à celui qui a été joint) ; restaurez-le depuis une "
            "sauvegarde (Fichier ▸ Restaurer une sauvegarde…).").format(name=name)})
        self.name = name


def checksum(data: bytes) -> str:
    """The SHA-256 kept with a document's bytes, in hexadecimal."""
    return hashlib.sha256(data).hexdigest()


def attachment_data(session: Session, attachment_id: int) -> bytes:
    """The content of one document (empty when it no longer exists), checked against its
    checksum: raises DamagedAttachment when the bytes were altered since it was attached."""
    query = sa.select(att.name, att.data, att.sha256).where(att.id == attachment_id)
    row = session.connection().execute(query).first()
    if row is None:
        return b""
    name, data, digest = row
    data = data or b""
    if digest is not None and checksum(data) != digest:
        raise DamagedAttachment(name)
    return data


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
        "sha256": checksum(data),
        "added_at": clock.now(),
    }


def media_type_of(name: str) -> str:
    """The MIME type guessed from a file name (application/octet-stream if unknown)."""
    guessed, _encoding = mimetypes.guess_type(name, strict=False)
    return (guessed or "application/octet-stream")[:MEDIA_TYPE_MAX]


#: Names Windows keeps for devices, whatever the extension: « NUL.pdf » written to disk is
#: lost, and « CON .txt » too (the rule of Python's ntpath.isreserved).
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in "123456789¹²³"])


def is_reserved_name(name: str) -> bool:
    """True for a file name Windows reserves for a device (CON, NUL, AUX, COM1…)."""
    return name.partition(".")[0].rstrip(" ").upper() in _RESERVED


def safe_file_name(name: str) -> str:
    """A name a document can be written under on any system: no character Windows refuses,
    no trailing dot or space, no device name (« NUL.pdf » becomes « _NUL.pdf »)."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .") or "document"
    return f"_{cleaned}" if is_reserved_name(cleaned) else cleaned


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
