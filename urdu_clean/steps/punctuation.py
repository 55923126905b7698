"""``punctuation``: Urdu marks for Latin ones, doubled and stray marks, spacing around marks."""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata
from collections.abc import Callable

from ..chars import (
    ARABIC_COMMA,
    ARABIC_LETTER,
    ARABIC_LETTER_CHARS,
    ARABIC_QUESTION,
    ARABIC_SCRIPT,
    ARABIC_SEMICOLON,
    FULL_STOP,
    URL_OR_EMAIL,
    may_hold_url,
    WHITE_SPACE,
)
from ..config import DEFAULT_CONFIG, Config
from ..language import FOREIGN_MODES, foreign_spans, outside_spans, protected_notes
from ..segment_rules import LETTER_NAMES, VERB_FINAL_LETTERS
from ..wordlists import FUTURE_ENDINGS, PREFIXES
from .glued import GLUE, SOURCES, split_token
from ..lines import (
    CODE_HOLDER,
    CODE_SPAN_RE,
    fix_lines,
    lazy_re,
    lazy_regex,
    looks_like_code,
    outside_code_spans,
    put_lines,
    trigger_lines,
)

QUOTE_STYLES = ("keep", "straight", "curly")

#: Urdu sentence and clause marks (and ! which Urdu shares with English).
URDU_MARKS = FULL_STOP + ARABIC_COMMA + ARABIC_SEMICOLON + ARABIC_QUESTION
#: Arabic-script letters, marks and digits: what makes the text beside a mark Urdu.
#: (``\p{Script=Arabic}`` written out for the stdlib engine, which scans several times faster.)
_ARABIC = f"[{ARABIC_SCRIPT}]"
_ARABIC_RE = lazy_re(_ARABIC)
_ARABIC_LETTER_RE = lazy_regex(ARABIC_LETTER)
_CLOSERS = ")]}”’\""  # what may stand between an Urdu word and the full stop that ends it
#: Quote marks. Urdu typists open with ” as often as with “ (typing right to left), so whether a
#: quote opens or closes is read from where it stands, never from the glyph.
QUOTES = "\"“”‘’"

