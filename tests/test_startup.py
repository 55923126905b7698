"""Start-up stays cheap: importing loads no heavy module and compiles no pattern.

(Times are measured by hand with benchmarks/startup.py; these tests check the causes.)
"""

from __future__ import annotations

import json
import subprocess
import sys

import regex

from urdu_clean.chars import ARABIC_LETTER, ARABIC_LETTER_CHARS
from urdu_clean.lines import LazyPattern, lazy_re, lazy_regex

HEAVY = ["wordfreq", "ftfy", "click", "regex"]


def _loaded_after(statement: str) -> list[str]:
    code = f"{statement}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def test_import_urdu_clean_loads_no_heavy_module_and_no_step():
    loaded = _loaded_after("import urdu_clean")
    assert [m for m in HEAVY if m in loaded] == []
    assert [m for m in loaded if m.startswith("urdu_clean.")] == []


def test_importing_every_module_compiles_nothing_that_needs_regex():
    # the steps, the pipeline and the segmenter compile their patterns at first use
    loaded = _loaded_after("import urdu_clean.pipeline, urdu_clean.segment, urdu_clean.steps, urdu_clean.io")
    assert [m for m in HEAVY if m in loaded] == []


def test_public_names_still_import_from_the_package():
    loaded = _loaded_after("from urdu_clean import clean, Pipeline, sentences, segment, STEPS\n"
                           "assert callable(segment) and clean('ك') == 'ک'")
    assert "urdu_clean.pipeline" in loaded and "wordfreq" not in loaded


def test_arabic_letter_chars_are_the_arabic_script_letters():
    blocks = [*range(0x0600, 0x0700), *range(0x0750, 0x0780), *range(0x08A0, 0x0900)]
    by_script = {c for c in map(chr, blocks) if regex.match(ARABIC_LETTER, c)}
    assert set(ARABIC_LETTER_CHARS) == by_script


def test_lazy_pattern_compiles_once_at_first_use():
    p = lazy_regex(r"\p{Lu}+")
    assert isinstance(p, LazyPattern) and "_compiled" not in vars(p)
    assert p.findall("ab CD e FG") == ["CD", "FG"]
    first = p.compiled()
    assert p.compiled() is first and p.search is not None and p.groups == 0
    assert lazy_re("a|b", 2).sub("-", "AbC") == "--C"  # re.IGNORECASE


def _command(args: list[str], stdin: bytes, cwd: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "urdu_clean", *args], input=stdin, capture_output=True, cwd=cwd)


def test_the_plain_filter_loads_no_click_and_writes_what_the_full_command_writes(tmp_path):
    probe = "import atexit, sys\natexit.register(lambda: sys.__stderr__.write(' '.join(sys.modules)))\n"
    code = probe + "import sys; sys.argv = ['urdu-clean']; from urdu_clean.command import main; main()"
    out = subprocess.run([sys.executable, "-c", code], input="كيا ہے .\n", capture_output=True, text=True,
                         cwd=tmp_path)
    assert out.stdout == "کیا ہے۔\n" and "click" not in out.stderr.split()
    for stdin in ["كيا ہے .\r\nيہ  ٹھیک ہے\n".encode(), b"\xef\xbb\xbf\xd9\x83", b"", b"ok\xff\n"]:
        plain, full = _command([], stdin, str(tmp_path)), _command(["-"], stdin, str(tmp_path))
        assert (plain.returncode, plain.stdout, plain.stderr) == (full.returncode, full.stdout, full.stderr)


def test_the_command_starts_without_the_modules_that_made_it_slow(tmp_path):
    """On empty input (start-up alone) the command loads no module a run need not have: these
    each cost a large part of a bare interpreter's start-up (dataclasses imports inspect and
    ast; a pyproject.toml that does not name us is not parsed)."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "corpus"\ndependencies = ["regex"]\n')
    probe = "import atexit, sys\natexit.register(lambda: sys.__stderr__.write(' '.join(sys.modules)))\n"
    code = probe + "import sys; sys.argv = ['urdu-clean']; from urdu_clean.command import main; main()"
    out = subprocess.run([sys.executable, "-c", code], input="", capture_output=True, text=True, cwd=tmp_path)
    loaded = set(out.stderr.split())
    assert out.returncode == 0 and "urdu_clean.pipeline" in loaded
    assert sorted(loaded & {"click", "dataclasses", "inspect", "typing", "tomllib", "regex", "threading"}) == []


def test_a_configuration_file_hands_the_plain_run_to_the_full_command(tmp_path):
    (tmp_path / ".urdu-clean.toml").write_text('preset = "none"\n', encoding="utf-8")
    assert _command([], "كيا\n".encode(), str(tmp_path)).stdout == "كيا\n".encode()


def test_stdlib_classes_are_the_regex_module_properties():
    import re

    from urdu_clean.chars import ARABIC_SCRIPT, WHITE_SPACE

    for ours, theirs in ((f"[{ARABIC_SCRIPT}]", r"\p{Script=Arabic}"), (f"[{WHITE_SPACE}]", r"\s")):
        ours_re, theirs_re = re.compile(ours), regex.compile(theirs)
        differ = [hex(c) for c in range(sys.maxunicode + 1) if bool(ours_re.match(chr(c))) != bool(theirs_re.match(chr(c)))]
        assert differ == [], (theirs, differ[:10])
