"""The file driver's costs: many small files against their concatenation, and ``-j 2`` against ``-j 1``.

Run by hand (not a test): ``python benchmarks/files.py [--files 1000] [--big-mb 200]``. Needs
../shared/data. Each figure is a wall-clock time of the real command from this one run (the best
of ``--repeat``), so compare the ratios; ``-j`` needs idle cores to show its speed-up.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
CMD = [sys.executable, "-m", "urdu_clean"]


def lines() -> list[str]:
    text = (DATA / "ud_urdu_udtb_dev.txt").read_text(encoding="utf-8")
    text += (DATA / "news_article_copy_paste.txt").read_text(encoding="utf-8")
    return text.splitlines(keepends=True)


def timed(args: list[str], *, stdin: Path | None = None, fresh: tuple[Path, Path] | None = None, repeat: int) -> float:
    """Best wall time of the command; ``fresh`` (source, copy): copy the folder anew before each run."""
    best = float("inf")
    for _ in range(repeat):
        if fresh:
            shutil.rmtree(fresh[1], ignore_errors=True)
            shutil.copytree(*fresh)
        with open(stdin or os.devnull, "rb") as f:
            start = time.perf_counter()
            proc = subprocess.run([*CMD, "-q", *args], stdin=f, stdout=subprocess.DEVNULL)
            assert proc.returncode in (0, 1), args  # 1: --check found files to clean
            best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--big-mb", type=float, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    source = lines()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        small = tmp_path / "small"
        small.mkdir()
        for i in range(args.files):
            start = (i * 3) % len(source)
            (small / f"{i:05}.txt").write_text("".join(source[start : start + 3]), encoding="utf-8")
        concatenated = tmp_path / "all.txt"
        concatenated.write_bytes(b"".join(p.read_bytes() for p in sorted(small.iterdir())))
        work = tmp_path / "work"
        r = args.repeat
        stdin = timed([], stdin=concatenated, repeat=r)
        rows = [("stdin, their concatenation (baseline)", stdin)]
        for label, extra in (("-i -j 1 (safety net)", ["-i", "-j", "1"]), ("-i -j 1 --fast", ["-i", "-j", "1", "--fast"]),
                             ("--check -j 1", ["--check", "-j", "1"])):
            rows.append((f"{args.files} files, {label}", timed([*extra, str(work)], fresh=(small, work), repeat=r)))
        floor = float("inf")  # what the filesystem alone costs: the same rewrite, without cleaning
        for _ in range(r):
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(small, work)
            start = time.perf_counter()
            for path in sorted(work.iterdir()):
                data = path.read_bytes()
                tmp_file = path.with_name("." + path.name + ".tmp")
                tmp_file.write_bytes(data)
                os.replace(tmp_file, path)
            floor = min(floor, time.perf_counter() - start)
        rows.append(("floor: rewriting the files in Python, no cleaning", floor))
        j1 = timed(["-i", "-j", "1", str(work)], fresh=(small, work), repeat=r)
        j2 = timed(["-i", "-j", "2", str(work)], fresh=(small, work), repeat=r)
        rows += [("folder -i -j 1", j1), ("folder -i -j 2", j2)]
        if not args.big_mb:
            b1 = b2 = float("nan")
            big = None
        else:
            big = tmp_path / "big.txt"
        if big is not None:
            block = "".join(source).encode()
            with open(big, "wb") as f:
                for _ in range(int(args.big_mb * 1e6 // len(block)) + 1):
                    f.write(block)
            b1 = timed(["-j", "1", str(big)], repeat=1)
            b2 = timed(["-j", "2", str(big)], repeat=1)
            rows += [(f"one {args.big_mb:g} MB file -j 1", b1), (f"one {args.big_mb:g} MB file -j 2", b2)]
    width = max(len(label) for label, _ in rows)
    for label, seconds in rows:
        print(f"{label:<{width}}  {seconds:8.2f} s  {seconds / stdin:6.2f}x baseline")
    print(f"folder: -j 2 is {j1 / j2:.2f}x faster than -j 1; one big file: {b1 / b2:.2f}x (cores: {os.cpu_count()}, "
          f"load average now {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
