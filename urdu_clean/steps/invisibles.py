"""``invisibles``: zero-width characters, bidi controls, tatweel and exotic spaces."""

from __future__ import annotations

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time)

from ..chars import (
    ARABIC_MARKS,
    BIDI_CONTROLS,
    INVISIBLE,
    TATWEEL,
    UNICODE_SPACES,
    ZWJ,
    ZWNJ,
    compose_line,
    is_arabic_letter,
    joins_forward,
)
from ..language import FOREIGN_MODES, foreign_spans
from ..lines import expand_ranges, fix_lines, has_any, lazy_re, lazy_regex

if TYPE_CHECKING:
    import regex

_SPACES_RE = lazy_regex("[" + UNICODE_SPACES + "]")
#: A tatweel after a lone letter, with no letter or mark after it, shows that letter's joined form: the
#: abbreviation of the Hijri year (١٤٤٥هـ), a letter named by its form (بـ). It is the writer's
#: and stays; a tatweel in a word (پاکـــستان) is stretching, and goes (a run of them, after the
#: first that stays, too).
#: (What this step may remove or keep is looked past, so that a second run, reading the line
#: without it, decides alike; tatweel is a modifier letter itself, and no Arabic-script one.)
_GAP = f"[{INVISIBLE}{BIDI_CONTROLS}{ZWNJ}{ZWJ}{TATWEEL}]*"
#: (a ? or U+FFFD may be a lost letter that lost-letters puts back: counted as a letter before)
_AL = r"(?:(?=\p{L})\p{Script=Arabic})"
_BEFORE = rf"(?:{_AL}|[?\ufffd]|\p{{M}})"
_TATWEEL = (rf"(?:(?<!(?<!{_BEFORE}{_GAP}){_AL}{_GAP}){TATWEEL}|(?<={TATWEEL}{_GAP}){TATWEEL}"
            rf"|{TATWEEL}(?={_GAP}(?:\p{{M}}|(?!{TATWEEL})\p{{L}}|[?\ufffd])))")
_DROP_RE = lazy_regex(f"(?:[{INVISIBLE}]|{_TATWEEL})+")
_DROP_WITH_BIDI_RE = lazy_regex(f"(?:[{INVISIBLE}{BIDI_CONTROLS}]|{_TATWEEL})+")
_TATWEEL_RE = lazy_regex(_TATWEEL)
#: In an Arabic passage a tatweel that carries a mark is its seat (the Quran's ـٰ, a dagger
#: alef on a kashida): it stays there, as the passage is written; other tatweels go.
_SEAT_RE = lazy_re(f"{TATWEEL}(?=[{ARABIC_MARKS}])")
_DROP_BUT_SEATS_RE = lazy_regex(f"(?:[{INVISIBLE}]|{_TATWEEL}(?![{ARABIC_MARKS}]))+")
_DROP_BUT_SEATS_WITH_BIDI_RE = lazy_regex(f"(?:[{INVISIBLE}{BIDI_CONTROLS}]|{_TATWEEL}(?![{ARABIC_MARKS}]))+")

_JOINERS_RE = lazy_regex(f"[{ZWNJ}{ZWJ}]+")
_MARK_OR_JOINER_RE = lazy_regex(f"[\\p{{M}}{ZWNJ}{ZWJ}]")
_TRIGGER_RE = lazy_re("[" + UNICODE_SPACES + INVISIBLE + TATWEEL + BIDI_CONTROLS + ZWNJ + ZWJ + "]")
#: The same characters spelt out; the joiners first (kept in clean text, they end the look soonest)
_TRIGGER_CHARS = expand_ranges(ZWNJ + ZWJ + UNICODE_SPACES + INVISIBLE + TATWEEL + BIDI_CONTROLS)


def _judge_joiners(m: regex.Match[str]) -> str:
    """Keep a run of ZWNJ/ZWJ only where it changes how the Arabic letters beside it join."""
    s, i, j = m.string, m.start(), m.end()
    # look past the vowel marks of the letter before, and past marks after (stripping them later
    # must not change this decision); past other joiners too, which this same pass may drop
    while i > 0 and _MARK_OR_JOINER_RE.match(s, i - 1):
        i -= 1
    before = s[i - 1] if i > 0 else ""
    while j < len(s) and _MARK_OR_JOINER_RE.match(s, j):
        j += 1
    after = s[j] if j < len(s) else ""
    if not (is_arabic_letter(before) or is_arabic_letter(after)):
        return m[0]  # other scripts (Devanagari conjuncts, emoji sequences) use them their own way
    if not (is_arabic_letter(before) and joins_forward(before)):
        return ""  # nothing to join or to break
    if ZWNJ in m[0] and is_arabic_letter(after):
        return ZWNJ  # breaks a join that would otherwise happen
    if ZWJ in m[0] and not _LETTER_RE.match(after or " "):
        return ZWJ  # forces the joining form of a letter with nothing after it
    return ""


