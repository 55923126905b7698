"""A batch function for Hugging Face ``datasets``: ``Dataset.map(clean_batch("text"), batched=True)``.

``pip install 'urdu_clean[datasets]'``::

    from datasets import load_dataset
    from urdu_clean.integrations.datasets import clean_batch

    ds = load_dataset("json", data_files="urdu.jsonl", split="train")
    ds = ds.map(clean_batch("text", preset="web"), batched=True, num_proc=4)
    ds = ds.map(clean_batch("text", sentences=True), batched=True)   # and a "sentences" column

The function object holds one :class:`~urdu_clean.Pipeline`, pickled to each of ``num_proc``
processes; ``datasets`` also hashes it for its cache, so a different pipeline is a different
cache entry. This module does not import ``datasets`` itself: the function works on any
``dict`` of columns, as ``map(batched=True)`` passes them.
"""

from __future__ import annotations

from typing import Any

from ..pipeline import Pipeline
from ..segment import sentences as split_sentences
from . import clean_many, resolve


class CleanBatch:
    """Clean one text column of a batch; optionally add the cleaned text's sentences.

    Returns only the columns it writes, so ``map`` keeps every other column. ``None`` stays
    ``None`` (and has no sentences: ``[]``).

    >>> f = CleanBatch("text", sentences=True)
    >>> out = f({"text": ["ہاں  ۔نہیں", None], "id": [1, 2]})
    >>> out == {"text": ["ہاں۔ نہیں", None], "sentences": [["ہاں۔", "نہیں"], []]}
    True
    """

    def __init__(
        self,
        column: str = "text",
        *,
        pipeline: Pipeline | None = None,
        preset: str = "default",
        output_column: str | None = None,
        sentences: bool = False,
        sentences_column: str = "sentences",
        wrapped: bool = False,
        **options: Any,
    ) -> None:
        self.column = column
        self.pipeline = resolve(pipeline, preset, options)
        self.output_column = output_column or column
        self.sentences = sentences
        self.sentences_column = sentences_column
        self.wrapped = wrapped

    def __call__(self, batch: dict[str, list[Any]]) -> dict[str, list[Any]]:
        texts = batch[self.column]
        present = [i for i, t in enumerate(texts) if t is not None]
        cleaned: list[str | None] = list(texts)
        if len(present) == len(texts):
            cleaned = clean_many(self.pipeline, texts)
        else:
            for i, text in zip(present, clean_many(self.pipeline, [texts[i] for i in present])):
                cleaned[i] = text
        out: dict[str, list[Any]] = {self.output_column: cleaned}
        if self.sentences:
            out[self.sentences_column] = [
                [] if t is None else split_sentences(t, wrapped=self.wrapped) for t in cleaned
            ]
        return out

    def __repr__(self) -> str:
        return f"CleanBatch({self.column!r}, pipeline={self.pipeline!r})"


def clean_batch(column: str = "text", *, pipeline: Pipeline | None = None, preset: str = "default",
                **options: Any) -> CleanBatch:
    """The batch function for ``Dataset.map(..., batched=True)``; see :class:`CleanBatch`.

    ``options`` are the step options (``digits="ascii"``) and ``output_column``, ``sentences``,
    ``sentences_column``, ``wrapped``.

    >>> clean_batch("body", preset="search")({"body": ["۱۲ كتابيں"]}) == {"body": ["12 کتابیں"]}
    True
    """
    return CleanBatch(column, pipeline=pipeline, preset=preset, **options)
