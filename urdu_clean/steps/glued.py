"""``split-glued``: put back the space between two words that lost it."""

from __future__ import annotations

import functools
import math
import re
from collections import namedtuple
from collections.abc import Callable

from ..chars import ARABIC_HEH, FARSI_YEH, HEH_DOACHASHMEE, YEH_BARREE, is_arabic_letter, joins_forward
from ..config import DEFAULT_CONFIG, Config
from ..language import FOREIGN_MODES, keep_foreign
from ..lexicon import WELL_ATTESTED, Lexicon
from ..wordlists import (
    AUXILIARIES,
    FUNCTION_WORDS,
    FUTURE_ENDINGS,
    INFLECTIONS,
    LIGHT_VERBS,
    POSTPOSITIONS,
    PREFIXES,
    PROTHETIC_HEADS,
    SUFFIXES,
    UNINFLECTED,
)
from ..words import (
    WORD_CHARS,
    base_before,
    cuts,
    hand_on_tokens,
    has_letter_after,
    letter_count,
    replace_tokens,
    standalone_core,
    standalone_re,
    token_pieces,
)

NOON_GHUNNA = "\u06ba"  # ARABIC LETTER NOON GHUNNA: word-final in Urdu spelling
#: Letters that end a word and never join what follows in correct spelling: a letter after
#: them is (nearly always) a new word. ے is also the prefix بے (see PREFIXES).
FINAL_MARKERS = frozenset(YEH_BARREE + NOON_GHUNNA)

#: A part must have been seen this often to count as a well-attested word.
MIN_PART = WELL_ATTESTED
#: The chance that a space between two words was lost: the prior of the split reading. The
#: split wins when prior × P(parts) beats the probability of the glued form as one word.
OMISSION_PRIOR = {"visible": 1e-3, "marked": 1e-2, "invisible": 1e-3}
#: OCR engines drop the space after ا د ر و ... often: there an invisible join is as likely an
#: error as a marked one, and (``source="ocr"``) its cut is made.
OCR_INVISIBLE_PRIOR = 3e-2
#: ``source`` values: ``typed`` text (a join after ا د ر و is a convention as often as an
#: error, so it is left), ``ocr`` output (the engine drops spaces after them often: weigh them).
SOURCES = ("typed", "ocr")
#: ``glue`` values, for the joins that are a convention rather than an error (a stem and its
#: light verb, کردیا / کر دیا; a future ending, ہوگا / ہو گا): ``keep`` them as written,
#: write them ``spaced``, or (``join-broken``) ``joined``.
GLUE = ("keep", "spaced", "joined")
#: Last letters of the verb forms a future ending follows (ہو، جائے، کریں، جاؤ).
VERB_FINAL = frozenset("\u0648\u06d2\u06ba\u0624\u06d3")
#: Prefixes that Urdu writes glued to their word after a non-joining letter by convention
#: (غیرقانونی, نااہل, بدعنوان, خوشحال, بلاشبہ), and endings written glued (تیارکردہ, دواخانہ):
#: an OCR invisible cut is not made there.
INVISIBLE_VETO_HEADS = frozenset("غیر نا بد خوش بلا بر در".split())
INVISIBLE_VETO_TAILS = frozenset("کردہ شدہ دار گار خانہ نشین گاہ نامہ".split())
#: The Arabic article: a cut before it splits an Arabic compound name (بشارالاسد, فخرالعلوم).
ARTICLE = "\u0627\u0644"
#: A visible join of two closed-class words (اسکے, کیبات is not one): no lexical word is built
#: that way but a few conjunctions (جبکہ, بلکہ), which are frequent as written and stay.
FUNCTION_PAIR_PRIOR = 1e-2
#: After a prothetic head (اس), a content word must follow it this often (pair count over the
#: word's count) to be read as a word of its own: اس وقت, اس بات, not اسکام, اسکول.
PROTHETIC_ASSOCIATION = 0.05
#: The share of running words that the tables do not know (names, loanwords, slips) ...
UNKNOWN_SHARE = 0.02
#: ... spread over strings as a letter model of this perplexity would (Urdu letters: about 23
#: per letter in the bundled counts), so a long unknown string is unlikely as a word.
LETTER_PERPLEXITY = 23.0
#: Weight of the pair count against the second word's own frequency, P(b | a).
PAIR_WEIGHT = 0.7
#: Pieces we look at: words of this many characters or more, standing alone between spaces.
MIN_WORD = 4
#: How often an inflected form is written for each time its stem is (an estimate): an unknown
#: word read as a known stem and an ending (:data:`~urdu_clean.wordlists.INFLECTIONS`) is
#: taken to be that likely as one word.
INFLECTED_SHARE = 0.1


