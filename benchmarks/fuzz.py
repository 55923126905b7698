"""A deep fuzz run of the properties, faster than hypothesis: plain random strings from the pools
of ``tests/strategies.py`` (the whole Arabic block, presentation forms, invisibles and bidi
controls, Latin and Urdu punctuation, three digit sets, Latin words and URLs), mixed in one
string of up to 80 characters.

Run by hand: ``python benchmarks/fuzz.py [--examples 100000] [--seed 1] [--steps]``. For every
preset (and with ``--steps`` every step under every option value, and every pipeline of
``tests/properties.py``) it checks: never raises, idempotent, newline count kept and lines
independent (line-local ones), a protected word kept, and cleaning sentence by sentence keeps
the words. A target stops at its first failure, which is printed with its input; exit
status 1 then.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from properties import (  # noqa: E402
    assert_idempotent,
    assert_protected_word_kept,
    assert_sentencewise_same_words,
    assert_word_kept,
    pipelines,
)
from strategies import (  # noqa: E402
    ALL_PRESENTATION_FORMS,
    ASCII_URLS,
    ARABIC_BLOCK,
    INVISIBLES_AND_BIDI,
    LATIN_WORDS,
    MARKS,
    PUNCTUATION,
    THREE_DIGITS,
    URDU_LETTERS,
    URDU_WORDS,
    URLS,
    _SPACE_AND_BREAK,
)

from urdu_clean import PRESETS, STEPS, Pipeline  # noqa: E402

_POOLS = [ARABIC_BLOCK, ALL_PRESENTATION_FORMS, INVISIBLES_AND_BIDI, PUNCTUATION, THREE_DIGITS,
          LATIN_WORDS + URLS + URDU_WORDS, _SPACE_AND_BREAK, URDU_LETTERS + MARKS]
_PROTECTED = URDU_WORDS + [w for w in LATIN_WORDS if w.isalnum()] + ASCII_URLS


def wide(rng: random.Random) -> str:
    pieces = [rng.choice(rng.choice(_POOLS)) for _ in range(rng.randint(0, 40))]
    return "".join(pieces)[:80]


def targets(steps: bool) -> dict[str, tuple[object, bool]]:
    """name -> (callable, line_local)."""
    found: dict[str, tuple[object, bool]] = {n: (Pipeline.from_preset(n), Pipeline.from_preset(n).line_local) for n in PRESETS}
    if steps:
        for step in STEPS.values():
            found[step.name] = (step.func, step.keeps_lines)
            for option, values in step.options.items():
                for value in values[1:]:
                    found[f"{step.name}-{value}"] = (functools.partial(step.func, **{option: value}), step.keeps_lines)
        for name, p in pipelines().items():
            found.setdefault(name, (p, p.line_local))
    return found


def check(f, line_local: bool, rng: random.Random, sentencewise: bool = True) -> None:
    text, other = wide(rng), wide(rng)
    assert_idempotent(f, text)
    if line_local:
        assert f(text).count("\n") == text.count("\n"), text
        a, b = text.replace("\n", " "), other.replace("\n", " ")
        assert f(a + "\n" + b) == f(a) + "\n" + f(b), (a, b)
        word = rng.choice(_PROTECTED)
        if isinstance(f, Pipeline):  # protected by the user, and (typed text) a common word alone
            assert_protected_word_kept(f, f"{text} {word} {other}", word)
        else:
            assert_word_kept(f, f"{text} {word} {other}", word)
        if sentencewise:
            assert_sentencewise_same_words(f, text)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=100_000, help="examples per preset (or step)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--steps", action="store_true", help="also every step, option value and pipeline")
    ap.add_argument("--no-sentencewise", action="store_true", help="skip the sentence-by-sentence property")
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="fuzz only this target (a preset, step or pipeline name; repeatable)")
    args = ap.parse_args()
    status = 0
    for name, (f, line_local) in targets(args.steps).items():
        if args.only and name not in args.only:
            continue
        rng = random.Random(f"{args.seed}-{name}")
        t = time.perf_counter()
        for i in range(args.examples):
            try:
                check(f, line_local, rng, not args.no_sentencewise)
            except AssertionError as e:
                print(f"FAIL {name} after {i} examples: {e!r}", flush=True)
                status = 1
                break
        else:
            print(f"{name}: {args.examples:,} examples, 0 failures, {time.perf_counter() - t:.0f} s", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
