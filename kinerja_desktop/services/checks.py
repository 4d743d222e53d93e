"""What is still missing before an action that cannot be undone (Finalkan, Ajukan SKP).

Pure functions over the detail rows a page already holds: they never refuse, they list. Each
item is data (a kind and the text it is about); the window and the command line render the
kind in their language. The service functions themselves decide what is refused."""

from dataclasses import dataclass

from .evaluation.queries import EvaluationDetail
from .skp.planning import LAMPIRAN_TITLES
from .skp.queries import SkpDetail


@dataclass(frozen=True)
class Missing:
    kind: str    # one of KINDS
    about: str   # the indicator, RHK or value it concerns ("" for the whole document)

    @property
    def blocking(self) -> bool:
        """The service will refuse the action while this is missing (no point asking again)."""
        return self.kind in BLOCKING


KINDS = {  # kind -> Indonesian text; the window translates it (ui/widgets/missing.py)
    "no_rhk_utama": "Belum ada RHK utama.",
    "rhk_without_indicator": "RHK tanpa indikator: {about}",
    "indicator_without_realisasi": "Indikator tanpa realisasi: {about}",
    "rhk_without_feedback": "RHK tanpa umpan balik: {about}",
    "value_without_feedback": "Nilai perilaku tanpa umpan balik: {about}",
    "rating_hasil_not_set": "Rating hasil kerja belum dipilih.",
    "rating_perilaku_not_set": "Rating perilaku kerja belum dipilih.",
    "lampiran_empty": "Lampiran SKP belum diisi: {about}",
}
BLOCKING = {"no_rhk_utama", "rhk_without_indicator", "rating_hasil_not_set", "rating_perilaku_not_set"}


def _plan(skp: SkpDetail) -> list[Missing]:
    found = [] if skp.utama else [Missing("no_rhk_utama", "")]
    return found + [Missing("rhk_without_indicator", r.rhk.text) for r in skp.rhk if not r.indicators]


def before_submit(skp: SkpDetail) -> list[Missing]:
    """Ajukan SKP: no RHK utama or an RHK without an indicator (refused), an empty lampiran list."""
    return _plan(skp) + [Missing("lampiran_empty", LAMPIRAN_TITLES[section])
                         for section, items in skp.lampiran.items() if not items]


def before_finalize(detail: EvaluationDetail) -> list[Missing]:
    """Finalkan: indicators without realisasi, RHK and BerAKHLAK values without feedback, and
    ratings not set."""
    evaluation = detail.evaluation
    found = _plan(detail.skp)
    found += [Missing("indicator_without_realisasi", i.text) for r in detail.skp.rhk for i in r.indicators
              if i.id not in detail.realisations]
    found += [Missing("rhk_without_feedback", r.rhk.text) for r in detail.skp.rhk
              if not detail.rhk_feedback.get(r.rhk.id)]
    found += [Missing("value_without_feedback", e.value.name) for e in detail.skp.expectations
              if not detail.value_feedback.get(e.value.number)]
    if evaluation is not None and not evaluation.rating_hasil:
        found.append(Missing("rating_hasil_not_set", ""))
    if evaluation is not None and not evaluation.rating_perilaku:
        found.append(Missing("rating_perilaku_not_set", ""))
    return found


def describe(item: Missing, template: str | None = None) -> str:
    """``item`` in words: Indonesian, or through ``template`` (a translation of its kind)."""
    return (template or KINDS[item.kind]).format(about=item.about)
