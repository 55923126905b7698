"""Cleaning Markdown: the prose is cleaned, the code and the front matter are left as written.

A ``.md`` file is Urdu prose around things that are not prose: fenced code blocks (between
fences of three or more backticks or tildes), inline code spans (between backtick strings of one
length), YAML front matter (between ``---`` lines at the very top), and what programs read in a
line: link and image destinations (``[دیکھیں](docs/كتاب.md)``, ``[حوالہ]: docs/كتاب.md``), raw
HTML tags and autolinks (``<div class="مےں">``). A document about Urdu text
quotes the very letters a step repairs (```ك` → `ک```); cleaning them would rewrite what the
document says. So only the prose between them is cleaned, a stretch of lines at a time, each code
span standing in its line as one character that no step reads as a letter, a mark or a space.

Two or more spaces ending a prose line (a hard line break) are kept. A stretch whose code-span
holders a step moved or dropped is cleaned again line by line, and a line whose holders still do
not come back is left as written; so is a stretch that holds U+FFFC itself, and a file whose front
matter never closes.

What is not read (CommonMark has more): indented code blocks, the text inside HTML blocks,
destinations in angle brackets with spaces, and escaped backticks (a backslash before a
backtick) are prose here. A file is read in windows of :data:`urdu_clean.files.WINDOW` characters
(a fence open at a window's cut is not known in the next window: its code is then read as prose,
and its closing fence as an opening one); Markdown files that large are rare.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lines import CODE_HOLDER
from .pipeline import Change, Explanation, Pipeline, StepReport, add_reports

#: A fence: up to three spaces, then three or more backticks or tildes (group 1).
_FENCE_RE = re.compile(r" {0,3}(`{3,}|~{3,})")
#: What a Markdown line holds that is read by programs, not people, each held as written: a code
#: span; a link's or image's destination (its title with it: ``[متن](docs/كتاب.md "عنوان")``); a
#: link reference definition's destination (``[حوالہ]: docs/كتاب.md``); a raw HTML tag or an
#: autolink (``<div class="مےں">``, ``<https://x.pk/كتاب>``).
_HELD_RE = re.compile(
    r"(?P<code>(?<!`)(`+)(?!`)[^\n]*?(?<!`)\2(?!`))"  # (a backtick string, text, the same string)
    r"|(?<=\])(?P<dest>\((?:[^()\n]|\([^()\n]*\))*\))"
    r"|!(?=\[[^\[\]\n]*\]\()"  # (the ! that makes a link an image: not the sentence's)
    # a definition is a line of its own: label (no footnote's ^), destination, maybe a title
    r"|(?P<ref>^ {0,3}\[(?!\^)[^\]\n]+\]:)"
    r"(?P<refdest>[ \t]*(?:<[^<>\n]*>|[^\s<]\S*)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$)"
    # a tag as HTML writes one (attributes named in ASCII), or an autolink
    r"|(?P<tag><(?:/?[A-Za-z][A-Za-z0-9-]*+(?:\s++[A-Za-z_:][A-Za-z0-9_:.-]*+"
    r"(?:\s*+=\s*+(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'=<>`]++))?+)*+\s*+/?"
    r"|[A-Za-z][A-Za-z0-9+.-]*+:[^\s<>]*+)>)",
    re.MULTILINE,
)
#: Stands for a code span while its line is cleaned (as in the punctuation step).
HOLDER = CODE_HOLDER


def _parts(text: str) -> list[tuple[bool, int, str]]:
    """``text`` cut into stretches of whole lines: ``(prose, first line's index, text)``; each
    stretch but the last ends with its ``\\n``."""
    lines = text.split("\n")
    kinds: list[bool] = []
    fence = ""  # the fence that opened the block we are in ("": none)
    front = bool(lines) and lines[0].rstrip("\r") == "---"
    for i, line in enumerate(lines):
        bare = line.rstrip("\r")
        if front:
            kinds.append(False)
            if i > 0 and bare in ("---", "..."):
                front = False
            continue
        m = _FENCE_RE.match(bare)
        if fence:
            kinds.append(False)
            if m and m[1][0] == fence[0] and len(m[1]) >= len(fence) and not bare[m.end():].strip():
                fence = ""
        elif m and not (m[1][0] == "`" and "`" in bare[m.end():]):  # (a backtick fence's info has none)
            kinds.append(False)
            fence = m[1]
        else:
            kinds.append(True)
    parts: list[tuple[bool, int, str]] = []
    start = 0
    for i in range(1, len(lines) + 1):
        if i == len(lines) or kinds[i] != kinds[start]:
            chunk = "\n".join(lines[start:i]) + ("\n" if i < len(lines) else "")
            parts.append((kinds[start], start, chunk))
            start = i
    return parts


def _masked(prose: str) -> tuple[str, list[str]] | None:
    """``prose`` with each inline code span, link destination and HTML tag (:data:`_HELD_RE`) as
    :data:`HOLDER`, and what each stands for in order; None when the text holds the holder
    already (it could not tell a held span from it)."""
    if "`" not in prose and "](" not in prose and "]:" not in prose and "<" not in prose:
        return prose, []
    spans: list[str] = []

    def hold(m: re.Match[str]) -> str:
        if m["ref"] is not None:  # (the label is prose: only the destination is held)
            spans.append(m["refdest"])
            return m["ref"] + HOLDER
        spans.append(m[0])
        return HOLDER

    masked = _HELD_RE.sub(hold, prose)
    if not spans:
        return prose, []
    return None if HOLDER in prose else (masked, spans)


def _unmasked(cleaned: str, spans: list[str]) -> str | None:
    """``cleaned`` with the spans put back, or None if a step moved, doubled or dropped a holder."""
    if not spans:
        return cleaned
    pieces = cleaned.split(HOLDER)
    if len(pieces) != len(spans) + 1:
        return None
    return "".join(p + s for p, s in zip(pieces, spans)) + pieces[-1]


def _columns(masked_line: str, spans: list[str]) -> list[int]:
    """For each code point of a masked line (and its end), its column in the line as written."""
    out, at, k = [], 0, 0
    for ch in masked_line:
        out.append(at)
        if ch == HOLDER and k < len(spans):
            at += len(spans[k])
            k += 1
        else:
            at += 1
    out.append(at)
    return out


@dataclass(frozen=True)
class Markdown:
    """Cleans the prose of a Markdown document with ``pipeline``; stands where a pipeline does.

    >>> md = Markdown(Pipeline.from_preset("default"))
    >>> print(md("كيا  ہے? `ك` → `ک`\\n```\\nx = 'كيا'\\n```\\n"), end="")
    کیا ہے؟ `ك` → `ک`
    ```
    x = 'كيا'
    ```
    """

    pipeline: Pipeline

    @property
    def line_local(self) -> bool:
        return False  # a fence opens on one line and closes on another: read a window whole

    @property
    def steps(self) -> tuple[str, ...]:
        return self.pipeline.steps

    def __call__(self, text: str) -> str:
        return self._edit(text, lambda body, _part, _line, _offset, _spans: self.pipeline(body))

    def explain(self, text: str, *, line_base: int = 0, offset_base: int = 0) -> Explanation:
        """Like :meth:`Pipeline.explain`, with places in ``text`` as written (a code span counts
        with its own length; the notes' columns count it as one character)."""
        reports: dict[str, StepReport] = {}

        def explained(body: str, part: str, line: int, offset: int, spans: list[str]) -> str:
            e = self.pipeline.explain(body, line_base=line_base + line, offset_base=offset_base + offset)
            masked_lines, lines = body.split("\n"), part.split("\n")

            def place(c: Change) -> Change:
                i = c.line - line_base - line - 1  # the change's line in this stretch
                if not spans or c.removed or not 0 <= i < len(masked_lines):
                    return c
                before = sum(ln.count(HOLDER) for ln in masked_lines[:i])
                cols = _columns(masked_lines[i], spans[before : before + masked_lines[i].count(HOLDER)])
                shift = cols[min(c.column - 1, len(cols) - 1)] - (c.column - 1)
                end = cols[min(c.end_column, len(cols) - 1)]
                # (the lines before it are longer as written by their spans' lengths)
                longer = sum(map(len, lines[:i])) - sum(map(len, masked_lines[:i]))
                return c._replace(column=c.column + shift, end_column=end, offset=c.offset + longer + shift)

            add_reports(reports, e.reports, place)
            return e.text

        cleaned = self._edit(text, explained)
        return Explanation(cleaned, [reports.get(s, StepReport(s)) for s in self.pipeline.steps])

    def _edit(self, text: str, clean: Callable[[str, str, int, int, list[str]], str]) -> str:
        out: list[str] = []
        offset = 0
        for prose, line, part in _parts(text):
            out.append(self._stretch(part, line, offset, clean) if prose else part)
            offset += len(part)
        return "".join(out)

    def _stretch(self, part: str, line: int, offset: int, clean: Callable[[str, str, int, int, list[str]], str],
                 alone: bool = False) -> str:
        """A stretch of prose lines cleaned, code spans held; if a step moved or dropped a holder
        (a line of page chrome with a span, say), each line on its own, and a line whose holders
        still do not come back is left as written."""
        masked = _masked(part)
        if masked is None:
            return part
        body, spans = masked
        restored = _unmasked(clean(body, part, line, offset, spans), spans)
        if restored is not None:
            return _hard_breaks(part, restored)
        if alone or "\n" not in part.rstrip("\n"):
            return part
        out, at = [], 0
        for k, one in enumerate(part.splitlines(keepends=True)):
            out.append(self._stretch(one, line + k, offset + at, clean, alone=True))
            at += len(one)
        return "".join(out)


def _hard_breaks(part: str, cleaned: str) -> str:
    """``cleaned`` with the two or more spaces that end a line of ``part`` (a Markdown hard line
    break) put back where a step stripped them, when the lines still match one for one."""
    if "  \n" not in part and "  \r\n" not in part and not part.endswith("  "):
        return cleaned
    old_lines, new_lines = part.split("\n"), cleaned.split("\n")
    if len(old_lines) != len(new_lines):
        return cleaned
    for k, (old, new) in enumerate(zip(old_lines, new_lines)):
        cr = "\r" if old.endswith("\r") and new.endswith("\r") else ""
        old_body, new_body = old[: len(old) - len(cr)], new[: len(new) - len(cr)]
        spaces = len(old_body) - len(old_body.rstrip(" "))
        # (after a visible character: spaces after a lone CR, a line end of its own, break nothing;
        # nor do they where the steps left the line empty: a zero-width space alone was no text)
        if spaces >= 2 and old_body.rstrip(" ")[-1:].strip() and new_body.strip() and not new_body.endswith(" "):
            new_lines[k] = new_body + " " * spaces + cr
    return "\n".join(new_lines)


__all__ = ["HOLDER", "Markdown"]
