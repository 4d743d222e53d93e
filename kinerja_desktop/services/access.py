"""Who may touch what: enforced here, in the services, not only hidden in the window."""

from sqlalchemy.orm import Session

from ..errors import NotAllowed, NotFound
from ..store.models import Employee, Evaluation, Skp
from .context import Actor, Role


def load(session: Session, model, key: int, what: str):
    obj = session.get(model, key)
    if obj is None:
        raise NotFound(f"{what} #{key} tidak ditemukan.")
    return obj


def require_writer(actor: Actor) -> None:
    if actor.role is Role.VIEWER:
        raise NotAllowed(f"Pengguna {actor.username} hanya dapat melihat, tidak dapat mengubah data.")


def require_penilai_of(actor: Actor, skp: Skp) -> None:
    """An operator may act for anyone; a penilai only for the SKPs where they are the penilai."""
    require_writer(actor)
    if actor.role is Role.PENILAI and skp.penilai_id != actor.employee_id:
        raise NotAllowed(f"Pengguna {actor.username} bukan pejabat penilai untuk SKP ini.")


def require_owner_or_penilai(actor: Actor, skp: Skp) -> None:
    """The employee plans their own SKP; their penilai (or an operator) may too."""
    require_writer(actor)
    if actor.role is Role.PENILAI and actor.employee_id not in (skp.penilai_id, skp.employee_id):
        raise NotAllowed(f"Pengguna {actor.username} tidak berwenang atas SKP pegawai ini.")


def skp_of_evaluation(session: Session, evaluation_id: int) -> tuple[Evaluation, Skp]:
    evaluation = load(session, Evaluation, evaluation_id, "Evaluasi")
    return evaluation, session.get(Skp, evaluation.skp_id)


def employee_by_nip(session: Session, nip: str) -> Employee:
    from sqlalchemy import select

    from ..domain.nip import normalize_nip

    employee = session.scalar(select(Employee).where(Employee.nip == normalize_nip(nip)))
    if employee is None:
        raise NotFound(f"Pegawai dengan NIP {nip} tidak ada di basis data.")
    return employee
