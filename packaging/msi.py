"""The MSI: file list for WiX from a bundle, and a wixl build of ``windows/innodraft.wxs``.

    .venv/bin/python packaging/msi.py                  # dist/innodraft -> build/packaging/msi/ (wixl)
    .venv/bin/python packaging/msi.py --files-only F   # only the file list F (for candle on Windows)

WiX 3 has ``heat`` to list a folder's files; wixl has no heat and
``wixl-heat`` skips nothing and names things after paths. This module writes
the list itself, the same way on Linux and Windows: one component per file
(``Guid="*"``: WiX and wixl derive a stable GUID from the install path, which
is what major upgrades need), a directory tree under ``INSTALLDIR``, and the
two executables under fixed ids (``F.CliExe``, ``F.GuiExe``) that the
shortcut and the file association in ``innodraft.wxs`` refer to.

On Linux the MSI is built from the Linux bundle with ``wixl -D Wixl=1``. It
is not an installer anyone should run (its programs are ELF files); it proves
that the definition builds and lets ``check_msi.py`` read its tables back.
Symbolic links in the Linux bundle (a few in ``_internal``) are left out, as
a Windows bundle has none.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from innodraft import APP_NAME, HELP_URL, ORG_NAME, __version__  # noqa: E402

WXS = PACKAGING / "windows" / "innodraft.wxs"
"""The hand-written product definition."""

WIX_NS = "http://schemas.microsoft.com/wix/2006/wi"
"""WiX 3 namespace (wixl understands only this one)."""

UPGRADE_CODE = "{F468649B-917F-441D-87AA-5275412610B9}"
"""The product line's UpgradeCode. Never change it: upgrades find the old version by it."""

SITE_PROPERTIES: dict[str, str] = {
    "ORGNAME": "organisation",
    "WORDTEMPLATE": "word_template",
    "LANGUAGE": "ui_language",
    "LOCKED": "locked",
    "EXTRAPACKSDIR": "extra_packs_dir",
    "ENABLEDPACKS": "enabled_packs",
    "PATTERNSFILE": "patterns_file",
    "PROCEDUREBANDSFILE": "procedure_bands_file",
    "AUTOSAVESECONDS": "autosave_seconds",
    "EVALUATORCOUNT": "evaluator_count",
}
"""Public MSI property -> value name under ``HKLM\\Software\\Policies\\innodraft``.

The value name is the setting the property sets (or ``locked``), exactly as
:func:`innodraft.core.settings.read_windows_policy` reads it.
"""

EXECUTABLES = {APP_NAME: "F.CliExe", f"{APP_NAME}-gui": "F.GuiExe"}
"""Executable stem -> fixed File id used by ``innodraft.wxs``."""

WORK = ROOT / "build" / "packaging"


def msi_version(version: str = __version__) -> str:
    """The MSI ProductVersion for a package version: ``major.minor.patch``.

    Windows Installer compares only the first three fields, each a number
    (major and minor at most 255, patch at most 65535). A pre-release
    (``0.2.0rc1``) maps to its release number, so install the final release as
    a new version.
    """
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    if match is None:
        raise ValueError(f"version {version!r} does not start with a number")
    major, minor, patch = (int(part or 0) for part in match.groups())
    if major > 255 or minor > 255 or patch > 65535:
        raise ValueError(f"version {version!r} does not fit an MSI ProductVersion")
    return f"{major}.{minor}.{patch}"


def wix_id(prefix: str, rel: str) -> str:
    """A stable WiX identifier for a bundle path (letters, digits, ``_``, ``.``; at most 72)."""
    digest = hashlib.sha1(rel.encode("utf-8")).hexdigest()[:24].upper()
    return f"{prefix}_{digest}"


@dataclass(frozen=True)
class BundleFile:
    """One file of the bundle, by its path relative to the bundle folder."""

    rel: PurePosixPath

    @property
    def file_id(self) -> str:
        """The File id: fixed for the executables, derived from the path otherwise."""
        if len(self.rel.parts) == 1:
            stem = self.rel.name.removesuffix(".exe")
            if stem in EXECUTABLES:
                return EXECUTABLES[stem]
        return wix_id("F", self.rel.as_posix())


