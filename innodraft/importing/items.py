"""What the readers find in a specification, before it becomes a project."""

from __future__ import annotations

import re
from dataclasses import dataclass

from innodraft.core.enums import Priority, RequirementKind, Verification

MAX_ITEMS = 10_000
"""More requirements than this are not read (the rest is reported)."""

MAX_TEXT = 20_000
"""Characters kept of one requirement text."""

TYPED_NUMBER = re.compile(
    r"^\s*(?P<ref>(?:[A-Z]{1,6}[-_ ]?\d+(?:[.-]\d+)*|\d+(?:\.\d+)+|\d+[.)]|[a-z][.)]|\(\d+\)))"
    r"\s*[:.)\-–]?\s+(?P<rest>\S.*)$", re.DOTALL)
"""A number typed at the start of a paragraph: ``3.2.1``, ``E-12:``, ``REQ 4``, ``7.``, ``b)``."""

MODAL = re.compile(
    r"\b(moet|moeten|dient|dienen|zal|zullen|verplicht|vereist|shall|must|should|will|is required|"
    r"are required|has to|have to)\b", re.IGNORECASE)
"""Words that make a sentence a requirement."""


_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


@dataclass(frozen=True)
class SourceItem:
    """One requirement as found in the source document."""

    text: str
    ref: str = ""
    """The source's own number or id (``3.2.1``, ``REQ-12``), empty when it had none."""
    title: str = ""
    kind: RequirementKind | None = None
    category: str = ""
    rationale: str = ""
    verification: Verification | None = None
    verification_detail: str = ""
    priority: Priority | None = None
    location: str = ""
    """Where it was found (``table 2, row 5`` / ``sheet Eisen, row 12`` / ``paragraph 40``)."""


def split_typed_number(text: str) -> tuple[str, str]:
    """``"3.2.1 De lamp ..."`` -> ``("3.2.1", "De lamp ...")``; ``("", text)`` without a number."""
    match = TYPED_NUMBER.match(text)
    if match is None:
        return "", text.strip()
    ref = match.group("ref").rstrip(".)").strip("()")
    if _THOUSANDS.fullmatch(ref):  # "10.000 lichtpunten ..." is a quantity, not a clause number
        return "", text.strip()
    return ref, match.group("rest").strip()


def clean(value: object) -> str:
    """Cell or paragraph content as trimmed text (numbers without a trailing ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.strip() for line in text.strip().split("\n"))[:MAX_TEXT]


_LEAD_INS = (
    ("rationale", re.compile(r"^(toelichting|rationale|motivering|onderbouwing|explanation)\s*:\s*", re.I)),
    ("verification_detail", re.compile(r"^(verificatie|verification|toetsing)\s*:\s*", re.I)),
    ("", re.compile(r"^(draagt bij aan( resultaat)?|contributes to( outcome)?)\s+[A-Z]+-\d+", re.I)),
)


def split_block(lines: list[tuple[str, bool]]) -> dict[str, str]:
    """Split a multi-paragraph requirement cell into title, text, rationale, verification detail.

    ``lines`` are (text, all bold) per paragraph. A short bold first paragraph
    followed by more text is the title; paragraphs starting ``Toelichting:`` /
    ``Rationale:`` or ``Verificatie:`` / ``Verification:`` fill those fields;
    ``Draagt bij aan resultaat O-1`` notes are dropped.
    """
    parts: dict[str, list[str]] = {"title": [], "text": [], "rationale": [], "verification_detail": []}
    rest = [(t.strip(), bold) for t, bold in lines if t.strip()]
    if len(rest) > 1 and rest[0][1] and len(rest[0][0]) <= 120:
        parts["title"].append(rest.pop(0)[0])
    for text, _ in rest:
        for field, pattern in _LEAD_INS:
            match = pattern.match(text)
            if match:
                if field:
                    parts[field].append(text[match.end():].strip())
                break
        else:
            parts["text"].append(text)
    return {field: "\n".join(values) for field, values in parts.items()}
