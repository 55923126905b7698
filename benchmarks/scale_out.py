"""The integrations at scale: datatrove workers, and the cost of cleaning many short documents.

Run by hand (not a test), with the extras installed (``pip install -e '.[test]'``) and ../shared/data::

    python benchmarks/scale_out.py workers  [--mb 40] [--repeat 3]   # datatrove, 2 workers vs 1
    python benchmarks/scale_out.py overhead [--docs 100000]          # short documents vs one text

``workers``: the dirty benchmark text (dirty.py) cut into documents of about 300 words, written as
JSONL, then reader → UrduCleanFormatter → writer with LocalPipelineExecutor, tasks=2, run with one
worker and with two; documents per second from the wall time of each run (process start-up
included). Run it on an idle machine: another process on the second core costs the two-worker
run directly. The load average is printed before every run. On a shared Linux machine the
scheduler gives each session (autogroup) an equal share of the cores, however many processes it
runs, so two workers cannot show their speed-up there; ``--priority`` (root, run under
``setsid``) raises this session's share for the length of the benchmark.

``overhead``: documents of about 20 words cut from the dirty text, cleaned through the datatrove
formatter and the datasets batch function, against cleaning their concatenation once.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from dirty import dirty_text, documents

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from urdu_clean import Pipeline  # noqa: E402


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def write_jsonl(folder: Path, docs: list[str], files: int) -> None:
    folder.mkdir(parents=True)
    for f in range(files):
        with open(folder / f"part{f}.jsonl", "w", encoding="utf-8") as out:
            for n in range(f, len(docs), files):
                out.write(json.dumps({"id": str(n), "text": docs[n]}, ensure_ascii=False) + "\n")


def run_datatrove(raw: Path, work: Path, workers: int, tasks: int) -> float:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from urdu_clean.integrations.datatrove import UrduCleanFormatter

    shutil.rmtree(work, ignore_errors=True)
    executor = LocalPipelineExecutor(
        [JsonlReader(str(raw)), UrduCleanFormatter(Pipeline.from_preset("default")),
         JsonlWriter(str(work / "out"), output_filename="${rank}.jsonl", compression=None)],
        tasks=tasks, workers=workers, logging_dir=str(work / "logs"),
    )
    t = time.perf_counter()
    executor.run()
    return time.perf_counter() - t


def raise_priority() -> None:
    """Give this session's scheduler group the weight of nice -20 (Linux autogroups; needs root)."""
    with open("/proc/self/autogroup", "w") as f:
        f.write("-20")
    print(f"priority raised: {Path('/proc/self/autogroup').read_text().strip()}")


def _clean_half(docs: list[str]) -> float:
    from urdu_clean.integrations import clean_many

    t = time.perf_counter()
    clean_many(Pipeline.from_preset("default"), docs)
    return time.perf_counter() - t


def ceiling(docs: list[str]) -> float:
    """What two processes give on this machine now, without datatrove: the same two halves of
    the documents cleaned one after the other, then at once in two forked processes."""
    import multiprocessing

    halves = [docs[0::2], docs[1::2]]
    _clean_half(docs[:200])  # tables loaded before the fork
    t = time.perf_counter()
    for h in halves:
        _clean_half(h)
    serial = time.perf_counter() - t
    with multiprocessing.get_context("fork").Pool(2) as pool:
        t = time.perf_counter()
        pool.map(_clean_half, halves)
        parallel = time.perf_counter() - t
    return serial / parallel


