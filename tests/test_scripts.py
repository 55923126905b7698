"""script-spacing: a space between Urdu letters and the digits or Latin glued to them."""

from __future__ import annotations

import pytest

from urdu_clean.steps import STEPS

script_spacing = STEPS["script-spacing"].func


@pytest.mark.parametrize(
    "glued, spaced",
    [
        ("دسمبر2018ء میں", "دسمبر 2018ء میں"),
        ("Facebookپر", "Facebook پر"),
        ("علی@example.com پر", "علی@example.com پر"),  # an address stays whole
    ],
)
def test_spaces(glued, spaced):
    assert script_spacing(glued) == spaced


def test_a_long_run_of_letters_and_digits_is_read_in_one_pass():
    # an e-mail address was looked for from every letter of a word with no @ in it: quadratic
    out = script_spacing("صفحہ12پر" * 40_000)
    assert out == " ".join(["صفحہ", *["12 پرصفحہ"] * 39_999, "12 پر"])


@pytest.mark.parametrize("text", ["@0ى", "#Pakistanزندہباد", "#۲۰۲۴میں"])
def test_a_handle_a_hashtag_or_an_address_is_never_cut(text):
    assert script_spacing(text) == text