_URL_RE = lazy_regex(URL_OR_EMAIL, re.IGNORECASE)
#: How many words a word of Arabic script is once split-glued has run (``str -> int``).
WordCount = Callable[[str], int]
_LATIN_MARK_RE = lazy_re(r"[,?;]|(?<!\.)\.(?!\.)")  # a single '.', never part of '..' or '...'
#: Two or more marks with nothing but spaces between them: "۔۔" "۔،" "۔ ،" "؟۔".
_CLUSTER_RE = lazy_re(f"[{URDU_MARKS}!](?: *[{URDU_MARKS}!])+")
_ELLIPSIS = FULL_STOP * 3
#: Spaces before a mark; after Urdu, before ! and a closing bracket (one that an opener precedes),
#: and before a quote that can only close: one that a mark or the line end follows.
#: (Each pattern opens with the space, then looks behind it: a literal first is found fast.)
_SPACE_BEFORE_RE = lazy_re(
    rf" (?:(?<=[^{WHITE_SPACE}].) *(?=[{URDU_MARKS}])"
    rf"|(?<={_ARABIC}.) *(?:(?=!)|(?=[{QUOTES}]+(?: *[{URDU_MARKS}!]|[ \t]*$))))"
)
_SPACE_BEFORE_CLOSER_RE = lazy_re(rf" (?<={_ARABIC}.) *(?=[)\]])")
#: Spaces after an opening bracket (that a closer follows), or after a quote that opens the line.
_SPACE_AFTER_OPENER_RE = lazy_regex(rf"(?:(?<=[(\[])|(?<=^ *[{QUOTES}]+)) +(?={_ARABIC})")
_PAIRS = {")": "(", "]": "[", "(": ")", "[": "]"}
#: A mark (maybe followed by closing brackets) glued to the next word: "گے۔یہ". A quote after a
#: mark and before a word may be either (۔”یہ): it is left as written. (The stdlib engine finds a
#: mark glued to anything; whether that is a letter, ``\p{L}``, is asked of the character alone.)
_GLUED_AFTER_RE = lazy_re(rf"([{URDU_MARKS}!](?:(?<=[{URDU_MARKS}])|(?<={_ARABIC}!))[)\]]*)(?=[^)\]\s])")
_LETTER_RE = lazy_regex(r"\p{L}")
#: Brackets glued to the words outside them, رپورٹر)پاکستان and پاکستان(رپورٹر): one space (not
#: where the line shows the brackets typed mirrored: an opener with no closer after it).
_GLUED_BRACKET_RE = lazy_regex(rf"(?<=\S)[)\]](?={ARABIC_LETTER})|(?<={ARABIC_LETTER})[(\[](?=\S)")
#: An Urdu comma or semicolon after a word, glued to a number: "تیزی،36" → "تیزی، 36".
_GLUED_DIGIT_RE = lazy_regex(rf"(?<=[\p{{L}}\p{{M}}])[{ARABIC_COMMA}{ARABIC_SEMICOLON}](?=\p{{N}})")
_TWO_APOSTROPHES_RE = lazy_re("''")
#: A comma glued to the next word, and the Urdu marks that show a line is prose: there such a
#: comma is one missing its space (OCR writes , for ، and drops the space: "تھا,ان پر ہے۔").
_GLUED_COMMA_RE = lazy_re(r",(?=[^\W\d_])")
_QUOTED_FIELD_RE = lazy_re(r'"[^"]*"')
_PROSE_MARK_RE = lazy_re(f"[{URDU_MARKS}]")
#: Where a sentence ends on a line: after sentence marks (and the closers after them) that a space
#: or a letter follows, not a comma (a superset of the sentence splitter's ends: a digit too, after
#: a word's full stop or question mark).
#: Whether commas are a row of data or a sentence's prose is judged sentence by sentence: a
#: sentence cleaned alone must come out as it does inside its line.
_SENTENCE_END_RE = lazy_re(
    # (a comma or semicolon after the mark is a cluster this step collapses into it: ?، ends too)
    f"[{FULL_STOP}{ARABIC_QUESTION}!?.]+[{ARABIC_COMMA}{ARABIC_SEMICOLON},;]*[{re.escape(_CLOSERS)}»]*(?=\\s|[^\\W\\d_])"
    # "ہے؟7": a number opens one (after ? as after ؟: this step writes one for the other; and
    # after spaces, which it drops: "ہے ؟7" is read as the "ہے؟7" it becomes)
    f"|(?<=[^\\W\\d_]) *[{FULL_STOP}{ARABIC_QUESTION}.?]+[{re.escape(_CLOSERS)}»]*(?=\\d)"
)
#: What can need work, one pattern per rewrite: each rewrite runs only on lines where its own
#: trigger is (a Latin mark, a space before a mark, a space after an opener, a glued mark).
_LATIN_MARK_TRIGGER = lazy_re("[,?;.]")
_SPACE_BEFORE_TRIGGER = lazy_re(f"[{URDU_MARKS}!{QUOTES})\\]](?<= .)")  # the mark first: scans faster
_OPENER_TRIGGER = lazy_re(f"[{QUOTES}(\\[] ")
_GLUED_TRIGGER = lazy_re(f"[{URDU_MARKS}!][)\\]]*[^\\W\\d_]")
#: A bracket glued to a letter, or ، ؛ glued to a number: one scan, the class first (the engine
#: skips ahead to one of its characters fast).
_GLUED_BRACKET_OR_DIGIT_TRIGGER = lazy_re(
    f"[()\\[\\]{ARABIC_COMMA}{ARABIC_SEMICOLON}]"
    f"(?:(?<=[)\\]])[^\\W\\d_]|(?<=[^\\W\\d_][(\\[])|(?<=[{ARABIC_COMMA}{ARABIC_SEMICOLON}])\\d)"
)
#: One scan for all of the above but two apostrophes: a character of the union class, then the
#: condition that makes it a trigger (a class first lets the regex engine skip ahead fast).
_TRIGGERS = (
    lazy_re(
        f"[,?;.{QUOTES}(\\[{URDU_MARKS}!)\\]]"
        # a Latin mark but those no rewrite touches (a ',' or '.' between digits, a ',' before a
        # digit, a '.' before a Latin letter: 3.5 1,000 P.D.), or an opener a space follows or
        # a character precedes
        "(?:(?<=[?;])|(?<=,)(?![0-9])|(?<=\\.)(?![A-Za-z]|(?<=[0-9].)[0-9])|(?<=[(\\[])(?:(?= )|(?<=\\S.))"
        f"|(?<=[{URDU_MARKS}!)\\]])(?<= .)"  # a space before a mark or closer
        f"|(?<= [{QUOTES}])(?=[{QUOTES}]*(?: *[{URDU_MARKS}!]|[ \\t]*(?:[\\r\\n]|$)))"  # ... a closing quote
        f"|(?<![^\\s{QUOTES}].)(?<=[{QUOTES}])(?= )"  # a quote after spaces (or other quotes), then a space
        "|(?<=[)\\]])(?=[^\\W\\d_])"  # a closing bracket glued to a word
        f"|(?<=[{ARABIC_COMMA}{ARABIC_SEMICOLON}])(?=\\d)"  # a comma glued to a number
        f"|(?<=[{URDU_MARKS}!])(?: *[{URDU_MARKS}!]|[)\\]]*[^\\W\\d_]))"  # a cluster, or glued
    ),
    lazy_re("''"),
)


#: What a mark looks past to find the word it follows: spaces and other marks, Latin or Urdu
#: alike (a Latin one may become Urdu in this same pass: ء. ; → ء؛ in one pass, not two).
_LOOK_BACK_PAST = " ,?;." + URDU_MARKS


