"""The PySide6 desktop app. The only package that imports Qt."""

from innodraft.gui import qtfix

qtfix.apply()
