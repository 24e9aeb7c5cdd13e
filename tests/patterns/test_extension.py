"""Organisation pattern files (setting ``patterns_file``): append, replace, and clear errors."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import innodraft.patterns as lib
from innodraft.core.enums import Verification
from innodraft.core.errors import InnodraftError
from innodraft.patterns import PatternFileError, load_patterns, load_patterns_lenient, themes

BUILTIN = load_patterns()

GOOD = """\
themes:
  - id: water
    label: {nl: "Water en dijken", en: "Water and dykes"}
patterns:
  - id: ps.green-maintenance
    theme: public_space
    title: {nl: "Bermbeheer", en: "Verge management"}
    before: {nl: "Bermen worden twee keer per jaar gemaaid.", en: "Verges are mown twice a year."}
    after:
      nl: "Ten minste {percentage} % van de bermlengte is bloemrijk."
      en: "At least {percentage} % of the verge length is rich in flowers."
    verification: inspection
    verification_detail: {nl: "Jaarlijkse vegetatieopname.", en: "Annual vegetation survey."}
    award_criterion: {nl: "Aanpak voor biodiversiteit.", en: "Approach to biodiversity."}
  - id: wtr.dyke-inspection
    theme: water
    title: {nl: "Dijkinspectie"}
    before: {nl: "De inspecteur loopt elke week de dijk af."}
    after: {nl: "Schade aan de dijk is binnen {uren} uur na het ontstaan bekend."}
    verification: monitoring
    verification_detail: {nl: "Maandrapportage."}
    award_criterion: {nl: "Aanpak voor vroege detectie van schade."}
    source: "Waterschap Voorbeeld, beleidsregel 2026"
"""


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "site-patterns.yaml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def _write(tmp_path: Path, text: str, name: str = "broken.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_extension_appends_and_replaces(good_file: Path) -> None:
    patterns = load_patterns(good_file)
    assert len(patterns) == len(BUILTIN) + 1
    by_id = {p.id: p for p in patterns}
    replaced = by_id["ps.green-maintenance"]
    assert replaced.title.en == "Verge management"
    assert replaced.origin == str(good_file)
    added = by_id["wtr.dyke-inspection"]
    assert added.theme == "water" and added.verification is Verification.MONITORING
    assert added.source == "Waterschap Voorbeeld, beleidsregel 2026"
    assert patterns[-1] is added, "a new theme sorts after the built-in ones"
    untouched = [p for p in patterns if p.id not in ("ps.green-maintenance", "wtr.dyke-inspection")]
    assert untouched == [p for p in BUILTIN if p.id != "ps.green-maintenance"]


def test_extension_may_be_written_in_one_language(good_file: Path) -> None:
    added = {p.id: p for p in load_patterns(good_file)}["wtr.dyke-inspection"]
    assert added.after.en == "" and added.after.get("en") == added.after.nl
    assert added.placeholders("en") == ("uren",)


def test_extension_themes_are_listed_after_the_builtin_ones(good_file: Path) -> None:
    found = themes(good_file)
    assert [t.id for t in found][-1] == "water"
    assert found[-1].label.get("en") == "Water and dykes"
    assert found[-1].origin == str(good_file)
    assert len(themes()) == len(found) - 1


def test_builtin_library_is_unchanged_after_loading_an_extension(good_file: Path) -> None:
    load_patterns(good_file)
    assert load_patterns() == BUILTIN


def test_path_given_as_string_with_user_folder(good_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(good_file.parent))
    monkeypatch.setenv("USERPROFILE", str(good_file.parent))
    assert len(load_patterns(f"~/{good_file.name}")) == len(BUILTIN) + 1


PATTERN = """\
patterns:
  - id: x.one
    theme: mobility
    title: {nl: "Titel", en: "Title"}
    before: {nl: "Voor.", en: "Before."}
    after: {nl: "Na {waarde}.", en: "After {value}."}
    verification: test
    verification_detail: {nl: "Meting.", en: "Measurement."}
    award_criterion: {nl: "Beter.", en: "Better."}
