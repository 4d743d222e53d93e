"""Every attack of issue 5, each refused with a clear message, exit 1, and nothing changed."""

import shutil
import uuid as uuid_mod

import pytest
from sqlalchemy import func, select

from kinerja_desktop.cli import main
from kinerja_desktop.errors import UserError
from kinerja_desktop.store.migrate import open_database
from kinerja_desktop.store.models import ProvRecord
from kinerja_desktop.sync import container, district, inbox, province
from kinerja_desktop.sync.canon import MAX_DEPTH

from .sync_world import ACTOR, OFFICE, PASS, copy_world


def refused(world, data: bytes, match: str, *, name: str = "paket.kinerja") -> str:
    """Import it: refused with a message naming the file and the reason, and the province
    database exactly as it was (the command line's exit 1 is test_cli_refusal_exit_code...)."""
    path = world.root / name
    path.write_bytes(data)
    before = world.state()
    with pytest.raises(UserError, match=match) as err:
        world.import_(path)
    assert world.state() == before
    return str(err.value)


def test_cli_refusal_exit_code_and_message(world, capsys, monkeypatch):
    path = world.export()
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    monkeypatch.setenv("KINERJA_PASSPHRASE", PASS)
    before = world.state()
    code = main(["--db", str(world.files["province"]), "sync", "import", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and str(path) in err and "Tidak ada yang diubah" in err and "Traceback" not in err
    assert main(["--db", str(world.files["province"]), "sync", "verify", str(path)]) == 1
    assert world.state() == before


@pytest.mark.parametrize("where", ["manifest", "payload", "signature", "header", "central", "end"])
def test_altered_byte(world, where):
    data = bytearray(world.export().read_bytes())
    spots = {"manifest": data.index(b'"sequence":1') + 11, "payload": len(data) // 2,
             "signature": data.index(b"trusted comment") + 20, "header": 8,
             "central": data.rindex(b"PK\x01\x02") + 10, "end": len(data) - 3}
    data[spots[where]] ^= 0x01
    refused(world, bytes(data), "ditolak")


def test_truncated_file(world):
    data = world.export().read_bytes()
    refused(world, data[: len(data) - 100], "terpotong|akhir berkas|tidak sesuai")


def test_wrong_key(world, tmp_path):
    """A package signed by a key other than the one enrolled for its office."""
    other = copy_world({k: v for k, v in world.files.items()}, tmp_path / "impostor")
    with other.district.transaction() as s:
        from kinerja_desktop.store.models import SyncKey

        for key in s.scalars(select(SyncKey)):
            s.delete(key)
    district.init_keys(other.district, ACTOR, office_code=OFFICE, passphrase=PASS)
    refused(world, other.export().read_bytes(), "bukan kunci terdaftar")
    other.district.close(), other.province.close()


def test_unenrolled_office(world):
    data = world.forge([], office="9999")
    refused(world, data, "belum terdaftar")


def test_revoked_key(world):
    province.revoke(world.province, ACTOR, office=OFFICE)
    refused(world, world.export().read_bytes(), "dicabut")


def test_package_for_another_province(world, tmp_path):
    other = open_database(str(tmp_path / "lain.sqlite3"))
    province.init_province(other, ACTOR, code="33", name="Provinsi Lain", passphrase=PASS)
    province.enrol(other, ACTOR, world.files["pub"].read_text(), office=OFFICE)
    path = world.export()
    with pytest.raises(UserError, match="bukan provinsi ini"):
        world.import_(path, db=other)
    other.close()


def test_replay_of_an_older_package_with_other_content(world, tmp_path):
    """A district restored from a backup exports sequence 2 again with different content."""
    backup = tmp_path / "backup.sqlite3"
    world.import_(world.export())
    world.district.close()
    shutil.copy(world.files["district"], backup)
    world.district = open_database(str(world.files["district"]))
    world.import_(world.export())
    world.import_(world.export())  # the province is now at 3
    restored = open_database(str(backup))
    fork = district.export_package(restored, ACTOR, passphrase=PASS, out_dir=tmp_path, full=True)
    assert fork.sequence == 2
    refused(world, fork.path.read_bytes(), "sudah dipakai paket lain")
    restored.close()


def test_fork_at_the_next_sequence(world, tmp_path):
    world.import_(world.export())
    forged = world.forge([], sequence=2, previous="0" * 64)
    refused(world, forged, "tidak menyambung")


def test_same_id_with_other_bytes(world):
    path = world.export()
    world.import_(path)
    from kinerja_desktop.sync import package

    manifest = package.open_bytes(path.read_bytes()).manifest
    forged = world.forge([], sequence=1)
    forged_manifest = package.open_bytes(forged).manifest
    assert forged_manifest["id"] != manifest["id"]
    refused(world, forged, "sudah dipakai")


@pytest.mark.parametrize("change, match", [
    (lambda m: m + [("notes.txt", b"x")], "tidak diizinkan"),
    (lambda m: m + [m[-1]], "nama ganda"),
    (lambda m: m + [("evidence/../../../etc/passwd", b"x")], "luar paket"),
    (lambda m: m[:3] + [("payload.age\n", m[3][1])], "tidak diizinkan"),
    (lambda m: m[:3] + [("evidence/" + "0" * 64, b"x"), ("records.jsonl", b"")], "urutan anggota"),
    (lambda m: m[:3] + [("records.jsonl", b""), ("evidence/" + "1" * 64, b"x"), ("evidence/" + "0" * 64, b"x")],
     "urutan anggota"),
    (lambda m: m[:3] + [("payload.age", m[3][1]), ("records.jsonl", b"")], "urutan anggota"),
])
def test_extra_duplicate_and_traversal_members(world, change, match):
    data = world.export().read_bytes()
    refused(world, container.write(change(container.read(data))), match)


def test_over_compressed_member(world):
    bomb = b'{"data":{"name":"' + b"a" * (8 * 1024 * 1024) + b'"},"kind":"unit","owner":"1201","uuid":"'
    bomb += str(uuid_mod.uuid4()).encode() + b'","version":1}\n'
    refused(world, world.forge([bomb], counts={"unit": 1}), "terlalu termampatkan|terlalu panjang|per rekaman")


@pytest.mark.parametrize("line, match", [
    (b'{"data":{},"data":{},"kind":"unit","owner":"1201","uuid":"%s","version":1}\n', "dua kali"),
    (b'{"data":{"x":NaN},"kind":"unit","owner":"1201","uuid":"%s","version":1}\n', "NaN"),
    (b'{"data":' + b'{"a":' * 50 + b"1" + b"}" * 50 + b',"kind":"unit","owner":"1201","uuid":"%s","version":1}\n',
     "bersarang"),
    (b'{"data":' + b'{"a":[' * 3000 + b"1" + b"]}" * 3000 + b',"kind":"unit","owner":"1201","uuid":"%s","version":1}\n',
     "bersarang"),  # beyond what orjson parses at all
])
def test_malformed_json(world, line, match):
    refused(world, world.forge([line % str(uuid_mod.uuid4()).encode()], counts={"unit": 1}), match)


def test_many_brackets_are_not_depth(world):
    """One level more than MAX_DEPTH is refused; more than MAX_DEPTH brackets side by side nest
    only a few levels and are imported."""
    deep: dict = {}
    for _ in range(MAX_DEPTH - 1):  # the record, its data and 30 levels more: MAX_DEPTH + 1
        deep = {"a": deep}
    record = {"kind": "unit", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": "1201", "data": deep}
    refused(world, world.forge([record]), "bersarang")
    wide = {**record, "data": {"name": "x", "parts": [{"n": i} for i in range(3 * MAX_DEPTH)]}}
    path = world.root / "lebar.kinerja"
    path.write_bytes(world.forge([wide]))
    assert world.import_(path).status == "Diterapkan"


def test_records_owned_by_another_office(world):
    record = {"kind": "unit", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": "3273", "data": {"name": "x"}}
    refused(world, world.forge([record]), "milik instansi '3273'")


def test_record_already_owned_by_another_district(world, tmp_path):
    world.import_(world.export())
    with world.province.read() as s:
        taken = s.scalar(select(ProvRecord.uuid).where(ProvRecord.kind == "unit"))
    other = world.another_office(tmp_path / "kota", "1271")  # another kota of the same province
    record = {"kind": "unit", "uuid": taken, "version": 9, "owner": "1271", "data": {"name": "rebutan"}}
    refused(world, world.forge([record], office="1271", signer_db=other.district), "milik instansi '1201'")
    other.district.close(), other.province.close()


def test_record_counts_must_match_the_manifest(world):
    record = {"kind": "unit", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": OFFICE, "data": {"name": "x"}}
    refused(world, world.forge([record], counts={"unit": 2}), "jumlah rekaman")


def test_a_receipt_is_refused_by_the_province_and_a_package_by_the_district(world):
    imported = world.import_(world.export())
    refused(world, imported.receipts[0][1], "bukan paket kabupaten/kota")
    with pytest.raises(UserError, match="diimpor di basis data provinsi"):
        inbox.import_from_province(world.district, ACTOR, world.export().read_bytes(), file_name="p")


def test_forged_receipt_is_refused_by_the_district(world, tmp_path):
    """The genuine receipt re-signed by a province key the district never trusted."""
    from kinerja_desktop.services import keys
    from kinerja_desktop.sync import package

    genuine = package.open_bytes(world.import_(world.export()).receipts[0][1]).manifest
    other = open_database(str(tmp_path / "palsu.sqlite3"))
    province.init_province(other, ACTOR, code="12", name="Palsu", passphrase=PASS)
    with other.read() as s:
        fake = keys.signer(s, keys.PROVINCE_SIGN, PASS)
    forged = package.build({k: v for k, v in genuine.items() if k not in ("members", "format", "key_id")}, [], fake)
    with pytest.raises(UserError, match="tanda tangan ditolak"):
        inbox.import_from_province(world.district, ACTOR, forged, file_name="palsu")
    assert [r.status for r in district.outbox(world.district)] == ["Menunggu"]
    other.close()


def test_district_refuses_a_tampered_province_trust_file(world):
    data = bytearray(world.files["trust"].read_bytes())
    data[data.index(b"Provinsi Uji")] ^= 0x01
    with pytest.raises(UserError, match="ditolak"):
        district.trust_province(world.district, ACTOR, bytes(data), file_name="province.kinerja")


def test_another_province_key_is_not_trusted_silently(world, tmp_path):
    """An impostor's file for the same province code: refused, nothing changed, and replaced
    only when asked explicitly with the new fingerprint (audited); then the export is for it."""
    from kinerja_desktop.store.models import AuditEntry, SyncTrust

    impostor = open_database(str(tmp_path / "palsu" / "provinsi.sqlite3"))
    province.init_province(impostor, ACTOR, code="12", name="Provinsi Palsu", passphrase=PASS)
    offer = province.publish(impostor, passphrase=PASS)
    before = district.trusted(world.district)
    with world.district.read() as s:
        audit_before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(district.TrustChange) as refused:
        district.trust_province(world.district, ACTOR, offer, file_name="palsu.kinerja")
    assert before.fingerprint in str(refused.value) and refused.value.offered in str(refused.value)
    with pytest.raises(district.TrustChange):  # a wrong fingerprint is no confirmation
        district.trust_province(world.district, ACTOR, offer, file_name="palsu.kinerja",
                                replace_fingerprint=before.fingerprint)
    assert district.trusted(world.district) == before
    with world.district.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == audit_before
        assert s.scalar(select(func.count()).select_from(SyncTrust)) == 1
    typed = refused.value.offered.lower().replace(" ", "")  # as read out by phone
    row = district.trust_province(world.district, ACTOR, offer, file_name="palsu.kinerja", replace_fingerprint=typed)
    assert row.fingerprint == refused.value.offered and row.name == "Provinsi Palsu"
    with world.district.read() as s:
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).offset(1).limit(1)) == "sync.trust_replace"
    impostor.close()


@pytest.mark.parametrize("record, reason", [
    ({"kind": "unit", "uuid": str(uuid_mod.uuid4()) + "\n", "version": 1, "owner": OFFICE, "data": {"name": "x"}},
     "bukan rekaman yang sah"),  # a trailing newline passed a `$` match
    ({"kind": "unit", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": OFFICE + "\n", "data": {"name": "x"}},
     "bukan rekaman yang sah"),
    ({"kind": "unit", "uuid": str(uuid_mod.uuid4()), "version": 2 ** 63, "owner": OFFICE, "data": {"name": "x"}},
     "bukan rekaman yang sah"),  # an integer no database column holds
])
def test_identifiers_and_integers_must_be_exact(world, record, reason):
    refused(world, world.forge([record]), reason)


def _unit(**fields) -> dict:
    return {"kind": "unit", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": OFFICE, "data": {"name": "x"},
            **fields}


@pytest.mark.parametrize("records, reason", [
    ([_unit(version=0)], "bukan rekaman yang sah"),
    ([_unit(version=True)], "bukan rekaman yang sah"),
    ([_unit(version=-1)], "bukan rekaman yang sah"),
    ([_unit(version=1.0)], "bukan rekaman yang sah"),
    ([_unit(data=["name", "x"])], "bukan rekaman yang sah"),
    ([_unit(owner="")], "bukan rekaman yang sah"),
    ([_unit(owner=1201)], "bukan rekaman yang sah"),
    ([_unit(), _unit(owner="12 01")], "baris 2: bukan rekaman yang sah"),  # after a valid owner
    ([_unit(uuid=str(uuid_mod.uuid4()).upper())], "bukan rekaman yang sah"),
    ([_unit(kind="payroll")], "bukan rekaman yang sah"),
    ([_unit(extra=1)], "bukan rekaman yang sah"),
    ([{k: v for k, v in _unit().items() if k != "owner"}], "bukan rekaman yang sah"),
])
def test_every_field_of_a_line_is_checked_on_the_reading_path(world, records, reason):
    """Stream.chunks writes the line checks out for the line that passes them; each failure
    still reaches the refusal that names it (reader._parse)."""
    refused(world, world.forge(records, counts={"unit": len(records)}), reason)


def test_an_integer_beyond_64_bits_is_refused_by_name(world):
    line = (b'{"data":{"name":"x"},"kind":"unit","owner":"1201","uuid":"' + str(uuid_mod.uuid4()).encode()
            + b'","version":18446744073709551616}\n')
    refused(world, world.forge([line], counts={"unit": 1}), "64 bit|bukan rekaman yang sah")


def test_reference_data_is_applied_in_order(world, tmp_path):
    """A reference file that skips ahead (or claims sequence 2^63) is refused, so it can never
    block the files that follow it."""
    from kinerja_desktop.sync import reference

    world.import_(world.export())  # the province learns the district's age recipient
    roster = tmp_path / "koreksi.csv"
    with world.district.read() as s:
        from kinerja_desktop.store.models import Employee

        nip = s.scalar(select(Employee.nip).limit(1))
    roster.write_text(f"nip,jabatan\n{nip},Jabatan Koreksi\n", encoding="utf-8")
    files = [reference.build(world.province, ACTOR, office=OFFICE, roster=roster, org=None, passphrase=PASS) for _ in range(2)]
    second_name, second = files[1]
    with pytest.raises(UserError, match="nomor 1 belum diimpor"):
        inbox.import_from_province(world.district, ACTOR, second, file_name=second_name, passphrase=PASS)
    first_name, first = files[0]
    assert inbox.import_from_province(world.district, ACTOR, first, file_name=first_name, passphrase=PASS).changed
    assert inbox.import_from_province(world.district, ACTOR, second, file_name=second_name, passphrase=PASS).changed


def test_a_record_pointing_into_another_office_is_refused(world, tmp_path):
    """Kota 1271 sends an employee placed in a unit of kabupaten 1201 (and an SKP naming 1201's
    employee): refused, nothing changed."""
    world.import_(world.export())
    with world.province.read() as s:
        their_unit = s.scalar(select(ProvRecord.uuid).where(ProvRecord.kind == "unit"))
        their_employee = s.scalar(select(ProvRecord.uuid).where(ProvRecord.kind == "employee"))
    other = world.another_office(tmp_path / "kota", "1271")
    moved = {"kind": "employee", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": "1271",
             "data": {"nama": "Pindahan", "unit": their_unit, "atasan": None}}
    refused(world, world.forge([moved], office="1271", signer_db=other.district), "unit menunjuk rekaman")
    skp = {"kind": "skp", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": "1271",
           "data": {"employee": their_employee, "penilai": None, "year": 2026}}
    refused(world, world.forge([skp], office="1271", signer_db=other.district), "milik instansi '1201'")
    other.district.close(), other.province.close()


def _forge_inner(world, package_id: str, members: list[tuple[str, bytes]], *, comment: bytes = b"",
                 prefix: bytes = b"", extra: bytes = b"", tamper=None, counts: int = 1) -> bytes:
    """A package whose encrypted inner ZIP is written by hand, as a hostile district could
    (deflated when ``tamper`` is given, which may then change its bytes)."""
    import io
    import zipfile

    import pyrage

    from kinerja_desktop.services import keys
    from kinerja_desktop.sync import package, payload

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if tamper else zipfile.ZIP_STORED
            info.extra = extra
            zf.writestr(info, data)
        zf.comment = comment
    with world.district.read() as s:
        signer = keys.signer(s, keys.DISTRICT_SIGN, PASS)
    manifest = {"type": "package", "id": package_id, "office": OFFICE, "province": "12", "sequence": 1,
                "previous": "", "full": False, "changes": {"from": 0, "to": 1}, "app": "t", "schema": "t",
                "created_at": "2026-11-22T10:00:00+07:00", "reply_to": "", "encrypted": True, "counts": {"unit": counts},
                "sizes": {"records": sum(len(d) for n, d in members if n == "records.jsonl"), "evidence": 0}}
    recipient = payload.recipient(district.trusted(world.district).recipient)
    inner = tamper(buffer.getvalue()) if tamper else buffer.getvalue()
    return package.build(manifest, [("payload.age", pyrage.encrypt(prefix + inner, [recipient]))], signer)


def _unit_line(n: int = 1) -> bytes:
    from kinerja_desktop.sync import payload

    return payload.records_bytes([{"kind": "unit", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": OFFICE,
                                   "data": {"name": f"x{i}"}} for i in range(n)])


def _wrong_crc(inner: bytes) -> bytes:
    """records.jsonl's CRC-32 changed in its local header and in the directory alike."""
    import io
    import struct
    import zipfile

    crc = zipfile.ZipFile(io.BytesIO(inner)).getinfo("records.jsonl").CRC
    assert inner.count(struct.pack("<I", crc)) == 2
    return inner.replace(struct.pack("<I", crc), struct.pack("<I", crc ^ 1))


def _flipped_deflate(inner: bytes) -> bytes:
    """A byte in the middle of records.jsonl's deflated data changed."""
    import io
    import zipfile

    info = zipfile.ZipFile(io.BytesIO(inner)).getinfo("records.jsonl")
    at = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    return inner[:at] + bytes([inner[at] ^ 0x55]) + inner[at + 1:]


@pytest.mark.parametrize("tamper, reason", [
    (_wrong_crc, "records.jsonl' di dalam isi terenkripsi rusak"),
    (_flipped_deflate, "rusak|baris"),  # the inflater refuses it, or a line, or the CRC does
])
def test_a_damaged_deflated_body_is_refused(world, tamper, reason):
    from kinerja_desktop.sync import payload

    package_id = str(uuid_mod.uuid4())
    header = payload.canonical({"office": OFFICE, "id": package_id, "type": "package"})
    lines = _unit_line(200)
    members = [("header.json", header), ("records.jsonl", lines)]
    refused(world, _forge_inner(world, package_id, members, tamper=tamper, counts=200), reason)
    path = world.root / "utuh.kinerja"  # the same body untampered is imported
    path.write_bytes(_forge_inner(world, package_id, members, tamper=lambda inner: inner, counts=200))
    assert world.import_(path).status == "Diterapkan"


@pytest.mark.parametrize("trick, reason", [
    ("comment", "komentar"), ("prefix", "di luar anggotanya"), ("extra", "komentar atau medan tambahan"),
    ("order", "urutan paket"),
])
def test_the_inner_zip_must_be_exactly_as_written(world, trick, reason):
    from kinerja_desktop.sync import payload

    package_id = str(uuid_mod.uuid4())
    header = payload.canonical({"office": OFFICE, "id": package_id, "type": "package"})
    members = [("header.json", header), ("records.jsonl", _unit_line())]
    if trick == "order":
        members.reverse()
    data = _forge_inner(world, package_id, members, comment=b"hai" if trick == "comment" else b"",
                        prefix=b"JUNK" * 4 if trick == "prefix" else b"",
                        extra=b"\x99\x99\x00\x00" if trick == "extra" else b"")
    refused(world, data, reason)


def test_evidence_no_record_names_is_refused(world):
    evidence = b"%PDF-1.4 bukti yang tidak dirujuk"
    import hashlib

    sha = hashlib.sha256(evidence).hexdigest()
    record = {"kind": "unit", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": OFFICE, "data": {"name": "x"}}
    from kinerja_desktop.services import keys
    from kinerja_desktop.sync import package, payload

    with world.district.read() as s:
        signer = keys.signer(s, keys.DISTRICT_SIGN, PASS)
    manifest = {"type": "package", "id": str(uuid_mod.uuid4()), "office": OFFICE, "province": "12", "sequence": 1,
                "previous": "", "full": False, "changes": {"from": 0, "to": 1}, "app": "t", "schema": "t",
                "created_at": "2026-11-22T10:00:00+07:00", "reply_to": "", "encrypted": False,
                "counts": {"unit": 1}}
    raw = payload.records_bytes([record])
    manifest["sizes"] = payload.sizes_of(raw, {sha: evidence})
    body = payload.pack(raw, {sha: evidence}, header={}, to=None)
    refused(world, package.build(manifest, body, signer), "tidak dirujuk")


def _units(n: int) -> list[dict]:
    return [{"kind": "unit", "uuid": str(uuid_mod.uuid4()), "version": 1, "owner": OFFICE, "data": {"name": f"u{i}"}}
            for i in range(n)]


def test_the_same_record_twice_is_refused(world):
    record = _units(1)[0]
    refused(world, world.forge([record, record]), "muncul dua kali")


def test_one_uuid_for_two_kinds_is_refused(world):
    unit = _units(1)[0]
    office = {**unit, "kind": "office", "data": {"name": "x"}}
    refused(world, world.forge([office, unit]), "muncul dua kali")


def test_records_out_of_order_are_refused(world):
    """Format 2 carries records in kind order and uuid order, so the province finds a repeat
    without remembering every uuid; a package that breaks the order is refused by line."""
    from kinerja_desktop.sync import payload

    first, second = sorted(_units(2), key=lambda r: r["uuid"])
    lines = [payload.records_bytes([second]), payload.records_bytes([first])]
    refused(world, world.forge(lines, counts={"unit": 2}), "baris 2: rekaman tidak berurutan")


def test_a_format_1_package_from_an_older_district_still_imports(world, tmp_path):
    """A package written by the program before format 2 (tests/data/sync, made by commit 940549e
    from a 30-staff demo, unencrypted) is verified and applied by this province."""
    from pathlib import Path

    data = Path(__file__).parent.parent / "data" / "sync"
    province.enrol(world.province, ACTOR, (data / "1299.pub").read_text(), office="1299")
    package = shutil.copy(data / "1299-000001.kinerja", tmp_path / "1299-000001.kinerja")
    result = world.import_(package)
    assert result.status == "Diterapkan" and "1309 baru" in str(result.message), result.message
    assert world.import_(package).status == "Sudah diimpor"
