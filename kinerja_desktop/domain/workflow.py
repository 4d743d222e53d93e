"""State machines of the SKP and of an evaluation, and the states of a package in the outbox."""

from enum import StrEnum

from ..errors import NotAllowed


class SkpStatus(StrEnum):
    DRAFT = "Draft"
    DIAJUKAN = "Diajukan"
    DISETUJUI = "Disetujui"
    DIKEMBALIKAN = "Dikembalikan"


class EvaluationStatus(StrEnum):
    DRAFT = "Draft"
    FINAL = "Final"


class OutboxStatus(StrEnum):
    """A sync package kept in the district's outbox: waiting for its receipt, or received."""

    MENUNGGU = "Menunggu"
    DITERIMA = "Diterima"


TOMBSTONE_KEY = "(dihapus)"  # the province's key of a record its office deleted (sync/lines.py)


class ConflictStatus(StrEnum):
    """A record the province could not apply: open until a person decides to keep the
    province's copy or take the district's."""

    TERBUKA = "Terbuka"
    DIPERTAHANKAN = "Dipertahankan"  # the province's copy stays
    DIAMBIL = "Diambil"  # the district's record is applied


SKP_TRANSITIONS: dict[str, tuple[frozenset[SkpStatus], SkpStatus]] = {
    "submit": (frozenset({SkpStatus.DRAFT, SkpStatus.DIKEMBALIKAN}), SkpStatus.DIAJUKAN),
    "approve": (frozenset({SkpStatus.DIAJUKAN}), SkpStatus.DISETUJUI),
    "return": (frozenset({SkpStatus.DIAJUKAN}), SkpStatus.DIKEMBALIKAN),
    "revise": (frozenset({SkpStatus.DIKEMBALIKAN, SkpStatus.DRAFT}), SkpStatus.DRAFT),
}

_SKP_REFUSALS = {"submit": "SKP berstatus {status} tidak dapat diajukan.",
                 "approve": "SKP berstatus {status} tidak dapat disetujui.",
                 "return": "SKP berstatus {status} tidak dapat dikembalikan.",
                 "revise": "SKP berstatus {status} tidak dapat diubah."}


def next_skp_status(current: SkpStatus | str, action: str) -> SkpStatus:
    """The status after ``action``; raises NotAllowed naming the current status."""
    allowed, target = SKP_TRANSITIONS[action]
    if SkpStatus(current) not in allowed:
        raise NotAllowed(
            _SKP_REFUSALS[action], status=SkpStatus(current).value
        )
    return target


def skp_is_editable(status: SkpStatus | str) -> bool:
    """Plans are edited in Draft or after being returned; submitted or approved ones are locked."""
    return SkpStatus(status) in (SkpStatus.DRAFT, SkpStatus.DIKEMBALIKAN)


def require_evaluation_editable(status: EvaluationStatus | str) -> None:
    if EvaluationStatus(status) is EvaluationStatus.FINAL:
        raise NotAllowed(
            "Evaluasi ini sudah final dan tidak dapat diubah. Perubahan hanya melalui keputusan "
            "keberatan atau pembukaan kunci yang dicatat beserta alasannya."
        )
