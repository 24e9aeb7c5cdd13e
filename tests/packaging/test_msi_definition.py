"""The MSI definition without building a bundle: the WiX source, the generated file list,
the site properties against the settings the app reads, and the table checks.
"""

from __future__ import annotations

import re
import shutil
import sys
import types
import xml.etree.ElementTree as ET
from dataclasses import fields
from pathlib import Path
from typing import Any

import check_msi
import msi
import pytest

from innodraft import APP_NAME, __version__
from innodraft.core import settings as settings_module
from innodraft.core.paths import app_paths
from innodraft.core.settings import POLICY_KEY, Settings, load_settings

W = f"{{{msi.WIX_NS}}}"
USER_ONLY = frozenset({"author", "recent_files"})
"""Settings that belong to one user; IT has no property or policy for them."""

SAMPLE_PROPERTIES = {
    "ORGNAME": "Gemeente Waalstede",
    "WORDTEMPLATE": r"\\srv\huisstijl\leidraad.dotx",
    "LANGUAGE": "nl",
    "LOCKED": "organisation;word_template",
    "EXTRAPACKSDIR": r"C:\ProgramData\innodraft\packs",
    "ENABLEDPACKS": "nl;en;gemeente",
    "PATTERNSFILE": r"\\srv\innodraft\patronen.yaml",
    "PROCEDUREBANDSFILE": "banden.yaml",
    "AUTOSAVESECONDS": "120",
    "EVALUATORCOUNT": "5",
}
"""What IT might pass on the msiexec command line."""

EXPECTED_SETTINGS = {
    "organisation": "Gemeente Waalstede",
    "word_template": r"\\srv\huisstijl\leidraad.dotx",
    "ui_language": "nl",
    "extra_packs_dir": r"C:\ProgramData\innodraft\packs",
    "enabled_packs": ["nl", "en", "gemeente"],
    "patterns_file": r"\\srv\innodraft\patronen.yaml",
    "procedure_bands_file": "banden.yaml",
    "autosave_seconds": 120,
    "evaluator_count": 5,
}
"""The settings the app must end up with from SAMPLE_PROPERTIES."""


def parse_wxs(path: Path = msi.WXS) -> ET.Element:
    """The WiX source with its processing instructions (``<?ifndef var.Wixl?>``) kept."""
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_pis=True))
    return ET.parse(path, parser).getroot()


def policy_values(root: ET.Element) -> dict[str, tuple[str, ET.Element]]:
    """Registry value name -> (property it writes, its component) for the policy key."""
    found = {}
    for component in root.iter(f"{W}Component"):
        for value in component.findall(f"{W}RegistryValue"):
            if value.get("Root") == "HKLM" and value.get("Key") == POLICY_KEY:
                match = re.fullmatch(r"\[([A-Z_]+)\]", value.get("Value", ""))
                assert match, f"{value.get('Name')}: value {value.get('Value')!r} is not one property"
                found[value.get("Name", "")] = (match.group(1), component)
    return found


# --------------------------------------------------------------------------- the WiX source


def test_wxs_identity_and_scope() -> None:
    root = parse_wxs()
    assert root.tag == f"{W}Wix"
    product = root.find(f"{W}Product")
    assert product is not None
    assert product.get("UpgradeCode") == msi.UPGRADE_CODE == check_msi.msi.UPGRADE_CODE
    assert product.get("Id") == "*"  # a new ProductCode per build
    assert product.get("Version") == "$(var.Version)"  # from the package, not written here
    package = product.find(f"{W}Package")
    assert package is not None and package.get("InstallScope") == "perMachine"
    upgrade = product.find(f"{W}MajorUpgrade")
    assert upgrade is not None and "newer version" in upgrade.get("DowngradeErrorMessage", "")
    props = {p.get("Id"): p.get("Value") for p in product.findall(f"{W}Property")}
    assert props["ARPNOMODIFY"] == "1"
    assert props["ARPHELPLINK"] == "$(var.HelpUrl)"
    dirs = {d.get("Id"): d for d in root.iter(f"{W}Directory")}
    assert dirs["INSTALLDIR"] in list(dirs["ProgramFiles64Folder"])


def test_wxs_has_no_update_or_network_parts() -> None:
    text = msi.WXS.read_text(encoding="utf-8").lower()
    for word in ("autoupdate", "auto_update", "updatecheck", "http://", "binary", "scheduledtask"):
        assert word not in text.replace("http://schemas.microsoft.com", ""), word


