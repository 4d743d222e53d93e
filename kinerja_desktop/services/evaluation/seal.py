"""The seal of a final evaluation: sha256 over its canonical content.

The same function seals in the services, in the demo's bulk writer and in `audit verify`, so a
row edited behind the program's back no longer matches its seal.
"""

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...store.audit import canonical_json
from ...store.models import (
    Employee, Evaluation, EvidenceLink, Indicator, Realisation, Rhk, RhkFeedback, Skp, ValueFeedback,
)

HEAD_FIELDS = ("uuid", "nip", "year", "period_kind", "period_number", "rating_hasil",
               "rating_perilaku", "predikat", "org_predikat", "catatan")


def seal_hash(head: dict, realisations: Iterable, rhk_feedback: Iterable, value_feedback: Iterable,
              evidence: Iterable = ()) -> str:
    """``head`` holds HEAD_FIELDS; the lists hold tuples keyed by indicator/RHK uuid or value
    number. Order does not matter: each section's items are hashed in sorted order."""
    lines = [canonical_json({k: head.get(k) for k in HEAD_FIELDS})]
    sections = (("realisasi", [tuple(map(_plain, r)) for r in realisations]), ("umpan_balik_rhk", rhk_feedback),
                ("umpan_balik_perilaku", value_feedback), ("bukti", evidence))
    for name, items in sections:
        lines.append(name)
        lines.extend(sorted(canonical_json(list(item)) for item in items))
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _plain(value):
    return float(value) if isinstance(value, int) and not isinstance(value, bool) else value


def seal_of(session: Session, evaluation_id: int) -> str:
    return next(iter(_material(session, [evaluation_id]).values()))


def _material(session: Session, ids: list[int]) -> dict[int, str]:
    heads = session.execute(
        select(Evaluation.id, Evaluation.uuid, Employee.nip, Skp.year, Evaluation.period_kind,
               Evaluation.period_number, Evaluation.rating_hasil, Evaluation.rating_perilaku,
               Evaluation.predikat, Evaluation.org_predikat, Evaluation.catatan)
        .join(Skp, Evaluation.skp_id == Skp.id).join(Employee, Skp.employee_id == Employee.id)
        .where(Evaluation.id.in_(ids))).all()
    parts = {name: defaultdict(list) for name in ("r", "rf", "vf", "ev")}
    queries = {
        "r": select(Realisation.evaluation_id, Indicator.uuid, Realisation.value, Realisation.text)
        .join(Indicator, Realisation.indicator_id == Indicator.id).where(Realisation.evaluation_id.in_(ids)),
        "rf": select(RhkFeedback.evaluation_id, Rhk.uuid, RhkFeedback.text)
        .join(Rhk, RhkFeedback.rhk_id == Rhk.id).where(RhkFeedback.evaluation_id.in_(ids)),
        "vf": select(ValueFeedback.evaluation_id, ValueFeedback.value_number, ValueFeedback.text)
        .where(ValueFeedback.evaluation_id.in_(ids)),
        "ev": select(EvidenceLink.evaluation_id, Indicator.uuid, EvidenceLink.sha256, EvidenceLink.url)
        .outerjoin(Indicator, EvidenceLink.indicator_id == Indicator.id).where(EvidenceLink.evaluation_id.in_(ids)),
    }
    for name, query in queries.items():
        for row in session.execute(query):
            parts[name][row[0]].append(tuple(row[1:]))
    return {h.id: seal_hash(dict(h._mapping), parts["r"][h.id], parts["rf"][h.id], parts["vf"][h.id],
                            parts["ev"][h.id]) for h in heads}


def broken_seals(session: Session, *, batch: int = 500) -> list[str]:
    """Messages for each final evaluation whose content no longer matches its seal."""
    finals = session.execute(select(Evaluation.id, Evaluation.seal_hash)
                             .where(Evaluation.status == "Final").order_by(Evaluation.id)).all()
    problems = []
    for start in range(0, len(finals), batch):
        chunk = finals[start:start + batch]
        actual = _material(session, [f.id for f in chunk])
        problems += [f"evaluasi #{f.id}: isi tidak cocok dengan segelnya (diubah di luar program)"
                     for f in chunk if actual.get(f.id) != f.seal_hash]
    return problems
