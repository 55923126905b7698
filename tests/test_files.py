"""Cleaning files in place, checking and diffing them, and folders: the library driver and the CLI."""

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from urdu_clean import Pipeline
from urdu_clean.cli import cli
from urdu_clean.files import clean_file, find_files

CMD = [sys.executable, "-m", "urdu_clean"]
DIRTY = "ﻻﮨﻮﺭ ﻣﯿﮟ ﻛﻴﺎ ﮨﮯ؟"
CLEAN = "لاہور میں کیا ہے؟"
DEFAULT = Pipeline.from_preset("default")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (f"{DIRTY}\n", f"{CLEAN}\n"),
        (f"{DIRTY}\r\nدو  تین\r\n", f"{CLEAN}\r\nدو تین\r\n"),  # CRLF
        (f"{DIRTY}\r\nدو  تین\n{DIRTY}\r", f"{CLEAN}\r\nدو تین\n{CLEAN}\r"),  # mixed, kept as they are
        (DIRTY, CLEAN),  # no final newline: none added
    ],
)
def test_in_place_keeps_line_endings_and_final_newline(tmp_path, raw, expected):
    f = tmp_path / "a.txt"
    f.write_bytes(raw.encode())
    result = clean_file(f, DEFAULT)
    assert result.changed and result.error is None
    assert f.read_bytes() == expected.encode()


