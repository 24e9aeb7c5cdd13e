"""Kill-during-save stress test: SIGKILL a saving process at random moments.

A child process saves two alternating versions of a large project to the same
file in a loop. The parent kills it (SIGKILL) after a random delay, then checks
that the project file is complete (loads, and is exactly version A or B) and
that the ``.bak`` is complete too. Repeats ``--kills`` times and prints the
figures; exit status 1 if any file was corrupt or lost.

    python benchmarks/stress_save.py --kills 200
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from innodraft.core import atomic, storage  # noqa: E402
from innodraft.core.model import Project, Requirement  # noqa: E402

CHILD = r"""
import sys
sys.path.insert(0, sys.argv[2])
from innodraft.core import storage
from innodraft.core.model import Project, Requirement

def build(tag):
    p = Project()
    p.meta.title = tag
    p.requirements = [Requirement(id=f"E-{i:03d}", text=f"{tag} requirement {i} " + "x" * 300)
                      for i in range(1, 400)]
    return p

versions = [build("A"), build("B")]
if sys.argv[3] == "unsafe":  # control run: a plain overwrite, which must be caught
    def _plain(project, path, keep_backup=True):
        with open(path, "wb") as fh:
            fh.write(storage.dumps(project))
    storage.save = _plain
sys.stdout.write("ready\n"); sys.stdout.flush()
n = 0
while True:
    storage.save(versions[n % 2], sys.argv[1])
    n += 1
"""


def make_project(tag: str) -> Project:
    """The project the child writes under ``tag`` (must match CHILD's build)."""
    project = Project()
    project.meta.title = tag
    project.requirements = [Requirement(id=f"E-{i:03d}", text=f"{tag} requirement {i} " + "x" * 300)
                            for i in range(1, 400)]
    return project


def check(path: Path, expected: dict[str, Project]) -> str | None:
    """Return a problem description, or None when ``path`` is one complete version."""
    if not path.exists():
        return "missing"
    try:
        project = storage.load(path)
    except Exception as exc:
        return f"corrupt: {exc}"
    if project != expected.get(project.meta.title):
        return f"content differs from version {project.meta.title!r}"
    return None


def run(kills: int, seed: int, max_delay: float, folder: Path,
        mode: str = "atomic") -> dict[str, float]:
    """Do ``kills`` kill cycles in ``folder`` and return the counts."""
    rng = random.Random(seed)
    target = folder / "stress.innodraft"
    expected = {"A": make_project("A"), "B": make_project("B")}
    storage.save(expected["A"], target)
    corrupt = lost = bad_backup = stale = 0
    started = time.perf_counter()
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(target), str(REPO), mode],
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None
        child.stdout.readline()  # "ready": imports done, saving starts now
        time.sleep(rng.uniform(0.0, max_delay))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        problem = check(target, expected)
        if problem == "missing":
            lost += 1
        elif problem:
            corrupt += 1
            print("  main file:", problem[:120])
        backup = atomic.backup_path(target)
        if backup.exists() and check(backup, expected):
            bad_backup += 1
            print("  backup:", check(backup, expected))
        stale += atomic.remove_stale_temps(target)
    elapsed = time.perf_counter() - started
    return {"kills": kills, "corrupt": corrupt, "lost": lost, "bad_backup": bad_backup,
            "stale_temp_files_cleaned": stale, "seconds": round(elapsed, 1)}


def main() -> int:
    """Parse arguments, run, print figures."""
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(os.environ.get("STRESS_SEED", "2027")))
    parser.add_argument("--max-delay", type=float, default=0.25,
                        help="longest wait before the kill, seconds (a save takes ~20-60 ms)")
    parser.add_argument("--unsafe", action="store_true",
                        help="control run with a plain, non-atomic overwrite (must report corruption)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="innodraft-stress-") as tmp:
        result = run(args.kills, args.seed, args.max_delay, Path(tmp),
                     "unsafe" if args.unsafe else "atomic")
    print(" ".join(f"{k}={v}" for k, v in result.items()))
    return 0 if result["corrupt"] == result["lost"] == result["bad_backup"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
