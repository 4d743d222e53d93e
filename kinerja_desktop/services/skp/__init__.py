"""SKP planning and its workflow."""

from .approval import approve_skp, return_skp, submit_skp
from .planning import add_indicator, add_lampiran, add_rhk, plan_skp, set_expectation, superior_rhk

__all__ = ["add_indicator", "add_lampiran", "add_rhk", "approve_skp", "plan_skp", "return_skp",
           "set_expectation", "submit_skp", "superior_rhk"]
