"""Peak memory of ``urdu-clean`` filtering a long stream, for each preset (target: < 100 MB RSS
on a 1 GB stream for every line-local preset; ``web`` reads through a bounded window).

Run by hand (not a test; needs ../shared/data): ``python benchmarks/memory.py [--gb 1]``. The
dirty scraped-news text (``dirty.py``) is written to the command's stdin again and again until
``--gb`` gigabytes have gone in; its output goes to /dev/null. Each figure is the child's own peak
resident set (VmHWM, read from /proc while it runs), with a bare interpreter for scale.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dirty import dirty_text  # noqa: E402


def _hwm(pid: int) -> float:
    """The peak resident set (MB) of process ``pid`` so far (VmHWM: since its exec), or 0."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return 0.0


def peak_rss(cmd: list[str], block: bytes, total: int) -> tuple[float, float]:
    """The peak RSS (MB) of ``cmd`` fed ``total`` bytes of ``block`` repeated, and the seconds taken.

    (Read from /proc while it runs: the rusage of a child counts the parent's memory before exec.)
    """
    t = time.perf_counter()
    child = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert child.stdin is not None
    sent, peak = 0, 0.0
    while sent < total:
        child.stdin.write(block)
        sent += len(block)
        peak = max(peak, _hwm(child.pid))
    child.stdin.close()
    while child.poll() is None:
        peak = max(peak, _hwm(child.pid))
        time.sleep(0.01)
    if child.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed with status {child.returncode}")
    return peak, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gb", type=float, default=1.0)
    ap.add_argument("--presets", default="default,search,ocr,web,none")
    args = ap.parse_args()
    block = dirty_text(4).encode("utf-8")
    total = int(args.gb * (1 << 30))
    script = Path(sys.executable).with_name("urdu-clean")
    base, _ = peak_rss([sys.executable, "-c", "import sys; sys.stdin.buffer.read()"], b"x", 1)
    print(f"python (bare interpreter)         {base:6.1f} MB")
    for preset in args.presets.split(","):
        rss, seconds = peak_rss([str(script), "--preset", preset], block, total)
        print(f"urdu-clean --preset {preset:8s} {args.gb:g} GB: {rss:6.1f} MB peak RSS  ({seconds:.0f} s)")


if __name__ == "__main__":
    main()