"""


def _variant(old: str, new: str) -> str:
    assert old in PATTERN
    return PATTERN.replace(old, new)


BROKEN = [
    # (case id, file text, expected line or None, expected key or None, words in the message)
    ("yaml-syntax", _variant('title: {nl: "Titel", en: "Title"}', 'title: {nl: "Titel, en: "Title"}'),
     4, None, "invalid YAML"),
    ("bad-indent", _variant("    theme: mobility", "  theme: mobility"), 3, None, "invalid YAML"),
    ("missing-key", _variant('    after: {nl: "Na {waarde}.", en: "After {value}."}\n', ""),
     2, "patterns[0]", "'after' is missing"),
    ("typo-key", _variant("    verification: test", "    verificaton: test"),
     7, "patterns[0].verificaton", "unknown key"),
    ("bad-verification", _variant("verification: test", "verification: proefdraaien"),
     7, "patterns[0].verification", "not one of"),
    ("empty-verification", _variant("verification: test", 'verification: ""'),
     7, "patterns[0].verification", "not one of"),
    ("unknown-theme", _variant("theme: mobility", "theme: sport"),
     3, "patterns[0].theme", "unknown theme 'sport'"),
    ("text-not-string", _variant('title: {nl: "Titel", en: "Title"}', 'title: {nl: 12, en: "Title"}'),
     4, "patterns[0].title.nl", "expected text"),
    ("text-not-mapping", _variant('title: {nl: "Titel", en: "Title"}', 'title: "Titel"'),
     4, "patterns[0].title", "a text per language"),
    ("unknown-language", _variant('title: {nl: "Titel", en: "Title"}', 'title: {nl: "Titel", de: "Titel"}'),
     4, "patterns[0].title.de", "unknown language"),
    ("all-languages-empty", _variant('title: {nl: "Titel", en: "Title"}', 'title: {nl: "", en: " "}'),
     4, "patterns[0].title", "empty in every language"),
    ("bad-placeholder", _variant('after: {nl: "Na {waarde}.", en: "After {value}."}',
                                 'after: {nl: "Na {waarde.", en: "After {value}."}'),
     6, "patterns[0].after.nl", "malformed placeholder"),
    ("bad-id", _variant("id: x.one", 'id: "x one"'), 2, "patterns[0].id", "invalid id"),
    ("duplicate-key", _variant("    theme: mobility", "    theme: mobility\n    theme: care_social"),
     4, None, "occurs twice"),
    ("duplicate-id", PATTERN + PATTERN.split("\n", 1)[1], 10, "patterns[1].id", "occurs twice"),
    ("patterns-not-list", 'patterns: {id: x}\n', 1, "patterns", "expected a list"),
    ("no-patterns", 'themes: []\n', 1, None, "'patterns' list is missing"),
    ("top-level-list", '- id: x\n', 1, None, "expected a mapping"),
    ("unknown-top-key", PATTERN + "extra: 1\n", 10, "extra", "unknown key"),
    ("item-not-mapping", 'patterns:\n  - just text\n', 2, "patterns[0]", "expected a pattern"),
    ("theme-without-label", 'themes:\n  - id: sport\npatterns: []\n', 2, "themes[0].label",
     "text per language"),
]


@pytest.mark.parametrize(("text", "line", "key", "words"), [case[1:] for case in BROKEN],
                         ids=[case[0] for case in BROKEN])
def test_broken_extension_names_file_line_and_key(tmp_path: Path, text: str, line: int | None,
                                                  key: str | None, words: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(PatternFileError) as info:
        load_patterns(path)
    error = info.value
    message = str(error)
    assert isinstance(error, InnodraftError)
    assert message.startswith(str(path)), message
    assert words in message, message
    assert "\n" not in message and "Traceback" not in message
    if line is not None:
        assert error.line == line, message
        assert f"line {line}" in message
    if key is not None:
        assert error.key == key, message
        assert f"at {key}:" in message


@pytest.mark.parametrize(("content", "words"), [
    (b"", "file is empty"),
    (b"   \n# only a comment\n", "no YAML document"),
    (b"patterns: []\n\xff\xfe", "not UTF-8"),
    (b"--- \npatterns: []\n--- \npatterns: []\n", "invalid YAML"),
    (b"patterns: !!python/object:os.system {}\n", "invalid YAML"),
])
def test_unusable_extension_files(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "site.yaml"
    path.write_bytes(content)
    with pytest.raises(PatternFileError, match=words) as info:
        load_patterns(path)
    assert str(path) in str(info.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PatternFileError, match="file not found"):
        load_patterns(tmp_path / "nope.yaml")
    with pytest.raises(PatternFileError, match="is a folder"):
        load_patterns(tmp_path)


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, PATTERN)
    monkeypatch.setattr(lib, "MAX_FILE_BYTES", 100)
    with pytest.raises(PatternFileError, match="too large"):
        load_patterns(path)


def test_alias_bombs_do_not_hang(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    path = _write(tmp_path, "\n".join(lines) + "\npatterns: []\n")
    with pytest.raises(PatternFileError, match="unknown key"):
        load_patterns(path)


def test_lenient_loading_falls_back_to_the_builtins(tmp_path: Path, good_file: Path) -> None:
    broken = _write(tmp_path, _variant("theme: mobility", "theme: sport"))
    patterns, error = load_patterns_lenient(broken)
    assert patterns == BUILTIN
    assert error is not None and "sport" in str(error)
    patterns, error = load_patterns_lenient(good_file)
    assert error is None and len(patterns) == len(BUILTIN) + 1


@pytest.fixture
def builtin_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A writable copy of the built-in data folder, used instead of the real one."""
    data = tmp_path / "data"
    shutil.copytree(lib.DATA_DIR, data)
    monkeypatch.setattr(lib, "DATA_DIR", data)
    monkeypatch.setattr(lib, "THEMES_FILE", data / "themes.yaml")
    lib._builtin.cache_clear()
    yield data
    lib._builtin.cache_clear()


def test_the_builtin_copy_loads(builtin_copy: Path) -> None:
    assert load_patterns() == BUILTIN


@pytest.mark.parametrize(("old", "new", "words"), [
    ('      en: "Availability of the service"\n', "", "the en text is missing"),
    ("theme: it_systems", "theme: sport", "unknown theme"),
    ("id: it.performance", "id: it.availability", "occurs twice"),
])
def test_a_broken_builtin_file_is_an_error(builtin_copy: Path, old: str, new: str, words: str) -> None:
    path = builtin_copy / "patterns-it_systems.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PatternFileError, match=words):
        load_patterns()


def test_builtin_ids_must_be_unique_across_files(builtin_copy: Path) -> None:
    source = (builtin_copy / "patterns-mobility.yaml").read_text(encoding="utf-8")
    (builtin_copy / "patterns-zz_copy.yaml").write_text(source, encoding="utf-8")
    with pytest.raises(PatternFileError, match=r"already used in patterns-mobility\.yaml"):
        load_patterns()
