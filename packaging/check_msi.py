"""Read an MSI's tables back with ``msiinfo`` and check them against the package.

    .venv/bin/python packaging/check_msi.py build/packaging/msi/innodraft-0.1.0-wixl-check.msi \
        [--bundle dist/innodraft]

Checks what IT relies on, table by table:

* Property: ProductName, Manufacturer, ProductVersion (= the package version),
  the fixed UpgradeCode, ALLUSERS=1 (per-machine), ARPNOMODIFY=1, help link, icon;
* Upgrade and LaunchCondition: major upgrades, downgrades refused with a message;
* Directory/Component: the files go under ProgramFiles64Folder, 64-bit components;
* File: both executables, and (with ``--bundle``) one row per file of the bundle;
* Shortcut: a Start-menu shortcut to the windowed executable;
* Registry (or Extension/ProgId/Verb when the tool wrote those): ``.innodraft``
  opens in the windowed executable with ``"%1"``;
* Registry, AppSearch/RegLocator, CustomAction and the sequences: every site
  property writes its value under ``HKLM\\Software\\Policies\\innodraft`` with
  the name the app reads, and is kept on upgrades.

Exit status 0 when every check passed; each failure is printed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))

import msi  # noqa: E402

from innodraft import APP_NAME, HELP_URL, ORG_NAME, PROJECT_SUFFIX  # noqa: E402
from innodraft.core.settings import POLICY_KEY  # noqa: E402

HKCR, HKLM = 0, 2
"""Registry table root numbers (HKCR is HKLM\\Software\\Classes in a per-machine install)."""

MSIDBCOMPONENTATTRIBUTES64BIT = 256
"""Component attribute bit of a 64-bit component."""

Row = dict[str, str]


def read_table(path: Path, table: str, msiinfo: str = "msiinfo") -> list[Row]:
    """The rows of ``table`` as dicts keyed by column name (empty when the table is absent).

    ``msiinfo export`` prints the column names, their types, the table name
    (and key columns), then one tab-separated row per line. Binary columns
    (the Icon table's data) it writes as files into the current folder, so it
    runs in a temporary one.
    """
    with tempfile.TemporaryDirectory(prefix="msiinfo-") as scratch:
        proc = subprocess.run([msiinfo, "export", str(path.resolve()), table], cwd=scratch,
                              capture_output=True, check=False)
    if proc.returncode != 0:
        return []
    lines = proc.stdout.decode("utf-8", "replace").split("\r\n" if b"\r\n" in proc.stdout else "\n")
    if len(lines) < 3:
        return []
    columns = lines[0].split("\t")
    rows = []
    for line in lines[3:]:
        if not line:
            continue
        cells = line.split("\t")
        rows.append(dict(zip(columns, cells + [""] * (len(columns) - len(cells)), strict=True)))
    return rows


@dataclass
class Checker:
    """Collects check results for one MSI."""

    path: Path
    tables: dict[str, list[Row]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    passed: int = 0
    reader: Callable[[Path, str], list[Row]] = read_table

    def table(self, name: str) -> list[Row]:
        """The rows of table ``name`` (read once)."""
        if name not in self.tables:
            self.tables[name] = self.reader(self.path, name)
        return self.tables[name]

    def check(self, ok: bool, what: str) -> bool:
        """Record one check."""
        if ok:
            self.passed += 1
            print(f"  ok    {what}")
        else:
            self.failures.append(what)
            print(f"  FAIL  {what}", file=sys.stderr)
        return ok

    def equal(self, actual: object, expected: object, what: str) -> bool:
        """Record that ``actual == expected``, showing both when not."""
        ok = actual == expected
        return self.check(ok, f"{what} = {expected!r}" + ("" if ok else f" (found {actual!r})"))


def _long_name(file_name: str) -> str:
    """The long name from a File/Directory name column (``SHORT~1.EXE|long name.exe``)."""
    return file_name.split("|")[-1]


def check_properties(c: Checker) -> None:
    """Identity, scope and Add/Remove Programs entries."""
    props = {row["Property"]: row["Value"] for row in c.table("Property")}
    c.equal(props.get("ProductName"), APP_NAME, "Property ProductName")
    c.equal(props.get("Manufacturer"), ORG_NAME, "Property Manufacturer")
    c.equal(props.get("ProductVersion"), msi.msi_version(), "Property ProductVersion")
    c.equal(props.get("UpgradeCode"), msi.UPGRADE_CODE, "Property UpgradeCode")
    c.equal(props.get("ALLUSERS"), "1", "Property ALLUSERS (per-machine)")
    c.equal(props.get("ARPNOMODIFY"), "1", "Property ARPNOMODIFY")
    c.equal(props.get("ARPHELPLINK"), HELP_URL, "Property ARPHELPLINK")
    icon = props.get("ARPPRODUCTICON", "")
    icons = {row["Name"] for row in c.table("Icon")}
    c.check(icon in icons, f"Property ARPPRODUCTICON names an Icon ({icon!r})")
    c.check(not any(name.upper().startswith(("UPDATE", "AUTOUPDATE")) for name in props),
            "no update-related properties")


def check_upgrades(c: Checker) -> None:
    """MajorUpgrade: newer versions replace this one, older ones are refused."""
    rows = [row for row in c.table("Upgrade") if row["UpgradeCode"] == msi.UPGRADE_CODE]
    version = msi.msi_version()
    c.check(any(row["VersionMax"] == version and row["ActionProperty"] == "WIX_UPGRADE_DETECTED"
                for row in rows), "Upgrade: older versions are removed (WIX_UPGRADE_DETECTED)")
    c.check(any(row["VersionMin"] == version and row["ActionProperty"] == "WIX_DOWNGRADE_DETECTED"
                for row in rows), "Upgrade: newer versions are detected (WIX_DOWNGRADE_DETECTED)")
    conditions = {row["Condition"]: row["Description"] for row in c.table("LaunchCondition")}
    message = conditions.get("NOT WIX_DOWNGRADE_DETECTED", "")
    c.check("newer version" in message, f"LaunchCondition: a downgrade stops with a message ({message!r})")
    sequence = {row["Action"]: row for row in c.table("InstallExecuteSequence")}
    c.check("RemoveExistingProducts" in sequence, "InstallExecuteSequence: RemoveExistingProducts")


def check_files(c: Checker, bundle: Path | None) -> None:
    """Install folder, 64-bit components, executables, and (with a bundle) every file."""
    dirs = {row["Directory"]: row for row in c.table("Directory")}
    c.equal(dirs.get("INSTALLDIR", {}).get("Directory_Parent"), "ProgramFiles64Folder",
            "Directory INSTALLDIR parent")
    install_dir = _long_name(dirs.get("INSTALLDIR", {}).get("DefaultDir", ""))
    c.equal(install_dir, APP_NAME, "Directory INSTALLDIR name")
    components = c.table("Component")
    not_64 = [row["Component"] for row in components
              if not int(row["Attributes"] or 0) & MSIDBCOMPONENTATTRIBUTES64BIT]
    c.check(bool(components) and not not_64, f"Component: all {len(components)} are 64-bit {not_64[:3]}")
    files = {row["File"]: row for row in c.table("File")}
    for stem, file_id in msi.EXECUTABLES.items():
        name = _long_name(files.get(file_id, {}).get("FileName", ""))
        c.check(name in (stem, f"{stem}.exe"), f"File {file_id} is {stem}[.exe] ({name!r})")
    if bundle is not None:
        expected = len(msi.bundle_files(bundle))
        c.equal(len(files), expected, f"File: one row per file of {bundle.name}")
    media = c.table("Media")
    c.check(bool(media) and all(row["Cabinet"].startswith("#") for row in media), "Media: cabinet embedded")


def check_shortcut(c: Checker) -> None:
    """One Start-menu shortcut to the windowed executable."""
    rows = [row for row in c.table("Shortcut") if row["Directory_"] == "ProgramMenuFolder"]
    c.check(len(rows) == 1, f"Shortcut: one in ProgramMenuFolder ({len(rows)})")
    for row in rows:
        c.equal(row["Target"], "[#F.GuiExe]", "Shortcut target")
        c.equal(_long_name(row["Name"]), APP_NAME, "Shortcut name")
        c.equal(row["WkDir"], "INSTALLDIR", "Shortcut working folder")


def check_association(c: Checker) -> None:
    """``.innodraft`` opens in innodraft-gui with the file as one argument."""
    ext = PROJECT_SUFFIX.lstrip(".")
    extensions = [row for row in c.table("Extension") if row["Extension"] == ext]
    if extensions:  # advertised form (WiX with Advertise="yes"): the dedicated tables
        prog_id = extensions[0]["ProgId_"]
        verbs = [row for row in c.table("Verb") if row["Extension_"] == ext and row["Verb"] == "open"]
        c.check(bool(prog_id), f"Extension {ext} has a ProgId ({prog_id!r})")
        c.check(bool(verbs) and verbs[0]["Argument"] == '"%1"', "Verb open with \"%1\"")
        return
    registry = {(int(row["Root"]), row["Key"], row["Name"]): row["Value"] for row in c.table("Registry")}
    prog_id = registry.get((HKCR, PROJECT_SUFFIX, ""), "")
    c.check(bool(prog_id), f"Registry HKCR\\{PROJECT_SUFFIX} names a ProgId ({prog_id!r})")
    command = registry.get((HKCR, f"{prog_id}\\shell\\open\\command", ""), "")
    c.equal(command, '"[#F.GuiExe]" "%1"', f"Registry HKCR\\{prog_id}\\shell\\open\\command")
    c.check(bool(registry.get((HKCR, prog_id, ""))), f"Registry HKCR\\{prog_id} has a description")
    c.check(bool(registry.get((HKCR, f"{prog_id}\\DefaultIcon", ""))),
            f"Registry HKCR\\{prog_id}\\DefaultIcon")


def check_site_properties(c: Checker) -> None:
    """Each site property is written where the app reads policy, and kept on upgrades."""
    registry = {(int(row["Root"]), row["Key"], row["Name"]): row for row in c.table("Registry")}
    locators = {row["Signature_"]: row for row in c.table("RegLocator")}
    searches = {row["Property"]: row["Signature_"] for row in c.table("AppSearch")}
    actions = {row["Action"]: row for row in c.table("CustomAction")}
    ui = {row["Action"]: row for row in c.table("InstallUISequence")}
    execute = {row["Action"]: row for row in c.table("InstallExecuteSequence")}
    app_search = int(execute.get("AppSearch", {}).get("Sequence") or 0)
    launch = int(execute.get("LaunchConditions", {}).get("Sequence") or 0)
    for prop, name in msi.SITE_PROPERTIES.items():
        row = registry.get((HKLM, POLICY_KEY, name))
        c.check(row is not None and row["Value"] == f"[{prop}]",
                f"Registry HKLM\\{POLICY_KEY}\\{name} = [{prop}]")
        locator = locators.get(searches.get(f"SAVED_{prop}", ""), {})
        c.check(locator.get("Key") == POLICY_KEY and locator.get("Name") == name
                and int(locator.get("Root") or -1) == HKLM, f"AppSearch SAVED_{prop} reads {name}")
        action = actions.get(f"Restore.{prop}", {})
        c.check(action.get("Source") == prop and action.get("Target") == f"[SAVED_{prop}]",
                f"CustomAction Restore.{prop} sets {prop} from SAVED_{prop}")
        for label, seq in (("UI", ui), ("execute", execute)):
            step = seq.get(f"Restore.{prop}", {})
            number = int(step.get("Sequence") or 0)
            c.check(app_search < number < launch and f"NOT {prop}" in step.get("Condition", ""),
                    f"{label} sequence: Restore.{prop} after AppSearch, before LaunchConditions, "
                    "only when not given")


def run_checks(path: Path, bundle: Path | None = None,
               reader: Callable[[Path, str], list[Row]] = read_table) -> Checker:
    """Every check against the MSI at ``path``."""
    c = Checker(path, reader=reader)
    print(f"checking {path}")
    check_properties(c)
    check_upgrades(c)
    check_files(c, bundle)
    check_shortcut(c)
    check_association(c)
    check_site_properties(c)
    print(f"check_msi: {c.passed} checks passed, {len(c.failures)} failed")
    return c


def main(argv: Sequence[str] | None = None) -> int:
    """Command line; exit status 0 when every check passed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("msi", type=Path, help="the MSI to check")
    parser.add_argument("--bundle", type=Path, help="the bundle it was built from (compares the file count)")
    args = parser.parse_args(argv)
    if shutil.which("msiinfo") is None:
        print("check_msi: error: msiinfo not found (apt-get install msitools)", file=sys.stderr)
        return 1
    if not args.msi.is_file():
        print(f"check_msi: error: no MSI at {args.msi}", file=sys.stderr)
        return 1
    return 1 if run_checks(args.msi, args.bundle).failures else 0


if __name__ == "__main__":
    sys.exit(main())