def test_every_site_property_writes_the_setting_the_app_reads() -> None:
    root = parse_wxs()
    values = policy_values(root)
    assert {name: prop for name, (prop, _) in values.items()} == {
        name: prop for prop, name in msi.SITE_PROPERTIES.items()}
    setting_names = {f.name for f in fields(Settings)}
    assert set(values) <= setting_names | {"locked"}
    assert setting_names - USER_ONLY <= set(values), "a setting IT cannot set from the MSI"
    declared = {p.get("Id"): p for p in root.iter(f"{W}Property")}
    for name, (prop, component) in values.items():
        assert declared[prop].get("Secure") == "yes", prop
        # installed only when the property is given (hidden from wixl, which lacks conditions)
        children = list(component)
        condition = component.find(f"{W}Condition")
        assert condition is not None and condition.text == prop, name
        at = children.index(condition)
        assert children[at - 1].tag is ET.ProcessingInstruction and "ifndef var.Wixl" in children[at - 1].text
        assert children[at + 1].tag is ET.ProcessingInstruction and children[at + 1].text == "endif"
        # kept on upgrade: a registry search into SAVED_<prop> and a restore action
        search = declared[f"SAVED_{prop}"].find(f"{W}RegistrySearch")
        assert search is not None and (search.get("Key"), search.get("Name")) == (POLICY_KEY, name)
    actions = {a.get("Id"): a for a in root.iter(f"{W}CustomAction")}
    for prop in msi.SITE_PROPERTIES:
        assert actions[f"Restore.{prop}"].get("Property") == prop
    for sequence in ("InstallUISequence", "InstallExecuteSequence"):
        steps = {c.get("Action"): c for c in root.iter(f"{W}{sequence}") for c in c.findall(f"{W}Custom")}
        for prop in msi.SITE_PROPERTIES:
            assert 50 < int(steps[f"Restore.{prop}"].get("Sequence", "0")) < 100, (sequence, prop)


class FakeWinreg(types.ModuleType):
    """Just enough of ``winreg`` for :func:`read_windows_policy`."""

    HKEY_LOCAL_MACHINE = "HKLM"

    def __init__(self, key: str, values: list[tuple[str, Any, int]]) -> None:
        super().__init__("winreg")
        self.key, self.values = key, values

    def OpenKey(self, root: str, key: str) -> FakeWinreg:
        if (root, key) != ("HKLM", self.key):
            raise OSError(f"no key {root}\\{key}")
        return self

    def EnumValue(self, _key: object, index: int) -> tuple[str, Any, int]:
        if index >= len(self.values):
            raise OSError("no more data")
        return self.values[index]

    def __enter__(self) -> FakeWinreg:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


REG_SZ, REG_DWORD = 1, 4


def settings_from_registry(monkeypatch: pytest.MonkeyPatch, values: list[tuple[str, Any, int]]) -> Any:
    """Load settings with ``values`` as the machine policy, read the way the app reads it on Windows."""
    with monkeypatch.context() as patch:  # only these two, not the test's isolated home
        patch.setattr(sys, "platform", "win32")
        patch.setitem(sys.modules, "winreg", FakeWinreg(POLICY_KEY, values))
        policy = settings_module.read_windows_policy()
    return load_settings(app_paths(), policy=policy)


def test_msi_properties_reach_the_app_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the MSI writes for each property is what the app reads back, typed and locked."""
    values = policy_values(parse_wxs())
    written = [(name, SAMPLE_PROPERTIES[prop], REG_SZ) for name, (prop, _) in values.items()]
    loaded = settings_from_registry(monkeypatch, written)
    assert loaded.warnings == ()
    for key, expected in EXPECTED_SETTINGS.items():
        assert getattr(loaded.values, key) == expected, key
        assert loaded.sources[key] == "policy", key
    assert loaded.locked == {"organisation", "word_template"}


def test_without_policy_values_the_defaults_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = settings_from_registry(monkeypatch, [])
    assert loaded.values == Settings() and not loaded.locked


# --------------------------------------------------------------------------- ADMX/ADML

POLICY_DIR = msi.PACKAGING / "windows" / "policy"
GP = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"


def admx_elements() -> dict[str, tuple[str, ET.Element]]:
    """Registry value name -> (element kind, element) of every ADMX policy element."""
    root = ET.parse(POLICY_DIR / "innodraft.admx").getroot()
    found = {}
    for policy in root.iter(f"{GP}policy"):
        assert policy.get("key") == POLICY_KEY and policy.get("class") == "Machine", policy.get("name")
        for element in policy.find(f"{GP}elements") or []:
            found[element.get("valueName", "")] = (element.tag.removeprefix(GP), element)
    return found


def test_admx_sets_exactly_the_msi_properties_values() -> None:
    assert set(admx_elements()) == set(msi.SITE_PROPERTIES.values())


def test_admx_values_reach_the_app_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text and enum elements write REG_SZ, decimal elements REG_DWORD; the app reads both."""
    by_name = {name: SAMPLE_PROPERTIES[prop] for prop, name in msi.SITE_PROPERTIES.items()}
    written = []
    for name, (kind, element) in admx_elements().items():
        if kind == "decimal":
            written.append((name, int(by_name[name]), REG_DWORD))
        elif kind == "enum":
            options = [v.text for v in element.iter(f"{GP}string")]
            assert by_name[name] in options
            written.append((name, by_name[name], REG_SZ))
        else:
            assert kind == "text", name
            written.append((name, by_name[name], REG_SZ))
    loaded = settings_from_registry(monkeypatch, written)
    assert loaded.warnings == ()
    for key, expected in EXPECTED_SETTINGS.items():
        assert getattr(loaded.values, key) == expected, key
    assert loaded.locked == {"organisation", "word_template"}


