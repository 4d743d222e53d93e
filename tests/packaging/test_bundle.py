"""build.spec makes a one-folder bundle that starts: --version, and the window offscreen (--self-test)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build.spec")],
                   cwd=ROOT, check=True, timeout=900)
    exe = work / "dist" / "kinerja-desktop" / ("kinerja-desktop.exe" if os.name == "nt" else "kinerja-desktop")
    assert exe.is_file()
    return exe


def _run(exe: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONPATH", None)  # the bundle must carry everything itself
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=180, cwd=exe.parent)


def test_bundled_program_reports_its_version(bundle):
    from kinerja_desktop import __version__

    result = _run(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"kinerja-desktop {__version__}"


def test_bundled_window_opens_offscreen_in_both_languages(bundle):
    result = _run(bundle, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test OK" in result.stdout and "40 pegawai" in result.stdout and "Dokumen Evaluasi printed" in result.stdout
    assert "sync helper process started" in result.stdout  # freeze_support in packaging/entry.py
    assert not (bundle.parent / "_internal" / "numpy").exists()


def test_bundle_carries_migrations_and_translations(bundle):
    internal = bundle.parent / "_internal"
    assert (internal / "kinerja_desktop" / "store" / "migrations" / "versions").is_dir()
    assert (internal / "resources" / "translations" / "kinerja_en.qm").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSansCondensed.ttf").is_file()
    assert (internal / "resources" / "emblem-placeholder.png").is_file()
