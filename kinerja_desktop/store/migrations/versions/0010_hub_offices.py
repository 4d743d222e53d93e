"""a kabupaten's database as the hub of its sub-office installs

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 05:40:00

The BKPSDM's database enrols the installs of its dinas, kecamatan and schools the way a province
enrols districts (``prov_district``: their key, fingerprint and package stream), each for one
subtree of its units (``unit_uuid``), and sends each a slice of its own data (``slice_sequence``:
slices sent). A sub-office records whether the file it trusts is a province's or a hub's
(``sync_trust.kind``).
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("prov_district") as batch:
        batch.add_column(sa.Column("unit_uuid", sa.String(length=36), nullable=True))
        batch.add_column(sa.Column("slice_sequence", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("sync_trust") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=12), nullable=False, server_default="province"))


def downgrade() -> None:
    with op.batch_alter_table("sync_trust") as batch:
        batch.drop_column("kind")
    with op.batch_alter_table("prov_district") as batch:
        batch.drop_column("slice_sequence")
        batch.drop_column("unit_uuid")