@pytest.mark.parametrize("language", ["en-US", "nl-NL"])
def test_adml_defines_every_string_and_presentation(language: str) -> None:
    admx_text = (POLICY_DIR / "innodraft.admx").read_text(encoding="utf-8")
    adml = ET.parse(POLICY_DIR / language / "innodraft.adml").getroot()
    strings = {s.get("id") for s in adml.iter(f"{GP}string")}
    presentations = {p.get("id"): p for p in adml.iter(f"{GP}presentation")}
    assert set(re.findall(r"\$\(string\.(\w+)\)", admx_text)) <= strings
    assert set(re.findall(r"\$\(presentation\.(\w+)\)", admx_text)) == set(presentations)
    ids = {element.get("id") for _, element in admx_elements().values()}
    refs = {control.get("refId") for p in presentations.values() for control in p}
    assert refs == ids


# --------------------------------------------------------------------------- the file list


def fake_bundle(root: Path, suffix: str = "") -> Path:
    bundle = root / APP_NAME
    (bundle / "_internal" / "models" / "innodraft_nl").mkdir(parents=True)
    (bundle / f"{APP_NAME}{suffix}").write_bytes(b"cli")
    (bundle / f"{APP_NAME}-gui{suffix}").write_bytes(b"gui")
    (bundle / "_internal" / "models" / "innodraft_nl" / "config.cfg").write_text("[nlp]\n")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"zip")
    (bundle / "_internal" / "libpython.so").symlink_to("base_library.zip")
    return bundle


@pytest.mark.parametrize("suffix", ["", ".exe"])
def test_file_list_from_a_bundle(tmp_path: Path, suffix: str) -> None:
    bundle = fake_bundle(tmp_path, suffix)
    wix = msi.files_fragment(bundle, sep="\\")
    files = {f.get("Id"): f for f in wix.iter(f"{W}File")}
    assert len(files) == 4  # the symbolic link is left out
    assert files["F.CliExe"].get("Name") == f"{APP_NAME}{suffix}"
    assert files["F.GuiExe"].get("Source") == f"$(var.SourceDir)\\{APP_NAME}-gui{suffix}"
    config = next(f for f in files.values() if f.get("Name") == "config.cfg")
    assert config.get("Source") == r"$(var.SourceDir)\_internal\models\innodraft_nl\config.cfg"
    ref = wix.find(f"{W}Fragment/{W}DirectoryRef")
    assert ref is not None and ref.get("Id") == "INSTALLDIR"
    names = [d.get("Name") for d in ref.iter(f"{W}Directory")]
    assert names == ["_internal", "models", "innodraft_nl"]
    components = list(wix.iter(f"{W}Component"))
    group = wix.find(f"{W}Fragment/{W}ComponentGroup")
    assert group is not None and group.get("Id") == "CG.AppFiles"
    assert [r.get("Id") for r in group] == [c.get("Id") for c in components]
    for component in components:
        assert component.get("Guid") == "*" and component.get("Win64") == "yes"
    for element in wix.iter():
        if element.get("Id"):
            assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]{0,71}", element.get("Id", "")), element.get("Id")


def test_file_list_is_stable_and_needs_both_executables(tmp_path: Path) -> None:
    bundle = fake_bundle(tmp_path)
    first = ET.tostring(msi.files_fragment(bundle))
    assert first == ET.tostring(msi.files_fragment(bundle))
    (bundle / f"{APP_NAME}-gui").unlink()
    with pytest.raises(ValueError, match="gui"):
        msi.files_fragment(bundle)


@pytest.mark.parametrize(("version", "expected"), [
    ("0.1.0", "0.1.0"), ("1.2", "1.2.0"), ("2.0.1rc1", "2.0.1"), ("3.4.5.post1", "3.4.5")])
def test_msi_version(version: str, expected: str) -> None:
    assert msi.msi_version(version) == expected


def test_msi_version_is_the_package_version() -> None:
    assert msi.msi_version() == __version__  # check_msi compares ProductVersion with it


@pytest.mark.parametrize("version", ["dev", "256.0.0", "1.2.65536"])
def test_msi_version_refuses_what_windows_installer_cannot_compare(version: str) -> None:
    with pytest.raises(ValueError):
        msi.msi_version(version)


