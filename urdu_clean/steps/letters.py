"""``letters``: Arabic and Persian codepoints to the Urdu letters they stand for."""

from __future__ import annotations

import functools
import itertools
import re

from ..chars import (
    ALEF_MAKSURA,
    ARABIC_HEH,
    ARABIC_KAF,
    ARABIC_MARKS,
    ARABIC_LETTER,
    ARABIC_YEH,
    FARSI_YEH,
    HEH_DOACHASHMEE,
    HEH_GOAL,
    HEH_GOAL_HAMZA,
    HEH_YEH_ABOVE,
    KEHEH,
    TEH_MARBUTA,
    TEH_MARBUTA_GOAL,
    YEH_BARREE,
    MAY_COMPOSE_RE,
    YEH_HAMZA,
    compose,
    compose_line,
)
from ..config import DEFAULT_CONFIG, Config
from ..language import FOREIGN_MODES, keep_foreign, protected_notes
from ..lexicon import WELL_ATTESTED, Lexicon
from ..lines import fix_lines, lazy_re, lazy_regex, lines_holding
from ..words import base_before as _base_before
from ..words import has_letter_after as _has_letter_after
from ..words import letter_count as _letter_count
from ..words import keep_identifiers, keep_protected, rewrite_words

#: Letters with one Urdu counterpart, whatever their place in the word.
ONE_TO_ONE = {
    ord(ARABIC_YEH): FARSI_YEH,  # ARABIC LETTER YEH → ARABIC LETTER FARSI YEH
    ord(ALEF_MAKSURA): FARSI_YEH,  # ARABIC LETTER ALEF MAKSURA → ARABIC LETTER FARSI YEH
    ord(ARABIC_KAF): KEHEH,  # ARABIC LETTER KAF → ARABIC LETTER KEHEH
    ord(TEH_MARBUTA): TEH_MARBUTA_GOAL,  # ARABIC LETTER TEH MARBUTA → ARABIC LETTER TEH MARBUTA GOAL
    ord(HEH_YEH_ABOVE): HEH_GOAL_HAMZA,  # ARABIC LETTER HEH WITH YEH ABOVE → HEH GOAL WITH HAMZA ABOVE
}

#: Consonants that Urdu aspirates with ھ (بھ پھ تھ ٹھ جھ چھ دھ ڈھ رھ ڑھ کھ گھ لھ مھ نھ): after
#: them an Arabic ه may be either ھ or ہ, and only a word list can tell.
ASPIRABLE = frozenset("بپتٹجچدڈرڑکگلمن")

#: How many times more frequent the chosen spelling must be than every other reading.
MARGIN = 20.0
#: A word with more undecided letters than this is left alone (2**6 readings at most).
MAX_CHOICES = 6

YEH_BARREE_HAMZA = "\u06d3"  # ARABIC LETTER YEH BARREE WITH HAMZA ABOVE
#: ۓ is written ئے (hamza seat, then bari ye), as Urdu dictionaries and keyboards spell سائے, لیے.
_HAMZA_SEAT_BARI_YE = YEH_HAMZA + YEH_BARREE
_YEH_BARREE_HAMZA_RE = lazy_re(YEH_BARREE_HAMZA)
#: Where a word may need the word-level rules: an Arabic heh anywhere, a bari ye with a letter
#: after it, a do-chashmi he opening a word. Three simple scans beat one alternation several-fold.
_TRIGGER_RES = (
    lazy_re(ARABIC_HEH),
    lazy_re(rf"{YEH_BARREE}(?=[{ARABIC_MARKS}]*[^\W\d_])"),
    # (marks before it do not count: diacritics="strip" may remove them later; a Latin letter
    # before it ends no Urdu word either: script-spacing may set a space between them later)
    lazy_regex(rf"(?<!(?:{ARABIC_LETTER}|\p{{N}})[{ARABIC_MARKS}]*){HEH_DOACHASHMEE}"),
)