def test_in_place_keeps_permissions_bom_and_encoding(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbf" + f"{DIRTY}\n".encode())
    os.chmod(f, 0o640)
    assert clean_file(f, DEFAULT).changed
    assert f.read_bytes() == b"\xef\xbb\xbf" + f"{CLEAN}\n".encode()
    assert os.stat(f).st_mode & 0o777 == 0o640
    for codec, bom in (("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")):
        g = tmp_path / f"{codec}.txt"
        g.write_bytes(bom + f"{DIRTY}\n".encode(codec))
        assert clean_file(g, DEFAULT, encoding="utf-16").changed
        assert g.read_bytes() == bom + f"{CLEAN}\n".encode(codec)
    h = tmp_path / "old.txt"
    h.write_bytes("کتاب  ہے\n".encode("cp1256"))
    assert clean_file(h, DEFAULT, encoding="cp1256").changed
    assert h.read_bytes() == "کتاب ہے\n".encode("cp1256")


def test_text_the_encoding_cannot_hold_is_reported_and_the_file_left(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes("كيا ہے\n".encode("cp1256"))  # cleaned, it has ی, which cp1256 lacks
    before = f.read_bytes()
    result = clean_file(f, DEFAULT, encoding="cp1256")
    assert "cannot be written in cp1256" in result.error and "U+06CC" in result.error
    assert f.read_bytes() == before
    assert os.listdir(tmp_path) == ["old.txt"]


def test_unchanged_file_is_not_touched(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(f"{CLEAN}\n".encode())
    os.utime(f, (1_000_000, 1_000_000))
    inode = os.stat(f).st_ino
    result = clean_file(f, DEFAULT)
    assert not result.changed
    assert os.stat(f).st_mtime == 1_000_000 and os.stat(f).st_ino == inode
    assert os.listdir(tmp_path) == ["a.txt"]


def test_a_symlink_stays_a_symlink(tmp_path):
    (tmp_path / "real.txt").write_bytes(f"{DIRTY}\n".encode())
    (tmp_path / "link.txt").symlink_to("real.txt")
    assert clean_file(tmp_path / "link.txt", DEFAULT).changed
    assert os.path.islink(tmp_path / "link.txt")
    assert (tmp_path / "real.txt").read_bytes() == f"{CLEAN}\n".encode()


def _doubling_pipeline():
    """A pipeline whose step is not idempotent (it doubles a letter every time)."""
    p = Pipeline(["letters"])
    object.__setattr__(p, "_calls", (("letters", lambda t: t.replace("ب", "بب")),))
    object.__setattr__(p, "_plan", tuple(call for _, call in p._calls))
    return p


def test_safety_net_refuses_text_that_is_not_a_fixed_point(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("ب\n".encode())
    result = clean_file(f, _doubling_pipeline())
    assert result.internal and "internal error" in result.error and "'letters'" in result.error
    assert f.read_bytes() == "ب\n".encode()
    assert clean_file(f, _doubling_pipeline(), fast=True).changed  # --fast skips the check
    assert f.read_bytes() == "بب\n".encode()


def test_bad_files_are_reported_and_the_run_goes_on(tmp_path):
    (tmp_path / "a.txt").write_bytes(f"{DIRTY}\n".encode())
    (tmp_path / "bin.txt").write_bytes(b"abc\n\x00\x01\x02")
    (tmp_path / "bad.txt").write_bytes(b"ok\n\xff\n")
    (tmp_path / "z.txt").write_bytes(f"{DIRTY}\n".encode())
    result = run("-i", tmp_path)
    assert result.exit_code == 2
    assert f"{tmp_path / 'bin.txt'}: holds a NUL at byte 4 (line 2)" in result.stderr
    assert f"{tmp_path / 'bad.txt'}: byte 3 (line 2)" in result.stderr
    assert (tmp_path / "z.txt").read_bytes() == f"{CLEAN}\n".encode()
    assert (tmp_path / "bin.txt").read_bytes() == b"abc\n\x00\x01\x02"
    assert "2 files cleaned, 0 left unchanged, 2 failed" in result.stderr


def test_binary_input_is_refused_on_stdout_and_with_o_as_with_i(tmp_path):
    # the same NUL that -i and --check refuse was written out, with exit 0, to stdout and to -o
    f, out = tmp_path / "bin.txt", tmp_path / "out.txt"
    f.write_bytes(b"abc\n\x00\x01\x02")
    for args in ([f], [f, "-o", out]):
        result = run(*args)
        assert result.exit_code == 2 and f"{f}: holds a NUL at byte 4 (line 2)" in result.stderr
        assert "\0" not in result.stdout and not out.exists()  # (a stream's lines before it are out)
    piped = subprocess.run(CMD, input=b"ab\nc\x00d\n", capture_output=True, timeout=60)
    assert piped.returncode == 2 and b"<stdin>: holds a NUL at line 2" in piped.stderr and b"\0" not in piped.stdout
    # documents a NUL ends are text, when the stream is said to be made of them
    assert run("--separator", "nul", f).exit_code == 0
    # the place in UTF-16 counts its code units from the byte-order mark (it said byte -1)
    wide = tmp_path / "u16.txt"
    wide.write_bytes("كتاب\nab\0c\n".encode("utf-16"))
    for args in ([wide], ["-i", wide]):
        assert "holds a NUL at byte 16 (line 2)" in run("--encoding", "utf-16", *args).stderr


def test_check_diff_and_exit_codes(tmp_path):
    dirty, clean = tmp_path / "dirty.txt", tmp_path / "clean.txt"
    dirty.write_bytes(f"{DIRTY}\n".encode())
    clean.write_bytes(f"{CLEAN}\n".encode())
    result = run("--check", dirty, clean)
    assert result.exit_code == 1 and f"would clean {dirty}" in result.stderr and str(clean) not in result.stderr
    assert run("--check", clean).exit_code == 0
    result = run("--diff", dirty, clean)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[2:] == ["@@ -1 +1 @@", f"-{DIRTY}", f"+{CLEAN}"]
    assert dirty.read_bytes() == f"{DIRTY}\n".encode()  # neither wrote anything
    assert run("-q", "-i", dirty).exit_code == 0
    dirty.write_bytes(f"{DIRTY}\n".encode())
    result = run("-i", "--exit-non-zero-on-fix", dirty)
    assert result.exit_code == 1 and f"cleaned {dirty}" in result.stderr
    assert run("-i", "--exit-non-zero-on-fix", dirty).exit_code == 0
    assert run("-q", "--check", dirty, clean).stderr == ""


def test_diff_marks_a_missing_final_newline(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(DIRTY.encode())
    assert run("--diff", f).stdout.endswith(f"+{CLEAN}\n\\ No newline at end of file\n")


def test_folders_include_exclude_hidden_and_git_ignored(tmp_path):
    for rel in ("a.txt", "b.md", "c.py", "sub/d.tsv", "sub/drafts/e.txt", ".hidden/f.txt", ".g.txt", "ign/h.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x\n", encoding="utf-8")
    found = {os.path.relpath(p, tmp_path) for p in find_files([str(tmp_path)], exclude=["sub/drafts"])}
    assert found == {"a.txt", "b.md", "sub/d.tsv", "ign/h.txt"}
    found = {os.path.relpath(p, tmp_path) for p in find_files([str(tmp_path)], include=["*.py"])}
    assert found == {"c.py"}
    if shutil.which("git"):
        subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
        (tmp_path / ".gitignore").write_text("ign/\n", encoding="utf-8")
        found = {os.path.relpath(p, tmp_path) for p in find_files([str(tmp_path)])}
        assert "ign/h.txt" not in found and "a.txt" in found
    # a file named on the command line is cleaned whatever its name
    assert find_files([str(tmp_path / "c.py")]) == [str(tmp_path / "c.py")]


def test_jobs_give_the_same_result(tmp_path):
    for j in (1, 2):
        folder = tmp_path / f"j{j}"
        folder.mkdir()
        for i in range(12):
            (folder / f"{i}.txt").write_bytes(f"{DIRTY}  {i}\n".encode() if i % 3 else f"{CLEAN}\n".encode())
        proc = subprocess.run([*CMD, "-i", "-j", str(j), str(folder)], capture_output=True)
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr.decode().splitlines()[-1] == "8 files cleaned, 4 left unchanged"
    for i in range(12):
        assert (tmp_path / "j1" / f"{i}.txt").read_bytes() == (tmp_path / "j2" / f"{i}.txt").read_bytes()
    big = "".join(f"{DIRTY} {i}\n" for i in range(50_000)).encode()
    one = subprocess.run([*CMD, "-j", "1"], input=big, capture_output=True)
    two = subprocess.run([*CMD, "-j", "2"], input=big, capture_output=True)
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout


def test_in_place_is_safe_to_kill_at_any_moment(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    old = {f"{i:04}.txt": "".join(f"{DIRTY} {i} {k}\n" for k in range(200)).encode() for i in range(600)}
    for name, data in old.items():
        (corpus / name).write_bytes(data)
    new = {name: "".join(f"{CLEAN} {name[:4].lstrip('0') or '0'} {k}\n" for k in range(200)).encode()
           for name in old}
    proc = subprocess.Popen([*CMD, "-q", "-i", "-j", "2", str(corpus)])
    deadline = time.time() + 60
    while time.time() < deadline and sum((corpus / n).read_bytes() == new[n] for n in list(old)[:50]) < 5:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    states = {"old": 0, "new": 0}
    for name in old:
        data = (corpus / name).read_bytes()
        assert data in (old[name], new[name]), name  # never half-written
        states["old" if data == old[name] else "new"] += 1
    assert states["new"] >= 5
    # what a kill leaves is hidden temporary files, which a later run skips and cleans around
    proc = subprocess.run([*CMD, "-q", "-i", str(corpus)], capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert all((corpus / n).read_bytes() == new[n] for n in old)


def test_progress_only_on_a_terminal(tmp_path):
    import pty

    for i in range(3):
        (tmp_path / f"{i}.txt").write_bytes(f"{DIRTY}\n".encode())
    leader, follower = pty.openpty()
    proc = subprocess.run([*CMD, "--check", str(tmp_path)], stderr=follower, stdout=subprocess.DEVNULL, timeout=60)
    os.close(follower)
    shown = b""
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        shown += data
    os.close(leader)
    assert proc.returncode == 1
    assert b"3/3 files" in shown and b"would clean" in shown
    piped = subprocess.run([*CMD, "--check", str(tmp_path)], capture_output=True)
    assert b"files\r" not in piped.stderr and b"/3 files" not in piped.stderr


def _saving_meanwhile(path, action):
    """A mapper that does ``action(path)`` (another program saving or removing the file) while the
    file is being cleaned (once: the check that the result is a fixed point maps too), then cleans
    as ``map`` does."""
    done = []

    def mapper(fn, items):
        if not done:
            done.append(action(path))
        return map(fn, items)
    return mapper


@pytest.mark.parametrize(("action", "said"), [
    (lambda p: p.write_text("نیا متن جو کسی نے لکھا\n", encoding="utf-8"), "changed while"),
    (lambda p: os.utime(p, ns=(1, 1)), "changed while"),  # the same size: saved again
    (lambda p: p.unlink(), "removed while"),
])
def test_a_file_saved_or_removed_while_it_is_cleaned_is_not_overwritten(tmp_path, action, said):
    f = tmp_path / "a.txt"
    f.write_text(f"{DIRTY}\n", encoding="utf-8")
    result = clean_file(f, DEFAULT, mapper=_saving_meanwhile(f, action))
    assert result.error is not None and said in result.error and str(f) in result.error
    if said == "removed while":
        assert not f.exists()  # not brought back
    else:
        assert CLEAN not in f.read_text(encoding="utf-8")  # what the other program wrote stays
    assert [p.name for p in tmp_path.iterdir()] == (["a.txt"] if f.exists() else [])  # no temporary file left


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_read_only_file_is_not_rewritten(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(f"{DIRTY}\n", encoding="utf-8")
    f.chmod(0o444)
    result = clean_file(f, DEFAULT)
    assert result.error is not None and "read-only" in result.error
    assert f.read_text(encoding="utf-8") == f"{DIRTY}\n" and (f.stat().st_mode & 0o777) == 0o444
    assert run("-i", f).exit_code != 0
    assert f.read_text(encoding="utf-8") == f"{DIRTY}\n"
    assert clean_file(tmp_path / "a.txt", DEFAULT, mode="check").changed  # checking needs no permission


def test_a_folder_walk_skips_links_to_files_outside_it(tmp_path):
    outside = tmp_path / "outside"
    tree = tmp_path / "tree"
    outside.mkdir()
    tree.mkdir()
    (outside / "secret.txt").write_text(f"{DIRTY}\n", encoding="utf-8")
    (tree / "own.txt").write_text(f"{DIRTY}\n", encoding="utf-8")
    (tree / "out.txt").symlink_to(outside / "secret.txt")
    (tree / "in.txt").symlink_to("own.txt")
    assert sorted(os.path.basename(p) for p in find_files([str(tree)])) == ["own.txt"]  # (in.txt names it too)
    assert run("-i", tree).exit_code == 0
    assert (outside / "secret.txt").read_text(encoding="utf-8") == f"{DIRTY}\n"
    assert (tree / "own.txt").read_text(encoding="utf-8") == f"{CLEAN}\n"
    assert run("-i", tree / "out.txt").exit_code == 0  # named on its own, a link is followed, as documented
    assert (outside / "secret.txt").read_text(encoding="utf-8") == f"{CLEAN}\n"


def test_a_file_named_by_two_links_in_a_folder_is_cleaned_once(tmp_path):
    (tmp_path / "a.txt").write_text(f"{DIRTY}\n", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to("a.txt")
    assert [os.path.basename(p) for p in find_files([str(tmp_path)])] == ["a.txt"]
    result = run("-i", "-j", "2", tmp_path)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == f"{CLEAN}\n"
