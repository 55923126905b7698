"""``punctuation``: Urdu marks for Latin ones, doubled and stray marks, spacing around marks."""

from __future__ import annotations

import re

from ..chars import ARABIC_COMMA, ARABIC_LETTER, ARABIC_QUESTION, ARABIC_SEMICOLON, FULL_STOP, URL_OR_EMAIL
from ..lines import fix_lines, lazy_re, lazy_regex

QUOTE_STYLES = ("keep", "straight", "curly")

#: Urdu sentence and clause marks (and ! which Urdu shares with English).
URDU_MARKS = FULL_STOP + ARABIC_COMMA + ARABIC_SEMICOLON + ARABIC_QUESTION
#: Arabic-script letters, marks and digits: what makes the text beside a mark Urdu.
_ARABIC = r"\p{Script=Arabic}"
_ARABIC_RE = lazy_regex(_ARABIC)
_ARABIC_LETTER_RE = lazy_regex(ARABIC_LETTER)
_CLOSERS = ")]}”’\""  # what may stand between an Urdu word and the full stop that ends it

_URL_RE = lazy_regex(URL_OR_EMAIL, re.IGNORECASE)
_LATIN_MARK_RE = lazy_re(r"[,?;]|(?<!\.)\.(?!\.)")  # a single '.', never part of '..' or '...'
#: Two or more marks with nothing but spaces between them: "۔۔" "۔،" "۔ ،" "؟۔".
_CLUSTER_RE = lazy_re(f"[{URDU_MARKS}!](?: *[{URDU_MARKS}!])+")
_ELLIPSIS = FULL_STOP * 3
_SPACE_BEFORE_RE = lazy_regex(rf"(?<=\S) +(?=[{URDU_MARKS}])|(?<={_ARABIC}) +(?=[!”)\]])")
_SPACE_AFTER_OPENER_RE = lazy_regex(rf"(?<=[“(\[]) +(?={_ARABIC})")
#: A mark (maybe followed by closing quotes or brackets) glued to the next word: "گے۔یہ".
_GLUED_AFTER_RE = lazy_regex(rf"([{URDU_MARKS}][”’)\]]*|(?<={_ARABIC})![”’)\]]*)(?=\p{{L}})")
_TWO_APOSTROPHES_RE = lazy_re("''")
#: What can need work, one pattern per rewrite: each rewrite runs only on lines where its own
#: trigger is (a Latin mark, a space before a mark, a space after an opener, a glued mark).
_LATIN_MARK_TRIGGER = lazy_re("[,?;.]")
_SPACE_BEFORE_TRIGGER = lazy_re(f"[{URDU_MARKS}!”)\\]](?<= .)")  # the mark first: scans faster
_OPENER_TRIGGER = lazy_re(r"[“(\[] ")
_GLUED_TRIGGER = lazy_re(f"[{URDU_MARKS}!][”’)\\]]*[^\\W\\d_]")
#: One scan for all of the above but two apostrophes: a character of the union class, then the
#: condition that makes it a trigger (a class first lets the regex engine skip ahead fast).
_TRIGGERS = (
    lazy_re(
        f"[,?;.“(\\[{URDU_MARKS}!”)\\]]"
        "(?:(?<=[,?;.“(\\[])"  # a Latin mark, or an opener (which may have a space after it)
        "|(?<= .)"  # a space before a mark or closer
        f"|(?<=[{URDU_MARKS}!])(?: *[{URDU_MARKS}!]|[”’)\\]]*[^\\W\\d_]))"  # a cluster, or glued
    ),
    lazy_re("''"),
)


def _urdu_before(line: str, i: int, skip: str = " ") -> bool:
    """Whether the text before position ``i`` (past ``skip`` characters) is Urdu."""
    i -= 1
    while i >= 0 and line[i] in skip:
        i -= 1
    return i >= 0 and (_ARABIC_RE.match(line[i]) is not None)


def _convert(m: re.Match[str], protected: list[tuple[int, int]]) -> str:
    mark, line, i = m[0], m.string, m.start()
    if any(lo <= i < hi for lo, hi in protected):
        return mark
    before = line[i - 1] if i > 0 else ""
    after = line[i + 1] if i + 1 < len(line) else ""
    if before.isdigit() and after.isdigit():
        return mark  # 1,000  3.5  12.03.2020
    if mark == "?":
        if _ARABIC_LETTER_RE.match(before) and _ARABIC_LETTER_RE.match(after or " "):
            return mark  # ا?غاز: a letter lost in a code-page conversion, not a question
        return ARABIC_QUESTION if _urdu_before(line, i) else mark
    if mark == ";":
        return ARABIC_SEMICOLON if _urdu_before(line, i) else mark
    if mark == ",":
        if _urdu_before(line, i) and not after.isdigit():
            return ARABIC_COMMA
        # a number ending a clause of an Urdu sentence: "2019, میں"
        rest = line[i + 1 :].lstrip(" ")
        if before.isdigit() and after == " " and rest and _ARABIC_LETTER_RE.match(rest[0]):
            return ARABIC_COMMA
        return mark
    # '.': only where it ends an Urdu sentence
    if after and not (after.isspace() or after in _CLOSERS or after in URDU_MARKS or _ARABIC_LETTER_RE.match(after)):
        return mark  # فائل.txt, a Latin word after it
    return FULL_STOP if _urdu_before(line, i, skip=" " + _CLOSERS) else mark


def _collapse(m: re.Match[str]) -> str:
    cluster = m[0]
    if _ELLIPSIS in cluster.replace(" ", ""):
        return cluster  # an ellipsis (۔۔۔) is not a doubled mark
    marks = cluster.replace(" ", "")
    strong = "".join(c for c in marks if c in "؟!")
    return strong or marks[-1]