def _urdu_before(line: str, i: int, skip: str = _LOOK_BACK_PAST) -> bool:
    """Whether the text before position ``i`` (past ``skip`` characters) is Urdu."""
    i -= 1
    while i >= 0 and line[i] in skip:
        i -= 1
    return i >= 0 and (_ARABIC_RE.match(line[i]) is not None)


#: What ends the clause a mark is judged in (Latin and Urdu alike: converting never moves one).
_CLAUSE_ENDS = ".?!;" + FULL_STOP + ARABIC_QUESTION + ARABIC_SEMICOLON
_ASCII_LETTER_RE = lazy_re("[A-Za-z]")
#: How far back a clause is read, at most (characters).
_CLAUSE_WINDOW = 120
_EDGE_MARKS = ".,?;!:" + URDU_MARKS + QUOTES + "'()[]«»"


#: A word of a clause, as the steps after this one leave it: a run between spaces and marks (a
#: bracket or mark glued to a word gets its space later: "(خبر)یہی" is two words now).
_CLAUSE_WORD_RE = lazy_re(f"[^\\s{re.escape(_EDGE_MARKS)}]+")
#: A ے or ں with a letter after it: a word ends there (split-glued puts the space back later:
#: کےمطابق is two words now).
_MARKED_JOIN_RE = lazy_re(f"[\u06d2\u06ba](?=[{ARABIC_LETTER_CHARS}])")


@functools.lru_cache(maxsize=1 << 14)
def _clause_words(word: str) -> tuple[int, int]:
    """How many Latin and how many Arabic-script words ``word`` (of :data:`_CLAUSE_WORD_RE`) counts
    for: (1, 0) in Latin letters, (0, n) in Arabic script, (0, 0) mixed or neither (digits)."""
    arabic = _ARABIC_RE.search(word) is not None
    latin = _ASCII_LETTER_RE.search(word) is not None
    if latin != arabic:
        return (1, 0) if latin else (0, 1 + sum(map(_is_cut, _MARKED_JOIN_RE.finditer(word))))
    return 0, 0


def _is_cut(m: re.Match[str]) -> bool:
    """Whether split-glued may cut after the ے or ں of ``m``: not after the prefix بے (بےشک), nor
    before a future ending (جائےگا), which it leaves glued."""
    word, i = m.string, m.end()
    return word[:i] not in PREFIXES and word[i:] not in FUTURE_ENDINGS


def _in_latin_clause(line: str, i: int, split: WordCount | None = None) -> bool:
    """Whether the mark at ``i`` stands after Urdu quoted in a clause written in Latin letters
    ("What is اردو?", "The page shows tabs such as (اشتہار, متعلقہ خبریں) at its end."): the
    clause it is in (between sentence marks, at most :data:`_CLAUSE_WINDOW` characters either
    way; a sentence mark ends the clause it closes) has more Latin words than Arabic-script ones,
    counted as the later steps will space them (:data:`_CLAUSE_WORD_RE`, :data:`_MARKED_JOIN_RE`,
    and ``split``: how many words split-glued makes of a glued one, فورمحکام → فورم حکام), so
    that a second run decides as the first did.
    The mark is the English sentence's, and every mark of a clause is judged alike. (An Urdu
    sentence with English names has as many Urdu words: "Imran Khan نے کہا?" is Urdu's.)"""
    lo = max(0, i - _CLAUSE_WINDOW)  # (bounded looks back and on: linear on long lines)
    start = max(lo - 1, *(line.rfind(c, lo, i) for c in _CLAUSE_ENDS)) + 1
    end = i
    if line[i] not in _CLAUSE_ENDS:  # a comma: the clause goes on after it, to its end
        hi = min(len(line), i + 1 + _CLAUSE_WINDOW)
        ends = [at for at in (line.find(c, i + 1, hi) for c in _CLAUSE_ENDS) if at >= 0]
        end = min(ends, default=hi)
    latin = arabic = 0
    words = _CLAUSE_WORD_RE.findall(line, start, end)
    for word in words:
        counts = _clause_words(word)
        latin += counts[0]
        arabic += counts[1]
    if latin > arabic and split is not None:  # (asked only then: the word tables are seldom needed)
        arabic = sum(max(n, split(word)) for word in words if (n := _clause_words(word)[1]))
    return latin > arabic


def _convert(m: re.Match[str], protected: list[tuple[int, int]], data: set[int], latin: bool,
             split: WordCount | None = None) -> str:
    """The mark ``m`` as :func:`_converted` writes it, unless it ends Urdu quoted in English
    (``latin``: whether the line holds a Latin letter at all, asked once a line)."""
    new = _converted(m, protected, data)
    if new != m[0] and latin and _in_latin_clause(m.string, m.start(), split):
        return m[0]
    return new


