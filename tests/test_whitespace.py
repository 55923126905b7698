import pytest
from hypothesis import given
from hypothesis import strategies as st

from urdu_clean.steps.whitespace import _strip_end, _strip_ends, whitespace


def test_collapses_runs_between_words():
    assert whitespace("یہ   کتاب  ہے") == "یہ کتاب ہے"


def test_strips_line_ends_and_keeps_crlf():
    assert whitespace("ایک  \r\nدو\t\nتین ") == "ایک\r\nدو\nتین"


def test_keeps_indentation_tabs_and_blank_lines():
    text = "    کوڈ\n\tشعر\tمصرع\n\n\nالف\tب"
    assert whitespace(text) == text


def test_whitespace_only_lines_become_empty():
    assert whitespace("ایک\n   \nدو") == "ایک\n\nدو"


def test_long_run_of_spaces_is_linear():
    # a pathological line must not take quadratic time (it would time out here)
    text = "ا" + " " * 2_000_000 + "ب"
    assert whitespace(text) == "ا ب"
    assert whitespace(" " * 2_000_000 + "x") == " " * 2_000_000 + "x"


def test_code_lines_keep_their_alignment():
    code = 'naam   = "علی"     # نام\nshehar = "لاہور"   # شہر'
    assert whitespace(code) == code


def test_inline_code_spans_keep_their_spaces():
    assert whitespace("یہ  لکھیں `x  =  1` اور  چلائیں") == "یہ لکھیں `x  =  1` اور چلائیں"


@given(st.text(alphabet=" \t\r\nاب x", max_size=40))
def test_line_ends_are_stripped_on_every_line_as_line_by_line(text):
    # the lines to strip are found by their endings; each must come out as a pass over every line would give it
    assert _strip_ends(text) == "\n".join(map(_strip_end, text.split("\n")))


@given(st.text(alphabet=" \t\r\nاب x\u00a0", max_size=40))
def test_the_trigger_misses_no_text_the_rewrites_would_change(text):
    from urdu_clean.lines import fix_lines
    from urdu_clean.steps.whitespace import _RUN_RE, _collapse_runs

    every_line = "\n".join(map(_strip_end, fix_lines(text, _RUN_RE, _collapse_runs).split("\n")))
    assert whitespace(text) == every_line


@pytest.mark.parametrize("text", ["ab \r ", "\n \r ", " \r \t", "ب\r \r  "])
def test_spaces_after_a_lone_cr_at_a_line_end_go_in_one_run(text):
    once = whitespace(text)
    assert whitespace(once) == once and not once.rstrip("\r").endswith((" ", "\t"))


@given(st.text(alphabet=" \t\r\nاب x", max_size=40))
def test_the_step_is_idempotent(text):
    once = whitespace(text)
    assert whitespace(once) == once


@pytest.mark.parametrize("row", ["علی\tلاہور\t", "علی\tلاہور\t\t", "a\tb\t\r", "۱\tلاہور\t\t"])
def test_a_row_of_cells_keeps_its_empty_last_cells(row):
    assert whitespace(row) == row
    assert whitespace(row + "  ") == row  # spaces after them still go


def test_a_line_of_one_cell_loses_its_trailing_tab():
    assert whitespace("علی\t") == "علی" and whitespace("علی \t\r") == "علی\r"


def test_an_indented_line_is_no_row():
    assert whitespace("\tوہ کہیں تھا\t") == "\tوہ کہیں تھا"  # (verse indented with a tab)
