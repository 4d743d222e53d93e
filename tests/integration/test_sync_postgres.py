"""The province database on PostgreSQL, through the same SQLAlchemy code (issue 5, point 2).

Runs when KINERJA_TEST_PG names an empty database the test may wipe (`.ci/run` starts a
PostgreSQL server and sets it); skipped otherwise."""

import os

import pytest
from sqlalchemy import create_engine, select, text

from kinerja_desktop.errors import UserError
from kinerja_desktop.services import info as info_service
from kinerja_desktop.services.units import update_unit
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.store.models import Unit
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


def test_round_trip_with_a_postgresql_province(pg_province, tmp_path):
    world = copy_world(build_templates(tmp_path / "templates"), tmp_path / "world")
    # the district trusted the SQLite province of the templates: moving to this one is a key
    # change, made the way an operator makes it, repeating the fingerprint read out by phone
    published = province.publish(pg_province, passphrase=PASS)
    with pytest.raises(district.TrustChange) as change:
        district.trust_province(world.district, ACTOR, published, file_name="p")
    district.trust_province(world.district, ACTOR, published, file_name="p", replace_fingerprint=change.value.offered)
    province.enrol(pg_province, ACTOR, world.files["pub"].read_text(), office=OFFICE)
    path = world.export()
    first = world.import_(path, db=pg_province)
    assert first.status == "Diterapkan"
    assert world.import_(path, db=pg_province).receipts == first.receipts
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
