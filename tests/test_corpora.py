"""Golden corpora: every sample in corpora/ cleans to its clean twin, and the twin is a fixed point.

A case is ``corpora/FOLDER/NAME.EXT`` with its twin ``NAME.clean.EXT``. The folder names the preset
(``default/``, ``search/``, ``web/``, ``none/``); ``negatives/`` holds text that must come out
unchanged (no twin) under the presets its sidecar lists, ``default`` and ``web`` when it lists none.
An optional sidecar ``NAME.toml`` carries what the case needs, as data:

- ``flags = "--digits urdu"``: more command-line options (step options, ``--only``, ``--skip``);
- ``expect = "fail"`` with ``reason = "..."``: a known limitation, run as a strict xfail, so the
  day it starts passing the marker has to go;
- ``presets = ["default", "search"]``: for a negative, the presets it must survive.
"""

from __future__ import annotations

import shlex
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from urdu_clean import PRESETS, STEPS, Pipeline

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
NEGATIVES = "negatives"
SIDECAR_KEYS = {"flags", "expect", "reason", "presets"}
STEP_OPTIONS = {k for step in STEPS.values() for k in step.options}


@dataclass
class Case:
    path: Path
    meta: dict = field(default_factory=dict)

    @property
    def folder(self) -> str:
        return self.path.parent.name

    @property
    def twin(self) -> Path:
        return self.path.with_name(f"{self.path.stem}.clean{self.path.suffix}")

    @property
    def name(self) -> str:
        return f"{self.folder}/{self.path.name}"

    def presets(self) -> list[str]:
        if self.folder == NEGATIVES:
            return list(self.meta.get("presets", ["default", "web"]))
        return [self.folder]

    def pipeline(self, preset: str) -> Pipeline:
        """The pipeline of ``preset`` with the sidecar's flags, read as the command reads them."""
        args, kwargs = shlex.split(self.meta.get("flags", "")), {}
        while args:
            flag = args.pop(0)
            assert flag.startswith("--") and args, f"{self.name}: cannot read flags at {flag!r}"
            name, value = flag[2:].replace("-", "_"), args.pop(0)
            if name in ("only", "skip"):
                kwargs[name] = [s.strip() for s in value.split(",")]
            else:
                assert name in STEP_OPTIONS, f"{self.name}: unknown flag {flag} (the folder names the preset)"
                kwargs[name] = value
        return Pipeline.from_preset(preset, **kwargs)


def _cases() -> list[Case]:
    found = []
    for path in sorted(CORPORA.glob("*/*")):
        if path.suffix == ".toml" or ".clean." in path.name or not path.is_file():
            continue
        sidecar = path.with_suffix(".toml")
        meta = tomllib.loads(sidecar.read_text(encoding="utf-8")) if sidecar.is_file() else {}
        found.append(Case(path, meta))
    return found


CASES = _cases()


def _param(case: Case, preset: str):
    marks = []
    if case.meta.get("expect") == "fail":
        marks.append(pytest.mark.xfail(strict=True, reason=case.meta["reason"]))
    label = case.name if case.folder != NEGATIVES else f"{case.name}[{preset}]"
    return pytest.param(case, preset, marks=marks, id=label)


def test_every_case_has_a_twin_a_known_folder_and_a_valid_sidecar():
    assert CASES, "no golden corpora found"
    for case in CASES:
        assert case.folder in PRESETS or case.folder == NEGATIVES, f"{case.folder} is not a preset"
        if case.folder == NEGATIVES:
            assert not case.twin.exists(), f"{case.name}: a negative is its own twin"
            assert set(case.presets()) <= set(PRESETS), case.name
        else:
            assert case.twin.is_file(), f"{case.name} has no clean twin"
            assert "presets" not in case.meta, f"{case.name}: the folder names the preset"
        assert set(case.meta) <= SIDECAR_KEYS, f"{case.name}: unknown keys {set(case.meta) - SIDECAR_KEYS}"
        assert case.meta.get("expect", "pass") in ("pass", "fail"), case.name
        if case.meta.get("expect") == "fail":
            assert case.meta.get("reason"), f"{case.name}: a known failure says why"
    for sidecar in CORPORA.glob("*/*.toml"):
        assert any(c.path.with_suffix(".toml") == sidecar for c in CASES), f"{sidecar} has no case"


@pytest.mark.parametrize(("case", "preset"), [_param(c, p) for c in CASES for p in c.presets()])
def test_golden(case, preset):
    clean = case.pipeline(preset)
    text = case.path.read_text(encoding="utf-8")
    expected = text if case.folder == NEGATIVES else case.twin.read_text(encoding="utf-8")
    assert clean(text) == expected
    assert clean(expected) == expected


def _passing() -> list[Case]:
    return [c for c in CASES if c.meta.get("expect") != "fail"]


def test_corpora_show_every_step_and_preset():
    changed: set[str] = set()
    for case in _passing():
        if case.folder != NEGATIVES:
            explanation = case.pipeline(case.folder).explain(case.path.read_text(encoding="utf-8"))
            changed |= {r.step for r in explanation.reports if r.count or r.lines_removed}
    assert set(STEPS) <= changed, f"no passing case shows these steps at work: {set(STEPS) - changed}"
    folders = {c.folder for c in _passing()}
    assert set(PRESETS) <= folders, f"no passing case for these presets: {set(PRESETS) - folders}"
    assert {c.path.suffix for c in _passing()} >= {".txt", ".jsonl", ".csv"}


def test_readme_says_what_each_case_shows():
    readme = (CORPORA / "README.md").read_text(encoding="utf-8")
    missing = [c.name for c in CASES if f"`{c.name}`" not in readme]
    assert not missing, f"corpora/README.md does not list: {missing}"
