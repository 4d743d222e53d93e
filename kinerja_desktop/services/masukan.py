"""Masukan: one-use codes handed out on questionnaires, answers typed back, and the summary the
penilai sees beside the evaluation, with the anonymity of domain.md section 9."""

import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..domain.berakhlak import core_values
from ..domain.masukan import MIN_RESPONDENTS, SHOWN_ALWAYS, Kind, kind_of, new_code, read_code
from ..domain.periods import Period, parse_period
from ..domain.limits import check_length
from ..errors import NotAllowed, Text, UserError
from ..settings import MASUKAN_MIN
from ..store import audit
from ..store.bulk import bulk_insert
from ..store.db import Database
from ..store.models import Employee, MasukanCode, MasukanResponse, Unit, new_uuid, utcnow
from .access import employee_by_nip, require_can_view, require_writer
from .answers import read_answers, refusal
from .context import Actor
from .organisation import subtree
from .units import find_unit

VALUE_COLUMNS = tuple(v.name.upper() for v in core_values())  # BERORIENTASI PELAYANAN .. KOLABORATIF
MAX_FORMS = 5000  # one command's questionnaires: a kabupaten's yearly round is printed unit by unit
PUBLIC_COUNT = 10  # questionnaires per person for service users, when not told


@dataclass(frozen=True)
class Subject:
    """Whom a questionnaire is about, as printed on it."""

    employee_id: int
    nip: str
    nama: str
    jabatan: str
    unit: str


@dataclass(frozen=True)
class Form:
    code: str
    kind: Kind
    period: Period
    subject: Subject


def subjects_of(s, nip: str | None, unit: str | None) -> list[Employee]:
    if bool(nip) == bool(unit):
        raise UserError("Sebutkan satu saja: --nip NIP (seorang pegawai) atau --unit UNIT (semua pegawai unit itu).")
    if nip:
        return [employee_by_nip(s, nip)]
    units = subtree(s, find_unit(s, unit).id)
    return list(s.scalars(select(Employee).where(Employee.unit_id.in_(units), Employee.active.is_(True))
                          .order_by(Employee.unit_id, Employee.nama)))


def proposed_respondents(s, employee: Employee, kind: Kind) -> int:
    """How many forms a person gets when not told: peers under the same superior, their own
    subordinates, themselves once, or PUBLIC_COUNT service users."""
    if kind is Kind.DIRI:
        return 1
    if kind is Kind.MASYARAKAT:
        return PUBLIC_COUNT
    if kind is Kind.BAWAHAN:
        where = Employee.atasan_id == employee.id
    else:
        where = (Employee.atasan_id == employee.atasan_id) if employee.atasan_id else (Employee.unit_id == employee.unit_id)
    return len(s.scalars(select(Employee.id).where(where, Employee.id != employee.id, Employee.active.is_(True))).all())


def create_forms(db: Database, actor: Actor, *, year: int, kind: str, period: str | None = None,
                 nip: str | None = None, unit: str | None = None, count: int | None = None) -> list[Form]:
    """`masukan formulir`: new one-use codes for the questionnaires of one employee or a unit's
    staff; for peers and subordinates as many as the unit tree proposes unless ``count`` says."""
    require_writer(actor)
    the_kind, the_period = kind_of(kind), parse_period(period, year)
    if count is not None and not 1 <= count <= 200:
        raise UserError("--count {count}: pilih 1 sampai 200 kuesioner per pegawai.", count=count)
    with db.transaction() as s:
        people = subjects_of(s, nip, unit)
        wanted = {p.id: count if count is not None else proposed_respondents(s, p, the_kind) for p in people}
        if sum(wanted.values()) > MAX_FORMS:
            raise UserError("{count} kuesioner sekaligus terlalu banyak; cetak per unit (paling banyak {most}).",
                            count=sum(wanted.values()), most=MAX_FORMS)
        units = {u.id: u.name for u in s.scalars(select(Unit))}
        forms, rows, taken = [], [], set()
        for person in people:
            many = wanted[person.id]
            subject = Subject(person.id, person.nip, person.nama, person.jabatan, units.get(person.unit_id, ""))
            for _ in range(many):
                while (code := new_code()) in taken:
                    pass
                taken.add(code)
                forms.append(Form(code, the_kind, the_period, subject))
                rows.append(dict(code=code, employee_id=person.id, kind=the_kind.value, year=the_period.year,
                                 period_kind=the_period.kind.value, period_number=the_period.number,
                                 created_at=utcnow(), used_at=None))
        clash = _existing(s, taken)  # 31^8 codes: a clash with an earlier round is a one in 10^6 event
        for form in [f for f in forms if f.code in clash]:
            raise UserError("Kode {code} kebetulan sudah pernah dibuat; jalankan perintahnya sekali lagi.", code=form.code)
        if not forms:
            raise NotAllowed("Tidak ada kuesioner yang dibuat: {kind} tanpa responden yang diusulkan (tidak ada rekan "
                             "atau bawahan). Sebutkan --count N untuk menentukan sendiri.", kind=the_kind.value)
        bulk_insert(s.connection(), MasukanCode.__table__, rows)
        audit.record(s, actor=actor.username, action="masukan.codes", entity="masukan",
                     after={"kind": the_kind.value, "period": the_period.code, "year": year, "codes": len(rows),
                            "people": len(people)})
        return forms


