"""What Vigie remembers of the invitations it wrote: the SEQUENCE the next one goes out with."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

from app.models import Committee


def record_invitation_sent(session: Session, committee_id: int, sequence: int) -> None:
    """Remember that a committee's invitation went out with `sequence`, so that the next one
    goes out higher: calendars ignore an update whose SEQUENCE is not higher than the last
    they saw. Not undoable on purpose: an e-mail sent cannot be taken back, and a SEQUENCE
    used again would be ignored."""
    column = Committee.__table__.c.ics_sequence
    session.execute(sa.update(Committee.__table__)
                    .where(Committee.__table__.c.id == committee_id)
                    .values(ics_sequence=sa.case((column > sequence, column),
                                                 else_=sequence + 1)))
