"""The `kinerja` command (design.md section 4): parses, calls services, prints.

Exit codes: 0 success, 1 refused input (the message names the file, row or field and the fix),
2 usage. A bug never shows a traceback: it is logged and the log file is named.
"""

import argparse
import importlib
import logging
import os
import sys

from .. import __version__
from ..errors import UserError
from ..logs import setup_logging
from ..paths import keep_private

# Which module registers each command: only the module of the command being run is imported (a
# command's services, SQLAlchemy, ReportLab cost half a second), and `kinerja --version` none.
# tests/unit/test_cli_table.py checks this table against what each module registers.
COMMANDS = {
    "init": "admin", "info": "admin", "backup": "admin", "restore": "admin", "audit": "admin", "demo": "demo",
    "roster": "roster", "print": "printing", "skp": "skp", "skm": "skm", "masukan": "masukan",
    "publikasi": "publikasi", "pengembangan": "follow_up", "talenta": "follow_up", "angka-kredit": "follow_up",
    "kepatuhan": "follow_up", "status": "follow_up", "siasn": "follow_up", "presensi": "follow_up",
    "disiplin": "follow_up", "keys": "sync", "sync": "sync", "province": "sync", "hub": "hub",
}
MODULES = tuple(dict.fromkeys(COMMANDS.values()))  # in the order the help lists them

log = logging.getLogger("kinerja_desktop.cli")


def _modules_for(argv: list[str] | None) -> tuple[str, ...]:
    """The modules to register: the command's own, none for a bare --version, else all (help, a typo)."""
    if argv is None:
        return MODULES
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif word.startswith("--db="):
            continue
        elif not word.startswith("-"):
            return (COMMANDS[word],) if word in COMMANDS else MODULES
    return () if "--version" in argv else MODULES


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kinerja", description="Kinerja Desktop: penilaian kinerja ASN (PermenPANRB 6/2022) tanpa internet.")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="basis data (berkas SQLite atau URL); bawaan: KINERJA_DB atau folder data")
    parser.add_argument("--version", action="version", version=f"kinerja {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in _modules_for(argv):
        importlib.import_module(f".{name}", __name__).register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser(sys.argv[1:] if argv is None else argv).parse_args(argv)
    except UserError as exc:  # an argument's own check (a date): said as any refusal
        print(f"kinerja: {exc}", file=sys.stderr)
        return 1
    keep_private()
    log_file = setup_logging()
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()
        return code
    except BrokenPipeError:  # `kinerja info | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the interpreter's last flush does not complain
        return 0
    except UserError as exc:
        print(f"kinerja: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kinerja: dibatalkan.", file=sys.stderr)
        return 1
    except Exception:  # a bug: keep the traceback out of the user's face, in the log
        log.exception("unexpected error in %s", args.command)
        print(f"kinerja: terjadi kesalahan tak terduga. Rinciannya tercatat di {log_file}; "
              "kirimkan berkas itu kepada pengembang.", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
