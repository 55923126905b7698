"""Fingerprints of every preset's output on three texts, to prove a speed change changed nothing.

Run by hand before and after a change and compare the lines (``diff``)::

    python benchmarks/output_hash.py > before.txt   # on the old code
    python benchmarks/output_hash.py > after.txt    # on the new code
    diff before.txt after.txt && echo identical

Texts: the dirty scraped-news benchmark text (``dirty.py``, 2 MB), the treebank and news copy
(``throughput.corpus``, 0.5 MB) and Tesseract's output from ``ocr_dev.jsonl``. Needs ../shared/data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dirty import DATA, dirty_text  # noqa: E402
from throughput import corpus  # noqa: E402

from urdu_clean import PRESETS, clean  # noqa: E402


def texts(mb: float) -> dict[str, str]:
    with open(DATA / "ocr_dev.jsonl", encoding="utf-8") as f:
        ocr = "\n".join(json.loads(row)["ocr"] for row in f)
    return {"dirty": dirty_text(mb), "dev": corpus(mb / 4), "ocr": ocr}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=2.0)
    args = ap.parse_args()
    for name, text in texts(args.mb).items():
        for preset in PRESETS:
            digest = hashlib.sha256(clean(text, preset=preset).encode("utf-8")).hexdigest()[:16]
            print(f"{name:6s} {preset:8s} {digest}")


if __name__ == "__main__":
    main()