def _converted(m: re.Match[str], protected: list[tuple[int, int]], data: set[int]) -> str:
    mark, line, i = m[0], m.string, m.start()
    if i in data or _inside(i, protected):
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
        if after.isalpha():
            return mark  # لاہور,پاکستان: data as likely as prose (see _glued_commas)
        if _urdu_before(line, i) and not after.isdigit():
            return ARABIC_COMMA
        # a number ending a clause of an Urdu sentence: "2019, میں"
        rest = line[i + 1 :].lstrip(" ")
        if before.isdigit() and after == " " and rest and _ARABIC_LETTER_RE.match(rest[0]):
            return ARABIC_COMMA
        return mark
    # '.': only where it ends an Urdu sentence
    # (a Latin mark after it may become Urdu in this same pass: judged as if it had)
    if _is_initial(line, i):
        return mark  # ع. ق. خان, پی. ٹی. آئی., ص. 12: initials and abbreviations, not sentence ends
    ends_here = after.isspace() or after in _CLOSERS or after in URDU_MARKS or after in ",;?"
    if after.isdigit() and before and (before in VERB_FINAL_LETTERS or (before in "۔؟?" and _urdu_before(line, i))):
        # "گئی تھی.1978 میں", "ہے۔.2": a number starts the next sentence, as the splitter reads it
        return FULL_STOP
    if after and not (ends_here or _ARABIC_LETTER_RE.match(after)):
        return mark  # فائل.txt, a Latin word after it
    return FULL_STOP if _urdu_before(line, i, skip=_LOOK_BACK_PAST + _CLOSERS) else mark


#: A word standing before a full stop, and one standing after a space (for runs of initials).
#: (an opening quote or bracket before the word stands for a space: this pass may remove the one
#: after it, and the next pass must read the initial alike; so does a sentence mark glued before
#: it, "گیا۔ف.": the sentence that opens there reads the same alone)
_WORD_BEFORE_RE = lazy_regex(r"(?:^|(?<=[\s\"“”‘’(\[۔؟!?]))((?:(?=\p{L})\p{Script=Arabic}\p{Mn}*)+)$")
_INITIAL_AFTER_RE = lazy_regex(r"\s+((?:(?=\p{L})\p{Script=Arabic}\p{Mn}*)+)\.")


def _letters_of(word: str) -> int:
    return sum(1 for c in word if not unicodedata.combining(c))


#: The longest word :func:`_is_initial` reads before a full stop (a longer one is neither an
#: initial nor a letter's name).
_WORD_WINDOW = 40


def _is_initial(line: str, i: int) -> bool:
    """Whether the ``.`` at ``i`` closes an initial: a one-letter Urdu word (ع. ق. خان, ص. 12),
    or the name of a Latin letter in a run of such (پی. ٹی. آئی.). The sentence splitter reads
    them so; one letter name alone (پی. = drank) may end a sentence and is judged as usual."""
    # (looked for in the characters just before: an initial or a letter's name is short, and a
    # search from the line's start for each full stop was quadratic on long lines)
    m = _WORD_BEFORE_RE.search(line, max(0, i - _WORD_WINDOW), i)
    if m is None:
        return False
    word = m.group(1)
    if _letters_of(word) == 1 and word[0] not in "\u0648\u0621\u06be":
        return True  # (but و, a word of one letter, and the year signs ء and ھ: they end sentences)
    if word not in LETTER_NAMES:
        return False
    nxt = _INITIAL_AFTER_RE.match(line, i + 1)
    if nxt and (nxt.group(1) in LETTER_NAMES or _letters_of(nxt.group(1)) == 1):
        return True
    prev = line[: m.start()].rstrip()
    return prev.endswith(".") and _is_initial(line, len(prev) - 1)


def _glued_comma(m: re.Match[str], urls: list[tuple[int, int]], data: set[int],
                 plain: list[tuple[int, int]]) -> str:
    """A comma glued to the next word, on a line whose Urdu marks (after conversion: the
    decision must not change on a second pass) show it is prose: ، and the space after it,
    when Urdu is before it, and it is in no URL, no row of data and no sentence without an Urdu
    mark (``plain``: in order, apart)."""
    i = m.start()
    if i in data or _inside(i, urls) or _inside(i, plain) or not _urdu_before(m.string, i):
        return m[0]
    return ARABIC_COMMA + " "


def _sentences(line: str) -> list[tuple[int, int]]:
    """The spans of the sentences of ``line`` (see ``_SENTENCE_END_RE``), covering it."""
    cuts = [m.end() for m in _SENTENCE_END_RE.finditer(line)]
    return list(zip([0, *cuts], [*cuts, len(line)]))


def _separators(line: str) -> set[int]:
    """Where the Latin marks that separate data fields stand on ``line``, sentence by sentence
    (a row of data is one): see ``_row_separators``."""
    if line.count(",") < 2 and line.count(";") < 2:
        return set()  # (a row needs two of one mark in a sentence: not even the line has them)
    return {a + i for a, b in _sentences(line) for i in _row_separators(line[a:b])}


