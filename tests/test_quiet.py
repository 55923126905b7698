"""Steps that name the characters they work on (``Step.quiet``) keep that promise, and a pipeline
that runs such steps together on only the lines holding one gives what running them in turn gives."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import URDU_WORDS, mixed_text, urdu_text, wide_text
from urdu_clean import PRESETS, Pipeline
from urdu_clean.lines import fix_lines_at_once
from urdu_clean.steps import STEPS

QUIET = [name for name, step in STEPS.items() if step.quiet is not None]


def _mojibake(words: list[str], codec: str) -> str:
    return " ".join(words).encode("utf-8").decode(codec, errors="replace")


#: Urdu read with a wrong code page, beside clean lines and the other damage the steps repair.
mojibake_text = st.builds(
    _mojibake, st.lists(st.sampled_from(URDU_WORDS), min_size=1, max_size=6), st.sampled_from(["latin-1", "cp1252", "cp1256"])
)
texts = st.lists(st.one_of(mixed_text, wide_text, urdu_text, mojibake_text), max_size=6).map("\n".join)


def _configured(name: str):
    """The step's quiet characters as a pattern, and the step with each combination of its options."""
    step = STEPS[name]
    options = step.options
    for values in itertools.product(*options.values()):
        kwargs = dict(zip(options, values))
        yield re.compile(f"[{step.quiet()}]"), (lambda text, kw=kwargs: step.func(text, **kw))


@pytest.mark.parametrize("name", QUIET)
@given(text=texts)
def test_a_line_without_the_quiet_characters_is_left_as_it_is(name, text):
    for quiet, step in _configured(name):
        out = step(text).split("\n")
        assert len(out) == text.count("\n") + 1
        for before, after in zip(text.split("\n"), out):
            if not quiet.search(before):
                assert after == before


@pytest.mark.parametrize("name", QUIET)
@given(text=texts)
def test_the_lines_with_them_are_cleaned_alike_together_or_in_their_text(name, text):
    for quiet, step in _configured(name):
        assert fix_lines_at_once(text, quiet, step) == step(text)


@pytest.mark.parametrize("preset", PRESETS)
@given(text=texts)
def test_a_pipeline_gives_what_its_steps_in_turn_give(preset, text):
    pipeline = Pipeline.from_preset(preset)
    expected = text
    for _, call in pipeline._calls:
        expected = call(expected)
    assert pipeline(text) == expected


def test_the_default_pipeline_runs_its_first_steps_as_one():
    # (mojibake, unicode and invisibles: without this the test above would check nothing new)
    # (and split-glued with join-broken: one _WordRun)
    plan = Pipeline.from_preset("default")._plan
    assert len(plan) == len(PRESETS["default"].steps) - 3 and type(plan[0]).__name__ == "_QuietRun"
    assert [type(call).__name__ for call in plan].count("_WordRun") == 1


def test_a_fix_that_changes_the_number_of_lines_is_refused():
    with pytest.raises(ValueError, match="number of lines"):
        fix_lines_at_once("ab\ncd", re.compile("b"), lambda t: t + "\n")



@given(text=st.text(alphabet="abc \t\r\n", max_size=40), chars=st.text(alphabet="abc\t\r", max_size=3))
def test_lines_found_by_str_find_are_those_a_regex_finds(text, chars):
    # lines_holding finds by str.find what trigger_lines finds by a regex class: the lines that hold one
    from urdu_clean.lines import lines_holding, trigger_lines

    pattern = re.compile(f"[{re.escape(chars)}]" if chars else "(?!)")
    assert lines_holding(text, chars) == trigger_lines(text, pattern)
