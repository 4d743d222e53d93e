"""follow-up of the result: training, plans, potensi, status periods, attendance, discipline, SIASN ids

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 11:19:27.424545
"""

import json
from importlib import resources

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('siasn_code',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_siasn_code')),
    sa.UniqueConstraint('category', 'key', name=op.f('uq_siasn_code_category_key'))
    )
    op.create_table('training_course',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('jp', sa.Integer(), nullable=False),
    sa.Column('jenis', sa.String(length=24), nullable=False),
    sa.Column('value_number', sa.Integer(), nullable=True),
    sa.Column('for_results', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_course')),
    sa.UniqueConstraint('name', name=op.f('uq_training_course_name'))
    )
    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('month', sa.Integer(), nullable=False),
    sa.Column('hari_kerja', sa.Integer(), nullable=False),
    sa.Column('hadir', sa.Integer(), nullable=False),
    sa.Column('terlambat', sa.Integer(), nullable=False),
    sa.Column('tanpa_keterangan', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_attendance_employee_id_employee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('employee_id', 'year', 'month', name=op.f('uq_attendance_employee_id_year_month')),
    sa.UniqueConstraint('uuid', name=op.f('uq_attendance_uuid'))
    )
    op.create_table('development_plan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('basis', sa.String(length=16), nullable=False),
    sa.Column('predikat', sa.String(length=24), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('pembinaan', sa.Boolean(), nullable=False),
    sa.Column('review_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('confirmed_on', sa.Date(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_development_plan_employee_id_employee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_plan')),
    sa.UniqueConstraint('employee_id', 'year', name=op.f('uq_development_plan_employee_id_year')),
    sa.UniqueConstraint('uuid', name=op.f('uq_development_plan_uuid'))
    )
    op.create_table('discipline_sanction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('jenis', sa.String(length=200), nullable=False),
    sa.Column('nomor_sk', sa.String(length=120), nullable=False),
    sa.Column('tmt', sa.Date(), nullable=False),
    sa.Column('sampai', sa.Date(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_discipline_sanction_employee_id_employee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discipline_sanction')),
    sa.UniqueConstraint('employee_id', 'nomor_sk', name=op.f('uq_discipline_sanction_employee_id_nomor_sk')),
    sa.UniqueConstraint('uuid', name=op.f('uq_discipline_sanction_uuid'))
    )
    with op.batch_alter_table('discipline_sanction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_discipline_sanction_employee_id'), ['employee_id'], unique=False)

    op.create_table('potensi',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_potensi_employee_id_employee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_potensi')),
    sa.UniqueConstraint('employee_id', 'year', name=op.f('uq_potensi_employee_id_year')),
    sa.UniqueConstraint('uuid', name=op.f('uq_potensi_uuid'))
    )
    op.create_table('status_period',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_status_period_employee_id_employee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_period')),
    sa.UniqueConstraint('employee_id', 'kind', 'start', name=op.f('uq_status_period_employee_id_kind_start')),
    sa.UniqueConstraint('uuid', name=op.f('uq_status_period_uuid'))
    )
    with op.batch_alter_table('status_period', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_period_employee_id'), ['employee_id'], unique=False)

    op.create_table('training_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('jp', sa.Integer(), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employee.id'], name=op.f('fk_training_record_employee_id_employee')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_record')),
    sa.UniqueConstraint('employee_id', 'name', 'start', name=op.f('uq_training_record_employee_id_name_start')),
    sa.UniqueConstraint('uuid', name=op.f('uq_training_record_uuid'))
    )
    with op.batch_alter_table('training_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_record_employee_id'), ['employee_id'], unique=False)

    op.create_table('development_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('reason_kind', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('training', sa.String(length=200), nullable=False),
    sa.Column('jp', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['plan_id'], ['development_plan.id'], name=op.f('fk_development_item_plan_id_development_plan')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_development_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_development_item_uuid'))
    )
    with op.batch_alter_table('development_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_development_item_plan_id'), ['plan_id'], unique=False)

    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('siasn_id', sa.String(length=64), nullable=True))

    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=16), nullable=False, server_default=''))

    with op.batch_alter_table('skp', schema=None) as batch_op:
        batch_op.add_column(sa.Column('starts_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('ends_on', sa.Date(), nullable=True))

    _seed()


def _seed() -> None:
    """The default training catalogue and SIASN reference codes (kinerja_desktop/data), editable after."""
    data = resources.files("kinerja_desktop").joinpath("data")
    courses = json.loads(data.joinpath("pelatihan.json").read_text("utf-8"))["courses"]
    op.bulk_insert(sa.table("training_course", sa.column("name"), sa.column("jp"), sa.column("jenis"),
                            sa.column("value_number"), sa.column("for_results"), sa.column("active")),
                   [{"name": c["name"], "jp": c["jp"], "jenis": c["jenis"], "value_number": c.get("value"),
                     "for_results": bool(c.get("hasil")), "active": True} for c in courses])
    codes = json.loads(data.joinpath("siasn.json").read_text("utf-8"))["codes"]
    op.bulk_insert(sa.table("siasn_code", sa.column("category"), sa.column("key"), sa.column("code")),
                   [{"category": category, "key": key, "code": code}
                    for category, table in codes.items() for key, code in table.items()])


def downgrade() -> None:
    with op.batch_alter_table('skp', schema=None) as batch_op:
        batch_op.drop_column('ends_on')
        batch_op.drop_column('starts_on')

    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_column('source')

    with op.batch_alter_table('employee', schema=None) as batch_op:
        batch_op.drop_column('siasn_id')

    with op.batch_alter_table('development_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_development_item_plan_id'))

    op.drop_table('development_item')
    with op.batch_alter_table('training_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_record_employee_id'))

    op.drop_table('training_record')
    with op.batch_alter_table('status_period', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_period_employee_id'))

    op.drop_table('status_period')
    op.drop_table('potensi')
    with op.batch_alter_table('discipline_sanction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_discipline_sanction_employee_id'))

    op.drop_table('discipline_sanction')
    op.drop_table('development_plan')
    op.drop_table('attendance')
    op.drop_table('training_course')
    op.drop_table('siasn_code')
