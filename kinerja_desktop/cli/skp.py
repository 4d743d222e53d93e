"""skp penilai: record a JPT's penilai who is not an ASN (the Bupati or Wali Kota); skp segmen: a
move mid-year opens the next SKP segment with its own penilai."""


from ..services.context import cli_actor
from ..services.skp import record_outside_penilai
from .common import open_db, out, parse_date


def register(commands) -> None:
    p = commands.add_parser("skp", help="SKP: penilai yang bukan ASN; segmen baru bila pindah di tengah tahun")
    sub = p.add_subparsers(dest="skp_command", required=True, metavar="penilai|segmen")
    s = sub.add_parser("penilai", help="catat penilai JPT yang bukan ASN (Bupati/Wali Kota), dengan nama dan jabatan")
    s.add_argument("--nip", required=True, help="NIP pegawai yang dinilai")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--nama", required=True)
    s.add_argument("--jabatan", required=True)
    s.set_defaults(handler=cmd_penilai)
    g = sub.add_parser("segmen", help="pindah jabatan/penilai di tengah tahun: segmen SKP baru; tanpa --mulai: daftar segmen")
    g.add_argument("--nip", required=True)
    g.add_argument("--year", type=int, required=True)
    g.add_argument("--mulai", type=parse_date, metavar="YYYY-MM-DD", help="hari pertama di jabatan/penilai baru")
    g.add_argument("--penilai", metavar="NIP", help="pejabat penilai segmen baru; bawaan: atasan di daftar pegawai")
    g.add_argument("--json", action="store_true")
    g.set_defaults(handler=cmd_segment)



def cmd_segment(args) -> int:
    import json

    from ..services.access import employee_by_nip
    from ..services.skp.segments import combined_result, segments_of, start_segment

    db = open_db(args)
    if args.mulai:
        made = start_segment(db, cli_actor(), nip=args.nip, year=args.year, starts_on=args.mulai,
                             penilai_nip=args.penilai)
        out(f"Segmen {made.number} SKP {args.year} NIP {args.nip} mulai {made.starts_on.isoformat()}, penilai "
            f"{made.penilai or '-'}; segmen sebelumnya berakhir sehari sebelumnya. Susun SKP segmen ini.")
        return 0
    with db.read() as s:
        employee_id = employee_by_nip(s, args.nip).id
    segments = segments_of(db, cli_actor(), employee_id=employee_id, year=args.year)
    combined = combined_result(db, cli_actor(), employee_id=employee_id, year=args.year)
    if args.json:
        out(json.dumps({"segmen": [{"nomor": g.number, "mulai": g.starts_on.isoformat(), "selesai": g.ends_on.isoformat(),
                                    "bulan": g.months, "penilai": g.penilai, "jabatan": g.jabatan, "status": g.status}
                                   for g in segments],
                        "gabungan": None if combined is None else {
                            "rating_hasil": combined.rating_hasil, "rating_perilaku": combined.rating_perilaku,
                            "predikat": combined.predikat,
                            "bagian": [{"segmen": p.segment.number, "periode": p.period, "predikat": p.predikat}
                                       for p in combined.parts]}}, ensure_ascii=False))
        return 0
    for g in segments:
        out(f"Segmen {g.number}: {g.starts_on.isoformat()} s.d. {g.ends_on.isoformat()} ({g.months} bulan), "
            f"{g.jabatan}, penilai {g.penilai or '-'}, SKP {g.status}")
    if combined is not None:
        out(f"Usulan hasil tahunan gabungan: {combined.rating_hasil or '-'} / {combined.rating_perilaku or '-'} -> "
            f"{combined.predikat or '-'}")
    return 0


def cmd_penilai(args) -> int:
    row = record_outside_penilai(open_db(args), cli_actor(), nip=args.nip, year=args.year, nama=args.nama,
                                 jabatan=args.jabatan)
    out(f"Pejabat penilai SKP {args.year} NIP {args.nip}: {row.penilai['nama']} ({row.penilai['jabatan']}).")
    return 0
