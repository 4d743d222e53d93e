"""Find or create units by their path of names under the office."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.models import Unit
from .columns import UNIT_SEPARATOR


class UnitIndex:
    """All units of an office keyed by their full path; creates missing ones on demand."""

    def __init__(self, session: Session, office_id: int):
        self.session, self.office_id = session, office_id
        units = session.execute(select(Unit.id, Unit.parent_id, Unit.name, Unit.code)
                                .where(Unit.office_id == office_id)).all()
        names = {u.id: (u.parent_id, u.name) for u in units}
        self.by_path: dict[tuple[str, ...], int] = {}
        self.path_of: dict[int, tuple[str, ...]] = {}
        self.code_of: dict[int, str] = {u.id: u.code or "" for u in units}
        for unit_id in names:
            path = self._path(unit_id, names)
            self.by_path[tuple(p.casefold() for p in path)] = unit_id
            self.path_of[unit_id] = path
        self.created: list[Unit] = []

    @staticmethod
    def _path(unit_id: int, names: dict[int, tuple[int | None, str]]) -> tuple[str, ...]:
        parts: list[str] = []
        while unit_id is not None:
            parent, name = names[unit_id]
            parts.append(name)
            unit_id = parent
        return tuple(reversed(parts))

    def resolve(self, path: tuple[str, ...], code: str = "") -> int:
        """The unit at ``path``, creating it (and missing ancestors) when unknown."""
        key = tuple(p.casefold() for p in path)
        if key in self.by_path:
            return self.by_path[key]
        parent = self.resolve(path[:-1]) if len(path) > 1 else None
        unit = Unit(office_id=self.office_id, parent_id=parent, name=path[-1], code=code or None)
        self.session.add(unit)
        self.session.flush()
        self.by_path[key], self.path_of[unit.id] = unit.id, path
        self.code_of[unit.id] = code
        self.created.append(unit)
        return unit.id

    def text(self, unit_id: int) -> str:
        return UNIT_SEPARATOR.join(self.path_of[unit_id])