@functools.cache
def _candidate_re() -> re.Pattern[str]:
    """Words that may hold two (compiled on first use: ``import urdu_clean`` stays cheap)."""
    return standalone_re(MIN_WORD)


@functools.cache
def _trigger_re() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(WORD_CHARS))) + "]{%d}" % MIN_WORD)
_CACHE_LIMIT = 1 << 17
#: A word seen this often as written is a word: the commonest glued form in Maḵẖzan's own list
#: of them (wordBreakingErrors) is seen 322 times. Such words are not searched at all.
ALWAYS_WHOLE = 500
#: Words longer than this (in characters) are not split (a long word is rarely two glued ones
#: worth the search, and the search grows with the cube of the length).
MAX_WORD = 30


class Split(namedtuple("Split", "head tail kind counts pair whole")):
    """One cut and its evidence: the parts (``head``, ``tail``), the ``kind`` of join
    ("visible", or "marked": after ے or ں), the parts' ``counts`` (a pair), the ``pair``'s count
    and the glued form's (``whole``)."""

    __slots__ = ()

    def __str__(self) -> str:
        return (f"{self.head}+{self.tail} ({self.kind} join; words seen {self.counts[0]}× and "
                f"{self.counts[1]}×, as a pair {self.pair}×, glued {self.whole}×)")


def _kind(word: str, i: int) -> str | None:
    """What a cut before ``word[i]`` would undo: a "visible" join, a "marked" one (after ے or ں),
    an "invisible" one (after ا د ر و ..., never made, but a reading that may explain the word
    better: جوانہیں is جو انہیں, not جوان ہیں), or None (no cut there)."""
    return _join_kind(base_before(word, i), word[i])


@functools.lru_cache(maxsize=1 << 12)
def _join_kind(last: str, letter: str) -> str | None:
    """:func:`_kind` of a cut between the letters ``last`` and ``letter`` (a few hundred pairs:
    kept)."""
    if not is_arabic_letter(letter) or letter == "\u0621":  # ARABIC LETTER HAMZA joins nothing
        return None
    if last in FINAL_MARKERS:
        return "marked"
    if joins_forward(last):
        return "visible"
    return "invisible"  # after ا د ر و ...: glued by convention as often as by error


def _part(lex: Lexicon, part: str) -> tuple[int, str]:
    """The count of ``part`` as a word of its own and the form it is written in (0 if it cannot be one).

    A part must also be as ``letters`` leaves a word standing alone, or a second run would
    change it: it may not open with ھ nor hold an Arabic ه, and a bari ye inside it (مےں, left
    by ``letters`` while it was inside a longer glued form) is read as ی when only that reading
    is a word.
    """
    if (letter_count(part) < 2 or part in SUFFIXES or part == ARTICLE or part[0] == HEH_DOACHASHMEE
            or ARABIC_HEH in part):
        return 0, part  # (the article never stands alone: الاصفہانی is not ال اصفہانی)
    count = lex.count(part)
    inner = [i for i, c in enumerate(part) if c == YEH_BARREE and has_letter_after(part, i)] if (
        YEH_BARREE in part[:-1]) else ()
    if inner:
        if count:
            return 0, part  # a word with ے inside that letters keeps: not for us to cut into
        chars = list(part)
        for i in inner:
            chars[i] = FARSI_YEH
        part = "".join(chars)
        count = lex.count(part)
    return (count, part) if count >= MIN_PART else (0, part)


#: Pieces kept on a lexicon (about 170 bytes each): emptied when full.
_PARTS_LIMIT = 1 << 16


def _parts_of(lex: Lexicon) -> Callable[[str], tuple[int, str]]:
    """:func:`_part` on ``lex``, with its answers kept on the lexicon: the pieces of one word
    are the pieces of many (کا, ان, ستان), and a word is read as some 20 of them."""
    memo = lex.memo("split-glued:parts")

    def part_of(part: str) -> tuple[int, str]:
        found = memo.get(part)
        if found is None:
            if len(memo) >= _PARTS_LIMIT:
                memo.clear()
            found = memo[part] = _part(lex, part)
        return found

    return part_of


