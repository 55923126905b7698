"""Properties every step (under every option value) and every preset must keep."""

from __future__ import annotations

import functools
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from properties import (
    assert_idempotent,
    assert_protected_word_kept,
    assert_sentencewise_same_words,
    line_local_pipelines,
    pipelines,
)
from strategies import ASCII_URLS, LATIN_WORDS, URDU_WORDS, ascii_text, line, mixed_text, urdu_text, wide_text

from urdu_clean import PRESETS, STEPS, Pipeline, clean

# Line-preserving steps only: a step that drops whole lines opts out of the line properties.
LINE_STEPS = [s for s in STEPS.values() if s.keeps_lines]
ALL_STEPS = list(STEPS.values())


def _configured(steps):
    """Each step once per value of each of its options."""
    for step in steps:
        yield pytest.param(step.func, id=step.name)
        for option, values in step.options.items():
            for value in values[1:]:
                yield pytest.param(functools.partial(step.func, **{option: value}), id=f"{step.name}-{value}")


def _presets(line_preserving: bool):
    for name, preset in PRESETS.items():
        keeps = all(STEPS[s].keeps_lines for s in preset.steps)
        if keeps or not line_preserving:
            yield pytest.param(Pipeline.from_preset(name), id=name)


@pytest.mark.parametrize("f", list(_configured(ALL_STEPS)) + list(_presets(False)))
@given(text=mixed_text)
def test_idempotent_and_never_raises(f, text):
    once = f(text)
    assert isinstance(once, str)
    assert f(once) == once


@pytest.mark.parametrize("f", list(_configured(LINE_STEPS)) + list(_presets(True)))
@given(text=mixed_text)
def test_newline_count_unchanged(f, text):
    assert f(text).count("\n") == text.count("\n")


@pytest.mark.parametrize("f", list(_configured(LINE_STEPS)) + list(_presets(True)))
@given(a=line, b=line)
def test_lines_are_independent(f, a, b):
    assert f(a + "\n" + b) == f(a) + "\n" + f(b)


@pytest.mark.parametrize(
    "f", [p for p in _configured(ALL_STEPS) if not p.id.startswith("whitespace")]
)
@given(text=ascii_text)
def test_ascii_unchanged(f, text):
    assert f(text) == text


@pytest.mark.parametrize("preset", list(PRESETS))
@given(text=ascii_text)
def test_ascii_changed_by_whitespace_only(preset, text):
    expected = STEPS["whitespace"].func(text) if "whitespace" in PRESETS[preset].steps else text
    assert clean(text, preset=preset) == expected


def test_every_step_is_in_a_property_run():
    # guards the parametrisation above: a step registered later is covered automatically
    ids = {p.id for p in _configured(ALL_STEPS)}
    assert set(STEPS) <= ids
    assert len(list(itertools.chain(_presets(False)))) == len(PRESETS)


# --- Properties the word steps need: every registered step, in every pipeline it can stand in ----

_PIPELINES = pipelines()
_LINE_LOCAL = line_local_pipelines()
#: Words that every pipeline passes through unchanged when they stand alone.
_PROTECTED = st.sampled_from(URDU_WORDS + [w for w in LATIN_WORDS if w.isalnum()] + ASCII_URLS)


@pytest.mark.parametrize("name", list(_PIPELINES))
@given(text=mixed_text)
def test_every_pipeline_with_each_step_is_idempotent(name, text):
    assert_idempotent(_PIPELINES[name], text)


# (line-local pipelines: boilerplate drops a line of page chrome with the words on it)
@pytest.mark.parametrize("name", list(_LINE_LOCAL))
@given(before=wide_text, word=_PROTECTED, after=wide_text)
def test_a_protected_word_is_never_changed(name, before, word, after):
    assert_protected_word_kept(_LINE_LOCAL[name], f"{before} {word} {after}", word)


@pytest.mark.parametrize("name", list(_LINE_LOCAL))
@given(text=st.one_of(wide_text, urdu_text))
def test_cleaning_sentence_by_sentence_keeps_the_words(name, text):
    assert_sentencewise_same_words(_LINE_LOCAL[name], text)


def test_the_pipelines_cover_every_step_and_preset():
    covered = {s for p in _PIPELINES.values() for s in p.steps}
    assert covered == set(STEPS)
    assert set(PRESETS) <= set(_PIPELINES)
