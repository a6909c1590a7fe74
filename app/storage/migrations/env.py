"""Alembic environment: run from code on a connection handed in by app.storage.schema."""

from __future__ import annotations

from alembic import context

from app.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the developer's `alembic` command lands here
    raise RuntimeError("Vigie runs its migrations from code: see app.storage.schema.")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
