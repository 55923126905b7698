"""The docs tell the truth: generated pages are current, and every example in them runs.

- Generated pages (steps, steps index, presets) equal what ``docs/generate.py`` writes now.
- Every row of a step page's before/after table is run again through the step.
- Every row of a ``| before | after |`` table on a page marked ``<!-- tables run: clean -->`` is
  run through ``clean(before)``.
- Every ``pycon`` block on every page runs as a doctest.
- Every ``console`` block on the pages in ``CONSOLE_PAGES`` runs: ``$ urdu-clean ARGS`` (maybe
  fed by ``echo TEXT |``) must print the lines under it; the README's install commands must be
  the README's.
"""

from __future__ import annotations

import doctest
import importlib.util
import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from urdu_clean import STEPS, clean
from urdu_clean.cli import cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
#: Pages whose console examples are run (commands that only read files in the repository).
CONSOLE_PAGES = ["getting-started.md"]
TABLES_RUN_MARK = "<!-- tables run: clean -->"


def _generator():
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATE = _generator()
PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)


def _rel(page: Path) -> str:
    return page.relative_to(DOCS).as_posix()


def _fences(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, flags=re.M | re.S)


def _table_rows(text: str, header: str) -> list[list[str]]:
    """The body rows of every table whose header row starts with ``header``, split into cells."""
    rows, inside = [], False
    for line in text.split("\n"):
        if line.startswith(header):
            inside = True
        elif inside and line.startswith("| ---"):
            continue
        elif inside and line.startswith("|"):
            rows.append([c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]])
        else:
            inside = False
    return rows


def _cell_text(cell: str) -> str:
    if cell == "(empty)":
        return ""
    m = re.fullmatch(r"(?:\{ur\})?`(.*)`", cell)
    assert m, f"not a code cell: {cell!r}"
    return GENERATE.unshown(m[1].replace("\\|", "|"))


def test_generated_pages_are_current():
    for path, text in GENERATE.pages().items():
        assert (DOCS / path).read_text(encoding="utf-8") == text, f"run: python docs/generate.py ({path})"


def test_every_step_has_examples():
    assert set(GENERATE.EXAMPLES) == set(STEPS)


def test_shown_round_trips():
    text = "a\u200bb\u00a0c\u200f\u2066\td\ne"
    assert "\u200b" not in GENERATE.shown(text)
    assert GENERATE.unshown(GENERATE.shown(text)) == text


@pytest.mark.parametrize("name", list(STEPS))
def test_step_page_tables_run(name):
    rows = _table_rows((DOCS / "steps" / f"{name}.md").read_text(encoding="utf-8"), "| before | options | after |")
    assert rows, f"steps/{name}.md has no before/after table"
    for before, opts, after in rows:
        options = dict(re.findall(r"`--([\w-]+) ([\w-]+)`", opts))
        assert STEPS[name].func(_cell_text(before), **options) == _cell_text(after), (name, before)


def test_marked_tables_run():
    marked = [p for p in PAGES if TABLES_RUN_MARK in p.read_text(encoding="utf-8")]
    assert DOCS / "orthography.md" in marked
    for page in marked:
        rows = _table_rows(page.read_text(encoding="utf-8"), "| before | after |")
        assert rows, f"{_rel(page)} is marked but has no before/after table"
        for before, after, *_ in rows:
            assert clean(_cell_text(before)) == _cell_text(after), (_rel(page), before)


@pytest.mark.parametrize("page", [p for p in PAGES if "```pycon" in p.read_text(encoding="utf-8")], ids=_rel)
def test_pycon_examples_run(page):
    source = "\n".join(_fences(page.read_text(encoding="utf-8"), "pycon"))
    test = doctest.DocTestParser().get_doctest(source, {}, _rel(page), str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.failures == 0 and test.examples, f"{_rel(page)}: {runner.failures} failing example(s) (see above)"


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return [line for line in readme.split("```sh\n", 1)[1].split("```", 1)[0].splitlines() if line.strip()]


@pytest.mark.parametrize("name", CONSOLE_PAGES)
def test_console_examples_run(name, monkeypatch):
    monkeypatch.chdir(ROOT)
    ran = 0
    for block in _fences((DOCS / name).read_text(encoding="utf-8"), "console"):
        for session in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, shown = session.partition("\n")
            if command.startswith("python3 -m venv"):
                assert command in _readme_commands(), f"{name}: {command!r} is not the README's"
                command = command.rsplit("&& ", 1)[1].removeprefix(".venv/bin/")
                if not command.startswith("urdu-clean"):
                    continue  # the test command: this very run
            stdin = None
            if command.startswith("echo "):
                producer, _, command = command.partition(" | ")
                stdin = " ".join(shlex.split(producer)[1:]) + "\n"
            args = shlex.split(command)
            assert args[0] == "urdu-clean", f"{name}: cannot run {command!r}"
            result = CliRunner().invoke(cli, args[1:], input=stdin)
            assert result.exit_code == 0, (command, result.output)
            assert result.output == shown, f"{name}: {command!r} prints something else"
            ran += 1
    assert ran, f"{name} has no console example"


def test_api_page_names_every_step():
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    for name, step in STEPS.items():
        assert f"autofunction:: {step.func.__module__}.{step.func.__name__}" in api, name


def test_changelog_has_this_version():
    from urdu_clean import __version__

    assert f"## {__version__}" in (DOCS / "changelog.md").read_text(encoding="utf-8")


def test_python_examples_are_marked_to_run():
    for page in PAGES:
        for block in _fences(page.read_text(encoding="utf-8"), "python"):
            assert ">>>" not in block, f"{_rel(page)}: write interactive examples as ```pycon so they run"