def bundle_files(bundle: Path) -> list[BundleFile]:
    """Regular files of the bundle, sorted (symbolic links are left out)."""
    files = [BundleFile(PurePosixPath(p.relative_to(bundle).as_posix()))
             for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return sorted(files, key=lambda f: f.rel.as_posix())


def files_fragment(bundle: Path, files: Sequence[BundleFile] | None = None, sep: str = os.sep) -> ET.Element:
    """The ``<Wix>`` element listing every bundle file as a component of ``CG.AppFiles``.

    ``Source`` paths are ``$(var.SourceDir)`` plus the path inside the bundle,
    joined with ``sep`` (the build machine's separator).
    """
    files = bundle_files(bundle) if files is None else list(files)
    ET.register_namespace("", WIX_NS)
    q = f"{{{WIX_NS}}}"
    wix = ET.Element(f"{q}Wix")
    fragment = ET.SubElement(wix, f"{q}Fragment")
    root_ref = ET.SubElement(fragment, f"{q}DirectoryRef", Id="INSTALLDIR")
    directories: dict[PurePosixPath, ET.Element] = {PurePosixPath("."): root_ref}
    group = ET.SubElement(ET.SubElement(wix, f"{q}Fragment"), f"{q}ComponentGroup", Id="CG.AppFiles")

    def directory(path: PurePosixPath) -> ET.Element:
        if path not in directories:
            parent = directory(path.parent)
            directories[path] = ET.SubElement(parent, f"{q}Directory", Id=wix_id("D", path.as_posix()),
                                              Name=path.name)
        return directories[path]

    for item in files:
        component_id = wix_id("C", item.rel.as_posix())
        component = ET.SubElement(directory(item.rel.parent), f"{q}Component", Id=component_id, Guid="*",
                                  Win64="yes")
        ET.SubElement(component, f"{q}File", Id=item.file_id, Name=item.rel.name, KeyPath="yes",
                      Source="$(var.SourceDir)" + sep + sep.join(item.rel.parts))
        ET.SubElement(group, f"{q}ComponentRef", Id=component_id)
    missing = [stem for stem, file_id in EXECUTABLES.items() if not any(f.file_id == file_id for f in files)]
    if missing:
        raise ValueError(f"{bundle}: no executable {', '.join(missing)} at the top of the bundle")
    return wix


def write_files_wxs(bundle: Path, target: Path, sep: str = os.sep) -> int:
    """Write the file list of ``bundle`` to ``target``; returns the number of files."""
    files = bundle_files(bundle)
    tree = ET.ElementTree(files_fragment(bundle, files, sep))
    ET.indent(tree, space="  ")
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return len(files)


def preprocessor_variables(source_dir: str, icon_file: str) -> dict[str, str]:
    """The ``-D`` variables ``innodraft.wxs`` needs, from the package identity."""
    return {"ProductName": APP_NAME, "Version": msi_version(), "Manufacturer": ORG_NAME,
            "HelpUrl": HELP_URL, "SourceDir": source_dir, "IconFile": icon_file}


def ensure_icon(work: Path = WORK) -> Path:
    """The ``.ico`` that build.py renders; rendered here when missing."""
    ico = work / f"{APP_NAME}.ico"
    if not ico.is_file():
        if str(PACKAGING) not in sys.path:
            sys.path.insert(0, str(PACKAGING))
        import icon

        icon.write_ico(ROOT / "resources" / "app" / f"{APP_NAME}.svg", ico)
    return ico


def build_with_wixl(bundle: Path, out: Path, work: Path = WORK, wixl: str = "wixl") -> Path:
    """Build the MSI from ``bundle`` with wixl; returns ``out``.

    wixl needs relative source paths (an absolute ``SourceDir`` fails), so it
    runs in ``work/msi`` with every path relative to that folder.
    """
    exe = shutil.which(wixl)
    if exe is None:
        raise FileNotFoundError(f"{wixl} not found (apt-get install wixl msitools)")
    cwd = work / "msi"
    files_wxs = cwd / "files.wxs"
    write_files_wxs(bundle, files_wxs, sep="/")
    ico = ensure_icon(work)
    out.parent.mkdir(parents=True, exist_ok=True)
    variables = preprocessor_variables(os.path.relpath(bundle, cwd), os.path.relpath(ico, cwd))
    cmd = [exe, "-a", "x64", "-D", "Wixl=1"]
    for name, value in variables.items():
        cmd += ["-D", f"{name}={value}"]
    cmd += ["-o", os.path.relpath(out, cwd), *(os.path.relpath(p, cwd) for p in (WXS, files_wxs))]
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    # wixl warns about every WiX attribute it ignores (Secure, AllowSameVersionUpgrades, ...).
    noise = [line for line in proc.stderr.splitlines()
             if line.strip() and "has no property named" not in line]
    if proc.returncode != 0 or not out.is_file():
        raise RuntimeError(f"wixl failed (exit {proc.returncode}):\n" + "\n".join(noise[-20:]))
    for line in noise:
        print(f"msi: wixl: {line}", file=sys.stderr)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write the file list, or build the MSI with wixl."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / APP_NAME, help="the one-folder bundle")
    parser.add_argument("--out", type=Path, default=WORK / "msi" / f"{APP_NAME}-{__version__}-wixl-check.msi",
                        help="the MSI to write")
    parser.add_argument("--files-only", type=Path, metavar="WXS",
                        help="only write the file list (for candle on Windows) and stop")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    if not bundle.is_dir():
        print(f"msi: error: no bundle at {bundle} (run packaging/build.py first)", file=sys.stderr)
        return 1
    if args.files_only:
        count = write_files_wxs(bundle, args.files_only)
        print(f"msi: {count} files listed in {args.files_only}")
        return 0
    start = time.perf_counter()
    try:
        out = build_with_wixl(bundle, args.out.resolve())
    except (OSError, RuntimeError, ValueError) as exc:
        print(f"msi: error: {exc}", file=sys.stderr)
        return 1
    size = out.stat().st_size / 2**20
    print(f"msi: {out} ({size:.1f} MiB) built with wixl in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
