"""Records written into this database's own tables: the inverse of ``records.py``.

A sub-office fills its empty install from its hub's slice this way, and a hub applies its
sub-offices' packages this way, so that its own export to the province carries everything (the
province keeps records as they came, in its consolidated copy; a kabupaten works on its tables).

A record is found by its uuid: inserted when new, updated in place when known. The lists it
carries (an SKP's RHK and their indicators, an evaluation's realisations...) take the place of
the rows its parent had: rows with a uuid (an RHK, an indicator, which others name) are updated
in place and the ones no longer listed removed at the end; the others are replaced. A field that
names another record names it by uuid: it must be in this database, or come in the same batch
(an employee's atasan, an RHK's parent in the atasan's SKP: resolved once their kind is done). A
tombstone removes its record and what it carries, at the end, the last kinds first. Every value
is checked against its column (type, length, NOT NULL): SQLite would store whatever it is given.

All of it runs in the caller's transaction; a refusal (PackageRefused, naming the record and the
field) leaves the caller to roll everything back.
"""

from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Table, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import Text
from ..services.office import home_office
from ..store.bulk import bulk_insert, bulk_update, duplicate_key, rows_in
from ..store.models import Office
from .kinds import KIND_ORDER, TOMBSTONE, _model
from .package import PackageRefused
from .shapes import NAMED, SHAPES, Part, Shape

Record = tuple[str, int, dict]  # uuid, version, data
_PART_KINDS = {"skp": {"rhk", "indicator"}}  # kinds named by uuid inside a kind's records
OFFICE_SETTINGS = ("name", "kabupaten", "place", "province", "period_kind", "paper")  # never the code


def _checker(column) -> Callable[[Any], Any]:
    """What a JSON value becomes for ``column``; ValueError when it cannot be that."""
    kind = column.type
    if isinstance(kind, JSON):
        def check(v):
            if not isinstance(v, (dict, list)):
                raise ValueError(Text("harus objek JSON"))
            return v
        return check
    try:
        python = kind.python_type
    except NotImplementedError:
        python = None
    if python is bool:
        def check(v):
            if not isinstance(v, bool):
                raise ValueError(Text("harus true atau false"))
            return v
    elif python is int:
        def check(v):
            if not isinstance(v, int) or isinstance(v, bool):
                raise ValueError(Text("harus bilangan bulat"))
            return v
    elif python is float:
        def check(v):
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                raise ValueError(Text("harus bilangan"))
            return float(v)
    elif python in (date, datetime):
        parse = date.fromisoformat if python is date else datetime.fromisoformat
        def check(v):
            if not isinstance(v, str) or (python is date and len(v) != 10):
                raise ValueError(Text("harus tanggal ISO 8601"))
            try:
                return parse(v)
            except ValueError:
                raise ValueError(Text("harus tanggal ISO 8601")) from None
    elif python is str:
        limit = getattr(kind, "length", None)
        def check(v):
            if not isinstance(v, str):
                raise ValueError(Text("harus teks"))
            if limit is not None and len(v) > limit:
                raise ValueError(Text("lebih dari {limit} karakter", limit=limit))
            return v
    else:
        raise TypeError(f"{column}: tipe kolom tanpa pemeriksa")
    return check


class _Columns:
    """How one table's dicts become rows: each value field checked, each naming field kept for
    resolving, every other column at its default."""

    def __init__(self, table: Table, fks: dict, skip: set[str], parts: tuple[Part, ...]):
        self.table, self.fks = table, fks
        self.plain = [(c.name, _checker(c), c.nullable, self._default(c)) for c in table.c
                      if c.name not in skip and c.name not in fks]
        self.known = {n for n, *_ in self.plain} | {f for f, _ in fks.values()} | {p.name for p in parts} | {"uuid"}
        self.nullable = {f: table.c[c].nullable for c, (f, _) in fks.items()}

    @staticmethod
    def _default(column):
        default = column.default
        if default is None:
            return lambda: None
        if default.is_callable:
            return lambda: default.arg(None)
        return lambda: default.arg

    def row(self, data: dict, where: Callable[[str], str]) -> dict:
        extra = data.keys() - self.known
        if extra:
            raise PackageRefused("{where}: medan tak dikenal '{field}'", where=where(), field=sorted(extra)[0])
        row = {}
        for name, check, nullable, default in self.plain:
            value = data.get(name, ...)
            if value is ... :
                row[name] = default()
            elif value is None:
                if not nullable:
                    raise PackageRefused("{where} tidak boleh kosong", where=where(name))
                row[name] = None
            else:
                try:
                    row[name] = check(value)
                except ValueError as exc:
                    raise PackageRefused("{where} {problem}", where=where(name), problem=exc.args[0]) from None
        return row


