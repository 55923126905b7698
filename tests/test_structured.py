"""JSONL values and CSV/TSV cells are cleaned in place; every other byte of a record stays."""

import json

from click.testing import CliRunner

from urdu_clean import Pipeline
from urdu_clean.cli import cli
from urdu_clean.files import clean_file
from urdu_clean.structured import Structured, kind_of

DEFAULT = Pipeline.from_preset("default")


def test_jsonl_cleans_string_values_only_and_keeps_every_other_byte():
    s = Structured(DEFAULT, "jsonl")
    line = '{"كيا":  "كيا  ہے",\t"n": 1.50, "esc": "\\u0628\\"x", "ok": "ٹھیک", "list": ["مےں"]}\n'
    out = s(line)
    assert out == '{"كيا":  "کیا ہے",\t"n": 1.50, "esc": "\\u0628\\"x", "ok": "ٹھیک", "list": ["میں"]}\n'
    assert s('{"e": "\\u0643"}') == '{"e": "ک"}'  # a value that changes is written anew, escapes and all
    assert s('{"a": "کہا \'\'ہاں\'\'"}\n').count("\n") == 1
    assert json.loads(s('{"a": "کہا \'\'ہاں\'\'"}'))  # a quote the step writes is escaped: still JSON
    assert s("not json, كيا\n") == "not json, كيا\n"  # no string literal: the line stays


def test_jsonl_field_chooses_the_keys():
    s = Structured(DEFAULT, "jsonl", ("text",))
    assert s('{"id": "كيا", "text": "كيا"}') == '{"id": "كيا", "text": "کیا"}'


def test_csv_and_tsv_cells():
    csv = Structured(DEFAULT, "csv")
    assert csv('id,"كيا, ہے?",3.5\r\n') == 'id,"کیا، ہے؟",3.5\r\n'  # CRLF and the other cells kept
    assert csv('x,"a ""b"" c",كيا\n') == 'x,"a ""b"" c",کیا\n'
    assert csv("a,b\n") == "a,b\n"
    tsv = Structured(DEFAULT, "tsv")
    assert tsv("كيا\t1,5\tمےں\n") == "کیا\t1,5\tمیں\n"


def test_kind_by_extension():
    assert [kind_of(p) for p in ("a.jsonl", "b.CSV", "c.tsv", "d.txt", "e")] == ["jsonl", "csv", "tsv", "text", "text"]


def test_files_in_place_and_plain(tmp_path):
    f = tmp_path / "data.jsonl"
    f.write_text('{"text": "كيا  ہے", "n": 1}\n{"text": "ٹھیک"}\n', encoding="utf-8")
    assert clean_file(f, DEFAULT).changed
    assert f.read_text(encoding="utf-8") == '{"text": "کیا ہے", "n": 1}\n{"text": "ٹھیک"}\n'
    g = tmp_path / "t.csv"
    g.write_text("a,كيا\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--explain", str(g)])
    assert result.stdout == "a,کیا\n"
    assert f"{g}:1:3-" in result.stderr  # the cell's place in the line
    assert CliRunner().invoke(cli, ["--plain", "--only", "letters", str(g)]).stdout == "a,کیا\n"


def test_a_semicolon_separated_csv_keeps_its_columns(tmp_path):
    from urdu_clean.files import clean_file

    f = tmp_path / "s.csv"
    f.write_text("id;شہر;ملک\n2; كراچی;پاکستان\n", encoding="utf-8")
    assert clean_file(f, DEFAULT).changed
    assert f.read_text(encoding="utf-8") == "id;شہر;ملک\n2; کراچی;پاکستان\n"  # the ; stay, the cells are cleaned
    csv = Structured(DEFAULT, "csv", delimiter=";")
    assert csv('3;"كيا; ہے";4\n') == '3;"کیا؛ ہے";4\n'  # inside quotes it is text


def test_a_semicolon_in_a_comma_separated_csv_is_text():
    csv = Structured(DEFAULT, "csv")
    assert csv("1,كيا بات ہے ;اچھا\n") == "1,کیا بات ہے؛ اچھا\n"
