"""The Evaluation page (issue 15); its parts live in ui/evaluation/."""

from __future__ import annotations

from ui.evaluation.page import EvaluationPage

__all__ = ["EvaluationPage"]