def inflected_stem(word: str, lex: Lexicon) -> int:
    """The count of the well-attested word that ``word`` is an inflected form of (the likeliest,
    if several), or 0: ``word`` is a stem and one of :data:`~urdu_clean.wordlists.INFLECTIONS`.

    The stem must be a content word (closed-class words, conjunctions and the like do not inflect
    so: کیان is کی ان, لیکنیہ is لیکن یہ) and must not end in ے or ں, which end a word (میںان is
    میں ان, ہوئےیہ is ہوئے یہ).

    >>> lex = Lexicon({"ساتھی": 50, "لڑکا": 50, "کی": 50}, base=None)
    >>> inflected_stem("ساتھیان", lex), inflected_stem("لڑکوں", lex), inflected_stem("کیان", lex)
    (50, 50, 0)
    """
    best = 0
    for ending, restored, shortest, never_after in INFLECTIONS:
        if not word.endswith(ending):
            continue
        base = word[: -len(ending)]
        if letter_count(base) < shortest:
            continue
        for end in restored:
            stem = base + end
            if stem[-1] in FINAL_MARKERS or stem[-1] in never_after or stem in FUNCTION_WORDS or stem in UNINFLECTED:
                continue
            count = lex.count(stem)
            if count >= MIN_PART and count > best:
                best = count
    return best


def is_convention(head: str, tail: str) -> bool:
    """A stem and its light verb (کر + دیا) or a verb form and its future ending (ہو + گا)."""
    if tail in FUTURE_ENDINGS:
        return head[-1:] in VERB_FINAL and head not in POSTPOSITIONS
    return tail in LIGHT_VERBS and head not in POSTPOSITIONS and head not in AUXILIARIES


def _allowed(head: str, tail: str, kind: str, source: str = "typed", glue: str = "keep") -> bool:
    """The closed-list vetoes on one cut."""
    convention = is_convention(head, tail)
    if head in PREFIXES or (tail in FUTURE_ENDINGS and not (convention and glue == "spaced")):
        return False
    if kind == "visible" and convention and glue != "spaced":
        return False  # رکھدیا: a stem and its light verb, glued by one convention
    if kind == "invisible" and source == "ocr" and (
            head in INVISIBLE_VETO_HEADS or tail in INVISIBLE_VETO_TAILS or tail.startswith(ARTICLE)):
        return False
    return True


def _makes(kind: str, head: str, tail: str, source: str, glue: str) -> bool:
    """Whether a cut of the best reading is made: visible and marked ones always; an invisible one
    to write a convention apart (``glue="spaced"``), or in OCR output (but a convention, دلوادیں,
    stays as the writer glued it)."""
    if kind != "invisible":
        return True
    if is_convention(head, tail):
        return glue == "spaced"
    return source == "ocr"


