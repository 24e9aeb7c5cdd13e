"""The spaCy side: tokenizer, pipeline components, building and loading pipelines.

A built pipeline (``models/innodraft_nl``, ``models/innodraft_en``) is a
``spacy.blank`` pipeline saved with ``nlp.to_disk``:

* tokenizer ``innodraft.tokenizer.v1``: the language's punctuation rules
  (Dutch also splits hyphens and slashes between letters, like English, so
  "TOPdesk-melding" and "Edge/Chrome" expose their parts) and only the
  abbreviations listed in the pack manifest as special cases (spaCy's
  thousands of special cases cost ~0.7 s to load here);
* ``sentencizer`` (disabled; the linter finds sentences only around hits);
* ``innodraft_lemmas``: the lookup lemma table from spacy-lookups-data, copied
  in at build time (disabled by default; its table also answers "is this a
  known word" for the product-name check);
* ``innodraft_rules``: the rule pack, expanded at build time (``word*``
  inflections, ``LEMMA`` patterns) and compiled into matchers on load.

Loading needs neither spacy-lookups-data nor PyYAML.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from innodraft.core.errors import InnodraftError
from innodraft.lint.context import PackContext
from innodraft.lint.engine import BOUNDS_KEY, HITS_KEY, ActivePack, Linter
from innodraft.lint.lemmas import LemmaTable
from innodraft.lint.packs import (
    BUILTIN_PACKS_DIR,
    Pack,
    Rule,
    builtin_pack_dirs,
    extra_pack_dirs,
    load_pack,
    pack_digest,
)
from innodraft.lint.ruleset import RuleSet, expand_rules

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc

    from innodraft.core.settings import Settings

log = logging.getLogger(__name__)

PIPELINE_PREFIX = "innodraft_"
"""A built pipeline lives in ``models/innodraft_<lang>``."""

RULES_FILE = "rules.json"

_LOCK = threading.RLock()
_PIPELINES: dict[str, Language] = {}
_PIPELINE_LOCKS: dict[str, threading.Lock] = {}
_LINTERS: dict[tuple[str, tuple[str, ...], str], Linter] = {}
_REGISTERED = False


class LintSetupError(InnodraftError):
    """The linter cannot start (pipeline missing and cannot be built)."""


def _register() -> None:
    """Register the tokenizer and components with spaCy (once)."""
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    @registry.tokenizers("innodraft.tokenizer.v1")
    def _tokenizer_factory() -> Any:
        def create(nlp: Language) -> Tokenizer:
            # empty on purpose: from_disk (or configure_tokenizer) fills it
            return Tokenizer(nlp.vocab)
        return create

    @Language.factory("innodraft_lemmas")
    def _lemmas_factory(nlp: Language, name: str) -> LemmaComponent:
        return LemmaComponent()

    @Language.factory("innodraft_rules")
    def _rules_factory(nlp: Language, name: str) -> RulesComponent:
        return RulesComponent(nlp)

    _REGISTERED = True


def _lemmas(nlp: Language) -> LemmaComponent:
    return cast(LemmaComponent, nlp.get_pipe("innodraft_lemmas"))


def _rules(nlp: Language) -> RulesComponent:
    return cast(RulesComponent, nlp.get_pipe("innodraft_rules"))


class LemmaComponent:
    """Lookup lemmatizer over a :class:`~innodraft.lint.lemmas.LemmaTable`."""

    def __init__(self) -> None:
        self.table: LemmaTable | None = None

    def __call__(self, doc: Doc) -> Doc:
        if self.table is not None:
            for token in doc:
                token.lemma_ = self.table.lemma(token.lower_) or token.lower_
        return doc

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        if self.table is not None:
            self.table.write(Path(path))

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> LemmaComponent:
        self.table = LemmaTable.read(Path(path))
        return self


class RulesComponent:
    """Runs a compiled rule pack; stores raw hits in ``doc.user_data``."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.rules: list[Rule] = []
        self.info: dict[str, Any] = {}
        self.ruleset: RuleSet | None = None

    def set_rules(self, rules: Sequence[Rule], info: dict[str, Any]) -> None:
        """Install expanded rules and pack information (id, digest, context lists)."""
        self.rules = list(rules)
        self.info = dict(info)
        has_lemmas = "innodraft_lemmas" in self.nlp.component_names
        table = _lemmas(self.nlp).table if has_lemmas else None
        self.ruleset = RuleSet(self.rules, self.nlp, table)

    def __call__(self, doc: Doc) -> Doc:
        if self.ruleset is not None:
            doc.user_data[HITS_KEY] = self.ruleset.match(doc, doc.user_data.get(BOUNDS_KEY))
        return doc

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        data = {"info": self.info, "rules": [r.to_data() for r in self.rules]}
        (folder / RULES_FILE).write_text(
            json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8"
        )

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> RulesComponent:
        data = json.loads((Path(path) / RULES_FILE).read_text(encoding="utf-8"))
        self.set_rules([Rule.from_data(r) for r in data["rules"]], data["info"])
        return self


