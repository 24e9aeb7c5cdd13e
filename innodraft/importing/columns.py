"""Recognise requirement tables: header words, kinds, verification methods, priorities.

Shared by the Word-table and Excel-sheet readers. Header cells are matched in
Dutch and English; a table counts as a requirement table when one column holds
the requirement text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from innodraft.core.enums import Priority, RequirementKind, Verification

FIELDS = ("id", "title", "text", "kind", "category", "rationale", "verification", "priority")
"""What a column can hold."""

_HEADER_WORDS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # field, exact header texts, words a header may contain
    ("kind", ("eis/wens", "eis / wens", "ko/wens", "type eis", "soort eis", "requirement type", "kind",
              "type", "soort", "ko", "knock-out", "knock-out/wens"), ("soort", "type")),
    ("priority", ("prioriteit", "priority", "moscow", "prio"), ("prioriteit", "priority", "moscow")),
    ("id", ("id", "nr", "nr.", "no", "no.", "nummer", "number", "code", "ref", "ref.", "#", "eisnummer",
            "eis nr", "eis nr.", "eis-id", "req id", "req. id", "requirement id", "requirement no.",
            "requirement number", "kenmerk"), ("nummer", "number", " id", "nr.")),
    ("verification", ("verificatie", "verification", "verificatiemethode", "verification method", "toetsing",
                      "toets", "bewijs", "bewijsmiddel", "evidence", "controle", "hoe getoetst"),
     ("verificat", "toetsing", "bewijs", "evidence")),
    ("rationale", ("toelichting", "rationale", "motivering", "onderbouwing", "reden", "reason", "waarom",
                   "explanation", "justification"), ("toelichting", "rationale", "motivering")),
    ("category", ("categorie", "category", "hoofdstuk", "chapter", "sectie", "section", "onderdeel", "thema",
                  "theme", "groep", "group", "domein", "domain", "paragraaf"), ("categor", "thema")),
    ("title", ("titel", "title", "onderwerp", "subject", "naam", "name", "kop", "heading",
               "korte omschrijving", "short name"), ("titel", "title", "onderwerp")),
    ("text", ("eis", "eisen", "requirement", "requirements", "omschrijving", "beschrijving", "description",
              "tekst", "text", "eistekst", "requirement text", "specificatie", "specification", "wens",
              "wensen", "eis of wens", "eisomschrijving", "omschrijving eis", "functionele eis"),
     ("eis", "requirement", "omschrijving", "description", "tekst", "text", "specificat")),
)

_EXACT_TEXT = next(exact for field, exact, _ in _HEADER_WORDS if field == "text")

_KIND_WORDS = (
    (RequirementKind.INFORMATION, ("info", "informatie", "information", "informatief", "toelichting", "i")),
    (RequirementKind.AWARD, ("wens", "wensen", "gunningscriterium", "gunning", "award", "award criterion",
                             "should", "could", "desirable", "wish", "w", "g", "optional")),
    (RequirementKind.KNOCKOUT, ("eis", "knock-out", "knockout", "ko", "k.o.", "minimumeis", "must",
                                "mandatory", "requirement", "e", "m", "verplicht", "harde eis")),
)

_VERIFICATION_WORDS = (
    (Verification.DECLARATION, ("verklaring", "declaration", "eigen verklaring", "self-declaration")),
    (Verification.DEMONSTRATION, ("demo", "demonstratie", "demonstration", "presentatie", "pilot")),
    (Verification.INSPECTION, ("inspectie", "inspection", "schouw", "visual")),
    (Verification.TEST, ("test", "testen", "meting", "proef", "measurement", "proefopstelling")),
    (Verification.ANALYSIS, ("analyse", "analysis", "berekening", "calculation", "simulatie")),
    (Verification.REFERENCE, ("referentie", "reference", "referenties", "referentiecontrole",
                              "reference check")),
    (Verification.MONITORING, ("monitoring", "kpi", "sla", "rapportage", "meten tijdens", "report",
                               "monitoring tijdens uitvoering", "monitoring during the contract")),
    (Verification.DOCUMENT, ("document", "documentatie", "plan", "certificaat", "certificate", "datasheet",
                             "datablad", "beschrijving", "documentcontrole", "bewijsstuk",
                             "document review")),
)

_PRIORITY_WORDS = (
    (Priority.MUST, ("must", "m", "must have", "moet", "hoog", "high")),
    (Priority.SHOULD, ("should", "s", "should have", "zou moeten", "midden", "medium")),
    (Priority.COULD, ("could", "c", "could have", "kan", "laag", "low")),
    (Priority.WONT, ("won't", "wont", "w", "won't have", "niet", "none")),
)


def normalise(text: object) -> str:
    """Lower-case, single-spaced, without trailing colon or asterisk."""
    return " ".join(str(text or "").lower().split()).rstrip(":*").strip()


def _header_field(header: str) -> str | None:
    if not header or len(header) > 60:
        return None
    for field, exact, _ in _HEADER_WORDS:
        if header in exact:
            return field
    padded = f" {header}"
    for field, _, contains in _HEADER_WORDS:
        if any(word in padded for word in contains):
            return field
    return None


def map_header(cells: Sequence[object]) -> dict[str, int]:
    """Field -> column index for a header row; empty unless a text column is found.

    The first column that matches a field wins; a second ``text`` candidate
    becomes the title only when the first is short-headed (``Eis`` vs
    ``Omschrijving``: the longer description is the text).
    """
    mapping: dict[str, int] = {}
    for index, cell in enumerate(cells):
        field = _header_field(normalise(cell))
        if field is None:
            continue
        if field not in mapping:
            mapping[field] = index
        elif field == "text" and "title" not in mapping:
            mapping["title"] = mapping["text"]
            mapping["text"] = index
    if "text" not in mapping:
        return {}
    if len(mapping) == 1 and normalise(cells[mapping["text"]]) not in _EXACT_TEXT:
        return {}  # one loosely matching cell ("Programma van Eisen") is no header
    return mapping


def _lookup(value: str, table: Sequence[tuple[object, tuple[str, ...]]]) -> object | None:
    text = normalise(value)
    if not text:
        return None
    for result, words in table:
        if text in words:
            return result
    for result, words in table:
        if any(len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", text) for w in words):
            return result
    return None


def parse_kind(value: str) -> RequirementKind | None:
    """``Wens`` -> award criterion, ``Eis``/``KO`` -> knock-out, ``Info`` -> information."""
    found = _lookup(value, _KIND_WORDS)
    return found if isinstance(found, RequirementKind) else None


def parse_verification(value: str) -> Verification | None:
    """The verification method a free-text cell names, if any."""
    found = _lookup(value, _VERIFICATION_WORDS)
    return found if isinstance(found, Verification) else None


def parse_priority(value: str) -> Priority | None:
    """MoSCoW priority from ``Must``/``S``/``laag`` and the like."""
    found = _lookup(value, _PRIORITY_WORDS)
    return found if isinstance(found, Priority) else None


def kind_from_heading(heading: str) -> RequirementKind | None:
    """Kind suggested by a section heading (``Wensen`` / ``Eisen`` / ``Award criteria``)."""
    text = normalise(heading)
    if re.search(r"\b(wensen|wens|gunningscriteria|award criteria|wishes|desirables)\b", text):
        return RequirementKind.AWARD
    if re.search(r"\b(knock-out|minimumeisen|eisen|requirements|mandatory)\b", text):
        return RequirementKind.KNOCKOUT
    return None


def is_method_name(value: str) -> bool:
    """True when ``value`` only names a verification method (``Test``, ``Documentcontrole``)."""
    text = normalise(value)
    return any(text in words for _, words in _VERIFICATION_WORDS)
