import subprocess
import sys

import pytest
from click.testing import CliRunner

from urdu_clean import STEPS, __version__
from urdu_clean.cli import cli

DIRTY = "ﻻﮨﻮﺭ ﻣﯿﮟ ﻛﻴﺎ ﮨﮯ؟\n"
CLEAN = "لاہور میں کیا ہے؟\n"


def run(args, stdin=b""):
    return CliRunner().invoke(cli, args, input=stdin)


def test_stdin_to_stdout():
    result = run([], DIRTY.encode())
    assert result.exit_code == 0
    assert result.stdout_bytes.decode() == CLEAN


def test_paths_and_output_file(tmp_path):
    a, b, out = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "out.txt"
    a.write_text(DIRTY, encoding="utf-8")
    b.write_text("ایک  دو\n", encoding="utf-8")
    result = run([str(a), str(b), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == CLEAN + "ایک دو\n"


def test_list_steps_and_presets():
    steps = run(["--list-steps"]).output
    for name in STEPS:
        assert name in steps
    presets = run(["--list-presets"]).output
    assert "search:" in presets and "--diacritics strip" in presets
    assert run(["--version"]).output.strip().endswith(__version__)


def test_step_options_and_only_skip():
    assert run(["--digits", "ascii"], "۲۰۲۴\n".encode()).stdout_bytes == b"2024\n"
    assert run(["--only", "whitespace"], "ﻻ  ب\n".encode()).stdout_bytes.decode() == "ﻻ ب\n"
    assert run(["--skip", "unicode"], "ﻻ\n".encode()).stdout_bytes.decode() == "ﻻ\n"


def test_bad_usage_exits_2():
    assert run(["--preset", "nope"]).exit_code == 2
    result = run(["--only", "nope"])
    assert result.exit_code == 2 and "unknown step 'nope'" in result.output
    assert run(["missing-file.txt"]).exit_code == 2
    assert run(["--encoding", "klingon"]).exit_code == 2


def test_invalid_utf8_names_file_and_byte_and_leaves_output(tmp_path):
    bad, out = tmp_path / "bad.txt", tmp_path / "out.txt"
    bad.write_bytes("ٹھیک\n".encode() + b"\xd8")
    out.write_text("keep me", encoding="utf-8")
    result = run([str(bad), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{bad}: byte 9 (line 2) is not valid utf-8" in result.output
    assert out.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "out.txt"]  # no temporary left


def test_errors_replace_goes_on():
    result = run(["--errors", "replace"], b"ok \xff\n")
    assert result.exit_code == 0
    assert result.stdout_bytes.decode() == "ok \ufffd\n"


def test_bom_and_other_encodings():
    assert run([], b"\xef\xbb\xbf" + "ایک\n".encode()).stdout_bytes.decode() == "ایک\n"
    assert run(["--encoding", "utf-16"], "ایک ك\n".encode("utf-16")).stdout_bytes.decode() == "ایک ک\n"
    assert run(["--encoding", "cp1256"], "كتاب\n".encode("cp1256")).stdout_bytes.decode() == "کتاب\n"


def test_crlf_is_kept():
    assert run([], "ایک  \r\nدو\r\n".encode()).stdout_bytes == "ایک\r\nدو\r\n".encode()


def test_explain_goes_to_stderr():
    result = CliRunner().invoke(cli, ["--explain"], input="سطر\nمےں\n".encode())
    assert result.exit_code == 0
    assert result.stdout == "سطر\nمیں\n"
    assert "letters: 1 change" in result.stderr and "line 2:2" in result.stderr


@pytest.mark.parametrize("args", [["-m", "urdu_clean"], ["-m", "urdu_clean", "-"]])
def test_real_subprocess_pipe(args):
    proc = subprocess.run([sys.executable, *args], input=DIRTY.encode() * 3, capture_output=True, check=True)
    assert proc.stdout.decode() == CLEAN * 3
    assert proc.stderr == b""


def test_sentences_one_a_line_with_blank_lines_between_paragraphs():
    text = "پہلا جملہ ہے۔دوسرا؟\nسرخی\n\n\nنیا پیراگراف۔ آخری۔\n"
    result = run(["--sentences"], text.encode())
    assert result.exit_code == 0
    assert result.stdout_bytes.decode() == "پہلا جملہ ہے۔\nدوسرا؟\nسرخی\n\nنیا پیراگراف۔\nآخری۔\n"


def test_sentences_jsonl_offsets_point_into_the_split_text():
    import json

    text = "پہلا ہے۔ دوسرا؟\n\nتیسرا"
    result = run(["--sentences", "--preset", "none", "--format", "jsonl"], text.encode())
    records = [json.loads(line) for line in result.stdout_bytes.decode().splitlines()]
    assert [r["text"] for r in records] == ["پہلا ہے۔", "دوسرا؟", "تیسرا"]
    assert [r["paragraph"] for r in records] == [0, 0, 1]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)


def test_sentences_offsets_run_on_across_chunks(monkeypatch):
    import json

    import urdu_clean.io as uio

    monkeypatch.setattr(uio, "BLOCK_SIZE", 16)
    text = "".join(f"جملہ نمبر {i} ہے۔ اور یہ بھی۔\n\n" for i in range(30))
    result = run(["--sentences", "--preset", "none", "--format", "jsonl"], text.encode())
    records = [json.loads(line) for line in result.stdout_bytes.decode().splitlines()]
    assert len(records) == 60
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)
    assert [r["paragraph"] for r in records] == [i // 2 for i in range(60)]


def test_sentences_wrapped_and_abbreviations(tmp_path):
    text = "پہلی سطر\nجاری ہے۔ آئے سنہ۔ دوسرا۔\n"  # (a verb before سنہ: a verbless ۔ is weak)
    assert run(["--sentences", "--wrapped"], text.encode()).stdout_bytes.decode() == "پہلی سطر جاری ہے۔\nآئے سنہ۔\nدوسرا۔\n"
    abbr = tmp_path / "abbr.txt"
    abbr.write_text("سنہ\n", encoding="utf-8")
    out = run(["--sentences", "--wrapped", "--abbreviations", str(abbr)], text.encode()).stdout_bytes.decode()
    assert out == "پہلی سطر جاری ہے۔\nآئے سنہ۔ دوسرا۔\n"


def test_sentence_options_need_sentences():
    assert run(["--wrapped"]).exit_code == 2
