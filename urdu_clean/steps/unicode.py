"""``unicode``: canonical composition and Arabic presentation forms to letters."""

from __future__ import annotations

import functools
import unicodedata

from ..chars import ARABIC_MARKS, COMPOSING_MARKS, STABLE_RANGES, compose_letter_marks, compose_line, outside
from ..lines import fix_lines, lazy_re

#: Arabic Presentation Forms-A and -B: the shaped glyphs PDF extractors and old fonts emit.
_PRESENTATION_BLOCKS = (
    (0xFB50, 0xFDFF),  # ARABIC PRESENTATION FORMS-A
    (0xFE70, 0xFEFE),  # ARABIC PRESENTATION FORMS-B (U+FEFF, the BOM, is not one of them)
)
#: Word ligatures kept by default: writers choose them on purpose (ﷺ ﷻ ﷽ ﷲ), and a currency sign.
_WORD_LIGATURES = (
    (0xFD40, 0xFD4F),  # ARABIC LIGATURE RAHIMAHU ALLAAH .. (honorifics, Unicode 14)
    (0xFDCF, 0xFDCF),  # ARABIC LIGATURE SALAAMUHU ALAYNAA
    (0xFDF0, 0xFDFF),  # ARABIC LIGATURE SALLA USED AS KORANIC STOP SIGN .. ARABIC LIGATURE SUBHAANAHU
)


