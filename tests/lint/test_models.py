"""The committed pipelines under models/ match the rule packs and load on their own."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from innodraft.core.paths import models_dir
from innodraft.lint.build import stale
from innodraft.lint.lemmas import LemmaTable
from innodraft.lint.nlp import pipeline_path


def test_committed_pipelines_are_current() -> None:
    assert stale(models_dir()) == [], "rebuild: python -m innodraft.lint.build"


def test_pipelines_load_without_lookups_package() -> None:
    code = textwrap.dedent("""
        import sys
        sys.modules["spacy_lookups_data"] = None  # importing it now raises ImportError
        from innodraft.lint import lint_text
        found = lint_text("De leverancier levert een gebruiksvriendelijk portaal.", "nl")
        assert any(f.category == "vague" for f in found), found
        found = lint_text("The portal shall be user friendly.", "en")
        assert any(f.category == "vague" for f in found), found
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout


def test_lemma_table_lookups() -> None:
    table = LemmaTable.read(pipeline_path("nl") / "innodraft_lemmas")
    assert table.lemma("systemen") == "systeem"
    assert table.known("Leverancier")
    assert not table.known("xqzwv")
    assert table.lemma("") is None


def test_lemma_table_round_trip(tmp_path) -> None:
    table = LemmaTable.from_mapping({"Huizen": "huis", "liep": "lopen", "bad\tkey": "x"})
    table.write(tmp_path)
    again = LemmaTable.read(tmp_path)
    assert again.lemma("huizen") == "huis"
    assert again.lemma("huis") == "huis"
    assert again.known("lopen")
    assert again.lemma("bad") is None
    assert again.forms("lopen") == ["liep", "lopen"]
    assert len(again) == 4
