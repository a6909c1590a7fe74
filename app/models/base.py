"""Shared metadata (with a naming convention Alembic can rely on) and column helpers."""

from __future__ import annotations

from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

# Named constraints let Alembic batch migrations drop or alter them on SQLite.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = SQLModel.metadata


def enum_type(enum_cls: type[Enum]) -> sa.Enum:
    """A portable enum column type storing the members' values, guarded by a CHECK."""
    return sa.Enum(
        enum_cls,
        name=_snake(enum_cls.__name__),
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def enum_field(enum_cls: type[Enum], default: Any = ..., **kwargs: Any) -> Any:
    """A SQLModel field stored as `enum_type(enum_cls)`; nullability follows the annotation."""
    return Field(default=default, sa_type=enum_type(enum_cls), **kwargs)


def fk(target: str, *, ondelete: str, optional: bool = False) -> Any:
    """An indexed foreign key field with an explicit ON DELETE rule."""
    return Field(
        default=None if optional else ...,
        foreign_key=target,
        ondelete=ondelete,
        index=True,
    )


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
