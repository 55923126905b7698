"""urdu_clean in Hugging Face datasets: Dataset.map(batched=True, num_proc=2)."""

from __future__ import annotations

import pickle

import pytest
from documents import damaged_documents

datasets = pytest.importorskip("datasets", reason="datasets is not installed: pip install -e '.[test]'")

from urdu_clean import Pipeline, sentences  # noqa: E402
from urdu_clean.integrations.datasets import CleanBatch, clean_batch  # noqa: E402


@pytest.fixture
def offline_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", str(tmp_path / "cache"))
    return tmp_path


def test_map_with_two_processes(offline_cache):
    texts = damaged_documents() * 4
    ds = datasets.Dataset.from_dict({"id": list(range(len(texts))), "text": texts})
    ds.save_to_disk(str(offline_cache / "raw"))  # a dataset on disk, as map with num_proc usually sees
    ds = datasets.load_from_disk(str(offline_cache / "raw"))
    search = Pipeline.from_preset("search")
    out = ds.map(clean_batch("text", pipeline=search, sentences=True), batched=True, batch_size=8, num_proc=2)
    assert list(out["id"]) == list(range(len(texts)))  # none lost, order kept
    assert list(out["text"]) == [search(t) for t in texts]
    assert list(out["sentences"]) == [sentences(search(t)) for t in texts]
    assert sum(a != b for a, b in zip(list(out["text"]), texts)) > 0


def test_output_column_and_nulls():
    f = clean_batch("raw", output_column="clean", digits="ascii")
    assert f({"raw": ["۱۲ كتب", None]}) == {"clean": ["12 کتب", None]}


def test_batch_function_pickles_with_its_pipeline():
    f = CleanBatch("text", preset="search", quotes="straight")
    g = pickle.loads(pickle.dumps(f))
    assert g.pipeline == f.pipeline and g({"text": ["“كتب”"]}) == {"text": ['"کتب"']}
