"""Demo ratings and evaluations, sealed exactly as the services seal them."""

from collections import Counter, defaultdict
from datetime import date, datetime, time, timedelta

from ...domain.numbers import format_range
from ...domain.periods import Period, PeriodKind, periods_of_year
from ...domain.ratings import Predikat, PredikatOrganisasi, Rating, predikat_pegawai, rating_hasil_for_unit_head
from ..skp.snapshots import full_unit_name, snapshot
from .names import FEEDBACK_RHK, FEEDBACK_VALUE
from .people import PeopleBuilder, Person

ORG_WEIGHTS = ((PredikatOrganisasi.BAIK, 70), (PredikatOrganisasi.ISTIMEWA, 15), (PredikatOrganisasi.BUTUH_PERBAIKAN, 15))
# Chosen so each organisation predikat's expected distribution sits inside the guidance of
# SE MenPANRB 3/2023 (tests/integration/test_demo.py): Istimewa about 25 % Sangat Baik; Baik about
# 60 % Baik with some Butuh Perbaikan; Butuh Perbaikan about 72 % Butuh Perbaikan.
HASIL_WEIGHTS = {  # by organisation predikat: (Di Atas, Sesuai, Di Bawah)
    PredikatOrganisasi.ISTIMEWA: (85, 14, 1), PredikatOrganisasi.BAIK: (36, 40, 24),
    PredikatOrganisasi.BUTUH_PERBAIKAN: (2, 22, 76)}
PERILAKU_WEIGHTS = {PredikatOrganisasi.ISTIMEWA: (65, 33, 2), PredikatOrganisasi.BAIK: (35, 60, 5),
                    PredikatOrganisasi.BUTUH_PERBAIKAN: (35, 60, 5)}
# The catatan/rekomendasi of an annual evaluation, as a penilai would write it for the predikat.
CATATAN = {
    "Sangat Baik": "Kinerja sangat baik; pertahankan dan pertimbangkan untuk pengembangan karier.",
    "Baik": "Pertahankan dan tingkatkan kinerja.",
    "Butuh Perbaikan": "Perlu pembinaan; susun rencana perbaikan kinerja bersama atasan untuk periode berikutnya.",
    "Kurang/Misconduct": "Perlu pembinaan intensif atas perilaku kerja; dipantau setiap triwulan.",
    "Sangat Kurang": "Wajib mengikuti program pembinaan kinerja; dievaluasi ulang pada triwulan berikutnya.",
}
RATINGS = (Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH)
STEER = 0.66  # the share a running distribution keeps under a guidance bound of 70 %

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
        self.tally: dict = defaultdict(Counter)  # predikat so far per perangkat daerah and period
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
            perilaku = rng.choices(RATINGS, PERILAKU_WEIGHTS[org or PredikatOrganisasi.BAIK])[0]
            if org and person.kind != "jpt":
                hasil, perilaku = self._steer(org, self.tally[(person.pd, period)], hasil, perilaku)
            self.tally[(person.pd, period)][predikat_pegawai(hasil, perilaku)] += 1
            rhk_fb = [(p.uuid, rng.choice(FEEDBACK_RHK)) for p in plan]
            if period.kind is PeriodKind.TAHUNAN:
                value_fb = [(n, rng.choice(FEEDBACK_VALUE)) for n in range(1, 8)]
            row.update(status="Final", rating_hasil=hasil.value, rating_perilaku=perilaku.value,
                       predikat=predikat_pegawai(hasil, perilaku).value, org_predikat=org.value if org else None,
                       catatan=(CATATAN[predikat_pegawai(hasil, perilaku).value]
                                if period.kind is PeriodKind.TAHUNAN else ""),
                       finalized_at=datetime.combine(period.end + timedelta(days=5), time(9)), finalized_by="demo")
        w.add("evaluation", [row])
        w.add("realisation", realisations)
        rhk_id = {p.uuid: p.id for p in plan}
        w.add("rhk_feedback", [dict(id=w.new_id("rhk_feedback"), evaluation_id=eid, rhk_id=rhk_id[u], text=t)
                               for u, t in rhk_fb])
        w.add("value_feedback", [dict(id=w.new_id("value_feedback"), evaluation_id=eid, value_number=n, text=t)
                                 for n, t in value_fb])

    @staticmethod
    def _steer(org: PredikatOrganisasi, tally: Counter, hasil: Rating, perilaku: Rating) -> tuple[Rating, Rating]:
        """Random draws alone stray past the guidance in a third of the units; as a BKPSDM would,
        keep each perangkat daerah's running distribution inside it by moving a rating."""
        n, predikat = sum(tally.values()) + 1, predikat_pegawai(hasil, perilaku)
        sb, baik, bp = Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN
        if org is PredikatOrganisasi.BAIK and predikat is baik and tally[baik] + 1 > STEER * n:
            return Rating.DI_BAWAH, perilaku  # Butuh Perbaikan: the guidance also wants some
        if org is PredikatOrganisasi.ISTIMEWA:
            if predikat is sb and tally[sb] + 1 > STEER * n:
                return Rating.SESUAI, perilaku
            if predikat is not sb and tally[sb] + 1 <= STEER * n and tally[predikat] + 1 > tally[sb]:
                return Rating.DI_ATAS, Rating.DI_ATAS  # Sangat Baik stays the largest group
        if (org is PredikatOrganisasi.BUTUH_PERBAIKAN and predikat is not bp and perilaku is not Rating.DI_BAWAH
                and tally[bp] < 0.64 * n):
            return Rating.DI_BAWAH, perilaku
        return hasil, perilaku

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
                                 value=value, text=format_range(value, None, satuan)))
        return rows
