"""Local user accounts: operator, penilai, viewer; login with a growing delay after failures."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from ..domain.nip import format_nip
from ..errors import NotAllowed, NotFound, UserError
from ..store import audit
from ..store.db import Database
from ..store.models import Employee, User, utcnow
from .access import employee_by_nip
from .context import Actor, Role
from .passwords import MIN_LENGTH, hash_password, prepare, verify_password

FREE_ATTEMPTS = 3  # failures before any delay
MAX_DELAY = timedelta(minutes=5)


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    role: str
    employee_id: int | None
    active: bool


def _row(u: User) -> UserRow:
    return UserRow(u.id, u.username, u.role, u.employee_id, u.active)


def has_users(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(User)))


def delay_after(failures: int) -> timedelta:
    """No delay for the first few mistakes, then 2, 4, 8... seconds, at most five minutes."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(MAX_DELAY, timedelta(seconds=2 ** (failures - FREE_ATTEMPTS + 1)))


def _check_new(username: str, password: str, role: str) -> None:
    if not username.strip() or not username.replace(".", "").replace("_", "").isalnum():
        raise UserError("Nama pengguna hanya boleh huruf, angka, titik dan garis bawah.")
    if len(password) < MIN_LENGTH:
        raise UserError("Kata sandi terlalu pendek: sedikitnya {min_length} karakter.", min_length=MIN_LENGTH)
    Role(role)


def create_first_operator(db: Database, *, username: str, password: str) -> UserRow:
    """The first account of a new database; refused once any account exists."""
    _check_new(username, password, Role.OPERATOR)
    with db.transaction() as s:
        if s.scalar(select(func.count()).select_from(User)):
            raise NotAllowed("Akun operator pertama sudah dibuat; masuk dengan akun itu.")
        user = User(username=username.strip(), role=Role.OPERATOR.value, password_hash=hash_password(password))
        s.add(user)
        s.flush()
        audit.record(s, actor=username.strip(), action="user.create", entity="user",
                     after={"username": user.username, "role": user.role, "first": True})
        return _row(user)


def create_user(db: Database, actor: Actor, *, username: str, password: str, role: str,
                nip: str | None = None) -> UserRow:
    """An operator adds an account; a penilai account is linked to their employee record."""
    _require_operator(actor)
    _check_new(username, password, role)
    with db.transaction() as s:
        if s.scalar(select(User.id).where(User.username == username.strip())):
            raise UserError("Nama pengguna '{username}' sudah dipakai.", username=username)
        employee = _penilai_link(s, role, nip)
        user = User(username=username.strip(), role=role, password_hash=hash_password(password),
                    employee_id=employee.id if employee else None)
        s.add(user)
        s.flush()
        audit.record(s, actor=actor.username, action="user.create", entity="user",
                     after={"username": user.username, "role": role, "nip": employee.nip if employee else None})
        return _row(user)


def prepare_login(db: Database, *, username: str, password: str) -> None:
    """While the login dialog waits: work out the password check of ``username`` ahead, so Masuk
    does not wait for scrypt. Says nothing and writes nothing; ``login`` still decides."""
    with db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == username.strip(), User.active.is_(True)))
    if stored is not None:
        prepare(password, stored)


def login(db: Database, *, username: str, password: str, now: datetime | None = None) -> Actor:
    """The Actor for a correct password; each failure makes the next attempt wait longer."""
    now = now or utcnow()
    with db.transaction() as s:
        user = s.scalar(select(User).where(User.username == username.strip(), User.active.is_(True)))
        if user is None:
            raise NotAllowed("Nama pengguna atau kata sandi salah.")
        if user.locked_until and user.locked_until > now:
            wait = int((user.locked_until - now).total_seconds()) + 1
            raise NotAllowed("Terlalu banyak percobaan gagal. Coba lagi dalam {wait} detik.", wait=wait)
        ok = verify_password(password, user.password_hash)
        if ok:
            user.failed_logins, user.locked_until = 0, None
            actor = Actor(user.username, Role(user.role), user.employee_id)
        else:
            user.failed_logins += 1
            user.locked_until = now + delay_after(user.failed_logins)
            audit.record(s, actor=user.username, action="user.login_failed", entity="user",
                         after={"failures": user.failed_logins})
    if not ok:  # raised after the commit, so the failure count is kept
        raise NotAllowed("Nama pengguna atau kata sandi salah.")
    return actor


