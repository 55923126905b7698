"""Markdown files: the prose is cleaned; code blocks, code spans and front matter stay as written."""

import re

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from strategies import mixed_text

from urdu_clean import Pipeline
from urdu_clean.cli import cli
from urdu_clean.files import clean_file
from urdu_clean.markdown import HOLDER, Markdown

DEFAULT = Pipeline.from_preset("default")
MD = Markdown(DEFAULT)
DIRTY, CLEAN = "كيا  ہے?", "کیا ہے؟"


@pytest.mark.parametrize("code", [
    "```\nx = 'كيا  ہے?'\n```\n",
    "```python\n# كيا, ہے\nTABLE = {\"ك\": \"ک\"}\n```\n",
    "~~~~\n```\nكيا\n```\n~~~~\n",  # a longer fence holds a shorter one
    "  ```\nكيا\n  ```\n",  # indented up to three spaces
    "```\r\nكيا\r\n```\r\n",  # CRLF
])
def test_fenced_code_is_left_as_written_and_the_prose_around_it_cleaned(code):
    doc = f"{DIRTY}\n{code}{DIRTY}\n"
    assert MD(doc) == f"{CLEAN}\n{code}{CLEAN}\n"


def test_an_unclosed_fence_holds_the_rest_of_the_document():
    assert MD(f"{DIRTY}\n```\n{DIRTY}\n") == f"{CLEAN}\n```\n{DIRTY}\n"


@pytest.mark.parametrize(("line", "expected"), [
    ("Replace `ك` with `ک`.", "Replace `ك` with `ک`."),
    ("یہ ``a ` ك`` ہے?", "یہ ``a ` ك`` ہے؟"),  # a double backtick string holds a single backtick
    ("كيا `ي ى` → `ی`  ہے", "کیا `ي ى` → `ی` ہے"),
    ("```ك``` كيا", "```ك``` کیا"),  # a code span of three backticks inside a line is no fence
])
def test_inline_code_spans_are_left_as_written(line, expected):
    assert MD(line + "\n") == expected + "\n"


def test_front_matter_is_left_as_written():
    doc = "---\ntitle: كيا\ntags: [اردو, ادب]\n---\n" + DIRTY + "\n"
    assert MD(doc) == "---\ntitle: كيا\ntags: [اردو, ادب]\n---\n" + CLEAN + "\n"
    assert MD("text\n---\nكيا\n---\n") == "text\n---\nکیا\n---\n"  # only at the very top


def test_a_stretch_that_holds_the_holder_already_is_left_as_written():
    line = f"{DIRTY} `ك` {HOLDER}\n"
    assert MD(line) == line


@given(text=mixed_text.filter(lambda t: "`" not in t and "~~~" not in t and not t.startswith("---")
                              and not re.search(r"\S {2,}\r?(?:\n|$)", t)))  # (no hard line break)
def test_markdown_without_code_is_cleaned_as_text(text):
    assert MD(text) == DEFAULT(text)


_PIECES = st.sampled_from(["```\n", "~~~\n", "`ك`", "``x`y``", "---\n", "\n", " ", "كيا", "ہے?", "تھا.",
                           "ﻻ", "Hello, world.", "\t", "\r\n", "۔۔", "`"])


@given(text=st.lists(_PIECES, max_size=20).map("".join) | mixed_text)
def test_markdown_is_idempotent_and_keeps_every_line(text):
    once = MD(text)
    assert MD(once) == once
    assert once.count("\n") == text.count("\n")


@given(code=mixed_text.filter(lambda t: "```" not in t))
def test_whatever_a_fence_holds_comes_out_as_it_went_in(code):
    code = code.replace("\r", "")
    doc = f"{DIRTY}\n```\n{code}\n```\n{DIRTY}\n"
    out = MD(doc)
    assert out == f"{CLEAN}\n```\n{code}\n```\n{CLEAN}\n" or code.lstrip(" ").startswith(("```", "~~~"))


def test_explain_places_changes_in_the_line_as_written():
    line = "یہ `ك` اور ``a ` b`` ہے."
    e = MD.explain(f"```\nك\n```\n{line}\n", line_base=10)
    assert e.text == f"```\nك\n```\n{line[:-1]}۔\n"
    (change,) = next(r for r in e.reports if r.step == "punctuation").examples
    assert (change.line, change.column) == (14, line.index(".") + 1)


