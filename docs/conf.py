"""Sphinx configuration: MyST Markdown pages, the furo theme, autodoc and sphinx-click.

Build from the project root: ``python -m sphinx -W -b html docs docs/_build/html``.
``tests/test_docs_build.py`` runs the same build (warnings are errors) in a temporary folder.
Nothing here reaches the network: no intersphinx, and the Urdu fonts are the reader's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

import re

from docutils import nodes
from pygments.lexers.python import PythonConsoleLexer, PythonLexer
from pygments.token import Generic
from sphinx.transforms.post_transforms import SphinxPostTransform

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # document this checkout's urdu_clean, installed or not

import urdu_clean  # noqa: E402

project = "urdu_clean"
author = "the urdu_clean authors"
copyright = "the urdu_clean authors"  # noqa: A001 (Sphinx's name)
version = release = urdu_clean.__version__

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx_click"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "README.md"]
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist"]
# The pages quote punctuation character by character ('' → "): no typographic quotes or dashes.
smartquotes = False

autodoc_member_order = "bysource"
autodoc_typehints = "none"  # the signatures show the annotations; no cross-references to resolve

html_theme = "furo"
html_title = f"urdu_clean {release}"
html_static_path = ["_static"]
html_css_files = ["urdu.css"]
html_last_updated_fmt = None
html_show_sourcelink = False
html_copy_source = False


def _urdu_role(name, rawtext, text, lineno, inliner, options=None, content=None):  # noqa: ANN001, ANN202
    """``{ur}`متن```: Urdu shown exactly (spaces kept, like code), right to left, in an Urdu font."""
    return [nodes.literal(rawtext, text, classes=["urdu"])], []


#: A run of Arabic-script words: letters, marks, Urdu digits and Urdu punctuation, with single
#: spaces between words. Arrows, Latin commas and brackets end a run.
_URDU_RUN_RE = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefe]+"
    "(?: [\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefe]+)*"
)


class UrduIsolates(SphinxPostTransform):
    """Put every run of Urdu words in running text in its own right-to-left isolate.

    Without this, the bidi algorithm reads "ي ى → ی, ك → ک" inside an English sentence as one
    right-to-left run, and the arrows point the wrong way. Code and the ``{ur}`` role are left as
    they are: the CSS gives them a direction of their own.
    """

    default_priority = 900
    formats = ("html",)

    def run(self, **kwargs) -> None:  # noqa: ANN003
        for text in list(self.document.findall(nodes.Text)):
            parent = text.parent
            if parent is None or isinstance(parent, (nodes.FixedTextElement, nodes.literal, nodes.raw)):
                continue
            if parent.get("classes") and "urdu" in parent["classes"]:
                continue
            pieces, done = [], 0
            for m in _URDU_RUN_RE.finditer(text.astext()):
                pieces.append(nodes.Text(text[done : m.start()]))
                pieces.append(nodes.inline(m[0], m[0], classes=["urdu-run"]))
                done = m.end()
            if pieces:
                pieces.append(nodes.Text(text[done:]))
                parent.replace(text, [p for p in pieces if not isinstance(p, nodes.Text) or p])


class PyconLexer(PythonConsoleLexer):
    """Python sessions whose output is highlighted as Python too (it is a repr).

    So each string in ``['پہلا ہے۔', 'دوسرا؟']`` is a token of its own, which the CSS isolates: the
    bidi algorithm would otherwise run the two Urdu strings together and show them swapped.
    """

    def get_tokens_unprocessed(self, text):  # noqa: ANN001, ANN201
        python = PythonLexer()
        for index, token, value in super().get_tokens_unprocessed(text):
            if token is Generic.Output and value.lstrip()[:1] in "'\"[({":
                for i, t, v in python.get_tokens_unprocessed(value):
                    yield index + i, t, v
            else:
                yield index, token, value


def setup(app):  # noqa: ANN001, ANN201
    app.add_role("ur", _urdu_role)
    app.add_post_transform(UrduIsolates)
    app.add_lexer("pycon", PyconLexer)
    return {"parallel_read_safe": True}