def _quotes(line: str, style: str) -> str:
    if style == "straight":  # first, so that ‘' straightened to '' becomes " in this same pass
        line = line.translate({0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'"})
    if "''" in line:
        line = _TWO_APOSTROPHES_RE.sub('"', line)
    if style == "curly" and line.count('"') % 2 == 0:
        parts = line.split('"')
        return "".join(p + ("“" if k % 2 == 0 else "”") for k, p in enumerate(parts[:-1])) + parts[-1]
    return line


def _fix_line(line: str, quotes: str) -> str:
    if not _ARABIC_RE.search(line):
        return line  # nothing on this line is in Urdu context ('' in code or LaTeX stays too)
    line = _quotes(line, quotes)
    # each rewrite runs only where its trigger is on the line (most lines need one or none)
    if _LATIN_MARK_TRIGGER.search(line):
        maybe_url = "://" in line or "www." in line or "@" in line
        protected = [m.span() for m in _URL_RE.finditer(line)] if maybe_url else []
        line = _LATIN_MARK_RE.sub(lambda m: _convert(m, protected), line)
    line = _CLUSTER_RE.sub(_collapse, line)
    if _SPACE_BEFORE_TRIGGER.search(line):
        line = _SPACE_BEFORE_RE.sub("", line)
    if _OPENER_TRIGGER.search(line):
        line = _SPACE_AFTER_OPENER_RE.sub("", line)
    if _GLUED_TRIGGER.search(line):
        line = _GLUED_AFTER_RE.sub(r"\1 ", line)
    return line


def punctuation(text: str, *, quotes: str = "keep") -> str:
    """Write Urdu punctuation in Urdu text, once, with the spacing Urdu uses.

    - Latin marks in Urdu context become Urdu ones: ``,`` → ،  ``?`` → ؟  ``;`` → ؛ and a ``.``
      that ends an Urdu sentence → ۔. Never inside URLs, e-mail addresses, file names, numbers
      (3.5, 1,000, 12.03.2020), Latin words, or an ellipsis (.. ...). A ``?`` between two letters
      of one word (ا?غاز) is a letter lost to a code page, not a question: it stays, and
      ``--explain`` reports it.
    - Doubled and stray marks: two or more of ۔ ، ؛ ؟ ! with only spaces between them become one.
      The rule: if the cluster holds ؟ or !, those are kept as written (؟! stays, ؟۔ → ؟);
      otherwise the last mark wins (۔، → ، because a comma says the sentence goes on; ،۔ → ۔;
      ۔۔ → ۔). Three full stops in a row (۔۔۔) are an ellipsis and stay.
    - Spacing: no space before ۔ ، ؛ ؟ and, after Urdu, before ! and closing brackets and curly
      quotes; none after an opening bracket or curly quote; one space after a mark glued to the
      next word (گے۔یہ → گے۔ یہ). Digits never get a space (۱۔۵ and 3.5 stay).
    - Quotes: two apostrophes used as a quote mark ('') become ``"``. Curly and straight quotes
      stay in the style the line uses; ``quotes="straight"`` or ``"curly"`` unifies them (curly
      only where the line's quotes pair up). Unbalanced quotes are reported, not guessed at.
      Lines with no Arabic-script character are left alone: their marks are not Urdu's.

    >>> punctuation("اتحادی حکام.") == "اتحادی حکام۔"
    True
    >>> punctuation("بحال کیا۔. پیش کیا۔ ، ملک") == "بحال کیا۔ پیش کیا، ملک"
    True
    >>> punctuation("آئیں گے۔یہ تھا , ان پر ہے ؟") == "آئیں گے۔ یہ تھا، ان پر ہے؟"
    True
    >>> punctuation("Hello, world. See https://x.org/a?b=1 or 3.5") == "Hello, world. See https://x.org/a?b=1 or 3.5"
    True
    """
    if quotes not in QUOTE_STYLES:
        raise ValueError(f"quotes must be one of {', '.join(QUOTE_STYLES)}, not {quotes!r}")
    if not _ARABIC_RE.search(text):
        return text  # nothing Urdu: no mark can be in Urdu context
    if quotes != "keep":
        return fix_lines(text, (*_TRIGGERS, re.compile("[\"“”‘’]")), lambda line: _fix_line(line, quotes))
    return fix_lines(text, _TRIGGERS, lambda line: _fix_line(line, quotes))


_QUESTION_IN_WORD_RE = lazy_regex(rf"(?<={ARABIC_LETTER})\?(?={ARABIC_LETTER})")
_WORD_END_RE = lazy_regex(r"\S*$")
_WORD_START_RE = lazy_regex(r"\S*")


def punctuation_notes(text: str, *, line_base: int = 0) -> list[str]:
    """What ``punctuation`` saw but would not guess at: ``?`` inside words, unbalanced quotes."""
    notes = []
    for number, line in enumerate(text.split("\n"), line_base + 1):
        for m in _QUESTION_IN_WORD_RE.finditer(line):
            word = _WORD_END_RE.search(line[: m.start()])[0] + _WORD_START_RE.match(line[m.start() :])[0]  # type: ignore[index]
            notes.append(f"line {number}: '?' inside the word {word!r}: a character lost to an encoding?")
        if _ARABIC_RE.search(line):
            opened, closed = line.count("“"), line.count("”")
            if opened != closed or (line.count('"') + 2 * line.count("''")) % 2:
                notes.append(f"line {number}: unbalanced quotes")
    return notes
