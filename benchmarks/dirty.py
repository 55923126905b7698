"""Benchmark text shaped like scraped Urdu: real sentences from ../shared/data, damaged at real rates.

Scraped news text measured on a held-out corpus: one paragraph a line (about 30 words), a blank
line between paragraphs, CRLF line ends, a BOM at the start of many files, and per 10,000 words
the damage in ``RATES``. This module rebuilds that shape from the treebank sentences and the
copied news article: it cleans them first (so the only damage is what it adds, at known rates),
groups sentences into paragraphs, repeats them in seeded random order to the size asked for, and
damages seeded random words, each damaged word at most once.

    python benchmarks/dirty.py --check            # the rates this text has, against the targets
    python benchmarks/dirty.py --mb 20 -o d.txt   # write it (UTF-8, CRLF, BOMs kept)

From code (run from benchmarks/, or with it on sys.path)::

    from dirty import dirty_text, dirty_files, documents
    text = dirty_text(20)                 # about 20 MB (UTF-8) of one string
    docs = documents(text, words=300)     # cut at paragraphs into documents of about 300 words

Run by hand; needs ../shared/data.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from urdu_clean import clean  # noqa: E402
from urdu_clean import sentences as split_sentences  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"

#: Damage per 10,000 words in scraped Urdu news (held-out corpus, measured).
RATES: dict[str, float] = {
    "decomposed madda/hamza": 65,  # آ as ا + U+0653, ؤ as و + U+0654
    "arabic yeh": 56,  # ي or ى for ی
    "no space after ۔ ، ؟": 46,
    "space before ۔ ، ؟": 32,
    "ے inside a word": 16,
    "ں inside a word": 4,
    "invisibles": 3,
    "presentation forms": 2,
    "latin , . ?": 1,
    "doubled marks": 0.3,
}
WORDS_PER_LINE = 30  # on average: sentences are grouped until a drawn target is reached
BOM_SHARE = 0.6  # of files that start with a BOM
PARAGRAPHS_PER_FILE = (5, 40)

_MARKS = "۔،؟"
_LETTER = "[\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06fa-\u06fc]"  # Arabic-script letters, no marks
_STARTS_WITH_LETTER = re.compile(_LETTER)
_INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u00ad\u2060"
_LATIN = {"۔": ".", "،": ",", "؟": "?"}

# One detector per kind of damage, independent of urdu_clean's own code: what --check counts.
DETECT: dict[str, re.Pattern[str]] = {
    "decomposed madda/hamza": re.compile("[اوہ][\u0653\u0654]"),
    "arabic yeh": re.compile(r"\S*[يى]\S*"),
    "no space after ۔ ، ؟": re.compile(f"[{_MARKS}](?={_LETTER})"),
    "space before ۔ ، ؟": re.compile(f"(?<={_LETTER}) [{_MARKS}]"),
    "ے inside a word": re.compile(f"ے(?={_LETTER})"),
    "ں inside a word": re.compile(f"ں(?={_LETTER})"),
    "invisibles": re.compile(f"[{_INVISIBLES}]"),
    "presentation forms": re.compile("[\ufb50-\ufdff\ufe70-\ufefe]"),
    "latin , . ?": re.compile(f"(?<={_LETTER})[.,?](?=\\s|$)"),
    "doubled marks": re.compile(f"([{_MARKS}])\\1"),
}


def _isolated(ch: str) -> str:
    try:
        return unicodedata.lookup(unicodedata.name(ch) + " ISOLATED FORM")
    except KeyError:
        return ch


# Each kind: (may this word take it?, how to damage it). Words are space-free tokens of a line.
def _decompose(w: str, r: random.Random) -> str:
    return w.replace("آ", "ا\u0653", 1) if "آ" in w else w.replace("ؤ", "و\u0654", 1)


def _arabic_yeh(w: str, r: random.Random) -> str:
    return "".join(("ى" if i == len(w) - 1 else "ي") if c == "ی" else c for i, c in enumerate(w))


def _medial(ch: str) -> Callable[[str], list[int]]:
    def places(w: str) -> list[int]:
        return [i for i, c in enumerate(w) if c == ch and 0 < i < len(w) - 1 and w[i + 1] not in _MARKS]
    return places


_MEDIAL_YEH, _MEDIAL_NOON = _medial("ی"), _medial("ن")


def _replace_at(w: str, places: list[int], new: str, r: random.Random) -> str:
    i = r.choice(places)
    return w[:i] + new + w[i + 1 :]


def _invisible(w: str, r: random.Random) -> str:
    i = r.randrange(1, len(w) + 1)
    return w[:i] + r.choice(_INVISIBLES) + w[i:]


def _presentation(w: str, r: random.Random) -> str:
    places = [i for i, c in enumerate(w) if _isolated(c) != c]
    i = r.choice(places)
    return w[:i] + _isolated(w[i]) + w[i + 1 :]


def _ends_in_mark(w: str) -> bool:
    return len(w) > 1 and w[-1] in _MARKS and w[-2] not in _MARKS


KINDS: dict[str, tuple[Callable[[str], bool], Callable[[str, random.Random], str]]] = {
    "decomposed madda/hamza": (lambda w: "آ" in w or "ؤ" in w, _decompose),
    "arabic yeh": (lambda w: "ی" in w, _arabic_yeh),
    # glued: the word keeps its mark, and the space after it goes (see _line)
    "no space after ۔ ، ؟": (_ends_in_mark, lambda w, r: w + "\0"),
    "space before ۔ ، ؟": (_ends_in_mark, lambda w, r: w[:-1] + " " + w[-1]),
    "ے inside a word": (lambda w: bool(_MEDIAL_YEH(w)), lambda w, r: _replace_at(w, _MEDIAL_YEH(w), "ے", r)),
    "ں inside a word": (lambda w: bool(_MEDIAL_NOON(w)), lambda w, r: _replace_at(w, _MEDIAL_NOON(w), "ں", r)),
    "invisibles": (lambda w: bool(re.search(_LETTER, w)), _invisible),
    "presentation forms": (lambda w: any(_isolated(c) != c for c in w), _presentation),
    "latin , . ?": (_ends_in_mark, lambda w, r: w[:-1] + _LATIN[w[-1]]),
    "doubled marks": (_ends_in_mark, lambda w, r: w + w[-1]),
}


@functools.lru_cache(maxsize=1)
def paragraphs(seed: int = 0) -> tuple[str, ...]:
    """The clean base: the sources cleaned, sentences grouped into paragraphs of about 30 words."""
    rng = random.Random(seed)
    sentences = (DATA / "ud_urdu_udtb_dev.txt").read_text(encoding="utf-8").splitlines()
    news = (DATA / "news_article_copy_paste.txt").read_text(encoding="utf-8").splitlines()
    news = [x for x in news if len(x.split()) > 5]  # the page chrome at its end is not prose
    sentences += [s for x in news for s in split_sentences(x)]
    out, words, current = [], 0, []
    target = rng.randint(WORDS_PER_LINE - 25, WORDS_PER_LINE - 5)
    for s in (clean(x).strip() for x in sentences):
        if not s:
            continue
        current.append(s)
        words += len(s.split())
        if words >= target:
            out.append(" ".join(current))
            current, words = [], 0
            target = rng.randint(WORDS_PER_LINE - 25, WORDS_PER_LINE - 5)
    return tuple(out)


def _line(words: list[str]) -> str:
    return " ".join(words).replace("\0 ", "").replace("\0", "")


def dirty_files(mb: float, seed: int = 0) -> list[str]:
    """Files of about ``mb`` MB in all (UTF-8): paragraphs a line, blank lines, CRLF, BOMs, damage."""
    rng = random.Random(seed)
    base = paragraphs()
    size = sum(len(p.encode("utf-8")) + 4 for p in base)
    order: list[int] = []
    for _ in range(max(1, round(mb * 1e6 / size))):
        block = list(range(len(base)))
        rng.shuffle(block)
        order += block
    lines = [base[i].split(" ") for i in order]
    # every word that may take each kind of damage, as (line, word) places
    places: dict[str, list[tuple[int, int]]] = {k: [] for k in KINDS}
    eligible = functools.lru_cache(maxsize=None)(
        lambda w: tuple(k for k, (may, _) in KINDS.items() if may(w)))
    for li, words in enumerate(lines):
        last = len(words) - 1
        for wi, w in enumerate(words):
            for kind in eligible(w):
                # gluing needs a next word that starts with a letter
                if kind != "no space after ۔ ، ؟" or (wi < last and _STARTS_WITH_LETTER.match(words[wi + 1])):
                    places[kind].append((li, wi))
    total = sum(len(words) for words in lines)
    used: set[tuple[int, int]] = set()
    for kind, (_, damage) in KINDS.items():
        want = round(RATES[kind] * total / 10_000)
        candidates = places[kind]
        rng.shuffle(candidates)
        for li, wi in candidates:
            if want == 0:
                break
            if (li, wi) in used:
                continue
            used.add((li, wi))
            lines[li][wi] = damage(lines[li][wi], rng)
            want -= 1
    files, at = [], 0
    while at < len(lines):
        n = rng.randint(*PARAGRAPHS_PER_FILE)
        body = "\r\n\r\n".join(_line(words) for words in lines[at : at + n]) + "\r\n"
        files.append(("\ufeff" if rng.random() < BOM_SHARE else "") + body)
        at += n
    return files


def dirty_text(mb: float, seed: int = 0) -> str:
    """:func:`dirty_files` as one string (a BOM stays where each file began)."""
    return "".join(dirty_files(mb, seed))


_GAP = re.compile(f"(?<={_LETTER}) (?={_LETTER})")


def glue_words(text: str, per_10k: float, seed: int = 0) -> str:
    """``text`` with the space between two Arabic-script words dropped at ``per_10k`` seeded
    random gaps per 10,000 words: many distinct glued forms, as a corpus that is not one text
    repeated has (a stress setting for split-glued, not a measured rate).
    """
    gaps = [m.start() for m in _GAP.finditer(text)]
    chosen = sorted(random.Random(seed).sample(gaps, min(len(gaps), int(len(text.split()) * per_10k / 10_000))))
    return "".join(text[a + 1 : b] for a, b in zip([-1] + chosen, chosen + [len(text)]))


def vocabulary_text(mb: float, seed: int = 0) -> str:
    """About ``mb`` MB of lines of 30 words drawn at random by Maḵẖzan's word counts
    (../shared/data/makhzan), a full stop after every fifteenth, paragraphs apart: no line is
    repeated and the text has a corpus's vocabulary (some 40,000 distinct tokens in 5 MB), where
    the treebank repeated has a few thousand. Not Urdu prose (the words are drawn one by one): for
    what costs grow with the number of distinct words (caches filled, words read for the first time).
    """
    counts = json.loads((DATA / "makhzan" / "wordFrequency.json").read_text(encoding="utf-8"))
    words, weights = list(counts), list(counts.values())
    rng, lines, size = random.Random(seed), [], 0
    while size < mb * 1e6:
        drawn = rng.choices(words, weights, k=WORDS_PER_LINE)
        drawn[14] += "۔"
        drawn[-1] += "۔"
        lines.append(" ".join(drawn))
        size += len(lines[-1].encode("utf-8")) + 4
    return "\r\n\r\n".join(lines) + "\r\n"


def documents(text: str, words: int = 300) -> list[str]:
    """``text`` cut at paragraph ends into documents of at least ``words`` words (the last may be shorter)."""
    out, current, count = [], [], 0
    for paragraph in text.split("\r\n\r\n"):
        current.append(paragraph)
        count += paragraph.count(" ") + 1
        if count >= words:
            out.append("\r\n\r\n".join(current))
            current, count = [], 0
    if current:
        out.append("\r\n\r\n".join(current))
    return out


def rates(text: str) -> dict[str, float]:
    """Per 10,000 words: what each detector in ``DETECT`` finds in ``text``."""
    total = len(text.split())
    return {kind: len(pattern.findall(text)) * 10_000 / total for kind, pattern in DETECT.items()}


def check(mb: float, seed: int) -> None:
    base = "\r\n\r\n".join(paragraphs())
    text = dirty_text(mb, seed)
    lines = [x for x in text.split("\r\n") if x.strip()]
    words = len(text.split())
    print(f"{len(text.encode('utf-8')) / 1e6:.1f} MB, {words:,} words, {len(lines):,} paragraphs "
          f"({words / len(lines):.1f} words a line), {text.count(chr(0xFEFF))} BOMs, CRLF: {text.count(chr(13))}")
    # the detectors also see correct words ("بےحد" has ے before a letter): added = dirty - clean base
    print(f"{'per 10,000 words':26s} {'target':>7s} {'added':>7s} {'dirty':>7s} {'clean base':>10s}")
    got, before = rates(text), rates(base)
    for kind, target in RATES.items():
        print(f"{kind:26s} {target:7.1f} {got[kind] - before[kind]:7.1f} {got[kind]:7.1f} {before[kind]:10.1f}")
    sample = lines[:: max(1, len(lines) // 5000)]
    need = sum(clean(x) != x for x in sample)
    print(f"non-empty lines that the default preset rewrites: {need / len(sample):.0%} (scraped text: about half)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--check", action="store_true", help="print the measured rates against the targets")
    ap.add_argument("-o", "--output", help="write the text here (UTF-8 bytes, CRLF and BOMs as built)")
    args = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"needs {DATA} (the shared data beside the repository)")
    if args.check:
        check(args.mb, args.seed)
    if args.output:
        Path(args.output).write_bytes(dirty_text(args.mb, args.seed).encode("utf-8"))


if __name__ == "__main__":
    main()
