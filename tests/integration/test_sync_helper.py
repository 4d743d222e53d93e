"""A big package is read in a helper process beside the writing one (sync/helper.py). The same
records land, every refusal inside the body reads the same, and the helper never outlives the
import: finished, refused on either side, or killed. The demo packages here are small, so the
tests lower the size from which the helper is used."""

import multiprocessing
import os
import signal
import uuid as uuid_mod

import pytest
from sqlalchemy import select

from kinerja_desktop.errors import UserError
from kinerja_desktop.services import keys
from kinerja_desktop.store.models import ProvRecord
from kinerja_desktop.sync import helper, package, reader
from kinerja_desktop.sync.lines import line_of
from kinerja_desktop.sync.kinds import KINDS

from .sync_world import OFFICE, PASS, copy_world


@pytest.fixture
def through_helper(monkeypatch):
    monkeypatch.setattr(helper, "HELPER_BYTES", 0)
    yield
    assert multiprocessing.active_children() == []  # no helper left behind


def _records(db) -> list[tuple]:
    with db.read() as s:
        return s.execute(select(ProvRecord.uuid, ProvRecord.office, ProvRecord.kind, ProvRecord.key,
                                ProvRecord.version, ProvRecord.hash, ProvRecord.data)
                         .order_by(ProvRecord.uuid)).all()


def test_the_helper_writes_exactly_what_reading_in_process_writes(world, sync_templates, tmp_path, monkeypatch):
    path = world.export()
    alone = copy_world(sync_templates, tmp_path / "alone")
    in_process = alone.import_(path)
    monkeypatch.setattr(helper, "HELPER_BYTES", 0)
    helped = world.import_(path)
    assert multiprocessing.active_children() == []
    assert helped.message == in_process.message and "0 bentrok" in helped.message
    assert _records(world.province) == _records(alone.province) and len(_records(world.province)) > 1000
    alone.district.close(), alone.province.close()


def _units(n: int) -> list[dict]:
    return sorted(({"kind": "unit", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": OFFICE,
                    "data": {"name": f"u{i}"}} for i in range(n)), key=lambda r: r["uuid"])


def _refused(world, data: bytes, match: str) -> None:
    path = world.root / "paket.kinerja"
    path.write_bytes(data)
    before = world.state()
    with pytest.raises(UserError, match=match):
        world.import_(path)
    assert world.state() == before


def test_a_refusal_in_a_later_chunk_comes_through_the_helper(world, through_helper):
    units = _units(reader.CHUNK_RECORDS + 5)
    units[-1], units[-2] = units[-2], units[-1]  # out of order, past the first chunk
    _refused(world, world.forge(units), rf"baris {len(units)}: rekaman tidak berurutan")
    _refused(world, world.forge(_units(3), counts={"unit": 4}), "jumlah rekaman tidak sama")
    line = b'{"data":{"name":"x"}, "kind":"unit","owner":"1201","uuid":"%s","version":1}\n'
    _refused(world, world.forge([line % str(uuid_mod.uuid4()).encode()], counts={"unit": 1}), "bentuk baku")


def test_a_refusal_by_the_writer_ends_the_helper(world, through_helper):
    """The importer refuses the first chunk (a record of another office) while the helper is
    still reading: the helper ends with its pipe."""
    stranger = {**_units(1)[0], "owner": "3273"}
    units = sorted(_units(3 * reader.CHUNK_RECORDS) + [stranger], key=lambda r: r["uuid"])
    _refused(world, world.forge(units), "milik instansi '3273'")


def test_a_helper_that_dies_is_reported_and_nothing_is_written(world, through_helper):
    path = world.root / "paket.kinerja"
    path.write_bytes(world.forge(_units(3 * reader.CHUNK_RECORDS)))
    with world.province.read() as s:
        identity = keys.identity(s, keys.PROVINCE_AGE, PASS)
    with open(path, "rb") as f:
        opened = package.open_file(f)
        with reader.stream(opened, identities=[identity], kinds=KINDS) as body:
            chunks = helper.summaries(body, line_of)
            assert len(next(chunks)) == reader.CHUNK_RECORDS
            (child,) = multiprocessing.active_children()
            os.kill(child.pid, signal.SIGKILL)
            with pytest.raises(UserError, match="berhenti tiba-tiba"):
                list(chunks)


def test_a_helper_started_ahead_ends_when_the_package_is_refused_before_its_body(world, through_helper, monkeypatch):
    """The helper starts before the key is unsealed and the package checked; a package refused
    there (an office the province never enrolled) never gives it a job, and it ends with the
    import."""
    started = []
    monkeypatch.setattr(helper.Helper, "__init__", lambda self, start=helper.Helper.__init__: (
        started.append(self), start(self))[1])
    _refused(world, world.forge(_units(3), office="3273"), "3273")
    assert len(started) == 1 and started[0].process.exitcode is not None


def test_the_helper_reads_without_the_database_layer():
    """What a helper imports (a third of a second a package with SQLAlchemy)."""
    code = ("import sys, kinerja_desktop.sync.helper, kinerja_desktop.sync.lines; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')))")
    import subprocess
    import sys
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "[]\n"
