"""Line-local rewriting: touch only the lines that need work.

Most text a step sees is already clean, so a step scans for its triggers and rewrites only the
lines where one occurs; the rest of the text is copied as it is. This is also what keeps each
step's decisions inside one line.

Patterns are compiled at first use (:func:`lazy_re`, :func:`lazy_regex`), not at import: a run
pays only for the steps it runs.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time; names for annotations only)
if TYPE_CHECKING:
    from typing import Protocol

    class _Match(Protocol):
        def start(self) -> int: ...

    class _Pattern(Protocol):  # re.Pattern and regex.Pattern alike
        def finditer(self, string: str) -> Iterator[_Match]: ...
        def search(self, string: str, pos: int = ...) -> _Match | None: ...

    Triggers = _Pattern | Iterable[_Pattern]


def _starts(text: str, trigger: Triggers) -> Iterable[int]:
    if hasattr(trigger, "finditer"):
        return (m.start() for m in trigger.finditer(text))  # type: ignore[union-attr]
    # several simple patterns scan faster than one alternation of them: merge their hits
    return sorted({m.start() for pattern in trigger for m in pattern.finditer(text)})  # type: ignore[union-attr]


def fix_lines(text: str, trigger: Triggers, fix: Callable[[str], str]) -> str:
    """Apply ``fix`` to each line of ``text`` in which a trigger pattern matches; copy the rest.

    ``trigger`` is a compiled pattern or several; a match may not span a ``\\n`` (one that is a
    ``\\n`` stands for the line it ends). ``fix`` gets a line without its ``\\n`` and must not add one.

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
        if start == 0 and end == len(text):
            return fix(text)  # one line (a very long one, maybe): no copy to join
        out.append(text[done:start])
        out.append(fix(text[start:end]))
        done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def trigger_lines(text: str, trigger: _Pattern) -> list[tuple[int, int]]:
    """The bounds (start, end: without the ``\\n``) of each line of ``text`` on which ``trigger``
    matches, in order: one search a line (``trigger`` must not match a ``\\n``).

    >>> import re
    >>> trigger_lines("ab\\ncd\\nab", re.compile("b"))
    [(0, 2), (6, 8)]
    """
    spans: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while pos <= n and (m := trigger.search(text, pos)) is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = n if end < 0 else end
        spans.append((start, end))
        pos = end + 1  # one hit a line is enough: look on from the next line
    return spans


def lines_holding(text: str, chars: str) -> list[tuple[int, int]]:
    """The bounds (start, end: without the ``\\n``) of each line of ``text`` that holds one of
    ``chars``, in order. Found with ``str.find``, one C scan a character: for characters most
    lines lack, many times faster than a regex class (a class scan of 5 MB of Urdu took 9 ms;
    the scans for five letters, under 1 ms).

    >>> lines_holding("ab\\ncd\\nxb\\nya", "by")
    [(0, 2), (6, 8), (9, 11)]
    """
    bounds: set[tuple[int, int]] = set()
    n = len(text)
    for c in chars:
        at = text.find(c)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = n if end < 0 else end
            bounds.add((start, end))
            at = text.find(c, end)  # one hit a line is enough
    return sorted(bounds)


def redo_lines(before: str, after: str, bounds: Iterable[tuple[int, int]],
               parts_of: Callable[[str], list], redo: Callable[[str, list], str]) -> str:
    """``after`` (what a step made of ``before``, line for line) with some lines made again: each
    line of ``before`` at ``bounds`` (start, end; in order) that has parts to keep
    (``parts_of(line)``, a list: none when empty) and that the step changed is written as
    ``redo(line, parts)`` gives it. ``after`` is split into lines only when such a line is found.

    >>> redo_lines("ab\\ncd", "AB\\nCD", [(3, 5)], lambda line: [1], lambda line, parts: line + "!")
    'AB\\ncd!'
    """
    found: list[tuple[int, str, list]] = []  # (line number, line, its parts)
    number = at = 0  # the number of the line before[at] is on
    for start, end in bounds:
        line = before[start:end]
        if parts := parts_of(line):
            number += before.count("\n", at, start)
            at = start
            found.append((number, line, parts))
    if not found:
        return after
    lines = after.split("\n")
    changed = False
    for number, line, parts in found:
        if lines[number] != line:
            lines[number] = redo(line, parts)
            changed = True
    return "\n".join(lines) if changed else after


def put_lines(text: str, spans: list[tuple[int, int]], lines: Iterable[str]) -> str:
    """``text`` with the line at each of ``spans`` (as :func:`trigger_lines` gives them) replaced
    by the next of ``lines``.

    >>> put_lines("ab\\ncd\\nab", [(0, 2), (6, 8)], ["x", "y"])
    'x\\ncd\\ny'
    """
    out, done = [], 0
    for (a, b), line in zip(spans, lines):
        out += (text[done:a], line)
        done = b
    out.append(text[done:])
    return "".join(out)


