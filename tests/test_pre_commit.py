"""The pre-commit hooks, run by the real ``pre-commit try-repo`` against this repository's HEAD."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = shutil.which("pre-commit", path=os.path.dirname(sys.executable)) or shutil.which("pre-commit")

pytestmark = pytest.mark.skipif(
    not (PRE_COMMIT and shutil.which("git") and (ROOT / ".git").exists()),
    reason="needs pre-commit, git and this repository's history",
)


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_hooks_fix_then_pass_and_leave_clean_files_alone(tmp_path):
    repo = tmp_path / "corpus"
    repo.mkdir()
    git("init", "-q", cwd=repo)
    git("config", "user.email", "t@example.com", cwd=repo)
    git("config", "user.name", "t", cwd=repo)
    dirty = "ﻻﮨﻮﺭ ﻣﯿﮟ ﻛﻴﺎ ﮨﮯ؟\r\nیہ  کتاب ہے\r\n".encode()
    clean = "لاہور میں کیا ہے؟\n".encode()
    (repo / "dirty.txt").write_bytes(dirty)
    (repo / "clean.txt").write_bytes(clean)
    (repo / "code.py").write_bytes("x = 'ﻻ'\n".encode())  # not a corpus file: the hook's files skip it
    git("add", ".", cwd=repo)
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache"), PRE_COMMIT_COLOR="never")

    def hook(name):
        return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), name, "--all-files"], cwd=repo, env=env,
                              capture_output=True, text=True, timeout=900)

    check = hook("urdu-clean-check")
    assert check.returncode == 1, check.stdout + check.stderr
    assert "would clean dirty.txt" in check.stdout and (repo / "dirty.txt").read_bytes() == dirty

    first = hook("urdu-clean")
    assert first.returncode == 1, first.stdout + first.stderr
    assert "cleaned dirty.txt" in first.stdout
    assert (repo / "dirty.txt").read_bytes() == "لاہور میں کیا ہے؟\r\nیہ کتاب ہے\r\n".encode()  # CRLF kept
    assert (repo / "clean.txt").read_bytes() == clean
    assert (repo / "code.py").read_bytes() == "x = 'ﻻ'\n".encode()

    second = hook("urdu-clean")
    assert second.returncode == 0, second.stdout + second.stderr
    assert hook("urdu-clean-check").returncode == 0
