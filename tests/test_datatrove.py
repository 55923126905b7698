"""urdu_clean in datatrove: a real local run over a JSONL folder, two tasks on two workers."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from documents import damaged_documents

datatrove = pytest.importorskip("datatrove", reason="datatrove is not installed: pip install -e '.[test]'")

from datatrove.data import Document  # noqa: E402
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from urdu_clean import Pipeline, segment  # noqa: E402
from urdu_clean.integrations.datatrove import UrduCleanFormatter, UrduSentenceSplitter  # noqa: E402

# Not the default preset: a worker that rebuilt its pipeline from defaults would show.
SEARCH = Pipeline.from_preset("search")


def write_corpus(folder: Path, files: int = 4) -> dict[str, list[tuple[str, str]]]:
    # enough for every file to hold several, and some that need no change
    docs = damaged_documents() * 3 + ["یہ متن پہلے سے صاف ہے۔", "plain ASCII text"] * 4
    folder.mkdir()
    written: dict[str, list[tuple[str, str]]] = {}
    for f in range(files):
        rows = [(f"f{f}-d{n}", text) for n, text in enumerate(docs[f::files])]
        with open(folder / f"part{f}.jsonl", "w", encoding="utf-8") as out:
            for doc_id, text in rows:
                out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
        written[f"part{f}.jsonl"] = rows
    return written


def test_local_run_two_tasks_two_workers(tmp_path):
    written = write_corpus(tmp_path / "raw")
    LocalPipelineExecutor(
        [
            JsonlReader(str(tmp_path / "raw")),
            UrduCleanFormatter(SEARCH, batch_size=7),
            JsonlWriter(str(tmp_path / "clean"), output_filename="${rank}.jsonl", compression=None),
        ],
        tasks=2, workers=2, logging_dir=str(tmp_path / "logs"),
    ).run()

    outputs = sorted((tmp_path / "clean").glob("*.jsonl"))
    assert [p.name for p in outputs] == ["00000.jsonl", "00001.jsonl"]  # both tasks wrote
    by_file: dict[str, list[tuple[str, str]]] = {}
    for path in outputs:
        for row in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            source = Path(row["metadata"]["file_path"]).name
            by_file.setdefault(source, []).append((row["id"], row["text"]))
    # every document, once, in its file's order, cleaned by the pipeline the job was given
    assert sorted(by_file) == sorted(written)
    for name, rows in written.items():
        assert by_file[name] == [(doc_id, SEARCH(text)) for doc_id, text in rows]
    total = sum(len(rows) for rows in written.values())
    changed = sum(SEARCH(t) != t for rows in written.values() for _, t in rows)
    assert 0 < changed < total

    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    ours = next(s["stats"] for s in stats if "urdu_clean" in s["name"])
    assert ours["total"]["total"] == total
    assert ours["changed"]["total"] == changed
    for step in SEARCH.steps:
        assert f"changed_by_{step}" in ours
    assert ours["changed_by_letters"]["total"] > 0
    assert ours["changed_by_digits"]["total"] > 0  # search's ascii digits reached the workers


@pytest.mark.parametrize("pipeline", [Pipeline.from_preset("default"), SEARCH, Pipeline.from_preset("web")])
def test_batched_run_equals_one_document_at_a_time(pipeline):
    texts = damaged_documents() + ["", "\n", "abc\r\n", "\ufeffپاکستان  ۔"]
    f = UrduCleanFormatter(pipeline, batch_size=5)
    out = [d.text for d in f.run(Document(t, str(i)) for i, t in enumerate(texts))]
    assert out == [pipeline(t) for t in texts]
    # per-step counts: the documents each step changed, as if run one by one
    expected: dict[str, int] = dict.fromkeys(pipeline.steps, 0)
    for text in texts:
        for step, new in pipeline.stages(text):
            expected[step] += new != text
            text = new
    assert {s: f.stats[f"changed_by_{s}"].total for s in pipeline.steps} == expected
    assert f.stats["changed"].total == sum(pipeline(t) != t for t in texts)


def test_formatter_pickles_with_its_pipeline():
    import dill

    f = UrduCleanFormatter(preset="search", quotes="straight")
    for dumps, loads in ((pickle.dumps, pickle.loads), (dill.dumps, dill.loads)):
        g = loads(dumps(f))
        assert g.pipeline == f.pipeline and g.pipeline.options["quotes"] == "straight"
        assert g.format("۱۲ “كتب”") == f.format("۱۲ “كتب”") == '12 "کتب"'


def test_formatter_takes_a_pipeline_or_a_preset_not_both():
    assert UrduCleanFormatter(digits="ascii").pipeline == Pipeline.from_preset("default", digits="ascii")
    with pytest.raises(TypeError):
        UrduCleanFormatter(SEARCH, digits="ascii")


def test_sentence_splitter():
    text = "یہ پہلا ہے۔دوسرا یہ ہے؟\n\nتیسرا"
    docs = list(UrduSentenceSplitter().run([Document(text, "x", metadata={"lang": "ur"})]))
    spans = segment(text)
    assert [(d.id, d.text) for d in docs] == [(f"x/{n}", s.text) for n, s in enumerate(spans)]
    assert [d.metadata["paragraph"] for d in docs] == [0, 0, 1]
    assert all(d.metadata["parent_id"] == "x" and d.metadata["lang"] == "ur" for d in docs)
    assert all(text[d.metadata["start"] : d.metadata["end"]] == d.text for d in docs)
    (kept,) = UrduSentenceSplitter(into="metadata").run([Document(text, "x")])
    assert kept.text == text and kept.metadata["sentences"] == [[s.start, s.end] for s in spans]


def test_example_script(tmp_path):
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "examples" / "datatrove_pipeline.py"
    spec = importlib.util.spec_from_file_location("datatrove_pipeline", path)
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    example.main(["--demo", str(tmp_path), "--tasks", "2", "--workers", "1", "--no-compression", "--sentences"])
    rows = [json.loads(x) for p in sorted((tmp_path / "clean").glob("*.jsonl"))
            for x in p.read_text(encoding="utf-8").splitlines()]
    assert {r["metadata"]["parent_id"] for r in rows} == {f"{f}-{n}" for f in range(4) for n in range(25)}
    assert any(r["text"] == "لوگ خوش ہیں" for r in rows)  # cleaned, then split at the repaired ۔
