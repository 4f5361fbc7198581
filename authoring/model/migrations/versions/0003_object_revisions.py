"""object revisions: a counter per object, checked on every write (optimistic concurrency)

Two programs editing one library must not overwrite each other's edits silently: every
write of an object row bumps `revision` and requires the value it read, so a write made
from a stale copy fails and the user is told. Existing objects start at revision 1.

Revision ID: 0003
Revises: 0002
"""

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: never a table rebuild, which would cascade deletes on `objects`
    op.add_column("objects", sa.Column("revision", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("objects") as batch_op:
        batch_op.drop_column("revision")
