"""A spaCy pipeline component that sets sentence boundaries with :func:`urdu_clean.segment`.

``pip install 'urdu_clean[spacy]'``; the component is registered through spaCy's
``spacy_factories`` entry point, so no import is needed::

    import spacy
    from urdu_clean import clean

    nlp = spacy.blank("ur")
    nlp.add_pipe("urdu_sentencizer")           # config: {"wrapped": True} for hard-wrapped text
    doc = nlp(clean(text))                       # spaCy never changes the text: clean it first
    [s.text for s in doc.sents]

A sentence that starts inside a token (spaCy's Urdu tokenizer keeps "ہے۔دوسرا" whole) gets the
token split at the boundary, so every sentence starts on a token: ``doc.sents`` then give the
same starts as :func:`~urdu_clean.segment`. Whitespace tokens between sentences belong to the
sentence before them (and any before the first sentence to the first).
"""

from __future__ import annotations

import bisect
import itertools

from spacy.language import Language
from spacy.tokens import Doc

from ..segment import segment
from ..segment_rules import SegmentRules


class UrduSentencizer:
    """Set ``token.is_sent_start`` on every token from :func:`urdu_clean.segment`.

    >>> import spacy
    >>> nlp = spacy.blank("ur")
    >>> _ = nlp.add_pipe("urdu_sentencizer")
    >>> [s.text for s in nlp("یہ پہلا ہے۔دوسرا یہ ہے؟ “کیا؟” اس نے پوچھا۔").sents]
    ['یہ پہلا ہے۔', 'دوسرا یہ ہے؟', '“کیا؟” اس نے پوچھا۔']
    """

    def __init__(self, name: str = "urdu_sentencizer", *, wrapped: bool = False, comma: bool = False,
                 rules: SegmentRules | None = None) -> None:
        self.name = name
        self.wrapped = wrapped
        self.comma = comma
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        options = {"rules": self.rules} if self.rules is not None else {}
        starts = [s.start for s in segment(doc.text, wrapped=self.wrapped, comma=self.comma, **options)]
        _split_at(doc, starts)
        if starts:
            starts[0] = 0  # whitespace before the first sentence belongs to it
        k = 0  # starts[:k] are placed
        for token in doc:
            first = k < len(starts) and starts[k] <= token.idx
            while k < len(starts) and starts[k] <= token.idx:
                k += 1
            token.is_sent_start = first or token.i == 0
        return doc

    def pipe(self, docs, batch_size: int = 128):  # noqa: ANN001, ANN201 (spaCy's interface)
        for doc in docs:
            yield self(doc)


def _split_at(doc: Doc, starts: list[int]) -> None:
    """Split every token that a sentence start falls inside, at that start."""
    cuts: list[tuple[int, list[int]]] = []
    for token in doc:
        lo, hi = token.idx, token.idx + len(token.text)
        inside = starts[bisect.bisect_right(starts, lo) : bisect.bisect_left(starts, hi)]
        if inside:
            cuts.append((token.i, [s - lo for s in inside]))
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, offsets in cuts:
            token = doc[i]
            bounds = [0, *offsets, len(token.text)]
            pieces = [token.text[a:b] for a, b in itertools.pairwise(bounds)]
            # no parse to keep: each piece heads itself
            retokenizer.split(token, pieces, heads=[(token, n) for n in range(len(pieces))])


@Language.factory(
    "urdu_sentencizer",
    default_config={"wrapped": False, "comma": False},
    assigns=["token.is_sent_start", "doc.sents"],
)
def make_urdu_sentencizer(nlp: Language, name: str, wrapped: bool, comma: bool) -> UrduSentencizer:
    """spaCy's factory for :class:`UrduSentencizer` (``nlp.add_pipe("urdu_sentencizer")``)."""
    return UrduSentencizer(name, wrapped=wrapped, comma=comma)
