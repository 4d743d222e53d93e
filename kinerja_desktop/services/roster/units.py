"""Find or create units by their path of names under the office."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models import Unit, new_uuid
from .columns import UNIT_SEPARATOR


class UnitIndex:
    """All units of an office keyed by their full path (compared case-insensitively)."""

    def __init__(self, session: Session, office_id: int):
        self.session, self.office_id = session, office_id
        self.by_path: dict[tuple[str, ...], int] = {}
        self.path_of: dict[int, tuple[str, ...]] = {}
        self.code_of: dict[int, str] = {}
        self.created: list[dict] = []
        self._load()

    def _load(self) -> None:
        units = self.session.execute(select(Unit.id, Unit.parent_id, Unit.name, Unit.code)
                                     .where(Unit.office_id == self.office_id)).all()
        names = {u.id: (u.parent_id, u.name) for u in units}
        for u in units:
            path = self._path(u.id, names)
            self.by_path[_key(path)], self.path_of[u.id], self.code_of[u.id] = u.id, path, u.code or ""

    @staticmethod
    def _path(unit_id: int, names: dict[int, tuple[int | None, str]]) -> tuple[str, ...]:
        parts: list[str] = []
        while unit_id is not None:
            parent, name = names[unit_id]
            parts.append(name)
            unit_id = parent
        return tuple(reversed(parts))

    def ensure(self, paths: dict[tuple[str, ...], str]) -> None:
        """Create every missing unit (and missing ancestors) of ``paths`` (path -> SIASN code),
        one executemany per depth, so a roster with hundreds of new units stays fast."""
        wanted = {p[:depth]: (paths.get(p[:depth], "") if depth == len(p) else "")
                  for p in paths for depth in range(1, len(p) + 1)}
        for depth in range(1, max((len(p) for p in wanted), default=0) + 1):
            level = {p: code for p, code in wanted.items() if len(p) == depth and _key(p) not in self.by_path}
            rows = [dict(office_id=self.office_id, parent_id=self.by_path[_key(p[:-1])] if depth > 1 else None,
                         name=p[-1], code=code or None, uuid=new_uuid(), version=1, kind="", active=True)
                    for p, code in level.items()]
            if rows:
                self.session.execute(Unit.__table__.insert(), rows)
                self.created += rows
                self._load()

    def resolve(self, path: tuple[str, ...]) -> int:
        return self.by_path[_key(path)]

    def text(self, unit_id: int) -> str:
        return UNIT_SEPARATOR.join(self.path_of[unit_id])


def _key(path: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p.casefold() for p in path)
