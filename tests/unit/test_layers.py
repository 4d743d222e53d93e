"""design.md section 2: dependencies point down; nothing below ui/ imports Qt, domain/ no SQLAlchemy."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kinerja_desktop"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("layer", ["domain", "store", "services", "reports", "sync", "cli"])
def test_no_qt_below_ui(layer):
    offenders = [str(p.relative_to(PACKAGE)) for p in (PACKAGE / layer).rglob("*.py")
                 if "PySide6" in imported_modules(p)]
    assert offenders == []


def test_domain_is_pure():
    offenders = [str(p.relative_to(PACKAGE)) for p in (PACKAGE / "domain").rglob("*.py")
                 if imported_modules(p) & {"sqlalchemy", "PySide6", "alembic", "openpyxl"}]
    assert offenders == []


def test_domain_does_not_reach_up():
    for path in (PACKAGE / "domain").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "from ..store" not in text and "from ..services" not in text, path
