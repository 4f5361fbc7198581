"""review comments: where a comment came from (app, review build, Word), the text it quotes,
the reviewer's own comment id (so a review file imported twice adds nothing), and one row
per imported review with its verdict

Revision ID: 0004
Revises: 0003
"""

from alembic import op
import sqlalchemy as sa

from authoring.model.schema import UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source", sa.String(length=100), nullable=False, server_default="app"))
        batch_op.add_column(sa.Column("quote", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("anchor_hash", sa.String(length=64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("external_id", sa.String(length=64), nullable=True))
        batch_op.create_index("ix_comments_external_id", ["external_id"], unique=True)
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("course_id", sa.String(length=32), nullable=False),
        sa.Column("locale", sa.String(length=35), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=True),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["course_id"], ["objects.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "reviewer", name="uq_reviews_source_reviewer"),
    )


def downgrade() -> None:
    op.drop_table("reviews")
    with op.batch_alter_table("comments", schema=None) as batch_op:
        batch_op.drop_index("ix_comments_external_id")
        batch_op.drop_column("external_id")
        batch_op.drop_column("anchor_hash")
        batch_op.drop_column("quote")
        batch_op.drop_column("source")
