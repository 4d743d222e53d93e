"""keys, sync and province commands (design.md sections 4 and 5)."""

import getpass
import json
import os
import sys
from pathlib import Path

from ..errors import UserError
from ..files import write_atomically
from ..services.context import cli_actor
from ..sync import conflicts, consolidate, district, inbox, province, reference
from .common import open_db, out

PASSPHRASE_ENV = "KINERJA_PASSPHRASE"


def passphrase(*, new: bool = False) -> str:
    """From KINERJA_PASSPHRASE, else asked at the terminal (twice for a new key)."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise UserError(f"Frasa sandi diperlukan: ketik saat diminta, atau isi variabel {PASSPHRASE_ENV} untuk skrip.")
    value = getpass.getpass("Frasa sandi kunci: ")
    if new and getpass.getpass("Ulangi frasa sandi: ") != value:
        raise UserError("Kedua frasa sandi tidak sama; ulangi perintahnya.")
    return value


def read_file(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UserError(f"Berkas '{path}' tidak dapat dibaca: {exc.strerror or exc}.") from None


def register(commands) -> None:
    _register_keys(commands)
    _register_sync(commands)
    _register_province(commands)


def _register_keys(commands) -> None:
    p = commands.add_parser("keys", help="kunci tanda tangan instansi")
    sub = p.add_subparsers(dest="keys_command", required=True, metavar="init|public")
    c = sub.add_parser("init", help="buat kunci tanda tangan (terenkripsi dengan frasa sandi)")
    c.add_argument("--office", required=True, metavar="KODE", help="kode instansi")
    c.set_defaults(handler=cmd_keys_init)
    c = sub.add_parser("public", help="tulis kunci publik (format minisign) untuk didaftarkan di provinsi")
    c.add_argument("-o", "--output", type=Path, required=True)
    c.set_defaults(handler=cmd_keys_public)


def _register_sync(commands) -> None:
    p = commands.add_parser("sync", help="paket sinkronisasi ke/dari provinsi")
    sub = p.add_subparsers(dest="sync_command", required=True, metavar="trust|export|verify|import|outbox")
    c = sub.add_parser("trust", help="percayai provinsi (berkas dari 'province publish')")
    c.add_argument("file", type=Path)
    c.add_argument("--replace", action="store_true",
                   help="ganti kunci provinsi yang sudah dipercaya (bersama --fingerprint)")
    c.add_argument("--fingerprint", metavar="SIDIK_JARI",
                   help="sidik jari kunci baru, seperti dibacakan BKD provinsi lewat telepon")
    c.set_defaults(handler=cmd_trust)
    c = sub.add_parser("export", help="tulis satu paket; mencetak jalurnya")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    c.add_argument("--full", action="store_true", help="semua rekaman, bukan hanya yang belum diterima provinsi")
    c.set_defaults(handler=cmd_export)
    c = sub.add_parser("verify", help="periksa berkas tanpa mengimpor; kode keluar 0 hanya bila sah")
    c.add_argument("file", type=Path)
    c.set_defaults(handler=cmd_verify)
    c = sub.add_parser("import", help="provinsi: terapkan paket dan tulis tanda terima; "
                                      "kabupaten/kota: impor tanda terima atau data referensi")
    c.add_argument("files", type=Path, nargs="+", metavar="FILE")
    c.add_argument("--receipt-out", type=Path, metavar="DIR", help="folder tanda terima (bawaan: folder paket)")
    c.set_defaults(handler=cmd_import)
    c = sub.add_parser("outbox", help="paket terkirim dan statusnya")
    c.set_defaults(handler=cmd_outbox)


def _register_province(commands) -> None:
    p = commands.add_parser("province", help="basis data provinsi (BKD)")
    sub = p.add_subparsers(dest="province_command", required=True,
                           metavar="init|publish|enrol|revoke|escrow|status|conflicts|decide|reference")
    c = sub.add_parser("init", help="buat kunci provinsi (tanda tangan dan enkripsi age)")
    c.add_argument("--province", required=True, metavar="KODE")
    c.add_argument("--name", default="", help="nama, mis. 'Provinsi Jawa Barat'")
    c.set_defaults(handler=cmd_province_init)
    c = sub.add_parser("publish", help="berkas kunci provinsi (bertanda tangan) untuk kabupaten/kota")
    c.add_argument("-o", "--output", type=Path, required=True)
    c.set_defaults(handler=cmd_publish)
    c = sub.add_parser("enrol", help="daftarkan kunci publik kabupaten/kota")
    c.add_argument("pubkey", type=Path, metavar="PUBKEY_FILE")
    c.add_argument("--office", required=True, metavar="KODE")
    c.add_argument("--name", default="")
    c.set_defaults(handler=cmd_enrol)
    c = sub.add_parser("revoke", help="cabut kunci kabupaten/kota")
    c.add_argument("--office", required=True, metavar="KODE")
    c.set_defaults(handler=cmd_revoke)
    c = sub.add_parser("escrow", help="tulis identitas age provinsi untuk disimpan di brankas")
    c.add_argument("-o", "--output", type=Path, required=True)
    c.set_defaults(handler=cmd_escrow)
    c = sub.add_parser("status", help="per kabupaten/kota: nomor urut, paket ditahan, bentrok, hari sejak paket")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_status)
    c = sub.add_parser("receipt", help="tanda terima paket terakhir satu kabupaten/kota, ditulis ulang "
                                          "(memulihkan urutan paket kabupaten/kota yang memulihkan cadangan lama)")
    c.add_argument("--office", required=True, metavar="KODE")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    c.set_defaults(handler=cmd_receipt)
    conflict_commands(sub, listed="rekaman bentrok yang menunggu ditinjau",
                      decide="putuskan satu bentrok: pertahankan milik provinsi atau ambil milik kabupaten/kota, "
                             "dengan alasan (dikirim di data referensi berikutnya)",
                      keep="salinan provinsi tetap", take="rekaman kabupaten/kota diterapkan", on_decide=cmd_decide)
    c = sub.add_parser("reference", help="data referensi bertanda tangan untuk satu kabupaten/kota")
    c.add_argument("--office", required=True, metavar="KODE")
    c.add_argument("--roster", type=Path, metavar="CSV", help="koreksi: nip, nama, gelar_depan, gelar_belakang, golongan, jabatan")
    c.add_argument("--org-predikat", type=Path, metavar="CSV", help="unit, tahun, periode, predikat")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    c.set_defaults(handler=cmd_reference)


def cmd_keys_init(args) -> int:
    info = district.init_keys(open_db(args), cli_actor(), office_code=args.office, passphrase=passphrase(new=True))
    out(f"Kunci instansi {args.office} dibuat. ID kunci: {info.key_id}")
    out(f"Sidik jari: {info.fingerprint}")
    to = "BKPSDM (hub kabupaten/kota)" if "." in args.office else "BKD provinsi"
    out(f"Kirim kunci publik ('kinerja keys public -o BERKAS') ke {to} dan cocokkan sidik jarinya lewat telepon.")
    return 0


def cmd_keys_public(args) -> int:
    info = district.key_info(open_db(args))
    if info is None:
        raise UserError("Belum ada kunci. Buat dahulu: kinerja keys init --office KODE")
    out(f"{write_atomically(info.public_text.encode(), args.output)}")
    out(f"Sidik jari: {info.fingerprint}")
    return 0


def cmd_trust(args) -> int:
    if args.replace and not args.fingerprint:
        raise UserError("--replace memerlukan --fingerprint: sidik jari kunci baru yang dibacakan BKD provinsi.")
    row = district.trust_province(open_db(args), cli_actor(), read_file(args.file), file_name=str(args.file),
                                  replace_fingerprint=args.fingerprint if args.replace else None)
    upstream = "Hub" if row.kind == "hub" else "Provinsi"
    out(f"{upstream} {row.province} ({row.name}) dipercaya.")
    out(f"Sidik jari: {row.fingerprint}")
    who = "BKPSDM (hub)" if row.kind == "hub" else "BKD provinsi"
    out(f"Cocokkan sidik jari ini dengan {who} lewat telepon sebelum mengirim paket.")
    return 0


def cmd_export(args) -> int:
    result = district.export_package(open_db(args), cli_actor(), passphrase=passphrase(), out_dir=args.output,
                                     full=args.full)
    if not result.encrypted:
        print("kinerja: PERINGATAN: provinsi belum dipercaya, paket TIDAK terenkripsi.", file=sys.stderr)
    for copy in result.pending_copies:
        print(f"kinerja: paket sebelumnya yang belum ada tanda terimanya ikut disalin: {copy}", file=sys.stderr)
    records = sum(result.counts.values())
    print(f"kinerja: paket nomor {result.sequence}: {records} rekaman; aman untuk mencabut media.", file=sys.stderr)
    out(str(result.path))
    return 0


def cmd_verify(args) -> int:
    db = open_db(args)
    if province.is_province(db):
        checked, counts = consolidate.verify_file(db, Path(args.file), passphrase=passphrase(), file_name=str(args.file))
        m = checked.opened.manifest
        verdicts = {"apply": "siap diterapkan", "duplicate": "sudah diimpor sebelumnya",
                    "held": "akan ditahan (ada paket sebelumnya yang belum tiba)"}
        out(f"Paket sah: {m['office']} nomor {m['sequence']}, {sum(counts.values())} rekaman, "
            f"{verdicts[checked.verdict]}.")
        return 0
    m = inbox.verify_from_province(db, read_file(args.file), file_name=str(args.file))
    out(f"Berkas sah: {m['type']} dari provinsi {m['province']} untuk {m['office']}.")
    return 0


def cmd_import(args) -> int:
    db = open_db(args)
    if not province.is_province(db):
        secret = os.environ.get(PASSPHRASE_ENV)
        needs = any(inbox.needs_passphrase(read_file(path)) for path in args.files)
        for said in inbox.import_files(db, cli_actor(), args.files, passphrase=secret or (passphrase() if needs else None),
                                       receipt_dir=args.receipt_out):  # at a hub, sub-offices' packages too
            out(said)
        return 0
    secret = passphrase()
    try:
        for path in sorted(args.files):
            result = consolidate.import_package(db, cli_actor(), Path(path), passphrase=secret, file_name=str(path))
            _receipts(result, args.receipt_out or path.parent)
    finally:
        db.close()  # waits for the checkpoint each import left to a thread
    return 0


def _receipts(result, folder: Path) -> None:
    out(result.message)
    for name, receipt in result.receipts:
        out(f"Tanda terima: {write_atomically(receipt, Path(folder) / name)}")


def cmd_outbox(args) -> int:
    rows = district.outbox(open_db(args))
    if not rows:
        out("Belum ada paket yang diekspor.")
    for r in rows:
        out(f"{r.sequence:>5}  {r.status:10} {r.created_at:%d-%m-%Y %H:%M}  {r.records:>7} rekaman  {r.file_name}")
    return 0


def cmd_province_init(args) -> int:
    info = province.init_province(open_db(args), cli_actor(), code=args.province, name=args.name,
                                  passphrase=passphrase(new=True))
    out(f"Kunci provinsi {args.province} dibuat. ID kunci: {info.key_id}")
    out(f"Sidik jari: {info.fingerprint}")
    out(f"Penerima age: {info.recipient}")
    return 0


def cmd_publish(args) -> int:
    db = open_db(args)
    out(f"{write_atomically(province.publish(db, passphrase=passphrase()), args.output)}")
    out(f"Sidik jari: {province.key_info(db).fingerprint}")
    return 0


def cmd_enrol(args) -> int:
    text = read_file(args.pubkey).decode("utf-8", "replace")
    result = province.enrol(open_db(args), cli_actor(), text, office=args.office, name=args.name)
    out(f"Kunci instansi {result.office} terdaftar (ID {result.key_id}).")
    out(f"Sidik jari: {result.fingerprint}. Cocokkan dengan operator kabupaten/kota lewat telepon.")
    if result.replaced:
        out("Kunci lama diganti; nomor urut paket instansi ini dimulai lagi dari 1.")
    return 0


def cmd_revoke(args) -> int:
    province.revoke(open_db(args), cli_actor(), office=args.office)
    out(f"Kunci instansi {args.office} dicabut: paket bertanda tangan kunci itu ditolak.")
    return 0


def cmd_escrow(args) -> int:
    path = province.escrow(open_db(args), cli_actor(), passphrase=passphrase(), output=args.output)
    out(f"{path}")
    out("RAHASIA: siapa pun yang memegang berkas ini dapat membuka paket kabupaten/kota. Simpan di brankas.")
    return 0


def cmd_status(args) -> int:
    rows = province.districts(open_db(args))
    if args.json:
        out(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2, default=list))
        return 0
    if not rows:
        out("Belum ada kabupaten/kota yang terdaftar.")
    for r in rows:
        held = f"ditahan {', '.join(map(str, r.held))}" if r.held else "tidak ada yang ditahan"
        days = "belum pernah" if r.days_since_last is None else f"{r.days_since_last} hari lalu"
        state = " (DICABUT)" if r.revoked else ""
        out(f"{r.office}{state}: paket terakhir nomor {r.last_sequence} ({days}), {held}, "
            f"{r.open_conflicts} bentrok, {r.records} rekaman")
    return 0


def cmd_receipt(args) -> int:
    name, data = consolidate.latest_receipt(open_db(args), office=args.office)
    out(f"{write_atomically(data, Path(args.output) / name)}")
    out("Bawa tanda terima ini ke kabupaten/kota dan impor di sana (kinerja sync import): urutan paketnya "
        "menyambung lagi ke provinsi.")
    return 0


def conflict_commands(sub, *, listed: str, decide: str, keep: str, take: str, on_decide) -> None:
    """`conflicts` and `decide`, as the province and a hub both have them."""
    c = sub.add_parser("conflicts", help=listed)
    c.add_argument("--office", metavar="KODE")
    c.add_argument("--semua", action="store_true", help="termasuk yang sudah diputuskan")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_conflicts)
    c = sub.add_parser("decide", help=decide)
    c.add_argument("id", type=int, metavar="NOMOR")
    choice = c.add_mutually_exclusive_group(required=True)
    choice.add_argument("--pertahankan", action="store_true", help=keep)
    choice.add_argument("--ambil", action="store_true", help=take)
    c.add_argument("--alasan", required=True, metavar="TEKS", help="alasan keputusan (paling sedikit 10 karakter)")
    c.set_defaults(handler=on_decide)


def cmd_conflicts(args) -> int:
    rows = conflicts.conflicts(open_db(args), cli_actor(), office=args.office, open_only=not args.semua)
    if args.json:
        out(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2, default=str))
        return 0
    if not rows:
        out("Tidak ada rekaman bentrok.")
    for c in rows:
        decided = f" [{c.status} oleh {c.decided_by}: {c.note}]" if c.decided_by else ""
        out(f"#{c.id} {c.office} {c.kind} {c.uuid} versi {c.version}: {c.reason}{decided}")
    return 0


def cmd_decide(args) -> int:
    row = conflicts.decide(open_db(args), cli_actor(), args.id, take=args.ambil, note=args.alasan)
    out(f"Bentrok #{row.id} ({row.office} {row.kind}) diputuskan: {row.status}. Keputusan ini dikirim ke "
        f"{row.office} di data referensi berikutnya (kinerja province reference --office {row.office}).")
    return 0


def cmd_reference(args) -> int:
    db = open_db(args)
    if not args.output.is_dir():
        raise UserError(f"Folder '{args.output}' tidak ada.")
    name, data = reference.build(db, cli_actor(), office=args.office, passphrase=passphrase(),
                                 roster=args.roster, org=args.org_predikat)
    out(f"{write_atomically(data, args.output / name)}")
    return 0
