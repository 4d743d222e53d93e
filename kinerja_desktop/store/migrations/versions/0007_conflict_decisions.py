"""province conflict decisions: who decided, when, why, and the reference file that reported it

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 14:05:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('prov_conflict', schema=None) as batch_op:
        batch_op.alter_column('status', existing_type=sa.String(length=12), type_=sa.String(length=14),
                              existing_nullable=False)
        batch_op.add_column(sa.Column('decided_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('decided_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('reported_in', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('prov_conflict', schema=None) as batch_op:
        batch_op.drop_column('reported_in')
        batch_op.drop_column('note')
        batch_op.drop_column('decided_at')
        batch_op.drop_column('decided_by')
        batch_op.alter_column('status', existing_type=sa.String(length=14), type_=sa.String(length=12),
                              existing_nullable=False)