def segment_word(word: str, lex: Lexicon, source: str = "typed",
                 glue: str = "keep") -> tuple[list[str], list[Split], float]:
    """The best reading of ``word`` as one word or several glued ones.

    Returns the parts, the cuts with their evidence and how many times (log10) likelier the
    split reading is than the glued form (0.0 when the word stays whole). A word is cut only
    after a letter that joins forward (a *visible* join: "فورمحکام") or after a word-final ے or
    ں (*marked*: "کےلیے", "ہیںاور"); never after the prefix بے, before a suffix or a future
    ending, or into a single letter. Every part must be a well-attested word, and the split
    reading (the chance of a lost space × the parts' bigram probability) must beat the glued
    form read as one word (its count if known, else the unknown-word model).

    >>> segment_word("کےلیے", Lexicon())[0]
    ['کے', 'لیے']
    >>> segment_word("کمزور", Lexicon())[0]
    ['کمزور']
    """
    n = len(word)
    whole_count = lex.count(word)
    total = lex.total
    if whole_count:
        whole = math.log10(whole_count / total)
    else:
        whole = math.log10(UNKNOWN_SHARE) - letter_count(word) * math.log10(LETTER_PERPLEXITY)
    if n > MAX_WORD or lex.is_protected(word) or (whole_count >= ALWAYS_WHOLE and glue != "spaced"):
        return [word], [], 0.0  # (a spaced convention is written apart however often seen glued)
    if word.isalpha():  # no marks (the common case): the letter before a cut is the one before it
        kinds = {i: kind for i, kind in enumerate(map(_join_kind, word, word[1:]), 1) if kind}
    else:
        kinds = {i: kind for i in cuts(word) if (kind := _kind(word, i))}
    if not kinds or (glue != "spaced" and source != "ocr" and "visible" not in kinds.values()
                     and "marked" not in kinds.values()):
        return [word], [], 0.0  # no cut, or (typed text, conventions not spaced) none ever made
    bounds = [0, *kinds, n]
    part_of = _parts_of(lex)
    if glue == "spaced":  # a convention written glued is not a spelling to weigh: write it apart
        for j in bounds[1:-1]:
            head, tail = part_of(word[:j]), part_of(word[j:])
            kind = kinds[j]
            if head[0] and tail[0] and is_convention(head[1], tail[1]) and _allowed(head[1], tail[1], kind, source,
                                                                                    glue):
                return [head[1], tail[1]], [Split(head[1], tail[1], kind, (head[0], tail[0]),
                                                  lex.pair(head[1], tail[1]), whole_count)], 0.0
    if whole_count >= ALWAYS_WHOLE:  # (glue="spaced" only: the others left above)
        return [word], [], 0.0
    if not any(part_of(word[j:])[0] for j in bounds[1:-1]):
        return [word], [], 0.0  # no piece that ends the word is a word: no reading of parts does
    stem = 0 if whole_count else inflected_stem(word, lex)
    if stem:  # an unknown inflected form of a known word: as likely as its stem makes it, not as letters
        whole = max(whole, math.log10(INFLECTED_SHARE * stem / total))
    counts: dict[tuple[int, int], int] = {}
    forms: dict[tuple[int, int], str] = {}
    scale = total / max(1, lex.pair_total)
    # best[(j, i)]: log10 probability of word[:i] read as parts, the last one word[j:i];
    # heads[i]: the j of each best[(j, i)], in the order they were first set. The pieces are
    # read by where they end, and only from where a reading of the word's start ends.
    best: dict[tuple[int, int], tuple[float, tuple[int, int] | None]] = {}
    heads: dict[int, list[int]] = {}
    for x, i in enumerate(bounds[1:], 1):
        for j in bounds[:x]:
            if (j and j not in heads) or (j, i) == (0, n):
                continue
            c, form = part_of(word[j:i])
            if not c:
                continue
            counts[j, i] = c
            forms[j, i] = form
            if j == 0:
                best[j, i] = (math.log10(c / total), None)
                heads.setdefault(i, []).append(j)
                continue
            kind = kinds[j]
            part = forms[j, i]
            for k in heads.get(j, ()):
                score = best[k, j][0]
                prev = forms[k, j]
                if not _allowed(prev, part, kind, source, glue):  # type: ignore[arg-type]
                    continue
                pair = lex.pair(prev, part)
                if prev in PROTHETIC_HEADS and part not in FUNCTION_WORDS and pair < PROTHETIC_ASSOCIATION * c:
                    continue  # اسکول, اسکام: English s- words take a prothetic ا, and اس is also a word
                if kind == "visible" and prev in FUNCTION_WORDS and part in FUNCTION_WORDS:
                    prior = math.log10(FUNCTION_PAIR_PRIOR)
                elif kind == "invisible" and source == "ocr":
                    prior = math.log10(OCR_INVISIBLE_PRIOR)
                else:
                    prior = math.log10(OMISSION_PRIOR[kind])  # type: ignore[index]
                p_next = PAIR_WEIGHT * scale * pair / counts[k, j] + (1 - PAIR_WEIGHT) * c / total
                candidate = score + prior + math.log10(p_next)
                if (j, i) not in best:
                    best[j, i] = (candidate, (k, j))
                    heads.setdefault(i, []).append(j)
                elif candidate > best[j, i][0]:
                    best[j, i] = (candidate, (k, j))
    ends = [(best[j, n][0], j) for j in range(1, n) if (j, n) in best]
    if not ends:
        return [word], [], 0.0
    score, j = max(ends)
    if score <= whole:
        return [word], [], 0.0
    spans = []
    state: tuple[int, int] | None = (j, n)
    while state is not None:
        spans.append(state)
        state = best[state][1]
    spans.reverse()
    # make the visible and marked cuts of the best reading; its invisible ones stay glued (but
    # in OCR output, and conventions under glue="spaced")
    parts, made = [forms[spans[0]]], []
    for previous, span in zip(spans, spans[1:]):
        kind = kinds[span[0]]
        if not _makes(kind, forms[previous], forms[span], source, glue):
            parts[-1] += forms[span]
            continue
        made.append(Split(forms[previous], forms[span], kind, (counts[previous], counts[span]),
                          lex.pair(forms[previous], forms[span]), whole_count))
        parts.append(forms[span])
    if not made:
        return [word], [], 0.0
    return parts, made, score - whole


