"""Text clean-up for XML-based outputs (docx, xlsx) and for display.

python-docx and openpyxl reject characters XML 1.0 cannot hold (C0 controls,
U+FFFE/U+FFFF, lone surrogates) and openpyxl can leave a truncated file behind.
:func:`xml_safe` maps them to something harmless instead of crashing.
"""

from __future__ import annotations

import re

_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n"})
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Return ``text`` with characters XML 1.0 cannot hold removed.

    Vertical tab and form feed (Word's soft breaks) become newlines; other C0
    controls except tab/newline/carriage return, U+FFFE/U+FFFF and lone
    surrogates are dropped.
    """
    if not text:
        return ""
    return _ILLEGAL.sub("", text.translate(_LINE_BREAKS))


def one_line(text: str, limit: int = 200) -> str:
    """Collapse whitespace and shorten ``text`` for a single-line display."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
