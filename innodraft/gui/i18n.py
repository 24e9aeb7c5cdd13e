"""UI language: install the app's and Qt's own translators.

The app's source texts are English. ``resources/i18n/innodraft_<lang>.qm`` are
built from the ``.ts`` sources by :mod:`innodraft.gui.build_translations`; when
a ``.qm`` is missing the app simply runs with the English texts. The UI
language is independent of the project's document language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from innodraft.gui.resources import translations_dir

LANGUAGES = ("nl", "en")
"""UI languages shipped with the app."""

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    """``nl`` when the system locale is Dutch, else ``en``."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def resolve(setting: str) -> str:
    """The language to use for a settings value (empty: the system language)."""
    return setting if setting in LANGUAGES else system_language()


def current_language() -> str:
    """The language installed last (``nl`` or ``en``)."""
    return _current


def install(lang: str) -> bool:
    """Install translators for ``lang``; returns False when the app catalogue is missing."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "en"
    if app is None:
        return False
    found = True
    own = QTranslator()
    if own.load(f"innodraft_{_current}", str(translations_dir())):
        app.installTranslator(own)
        _installed.append(own)
    elif _current != "en":
        found = False
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if _current != "en" and qt.load(f"qtbase_{_current}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if _current == "nl" else QLocale.Language.English,
                               QLocale.Country.Netherlands if _current == "nl"
                               else QLocale.Country.UnitedKingdom))
    return found
