"""Evaluations: recording, ratings, finalising, objections."""

from .objection import ObjectionRow, decide_objection, file_objection
from .rating import finalize_evaluation, set_catatan, set_ratings, unlock_evaluation
from .recording import (
    add_feedback_input, attach_evidence, open_evaluation, record_feedback, record_realisation,
)

__all__ = ["ObjectionRow", "add_feedback_input", "attach_evidence", "decide_objection",
           "file_objection", "finalize_evaluation", "open_evaluation", "record_feedback",
           "record_realisation", "set_catatan", "set_ratings", "unlock_evaluation"]
