"""Regenerate the committed Qt artefacts: forms/*.ui -> kinerja_desktop/ui/forms/ui_*.py, and
the translations resources/translations/*.ts -> *.qm (after updating the .ts from the sources).

    python tools/build_ui.py            # forms and .qm
    python tools/build_ui.py --lupdate  # also refresh the .ts files from the code and forms
"""

import argparse
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
