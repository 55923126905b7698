"""Configuration from [tool.urdu-clean] or .urdu-clean.toml, found by walking up from the files."""

import os

from click.testing import CliRunner

from urdu_clean.cli import cli
from urdu_clean.settings import find_config


def run(*args, stdin=b""):
    return CliRunner().invoke(cli, [str(a) for a in args], input=stdin)


def test_pyproject_table_is_found_from_the_files_and_the_command_line_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.urdu-clean]\npreset = "search"\nonly = ["letters", "digits"]\n',
                                             encoding="utf-8")
    (tmp_path / "sub").mkdir()
    f = tmp_path / "sub" / "a.txt"
    f.write_text("كتاب ۲۰۲۴  ہے\n", encoding="utf-8")
    assert run(f).stdout == "کتاب 2024  ہے\n"  # search's ASCII digits, and only letters and digits
    assert run("--digits", "urdu", f).stdout == "کتاب ۲۰۲۴  ہے\n"
    assert run("--only", "whitespace", f).stdout == "كتاب ۲۰۲۴ ہے\n"


def test_nearest_file_wins_and_dot_file_over_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.urdu-clean]\npreset = "none"\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (tmp_path / "sub" / ".urdu-clean.toml").write_text('preset = "search"\n', encoding="utf-8")
    path, table = find_config(str(tmp_path / "sub"))
    assert path.endswith(".urdu-clean.toml") and table == {"preset": "search"}
    os.remove(tmp_path / "sub" / ".urdu-clean.toml")
    path, table = find_config(str(tmp_path / "sub"))  # a pyproject.toml without the table is passed over
    assert path == str(tmp_path / "pyproject.toml") and table == {"preset": "none"}


def test_unknown_key_or_bad_value_names_the_file_and_key(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("x\n", encoding="utf-8")
    (tmp_path / ".urdu-clean.toml").write_text("bogus = 1\n", encoding="utf-8")
    result = run(f)
    assert result.exit_code == 2 and f"{tmp_path / '.urdu-clean.toml'}: unknown key 'bogus'" in result.stderr
    (tmp_path / ".urdu-clean.toml").write_text('preset = "nope"\n', encoding="utf-8")
    result = run(f)
    assert result.exit_code == 2 and "bad value for 'preset'" in result.stderr
    (tmp_path / ".urdu-clean.toml").write_text("preset = [\n", encoding="utf-8")
    result = run(f)
    assert result.exit_code == 2 and "not valid TOML" in result.stderr


def test_a_value_of_the_wrong_type_names_the_file_and_key(tmp_path):
    # a number for a flag, a table for a choice: each was a traceback from deep in click, exit 1
    conf = tmp_path / "conf.toml"
    for text, key in [("fast = 1\n", "fast"), ("quiet = 1.5\n", "quiet"), ("preset = {a = 1}\n", "preset"),
                      ('only = [["letters"]]\n', "only"), ("preset = 3\n", "preset"), ("jobs = inf\n", "jobs"),
                      ("jobs = 2.5\n", "jobs"), ("jobs = true\n", "jobs"), ("jobs = 1_000_000_000\n", "jobs")]:
        conf.write_text(text, encoding="utf-8")
        result = run("--config", conf, stdin="كتاب\n".encode())
        assert result.exit_code == 2 and f"{conf}: bad value for {key!r}" in result.stderr, text
        assert "Traceback" not in result.output
    conf.write_text('exclude = "b.txt"\n', encoding="utf-8")  # one pattern, not a list of them
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("كتاب\n", encoding="utf-8")
    (tmp_path / "c" / "b.txt").write_text("كتاب\n", encoding="utf-8")
    assert run("--config", conf, "-i", tmp_path / "c").exit_code == 0
    assert (tmp_path / "c" / "b.txt").read_text(encoding="utf-8") == "كتاب\n"


def test_options_of_in_place_runs_from_a_file_count_only_with_i(tmp_path, monkeypatch):
    # a project's "fast = true" made every --check and filter run fail: "--fast ... go with -i"
    (tmp_path / ".urdu-clean.toml").write_text("fast = true\nexit-non-zero-on-fix = true\n", encoding="utf-8")
    f = tmp_path / "a.txt"
    f.write_text("مےں\n", encoding="utf-8")
    assert run("--check", f).exit_code == 1 and f.read_text(encoding="utf-8") == "مےں\n"
    assert run(f).stdout == "میں\n"
    assert run("-i", f).exit_code == 1 and f.read_text(encoding="utf-8") == "میں\n"  # (exit 1: it fixed one)
    assert run("--fast", f).exit_code == 2  # (on the command line it is still a mistake)


def test_a_broken_configuration_is_an_error_in_the_plain_filter_too(tmp_path):
    # with no argument the command runs a lighter path, which let the error out as a traceback
    import subprocess
    import sys

    (tmp_path / "pyproject.toml").write_text("# urdu\nthis is not toml [[[\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", "from urdu_clean.command import main; main()"],
                         input="مےں\n".encode(), capture_output=True, cwd=tmp_path, timeout=60)
    assert out.returncode == 2 and b"not valid TOML" in out.stderr and b"Traceback" not in out.stderr


