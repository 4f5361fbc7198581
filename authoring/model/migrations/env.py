"""Alembic environment: runs on the connection the library hands over.

Coursesmith runs migrations itself when a library is opened (see `library.py`), so this
file never builds an engine of its own; `render_as_batch` lets ALTER TABLE work on SQLite.
"""

from alembic import context

from authoring.model.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
