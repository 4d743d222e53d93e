"""Composition root of the desktop program (`kinerja-desktop`)."""

import sys


def main(argv: list[str] | None = None) -> int:
    from .ui.main import run  # Qt is imported only when the window starts

    return run(sys.argv if argv is None else argv)
