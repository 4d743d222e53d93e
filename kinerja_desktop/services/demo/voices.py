"""Demo masukan and SKM answers, so every screen and page that shows them has something to show:
last year's annual questionnaires (self, peers, subordinates of leaders, the public for staff who
serve it), a survey of each school, puskesmas and kecamatan for both years, and desk codes for
the staff who serve the public."""

from datetime import date, datetime, time

from ...domain.masukan import ALPHABET, CODE_LENGTH, Kind
from .people import PeopleBuilder

LEADERS = frozenset({"jpt", "camat", "sekretaris", "kabid", "kasi", "kepsek", "kapus"})
SERVING = frozenset({"guru", "nakes", "kepsek", "kapus", "camat"})
SERVICE_UNITS = frozenset({"sekolah", "puskesmas"})
COMMENTS = ("Memberi arahan yang jelas.", "Perlu lebih cepat menanggapi pertanyaan.", "Ramah dan membantu.",
            "Sering hadir tepat waktu.", "Kadang sulit ditemui.", "Menjelaskan prosedur dengan sabar.", "", "", "")
SKM_COMMENTS = ("Antrian cukup cepat.", "Ruang tunggu kurang nyaman.", "Petugas ramah.", "Informasi biaya jelas.",
                "Perlu papan informasi yang lebih jelas.", "", "", "", "")


def voices(people: PeopleBuilder, writer, today: date) -> None:
    rng = people.rng
    year = today.year - 1
    when = datetime.combine(date(year, 12, 10), time(10))
    codes, answers, taken = [], [], set()

    def new_code() -> str:  # from the demo's seed: the same demo every time
        while (code := "".join(rng.choice(ALPHABET) for _ in range(CODE_LENGTH))) in taken:
            pass
        taken.add(code)
        return code

    for person in people.people:
        kinds = [(Kind.DIRI, 1), (Kind.REKAN, rng.choice((2, 3, 4)))]
        if person.kind in LEADERS:
            kinds.append((Kind.BAWAHAN, rng.choice((2, 3, 4, 5))))
        if person.kind in SERVING:
            kinds.append((Kind.MASYARAKAT, rng.choice((3, 5, 8))))
        lean = rng.uniform(-0.6, 0.5)  # how this person tends to be seen
        for kind, count in kinds:
            for _ in range(count):
                code_id = writer.new_id("masukan_code")
                codes.append(dict(id=code_id, code=new_code(), employee_id=person.row["id"], kind=kind.value, year=year,
                                  period_kind="tahunan", period_number=1, created_at=when, used_at=when))
                values = {f"v{n}": max(1, min(4, round(3.1 + lean + rng.gauss(0, 0.6)))) for n in range(1, 8)}
                answers.append(dict(id=writer.new_id("masukan_response"), uuid=people.uuid(), version=1, code_id=code_id,
                                    employee_id=person.row["id"], kind=kind.value, year=year, period_kind="tahunan",
                                    period_number=1, komentar=rng.choice(COMMENTS), source="impor", created_at=when,
                                    **values))
    writer.add("masukan_code", codes)
    writer.add("masukan_response", answers)
    surveys = []
    for unit in people.units:
        if unit["kind"] not in SERVICE_UNITS and not unit["name"].startswith("Kecamatan"):
            continue
        quality = rng.uniform(2.7, 3.6)
        for survey_year in (today.year - 1, today.year):
            for _ in range(rng.randint(20, 45)):
                row = {f"u{n}": max(1, min(4, round(quality + rng.gauss(0, 0.55)))) for n in range(1, 10)}
                surveys.append(dict(id=writer.new_id("skm_response"), uuid=people.uuid(), version=1, unit_id=unit["id"],
                                    year=survey_year, komentar=rng.choice(SKM_COMMENTS), source="impor",
                                    created_at=when, **row))
    writer.add("skm_response", surveys)
    desks, numbers = [], set()  # desk cards of those who serve the public, for the kiosk's officer step
    for person in people.people:
        if person.kind in SERVING:
            while (code := str(rng.randint(100_000, 999_999))) in numbers:
                pass
            numbers.add(code)
            desks.append(dict(id=writer.new_id("masukan_desk"), code=code, employee_id=person.row["id"], created_at=when))
    writer.add("masukan_desk", desks)
