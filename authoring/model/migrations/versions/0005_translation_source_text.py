"""translation source text: the source a translation was made from, kept beside its hash

A translation stores the hash of its source, which tells that the source changed but not
how. Versions are recorded when an editing session ends, so the text a translator saw is
often in no version (a string translated before the designer moved on, a file exported
from a working copy). Keeping the text seen at translate time lets the Translation view
show what changed since, word by word. Rows written before this revision have none: their
previous source is looked for in the object's versions.

Revision ID: 0005
Revises: 0004
"""

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN: never a table rebuild
    op.add_column("translations", sa.Column("source_text", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("translations") as batch_op:
        batch_op.drop_column("source_text")
