"""Do no harm on text that needs no repair: characters changed in each pass-through corpus.

Run by hand: ``python benchmarks/pass_through.py``. The pass-through corpora are the files of
``corpora/negatives/`` (text that must come out unchanged: data files, code and Markdown with
Urdu, Hindi, quotes of every style, web pages with English at the edges, ...). For each, and for
each preset it must survive (``default`` and ``web`` unless its sidecar lists others), this
prints how many characters the preset inserted, deleted or replaced (target: 0) and the first
changed lines. Known failures (``expect = "fail"`` in the sidecar) are marked.
"""

from __future__ import annotations

import difflib
import tomllib
from pathlib import Path

from urdu_clean import clean

NEGATIVES = Path(__file__).resolve().parents[1] / "corpora" / "negatives"


def changed_characters(before: str, after: str) -> int:
    """Characters inserted, deleted or replaced to turn ``before`` into ``after``."""
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")


def main() -> None:
    total = 0
    for path in sorted(NEGATIVES.iterdir()):
        if path.suffix == ".toml" or not path.is_file():
            continue
        sidecar = path.with_suffix(".toml")
        meta = tomllib.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
        text = path.read_text(encoding="utf-8")
        for preset in meta.get("presets", ["default", "web"]):
            out = clean(text, preset=preset)
            n = changed_characters(text, out)
            total += n
            known = "  (known failure)" if meta.get("expect") == "fail" else ""
            print(f"{path.name} [{preset}]: {len(text):,} characters, {n} changed{known}")
            for a, b in [(a, b) for a, b in zip(text.split("\n"), out.split("\n")) if a != b][:2]:
                print(f"    {a!r}\n  → {b!r}")
    print(f"total characters changed: {total}")


if __name__ == "__main__":
    main()
