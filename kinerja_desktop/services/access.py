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
    """Inside a kabupaten with sub-office installs, an SKP and its evaluations are written in one
    place: where the SKP's penilai sits (sync/ownership.py). At a sub-office (an install that took
    its data from a hub's slice), only when the penilai sits in its units; at the hub, only when
    the penilai sits in none of its sub-offices' units. The others are shown, not changed: sent
    from the wrong place, they would only be conflicts. Elsewhere nothing changes."""
    from ..settings import SUB_OFFICE_UNIT
    from ..store.models import ProvDistrict, Unit

    session = object_session(skp)
    if session is None:
        return
    root = SUB_OFFICE_UNIT.get(session)
    held = {root} if root else set(session.scalars(select(ProvDistrict.unit_uuid).where(
        ProvDistrict.unit_uuid.is_not(None), ProvDistrict.revoked_at.is_(None))))
    if not held:
        return
    unit = session.scalar(select(Employee.unit_id).where(Employee.id == skp.penilai_id)) if skp.penilai_id else None
    inside = None
    while unit is not None and inside is None:
        uid, parent = session.execute(select(Unit.uuid, Unit.parent_id).where(Unit.id == unit)).one()
        inside = uid if uid in held else None
        unit = parent
    if root and inside is None:
        raise NotAllowed("SKP ini dinilai oleh pejabat penilai di luar sub-instansi ini: ia dapat dilihat di sini, "
                         "tetapi diubah di instansi penilainya (atau di hub).")
    if not root and inside is not None:
        office = session.scalar(select(ProvDistrict.office).where(ProvDistrict.unit_uuid == inside))
        raise NotAllowed("SKP ini dinilai oleh pejabat penilai di sub-instansi {office}: ia dapat dilihat di hub, "
                         "tetapi diubah di sub-instansi itu.", office=office)


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
