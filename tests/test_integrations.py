"""The integrations' shared parts: batch cleaning equals one call per text; no engine at import."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import mixed_text

from urdu_clean import PRESETS, Pipeline
from urdu_clean.integrations import clean_many, resolve, split_joined

ENGINES = ("datatrove", "datasets", "pyspark", "spacy", "pandas", "pyarrow", "urdu_clean.integrations")


@pytest.mark.parametrize("preset", list(PRESETS))
@given(texts=st.lists(mixed_text, max_size=12), limit=st.sampled_from([1, 40, 1 << 20]))
def test_batches_clean_like_one_call_per_text(preset, texts, limit):
    p = Pipeline.from_preset(preset)
    assert clean_many(p, texts, batch_chars=limit) == [p(t) for t in texts]


def test_split_joined_refuses_a_changed_line_count():
    assert split_joined("a\nb", ["a\nb"]) == ["a\nb"]
    assert split_joined("a", ["a\nb"]) is None


def test_resolve_builds_the_preset_with_options():
    assert resolve(None, "default", {"digits": "ascii"}) == Pipeline.from_preset("default", digits="ascii")
    with pytest.raises(TypeError, match="not both"):
        resolve(Pipeline(), "search", {})
    with pytest.raises(TypeError, match="must be a urdu_clean.Pipeline"):
        resolve("search", "default", {})  # type: ignore[arg-type]


def _modules_after(code: str, stdin: str = "") -> set[str]:
    """The modules loaded once ``code`` ran (printed at exit, so a CLI that exits still reports)."""
    probe = "import atexit, sys\natexit.register(lambda: sys.__stderr__.write('MODULES ' + ' '.join(sys.modules)))\n"
    out = subprocess.run([sys.executable, "-c", probe + code], input=stdin, capture_output=True, text=True)
    line = next(x for x in out.stderr.splitlines() if x.startswith("MODULES "))
    return set(line.split()[1:])


def _engines(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == e or m.startswith(e + ".") for e in ENGINES))


def test_import_loads_no_engine():
    modules = _modules_after("import urdu_clean; urdu_clean.clean('كيا'); urdu_clean.sentences('ہاں۔ نہیں')")
    assert "urdu_clean.pipeline" in modules  # the probe sees our own imports
    assert _engines(modules) == []


def test_cli_loads_no_engine():
    code = "import sys; sys.argv = ['urdu-clean']; from urdu_clean.cli import main; main()"
    modules = _modules_after(code + "\n", stdin="كيا ہے\n")
    assert "urdu_clean.cli" in modules
    assert _engines(modules) == []
