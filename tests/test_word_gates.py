"""The word steps' fast paths give what their plain logic gives: the scans that skip lines and
words are exact, never a guess (on random text and on real text with damage put in)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_clean.config import DEFAULT_CONFIG, Config
from urdu_clean.lexicon import Lexicon
from urdu_clean.steps import broken
from urdu_clean.language import keep_foreign
from urdu_clean.steps import glued
from urdu_clean.steps.broken import join_broken
from urdu_clean.steps.glued import split_glued
from urdu_clean.words import rewrite_tokens

from strategies import GLUE_WORDS, WORDS, glued_text, urdu_text, word_text

PROTECTING = Lexicon(protected=["ہسپتال", "طرح", "اسلام", "میں"])
LEXICONS = {"bundled": Lexicon(), "protecting": PROTECTING}


def _join_every_line(text: str, lex: Lexicon, source: str, glue: str) -> str:
    """join-broken without its scans: every line on which the trigger fires (read in the whole
    text, as the step reads it) is joined until nothing changes."""
    trigger = broken._trigger(source, glue)
    out, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        hit = trigger.search(text, start)
        if hit is not None and hit.start() < end:
            for _ in range(broken.MAX_ROUNDS):
                newer = broken.join_line(line, lex, source, glue)
                if newer == line:
                    break
                line = newer
        out.append(line)
        start = end + 1
    return "\n".join(out)


def _gated(text: str, source: str = "typed", glue: str = "keep", config: Config = DEFAULT_CONFIG) -> str:
    """join-broken with its gates, as the step runs it but for the foreign passages it then keeps
    as written (a question of the passages, not of the gates)."""
    return broken._join_broken(text, source, glue, config)


def _broken_words(words: list[str], cuts: list[int]) -> str:
    """``words`` with a space put inside some of them (a piece of one letter, or ں/ے/ھ cut off)."""
    out = []
    for word, cut in zip(words, cuts):
        cut %= len(word) + 1
        out.append(word[:cut] + " " + word[cut:] if 0 < cut < len(word) else word)
    return " ".join(out)


PIECES = GLUE_WORDS + "ہسپتا ل طر ح ا س لا م مے ں پا کستان ہو گا کر دیا آ ۶ ھ و ء ۲۰۰۴ کے۔ ل، ں۔".split()
piece_text = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from([" ", " ", "  ", "\n", "۔ ", "\t", "\r\n", " \t\n"])),
                      max_size=16).map(lambda pairs: "".join(w + s for w, s in pairs))
damaged_text = st.one_of(piece_text, glued_text, word_text, urdu_text)


@pytest.mark.parametrize("glue", ["keep", "spaced"])
@pytest.mark.parametrize("lex", LEXICONS.values(), ids=list(LEXICONS))
@given(text=damaged_text)
def test_join_broken_reads_only_lines_it_may_change(text: str, lex: Lexicon, glue: str) -> None:
    config = Config.make(lexicon=lex)
    assert _gated(text, glue=glue, config=config) == _join_every_line(text, lex, "typed", glue)


@given(text=piece_text, width=st.integers(1, 12))
def test_join_broken_windows_around_a_fragment_are_exact(text: str, width: int) -> None:
    # a narrow window reads the words around a fragment from a few characters, or falls back to
    # the whole line: either way the answer is the plain one
    saved = broken.NEAR
    broken.NEAR = width
    try:
        assert _gated(text) == _join_every_line(text, Lexicon(), "typed", "keep")
    finally:
        broken.NEAR = saved


def test_join_broken_gate_is_exact_on_real_text(shared_data) -> None:
    lines = (shared_data / "news_article_copy_paste.txt").read_text(encoding="utf-8").splitlines()
    lines += (shared_data / "ud_urdu_udtb_dev.txt").read_text(encoding="utf-8").splitlines()
    rng = random.Random(15)
    damaged = []
    for line in lines[:1500]:
        words = line.split()
        if words:
            damaged.append(_broken_words(words, [rng.randrange(40) for _ in words]))
    for text in ("\n".join(lines[:1500]), "\n".join(damaged)):
        for name, lex in LEXICONS.items():
            config = Config.make(lexicon=lex)
            assert _gated(text, config=config) == _join_every_line(text, lex, "typed", "keep"), name
    assert join_broken("\n".join(damaged)) != "\n".join(damaged)  # the damage gives it work to do


# --- split-glued ---------------------------------------------------------------------------------


def _split_every_token(text: str, lex: Lexicon, source: str, glue: str, foreign: str) -> str:
    """split-glued without its caches and line picking: every token asked, and (``foreign="keep"``)
    every line of the whole text looked at for Arabic and Persian passages."""
    def fix(part: str) -> str:
        return rewrite_tokens(part, lambda token: glued.split_token(token, lex, source, glue))

    return keep_foreign(text, fix(text), fix) if foreign == "keep" else fix(text)


#: Arabic and Persian passages with a word split-glued would cut outside them (ال + معلومات).
PASSAGES = ["قال إن المعلومات التي في هذا الكتاب", "این کتاب برای المعلومات است", "﴿قُلْ هُوَ اللَّهُ أَحَدٌ﴾"]
mixed_words = st.lists(st.tuples(st.sampled_from(GLUE_WORDS + WORDS + PASSAGES + ["کےلیے", "فورمحکام", "المعلومات"]),
                                 st.sampled_from([" ", " ", "\n", "، ", "\t", "\r\n", "۔\n"])),
                       max_size=16).map(lambda pairs: "".join(w + s for w, s in pairs))


@pytest.mark.parametrize("source, glue", [("typed", "keep"), ("typed", "spaced"), ("ocr", "keep"), ("ocr", "joined")])
@pytest.mark.parametrize("lex", LEXICONS.values(), ids=list(LEXICONS))
@given(text=st.one_of(mixed_words, glued_text, word_text), foreign=st.sampled_from(["keep", "normalize"]))
def test_split_glued_asks_what_every_token_would(text: str, lex: Lexicon, source: str, glue: str,
                                                 foreign: str) -> None:
    config = Config.make(lexicon=lex)
    expected = _split_every_token(text, lex, source, glue, foreign)
    assert split_glued(text, source=source, glue=glue, config=config, foreign=foreign) == expected
    assert split_glued(text, source=source, glue=glue, config=config, foreign=foreign) == expected  # cached


@given(texts=st.lists(st.one_of(mixed_words, glued_text), min_size=2, max_size=6))
def test_split_glued_caches_replaced_when_full_give_the_same_answers(texts: list[str]) -> None:
    lex = Lexicon(protected=["اور"])  # a lexicon of its own: caches that start empty
    saved = glued._CACHE_LIMIT
    glued._CACHE_LIMIT = 3
    try:
        for text in texts + texts:
            assert split_glued(text, config=Config.make(lexicon=lex)) == _split_every_token(
                text, lex, "typed", "keep", "keep")
    finally:
        glued._CACHE_LIMIT = saved


def test_split_glued_is_the_plain_logic_on_real_text(shared_data) -> None:
    text = (shared_data / "news_article_copy_paste.txt").read_text(encoding="utf-8")
    rng = random.Random(15)
    words = text.split(" ")
    glued_words = " ".join(w + ("" if rng.random() < 0.1 else " ") for w in words)  # lost spaces
    for sample in (text, glued_words):
        assert split_glued(sample) == _split_every_token(sample, Lexicon(), "typed", "keep", "keep")
    assert split_glued(glued_words) != glued_words


def test_join_broken_gate_sees_two_fragments_side_by_side() -> None:
    # the space after the first lone letter opens the second: the scan must not take it
    line = "مسٹر لکشمی نارائ ن ڈ سٹرکٹ ایڈی شنل"
    expected = broken.join_line(line, Lexicon(), "typed", "keep")
    assert expected != line and join_broken(line) == expected
