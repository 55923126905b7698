"""Word walking for the word steps: what a word is, and rewriting only the words that need it.

A *word* here is a run of Arabic-script letters and vowel marks (digits, Latin letters,
punctuation, joiners and spaces end it). The word steps (``letters``, ``split-glued``) find
the places that may need them with a cheap scan, widen each place to its word with
:func:`rewrite_words`, and copy the rest of the text untouched. :func:`tokens` gives the words
that stand alone between spaces, the only ones a space repair may touch.
"""

from __future__ import annotations

import re
from _thread import _local  # (not threading's: importing threading costs start-up time)
from collections.abc import Callable, Iterable, Iterator, Mapping

from .chars import ARABIC_LETTER_CHARS, ARABIC_MARKS, URL_OR_EMAIL, may_hold_url
from .lines import lazy_re, redo_lines, trigger_lines

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time)
if TYPE_CHECKING:
    from .lexicon import Lexicon

MARKS_RE = re.compile("[" + ARABIC_MARKS + "]")  # (used below at import)
#: Every character that is part of a word: Arabic letters and Arabic combining marks.
WORD_CHARS = frozenset(ARABIC_LETTER_CHARS) | frozenset(
    c for c in map(chr, range(0x0600, 0x0900)) if MARKS_RE.match(c)
)
_WORD_CLASS = "[" + re.escape("".join(sorted(WORD_CHARS))) + "]"
#: A run of word characters (stdlib ``re``: faster than ``regex`` in the hot loops).
WORD_RE = lazy_re(_WORD_CLASS + "+")
#: Punctuation that may stand against a word without being part of it (quotes, brackets, marks).
EDGE_PUNCTUATION = "۔،؟؛!?.,;:\"'“”‘’()[]{}«»<>-–—…*٪%"
#: A word of ``n`` or more characters standing alone: between spaces or line ends, punctuation
#: from the list above allowed against it, nothing else (no digit, Latin letter or joiner).
_EDGE = re.escape(EDGE_PUNCTUATION)


def standalone_re(n: int) -> re.Pattern[str]:
    """A pattern for words of ``n`` word characters or more that stand alone (group 1: the word).

    >>> [m.group(1) for m in standalone_re(3).finditer("یہ کتاب، (قلم) abcکتاب ۱۲کتاب")]
    ['کتاب', 'قلم']
    """
    return re.compile(rf"(?:(?<=\s)|^)[{_EDGE}]*({_WORD_CLASS}{{{n},}})[{_EDGE}]*(?=\s|$)", re.MULTILINE)


def is_mark(ch: str) -> bool:
    """True for an Arabic combining mark (a vowel sign, madda, hamza above...)."""
    return MARKS_RE.match(ch) is not None


def letter_count(word: str) -> int:
    """Letters in ``word``, not counting vowel marks."""
    if word.isalpha():  # no mark (marks are not alphabetic): the common case, tested in C
        return len(word)
    return sum(1 for c in word if not MARKS_RE.match(c))


def base_before(word: str, i: int) -> str:
    """The letter before position ``i``, looking past vowel marks ("" at the start)."""
    i -= 1
    while i >= 0 and MARKS_RE.match(word[i]):
        i -= 1
    return word[i] if i >= 0 else ""


def has_letter_after(word: str, i: int) -> bool:
    """True when a letter (not only marks) follows position ``i``."""
    if word.isalpha():
        return i + 1 < len(word)
    return any(not MARKS_RE.match(c) for c in word[i + 1 :])


def cuts(word: str) -> Iterator[int]:
    """Positions where ``word`` may be cut in two: before a letter, never before a mark."""
    return (i for i in range(1, len(word)) if not MARKS_RE.match(word[i]))


