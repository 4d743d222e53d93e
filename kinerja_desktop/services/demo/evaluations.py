"""Demo ratings and evaluations, sealed exactly as the services seal them."""

from datetime import date, datetime, time, timedelta

from ...domain.periods import Period, PeriodKind, periods_of_year
from ...domain.ratings import PredikatOrganisasi, Rating, predikat_pegawai, rating_hasil_for_unit_head
from ..skp.snapshots import full_unit_name, snapshot
from .names import FEEDBACK_RHK, FEEDBACK_VALUE
from .people import PeopleBuilder, Person

ORG_WEIGHTS = ((PredikatOrganisasi.BAIK, 70), (PredikatOrganisasi.ISTIMEWA, 15), (PredikatOrganisasi.BUTUH_PERBAIKAN, 15))
HASIL_WEIGHTS = {  # by organisation predikat: (Di Atas, Sesuai, Di Bawah)
    PredikatOrganisasi.ISTIMEWA: (70, 27, 3), PredikatOrganisasi.BAIK: (22, 68, 10),
    PredikatOrganisasi.BUTUH_PERBAIKAN: (5, 30, 65)}
PERILAKU_WEIGHTS = (28, 66, 6)
RATINGS = (Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH)

# The Sekda's penilai is the Bupati: not an ASN, recorded with name and jabatan and printed without an NIP.
BUPATI = {"nama": "H. Ahmad Suryadi, S.H., M.M.", "nip": "", "pangkat": "", "jabatan": "Bupati Sukamaju", "unit": "",
          "jenis_pegawai": "non-ASN"}