def configure_tokenizer(nlp: Language, special_cases: Sequence[str]) -> None:
    """Set the punctuation rules and the few special cases of the innodraft tokenizer."""
    from spacy.attrs import ORTH
    from spacy.lang.char_classes import ALPHA
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    defaults = nlp.Defaults
    infixes = list(defaults.infixes or [])
    if nlp.lang == "nl":
        infixes += [rf"(?<=[{ALPHA}0-9])[-–](?=[{ALPHA}])", rf"(?<=[{ALPHA}0-9])/(?=[{ALPHA}0-9])"]
    tok = cast("Tokenizer", nlp.tokenizer)
    tok.prefix_search = compile_prefix_regex(defaults.prefixes or ()).search
    tok.suffix_search = compile_suffix_regex(defaults.suffixes or ()).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    tok.token_match = defaults.token_match
    tok.url_match = defaults.url_match
    tok.rules = {case: [{ORTH: case}] for case in dict.fromkeys(special_cases)}


def new_pipeline(pack: Pack, table: LemmaTable) -> Language:
    """A fresh pipeline for ``pack`` (used by the build script and as a fallback)."""
    import spacy

    _register()
    nlp = spacy.blank(pack.language, config={"nlp": {"tokenizer": {"@tokenizers": "innodraft.tokenizer.v1"}}})
    configure_tokenizer(nlp, pack.special_cases)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("innodraft_lemmas")
    _lemmas(nlp).table = table
    nlp.add_pipe("innodraft_rules")
    _rules(nlp).set_rules(expand_rules(pack.rules, table, pack.language), pack_info(pack))
    nlp.disable_pipe("sentencizer")
    nlp.disable_pipe("innodraft_lemmas")
    nlp.meta.update(
        {
            "name": f"rules_{pack.language}",
            "version": pack.version or "0.0.0",
            "description": f"innodraft requirement linter: {pack.name}",
            "license": "EUPL-1.2 (rules); lemma table: see models/README.md",
            "author": "innodraft developers",
        }
    )
    nlp.max_length = 100_000_000
    return nlp


def pack_info(pack: Pack) -> dict[str, Any]:
    """What the rules component stores about its pack."""
    return {
        "pack": pack.id,
        "language": pack.language,
        "name": pack.name,
        "version": pack.version,
        "digest": pack.digest,
        "context": {k: list(v) for k, v in pack.context.items()},
    }


def pipeline_path(lang: str) -> Path:
    """Folder of the built pipeline of ``lang``."""
    from innodraft.core.paths import models_dir

    return models_dir() / f"{PIPELINE_PREFIX}{lang}"