def _row_separators(line: str) -> set[int]:
    """The ``,`` (or ``;``) outside double-quoted fields, when the line has two or more and none
    of them is followed by a space (1,لاہور,پاکستان; spaces ending the line do not count: a CRLF
    row ending in an empty field is data). Commas inside a quoted field ("شہر، پرانا") are the
    field's prose."""
    quoted = [m.span() for m in _QUOTED_FIELD_RE.finditer(line)] if '"' in line else []
    found: set[int] = set()
    for mark in ",;":
        if line.count(mark) < 2:
            continue
        at = [i for i in _positions(line, mark) if not _inside(i, quoted)]
        if len(at) > 1 and not any(line[i + 1 : i + 2].isspace() and line[i + 1 :].strip() for i in at):
            found.update(at)
    return found


def _positions(line: str, mark: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(mark), line)]


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


@functools.lru_cache(maxsize=4)
def _bracket_ends(line: str) -> dict[str, tuple[int, int]]:
    """Where each bracket first and last stands on ``line`` (-1: nowhere): whether one stands
    before or after a place is then told without reading the line again (a line of many
    brackets would be read once for each)."""
    return {c: (line.find(c), line.rfind(c)) for c in "()[]"}


def _before(line: str, bracket: str, i: int) -> bool:
    """Whether ``bracket`` stands in ``line[:i]``."""
    return 0 <= _bracket_ends(line)[bracket][0] < i


def _after(line: str, bracket: str, i: int) -> bool:
    """Whether ``bracket`` stands in ``line[i:]``."""
    return _bracket_ends(line)[bracket][1] >= i


def _drop_space_before(m: regex.Match[str]) -> str:
    closer = m.string[m.end()]
    if not _before(m.string, _PAIRS[closer], m.start()):
        return m[0]  # a closer with no opener before it: a bracket typed mirrored, not guessed at
    return ""


def _drop_space_after_opener(m: regex.Match[str]) -> str:
    opener = m.string[m.start() - 1]
    return "" if opener not in "([" or _after(m.string, _PAIRS[opener], m.end()) else m[0]


def _space_glued_bracket(m: regex.Match[str]) -> str:
    line, mark, i = m.string, m[0], m.start()
    if mark in ")]":  # a closer after a word: unless the line opens with it, typed mirrored
        mirrored = not _before(line, _PAIRS[mark], i) and _after(line, _PAIRS[mark], i)
        return mark if mirrored else mark + " "
    return " " + mark if _after(line, _PAIRS[mark], i) else mark  # an opener: where a closer follows


def _has_ascii_letter(line: str) -> bool:
    """Whether ``line`` holds A-Z or a-z (what :func:`looks_like_code` asks first), in C: its
    ASCII characters, as bytes, change under case mapping only if a letter is among them."""
    ascii_part = line.encode("ascii", "ignore")
    return ascii_part.lower() != ascii_part.upper()


def _urdu_context(line: str) -> bool:
    """Whether anything on ``line`` is in Urdu context: it holds Arabic script and is no line of
    code ('' in code or LaTeX stays too)."""
    return _ARABIC_RE.search(line) is not None and not (_has_ascii_letter(line) and looks_like_code(line))


def _fix_line(line: str, quotes: str, split: WordCount | None = None) -> str:
    return _fix_part(line, quotes, split) if _urdu_context(line) else line


def _fix_keeping_foreign(line: str, quotes: str, split: WordCount | None = None) -> str:
    """:func:`_fix_line` but for the line's Arabic and Persian passages; whether the line is code
    or Urdu context at all is asked of the whole line, not of the parts between the passages (a
    part may be a URL and the marks after it: "…﴾ https://x.pk/a؛؟" reads as the line does)."""
    if not _urdu_context(line):
        return line
    # (a URL is never cut into parts: its marks are the URL's, and only the whole URL shows it)
    return outside_spans(line, lambda part: _fix_part(part, quotes, split), _url_spans)


def _fix_part(line: str, quotes: str, split: WordCount | None = None) -> str:
    """:func:`_fix_prose` on ``line`` but for its inline code spans, which stay as written. The
    rest is fixed as one line, each span standing as one character: a part between two spans is
    not the line's start or end (a quote there neither opens nor closes the line)."""
    if "`" not in line or not CODE_SPAN_RE.search(line):
        return _fix_prose(line, quotes, split)
    if CODE_HOLDER in line:  # (the holder cannot stand for the spans): each part on its own
        return outside_code_spans(line, lambda p: _fix_prose(p, quotes, split) if _ARABIC_RE.search(p) else p)
    spans = CODE_SPAN_RE.findall(line)
    masked = CODE_SPAN_RE.sub(CODE_HOLDER, line)
    if not _ARABIC_RE.search(masked):
        return line  # Urdu only inside the spans: nothing outside them is in Urdu context
    parts = _fix_prose(masked, quotes, split).split(CODE_HOLDER)
    return "".join(part + span for part, span in zip(parts, spans)) + parts[-1]


