"""The seal of a final evaluation: sha256 over its canonical content, under a numbered rule.

Version 1 (seals made before 0003) covers the ratings, realisasi and feedback. Version 2 covers
everything the printed documents show: the people as the SKP snapshots them (name, NIP, pangkat,
jabatan, unit), the plan (RHK and indicator texts and targets, the intervened RHK, the
expectations, the lampiran), the period, the approval and finalisation dates, the organisation
predikat and the catatan. Each seal is checked under the version it was made with.

The same functions seal in the services, in the demo and in `audit verify`, so a row edited
behind the program's back no longer matches its seal.
"""

import hashlib
from functools import cache

import orjson
from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, aliased

from ...store.audit import canonical_json
from ...store.models import (
    BehaviourExpectation, Employee, Evaluation, EvidenceLink, Indicator, LampiranItem, Realisation, Rhk,
    RhkFeedback, Skp, ValueFeedback,
)

SEAL_VERSION = 2
HEAD_FIELDS = {1: ("uuid", "nip", "year", "period_kind", "period_number", "rating_hasil", "rating_perilaku",
                   "predikat", "org_predikat", "catatan"),
               2: ("uuid", "nip", "year", "period_kind", "period_number", "rating_hasil", "rating_perilaku",
                   "predikat", "org_predikat", "catatan", "finalized_on")}
PLAN_FIELDS = ("approach", "form_family", "approved_on", "pegawai", "penilai", "atasan")
# The sections after the head, in order; a version hashes those it names.
EVALUATION_SECTIONS = ("realisasi", "umpan_balik_rhk", "umpan_balik_perilaku", "bukti")
PLAN_SECTIONS = ("rhk", "indikator", "ekspektasi", "lampiran")


def seal_hash(version: int, head: dict, sections: dict[str, list], plan: str = "") -> str:
    """``head`` holds HEAD_FIELDS[version]; ``sections`` lists of tuples per section name; for
    version 2 ``plan`` is the :func:`plan_text` of the SKP. Order inside a section does not
    matter: its items are hashed sorted."""
    encode = canonical_json if version == 1 else _json
    lines = [] if version == 1 else [f"kinerja-segel-{version}"]
    lines.append(encode({k: head.get(k) for k in HEAD_FIELDS[version]}))
    if version >= 2:
        lines.append(plan)
    lines += _section_lines(EVALUATION_SECTIONS, sections, encode)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def plan_text(plan: dict) -> str:
    """The part of a version-2 seal every evaluation of one SKP shares: PLAN_FIELDS, then the
    PLAN_SECTIONS lists of tuples."""
    return "\n".join([_json({k: plan.get(k) for k in PLAN_FIELDS}), *_section_lines(PLAN_SECTIONS, plan, _json)])


def _json(value) -> str:
    """Version 2 spells its JSON with orjson (sorted keys, compact): a third of the time of the
    standard library's, which version 1 keeps."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS, default=str).decode()


def _section_lines(names: tuple[str, ...], sections: dict, encode) -> list[str]:
    # version 1 spelled only realisasi values one way; version 2 spells every number and date so
    plain_all = encode is not canonical_json
    lines = []
    for name in names:
        lines.append(name)
        plain = plain_all or name == "realisasi"
        lines.extend(sorted(encode([_plain(v) for v in item] if plain else list(item))
                            for item in sections.get(name, ())))
    return lines


def _plain(value):
    """One spelling per number (100 and 100.0 are one target) and per date."""
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value.isoformat() if hasattr(value, "isoformat") else value


def seal_of(session: Session, evaluation_id: int, version: int = SEAL_VERSION) -> str:
    """The seal the evaluation's content has now, under ``version``."""
    return seals_of(session, {evaluation_id: version})[evaluation_id]


def seals_of(session: Session, versions: dict[int, int]) -> dict[int, str]:
    """``seal_of`` for many evaluations (id -> seal version) in the same few queries."""
    return _material(session, list(versions), versions) if versions else {}


IDS = bindparam("ids", expanding=True)


@cache
def _queries() -> dict[str, object]:
    """Every query the seal reads, built once: constructing them cost more than running them when
    a printed document is checked against its seal."""
    parent = aliased(Rhk)
    return {
        "heads": select(Evaluation.id, Evaluation.skp_id, Evaluation.uuid, Employee.nip, Skp.year,
                        Evaluation.period_kind, Evaluation.period_number, Evaluation.rating_hasil,
                        Evaluation.rating_perilaku, Evaluation.predikat, Evaluation.org_predikat, Evaluation.catatan,
                        Evaluation.finalized_at)
        .join(Skp, Evaluation.skp_id == Skp.id).join(Employee, Skp.employee_id == Employee.id)
        .where(Evaluation.id.in_(IDS)),
        # the evaluation's own sections, first column the evaluation id
        "realisasi": select(Realisation.evaluation_id, Indicator.uuid, Realisation.value, Realisation.text)
        .join(Indicator, Realisation.indicator_id == Indicator.id).where(Realisation.evaluation_id.in_(IDS)),
        "umpan_balik_rhk": select(RhkFeedback.evaluation_id, Rhk.uuid, RhkFeedback.text)
        .join(Rhk, RhkFeedback.rhk_id == Rhk.id).where(RhkFeedback.evaluation_id.in_(IDS)),
        "umpan_balik_perilaku": select(ValueFeedback.evaluation_id, ValueFeedback.value_number, ValueFeedback.text)
        .where(ValueFeedback.evaluation_id.in_(IDS)),
        "bukti": select(EvidenceLink.evaluation_id, Indicator.uuid, EvidenceLink.sha256, EvidenceLink.url)
        .outerjoin(Indicator, EvidenceLink.indicator_id == Indicator.id).where(EvidenceLink.evaluation_id.in_(IDS)),
        # the plan's sections, first column the SKP id
        "rhk": select(Rhk.skp_id, Rhk.uuid, Rhk.jenis, Rhk.position, Rhk.text,
                      func.coalesce(parent.text, Rhk.intervensi_text))
        .outerjoin(parent, Rhk.parent_id == parent.id).where(Rhk.skp_id.in_(IDS)),
        "indikator": select(Rhk.skp_id, Indicator.uuid, Rhk.uuid, Indicator.position, Indicator.aspek,
                            Indicator.perspektif, Indicator.text, Indicator.target_min, Indicator.target_max,
                            Indicator.satuan, Indicator.target_text)
        .join(Rhk, Indicator.rhk_id == Rhk.id).where(Rhk.skp_id.in_(IDS)),
        "ekspektasi": select(BehaviourExpectation.skp_id, BehaviourExpectation.value_number,
                             BehaviourExpectation.ekspektasi_khusus).where(BehaviourExpectation.skp_id.in_(IDS)),
        "lampiran": select(LampiranItem.skp_id, LampiranItem.section, LampiranItem.position, LampiranItem.text)
        .where(LampiranItem.skp_id.in_(IDS)),
        "plans": select(Skp.id, Skp.approach, Skp.form_family, Skp.approved_on, Skp.pegawai_snapshot,
                        Skp.penilai_snapshot, Skp.atasan_snapshot).where(Skp.id.in_(IDS)),
    }