CHUNK = 5000  # bound parameters per IN list: far below any SQLite's limit


def _existing(s, codes: set[str]) -> dict[str, tuple]:
    """The stored codes among ``codes`` (plain rows: a round is 100,000 of them), read in chunks."""
    wanted, found = sorted(codes), {}
    t = MasukanCode.__table__
    for start in range(0, len(wanted), CHUNK):
        found.update((r.code, r) for r in s.execute(select(t).where(t.c.code.in_(wanted[start:start + CHUNK]))))
    return found


@dataclass(frozen=True)
class MasukanImported:
    added: int
    source: str


def import_answers(db: Database, actor: Actor, path: Path) -> MasukanImported:
    """`masukan impor`: rows of KODE, the seven values (1-4) and KOMENTAR. An unknown or spent
    code, a code twice in the file, a value outside 1-4 or a missing answer refuses the whole
    file by row; nothing is written. Each code is spent by its answer."""
    require_writer(actor)
    answers = read_answers(Path(path), scale=VALUE_COLUMNS, key="KODE")
    source = Path(path).name
    with db.transaction() as s:
        codes = _existing(s, {read_code(a.key) for a in answers} - {None})
        problems, seen, keyed = [], {}, [(a, read_code(a.key)) for a in answers]
        for a, code in keyed:
            found = codes.get(code) if code else None
            if found is None:
                problems.append(Text("baris {row}, kolom KODE: '{code}' bukan kode kuesioner yang dibuat kantor ini",
                                     row=a.row, code=a.key))
            elif found.used_at is not None:
                problems.append(Text("baris {row}, kolom KODE: kode {code} sudah dipakai; satu kode untuk satu responden",
                                     row=a.row, code=a.key))
            elif code in seen:
                problems.append(Text("baris {row}, kolom KODE: kode {code} juga ada di baris {other}", row=a.row,
                                     code=a.key, other=seen[code]))
            seen.setdefault(code, a.row)
        if problems:
            raise refusal(source, problems)
        now = utcnow()
        rows = []
        for a, code in keyed:
            c = codes[code]
            rows.append(dict(uuid=new_uuid(), version=1, code_id=c.id, employee_id=c.employee_id, kind=c.kind,
                             year=c.year, period_kind=c.period_kind, period_number=c.period_number,
                             komentar=a.comment, source="impor", created_at=now,
                             **{f"v{n}": v for n, v in enumerate(a.values, start=1)}))
        bulk_insert(s.connection(), MasukanResponse.__table__, rows)
        table = MasukanCode.__table__
        spent = sorted(seen)
        for start in range(0, len(spent), CHUNK):
            s.execute(table.update().where(table.c.code.in_(spent[start:start + CHUNK])).values(used_at=now))
        audit.record(s, actor=actor.username, action="masukan.import", entity="masukan",
                     after={"file": source, "answers": len(rows)})
        return MasukanImported(len(rows), source)


