"""masukan answers that came from another office: no questionnaire code here

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 05:30:00

A hub (the BKPSDM's database) keeps the answers its sub-offices collected, so that its export to
the province carries them; their one-time codes stay at the sub-office that issued them (a
package never carries a code). ``masukan_response.code_id`` may now be empty; an answer typed
here still spends one of this office's codes. SQLite rebuilds the table to change the column,
which drops its change-log triggers (schema 0008): they are made again, as written there.
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

NOTE = "INSERT OR IGNORE INTO sync_dirty (kind, uuid) VALUES ('masukan', {age}.uuid);"
UNLESS_ALL = "WHEN NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = '*')"
TRIGGERS = {  # sync_log_masukan_response_<event>: exactly as schema 0008 made them
    event: (f"CREATE TRIGGER sync_log_masukan_response_{event} AFTER {event.upper()} ON masukan_response "
            f"{UNLESS_ALL} BEGIN {' '.join(NOTE.format(age=age) for age in ages)} END")
    for event, ages in {"insert": ["NEW"], "update": ["OLD", "NEW"], "delete": ["OLD"]}.items()
}


def _alter(nullable: bool) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for event in TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS sync_log_masukan_response_{event}")
    with op.batch_alter_table("masukan_response") as batch:
        batch.alter_column("code_id", existing_type=sa.Integer(), nullable=nullable)
    if sqlite:
        for sql in TRIGGERS.values():
            op.execute(sql)


def upgrade() -> None:
    _alter(True)


def downgrade() -> None:
    op.execute("DELETE FROM masukan_response WHERE code_id IS NULL")
    _alter(False)
