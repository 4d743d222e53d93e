"""The province database on PostgreSQL, through the same SQLAlchemy code (issue 5, point 2).

Runs when KINERJA_TEST_PG names an empty database the test may wipe (`.ci/run` starts a
PostgreSQL server and sets it); skipped otherwise."""

import os
import uuid

import pytest
from sqlalchemy import create_engine, select, text

from kinerja_desktop.errors import UserError
from kinerja_desktop.services import info as info_service
from kinerja_desktop.services.units import update_unit
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.store.models import ProvRecord, Unit
from kinerja_desktop.sync import consolidate, district, inbox, province

from .sync_world import ACTOR, OFFICE, PASS, build_templates, copy_world

URL = os.environ.get("KINERJA_TEST_PG")
pytestmark = pytest.mark.skipif(not URL, reason="KINERJA_TEST_PG is not set (CI sets it)")


@pytest.fixture
def pg_province():
    engine = create_engine(URL)
    with engine.begin() as conn:  # a clean database for each run
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    db = open_database(URL)
    province.init_province(db, ACTOR, code="12", name="Provinsi PostgreSQL", passphrase=PASS)
    yield db
    db.close()


def _district_of(pg_province, tmp_path):
    """A demo district enrolled at the PostgreSQL province and trusting it."""
    world = copy_world(build_templates(tmp_path / "templates"), tmp_path / "world")
    # the district trusted the SQLite province of the templates: moving to this one is a key
    # change, made the way an operator makes it, repeating the fingerprint read out by phone
    published = province.publish(pg_province, passphrase=PASS)
    with pytest.raises(district.TrustChange) as change:
        district.trust_province(world.district, ACTOR, published, file_name="p")
    district.trust_province(world.district, ACTOR, published, file_name="p", replace_fingerprint=change.value.offered)
    province.enrol(pg_province, ACTOR, world.files["pub"].read_text(), office=OFFICE)
    return world


def test_round_trip_with_a_postgresql_province(pg_province, tmp_path):
    world = _district_of(pg_province, tmp_path)
    path = world.export()
    first = world.import_(path, db=pg_province)
    assert first.status == "Diterapkan"
    assert world.import_(path, db=pg_province).receipts == first.receipts
    with pg_province.read() as s:  # the records came through binary COPY, big ones compressed with lz4
        lz4 = "lz4" in s.scalar(text("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'"))
        methods = set(s.scalars(text("SELECT DISTINCT pg_column_compression(data) FROM prov_record")))
        assert methods - {None} == ({"lz4"} if lz4 else {"pglz"})
        assert s.scalar(text("SHOW default_toast_compression")) == "pglz"  # for this transaction only
    applied = inbox.import_from_province(world.district, ACTOR, first.receipts[0][1], file_name="r")
    assert applied.changed
    consolidated, local = info_service.database_info(pg_province), info_service.database_info(world.district)
    assert (consolidated.employees, consolidated.skps, consolidated.evaluations, consolidated.rhk) == \
        (local.employees, local.skps, local.evaluations, local.rhk)
    with world.district.read() as s:  # a change the province must find among what it holds
        unit = s.scalars(select(Unit).where(Unit.parent_id.is_not(None)).order_by(Unit.id)).first()
    update_unit(world.district, ACTOR, unit.id, name=unit.name + " (baru)", parent_id=unit.parent_id)
    second = world.import_(world.export(), db=pg_province)
    assert second.status == "Diterapkan" and "0 baru, 1 diperbarui" in second.message
    tampered = bytearray(world.export().read_bytes())
    tampered[len(tampered) // 2] ^= 1
    before = world.state(pg_province)
    with pytest.raises(UserError, match="ditolak"):
        consolidate.import_package(pg_province, ACTOR, bytes(tampered), passphrase=PASS, file_name="x")
    assert world.state(pg_province) == before
    assert province.districts(pg_province)[0].last_sequence == 2
    world.district.close(), world.province.close()


def test_a_first_package_claiming_a_record_of_another_office_is_refused(pg_province, tmp_path):
    """A first package is written without looking up its own records (nothing of that office
    can be held yet): the unique index refuses a uuid another office holds, inside COPY, and
    the refusal still names the holder; nothing is written."""
    world = _district_of(pg_province, tmp_path)
    world.import_(world.export(), db=pg_province)
    with pg_province.read() as s:
        taken = s.scalar(select(ProvRecord.uuid).where(ProvRecord.kind == "unit").order_by(ProvRecord.uuid))
    other = world.another_office(tmp_path / "kota", "1271", pg_province)
    units = [{"kind": "unit", "uuid": str(uuid.uuid4()), "version": 1, "owner": "1271", "data": {"name": f"u{i}"}}
             for i in range(50)] + [{"kind": "unit", "uuid": taken, "version": 9, "owner": "1271", "data": {"name": "x"}}]
    path = tmp_path / "rebutan.kinerja"
    path.write_bytes(world.forge(sorted(units, key=lambda r: r["uuid"]), office="1271", signer_db=other.district))
    before = world.state(pg_province)
    with pytest.raises(UserError, match="milik instansi '1201'"):
        world.import_(path, db=pg_province)
    assert world.state(pg_province) == before
    other.district.close(), other.province.close(), world.district.close(), world.province.close()
