"""``digits``: one digit set for Urdu text."""

from __future__ import annotations

import re

from ..chars import (
    ARABIC_DECIMAL_SEPARATOR,
    ARABIC_INDIC_DIGITS,
    ARABIC_LETTER,
    ARABIC_THOUSANDS_SEPARATOR,
    ASCII_DIGITS,
    URDU_DIGITS,
)
from ..language import FOREIGN_MODES, outside_spans
from ..lines import fix_lines, has_any, lazy_re, lazy_regex
from ..words import keep_identifiers

MODES = ("unify", "urdu", "ascii")

_UNIFY = str.maketrans(ARABIC_INDIC_DIGITS, URDU_DIGITS)
_TO_ASCII = str.maketrans(ARABIC_INDIC_DIGITS + URDU_DIGITS, ASCII_DIGITS * 2)
_TO_URDU = str.maketrans(ASCII_DIGITS, URDU_DIGITS)

_ARABIC_INDIC_RE = lazy_re("[" + ARABIC_INDIC_DIGITS + "]")
_NON_ASCII_DIGIT_RE = lazy_re("[" + ARABIC_INDIC_DIGITS + URDU_DIGITS + "]")
_SEPARATOR_RE = lazy_regex(rf"(?<=\d)[{ARABIC_DECIMAL_SEPARATOR}{ARABIC_THOUSANDS_SEPARATOR}](?=\d)")
_TO_ASCII_SEPARATORS = {ARABIC_DECIMAL_SEPARATOR: ".", ARABIC_THOUSANDS_SEPARATOR: ","}

#: A whitespace-delimited token that is a plain number: digits with . , : / - between them,
#: maybe the year sign ء or the Hijri ھ (1947ء, 1445ھ), maybe a percent sign, maybe wrapped in
#: brackets, quotes or sentence punctuation.
_NUMBER_TOKEN_RE = lazy_regex(
    r"(?P<lead>[(\[«\"“'‘]*)(?P<num>[0-9]+(?:[.,:/\-][0-9]+)*)(?P<tail>[ءھ]?[%٪]?[)\]»\"”'’.,،؟۔؛:!?]*)"
)
_DECIMAL_RE = lazy_regex(r"[0-9]+\.[0-9]+")
_GROUPED_RE = lazy_regex(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_TOKEN_RE = lazy_regex(r"[^ \t\n]+")
_ARABIC_LETTER_RE = lazy_regex(ARABIC_LETTER)
_LETTER_RE = lazy_regex(r"\p{L}")
_ASCII_DIGIT_LINE_RE = lazy_regex(rf"^(?=.*{ARABIC_LETTER})(?=.*[0-9]).*", re.MULTILINE)


def _unify(line: str) -> str:
    return line.translate(_UNIFY)


def _ascii(line: str) -> str:
    return _SEPARATOR_RE.sub(lambda m: _TO_ASCII_SEPARATORS[m[0]], line).translate(_TO_ASCII)


def _urdu_number(num: str) -> str:
    if _DECIMAL_RE.fullmatch(num):
        num = num.replace(".", ARABIC_DECIMAL_SEPARATOR)
    elif _GROUPED_RE.fullmatch(num):
        num = num.replace(",", ARABIC_THOUSANDS_SEPARATOR).replace(".", ARABIC_DECIMAL_SEPARATOR)
    return num.translate(_TO_URDU)


def _urdu_digits_in_line(line: str) -> str:
    tokens = list(_TOKEN_RE.finditer(line))
    # the script of the nearest word on each side decides whether a number is in Urdu context
    scripts = [
        None if not _LETTER_RE.search(t[0]) else bool(_ARABIC_LETTER_RE.search(t[0])) for t in tokens
    ]
    out, done = [], 0
    for k, token in enumerate(tokens):
        m = _NUMBER_TOKEN_RE.fullmatch(token[0])
        if m is None:
            continue
        before = next((s for s in reversed(scripts[:k]) if s is not None), None)
        after = next((s for s in scripts[k + 1 :] if s is not None), None)
        if not (before or (before is None and after)):
            continue
        out.append(line[done : token.start()])
        out.append(m["lead"] + _urdu_number(m["num"]) + m["tail"])
        done = token.end()
    out.append(line[done:])
    return "".join(out)


def digits(text: str, *, digits: str = "unify", foreign: str = "keep") -> str:
    """Write numbers with one set of digits.

    - ``unify`` (default): Arabic-Indic digits ٠–٩ become the Urdu (Extended Arabic-Indic)
      digits ۰–۹, which Urdu fonts draw in the Urdu way.
    - ``urdu``: also ASCII numbers in Urdu context (the nearest word before them, or else after
      them, is Urdu) become Urdu digits, with ``.`` as ٫ in a decimal and ``,`` as ٬ in digit
      groups. Numbers inside Latin words, code and English sentences stay.
    - Digits inside URLs, e-mail addresses, @handles and #hashtags stay in every mode.
    - ``ascii``: every digit becomes ASCII, and ٫ ٬ between digits become ``.`` and ``,``.
    - Arabic and Persian passages keep their digits (``foreign="keep"``, the default; see
      docs/guide/arabic-persian.md); ``foreign="normalize"`` treats them as Urdu.

    >>> digits("٢٠٢٤") == "۲۰۲۴"
    True
    >>> digits("قیمت 3.5 روپے، ورژن v2", digits="urdu") == "قیمت ۳٫۵ روپے، ورژن v2"
    True
    >>> digits("14 اگست 1947ء کو", digits="urdu") == "۱۴ اگست ۱۹۴۷ء کو"
    True
    >>> digits("۳٫۵ فیصد", digits="ascii") == "3.5 فیصد"
    True
    """
    if foreign not in FOREIGN_MODES:
        raise ValueError(f"foreign must be one of {', '.join(FOREIGN_MODES)}, not {foreign!r}")
    if digits not in MODES:
        raise ValueError(f"digits must be one of {', '.join(MODES)}, not {digits!r}")
    # a URL, an e-mail address, a handle or a hashtag keeps its digits: another digit is another address
    return keep_identifiers(text, _digits(text, digits, foreign), lambda part: _digits(part, digits, foreign))


def _digits(text: str, digits: str, foreign: str) -> str:
    keep = foreign == "keep"

    def guarded(fix):  # noqa: ANN001, ANN202
        return (lambda line: outside_spans(line, fix)) if keep else fix

    if digits == "unify":
        if not has_any(text, ARABIC_INDIC_DIGITS):
            return text
        return fix_lines(text, _ARABIC_INDIC_RE, guarded(_unify))
    if digits == "ascii":
        if not has_any(text, ARABIC_INDIC_DIGITS + URDU_DIGITS):
            return text
        return fix_lines(text, _NON_ASCII_DIGIT_RE, guarded(_ascii))
    if digits == "urdu":
        text = fix_lines(text, _ARABIC_INDIC_RE, guarded(_unify))
        urdu = guarded(_urdu_digits_in_line)
        return _ASCII_DIGIT_LINE_RE.sub(lambda m: urdu(m[0]), text)
    raise ValueError(f"digits must be one of {', '.join(MODES)}, not {digits!r}")