# --------------------------------------------------------------------------- a real (tiny) MSI

needs_wixl = pytest.mark.skipif(shutil.which("wixl") is None or shutil.which("msiinfo") is None,
                                reason="needs wixl and msiinfo (apt-get install wixl msitools)")


@pytest.fixture(scope="module")
def tiny_msi(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, list[check_msi.Row]]]:
    """An MSI built with wixl from a fake bundle, and its tables."""
    root = tmp_path_factory.mktemp("msi")
    bundle = fake_bundle(root)
    work = root / "work"
    work.mkdir()
    (work / f"{APP_NAME}.ico").write_bytes(b"\0\0\1\0")  # wixl only embeds it
    out = msi.build_with_wixl(bundle, root / "tiny.msi", work=work)
    names = ("Property", "Icon", "Upgrade", "LaunchCondition", "InstallExecuteSequence", "InstallUISequence",
             "Directory", "Component", "File", "Media", "Shortcut", "Extension", "Registry", "RegLocator",
             "AppSearch", "CustomAction")
    return out, bundle, {name: check_msi.read_table(out, name) for name in names}


@needs_wixl
def test_wixl_builds_an_msi_that_passes_the_checks(tiny_msi: Any) -> None:
    out, bundle, _ = tiny_msi
    result = check_msi.run_checks(out, bundle)
    assert result.failures == []
    assert result.passed > 50


def _edited(tables: dict[str, list[check_msi.Row]], table: str, match: dict[str, str],
            change: dict[str, str] | None) -> dict[str, list[check_msi.Row]]:
    """A copy of ``tables`` with the matching rows of ``table`` changed (or removed: ``change`` None)."""
    copy = {name: [dict(row) for row in rows] for name, rows in tables.items()}
    rows = copy[table]
    hits = [row for row in rows if all(row.get(k) == v for k, v in match.items())]
    assert hits, f"no {table} row matches {match}"
    for row in hits:
        if change is None:
            rows.remove(row)
        else:
            row.update(change)
    return copy


@needs_wixl
@pytest.mark.parametrize(("table", "match", "change", "message"), [
    ("Property", {"Property": "ProductVersion"}, {"Value": "9.9.9"}, "ProductVersion"),
    ("Property", {"Property": "UpgradeCode"}, {"Value": "{00000000-0000-0000-0000-000000000001}"},
     "UpgradeCode"),
    ("Property", {"Property": "ALLUSERS"}, {"Value": "2"}, "ALLUSERS"),
    ("Property", {"Property": "ARPNOMODIFY"}, None, "ARPNOMODIFY"),
    ("Shortcut", {"Shortcut": "S.StartMenu"}, None, "Shortcut"),
    ("Shortcut", {"Shortcut": "S.StartMenu"}, {"Target": "[#F.CliExe]"}, "Shortcut target"),
    ("Registry", {"Key": ".innodraft"}, None, ".innodraft"),
    ("Registry", {"Key": "innodraft.Project\\shell\\open\\command"}, {"Value": '"[#F.GuiExe]" %1'},
     "open\\command"),
    ("Registry", {"Name": "organisation"}, {"Name": "organization"}, "organisation"),
    ("Upgrade", {"ActionProperty": "WIX_DOWNGRADE_DETECTED"}, None, "newer versions"),
    ("File", {"File": "F.GuiExe"}, None, "F.GuiExe"),
    ("CustomAction", {"Action": "Restore.LOCKED"}, None, "Restore.LOCKED"),
])
def test_the_checks_fail_on_a_broken_msi(tiny_msi: Any, table: str, match: dict[str, str],
                                         change: dict[str, str] | None, message: str) -> None:
    out, bundle, tables = tiny_msi
    broken = _edited(tables, table, match, change)
    result = check_msi.run_checks(out, bundle, reader=lambda _path, name: broken.get(name, []))
    assert result.failures, "a broken MSI passed"
    assert any(message in failure for failure in result.failures), result.failures


@needs_wixl
def test_the_checks_see_a_missing_file(tiny_msi: Any, tmp_path: Path) -> None:
    out, _, tables = tiny_msi
    bigger = fake_bundle(tmp_path)
    (bigger / "_internal" / "extra.txt").write_text("not in the MSI")
    result = check_msi.run_checks(out, bigger, reader=lambda _path, name: tables.get(name, []))
    assert any("one row per file" in failure for failure in result.failures)


def test_the_it_readme_documents_every_property() -> None:
    text = (msi.PACKAGING / "README.md").read_text(encoding="utf-8")
    for prop, name in msi.SITE_PROPERTIES.items():
        assert f"| `{prop}` | `{name}` |" in text, prop
    assert msi.UPGRADE_CODE in text