def subordinate_ids(db: Database, actor: Actor) -> set[int] | None:
    """Employees the actor may see: None means everyone (operator, viewer); a penilai sees
    their direct subordinates."""
    if actor.role is not Role.PENILAI:
        return None
    with db.read() as s:
        return set(s.scalars(select(Employee.id).where(Employee.atasan_id == actor.employee_id)))


@dataclass(frozen=True)
class UserListRow:
    user: UserRow
    employee: str  # name and grouped NIP of the linked employee, if any
    nip: str | None = None


def list_users(db: Database, actor: Actor) -> list[UserListRow]:
    if actor.role is not Role.OPERATOR:
        raise NotAllowed("Hanya operator yang dapat mengelola pengguna.")
    with db.read() as s:
        rows = s.execute(select(User, Employee).outerjoin(Employee, User.employee_id == Employee.id)
                         .order_by(User.username)).all()
        return [UserListRow(_row(u), f"{e.nama} ({format_nip(e.nip)})" if e else "", e.nip if e else None)
                for u, e in rows]


def _require_operator(actor: Actor) -> None:
    if actor.role is not Role.OPERATOR:
        raise NotAllowed("Hanya operator yang dapat mengelola pengguna.")


def _penilai_link(s, role: str, nip: str | None):
    employee = employee_by_nip(s, nip) if nip else None
    if role == Role.PENILAI and employee is None:
        raise UserError("Akun penilai harus dikaitkan dengan pegawai yang bersangkutan: pilih pegawainya (NIP-nya).")
    return employee


def reset_password(db: Database, actor: Actor, *, user_id: int, password: str) -> None:
    """The operator sets a new password for an account (someone forgot theirs); the failed-login
    delay is lifted. Audited without the password."""
    _require_operator(actor)
    if len(password) < MIN_LENGTH:
        raise UserError("Kata sandi terlalu pendek: sedikitnya {min_length} karakter.", min_length=MIN_LENGTH)
    with db.transaction() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound("Pengguna #{user_id} tidak ada.", user_id=user_id)
        user.password_hash = hash_password(password)
        user.failed_logins, user.locked_until = 0, None
        audit.record(s, actor=actor.username, action="user.reset_password", entity="user",
                     after={"username": user.username})


def change_role(db: Database, actor: Actor, *, user_id: int, role: str, nip: str | None = None) -> UserRow:
    """The operator changes an account's role (a penilai is linked to their employee). Operators
    cannot lower their own role, so an office never loses its last operator by mistake."""
    _require_operator(actor)
    Role(role)
    with db.transaction() as s:
        user = s.get(User, user_id)
        if user is None:
            raise NotFound("Pengguna #{user_id} tidak ada.", user_id=user_id)
        if user.username == actor.username and role != Role.OPERATOR:
            raise NotAllowed("Anda tidak dapat menurunkan peran akun Anda sendiri; minta operator lain.")
        employee = _penilai_link(s, role, nip)
        before = {"role": user.role, "employee_id": user.employee_id}
        user.role, user.employee_id = role, employee.id if employee else None
        audit.record(s, actor=actor.username, action="user.role", entity="user", before=before,
                     after={"username": user.username, "role": role, "nip": employee.nip if employee else None})
        return _row(user)


def set_active(db: Database, actor: Actor, *, user_id: int, active: bool) -> None:
    """Disable or re-enable an account (accounts are never deleted: the audit log names them)."""
    if actor.role is not Role.OPERATOR:
        raise NotAllowed("Hanya operator yang dapat mengelola pengguna.")
    with db.transaction() as s:
        user = s.get(User, user_id)
        if user.username == actor.username and not active:
            raise NotAllowed("Anda tidak dapat menonaktifkan akun Anda sendiri.")
        user.active = active
        audit.record(s, actor=actor.username, action="user.active", entity="user",
                     before={"username": user.username, "active": not active}, after={"active": active})
