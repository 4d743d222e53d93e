"""What the Evaluasi page shows beside the ratings, read from the services: the organisation's
result, the questionnaires' summary and the objective data. Each is a help for the penilai,
never part of the rating. Translated in the page's own context (EvaluationPage)."""

from html import escape

from PySide6.QtCore import QCoreApplication

from ...domain.dates import format_tanggal
from ...domain.masukan import Kind
from ...domain.numbers import format_number, format_percent
from ...domain.periods import PeriodKind
from ...services import masukan
from ...services.context import Actor
from ...services.follow_up.evidence import objective_data
from ...services.organisation import governing_distribution
from ...services.skp.segments import combined_result
from ...store.db import Database
from ..errors import user_message
from ..i18n import current_language

translate = QCoreApplication.translate


def organisation(db: Database, actor: Actor, employee_id: int, period) -> str:
    """The organisation's predikat that governs the distribution, its warnings, and for a year
    split by a move the combined suggestion."""
    dist = governing_distribution(db, actor, employee_id=employee_id, period=period)
    if dist is None:
        text = translate("EvaluationPage", "Capaian kinerja organisasi periode ini belum ditetapkan.")
    else:
        text = translate("EvaluationPage", "Capaian kinerja organisasi ({0}): <b>{1}</b>").format(
            dist.unit, translate("EvaluationPage", dist.org_predikat))
        text += "".join(f"<br><span style='color:#9c4221'>⚠ {user_message(w)}</span>" for w in dist.warnings)
    return text + _combined(db, actor, employee_id, period)


def _combined(db: Database, actor: Actor, employee_id: int, period) -> str:
    """For the annual result of a year split by a move: each segment's latest final result and
    the months-weighted suggestion; the penilai of the last segment decides."""
    if period.kind is not PeriodKind.TAHUNAN:
        return ""
    combined = combined_result(db, actor, employee_id=employee_id, year=period.year)
    if combined is None:
        return ""
    parts = "; ".join(translate("EvaluationPage", "segmen {0} ({1} bulan): {2}").format(
        p.segment.number, p.segment.months,
        translate("EvaluationPage", p.predikat) if p.predikat else translate("EvaluationPage", "belum final"))
        for p in combined.parts)
    suggestion = (translate("EvaluationPage", "{0} / {1}, predikat {2}").format(
        translate("EvaluationPage", combined.rating_hasil), translate("EvaluationPage", combined.rating_perilaku),
        translate("EvaluationPage", combined.predikat))
        if combined.predikat else translate("EvaluationPage", "belum dapat diusulkan"))
    return translate("EvaluationPage", "<br>Tahun ini terbagi karena pindah jabatan: {0}. Usulan hasil tahunan "
                                       "gabungan (menurut bulan): <b>{1}</b>.").format(parts, suggestion)


def objective(db: Database, actor: Actor, detail, period) -> str:
    """Attendance and sanctions of the period: evidence for Akuntabel, never a rating by itself."""
    data = objective_data(db, actor, employee_id=detail.skp.skp.employee_id, period=period)
    language = current_language()
    if data.hari_kerja:
        attendance = translate("EvaluationPage", "Presensi {0} bulan: hadir {1} dari {2} hari kerja ({3}), terlambat "
                                                 "{4} kali, tanpa keterangan {5} hari.").format(
            data.months, data.hadir, data.hari_kerja, format_percent(data.percent, language, decimals=1),
            data.terlambat, data.tanpa_keterangan)
    else:
        attendance = translate("EvaluationPage", "Belum ada rekap presensi untuk periode ini.")
    sanctions = "; ".join(f"{s.jenis} ({s.nomor_sk}, {format_tanggal(s.tmt)})" for s in data.sanctions)
    discipline = (translate("EvaluationPage", "Hukuman disiplin: {0}.").format(sanctions) if sanctions
                  else translate("EvaluationPage", "Tidak ada hukuman disiplin dalam periode ini."))
    return translate("EvaluationPage", "<b>Data objektif untuk nilai Akuntabel</b> (bahan pertimbangan, tidak "
                                       "mengubah rating):<br>{0}<br>{1}").format(attendance, discipline)


def masukan_summary(db: Database, actor: Actor, detail, period) -> str:
    """The questionnaires' summary beside the penilai's own feedback: means per kind, hidden
    under three respondents."""
    kinds = masukan.summary(db, actor, nip=detail.skp.skp.pegawai["nip"], year=period.year, period=period.code)
    lines = []
    language = current_language()
    titles = {Kind.DIRI: translate("EvaluationPage", "Penilaian diri"),
              Kind.REKAN: translate("EvaluationPage", "Masukan rekan kerja"),
              Kind.BAWAHAN: translate("EvaluationPage", "Masukan bawahan"),
              Kind.MASYARAKAT: translate("EvaluationPage", "Masukan masyarakat pengguna layanan")}
    for kind, s in kinds.items():
        title = titles[kind]
        if not s.responden:
            continue
        if s.hidden:
            lines.append(translate("EvaluationPage", "<b>{0}</b>: {1} responden, belum ditampilkan (kurang dari "
                                                     "3).").format(title, s.responden))
            continue
        means = "; ".join(f"{name} {format_number(mean, language, decimals=2, fixed=True)}" for name, mean in s.means.items())
        comments = "".join(f"<br>&nbsp;&nbsp;– {escape(c)}" for c in s.comments[:5])
        lines.append(translate("EvaluationPage", "<b>{0}</b>: {1} responden; rata-rata (1-4): {2}").format(
            title, s.responden, means) + comments)
    if not lines:
        return translate("EvaluationPage", "Belum ada kuesioner masukan yang diisi untuk periode ini.")
    return "<br>".join(lines) + "<br><i>" + translate(
        "EvaluationPage", "Masukan adalah bahan pertimbangan; rating tetap keputusan pejabat penilai.") + "</i>"
