"""Buffered bulk inserts in foreign-key order, with ids handed out in Python."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...store.bulk import bulk_insert
from ...store.models import Base

ORDER = ("unit", "employee", "skp", "behaviour_expectation", "rhk", "indicator", "org_performance",
         "evaluation", "realisation", "rhk_feedback", "value_feedback", "masukan_code", "masukan_response",
         "skm_response", "masukan_desk", "potensi", "training_record", "status_period", "attendance",
         "discipline_sanction")


class BulkWriter:
    """Collects rows per table and writes them with executemany when enough have gathered.
    Parents are always flushed before children, so foreign keys hold at every statement."""

    def __init__(self, session: Session, *, batch: int = 50_000):
        self.session, self.batch = session, batch
        self.buffers: dict[str, list[dict]] = {name: [] for name in ORDER}
        self.counts: dict[str, int] = dict.fromkeys(ORDER, 0)
        tables = Base.metadata.tables
        self.next_id = {name: (session.scalar(select(func.max(tables[name].c.id))) or 0) + 1 for name in ORDER}

    def new_id(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value

    def add(self, table: str, rows: list[dict]) -> None:
        self.buffers[table].extend(rows)
        if sum(len(b) for b in self.buffers.values()) >= self.batch:
            self.flush()

    def flush(self) -> None:
        conn = self.session.connection()
        for name in ORDER:
            rows = self.buffers[name]
            if rows:
                bulk_insert(conn, Base.metadata.tables[name], rows)
                self.counts[name] += len(rows)
                self.buffers[name] = []