@functools.cache
def _opening_heh_candidates() -> re.Pattern[str]:
    """A stdlib scan for the last trigger, many times faster than the ``regex`` module's: a ھ that
    no Arabic-block letter or digit, nor an ASCII digit, stands right before. Its hits hold every
    hit of the trigger (each of those is checked with it: a mark before ھ is looked past)."""
    import regex  # (loaded already: the trigger it stands for is the regex module's)

    exact = regex.compile(rf"{ARABIC_LETTER}|\p{{N}}")
    before = "".join(c for c in map(chr, range(0x0600, 0x0700)) if exact.fullmatch(c))
    return re.compile(f"{HEH_DOACHASHMEE}(?<![0-9{re.escape(before)}]{HEH_DOACHASHMEE})")


def _trigger_hits(text: str) -> list[list[int]]:
    """The places of each trigger of :data:`_TRIGGER_RES` that has any, in order."""
    found = [hits for pattern in _TRIGGER_RES[:2] if (hits := [m.start() for m in pattern.finditer(text)])]
    if HEH_DOACHASHMEE in text:
        exact = _TRIGGER_RES[2].match
        if hits := [m.start() for m in _opening_heh_candidates().finditer(text) if exact(text, m.start())]:
            found.append(hits)
    return found




def _spell_yeh_barree_hamza(line: str) -> str:
    """ۓ → ئے on a line (composed first, so that ے + hamza above is caught too)."""
    line = compose_line(line)
    while YEH_BARREE_HAMZA in line:  # ۓ + a second hamza would compose again: until none is left
        line = compose_line(line.replace(YEH_BARREE_HAMZA, _HAMZA_SEAT_BARI_YE))
    return line


#: A bari ye typed twice at the end of a word (ہےے), vowel marks between them, or after them, or
#: not: a mark must not hide the doubling from this step while ``diacritics="strip"`` reveals it later.
_DOUBLED_FINAL_YEH_RE = lazy_re(f"{YEH_BARREE}(?:[{ARABIC_MARKS}]*{YEH_BARREE})+(?=[{ARABIC_MARKS}]*$)")


def _undouble_final_yeh(word: str, lex: Lexicon) -> str:
    """ہےے → ہے: a doubled final ے is one ے, unless the word list knows the word better with
    the first ے read as ی (چاہےے → چاہیے, ے typed for ی before the ending)."""
    m = _DOUBLED_FINAL_YEH_RE.search(word)
    stem, marks = word[: m.start()], word[m.end() :]  # type: ignore[union-attr]  # (marks after it stay)
    one, with_ye = stem + YEH_BARREE + marks, stem + FARSI_YEH + YEH_BARREE + marks
    return with_ye if lex.count(with_ye) > lex.count(one) else one


def _split_is_known(word: str, i: int, lex: Lexicon) -> bool:
    """Whether ``word`` reads as two words glued at ``i`` ("جائےگا" = "جائے" + "گا").

    The pair must have been seen written apart, or both parts be well-attested words of two
    letters or more (a big list also holds fragments: کھی of دیکھی, seen 4 times).
    """
    head, tail = word[: i + 1], word[i + 1 :]
    if _letter_count(head) < 2 or _letter_count(tail) < 2:
        return False
    return lex.pair(head, tail) > 0 or min(lex.count(head), lex.count(tail)) >= WELL_ATTESTED


_CACHE_LIMIT = 1 << 16


#: Characters: a longer token is no word (text glued without spaces, a hash) and its letters keep
#: what the one-to-one map made of them; the word rules, which read it as a whole, are not tried
#: (the longest word of the bundled counts has 23).
MAX_WORD = 64


def repair_word(word: str, after_digit: bool, lex: Lexicon) -> str:
    """``_repair_word_uncached``, with its answers kept on the lexicon that gave them."""
    if len(word) > MAX_WORD:
        return word
    memo = lex.memo("letters")
    found = memo.get((word, after_digit))
    if found is None:
        found = _repair_word_uncached(word, after_digit, lex)
        if len(memo) >= _CACHE_LIMIT:
            memo.clear()
        memo[word, after_digit] = found
    return found


