"""Smoke test of a frozen innodraft bundle, headless and offline.

    python packaging/smoke.py dist/innodraft [--report smoke.json] [--compare-source]

Runs the bundle's own executables the way a user would, each with a fresh
``INNODRAFT_HOME``, ``QT_QPA_PLATFORM=offscreen`` and
``INNODRAFT_DENY_NETWORK=1`` (the runtime hook then ends the process with
status 97 at the first host-name lookup or IP connection):

* ``--version`` prints the package's name and version;
* ``new --example`` (nl and en) and ``validate``;
* ``lint`` of texts with findings exits 1 and prints JSON with the expected
  rules, without warnings about stale or missing pipelines (and, with
  ``--compare-source``, the same findings as the source checkout);
* ``advise`` (text and JSON);
* ``export`` of the example to the tender .docx, the review copy with one Word
  comment per finding, the PvE .docx and the .xlsx grid, which must reopen with
  python-docx and openpyxl; ``import`` reads the tender document back;
* the GUI opens the example offscreen (and under Xvfb when ``xvfb-run`` is
  installed) and quits by itself (``INNODRAFT_SMOKE_QUIT_MS``).

Exit status 0 when every check passed, 1 otherwise. Needs only the standard
library, python-docx and openpyxl (to reopen the exported files).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from innodraft import APP_NAME, __version__  # noqa: E402

DENIED_STATUS = 97
"""Exit status of a frozen process that tried to use the network (runtime hook)."""

SAMPLES = {
    "nl": ("De printer moet van het merk HP zijn.\n"
           "De leverancier moet minimaal 10 jaar ervaring hebben.\n"
           "Het systeem moet gebruiksvriendelijk zijn.\n",
           {"nl.brand.named-make", "nl.vague.subjective"}),
    "en": ("The laptop must be a Dell Latitude 5440.\n"
           "The system shall be user-friendly.\n",
           {"en.brand.without-equivalent"}),
}
"""Lint inputs per language with rules that must be among the findings."""

NETWORK_LIBRARIES = ("_ssl.", "libssl", "libcrypto", "qtnetwork.", "qt6network", "libqt6network")
"""File-name starts (lower case) of libraries that could talk TLS or Qt networking; none may be bundled."""

GUI_QUIT_MS = 1500
"""How long the GUI smoke run stays open (long enough for the first background lint)."""

PIPELINE_WARNINGS = ("stale", "missing", "compil", "spacy-lookups-data")
"""Words on stderr that mean the bundled pipelines were not used as shipped."""


@dataclass
class Run:
    """One finished process."""

    args: list[str]
    code: int
    stdout: str
    stderr: str
    seconds: float


@dataclass
class Smoke:
    """Runs the bundle's executables and records checks and timings."""

    bundle: Path
    work: Path
    failures: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    passed: int = 0

    def exe(self, name: str = APP_NAME) -> Path:
        """Path of one of the bundle's executables."""
        suffix = ".exe" if sys.platform == "win32" else ""
        return self.bundle / f"{name}{suffix}"

    def env(self) -> dict[str, str]:
        """Environment of every run: isolated folders, headless Qt, no network."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("INNODRAFT_", "PYTHON"))}
        env.update(INNODRAFT_HOME=str(self.work / "home"), INNODRAFT_DENY_NETWORK="1",
                   QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", PYTHONIOENCODING="utf-8")
        return env

    def run(self, args: Sequence[str], *, exe: Path | None = None, env: dict[str, str] | None = None,
            prefix: Sequence[str] = (), timeout: float = 180) -> Run:
        """Run the bundle executable with ``args`` in the work folder."""
        cmd = [*prefix, str(exe or self.exe()), *args]
        start = time.perf_counter()
        try:
            proc = subprocess.run(cmd, cwd=self.work, env=env or self.env(), capture_output=True,
                                  timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            self.fail(f"{' '.join(args)}: no exit within {timeout} s")
            return Run(list(args), -1, "", "", timeout)
        run = Run(list(args), proc.returncode, proc.stdout.decode("utf-8", "replace"),
                  proc.stderr.decode("utf-8", "replace"), time.perf_counter() - start)
        if run.code == DENIED_STATUS:
            self.fail(f"{' '.join(args)}: tried to use the network: {run.stderr.strip()[-300:]}")
        return run

    def check(self, ok: bool, what: str) -> bool:
        """Record one check."""
        if ok:
            self.passed += 1
            print(f"  ok    {what}")
        else:
            self.fail(what)
        return ok

    def fail(self, what: str) -> None:
        """Record a failed check."""
        self.failures.append(what)
        print(f"  FAIL  {what}", file=sys.stderr)

    def expect(self, run: Run, code: int, what: str) -> bool:
        """Check an exit status; show the output when it is wrong."""
        ok = run.code == code
        detail = "" if ok else f" (exit {run.code}; stderr: {run.stderr.strip()[-800:]!r})"
        return self.check(ok, f"{what}: exit {code}{detail}")


def check_layout(s: Smoke) -> None:
    """Files that must (and must not) be in the bundle."""
    internal = s.bundle / "_internal"
    for name in (APP_NAME, f"{APP_NAME}-gui"):
        s.check(s.exe(name).is_file(), f"executable {s.exe(name).name}")
    for pipeline in ("innodraft_nl", "innodraft_en"):
        s.check((internal / "models" / pipeline / "config.cfg").is_file(), f"models/{pipeline}")
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        s.check((internal / "resources" / "i18n" / f"{ts.stem}.qm").is_file(), f"translation {ts.stem}.qm")
    s.check((internal / "docx" / "parts").is_dir() and (internal / "docx" / "templates").is_dir(),
            "python-docx parts/ and templates/ folders")
    s.check(any((internal / "innodraft" / "lint" / "packs").rglob("*.yaml")), "rule packs")
    examples = internal / "innodraft" / "core" / "data" / "examples"
    s.check(any(examples.glob("*.innodraft")), "example projects")
    for unwanted in ("spacy_lookups_data", "spacy/tests", "pytest", "_pytest", "hypothesis", "tkinter",
                     "PySide6/Qt/plugins/tls", "PySide6/QtNetwork.abi3.so", "PySide6/QtNetwork.pyd"):
        s.check(not (internal / unwanted).exists(), f"not bundled: {unwanted}")
    network = sorted(p.name for p in internal.rglob("*")
                     if p.name.lower().startswith(NETWORK_LIBRARIES) and not p.is_dir())
    s.check(not network, f"no TLS or Qt network libraries {network[:5]}")


def check_cli(s: Smoke, compare_source: bool) -> None:
    """``--version``, ``new``, ``validate``, ``lint``, ``advise``."""
    run = s.run(["--version"])
    s.timings["cli_version_s"] = run.seconds
    s.expect(run, 0, "--version")
    s.check(run.stdout.strip() == f"{APP_NAME} {__version__}", f"--version prints '{APP_NAME} {__version__}'")

    for lang in ("nl", "en"):
        run = s.run(["new", "--example", "--lang", lang, f"example-{lang}.innodraft"])
        s.expect(run, 0, f"new --example --lang {lang}")
    s.expect(s.run(["validate", "example-nl.innodraft", "example-en.innodraft"]), 0, "validate")

    for lang, (text, rules) in SAMPLES.items():
        sample = s.work / f"sample-{lang}.txt"
        sample.write_text(text, encoding="utf-8")
        run = s.run(["lint", "--format", "json", "--lang", lang, sample.name])
        s.timings[f"cli_lint_{lang}_s"] = run.seconds
        if not s.expect(run, 1, f"lint sample-{lang}.txt (findings)"):
            continue
        found = _rules(run.stdout, s, f"lint sample-{lang}.txt")
        s.check(rules <= found, f"lint {lang} finds {sorted(rules)}")
        noisy = [w for w in PIPELINE_WARNINGS if w in run.stderr.lower()]
        s.check(not noisy, f"lint {lang} uses the shipped pipelines (stderr: {run.stderr.strip()[:200]!r})")
        if compare_source:
            source = subprocess.run([sys.executable, "-m", "innodraft", "lint", "--format", "json",
                                     "--lang", lang, sample.name], cwd=s.work, env=_source_env(s),
                                    capture_output=True, check=False)
            s.check(source.stdout.decode() == run.stdout,
                    f"lint {lang}: frozen output equals the source checkout's")

    run = s.run(["lint", "--format", "json", "example-nl.innodraft"])
    s.timings["cli_lint_project_s"] = run.seconds
    if s.check(run.code in (0, 1), f"lint example-nl.innodraft: exit 0 or 1 (got {run.code})"):
        _rules(run.stdout, s, "lint example-nl.innodraft")

    for fmt in ("text", "json"):
        run = s.run(["advise", "--format", fmt, "example-nl.innodraft"])
        s.timings[f"cli_advise_{fmt}_s"] = run.seconds
        if s.expect(run, 0, f"advise --format {fmt}") and fmt == "json":
            try:
                s.check(isinstance(json.loads(run.stdout), dict), "advise JSON is an object")
            except ValueError as exc:
                s.fail(f"advise JSON does not parse: {exc}")
        elif fmt == "text":
            s.check(bool(run.stdout.strip()), "advise prints advice")


def _rules(stdout: str, s: Smoke, what: str) -> set[str]:
    try:
        data = json.loads(stdout)
    except ValueError as exc:
        s.fail(f"{what}: JSON does not parse: {exc}")
        return set()
    findings = data.get("findings") if isinstance(data, dict) else None
    if not s.check(isinstance(findings, list), f"{what}: JSON with a findings list"):
        return set()
    return {f.get("rule") for f in findings if isinstance(f, dict)}


def _source_env(s: Smoke) -> dict[str, str]:
    env = s.env()
    env["INNODRAFT_HOME"] = str(s.work / "home-source")
    env["PYTHONPATH"] = str(ROOT)
    return env


def check_export(s: Smoke) -> None:
    """Export the example, reopen every file, import the tender document back."""
    outputs = {"--docx": "tender.docx", "--review-docx": "review.docx", "--pve-docx": "pve.docx",
               "--xlsx": "grid.xlsx"}
    args = ["export", "example-nl.innodraft"]
    for option, name in outputs.items():
        args += [option, name]
    run = s.run(args)
    s.timings["cli_export_s"] = run.seconds
    if not s.expect(run, 0, "export .docx (tender, review, PvE) and .xlsx"):
        return
    try:
        import docx
        import openpyxl
    except ImportError:
        s.fail("python-docx and openpyxl are needed to reopen the exports")
        return
    for name in ("tender.docx", "review.docx", "pve.docx"):
        try:
            document = docx.Document(str(s.work / name))
            s.check(len(document.paragraphs) > 10, f"{name} reopens with python-docx")
        except Exception as exc:  # any failure to open is the finding
            s.fail(f"{name} does not reopen: {exc!r}")
    with zipfile.ZipFile(s.work / "review.docx") as archive:
        names = archive.namelist()
        comments = archive.read("word/comments.xml").decode() if "word/comments.xml" in names else ""
    count = comments.count("<w:comment ")
    s.check(count > 0, f"review.docx carries Word comments ({count})")
    try:
        book = openpyxl.load_workbook(s.work / "grid.xlsx")
        s.check(len(book.sheetnames) >= 2, f"grid.xlsx reopens with openpyxl ({len(book.sheetnames)} sheets)")
    except Exception as exc:
        s.fail(f"grid.xlsx does not reopen: {exc!r}")
    run = s.run(["import", "tender.docx", "-o", "imported.innodraft"])
    s.expect(run, 0, "import tender.docx")
    s.expect(s.run(["validate", "imported.innodraft"]), 0, "validate the imported project")


def check_gui(s: Smoke) -> None:
    """The GUI opens the example and quits by itself: offscreen, windowed exe, Xvfb."""
    env = s.env()
    env["INNODRAFT_SMOKE_QUIT_MS"] = str(GUI_QUIT_MS)
    runs = [("gui offscreen", s.exe(), env, ())]
    runs.append(("gui offscreen (innodraft-gui)", s.exe(f"{APP_NAME}-gui"), env, ()))
    xvfb = shutil.which("xvfb-run")
    if xvfb and sys.platform.startswith("linux"):
        x_env = dict(env)
        x_env.pop("QT_QPA_PLATFORM")
        runs.append(("gui on X11 (xvfb)", s.exe(), x_env, (xvfb, "-a", "-s", "-screen 0 1600x1000x24")))
    for what, exe, run_env, prefix in runs:
        if sys.platform == "win32" and exe.stem.endswith("-gui"):
            continue  # a windowed Windows program has no stdout to report on
        run = s.run(["example-nl.innodraft"], exe=exe, env=run_env, prefix=prefix)
        if not s.expect(run, 0, what):
            continue
        line = next((ln for ln in run.stdout.splitlines() if ln.startswith("innodraft-smoke: ok")), "")
        if s.check(bool(line), f"{what}: reports innodraft-smoke: ok"):
            startup = float(line.rsplit("startup_ms=", 1)[1])
            key = what.split(" (")[0].replace(" ", "_")
            s.timings.setdefault(f"{key}_startup_ms", startup)
            s.timings.setdefault(f"{key}_wall_s", run.seconds)
        bad = [ln for ln in run.stderr.splitlines() if "Traceback" in ln or "Error" in ln]
        s.check(not bad, f"{what}: no errors on stderr {bad[:3]}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run every check against the bundle folder; 0 when all passed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/innodraft)")
    parser.add_argument("--report", type=Path, help="write checks and timings as JSON")
    parser.add_argument("--compare-source", action="store_true",
                        help="also compare lint output with the source checkout (needs its dependencies)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    work = Path(tempfile.mkdtemp(prefix="innodraft-smoke-"))
    s = Smoke(bundle, work)
    start = time.perf_counter()
    try:
        print(f"smoke test of {bundle}")
        check_layout(s)
        if s.exe().is_file():
            check_cli(s, args.compare_source)
            check_export(s)
            check_gui(s)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    s.timings["smoke_total_s"] = time.perf_counter() - start
    print(f"smoke: {s.passed} checks passed, {len(s.failures)} failed; "
          + ", ".join(f"{k}={v:.2f}" for k, v in s.timings.items()))
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps({"passed": s.passed, "failures": s.failures, "timings": s.timings},
                                          indent=2) + "\n", encoding="utf-8")
    return 1 if s.failures else 0


if __name__ == "__main__":
    sys.exit(main())
