"""The generated ui_*.py are committed; regenerating them from forms/*.ui must change nothing."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
from build_ui import FORMS, compile_form, generated_name  # noqa: E402

UI_FILES = sorted(FORMS.glob("*.ui"))


def code_lines(path: Path) -> list[str]:
    """The generated code without the banner that names uic's version."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("##")]


@pytest.mark.skipif(shutil.which("pyside6-uic") is None, reason="pyside6-uic not on PATH")
@pytest.mark.parametrize("ui", UI_FILES, ids=[p.stem for p in UI_FILES])
def test_generated_form_is_current(ui, tmp_path):
    fresh = tmp_path / generated_name(ui).name
    compile_form(ui, fresh)
    assert code_lines(fresh) == code_lines(generated_name(ui)), f"run: python tools/build_ui.py ({ui.name})"


def test_every_form_has_its_module():
    assert UI_FILES and all(generated_name(ui).exists() for ui in UI_FILES)


def test_no_orphan_generated_module():
    generated = {p.name for p in generated_name(UI_FILES[0]).parent.glob("ui_*.py")}
    assert generated == {generated_name(ui).name for ui in UI_FILES}


def test_uic_runs(tmp_path):
    if shutil.which("pyside6-uic") is None:
        pytest.skip("pyside6-uic not on PATH")
    assert subprocess.run(["pyside6-uic", "--version"], capture_output=True).returncode == 0
