"""Who may touch what: enforced here, in the services, not only hidden in the window."""

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from ..errors import NotAllowed, NotFound, Text
from ..store.models import Employee, Evaluation, Skp
from .context import Actor, Role


def load(session: Session, model, key: int, what: Text):
    obj = session.get(model, key)
    if obj is None:
        raise NotFound("{what} #{key} tidak ditemukan.", what=what, key=key)
    return obj


def require_writer(actor: Actor) -> None:
    if actor.role is Role.VIEWER:
        raise NotAllowed("Pengguna {username} hanya dapat melihat, tidak dapat mengubah data.", username=actor.username)


def require_can_view(actor: Actor, employee: Employee) -> None:
    """A penilai sees their own SKP and their subordinates', and those of anyone an SKP names
    them penilai of (a segment before the employee moved away); operators and viewers see all."""
    if actor.role is Role.PENILAI and actor.employee_id not in (employee.id, employee.atasan_id) \
            and not _rates(actor, employee):
        raise NotAllowed("Pengguna {username} tidak berwenang melihat SKP {nama}.", username=actor.username, nama=employee.nama)


def _rates(actor: Actor, employee: Employee) -> bool:
    session = object_session(employee)
    return session is not None and session.scalar(select(Skp.id).where(
        Skp.employee_id == employee.id, Skp.penilai_id == actor.employee_id).limit(1)) is not None


def require_operator(actor: Actor) -> None:
    """The operator's safety actions (restore, say)."""
    if actor.role is not Role.OPERATOR:
        raise NotAllowed("Hanya operator yang dapat melakukan ini (pengguna {username}).", username=actor.username)


def require_written_here(skp: Skp) -> None:
    """At a sub-office (an install that took its data from a hub's slice), an SKP and its
    evaluations are written only when the SKP's penilai sits in the sub-office's units: the
    others are shown here and written where their penilai is (sync/ownership.py). Sent from
    here, the hub would only keep them as conflicts. Nothing changes elsewhere."""
    from ..settings import SUB_OFFICE_UNIT
    from ..store.models import Unit

    session = object_session(skp)
    root = SUB_OFFICE_UNIT.get(session) if session is not None else ""
    if not root:
        return
    unit = session.scalar(select(Employee.unit_id).where(Employee.id == skp.penilai_id)) if skp.penilai_id else None
    while unit is not None:
        uid, parent = session.execute(select(Unit.uuid, Unit.parent_id).where(Unit.id == unit)).one()
        if uid == root:
            return
        unit = parent
    raise NotAllowed("SKP ini dinilai oleh pejabat penilai di luar sub-instansi ini: ia dapat dilihat di sini, "
                     "tetapi diubah di instansi penilainya (atau di hub).")


def require_penilai_of(actor: Actor, skp: Skp) -> None:
    """An operator may act for anyone; a penilai only for the SKPs where they are the penilai."""
    require_writer(actor)
    require_written_here(skp)
    if actor.role is Role.PENILAI and skp.penilai_id != actor.employee_id:
        raise NotAllowed("Pengguna {username} bukan pejabat penilai untuk SKP ini.", username=actor.username)


def require_owner_or_penilai(actor: Actor, skp: Skp) -> None:
    """The employee plans their own SKP; their penilai (or an operator) may too."""
    require_writer(actor)
    require_written_here(skp)
    if actor.role is Role.PENILAI and actor.employee_id not in (skp.penilai_id, skp.employee_id):
        raise NotAllowed("Pengguna {username} tidak berwenang atas SKP pegawai ini.", username=actor.username)


def skp_of_evaluation(session: Session, evaluation_id: int) -> tuple[Evaluation, Skp]:
    evaluation = load(session, Evaluation, evaluation_id, Text("Evaluasi"))
    return evaluation, session.get(Skp, evaluation.skp_id)


def employee_by_nip(session: Session, nip: str) -> Employee:
    from ..domain.nip import normalize_nip

    employee = employees_by_nip(session, [nip]).get(normalize_nip(nip))
    if employee is None:
        raise NotFound("Pegawai dengan NIP {nip} tidak ada di basis data.", nip=nip)
    return employee


def employees_by_nip(session: Session, nips: list[str]) -> dict[str, Employee]:
    """The employees of ``nips`` (as written; normalised here), by normalised NIP; the missing left out."""
    from sqlalchemy import select

    from ..domain.nip import normalize_nip

    wanted = {normalize_nip(nip) for nip in nips}
    return {e.nip: e for e in session.scalars(select(Employee).where(Employee.nip.in_(wanted)))}
