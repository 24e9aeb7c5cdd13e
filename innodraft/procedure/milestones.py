"""Milestone keys of the tender timeline (stable: the project's ``timeline`` uses them).

A project's ``timeline`` list holds ``Milestone(key=..., date=...)`` items with
these keys; :func:`innodraft.procedure.timeline.compute_timeline` compares them
with the statutory earliest (or latest) dates.
"""

from __future__ import annotations

PUBLICATION = "publication"
"""Dispatch of the contract notice (start of the procedure)."""
REQUESTS = "requests"
"""Deadline for requests to participate (procedures with preselection)."""
QUESTIONS = "questions"
"""Deadline for questions on the documents."""
NVI = "nvi"
"""Nota van Inlichtingen: answers to the questions (latest date, Aw 2.73(1)(c))."""
TENDERS = "tenders"
"""Deadline for receipt of tenders."""
AWARD_DECISION = "award_decision"
"""Dispatch of the award decision."""
STANDSTILL_END = "standstill_end"
"""Last day of the standstill period (Aw 2.127)."""
CONTRACT = "contract"
"""Conclusion of the contract."""

MILESTONE_KEYS = (PUBLICATION, REQUESTS, QUESTIONS, NVI, TENDERS, AWARD_DECISION, STANDSTILL_END, CONTRACT)
"""All milestone keys in chronological order."""