def _repair_word_uncached(word: str, after_digit: bool, lex: Lexicon) -> str:
    if _letter_count(word) < 2:
        return word  # a lone letter is a sign (۱۴۴۵ھ, the Hijri year) or an initial: not ours
    if YEH_BARREE in word and _DOUBLED_FINAL_YEH_RE.search(word):
        word = _undouble_final_yeh(word, lex)
    chars = list(word)
    choices: list[tuple[int, tuple[str, ...]]] = []
    heh_undecided = False
    for i, c in enumerate(chars):
        if c == ARABIC_HEH:
            before = _base_before(word, i)
            if before in ASPIRABLE:
                choices.append((i, (HEH_GOAL, HEH_DOACHASHMEE)))
                heh_undecided = True
            else:
                chars[i] = HEH_GOAL  # after a vowel letter or at the start: only ہ is possible
        elif c == HEH_DOACHASHMEE and not _base_before(word, i) and not after_digit:
            chars[i] = HEH_GOAL  # ھو، ھے: no Urdu word opens with the aspiration sign
        elif c == YEH_BARREE and _has_letter_after(word, i) and not _split_is_known(word, i, lex):
            choices.append((i, (YEH_BARREE, FARSI_YEH)))  # مےں, اےک: bari ye inside a word
    if not choices:
        return compose("".join(chars))
    if len(choices) > MAX_CHOICES:
        return word
    readings = []
    for picks in itertools.product(*(options for _, options in choices)):
        for (i, _), pick in zip(choices, picks):
            chars[i] = pick
        reading = "".join(chars)
        readings.append((lex.frequency(reading), reading))
    readings.sort(reverse=True)
    (best_freq, best), runner_up = readings[0], readings[1][0]
    if heh_undecided:
        if best_freq > 0 and best_freq >= MARGIN * runner_up:
            return compose(best)
        return word  # unsure which he: leave the word as it was written
    # only bari-ye choices: the first reading keeps every ے as written
    kept = next(f for f, r in readings if all(r[i] == YEH_BARREE for i, _ in choices))
    if best_freq > 0 and best_freq >= MARGIN * kept and best_freq >= MARGIN * runner_up:
        return compose(best)
    for i, _ in choices:
        chars[i] = YEH_BARREE
    return compose("".join(chars))


def _repair_words(text: str, lex: Lexicon) -> str:
    """Repair each word that holds a trigger; the rest of the text is copied, not re-examined."""
    found = _trigger_hits(text)
    if not found:
        return text
    # one pattern's hits come in order (most texts' are all a bari ye's); several are merged
    triggers = found[0] if len(found) == 1 else sorted({at for hits in found for at in hits})

    known = lex.memo("letters").get  # (repair_word's own answers: most words were seen before)

    def fix(word: str, start: int) -> str:
        after_digit = start > 0 and text[start - 1].isdigit()
        if after_digit and word[0] == YEAR_SIGN and len(word) > 1:
            # "2024ءمیں": the year sign, then the next word (as script-spacing reads them)
            return YEAR_SIGN + repair_word(word[1:], False, lex)
        return known((word, after_digit)) or repair_word(word, after_digit, lex)

    return rewrite_words(text, triggers, fix)


YEAR_SIGN = "\u0621"  # ARABIC LETTER HAMZA after a year: "2024ء"
#: ``source`` values: ``typed`` text, or ``ocr`` output with the engine's confusions for ہ.
SOURCES = ("typed", "ocr")
ARABIC_AE = "\u06d5"  # ARABIC LETTER AE: OCR engines read a final ہ as it; no Urdu word has it
#: Where OCR output may hold a confused ہ: ە anywhere, ھ or ه ending a word.
#: (a Latin letter after it does not go on the word: script-spacing may set a space there later)
_OCR_RE = lazy_regex(rf"{ARABIC_AE}|[{HEH_DOACHASHMEE}{ARABIC_HEH}](?!{ARABIC_LETTER}|\p{{M}})")


def _ocr_word(word: str, lex: Lexicon, after_digit: bool = False) -> str:
    """One word of OCR output with its confused ہ repaired: ە → ہ always; a final ھ → ہ where only
    the ہ spelling is a word; a final ه the word list left undecided → the likelier of ہ and ھ.
    (``after_digit``: a digit stands right before it, as :func:`repair_word` reads it.)"""
    word = word.replace(ARABIC_AE, HEH_GOAL)
    if _letter_count(word) < 2 or word[-1] not in (HEH_DOACHASHMEE, ARABIC_HEH):
        return compose(word)
    goal, aspirated = word[:-1] + HEH_GOAL, word[:-1] + HEH_DOACHASHMEE
    n_goal, n_aspirated = lex.count(goal), lex.count(aspirated)
    if word[-1] == ARABIC_HEH:
        # the final he decided, the word's other letters are judged again as typed text would be
        return repair_word(aspirated if n_aspirated > n_goal else goal, after_digit, lex)
    if n_goal >= WELL_ATTESTED and n_goal >= MARGIN * max(n_aspirated, 1):
        return compose(goal)
    return word


