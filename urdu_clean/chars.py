"""Character data shared by the steps: names for codepoints, classes and maps.

This module is the bottom of the package: it imports nothing from urdu_clean.
Every codepoint is written as a ``\\u`` escape with its Unicode name, and every
class is built from the Unicode Character Database (``unicodedata`` and the
``regex`` module's properties) wherever the database already knows the answer.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata

from .lines import fix_lines, lazy_re, lazy_regex

# --- Letters -------------------------------------------------------------------------------------

ARABIC_YEH = "\u064a"  # ARABIC LETTER YEH (Arabic keyboards; Urdu uses FARSI YEH)
ALEF_MAKSURA = "\u0649"  # ARABIC LETTER ALEF MAKSURA
FARSI_YEH = "\u06cc"  # ARABIC LETTER FARSI YEH: Urdu choti ye
YEH_BARREE = "\u06d2"  # ARABIC LETTER YEH BARREE: Urdu bari ye
YEH_HAMZA = "\u0626"  # ARABIC LETTER YEH WITH HAMZA ABOVE
ARABIC_KAF = "\u0643"  # ARABIC LETTER KAF
KEHEH = "\u06a9"  # ARABIC LETTER KEHEH: Urdu kaf
ARABIC_HEH = "\u0647"  # ARABIC LETTER HEH
HEH_GOAL = "\u06c1"  # ARABIC LETTER HEH GOAL: Urdu gol he
HEH_DOACHASHMEE = "\u06be"  # ARABIC LETTER HEH DOACHASHMEE: Urdu do-chashmi he (aspiration)
TEH_MARBUTA = "\u0629"  # ARABIC LETTER TEH MARBUTA
TEH_MARBUTA_GOAL = "\u06c3"  # ARABIC LETTER TEH MARBUTA GOAL
HEH_YEH_ABOVE = "\u06c0"  # ARABIC LETTER HEH WITH YEH ABOVE (Persian ezafe heh)
HEH_GOAL_HAMZA = "\u06c2"  # ARABIC LETTER HEH GOAL WITH HAMZA ABOVE

# --- Marks ---------------------------------------------------------------------------------------

MADDA_ABOVE = "\u0653"  # ARABIC MADDAH ABOVE (spells the alef of آ)
HAMZA_ABOVE = "\u0654"  # ARABIC HAMZA ABOVE (spells ۂ ۓ ؤ ئ)
HAMZA_BELOW = "\u0655"  # ARABIC HAMZA BELOW
SUPERSCRIPT_ALEF = "\u0670"  # ARABIC LETTER SUPERSCRIPT ALEF (زکوٰۃ, اعلیٰ)

#: Every Arabic-script combining mark: the harakat and tanwin, Quranic annotation signs and the
#: extended marks. ``\p{scx=Arabic}`` is not used because the regex module counts Inherited marks
#: such as U+0301 COMBINING ACUTE ACCENT in every script.
ARABIC_MARKS = (
    "\u0610-\u061a"  # ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM .. ARABIC SMALL KASRA
    "\u064b-\u065f"  # ARABIC FATHATAN .. ARABIC WAVY HAMZA BELOW
    "\u0670"  # ARABIC LETTER SUPERSCRIPT ALEF
    "\u06d6-\u06dc"  # ARABIC SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA .. SMALL HIGH SEEN
    "\u06df-\u06e4"  # ARABIC SMALL HIGH ROUNDED ZERO .. ARABIC SMALL HIGH MADDA
    "\u06e7\u06e8"  # ARABIC SMALL HIGH YEH, ARABIC SMALL HIGH NOON
    "\u06ea-\u06ed"  # ARABIC EMPTY CENTRE LOW STOP .. ARABIC SMALL LOW MEEM
    "\u08ca-\u08e1"  # ARABIC SMALL HIGH FARSI YEH .. ARABIC SMALL HIGH SIGN SAFHA
    "\u08e3-\u08ff"  # ARABIC TURNED DAMMA BELOW .. ARABIC MARK SIDEWAYS NOON GHUNNA
)

#: Marks that spell part of a letter in Urdu and survive ``diacritics="strip"``.
LETTER_MARKS = MADDA_ABOVE + HAMZA_ABOVE + HAMZA_BELOW + SUPERSCRIPT_ALEF

# --- Digits --------------------------------------------------------------------------------------

ASCII_DIGITS = "0123456789"
ARABIC_INDIC_DIGITS = "".join(chr(c) for c in range(0x0660, 0x066A))  # ARABIC-INDIC DIGIT ZERO..NINE
URDU_DIGITS = "".join(chr(c) for c in range(0x06F0, 0x06FA))  # EXTENDED ARABIC-INDIC DIGIT ZERO..NINE
ARABIC_DECIMAL_SEPARATOR = "\u066b"  # ARABIC DECIMAL SEPARATOR
ARABIC_THOUSANDS_SEPARATOR = "\u066c"  # ARABIC THOUSANDS SEPARATOR

# --- Punctuation ---------------------------------------------------------------------------------

FULL_STOP = "\u06d4"  # ARABIC FULL STOP: Urdu khatma
ARABIC_COMMA = "\u060c"  # ARABIC COMMA
ARABIC_SEMICOLON = "\u061b"  # ARABIC SEMICOLON
ARABIC_QUESTION = "\u061f"  # ARABIC QUESTION MARK

# --- Invisible and format characters -------------------------------------------------------------

TATWEEL = "\u0640"  # ARABIC TATWEEL (kashida: stretches a join, carries no letter)
ZWNJ = "\u200c"  # ZERO WIDTH NON-JOINER
ZWJ = "\u200d"  # ZERO WIDTH JOINER

#: Removed wherever they stand: they carry nothing a reader sees.
INVISIBLE = (
    "\u00ad"  # SOFT HYPHEN
    "\u200b"  # ZERO WIDTH SPACE
    "\u2060"  # WORD JOINER
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE (a BOM inside text)
)

#: Bidirectional formatting characters; removed unless the caller keeps them.
BIDI_CONTROLS = (
    "\u061c"  # ARABIC LETTER MARK
    "\u200e\u200f"  # LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
    "\u202a-\u202e"  # LEFT-TO-RIGHT EMBEDDING .. RIGHT-TO-LEFT OVERRIDE
    "\u2066-\u2069"  # LEFT-TO-RIGHT ISOLATE .. POP DIRECTIONAL ISOLATE
)

#: Spaces other than U+0020 that become a plain space (tab and line breaks are not among them).
UNICODE_SPACES = (
    "\u00a0"  # NO-BREAK SPACE
    "\u1680"  # OGHAM SPACE MARK
    "\u2000-\u200a"  # EN QUAD .. HAIR SPACE
    "\u202f"  # NARROW NO-BREAK SPACE
    "\u205f"  # MEDIUM MATHEMATICAL SPACE
    "\u3000"  # IDEOGRAPHIC SPACE
)

# --- Classes as regex fragments ------------------------------------------------------------------

#: ``\p{Script=Arabic}`` as a stdlib class body: the regex module's property, several times slower to
#: scan with, written out (tests/test_startup.py checks the two agree on every code point).
ARABIC_SCRIPT = (
    "\u0600-\u0604\u0606-\u060b\u060d-\u061a\u061c-\u061e\u0620-\u063f\u0641-\u064a\u0656-\u066f"
    "\u0671-\u06dc\u06de-\u06ff\u0750-\u077f\u0870-\u0891\u0897-\u08e1\u08e3-\u08ff\ufb50-\ufd3d"
    "\ufd40-\ufdcf\ufdf0-\ufdff\ufe70-\ufe74\ufe76-\ufefc\U00010e60-\U00010e7e\U00010ec2-\U00010ec7"
    "\U00010ec9-\U00010eee\U00010ef0-\U00010eff\U0001ee00-\U0001ee03\U0001ee05-\U0001ee1f"
    "\U0001ee21-\U0001ee22\U0001ee24\U0001ee27\U0001ee29-\U0001ee32\U0001ee34-\U0001ee37\U0001ee39"
    "\U0001ee3b\U0001ee42\U0001ee47\U0001ee49\U0001ee4b\U0001ee4d-\U0001ee4f\U0001ee51-\U0001ee52"
    "\U0001ee54\U0001ee57\U0001ee59\U0001ee5b\U0001ee5d\U0001ee5f\U0001ee61-\U0001ee62\U0001ee64"
    "\U0001ee67-\U0001ee6a\U0001ee6c-\U0001ee72\U0001ee74-\U0001ee77\U0001ee79-\U0001ee7c\U0001ee7e"
    "\U0001ee80-\U0001ee89\U0001ee8b-\U0001ee9b\U0001eea1-\U0001eea3\U0001eea5-\U0001eea9"
    "\U0001eeab-\U0001eebb\U0001eef0-\U0001eef1"
)
#: The White_Space property, what the regex module's ``\s`` matches (the stdlib's ``\s`` also
#: matches the separators U+001C-U+001F).
WHITE_SPACE = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

#: An Arabic-script letter (Urdu, Arabic, Persian ...). Digits are not letters.
ARABIC_LETTER = r"(?:(?=\p{L})\p{Script=Arabic})"
#: A letter that joins the letter after it (dual-joining), or a join-causing character (tatweel, ZWJ).
JOINS_FORWARD = r"[\p{Joining_Type=Dual_Joining}\p{Joining_Type=Join_Causing}]"

_ARABIC_LETTER_RE = lazy_regex(ARABIC_LETTER)
_JOINS_FORWARD_RE = lazy_regex(JOINS_FORWARD)

#: The Arabic-script letters of the Arabic, Arabic Supplement and Arabic Extended-A blocks, as a
#: string: for sets and stdlib character classes in hot loops (presentation forms are excluded:
#: the ``unicode`` step turns them into these). Every letter of these blocks is of the Arabic script
#: but tatweel (Common), so the stdlib's categories suffice and no pattern is compiled at import;
#: tests/test_startup.py checks this against :data:`ARABIC_LETTER`.
ARABIC_LETTER_CHARS = "".join(
    c for c in map(chr, [*range(0x0600, 0x0700), *range(0x0750, 0x0780), *range(0x08A0, 0x0900)])
    if unicodedata.category(c).startswith("L") and c != TATWEEL
)

#: A URL or an e-mail address: marks inside one are never punctuation of the sentence. An Urdu
#: sentence or clause mark ends one ("دیکھیں https://x.pk/a۔ پھر"): no address is written with
#: one, where a sentence often ends right after the address. A URL opens with a scheme (https://,
#: ftp://, file:///), with www., or with a domain in Latin letters right before a path (bit.ly/x,
#: ur.wikipedia.org/wiki/x, wa.me/92...: a bare domain with no path is ASCII, which no step
#: changes). An e-mail domain is ASCII letters (an Urdu word glued after one is not its domain)
#: or labels in Arabic script each a dot apart (user@مثال.پاکستان). An address is read from where
#: its run of characters opens, only there, and without going back: a long word costs one look,
#: not one from each of its letters. A digit counts in any script (``\d``): the digits step may
#: write ۰ as 0, and an address must be found in both alike.
URL_OR_EMAIL = (
    r"(?<![A-Za-z\d+.-])(?:[A-Za-z][A-Za-z\d+.-]*+://|www\.)[^\s۔،؟؛]+"
    r"|(?<![\w.@/-])(?<![" + ARABIC_MARKS + r"])(?:[A-Za-z\d-]++\.)++[A-Za-z]{2,}+/[^\s۔،؟؛]*"
    r"|(?<![\w.+-])[\w.+-]+@(?:[A-Za-z\d-]+\.[A-Za-z\d.-]+|"
    f"[{ARABIC_LETTER_CHARS}]++(?:\\.[{ARABIC_LETTER_CHARS}]++)++)"
)


def may_hold_url(text: str) -> bool:
    """Whether ``text`` may hold what :data:`URL_OR_EMAIL` finds (scans in C, far cheaper than the
    pattern's): every URL has a "/" or a "w." (www. in any case), every e-mail address an "@"."""
    return "/" in text or "@" in text or "w." in text or "W." in text


def is_arabic_letter(ch: str) -> bool:
    """True for a letter of the Arabic script (``"ب"``), false for digits, marks and Latin."""
    return bool(ch) and _ARABIC_LETTER_RE.match(ch) is not None


def joins_forward(ch: str) -> bool:
    """True when ``ch`` connects to the letter written after it (``"ب"``, not ``"ا"`` or ``"ے"``)."""
    return bool(ch) and _JOINS_FORWARD_RE.match(ch) is not None


# --- Composition ---------------------------------------------------------------------------------

# Farsi yeh + hamza above has no canonical composition (ئ decomposes to *Arabic* yeh + hamza), so
# NFC leaves it as two codepoints. Harakat (canonical class below 230) may stand between them.
_YEH_HAMZA_RE = lazy_regex(FARSI_YEH + "([\u064b-\u0652\u0670]*)" + HAMZA_ABOVE)
#: Where text may need composing. Outside these ranges lie every Arabic presentation form and
#: every character whose NFC quick-check is not Yes (tests/test_unicode.py checks that against the
#: Unicode database); inside them only pairs of Arabic marks can need NFC's reordering. Two plain
#: scans with the stdlib engine are several times faster than one scan for the NFC properties.
STABLE_RANGES = "\x00-\u02ff\u0600-\u0652\u0656-\u06ff\u2002-\u206f"


def outside(ranges: str) -> str:
    """A class body for the characters outside ``ranges`` (a class body of ``lo-hi`` pairs).

    >>> print(outside("b-dx-z"))
    \\U00000000-\\U00000061\\U00000065-\\U00000077\\U0000007b-\\U0010ffff
    """
    spans = sorted((ord(ranges[i]), ord(ranges[i + 2])) for i in range(0, len(ranges), 3))
    out, at = [], 0
    for lo, hi in spans:
        if lo > at:
            out.append(f"\\U{at:08x}-\\U{lo - 1:08x}")
        at = max(at, hi + 1)
    return "".join(out) + f"\\U{at:08x}-\\U0010ffff"


_OUTSIDE_STABLE = outside(STABLE_RANGES)
#: Where :func:`compose_line` may change a line: a character outside :data:`STABLE_RANGES` or
#: two Arabic marks together (the class first: characters rare in text, skipped to fast).
MAY_COMPOSE_RE = lazy_re(f"[{_OUTSIDE_STABLE}{ARABIC_MARKS}](?:(?<=[{_OUTSIDE_STABLE}])|(?=[{ARABIC_MARKS}]))")

#: Characters that NFC might change: those whose NFC quick-check is No or Maybe, and mark pairs
#: (which canonical ordering may swap).
MAY_NEED_NFC = r"[\p{NFC_QC=N}\p{NFC_QC=M}]|\p{Mn}\p{Mn}"
MAY_NEED_NFC_RE = lazy_regex(MAY_NEED_NFC)


#: A stretch of Arabic script: from an Arabic-script character or mark through the marks, spaces,
#: digits and punctuation that follow it, up to a character of another script (Latin, Devanagari).
ARABIC_STRETCH = (
    rf"[\p{{Script=Arabic}}{ARABIC_MARKS}][\p{{Script=Arabic}}\p{{Script=Inherited}}\p{{Script=Common}}]*"
)
_ARABIC_STRETCH_RE = lazy_regex(ARABIC_STRETCH)


def _nfc(m: regex.Match[str]) -> str:
    return unicodedata.normalize("NFC", m[0])


#: A line longer than this is composed in pieces cut before a space (NFC never composes across
#: a space, a starter), so that NFC's working copies of a very long line stay small.
LONG_LINE = 1 << 20


def compose_line(line: str) -> str:
    """NFC of the Arabic-script stretches of one line, and ی + hamza above → ئ (no trigger scan
    first: see :func:`compose`). Other scripts keep their codepoints: NFC would decompose the
    Devanagari nukta letters (क़ U+0958 and its kin are composition exclusions)."""
    if len(line) > LONG_LINE:
        pieces, at = [], 0
        while at < len(line):
            cut = line.find(" ", at + LONG_LINE)
            cut = len(line) if cut < 0 else cut
            pieces.append(_compose(line[at:cut]))
            at = cut
        return "".join(pieces)
    return _compose(line)


def _compose(line: str) -> str:
    if not unicodedata.is_normalized("NFC", line):
        line = _ARABIC_STRETCH_RE.sub(_nfc, line)
    # the test in C first: most lines composed have no hamza above left to join
    return _YEH_HAMZA_RE.sub(YEH_HAMZA + r"\1", line) if HAMZA_ABOVE in line else line


#: The marks NFC composes with the letter before them (آ ؤ ئ ۂ ۓ أ إ): the only characters of the
#: Arabic block whose NFC quick-check is not Yes (tests/test_unicode.py checks that).
COMPOSING_MARKS = MADDA_ABOVE + HAMZA_ABOVE + HAMZA_BELOW


@functools.cache
def _letter_mark_pairs() -> dict[str, dict[str, str]]:
    """For each composing mark, the letters it composes with and what they make (ی + hamza
    above → ئ included), from the Unicode database."""
    pairs: dict[str, dict[str, str]] = {mark: {} for mark in COMPOSING_MARKS}
    for cp in range(0x0600, 0x0700):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and chr(int(parts[1], 16)) in pairs:
            pairs[chr(int(parts[1], 16))][chr(int(parts[0], 16))] = chr(cp)
    pairs[HAMZA_ABOVE][FARSI_YEH] = YEH_HAMZA
    return pairs


def compose_letter_marks(text: str) -> str:
    """Each composing mark joined to the letter right before it, where they make one letter
    (ا + ٓ → آ, و + ٔ → ؤ, ی + ٔ → ئ); nothing else is looked at.

    On a line where no two marks stand together and every other character is NFC's already (the
    line decomposed madda and hamza leave), this is :func:`compose_line`, at the cost of a split
    on each mark the text holds. Elsewhere it may leave work for :func:`compose_line` but never
    undoes it (no pair it joins is left by it).

    >>> compose_letter_marks("\u0627\u0653\u0645 \u0648\u0654 \u0654") == "\u0622\u0645 \u0624 \u0654"
    True
    """
    for mark, letters in _letter_mark_pairs().items():
        if mark not in text:
            continue
        pieces = text.split(mark)
        out = [pieces[0]]
        for piece in itertools.islice(pieces, 1, None):
            joined = letters.get(out[-1][-1:])
            if joined:
                out[-1] = out[-1][:-1]
                out.append(joined)
            else:
                out.append(mark)
            out.append(piece)
        text = "".join(out)
    return text


def compose(text: str) -> str:
    """NFC on Arabic script, plus the one composition Urdu needs that NFC lacks: ی + hamza
    above → ئ. Only the lines that may need it are rewritten; other scripts are left as written.

    >>> compose("\\u0627\\u0653") == "\\u0622"          # alef + madda → آ
    True
    >>> compose("\\u06cc\\u0654") == "\\u0626"          # farsi yeh + hamza → ئ
    True
    >>> compose("کتاب")
    'کتاب'
    >>> compose("\u0958") == "\u0958"                # Devanagari QA stays one codepoint
    True
    """
    return fix_lines(text, MAY_NEED_NFC_RE, compose_line)


def strip_marks(word: str) -> str:
    """A word without its Arabic combining marks: the key word lists are looked up by.

    >>> strip_marks("زکوٰۃ") == "زکوۃ"
    True
    """
    return _ARABIC_MARK_RE.sub("", word)


_ARABIC_MARK_RE = lazy_regex("[" + ARABIC_MARKS + "]")
