"""`masukan formulir`: the questionnaires as one PDF and their codes as kode.csv; `masukan meja`:
the officers' desk cards for the kiosk."""

import csv
import io
import os
from pathlib import Path

from ...files import write_atomically
from ...reports.base import render, render_to
from ...reports.masukan import desk_card_flowables, form_flowables
from ...store.db import Database
from ..context import Actor
from ..desk import desk_cards
from ..masukan import create_forms
from .documents import letterhead


def print_forms(db: Database, actor: Actor, *, out_dir: Path, year: int, kind: str, period: str | None = None,
                nip: str | None = None, unit: str | None = None, count: int | None = None) -> tuple[Path, Path, int]:
    """New codes, then ``kuesioner-<kind>.pdf`` (one page each) and ``kode.csv`` in ``out_dir``.
    A code that never reaches paper (a full disk) stays unused: it cannot be answered by anyone."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    forms = create_forms(db, actor, year=year, kind=kind, period=period, nip=nip, unit=unit, count=count)
    with db.read() as s:
        head = letterhead(s, None)
    pdf = out_dir / f"kuesioner-{forms[0].kind.value}-{year}.pdf"
    temporary = pdf.with_name(f".{pdf.name}.part")
    try:
        with open(temporary, "wb") as out:
            render_to(out, (form_flowables(head, f) for f in forms), head.paper, f"Kuesioner masukan {year}")
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, pdf)
    finally:
        temporary.unlink(missing_ok=True)
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\n")
    writer.writerow(["KODE", "NIP", "JENIS", "PERIODE"])
    writer.writerows([f.code, f.subject.nip, f.kind.value, f"{f.period.year} {f.period.code}"] for f in forms)
    codes = write_atomically(text.getvalue().encode("utf-8-sig"), out_dir / "kode.csv")
    return pdf, codes, len(forms)


def desk_cards_pdf(db: Database, actor: Actor, *, nip: str | None = None, unit: str | int | None = None,
                   renew: bool = False) -> tuple[bytes, int]:
    """The desk cards of one officer or a unit's staff (codes made for those without), as PDF."""
    cards = desk_cards(db, actor, nip=nip, unit=unit, renew=renew)
    with db.read() as s:
        head = letterhead(s, None)
    return render(desk_card_flowables(head, cards), head.paper, "Kartu kode petugas"), len(cards)
