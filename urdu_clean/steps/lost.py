"""``lost-letters``: a ``?`` or U+FFFD inside an Urdu word is a letter lost in a code-page conversion.

Text that went through a code page without the letter (or mark) puts ``?`` or the replacement
character U+FFFD in its place: "ا?غاز" is "آغاز" written ا + MADDA ABOVE + غاز, its madda lost.
The step tries every Urdu letter and mark in the gap and repairs the word when exactly one
reading is a well-attested word, far more frequent than every other; otherwise the word stays as
it is and ``--explain`` notes it with its likeliest readings. A ``?`` that ends a word is a
question mark, not a lost letter, and is left to ``punctuation``.
"""

from __future__ import annotations

from ..chars import ARABIC_LETTER, ARABIC_MARKS, compose_line
from ..config import DEFAULT_CONFIG, Config
from ..lexicon import Lexicon
from ..lines import lazy_regex
from ..words import identifier_spans, is_mark, keep_identifiers
from .letters import spell_word

#: What may have been lost: the letters of Urdu and the marks that spell a letter (madda, hamza).
CANDIDATES = tuple(
    "\u0621\u0627\u0628\u067e\u062a\u0679\u062b\u062c\u0686\u062d\u062e\u062f\u0688\u0630\u0631\u0691"
    "\u0632\u0698\u0633\u0634\u0635\u0636\u0637\u0638\u0639\u063a\u0641\u0642\u06a9\u06af\u0644\u0645"
    "\u0646\u06ba\u0648\u06c1\u06be\u0626\u06cc\u06d2\u0622\u0624\u06c2\u06c3"
) + ("\u0653", "\u0654")  # MADDA ABOVE, HAMZA ABOVE: only where they compose (آ ئ ؤ ۂ ۓ)
#: The repaired word must be seen this often ...
MIN_COUNT = 10
#: ... and this many times more often than the next reading.
MARGIN = 20.0
#: A word with more gaps than this is not guessed at (the readings multiply).
MAX_GAPS = 1

_LOST = "?\ufffd"
_HAMZA = "\u0621"  # ARABIC LETTER HAMZA
#: A ``?`` or U+FFFD with an Arabic letter (maybe with its marks) right before it and an Arabic
#: letter after it. Marks alone before it open no word: they may follow a joiner that
#: ``invisibles`` kept because no Arabic letter stood beside it, and a letter put in the gap
#: would make the next run drop it. Marks may stand after the gap too (the lost letter's own
#: vowel, "م?ْڑ"): a step after this one may strip them, and the gap must read the same then.
_GAP_RE = lazy_regex(rf"(?<={ARABIC_LETTER}[{ARABIC_MARKS}]*)[?\ufffd](?=[{ARABIC_MARKS}]*{ARABIC_LETTER})")
#: The word around a gap: Arabic letters, marks and gaps (not the Arabic punctuation after it,
#: which ``punctuation`` makes of a Latin mark: "?" and "؟" after a word must read alike; nor
#: two or more ? in a row, which it makes a doubled ؟ that ends the word: "وہ??ی?ب").
_WORD_RE = lazy_regex(rf"(?:{ARABIC_LETTER}|[{ARABIC_MARKS}]|(?<![?\ufffd])[?\ufffd](?![?\ufffd]))+")
_ARABIC_RE = lazy_regex(rf"{ARABIC_LETTER}|[{ARABIC_MARKS}]")


def _readings(word: str, lex: Lexicon) -> list[tuple[int, str]]:
    at = next(i for i, c in enumerate(word) if c in _LOST)
    found = {}
    for c in CANDIDATES:
        reading = compose_line(word[:at] + c + word[at + 1 :])
        if c in "\u0653\u0654" and c in reading:
            continue  # a mark that spells no letter here: not a lost letter
        found[reading] = lex.count(reading)
    return sorted(((n, r) for r, n in found.items()), reverse=True)


_MARK_CHARS = "".join(c for c in map(chr, range(0x0600, 0x0900)) if is_mark(c))


def _ending(word: str) -> int:
    """Where the question marks that end ``word`` start, vowel marks after them or not ("ا?غاز?ّ":
    the shadda is typed after the question mark, which punctuation makes "؟"); ``len(word)`` if
    none does. One pass from the end."""
    tail = len(word.rstrip(_MARK_CHARS + _LOST))
    return next((k for k in range(tail, len(word)) if word[k] in _LOST), len(word))