def split_word(word: str, lex: Lexicon, source: str = "typed",
               glue: str = "keep") -> tuple[list[str], list[Split], float]:
    """:func:`segment_word`, with its answers kept on the lexicon that gave them. Each part is
    split again as a second run would see it standing alone (کےہوگا → کے + ہوگا → کے ہو گا
    under the spaced convention), so one run reaches the fixed point."""
    memo = lex.memo(f"split-glued:{source}:{glue}")
    found = memo.get(word)
    if found is None:
        found = segment_word(word, lex, source, glue)
        if len(found[0]) > 1:
            parts: list[str] = []
            made = list(found[1])
            for part in found[0]:
                more, more_made, _ = split_word(part, lex, source, glue)
                parts += more
                made += more_made
            found = (parts, made, found[2])
        if len(memo) >= _CACHE_LIMIT:
            memo.clear()
        memo[word] = found
    return found


def split_token(token: str, lex: Lexicon, source: str = "typed", glue: str = "keep") -> str | None:
    """The token (a piece of text between spaces) with its glued words split, as this step
    writes it, or None when it stays whole."""
    pieces = standalone_core(token, MIN_WORD)
    if pieces is not None:
        parts, made, _ = split_word(pieces[1], lex, source, glue)
        if made:
            return pieces[0] + " ".join(parts) + pieces[2]
    return None


def _token_changes(tokens: set[str], lex: Lexicon, source: str = "typed", glue: str = "keep") -> dict[str, str]:
    """The tokens of ``tokens`` that split-glued changes, each with its new form.

    Every answer is kept on the lexicon, and the tokens answered before are set apart in C: a
    set's difference with a dict and a dict's keys' intersection with a set look up the smaller
    side and never walk the rest, so text of tokens seen before costs no Python work per token.
    The caches are replaced, never cleared, when full: a thread still reading the old pair finds
    them as they were, and a token is in ``changed`` before it is in ``answers``.
    """
    caches = lex.memo("split-glued tokens")
    pair = caches.get((source, glue))
    if pair is None:
        pair = caches[source, glue] = ({}, {})
    answers, changed = pair  # token -> its new form or None; the tokens with a new form
    new = tokens.difference(answers)
    if len(answers) + len(new) > _CACHE_LIMIT:
        answers, changed = caches[source, glue] = ({}, {})
        new = tokens
    for token in new:
        found = split_token(token, lex, source, glue)
        if found is not None:
            changed[token] = found
        answers[token] = found
    return {token: changed[token] for token in changed.keys() & tokens}


