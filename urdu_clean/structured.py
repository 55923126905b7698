"""Cleaning inside structured lines: JSONL string values, CSV and TSV cells.

Only the spans that change are rewritten: every other byte of a record (keys, numbers, escapes,
spacing, quoting, delimiters) stays as it was, and a record stays on its line. A value is
decoded (JSON escapes, CSV's doubled quotes), cleaned, and written back only if cleaning changed
it: a JSON string with ``json.dumps`` (non-ASCII as it is), a cell quoted when it must be.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .pipeline import Pipeline, StepReport, add_reports

#: A JSON string literal on one line; what follows it decides whether it is a key.
_JSON_STRING_RE = re.compile(r'"(?:[^"\\\n]|\\.)*"(\s*:)?')
#: The cells of a line by the delimiter that ends them: a ``.csv`` file's is ``,``, or ``;`` (the
#: list separator spreadsheets write in the locales where ``,`` is the decimal mark) when its first
#: line has more of those outside quotes (:func:`csv_delimiter`).
_CELL_RES = {d: re.compile(rf'"(?:[^"]|"")*"|[^{d}"\r\n]+') for d in (",", ";", "\t")}
_QUOTED_RE = re.compile(r'"(?:[^"]|"")*"')


def csv_delimiter(first_line: str) -> str:
    """``;`` when a CSV file's first line has more semicolons than commas outside quotes, else ``,``.

    >>> csv_delimiter("id;شہر;ملک"), csv_delimiter('id,"a;b;c",x')
    (';', ',')
    """
    bare = _QUOTED_RE.sub("", first_line)
    return ";" if bare.count(";") > bare.count(",") else ","


KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".md": "markdown",
         ".markdown": "markdown"}


def kind_of(path: str) -> str:
    """``jsonl``, ``csv``, ``tsv``, ``markdown`` (:mod:`urdu_clean.markdown`) by the file's
    extension, else ``text``."""
    dot = path.rfind(".")
    return KINDS.get(path[dot:].lower(), "text") if dot >= 0 else "text"


@dataclass(frozen=True)
class Structured:
    """Cleans the values of structured lines with ``pipeline``: a ``str -> str`` callable (and
    picklable, for worker processes) that can stand where a pipeline does.

    >>> Structured(Pipeline.from_preset("default"), "jsonl")('{"id": 7, "text": "كيا  ہے?"}\\n')
    '{"id": 7, "text": "کیا ہے؟"}\\n'
    >>> Structured(Pipeline.from_preset("default"), "csv")('7,"كيا, ہے",ok\\n')
    '7,"کیا، ہے",ok\\n'
    """

    pipeline: Pipeline
    kind: str  # jsonl, csv or tsv
    fields: tuple[str, ...] = ()  # JSONL: only the values of these keys (default: every string value)
    delimiter: str = ","  # CSV: the file's cell delimiter (see csv_delimiter)

    @property
    def line_local(self) -> bool:
        return True

    @property
    def steps(self) -> tuple[str, ...]:
        return self.pipeline.steps

    def __call__(self, text: str) -> str:
        return self.edit(text, self.pipeline)

    def explain(self, text: str, *, line_base: int = 0, offset_base: int = 0):  # noqa: ANN201
        """Like :meth:`Pipeline.explain`; places are the value's line and its column in the line."""
        from .pipeline import Explanation

        reports: dict[str, StepReport] = {}

        def explained(value: str, line: int, column: int) -> str:
            e = self.pipeline.explain(value, line_base=line_base + line)
            add_reports(reports, e.reports,
                        lambda c: c._replace(column=c.column + column, end_column=c.end_column + column))
            return e.text

        cleaned = self.edit(text, None, explained)
        return Explanation(cleaned, [reports.get(s, StepReport(s)) for s in self.pipeline.steps])

    def edit(self, text: str, clean: Callable[[str], str] | None,
             placed: Callable[[str, int, int], str] | None = None) -> str:
        out: list[str] = []
        done = 0
        for line_no, (start, line) in enumerate(_lines(text)):
            def cleaner(value: str, column: int) -> str:
                return clean(value) if clean is not None else placed(value, line_no, column)  # type: ignore[misc]

            new = self._line(line, cleaner)
            if new != line:
                out.append(text[done:start])
                out.append(new)
                done = start + len(line)
        if not out:
            return text
        out.append(text[done:])
        return "".join(out)

    def _line(self, line: str, clean: Callable[[str, int], str]) -> str:
        if self.kind == "jsonl":
            return self._json_line(line, clean)
        return _cells(line, self.delimiter if self.kind == "csv" else "\t", clean)

    def _json_line(self, line: str, clean: Callable[[str, int], str]) -> str:
        pieces, done, key = [], 0, None
        for m in _JSON_STRING_RE.finditer(line):
            literal = m.group(0)[: len(m.group(0)) - len(m.group(1) or "")]
            if m.group(1):  # a key
                key = _decode(literal)
                continue
            if self.fields and key not in self.fields:
                continue
            value = _decode(literal)
            if value is None:
                continue
            cleaned = clean(value, m.start() + 1)
            if cleaned != value:
                pieces += [line[done : m.start()], json.dumps(cleaned, ensure_ascii=False)]
                done = m.start() + len(literal)
        return "".join(pieces) + line[done:] if pieces else line


def _decode(literal: str) -> str | None:
    try:
        value = json.loads(literal)
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def _lines(text: str) -> Iterable[tuple[int, str]]:
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def _cells(line: str, delimiter: str, clean: Callable[[str, int], str]) -> str:
    pieces, done = [], 0
    for m in _CELL_RES[delimiter].finditer(line):
        cell = m.group(0)
        quoted = cell.startswith('"')
        value = cell[1:-1].replace('""', '"') if quoted else cell
        cleaned = clean(value, m.start() + (1 if quoted else 0))
        if cleaned == value:
            continue
        if quoted or any(c in cleaned for c in (delimiter, '"', "\r")):
            cleaned = '"' + cleaned.replace('"', '""') + '"'
        pieces += [line[done : m.start()], cleaned]
        done = m.end()
    return "".join(pieces) + line[done:] if pieces else line