def _fix_prose(line: str, quotes: str, split: WordCount | None = None) -> str:
    """The rewrites of this step on a line of prose, until they change nothing more: a comma one
    makes ، is then spaced and collapsed as every ، is (a few passes at most)."""
    for _ in range(len(line) + 1):  # (each pass after the first turns a comma into ،: it ends)
        line, again = _fix_prose_once(line, quotes, split)
        if not again:
            break
    return line


def _fix_prose_once(line: str, quotes: str, split: WordCount | None = None) -> tuple[str, bool]:
    """The rewrites once, and whether a glued comma was made ، (then a pass more is due)."""
    line = _quotes(line, quotes)
    # each rewrite runs only where its trigger is on the line (most lines need one or none)
    # (a test with `in` for the characters a trigger needs costs a tenth of a regex scan)
    if "," in line or "." in line or "?" in line or ";" in line:
        protected = [m.span() for m in _URL_RE.finditer(line)] if may_hold_url(line) else []
        data = _separators(line)
        latin = _has_ascii_letter(line)
        line = _LATIN_MARK_RE.sub(lambda m: _convert(m, protected, data, latin, split), line)
    urls = _url_spans(line)  # a mark ending a URL is the URL's ("a?b=1!"): no cluster opens there
    line = _CLUSTER_RE.sub(lambda m: m[0] if urls and _inside(m.start(), urls) else _collapse(m), line)
    if _SPACE_BEFORE_TRIGGER.search(line):
        url_ends = {hi for _, hi in _url_spans(line)}  # a mark glued to a URL would become part of it
        line = _SPACE_BEFORE_RE.sub(lambda m: m[0] if m.start() in url_ends else "", line)
        if ")" in line or "]" in line:
            line = _SPACE_BEFORE_CLOSER_RE.sub(_drop_space_before, line)
    if ('"' in line or "“" in line or "”" in line or "‘" in line or "’" in line or "(" in line or "[" in line) and (
        _OPENER_TRIGGER.search(line)
    ):
        url_ends = {hi for _, hi in _url_spans(line)}  # (an opener glued to a URL ends it)
        line = _SPACE_AFTER_OPENER_RE.sub(lambda m: m[0] if m.start() in url_ends else _drop_space_after_opener(m), line)
    if _GLUED_TRIGGER.search(line):
        urls = _url_spans(line)  # a mark inside a URL is part of it: no space after it there
        line = _GLUED_AFTER_RE.sub(
            lambda m: m[0] if not _LETTER_RE.match(m.string, m.end()) or _inside(m.start(), urls) else m[0] + " ", line
        )
    if ("(" in line or ")" in line or "[" in line or "]" in line or ARABIC_COMMA in line or ARABIC_SEMICOLON in line) and (
        _GLUED_BRACKET_OR_DIGIT_TRIGGER.search(line)
    ):
        # never inside a URL: a space there would cut it, and the next run judge the rest anew
        urls = _url_spans(line)
        line = _GLUED_BRACKET_RE.sub(lambda m: m[0] if _inside(m.start(), urls) else _space_glued_bracket(m), line)
        urls = _url_spans(line)
        line = _GLUED_DIGIT_RE.sub(lambda m: m[0] if _inside(m.start(), urls) else m[0] + " ", line)
    if "," in line and _PROSE_MARK_RE.search(line) and _GLUED_COMMA_RE.search(line):
        # judged last, on the line as this step writes it: its sentences and their marks are final
        urls, data = _url_spans(line), _separators(line)
        plain = [(a, b) for a, b in _sentences(line) if not _PROSE_MARK_RE.search(line, a, b)]  # (in order, apart)
        new = _GLUED_COMMA_RE.sub(lambda m: _glued_comma(m, urls, data, plain), line)
        if new != line:
            return new, True
    return line, False


#: What can make a line of Urdu need more than the rewrites of :func:`_fix_plain`: a Latin mark, a
#: quote or apostrophe, a bracket, a backtick, a Latin letter (URLs, code), a ، or ؛ glued to a digit.
_NOT_PLAIN_RE = lazy_re(
    f"[,?;.{QUOTES}'()\\[\\]`A-Za-z{ARABIC_COMMA}{ARABIC_SEMICOLON}]"
    f"(?:(?<=[{ARABIC_COMMA}{ARABIC_SEMICOLON}])\\d|(?<![{ARABIC_COMMA}{ARABIC_SEMICOLON}]))"
)


def _space_after_glued(m: re.Match[str]) -> str:
    return m[0] + " " if _LETTER_RE.match(m.string, m.end()) else m[0]


#: A mark a space stands before (the mark first: marks are rarer than spaces, so the scan stops less).
_MARK_AFTER_SPACE_RE = lazy_re(f"[{URDU_MARKS}!](?<= .)")
_NOT_WHITE_RE = lazy_re(f"[^{WHITE_SPACE}]")


