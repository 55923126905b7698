"""``diacritics``: doubled vowel marks, and stripping them for search."""

from __future__ import annotations

import functools

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time)

from ..chars import ARABIC_MARKS, LETTER_MARKS, ZWJ, ZWNJ, compose_line, strip_marks
from ..language import FOREIGN_MODES, outside_spans
from ..lines import fix_lines, lazy_re, lazy_regex
from ..words import keep_identifiers
from .invisibles import judge_joiners

if TYPE_CHECKING:
    import regex

_MARK = "[" + ARABIC_MARKS + "]"
_DOUBLED_RE = lazy_regex(rf"({_MARK})\1+")
#: Vowel marks: every Arabic mark except those that spell a letter (madda, hamza, superscript alef).
_VOWEL_MARKS_RE = lazy_regex(rf"(?V1)[[{ARABIC_MARKS}]--[{LETTER_MARKS}]]+")
_ALL_MARKS_RE = lazy_regex(_MARK + "+")

MODES = ("keep", "strip", "strip-all")

FATHA, DAMMA, KASRA = "\u064e", "\u064f", "\u0650"  # ARABIC FATHA (zabar), DAMMA (pesh), KASRA (zer)
#: A short vowel typed twice for the tanween that doubles it: ARABIC FATHATAN, DAMMATAN, KASRATAN.
TANWEEN = {FATHA: "\u064b", DAMMA: "\u064c", KASRA: "\u064d"}
#: Words Urdu writes with tanween on a final alef (تقریباً), without their marks: a zabar typed on
#: that alef (تقریباَ) is the same slip as two. The most frequent such adverbs of edited Urdu; none
#: is also a word without tanween (ابتدا, آنا and the like are left out).
TANWEEN_WORDS = frozenset(
    "مثلا تقریبا فورا غالبا عموما اصلا یقینا خصوصا لازما عملا نسبتا ایضا قطعا اولا ثانیا ثالثا "
    "وقتا فوقتا خالصتا نتیجتا مطلقا اصولا مختصرا مجبورا قریبا عادتا حقیقتا واقعتا جبرا جوابا "
    "اوسطا سہوا کلیتا صریحا ضمنا اتفاقا اجمالا تفصیلا شرعا عمدا قصدا ظاہرا طبعا احتیاطا "
    "قانونا فطرتا تدریجا دفعتا فعلا".split()
)
_DOUBLED_AT_WORD_END_RE = lazy_regex(
    rf"([{FATHA}{DAMMA}{KASRA}])\1+(?=[{ARABIC_MARKS}]*(?![\p{{L}}\p{{M}}]))"
)
_ZABAR_ON_FINAL_ALEF = "\u0627" + FATHA  # ARABIC LETTER ALEF, ARABIC FATHA
_ZABAR_ALEF_WORD_RE = lazy_regex(
    rf"(?<![\p{{L}}\p{{M}}])[\p{{L}}\p{{M}}]*{_ZABAR_ON_FINAL_ALEF}(?![\p{{L}}\p{{M}}])"
)
#: One scan for what ``keep`` rewrites: a mark, then another mark, or a zabar on an alef.
_KEEP_TRIGGER = lazy_re(f"{_MARK}(?:{_MARK}|(?<={_ZABAR_ON_FINAL_ALEF}))")


