"""hub commands: a kabupaten's database as the hub of its sub-office installs (design.md 5.1)."""

import json
from pathlib import Path

from ..files import write_atomically
from ..services.context import cli_actor
from ..sync import hub, slices
from .common import open_db, out, parse_date
from .sync import conflict_commands, passphrase, read_file


def register(commands) -> None:
    p = commands.add_parser("hub", help="hub kabupaten/kota: sub-instansi (dinas, kecamatan, sekolah)")
    sub = p.add_subparsers(dest="hub_command", required=True, metavar="publish|enrol|revoke|slice|transfer|status|conflicts|decide")
    c = sub.add_parser("publish", help="tulis berkas kunci hub untuk dipercaya sub-instansi ('sync trust')")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS")
    c.set_defaults(handler=cmd_publish)
    c = sub.add_parser("enrol", help="daftarkan kunci sub-instansi untuk satu unit dan unit di bawahnya")
    c.add_argument("pubkey", type=Path, metavar="KUNCI.pub")
    c.add_argument("--office", required=True, metavar="KODE", help="kode sub-instansi: kode kabupaten, titik, nomor")
    c.add_argument("--unit", required=True, metavar="UNIT", help="kode atau nama unit teratas wilayahnya")
    c.add_argument("--name", default="", help="nama sub-instansi (bawaan: nama unitnya)")
    c.set_defaults(handler=cmd_enrol)
    c = sub.add_parser("revoke", help="cabut kunci sub-instansi (laptop hilang, kantor ditutup); unitnya kembali "
                                      "ditulis di hub sampai kunci baru didaftarkan")
    c.add_argument("--office", required=True, metavar="KODE")
    c.set_defaults(handler=cmd_revoke)
    c = sub.add_parser("slice", help="tulis irisan data terenkripsi untuk satu sub-instansi")
    c.add_argument("--office", required=True, metavar="KODE")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    c.set_defaults(handler=cmd_slice)
    c = sub.add_parser("transfer", help="pindahkan pegawai ke sub-instansi lain (mutasi); tulis irisan bagi keduanya")
    c.add_argument("--nip", required=True)
    c.add_argument("--to", required=True, metavar="KODE", help="kode sub-instansi tujuan, atau kode hub ini")
    c.add_argument("--tanggal", type=parse_date, default=None, metavar="YYYY-MM-DD",
                   help="mulai berlaku (bawaan: hari ini); SKP yang berjalan dibagi menjadi segmen baru")
    c.add_argument("--unit", metavar="UNIT", help="unit tujuan (bawaan: unit teratas sub-instansi tujuan)")
    c.add_argument("--atasan", metavar="NIP", help="atasan baru (bawaan: kepala unit tujuan)")
    c.add_argument("--jabatan", help="jabatan baru (bawaan: tetap)")
    c.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    c.set_defaults(handler=cmd_transfer)
    c = sub.add_parser("status", help="keadaan tiap sub-instansi")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_status)
    conflict_commands(sub, listed="rekaman sub-instansi yang bukan miliknya atau diubah di dua tempat, menunggu "
                                  "keputusan hub",
                      decide="putuskan satu bentrok: pertahankan milik hub atau ambil milik sub-instansi",
                      keep="data hub tetap; sub-instansi menerimanya kembali di irisan berikutnya",
                      take="terapkan rekaman sub-instansi di hub", on_decide=cmd_decide)


def cmd_publish(args) -> int:
    db = open_db(args)
    out(f"{write_atomically(hub.publish(db, passphrase=passphrase()), args.output)}")
    from ..sync import district

    out(f"Sidik jari: {district.key_info(db).fingerprint}")
    out("Bacakan sidik jari ini lewat telepon kepada tiap sub-instansi saat mereka mempercayai berkas ini.")
    return 0


def cmd_enrol(args) -> int:
    text = read_file(args.pubkey).decode("utf-8", "replace")
    result = hub.enrol(open_db(args), cli_actor(), text, office=args.office, unit=args.unit, name=args.name)
    out(f"Sub-instansi {result.office} terdaftar untuk unit {result.unit} (ID kunci {result.key_id}).")
    out(f"Sidik jari: {result.fingerprint}  (cocokkan lewat telepon dengan sub-instansi)")
    if not result.recipient:
        out("Berkas kunci ini tidak membawa penerima age (dibuat versi lama): irisan data baru dapat dibuat setelah "
            "paket pertama sub-instansi diimpor di hub.")
    return 0


def cmd_revoke(args) -> int:
    hub.revoke(open_db(args), cli_actor(), office=args.office)
    out(f"Kunci sub-instansi {args.office} dicabut: paketnya ditolak dan unitnya kembali ditulis di hub. Daftarkan "
        f"kunci baru dengan 'kinerja hub enrol KUNCI.pub --office {args.office} --unit UNIT'.")
    return 0


def cmd_slice(args) -> int:
    result = slices.write_slice(open_db(args), cli_actor(), office=args.office, passphrase=passphrase(), out_dir=args.output)
    out(f"{result.path}")
    out(f"Irisan nomor {result.sequence}: {sum(result.counts.values())} rekaman "
        f"({', '.join(f'{k} {v}' for k, v in result.counts.items())}).")
    return 0


def cmd_transfer(args) -> int:
    from datetime import date

    from ..sync import transfer

    moved = transfer.transfer(open_db(args), cli_actor(), nip=args.nip, to=args.to, on=args.tanggal or date.today(),
                              passphrase=passphrase(), out_dir=args.output, unit=args.unit, atasan=args.atasan,
                              jabatan=args.jabatan)
    out(f"{moved.nama} ({moved.nip}) pindah dari {moved.source} ke {moved.target} mulai {moved.on.isoformat()}: "
        f"unit {moved.unit}, atasan {moved.atasan or '-'}.")
    if moved.segment:
        out(f"SKP {moved.on.year}: segmen {moved.segment} dinilai atasan baru.")
    if moved.appraised:
        out(f"Perhatian: {moved.appraised} SKP yang dinilai {moved.nama} ikut ke {moved.target}. Tetapkan penilai "
            f"barunya dengan 'kinerja skp segmen --penilai NIP' bila perlu.")
    for path in moved.files:
        out(f"{path}")
    if moved.files:
        out("Kirim tiap irisan ke sub-instansi yang namanya tertulis di depan berkas; mereka mengimpornya dengan "
            "'kinerja sync import'.")
    return 0


def cmd_status(args) -> int:
    rows = hub.offices(open_db(args), cli_actor())
    if args.json:
        out(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        out("Belum ada sub-instansi terdaftar. Daftarkan dengan: kinerja hub enrol KUNCI.pub --office KODE --unit UNIT")
    for r in rows:
        since = "belum ada paket" if r.days_since_last is None else f"paket terakhir {r.days_since_last} hari lalu"
        state = "DICABUT" if r.revoked else ("siap" if r.ready else "menunggu paket pertama")
        out(f"{r.office:12} {r.unit[:36]:36} {r.staff:>6} pegawai  irisan {r.slices:>3}  paket {r.last_sequence:>4}  "
            f"bentrok {r.conflicts:>3}  {since}  [{state}]")
    return 0


def cmd_decide(args) -> int:
    from ..sync import conflicts

    row = conflicts.decide(open_db(args), cli_actor(), args.id, take=args.ambil, note=args.alasan)
    out(f"Bentrok #{row.id} ({row.office} {row.kind}) diputuskan: {row.status}.")
    if not args.ambil:
        out(f"Sub-instansi {row.office} menerima data hub kembali di irisan berikutnya "
            f"(kinerja hub slice --office {row.office}).")
    return 0
