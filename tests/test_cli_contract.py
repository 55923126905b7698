"""The command's contract with the shell: outputs, streams, descriptors, signals, errors, explain.

Behaviours about processes and file types run the real command in a subprocess.
"""

import json
import os
import select
import signal
import stat
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from urdu_clean import Pipeline
from urdu_clean.cli import cli

CMD = [sys.executable, "-m", "urdu_clean"]
DIRTY = "ﻻﮨﻮﺭ ﻣﯿﮟ ﻛﻴﺎ ﮨﮯ؟\n"
CLEAN = "لاہور میں کیا ہے؟\n"


def sh(script: str, cwd, **kw) -> subprocess.CompletedProcess:
    """Run a shell line with ``U`` standing for the command."""
    env = dict(os.environ, U=" ".join(CMD))
    return subprocess.run(["bash", "-c", script], cwd=cwd, env=env, capture_output=True, timeout=60, **kw)


def no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert b"Traceback" not in proc.stderr, proc.stderr.decode()


# -- outputs ----------------------------------------------------------------------------------


def test_output_into_a_fifo_is_written_through(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    os.mkfifo(tmp_path / "f")
    proc = sh('cat f > got & $U a.txt -o f; rc=$?; wait; exit $rc', tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.lstat(tmp_path / "f").st_mode)
    assert (tmp_path / "got").read_text(encoding="utf-8") == CLEAN


def test_output_through_a_symlink_rewrites_its_target_and_keeps_the_link(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "target.txt").write_text("old\n", encoding="utf-8")
    (tmp_path / "link").symlink_to("target.txt")
    proc = sh("$U a.txt -o link", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert os.path.islink(tmp_path / "link")
    assert (tmp_path / "target.txt").read_text(encoding="utf-8") == CLEAN


@pytest.mark.skipif(not os.access("/dev/full", os.W_OK), reason="no writable /dev/full")
def test_output_to_a_device_writes_through_and_reports_a_full_device(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    proc = sh("$U a.txt -o /dev/full", tmp_path)
    assert proc.returncode == 2 and proc.stderr.startswith(b"urdu-clean: error:"), proc.stderr
    no_traceback(proc)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_output_equal_to_an_input_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    proc = sh("$U a.txt -o ./a.txt", tmp_path)
    assert proc.returncode == 2 and b"also an input" in proc.stderr
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == DIRTY


def test_each_file_is_its_own_document(tmp_path):
    (tmp_path / "a").write_bytes("پہلی فائل ہے".encode())
    (tmp_path / "b").write_bytes("دوسری فائل ہے۔\n".encode())
    proc = sh("$U a b > once && $U once > twice", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "once").read_bytes() == "پہلی فائل ہے\nدوسری فائل ہے۔\n".encode()
    assert (tmp_path / "twice").read_bytes() == (tmp_path / "once").read_bytes()
    # the last file keeps its missing final newline
    assert sh("$U b a", tmp_path).stdout == "دوسری فائل ہے۔\nپہلی فائل ہے".encode()


# -- errors: one line, exit 2, never a traceback ----------------------------------------------


@pytest.mark.parametrize(
    ("script", "says"),
    [
        ("$U <&-", b"stdin is closed"),
        ("$U a.txt >&-", b"stdout is closed"),
        ("$U a.txt -o missing/out.txt", b"does not exist"),
        ("$U --encoding utf-16 ascii.txt", b"try --encoding utf-16-le"),
        ("$U u16.txt", b"looks like utf-16: try --encoding utf-16"),
        ("$U bad.txt", b"byte 4 (line 2) is not valid utf-8"),
        ("$U a.txt -o .", b"is a folder"),
    ],
)
def test_errors_are_one_line_and_exit_2(tmp_path, script, says):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "ascii.txt").write_bytes(b"abc\n")
    (tmp_path / "u16.txt").write_bytes("ایک\n".encode("utf-16"))
    (tmp_path / "bad.txt").write_bytes(b"abc\n\xff\n")
    proc = sh(script, tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2, proc.stderr
    assert says in proc.stderr
    assert proc.stderr.count(b"\n") == 1 and proc.stderr.startswith(b"urdu-clean: error: ")


def test_ctrl_c_exits_130_without_a_traceback():
    proc = subprocess.Popen(CMD, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(DIRTY.encode())
    proc.stdin.flush()
    assert proc.stdout.readline().decode() == CLEAN  # it is running and waiting for more
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"Aborted" not in err


@pytest.mark.parametrize("preset", ["default", "web", "none", "search"])
def test_a_closed_pipe_ends_silently_by_sigpipe(tmp_path, preset):
    big = tmp_path / "big.txt"
    big.write_text("ایک  دو۔\n" * 400_000, encoding="utf-8")
    proc = sh(f'$U --preset {preset} big.txt | head -1; exit "${{PIPESTATUS[0]}}"', tmp_path)
    assert proc.stdout.decode().strip() in ("ایک دو۔", "ایک  دو۔")
    assert proc.returncode == 128 + signal.SIGPIPE
    assert proc.stderr == b""


def test_decode_error_says_what_to_try():
    result = CliRunner().invoke(cli, [], input=b"abc \xd8\n")
    assert result.exit_code == 2
    assert "--encoding" in result.stderr and "--errors replace" in result.stderr


# -- interactive pipes ------------------------------------------------------------------------


def test_each_line_comes_out_as_soon_as_it_is_in():
    proc = subprocess.Popen(CMD, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        proc.stdin.write("ایک  دو\n".encode())
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 20)
        assert ready, "the first line was held back"
        assert proc.stdout.readline().decode() == "ایک دو\n"
        proc.stdin.write("تین\n".encode())
        proc.stdin.close()
        assert proc.stdout.read().decode() == "تین\n"
    finally:
        proc.kill()
        proc.wait()


def test_big_input_from_a_pipe_still_comes_in_big_chunks():
    from urdu_clean.io import _block_reader

    r, w = os.pipe()
    os.write(w, b"x\n" * 30_000)
    os.close(w)
    with os.fdopen(r, "rb") as f:
        assert len(_block_reader(f, 1 << 20)()) == 60_000  # all that is there, not one pipe read


# -- explain ----------------------------------------------------------------------------------


def test_explain_places_are_in_the_input():
    result = CliRunner().invoke(cli, ["--explain"], input="پاکـــستان ہے .\n".encode())
    assert "line 1:14-15:" in result.stderr and "line 1:4-6:" in result.stderr


def test_explain_escapes_what_cannot_be_seen():
    result = CliRunner().invoke(cli, ["--explain"], input="ا\u0653ب\n".encode())
    assert "\\u0653" in result.stderr  # the decomposed side differs visibly from 'آب'


def test_explain_names_each_file_and_totals(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("سطر\nمےں\n", encoding="utf-8")
    b.write_text("مےں\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--explain", str(a), str(b)])
    assert f"{a}:2:2:" in result.stderr and f"{b}:1:2:" in result.stderr
    assert "total (2 files):" in result.stderr.split(str(b))[-1]
    data = json.loads(CliRunner().invoke(cli, ["--explain", "--format", "json", str(a), str(b)]).stderr)
    assert [f["file"] for f in data["files"]] == [str(a), str(b)]
    assert data["total"]["letters"]["count"] == 2
    assert data["files"][0]["steps"]["letters"]["examples"][0]["line"] == 2


def test_sentences_jsonl_names_the_file(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("پہلا۔ دوسرا۔\n", encoding="utf-8")
    b.write_text("تیسرا۔\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["--sentences", "--format", "jsonl", str(a), str(b)]).stdout
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["file"], r["start"]) for r in records] == [(str(a), 0), (str(a), 6), (str(b), 0)]


# -- pipelines and options --------------------------------------------------------------------


def test_option_of_a_step_only_left_out_says_how_to_fix_it():
    result = CliRunner().invoke(cli, ["--only", "letters,whitespace", "--digits", "ascii"], input=b"")
    assert result.exit_code == 2
    assert "add digits to --only (--only letters,whitespace,digits)" in result.stderr
    fixed = CliRunner().invoke(cli, ["--only", "letters,whitespace,digits", "--digits", "ascii"],
                               input="ك  ۲\n".encode())
    assert fixed.exit_code == 0 and fixed.stdout == "ک 2\n"


def test_pipeline_takes_one_step_name():
    assert Pipeline("letters").steps == ("letters",)
    assert Pipeline("letters")("كتاب") == "کتاب"


# -- the web preset: bounded windows and document separators ----------------------------------


def test_web_in_windows_finds_chrome_at_the_real_edges_only(monkeypatch):
    import io

    import urdu_clean.files as files

    prose = "".join(f"یہ سطر نمبر {i} ہے اور اس میں اردو ہے۔\n" for i in range(400))
    doc = "Leave a Reply\nBy hassani\n\n" + prose + "By someone\n" + prose + "\nSource link\nBy hassani\n"
    pipeline = Pipeline.from_preset("web")
    whole = pipeline(doc)
    monkeypatch.setattr(files, "WINDOW", 2000)
    out = io.BytesIO()
    files.clean_stream(io.BytesIO(doc.encode()), out, pipeline)
    assert out.getvalue().decode() == whole
    assert whole.startswith("یہ سطر نمبر 0") and whole.endswith("399 ہے اور اس میں اردو ہے۔\n")
    assert "By someone\n" in whole  # in the middle: not an edge


def test_separator_marks_documents_for_web():
    doc = "یہ اردو کی ایک سطر ہے۔\n\nLeave a Reply\nBy hassani\n"
    result = CliRunner().invoke(cli, ["--preset", "web", "--separator", "nul"], input=(doc + "\0" + doc).encode())
    assert result.stdout == "یہ اردو کی ایک سطر ہے۔\n\0یہ اردو کی ایک سطر ہے۔\n"
    result = CliRunner().invoke(cli, ["--preset", "web", "--separator", "formfeed"], input=(doc + "\f" + doc).encode())
    assert result.stdout == "یہ اردو کی ایک سطر ہے۔\n\fیہ اردو کی ایک سطر ہے۔\n"


# -- odd invocations never show a traceback ---------------------------------------------------

ODD = [
    "", "-", "- -", "--explain -", "--sentences --format json", "--format json", "--format jsonl",
    "-i", "-i -", "--check", "--diff -", "-i --check a.txt", "-i -o x a.txt", "--fast a.txt",
    "--exit-non-zero-on-fix a.txt", "-j 0 a.txt", "-j 2 a.txt", "-j 2 --explain a.txt", "--preset",
    "--only ''", "--only ,,, a.txt", "--skip nope", "--encoding ''", "--encoding rot13 a.txt",
    "--encoding utf-32 a.txt", "--errors replace --encoding utf-16 a.txt", "--separator tab",
    "--separator nul --sentences a.txt", "--config missing.toml", "--config bad.toml a.txt",
    "--include '' dir", "--exclude '*' -i dir", "--check dir", "--diff dir", "-i dir/../a.txt",
    "nowhere.txt", "--abbreviations dir", "--explain --format json -i dir", "-o '' a.txt",
    "--ligatures expand --only letters a.txt", "-q", "--version", "--list-steps --list-presets",
    "a.txt --explain --sentences --format jsonl", "--preset web --separator formfeed a.txt a.txt",
]


@pytest.mark.parametrize(("number", "args"), list(enumerate(ODD)))
def test_odd_invocations_never_show_a_traceback(tmp_path, number, args):
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "bad.toml").write_text("preset = [", encoding="utf-8")
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "x.txt").write_bytes(b"\xff\xfe\x00")
    for stdin in ("", ("<&-", ">&-", "</dev/null")[number % 3]):
        proc = sh(f"$U {args} {stdin} < a.txt" if stdin == "" else f"$U {args} {stdin}", tmp_path)
        no_traceback(proc)
        assert proc.returncode in (0, 1, 2), (args, stdin, proc.returncode, proc.stderr)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_device_is_named_in_the_error():
    proc = subprocess.run([*CMD, "-o", "/dev/full"], input=DIRTY.encode(), capture_output=True, timeout=60)
    assert proc.returncode == 2 and b"cannot write /dev/full: No space left on device" in proc.stderr


def test_a_full_disk_names_the_output_not_the_temporary_file(tmp_path, monkeypatch):
    import contextlib
    import errno

    import urdu_clean.cli as command

    @contextlib.contextmanager
    def full(target):
        yield open(os.path.join(tmp_path, ".urdu-clean-x.tmp"), "wb")  # noqa: SIM115
        raise OSError(errno.ENOSPC, "No space left on device", os.path.join(tmp_path, ".urdu-clean-x.tmp"))

    monkeypatch.setattr(command, "atomic_writer", full)
    out = tmp_path / "out.txt"
    out.write_text("old\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["-o", str(out)], input=DIRTY)
    assert result.exit_code == 2
    assert f"cannot write {out}: No space left on device" in result.output and ".tmp" not in result.output
    assert out.read_text(encoding="utf-8") == "old\n"


@pytest.mark.parametrize("content", [b"{bad json", b"\xff\xfe\x00bad", b"word\tnot-a-number\n"])
def test_a_bad_lexicon_file_is_named_in_the_error(tmp_path, content):
    lexicon = tmp_path / "words.json"
    lexicon.write_bytes(content)
    result = CliRunner().invoke(cli, ["--lexicon", str(lexicon)], input=DIRTY)
    assert result.exit_code == 2 and str(lexicon) in result.output


def test_an_unreadable_input_is_named_not_the_output(tmp_path, monkeypatch):
    import builtins

    import urdu_clean.cli as command

    src = tmp_path / "in.txt"
    src.write_text(DIRTY, encoding="utf-8")
    out = tmp_path / "out.txt"

    def guarded_open(file, *args, **kwargs):
        if os.fspath(file) == str(src):
            raise PermissionError(13, "Permission denied", str(src))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(command, "open", guarded_open, raising=False)
    result = CliRunner().invoke(cli, [str(src), "-o", str(out)])
    assert result.exit_code == 2
    assert str(src) in result.output and f"cannot write {out}" not in result.output
