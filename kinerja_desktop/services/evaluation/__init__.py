"""Evaluations: recording, ratings, finalising, objections."""

from .sheet import SheetRow, finalize_complete, penilai_choices, rate, rating_sheet
from .queries import PHRASES_RHK, PHRASES_VALUE, EvaluationDetail, evaluation_detail
from .objection import ObjectionListRow, ObjectionRow, decide_objection, file_objection, list_objections
from .rating import finalize_evaluation, set_ratings, unlock_evaluation
from .recording import (
    add_feedback_input, attach_evidence, open_evaluation, record_feedback, record_realisation,
)

__all__ = ["ObjectionListRow", "list_objections", "SheetRow", "finalize_complete", "penilai_choices", "rate", "rating_sheet", "PHRASES_RHK", "PHRASES_VALUE", "EvaluationDetail", "evaluation_detail", "ObjectionRow", "add_feedback_input", "attach_evidence", "decide_objection",
           "file_objection", "finalize_evaluation", "open_evaluation", "record_feedback",
           "record_realisation", "set_ratings", "unlock_evaluation"]
