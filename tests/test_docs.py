"""The generated step pages are up to date, and every step has one."""

import importlib.util
from pathlib import Path

from urdu_clean import STEPS

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _generator():
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_step_pages_are_current():
    generate = _generator()
    for name in STEPS:
        page = DOCS / "steps" / f"{name}.md"
        assert page.read_text(encoding="utf-8") == generate.page(name), f"run: python docs/generate.py ({name})"


def test_every_step_has_examples():
    assert set(_generator().EXAMPLES) == set(STEPS)