def rewrite_words(text: str, starts: Iterable[int], fix: Callable[[str, int], str]) -> str:
    """Replace each word holding one of ``starts`` (sorted positions) with ``fix(word, start)``.

    ``start`` is where the word begins in ``text``; the rest of the text is copied, not
    re-examined, and a word holding several positions is fixed once.

    >>> rewrite_words("ab کتاب xy قلم", [4, 12], lambda w, at: f"<{w}>")
    'ab <کتاب> xy <قلم>'
    """
    out: list[str] = []
    done = 0  # text[:done] is already in out
    word_chars, match = WORD_CHARS, WORD_RE.match  # (locals: this loop runs once a place)
    for at in starts:
        if at < done:
            continue  # a second position in a word already rewritten
        start = at
        while start > done and text[start - 1] in word_chars:
            start -= 1
        m = match(text, at)
        end = m.end() if m else at
        out += (text[done:start], fix(text[start:end], start))
        done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def standalone_core(token: str, n: int = 1) -> tuple[str, str, str] | None:
    """``(before, word, after)`` when a whitespace-free ``token`` is one word of ``n`` characters or
    more with only edge punctuation around it; else None (digits, Latin, inner punctuation...).

    >>> standalone_core("(کتاب)،")
    ('(', 'کتاب', ')،')
    >>> standalone_core("abcکتاب") is None
    True
    """
    i, j = 0, len(token)
    while i < j and token[i] in EDGE_PUNCTUATION:
        i += 1
    while j > i and token[j - 1] in EDGE_PUNCTUATION:
        j -= 1
    core = token[i:j]
    if len(core) < n or not WORD_CHARS.issuperset(core):
        return None
    return token[:i], core, token[j:]


def rewrite_tokens(text: str, fix: Callable[[str], str | None]) -> str:
    """Replace each whitespace-delimited token for which ``fix(token)`` gives a new string.

    ``fix`` is asked once per distinct token (``str.split`` and a set do the walking in C, so
    text where nothing changes costs one pass); the tokens it changes are then replaced by
    :func:`replace_tokens`, in the pieces of the text that hold them when they are many.

    >>> rewrite_tokens("ab cd ab\\nabc", lambda t: t.upper() if t == "ab" else None)
    'AB cd AB\\nabc'
    """
    pieces = token_pieces(text)
    changes = {}
    for token in set().union(*[words for _, _, words in pieces]):
        new = fix(token)
        if new is not None and new != token:
            changes[token] = new
    return replace_tokens(text, changes, pieces=pieces)


#: The tokens of the text split-glued returned, for join-broken right after it in a pipeline,
#: which is given that very text: a text is split into tokens once, not once a step. Kept only
#: while a pipeline runs the two together (:func:`handing_on`), one pair a thread, matched by
#: identity (``is``), never by value, and taken by the step that uses it: no text is held on to.
_HANDED_ON = _local()


def handing_on(on: bool) -> None:
    """Whether :func:`hand_on_tokens` keeps what it is given (in this thread); turning it off
    drops what was kept."""
    _HANDED_ON.on = on
    _HANDED_ON.pair = None


def hand_on_tokens(text: str, tokens: set[str]) -> None:
    """Keep ``tokens``, every token of ``str.split(text)`` (and maybe more), for
    :func:`handed_tokens`, if a pipeline asked for it (:func:`handing_on`)."""
    if getattr(_HANDED_ON, "on", False):
        _HANDED_ON.pair = (text, tokens)


def handed_tokens(text: str) -> set[str] | None:
    """The tokens :func:`hand_on_tokens` kept for this very ``text`` object (a superset of its
    tokens), or None; either way nothing is kept after this.

    >>> text = "ab cd"
    >>> handing_on(True); hand_on_tokens(text, {"ab", "cd"})
    >>> handed_tokens(text) == {"ab", "cd"}, handed_tokens(text)
    (True, None)
    >>> handing_on(False)
    """
    pair = getattr(_HANDED_ON, "pair", None)
    _HANDED_ON.pair = None
    return pair[1] if pair is not None and pair[0] is text else None


#: About this many characters of text go to one piece of :func:`token_pieces`.
PIECE = 1 << 15
#: More changed tokens than this, and :func:`replace_tokens`, given the text's pieces, looks
#: for them only in the pieces that hold them. A scan of the whole text for one token took 1-2
#: ms per 5 MB of Urdu; finding the pieces that hold any of them, 10-18 ms (measured with
#: ``benchmarks/throughput.py --glued``): the pieces pay from about ten tokens on.
MANY_CHANGES = 12


