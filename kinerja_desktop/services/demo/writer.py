"""Buffered bulk inserts in foreign-key order, with ids handed out in Python."""

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...store.models import Base

ORDER = ("unit", "employee", "skp", "behaviour_expectation", "rhk", "indicator", "org_performance",
         "evaluation", "realisation", "rhk_feedback", "value_feedback")


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
                self._insert(conn, Base.metadata.tables[name], rows)
                self.counts[name] += len(rows)
                self.buffers[name] = []

    @staticmethod
    def _insert(conn, table, rows: list[dict]) -> None:
        """Plain tables (numbers and text only) go straight to the driver's executemany, which is
        several times faster; tables with JSON or dates go through SQLAlchemy's type processing."""
        plain = conn.dialect.name == "sqlite" and all(
            c.type.python_type in (int, float, str, bool) for c in table.columns)
        if not plain:
            conn.execute(table.insert(), rows)
            return
        columns = list(rows[0])
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        conn.exec_driver_sql(sql, [tuple(r[c] for c in columns) for r in rows])
