"""Lookup lemma table: lemmas, known words and inflected forms.

The table comes from ``spacy-lookups-data`` at build time (``nl_lemma_lookup``,
``en_lemma_lookup``) and is stored inside the built pipeline as one gzip'd,
byte-sorted ``form<TAB>lemma`` file, lemmas included as their own forms. At
run time nothing is parsed up front: lookups are a binary search over the
bytes, so loading costs only the decompression. The inverse map (lemma ->
forms), needed only to expand rule word lists, is built on first use.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

TABLE_FILE = "lemmas.tsv.gz"
"""File name of the table inside a pipeline component folder."""

EN_FREQUENT = -13.5
"""Log-probability floor of ``en_lexeme_prob`` words added as known words (about 13,000 words)."""

_PLAIN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


class LemmaTable:
    """Sorted ``form<TAB>lemma`` lines with binary-search lookups (lower-case forms)."""

    def __init__(self, data: bytes) -> None:
        self._data = data if data.startswith(b"\n") else b"\n" + data
        self._inverse: dict[str, list[str]] | None = None
        self._cache: dict[str, str | None] = {}

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, str]) -> LemmaTable:
        """Build from a form -> lemma mapping (keys and values are lower-cased)."""
        pairs: dict[str, str] = {}
        for form, lemma in mapping.items():
            form_l, lemma_l = str(form).lower(), str(lemma).lower()
            if "\t" in form_l + lemma_l or "\n" in form_l + lemma_l or not form_l:
                continue
            pairs.setdefault(form_l, lemma_l)
        for lemma in set(pairs.values()):
            pairs.setdefault(lemma, lemma)
        lines = sorted((f"{f}\t{lemma}".encode() for f, lemma in pairs.items()),
                       key=lambda b: b.split(b"\t", 1)[0])
        return cls(b"\n" + b"\n".join(lines) + b"\n")

    @classmethod
    def from_lookups(cls, lang: str) -> LemmaTable:
        """Read ``<lang>_lemma_lookup`` from the installed spacy-lookups-data (build time only).

        English lemma tables list only inflected forms, so frequent words such as
        "the" or "software" would look unknown; for English the lower-case words
        with a log probability of at least :data:`EN_FREQUENT` in
        ``en_lexeme_prob`` are added as their own lemmas.
        """
        try:
            import spacy_lookups_data
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise RuntimeError("building the pipelines needs spacy-lookups-data "
                               "(pip install 'innodraft[models]')") from exc
        data = Path(spacy_lookups_data.__file__).parent / "data"
        with gzip.open(data / f"{lang}_lemma_lookup.json.gz") as fh:
            mapping = dict(json.load(fh))
        prob_file = data / f"{lang}_lexeme_prob.json.gz"
        if prob_file.is_file():
            with gzip.open(prob_file) as fh:
                probs = json.load(fh)
            for word, prob in probs.items():
                if prob >= EN_FREQUENT and _PLAIN_WORD.fullmatch(word):
                    mapping.setdefault(word, word)
        return cls.from_mapping(mapping)

    @classmethod
    def read(cls, folder: Path) -> LemmaTable:
        """Load the table stored by :meth:`write`."""
        return cls(gzip.decompress((Path(folder) / TABLE_FILE).read_bytes()))

    def write(self, folder: Path) -> None:
        """Store the table as a reproducible gzip file (fixed mtime)."""
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / TABLE_FILE).write_bytes(gzip.compress(self._data, 9, mtime=0))

    def __len__(self) -> int:
        return self._data.count(b"\n") - 1

    def lemma(self, word: str) -> str | None:
        """Lemma of ``word`` (lower-cased), or None when the word is not in the table."""
        key = word.lower()
        if key in self._cache:
            return self._cache[key]
        found = self._search(key.encode())
        if len(self._cache) < 200_000:
            self._cache[key] = found
        return found

    def known(self, word: str) -> bool:
        """True when ``word`` (any case) is a form or lemma in the table."""
        return self.lemma(word) is not None

    def _search(self, key: bytes) -> str | None:
        data = self._data
        lo, hi = 1, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", 0, mid) + 1
            if start < lo:
                start = lo
            end = data.find(b"\n", start)
            if end < 0:
                return None
            tab = data.find(b"\t", start, end)
            form = data[start:tab] if tab >= 0 else data[start:end]
            if form < key:
                lo = end + 1
            elif form > key:
                hi = start
            else:
                return data[tab + 1:end].decode() if tab >= 0 else form.decode()
        return None

    def forms(self, lemma: str) -> list[str]:
        """Every form whose lemma is ``lemma`` (lemma included), sorted."""
        if self._inverse is None:
            inverse: dict[str, list[str]] = {}
            for line in self._data.decode().split("\n"):
                if "\t" in line:
                    form, lem = line.split("\t", 1)
                    inverse.setdefault(lem, []).append(form)
            self._inverse = inverse
        key = lemma.lower()
        return sorted({key, *self._inverse.get(key, [])})

    def words(self) -> Iterable[str]:
        """Every form in the table (slow; tests and tools only)."""
        for line in self._data.decode().split("\n"):
            if "\t" in line:
                yield line.split("\t", 1)[0]
