"""Every refusal and message of the services is data with an English rendering: the window in
English never shows an Indonesian refusal (tools/messages.py walks every place that writes one)."""

import importlib.util
import string
from pathlib import Path

import pytest

from kinerja_desktop.errors import NotAllowed, Text, UserError, joined, render

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("messages", ROOT / "tools" / "messages.py")
messages = importlib.util.module_from_spec(spec)
spec.loader.exec_module(messages)
FOUND, DYNAMIC = messages.collect()
ENGLISH = messages.translations(ROOT / "resources" / "translations" / "kinerja_en.ts")


def _fields(text: str) -> set[tuple[str, str, str]]:
    return {(name, spec, conv or "") for _, name, spec, conv in string.Formatter().parse(text) if name is not None}


def test_every_message_is_a_literal_template():
    assert DYNAMIC == [], "refusals must be written as a literal template with named fields"
    assert len(FOUND) > 250


@pytest.mark.parametrize("message", sorted(FOUND))
def test_every_message_has_an_english_rendering_with_the_same_fields(message):
    english = ENGLISH.get(message)
    assert english, f"no finished English translation for {message!r} ({FOUND[message][0]}): run tools/build_ui.py --lupdate and translate it"
    assert _fields(english) == _fields(message)
    assert all(name.isidentifier() for name, _, _ in _fields(message))


def test_rendering_nests_and_translates_fields():
    inner = UserError("berkas terpotong")
    outer = NotAllowed("Paket '{name}' ditolak: {exc}.", name="a.kinerja", exc=inner,
                       details=[Text("baris {row}", row=2)])
    assert str(outer) == "Paket 'a.kinerja' ditolak: berkas terpotong.\n  - baris 2"
    table = {"berkas terpotong": "file cut short", "Paket '{name}' ditolak: {exc}.": "Package '{name}' refused: {exc}.",
             "baris {row}": "row {row}"}
    assert render(outer, table.get) == "Package 'a.kinerja' refused: file cut short.\n  - row 2"
    assert render(joined([Text("baris {row}", row=1), inner]), table.get) == "row 1; file cut short"


def test_the_window_catalogue_is_complete_and_compiled(tmp_path):
    """Every text of the window has a finished English translation under the class that shows it
    (a lower-case context such as ``parent`` is a ``x.tr()`` that no catalogue ever matches), and
    the .qm shipped is the one compiled from the .ts."""
    import re
    import shutil
    import subprocess
    from xml.etree import ElementTree

    ts = ROOT / "resources" / "translations" / "kinerja_en.ts"
    root = ElementTree.parse(ts).getroot()
    contexts = [c.findtext("name") for c in root.findall("context")]
    assert all(re.fullmatch(r"[A-Z]\w+", name) for name in contexts), contexts
    unfinished = [(c.findtext("name"), m.findtext("source")) for c in root.findall("context")
                  for m in c.findall("message") if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    if shutil.which("pyside6-lrelease"):
        fresh = tmp_path / "kinerja_en.qm"
        subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run: python tools/build_ui.py"