#: Word ligatures Unicode gives no decomposition, spelt out in Urdu letters for ``expand``.
_SPELLED = {
    0xFDFD: "\u0628\u0633\u0645 \u0627\u0644\u0644\u06c1 \u0627\u0644\u0631\u062d\u0645\u0646 "
            "\u0627\u0644\u0631\u062d\u06cc\u0645",  # BISMILLAH: بسم اللہ الرحمن الرحیم
    0xFDFE: "\u0633\u0628\u062d\u0627\u0646\u06c1 \u0648 \u062a\u0639\u0627\u0644\u06cc\u0670",  # سبحانہ و تعالیٰ
    0xFDFF: "\u0639\u0632 \u0648 \u062c\u0644",  # AZZA WA JALL: عز و جل
}
#: Unicode decomposes the other word ligatures into Arabic spelling (الله, جل جلاله, عليه):
#: their Urdu letters, so that ``expand`` writes every word it spells out as Urdu does.
_URDU_SPELLING = str.maketrans({"\u0647": "\u06c1", "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})


def _in(ranges: tuple[tuple[int, int], ...], cp: int) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def _build_table(expand_word_ligatures: bool) -> dict[int, str]:
    """Map every presentation form with a compatibility decomposition to its letters.

    Isolated forms of marks (U+FE70 ARABIC FATHATAN ISOLATED FORM and the like) decompose to a
    space followed by the mark: they map to the mark alone.
    """
    table: dict[int, str] = {}
    for lo, hi in _PRESENTATION_BLOCKS:
        for cp in range(lo, hi + 1):
            if expand_word_ligatures and cp in _SPELLED:
                table[cp] = _SPELLED[cp]
                continue
            if not unicodedata.decomposition(chr(cp)):
                continue  # ornate parentheses, unassigned codepoints, the honorifics of U+FD40-U+FD4F
            if _in(_WORD_LIGATURES, cp) and not expand_word_ligatures:
                continue
            letters = unicodedata.normalize("NFKC", chr(cp))
            if _in(_WORD_LIGATURES, cp):
                letters = letters.translate(_URDU_SPELLING)
            if letters.startswith(" ") and len(letters) > 1:
                letters = letters.lstrip(" ")
            table[cp] = letters
    return table


@functools.cache
def _table(ligatures: str) -> dict[int, str]:
    """The presentation-form table for ``ligatures`` ("keep" or "expand"), built at first use."""
    table = _build_table(expand_word_ligatures=True)
    if ligatures == "expand":
        return table
    return {cp: v for cp, v in table.items() if not _in(_WORD_LIGATURES, cp)}


def __getattr__(name: str) -> dict[int, str]:
    # PRESENTATION_FORMS and PRESENTATION_FORMS_AND_LIGATURES, built when first asked for
    if name == "PRESENTATION_FORMS":
        return _table("keep")
    if name == "PRESENTATION_FORMS_AND_LIGATURES":
        return _table("expand")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

_PRESENTATION_RE = lazy_re("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _PRESENTATION_BLOCKS) + "]")
#: Where this step may have work: a character outside STABLE_RANGES (every presentation form is)
#: or two Arabic marks together; but a composing mark (madda, hamza) alone after a letter is joined
#: to it without the line's NFC (:func:`~urdu_clean.chars.compose_letter_marks`). One scan, its
#: class first (characters rare in text, so that the engine skips ahead to one fast). A mark after
#: a letter that holds one (أ is ا + ٔ) counts as two marks together: canonical order may swap
#: them (أ + ٕ is إ + ٔ in NFC).
_UNSTABLE = outside(STABLE_RANGES + f"{COMPOSING_MARKS[0]}-{COMPOSING_MARKS[-1]}")
#: The Arabic letters whose canonical decomposition is a letter and a mark.
LETTERS_WITH_MARK = "\u0622\u0623\u0624\u0625\u0626\u06c0\u06c2\u06d3"
_TRIGGER = lazy_re(
    f"[{_UNSTABLE}{ARABIC_MARKS}](?:(?<=[{_UNSTABLE}])|(?=[{ARABIC_MARKS}])|(?<=[{LETTERS_WITH_MARK}].))"
)


def quiet_chars() -> str:
    """The characters (a regex class's body) without which a line is left as it is: those
    outside the stable ranges, and the marks (composing ones among them)."""
    return _UNSTABLE + ARABIC_MARKS


def unicode(text: str, *, ligatures: str = "keep") -> str:
    """Compose Arabic script canonically (NFC) and replace Arabic presentation forms by the letters
    they show.

    - NFC is applied to the Arabic-script stretches of a line (with the marks, spaces, digits and
      punctuation between their words), never across a line break. Other scripts keep their
      codepoints: NFC would rewrite Hindi (the nukta letters क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़, U+0958–U+095F,
      are composition exclusions and decompose) and compose a decomposed Latin é, which is not
      this step's business. A line already in NFC is not rewritten at all.
    - Presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE), lam-alef ligatures included, become
      their letters; isolated forms of marks become the mark alone.
    - ی + hamza above, which NFC cannot compose, becomes ئ.
    - Kept: word ligatures writers use on purpose (ﷺ ﷻ ﷽ ﷲ; ``ligatures="expand"`` spells them
      out in Urdu letters, ﷻ as جل جلالہ and ﷽ as بسم اللہ الرحمن الرحیم, but keeps the
      honorifics of U+FD40–U+FD4F and ﷏, which have no agreed spelling), ornate parentheses, the BOM (the ``invisibles`` step's business) and every
      compatibility character outside these blocks (superscripts, fullwidth Latin).

    Presentation forms decompose to Arabic codepoints (ﻳ to ي, not ی): the ``letters`` step,
    which runs next, turns those into Urdu letters.

    >>> unicode("ﻻﮨﻮﺭ")
    'لاہور'
    >>> unicode("ﷺ") == "ﷺ" and unicode("x²") == "x²"
    True
    >>> unicode("\\u06cc\\u0654") == "\\u0626"
    True
    >>> unicode("ا\\u0653 \\u0958") == "آ \\u0958"       # Devanagari QA is not decomposed
    True
    >>> unicode("ﷻ ﷲ", ligatures="expand")
    'جل جلالہ اللہ'
    """
    if ligatures not in ("keep", "expand"):
        raise ValueError(f"ligatures must be 'keep' or 'expand', not {ligatures!r}")
    table = _table(ligatures)
    # most lines the triggers find only need composing (a decomposed madda or hamza): a scan in C
    # for a presentation form is far cheaper than a translate with the table's dict lookups
    has_forms = _PRESENTATION_RE.search
    text = fix_lines(text, _TRIGGER, lambda line: compose_line(line.translate(table) if has_forms(line) else line))
    # the lines composed above have no letter and mark left to join: this finishes the others
    return compose_letter_marks(text)
