"""Line-local rewriting: touch only the lines that need work.

Most text a step sees is already clean, so a step scans for its triggers and rewrites only the
lines where one occurs; the rest of the text is copied as it is. This is also what keeps each
step's decisions inside one line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol


class _Match(Protocol):
    def start(self) -> int: ...


class _Pattern(Protocol):  # re.Pattern and regex.Pattern alike
    def finditer(self, string: str) -> Iterator[_Match]: ...


Triggers = _Pattern | Iterable[_Pattern]


def _starts(text: str, trigger: Triggers) -> Iterable[int]:
    if hasattr(trigger, "finditer"):
        return (m.start() for m in trigger.finditer(text))  # type: ignore[union-attr]
    # several simple patterns scan faster than one alternation of them: merge their hits
    return sorted({m.start() for pattern in trigger for m in pattern.finditer(text)})  # type: ignore[union-attr]


def fix_lines(text: str, trigger: Triggers, fix: Callable[[str], str]) -> str:
    """Apply ``fix`` to each line of ``text`` in which a trigger pattern matches; copy the rest.

    ``trigger`` is a compiled pattern or several; none may match a ``\\n``. ``fix`` gets a line
    without its ``\\n`` and must not add one.

    >>> import re
    >>> fix_lines("ab\\ncd\\nab", re.compile("b"), str.upper)
    'AB\\ncd\\nAB'
    >>> fix_lines("ab\\ncd\\nxy", [re.compile("a"), re.compile("y")], str.upper)
    'AB\\ncd\\nXY'
    """
    out: list[str] = []
    done = 0  # text[:done] is in out
    for at in _starts(text, trigger):
        if at < done:
            continue  # the line was fixed already
        start = text.rfind("\n", done, at) + 1 or done
        end = text.find("\n", at)
        if end < 0:
            end = len(text)
        out.append(text[done:start])
        out.append(fix(text[start:end]))
        done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


# --- Code: lines and inline spans that are kept as written -----------------------------------------

#: What a line of code has that prose rarely has: an assignment, brackets, a ``#`` or ``//`` comment.
#: (One class first, a "/" only when another follows: an alternation would test every position.)
_CODE_CUE_RE = re.compile(r"[=(){}\[\]#/](?:(?<!/)|(?=/))")
#: String literals and inline code spans: their content may be Urdu without making the line prose.
_LITERAL_RE = re.compile(r"\"[^\"]*\"|'[^']*'|`[^`]*`")
_COMMENT_RE = re.compile(r"(?:^|\s)(?:#|//).*")
_ASCII_ALNUM_RE = re.compile("[A-Za-z0-9]")
_ASCII_LETTER_RE = re.compile("[A-Za-z]")
#: Share of ASCII among the characters of a line's code part (strings and comment removed).
CODE_ASCII_SHARE = 0.8


def looks_like_code(line: str) -> bool:
    """Whether ``line`` is a line of code: a code cue, and mostly ASCII once its string
    literals and its comment are set aside (they may be in Urdu).

    A line that is only a comment (a Markdown heading ``# عنوان`` looks the same) is not code,
    nor is a JSON record (a line that is one object or array): its strings are the data's prose.

    >>> looks_like_code('x = "پاکستان زندہ باد"  # نعرہ')
    True
    >>> looks_like_code("قیمت = 500 روپے (تقریباً)")
    False
    >>> looks_like_code("# عنوان")
    False
    >>> looks_like_code('{"id": 1, "text": "ہے ?"}')
    False
    """
    if _ASCII_LETTER_RE.search(line) is None or _CODE_CUE_RE.search(line) is None:
        return False  # no identifier or no cue: most Urdu lines stop here, at two fast scans
    record = line.strip()
    if record[:1] in "{[" and record[-1:] in "}]":
        return False
    code = _COMMENT_RE.sub("", _LITERAL_RE.sub("", line))
    if _ASCII_ALNUM_RE.search(code) is None:
        return False
    chars = code.replace(" ", "").replace("\t", "")
    return len(chars.encode("ascii", "ignore")) >= CODE_ASCII_SHARE * len(chars)  # no per-character loop


#: An inline code span, as Markdown writes it: text between two backticks on one line.
CODE_SPAN_RE = re.compile(r"`[^`]+`")


def outside_code_spans(line: str, fix: Callable[[str], str]) -> str:
    """Apply ``fix`` to the parts of ``line`` outside inline code spans; the spans stay as written.

    >>> outside_code_spans("a `b c` d", str.upper)
    'A `b c` D'
    """
    parts = CODE_SPAN_RE.split(line)
    if len(parts) == 1:
        return fix(line)
    spans = CODE_SPAN_RE.findall(line)
    return "".join(fix(p) + s for p, s in zip(parts, spans)) + fix(parts[-1])