def _grouped(session: Session, names: tuple[str, ...], ids: list[int]) -> dict[str, dict[int, list[tuple]]]:
    """Each named query's rows for ``ids``, grouped by their first column, without it."""
    out = {}
    for name in names:
        groups = defaultdict(list)
        for row in session.execute(_queries()[name], {"ids": ids}):
            groups[row[0]].append(tuple(row[1:]))
        out[name] = groups
    return out


def _plans(session: Session, skp_ids: set[int]) -> dict[int, str]:
    """The printed plan of each SKP: what version 2 seals besides the evaluation itself."""
    ids = list(skp_ids)
    if not ids:
        return {}
    sections = _grouped(session, PLAN_SECTIONS, ids)
    plans = {}
    for row in session.execute(_queries()["plans"], {"ids": ids}):
        plans[row.id] = plan_text({"approach": row.approach, "form_family": row.form_family,
                                   "approved_on": _plain(row.approved_on), "pegawai": row.pegawai_snapshot or {},
                                   "penilai": row.penilai_snapshot or {}, "atasan": row.atasan_snapshot or {},
                                   **{name: sections[name][row.id] for name in PLAN_SECTIONS}})
    return plans


def _material(session: Session, ids: list[int], versions: dict[int, int]) -> dict[int, str]:
    heads = session.execute(_queries()["heads"], {"ids": ids}).all()
    sections = _grouped(session, EVALUATION_SECTIONS, ids)
    plans = _plans(session, {h.skp_id for h in heads if versions[h.id] >= 2})
    out = {}
    for h in heads:
        head = dict(h._mapping, finalized_on=h.finalized_at.date().isoformat() if h.finalized_at else None)
        out[h.id] = seal_hash(versions[h.id], head, {name: sections[name][h.id] for name in EVALUATION_SECTIONS},
                              plans.get(h.skp_id, ""))
    return out


def _finals(session: Session, *, unsealed: bool = False, batch: int = 500) -> Iterator[list]:
    query = select(Evaluation.id, Evaluation.seal_hash, Evaluation.seal_version).where(Evaluation.status == "Final")
    if unsealed:
        query = query.where(Evaluation.seal_hash.is_(None))
    finals = session.execute(query.order_by(Evaluation.id)).all()
    for start in range(0, len(finals), batch):
        yield finals[start:start + batch]


def seal_unsealed(session: Session) -> int:
    """Seal every final evaluation that has no seal yet (the demo writes its rows in bulk, then
    seals them here, through the same reading of the content as `audit verify`)."""
    count = 0
    for chunk in _finals(session, unsealed=True):
        seals = _material(session, [f.id for f in chunk], {f.id: SEAL_VERSION for f in chunk})
        session.execute(Evaluation.__table__.update().where(Evaluation.__table__.c.id == bindparam("eid"))
                        .values(seal_hash=bindparam("seal"), seal_version=SEAL_VERSION),
                        [{"eid": k, "seal": v} for k, v in seals.items()])
        count += len(seals)
    return count


def broken_seals(session: Session, *, batch: int = 500) -> list[str]:
    """Messages for each final evaluation whose content no longer matches its seal."""
    problems = []
    for chunk in _finals(session, batch=batch):
        actual = _material(session, [f.id for f in chunk], {f.id: f.seal_version or 1 for f in chunk})
        problems += [f"evaluasi #{f.id}: isi tidak cocok dengan segelnya (diubah di luar program)"
                     for f in chunk if actual.get(f.id) != f.seal_hash]
    return problems


def reseal(session: Session, evaluation: Evaluation) -> None:
    """Seal ``evaluation`` as it now stands (flushed first), under the current version. A signed
    statement of an earlier seal no longer holds: it is dropped until the office signs again."""
    session.flush()
    evaluation.seal_hash = seal_of(session, evaluation.id)
    evaluation.seal_version, evaluation.seal_statement = SEAL_VERSION, None


def unseal(evaluation: Evaluation) -> None:
    evaluation.seal_hash = evaluation.seal_version = evaluation.seal_statement = None
