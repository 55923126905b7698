"""Corpus evidence for the word steps: count how a corpus writes its words, then use the counts.

How the same corpus writes a pair elsewhere is strong evidence: "ہیں اور" written apart ten
times and "ہیںاور" glued once says which is the slip. This is two explicit passes, never part
of a preset (so that output stays line-local, idempotent and the same whatever files a run
happens to see):

1. :func:`count_corpus` counts words and word pairs of a corpus (its text as the pipeline reads
   it, before the word steps) and :func:`write_counts` freezes them into a lexicon file
   (``python -m urdu_clean.evidence corpus/*.txt -o counts.tsv``);
2. that file is then passed as extra word knowledge: ``urdu-clean --lexicon counts.tsv`` or
   ``Pipeline(lexicon=Lexicon.from_file("counts.tsv"))``.

The file has one ``word<TAB>count`` a line, and one ``first second<TAB>count`` a line for a
pair seen written apart (:func:`urdu_clean.lexicon.read_counts` reads both).

>>> words, pairs = count_corpus(["ہیں اور وہ", "ہیں اور"])
>>> words["ہیں"], pairs[("ہیں", "اور")]
(2, 2)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .lines import lazy_regex
from .pipeline import Pipeline
from .steps import STEPS

#: Words counted: runs of Arabic letters and marks, two letters or more.
_WORD_RE = lazy_regex(r"(?:(?=\p{L})\p{Script=Arabic}\p{Mn}*){2,}")
#: Two counted words are a pair when only spaces stand between them.
_GAP_RE = lazy_regex(r"[ \t]+")
#: The word steps: the evidence is gathered before them, on text as they would receive it.
WORD_STEPS = ("split-glued", "join-broken")


def _reader(pipeline: Pipeline | None) -> Pipeline:
    """``pipeline`` (``default``) without its word steps, and without the options only they take."""
    base = pipeline or Pipeline.from_preset("default")
    kept = [s for s in base.steps if s not in WORD_STEPS]
    options = {k: v for k, v in base.options.items() if any(k in STEPS[s].options for s in kept)}
    return Pipeline(kept, lexicon=base.config.lexicon, **options)


def count_corpus(texts: Iterable[str], *, pipeline: Pipeline | None = None,
                 ) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Word counts and word-pair counts (words written apart, side by side) of ``texts``.

    Each text is first cleaned by ``pipeline`` (``default``) without its word steps, so the
    counts see the spelling the word steps will see.
    """
    reader = _reader(pipeline)
    words: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for line in reader(text).split("\n"):
            previous = None
            last_end = -1
            for m in _WORD_RE.finditer(line):
                word = m.group()
                words[word] += 1
                if previous is not None and _GAP_RE.fullmatch(line, last_end, m.start()):
                    pairs[previous, word] += 1
                previous, last_end = word, m.end()
    return words, pairs


def write_counts(path: str | Path, words: Counter[str], pairs: Counter[tuple[str, str]], *,
                 min_count: int = 1) -> int:
    """Write counts as a lexicon file (most frequent first); returns the number of rows written."""
    rows = [f"{w}\t{c}" for w, c in sorted(words.items(), key=lambda wc: (-wc[1], wc[0])) if c >= min_count]
    rows += [f"{a} {b}\t{c}" for (a, b), c in sorted(pairs.items(), key=lambda pc: (-pc[1], pc[0])) if c >= min_count]
    Path(path).write_text("# urdu_clean corpus evidence: word<TAB>count, first second<TAB>count\n"
                          + "".join(r + "\n" for r in rows), encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    """``python -m urdu_clean.evidence FILE... -o counts.tsv``: count a corpus into a lexicon file."""
    import argparse

    ap = argparse.ArgumentParser(prog="python -m urdu_clean.evidence",
                                 description="Count the words and word pairs of a corpus into a file for --lexicon.")
    ap.add_argument("files", nargs="+", help="UTF-8 text files of the corpus")
    ap.add_argument("-o", "--output", required=True, help="the lexicon file to write")
    ap.add_argument("--min-count", type=int, default=2, help="leave out what was seen fewer times (default 2)")
    args = ap.parse_args(argv)

    def texts():
        for name in args.files:
            with open(name, encoding="utf-8-sig") as f:
                yield from f

    words, pairs = count_corpus(texts())
    rows = write_counts(args.output, words, pairs, min_count=args.min_count)
    print(f"{args.output}: {rows} rows ({len(words)} words, {len(pairs)} pairs seen)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
