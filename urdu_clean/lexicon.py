"""Urdu word frequencies, for the repairs that position alone cannot decide.

The built-in list is wordfreq's Urdu list (about 23,000 forms; data CC BY-SA 4.0). It is loaded
the first time a step asks for a frequency, never at ``import urdu_clean``. Words are looked up
without their vowel marks, as the list stores them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from .chars import strip_marks


@functools.lru_cache(maxsize=1)
def _wordfreq_urdu() -> Mapping[str, float]:
    import wordfreq  # deferred: only the steps that consult a word list pay for it

    return wordfreq.get_frequency_dict("ur")


def frequency(word: str) -> float:
    """Relative frequency of ``word`` in Urdu text (0.0 when unknown).

    >>> frequency("میں") > frequency("مےں") == 0.0
    True
    """
    return _wordfreq_urdu().get(strip_marks(word), 0.0)