def _drop_spaces_before_marks(text: str) -> str:
    """``_SPACE_BEFORE_RE.sub("", text)`` for text without quotes: the spaces between a visible
    character and a mark, or between Arabic script and ``!``, dropped; found from the marks."""
    out, done = [], 0  # text[:done] is in out
    for m in _MARK_AFTER_SPACE_RE.finditer(text):
        at = start = m.start()
        while start > 0 and text[start - 1] == " ":
            start -= 1
        if start == 0:
            continue
        before = _NOT_WHITE_RE if m[0] != "!" else _ARABIC_RE
        if before.match(text, start - 1):
            out += (text[done:start],)
            done = at
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _fix_plain(lines: str) -> str:
    """:func:`_fix_prose` on lines (joined by ``\\n``) that hold Arabic script and none of
    ``_NOT_PLAIN_RE``'s characters: most lines of Urdu prose that need work. Of its rewrites only
    three can apply there, and none reaches past a line end, so all the lines are fixed at once:
    a doubled mark collapsed, spaces before a mark dropped, a space set after a mark glued to the
    next word. (A property checks it against :func:`_fix_prose`.)"""
    lines = _CLUSTER_RE.sub(_collapse, lines)
    lines = _drop_spaces_before_marks(lines)
    return _GLUED_AFTER_RE.sub(_space_after_glued, lines)


def _fix_triggered(text: str, foreign: str, split: WordCount | None = None) -> str:
    """:func:`punctuation` with the default quotes: the lines its triggers find, the plain ones
    fixed together by :func:`_fix_plain` (their foreign passages looked for only where a line
    changed), the rest one by one (a line with '' among them: it is not plain)."""
    fixer = _fix_keeping_foreign if foreign == "keep" else _fix_line
    bounds = trigger_lines(text, _TRIGGERS[0])
    if "''" in text:  # (rare, looked for with `in`: only then are two triggers' lines merged)
        bounds = sorted({*bounds, *trigger_lines(text, _TRIGGERS[1])})
    if not bounds:
        return text
    lines = [text[a:b] for a, b in bounds]
    plain: list[int] = []
    for i, line in enumerate(lines):
        if _NOT_PLAIN_RE.search(line) is None and _ARABIC_RE.search(line) is not None:
            plain.append(i)
        else:
            lines[i] = fixer(line, "keep", split)
    if plain:
        olds = [lines[i] for i in plain]
        for i, old, new in zip(plain, olds, _fix_plain("\n".join(olds)).split("\n")):
            if foreign == "keep" and new != old and foreign_spans(old):
                new = _fix_keeping_foreign(old, "keep", split)  # a passage keeps its own marks
            lines[i] = new
    return put_lines(text, bounds, lines)


