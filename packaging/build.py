"""Build the one-folder bundle, slim it, and smoke-test the frozen app.

    .venv/bin/python packaging/build.py                 # build dist/innodraft and smoke-test it
    .venv/bin/python packaging/build.py --no-smoke      # build only
    .venv/bin/python packaging/build.py --smoke-only    # test an existing dist/innodraft

Steps:
1. preconditions: every ``resources/i18n/*.ts`` has a current ``.qm`` (built
   with :mod:`innodraft.gui.build_translations` when missing or older) and the
   pipelines under ``models/`` match their rule packs
   (``python -m innodraft.lint.build --check``);
2. the application icon as ``.ico`` (rendered from the SVG; used for the
   Windows executables and the MSI);
3. PyInstaller with ``packaging/innodraft.spec`` into ``dist/innodraft``;
4. on Linux, ``strip --strip-unneeded`` on the libraries
   :func:`bundle_rules.strippable` allows (never numpy/OpenBLAS), and Qt's ICU
   data library rewritten with the nl/en locale data only (:mod:`icu_data`);
5. size, file count and timings into ``build/packaging/report.json``;
6. :mod:`smoke` against the bundle.

Exit status 0 when everything passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))
sys.path.insert(0, str(ROOT))

import bundle_rules  # noqa: E402
import icon  # noqa: E402
import icu_data  # noqa: E402
import smoke  # noqa: E402

from innodraft import APP_NAME, __version__  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "packaging"


class BuildError(Exception):
    """A build step failed; the message says which and why."""


def log(message: str) -> None:
    """One progress line."""
    print(f"build: {message}", flush=True)


def ensure_translations() -> None:
    """Build the ``.qm`` catalogues when one is missing or older than its ``.ts``."""
    i18n = ROOT / "resources" / "i18n"
    def current(ts: Path) -> bool:
        qm = ts.with_suffix(".qm")
        return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime

    stale = [ts for ts in sorted(i18n.glob("*.ts")) if not current(ts)]
    if not stale:
        return
    log(f"compiling translations ({', '.join(p.name for p in stale)})")
    _run([sys.executable, "-m", "innodraft.gui.build_translations"], "translations")
    missing = [ts.name for ts in stale if not ts.with_suffix(".qm").is_file()]
    if missing:
        raise BuildError(f"no .qm built for {', '.join(missing)}")


def check_models() -> None:
    """Refuse to bundle pipelines that are older than their rule packs."""
    _run([sys.executable, "-m", "innodraft.lint.build", "--check"],
         "models/ are current (lint.build --check)")


def _run(cmd: Sequence[str], what: str, env: dict[str, str] | None = None) -> None:
    proc = subprocess.run(list(cmd), cwd=ROOT, env=env, check=False)
    if proc.returncode != 0:
        raise BuildError(f"{what} failed (exit {proc.returncode}): {' '.join(cmd)}")


def pyinstaller(dist: Path, work: Path, ico: Path) -> None:
    """Run PyInstaller with the spec; the bundle lands in ``dist/innodraft``."""
    env = dict(os.environ, INNODRAFT_ICON=str(ico))
    cmd = [sys.executable, "-m", "PyInstaller", str(PACKAGING / "innodraft.spec"), "--noconfirm",
           "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work / "pyinstaller")]
    _run(cmd, "PyInstaller", env)


def strip_libraries(bundle: Path) -> tuple[int, int]:
    """``strip --strip-unneeded`` the allowed ELF libraries (Linux); returns (files, bytes saved)."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0, 0
    internal = bundle / "_internal"
    targets = [p for p in sorted(internal.rglob("*"))
               if p.is_file() and not p.is_symlink()
               and bundle_rules.strippable(p.relative_to(internal).as_posix())]
    before = sum(p.stat().st_size for p in targets)
    for chunk in range(0, len(targets), 64):
        _run([strip, "--strip-unneeded", *map(str, targets[chunk:chunk + 64])], "strip")
    return len(targets), before - sum(p.stat().st_size for p in targets)


def trim_icu_data(bundle: Path) -> tuple[int, int]:
    """Rewrite Qt's ``libicudata.so.NN`` with nl/en data (Linux); returns (files, bytes saved)."""
    found = (bundle / "_internal").rglob("libicudata.so.*")
    libraries = [p for p in found if p.is_file() and not p.is_symlink()]
    saved = 0
    for library in libraries:
        before, after = icu_data.rewrite_library(library)
        saved += before - after
    return len(libraries), saved


def measure(bundle: Path) -> dict[str, float]:
    """Size (MiB, regular files only) and file count of the bundle."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    return {"size_mib": round(sum(p.stat().st_size for p in files) / 2**20, 1), "files": len(files),
            "symlinks": sum(1 for p in bundle.rglob("*") if p.is_symlink())}


def main(argv: Sequence[str] | None = None) -> int:
    """Build and test; exit status 0 when everything passed."""
    parser = argparse.ArgumentParser(description="Build and smoke-test the innodraft bundle.")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=WORK, help="work folder (default build/packaging/)")
    parser.add_argument("--no-smoke", action="store_true", help="build only")
    parser.add_argument("--smoke-only", action="store_true", help="test an existing bundle")
    parser.add_argument("--no-strip", action="store_true", help="keep the libraries' symbols")
    parser.add_argument("--full-icu", action="store_true", help="keep Qt's ICU data for every locale")
    parser.add_argument("--compare-source", action="store_true",
                        help="smoke: also compare lint output with the source checkout")
    args = parser.parse_args(argv)
    bundle = args.dist.resolve() / APP_NAME
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    report: dict[str, object] = {"version": __version__, "platform": sys.platform}
    try:
        if not args.smoke_only:
            start = time.perf_counter()
            ensure_translations()
            check_models()
            ico = icon.write_ico(ROOT / "resources" / "app" / "innodraft.svg", work / f"{APP_NAME}.ico")
            log(f"PyInstaller -> {bundle}")
            pyinstaller(args.dist.resolve(), work, ico)
            if not args.no_strip:
                count, saved = strip_libraries(bundle)
                log(f"stripped {count} libraries, {saved / 2**20:.1f} MiB saved")
            if not args.full_icu and sys.platform.startswith("linux"):
                try:
                    count, saved = trim_icu_data(bundle)
                except (OSError, ValueError, subprocess.CalledProcessError) as exc:
                    raise BuildError(f"trimming the ICU data failed: {exc}") from exc
                log(f"ICU data: {count} library rewritten with nl/en locales, {saved / 2**20:.1f} MiB saved")
            report["build_s"] = round(time.perf_counter() - start, 1)
            report.update(measure(bundle))
            log(f"bundle {report['size_mib']} MiB, {report['files']} files, built in {report['build_s']} s")
        elif not bundle.is_dir():
            raise BuildError(f"no bundle at {bundle}")
        else:
            report.update(measure(bundle))
    except BuildError as exc:
        print(f"build: error: {exc}", file=sys.stderr)
        return 1
    status = 0
    if not args.no_smoke:
        smoke_args = [str(bundle), "--report", str(work / "smoke.json")]
        status = smoke.main(smoke_args + (["--compare-source"] if args.compare_source else []))
        report["smoke"] = json.loads((work / "smoke.json").read_text(encoding="utf-8"))
    (work / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    log(f"report in {work / 'report.json'}")
    return status


if __name__ == "__main__":
    sys.exit(main())
