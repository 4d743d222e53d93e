"""what each sub-office saw of each record, slice by slice

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 07:30:00

A hub notes, for each sub-office, the content hash of every record as each slice sent it, and as
each of its packages left it (``hub_base``: a row when it changes). A package says which slice
the sub-office had applied; a record it sends is applied only if the hub has not changed it since
that slice, otherwise it is a conflict for the hub to decide (issue 16 point 4: never a silent
overwrite). A sub-office marks a record it changed and kept while a slice brought another
version of it (``sync_record.diverged``): its package names those, and the hub decides them.
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_base",
        sa.Column("office", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("slice", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("office", "kind", "uuid", "slice", name=op.f("pk_hub_base")),
    )
    with op.batch_alter_table("sync_record") as batch:
        batch.add_column(sa.Column("diverged", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("sync_record") as batch:
        batch.drop_column("diverged")
    op.drop_table("hub_base")
