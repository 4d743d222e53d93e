"""The package format without a database: canonical JSON, minisign signatures, the strict
container, and a reader that refuses every altered byte (docs/sync-format.md)."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kinerja_desktop.crypto import minisign
from kinerja_desktop.sync import container, package, payload, reader
from kinerja_desktop.sync.canon import JsonRefused, canonical, strict_loads
from kinerja_desktop.sync.package import PackageRefused

UUID = "0f8fad5b-d9cb-469f-a165-70867728950e"


def test_canonical_json_follows_rfc8785():
    assert canonical({"b": 1, "a": [True, None, "é\n"], "c": 1.0}) == '{"a":[true,null,"é\\n"],"b":1,"c":1}'.encode()
    numbers = [1e21, 1e-7, 1e-6, 123.456, -0.5, 1.5e300, 5e-324, 333333333.33333329, 1e20, 0.1]
    assert canonical(numbers) == b"[1e+21,1e-7,0.000001,123.456,-0.5,1.5e+300,5e-324,333333333.3333333,100000000000000000000,0.1]"
    # RFC 8785 sorts keys by UTF-16 code units: U+10000 sorts before U+FFFD there, after it by code point.
    assert canonical({"\ufffd": 1, "\U00010000": 2}) == '{"\U00010000":2,"\ufffd":1}'.encode()
    with pytest.raises(ValueError):
        canonical(float("nan"))


@pytest.mark.parametrize("text, reason", [
    (b'{"a":1,"a":2}', "dua kali"),
    (b'{"a":NaN}', "NaN"),
    (b'[Infinity]', "Infinity"),
    (b"[" * 40 + b"]" * 40, "bersarang"),
    (b'{"a":"\xff"}', "UTF-8"),
    (b'{"a":1', "JSON"),
])
def test_strict_json_refuses(text, reason):
    with pytest.raises(JsonRefused, match=reason):
        strict_loads(text, max_bytes=1000)


def test_strict_json_refuses_long_input():
    with pytest.raises(JsonRefused, match="terlalu panjang"):
        strict_loads(b"[" + b"1," * 600 + b"1]", max_bytes=1000)


def test_minisign_sign_and_verify():
    seed, public = minisign.new_key()
    sig = minisign.sign(seed, public.key_id, b"isi", trusted_comment="kinerja test")
    assert minisign.verify(minisign.parse_public_key(public.text()), b"isi", sig) == "kinerja test"
    with pytest.raises(minisign.SignatureRefused, match="tidak cocok"):
        minisign.verify(public, b"isi lain", sig)
    _, other = minisign.new_key()
    with pytest.raises(minisign.SignatureRefused, match="bukan kunci"):
        minisign.verify(other, b"isi", sig)
    with pytest.raises(minisign.SignatureRefused, match="bentuk baku"):
        minisign.verify(public, b"isi", sig.replace("\n", "\r\n"))


def signer() -> package.Signer:
    seed, public = minisign.new_key()
    return package.Signer(seed, public)


def small_package(key: package.Signer, records=None) -> bytes:
    records = records if records is not None else [
        {"kind": "unit", "uuid": UUID, "version": 1, "owner": "1201", "data": {"name": "Dinas"}}]
    manifest = {"type": "package", "id": UUID, "office": "1201", "province": "12", "sequence": 1,
                "previous": "", "full": False, "changes": {"from": 0, "to": 1}, "app": "t", "schema": "t",
                "created_at": "2026-11-22T10:00:00+07:00", "reply_to": "",
                "counts": {"unit": len(records)}, "encrypted": False}
    raw = payload.records_bytes(records)
    manifest["sizes"] = payload.sizes_of(raw, {})
    return package.build(manifest, payload.pack(raw, {}, header={}, to=None), key)


def read_back(data: bytes, public) -> reader.Body:
    opened = package.open_bytes(data)
    package.verify(opened, public)
    return reader.unpack(opened, identities=[], kinds=frozenset({"unit"}))


def test_package_round_trip_and_standard_zip():
    import io
    import zipfile

    key = signer()
    data = small_package(key)
    assert read_back(data, key.public).records[0]["data"] == {"name": "Dinas"}
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert names == ["mimetype", "manifest.json", "manifest.json.minisig", "records.jsonl"]


def test_every_altered_byte_is_refused():
    """Flip each byte of a whole package in turn: every single one is refused."""
    key = signer()
    data = small_package(key)
    accepted = []
    for i in range(len(data)):
        for flip in (0x01, 0x80):
            mutated = data[:i] + bytes([data[i] ^ flip]) + data[i + 1:]
            try:
                read_back(mutated, key.public)
            except PackageRefused:
                continue
            accepted.append((i, flip))
    assert accepted == []


def test_truncated_and_extended_files_are_refused():
    key = signer()
    data = small_package(key)
    for cut in (0, 10, len(data) // 2, len(data) - 1):
        with pytest.raises(PackageRefused):
            read_back(data[:cut], key.public)
    with pytest.raises(PackageRefused, match="akhir berkas"):
        read_back(data + b"\0", key.public)


def rebuilt(data: bytes, change) -> bytes:
    return container.write(change(container.read(data)))


@pytest.mark.parametrize("change, reason", [
    (lambda m: m + [("notes.txt", b"x")], "tidak diizinkan"),
    (lambda m: m + [m[-1]], "nama ganda"),
    (lambda m: m + [("evidence/../../etc/passwd", b"x")], "luar paket"),
    (lambda m: m + [("/etc/passwd", b"x")], "luar paket"),
    (lambda m: [m[1], m[0], *m[2:]], "anggota pertama"),
    (lambda m: m[:-1], "daftar anggota"),
])
def test_member_list_is_fixed(change, reason):
    key = signer()
    with pytest.raises(PackageRefused, match=reason):
        read_back(rebuilt(small_package(key), change), key.public)


def test_oversized_file_and_too_many_members_are_refused():
    key = signer()
    data = small_package(key)
    with pytest.raises(PackageRefused, match="terlalu besar"):
        package.open_bytes(data, limits=container.Limits(max_file=len(data) - 1))
    with pytest.raises(PackageRefused, match="terlalu banyak"):
        package.open_bytes(data, limits=container.Limits(max_members=3))


@pytest.mark.parametrize("declared, reason", [
    (None, "termampatkan"),  # format 1: a fixed cap and the compression ratio
    (20 * 1024 * 1024, "paling banyak 64 KiB per rekaman"),  # format 2: the signed sizes, within the counts' budget
    (113, "manifest menyatakan 113"),  # format 2: more bytes than declared
])
def test_a_zip_bomb_inside_the_payload_is_refused(declared, reason):
    import io
    import zipfile

    import pyrage

    identity = pyrage.x25519.Identity.generate()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("header.json", canonical({"office": "1201", "id": UUID, "type": "package"}))
        zf.writestr("records.jsonl", b" " * (20 * 1024 * 1024))
    key = signer()
    manifest = json.loads(container.read(small_package(key))[1][1])
    for field in ("members", "format", "key_id"):  # filled in by build()
        del manifest[field]
    manifest["encrypted"] = True
    if declared is None:
        manifest["format"] = 1
        del manifest["sizes"]
    else:
        manifest["sizes"]["records"] = declared
    data = package.build(manifest, [("payload.age", pyrage.encrypt(inner.getvalue(), [identity.to_public()]))], key)
    opened = package.open_bytes(data)
    with pytest.raises(PackageRefused, match=reason):
        reader.unpack(opened, identities=[str(identity)], kinds=frozenset({"unit"}))


@pytest.mark.parametrize("line, reason", [
    (b'{"kind":"unit","kind":"unit"}', "dua kali"),
    (b'{"data":{"x":NaN},"kind":"unit","owner":"1201","uuid":"' + UUID.encode() + b'","version":1}', "NaN"),
    (b'{"data":' + b'{"a":' * 40 + b"1" + b"}" * 40 + b',"kind":"unit"}', "bersarang"),
    (b'{"data":{},"kind":"payroll","owner":"1201","uuid":"' + UUID.encode() + b'","version":1}', "bukan rekaman"),
    (b'{"data":{},"kind":"unit","owner":"1201","uuid":"../x","version":1}', "bukan rekaman"),
    (b'{"data": {}, "kind":"unit","owner":"1201","uuid":"' + UUID.encode() + b'","version":1}', "bentuk baku"),
    (b'{"kind":"unit","data":{},"owner":"1201","uuid":"' + UUID.encode() + b'","version":1}', "bentuk baku"),
])
@pytest.mark.parametrize("version", sorted(payload.RULES))
def test_malformed_record_lines_are_refused(line, reason, version):
    with pytest.raises(PackageRefused, match=reason):
        reader._parse(line, 1, payload.RULES[version], frozenset({"unit"}))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_fuzz_reader_with_arbitrary_bytes(data):
    try:
        package.open_bytes(data)
    except PackageRefused:
        pass


_KEY = signer()
_VALID = small_package(_KEY)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_VALID) - 1), st.integers(0, 255)), min_size=1, max_size=4),
       st.integers(0, len(_VALID)), st.binary(max_size=8))
def test_fuzz_reader_with_mutated_packages(edits, cut, inserted):
    data = bytearray(_VALID)
    for pos, value in edits:
        data[pos] = value
    data = bytes(data[:cut]) + inserted + bytes(data[cut:])
    try:
        read_back(data, _KEY.public)
    except PackageRefused:
        return
    assert data == _VALID  # accepted only when nothing was actually changed


@pytest.mark.parametrize("version", sorted(payload.RULES))
@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=600))
def test_fuzz_record_lines(data, version):
    try:
        for number, line in enumerate(data.split(b"\n"), 1):
            reader._parse(line, number, payload.RULES[version], frozenset({"unit"}))
    except PackageRefused:
        pass


def test_data_text_is_exactly_the_hashed_form_even_with_nested_kind_keys():
    data = {"kind": "perangkat daerah", "name": 'Dinas ,"kind":"x"', "sub": [{"kind": "y"}]}
    key = signer()
    body = read_back(small_package(key, [{"kind": "unit", "uuid": UUID, "version": 2, "owner": "1201",
                                          "data": data}]), key.public)
    assert body.data_texts == [payload.dumps_v2(data).decode()] and body.records[0]["data"] == data


def test_an_extra_top_level_field_is_refused():
    line = b'{"data":{},"extra":1,"kind":"unit","owner":"1201","uuid":"' + UUID.encode() + b'","version":1}'
    with pytest.raises(PackageRefused, match="bukan rekaman"):
        reader._parse(line, 1, payload.RULES[2], frozenset({"unit"}))


def test_the_body_is_deflated_by_isal(tmp_path):
    """records.jsonl goes through payload.deflater (ISA-L), not the zlib compressor zipfile made
    for it: what the writer relies on in zipfile's writer is still there."""
    import io
    import zipfile

    import pyrage
    from isal import isal_zlib

    identity = pyrage.x25519.Identity.generate()
    lines = [b'{"n":%d,"text":"%s"}' % (i, b"realisasi " * (i % 7)) for i in range(5000)]
    plain = b"\n".join(lines) + b"\n"
    assert len(plain) < 1 << 20  # one block, one compress call: the output is fixed
    writer = payload.BodyWriter(tmp_path, header={"office": "1201", "id": UUID, "type": "package"},
                                to=str(identity.to_public()))
    for line in lines:
        writer.add(line)
    (name, path), = writer.finish({})
    inner = zipfile.ZipFile(io.BytesIO(pyrage.decrypt(path.read_bytes(), [identity])))
    info = inner.getinfo("records.jsonl")
    expected = isal_zlib.compressobj(1, zipfile.ZIP_DEFLATED, -15)
    expected = expected.compress(plain) + expected.flush()
    assert inner.read("records.jsonl") == plain and info.compress_size == len(expected)
    assert info.compress_size != len(zlib_level_1(plain))


def zlib_level_1(data: bytes) -> bytes:
    import zlib

    deflate = zlib.compressobj(1, zlib.DEFLATED, -15)
    return deflate.compress(data) + deflate.flush()
