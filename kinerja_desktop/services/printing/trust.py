"""What makes paper trustworthy: the office signs each final evaluation's statement (the QR
code), and anyone checks a printed code or a scanned QR."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ...domain.nip import format_nip
from ...domain.periods import Period, PeriodKind
from ...domain.verification import code_prefix, verification_code
from ...errors import NotAllowed, Text, UserError
from ...store import audit
from ...store.db import Database
from ...store.models import Employee, Evaluation, ProvDistrict, Skp
from ...crypto import minisign
from .. import keys
from ..access import require_operator
from ..context import Actor
from ..evaluation.seal import seals_of
from .statement import Statement, read_statement, sign_statement, signature_holds


def _statement_of(row, office: str, key_id: str) -> Statement:
    period = Period(row.year, PeriodKind(row.period_kind), row.period_number)
    return Statement(office, row.nip, f"{row.year} {period.code}", row.rating_hasil or "", row.rating_perilaku or "",
                     row.predikat or "", row.seal_hash, key_id)


def _finals_query(*, unsigned_only: bool):
    query = (select(Evaluation.id, Evaluation.seal_hash, Evaluation.seal_version, Evaluation.seal_statement,
                    Evaluation.period_kind, Evaluation.period_number, Evaluation.rating_hasil,
                    Evaluation.rating_perilaku, Evaluation.predikat, Skp.year, Employee.nip)
             .join(Skp, Evaluation.skp_id == Skp.id).join(Employee, Skp.employee_id == Employee.id)
             .where(Evaluation.status == "Final", Evaluation.seal_hash.is_not(None)))
    if unsigned_only:
        query = query.where(Evaluation.seal_statement.is_(None))
    return query.order_by(Evaluation.id)


def _finals(session: Session, *, unsigned_only: bool):
    return session.execute(_finals_query(unsigned_only=unsigned_only)).all()


_SIGNED = Evaluation.__table__.update().where(Evaluation.__table__.c.id == bindparam("eid")).values(
    seal_statement=bindparam("statement"))


def sign_pending_in(session: Session, seed: bytes, public: minisign.PublicKey, office: str) -> int:
    """Sign the statement of every sealed final evaluation that has none, inside the caller's
    transaction (a sync export does it with the key it has just unlocked). A chunk at a time,
    written with one statement per chunk: a 70,000-staff district has half a million."""
    done, last = 0, 0
    query = _finals_query(unsigned_only=True).limit(2000)
    while rows := session.execute(query.where(Evaluation.id > last)).all():
        session.connection().execute(_SIGNED, [
            {"eid": row.id, "statement": sign_statement(_statement_of(row, office, public.key_id_hex), seed)}
            for row in rows])
        done, last = done + len(rows), rows[-1].id
    return done


def sign_statements(db: Database, actor: Actor, *, passphrase: str) -> int:
    """`print sign`: the operator unlocks the office's key and signs the QR statement of every
    final evaluation that lacks one; returns how many. Audited as one entry."""
    require_operator(actor)
    with db.transaction() as s:
        signer = keys.signer(s, keys.DISTRICT_SIGN, passphrase)
        office = get_office_code(s)
        count = sign_pending_in(s, signer.seed, signer.public, office)
        if count:
            audit.record(s, actor=actor.username, action="print.sign", entity="office",
                         after={"signed": count, "key_id": signer.public.key_id_hex})
        return count


def unsigned_count(db: Database, actor: Actor) -> int:
    """How many final evaluations still print without their signed QR code."""
    require_operator(actor)
    with db.read() as s:
        return len(_finals(s, unsigned_only=True))


def get_office_code(session: Session) -> str:
    from ...store.models import Office

    return session.scalar(select(Office.code).order_by(Office.id).limit(1)) or ""


@dataclass(frozen=True)
class SealedSummary:
    """What the seal holds, for a reader to compare with the paper in their hand."""

    nama: str
    nip: str
    jabatan: str
    unit: str
    period: str
    rating_hasil: str
    rating_perilaku: str
    predikat: str
    penilai: str
    finalized_on: date | None

    def lines(self) -> list[Text]:
        day = self.finalized_on.strftime("%d-%m-%Y") if self.finalized_on else "-"
        return [Text("Nama: {nama}", nama=self.nama), Text("NIP: {nip}", nip=format_nip(self.nip)),
                Text("Jabatan: {jabatan}", jabatan=self.jabatan or "-"), Text("Unit kerja: {unit}", unit=self.unit or "-"),
                Text("Periode: {period}", period=self.period),
                Text("Rating hasil kerja: {rating}", rating=self.rating_hasil or "-"),
                Text("Rating perilaku kerja: {rating}", rating=self.rating_perilaku or "-"),
                Text("Predikat: {predikat}", predikat=self.predikat or "-"),
                Text("Pejabat penilai: {penilai}", penilai=self.penilai or "-"),
                Text("Tanggal final: {day}", day=day)]


@dataclass(frozen=True)
class Verification:
    code: str
    found: bool
    intact: bool = False
    summary: SealedSummary | None = None

    @property
    def ok(self) -> bool:
        return self.found and self.intact

    @property
    def message(self) -> Text:
        """The answer in words (``str()`` Indonesian; the window renders it in its language)."""
        if not self.found:
            return Text("Kode {code} tidak cocok dengan evaluasi final mana pun di basis data ini: dokumen itu "
                        "bukan keluaran kantor ini, kodenya salah ketik, atau evaluasinya belum final.", code=self.code)
        s = self.summary
        who = dict(code=self.code, nama=s.nama, nip=s.nip, period=s.period, predikat=s.predikat)
        if self.intact:
            return Text("Kode {code} SAH: evaluasi final {nama} (NIP {nip}), {period}, predikat {predikat}; isinya "
                        "sama dengan yang disegel. Cocokkan kertas dengan isi segel di bawah ini.", **who)
        return Text("Kode {code} milik evaluasi {nama} (NIP {nip}), {period}, predikat {predikat}, tetapi isi basis "
                    "data tidak lagi cocok dengan segelnya: jalankan 'kinerja audit verify' dan laporkan kepada "
                    "operator.", **who)


def sealed_summary(session: Session, evaluation_id: int) -> SealedSummary:
    ev, skp = session.execute(select(Evaluation, Skp).join(Skp, Evaluation.skp_id == Skp.id)
                              .where(Evaluation.id == evaluation_id)).one()
    period = Period(skp.year, PeriodKind(ev.period_kind), ev.period_number)
    pegawai, penilai = skp.pegawai_snapshot or {}, skp.penilai_snapshot or {}
    return SealedSummary(pegawai.get("nama", ""), pegawai.get("nip", ""), pegawai.get("jabatan", ""),
                         pegawai.get("unit", ""), f"{period.label} {period.year}", ev.rating_hasil or "",
                         ev.rating_perilaku or "", ev.predikat or "", penilai.get("nama", ""),
                         ev.finalized_at.date() if ev.finalized_at else None)


def seal_intact(session: Session, evaluation_id: int, seal: str, version: int | None) -> bool:
    return intact_seals(session, {evaluation_id: (seal, version)}) == {evaluation_id}


def intact_seals(session: Session, sealed: dict[int, tuple[str, int | None]]) -> set[int]:
    """Of the evaluations given as id -> (seal, seal version), those whose content still has
    that seal (a version-less seal is version 1)."""
    actual = seals_of(session, {eid: version or 1 for eid, (_, version) in sealed.items()})
    return {eid for eid, (seal, _) in sealed.items() if actual.get(eid) == seal}


def verify_code(db: Database, code: str) -> Verification:
    """Does a code printed on a final evaluation match a sealed evaluation here, unchanged?"""
    prefix = code_prefix(code)
    shown = verification_code(prefix)
    with db.read() as s:
        row = s.execute(select(Evaluation.id, Evaluation.seal_hash, Evaluation.seal_version)
                        .where(Evaluation.status == "Final", Evaluation.seal_hash.like(f"{prefix}%"))).first()
        if row is None:
            return Verification(shown, False)
        return Verification(shown, True, seal_intact(s, row.id, row.seal_hash, row.seal_version),
                            sealed_summary(s, row.id))


@dataclass(frozen=True)
class StatementCheck:
    statement: Statement
    key_source: Text  # whose key checked it
    signed: bool  # the signature holds under the office's key
    local: Verification | None  # when this database holds the evaluation itself

    @property
    def ok(self) -> bool:
        return self.signed and (self.local is None or self.local.ok)

    def lines(self) -> list[Text]:
        st = self.statement
        if not self.signed:
            head = Text("TIDAK SAH: tanda tangan pada kode QR tidak cocok dengan kunci kantor {office} ({source}). "
                        "Isinya telah diubah atau bukan buatan kantor itu; jangan terima dokumen ini.",
                        office=st.office, source=self.key_source)
        else:
            head = Text("SAH: pernyataan ini ditandatangani kantor {office} ({source}). Cocokkan kertas dengan isinya:",
                        office=st.office, source=self.key_source)
        lines = [head, Text("NIP: {nip}", nip=format_nip(st.nip)), Text("Periode: {period}", period=st.period),
                 Text("Rating hasil kerja: {rating}", rating=st.rating_hasil),
                 Text("Rating perilaku kerja: {rating}", rating=st.rating_perilaku),
                 Text("Predikat: {predikat}", predikat=st.predikat),
                 Text("Kode verifikasi: {code}", code=verification_code(st.seal))]
        if self.local is not None:
            lines += [self.local.message] + (self.local.summary.lines() if self.local.summary else [])
        return lines


def _key_for(session: Session, office: str, key_file: str | None) -> tuple[minisign.PublicKey, Text]:
    if key_file is not None:
        try:
            return minisign.parse_public_key(key_file), Text("berkas kunci publik yang diberikan")
        except minisign.SignatureRefused as exc:
            raise UserError("Berkas kunci publik tidak dapat dibaca: {reason}.", reason=exc) from None
    own = keys.active(session, keys.DISTRICT_SIGN)
    if own is not None and get_office_code(session) == office:
        return minisign.parse_public_key(own.public), Text("kunci kantor ini")
    enrolled = session.scalar(select(ProvDistrict).where(ProvDistrict.office == office))
    if enrolled is not None:
        return minisign.parse_public_key(enrolled.sign_key), Text("kunci terdaftar di provinsi")
    raise NotAllowed("Kunci publik kantor {office} tidak ada di basis data ini. Minta berkas kunci publiknya "
                     "(dari provinsi atau kantor itu) lalu jalankan 'kinerja print verify --qr TEKS --key BERKAS.pub'.",
                     office=office)


def verify_statement(db: Database, text: str, *, key_file: str | None = None) -> StatementCheck:
    """Check the text of a scanned QR code with the office's public key: the given file, this
    office's own key, or the key the province enrolled for that office."""
    statement, body, signature = read_statement(text)
    with db.read() as s:
        public, source = _key_for(s, statement.office, key_file)
        if public.key_id_hex != statement.key_id:
            return StatementCheck(statement, source, False, None)
        signed = signature_holds(public, body, signature)
        local = None
        if signed and get_office_code(s) == statement.office:
            row = s.execute(select(Evaluation.id, Evaluation.seal_hash, Evaluation.seal_version)
                            .where(Evaluation.seal_hash == statement.seal, Evaluation.status == "Final")).first()
            local = (Verification(verification_code(statement.seal), True,
                                  seal_intact(s, row.id, row.seal_hash, row.seal_version), sealed_summary(s, row.id))
                     if row else Verification(verification_code(statement.seal), False))
        return StatementCheck(statement, source, signed, local)
