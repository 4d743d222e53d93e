"""SKP planning and its workflow."""

from .approval import approve_skp, return_skp, submit_skp
from .planning import (
    add_indicator, add_lampiran, add_rhk, plan_skp, record_outside_penilai, set_expectations, superior_rhk,
)
from .queries import RhkDetail, SkpDetail, skp_detail

__all__ = ["RhkDetail", "SkpDetail", "skp_detail", "add_indicator", "add_lampiran", "add_rhk", "approve_skp", "plan_skp", "return_skp",
           "set_expectations", "submit_skp", "superior_rhk"]
