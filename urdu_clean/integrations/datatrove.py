"""urdu_clean as datatrove pipeline steps: a formatter that cleans, a splitter into sentences.

``pip install 'urdu_clean[datatrove]'``, then put the formatter between a reader and a writer::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from urdu_clean.integrations.datatrove import UrduCleanFormatter

    LocalPipelineExecutor(
        [JsonlReader("raw/"), UrduCleanFormatter(preset="web"), JsonlWriter("clean/")],
        tasks=8, workers=2, logging_dir="logs/",
    ).run()

The formatter holds one :class:`~urdu_clean.Pipeline`, built where the job is defined and pickled
to every worker with all it was configured with. It cleans documents in batches (one pipeline
call per batch of short documents) and records in datatrove's stats how many documents it saw,
how many it changed, and how many each step changed (``changed_by_<step>``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.utils.batching import batched

from ..pipeline import Pipeline
from ..segment import segment
from ..segment_rules import SegmentRules
from . import BATCH_CHARS, _batches, line_counts, resolve, split_joined


class UrduCleanFormatter(BaseFormatter):
    """Clean ``Document.text`` with a urdu_clean pipeline.

    Give either ``pipeline`` (a configured :class:`~urdu_clean.Pipeline`) or a ``preset`` with
    step options (``UrduCleanFormatter(preset="search")``, ``UrduCleanFormatter(digits="ascii")``).
    ``batch_size`` documents are read at a time and cleaned in as few pipeline calls as their
    size allows; ``step_stats=False`` skips the per-step counts (a little faster).

    >>> from datatrove.data import Document
    >>> f = UrduCleanFormatter()
    >>> [d.text for d in f.run([Document("كيا  ہے", "1"), Document("ٹھیک ہے", "2")])] == ["کیا ہے", "ٹھیک ہے"]
    True
    >>> f.stats["changed"].total, f.stats["changed_by_letters"].total, f.stats["changed_by_whitespace"].total
    (1, 1, 1)
    """

    name = "🧹 urdu_clean"

    def __init__(
        self,
        pipeline: Pipeline | None = None,
        preset: str = "default",
        *,
        batch_size: int = 1000,
        step_stats: bool = True,
        **options: Any,
    ) -> None:
        super().__init__()
        self.pipeline = resolve(pipeline, preset, options)
        self.batch_size = batch_size
        self.step_stats = step_stats

    def format(self, text: str) -> str:
        """One text, cleaned (datatrove's formatter interface)."""
        return self.pipeline(text)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for docs in batched(data, self.batch_size):
            with self.track_time(unit="batch"):
                before = [d.text for d in docs]
                after, by_step = self._clean(before)
                changed = 0
                for doc, old, new in zip(docs, before, after):
                    if new != old:
                        doc.text = new
                        changed += 1
            self.stat_update("total", value=len(docs), unit="batch")
            self.stat_update("changed", value=changed, unit="batch")
            for step in self.pipeline.steps if self.step_stats else ():
                self.stat_update(f"changed_by_{step}", value=by_step[step], unit="batch")
            yield from docs

    def _clean(self, texts: list[str]) -> tuple[list[str], Counter[str]]:
        """The texts cleaned, and how many of them each step changed."""
        by_step: Counter[str] = Counter()
        if not self.pipeline.line_local:
            return [self._one(t, by_step) for t in texts], by_step
        out: list[str] = []
        for i, j in _batches(texts, BATCH_CHARS):
            part = texts[i:j]
            counts: Counter[str] = Counter()
            cleaned = self._joined(part, counts) if j - i > 1 else [self._one(part[0], counts)]
            if cleaned is None:  # a step changed the line count: clean one by one instead
                counts.clear()
                cleaned = [self._one(t, counts) for t in part]
            by_step.update(counts)
            out.extend(cleaned)
        return out, by_step

    def _one(self, text: str, counts: Counter[str]) -> str:
        if not self.step_stats:
            return self.pipeline(text)
        for step, new in self.pipeline.stages(text):
            if new != text:
                counts[step] += 1
                text = new
        return text

    def _joined(self, texts: Sequence[str], counts: Counter[str]) -> list[str] | None:
        """Clean ``texts`` joined by newlines in one run; None if the line count changed."""
        joined = "\n".join(texts)
        lines = line_counts(texts)
        if not self.step_stats:
            return split_joined(self.pipeline(joined), texts, lines)
        docs: Sequence[str] | None = texts
        for step, new in self.pipeline.stages(joined):
            if new == joined:
                continue
            previous, docs = docs, split_joined(new, texts, lines)
            if docs is None:
                return None
            counts[step] += sum(a != b for a, b in zip(previous, docs))
            joined = new
        return list(docs)


class UrduSentenceSplitter(PipelineStep):
    """Split each document into sentences with :func:`urdu_clean.segment`.

    ``into="documents"`` (the default) yields one document per sentence, with the id
    ``"<document id>/<n>"`` and the document's metadata plus ``parent_id``, ``sentence`` (n),
    ``paragraph``, ``start`` and ``end`` (offsets in the document's text).
    ``into="metadata"`` keeps the documents and stores ``[start, end]`` pairs in
    ``metadata["sentences"]``. Put it after :class:`UrduCleanFormatter`: splitting does not clean.

    >>> from datatrove.data import Document
    >>> [(d.id, d.text) for d in UrduSentenceSplitter().run([Document("ہاں۔ نہیں؟", "a")])]
    [('a/0', 'ہاں۔'), ('a/1', 'نہیں؟')]
    """

    type = "✂️ - FORMAT"
    name = "🔪 urdu_clean sentences"

    def __init__(
        self,
        *,
        into: str = "documents",
        wrapped: bool = False,
        comma: bool = False,
        rules: SegmentRules | None = None,
    ) -> None:
        super().__init__()
        if into not in ("documents", "metadata"):
            raise ValueError(f"into must be 'documents' or 'metadata', not {into!r}")
        self.into = into
        self.options: dict[str, Any] = {"wrapped": wrapped, "comma": comma}
        if rules is not None:
            self.options["rules"] = rules

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                spans = segment(doc.text, **self.options)
            self.stat_update("sentences", value=len(spans))
            if self.into == "metadata":
                doc.metadata["sentences"] = [[s.start, s.end] for s in spans]
                yield doc
                continue
            for n, s in enumerate(spans):
                meta = dict(doc.metadata, parent_id=doc.id, sentence=n, paragraph=s.paragraph,
                            start=s.start, end=s.end)
                yield Document(text=s.text, id=f"{doc.id}/{n}", metadata=meta)