_LETTER_RE = lazy_regex(r"\p{L}")


def judge_joiners(line: str) -> str:
    """``line`` with each run of ZWNJ and ZWJ as this step leaves it: for a step that removes what
    stood between two joiners (a vowel mark), so that a second run finds nothing to merge.

    >>> judge_joiners("م\u200c\u200cم") == "م\u200cم"
    True
    """
    return _JOINERS_RE.sub(_judge_joiners, line) if ZWNJ in line or ZWJ in line else line


def quiet_chars() -> str:
    """The characters (a regex class's body) without which a line is left as it is."""
    return _TRIGGER_RE.pattern[1:-1]


def invisibles(text: str, *, bidi: str = "remove", foreign: str = "keep") -> str:
    """Remove characters that show nothing, and make every space a plain space.

    - Removed: zero-width space, word joiner, soft hyphen, a BOM inside the text, tatweel, and
      the bidi marks and embeddings (ALM, LRM, RLM, LRE…RLO, LRI…PDI) unless ``bidi="keep"``.
      A tatweel after a lone letter with no letter after it stays (one of a run): it shows the
      letter's joined form, as the Hijri year's abbreviation does (١٤٤٥هـ).
    - NO-BREAK SPACE and the other Unicode spaces become U+0020; tabs and line breaks stay.
    - Beside Arabic letters, ZWNJ stays only where it breaks a join (after a letter that joins
      forward, before a letter), and ZWJ only where it forces a joined form (after a letter that
      joins forward, with no letter after it); elsewhere they are dropped. In other scripts they
      are left alone.
    - In Arabic and Persian passages (``foreign="keep"``, the default; see
      docs/guide/arabic-persian.md) a tatweel that carries a mark stays: it is the mark's seat
      (ٱلرَّحْمَـٰنِ), and without it the mark would move onto the letter before.
      ``foreign="normalize"`` removes it there too.

    >>> invisibles("کتاب\\u200b") == "کتاب" and invisibles("پاکـــستان") == "پاکستان"
    True
    >>> invisibles("١٤٤٥هــ") == "١٤٤٥هـ"
    True
    >>> invisibles("a\\u00a0b")
    'a b'
    >>> invisibles("\\u200fسلام") == "سلام" and invisibles("\\u200fسلام", bidi="keep") == "\\u200fسلام"
    True
    """
    if bidi not in ("remove", "keep"):
        raise ValueError(f"bidi must be 'remove' or 'keep', not {bidi!r}")
    if foreign not in FOREIGN_MODES:
        raise ValueError(f"foreign must be one of {', '.join(FOREIGN_MODES)}, not {foreign!r}")
    drop = _DROP_RE if bidi == "keep" else _DROP_WITH_BIDI_RE
    drop_but_seats = _DROP_BUT_SEATS_RE if bidi == "keep" else _DROP_BUT_SEATS_WITH_BIDI_RE

    def fix(line: str) -> str:
        if foreign == "keep" and TATWEEL in line and _SEAT_RE.search(line):
            # the line as this step leaves it but for its seats, whose passages are read then (a
            # second run reads that line); the seats outside them go
            kept = fix_part(line, drop_but_seats)
            out, done = [], 0
            for start, end, _ in foreign_spans(kept):
                out += (_TATWEEL_RE.sub("", kept[done:start]), kept[start:end])
                done = end
            out.append(_TATWEEL_RE.sub("", kept[done:]))
            new = "".join(out)
            if ZWNJ in new or ZWJ in new:  # judged again without the seats that went, as a second run reads it
                new = _JOINERS_RE.sub(_judge_joiners, new)
            return compose_line(new)
        return fix_part(line, drop)

    def fix_part(line: str, drop: regex.Pattern[str]) -> str:
        new = drop.sub("", _SPACES_RE.sub(" ", line))
        if ZWNJ in new or ZWJ in new:
            new = _JOINERS_RE.sub(_judge_joiners, new)
        # a removed character may have kept two marks, or a letter and its hamza, apart
        return compose_line(new) if len(new) < len(line) else new

    if not has_any(text, _TRIGGER_CHARS):
        return text  # most text: a scan a character, far cheaper than the regex's
    return fix_lines(text, _TRIGGER_RE, fix)
