"""The README's promises: its test command is the one CI runs, and its sample output is true."""

from pathlib import Path

from urdu_clean import clean

ROOT = Path(__file__).resolve().parent.parent


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_ci_runs_the_readme_test_command():
    run_cmd, test_cmd = _commands()[:2]
    assert "pytest" in test_cmd
    assert test_cmd in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_sample_output_is_what_the_tool_prints():
    run_cmd = _commands()[0]
    sample = ROOT / run_cmd.split()[-1]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("It prints:\n\n```\n", 1)[1].split("```", 1)[0]
    assert clean(sample.read_text(encoding="utf-8")) == shown
