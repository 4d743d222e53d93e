"""The command table of cli/__init__.py says which module registers each command; only that
module is imported when the command runs, and none for `kinerja --version`."""

import argparse
import importlib
import subprocess
import sys

from kinerja_desktop.cli import COMMANDS, MODULES, _modules_for


def test_each_module_registers_exactly_the_commands_the_table_gives_it():
    for module in MODULES:
        parser = argparse.ArgumentParser()
        commands = parser.add_subparsers(dest="command")
        importlib.import_module(f"kinerja_desktop.cli.{module}").register(commands)
        assert set(commands.choices) == {c for c, m in COMMANDS.items() if m == module}, module


def test_the_module_of_the_command_is_found_past_the_global_options():
    assert _modules_for(["--db", "x.sqlite3", "masukan", "impor", "f.csv"]) == ("masukan",)
    assert _modules_for(["--db=x.sqlite3", "angka-kredit", "--year", "2025"]) == ("follow_up",)
    assert _modules_for(["--version"]) == ()
    assert _modules_for(["salah"]) == MODULES and _modules_for([]) == MODULES


def test_version_imports_no_database_or_report_library():
    code = ("import sys\nfrom kinerja_desktop.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n"
            "    pass\nprint(sorted(m for m in ('sqlalchemy', 'reportlab', 'PySide6', 'kinerja_desktop.services') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().endswith("[]"), done.stdout
