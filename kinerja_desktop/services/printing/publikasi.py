"""`publikasi`: the public table as CSV, PDF and one self-contained HTML page, each signed with
the office key (a ``.minisig`` beside it, checked by the standard minisign tool)."""

import csv
import io
from html import escape
from pathlib import Path

from ...domain.numbers import format_number, format_percent
from ...domain.ratings import Predikat
from ...domain.skm import MUTU_NAMES
from ...files import write_atomically
from ...reports.publikasi import build_publication
from ...store.db import Database
from ...crypto import minisign
from .. import keys
from ..access import require_operator
from ..context import Actor
from ..publikasi import HIDDEN, SECONDARY, Publication, publication
from .documents import letterhead

NOTE = (f"Angka 1-4 ditulis \"{HIDDEN}\"; bila itu satu-satunya di barisnya, angka terkecil lain ditulis "
        f"\"{SECONDARY}\" agar tidak dapat dihitung dari jumlahnya. Perangkat daerah di bawah 10 pegawai digabung "
        "menjadi \"Lainnya\". Tidak ada nama atau NIP.")


def _completion(row) -> str:
    return "" if row.shown["final"] in (HIDDEN, SECONDARY) else format_percent(row.completion)


def _ikm(row) -> str:
    return f"{format_number(row.ikm, decimals=2, fixed=True)} ({row.ikm_mutu})" if row.ikm is not None else "-"


def to_csv(pub: Publication) -> bytes:
    text = io.StringIO()
    w = csv.writer(text, delimiter=";", lineterminator="\n")
    w.writerow(["PERANGKAT DAERAH", "PEGAWAI", "EVALUASI FINAL", "SELESAI", *[p.value.upper() for p in Predikat],
                "CAPAIAN ORGANISASI", "IKM", "MUTU IKM", "RESPONDEN SKM"])
    for r in pub.rows:
        w.writerow([r.unit, r.staff, r.shown["final"], _completion(r), *[r.shown[p.value] for p in Predikat],
                    r.org_predikat, format_number(r.ikm, decimals=2, fixed=True) if r.ikm is not None else "",
                    r.ikm_mutu or "", r.skm_responden])
    w.writerow([])
    w.writerow([f"{pub.instansi} - {pub.period_label} - dibuat {pub.made_on.isoformat()}. {NOTE}"])
    return text.getvalue().encode("utf-8-sig")


def _bars(row) -> str:
    """An inline SVG of the row's predikat counts (hidden counts drawn as hidden, not as numbers)."""
    width, height, bar = 150, 42, 24
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'aria-label="distribusi predikat">']
    known = [row.counts[p.value] if row.shown[p.value] not in (HIDDEN, SECONDARY) else 0 for p in Predikat]
    top = max(known + [1])
    for n, p in enumerate(Predikat):
        shown = row.shown[p.value]
        h = 0 if shown in (HIDDEN, SECONDARY) else round(30 * row.counts[p.value] / top)
        x = 4 + n * (bar + 5)
        parts.append(f'<rect x="{x}" y="{34 - h}" width="{bar}" height="{h}" fill="#2e5c8c"/>')
        parts.append(f'<text x="{x + bar / 2}" y="41" font-size="7" text-anchor="middle">{escape(shown)}</text>')
    return "".join(parts) + "</svg>"


def to_html(pub: Publication) -> bytes:
    head = "".join(f"<th>{escape(h)}</th>" for h in ("Perangkat daerah", "Pegawai", "Final", "Selesai",
                                                      *[p.value for p in Predikat], "Distribusi",
                                                      "Capaian organisasi", "IKM (mutu)", "Responden SKM"))
    body = []
    for r in pub.rows:
        cells = [r.unit, str(r.staff), r.shown["final"], _completion(r), *[r.shown[p.value] for p in Predikat]]
        body.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + f"<td>{_bars(r)}</td>"
                    + f"<td>{escape(r.org_predikat)}</td><td>{escape(_ikm(r))}</td><td>{r.skm_responden}</td></tr>")
    mutu = "; ".join(f"{k} {v}" for k, v in MUTU_NAMES.items())
    page = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Publikasi kinerja {escape(pub.instansi)} {escape(pub.period_label)}</title>
<style>
body{{font-family:sans-serif;margin:1rem;color:#222}} h1{{font-size:1.2rem}}
.wrap{{overflow-x:auto}} table{{border-collapse:collapse;font-size:.85rem}}
th,td{{border:1px solid #999;padding:.25rem .4rem;text-align:right;vertical-align:middle}}
th{{background:#e6ebf2}} td:first-child,th:first-child{{text-align:left}} p{{font-size:.85rem;max-width:60rem}}
</style></head><body>
<h1>Hasil penilaian kinerja pegawai: {escape(pub.instansi)}</h1>
<p>Periode {escape(pub.period_label)}; dibuat {pub.made_on.isoformat()}. Hanya angka gabungan, tanpa nama atau NIP.</p>
<div class="wrap"><table><thead><tr>{head}</tr></thead><tbody>
{"".join(body)}
</tbody></table></div>
<p>{escape(NOTE)} IKM: Indeks Kepuasan Masyarakat (PermenPANRB 14/2017), mutu {escape(mutu)}.</p>
<p>Berkas ini ditandatangani instansi: periksa dengan <code>minisign -V -p kunci-instansi.pub -m publikasi.html</code>.</p>
</body></html>
"""
    return page.encode("utf-8")


def write_publication(db: Database, actor: Actor, *, year: int, out_dir: Path, passphrase: str,
                      period: str | None = None) -> list[Path]:
    """publikasi.csv, .pdf and .html in ``out_dir``, each with its ``.minisig``. The operator
    unlocks the office key; a wrong passphrase is refused before any file is written."""
    require_operator(actor)
    out_dir = Path(out_dir)
    with db.read() as s:
        signer = keys.signer(s, keys.DISTRICT_SIGN, passphrase)
        head = letterhead(s, None)
    pub = publication(db, actor, year=year, period=period)
    files = {"publikasi.csv": to_csv(pub), "publikasi.html": to_html(pub),
             "publikasi.pdf": build_publication(head, pub, NOTE)}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    comment = f"publikasi {pub.instansi} {pub.period_label} {pub.made_on.isoformat()}"
    for name, data in files.items():
        signature = minisign.sign(signer.seed, signer.public.key_id, data, trusted_comment=comment[:200])
        written.append(write_atomically(data, out_dir / name))
        written.append(write_atomically(signature.encode(), out_dir / f"{name}.minisig"))
    return written
