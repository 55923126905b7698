"""``join-broken``: merge the pieces of a word that a spurious space broke ("ہسپتا ل" → "ہسپتال").

OCR and careless typing put spaces inside words, nearly always right after a letter that does
not join forward, where the gap looks like a word end. High precision first: a merge that the
counts do not make clear is not made.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence

from ..config import DEFAULT_CONFIG, Config
from ..language import FOREIGN_MODES, keep_foreign
from ..lexicon import Lexicon
from ..lines import LazyPattern, lazy_re, lazy_regex
from ..wordlists import AUXILIARIES, FUTURE_ENDINGS, LIGHT_VERBS, POSTPOSITIONS
from ..words import handed_tokens, letter_count
from .glued import is_convention, split_word
from .letters import spell_word

#: ``source`` values: ``typed`` text breaks a word rarely, so only pieces that cannot be words
#: are looked at; ``ocr`` output breaks words often, so every space after a non-joining letter is.
SOURCES = ("typed", "ocr")
#: Letters no Urdu word starts with: NOON GHUNNA, YEH BARREE, HEH DOACHASHMEE, YEH BARREE WITH
#: HAMZA ABOVE. A piece starting with one belongs to the word before it.
NEVER_INITIAL = "\u06ba\u06d2\u06be\u06d3"
#: A piece counts as a word when seen this often, or when it splits into two such words (a glued
#: form: a broken piece of a longer word is seldom that).
WORD_COUNT = 3
#: Merging two words needs the merged form seen this often ...
MERGED_COUNT = 10
#: ... and this many times more often whole than written apart, or than chance would put them side by side.
MARGIN = 20
#: Merging with a piece that is not a word needs the merged form seen this often (and not written apart).
MERGED_COUNT_FRAGMENT = 5
#: A line is joined again while that changes it, at most this many times.
MAX_ROUNDS = 4
#: At most this many pieces are merged into one word ("ا س لا م").
MAX_PIECES = 4
#: Three lone letters with a gap that shows (after a letter that joins forward, so each stands in
#: its own form) may be an Arabic root spelled out, as grammars and commentaries write one (مادہ
#: ک ت ب, ع ل م), or a three-letter word typed letter by letter (ش ہ ر): the two cannot be told
#: apart, and a merge that is not sure is not made. A gap after ا or و does not show (ا و ر is a
#: broken اور), and a longer word typed so is joined (ک ت ا ب → کتاب).
ROOT_LETTERS = 3
WAW = "\u0648"  # ARABIC LETTER WAW: a word of one letter ("and")
HAMZA = "\u0621"  # ARABIC LETTER HAMZA: standing alone after a year (۲۰۰۴ ء) it is a sign
_MARKS = "\u064b-\u065f\u0670"

_NON_JOINING_RE = lazy_regex(r"[\p{Joining_Type=Right_Joining}\p{Joining_Type=Non_Joining}]")
#: A piece: Arabic letters and marks, maybe followed by closing Urdu marks (the last piece only).
_PIECE_RE = lazy_regex(rf"((?:(?=\p{{L}})\p{{Script=Arabic}}[{_MARKS}]*)+)([۔،؟؛!:]*)")
_SPACES_RE = lazy_re("( +)")


@functools.lru_cache(maxsize=1 << 16)
def _piece(word: str) -> tuple[str, str] | None:
    """What ``_PIECE_RE`` reads in ``word`` (its letters and marks, its closing marks), or None:
    remembered, as the words around fragments are mostly the commonest ones."""
    m = _PIECE_RE.fullmatch(word)
    return None if m is None else (m.group(1), m.group(2))
#: What may end a line after its last word, not read as part of it (see :func:`join_line`).
_LINE_END = " \t\r"
#: Lines worth a look: a piece that starts with a letter no word starts with, or one letter alone
#: (at the end of its line, as much when another line follows: ``$`` alone is the text's end).
_TYPED_TRIGGER_RE = lazy_regex(
    rf"(?<=\p{{Script=Arabic}}[{_MARKS}]*) +(?:[{NEVER_INITIAL}]|(?=\p{{L}})\p{{Script=Arabic}}[{_MARKS}]*(?:[ \t\r]|\n|$))"
)
_CONVENTION_WORDS = "|".join(sorted(FUTURE_ENDINGS | LIGHT_VERBS, key=len, reverse=True))
#: With ``glue="joined"``: also a light verb or future ending standing after a space.
_JOINED_TRIGGER_RE = lazy_regex(rf"{_TYPED_TRIGGER_RE.pattern}| (?:{_CONVENTION_WORDS})(?![\p{{L}}\p{{M}}])")
#: For OCR output: any space after an Arabic letter that does not join the next one.
_OCR_TRIGGER_RE = lazy_regex(
    rf"(?:[\p{{Joining_Type=Right_Joining}}\p{{Joining_Type=Non_Joining}}](?<=\p{{Script=Arabic}})[{_MARKS}]*"
    rf"| (?=[{NEVER_INITIAL}])) +(?=\p{{Script=Arabic}})"
)


def _non_joining(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" and _NON_JOINING_RE.match(ch) is not None


def _last_letter(piece: str) -> str:
    return piece.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670")[-1:]


def _is_word(lex: Lexicon, piece: str) -> bool:
    """Whether ``piece`` may stand as a word: attested, or two attested words glued invisibly."""
    if len(piece) < 2:
        return piece == WAW
    if lex.count(piece) >= WORD_COUNT:
        return True
    return any(
        _non_joining(piece[i - 1]) and lex.count(piece[:i]) >= WORD_COUNT and lex.count(piece[i:]) >= WORD_COUNT
        for i in range(2, len(piece) - 1)
    )


def _is_fragment(piece: str) -> bool:
    """A piece no word can be: one letter (but و), or one that starts with a letter no word starts with."""
    return (len(piece) == 1 and piece != WAW and piece != HAMZA) or piece[0] in NEVER_INITIAL


#: Last letters of the verb forms a future ending follows (ہو، جائے، کریں، جاؤ).
VERB_FINAL = frozenset("\u0648\u06d2\u06ba\u0624\u06d3")
#: A light-verb or future pair is written joined (``glue="joined"``) when seen this often apart.
CONVENTION_PAIR_COUNT = 10


def _convention(lex: Lexicon, first: str, second: str) -> bool:
    """Whether ``first second`` is a stem and its light verb or future ending (کر دیا, ہو گا),
    glued invisibly by the joined convention."""
    if not _non_joining(_last_letter(first)):
        return False
    if second in FUTURE_ENDINGS:  # after a subjunctive: ہو، جائے، کریں (not after کے، نے، سے)
        return _last_letter(first) in VERB_FINAL and first not in POSTPOSITIONS and lex.count(first) >= WORD_COUNT
    if first in POSTPOSITIONS or first in AUXILIARIES:
        return False  # کے لیے: a postposition, not a stem
    return second in LIGHT_VERBS and lex.pair(first, second) >= CONVENTION_PAIR_COUNT


#: ۓ as ``letters`` spells it (hamza seat, bari ye): a piece opening with it is ۓ, which no word starts with.
SPELT_YEH_BARREE_HAMZA = "\u0626\u06d2"


def _whole_word_wins(lex: Lexicon, parts: Sequence[str], merged: str) -> bool:
    """Whether the words among the pieces are each seen more often than the ``merged`` word,
    with nothing but stray letters beside them ("ہو ں" for ہوں, "ر ہے" for رہے, "ہو نے" for
    ہونے): words written whole then stand as written, for a stray letter or a common word
    beside a word is as likely as a broken word (and a merge not sure is not made). A piece
    rarer than the merge ("زند گی", "مے ں") is the broken part of it."""
    seen = lex.count(merged)
    words = [p for p in parts if not (_is_fragment(p) or p == SPELT_YEH_BARREE_HAMZA)]
    return bool(words) and all(len(p) > 1 and lex.count(p) > seen for p in words)


def _may_merge(lex: Lexicon, parts: Sequence[str], source: str, glue: str = "keep") -> bool:
    """The evidence test for merging ``parts`` into one word."""
    if HAMZA in parts or any(lex.is_protected(p) for p in parts) or parts[0][0] in NEVER_INITIAL:
        return False
    if (len(parts) == ROOT_LETTERS and all(letter_count(p) == 1 for p in parts)
            and not all(_non_joining(_last_letter(p)) for p in parts[:-1])):
        return False  # an Arabic root spelled out (ک ت ب, ع ل م), as grammars write it: see ROOT_LETTERS
    if glue == "joined" and len(parts) == 2 and _convention(lex, *parts):
        return True
    if source == "typed" and not any(_is_fragment(p) for p in parts):
        return False
    merged = "".join(parts)
    if len(parts) == 2:
        first, second = parts
        if second[0] in NEVER_INITIAL:  # it belongs to the word before, if that makes a word
            word = spell_word(merged, lex, source)
            head = split_word(word, lex, source)[0][0]
            # a head shorter than the word before re-cuts that word: it is then weighed against
            # the merge itself, before the split (کہا ےپاکستان is no word, and کہ اے پاکستان
            # would respell the common word کہا; منسٹرن ےآج → منسٹر نے آج, a piece, is repaired)
            against = head if len(head) >= len(first) else word
            return lex.count(head) >= MERGED_COUNT_FRAGMENT and not _whole_word_wins(lex, parts, against)
        if _whole_word_wins(lex, parts, merged):
            return False
        if not _non_joining(_last_letter(first)) or is_convention(first, second):
            return False  # a visible gap, or a convention (ہو گا, کر دیا) that is the writer's choice
        whole, apart = lex.count(merged), lex.pair(first, second)
        if _is_word(lex, first) and _is_word(lex, second):
            if lex.count(first) < WORD_COUNT:
                return False  # a word only as two glued (کررہا: کر رہا): glue upon it is no broken word
            chance = lex.count(first) * lex.count(second) / lex.total
            return whole >= MERGED_COUNT and whole >= MARGIN * max(apart, chance, 1)
        return whole >= MERGED_COUNT_FRAGMENT and whole >= MARGIN * apart
    if not all(_non_joining(_last_letter(p)) or len(p) == 1 for p in parts[:-1]):
        return False
    if _whole_word_wins(lex, parts, merged):
        return False
    words = [_is_word(lex, p) for p in parts]
    if words[0] or words[-1] or any(w and len(p) > 2 for w, p in zip(words, parts)):
        return False  # a chain is made of pieces, not of words
    return lex.count(merged) >= MERGED_COUNT


def _cost(lex: Lexicon, word: str) -> float:
    """-log P(word), an unknown word paying for each of its letters."""
    count = lex.count(word)
    return -math.log(count / lex.total) if count else -math.log(0.1 / lex.total) + len(word)


#: A moved space needs both new words seen this often (and the old ones rarer than WORD_COUNT).
SHIFTED_COUNT = 20


def _shift(words: list[str], lex: Lexicon) -> list[str]:
    """OCR sets a space one letter early ("ظاہ رکیا" for "ظاہر کیا"): move it where both sides
    become words, when neither side is one as written and the moved letter does not join."""
    words = list(words)
    for i in range(len(words) - 1):
        a, b = _PIECE_RE.fullmatch(words[i]), _PIECE_RE.fullmatch(words[i + 1])
        if not a or not b or a.group(2) or len(b.group(1)) < 3:
            continue
        head, tail = a.group(1), b.group(1)
        if not _non_joining(tail[0]) or lex.count(head) >= WORD_COUNT or lex.count(tail) >= WORD_COUNT:
            continue
        if lex.is_protected(head) or lex.is_protected(tail):
            continue
        new_head, new_tail = head + tail[0], tail[1:]
        if lex.count(new_head) >= SHIFTED_COUNT and lex.count(new_tail) >= SHIFTED_COUNT:
            words[i], words[i + 1] = new_head, new_tail + b.group(2)
    return words


#: This many one-letter pieces in a row, each the next letter of an alphabet, are a list of letters (ا ب پ ت,
#: ا ب ج د), never merged among themselves; a word typed letter by letter (ا و ر, ک ت ا ب) is
#: not in that order and is judged as any pieces are.
LETTER_LIST = 3
#: The orders letters are listed in: the Urdu alphabet, and abjad (ابجد ہوز ...).
_ALPHABETS = ("اآبپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیے", "ابجدہوزحطیکلمنسعفصقرشتثخذضظغ")


def _in_order(letters: str) -> bool:
    """Whether ``letters`` follow each other in an alphabet, each the next or the one after it
    (ا ب skips آ)."""
    return any(all(c in abc for c in letters)
               and all(0 < abc.index(b) - abc.index(a) <= 2 for a, b in zip(letters, letters[1:]))
               for abc in _ALPHABETS)


def _letter_lists(parsed: Sequence[re.Match[str] | None]) -> list[int]:
    """For each piece, a number naming the run of :data:`LETTER_LIST` or more one-letter pieces
    following the alphabet (:func:`_in_order`; no closing mark but on the last) it stands in, or 0."""
    out = [0] * len(parsed)
    k = 0
    while k < len(parsed):
        end = k
        while end < len(parsed) and (m := parsed[end]) is not None and letter_count(m.group(1)) == 1:
            end += 1
            if m.group(2):
                break
        if end - k >= LETTER_LIST and _in_order(
            "".join(next(c for c in m.group(1) if c.isalpha()) for m in parsed[k:end])  # type: ignore[union-attr]
        ):
            out[k:end] = [k + 1] * (end - k)
        k = max(end, k + 1)
    return out


def join_line(line: str, lex: Lexicon, source: str = "typed", glue: str = "keep") -> str:
    """The best reading of one line: each run of pieces merged or left as written (word counts decide).

    Spaces, tabs and a CR ending the line are not read (``whitespace`` strips the first two, and
    a CRLF line reads as an LF one): "ز ر\t" is read as "ز ر".
    """
    body = line.rstrip(_LINE_END)
    if len(body) < len(line):
        return join_line(body, lex, source, glue) + line[len(body):]
    cells = _SPACES_RE.split(line)  # words at even places, runs of spaces at odd ones
    if source == "ocr":
        cells[::2] = _shift(cells[::2], lex)
    words = cells[::2]
    parsed = [_PIECE_RE.fullmatch(w) for w in words]
    n = len(words)
    lists = _letter_lists(parsed)
    best = [0.0] * (n + 1)
    back: list[tuple[int, str | None]] = [(0, None)] * (n + 1)
    memo = lex.memo(f"join-broken:{source}:{glue}")
    for j in range(1, n + 1):
        m = parsed[j - 1]
        best[j] = best[j - 1] + (_cost(lex, m.group(1)) if m else 0.0)
        back[j] = (j - 1, None)
        for k in range(2, MAX_PIECES + 1):
            i = j - k
            if i < 0:
                break
            span = parsed[i:j]
            if not all(span) or any(x.group(2) for x in span[:-1]):  # type: ignore[union-attr]
                break
            if lists[i] and lists[i] == lists[j - 1]:
                continue  # letters in a row (ا ب پ ت): a list of letters, not a word broken apart
            parts = tuple(x.group(1) for x in span)  # type: ignore[union-attr]
            ok = memo.get(parts)
            if ok is None:
                ok = memo[parts] = _may_merge(lex, parts, source, glue)
            if ok:
                if k == 2 and (parts[1][0] in NEVER_INITIAL or (glue == "joined" and _convention(lex, *parts))):
                    cost = best[i] + _cost(lex, parts[0]) + _cost(lex, parts[1]) - 1.0  # sure without the counts
                else:
                    cost = best[i] + _cost(lex, "".join(parts))
                if cost < best[j]:
                    best[j] = cost
                    back[j] = (i, "".join(parts) + span[-1].group(2))  # type: ignore[union-attr]
    out: list[str] = []
    j = n
    while j > 0:
        i, merged = back[j]
        if merged is not None:
            # the merged word is written as letters would write it (مے ں → میں), and it may
            # itself be two words glued (مے ں + ہسپتال): split it as split-glued would, so that
            # a second run changes nothing
            m = _PIECE_RE.fullmatch(merged)
            if m:
                word = spell_word(m.group(1), lex, source)
                parts = split_word(word, lex, source, "keep" if glue == "joined" else glue)[0]
                merged = " ".join(parts) + m.group(2)
        if merged is None:
            out.append(words[j - 1])
            if j > 1:
                out.append(cells[2 * j - 3])  # the spaces before this word, as they were
        else:
            out.append(merged)
            if i > 0:
                out.append(cells[2 * i - 1])
        j = i
    return "".join(reversed(out))


#: A piece no word can be (see :func:`_is_fragment`), as a whole token after a space or a line
#: start: one letter but و and ء, then a space, a line end or a closing mark (a superset: the mark
#: need not end the token), or a token opening with a letter no word starts with. With
#: ``source="typed"`` and ``glue`` not ``joined`` a merge needs such a piece, so a line without one
#: cannot change: the whole text is scanned for them in C (the scan after a space has a literal
#: first character, which ``re`` finds fast), and only their lines are read (the trigger alone
#: fires on nearly every line with a و between two words).
#: Arabic-script blocks but و, ء and the digits: a superset of the Arabic-script letters that can be a
#: fragment, for a stdlib pattern (many times faster here than ``regex``'s script property).
_ARABIC_BLOCKS = ("\u0600-\u0620\u0622-\u0647\u0649-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f"
                  "\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff\U00010ec0-\U00010eff\U0001ee00-\U0001eeff")
#: (What ends a one-letter fragment is looked at, not taken: in "ن ڈ" the space after ن opens ڈ.)
_FRAGMENT = rf"(?:[{NEVER_INITIAL}]|[{_ARABIC_BLOCKS}](?=[ \t\r\n۔،؟؛!:]|\Z))"
_FRAGMENT_RE = lazy_re(_FRAGMENT)  # at the start of the text
_SPACE_FRAGMENT_RE = lazy_re(" " + _FRAGMENT)
_LINE_FRAGMENT_RE = lazy_re("\n" + _FRAGMENT)


#: A token (as ``str.split`` cuts them) that may open with a fragment: a superset of what
#: ``_FRAGMENT`` reads after a space or a line start (only a space, a tab, a line end or a mark
#: after the letter; any whitespace ends a token).
_FRAGMENT_TOKEN_RE = lazy_re(rf"[{NEVER_INITIAL}]|[{_ARABIC_BLOCKS}](?:[۔،؟؛!:]|\Z)")
#: The tokens seen, and of them those that may open with a fragment (with that first letter).
#: Replaced, never cleared, when full: a thread still reading the old pair finds it as it was,
#: and a token is among the fragments before it is among the seen.
_VERDICTS: tuple[set[str], dict[str, str]] = (set(), {})
_SEEN_LIMIT = 1 << 17
#: What a scan for one first letter costs, against one for a rare letter: it stops at each of
#: the letter's places, so the common letters cost more (measured on the dirty benchmark text,
#: where a rare letter's scan took 1 ms and the whole scan for fragments 23 ms per 5 MB).
_SCAN_COSTS = {**dict.fromkeys("اکی", 6), **dict.fromkeys("رموہنو", 4), **dict.fromkeys("سےلتدبپج", 2)}
#: Scans for first letters costing more than this together, and the whole text is scanned for
#: fragments at once (a few rare letters, or one or two common ones, are cheaper apart).
_NARROW_BUDGET = 14


def _fragment_firsts(tokens: set[str]) -> set[str]:
    """The first letters of the ``tokens`` that may open with a fragment. The tokens seen
    before are set apart in C (a set's difference, a dict's keys' intersection); only new
    ones are read."""
    global _VERDICTS
    seen, fragments = _VERDICTS
    new = tokens.difference(seen)
    if len(seen) + len(new) > _SEEN_LIMIT:
        seen, fragments = _VERDICTS = (set(), {})
        new = tokens
    for token in new:
        if _FRAGMENT_TOKEN_RE.match(token):
            fragments[token] = token[0]
    seen.update(new)
    return {fragments[token] for token in fragments.keys() & tokens}


@functools.cache
def _place_re(first: str) -> re.Pattern[str]:
    """Where a fragment that opens with ``first`` opens after a space or a line end (the
    letter first: a literal, which the scan skips ahead to)."""
    after = "" if first in NEVER_INITIAL else r"(?=[ \t\r\n۔،؟؛!:]|\Z)"
    return re.compile(f"{re.escape(first)}(?<=[ \n]{re.escape(first)}){after}")


def _fragment_places(text: str, tokens: set[str] | None = None) -> list[int]:
    """Where a piece that may be a fragment opens, in order. With ``tokens`` (every token of
    ``text``, or more), only the letters a fragment token opens with are looked for, unless
    those scans together would cost more than the whole one: most texts have a few such letters
    or none, and a scan for a letter is many times faster than one that stops at every space."""
    firsts = _fragment_firsts(tokens) if tokens is not None else None
    if firsts is not None and sum(_SCAN_COSTS.get(c, 1) for c in firsts) <= _NARROW_BUDGET:
        found = {m.start() for first in firsts for m in _place_re(first).finditer(text)}
        if _FRAGMENT_RE.match(text):
            found.add(0)
        return sorted(found)
    places = [m.start() + 1 for m in _SPACE_FRAGMENT_RE.finditer(text)]
    lines = [m.start() + 1 for m in _LINE_FRAGMENT_RE.finditer(text)]
    if _FRAGMENT_RE.match(text):
        lines.insert(0, 0)
    if lines:
        places = sorted(places + lines)
    return places


def _needs_fragment(source: str, glue: str) -> bool:
    return source == "typed" and glue != "joined"


def _trigger(source: str, glue: str) -> LazyPattern:
    if glue == "joined":
        return _OCR_TRIGGER_RE if source == "ocr" else _JOINED_TRIGGER_RE
    return _OCR_TRIGGER_RE if source == "ocr" else _TYPED_TRIGGER_RE


def _runs_may_merge(words: list[str], f: int, lex: Lexicon, source: str, glue: str) -> bool:
    """Whether a run of 2 to ``MAX_PIECES`` of ``words`` holding ``words[f]`` may merge (as
    :func:`join_line` reads runs: pieces by ``_PIECE_RE``, closing marks on the last one only)."""
    memo = lex.memo(f"join-broken:{source}:{glue}")
    lo, n = max(0, f - MAX_PIECES + 1), len(words)
    pieces = [_piece(w) for w in words[lo : f + MAX_PIECES]]
    for i in range(lo, f + 1):
        parts: list[str] = []  # the run from words[i], a piece at a time
        first = max(i + 2, f + 1)  # the shortest run from i that holds words[f] ends here
        for k in range(i, min(n, i + MAX_PIECES)):
            piece = pieces[k - lo]
            if piece is None:
                break  # a longer run holds the same gap
            parts.append(piece[0])
            if k + 1 >= first:
                key = tuple(parts)
                ok = memo.get(key)
                if ok is None:
                    ok = memo[key] = _may_merge(lex, key, source, glue)
                if ok:
                    return True
            if piece[1]:
                break  # closing marks end a run
    return False


def _may_change(line: str, lex: Lexicon, source: str, glue: str) -> bool:
    """Whether :func:`join_line` may change ``line`` when a merge needs a fragment
    (:func:`_needs_fragment`): some run of pieces around a fragment passes :func:`_may_merge`.

    Exact, not a guess: with ``source="typed"`` the words are not moved (:func:`_shift` is for
    OCR), so ``join_line`` gives the line back as it was unless it merges some run of 2 to
    ``MAX_PIECES`` pieces, each matching ``_PIECE_RE``, none but the last with closing marks, for
    which ``_may_merge`` said yes; and ``_may_merge`` says no to every run without a fragment
    (when ``glue`` is not ``joined``). Here every such run holding a fragment is asked the same
    question (with the same cache), so a line this rejects is one ``join_line`` leaves as it is.
    """
    words = _SPACES_RE.split(line)[::2]
    for f, w in enumerate(words):
        if w and (w[0] in NEVER_INITIAL or len(w) == 1 or w[1] in "۔،؟؛!:"):  # may be a fragment
            piece = _piece(w)
            if piece and _is_fragment(piece[0]) and _runs_may_merge(words, f, lex, source, glue):
                return True
    return False


#: Characters read on each side of a fragment for the words around it: ``MAX_PIECES`` words but
#: very long ones (then the whole line is read).
NEAR = 100


def _may_change_near(text: str, at: int, start: int, end: int, lex: Lexicon, source: str,
                     glue: str) -> bool | None:
    """:func:`_may_change` for the runs holding the piece that opens at ``at`` (after a space or
    at its line's start; the line is ``text[start:end]``), read from ``NEAR`` characters on each
    side; None when that is too few for the ``MAX_PIECES - 1`` whole words a run may reach on a
    side (a word cut by the window's edge is never in a run then)."""
    lo, hi = max(start, at - NEAR), min(end, at + NEAR)
    words = _SPACES_RE.split(text[lo:hi])[::2]
    f = len(_SPACES_RE.split(text[lo:at])) // 2  # text[lo:at] is empty or ends with spaces
    if (lo > start and f < MAX_PIECES) or (hi < end and len(words) - 1 < f + MAX_PIECES):
        return None
    piece = _piece(words[f])
    return piece is not None and _is_fragment(piece[0]) and _runs_may_merge(words, f, lex, source, glue)


def _changes(text: str, lex: Lexicon, source: str, glue: str = "keep",
             tokens: set[str] | None = None) -> list[tuple[int, int, str]]:
    trigger = _trigger(source, glue)
    if not _needs_fragment(source, glue):
        lines = []
        done = 0
        for m in trigger.finditer(text):
            if m.start() >= done:
                start = text.rfind("\n", 0, m.start()) + 1
                end = text.find("\n", m.start())
                done = len(text) if end < 0 else end
                lines.append((start, done))
    else:
        lines = _fragment_lines(text, lex, source, glue, trigger, tokens)
    found = []
    for start, end in lines:
        line = new = text[start:end]
        for _ in range(MAX_ROUNDS):  # a merge may make the next one possible: go on until none is
            newer = join_line(new, lex, source, glue)
            if newer == new:
                break
            new = newer
        if new != line:
            found.append((start, end, new))
    return found


def _fragment_lines(text: str, lex: Lexicon, source: str, glue: str, trigger: LazyPattern,
                    tokens: set[str] | None = None) -> list[tuple[int, int]]:
    """The lines (start, end) that :func:`join_line` may change when a merge needs a fragment:
    a run of pieces around one of the line's fragments may merge, and the trigger fires there."""
    lines = []
    start = end = line_end = -1  # the line of the last place looked at (end: where its words end)
    done = False  # that line is read to the end (taken, or all of it read and refused)
    for at in _fragment_places(text, tokens):
        if at > end:
            start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            end = len(text[start:line_end].rstrip(_LINE_END)) + start  # as join_line reads it
            done = False
        elif done:
            continue
        near = _may_change_near(text, at, start, end, lex, source, glue)
        if near is None:  # words too long for the window: the whole line is read, once
            near = _may_change(text[start:end], lex, source, glue)
            done = True
        if not near:
            continue
        done = True
        # the trigger as it is read in the whole text (its "$" is the text's end, not the
        # line's); two characters past the line's end are enough for that, and stop the search
        hit = trigger.search(text, start, min(len(text), line_end + 2))
        if hit is not None and hit.start() < line_end:
            lines.append((start, line_end))
    return lines


def join_broken(text: str, *, source: str = "typed", glue: str = "keep", foreign: str = "keep",
                config: Config = DEFAULT_CONFIG) -> str:
    """Merge the pieces of a word that a spurious space broke, where the word counts leave no doubt.

    The space must follow a letter that does not join the next one (ا د ر و ے ...): that is
    where a gap looks like a word end. A merge is made when

    - a piece cannot be a word (one letter but و; or it opens with ں ے ھ ۓ, which no word
      starts with) and the merged word is attested and not seen written apart;
    - or (``source="ocr"``) both pieces are words, but the merged word is well attested and seen
      far more often whole than apart, or than chance would put the pieces side by side;
    - or (``glue="joined"``) the pieces are a stem and its light verb seen together (کر دیا →
      کردیا), or a verb form and its future ending (ہو گا → ہوگا).

    Chains of pieces ("ا س لا م") are merged when they are pieces, not words; of the merges
    that pass, the best reading of the line is taken (word counts), and the merged word is
    spelt as ``letters`` spells it and split where ``split-glued`` would, so a second run
    changes nothing. Left as written: conventions (ہو گا, کر دیا, unless asked), compounds seen
    apart as often as whole (حیدر آباد), words each seen more often than the merged word with
    only stray letters beside them (ہو ں, ر ہے, ہو نے: the words stand as written), three or
    more lone letters in a row, each the next of the alphabet (ا ب پ ت: a list of letters, not a
    word; ا و ر is joined), three lone letters with a gap that shows (an Arabic root spelled out,
    ک ت ب, cannot be told from a word typed so, ش ہ ر; a longer one, ک ت ا ب, is joined), the year sign ء,
    protected words, tokens with digits,
    Latin letters or punctuation inside, and Arabic and Persian passages (``foreign="keep"``, the
    default, as in ``letters``; ``"normalize"`` joins there too). With ``source="typed"`` (``default``) only lines with a
    piece that cannot be a word are looked at; ``source="ocr"`` (the ``ocr`` preset) weighs every
    gap after a non-joining letter, and moves a space OCR set one letter early (ظاہ رکیا → ظاہر
    کیا) where neither side is a word as written and both are after the move.

    >>> join_broken("وہ ہسپتا ل گئے، طر ح طر ح کے")
    'وہ ہسپتال گئے، طرح طرح کے'
    >>> join_broken("پا کستان اور بھا رت", source="ocr")
    'پاکستان اور بھارت'
    >>> join_broken("کر دیا اور ہو گا، اس کے لیے", glue="joined")
    'کردیا اور ہوگا، اس کے لیے'
    >>> join_broken("اس نے ظاہ رکیا", source="ocr")
    'اس نے ظاہر کیا'
    >>> join_broken("کر دیا، ہو گا، حیدر آباد، ۲۰۰۴ ء", source="ocr")
    'کر دیا، ہو گا، حیدر آباد، ۲۰۰۴ ء'
    """
    if foreign not in FOREIGN_MODES:
        raise ValueError(f"foreign must be one of {', '.join(FOREIGN_MODES)}, not {foreign!r}")
    new = _join_broken(text, source, glue, config, handed_tokens(text))
    if new is text or foreign != "keep":
        return new
    # an Arabic or Persian passage stays as written (a merge there would change what marks it
    # foreign for the steps before: "نٌ ے" is Arabic-looking, "نٌے" Urdu)
    return keep_foreign(text, new, functools.partial(_join_broken, source=source, glue=glue, config=config))


def _join_broken(text: str, source: str, glue: str, config: Config, tokens: set[str] | None = None) -> str:
    if not _needs_fragment(source, glue) and not _trigger(source, glue).search(text):
        return text
    out: list[str] = []
    done = 0
    for start, end, new in _changes(text, config.lexicon, source, glue, tokens):
        out.append(text[done:start])
        out.append(new)
        done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def join_broken_notes(text: str, *, line_base: int = 0, source: str = "typed", glue: str = "keep",
                      foreign: str = "keep", config: Config = DEFAULT_CONFIG) -> list[str]:
    """Each line ``join_broken`` changes, with the pieces it merged (for ``--explain``)."""
    notes = []
    if not _trigger(source, glue).search(text):
        return notes
    fix = functools.partial(_join_broken, source=source, glue=glue, config=config)
    for start, end, new in _changes(text, config.lexicon, source, glue):
        number = line_base + text.count("\n", 0, start) + 1
        if foreign == "keep":
            new = keep_foreign(text[start:end], new, fix)
        old = text[start:end].split()
        if new == text[start:end]:
            continue
        merged = [w for w in new.split() if w not in old]
        notes.append(f"line {number}: merged {', '.join(merged)}")
    return notes
