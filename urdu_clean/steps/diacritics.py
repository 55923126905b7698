"""``diacritics``: doubled vowel marks, and stripping them for search."""

from __future__ import annotations

from ..chars import ARABIC_MARKS, LETTER_MARKS, compose_line
from ..lines import fix_lines, lazy_re, lazy_regex

_MARK = "[" + ARABIC_MARKS + "]"
_DOUBLED_RE = lazy_regex(rf"({_MARK})\1+")
_PAIR_RE = lazy_re(_MARK * 2)
#: Vowel marks: every Arabic mark except those that spell a letter (madda, hamza, superscript alef).
_VOWEL_MARKS_RE = lazy_regex(rf"(?V1)[[{ARABIC_MARKS}]--[{LETTER_MARKS}]]+")
_ALL_MARKS_RE = lazy_regex(_MARK + "+")

MODES = ("keep", "strip", "strip-all")


def diacritics(text: str, *, diacritics: str = "keep") -> str:
    """Tidy or remove Arabic vowel marks (harakat).

    - ``keep`` (default): a mark written twice in a row is written once; marks stay in NFC's
      canonical order (the ``unicode`` step's work), nothing else changes.
    - ``strip``: remove the vowel marks (zabar, zer, pesh, tanwin, shadda, jazm and the Quranic
      signs) but keep what spells a letter: the madda, the hamza and the superscript alef of
      words such as زکوٰۃ. Precomposed letters (آ ۂ ۓ ؤ ئ) are letters and stay as they are.
    - ``strip-all``: remove every Arabic combining mark, the superscript alef included.

    >>> diacritics("کُتُب") == "کُتُب" and diacritics("کُُتب") == "کُتب"
    True
    >>> diacritics("زکوٰۃ اَور", diacritics="strip") == "زکوٰۃ اور"
    True
    >>> diacritics("زکوٰۃ", diacritics="strip-all") == "زکوۃ"
    True
    """
    if diacritics == "keep":  # doubled marks are rare: rewrite only lines with two marks in a row
        return fix_lines(text, _PAIR_RE, _undouble)
    if diacritics == "strip":
        pattern = _VOWEL_MARKS_RE
    elif diacritics == "strip-all":
        pattern = _ALL_MARKS_RE
    else:
        raise ValueError(f"diacritics must be one of {', '.join(MODES)}, not {diacritics!r}")
    # only the lines that lose a mark are recomposed: a line without one is not this step's business
    return fix_lines(text, pattern, lambda line: compose_line(pattern.sub("", line)))


def _undouble(line: str) -> str:
    # canonical order first: a doubled mark may stand apart until NFC sorts it next to its twin
    return compose_line(_DOUBLED_RE.sub(r"\1", compose_line(line)))
