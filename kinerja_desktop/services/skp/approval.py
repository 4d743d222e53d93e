"""Submit, approve, return with a note: the SKP's workflow."""

from datetime import date

from sqlalchemy import func, select

from ...domain.jabatan import FormFamily
from ...domain.workflow import next_skp_status
from ...errors import NotAllowed, Text, UserError
from ...store import audit
from ...store.db import Database
from ...store.models import Indicator, Rhk, Skp
from ..access import load, require_owner_or_penilai, require_penilai_of
from ..context import Actor
from ..rows import SkpRow
from .planning import has_penilai
from ...domain.limits import check_length


def _transition(db: Database, actor: Actor, skp_id: int, action: str, note: str = "") -> SkpRow:
    with db.transaction() as s:
        skp = load(s, Skp, skp_id, Text("SKP"))
        (require_owner_or_penilai if action == "submit" else require_penilai_of)(actor, skp)
        if action == "submit":
            _check_complete(s, skp)
        before = skp.status
        skp.status = next_skp_status(skp.status, action).value
        skp.return_note = note if action == "return" else ("" if action == "approve" else skp.return_note)
        if action == "approve":
            require_penilai_recorded(skp, Text("disetujui"))
            skp.approved_on = date.today()
        skp.bump()
        audit.record(s, actor=actor.username, action=f"skp.{action}", entity="skp", entity_uuid=skp.uuid,
                     before={"status": before}, after={"status": skp.status, "note": note})
        return SkpRow.of(skp)


def require_penilai_recorded(skp: Skp, what: Text) -> None:
    """A JPT's plan and evaluations need a penilai: an ASN superior, or one recorded from outside."""
    if skp.form_family == FormFamily.JPT and not has_penilai(skp):
        raise NotAllowed("SKP JPT ini belum punya pejabat penilai, jadi belum dapat {what}. Bila penilainya bukan ASN "
                         "(Bupati/Wali Kota), operator mencatatnya: kinerja skp penilai --nip NIP --year TAHUN "
                         "--nama NAMA --jabatan JABATAN.", what=what)


def _check_complete(s, skp: Skp) -> None:
    utama = s.scalar(select(func.count()).select_from(Rhk).where(Rhk.skp_id == skp.id, Rhk.jenis == "utama"))
    if not utama:
        raise NotAllowed("SKP belum punya RHK utama: tambahkan sedikitnya satu sebelum diajukan.")
    bare = s.scalars(select(Rhk.text).where(Rhk.skp_id == skp.id).where(
        ~select(Indicator.id).where(Indicator.rhk_id == Rhk.id).exists())).all()
    if bare:
        raise NotAllowed("RHK berikut belum punya indikator: {rhk}", rhk="; ".join(bare))


def submit_skp(db: Database, actor: Actor, *, skp_id: int) -> SkpRow:
    """Draft (or returned) -> Diajukan; needs at least one utama RHK, each RHK with an indicator."""
    return _transition(db, actor, skp_id, "submit")


def approve_skp(db: Database, actor: Actor, *, skp_id: int) -> SkpRow:
    """Diajukan -> Disetujui, by the penilai (or an operator acting for them)."""
    return _transition(db, actor, skp_id, "approve")


def return_skp(db: Database, actor: Actor, *, skp_id: int, note: str) -> SkpRow:
    """Diajukan -> Dikembalikan with the penilai's note saying what to change."""
    note = check_length("alasan", note)
    if not note.strip():
        raise UserError("Catatan pengembalian kosong: tuliskan apa yang perlu diperbaiki.")
    return _transition(db, actor, skp_id, "return", note.strip())
