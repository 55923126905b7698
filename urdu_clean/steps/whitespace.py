"""``whitespace``: runs of spaces inside a line, and spaces at its end."""

from __future__ import annotations

import re

from ..lines import fix_lines, lazy_re, lazy_regex, looks_like_code, outside_code_spans

_ARABIC_RE = lazy_regex(r"\p{Script=Arabic}")

#: Two or more spaces. Only a run between two visible characters is collapsed (indentation and
#: alignment before a tab stay), which the callback checks: a pattern that opens with a literal
#: lets the regex engine skip ahead fast, where a look-behind would test every position.
_RUN_RE = lazy_re("  +")
#: What can make this step change anything: two spaces (``in`` scans faster than a regex), a line
#: ending in a space or a tab (before its CR or not; the LF first: a rare literal, which the
#: scan skips ahead to, where a space would stop it at every word), or the text ending in one.
_LINE_END_SPACE_RE = lazy_re("\n(?:(?<=[ \t]\n)|(?<=[ \t]\r\n))")
_TRIGGER_ENDS = (" ", "\t", " \r", "\t\r")


def _collapse(m: re.Match[str]) -> str:
    s, i, j = m.string, m.start(), m.end()
    if i > 0 and s[i - 1] not in " \t\n" and j < len(s) and s[j] not in " \t\r\n":
        return " "
    return m[0]


def _collapse_runs(line: str) -> str:
    if _ARABIC_RE.search(line) is None or looks_like_code(line):
        return line  # English, code, tables: their spacing may mean something ("x = 1  # note")
    if "`" in line:  # an inline code span keeps its spaces
        return outside_code_spans(line, lambda part: _RUN_RE.sub(_collapse, part))
    return _RUN_RE.sub(_collapse, line)


def _strip_end(line: str) -> str:
    # a tab between visible characters makes the line a row of cells: its empty last cells stay
    chars = " " if "\t" in line.strip(" \t\r") else " \t"
    line = line.rstrip(chars)  # (first: a CR the spaces stood after ends the line then, "ab \r " → "ab\r")
    if line.endswith("\r"):
        return line[:-1].rstrip(chars) + "\r"
    return line


def whitespace(text: str) -> str:
    """Collapse runs of spaces between words to one and strip spaces and tabs that end a line
    (but the tabs that end a row of tab-separated cells: its empty last cells are data).

    Runs are collapsed on lines that hold Arabic-script text; a line without any (English, an
    aligned table) keeps its inner spacing, where two spaces may mean something, and so do a line
    of code (``x = "ہاں"    # جواب``: a code cue and mostly ASCII outside its strings and comment)
    and an inline code span (text between two backticks).
    Kept: leading indentation, tabs inside a line (TSV columns, verse, code), every ``\\n``,
    blank lines, and the ``\\r`` of CRLF line ends.

    >>> whitespace("ایک  دو   تین  ")
    'ایک دو تین'
    >>> whitespace("    def f():\\r\\n\\ta\\tb \\n\\n")
    '    def f():\\r\\n\\ta\\tb\\n\\n'
    >>> whitespace("علی\\tلاہور\\t \\nایک \\t")  # (a row keeps its empty last cell)
    'علی\\tلاہور\\t\\nایک'
    >>> whitespace("x = 1  # note")
    'x = 1  # note'
    >>> whitespace('jawab = "ہاں"    # ٹھیک  ہے')
    'jawab = "ہاں"    # ٹھیک  ہے'
    """
    if not ("  " in text or text.endswith(_TRIGGER_ENDS) or _LINE_END_SPACE_RE.search(text)):
        return text
    if "  " in text:
        text = fix_lines(text, _RUN_RE, _collapse_runs)
    return _strip_ends(text)


def _strip_ends(text: str) -> str:
    """``_strip_end`` on each line that ends in a space or a tab (before its CR or not): the
    lines are found by one scan for their ends (the last line, with no LF after it, by its end)."""
    text = fix_lines(text, _LINE_END_SPACE_RE, _strip_end)
    if text.endswith(_TRIGGER_ENDS):
        start = text.rfind("\n") + 1
        text = text[:start] + _strip_end(text[start:])
    return text
