"""Sentence splitting speed, as a ratio to ICU's BreakIterator measured in the same run.

Run by hand: ``python benchmarks/segment_speed.py [--mb 5] [--line-mb 50]``. Needs ../shared/data
and, for the ratio, PyICU (``apt-get install libicu-dev pkg-config && pip install pyicu``). Also
splits one single line of ``--line-mb`` MB (no line breaks at all) to show the time stays linear.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from urdu_clean import segment, sentences

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def dev_text(mb: float) -> str:
    lines = []
    for line in (DATA / "ud_urdu_udtb_dev.conllu").read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            lines.append(line[len("# text = ") :].strip())
    base = " ".join(lines) + " "
    return base * max(1, int(mb * 1e6 / len(base.encode("utf-8")) + 1))


def icu_splitter():
    import icu

    bi = icu.BreakIterator.createSentenceInstance(icu.Locale("ur"))

    def split(text: str) -> list[str]:
        ut = icu.UnicodeString(text)
        bi.setText(ut)
        out, start = [], bi.first()
        for end in bi:
            out.append(str(ut[start:end]))
            start = end
        return out

    return split


def best(fn, text: str, repeat: int = 5) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(repeat):
        t = time.perf_counter()
        count = len(fn(text))
        times.append(time.perf_counter() - t)
    return min(times), count


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--line-mb", type=float, default=50.0)
    args = ap.parse_args()
    text = dev_text(args.mb)
    ours, n = best(sentences, text)
    print(f"urdu_clean.sentences: {n:,} sentences in {ours:.3f} s = {n / ours:,.0f} sentences/s")
    seg, n_seg = best(segment, text)
    print(f"urdu_clean.segment:   {n_seg:,} sentences in {seg:.3f} s = {n_seg / seg:,.0f} sentences/s")
    try:
        icu_time, n_icu = best(icu_splitter(), text)
        print(f"ICU BreakIterator:    {n_icu:,} sentences in {icu_time:.3f} s = {n_icu / icu_time:,.0f} sentences/s")
        print(f"sentences() rate / ICU rate: {(n / ours) / (n_icu / icu_time):.2f} (target >= 0.5)")
    except ImportError:
        print("(PyICU not installed: no ratio)")
    unit = "پہلا جملہ یہاں ختم ہوا۔ " + "ایس۔ ایم۔ 3.5 ... "
    line = unit * int(args.line_mb * 1e6 / len(unit.encode("utf-8")) + 1)
    t = time.perf_counter()
    n_line = len(sentences(line))
    print(f"one {len(line.encode()) / 1e6:.0f} MB line: {n_line:,} sentences in {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