def load_pipeline(lang: str) -> Language:
    """Load (once) the built pipeline of ``lang``; rebuild its rules in memory if stale.

    Raises:
        LintSetupError: no pipeline and no way to build one.
    """
    with _LOCK:
        nlp = _PIPELINES.get(lang)
        if nlp is not None:
            return nlp
        import spacy

        _register()
        path = pipeline_path(lang)
        if (path / "config.cfg").is_file():
            try:
                nlp = spacy.load(path)
            except Exception as exc:
                raise LintSetupError(f"the language pipeline {path} cannot be loaded: {exc}") from exc
            nlp.max_length = 100_000_000
            _refresh_if_stale(nlp, lang)
        else:
            nlp = _build_in_memory(lang, path)
        _PIPELINES[lang] = nlp
        _PIPELINE_LOCKS[lang] = threading.Lock()
        return nlp


def _refresh_if_stale(nlp: Language, lang: str) -> None:
    folder = builtin_pack_dirs().get(lang)
    component = _rules(nlp)
    if folder is None or component.info.get("digest") == pack_digest(folder):
        return
    log.warning(
        "the built pipeline for %s is older than its rule pack; using the pack's "
        "current rules (rebuild with: python -m innodraft.lint.build)",
        lang,
    )
    pack = load_pack(folder)
    table = _lemmas(nlp).table
    component.set_rules(expand_rules(pack.rules, table, lang), pack_info(pack))


def _build_in_memory(lang: str, path: Path) -> Language:
    folder = builtin_pack_dirs().get(lang)
    if folder is None:
        raise LintSetupError(f"no rule pack for language '{lang}'")
    try:
        table = LemmaTable.from_lookups(lang)
    except RuntimeError as exc:
        raise LintSetupError(f"the language pipeline {path} is missing and cannot be built: {exc}") from exc
    log.warning("no built pipeline at %s; building it in memory", path)
    return new_pipeline(load_pack(folder), table)


def get_linter(lang: str, settings: Settings | None = None) -> Linter:
    """The cached linter of ``lang`` (``nl``/``en``) for the packs the settings enable.

    The first call loads the pipeline (about a second); later calls are free.
    Organisation packs in ``settings.extra_packs_dir`` whose id is in
    ``settings.enabled_packs`` and whose language is ``lang`` are compiled too.

    Raises:
        LintSetupError: the pipeline cannot be loaded.
        RulePackError: an organisation pack is broken (names file, line and key).
    """
    if lang not in ("nl", "en"):
        raise ValueError(f"unsupported language {lang!r}")
    enabled = tuple(settings.enabled_packs) if settings is not None else ("nl", "en")
    extra_dir = settings.extra_packs_dir if settings is not None else ""
    key = (lang, enabled, extra_dir)
    with _LOCK:
        linter = _LINTERS.get(key)
        if linter is not None:
            return linter
        nlp = load_pipeline(lang)
        component = _rules(nlp)
        builtin_context = PackContext.compile(component.info.get("context", {}))
        table = _lemmas(nlp).table
        packs: list[ActivePack] = []
        if component.info.get("pack") in enabled and component.ruleset is not None:
            packs.append(ActivePack(component.info["pack"], component.ruleset, builtin_context, True))
        for folder in extra_pack_dirs(extra_dir).values():
            pack = load_pack(folder, shared_lexicons=BUILTIN_PACKS_DIR / "_lexicons")
            if pack.id not in enabled or pack.language != lang or pack.id in ("nl", "en"):
                continue
            rules = expand_rules(pack.rules, table, lang)
            context = PackContext.compile(pack.context) if pack.context else builtin_context
            packs.append(ActivePack(pack.id, RuleSet(rules, nlp, table), context, False))
        linter = Linter(
            nlp,
            lang,
            packs,
            table,
            lock=_PIPELINE_LOCKS[lang],
            run_pipeline=any(p.in_pipeline for p in packs),
        )
        _LINTERS[key] = linter
        return linter


def clear_cache() -> None:
    """Forget loaded pipelines and linters (tests, or after the packs folder changed)."""
    with _LOCK:
        _PIPELINES.clear()
        _PIPELINE_LOCKS.clear()
        _LINTERS.clear()
