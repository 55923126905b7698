"""urdu_clean inside the engines that process corpora at scale.

One module per engine, each an optional extra that is imported only when it is used:

- :mod:`urdu_clean.integrations.datatrove`: ``UrduCleanFormatter`` and ``UrduSentenceSplitter``
  (``pip install 'urdu_clean[datatrove]'``)
- :mod:`urdu_clean.integrations.hf_datasets`: ``clean_batch`` for ``Dataset.map(batched=True)``
  (``[datasets]``)
- :mod:`urdu_clean.integrations.spark`: ``clean_column`` and ``sentences_column`` on
  ``pandas_udf`` (``[spark]``)
- :mod:`urdu_clean.integrations.spacy`: the ``urdu_sentencizer`` pipeline component (``[spacy]``)

This layer sits on top: it uses :mod:`urdu_clean.pipeline` and :mod:`urdu_clean.segment`, and
nothing in urdu_clean imports it (``import urdu_clean`` and the CLI load no engine).

Every integration takes a :class:`~urdu_clean.Pipeline` (or a preset and options, from which one
pipeline is built once, where the job is defined). The pipeline object itself is what travels to
the workers, pickled with everything it was configured with, so a worker never rebuilds it from
names and never misses a setting the parent had.

The helpers here clean many short texts at once. Every line-preserving step decides line by line
(the property ``test_lines_are_independent`` holds for each of them), so texts joined with
``"\\n"`` and cleaned in one call come out the same as cleaned one by one, at the cost of one
call instead of one per text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..pipeline import Pipeline

#: Texts cleaned in one call: large enough that the per-call cost vanishes, small enough that
#: memory stays bounded (a batch is held twice, before and after).
BATCH_CHARS = 1 << 20


def resolve(pipeline: Pipeline | None, preset: str, options: dict[str, Any]) -> Pipeline:
    """The pipeline an integration runs: the one given, or the preset's with ``options``.

    >>> resolve(None, "search", {}).options["digits"]
    'ascii'
    >>> p = Pipeline(["letters"])
    >>> resolve(p, "default", {}) is p
    True
    >>> resolve(p, "default", {"digits": "ascii"})
    Traceback (most recent call last):
    ...
    TypeError: give either a pipeline or a preset with options, not both
    """
    if pipeline is not None:
        if options or preset != "default":
            raise TypeError("give either a pipeline or a preset with options, not both")
        if not isinstance(pipeline, Pipeline):
            raise TypeError(f"pipeline must be a urdu_clean.Pipeline, not {type(pipeline).__name__}")
        return pipeline
    return Pipeline.from_preset(preset, **options)


def _batches(texts: Sequence[str], limit: int) -> Iterator[tuple[int, int]]:
    """Ranges ``[i, j)`` of ``texts`` holding about ``limit`` code points each (at least one text)."""
    i, n = 0, len(texts)
    while i < n:
        j, size = i, 0
        while j < n and (j == i or size + len(texts[j]) <= limit):
            size += len(texts[j]) + 1
            j += 1
        yield i, j
        i = j


def line_counts(texts: Sequence[str]) -> list[int]:
    """How many lines each text has (its ``\\n`` count plus one)."""
    return [t.count("\n") + 1 for t in texts]


def split_joined(joined: str, texts: Sequence[str], counts: Sequence[int] | None = None) -> list[str] | None:
    """Cut ``joined`` (the cleaned ``"\\n".join(texts)``) back into one string per text.

    ``counts`` are the texts' :func:`line_counts`, when the caller has them already. Returns
    None when the line count changed, which no line-preserving step does.

    >>> split_joined("a\\nb\\nc", ["x", "y\\nz"])
    ['a', 'b\\nc']
    >>> split_joined("a b", ["x", "y"]) is None
    True
    """
    counts = line_counts(texts) if counts is None else counts
    lines = joined.split("\n")
    if len(lines) == len(texts):  # one line each: the lines are the texts
        return lines if all(k == 1 for k in counts) else None
    if len(lines) != sum(counts):
        return None
    out, at = [], 0
    for k in counts:
        out.append(lines[at] if k == 1 else "\n".join(lines[at : at + k]))
        at += k
    return out


def clean_many(pipeline: Pipeline, texts: Sequence[str], *, batch_chars: int = BATCH_CHARS) -> list[str]:
    """``[pipeline(t) for t in texts]``, with one pipeline call per batch of texts.

    A pipeline with a step that drops lines (``boilerplate``) cleans each text on its own.

    >>> clean_many(Pipeline.from_preset("default"), ["كيا", "ہے  ؟\\nہاں"]) == ["کیا", "ہے؟\\nہاں"]
    True
    """
    if not pipeline.line_local:
        return [pipeline(t) for t in texts]
    out: list[str] = []
    for i, j in _batches(texts, batch_chars):
        part = texts[i:j]
        cleaned = split_joined(pipeline("\n".join(part)), part) if j - i > 1 else [pipeline(part[0])]
        out.extend(cleaned if cleaned is not None else [pipeline(t) for t in part])
    return out
