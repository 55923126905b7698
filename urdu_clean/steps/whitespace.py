"""``whitespace``: runs of spaces inside a line, and spaces at its end."""

from __future__ import annotations

import regex

#: Two or more spaces between two visible characters of a line (indentation is not "between").
_RUN_RE = regex.compile(r"(?<=[^ \t\n]) {2,}(?=[^ \t\r\n])")
#: Spaces and tabs ending a line, before its \n (or \r\n) or at the end of the text.
_TRAILING_RE = regex.compile(r"(?<![ \t])[ \t]+(?=\r?\n|\r?\Z)")
_TRIGGER_RE = regex.compile(r"  |[ \t]\r?\n|[ \t]\r?\Z")


def whitespace(text: str) -> str:
    """Collapse runs of spaces between words to one and strip spaces and tabs that end a line.

    Kept: leading indentation, tabs inside a line (TSV columns, verse, code), every ``\\n``,
    blank lines, and the ``\\r`` of CRLF line ends.

    >>> whitespace("ایک  دو   تین  ")
    'ایک دو تین'
    >>> whitespace("    def f():\\r\\n\\ta\\tb \\n\\n")
    '    def f():\\r\\n\\ta\\tb\\n\\n'
    """
    if _TRIGGER_RE.search(text) is None:
        return text
    text = _RUN_RE.sub(" ", text)
    return _TRAILING_RE.sub("", text)