def workers(args: argparse.Namespace) -> None:
    from datatrove.utils.logging import logger

    logger.remove()  # datatrove logs every task (to stderr): keep the figures readable
    if args.priority:
        raise_priority()
    docs = documents(dirty_text(args.mb), words=300)
    words = sum(len(d.split()) for d in docs)
    tmp = Path(tempfile.mkdtemp(prefix="urdu-clean-scale-"))
    try:
        write_jsonl(tmp / "raw", docs, files=args.tasks)
        print(f"{len(docs):,} documents, {words / len(docs):.0f} words each, "
              f"{sum(len(d.encode()) for d in docs) / 1e6:.1f} MB; tasks={args.tasks}; {os.cpu_count()} cores")
        print(f"ceiling: 2 forked processes / 1, urdu_clean alone on the same documents: {ceiling(docs):.2f}x"
              f"   (load: {load()})")
        seconds: dict[int, list[float]] = {1: [], 2: []}
        for r in range(args.repeat):
            for w in (1, 2):
                before = load()
                s = run_datatrove(tmp / "raw", tmp / "run", w, args.tasks)
                seconds[w].append(s)
                print(f"run {r + 1}, {w} worker{'s' * (w > 1)}: {s:6.2f} s  {len(docs) / s:7.0f} docs/s"
                      f"   (load before: {before})")
        one, two = statistics.median(seconds[1]), statistics.median(seconds[2])
        best = min(seconds[1]) / min(seconds[2])
        print(f"2 workers / 1 worker, docs/s: median {one / two:.2f}x, best-of {best:.2f}x (target >= 1.8)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def best(fn, repeat: int, setup=lambda: None) -> float:
    """The fastest of ``repeat`` runs of ``fn(setup())``; setup is not timed."""
    times = []
    for _ in range(repeat):
        given = setup()
        t = time.perf_counter()
        fn(given)
        times.append(time.perf_counter() - t)
    return min(times)


def overhead(args: argparse.Namespace) -> None:
    from datatrove.data import Document

    from urdu_clean.integrations.datasets import clean_batch
    from urdu_clean.integrations.datatrove import UrduCleanFormatter

    if args.priority:
        raise_priority()
    words = [x.split() for x in dirty_text(args.docs * 20 / 1e5 * 1.05).split("\r\n") if x.strip()]
    docs = []  # each line cut into pieces of about 20 words
    for w in words:
        pieces = max(1, round(len(w) / 20))
        docs += [" ".join(w[len(w) * k // pieces : len(w) * (k + 1) // pieces]) for k in range(pieces)]
    docs = docs[: args.docs]
    print(f"{len(docs):,} documents, {sum(len(d.split()) for d in docs) / len(docs):.1f} words each, "
          f"{sum(len(d.encode()) for d in docs) / 1e6:.1f} MB; load {load()}")
    p = Pipeline.from_preset("default")
    joined = "\n".join(docs)

    def formatter(**kw):
        def go(batch):
            for _ in UrduCleanFormatter(p, **kw).run(iter(batch)):
                pass
        return go

    def batch_fn(_):
        f = clean_batch("text", pipeline=p)
        for i in range(0, len(docs), 1000):
            f({"text": docs[i : i + 1000]})

    def fresh():  # the formatter rewrites the documents it is given: new ones for every run
        return [Document(t, str(i)) for i, t in enumerate(docs)]

    rows = {
        "concatenation, one call (baseline)": (lambda _: p(joined), None),
        "one pipeline call per document": (lambda _: [p(t) for t in docs], None),
        "datatrove formatter": (formatter(), fresh),
        "datatrove formatter, step_stats=False": (formatter(step_stats=False), fresh),
        "datasets batch function (1000 a batch)": (batch_fn, None),
    }
    base = None
    for name, (fn, setup) in rows.items():
        s = best(fn, args.repeat, setup or (lambda: None))
        base = base or s
        print(f"{name:42s} {s:6.2f} s  {s / base:5.2f}x")
    print("target: formatter and batch function <= 1.3x the baseline")
    if args.map:
        import datasets

        ds = datasets.Dataset.from_dict({"text": docs})
        s = best(lambda _: ds.map(clean_batch("text", pipeline=p), batched=True, load_from_cache_file=False,
                                  keep_in_memory=True), 1)
        print(f"{'Dataset.map(batched=True), Arrow included':42s} {s:6.2f} s  {s / base:5.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="what", required=True)
    w = sub.add_parser("workers")
    w.add_argument("--mb", type=float, default=40.0)
    w.add_argument("--tasks", type=int, default=2)
    w.add_argument("--repeat", type=int, default=3)
    w.add_argument("--priority", action="store_true", help="raise this session's CPU share (see above)")
    o = sub.add_parser("overhead")
    o.add_argument("--docs", type=int, default=100_000)
    o.add_argument("--repeat", type=int, default=3)
    o.add_argument("--priority", action="store_true", help="raise this session's CPU share (see above)")
    o.add_argument("--map", action="store_true", help="also time Dataset.map itself (Arrow conversion included)")
    args = ap.parse_args()
    workers(args) if args.what == "workers" else overhead(args)


if __name__ == "__main__":
    main()