def _url_spans(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in _URL_RE.finditer(line)] if may_hold_url(line) else []


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``i`` is in one of ``spans`` (in order, apart: a pattern's matches, a line's
    sentences): a bisect, so a line of many spans is not read once for each mark."""
    k = bisect.bisect_right(spans, (i, math.inf)) - 1
    return k >= 0 and i < spans[k][1]


def punctuation(text: str, *, quotes: str = "keep", foreign: str = "keep", source: str = "typed",
                glue: str = "keep", config: Config = DEFAULT_CONFIG, ahead: bool = False) -> str:
    """Write Urdu punctuation in Urdu text, once, with the spacing Urdu uses.

    - Latin marks in Urdu context become Urdu ones: ``,`` → ،  ``?`` → ؟  ``;`` → ؛ and a ``.``
      that ends an Urdu sentence → ۔. Never inside URLs, e-mail addresses, file names, numbers
      (3.5, 1,000, 12.03.2020), Latin words, an ellipsis (.. ...), or after Urdu quoted in an
      English sentence ("What is اردو?": more Latin words than Urdu ones in the clause; with
      ``ahead=True``, which a pipeline gives it when split-glued runs later, the Urdu words are
      counted as split-glued, with the same ``source`` and ``glue``, will space them: "PTI MNA
      فورمحکام?" is Urdu's, as a second run would find). A ``?`` between two letters
      of one word (ا?غاز) is a letter lost to a code page, not a question: it stays, and
      ``--explain`` reports it.
    - Doubled and stray marks: two or more of ۔ ، ؛ ؟ ! with only spaces between them become one.
      The rule: if the cluster holds ؟ or !, those are kept as written (؟! stays, ؟۔ → ؟);
      otherwise the last mark wins (۔، → ، because a comma says the sentence goes on; ،۔ → ۔;
      ۔۔ → ۔). Three full stops in a row (۔۔۔) are an ellipsis and stay.
    - Spacing: no space before ۔ ، ؛ ؟ and, after Urdu, before ! and closing brackets; none after
      an opening bracket; one space after a mark glued to the next word (گے۔یہ → گے۔ یہ), after a
      closing bracket glued to a word (رپورٹر)پاکستان → رپورٹر) پاکستان), before an opening one
      glued to the word before (آباد(رپورٹر) → آباد (رپورٹر)), and after an Urdu comma glued to a
      number (تیزی،36 → تیزی، 36). Digits never get a space (۱۔۵ and 3.5 stay). Brackets a
      line shows typed mirrored (an opener with no closer after it) are left alone.
    - Quotes (" “ ” ‘ ’ and their doubles ’’ ‘‘) open or close by where they stand, never by
      glyph: Urdu typists open with ” as often as with “. Only a quote that can only close (a mark
      or the line end after it) loses the space before it, and one that opens the line the space
      after it; elsewhere their spacing stays as written (کہا ”یہ ٹھیک ہے“ اور is correct).
      Two apostrophes used as a quote mark ('') become ``"``. Curly and straight quotes stay in
      the style the line uses; ``quotes="straight"`` or ``"curly"`` unifies them (curly only where
      the line's quotes pair up). Unbalanced quotes are reported, not guessed at.
    - Kept as written: a row of data (two or more ``,`` or ``;`` in one sentence, outside
      double-quoted fields, none followed by a space: 1,لاہور,پاکستان keeps its columns), a
      ``,`` glued to the next word in a sentence with no Urdu mark (لاہور,پاکستان may be data
      too; "تھا,ان پر ہے." is prose). Both are judged sentence by sentence, so that a sentence
      cleaned alone comes out as it does in its line. And a line of code (a code cue and mostly
      ASCII outside strings and comments) and an inline code span (text between two backticks, such as a quoted ``"ہے ?"``). Lines with no
      Arabic-script character are left alone: their marks are not Urdu's.
    - Arabic and Persian passages keep their punctuation (``foreign="keep"``, the default; what
      counts as one is in docs/guide/arabic-persian.md), with the marks written right after them
      (``…الصابرين.`` keeps its full stop); ``foreign="normalize"`` treats them as Urdu.

    >>> punctuation("اتحادی حکام.") == "اتحادی حکام۔"
    True
    >>> punctuation("بحال کیا۔. پیش کیا۔ ، ملک") == "بحال کیا۔ پیش کیا، ملک"
    True
    >>> punctuation("آئیں گے۔یہ تھا , ان پر ہے ؟") == "آئیں گے۔ یہ تھا، ان پر ہے؟"
    True
    >>> punctuation("Hello, world. See https://x.org/a?b=1 or 3.5") == "Hello, world. See https://x.org/a?b=1 or 3.5"
    True
    >>> punctuation("کہا ”یہ ٹھیک ہے“ اور 1,لاہور,پاکستان") == "کہا ”یہ ٹھیک ہے“ اور 1,لاہور,پاکستان"
    True
    """
    if quotes not in QUOTE_STYLES:
        raise ValueError(f"quotes must be one of {', '.join(QUOTE_STYLES)}, not {quotes!r}")
    if foreign not in FOREIGN_MODES:
        raise ValueError(f"foreign must be one of {', '.join(FOREIGN_MODES)}, not {foreign!r}")
    if not _ARABIC_RE.search(text):
        return text  # nothing Urdu: no mark can be in Urdu context
    split = _glued_words(config, source, glue) if ahead else None
    if quotes == "keep":
        return _fix_triggered(text, foreign, split)
    triggers = (*_TRIGGERS, re.compile("[\"“”‘’]"))
    if foreign == "keep":
        return fix_lines(text, triggers, lambda line: _fix_keeping_foreign(line, quotes, split))
    return fix_lines(text, triggers, lambda line: _fix_line(line, quotes, split))


def _glued_words(config: Config, source: str, glue: str) -> WordCount:
    """How many words split-glued, with these options, makes of a word (its parts; 1 when it
    leaves the word whole): the count a clause's Latin words are weighed against."""
    if source not in SOURCES or glue not in GLUE:
        raise ValueError(f"source must be one of {', '.join(SOURCES)} and glue one of {', '.join(GLUE)}")

    def words(word: str) -> int:
        new = split_token(word, config.lexicon, source, glue)
        return 1 if new is None else len(new.split())

    return words




def punctuation_notes(text: str, *, line_base: int = 0, quotes: str = "keep", foreign: str = "keep",
                      source: str = "typed", glue: str = "keep", config: Config = DEFAULT_CONFIG,
                      ahead: bool = False) -> list[str]:
    """What ``punctuation`` saw but would not guess at: unbalanced quotes, and the Arabic and
    Persian passages it left as written. (A ``?`` inside an Urdu word is ``lost-letters``' to
    repair or note.)"""
    split = _glued_words(config, source, glue) if ahead else None
    notes = protected_notes(text, lambda s: _fix_line(s, quotes, split), line_base=line_base) if foreign == "keep" else []
    for number, line in enumerate(text.split("\n"), line_base + 1):
        if _ARABIC_RE.search(line):
            opened, closed = line.count("“"), line.count("”")
            if opened != closed or (line.count('"') + 2 * line.count("''")) % 2:
                notes.append(f"line {number}: unbalanced quotes")
    return notes