def token_pieces(text: str, size: int | None = None) -> list[tuple[int, int, list[str]]]:
    """``text`` cut after a line end every ``size`` (:data:`PIECE`) characters or so: each
    piece's bounds (start, end) and its tokens (``str.split``), which together are the text's.

    >>> token_pieces("ab cd\\nef\\ngh", size=3)
    [(0, 6, ['ab', 'cd']), (6, 11, ['ef', 'gh'])]
    """
    pieces, start, n = [], 0, len(text)
    size = PIECE if size is None else size
    while start < n:
        end = text.find("\n", start + size) + 1 or n  # (a token never spans a line end)
        pieces.append((start, end, text[start:end].split()))
        start = end
    return pieces


def replace_tokens(text: str, changes: Mapping[str, str],
                   redo_line: Callable[[str, str], str] | None = None,
                   pieces: list[tuple[int, int, list[str]]] | None = None) -> str:
    """Replace each whitespace-delimited token of ``text`` that ``changes`` maps to a new string.

    Each changed token is found with ``str.find`` (a C scan) where whitespace or the text's
    edge stands on both sides: there the token is whole. A few tokens are looked for in the
    whole text, each; more than :data:`MANY_CHANGES`, given the text's ``pieces``
    (:func:`token_pieces`), only in the pieces that hold them: the cost then grows with the
    text, not with the text times the tokens. With ``redo_line``, each changed line is written
    as ``redo_line(old_line, new_line)`` gives it (the lines nothing changed in are not looked at).

    >>> replace_tokens("ab cd ab\\nabc", {"ab": "AB"})
    'AB cd AB\\nabc'
    >>> replace_tokens("ab cd\\nabc\\nab", {"ab": "AB"}, lambda old, new: f"<{new}>")
    '<AB cd>\\nabc\\n<AB>'
    """
    if not changes:
        return text
    if pieces is None or len(changes) <= MANY_CHANGES:
        regions = [(0, len(text), changes.keys())]
    else:  # (the set operations run in C; most pieces hold no changed token)
        keys = changes.keys()
        regions = [(a, b, keys & words) for a, b, words in pieces if not keys.isdisjoint(words)]
    places = []
    for start, stop, found in regions:
        for token in found:
            new = changes[token]
            at = text.find(token, start, stop)
            while at >= 0:
                end = at + len(token)
                if (at == 0 or text[at - 1].isspace()) and (end == len(text) or text[end].isspace()):
                    places.append((at, end, new))
                at = text.find(token, end, stop)
    places.sort()
    out, done = [], 0
    if redo_line is None:
        for at, end, new in places:
            out += (text[done:at], new)
            done = end
    else:
        i = 0
        while i < len(places):
            start = text.rfind("\n", done, places[i][0]) + 1 or done  # the changed line's bounds
            stop = text.find("\n", places[i][1])
            stop = len(text) if stop < 0 else stop
            line, at = [], start
            while i < len(places) and places[i][0] < stop:
                line += (text[at : places[i][0]], places[i][2])
                at = places[i][1]
                i += 1
            line.append(text[at:stop])
            out += (text[done:start], redo_line(text[start:stop], "".join(line)))
            done = stop
    out.append(text[done:])
    return "".join(out)


#: What a program reads character for character: a URL, an e-mail address, an @handle, a
#: #hashtag. A letter or digit changed in one makes another address (https://x.pk/كتاب is not
#: https://x.pk/کتاب), so the steps that change letters and digits leave them as written.
_IDENTIFIER_RE = lazy_re(
    URL_OR_EMAIL + rf"|(?<![\w@#{ARABIC_MARKS}])[@#](?:(?!https?://|www\.)(?:\w|[{ARABIC_MARKS}]))+", re.IGNORECASE
)  # (a tag ends where a URL glued to it starts: #اردوhttps://x.pk is a tag and a URL)
#: What a line holding one holds (found with ``in`` first: most text has none).
_IDENTIFIER_CUE_RE = lazy_re(r"://|www\.|[@#]\w|\.[a-z]{2,}/", re.IGNORECASE)


