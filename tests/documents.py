"""Test documents for the integrations, from the project's own damaged golden corpora."""

from __future__ import annotations

from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent / "corpora" / "default"


def damaged_documents() -> list[str]:
    """Documents of three lines each from the damaged golden corpora (written for the project)."""
    lines = [x for p in sorted(CORPORA.glob("*.txt")) if not p.name.endswith(".clean.txt")
             for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    return ["\n".join(lines[i : i + 3]) for i in range(0, len(lines), 3)]