def _fix_text(text: str, lex: Lexicon, notes: list[str] | None = None, source: str = "typed",
              glue: str = "keep") -> str:
    out: list[str] = []
    done = 0
    for m in _candidate_re().finditer(text):
        word = m.group(1)
        parts, made, likelier = split_word(word, lex, source, glue)
        if not made:
            continue
        start, end = m.span(1)
        out.append(text[done:start])
        out.append(" ".join(parts))
        done = end
        if notes is not None:
            line = text.count("\n", 0, start) + 1
            evidence = "; ".join(map(str, made))
            notes.append(f"line {line}: {word!r} → {' '.join(parts)!r}, 10^{likelier:.1f}× likelier apart: {evidence}")
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def split_glued(text: str, *, source: str = "typed", glue: str = "keep", config: Config = DEFAULT_CONFIG,
                foreign: str = "keep") -> str:
    """Put back a space lost between two words, where the word counts leave no doubt.

    Two kinds of join are repaired: a *visible* one, after a letter that joins forward, so the
    two words render as one shape (فورمحکام → فورم حکام), and a *marked* one after a word-final
    ے or ں (کےلیے → کے لیے, ہیںاور → ہیں اور). Each part must be a well-attested word of two
    letters or more (a part with bari ye inside, مےں left by ``letters`` inside the glued form, is
    written as the word it is: مےںگجرات → میں گجرات); the split reading must be far likelier
    than the glued form (the pair counts, seen written apart, count most). Left alone:
    the prefix بے (بےقصور), compounds and names written as one word (کمزور), suffixes that
    cannot stand alone, an unknown word that is a known one with a plural or other ending
    (ساتھیان, ڈرائیورز, لڑاکے: not ساتھی ان), the Arabic article as a word of its own, joins after a letter that does not join forward (کردیا, ہوگا: glued or
    apart by convention), protected words, and any token with digits, Latin letters or inner
    punctuation (URLs, handles, code), and Arabic and Persian passages (``foreign="keep"``, the
    default; see docs/guide/arabic-persian.md: المعلومات is not ال + معلومات). With
    ``source="ocr"`` (the ``ocr`` preset) the invisible joins are cut too, where the counts say so
    (ذکرکریں → ذکر کریں), but not before the Arabic article nor inside compounds written glued by
    convention; ``glue="spaced"`` writes the conventions apart (کردیا → کر دیا, ہوگا → ہو گا).

    >>> split_glued("دی ایسٹرن اکنامک فورمحکام کے مطابق") == "دی ایسٹرن اکنامک فورم حکام کے مطابق"
    True
    >>> split_glued("انہوںنے کہا کہ یہ قانون سب کےلیے ہے") == "انہوں نے کہا کہ یہ قانون سب کے لیے ہے"
    True
    >>> split_glued("بےقصور کمزور جائےگا ہوگا") == "بےقصور کمزور جائےگا ہوگا"
    True
    >>> split_glued("@فورمحکام ۲فورمحکام") == "@فورمحکام ۲فورمحکام"
    True
    """
    if foreign not in FOREIGN_MODES:
        raise ValueError(f"foreign must be one of {', '.join(FOREIGN_MODES)}, not {foreign!r}")
    lex = config.lexicon
    if not _trigger_re().search(text):
        return text  # nothing long enough to hold two words: the tables are not even loaded
    # the tokens piece by piece (no dearer than at once): many changes are looked for where they stand
    pieces = token_pieces(text)
    tokens = set().union(*[words for _, _, words in pieces])
    changes = _token_changes(tokens, lex, source, glue)
    # (the new text's tokens are handed on to join-broken: those of this text, and of the lines changed)
    if foreign != "keep" or not changes:
        new = replace_tokens(text, changes, pieces=pieces)
        tokens.update(*[form.split() for form in changes.values()])  # (the set is this call's own)
        hand_on_tokens(new, tokens)
        return new
    # Arabic and Persian passages keep their words whole (المعلومات is not ال + معلومات): each
    # changed line, and only those, is looked at as keep_foreign looks at the lines of a text
    fix = functools.partial(_split_glued, lex=lex, source=source, glue=glue)
    lines: list[str] = []

    def redo(old: str, new: str) -> str:
        lines.append(keep_foreign(old, new, fix))
        return lines[-1]

    new = replace_tokens(text, changes, redo, pieces)
    tokens.update(*[line.split() for line in lines])
    hand_on_tokens(new, tokens)
    return new


def _split_glued(text: str, lex: Lexicon, source: str = "typed", glue: str = "keep") -> str:
    if not _trigger_re().search(text):
        return text
    return replace_tokens(text, _token_changes(set(text.split()), lex, source, glue))


def split_glued_notes(
    text: str, *, line_base: int = 0, source: str = "typed", glue: str = "keep", config: Config = DEFAULT_CONFIG,
    foreign: str = "keep"
) -> list[str]:
    """Each split ``split_glued`` makes, with its evidence (for ``--explain``)."""
    notes: list[str] = []
    if _trigger_re().search(text):
        _fix_text(text, config.lexicon, notes, source, glue)
    if line_base:
        notes = [_shift(n, line_base) for n in notes]
    return notes


def _shift(note: str, line_base: int) -> str:
    number, rest = note[len("line "):].split(":", 1)
    return f"line {int(number) + line_base}:{rest}"
