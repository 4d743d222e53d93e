"""Regenerate the committed Qt artefacts: forms/*.ui -> kinerja_desktop/ui/forms/ui_*.py, and
the translations resources/translations/*.ts -> *.qm (after updating the .ts from the sources).

    python tools/build_ui.py            # forms and .qm
    python tools/build_ui.py --lupdate  # also refresh the .ts files from the code and forms
"""

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS, GENERATED = ROOT / "forms", ROOT / "kinerja_desktop" / "ui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"


def generated_name(ui: Path) -> Path:
    return GENERATED / f"ui_{ui.stem}.py"


def compile_form(ui: Path, target: Path) -> None:
    subprocess.run(["pyside6-uic", "-g", "python", str(ui), "-o", str(target)],
                   check=True)
    target.write_text(trim_imports(target.read_text(encoding="utf-8")), encoding="utf-8")


def trim_imports(code: str) -> str:
    """Two things that cost PySide6 the Qt namespace (its 93 enums, 12 ms), which the login
    dialog, the first window a user sees, does not otherwise need: uic imports the same long list
    of Qt names into every form (keep those the form uses), and ``QDialogButtonBox(parent)``
    makes PySide6 weigh the overloads that take a ``Qt.Orientation`` (the keyword does not)."""
    code = re.sub(r"= QDialogButtonBox\((\w+)\)$", r"= QDialogButtonBox(parent=\1)", code, flags=re.M)
    tree = ast.parse(code)
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom) and node.module.startswith("PySide6")]
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = code.splitlines(keepends=True)
    for node in reversed(imports):
        names = [alias.name for alias in node.names if alias.name in used]
        kept = [f"from {node.module} import {', '.join(names)}\n"] if names else []
        lines[node.lineno - 1:node.end_lineno] = kept
    return "".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", action="store_true")
    args = parser.parse_args()
    for ui in sorted(FORMS.glob("*.ui")):
        compile_form(ui, generated_name(ui))
    if args.lupdate:
        sources = [str(p) for p in (ROOT / "kinerja_desktop" / "ui").rglob("*.py") if "forms" not in p.parts]
        sources += [str(p) for p in sorted(FORMS.glob("*.ui"))]
        sys.path.insert(0, str(ROOT / "tools"))
        import messages  # the services' messages (refusals, results), context Messages

        found, _dynamic = messages.collect()
        for ts in sorted(TRANSLATIONS.glob("kinerja_*.ts")):  # qtbase_id.ts translates Qt's texts, not ours
            kept = messages.translations(ts)  # lupdate drops the Messages context: keep its translations
            subprocess.run(["pyside6-lupdate", "-no-obsolete", *sources, "-ts", str(ts)], check=True)
            print(f"{ts.name}: {messages.merge_into(ts, found, kept)} messages of the services to translate")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
