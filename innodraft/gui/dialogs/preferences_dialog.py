"""Preferences: UI language, organisation, author, Word template, rule packs, defaults.

Settings locked by the site configuration (IT) are shown read-only with a lock
and the reason; they are never written to the user's settings file.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from innodraft.core.settings import LoadedSettings, Settings

from innodraft.gui.resources import icon
from innodraft.gui.widgets.binding import set_accessible

KNOWN_PACKS = ("nl", "en")
"""Built-in rule packs (organisation packs come from the site's packs folder)."""


class PreferencesDialog(QDialog):
    """Edits a copy of the settings; :meth:`result_settings` returns it."""

    def __init__(self, loaded: LoadedSettings, current: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)
        self.loaded = loaded
        self.current = current
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        lay.addLayout(form)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(current.ui_language), 0))
        self._row(form, "ui_language", self.tr("Language of the program"), self.language,
                  self.tr("The language of menus and dialogs; the tender documents keep the "
                          "language set in each project"))
        self.organisation = QLineEdit(current.organisation, self)
        self._row(form, "organisation", self.tr("Organisation"), self.organisation,
                  self.tr("Used in exported documents"))
        self.author = QLineEdit(current.author, self)
        self._row(form, "author", self.tr("Your name"), self.author,
                  self.tr("Recorded when you accept a lint finding"))
        template_box = QWidget(self)
        tl = QHBoxLayout(template_box)
        tl.setContentsMargins(0, 0, 0, 0)
        self.template = QLineEdit(current.word_template, template_box)
        self.template.setPlaceholderText(self.tr("Built-in house style"))
        self.browse = QPushButton(self.tr("Browse…"), template_box)
        set_accessible(self.browse, self.tr("Choose a Word template"))
        self.browse.clicked.connect(self._browse)
        tl.addWidget(self.template, 1)
        tl.addWidget(self.browse)
        self._row(form, "word_template", self.tr("Word template"), template_box,
                  self.tr("A .docx or .dotx with your organisation's styles"), focus=self.template)
        packs_box = QWidget(self)
        pl = QHBoxLayout(packs_box)
        pl.setContentsMargins(0, 0, 0, 0)
        self.packs: dict[str, QCheckBox] = {}
        names = {"nl": self.tr("Dutch rules"), "en": self.tr("English rules")}
        for pack in dict.fromkeys([*KNOWN_PACKS, *current.enabled_packs]):
            box = QCheckBox(names.get(pack, pack), packs_box)
            box.setChecked(pack in current.enabled_packs)
            set_accessible(box, names.get(pack, pack))
            pl.addWidget(box)
            self.packs[pack] = box
        pl.addStretch(1)
        self._row(form, "enabled_packs", self.tr("Rule packs"), packs_box,
                  self.tr("Which rule packs the linter runs"),
                  focus=next(iter(self.packs.values())))
        self.evaluators = QSpinBox(self)
        self.evaluators.setRange(1, 20)
        self.evaluators.setValue(current.evaluator_count)
        self._row(form, "evaluator_count", self.tr("Evaluators (default)"), self.evaluators,
                  self.tr("Number of evaluator sheets in the Excel grid when a project names none"))
        self.autosave = QSpinBox(self)
        self.autosave.setRange(0, 3600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setSpecialValueText(self.tr("off"))
        self.autosave.setValue(current.autosave_seconds)
        self._row(form, "autosave_seconds", self.tr("Autosave every"), self.autosave,
                  self.tr("Seconds between autosaves; 0 turns autosave off"))
        if loaded.locked:
            note = QLabel(self.tr("Settings with a lock are set by your organisation and "
                                  "cannot be changed here."), self)
            note.setObjectName("muted")
            note.setWordWrap(True)
            lay.addWidget(note)
        if loaded.warnings:
            warn = QLabel("\n".join(loaded.warnings), self)
            warn.setObjectName("badgeWarning")
            warn.setWordWrap(True)
            lay.addWidget(warn)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget, description: str,
             focus: QWidget | None = None) -> None:
        locked = self.loaded.is_locked(key)
        lab = QLabel(label + ":", self)
        lab.setBuddy(focus or widget)
        set_accessible(focus or widget, label, description)
        if locked:
            widget.setEnabled(False)
            reason = self.tr("Locked by your organisation (site configuration)")
            widget.setToolTip(reason)
            lab.setToolTip(reason)
            holder = QWidget(self)
            hl = QHBoxLayout(holder)
            hl.setContentsMargins(0, 0, 0, 0)
            lock = QLabel(holder)
            lock.setPixmap(icon("lock").pixmap(16, 16))
            lock.setToolTip(reason)
            lock.setAccessibleName(reason)
            hl.addWidget(widget, 1)
            hl.addWidget(lock)
            (focus or widget).setAccessibleDescription(f"{description}. {reason}")
            form.addRow(lab, holder)
        else:
            form.addRow(lab, widget)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Word template"), self.template.text(),
                                              self.tr("Word documents (*.docx *.dotx)"))
        if path:
            self.template.setText(path)

    def result_settings(self) -> Settings:
        """The settings as edited (locked keys keep their site values)."""
        new = dataclasses.replace(
            self.current,
            ui_language=str(self.language.currentData() or ""),
            organisation=self.organisation.text().strip(),
            author=self.author.text().strip(),
            word_template=self.template.text().strip(),
            enabled_packs=[p for p, box in self.packs.items() if box.isChecked()],
            evaluator_count=self.evaluators.value(),
            autosave_seconds=self.autosave.value(),
        )
        for key in self.loaded.locked:
            setattr(new, key, getattr(self.current, key))
        return new
