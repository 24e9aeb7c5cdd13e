"""Guided requirement helper and the functional requirement pattern library.

Tab 1 builds a requirement from an outcome: function → performance level →
verification method (the skeleton comes from :func:`innodraft.patterns.skeleton`).
Tab 2 shows the pattern library by theme: the prescriptive "before", the
functional "after", the verification method and a suggested award criterion.
Texts are in the project's document language; the dialog chrome follows the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from innodraft.core.enums import Verification
from innodraft.core.model import Project

from innodraft.gui import labels
from innodraft.gui.widgets.binding import set_accessible

PatternRole = Qt.ItemDataRole.UserRole + 20
"""The :class:`~innodraft.patterns.Pattern` of a library item."""


@dataclass(frozen=True)
class GuidedResult:
    """What the dialog adds: a requirement and optionally an award criterion."""

    text: str
    verification: Verification
    verification_detail: str
    outcome_id: str | None
    title: str = ""
    criterion: str = ""
    """Suggested award criterion to add as well ('' for none)."""


def _fill(template: str, values: dict[str, str]) -> str:
    for name, value in values.items():
        if value.strip():
            template = template.replace("{" + name + "}", value.strip().rstrip("."))
    return template


class GuidedDialog(QDialog):
    """Build a requirement from an outcome or from a pattern."""

    def __init__(self, project: Project, extra_patterns_file: str = "", start_tab: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from innodraft import patterns

        self.patterns_mod = patterns
        self.project = project
        self.lang = str(project.meta.language.value)
        self.result_value: GuidedResult | None = None
        self._ready = False  # widgets of both tabs exist
        self.setWindowTitle(self.tr("New requirement"))
        self.resize(980, 640)
        pats, error = patterns.load_patterns_lenient(extra_patterns_file or None)
        self.patterns = pats
        self.themes = patterns.themes(None if error else (extra_patterns_file or None))
        lay = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._guided_tab(), self.tr("From an outcome"))
        self.tabs.addTab(self._library_tab(), self.tr("Pattern library"))
        lay.addWidget(self.tabs, 1)
        if error is not None:
            warn = QLabel(self.tr("The organisation's pattern file could not be read: %1")
                          .replace("%1", str(error)), self)
            warn.setObjectName("badgeWarning")
            warn.setWordWrap(True)
            lay.addWidget(warn)
        self.add_criterion = QCheckBox(self.tr("Also add the suggested award criterion"), self)
        lay.addWidget(self.add_criterion)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add requirement"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.tabs.currentChanged.connect(lambda _i: self._update())
        self._ready = True
        self.tabs.setCurrentIndex(start_tab)
        self._update()

    # -- tab 1: guided -------------------------------------------------------------------------
    def _guided_tab(self) -> QWidget:
        page = QWidget(self)
        lay = QHBoxLayout(page)
        left = QWidget(page)
        form = QFormLayout(left)
        self.outcome = QComboBox(left)
        self.outcome.addItem(self.tr("(type an outcome below)"), None)
        for o in self.project.need.outcomes:
            self.outcome.addItem(f"{o.id} — {' '.join(o.text.split())[:80]}", o.id)
        self.outcome_text = QLineEdit(left)
        self.function = QLineEdit(left)
        self.function.setPlaceholderText(self.tr("e.g. keeps every street light working"))
        self.indicator = QLineEdit(left)
        self.indicator.setPlaceholderText(self.tr("e.g. share of working lights"))
        self.target = QLineEdit(left)
        self.target.setPlaceholderText(self.tr("e.g. at least 98 % each month"))
        self.verification = QComboBox(left)
        for member, text in labels.choices(Verification):
            self.verification.addItem(text, member.value)
        self.detail = QLineEdit(left)
        self.detail.setPlaceholderText(self.tr("e.g. monthly report from the management system"))
        steps = (
            (self.tr("Outcome"), self.outcome, self.tr("One of the desired outcomes of the Need step")),
            (self.tr("Outcome text"), self.outcome_text, self.tr("The result the buyer wants")),
            (self.tr("1. Function"), self.function, self.tr("What the solution must do")),
            (self.tr("2. Indicator"), self.indicator, self.tr("What is measured")),
            (self.tr("2. Performance level"), self.target, self.tr("Which level counts as success")),
            (self.tr("3. Verification"), self.verification, self.tr("How compliance is checked")),
            (self.tr("Verified by"), self.detail, self.tr("Which evidence or measurement")),
        )
        for label, widget, desc in steps:
            lab = QLabel(label + ":", left)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
            set_accessible(widget, label.lstrip("123. "), desc)
        hint = QLabel(self.tr(
            "A functional requirement says what must be achieved, at which level, and how you "
            "will check it — and leaves the solution to the market."), left)
        hint.setObjectName("guidance")
        hint.setWordWrap(True)
        form.addRow(hint)
        lay.addWidget(left, 1)
        right = QWidget(page)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        prev_label = QLabel(self.tr("Requirement text (edit freely):"), right)
        self.preview = QPlainTextEdit(right)
        self.preview.setTabChangesFocus(True)
        set_accessible(self.preview, self.tr("Requirement text"))
        prev_label.setBuddy(self.preview)
        rl.addWidget(prev_label)
        rl.addWidget(self.preview, 1)
        lay.addWidget(right, 1)
        self.outcome.currentIndexChanged.connect(self._on_outcome)
        for w in (self.outcome_text, self.function, self.indicator, self.target, self.detail):
            w.textChanged.connect(self._compose)
        self.verification.currentIndexChanged.connect(lambda _i: self._compose())
        self.preview.textChanged.connect(self._update)
        if self.project.need.outcomes:
            self.outcome.setCurrentIndex(1)
        self._compose()
        return page

    def _on_outcome(self, _index: int) -> None:
        oid = self.outcome.currentData()
        outcome = next((o for o in self.project.need.outcomes if o.id == oid), None)
        if outcome is not None:
            self.outcome_text.setText(outcome.text)
            self.indicator.setText(outcome.indicator)
            self.target.setText(outcome.target)

    def _compose(self) -> None:
        verification = Verification(self.verification.currentData() or "")
        text = self.patterns_mod.skeleton(self.outcome_text.text(), self.lang,
                                          indicator=self.indicator.text(), target=self.target.text(),
                                          verification=verification)
        keys = ("functie", "toelichting") if self.lang == "nl" else ("function", "details")
        self.preview.setPlainText(_fill(text, {keys[0]: self.function.text(),
                                               keys[1]: self.detail.text()}))

    # -- tab 2: library ------------------------------------------------------------------------
    def _library_tab(self) -> QWidget:
        page = QWidget(self)
        lay = QVBoxLayout(page)
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(self.tr("Search patterns…"))
        self.search.setClearButtonEnabled(True)
        set_accessible(self.search, self.tr("Search patterns"))
        lay.addWidget(self.search)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        self.tree = QTreeWidget(split)
        self.tree.setHeaderHidden(True)
        set_accessible(self.tree, self.tr("Patterns by theme"))
        theme_items: dict[str, QTreeWidgetItem] = {}
        for theme in self.themes:
            item = QTreeWidgetItem([theme.label.get(self.lang)])
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(item)
            theme_items[theme.id] = item
        for pattern in self.patterns:
            parent = theme_items.get(pattern.theme)
            child = QTreeWidgetItem([pattern.title.get(self.lang)])
            child.setData(0, PatternRole, pattern)
            child.setToolTip(0, pattern.after.get(self.lang))
            if parent is not None:
                parent.addChild(child)
            else:
                self.tree.addTopLevelItem(child)
        self.tree.expandAll()
        self.detail_view = QTextBrowser(split)
        set_accessible(self.detail_view, self.tr("Selected pattern"))
        split.addWidget(self.tree)
        split.addWidget(self.detail_view)
        split.setSizes([320, 620])
        lay.addWidget(split, 1)
        self.count = QLabel(self.tr("%1 patterns").replace("%1", str(len(self.patterns))), page)
        self.count.setObjectName("muted")
        lay.addWidget(self.count)
        self.tree.currentItemChanged.connect(lambda _c, _p: self._show_pattern())
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._accept()
                                            if item.data(0, PatternRole) else None)
        self.search.textChanged.connect(self._filter)
        first = next((self.tree.topLevelItem(i).child(0) for i in range(self.tree.topLevelItemCount())
                      if self.tree.topLevelItem(i).childCount()), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._show_pattern()
        return page

    def current_pattern(self) -> Any:
        """The selected pattern (None when a theme or nothing is selected)."""
        item = self.tree.currentItem()
        return item.data(0, PatternRole) if item is not None else None

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            visible = 0
            for j in range(top.childCount()):
                child = top.child(j)
                p = child.data(0, PatternRole)
                hay = " ".join((p.title.get(self.lang), p.before.get(self.lang),
                                p.after.get(self.lang), p.id)).casefold()
                child.setHidden(bool(needle) and needle not in hay)
                visible += not child.isHidden()
            top.setHidden(visible == 0)

    def _show_pattern(self) -> None:
        p = self.current_pattern()
        if p is None:
            hint = self.tr("Choose a pattern.")
            self.detail_view.setHtml(f"<p style='color:gray'>{escape(hint)}</p>")
            self._update()
            return
        lang = self.lang
        v = self.patterns_mod.verification_label(p.verification, lang)
        t_before, t_after = self.tr("Prescriptive (avoid):"), self.tr("Functional (use):")
        t_verif, t_crit = self.tr("Verification:"), self.tr("Suggested award criterion:")
        t_source, t_fill = self.tr("Source:"), self.tr("Fill in after adding:")
        rows = [
            f"<h3>{escape(p.title.get(lang))}</h3>",
            f"<p><b>{escape(t_before)}</b><br/>"
            f"<span style='color:gray'><s>{escape(p.before.get(lang))}</s></span></p>",
            f"<p><b>{escape(t_after)}</b><br/>{escape(p.after.get(lang))}</p>",
            f"<p><b>{escape(t_verif)}</b> {escape(v)} — "
            f"{escape(p.verification_detail.get(lang))}</p>",
            f"<p><b>{escape(t_crit)}</b> "
            f"{escape(p.award_criterion.get(lang))}</p>",
        ]
        if p.note:
            rows.append(f"<p><i>{escape(p.note.get(lang))}</i></p>")
        if p.source:
            rows.append(f"<p style='color:gray'>{escape(t_source)} {escape(p.source)}</p>")
        if p.placeholders(lang):
            rows.append(f"<p style='color:gray'>{escape(t_fill)} "
                        f"{escape(', '.join('{' + n + '}' for n in p.placeholders(lang)))}</p>")
        self.detail_view.setHtml("".join(rows))
        self._update()

    # -- result --------------------------------------------------------------------------------
    def _update(self) -> None:
        if not self._ready:
            return
        if self.tabs.currentIndex() == 0:
            ok = bool(self.preview.toPlainText().strip())
            self.add_criterion.setEnabled(False)
            self.add_criterion.setChecked(False)
        else:
            ok = self.current_pattern() is not None
            self.add_criterion.setEnabled(ok)
        self.ok_button.setEnabled(ok)

    def _accept(self) -> None:
        if self.tabs.currentIndex() == 0:
            text = self.preview.toPlainText().strip()
            if not text:
                return
            self.result_value = GuidedResult(
                text=text, verification=Verification(self.verification.currentData() or ""),
                verification_detail=self.detail.text().strip(),
                outcome_id=self.outcome.currentData())
        else:
            p = self.current_pattern()
            if p is None:
                return
            self.result_value = GuidedResult(
                text=p.after.get(self.lang), verification=p.verification,
                verification_detail=p.verification_detail.get(self.lang), outcome_id=None,
                title=p.title.get(self.lang),
                criterion=p.award_criterion.get(self.lang) if self.add_criterion.isChecked() else "")
        self.accept()
