"""Do no harm on text that needs no repair: characters changed in each pass-through corpus.

Run by hand: ``python benchmarks/pass_through.py``. A pass-through corpus is a pair in
``corpora/PRESET/`` whose clean twin is the text itself (data files, code and Markdown with Urdu,
Hindi, quotes of every style, web pages with English at the edges). For each it prints how many
characters the preset inserted, deleted or replaced (target: 0), and the first changed lines.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from urdu_clean import clean

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def changed_characters(before: str, after: str) -> int:
    """Characters inserted, deleted or replaced to turn ``before`` into ``after``."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")


def main() -> None:
    total = 0
    for dirty in sorted(CORPORA.glob("*/*.txt")):
        if dirty.name.endswith(".clean.txt"):
            continue
        text = dirty.read_text(encoding="utf-8")
        if dirty.with_name(dirty.stem + ".clean.txt").read_text(encoding="utf-8") != text:
            continue  # a repair pair, not a pass-through set
        out = clean(text, preset=dirty.parent.name)
        n = changed_characters(text, out)
        total += n
        lines = text.split("\n")
        print(f"{dirty.parent.name}/{dirty.name}: {len(text):,} characters, {n} changed")
        for a, b in [(a, b) for a, b in zip(lines, out.split("\n")) if a != b][:3]:
            print(f"    {a!r}\n  → {b!r}")
        if len(lines) != out.count("\n") + 1:
            print(f"    lines: {len(lines)} → {out.count(chr(10)) + 1}")
    print(f"total characters changed: {total}")


if __name__ == "__main__":
    main()
