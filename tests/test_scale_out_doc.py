"""The scale-out guide's examples run, and print what the guide says they print."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
from pathlib import Path

import pytest

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "guide" / "scale-out.md"
BLOCKS = re.findall(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)
ENGINES = ("datatrove", "datasets", "pyspark", "spacy")


def _needs(block: str) -> str:
    first = block.splitlines()[0]
    if first.startswith("# needs: "):
        return first.removeprefix("# needs: ").strip()
    return next((e for e in ENGINES if f"import {e}" in block or f"from {e}" in block), "")


@pytest.mark.parametrize("block", BLOCKS, ids=[_needs(b) or "plain" for b in BLOCKS])
def test_guide_example(block, tmp_path, monkeypatch):
    need = _needs(block)
    if need == "slurm":
        compile(block, "slurm example", "exec")  # needs a cluster: checked to parse, not run
        return
    if need and importlib.util.find_spec(need) is None:
        pytest.skip(f"{need} is not installed")
    if need == "pyspark":
        import shutil
        import sys

        if not shutil.which("java"):
            pytest.skip("Spark needs a Java runtime")
        monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf"))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, str(GUIDE), "exec"), {"__name__": "__guide__"})
    # each "print(x)   # shown" line promises what it prints
    promised = [m.group(1).strip() for m in re.finditer(r"^print\(.*?\)\s+# (.*)$", block, re.M)]
    printed = out.getvalue().splitlines()
    for shown in promised:
        assert shown in printed