def _repair(word: str, lex: Lexicon, source: str = "typed") -> str:
    ending = _ending(word)
    if ending < len(word):  # a "?" ending the word is its question mark (and "؟" once punctuation has run)
        return _repair(word[:ending], lex, source) + word[ending:]
    if not 0 < sum(word.count(c) for c in _LOST) <= MAX_GAPS or lex.is_protected(word):
        return word
    memo = lex.memo(f"lost-letters:{source}")
    if word not in memo:
        readings = _readings(word, lex)
        (best, reading), (second, _) = readings[0], readings[1]
        # the word put back is spelt as letters spells it (ھ?نے → ہونے, not ھونے)
        memo[word] = spell_word(reading, lex, source) if best >= MIN_COUNT and best >= MARGIN * max(second, 1) else word
    return memo[word]


def lost_letters(text: str, *, source: str = "typed", config: Config = DEFAULT_CONFIG) -> str:
    """Put back a letter that a code page lost as ``?`` or U+FFFD inside an Urdu word.

    >>> lost_letters("ا?غاز ہو گیا")
    'آغاز ہو گیا'
    >>> lost_letters("پاکست\\ufffdن")
    'پاکستان'
    >>> lost_letters("کیا?")  # a question mark, for punctuation
    'کیا?'

    The word put back is spelt as ``letters`` (with the same ``source``) spells it. URLs,
    e-mail addresses, @handles and #hashtags are left as written.
    """
    if "?" not in text and "\ufffd" not in text:
        return text
    # (a ? in a URL starts its query: https://x.pk/ا?غاز is left as written)
    return keep_identifiers(text, _lost_letters(text, source, config.lexicon),
                            lambda part: _lost_letters(part, source, config.lexicon))


def _lone_gap(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a ``?`` or U+FFFD with none beside it (two or more are a doubled ؟)."""
    return text[i] in _LOST and not (i > 0 and text[i - 1] in _LOST) and not (i + 1 < len(text) and text[i + 1] in _LOST)


def _lost_letters(text: str, source: str, lex: Lexicon) -> str:
    out: list[str] = []
    done = 0
    for gap in _GAP_RE.finditer(text):
        if gap.start() < done:
            continue
        start = gap.start()
        while start > done and (_ARABIC_RE.match(text[start - 1]) or _lone_gap(text, start - 1)):
            if text[start - 1] == _HAMZA and start >= 2 and text[start - 2].isdigit():
                break  # a year's sign (۲۰۲۴ء): the word starts after it, as once script-spacing spaces it
            start -= 1
        while text[start] in _LOST:
            start += 1  # a "?" opening the word is a question mark before it, not a gap ("کا ?ا?غاز")
        m = _WORD_RE.match(text, start)
        end = m.end() if m else gap.end()
        out.append(text[done:start])
        out.append(_repair(text[start:end], lex, source))
        done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def lost_letters_notes(text: str, *, line_base: int = 0, source: str = "typed",
                       config: Config = DEFAULT_CONFIG) -> list[str]:
    """The words with a lost letter that the step would not guess, with their likeliest readings."""
    if "?" not in text and "\ufffd" not in text:
        return []
    lex = config.lexicon
    notes = []
    for number, line in enumerate(text.split("\n"), line_base + 1):
        addresses = identifier_spans(line) if "?" in line or "\ufffd" in line else []
        for gap in _GAP_RE.finditer(line):
            if any(a <= gap.start() < b for a, b in addresses):
                continue  # (the step leaves a URL as written: a ? there starts its query)
            m = None
            for m in _WORD_RE.finditer(line):
                if m.start() <= gap.start() < m.end():
                    break
            word = m.group().lstrip(_LOST) if m else ""  # (a ? opening it is a question mark, as the step reads it)
            if word and _repair(word, lex, source) == word:
                guesses = [r for n, r in _readings(word, lex)[:3] if n] if sum(map(word.count, _LOST)) == 1 else []
                hint = f"; it may be {' or '.join(guesses)}" if guesses else ""
                notes.append(f"line {number}:{gap.start() + 1}: {line[gap.start()]!r} inside the word {word!r}: "
                             f"a letter lost to an encoding{hint}")
    return notes
