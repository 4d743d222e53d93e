"""Batch printing of Dokumen Evaluasi Kinerja Pegawai (design.md section 6: >= 50 a second, one core;
issue 12: a combined batch in bounded memory, under 500 MB at any size).

Gathers N documents' rows from a demo database (employees x periods of a finished year), then
times, in the same run:
- bare:   a bare ReportLab canvas writing the same text lines, one PDF per document (the baseline);
- render: our builder on the gathered rows (layout, fonts, emblem, QR code);
- total:  gathering the rows from the database (one read transaction each) and rendering.
Then, with --combined 100,1000,3000: `print batch --combined` of that many employees' annual
Dokumen Evaluasi, each in a fresh process, with its peak memory (ru_maxrss); with --separate N,
`print batch` of N employees, one file each. Both gather a block of employees at a time.

    python bench/print_dokumen.py --db DEMO.sqlite3 [--year 2025] [-n 1000] [--combined 100,1000]
"""

import argparse
import time
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from kinerja_desktop.domain.periods import PeriodKind, periods_of_year
from kinerja_desktop.reports.dokumen import build_dokumen_evaluasi
from kinerja_desktop.services.context import cli_actor
from kinerja_desktop.services.printing import batch_nips
from kinerja_desktop.services.printing.documents import Memo, Subject, gather_evaluation
from kinerja_desktop.store.migrate import open_database


def lines_of(doc) -> list[str]:
    skp = doc.skp
    people = [f"{k}: {getattr(person, k)}" for person in (skp.pegawai, skp.penilai, skp.atasan)
              for k in ("nama", "nip", "pangkat", "jabatan", "unit")]
    return ["DOKUMEN EVALUASI KINERJA PEGAWAI", f"PERIODE: {doc.period_label}", skp.head.instansi, doc.period_text,
            *people, f"CAPAIAN KINERJA ORGANISASI: {doc.org_predikat}", f"PREDIKAT KINERJA PEGAWAI: {doc.predikat}",
            doc.catatan, skp.head.place, doc.seal_hash]


def bare(lines: list[str]) -> bytes:
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont("Helvetica", 9)
    for n, line in enumerate(lines):
        canvas.drawString(50, 800 - 14 * n, line)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def gather(db, pairs):
    memo, docs = Memo(), []  # as print batch does: one read transaction per document
    for nip, period in pairs:
        with db.read() as s:
            docs.append(gather_evaluation(s, cli_actor(), Subject(nip, period.year, period), memo))
    return docs


def combined(db_path: str, year: int, count: int, separate: bool = False) -> None:
    """In a child process: a combined batch of ``count`` employees (``separate``: one file each);
    prints the count, seconds, peak MB, files and bytes."""
    import resource
    import tempfile
    from pathlib import Path

    from kinerja_desktop.services import printing

    db = open_database(db_path)
    nips = batch_nips(db, cli_actor(), unit=None)[:count]
    printing.batch_nips = lambda *a, **k: nips  # the first ``count`` employees of the office
    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        result = printing.print_batch(db, cli_actor(), doc="dokumen-evaluasi", year=year, out_dir=Path(folder),
                                      combined=not separate, duplex=True)
        seconds = time.perf_counter() - t0
        size = sum(p.stat().st_size for p in result.written)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{count} {seconds:.2f} {peak:.0f} {len(result.written)} {size}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--combined", default="", help="comma-separated employee counts for combined batches")
    parser.add_argument("--separate", type=int, default=0, help="employees for a batch of one file each")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-separate", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return combined(args.db, args.year, args.child)
    if args.child_separate:
        return combined(args.db, args.year, args.child_separate, separate=True)
    db = open_database(args.db)
    periods = periods_of_year(args.year, PeriodKind.TRIWULAN)
    pairs = [(nip, period) for period in periods for nip in batch_nips(db, cli_actor(), unit=None)][:args.n]
    build_dokumen_evaluasi(gather(db, pairs[:1])[0])  # fonts registered, emblem prepared
    t0 = time.perf_counter()
    docs = gather(db, pairs)
    t1 = time.perf_counter()
    pdfs = [build_dokumen_evaluasi(doc) for doc in docs]
    t2 = time.perf_counter()
    texts = [lines_of(doc) for doc in docs]
    t3 = time.perf_counter()
    for lines in texts:
        bare(lines)
    t4 = time.perf_counter()
    n = len(docs)
    render_rate, total_rate, bare_rate = n / (t2 - t1), n / (t2 - t0), n / (t4 - t3)
    print(f"{n} Dokumen Evaluasi ({sum(map(len, pdfs)) / n / 1024:.0f} KB each) | bare canvas {bare_rate:.0f}/s | "
          f"render {render_rate:.1f}/s (ratio {bare_rate / render_rate:.1f}x the bare canvas) | "
          f"gather {n / (t1 - t0):.0f}/s | gather+render {total_rate:.1f}/s, {t2 - t0:.1f} s in all (goal >= 50/s, <= 20 s)")
    runs = [("--child", count) for count in filter(None, args.combined.split(","))]
    runs += [("--child-separate", str(args.separate))] if args.separate else []
    for flag, count in runs:
        import subprocess
        import sys

        line = subprocess.run([sys.executable, __file__, "--db", args.db, "--year", str(args.year), flag, count],
                              capture_output=True, text=True, check=True).stdout.split()
        done, seconds, peak, files, size = int(line[0]), float(line[1]), float(line[2]), int(line[3]), int(line[4])
        what = "combined --duplex" if flag == "--child" else "print batch, one file each"
        print(f"{what}, {done} employees: {seconds:.1f} s ({done / seconds:.0f} docs/s), peak {peak:.0f} MB "
              f"(goal < 500), {files} file(s), {size / 2**20:.1f} MB of PDF")


if __name__ == "__main__":
    main()
