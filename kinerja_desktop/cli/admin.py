"""init, info, backup, restore, audit verify."""

import json
from pathlib import Path

from ..services import info as info_service
from ..services import maintenance
from ..services.context import cli_actor
from ..services.office import get_office, update_office
from .common import open_db, out


def register(commands) -> None:
    p = commands.add_parser("init", help="buat atau perbarui basis data")
    p.add_argument("--office-code", help="kode instansi (untuk sinkronisasi)")
    p.add_argument("--office-name", help="nama instansi, seperti tercetak di formulir")
    p.add_argument("--place", help="tempat penandatanganan (ibu kota kabupaten/kota)")
    p.add_argument("--tenggat", type=int, metavar="HARI", help="tenggat evaluasi: sekian hari setelah periode berakhir")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser("info", help="jumlah data di basis data")
    p.add_argument("--json", action="store_true", help="keluaran JSON untuk skrip")
    p.set_defaults(handler=cmd_info)

    p = commands.add_parser("backup", help="salin basis data dengan aman")
    p.add_argument("-o", "--output", type=Path, help="berkas cadangan (bawaan: folder backups)")
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser("restore", help="pulihkan basis data dari cadangan (diperiksa dahulu)")
    p.add_argument("file", type=Path)
    p.add_argument("--other-office", action="store_true",
                   help="cadangan itu milik instansi lain dan memang dipindahkan ke sini (dicatat di log audit)")
    p.set_defaults(handler=cmd_restore)

    p = commands.add_parser("audit", help="log audit")
    sub = p.add_subparsers(dest="audit_command", required=True, metavar="verify")
    v = sub.add_parser("verify", help="periksa rantai hash log audit dan segel evaluasi final")
    v.set_defaults(handler=cmd_audit_verify)


def cmd_init(args) -> int:
    db = open_db(args)
    changes = {k: v for k, v in (("code", args.office_code), ("name", args.office_name),
                                 ("place", args.place)) if v}
    if args.tenggat is not None:
        changes["deadline_days"] = str(args.tenggat)
    office = update_office(db, cli_actor(), **changes) if changes else get_office(db)
    out(f"Basis data siap: {db.engine.url.database or db.url}")
    out(f"Instansi: {office.name} ({office.code})")
    return 0


def cmd_info(args) -> int:
    info = info_service.database_info(open_db(args))
    if args.json:
        out(json.dumps(info.as_dict(), ensure_ascii=False, indent=2))
        return 0
    labels = [("Basis data", info.database), ("Skema", info.schema), ("Unit kerja", info.units),
              ("Pegawai aktif", info.employees), ("SKP", info.skps), ("RHK", info.rhk),
              ("Evaluasi", info.evaluations), ("Evaluasi final", info.evaluations_final),
              ("Predikat organisasi", info.org_predikat), ("Entri log audit", info.audit_entries)]
    for label, value in labels:
        out(f"{label + ':':22} {value}")
    return 0


def cmd_backup(args) -> int:
    out(f"Cadangan ditulis: {maintenance.backup(open_db(args), cli_actor(), args.output)}")
    return 0


def cmd_restore(args) -> int:
    safety = maintenance.restore(open_db(args), cli_actor(), args.file, other_office=args.other_office)
    out(f"Basis data dipulihkan dari {args.file}. Salinan sebelum pemulihan: {safety}")
    return 0


def cmd_audit_verify(args) -> int:
    check = maintenance.verify_audit(open_db(args))
    if check.problems:
        out(f"Log audit TIDAK utuh ({check.entries} entri diperiksa):")
        for problem in check.problems:
            out(f"  - {problem}")
        return 1
    out(f"Log audit utuh: {check.entries} entri, rantai hash dan segel evaluasi final cocok.")
    return 0