def _may_hold_identifier(text: str) -> bool:
    """Whether ``text`` holds what an identifier holds: a scan in C for each cue, far cheaper
    than the regex's scan."""
    return "#" in text or may_hold_url(text)


def identifier_spans(line: str) -> list[tuple[int, int]]:
    """Where the URLs, e-mail addresses, @handles and #hashtags of ``line`` stand.

    >>> line = "دیکھیں https://x.pk/كتاب اور #كتاب، @عَلي یا علي@x.pk"
    >>> [line[a:b] for a, b in identifier_spans(line)]
    ['https://x.pk/كتاب', '#كتاب', '@عَلي', 'علي@x.pk']
    """
    return [m.span() for m in _IDENTIFIER_RE.finditer(line)]


def keep_identifiers(before: str, after: str, fix: Callable[[str], str]) -> str:
    """``after`` (what a step made of ``before``, line for line) with each line that holds an
    identifier (:func:`identifier_spans`) and that the step changed made again: its identifiers
    as written, and each stretch between them as ``fix`` makes it, as a line of its own.

    >>> fix = lambda s: s.replace("ك", "ک")
    >>> keep_identifiers("ك https://x.pk/ك ك\\nك", "ک https://x.pk/ک ک\\nک", fix)
    'ک https://x.pk/ك ک\\nک'
    """
    if before == after or not _may_hold_identifier(before):
        return after
    return redo_lines(before, after, trigger_lines(before, _IDENTIFIER_CUE_RE), identifier_spans,
                      lambda line, spans: _fix_between(line, spans, fix))


#: A word as protection reads it: letters, digits and marks, whatever stands around them (**علي**).
_PROTECTED_TOKEN_RE = lazy_re(rf"(?:\w|[{ARABIC_MARKS}])+")


def keep_protected(before: str, after: str, fix: Callable[[str], str], lex: Lexicon) -> str:
    """``after`` (what a step made of ``before``, line for line) with each line that holds a word
    ``lex`` protects (as :meth:`~urdu_clean.lexicon.Lexicon.is_protected` reads words: marks
    aside) and that the step changed made again: the protected words as written, each stretch
    between them as ``fix`` makes it. A protected word inside an address is the address's, which
    ``fix`` keeps whole. Only the changed lines are read, whatever the list's length.

    >>> from urdu_clean.lexicon import Lexicon
    >>> lex = Lexicon({}, protected=["علي"], base=None)
    >>> fix = lambda s: s.replace("ي", "ی")
    >>> keep_protected("**علي** اور علوي", "**علی** اور علوی", fix, lex)
    '**علي** اور علوی'
    """
    if not lex.protected or before == after:
        return after
    old_lines, new_lines = before.split("\n"), after.split("\n")
    changed = False
    for i, (old, new) in enumerate(zip(old_lines, new_lines)):
        if old != new and (spans := _protected_spans(old, lex)):
            new_lines[i] = _fix_between(old, spans, fix)
            changed = True
    return "\n".join(new_lines) if changed else after


def _protected_spans(line: str, lex: Lexicon) -> list[tuple[int, int]]:
    spans = [m.span() for m in _PROTECTED_TOKEN_RE.finditer(line) if lex.is_protected(m[0])]
    if spans and _may_hold_identifier(line):
        addresses = identifier_spans(line)
        spans = [(a, b) for a, b in spans if not any(lo < b and a < hi for lo, hi in addresses)]
    return spans


def _fix_between(line: str, spans: list[tuple[int, int]], fix: Callable[[str], str]) -> str:
    out, done = [], 0
    for a, b in spans:
        out += (fix(line[done:a]) if done < a else "", line[a:b])
        done = b
    out.append(fix(line[done:]) if done < len(line) else "")
    return "".join(out)
