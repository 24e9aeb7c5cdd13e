"""Build the linter pipelines under ``models/``: ``python -m innodraft.lint.build``.

For each built-in pack (``nl``, ``en``) this reads the YAML rules, expands
word lists with the lookup lemma table of ``spacy-lookups-data`` (needed only
here) and saves a spaCy pipeline with ``nlp.to_disk`` to
``models/innodraft_<lang>``. The output is byte-for-byte reproducible for the
same sources and library versions. ``--check`` only reports whether the
saved pipelines match the current packs (exit 1 when one is stale).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from innodraft.lint.lemmas import LemmaTable
from innodraft.lint.nlp import PIPELINE_PREFIX, RULES_FILE, new_pipeline
from innodraft.lint.packs import builtin_pack_dirs, load_pack, pack_digest


def build(out_dir: Path, langs: Sequence[str] = ("nl", "en")) -> list[Path]:
    """Build and save the pipelines; return their folders."""
    out_dir = Path(out_dir)
    packs = builtin_pack_dirs()
    written = []
    for lang in langs:
        pack = load_pack(packs[lang])
        nlp = new_pipeline(pack, LemmaTable.from_lookups(lang))
        target = out_dir / f"{PIPELINE_PREFIX}{lang}"
        with tempfile.TemporaryDirectory(dir=out_dir) as tmp:
            staging = Path(tmp) / target.name
            nlp.to_disk(staging)
            _sort_sentencizer(staging / "sentencizer.json")
            _copy_licences(lang, staging / "innodraft_lemmas")
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
        written.append(target)
    return written


def _sort_sentencizer(path: Path) -> None:
    """spaCy writes the sentencizer's punctuation set in hash order; sort it for reproducible files."""
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    data["punct_chars"] = sorted(data["punct_chars"])
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _copy_licences(lang: str, folder: Path) -> None:
    """Ship the licence texts of the lookup tables next to the copied table."""
    import spacy_lookups_data

    package = Path(spacy_lookups_data.__file__).parent
    dist = next(package.parent.glob("spacy_lookups_data-*.dist-info"), None)
    if dist is not None and (dist / "LICENSE").is_file():
        shutil.copyfile(dist / "LICENSE", folder / "LICENSE-spacy-lookups-data.txt")
    table_licence = package / "data" / f"{lang}_license.txt"
    if table_licence.is_file():
        shutil.copyfile(table_licence, folder / f"LICENSE-{lang}-tables.txt")


def stale(out_dir: Path, langs: Sequence[str] = ("nl", "en")) -> list[str]:
    """Languages whose saved pipeline does not match the current pack files."""
    import json

    packs = builtin_pack_dirs()
    result = []
    for lang in langs:
        rules_file = out_dir / f"{PIPELINE_PREFIX}{lang}" / "innodraft_rules" / RULES_FILE
        try:
            digest = json.loads(rules_file.read_text(encoding="utf-8"))["info"]["digest"]
        except (OSError, ValueError, KeyError):
            result.append(lang)
            continue
        if digest != pack_digest(packs[lang]):
            result.append(lang)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    from innodraft.core.paths import models_dir

    parser = argparse.ArgumentParser(prog="python -m innodraft.lint.build", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=models_dir(), help="models folder (default: %(default)s)")
    parser.add_argument("--lang", action="append", choices=["nl", "en"], help="only this language")
    parser.add_argument("--check", action="store_true", help="only check that the pipelines are current")
    args = parser.parse_args(argv)
    langs = args.lang or ["nl", "en"]
    if args.check:
        old = stale(args.out, langs)
        for lang in old:
            print(f"stale: {args.out / (PIPELINE_PREFIX + lang)} (rebuild: python -m innodraft.lint.build)")
        return 1 if old else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for path in build(args.out, langs):
        print(f"built {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
