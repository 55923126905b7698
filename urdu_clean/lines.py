"""Line-local rewriting: touch only the lines that need work.

Most text a step sees is already clean, so a step scans for its triggers and rewrites only the
lines where one occurs; the rest of the text is copied as it is. This is also what keeps each
step's decisions inside one line.
"""

from __future__ import annotations

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
