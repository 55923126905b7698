"""Sentence segmentation: spans over the text as it is, damaged punctuation included.

Splitting does not clean: offsets point into the string the caller holds. The spans cover every
character that is not whitespace, and only whitespace lies between two sentences, so joining the
sentences with the gaps between them gives the input back.

Boundaries come from punctuation (۔ ؟ ! and their Latin look-alikes) and from layout (line
breaks, blank lines). The word lists in :mod:`urdu_clean.segment_rules` only veto a boundary
(abbreviations, initials, a reporting clause after a quotation). Every decision looks at a
bounded window around one mark, so the time is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

import regex

from .segment_rules import MAX_REPORTING_WORDS, SegmentRules

DEFAULT_RULES = SegmentRules()


@dataclass(frozen=True)
class Sentence:
    """One sentence: its text and where it stands in the text that was split.

    ``start`` and ``end`` are code-point offsets (``text[start:end] == sentence.text``);
    ``paragraph`` counts the blank-line-separated paragraphs from 0.
    """

    text: str
    start: int
    end: int
    paragraph: int


#: A run of sentence marks and the closing quotes and brackets that belong to the sentence.
#: (Plain character classes: no pattern here can backtrack.)
_TERMINATOR_RE = re.compile(r"(?:[۔؟!?.…।]+|-)[”’\"'»)\]}]*")
_TERMINATOR_OR_COMMA_RE = re.compile(r"(?:[۔؟!?.…।]+|-|[،,])[”’\"'»)\]}]*")
_CLOSERS = "”’\"'»)]}"
_ARABIC_LETTER_RE = regex.compile(r"(?=\p{L})\p{Script=Arabic}")
_LATIN_UPPER_RE = regex.compile(r"\p{Lu}")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+")
_DIGITS = re.compile(r"[0-9۰-۹٠-٩]+")
_NEXT_MARK_RE = re.compile(r"[۔؟!?.]")
#: How far a decision may look back or ahead, in code points.
WINDOW = 80


def _glued_again(text: str, i: int, hi: int) -> bool:
    """Whether the token that goes on at ``i`` holds another mark glued between two letters."""
    ceiling = min(hi, i + WINDOW)
    j = i
    while j < ceiling and not text[j].isspace():
        if text[j] in "۔." and j + 1 < ceiling and text[j + 1].isalpha():
            return True
        j += 1
    return False


def _arabic_letter(ch: str) -> bool:
    return bool(ch) and _ARABIC_LETTER_RE.match(ch) is not None


def _token_before(text: str, i: int, lo: int) -> tuple[str, int]:
    """The word that ends at ``i`` (a mark stands at ``i``) and where it starts."""
    j = i
    floor = max(lo, i - WINDOW)
    while j > floor and not text[j - 1].isspace():
        j -= 1
    return text[j:i], j


def _word_after(text: str, i: int, hi: int) -> tuple[str, int]:
    """The next word from ``i`` on (past whitespace), and where it ends."""
    ceiling = min(hi, i + WINDOW)
    while i < ceiling and text[i].isspace():
        i += 1
    j = i
    while j < ceiling and not text[j].isspace():
        j += 1
    return text[i:j], j


class _Splitter:
    def __init__(self, text: str, rules: SegmentRules, comma: bool) -> None:
        self.text = text
        self.rules = rules
        self.terminators = _TERMINATOR_OR_COMMA_RE if comma else _TERMINATOR_RE
        maybe = "://" in text or "@" in text or "www." in text
        self.urls = [m.span() for m in _URL_RE.finditer(text)] if maybe else []
        self.url_starts = [lo for lo, _ in self.urls]

    def in_url(self, i: int) -> bool:
        """Whether position ``i`` is inside a URL or e-mail address (its last character excluded)."""
        k = bisect.bisect_right(self.url_starts, i) - 1
        return k >= 0 and i < self.urls[k][1] - 1

    def ends(self, lo: int, hi: int) -> list[int]:
        """Sentence ends inside the block ``text[lo:hi]`` (its own end not included)."""
        out = []
        for m in self.terminators.finditer(self.text, lo, hi):
            if m.end() < hi and self.is_boundary(m, lo, hi):
                out.append(m.end())
        return out

    def is_boundary(self, m: re.Match[str], lo: int, hi: int) -> bool:
        text, rules = self.text, self.rules
        run = m[0].rstrip(_CLOSERS)
        closed = len(run) < len(m[0])
        start, end = m.start(), m.end()
        before = text[start - 1] if start > lo else ""
        after = text[end]
        if self.in_url(start):
            return False
        if run in "،,":  # a comma, when the caller splits on commas
            return after.isspace() and (run == "،" or _arabic_letter(before))
        if run == "-":
            # a hyphen after an Urdu word and before the next one, as Urdu converted from Hindi
            # writes the danda ("جا رہا ہے - گھنے"); "2001 - 2002", "AS - B350" and "B-3" are not
            word, _ = _token_before(text, start, lo)
            if not word.strip():
                word, _ = _token_before(text, start - len(text[lo:start]) + len(text[lo:start].rstrip()), lo)
            word = word.rstrip(_CLOSERS + " ")
            nxt, _ = _word_after(text, end, hi)
            return after.isspace() and bool(word) and _arabic_letter(word[-1]) and bool(nxt) and _arabic_letter(nxt[0])
        if "…" in run or (len(run) >= 3 and set(run) <= set("۔.")):
            return False  # an ellipsis inside a sentence
        urdu_before = _arabic_letter(before) or (before.isdigit() and not before.isascii())
        if not after.isspace():
            # a mark glued to the next word: a boundary only between Urdu words ("گے۔یہ")
            glued_urdu = _arabic_letter(after) and (urdu_before or "۔" in run or "؟" in run)
            # or a number starting the next sentence: "ہے۔2 اہم ارکان"
            glued_number = after.isdigit() and _arabic_letter(before) and ("۔" in run or "؟" in run)
            if not (glued_urdu or glued_number) or (run in ".۔" and before.isdigit()):
                return False
            if _glued_again(text, end, hi):
                return False  # "چۓۓپ۔نئچ۔ئن": marks glued inside one token are not sentence ends
        token, token_start = _token_before(text, start, lo)
        token = token.lstrip("\"'“‘«([{")
        if run in (".", "۔", "..", "۔۔", "۔.", ".۔"):
            if not self.full_stop_ends(token, token_start, start, end, lo, hi, urdu_before):
                return False
        elif run in ("?", "!") and not (urdu_before or before in _CLOSERS):
            # Latin ? and ! end an English sentence when a new one visibly starts
            nxt, _ = _word_after(text, end, hi)
            if nxt and not (_LATIN_UPPER_RE.match(nxt[0]) or _arabic_letter(nxt[0]) or nxt[0].isdigit()
                            or nxt[0] in "\"“'‘(["):
                return False
        if closed and self.reporting_clause_follows(end, hi):
            return False
        return True

    def full_stop_ends(self, token: str, token_start: int, start: int, end: int, lo: int, hi: int,
                       urdu_before: bool) -> bool:
        text, rules = self.text, self.rules
        line_start = text.rfind("\n", lo, token_start) + 1 or lo
        if _DIGITS.fullmatch(token) and not text[line_start:token_start].strip():
            return False  # a list number: "۱۔ آٹا", "2. چینی"
        if urdu_before or (token and _arabic_letter(token[-1])):
            word = token.rstrip(_CLOSERS)
            if sum(1 for c in word if _arabic_letter(c)) == 1 and len(word) == 1:
                return False  # a single letter: an abbreviation ("ص۔" for صفحہ)
            if word in rules.letter_names:
                return not self.inside_initials(word, token_start, end, lo, hi)
            return not rules.is_abbreviation(word)
        # a Latin word, a number or a symbol before '.': an English-style full stop
        word = token.rstrip(_CLOSERS)
        if rules.is_abbreviation(word) or "." in word.rstrip("."):
            return False  # Dr.  e.g.  U.S.
        if len(word) == 1 and word.isalpha() and word.isupper():
            return False  # an initial: "J. Smith"
        nxt, _ = _word_after(text, end, hi)
        if nxt and nxt[0].islower() and nxt[0].isascii():
            return False  # the English sentence goes on
        return True

    def inside_initials(self, word: str, token_start: int, end: int, lo: int, hi: int) -> bool:
        """Whether the mark after ``word`` (a letter name) is inside a run of initials."""
        text, rules = self.text, self.rules
        nxt, nxt_end = _word_after(text, end, hi)
        if nxt[:-1] in rules.letter_names and nxt[-1:] in ("۔", "."):
            return True  # another initial follows: "پی۔ ٹی۔"
        # the last initial of a run: the run may belong to a name or be the subject going on
        words = text[max(lo, token_start - WINDOW) : token_start].split()
        i = len(words)
        while i > 0 and words[i - 1][:-1] in rules.letter_names and words[i - 1][-1:] in ("۔", "."):
            i -= 1
        initials = len(words) - i + 1
        if i > 0 and words[i - 1] in rules.titles:
            return True  # "ڈاکٹر ایس۔ ایم۔ خان"
        # a run of two or more ("پی۔ ٹی۔ آئی۔ نے کہا", "ایس۔ ای۔ سی۔ پی۔ کرے گا"): Urdu puts the
        # verb last, so a sentence hardly ends on an acronym; one letter name alone may be a verb
        # ("اس نے چائے پی۔") and ends the sentence unless a title stands before it
        return initials >= 2

    def reporting_clause_follows(self, end: int, hi: int) -> bool:
        """After a closed quotation: whether a short reporting clause ("انہوں نے پوچھا۔") follows."""
        text = self.text
        ceiling = min(hi, end + WINDOW)
        m = _NEXT_MARK_RE.search(text, end, ceiling)
        clause = text[end : m.start() if m else ceiling].split()
        if not clause or len(clause) > MAX_REPORTING_WORDS:
            return False
        if m is None and ceiling < hi:
            return False  # the clause runs on past the window: not a short reporting clause
        return clause[-1].rstrip("،,") in self.rules.speech_verbs


def _blocks(text: str, wrapped: bool):
    """Yield (start, end, paragraph) of each block: a line, or with ``wrapped`` a paragraph."""
    paragraph, pos, n = 0, 0, len(text)
    block_start = None
    seen_text = False
    blank_since = False
    while pos <= n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        if text[pos:line_end].strip():
            if blank_since and seen_text:
                paragraph += 1
            blank_since = False
            seen_text = True
            if not wrapped:
                yield pos, line_end, paragraph
            elif block_start is None:
                block_start = pos
        else:
            blank_since = True
            if wrapped and block_start is not None:
                yield block_start, pos - 1, paragraph
                block_start = None
        if nl < 0:
            break
        pos = nl + 1
    if wrapped and block_start is not None:
        yield block_start, n, paragraph


def segment(text: str, *, wrapped: bool = False, comma: bool = False,
            rules: SegmentRules = DEFAULT_RULES) -> list[Sentence]:
    """Split ``text`` into sentences with their offsets; nothing is cleaned, nothing is lost.

    - Every line break ends a sentence (headlines, list items, verse); with ``wrapped=True`` a
      single line break inside a paragraph is a space (hard-wrapped or OCR text) and only a blank
      line ends the paragraph. A paragraph's last sentence needs no mark.
    - ۔ ؟ ! end a sentence, and so do ``.`` after an Urdu word and ``?``; a mark glued to the
      next Urdu word ("گے۔یہ") still does. Closing quotes and brackets after the mark belong to
      the sentence.
    - Not boundaries: an ellipsis (۔۔۔ ... …), decimals, dates, times, URLs and e-mail
      addresses, list numbers ("۱۔", "2."), initials and acronyms ("پی۔ ٹی۔ آئی۔",
      "ڈاکٹر ایس۔ ایم۔ خان"), Latin abbreviations ("Dr.", "e.g."), and a quoted question followed
      by its reporting clause ("…؟” انہوں نے پوچھا۔"). ``comma=True`` also splits at commas.

    >>> [s.text for s in segment("یہ پہلا ہے۔دوسرا یہ ہے؟ “کیا؟” اس نے پوچھا۔")]
    ['یہ پہلا ہے۔', 'دوسرا یہ ہے؟', '“کیا؟” اس نے پوچھا۔']
    >>> [s.text for s in segment("ڈاکٹر ایس۔ ایم۔ خان نے ۳٫۵ فیصد کہا۔\\n۱۔ پہلا")]
    ['ڈاکٹر ایس۔ ایم۔ خان نے ۳٫۵ فیصد کہا۔', '۱۔ پہلا']
    """
    if not isinstance(text, str):
        raise TypeError(f"segment works on str, not {type(text).__name__}; decode bytes first")
    splitter = _Splitter(text, rules, comma)
    out: list[Sentence] = []
    for lo, hi, paragraph in _blocks(text, wrapped):
        start = lo
        for end in [*splitter.ends(lo, hi), hi]:
            while start < end and text[start].isspace():
                start += 1
            stop = end
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            if stop > start:
                out.append(Sentence(text[start:stop], start, stop, paragraph))
            start = end
    return out


def sentences(text: str, *, wrapped: bool = False, comma: bool = False,
              rules: SegmentRules = DEFAULT_RULES) -> list[str]:
    """The sentences of ``text`` as strings (see :func:`segment`).

    >>> sentences("پاکستان زندہ باد۔ Long live Pakistan! کیا خیال ہے؟")
    ['پاکستان زندہ باد۔', 'Long live Pakistan!', 'کیا خیال ہے؟']
    """
    return [s.text for s in segment(text, wrapped=wrapped, comma=comma, rules=rules)]
