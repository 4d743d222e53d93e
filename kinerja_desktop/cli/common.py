"""Helpers shared by the command handlers."""

import sys

from ..paths import default_db
from ..store.db import Database
from ..store.migrate import open_checked


def db_arg(args) -> str:
    return args.db or default_db()


def open_db(args) -> Database:
    """Open (and upgrade) the database named by --db, KINERJA_DB or the default location."""
    return open_checked(db_arg(args))


def out(text: str = "") -> None:
    print(text, file=sys.stdout)


class ProgressLine:
    """``progress(done, total)`` for the services: one line on standard error that counts up in
    place on a terminal, and ends (once) with a newline; elsewhere (a log, a pipe) only the
    final count is written."""

    def __init__(self, label: str, unit: str = "pegawai"):
        self.label, self.unit, self.ended, self.width = label, unit, False, 0

    def __call__(self, done: int, total: int) -> None:
        if self.ended or not (sys.stderr.isatty() or done >= total):
            return
        text = f"  {self.label}: {done}/{total} {self.unit}"
        self.ended = done >= total
        print("\r" + text.ljust(self.width), end="\n" if self.ended else "", file=sys.stderr, flush=True)
        self.width = len(text)

    def end(self) -> None:
        """Close the line when the work stopped before its total (a refusal, a cancel)."""
        if self.width and not self.ended and sys.stderr.isatty():
            print(file=sys.stderr, flush=True)
        self.ended = True


def parse_date(text: str):
    """An argparse type: a date written YYYY-MM-DD."""
    from datetime import date

    from ..errors import UserError

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError("Tanggal '{text}' tidak sah: tulis seperti 2026-03-01.", text=text) from None
