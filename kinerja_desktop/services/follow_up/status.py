"""Status periods: when an employee is away (cuti di luar tanggungan negara, tugas belajar,
pemberhentian sementara) or gone (pensiun, meninggal, pindah keluar) or arrived (pindah masuk).
Recorded from the window, the command line and the roster; read by the compliance list (who owes
an evaluation) and by angka kredit (months worked)."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ...domain.dates import format_tanggal
from ...domain.follow_up import STATUS_TITLES, Status, excluded_for, status_of
from ...domain.limits import check_length
from ...errors import NotFound, UserError
from ...store import audit
from ...store.db import Database
from ...store.models import Employee, StatusPeriod
from ..access import employee_by_nip, require_can_view, require_operator
from ..context import Actor


@dataclass(frozen=True)
class StatusRow:
    id: int
    nip: str
    kind: Status
    title: str
    start: date
    end: date | None
    note: str

    @property
    def text(self) -> str:
        until = f" s.d. {format_tanggal(self.end)}" if self.end else ""
        return f"{self.title}: {format_tanggal(self.start)}{until}"


def add_status(db: Database, actor: Actor, *, nip: str, kind: str, start: date, end: date | None = None,
               note: str = "") -> StatusRow:
    """`status tambah`: one period; an end before its start, or an end on a departure for good, is refused."""
    require_operator(actor)
    the_kind = status_of(kind)
    if end is not None and end < start:
        raise UserError("Tanggal selesai {end} sebelum tanggal mulai {start}.", end=end.isoformat(), start=start.isoformat())
    note = check_length("catatan", note or "")
    with db.transaction() as s:
        person = employee_by_nip(s, nip)
        if s.scalar(select(StatusPeriod.id).where(StatusPeriod.employee_id == person.id, StatusPeriod.kind == the_kind.value,
                                                  StatusPeriod.start == start)):
            raise UserError("{nama} sudah tercatat {status} mulai {start}.", nama=person.nama,
                            status=STATUS_TITLES[the_kind], start=start.isoformat())
        row = StatusPeriod(employee_id=person.id, kind=the_kind.value, start=start, end=end, note=note)
        s.add(row)
        s.flush()
        audit.record(s, actor=actor.username, action="status.add", entity="employee", entity_uuid=person.uuid,
                     after={"kind": the_kind.value, "start": start.isoformat(), "end": end.isoformat() if end else None})
        return StatusRow(row.id, person.nip, the_kind, STATUS_TITLES[the_kind], start, end, note)


def remove_status(db: Database, actor: Actor, *, status_id: int) -> None:
    require_operator(actor)
    with db.transaction() as s:
        row = s.get(StatusPeriod, status_id)
        if row is None:
            raise NotFound("Status {id} tidak ada (mungkin sudah dihapus).", id=status_id)
        audit.record(s, actor=actor.username, action="status.remove", entity="employee",
                     entity_uuid=s.get(Employee, row.employee_id).uuid,
                     before={"kind": row.kind, "start": row.start.isoformat()})
        s.delete(row)


def list_status(db: Database, actor: Actor, *, nip: str) -> list[StatusRow]:
    with db.read() as s:
        person = employee_by_nip(s, nip)
        require_can_view(actor, person)
        rows = s.scalars(select(StatusPeriod).where(StatusPeriod.employee_id == person.id).order_by(StatusPeriod.start))
        return [StatusRow(r.id, person.nip, Status(r.kind), STATUS_TITLES[Status(r.kind)], r.start, r.end, r.note)
                for r in rows]


def periods_of(s, employee_ids: list[int]) -> dict[int, list[tuple[Status, date, date | None]]]:
    """Every status period of these employees, for the rules of domain/follow_up.py."""
    out: dict[int, list] = defaultdict(list)
    for start in range(0, len(employee_ids), 5000):
        for r in s.execute(select(StatusPeriod.employee_id, StatusPeriod.kind, StatusPeriod.start, StatusPeriod.end)
                           .where(StatusPeriod.employee_id.in_(employee_ids[start:start + 5000]))):
            out[r.employee_id].append((Status(r.kind), r.start, r.end))
    return out


def excluded(periods: list[tuple[Status, date, date | None]], first: date, last: date) -> Status | None:
    """The status that keeps a person out of the evaluation of first..last, if any."""
    return next((kind for kind, start, end in periods if excluded_for(kind, start, end, first, last)), None)
