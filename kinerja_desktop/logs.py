"""Logging to a rotating file in the log folder; the path is shown to users when a bug occurs."""

import logging
import logging.handlers
from pathlib import Path

from .paths import log_dir, make_private


def setup_logging() -> Path:
    path = log_dir() / "kinerja.log"
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        make_private(path.parent, path)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:  # read-only profile: log nowhere rather than fail the user's action
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
