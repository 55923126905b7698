"""``script-spacing``: a space where Urdu letters touch digits or Latin letters ("دسمبر2018ء").

OCR and careless typing drop the space between an Urdu word and a number or an English word
written next to it. The step puts one back, and leaves alone what is written together by rule:
the year sign ء and the Hijri sign ھ after a year ("2018ء", "۱۴۴۵ھ"), ordinal endings after a
number ("19ویں", "۲واں"), and anything inside a URL or an e-mail address. Off in ``default``
(which never adds a space it is not sure of), on in ``ocr``.
"""

from __future__ import annotations

import re

from ..lines import lazy_regex
from ..words import identifier_spans

#: What a number may carry written against it: the year and Hijri signs, ordinal endings.
NUMBER_SUFFIXES = ("ء", "ھ", "ویں", "واں", "وی", "وے")
_SUFFIX = "|".join(sorted(map(re.escape, NUMBER_SUFFIXES), key=len, reverse=True))
_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_URDU = r"(?:(?=\p{L})\p{Script=Arabic})"
_LATIN = r"\p{Script=Latin}"
_GAP_RE = lazy_regex(
    rf"(?<={_URDU}\p{{Mn}}*)(?={_DIGIT}|{_LATIN})"  # Urdu letter, then a digit or Latin letter
    rf"|(?<={_LATIN})(?={_URDU})"  # Latin letter, then an Urdu letter
    rf"|(?<={_DIGIT})(?!{_SUFFIX})(?={_URDU})"  # a digit, then Urdu but for a suffix
    rf"|(?<={_DIGIT}ء)(?={_URDU})"  # the year sign, then the next word
)
_TRIGGER_RE = lazy_regex(rf"{_URDU}\p{{Mn}}*(?:{_DIGIT}|{_LATIN})|(?:{_DIGIT}ء?|{_LATIN}){_URDU}")


def _space_line(line: str) -> str:
    urls = identifier_spans(line)  # (URLs, e-mail addresses, handles and hashtags are never cut)
    out, done = [], 0
    for m in _GAP_RE.finditer(line):
        at = m.start()
        if any(a < at < b for a, b in urls):
            continue
        out.append(line[done:at])
        out.append(" ")
        done = at
    out.append(line[done:])
    return "".join(out)


def script_spacing(text: str) -> str:
    """Put a space between Urdu letters and the digits or Latin letters glued to them.

    >>> script_spacing("دسمبر2018ء میں Facebookپر لکھا")
    'دسمبر 2018ء میں Facebook پر لکھا'
    >>> script_spacing("19ویں صدی، ۱۴۴۵ھ، ۱۰بجے، 2024ءمیں")
    '19ویں صدی، ۱۴۴۵ھ، ۱۰ بجے، 2024ء میں'
    >>> script_spacing("https://example.com/اردو2")
    'https://example.com/اردو2'
    """
    if not _TRIGGER_RE.search(text):
        return text
    return "\n".join(_space_line(line) if _TRIGGER_RE.search(line) else line for line in text.split("\n"))
