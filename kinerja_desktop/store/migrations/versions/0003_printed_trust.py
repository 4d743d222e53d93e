"""what the printed forms need: approval and rekap dates, the seal's version and signed statement

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 07:10:00

Seals made before this revision keep version 1 (ratings, realisasi and feedback); new ones are
version 2 (everything the documents print). Both verify under their own rules.
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('skp') as batch:
        batch.add_column(sa.Column('approved_on', sa.Date(), nullable=True))
    with op.batch_alter_table('evaluation') as batch:
        batch.add_column(sa.Column('seal_version', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('seal_statement', sa.Text(), nullable=True))
    with op.batch_alter_table('org_performance') as batch:
        batch.add_column(sa.Column('set_on', sa.Date(), nullable=True))
    op.execute("UPDATE evaluation SET seal_version = 1 WHERE seal_hash IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('org_performance') as batch:
        batch.drop_column('set_on')
    with op.batch_alter_table('evaluation') as batch:
        batch.drop_column('seal_statement')
        batch.drop_column('seal_version')
    with op.batch_alter_table('skp') as batch:
        batch.drop_column('approved_on')
