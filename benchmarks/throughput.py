"""Throughput of the default pipeline, against urduhack-lite, ftfy and one str.translate pass.

Run by hand (not a test): ``python benchmarks/throughput.py [--mb 20] [--dirty]``. Needs ../shared/data and,
for the comparisons, ``pip install urduhack-lite ftfy``. Every figure comes from this one run on this
machine, so compare the ratios, not the absolute MB/s, across machines.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from urdu_clean import Pipeline, clean
from urdu_clean.steps.letters import ONE_TO_ONE

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def corpus(mb: float, ocr: bool = False) -> str:
    """../shared/data's text files repeated to ``mb`` MB; with ``ocr``, Tesseract's output too."""
    parts = [
        (DATA / "ud_urdu_udtb_dev.txt").read_text(encoding="utf-8"),
        (DATA / "news_article_copy_paste.txt").read_text(encoding="utf-8"),
    ]
    if ocr:
        with open(DATA / "ocr_dev.jsonl", encoding="utf-8") as f:
            parts += [json.loads(row)["ocr"] for row in f]
    base = "\n".join(parts) + "\n"
    size = len(base.encode("utf-8"))
    return base * max(1, int(mb * 1e6 / size + 1))


def best_of(fn, text: str, repeat: int) -> float:
    # CPU time, not wall time: on a shared, loaded machine wall time swings with other work
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn(text)
        times.append(time.process_time() - t)
    return min(times)


def startup(repeat: int = 15) -> float:
    cmd = [sys.executable, "-m", "urdu_clean"]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, input=b"", check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ocr", action="store_true", help="mix in Tesseract's output (much dirtier text)")
    ap.add_argument("--dirty", action="store_true", help="scraped-news shape and damage rates (dirty.py)")
    ap.add_argument("--glued", type=float, default=0.0, metavar="N",
                    help="also drop the space at N random word gaps per 10,000 words (dirty.glue_words)")
    ap.add_argument("--vocab", action="store_true",
                    help="words drawn by Maḵẖzan's counts: a corpus's vocabulary, no line repeated (dirty.vocabulary_text)")
    args = ap.parse_args()
    if args.dirty:
        from dirty import dirty_text

        text = dirty_text(args.mb)
    elif args.vocab:
        from dirty import vocabulary_text

        text = vocabulary_text(args.mb)
    else:
        text = corpus(args.mb, args.ocr)
    if args.glued:
        from dirty import glue_words

        text = glue_words(text, args.glued)
    mb = len(text.encode("utf-8")) / 1e6
    first = time.process_time()
    cleaned = clean(text)  # the first call: the tables loaded, every word read for the first time
    first = time.process_time() - first
    print(f"text: {mb:.1f} MB, {len(text):,} code points, {text.count(chr(10)):,} lines, "
          f"{len(set(text.split())):,} distinct tokens")
    print(f"{'urdu_clean default, first call':34s} {first:7.3f} s  {mb / first:8.1f} MB/s  (cold: not in the ratios)")

    rows = {
        "str.translate (floor)": lambda t: t.translate(ONE_TO_ONE),
        "urdu_clean default": clean,
        "urdu_clean default, clean input": None,
        "default without split-glued": Pipeline.from_preset("default", skip=["split-glued"]),
        "  the same, clean input": None,
        # the same, without looking for Arabic and Persian passages: what the detector costs
        "urdu_clean foreign=normalize": lambda t: clean(t, foreign="normalize"),
    }
    try:
        from urduhack_lite import normalize

        rows["urduhack-lite normalize"] = normalize
    except ImportError:
        print("(urduhack-lite not installed: skipped)")
    try:
        import ftfy

        rows["ftfy.fix_text"] = ftfy.fix_text
    except ImportError:
        print("(ftfy not installed: skipped)")

    seconds = {}
    for name, fn in rows.items():
        if fn is None:
            previous = list(rows.values())[list(rows).index(name) - 1]
            seconds[name] = best_of(previous, cleaned, args.repeat)
        else:
            seconds[name] = best_of(fn, text, args.repeat if "ftfy" not in name else 1)
        print(f"{name:34s} {seconds[name]:7.3f} s  {mb / seconds[name]:8.1f} MB/s")

    floor = seconds["str.translate (floor)"]
    ours = seconds["urdu_clean default"]
    print()
    print(f"passage detection costs (default / foreign=normalize): {ours / seconds['urdu_clean foreign=normalize']:.3f}x")
    print(f"default / translate floor, clean input: {seconds['urdu_clean default, clean input'] / floor:.2f}x (target <= 1)")
    without = seconds["default without split-glued"]
    print(f"default / default without split-glued:  {ours / without:.2f}x dirty, "
          f"{seconds['urdu_clean default, clean input'] / seconds['  the same, clean input']:.2f}x clean input")
    if "urduhack-lite normalize" in seconds:
        print(f"default speed / urduhack-lite speed:    {seconds['urduhack-lite normalize'] / ours:.2f}x (target >= 1)")
    if "ftfy.fix_text" in seconds:
        print(f"default speed / ftfy speed:             {seconds['ftfy.fix_text'] / ours:.2f}x (target >= 5)")
    print(f"CLI start-up on empty input (median):   {startup():.3f} s (target <= 0.25)")


if __name__ == "__main__":
    main()