def fix_lines_at_once(text: str, trigger: _Pattern, fix: Callable[[str], str]) -> str:
    """:func:`fix_lines` with one call of ``fix``: the lines on which ``trigger`` matches are
    joined by ``\\n``, fixed together and put back in their places; the rest is copied.

    For a ``fix`` that keeps every line and decides each on its own (a chain of steps, say): one
    call on all the lines that need work costs far less than a call a line. ``trigger`` must not
    match a ``\\n``.

    >>> import re
    >>> fix_lines_at_once("ab\\ncd\\nab", re.compile("b"), str.upper)
    'AB\\ncd\\nAB'
    """
    spans = trigger_lines(text, trigger)
    if not spans:
        return text
    if spans == [(0, len(text))]:
        return fix(text)
    fixed = fix("\n".join([text[a:b] for a, b in spans])).split("\n")
    if len(fixed) != len(spans):
        raise ValueError("fix_lines_at_once: the fix changed the number of lines")
    return put_lines(text, spans, fixed)


class LazyPattern:
    """A regular expression compiled the first time it is used, so that importing costs nothing.

    ``lazy_re(source, flags)`` stands for ``re.compile(source, flags)`` and ``lazy_regex(source,
    flags)`` for the ``regex`` module's, which is imported only then (write its own flags, such as
    ``V1``, inline: ``(?V1)``). After the first use the pattern's methods are the compiled
    pattern's own, found as fast as a module-level pattern's; ``.pattern`` needs no compiling.

    >>> p = lazy_re("b+")
    >>> p.sub("-", "abbc"), p.pattern
    ('a-c', 'b+')
    """

    def __init__(self, source: str, flags: int = 0, engine: str = "re") -> None:
        self.pattern = source
        self._flags = flags
        self._engine = engine

    def compiled(self):  # re.Pattern or regex.Pattern
        """The compiled pattern (compiled now if it was not yet)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            engine = importlib.import_module(self._engine)
            found = engine.compile(self.pattern, self._flags)
            for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
                setattr(self, name, getattr(found, name))  # later look-ups skip __getattr__
            self._compiled = found
        return found

    def __getattr__(self, name: str):  # called only before the first compile
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"{self._engine}.compile({self.pattern!r}) (lazy)"


def lazy_re(source: str, flags: int = 0) -> LazyPattern:
    """``re.compile(source, flags)``, done at first use (see :class:`LazyPattern`)."""
    return LazyPattern(source, flags, "re")


def lazy_regex(source: str, flags: int = 0) -> LazyPattern:
    """``regex.compile(source, flags)``, done at first use, the module imported then too."""
    return LazyPattern(source, flags, "regex")


def has_any(text: str, chars: str) -> bool:
    """Whether ``text`` holds one of ``chars`` (a few rare characters, no ranges).

    One ``in`` a character: each is a scan in C many times faster than a regex character class
    over the same text, so a step whose trigger characters are absent from clean text (most
    text) returns after a fraction of one regex scan.

    >>> has_any("abc", "xyc"), has_any("abc", "xyz")
    (True, False)
    """
    return any(c in text for c in chars)


def expand_ranges(chars: str) -> str:
    """The characters of a regex class body written with ``a-b`` ranges, each one spelt out.

    >>> expand_ranges("a-dx")
    'abcdx'
    """
    out, i = [], 0
    while i < len(chars):
        if i + 2 < len(chars) and chars[i + 1] == "-":
            out.extend(map(chr, range(ord(chars[i]), ord(chars[i + 2]) + 1)))
            i += 3
        else:
            out.append(chars[i])
            i += 1
    return "".join(dict.fromkeys(out))


# --- Code: lines and inline spans that are kept as written -----------------------------------------

#: What a line of code has that prose rarely has: an assignment, brackets, a ``#`` or ``//`` comment.
#: (One class first, a "/" only when another follows: an alternation would test every position.)
_CODE_CUE_RE = lazy_re(r"[=(){}\[\]#/](?:(?<!/)|(?=/))")
#: String literals and inline code spans: their content may be Urdu without making the line prose.
_LITERAL_RE = lazy_re(r"\"[^\"]*\"|'[^']*'|`[^`]*`")
_COMMENT_RE = lazy_re(r"(?:^|\s)(?:#|//).*")
_ASCII_ALNUM_RE = lazy_re("[A-Za-z0-9]")
_ASCII_LETTER_RE = lazy_re("[A-Za-z]")
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
CODE_SPAN_RE = lazy_re(r"`[^`]+`")
#: Stands for an inline code span while the rest of its line is cleaned (OBJECT REPLACEMENT
#: CHARACTER: no letter, mark, space or quote, so no step reads it as any of them).
CODE_HOLDER = "\ufffc"


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
