"""The documentation site builds with Sphinx, warnings as errors, offline, in a few seconds."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
MISSING = [m for m in ("sphinx", "myst_parser", "furo", "sphinx_click") if importlib.util.find_spec(m) is None]

pytestmark = [
    pytest.mark.skipif(
        bool(MISSING), reason=f"the docs extra is not installed ({', '.join(MISSING)}): pip install -e '.[docs]'"
    ),
    # the Sphinx extensions' own deprecation notices are theirs to fix, not build warnings
    pytest.mark.filterwarnings("ignore::PendingDeprecationWarning", "ignore::DeprecationWarning"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    from sphinx.cmd.build import build_main

    out = tmp_path_factory.mktemp("docs")
    args = ["-W", "--keep-going", "-q", "-b", "html", "-d", str(out / "doctrees"), str(DOCS), str(out / "html")]
    assert build_main(args) == 0, "the docs build has warnings or errors (printed above)"
    return out / "html"


def test_docs_build_without_warnings(site):
    for page in ("index", "getting-started", "presets", "orthography", "cli", "api", "steps/letters",
                 "changelog", "stability", "urduhack", "segmentation"):
        assert (site / f"{page}.html").is_file(), page


def test_cli_reference_is_generated_from_the_command(site):
    from urdu_clean.cli import cli

    html = (site / "cli.html").read_text(encoding="utf-8")
    assert ".. option::" not in html and ".. program::" not in html, "reST shown as text"
    for param in cli.params:
        for opt in param.opts:
            anchor = opt.lstrip("-") if opt.startswith("-") else f"arg-{opt.upper()}"
            assert f'id="cmdoption-urdu-clean-{anchor}"' in html, opt


def test_api_reference_comes_from_the_docstrings(site):
    from urdu_clean import Pipeline, clean

    html = (site / "api.html").read_text(encoding="utf-8")
    assert ".. auto" not in html, "reST shown as text"
    for name in ("urdu_clean.clean", "urdu_clean.Pipeline.from_preset", "urdu_clean.segment"):
        assert f'id="{name}"' in html, name
    for obj in (clean, Pipeline.from_preset):
        first_line = obj.__doc__.strip().split("\n")[0]
        assert first_line.split("``")[0][:30] in html, obj


def test_urdu_is_marked_right_to_left(site):
    html = (site / "steps" / "letters.html").read_text(encoding="utf-8")
    assert re.search(r'<code class="urdu docutils literal[^"]*">', html)
    css = (site / "_static" / "urdu.css").read_text(encoding="utf-8")
    assert "direction: rtl" in css and "Noto Nastaliq Urdu" in css and "Noto Naskh Arabic" in css
    assert "urdu.css" in html


def test_pages_load_nothing_from_the_network(site):
    """Fonts are the reader's own (local()), scripts and styles are bundled: the site works offline."""
    assert "url(http" not in (site / "_static" / "urdu.css").read_text(encoding="utf-8")
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r'<(?:link|script|img)[^>]*(?:src|href)="(?:https?:)?//', html), page.name
