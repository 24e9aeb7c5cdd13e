"""A plain-text editor that underlines lint findings by severity.

Findings carry character offsets into the Python string; Qt counts UTF-16
code units, so offsets are converted (emoji and other characters outside the
BMP take two units). Accepted findings get a faint dotted underline; open ones
a wavy underline in the severity colour plus a light tint, readable on light
and dark palettes. Hovering a flagged span shows its message, basis and
suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QHelpEvent, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from innodraft.core.model import AcceptedFinding

from innodraft.gui import theme
from innodraft.gui.lint_service import is_accepted, severity_of
from innodraft.gui.models.findings_model import tooltip_html


def utf16_offsets(text: str) -> list[int]:
    """``result[i]`` is the UTF-16 position of Python index ``i`` (len(text)+1 entries)."""
    offsets = [0] * (len(text) + 1)
    pos = 0
    for i, ch in enumerate(text):
        offsets[i] = pos
        pos += 2 if ord(ch) > 0xFFFF else 1
    offsets[len(text)] = pos
    return offsets


@dataclass(frozen=True)
class Span:
    """A finding's range in UTF-16 units, with its look."""

    start: int
    end: int
    severity: str
    accepted: bool
    finding: Any
    acceptance: AcceptedFinding | None


class FindingsHighlighter(QSyntaxHighlighter):
    """Draws the spans of the current findings."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.spans: list[Span] = []
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}

    def set_spans(self, spans: list[Span]) -> None:
        """Show ``spans`` (replacing the previous ones) and repaint."""
        self.spans = spans
        self._formats.clear()
        self.rehighlight()

    def _format(self, severity: str, accepted: bool) -> QTextCharFormat:
        key = (severity, accepted)
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            if accepted:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(theme.severity_colour("accepted"))
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(theme.severity_colour(severity))
                if severity in ("error", "warning"):
                    fmt.setBackground(theme.tint(severity))
            self._formats[key] = fmt
        return fmt

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        first = block.position()
        last = first + block.length() - 1
        for span in self.spans:
            if span.end <= first or span.start > last:
                continue
            start = max(span.start, first) - first
            end = min(span.end, last) - first
            if end > start:
                self.setFormat(start, end - start, self._format(span.severity, span.accepted))


class LintedTextEdit(QPlainTextEdit):
    """Requirement text editor with live finding underlines and tooltips."""

    findings_applied = Signal(str)
    """Emitted after the underlines were redrawn, with the text they belong to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlighter = FindingsHighlighter(self.document())
        self.findings: list[Any] = []
        self.findings_text = ""

    def show_findings(self, text: str, findings: list[Any],
                      accepted: list[AcceptedFinding]) -> None:
        """Underline ``findings`` computed for ``text`` (ignored if the text changed)."""
        if text != self.toPlainText():
            return
        offsets = utf16_offsets(text)
        n = len(text)
        spans = []
        for f in findings:
            start = max(0, min(int(getattr(f, "start", 0)), n))
            end = max(start, min(int(getattr(f, "end", start)), n))
            acc = next((a for a in accepted if is_accepted(f, [a])), None)
            spans.append(Span(offsets[start], offsets[end], severity_of(f), acc is not None,
                              f, acc))
        self.findings = list(findings)
        self.findings_text = text
        self.highlighter.set_spans(spans)
        self.findings_applied.emit(text)

    def clear_findings(self) -> None:
        """Remove every underline."""
        self.findings = []
        self.findings_text = ""
        self.highlighter.set_spans([])

    def span_at(self, position: int) -> Span | None:
        """The span covering a document position (worst severity first)."""
        hits = [s for s in self.highlighter.spans if s.start <= position < s.end]
        order = {"error": 0, "warning": 1, "info": 2}
        hits.sort(key=lambda s: (s.accepted, order.get(s.severity, 3)))
        return hits[0] if hits else None

    def select_span(self, start: int, end: int) -> None:
        """Select Python character offsets ``start``..``end`` and show them."""
        text = self.toPlainText()
        offsets = utf16_offsets(text)
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        cursor = self.textCursor()
        cursor.setPosition(offsets[start])
        cursor.setPosition(offsets[end], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            span = self.span_at(self.cursorForPosition(event.pos()).position())
            if span is not None:
                QToolTip.showText(event.globalPos(), tooltip_html(span.finding, span.acceptance),
                                  self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
