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


@pytest.mark.parametrize("layer", ["domain", "crypto", "store", "services", "reports", "sync", "cli"])
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


RANK = {"domain": 0, "crypto": 0, "store": 1, "reports": 2, "services": 3, "sync": 4, "cli": 5, "ui": 5}


def upward_imports() -> set[tuple[str, str]]:
    found = set()
    for layer in RANK:
        for path in (PACKAGE / layer).rglob("*.py"):
            parts = list(path.relative_to(PACKAGE).parts[:-1])
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.level > 0 and node.level - 1 <= len(parts):
                    target = parts[:len(parts) - (node.level - 1)] + (node.module.split(".") if node.module else [])
                    if target and RANK.get(target[0], -1) > RANK[layer]:
                        found.add((str(path.relative_to(PACKAGE)), ".".join(target)))
    return found


def test_no_layer_imports_one_above_it():
    """domain < store < reports < services < sync < cli, ui: an import upward (a report reading a
    service, say) fails here, inside functions too."""
    assert upward_imports() == set()
