"""Build the word tables in urdu_clean/data/ from the Maḵẖzan statistics (MIT).

Run from the project root: ``python scripts/build_tables.py [MAKHZAN_DIR]`` (default
``../shared/data/makhzan``, which holds ``wordFrequency.json`` and ``2-Gram.json`` from
github.com/zeerakahmed/makhzan). It writes, in the format :mod:`urdu_clean.lexicon` reads:

- ``words.txt.gz``: the word forms, most frequent first;
- ``pairs.txt.gz``: the word pairs, ``first second``, most frequent first (the upstream file keeps
  pairs seen 4 times or more).

Each file is gzip'd UTF-8: a header line ``urdu_clean-table 1 N``, then N keys a line, then their
N counts a line, in the same order. Keys and counts apart load several times faster than
``key<TAB>count`` lines (the loader splits each block once, in C).

Keys are normalised the way the pipeline normalises text before a word step sees it: NFC, ی +
hamza → ئ, the Arabic letters the ``letters`` step maps one to one (ي ى → ی, ك → ک, ة → ۃ,
ۀ → ۂ), and no vowel marks (the tables are looked up without them). Counts of keys that become
equal are added. Keys with anything but Arabic letters (digits, Latin, punctuation, joiners) are
dropped, and so are words seen only once (mostly slips and glued forms; they make the table twice
as big for no measured gain).
"""

from __future__ import annotations

import gzip
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from urdu_clean.chars import compose_line, is_arabic_letter, strip_marks  # noqa: E402
from urdu_clean.steps.letters import ONE_TO_ONE  # noqa: E402

MIN_WORD_COUNT = 2


def normalise(key: str) -> str | None:
    """The form the pipeline would give ``key``, without marks; None if it is not an Arabic-letter word."""
    word = strip_marks(compose_line(unicodedata.normalize("NFC", key).translate(ONE_TO_ONE)))
    if word and all(is_arabic_letter(c) for c in word):
        return word
    return None


def _write(path: Path, rows: list[tuple[str, int]]) -> None:
    lines = [f"urdu_clean-table 1 {len(rows)}"] + [k for k, _ in rows] + [str(c) for _, c in rows]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # mtime=0: the same input gives the same bytes (and the same lexicon fingerprint)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(data)
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows, {path.stat().st_size / 1024:.0f} KiB", file=sys.stderr)


def main(argv: list[str]) -> None:
    src = Path(argv[0]) if argv else ROOT.parent / "shared" / "data" / "makhzan"
    out = ROOT / "urdu_clean" / "data"
    words: Counter[str] = Counter()
    for key, count in json.loads((src / "wordFrequency.json").read_text(encoding="utf-8")).items():
        word = normalise(key)
        if word:
            words[word] += count
    pairs: Counter[tuple[str, str]] = Counter()
    for first, seconds in json.loads((src / "2-Gram.json").read_text(encoding="utf-8")).items():
        a = normalise(first)
        for second, count in seconds.items():
            b = normalise(second)
            if a and b:
                pairs[a, b] += count
    kept = sorted(((w, c) for w, c in words.items() if c >= MIN_WORD_COUNT), key=lambda wc: (-wc[1], wc[0]))
    _write(out / "words.txt.gz", kept)
    _write(out / "pairs.txt.gz", [(f"{a} {b}", c) for (a, b), c in sorted(pairs.items(), key=lambda p: (-p[1], p[0]))])


if __name__ == "__main__":
    main(sys.argv[1:])
