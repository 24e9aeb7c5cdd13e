"""Procedure advisor and statutory timeline (Aanbestedingswet 2012, Dir 2014/24 and 2014/25).

Public API (used by the GUI's Procedure step, the Word export and ``innodraft advise``):

Facts
    ``Situation`` (frozen): authority, contract, value, date, innovation, specifiable,
    purchase_after_development, design_contest, urgency, electronic_submission,
    prior_information_notice, lots, assumptions.
    ``Situation.from_mapping(data)`` checks every field of the CLI contract and raises
    ``SituationError`` (an ``InnodraftError`` and ``ValueError``; ``.field`` names the field).
    ``Situation.from_project(project, *, today=None)`` reads ``project.meta`` (authority,
    contract type, planned publication: today if None, reported as a warning),
    ``estimate(project.value).total`` (the lot total if that is larger) and ``project.procedure``.
    ``read_situation(data) -> (Situation, planned)`` also reads an optional ``planned`` object;
    ``planned_milestones(project) -> dict[str, date]`` reads the project's ``timeline``.

Advice
    ``advise(situation, *, bands=None, planned=None) -> Advice`` (frozen) with
    ``eu_procedure_required``, ``regime``, ``threshold`` (``amount``, ``valid_from``,
    ``valid_to``, ``basis``), ``recommended`` (id), ``why``, ``procedures`` (ranked
    ``ProcedureAdvice``: ``id``, ``name``/``names`` nl+en, ``allowed``, ``reasons``,
    ``legal_basis``, ``min_days`` ({key: days}), ``time_limits`` (with basis), ``rank``,
    ``phases``, ``min_candidates``, ``award_criteria``, ``innovation_fit``),
    ``timeline`` (of the recommended procedure), ``warnings`` (``Notice``: code, text nl+en,
    unverified), ``lots`` (``LotAnalysis``).
    ``Advice.memo(lang)`` (``"en"``/``"nl"``), ``Advice.to_data(lang)`` / ``to_json(lang)``
    (exactly the CLI JSON shape), ``Advice.timeline_for(procedure_id)``.
    Every text is a ``Text`` with ``.en``, ``.nl`` and ``.get(lang)``.

Timeline
    ``compute_timeline(procedure_id, publication_date, situation, planned=None, *, regime=None)
    -> list[TimelineItem]`` with ``earliest``/``latest`` statutory dates, ``planned`` and
    ``flag`` (``before_earliest``, ``after_latest``, ``differs_from_publication``).
    Milestone keys: ``MILESTONE_KEYS`` = publication, requests, questions, nvi, tenders,
    award_decision, standstill_end, contract (constants in ``innodraft.procedure.milestones``).

Data
    ``PROCEDURE_IDS``; ``catalog()``; ``threshold_for(authority, contract, date)``;
    ``analyse_lots(lots, contract, threshold)`` (small-lot exception, Aw 2.18-2.19);
    ``configured_bands(paths=None)`` (the ``procedure_bands_file`` setting, else the
    built-in UNVERIFIED defaults), ``load_bands(path)``, ``default_bands()``.

Dates outside every threshold period use the nearest period with an UNVERIFIED warning.
Everything the fact sheet marks UNVERIFIED is data, flagged ``unverified`` and said in the
warnings and the memo. Data files live in ``innodraft/procedure/data`` and are read only here.
"""

from __future__ import annotations

from innodraft.procedure.advisor import Advice, advise
from innodraft.procedure.bands import Band, BandTable, configured_bands, default_bands, load_bands
from innodraft.procedure.catalog import PROCEDURE_IDS, ProcedureSpec, catalog
from innodraft.procedure.evaluate import ProcedureAdvice
from innodraft.procedure.loader import DataFileError
from innodraft.procedure.milestones import MILESTONE_KEYS
from innodraft.procedure.notices import Notice
from innodraft.procedure.situation import (
    LotValue,
    Situation,
    SituationError,
    planned_milestones,
    read_situation,
)
from innodraft.procedure.texts import Text
from innodraft.procedure.thresholds import Threshold, threshold_for
from innodraft.procedure.timelimits import TimeLimit
from innodraft.procedure.timeline import FLAGS, TimelineItem, compute_timeline
from innodraft.procedure.value import LotAnalysis, LotResult, analyse_lots

__all__ = [
    "FLAGS",
    "MILESTONE_KEYS",
    "PROCEDURE_IDS",
    "Advice",
    "Band",
    "BandTable",
    "DataFileError",
    "LotAnalysis",
    "LotResult",
    "LotValue",
    "Notice",
    "ProcedureAdvice",
    "ProcedureSpec",
    "Situation",
    "SituationError",
    "Text",
    "Threshold",
    "TimeLimit",
    "TimelineItem",
    "advise",
    "analyse_lots",
    "catalog",
    "compute_timeline",
    "configured_bands",
    "default_bands",
    "load_bands",
    "planned_milestones",
    "read_situation",
    "threshold_for",
]
