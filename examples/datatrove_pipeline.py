"""Clean a JSONL corpus with datatrove: reader → urdu_clean → writer, on local worker processes.

    pip install 'urdu_clean[datatrove]'
    python examples/datatrove_pipeline.py raw/ clean/ --tasks 4 --workers 2 --preset web
    python examples/datatrove_pipeline.py --demo demo/        # writes a small corpus first, then cleans it

Every ``*.jsonl`` file under the input folder is read (``{"id": ..., "text": ...}`` a line); each
task takes its share of the files and writes ``<rank>.jsonl.gz`` to the output folder, keeping
every document, its id and metadata, in the order read. ``logs/`` under the output folder gets
datatrove's per-task logs and ``stats.json`` (documents seen and changed, and by which step).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from urdu_clean import Pipeline
from urdu_clean.integrations.datatrove import UrduCleanFormatter, UrduSentenceSplitter

DEMO = [
    "ﻻﮨﻮﺭ ﻣﯿﮟ ﺁﺝ ﺑﺎﺭﺵ ﮨﻮﺋﯽ ۔ﻟﻮﮒ ﺧﻮﺵ ﮨﯿﮟ",  # presentation forms, a space before ۔ and none after
    "كيا آپ نے يہ كتاب پڑھی ہے ?",  # Arabic kaf and yeh, a Latin question mark
    "قیمت ٣٥٠ روپے  ہے۔",  # Arabic-Indic digits, a double space
    "یہ متن پہلے سے صاف ہے۔",  # clean: stays as it is
]


def write_demo(folder: Path, files: int = 4, copies: int = 25) -> None:
    """A small JSONL corpus: ``files`` files of the demo texts, ``copies`` times over."""
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        with open(folder / f"part{f}.jsonl", "w", encoding="utf-8") as out:
            for n in range(copies):
                text = DEMO[(f + n) % len(DEMO)]
                out.write(json.dumps({"id": f"{f}-{n}", "text": text}, ensure_ascii=False) + "\n")


def build(input_folder: str, output_folder: str, pipeline: Pipeline, *, sentences: bool = False,
          tasks: int = 4, workers: int = 2, compression: str | None = "gzip") -> LocalPipelineExecutor:
    steps = [JsonlReader(input_folder), UrduCleanFormatter(pipeline)]
    if sentences:  # one document per sentence, ids "<document id>/<n>"
        steps.append(UrduSentenceSplitter())
    suffix = ".jsonl.gz" if compression == "gzip" else ".jsonl"
    steps.append(JsonlWriter(output_folder, output_filename="${rank}" + suffix, compression=compression))
    return LocalPipelineExecutor(steps, tasks=tasks, workers=workers, logging_dir=f"{output_folder}/logs")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("input", nargs="?", help="folder of .jsonl files")
    ap.add_argument("output", nargs="?", help="folder for the cleaned .jsonl.gz files")
    ap.add_argument("--demo", metavar="FOLDER", help="write a small corpus to FOLDER/raw and clean it to FOLDER/clean")
    ap.add_argument("--preset", default="default")
    ap.add_argument("--sentences", action="store_true", help="also split into one document per sentence")
    ap.add_argument("--tasks", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-compression", action="store_true")
    args = ap.parse_args(argv)
    if args.demo:
        write_demo(Path(args.demo) / "raw")
        args.input, args.output = f"{args.demo}/raw", f"{args.demo}/clean"
    if not (args.input and args.output):
        ap.error("give an input and an output folder, or --demo FOLDER")
    # The pipeline is built here, once, and pickled to every worker with all its settings.
    pipeline = Pipeline.from_preset(args.preset)
    build(args.input, args.output, pipeline, sentences=args.sentences, tasks=args.tasks,
          workers=args.workers, compression=None if args.no_compression else "gzip").run()


if __name__ == "__main__":
    main()
