"""Bulk writes for large batches (roster import, demo): the driver's executemany on SQLite.

SQLAlchemy's per-row parameter processing costs more than SQLite's insert itself at 100,000 rows.
For tables whose columns are numbers, text, dates and datetimes, rows go straight to the
driver, formatted exactly as SQLAlchemy stores them; anything else (JSON) takes the normal path.
"""

from datetime import date, datetime

from sqlalchemy import BigInteger, Connection, Integer, String, Table, bindparam, text, update


def _plain_converter(column):
    kind = column.type.python_type
    if kind is datetime:
        return lambda v: v if v is None else v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if kind is date:
        return lambda v: v if v is None else v.isoformat()
    if kind in (int, float, str, bool):
        return None
    raise TypeError(kind)


def _converters(table: Table, names: list[str]):
    try:
        return [_plain_converter(table.c[name]) for name in names]
    except (TypeError, NotImplementedError):
        return None


def _tuples(rows: list[dict], names: list[str], converters) -> list[tuple]:
    if not any(converters):
        return [tuple(r[n] for n in names) for r in rows]
    pairs = list(zip(names, converters))
    return [tuple(conv(r[n]) if conv else r[n] for n, conv in pairs) for r in rows]


def bulk_insert(conn: Connection, table: Table, rows: list[dict]) -> None:
    """INSERT every row (all dicts with the same keys) in one executemany."""
    if not rows:
        return
    converters = _converters(table, list(rows[0])) if conn.dialect.name in ("sqlite", "postgresql") else None
    if converters is None:
        conn.execute(table.insert(), rows)
        return
    rows = _with_defaults(table, rows)
    names = list(rows[0])
    insert_tuples(conn, table, names, _tuples(rows, names, _converters(table, names)))


def _binary_types(table: Table, names: list[str]) -> list[str] | None:
    """The PostgreSQL types a binary COPY sends the columns as, when all are whole numbers and
    text (the consolidated records); None otherwise (dates, booleans: COPY in text)."""
    types = []
    for name in names:
        kind = table.c[name].type
        types.append("int8" if isinstance(kind, BigInteger) else "int4" if isinstance(kind, Integer)
                     else "text" if isinstance(kind, String) else "")
    return None if "" in types else types


def insert_tuples(conn: Connection, table: Table, names: list[str], rows: list[tuple]) -> None:
    """INSERT ``rows`` (tuples in the order of ``names``, values as the driver takes them): one
    executemany on SQLite, COPY on PostgreSQL (psycopg 3; binary when the columns allow, which
    spares the server parsing 300 MB of text a 7,000-staff package), SQLAlchemy's batched
    insert elsewhere."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(names)}) "
                             f"VALUES ({', '.join('?' * len(names))})", rows)
    elif conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        cursor = conn.connection.dbapi_connection.cursor()
        types = _binary_types(table, names)
        with cursor.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN"
                         + (" (FORMAT BINARY)" if types else "")) as copy:
            if types:
                copy.set_types(types)
            for row in rows:
                copy.write_row(row)
    else:
        conn.execute(table.insert(), [dict(zip(names, row)) for row in rows])


def duplicate_key(exc: BaseException) -> bool:
    """Whether ``exc`` is a unique index refusing a row (SQLite through SQLAlchemy, or
    psycopg's COPY, whose errors come unwrapped)."""
    inner = getattr(exc, "orig", exc)
    return (getattr(inner, "sqlstate", None) == "23505"
            or getattr(inner, "sqlite_errorname", None) == "SQLITE_CONSTRAINT_UNIQUE")


def _with_defaults(table: Table, rows: list[dict]) -> list[dict]:
    """Add the Python-side column defaults SQLAlchemy would have applied (uuid, version...)."""
    missing = [c for c in table.columns if c.name not in rows[0] and c.default is not None]
    if not missing:
        return rows
    scalars = {c.name: c.default.arg for c in missing if c.default.is_scalar}
    callables = {c.name: c.default.arg for c in missing if c.default.is_callable}
    return [{**r, **scalars, **{n: fn(None) for n, fn in callables.items()}} for r in rows]


def bulk_update(conn: Connection, table: Table, rows: list[dict], *, key: str = "id") -> None:
    """UPDATE by ``key`` for every row (all dicts with the same keys, including ``key``)."""
    if not rows:
        return
    names = [n for n in rows[0] if n != key]
    converters = _converters(table, names) if conn.dialect.name == "sqlite" else None
    if converters is None:
        stmt = (update(table).where(table.c[key] == bindparam("_key"))
                .values(**{n: bindparam(n) for n in names}))
        conn.execute(stmt, [{**{n: r[n] for n in names}, "_key": r[key]} for r in rows])
        return
    sql = f"UPDATE {table.name} SET {', '.join(f'{n} = ?' for n in names)} WHERE {key} = ?"
    conn.exec_driver_sql(sql, [(*t, r[key]) for t, r in zip(_tuples(rows, names, converters), rows)])


def in_list(values: list) -> list:
    """``values`` for an expanding IN, padded (with its first value again) to a power of two.
    Each length of IN list is another SQL text, and the driver keeps every text it has prepared
    (sqlite3 up to 128 of them, each holding its thousands of parameters): a province import of a
    70,000-staff district grew by 500 MB that way. Padded, a few texts serve every chunk."""
    if not values:
        return values
    size = 16
    while size < len(values):
        size *= 2
    return values + values[:1] * (size - len(values))


def rows_in(conn: Connection, sql: str, values: list, *params) -> list[tuple]:
    """The rows of ``sql`` through the driver's own cursor, inside the connection's transaction:
    its ``{in_}`` becomes the test "is one of ``values``" (``IN (?, ...)`` padded by ``in_list``
    on SQLite, ``= ANY(%s)`` with one array on PostgreSQL), each ``{mark}`` a placeholder for the
    next of ``params``, bound first. SQLAlchemy compiles an expanding IN of thousands of values
    anew for each execution (a second of each province import), and psycopg parses a query of
    thousands of placeholders anew too (two seconds)."""
    if not values:
        return []
    cursor = conn.connection.dbapi_connection.cursor()
    if conn.dialect.paramstyle == "qmark":
        padded = in_list(values)
        text, args = sql.format(in_=f"IN ({', '.join('?' * len(padded))})", mark="?"), (*params, *padded)
    else:  # %b, a binary array: in text each string is searched for characters to quote (1 s a package)
        text, args = sql.format(in_="= ANY(%b)", mark="%s"), (*params, list(values))
    try:
        cursor.execute(text, args)
        return cursor.fetchall()
    finally:
        cursor.close()


def toast_with_lz4(conn: Connection) -> None:
    """On PostgreSQL 14 and later built with lz4, large values written in this transaction are
    compressed with lz4 instead of pglz (a 7,000-staff package's COPY: 3.3 -> 2.6 s). Reading
    them needs nothing: each value records how it was compressed. Elsewhere it does nothing."""
    if conn.dialect.name != "postgresql":
        return
    choices = conn.scalar(text("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'"))
    if choices and "lz4" in choices:
        conn.execute(text("SET LOCAL default_toast_compression = 'lz4'"))
