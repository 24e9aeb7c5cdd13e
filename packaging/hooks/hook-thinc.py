"""thinc without its tests (replaces the pyinstaller-hooks-contrib hook).

The ``.cu`` kernel sources stay: ``thinc.backends._custom_kernels`` reads one at import.
"""

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

hiddenimports = collect_submodules("thinc", filter=lambda name: ".tests" not in name)
datas = collect_data_files("thinc", excludes=["**/tests/**", "**/*.pyx", "**/*.pxd", "**/*.pyi"])
