"""Line-local rewriting: touch only the lines that need work.

Most text a step sees is already clean, so a step scans once for a trigger and rewrites only the
lines where the trigger occurs; the rest of the text is copied as it is. This is also what keeps
each step's decisions inside one line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class _Pattern(Protocol):  # re.Pattern and regex.Pattern alike
    def search(self, string: str, pos: int = ...) -> object: ...


def fix_lines(text: str, trigger: _Pattern, fix: Callable[[str], str]) -> str:
    """Apply ``fix`` to each line of ``text`` in which ``trigger`` matches; copy the other lines.

    ``trigger`` must not match a ``\\n``. ``fix`` gets a line without its ``\\n`` and must not add one.

    >>> import re
    >>> fix_lines("ab\\ncd\\nab", re.compile("b"), str.upper)
    'AB\\ncd\\nAB'
    """
    out: list[str] = []
    done = 0  # text[:done] is in out
    m = trigger.search(text)
    while m is not None:
        at = m.start()  # type: ignore[attr-defined]
        start = text.rfind("\n", done, at) + 1 or done
        end = text.find("\n", at)
        if end < 0:
            end = len(text)
        out.append(text[done:start])
        out.append(fix(text[start:end]))
        done = end
        m = trigger.search(text, end)
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)
