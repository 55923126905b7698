"""Sentence splitting speed, as a ratio to ICU's sentence BreakIterator measured in the same run.

Run by hand (not a test): ``python benchmarks/segment_speed.py [--mb 4] [--repeat 5] [--line-mb 50]``.
Needs ../shared/data and, for the ratios, ICU: ``pip install -e '.[bench]'`` (icu4py, wheels; PyICU is used instead
when icu4py is missing). The text is built from the treebank dev sentences in three shapes:

- ``lines``: one sentence a line;
- ``paragraphs``: about four sentences a line (~30 words), a blank line between paragraphs, as
  scraped news text is laid out;
- ``one line``: every sentence on one line, no line break at all;
- ``dirty paragraphs``: ``benchmarks/dirty.py``'s text shaped and damaged like scraped news (CRLF,
  BOMs, marks glued or spaced), when that module is present.

Each ratio is ICU's time over ours on the same text (higher is faster; targets: ``sentences()``
>= 0.5, ``segment()`` >= 0.4). Times are CPU times (``--clock wall`` for wall time), the best of
``--repeat`` runs, the three splitters taking turns so that load on the machine hits them alike. Finally one ``--line-mb`` MB line full of hard
cases shows that the time stays linear.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from urdu_clean import segment, sentences

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "shared" / "data"


def dev_sentences() -> list[str]:
    lines = (DATA / "ud_urdu_udtb_dev.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def repeat_to(base: str, mb: float) -> str:
    return base * max(1, int(mb * 1e6 / len(base.encode("utf-8")) + 1))


def shapes(mb: float) -> dict[str, str]:
    sents = dev_sentences()
    paragraphs = "\n\n".join(" ".join(sents[i : i + 4]) for i in range(0, len(sents), 4)) + "\n\n"
    out = {
        "lines": repeat_to("\n".join(sents) + "\n", mb),
        "paragraphs": repeat_to(paragraphs, mb),
        "one line": repeat_to(" ".join(sents) + " ", mb).rstrip(),
    }
    dirty = _dirty(mb)
    if dirty is not None:
        out["dirty paragraphs"] = dirty
    return out


def _dirty(mb: float) -> str | None:
    """``mb`` MB of benchmarks/dirty.py's scraped-like text (``dirty_text``), or None without it."""
    if not (HERE / "dirty.py").exists():
        return None
    sys.path.insert(0, str(HERE))
    import dirty  # optional, next to this file

    if not hasattr(dirty, "dirty_text"):
        print("(benchmarks/dirty.py has no dirty_text(mb): no dirty text)")
        return None
    return dirty.dirty_text(mb)


def icu_splitter() -> tuple[str, Callable[[str], list[str]]] | None:
    """ICU's sentence BreakIterator for Urdu, returning the sentences as strings."""
    try:
        from icu4py.breakers import SentenceBreaker

        return "icu4py", lambda text: list(SentenceBreaker(text, "ur"))
    except ImportError:
        pass
    try:
        import icu
    except ImportError:
        return None
    bi = icu.BreakIterator.createSentenceInstance(icu.Locale("ur"))

    def split(text: str) -> list[str]:
        ut = icu.UnicodeString(text)
        bi.setText(ut)
        out, start = [], bi.first()
        for end in bi:
            out.append(str(ut[start:end]))
            start = end
        return out

    return "PyICU", split


#: CPU time of this process by default: on a shared machine, wall time also counts the turns
#: other processes get (``--clock wall`` to measure that instead).
CLOCK = time.process_time


def race(fns: dict[str, Callable[[str], list]], text: str, repeat: int) -> dict[str, tuple[float, int]]:
    """Best time and sentence count of each function on ``text``, the functions taking turns."""
    best = {name: (float("inf"), 0) for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t = CLOCK()
            n = len(fn(text))
            elapsed = CLOCK() - t
            best[name] = (min(best[name][0], elapsed), n)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=4.0, help="size of each shape's text")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--line-mb", type=float, default=50.0, help="size of the hard one-line text (0: skip)")
    ap.add_argument("--clock", choices=["cpu", "wall"], default="cpu")
    args = ap.parse_args()
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    icu = icu_splitter()
    fns: dict[str, Callable[[str], list]] = {"sentences()": sentences, "segment()": segment}
    if icu is None:
        print("(neither icu4py nor PyICU installed: no ratios)")
    else:
        fns["ICU"] = icu[1]
        print(f"ICU from {icu[0]}; ratio = ICU time / our time on the same text (targets 0.5, 0.4); "
              f"{args.clock} time, best of {args.repeat}")
    worst: dict[str, float] = {}
    for shape, text in shapes(args.mb).items():
        mb = len(text.encode("utf-8")) / 1e6
        best = race(fns, text, args.repeat)
        cells = [f"{name} {n:,} in {t:.3f} s ({mb / t:.1f} MB/s)" for name, (t, n) in best.items()]
        print(f"{shape} ({mb:.1f} MB): " + "; ".join(cells))
        if icu is not None:
            ratios = {name: best["ICU"][0] / best[name][0] for name in ("sentences()", "segment()")}
            for name, r in ratios.items():
                worst[name] = min(worst.get(name, r), r)
            print("    ratio to ICU: " + ", ".join(f"{name} {r:.2f}" for name, r in ratios.items()))
    if worst:
        print("worst ratio over the shapes: " + ", ".join(f"{name} {r:.2f}" for name, r in worst.items()))
    if args.line_mb > 0:
        unit = "پہلا جملہ یہاں ختم ہوا۔ " + "ایس۔ ایم۔ 3.5 ... "
        line = repeat_to(unit, args.line_mb)
        t = CLOCK()
        n_line = len(sentences(line))
        print(f"one {len(line.encode()) / 1e6:.0f} MB line of hard cases: {n_line:,} sentences in "
              f"{CLOCK() - t:.1f} s")


if __name__ == "__main__":
    main()
