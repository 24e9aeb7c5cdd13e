"""spaCy without its tests and without language data other than nl/en.

Replaces the pyinstaller-hooks-contrib hook (user hooks take priority), which
collects every spaCy submodule and every language. Language packages that spaCy
imports itself (``xx``, and the tokenizer factories in ``registrations``) are
still found by PyInstaller's import analysis.
"""

from bundle_rules import spacy_module_wanted
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("spacy", filter=spacy_module_wanted)
datas = collect_data_files("spacy", excludes=["**/tests/**", "**/*.pyx", "**/*.pxd", "**/*.pyi", "**/*.c",
                                              "**/*.cpp", "**/*.h", "**/*.hh"])