class Writer:
    """Writes records into this database, a chunk of one kind at a time, kinds in package order;
    ``finish`` resolves what named records of the same batch and removes what is gone."""

    def __init__(self, session: Session, *, office_settings: bool):
        self.s, self.conn = session, session.connection()
        self.office_id = home_office(session).id
        self.office_settings = office_settings  # a slice sets them; a sub-office's package does not
        self.ids: dict[str, dict[str, int]] = defaultdict(dict)  # kind -> uuid -> id, as found
        self.pending: list[tuple] = []  # (table, row id, column, kind named, uuid named, where)
        self.vanished: list[tuple[Part, list[int], str]] = []  # child rows no longer listed
        self.gone: list[tuple[str, str]] = []  # tombstones (kind, uuid)
        self.kind: str | None = None
        self._columns: dict[tuple, _Columns] = {}

    # -- finding records by uuid

    def find(self, kind: str, uuids) -> dict[str, int]:
        """uuid -> id of the records of ``kind`` in this database (among ``uuids``)."""
        known, wanted = self.ids[kind], [u for u in set(uuids) if isinstance(u, str)]
        asked = [u for u in wanted if u not in known]
        if asked:
            table = _model(NAMED[kind]).__table__.name
            known.update(rows_in(self.conn, f"SELECT uuid, id FROM {table} WHERE uuid {{in_}}", asked))
        return {u: known[u] for u in wanted if u in known}

    def _columns_of(self, key: tuple, table: Table, fks: dict, skip: set[str], parts) -> _Columns:
        if key not in self._columns:
            self._columns[key] = _Columns(table, fks, skip, parts)
        return self._columns[key]

    def _named(self, columns: _Columns, items) -> None:
        """Look up at once every record the naming fields of ``items`` name (one query a kind)."""
        for field, kind in columns.fks.values():
            self.find(kind, [item.get(field) for item in items])

    def _resolve(self, columns: _Columns, data: dict, row: dict, deferrable: set[str], where) -> list[tuple]:
        """Set each naming column of ``row`` to the id of the record named; names of records of
        ``deferrable`` kinds not found yet are returned, to be set once their kind is written."""
        later = []
        for column, (field, kind) in columns.fks.items():
            target = data.get(field)
            if target is None:
                if not columns.nullable[field]:
                    raise PackageRefused("{where} tidak boleh kosong", where=where(field))
                row[column] = None
                continue
            if not isinstance(target, str):
                raise PackageRefused("{where} harus uuid rekaman", where=where(field))
            found = self.ids[kind].get(target)  # ``_named`` has looked up the chunk's names at once
            if found is None and kind in deferrable:
                later.append((column, kind, target, where(field)))
            elif found is None:
                raise PackageRefused("{where} menunjuk {kind} {target} yang tidak ada di basis data ini",
                                     where=where(field), kind=kind, target=target)
            row[column] = found
        return later

    # -- writing

    def write(self, kind: str, records: list[Record]) -> None:
        if kind not in SHAPES:
            raise PackageRefused("jenis rekaman '{kind}' tidak dikenal", kind=kind)
        if kind != self.kind:
            if self.kind is not None and KIND_ORDER[kind] < KIND_ORDER[self.kind]:
                raise PackageRefused("rekaman tidak dalam urutan jenis paket ({kind} setelah {before})",
                                     kind=kind, before=self.kind)
            self._settle_pending()
            self.kind = kind
        shape = SHAPES[kind]
        if kind == "office":  # the office row is this database's own: updated, never added or removed
            self._office([r for r in records if r[2] != TOMBSTONE])
            return
        live = []
        for uid, version, data in records:
            if data == TOMBSTONE:
                self.gone.append((kind, uid))
            elif not isinstance(data, dict):
                raise PackageRefused("rekaman {kind} {uuid}: isinya harus objek JSON", kind=kind, uuid=uid)
            else:
                live.append((uid, version, data))
        self._roots(shape, live)

    def _office(self, records: list) -> None:
        """The office record: its settings become this office's (never its code) for a slice;
        a sub-office's own office record is not the hub's and changes nothing."""
        if not self.office_settings or not records:
            return
        table = Office.__table__
        columns = self._columns_of(("office",), table, {}, {"id", "uuid", "version", "code"}, ())
        _uid, _version, data = records[-1]
        row = columns.row({k: v for k, v in data.items() if k != "code"}, _where("office", _uid))
        self.conn.execute(update(table).where(table.c.id == self.office_id)
                          .values(**{k: v for k, v in row.items() if k in OFFICE_SETTINGS}))

    def _roots(self, shape: Shape, records: list[Record]) -> None:
        table = shape.model.__table__
        columns = self._columns_of((shape.kind,), table, shape.fks, {"id", "uuid", "version", "office_id", *shape.drop},
                                   shape.parts)
        deferrable = {shape.kind} | _PART_KINDS.get(shape.kind, set())
        existing = self.find(shape.kind, [u for u, _, _ in records])
        self._named(columns, [data for _, _, data in records])
        new, old, later = [], [], []
        for uid, version, data in records:
            where = _where(shape.kind, uid)
            if not isinstance(version, int) or isinstance(version, bool) or version < 1:
                raise PackageRefused("{where} tidak sah", where=where("version"))
            row = columns.row(data, where)
            row.update(uuid=uid, version=version)
            if "office_id" in table.c:
                row["office_id"] = self.office_id
            later += [(uid, *item) for item in self._resolve(columns, data, row, deferrable, where)]
            if uid in existing:
                row["id"] = existing[uid]
                old.append(row)
            else:
                new.append(row)
        self._insert(table, new, shape.kind)
        bulk_update(self.conn, table, old)
        ids = self.find(shape.kind, [u for u, _, _ in records])
        self.pending += [(table, ids[uid], column, kind, target, where) for uid, column, kind, target, where in later]
        for part in shape.parts:
            self._part(part, shape.kind, [(ids[uid], uid, data) for uid, _, data in records])

    def _insert(self, table: Table, rows: list[dict], kind: str) -> None:
        try:
            with self.s.begin_nested():
                bulk_insert(self.conn, table, rows)
        except IntegrityError as exc:
            if duplicate_key(exc):
                raise PackageRefused("rekaman {kind} bentrok dengan data yang sudah ada di basis data ini ({detail}): "
                                     "NIP atau periode yang sama dengan uuid lain", kind=kind,
                                     detail=str(exc.orig)[:120]) from None
            raise PackageRefused("rekaman {kind} tidak dapat ditulis ke {table}: {detail}", kind=kind,
                                 table=table.name, detail=str(exc.orig)[:120]) from None

    def _part(self, part: Part, kind: str, parents: list[tuple[int, str, dict]]) -> None:
        """The rows of ``part`` under each parent (id, uuid of the record, parent's data)."""
        table = part.model.__table__
        keyed = "uuid" in table.c
        columns = self._columns_of((kind, part.name), table, part.fks, {"id", "uuid", "version", part.parent},
                                   part.parts)
        lists = []
        for parent_id, uid, data in parents:
            items = data.get(part.name, [])
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                raise PackageRefused("{where} harus daftar objek", where=_where(kind, uid)(part.name))
            lists.append((parent_id, uid, items))
        parent_ids = [p for p, _, _ in lists]
        if keyed:
            held = dict(rows_in(self.conn, f"SELECT uuid, id FROM {table.name} WHERE {part.parent} {{in_}}", parent_ids))
        else:
            _delete_in(self.conn, table, part.parent, parent_ids)
            held = {}
        deferrable = _PART_KINDS.get(kind, set())
        every = [item for _, _, items in lists for item in items]
        self._named(columns, every)
        mine = set(held)  # the rows with a uuid these parents had
        if keyed:  # a child listed under another parent than before is moved, not added again
            uuids = [i.get("uuid") for i in every if isinstance(i.get("uuid"), str) and i.get("uuid") not in held]
            if uuids:
                held = {**dict(rows_in(self.conn, f"SELECT uuid, id FROM {table.name} WHERE uuid {{in_}}", uuids)), **held}
        new, old, listed, later = [], [], set(), []
        for parent_id, uid, items in lists:
            for item in items:
                where = _where(kind, uid, part.name)
                row = columns.row(item, where)
                row[part.parent] = parent_id
                later += [(item.get("uuid"), *x) for x in self._resolve(columns, item, row, deferrable, where)]
                if keyed:
                    child = item.get("uuid")
                    if not isinstance(child, str) or not child or child in listed:
                        raise PackageRefused("{where} tidak sah atau ganda", where=where("uuid"))
                    listed.add(child)
                    row["uuid"] = child
                    elsewhere = held.get(child)
                    if elsewhere is not None:
                        row["id"] = elsewhere
                        old.append(row)
                        continue
                new.append(row)
        self._insert(table, new, kind)
        bulk_update(self.conn, table, old)
        if keyed:
            ids = dict(rows_in(self.conn, f"SELECT uuid, id FROM {table.name} WHERE uuid {{in_}}", list(listed))) \
                if listed else {}
            self.pending += [(table, ids[child], column, k, target, where) for child, column, k, target, where in later]
            gone = [i for u, i in held.items() if u in mine and u not in listed]
            if gone:
                self.vanished.append((part, gone, kind))
            named = {"Rhk": "rhk", "Indicator": "indicator"}.get(part.table)
            if named:
                self.ids[named].update(ids)
            for sub in part.parts:
                self._part(sub, kind, [(ids[i["uuid"]], uid, i) for _, uid, items in lists for i in items])
        elif part.parts:
            raise TypeError(f"{part.name}: children of rows without uuid")

    # -- settling

    def _settle_pending(self) -> None:
        """Set the names of records written in this batch after the one that named them."""
        by_table = defaultdict(list)
        for table, row_id, column, kind, target, where in self.pending:
            found = self.find(kind, [target]).get(target)
            if found is None:
                raise PackageRefused("{where} menunjuk {kind} {target} yang tidak ada di basis data ini",
                                     where=where, kind=kind, target=target)
            by_table[(table, column)].append({"id": row_id, column: found})
        for (table, _column), rows in by_table.items():
            bulk_update(self.conn, table, rows)
        self.pending = []

    def finish(self) -> None:
        """After the last chunk: settle the names, remove child rows no longer listed and the
        records their office deleted (the last kinds first)."""
        self._settle_pending()
        for part, ids, kind in reversed(self.vanished):
            self._remove_rows(part, ids, kind, "")
        self.vanished = []
        for kind, uid in sorted(self.gone, key=lambda g: -KIND_ORDER[g[0]]):
            found = self.find(kind, [uid]).get(uid)
            if found is None:
                continue  # never here, or removed already
            shape = SHAPES[kind]
            for part in shape.parts:
                rows = rows_in(self.conn, f"SELECT id FROM {part.model.__table__.name} WHERE {part.parent} {{in_}}", [found])
                self._remove_rows(part, [r[0] for r in rows], kind, uid)
            self._delete(shape.model.__table__, [found], kind, uid)
            self.ids[kind].pop(uid, None)
        self.gone = []

    def _remove_rows(self, part: Part, ids: list[int], kind: str, uid: str) -> None:
        for sub in part.parts:
            rows = rows_in(self.conn, f"SELECT id FROM {sub.model.__table__.name} WHERE {sub.parent} {{in_}}", ids)
            self._remove_rows(sub, [r[0] for r in rows], kind, uid)
        self._delete(part.model.__table__, ids, kind, uid)

    def _delete(self, table: Table, ids: list[int], kind: str, uid: str) -> None:
        try:
            with self.s.begin_nested():
                _delete_in(self.conn, table, "id", ids)
        except IntegrityError:
            raise PackageRefused("rekaman {kind} {uuid} dihapus oleh pengirim ({table}), tetapi masih dipakai data "
                                 "lain di basis data ini", kind=kind, uuid=uid or "-", table=table.name) from None


def _where(kind: str, uid: str, part: str = "") -> Callable[..., Text]:
    """Where a problem is, for the message: the record, the list inside it, the field."""
    def where(field: str = "") -> Text:
        if part:
            return Text("rekaman {kind} {uuid}, daftar {part}, medan {field}", kind=kind, uuid=uid, part=part,
                        field=field or "-")
        if field:
            return Text("rekaman {kind} {uuid}, medan {field}", kind=kind, uuid=uid, field=field)
        return Text("rekaman {kind} {uuid}", kind=kind, uuid=uid)
    return where


def _delete_in(conn, table: Table, column: str, values: list[int]) -> None:
    for start in range(0, len(values), 4096):
        chunk = values[start:start + 4096]
        conn.execute(table.delete().where(table.c[column].in_(chunk)))
