"""A format-neutral outline of an exported document.

:mod:`innodraft.export.tender` assembles an :class:`Outline` from a project
(plus lint result and procedure advice); :mod:`innodraft.export.word` renders it
with a Word template. Keeping the content apart from Word makes it testable
without python-docx and leaves room for other renderers.

Roles (``Para.role``) name what a paragraph is, not how it looks; the renderer
maps them to the template's styles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PARA_ROLES = ("body", "bullet", "formula", "note", "notice", "cover", "title", "subtitle", "caption")
"""Paragraph roles the renderer knows."""


@dataclass(frozen=True)
class Comment:
    """A margin comment anchored on ``text[start:end]`` of one :class:`Span`."""

    start: int
    end: int
    author: str
    paragraphs: tuple[str, ...]
    """Comment text; the first paragraph is shown bold (the rule)."""
    accepted: bool = False


@dataclass(frozen=True)
class Span:
    """A piece of inline text with simple emphasis and optional comments."""

    text: str
    bold: bool = False
    italic: bool = False
    comments: tuple[Comment, ...] = ()
    ref: str = ""
    """Key of a :class:`Heading`: the span is a cross-reference showing that heading's
    number (a REF field in Word); ``text`` is the number shown until fields update."""


@dataclass(frozen=True)
class Para:
    """A paragraph made of spans."""

    spans: tuple[Span, ...]
    role: str = "body"

    @staticmethod
    def of(text: str, role: str = "body", *, bold: bool = False, italic: bool = False) -> Para:
        """A paragraph holding one span."""
        return Para((Span(text, bold=bold, italic=italic),), role)

    @property
    def text(self) -> str:
        """The plain text."""
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class Heading:
    """A numbered heading (level 1-3); ``key`` identifies it for cross-references."""

    level: int
    text: str
    key: str = ""


@dataclass(frozen=True)
class Cell:
    """A table cell with one or more paragraphs (roles ``body`` or ``note``)."""

    paras: tuple[Para, ...]

    @staticmethod
    def of(text: str, *, bold: bool = False, italic: bool = False) -> Cell:
        """A cell holding one plain paragraph."""
        return Cell((Para.of(text, bold=bold, italic=italic),))


@dataclass(frozen=True)
class Table:
    """A table with a header row (repeated on every page) and column widths.

    ``widths`` are fractions of the text width and add up to 1. ``key_value``
    tables (version block, contract details) have no header row and a bold
    first column.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]
    key_value: bool = False
    numeric_columns: tuple[int, ...] = ()
    """Columns whose text is right-aligned (amounts, scores)."""


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""


@dataclass(frozen=True)
class TableOfContents:
    """A TOC field over heading levels 1-3; ``entries`` prefill it until Word updates it."""

    title: str
    entries: tuple[tuple[int, str, str], ...]
    """(level, number, text) per heading, e.g. ``(2, "3.1", "Procedure")``."""
    placeholder: str = ""


Block = Heading | Para | Table | PageBreak | TableOfContents
"""Anything that can appear in the body."""


@dataclass(frozen=True)
class Properties:
    """Document properties (docProps) and the footer line."""

    title: str
    subject: str
    author: str
    organisation: str
    language: str
    """BCP 47 tag, ``nl-NL`` or ``en-GB``."""
    version: str
    keywords: str = ""
    category: str = ""
    comments: str = ""
    header: tuple[str, str] = ("", "")
    """Left and right part of the page header (authority, document kind)."""
    footer: str = ""
    """Left part of the footer (reference, title, version)."""
    page_of: tuple[str, str, str] = ("", "", "")
    """Footer page label split around the fields: before PAGE, between, after NUMPAGES."""


@dataclass
class Outline:
    """A whole document: properties and body blocks in order."""

    properties: Properties
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        """Append blocks to the body."""
        self.blocks.extend(blocks)

    def headings(self) -> list[tuple[int, str, str]]:
        """(level, number, text) of every heading, numbered 1 / 1.1 / 1.1.1 as Word will."""
        counters = [0, 0, 0]
        result = []
        for block in self.blocks:
            if isinstance(block, Heading):
                level = min(max(block.level, 1), 3)
                counters[level - 1] += 1
                for deeper in range(level, 3):
                    counters[deeper] = 0
                number = ".".join(str(n) for n in counters[:level])
                result.append((level, number, block.text))
        return result

    def comment_count(self) -> int:
        """Number of comments anywhere in the body."""
        total = 0
        for block in self.blocks:
            paras: list[Para] = []
            if isinstance(block, Para):
                paras = [block]
            elif isinstance(block, Table):
                paras = [p for row in block.rows for cell in row for p in cell.paras]
            total += sum(len(span.comments) for para in paras for span in para.spans)
        return total
