"""Do no harm: what does a preset change in edited Urdu that should need no repair?

Run by hand: ``python benchmarks/do_no_harm.py [--preset default] [--show 40]``. Reads
../shared/data: every word of makhzan/wordFrequency.json seen at least ``--min-count`` times
(edited Urdu), and the treebank and article text. Prints, per step, how many words or lines it
changed, separating pure canonical composition (the word list stores ئ and آ decomposed) from
real rewrites, and lists the rewrites so that each can be read and defended.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

from urdu_clean import Pipeline
from urdu_clean.chars import compose

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--preset", default="default")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--show", type=int, default=40, help="how many rewrites to list")
    args = ap.parse_args()
    pipeline = Pipeline.from_preset(args.preset)

    counts = json.loads((DATA / "makhzan" / "wordFrequency.json").read_text(encoding="utf-8"))
    words = [w for w, n in counts.items() if n >= args.min_count]
    by_step: collections.Counter[str] = collections.Counter()
    rewrites = []
    composed_only = 0
    for word in words:
        out = pipeline(word)
        if out == word:
            continue
        if out == compose(word):
            composed_only += 1
            continue
        rewrites.append((counts[word], word, out))
        for report in pipeline.explain(word).reports:
            if report.count or report.lines_removed:
                by_step[report.step] += 1
    print(f"makhzan words with count >= {args.min_count}: {len(words):,}")
    print(f"  unchanged: {len(words) - composed_only - len(rewrites):,}")
    print(f"  canonical composition only (decomposed ئ آ in the list): {composed_only:,}")
    print(f"  rewritten: {len(rewrites):,}  by step: {dict(by_step)}")
    for n, word, out in sorted(rewrites, reverse=True)[: args.show]:
        print(f"    {n:6d}  {word}  →  {out}")

    for name in ("ud_urdu_udtb_dev.txt", "news_article_copy_paste.txt"):
        text = (DATA / name).read_text(encoding="utf-8")
        explanation = pipeline.explain(text)
        changed = sum(a != b for a, b in zip(text.split("\n"), explanation.text.split("\n")))
        print(f"\n{name}: {changed} of {text.count(chr(10))} lines changed")
        print("  " + str(explanation).replace("\n", "\n  "))


if __name__ == "__main__":
    main()
