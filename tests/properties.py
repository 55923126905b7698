"""Reusable properties for steps and pipelines, read off the registries.

Every helper iterates over ``STEPS`` and ``PRESETS`` instead of naming steps, so a step or preset
registered later (a word step, an OCR preset) is covered without editing the tests.
"""

from __future__ import annotations

import regex

from urdu_clean import PRESETS, STEPS, Pipeline, sentences
from urdu_clean.chars import ARABIC_LETTER
from urdu_clean.language import foreign_spans
from urdu_clean.lines import CODE_SPAN_RE, looks_like_code


def pipelines() -> dict[str, Pipeline]:
    """Every preset; and, for each registered step that the default preset lacks, the default
    preset with that step added in registry order ("default+NAME"); and every step at once."""
    found = {name: Pipeline.from_preset(name) for name in PRESETS}
    default = PRESETS["default"].steps
    for name in STEPS:
        if name not in default:
            found[f"default+{name}"] = Pipeline([s for s in STEPS if s in default or s == name])
    found["all-steps"] = Pipeline(list(STEPS))
    return found


def line_local_pipelines() -> dict[str, Pipeline]:
    """The :func:`pipelines` that decide line by line (no step drops lines in context)."""
    return {name: p for name, p in pipelines().items() if p.line_local}


def assert_idempotent(f, text: str) -> str:
    """``f(f(text)) == f(text)``; returns ``f(text)``."""
    once = f(text)
    assert isinstance(once, str)
    assert f(once) == once, (text, once)
    return once


def assert_word_kept(f, text: str, word: str) -> None:
    """A word that ``f`` must protect, standing alone in ``text``, is there unchanged after ``f``:
    as many times as it stood alone, with no letter, digit or mark glued on either side."""
    alone = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}\p{{N}}])")
    before = text.split().count(word)
    assert len(alone.findall(f(text))) >= before, (text, word, f(text))


def protecting(p: Pipeline, word: str) -> Pipeline:
    """``p`` with ``word`` protected (``protect=[word]``, as ``--protect`` does)."""
    return Pipeline(p.steps, protect=[word], **p.options)


def trusts_spacing(p: Pipeline) -> bool:
    """Whether ``p`` takes its text's spaces as typed: every pipeline but those for OCR output."""
    return p.options.get("source") != "ocr"


def assert_protected_word_kept(p: Pipeline, text: str, word: str) -> None:
    """"A protected word is never changed", in its two senses. (a) A word the user protects
    (``protect=``) stands unchanged after every pipeline, whatever its source. (b) Where the
    spacing is trusted (every source but ``ocr``), a common correct word standing alone is kept
    even unprotected. OCR spacing is not trusted: joining "کہا نی" into کہانی, like "گا ؤں" into
    گاؤں, is the repair the ``ocr`` preset exists for, so only (a) holds there."""
    assert_word_kept(protecting(p, word), text, word)
    if trusts_spacing(p):
        assert_word_kept(p, text, word)


def assert_sentencewise_same_words(f, text: str, split=sentences) -> bool:
    """Cleaning the sentences of ``text`` one by one gives the same words as cleaning it whole
    (compared without the spaces between them: a sentence end glued to the next word gets a space
    when cleaned whole, and none when the sentences are apart). Only for texts whose every
    sentence holds an Arabic-script letter: marks or Latin alone have no Urdu context of their
    own, which the text around them gave them; and only for texts with no line or sentence that
    looks like code or holds an inline code span (two backticks): code is judged line by line
    (``whitespace`` and ``punctuation`` leave a line of code alone), so a sentence cut out of its line may read as code where its line did not, or
    the other way; nor for a text with an Arabic or Persian passage (raw or cleaned, whole or a
    sentence alone): a passage is found by the evidence of the words around it on its line, which
    a sentence alone lacks (returns False when the text does not qualify)."""
    parts = split(text)
    if not all(_ARABIC_LETTER.search(s) and _ARABIC_LETTER.search(f(s)) for s in parts):
        return False  # (a presentation form may be marks alone once unicode has decomposed it)
    if any(looks_like_code(s) or CODE_SPAN_RE.search(s) for s in [*parts, *map(f, parts), *text.split("\n"),
                                                               *f(text).split("\n")]):
        return False
    if any(foreign_spans(s) for s in [*parts, *map(f, parts), *text.split("\n"), *f(text).split("\n")]):
        return False
    whole = "".join(f(text).split())
    apart = "".join("".join(f(s).split()) for s in parts)
    assert whole == apart, (text, f(text), [f(s) for s in parts])
    return True


_ARABIC_LETTER = regex.compile(ARABIC_LETTER)
