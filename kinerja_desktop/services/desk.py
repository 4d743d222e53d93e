"""Rating the officer at the service counter: each officer's desk card carries a six-digit code;
at the kiosk a service user who wants to may type it after the survey and answer the seven
BerAKHLAK questions about that officer. The answer is an ordinary public (masyarakat) masukan of
the year, anonymous and counted only from three respondents like any other."""

from dataclasses import dataclass

from sqlalchemy import select

from ..domain.masukan import Kind, new_desk_code, new_code, read_desk_code
from ..domain.periods import parse_period
from ..domain.limits import check_length
from ..errors import NotAllowed, UserError
from ..store import audit
from ..store.db import Database
from ..store.models import Employee, MasukanCode, MasukanDesk, MasukanResponse, Unit, utcnow
from .access import require_writer
from .context import Actor, Role
from .masukan import VALUE_COLUMNS, Subject, subjects_of
from .organisation import subtree
from .units import find_unit

CHUNK = 5000


@dataclass(frozen=True)
class DeskCard:
    code: str
    subject: Subject


def _require_operator(actor: Actor) -> None:
    if actor.role is not Role.OPERATOR:
        raise NotAllowed("Kartu kode petugas dicetak oleh operator; pengguna {username} bukan operator.",
                         username=actor.username)


def desk_cards(db: Database, actor: Actor, *, nip: str | None = None, unit: str | int | None = None,
               renew: bool = False) -> list[DeskCard]:
    """`masukan meja`: the desk code of each officer (one employee, or a unit's staff), made for
    those who have none; ``renew`` replaces the codes (a card lost or misused), so the old cards
    stop working."""
    _require_operator(actor)
    with db.transaction() as s:
        people = subjects_of(s, nip, unit)
        ids = [p.id for p in people]
        held = {}
        for start in range(0, len(ids), CHUNK):
            held.update((d.employee_id, d) for d in s.scalars(
                select(MasukanDesk).where(MasukanDesk.employee_id.in_(ids[start:start + CHUNK]))))
        taken = set(s.scalars(select(MasukanDesk.code)))
        units = {u.id: u.name for u in s.scalars(select(Unit))}
        cards, made = [], 0
        for person in people:
            desk = held.get(person.id)
            if desk is None or renew:
                while (code := new_desk_code()) in taken:
                    pass
                taken.add(code)
                made += 1
                if desk is None:
                    desk = MasukanDesk(employee_id=person.id, code=code)
                    s.add(desk)
                else:
                    desk.code, desk.created_at = code, utcnow()
            cards.append(DeskCard(desk.code, Subject(person.id, person.nip, person.nama, person.jabatan,
                                                     units.get(person.unit_id, ""))))
        if made:
            audit.record(s, actor=actor.username, action="masukan.desk", entity="masukan",
                         after={"cards": len(cards), "new_codes": made, "renewed": renew})
        return cards


def _officer(s, unit_id: int, code: str) -> tuple[Employee, str]:
    """The officer whose desk code this is, if they serve in the kiosk's unit (or below it)."""
    found = read_desk_code(code)
    if found is None:
        raise UserError("Kode petugas terdiri atas enam angka, seperti pada kartu di meja petugas.")
    desk = s.scalar(select(MasukanDesk).where(MasukanDesk.code == found))
    person = s.get(Employee, desk.employee_id) if desk else None
    if person is None or not person.active or person.unit_id not in subtree(s, find_unit(s, unit_id).id):
        raise NotAllowed("Kode petugas {code} tidak dikenal di unit layanan ini; periksa kartu di meja petugas.",
                         code=code)
    unit = s.get(Unit, person.unit_id)
    return person, unit.name if unit else ""


def kiosk_has_desks(db: Database, actor: Actor, *, unit_id: int) -> bool:
    """Whether any officer of the kiosk's unit has a desk card (else the kiosk does not ask)."""
    require_writer(actor)
    with db.read() as s:
        units = subtree(s, find_unit(s, unit_id).id)
        return s.scalar(select(MasukanDesk.id).join(Employee, Employee.id == MasukanDesk.employee_id)
                        .where(Employee.unit_id.in_(units), Employee.active.is_(True)).limit(1)) is not None


def desk_officer(db: Database, actor: Actor, *, unit_id: int, code: str) -> Subject:
    """Whom a typed desk code names, for the kiosk to show before the questions."""
    require_writer(actor)
    with db.read() as s:
        person, unit = _officer(s, unit_id, code)
        return Subject(person.id, person.nip, person.nama, person.jabatan, unit)


def record_desk_answer(db: Database, actor: Actor, *, unit_id: int, code: str, year: int,
                       values: tuple[int, ...], comment: str = "") -> Subject:
    """One service user's rating of the officer at the kiosk: a public masukan of the year under
    a one-use code made and spent at once (the desk code itself stays for the next visitor)."""
    require_writer(actor)
    if len(values) != len(VALUE_COLUMNS) or any(v not in (1, 2, 3, 4) for v in values):
        raise UserError("Isi ketujuh nilai dengan 1 sampai 4 (1 Tidak pernah, 2 Kadang-kadang, 3 Sering, 4 Selalu).")
    comment = check_length("masukan", comment or "")
    period = parse_period(None, year)
    with db.transaction() as s:
        person, unit = _officer(s, unit_id, code)
        taken = set(s.scalars(select(MasukanCode.code).where(MasukanCode.code.in_(tries := {new_code() for _ in range(4)}))))
        spent = MasukanCode(code=sorted(tries - taken)[0], employee_id=person.id, kind=Kind.MASYARAKAT.value,
                            year=period.year, period_kind=period.kind.value, period_number=period.number,
                            used_at=utcnow())
        s.add(spent)
        s.flush()
        s.add(MasukanResponse(code_id=spent.id, employee_id=person.id, kind=Kind.MASYARAKAT.value, year=period.year,
                              period_kind=period.kind.value, period_number=period.number, komentar=comment,
                              source="kiosk", **{f"v{n}": v for n, v in enumerate(values, start=1)}))
        audit.record(s, actor=actor.username, action="masukan.answer", entity="masukan",
                     after={"kind": Kind.MASYARAKAT.value, "source": "kiosk"})
        return Subject(person.id, person.nip, person.nama, person.jabatan, unit)