def diacritics(text: str, *, diacritics: str = "keep", foreign: str = "keep") -> str:
    """Tidy or remove Arabic vowel marks (harakat).

    - ``keep`` (default): a mark written twice in a row is written once, but a zabar, zer or pesh
      typed twice at the end of a word is the tanween it doubles (تقریباََ → تقریباً; ِِ → ٍ,
      ُُ → ٌ): tanween stands only on a word's last letter. A zabar on the final alef of a word
      Urdu writes with tanween (``TANWEEN_WORDS``: فوراً مثلاً تقریباً ...) is that tanween
      (فوراَ → فوراً). Marks stay in NFC's canonical order (the ``unicode`` step's work);
      nothing else changes.
    - ``strip``: remove the vowel marks (zabar, zer, pesh, tanwin, shadda, jazm and the Quranic
      signs) but keep what spells a letter: the madda, the hamza and the superscript alef of
      words such as زکوٰۃ. Precomposed letters (آ ۂ ۓ ؤ ئ) are letters and stay as they are.
    - ``strip-all``: remove every Arabic combining mark, the superscript alef included.
    - URLs, e-mail addresses, @handles and #hashtags keep their marks in every mode; so do
      Arabic and Persian passages (``foreign="keep"``, the
      default; see docs/guide/arabic-persian.md): a vocalised verse is quoted as written.
      ``foreign="normalize"`` treats them as Urdu (the ``search`` preset strips them too).

    >>> diacritics("کُتُب") == "کُتُب" and diacritics("کُُتب") == "کُتب"
    True
    >>> diacritics("تقریباََ فوراَ") == "تقریباً فوراً"
    True
    >>> diacritics("زکوٰۃ اَور", diacritics="strip") == "زکوٰۃ اور"
    True
    >>> diacritics("زکوٰۃ", diacritics="strip-all") == "زکوۃ"
    True
    >>> diacritics("اُس نے کہا: ﴿قُلْ هُوَ اللَّهُ أَحَدٌ﴾", diacritics="strip") == "اس نے کہا: ﴿قُلْ هُوَ اللَّهُ أَحَدٌ﴾"
    True
    """
    if foreign not in FOREIGN_MODES:
        raise ValueError(f"foreign must be one of {', '.join(FOREIGN_MODES)}, not {foreign!r}")
    if diacritics == "keep":  # rare: rewrite only lines with two marks in a row or a zabar on alef
        fix, trigger = _keep, _KEEP_TRIGGER
    elif diacritics in ("strip", "strip-all"):
        pattern = _VOWEL_MARKS_RE if diacritics == "strip" else _ALL_MARKS_RE
        # only the lines that lose a mark are recomposed: a line without one is not this step's business
        fix, trigger = functools.partial(_strip, pattern=pattern), pattern
    else:
        raise ValueError(f"diacritics must be one of {', '.join(MODES)}, not {diacritics!r}")
    line_fix = (lambda line: outside_spans(line, fix)) if foreign == "keep" else fix
    # (URLs, e-mail addresses, handles and hashtags keep their marks: another mark is another address)
    return keep_identifiers(text, fix_lines(text, trigger, line_fix), lambda part: fix_lines(part, trigger, line_fix))


YEH_BARREE_HAMZA = "\u06d3"  # ARABIC LETTER YEH BARREE WITH HAMZA ABOVE


def _strip(line: str, pattern: regex.Pattern[str]) -> str:
    new = compose_line(pattern.sub("", line))
    if ZWNJ in new or ZWJ in new:
        new = judge_joiners(new)  # a mark between two joiners went: they are one run now (م‌َ‌م)
    if new.count(YEH_BARREE_HAMZA) > line.count(YEH_BARREE_HAMZA):
        # a hamza that a removed mark kept off a bari ye composes with it: written ئے, as
        # ``letters`` writes ۓ, so that the next run's letters finds nothing to do
        new = compose_line(new.replace(YEH_BARREE_HAMZA, "\u0626\u06d2"))
    return new


def _tanween_for_zabar(m: regex.Match[str]) -> str:
    word = m[0]
    return word[:-1] + TANWEEN[FATHA] if strip_marks(word) in TANWEEN_WORDS else word


def _keep(line: str) -> str:
    # canonical order first: a doubled mark may stand apart until NFC sorts it next to its twin
    line = compose_line(line)
    line = _DOUBLED_AT_WORD_END_RE.sub(lambda m: TANWEEN[m[1]], line)  # تقریباََ → تقریباً
    line = _DOUBLED_RE.sub(r"\1", line)
    if _ZABAR_ON_FINAL_ALEF in line:
        line = _ZABAR_ALEF_WORD_RE.sub(_tanween_for_zabar, line)  # فوراَ → فوراً
    return compose_line(line)