def spell_word(word: str, lex: Lexicon, source: str = "typed") -> str:
    """One word as this step writes it (``foreign="normalize"``): for a word another step made
    (a merge, a lost letter put back), so that a second run of this step finds nothing to do."""
    word = repair_word(word, False, lex)
    return _ocr_word(word, lex) if source == "ocr" else word


def _ocr_words(text: str, lex: Lexicon) -> str:
    starts = [m.start() for m in _OCR_RE.finditer(text)]
    if not starts:
        return text
    memo = lex.memo("letters:ocr")

    def fix(word: str, start: int) -> str:
        after_digit = start > 0 and text[start - 1].isdigit()  # (its ھ is the year sign: ۱۴۴۵ھ)
        found = memo.get((word, after_digit))
        if found is None:
            found = memo[word, after_digit] = _ocr_word(word, lex, after_digit)
        return found

    return rewrite_words(text, starts, fix)


_ONE_TO_ONE_PAIRS = tuple((chr(code), letter) for code, letter in ONE_TO_ONE.items())
#: OCR output's ە is always a ہ, mapped with the rest so the word rules after see the ہ
_OCR_PAIRS = _ONE_TO_ONE_PAIRS + ((ARABIC_AE, HEH_GOAL),)


def _one_to_one(text: str, pairs: tuple[tuple[str, str], ...] = _ONE_TO_ONE_PAIRS) -> str:
    """:data:`ONE_TO_ONE` on the whole text, and each line it changed composed again (a mapped
    letter may compose with the mark after it: ى + ٔ → ئ).

    ``str.replace`` for each letter runs in C, far faster than ``translate`` with a table; as the
    map keeps every line's length, a line of the result stands where it stood, and only the lines
    that composing may change (few: marks together, characters outside the stable ranges) are
    looked at again.
    """
    present = [letter for letter, _ in pairs if letter in text]  # (`in` scans far faster than a regex)
    if not present:
        return text
    mapped = text
    for letter, urdu in pairs:
        if letter in present:
            mapped = mapped.replace(letter, urdu)
    # the lines the map changed are those that held a mapped letter (found from the letters: most
    # lines have none, and a scan of the whole text for MAY_COMPOSE_RE cost ten times as much)
    out, done = [], 0  # mapped[:done] is in out
    for start, end in lines_holding(text, "".join(present)):
        if MAY_COMPOSE_RE.search(mapped, start, end):
            out += (mapped[done:start], compose_line(mapped[start:end]))
            done = end
    if not out:
        return mapped
    out.append(mapped[done:])
    return "".join(out)


def _letters(text: str, config: Config = DEFAULT_CONFIG, source: str = "typed") -> str:
    text = _one_to_one(text, _OCR_PAIRS if source == "ocr" else _ONE_TO_ONE_PAIRS)
    if YEH_BARREE_HAMZA in text:
        text = fix_lines(text, _YEH_BARREE_HAMZA_RE, _spell_yeh_barree_hamza)
    text = _repair_words(text, config.lexicon)
    if YEH_BARREE_HAMZA in text:  # a doubled ے undone before a hamza composes one (ہےۓ → ہۓ): once more
        text = fix_lines(text, _YEH_BARREE_HAMZA_RE, _spell_yeh_barree_hamza)
    if source == "ocr":
        text = _ocr_words(text, config.lexicon)
    return text


#: What this step changes that a foreign word may hold (ے and ھ make a word Urdu, never foreign;
#: ە only with source="ocr", but a line is judged by what it holds, whichever letter changed).
#: ۓ too: its line is composed whole, a passage's marks with it.
_MAY_BE_FOREIGN = (ARABIC_YEH + ALEF_MAKSURA + ARABIC_KAF + TEH_MARBUTA + HEH_YEH_ABOVE + ARABIC_HEH + ARABIC_AE
                   + YEH_BARREE_HAMZA)


