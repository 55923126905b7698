"""Golden files: corpora/PRESET/NAME.txt cleans to NAME.clean.txt, and the clean twin is a fixed point."""

from __future__ import annotations

from pathlib import Path

import pytest

from urdu_clean import PRESETS, clean

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
PAIRS = sorted(p for p in CORPORA.glob("*/*.txt") if not p.name.endswith(".clean.txt"))


def _twin(dirty: Path) -> Path:
    return dirty.with_name(dirty.name.removesuffix(".txt") + ".clean.txt")


def test_every_corpus_has_a_twin_and_a_known_preset():
    assert PAIRS, "no golden corpora found"
    for dirty in PAIRS:
        assert _twin(dirty).is_file(), f"{dirty} has no clean twin"
        assert dirty.parent.name in PRESETS, f"{dirty.parent.name} is not a preset"


@pytest.mark.parametrize("dirty", PAIRS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden(dirty):
    preset = dirty.parent.name
    expected = _twin(dirty).read_text(encoding="utf-8")
    assert clean(dirty.read_text(encoding="utf-8"), preset=preset) == expected
    assert clean(expected, preset=preset) == expected
