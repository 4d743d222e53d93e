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
