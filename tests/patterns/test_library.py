"""The built-in pattern library: complete in Dutch and English, every theme covered."""

from __future__ import annotations

import ast
import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

import innodraft.patterns as lib
from innodraft.core.enums import Verification
from innodraft.patterns import Pattern, load_patterns, themes

THEMES = ["it_systems", "mobility", "energy_buildings", "facility_services", "public_space",
          "care_social"]
"""The themes the GUI's guided helper shows, in this order."""

PATTERNS = load_patterns()

BILINGUAL = ("title", "before", "after", "verification_detail", "award_criterion")

STANDARD = re.compile(r"\b(?:NEN|EN|ISO|IEC)(?:[- ](?:EN|IEC|ISO))*[- ]?\d")
VAGUE = ("gebruiksvriendelijk", "zo snel mogelijk", "voldoende", "indien mogelijk", "state of the art",
         "state-of-the-art", "as appropriate", "adequate", "user-friendly", "as soon as possible")


def test_library_size_and_themes() -> None:
    assert len(PATTERNS) >= 25
    counts = {theme: sum(p.theme == theme for p in PATTERNS) for theme in THEMES}
    assert all(n >= 4 for n in counts.values()), counts
    assert {p.theme for p in PATTERNS} == set(THEMES)


def test_themes_in_order_with_both_labels() -> None:
    found = themes()
    assert [t.id for t in found] == THEMES
    for theme in found:
        assert theme.label.nl and theme.label.en and theme.label.nl != theme.label.en
        assert theme.origin == lib.BUILTIN


def test_ids_unique_and_grouped_by_theme() -> None:
    ids = [p.id for p in PATTERNS]
    assert len(ids) == len(set(ids))
    order = [THEMES.index(p.theme) for p in PATTERNS]
    assert order == sorted(order)
    # One id prefix per theme keeps ids readable and stable.
    prefixes = {theme: {p.id.split(".")[0] for p in PATTERNS if p.theme == theme} for theme in THEMES}
    assert all(len(found) == 1 for found in prefixes.values()), prefixes
    assert len({next(iter(found)) for found in prefixes.values()}) == len(THEMES)


def test_loading_twice_gives_equal_results() -> None:
    assert load_patterns() == PATTERNS
    assert load_patterns("") == PATTERNS


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.id)
def test_pattern_is_complete_in_both_languages(pattern: Pattern) -> None:
    for name in BILINGUAL:
        text = getattr(pattern, name)
        assert text.nl.strip() and text.en.strip(), f"{pattern.id}.{name}"
        assert text.nl != text.en, f"{pattern.id}.{name} is not translated"
    assert pattern.verification is not Verification.NONE
    assert pattern.origin == lib.BUILTIN
    if pattern.note:
        assert pattern.note.nl and pattern.note.en


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.id)
def test_pattern_texts_are_well_formed(pattern: Pattern) -> None:
    for lang in ("nl", "en"):
        before, after = pattern.before.get(lang), pattern.after.get(lang)
        assert before != after
        for name in ("before", "after", "verification_detail", "award_criterion"):
            assert getattr(pattern, name).get(lang).endswith("."), f"{pattern.id}.{name}.{lang}"
        assert not lib.placeholders(before), "the prescriptive example has no blanks to fill"
        names = pattern.placeholders(lang)
        assert names, f"{pattern.id}: the functional version asks for a performance level"
        assert len(names) == len(set(names))
        assert "{" not in re.sub(r"\{\w+\}", "", after) and "}" not in re.sub(r"\{\w+\}", "", after)
    assert len(pattern.placeholders("nl")) == len(pattern.placeholders("en"))


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.id)
def test_functional_version_practises_what_it_preaches(pattern: Pattern) -> None:
    """The 'after' text must not itself trip the linter's basic rules."""
    for lang, equivalent in (("nl", "gelijkwaardig"), ("en", "equivalent")):
        after = pattern.after.get(lang)
        lowered = after.lower()
        assert not [w for w in VAGUE if w in lowered], f"{pattern.id}.after.{lang} is vague"
        if STANDARD.search(after):
            assert equivalent in lowered, f"{pattern.id}.after.{lang} names a standard without '{equivalent}'"


def test_every_verification_method_has_a_label() -> None:
    for method in Verification:
        if method is Verification.NONE:
            continue
        assert lib.verification_label(method, "nl") and lib.verification_label(method, "en")
        assert lib.verification_label(method.value, "nl") != lib.verification_label(method, "en")


def test_patterns_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        PATTERNS[0].id = "other"  # type: ignore[misc]


def test_by_theme_keeps_order() -> None:
    groups = lib.by_theme(PATTERNS)
    assert list(groups) == THEMES
    assert [p for group in groups.values() for p in group] == PATTERNS


def test_package_imports_only_core_and_loads_yaml_lazily() -> None:
    tree = ast.parse(Path(lib.__file__).read_text(encoding="utf-8"))
    top_level = {alias.name for node in tree.body if isinstance(node, ast.Import) for alias in node.names}
    top_level |= {node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.module}
    ours = {m for m in top_level if m.startswith("innodraft")}
    assert ours and all(m.startswith("innodraft.core") for m in ours)
    code = "import sys, innodraft.patterns; print('yaml' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "False"