def record_answer(db: Database, actor: Actor, *, code: str, values: tuple[int, ...], comment: str = "",
                  source: str = "ketik") -> Subject:
    """One paper questionnaire typed in by the operator (or answered at the kiosk): the code is
    spent by it. Returns whom it was about, for the screen to confirm."""
    require_writer(actor)
    found_code = read_code(code)
    if found_code is None:
        raise UserError("Kode '{code}' tidak sah: delapan huruf/angka seperti tercetak, mis. K7QX-M4RP.", code=code)
    if len(values) != len(VALUE_COLUMNS) or any(v not in (1, 2, 3, 4) for v in values):
        raise UserError("Isi ketujuh nilai dengan 1 sampai 4 (1 Tidak pernah, 2 Kadang-kadang, 3 Sering, 4 Selalu).")
    comment = check_length("masukan", comment or "")
    with db.transaction() as s:
        c = s.scalar(select(MasukanCode).where(MasukanCode.code == found_code))
        if c is None:
            raise NotAllowed("Kode {code} bukan kode kuesioner yang dibuat kantor ini.", code=code)
        if c.used_at is not None:
            raise NotAllowed("Kode {code} sudah dipakai; satu kode untuk satu pengisi.", code=code)
        c.used_at = utcnow()
        s.add(MasukanResponse(code_id=c.id, employee_id=c.employee_id, kind=c.kind, year=c.year,
                              period_kind=c.period_kind, period_number=c.period_number, komentar=comment,
                              source=source, **{f"v{n}": v for n, v in enumerate(values, start=1)}))
        person = s.get(Employee, c.employee_id)
        unit = s.get(Unit, person.unit_id)
        audit.record(s, actor=actor.username, action="masukan.answer", entity="masukan",
                     after={"kind": c.kind, "source": source})
        return Subject(person.id, person.nip, person.nama, person.jabatan, unit.name if unit else "")


@dataclass(frozen=True)
class KindSummary:
    kind: Kind
    responden: int
    hidden: bool
    means: dict[str, float]  # value name -> mean (1-4), two decimals
    comments: tuple[str, ...]  # without author, shuffled

    def as_json(self) -> dict:
        if self.hidden:
            return {"responden": self.responden, "disembunyikan": True}
        return {"responden": self.responden, "rata_rata": self.means, "komentar": list(self.comments)}


def summary(db: Database, actor: Actor, *, nip: str, year: int, period: str | None = None) -> dict[Kind, KindSummary]:
    """Per kind, the means of the seven values and the comments; peer, upward and public results
    only from MIN_RESPONDENTS respondents of that kind (fewer: only how many answered)."""
    with db.read() as s:
        return summary_in(s, actor, employee=employee_by_nip(s, nip), period=parse_period(period, year))


def summary_in(s, actor: Actor, *, employee: Employee, period: Period) -> dict[Kind, KindSummary]:
    """summary inside the caller's read (a printed page reads in one snapshot)."""
    require_can_view(actor, employee)
    rows = s.execute(select(MasukanResponse).where(
        MasukanResponse.employee_id == employee.id, MasukanResponse.year == period.year,
        MasukanResponse.period_kind == period.kind.value,
        MasukanResponse.period_number == period.number)).scalars().all()
    least = max(MIN_RESPONDENTS, MASUKAN_MIN.get(s))  # an office may raise it, never lower it
    grouped: dict[Kind, list] = defaultdict(list)
    for r in rows:
        grouped[Kind(r.kind)].append(r)
    out = {}
    for kind in Kind:
        answers = grouped.get(kind, [])
        hidden = kind not in SHOWN_ALWAYS and len(answers) < least
        means, comments = {}, []
        if answers and not hidden:
            means = {v.name: round(sum(getattr(r, f"v{v.number}") for r in answers) / len(answers), 2)
                     for v in core_values()}
            comments = [r.komentar for r in answers if r.komentar]
            random.SystemRandom().shuffle(comments)  # no order that points back to a respondent
        out[kind] = KindSummary(kind, len(answers), hidden, means, tuple(comments))
    return out
