"""Shared test set-up: a derandomised hypothesis profile and the path to ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Derandomised: CI runs the same examples every time, so a red build is a real regression.
# For a deeper local hunt: URDU_CLEAN_EXAMPLES=3000 URDU_CLEAN_RANDOM=1 python -m pytest tests/test_properties.py
settings.register_profile(
    "ci",
    derandomize=not os.environ.get("URDU_CLEAN_RANDOM"),
    deadline=None,
    max_examples=int(os.environ.get("URDU_CLEAN_EXAMPLES", "150")),
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, the real text kept out of the repository; skip when it is absent."""
    if not (SHARED_DATA / "ud_urdu_udtb_dev.txt").is_file():
        pytest.skip("../shared/data is absent: real-text checks need the shared folder beside the repo")
    return SHARED_DATA