def test_a_configuration_file_not_in_utf8_is_an_error_and_only_where_it_applies(tmp_path):
    # a non-UTF-8 pyproject.toml in the working folder: a traceback, even for files elsewhere
    import subprocess
    import sys

    (tmp_path / "here").mkdir()
    (tmp_path / "here" / "pyproject.toml").write_bytes(b"\xff\xfe[tool.urdu-clean]\n")
    (tmp_path / "there").mkdir()
    (tmp_path / "there" / "a.txt").write_text("مےں\n", encoding="utf-8")
    main = [sys.executable, "-c", "from urdu_clean.command import main; main()"]
    out = subprocess.run([*main, str(tmp_path / "there" / "a.txt")], capture_output=True, cwd=tmp_path / "here",
                         timeout=60)
    assert out.returncode == 0 and out.stdout.decode() == "میں\n"
    out = subprocess.run(main, input=b"x\n", capture_output=True, cwd=tmp_path / "here", timeout=60)
    assert out.returncode == 2 and b"not UTF-8" in out.stderr and b"Traceback" not in out.stderr


def test_folder_options_from_config_and_explicit_config(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("كتاب\n", encoding="utf-8")
    (tmp_path / "corpus" / "b.txt").write_text("كتاب\n", encoding="utf-8")
    conf = tmp_path / "conf.toml"
    conf.write_text('exclude = ["b.txt"]\nquiet = true\n', encoding="utf-8")
    result = run("--config", conf, "-i", tmp_path / "corpus")
    assert result.exit_code == 0 and result.stderr == ""
    assert (tmp_path / "corpus" / "a.txt").read_text(encoding="utf-8") == "کتاب\n"
    assert (tmp_path / "corpus" / "b.txt").read_text(encoding="utf-8") == "كتاب\n"


def test_every_way_toml_can_name_the_table_is_read_and_other_pyprojects_are_not_parsed(tmp_path, monkeypatch):
    """A pyproject.toml is parsed only when it names us (parsing costs start-up time): every
    spelling TOML allows for the table's name must still be found."""
    spellings = ['[tool.urdu-clean]\npreset = "search"\n', '[tool."urdu-clean"]\npreset = "search"\n',
                 "[tool.'urdu-clean']\npreset = \"search\"\n", '[ tool . urdu-clean ]\npreset = "search"\n',
                 '["tool".urdu-clean]\npreset = "search"\n', '[tool]\nurdu-clean.preset = "search"\n',
                 "[tool]\n'urdu-clean'.preset = \"search\"\n", '[tool]\n"urdu-clean" = {preset = "search"}\n',
                 'tool.urdu-clean = {preset = "search"}\n', 'tool = {urdu-clean = {preset = "search"}}\n',
                 '"tool".urdu-clean.preset = "search"\n']
    for text in spellings:
        (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
        assert find_config(str(tmp_path)) == (str(tmp_path / "pyproject.toml"), {"preset": "search"}), text
    # a file that does not name us is not parsed: not even an invalid one is an error
    import tomllib

    def unexpected(_text):
        raise AssertionError("parsed a pyproject.toml that cannot hold the table")

    monkeypatch.setattr(tomllib, "loads", unexpected)
    for text in ['[project]\nname = "corpus"\n', "[project\nname = 'x'\n"]:
        (tmp_path / "pyproject.toml").write_text(text, encoding="utf-8")
        found = find_config(str(tmp_path))
        assert found is None or found[0] != str(tmp_path / "pyproject.toml")
