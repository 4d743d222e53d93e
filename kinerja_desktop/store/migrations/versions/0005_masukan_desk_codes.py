"""masukan desk codes

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 11:11:48.968482
"""

from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('masukan_desk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_masukan_desk_employee_id_employee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_masukan_desk')),
    sa.UniqueConstraint('code', name=op.f('uq_masukan_desk_code')),
    sa.UniqueConstraint('employee_id', name=op.f('uq_masukan_desk_employee_id'))
    )


def downgrade() -> None:
    op.drop_table('masukan_desk')
