"""Below-threshold bands: UNVERIFIED defaults, site replacement via settings, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from innodraft.core.enums import ContractType
from innodraft.core.paths import app_paths
from innodraft.procedure import DataFileError, advise, configured_bands, default_bands, load_bands
from tests.procedure.helpers import situation

POLICY = """\
status: verified
source: "Inkoopbeleid Gemeente Voorbeeld 2026"
bands:
  works:
    - {below: 50000, procedures: [single_private]}
    - {below: 1000000, procedures: [multiple_private]}
    - {below: threshold, procedures: [national_restricted, national_open]}
  supplies:
    - {below: 25000, procedures: [single_private]}
    - {below: threshold, procedures: [national_open]}
  services:
    - {below: 25000, procedures: [single_private]}
    - {below: threshold, procedures: [national_open]}
  social_services:
    - {below: threshold, procedures: [multiple_private]}
"""


def _write(folder: Path, text: str, name: str = "bands.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _site(home: Path, setting: str) -> None:
    site = app_paths().site_config
    site.mkdir(parents=True, exist_ok=True)
    (site / "site.json").write_text(json.dumps({"procedure_bands_file": setting}), encoding="utf-8")


def test_defaults_are_unverified_and_cover_every_contract_type() -> None:
    table = default_bands()
    assert table.status == "unverified" and not table.verified and table.origin == "built-in"
    assert set(table.bands) == {c.value for c in ContractType}
    works = [(b.low, b.below, b.procedures) for b in table.bands["works"]]
    assert works[:2] == [(0.0, 150_000.0, ("single_private", "multiple_private")),
                         (150_000.0, 1_500_000.0, ("multiple_private",))]
    assert table.band_for(ContractType.WORKS, 5_404_000, 5_404_000) is None  # at the threshold: EU


def test_default_bands_are_reported_as_unverified() -> None:
    result = advise(situation(value=100_000), bands=default_bands())
    warning = next(w for w in result.warnings if w.code == "warn.bands_default")
    assert warning.unverified and "procedure_bands_file" in warning.text.en
    assert any("UNVERIFIED" in r.en for r in result.procedure(result.recommended).reasons)


def test_site_bands_replace_the_defaults(tmp_path: Path, innodraft_home: Path) -> None:
    _site(innodraft_home, str(_write(tmp_path, POLICY)))
    table = configured_bands()
    assert table.verified and table.origin.endswith("bands.yaml") and table.problem is None
    result = advise(situation(contract="works", value=1_200_000))
    assert result.recommended == "national_restricted" and result.band is not None
    assert "warn.bands_default" not in [w.code for w in result.warnings]
    reasons = result.procedure("national_restricted").reasons
    reason = next(r for r in reasons if "advise this procedure" in r.en)
    assert "Inkoopbeleid Gemeente Voorbeeld 2026" in reason.en and "organisation policy" in reason.en
    outside = next(r for r in result.procedure("multiple_private").reasons if "advise" in r.en)
    assert "National restricted procedure" in outside.en
    assert advise(situation(contract="works", value=1_200_000), bands=default_bands()).recommended == \
        "multiple_private"  # the default works band 150 000 - 1 500 000


def test_relative_path_is_taken_from_the_site_folder(innodraft_home: Path) -> None:
    site = app_paths().site_config
    site.mkdir(parents=True, exist_ok=True)
    _write(site, POLICY, "org-bands.yaml")
    _site(innodraft_home, "org-bands.yaml")
    assert configured_bands().verified


def test_broken_site_file_falls_back_with_a_warning(tmp_path: Path, innodraft_home: Path) -> None:
    _site(innodraft_home, str(_write(tmp_path, POLICY.replace("status: verified", "status: maybe"))))
    table = configured_bands()
    assert table.origin == "built-in" and table.problem and "status" in table.problem
    result = advise(situation(value=100_000))
    warning = next(w for w in result.warnings if w.code == "warn.bands_file")
    assert "status" in warning.text.en
    _site(innodraft_home, str(tmp_path / "missing.yaml"))
    assert "cannot be read" in (configured_bands().problem or "")


@pytest.mark.parametrize(("edit", "where"), [
    (lambda t: t.replace("status: verified\n", ""), ":status"),
    (lambda t: t.replace("source:", "sauce:"), ":source"),
    (lambda t: t.replace("[single_private]}\n    - {below: 1000000",
                         "[direct_award]}\n    - {below: 1000000"),
     ":bands.works[0].procedures"),
    (lambda t: t.replace("below: 1000000", "below: 40000"), ":bands.works[1].below"),
    (lambda t: t.replace("below: 1000000", "below: -1"), ":bands.works[1].below"),
    (lambda t: t.replace("{below: threshold, procedures: [multiple_private]}",
                         "{below: 500000, procedures: [multiple_private]}"), ":bands.social_services"),
    (lambda t: t.replace("  social_services:\n    - {below: threshold, procedures: [multiple_private]}\n",
                         ""),
     ":bands.social_services"),
    (lambda t: t + "  concessions:\n    - {below: threshold, procedures: [open]}\n", ":bands.concessions"),
    (lambda t: t.replace("bands:\n", "bands: [\n"), ".yaml:"),
    (lambda t: "- just\n- a list\n", "bands.yaml"),
])
def test_bad_bands_file_names_file_and_key(tmp_path: Path, edit: object, where: str) -> None:
    path = _write(tmp_path, edit(POLICY))  # type: ignore[operator]
    with pytest.raises(DataFileError) as info:
        load_bands(path)
    assert str(path) in str(info.value) and where in str(info.value)