class EvaluationMaker:
    def __init__(self, rng, writer, people: PeopleBuilder, today: date):
        self.rng, self.writer, self.people, self.today = rng, writer, people, today
        self.by_id = {p.row["id"]: p for p in people.people}
        units = {u["id"]: u for u in people.units}

        def top(u):
            while u["parent_id"] is not None:
                u = units[u["parent_id"]]
            return u

        self.unit_name = {i: full_unit_name(u["name"], top(u)["name"] if top(u) is not u else None)
                          for i, u in units.items()}
        self.org: dict[tuple[int, Period], PredikatOrganisasi] = {}
        self.pd_unit = {}

    # -- organisation predikat per perangkat daerah and period
    def org_predikat(self, plan) -> None:
        top = [u for u in self.people.units if u["parent_id"] is None]
        for index, unit in enumerate(top):
            self.pd_unit[index] = unit["id"]
            for period in self._periods(self.today.year - 1) + self._periods(self.today.year):
                if period.end >= self.today:
                    continue
                org = self.rng.choices([o for o, _ in ORG_WEIGHTS], [w for _, w in ORG_WEIGHTS])[0]
                self.org[(index, period)] = org
                self.writer.add("org_performance", [dict(
                    id=self.writer.new_id("org_performance"), uuid=self.people.uuid(), version=1,
                    unit_id=unit["id"], year=period.year, period_kind=period.kind.value,
                    period_number=period.number, predikat=org.value, set_by="demo", note="",
                    set_on=period.end + timedelta(days=3))])

    @staticmethod
    def _periods(year: int) -> list[Period]:
        return periods_of_year(year, PeriodKind.TRIWULAN)

    # -- SKP rows
    def skp_status(self, year: int) -> str:
        if year < self.today.year:
            return "Disetujui"
        return self.rng.choices(("Disetujui", "Diajukan", "Draft", "Dikembalikan"), (94, 3, 2, 1))[0]

    def _snapshot(self, person: Person | None) -> dict:
        if person is None:
            return {}
        r = person.row
        return snapshot(nama=r["nama"], gelar_depan=r["gelar_depan"], gelar_belakang=r["gelar_belakang"],
                        nip=r["nip"], golongan=r["golongan"], jabatan=r["jabatan"],
                        jenis_jabatan=r["jenis_jabatan"], unit=self.unit_name[r["unit_id"]],
                        jenis_pegawai=r["jenis_pegawai"])

    def skp_row(self, person: Person, year: int, status: str) -> dict:
        penilai = self.by_id.get(person.row["atasan_id"])
        atasan = self.by_id.get(penilai.row["atasan_id"]) if penilai else None
        jpt = person.row["jenis_jabatan"].startswith("JPT")
        return dict(id=self.writer.new_id("skp"), uuid=self.people.uuid(), version=1, employee_id=person.row["id"],
                    year=year, segment=1, approach="kuantitatif",
                    form_family="JPT" if jpt else "Administrasi/Fungsional", status=status,
                    penilai_id=penilai.row["id"] if penilai else None,
                    pegawai_snapshot=self._snapshot(person), penilai_snapshot=self._snapshot(penilai) if penilai else BUPATI,
                    atasan_snapshot=self._snapshot(atasan),
                    return_note="Lengkapi indikator aspek kualitas." if status == "Dikembalikan" else "",
                    approved_on=date(year, 1, 20) if status == "Disetujui" else None)

    def expectations(self, skp_id: int, person: Person) -> list[dict]:
        special = {1: "Merespons keluhan layanan paling lambat satu hari kerja."} if person.kind in ("jpt", "kabid", "camat") else {}
        return [dict(id=self.writer.new_id("behaviour_expectation"), skp_id=skp_id, value_number=n,
                     ekspektasi_khusus=special.get(n, "")) for n in range(1, 8)]

    # -- evaluations
    def evaluations(self, person: Person, skp: dict, plan) -> None:
        for period in self._periods(skp["year"]):
            if period.start > self.today:
                continue
            final = period.end < self.today
            if period.kind is PeriodKind.TAHUNAN and not final:
                continue
            self._evaluation(person, skp, plan, period, final)

    def _evaluation(self, person: Person, skp: dict, plan, period: Period, final: bool) -> None:
        rng, w = self.rng, self.writer
        eid = w.new_id("evaluation")
        realisations = self._realisations(eid, plan, period, partial=not final)
        row = dict(id=eid, uuid=self.people.uuid(), version=1, skp_id=skp["id"], period_kind=period.kind.value,
                   period_number=period.number, status="Draft", rating_hasil=None, rating_perilaku=None,
                   predikat=None, org_predikat=None, catatan="", regime="PermenPANRB 6/2022",
                   finalized_at=None, finalized_by=None, seal_hash=None,
                   seal_version=None, seal_statement=None)
        rhk_fb, value_fb = [], []
        if final:
            org = self.org.get((person.pd, period))
            hasil = (rating_hasil_for_unit_head(org) if person.kind == "jpt" and org else
                     rng.choices(RATINGS, HASIL_WEIGHTS[org or PredikatOrganisasi.BAIK])[0])
            perilaku = rng.choices(RATINGS, PERILAKU_WEIGHTS)[0]
            rhk_fb = [(p.uuid, rng.choice(FEEDBACK_RHK)) for p in plan]
            if period.kind is PeriodKind.TAHUNAN:
                value_fb = [(n, rng.choice(FEEDBACK_VALUE)) for n in range(1, 8)]
            row.update(status="Final", rating_hasil=hasil.value, rating_perilaku=perilaku.value,
                       predikat=predikat_pegawai(hasil, perilaku).value, org_predikat=org.value if org else None,
                       catatan="Pertahankan dan tingkatkan kinerja." if period.kind is PeriodKind.TAHUNAN else "",
                       finalized_at=datetime.combine(period.end + timedelta(days=5), time(9)), finalized_by="demo")
        w.add("evaluation", [row])
        w.add("realisation", realisations)
        rhk_id = {p.uuid: p.id for p in plan}
        w.add("rhk_feedback", [dict(id=w.new_id("rhk_feedback"), evaluation_id=eid, rhk_id=rhk_id[u], text=t)
                               for u, t in rhk_fb])
        w.add("value_feedback", [dict(id=w.new_id("value_feedback"), evaluation_id=eid, value_number=n, text=t)
                                 for n, t in value_fb])

    def _realisations(self, eid: int, plan, period: Period, *, partial: bool) -> list[dict]:
        rng, months = self.rng, 12 if period.kind is PeriodKind.TAHUNAN else 3
        rows = []
        for rhk in plan:
            for ind_id, _uuid, target, satuan in rhk.indicators:
                if partial and rng.random() < 0.5:
                    continue
                if satuan in ("%", "indeks", "nilai"):
                    value = round(target * rng.uniform(0.9, 1.06), 1)
                else:
                    value = float(max(1, round(target * months / 12 * rng.uniform(0.85, 1.15))))
                rows.append(dict(id=self.writer.new_id("realisation"), evaluation_id=eid, indicator_id=ind_id,
                                 value=value, text=f"{value:g} {satuan}"))
        return rows
