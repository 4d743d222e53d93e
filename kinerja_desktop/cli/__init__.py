"""The `kinerja` command (design.md section 4): parses, calls services, prints.

Exit codes: 0 success, 1 refused input (the message names the file, row or field and the fix),
2 usage. A bug never shows a traceback: it is logged and the log file is named.
"""

import argparse
import logging
import os
import sys

from .. import __version__
from ..errors import UserError
from ..logs import setup_logging
from ..paths import keep_private
from . import admin, demo, follow_up, masukan, printing, publikasi, roster, skm, skp, sync

log = logging.getLogger("kinerja_desktop.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kinerja", description="Kinerja Desktop: penilaian kinerja ASN (PermenPANRB 6/2022) tanpa internet.")
    parser.add_argument("--db", metavar="PATH_OR_URL",
                        help="basis data (berkas SQLite atau URL); bawaan: KINERJA_DB atau folder data")
    parser.add_argument("--version", action="version", version=f"kinerja {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    admin.register(commands)
    demo.register(commands)
    roster.register(commands)
    printing.register(commands)
    skp.register(commands)
    skm.register(commands)
    masukan.register(commands)
    publikasi.register(commands)
    follow_up.register(commands)
    sync.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
