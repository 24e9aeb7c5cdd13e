"""Turn the items found in a specification into a new project with stable ids."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from innodraft.core.enums import Language, Priority, RequirementKind, Verification
from innodraft.core.model import ID_PREFIXES, Project, Requirement
from innodraft.core.text import xml_safe
from innodraft.importing.columns import is_method_name
from innodraft.importing.items import SourceItem

_NL = frozenset({"de", "het", "een", "en", "van", "dat", "op", "te", "voor", "met", "zijn", "wordt", "niet",
                 "bij", "aan", "of", "door", "moet", "dient", "worden", "deze", "als", "ook", "naar", "uit",
                 "over", "tot"})
_EN = frozenset({"the", "a", "an", "and", "of", "that", "on", "to", "for", "with", "are", "be", "not", "by",
                 "at", "or", "shall", "must", "will", "this", "which", "from", "as", "should", "have",
                 "been"})

_OWN_ID = re.compile(r"^E-\d{3,}$")
"""innodraft's own requirement ids: kept when a file exported by innodraft is imported again."""


def detect_language(texts: Sequence[str]) -> Language:
    """Dutch or English, by counting common function words (Dutch on a tie)."""
    nl = en = 0
    for text in texts:
        for word in re.findall(r"[a-zà-ÿ]+", text.lower()):
            nl += word in _NL
            en += word in _EN
    return Language.EN if en > nl else Language.NL


def build_project(items: Sequence[SourceItem], *, title: str, language: Language | None = None,
                  today: dt.date | None = None) -> Project:
    """A project holding ``items`` as requirements ``E-001``, ``E-002``, ... in source order.

    The ids depend only on the order, so importing the same file twice gives
    the same ids; a file whose requirements already carry unique innodraft ids
    (``E-007``, from an earlier export) keeps them. Otherwise the source's own
    number leads the title (``3.2.1 Lichtniveau``). Kinds default to knock-out.
    """
    project = Project()
    project.meta.title = xml_safe(title).strip()
    project.meta.language = language or detect_language([i.text for i in items])
    project.meta.created = today or dt.date.today()
    prefix = ID_PREFIXES["requirements"]
    width = max(3, len(str(len(items))))
    refs = [item.ref for item in items]
    keep = len(set(refs)) == len(refs) and all(_OWN_ID.match(r) for r in refs)
    for number, item in enumerate(items, start=1):
        kind = item.kind or RequirementKind.KNOCKOUT
        priority = item.priority or (Priority.MUST if kind is RequirementKind.KNOCKOUT else Priority.SHOULD)
        title = item.title if keep else " ".join(p for p in (item.ref, item.title) if p)
        project.requirements.append(Requirement(
            id=item.ref if keep else f"{prefix}-{number:0{width}d}", title=xml_safe(title),
            text=xml_safe(item.text), kind=kind, category=xml_safe(item.category),
            rationale=xml_safe(item.rationale), verification=item.verification or Verification.NONE,
            verification_detail=_detail(item),
            priority=priority))
    project.counters[prefix] = max((int(r.id.split("-")[1]) for r in project.requirements), default=0)
    return project


def _detail(item: SourceItem) -> str:
    """The verification cell's text unless it only named the method."""
    text = xml_safe(item.verification_detail).strip()
    return "" if is_method_name(text) else text