def test_files_by_extension_and_plain(tmp_path):
    f = tmp_path / "a.md"
    f.write_text(f"{DIRTY}\n`ك`\n", encoding="utf-8")
    assert clean_file(f, DEFAULT).changed
    assert f.read_text(encoding="utf-8") == f"{CLEAN}\n`ك`\n"
    g = tmp_path / "b.md"
    g.write_text("`ك`\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--plain", "-i", str(g)])
    assert result.exit_code == 0 and g.read_text(encoding="utf-8") == "`ک`\n"  # --plain: as text
    assert CliRunner().invoke(cli, [str(f)]).output == f"{CLEAN}\n`ك`\n"  # to stdout, by its name too


def test_a_hard_line_break_keeps_its_spaces():
    assert MD("پہلی  سطر  \nدوسری سطر\n") == "پہلی سطر  \nدوسری سطر\n"  # (inner spaces still collapse)
    assert MD("كيا ہے?  \r\nدوسری\n") == "کیا ہے؟  \r\nدوسری\n"


def test_a_line_a_step_drops_with_its_code_span_leaves_the_other_lines_cleaned():
    web = Markdown(Pipeline.from_preset("web"))
    out = web(f"{DIRTY}\nShare on Facebook `x`\n{DIRTY}\n")
    assert out.startswith(f"{CLEAN}\n") and out.endswith(f"{CLEAN}\n") and "`x`" in out


def test_explain_offsets_count_the_code_spans_of_earlier_lines():
    text = "`code` ا `more code` ب\nكيا ہے?\n"
    e = MD.explain(text)
    (change,) = next(r for r in e.reports if r.step == "letters").examples
    assert text[change.offset : change.offset + 3] == "كيا" and (change.line, change.column) == (2, 1)


def test_spaces_after_a_lone_cr_are_no_hard_break():
    assert MD("0\r  ") == DEFAULT("0\r  ") == "0\r"


def test_spaces_after_a_line_the_steps_empty_are_no_hard_break():
    # a zero-width space is no text: once it is removed, the spaces after it end nothing
    assert MD("\u200b  ") == MD(MD("\u200b  ")) == ""
    assert MD("ا\u200b  \nب\n") == "ا  \nب\n"  # (after a letter they still break the line)


@pytest.mark.parametrize("held", ["[دیکھیں](docs/كتاب.md)", '![تصویر](img/كتاب.png "عنوان")',
                                  '<div class="مےں">', "<https://x.pk/كتاب>", "[متن](a/(ب)/كتاب.md)"])
def test_what_programs_read_in_a_line_is_held_as_written(held):
    # a link to an Arabic-named file became a link to another file, and -i broke it
    text = f"كيا {held} ہے?\n"
    out = MD(text)
    assert held in out and out.startswith("کیا ") and out.endswith("ہے؟\n")
    assert MD(out) == out


def test_link_texts_and_labels_are_still_prose():
    assert MD("[كيا](a.md)\n[كيا]: docs/كتاب.md\n") == "[کیا](a.md)\n[کیا]: docs/كتاب.md\n"
    assert MD("كيا وہ [ref]: docs/كتاب.md ہے\n") == "کیا وہ [ref]: docs/کتاب.md ہے\n"  # (mid-line: no definition)
    assert MD("قیمت <100 اور a < b ہے.\n") == "قیمت <100 اور a < b ہے۔\n"  # (no tag: nothing held)


def test_only_what_a_line_holds_for_programs_is_held():
    # a footnote's text, a line after [label]: that is no definition, and a < that opens no tag
    # are prose; an object replacement character with nothing to hold no longer keeps a stretch
    # from being cleaned (both were left as written)
    assert MD("[^1]: یہ حوالہ كتاب سے ہے.\n") == "[^1]: یہ حوالہ کتاب سے ہے۔\n"
    assert MD("[نوٹ]: يہ كتاب ہے?\n") == "[نوٹ]: یہ کتاب ہے؟\n"
    assert MD("جب A<B تو كيا ہو گا? اور B>C\n") == "جب A<B تو کیا ہو گا؟ اور B>C\n"
    assert MD("كيا ہے?\n\n\ufffc تصویر\n\nقیمت <100 ہے.\n") == "کیا ہے؟\n\n\ufffc تصویر\n\nقیمت <100 ہے۔\n"
    assert MD('[ref]: docs/كتاب.md "عنوان"\n<a href=x>كيا</a>\n') == '[ref]: docs/كتاب.md "عنوان"\n<a href=x>کیا</a>\n'


@pytest.mark.parametrize("line", ["كيا <" + "a" * 100_000, "كيا " + "![" * 50_000 + "](", "<a " + "b=" * 50_000])
def test_held_spans_are_found_in_one_pass(line):
    # a < or ![ with no end was read on to the line's end from each one: 100,000 characters took 19 s
    assert MD(line + "\n").count("\n") == 1
