"""Start-up time, as a ratio to a bare interpreter measured in the same run.

Run by hand (not a test): ``python benchmarks/startup.py [--repeat 40]``. Times, with the
interpreter that runs this script:

- ``python -c pass`` (the baseline);
- ``python -c 'import urdu_clean'`` (target: at most 2x the baseline);
- ``urdu-clean`` on empty input, the console script next to the interpreter (target: at most 3x);
- ``python -m urdu_clean`` on empty input, for comparison.

The commands take turns, ``--repeat`` rounds, and each figure is the median of its rounds, so
that load on the machine hits them alike. Wall time and CPU time (user + system of the child) are
both shown: on a shared machine the CPU time is the steadier of the two. ``python -X importtime -c 'import urdu_clean'`` shows
where the time goes. Bytecode is cached as on a user's machine (``PYTHONDONTWRITEBYTECODE`` is
dropped from the children's environment) unless ``--no-bytecode`` is given.

The children run in an empty temporary folder, as in a folder without configuration: with a
``[tool.urdu-clean]`` table in a ``pyproject.toml`` above the working folder the command also
imports the standard library's TOML parser to read it (about 9 ms more here).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def commands() -> dict[str, list[str]]:
    py = sys.executable
    cmds = {
        "python -c pass": [py, "-c", "pass"],
        "python -c 'import urdu_clean'": [py, "-c", "import urdu_clean"],
    }
    script = Path(py).with_name("urdu-clean")
    found = str(script) if script.exists() else shutil.which("urdu-clean")
    if found:
        cmds["urdu-clean < /dev/null"] = [found]
    cmds["python -m urdu_clean < /dev/null"] = [py, "-m", "urdu_clean"]
    return cmds


_FOLDER = ""  # set by main(): an empty temporary folder


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True, env=env, cwd=_FOLDER)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=40)
    ap.add_argument("--no-bytecode", action="store_true", help="compile every module afresh each run")
    args = ap.parse_args()
    global _FOLDER
    with tempfile.TemporaryDirectory(prefix="urdu-clean-startup-") as _FOLDER:
        _measure(args)


def _measure(args: argparse.Namespace) -> None:
    cmds = commands()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if args.no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    for cmd in cmds.values():
        run_once(cmd, env)  # warm the disk cache and write bytecode
    walls: dict[str, list[float]] = {name: [] for name in cmds}
    cpus: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(args.repeat):
        for name, cmd in cmds.items():
            wall, cpu = run_once(cmd, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    base_wall = statistics.median(walls["python -c pass"])
    base_cpu = statistics.median(cpus["python -c pass"])
    targets = {"python -c 'import urdu_clean'": 2.0, "urdu-clean < /dev/null": 3.0}
    cached = "without cached bytecode" if args.no_bytecode else "bytecode cached"
    print(f"median of {args.repeat} runs each, taking turns, {cached}; ratios to a bare interpreter")
    print(f"{'':<36} {'wall':>9} {'ratio':>6} {'cpu':>9} {'ratio':>6}")
    for name in cmds:
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        target = f"  (target <= {targets[name]:.0f}x)" if name in targets else ""
        print(f"{name:<36} {wall * 1000:6.1f} ms {wall / base_wall:5.2f}x {cpu * 1000:6.1f} ms "
              f"{cpu / base_cpu:5.2f}x{target}")

if __name__ == "__main__":
    main()
