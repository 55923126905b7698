"""split-glued on real glued forms, on Maḵẖzan's vocabulary, and what it costs.

Run by hand (not a test): ``python benchmarks/glued_words.py [--mb 5]``. Needs ../shared/data.

- Of Maḵẖzan's own list of glued forms (``wordBreakingErrors.txt``, which builds nothing in the
  package), the share split as its maintainers suggest, by kind of join: *visible* (the first
  word ends in a letter that joins forward), *marked* (it ends in ے or ں), *invisible-other*
  (after ا د ر و ...: never split by this step; a split there is a wrong cut).
- Of the Maḵẖzan words seen 3 times or more and not in that list, how many it splits.
- CPU time of ``default`` with and without the step, interleaved runs, the best of 7.

Space-repair quality on the treebank is scored by ../shared/eval/space_eval.py (see
docs/guide/word-repairs.md for the commands).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from build_tables import normalise  # noqa: E402
from throughput import corpus  # noqa: E402

from urdu_clean import Pipeline  # noqa: E402
from urdu_clean.chars import joins_forward  # noqa: E402
from urdu_clean.steps.glued import split_glued  # noqa: E402
from urdu_clean.steps.letters import ONE_TO_ONE  # noqa: E402

MAKHZAN = ROOT.parent / "shared" / "data" / "makhzan"


def real_glued_forms() -> set[str]:
    text = (MAKHZAN / "wordBreakingErrors.txt").read_text(encoding="utf-8")
    stats: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    forms = set()
    for glued, suggestion, _ in re.findall(r"Text: (.*)\nSuggestion: (.*)\nFrequency: (\d+)", text):
        word, parts = normalise(glued), [normalise(p) for p in suggestion.split()]
        if not word or not all(parts):
            continue
        forms.add(word)
        if len(parts) != 2:
            kind = "chain of 3+"
        elif parts[0][-1] in "ےں":
            kind = "marked (ے/ں)"
        else:
            kind = "visible" if joins_forward(parts[0][-1]) else "invisible-other"
        out = split_glued(word)
        row = stats[kind]
        row[0] += 1
        row[1] += out == " ".join(parts)  # type: ignore[arg-type]
        row[2] += out != word
    for kind, (n, exact, changed) in sorted(stats.items()):
        print(f"wordBreakingErrors {kind:16s} {n:6d} forms: split as suggested {exact / n:6.1%}, "
              f"split at all {changed / n:6.1%}")
    return forms


def vocabulary(glued: set[str]) -> None:
    counts: collections.Counter[str] = collections.Counter()
    for key, count in json.loads((MAKHZAN / "wordFrequency.json").read_text(encoding="utf-8")).items():
        word = normalise(key)
        if word and word not in glued:
            counts[word] += count
    words = [w for w, c in counts.items() if c >= 3]
    split = [w for w in words if split_glued(w) != w]
    print(f"Maḵẖzan words seen >= 3 times, not in wordBreakingErrors: {len(words)}, split {len(split)} "
          f"({len(split) / len(words):.2%}): {' | '.join(f'{w} → {split_glued(w)}' for w in split[:12])}")


def cost(mb: float) -> None:
    text = corpus(mb)
    with_step = Pipeline.from_preset("default")
    without = Pipeline.from_preset("default", skip=["split-glued"])
    cleaned = with_step(text)
    runs = {"with, dirty": (with_step, text), "without, dirty": (without, text),
            "with, clean": (with_step, cleaned), "without, clean": (without, cleaned),
            "translate floor": (lambda t: t.translate(ONE_TO_ONE), text)}
    best = {name: float("inf") for name in runs}
    for _ in range(7):
        for name, (fn, t) in runs.items():
            start = time.process_time()
            fn(t)
            best[name] = min(best[name], time.process_time() - start)
    print(f"CPU seconds on {len(text.encode()) / 1e6:.1f} MB: " + ", ".join(f"{k} {v:.3f}" for k, v in best.items()))
    print(f"default / default without split-glued: {best['with, dirty'] / best['without, dirty']:.2f}x dirty, "
          f"{best['with, clean'] / best['without, clean']:.2f}x clean input; "
          f"default / translate floor on clean input: {best['with, clean'] / best['translate floor']:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=5.0)
    args = ap.parse_args()
    start = time.process_time()
    Pipeline.from_preset("default")("فورمحکام")
    print(f"first candidate (tables load): {time.process_time() - start:.3f} s CPU")
    vocabulary(real_glued_forms())
    cost(args.mb)


if __name__ == "__main__":
    main()
