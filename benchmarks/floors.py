"""What the default pipeline's structure costs before it repairs anything, next to urduhack-lite.

Run by hand (not a test): ``python benchmarks/floors.py [--mb 5] [--repeat 5] [--dev | --vocab]``. Each row is a
pass the default pipeline cannot do without in pure Python, timed alone on the same text in the
same run as urduhack-lite's ``normalize`` (CPU time, best of the repeats), so the ratios hold on
any machine:

- the word repairs (split-glued, join-broken) need the text's distinct tokens: ``str.split`` and
  a set of what it gives, and the tokens freed again (dearer the more distinct tokens a text
  has: ``--vocab`` has some 38,000 in 5 MB, the dirty text some 5,500);
- a step finds the lines it has work on with a scan of the whole text: one regex class scan
  (the stdlib engine, as the steps use it) against one ``str.find`` for a single character;
- the passage check (docs/guide/arabic-persian.md) reads the words of each line a step
  changed: ``str.split`` and a superset test, a line, for the lines that hold ي (the letters step
  changes each) and for those the punctuation step's trigger finds.

The last line adds the rows up in the proportion the default pipeline runs them (one token set,
:data:`SCANS` class scans, two line checks) as a share of urduhack-lite's time: what is left of
the budget for the repairs themselves.

Three more rows take the default pipeline apart by what it promises beyond urduhack-lite: with
passages not looked for (``foreign="normalize"``), without the word repairs (split-glued and
join-broken), and without either. Their differences are what the passage protection and the
word repairs cost, as shares of urduhack-lite's time.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dirty import dirty_text, vocabulary_text  # noqa: E402
from throughput import corpus  # noqa: E402

from urdu_clean import Pipeline  # noqa: E402
from urdu_clean.pipeline import PRESETS  # noqa: E402
from urdu_clean.chars import ARABIC_MARKS  # noqa: E402
from urdu_clean.lines import trigger_lines  # noqa: E402

#: Whole-text scans at a class scan's cost that the default pipeline makes on text that needs no
#: work: the quiet steps' union, diacritics' and punctuation's triggers, and letters' ے trigger (a
#: literal, but looked past at each of the text's ے); whitespace's, letters' other two and
#: split-glued's are cheaper and not counted (measured on 5 MB of the pipeline's own output).
SCANS = 4


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--dev", action="store_true", help="the treebank and news text instead of the dirty one")
    ap.add_argument("--vocab", action="store_true", help="lines of words drawn by Maḵẖzan's counts (a corpus's vocabulary)")
    args = ap.parse_args()
    text = corpus(args.mb) if args.dev else vocabulary_text(args.mb) if args.vocab else dirty_text(args.mb)
    from urduhack_lite import normalize

    punctuation_trigger = __import__("urdu_clean.steps.punctuation", fromlist=["_TRIGGERS"])._TRIGGERS[0]
    yeh_lines = [text[a:b] for a, b in trigger_lines(text, re.compile("\u064a"))]
    marked_lines = [text[a:b] for a, b in trigger_lines(text, punctuation_trigger)]
    plain: set[str] = set(text.split())
    marks = re.compile(f"[{ARABIC_MARKS}]")

    steps = [name for name in PRESETS["default"].steps if name not in ("split-glued", "join-broken")]
    passages_normalized = Pipeline(PRESETS["default"].steps, foreign="normalize")
    no_word_repairs = Pipeline(steps)
    neither = Pipeline(steps, foreign="normalize")

    def tokens() -> None:
        words = text.split()
        set(words)
        del words

    rows = {
        "urduhack-lite normalize": lambda: normalize(text),
        "default pipeline": lambda: Pipeline()(text),
        "default, passages not looked for": lambda: passages_normalized(text),
        "default without the word repairs": lambda: no_word_repairs(text),
        "default without either": lambda: neither(text),
        "token set (split, set, free)": tokens,
        "one regex class scan": lambda: sum(1 for _ in marks.finditer(text)),
        "one str.find of a character": lambda: text.find("\u0660"),
        "line checks, lines with ي": lambda: [plain.issuperset(line.split()) for line in yeh_lines],
        "line checks, lines with marks": lambda: [plain.issuperset(line.split()) for line in marked_lines],
    }
    seconds = {name: best_of(fn, args.repeat) for name, fn in rows.items()}
    base = seconds["urduhack-lite normalize"]
    print(f"text: {len(text.encode('utf-8')) / 1e6:.1f} MB, {text.count(chr(10)):,} lines; "
          f"{len(yeh_lines):,} lines with ي, {len(marked_lines):,} the punctuation trigger finds")
    for name, s in seconds.items():
        print(f"{name:34s} {s * 1000:8.1f} ms  {s / base:6.2f} of urduhack-lite's time")
    structure = (seconds["token set (split, set, free)"] + SCANS * seconds["one regex class scan"]
                 + seconds["line checks, lines with ي"] + seconds["line checks, lines with marks"])
    print(f"\nthe structure alone (a token set, {SCANS} class scans, two line checks): {structure * 1000:.1f} ms, "
          f"{structure / base:.2f} of urduhack-lite's time; the pipeline: {seconds['default pipeline'] / base:.2f}")
    whole = seconds["default pipeline"]
    passages = whole - seconds["default, passages not looked for"]
    words = whole - seconds["default without the word repairs"]
    print(f"the passage protection costs {passages / base:.2f} of urduhack-lite's time, the word repairs "
          f"{words / base:.2f}; the pipeline without either: {seconds['default without either'] / base:.2f}")


if __name__ == "__main__":
    main()