def letters(text: str, *, config: Config = DEFAULT_CONFIG, foreign: str = "keep", source: str = "typed") -> str:
    """Write Arabic codepoints as the Urdu letters they stand for.

    URLs, e-mail addresses, @handles and #hashtags are left as written: a letter changed in one
    makes another address; so are the words the lexicon protects (``--protect``). Arabic and
    Persian passages are left as written (``foreign="keep"``, the default; what counts as one is
    in docs/guide/arabic-persian.md): the rules below apply to the rest of the line, so Urdu
    typed on an Arabic or Persian keyboard is still repaired.
    ``foreign="normalize"`` treats the passages as Urdu too (one spelling, for a search index).

    - ي ى → ی, ك → ک, ة → ۃ, ۀ → ۂ; and ۓ → ئے (لیۓ → لیئے, ساۓ → سائے): Urdu writes
      the hamza on its seat before the bari ye, as dictionaries and keyboards do.
    - A bari ye typed twice at the end of a word is one (ہےے → ہے), unless the word list knows
      the word better with the first read as choti ye (چاہےے → چاہیے).
    - Arabic heh ه → ہ at the start of a word or after a letter Urdu never aspirates; after one it
      may aspirate (مجه → مجھ, که → کہ) the word list decides, and an undecided word is left
      as written.
    - Do-chashmi he opening a word is the typist's ہ (ھو گیا ھے → ہو گیا ہے), but a lone ھ is
      the Hijri-year sign (۱۴۴۵ھ) and stays.
    - Bari ye inside a word where the word list knows the word with choti ye (مےں → میں,
      اےک → ایک); not where the word reads as two known words glued (جائےگا) or as the
      prefix بے (بےقصور).
    - With ``source="ocr"``, the confusions of OCR engines for ہ: ARABIC LETTER AE ە (کە → کہ),
      a final ھ where only the ہ spelling is a word (کھ → کہ, but دیکھ stays), and a final ه
      that the word list could not decide (the likelier spelling, else ہ).

    >>> letters("ھو گیا ھے") == "ہو گیا ہے"
    True
    >>> letters("مےں اےک بےقصور") == "میں ایک بےقصور"
    True
    >>> letters("كيا مجه که") == "کیا مجھ کہ"
    True
    >>> letters("۱۴۴۵ھ")
    '۱۴۴۵ھ'
    >>> letters("ساۓ میں ہےے،") == "سائے میں ہے،"
    True
    >>> letters("انہوں نے كہا: ﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾") == "انہوں نے کہا: ﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾"
    True
    >>> letters("مدرسة الفلاح في المدينة", foreign="normalize") == "مدرسۃ الفلاح فی المدینۃ"
    True
    """
    if foreign not in FOREIGN_MODES:
        raise ValueError(f"foreign must be one of {', '.join(FOREIGN_MODES)}, not {foreign!r}")
    fix = functools.partial(_letters_kept, config=config, source=source, foreign=foreign)
    # (a word the lexicon protects keeps its letters: علي stays where it is listed)
    return keep_protected(text, fix(text), fix, config.lexicon)


def _letters_kept(text: str, config: Config, source: str, foreign: str) -> str:
    """:func:`_letters` on ``text`` but for its addresses and (``foreign="keep"``) its passages."""
    fix = functools.partial(_letters, config=config, source=source)
    if foreign == "normalize":
        return keep_identifiers(text, fix(text), fix)
    # repaired at once, as with foreign="normalize"; the lines it changed are then looked at
    kept = keep_foreign(text, fix(text), fix, _MAY_BE_FOREIGN)
    return keep_identifiers(text, kept, lambda part: keep_foreign(part, fix(part), fix, _MAY_BE_FOREIGN))


def letters_notes(
    text: str, *, line_base: int = 0, config: Config = DEFAULT_CONFIG, foreign: str = "keep", source: str = "typed"
) -> list[str]:
    """The Arabic and Persian passages ``letters`` left as written (for ``--explain``)."""
    if foreign != "keep":
        return []
    return protected_notes(text, functools.partial(_letters, config=config, source=source), line_base=line_base)
