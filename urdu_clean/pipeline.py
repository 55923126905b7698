"""Pipelines: an ordered chain of configured steps, the presets, and explanations."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator
from types import MappingProxyType, SimpleNamespace

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time; names for annotations only)
if TYPE_CHECKING:
    from typing import Any

from .config import Config
from .lexicon import Lexicon
from .lines import fix_lines_at_once, lazy_re
from .steps import STEPS
from .words import handing_on


class Preset(namedtuple("Preset", "steps options summary", defaults=(MappingProxyType({}), ""))):
    """A named pipeline (immutable): its ``steps`` in order (names), the ``options`` it sets (a
    mapping of option to value) and a one-line ``summary``."""

    __slots__ = ()


# split-glued after punctuation: a mark glued to the next word ("ہے۔یہ") is spaced first, so the
# words either side of it stand alone by the time split-glued looks for them; join-broken after
# split-glued, so that a piece a split sets free ("ہسپتالپا کستان") is joined in the same pass
_DEFAULT = ("mojibake", "unicode", "invisibles", "letters", "lost-letters", "diacritics", "digits", "punctuation",
            "split-glued", "join-broken", "whitespace")
#: OCR output: no mojibake (the engine writes Unicode), but broken words weighed at every gap,
#: letters glued to digits and Latin spaced (before the steps that judge a word by what touches
#: it: letters reads ھ opening a word), and the engine's letter confusions repaired; vowel marks
#: tidied last, at the word ends the space repairs leave (تقریباَتھما is cut after the zabar).
_OCR = ("unicode", "invisibles", "script-spacing", "letters", "lost-letters", "digits", "punctuation",
        "split-glued", "join-broken", "diacritics", "whitespace")

PRESETS: dict[str, Preset] = {
    "default": Preset(_DEFAULT, {}, "safe for any Urdu text: encoding, codepoints, letters, punctuation, spaces"),
    "search": Preset(_DEFAULT, {"diacritics": "strip", "digits": "ascii", "foreign": "normalize"},
                     "default, and strip vowel marks, use ASCII digits and Urdu letters in Arabic and"
                     " Persian passages too, for indexing"),
    # boilerplate after letters: chrome phrases are matched once their letters and invisibles are clean
    "web": Preset(_DEFAULT[:4] + ("boilerplate",) + _DEFAULT[4:], {},
                  "default, and drop page chrome (share prompts, bylines, comment forms): for scraped pages"),
    "ocr": Preset(_OCR, {"source": "ocr"},
                  "for OCR output (Tesseract): broken and glued words at every gap, ه/ھ/ە for ہ, digits spaced"),
    "none": Preset((), {}, "no step: the text as it is (with --sentences, split only)"),
}


def _plan(calls: tuple[tuple[str, Callable[[str], str]], ...]) -> tuple[Callable[[str], str], ...]:
    """What a pipeline calls in turn: its steps, but each run of two or more steps that say which
    characters they work on (``Step.quiet``) as one :class:`_QuietRun`, and split-glued with the
    join-broken right after it as one :class:`_WordRun`."""
    plan: list[Callable[[str], str]] = []
    run: list[tuple[str, Callable[[str], str]]] = []
    last = ""  # the step plan[-1] is, if it is one step
    for name, call in (*calls, ("", None)):
        if name and STEPS[name].quiet is not None:
            run.append((name, call))
            continue
        if run:
            plan.append(_QuietRun(run) if len(run) > 1 else run[0][1])
            last = run[0][0] if len(run) == 1 else ""
            run = []
        if call is None:
            break
        if (last, name) == ("split-glued", "join-broken"):
            plan[-1] = _WordRun(plan[-1], call)
        else:
            plan.append(call)
        last = name
    return tuple(plan)


class _WordRun:
    """split-glued, then join-broken on the text it returns, given the tokens it split that
    text into (:func:`urdu_clean.words.handing_on`): one split of the text for the two."""

    __slots__ = ("_split", "_join")

    def __init__(self, split: Callable[[str], str], join: Callable[[str], str]) -> None:
        self._split, self._join = split, join

    def __call__(self, text: str) -> str:
        handing_on(True)
        try:
            return self._join(self._split(text))
        finally:
            handing_on(False)


class _QuietRun:
    """Steps run together on only the lines that hold a character one of them works on: one scan
    for them all instead of one a step, and the other lines, which none of them would change, are
    not looked at again. Exact because each step keeps every line and decides it on its own."""

    __slots__ = ("_calls", "_trigger")

    def __init__(self, run: list[tuple[str, Callable[[str], str]]]) -> None:
        self._calls = tuple(call for _, call in run)
        self._trigger = functools.partial(_quiet_union, tuple(name for name, _ in run))

    def _chain(self, text: str) -> str:
        for call in self._calls:
            text = call(text)
        return text

    def __call__(self, text: str) -> str:
        return fix_lines_at_once(text, self._trigger(), self._chain)


@functools.cache
def _quiet_union(names: tuple[str, ...]) -> re.Pattern[str]:
    """One character class for the characters the steps ``names`` work on (compiled at first use)."""
    return re.compile("[" + "".join(STEPS[name].quiet() for name in names) + "]")


class PipelineError(ValueError):
    """A pipeline asked for a step, preset or option that does not exist."""


def _choose(kind: str, name: str, known: Iterable[str]) -> None:
    known = list(known)
    if name not in known:
        raise PipelineError(f"unknown {kind} {name!r}; choose from: {', '.join(known)}")


class Change(namedtuple("Change", "line column offset before after removed end_column", defaults=(False, 0))):
    """One change a step made (immutable): where (in the text given to :meth:`Pipeline.explain`,
    before any step ran) and what (the step's own input and output around the change).

    - ``line``: the 1-based line number; ``column``: 1-based, in code points, where the changed
      span starts; ``offset``: code points from the start of the text given to explain;
    - ``before``, ``after``: the step's input and output there (``after`` is "" for a removed line);
    - ``removed``: the whole line was dropped;
    - ``end_column``: the 1-based column of the last changed code point (``column - 1``: an insertion).
    """

    __slots__ = ()


class Record(SimpleNamespace):
    """A plain mutable record of named fields: a repr that shows them, ``==`` on them (and the
    type), and pickling and ``copy.replace`` that do not call ``__init__`` (a subclass's takes
    its fields as arguments)."""

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and vars(self) == vars(other)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_record, (type(self), dict(vars(self))))

    def __replace__(self, **changes: Any) -> Record:
        return _record(type(self), {**vars(self), **changes})


def _record(cls: type[Record], fields: dict[str, Any]) -> Record:
    record = SimpleNamespace.__new__(cls)
    record.__dict__.update(fields)
    return record


class StepReport(Record):
    """What one step changed: how many places (``count``, ``lines_removed``), a few ``examples``
    (:class:`Change`) and ``notes`` it wants a human to see."""

    __match_args__ = ("step", "count", "lines_removed", "examples", "notes")

    def __init__(self, step: str, count: int = 0, lines_removed: int = 0, examples: list[Change] | None = None,
                 notes: list[str] | None = None) -> None:
        super().__init__(step=step, count=count, lines_removed=lines_removed,
                         examples=[] if examples is None else examples, notes=[] if notes is None else notes)


class Explanation(Record):
    """The result of :meth:`Pipeline.explain`: the cleaned ``text`` and a report per step (``reports``)."""

    __match_args__ = ("text", "reports")

    def __init__(self, text: str, reports: list[StepReport]) -> None:
        super().__init__(text=text, reports=reports)

    def __str__(self) -> str:
        return "\n".join(report_rows(self.reports, lambda c: f"line {describe_change(c)}"))


EXAMPLES_PER_STEP = 3

#: Characters shown as they are in a report: printable ASCII, and Arabic-block letters and signs.
_PLAIN_RE = lazy_re("[\x20-\x7e\u0600-\u064a\u0660-\u066f\u0671-\u06d5\u06dd\u06de\u06e5\u06e6\u06ee-\u06ff]")
_UNSEEN = {"Cc", "Cf", "Co", "Cn", "Zl", "Zp", "Mn", "Me"}


def visible(text: str, *, alike: bool = False) -> str:
    """``text`` quoted, with what a terminal would not show escaped: controls, format characters,
    odd spaces and combining marks standing alone; with ``alike`` (the two sides of a change look
    the same), every character outside ASCII and the plain Arabic letters.

    >>> print(visible("ا\u200cب"), visible("\ufefb", alike=True))
    'ا\\u200cب' '\\ufefb'
    """
    out = []
    for ch in text:
        if ch == "\t":
            out.append("\\t")
        elif ch in "\r\n'\\":
            out.append(repr(ch)[1:-1] if ch != "'" else "\\'")
        elif _PLAIN_RE.match(ch) or not (alike or unicodedata.category(ch) in _UNSEEN or ch.isspace()):
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}")
    return "'" + "".join(out) + "'"


def describe_change(c: Change) -> str:
    """``line:column-end: 'before' → 'after'`` (or ``line: removed '...'``), with escapes where the
    change would not be seen."""
    if c.removed:
        return f"{c.line}: removed {visible(c.before)}"
    alike = unicodedata.normalize("NFKC", c.before) == unicodedata.normalize("NFKC", c.after) or (
        visible(c.before) == visible(c.after)
    )
    span = f"{c.column}-{c.end_column}" if c.end_column > c.column else f"{c.column}"
    return f"{c.line}:{span}: {visible(c.before, alike=alike)} → {visible(c.after, alike=alike)}"


class _Places:
    """Where each code point of the text a step receives stood in the text given to explain.

    Kept only for the lines that some step changed (a list of original columns per code point, and
    one for the line end); a step that drops lines renumbers them.
    """

    __slots__ = ("original", "lines", "columns", "_starts")

    def __init__(self, original: str) -> None:
        self.original = original
        self.lines: list[int] | None = None  # current line index -> original line index
        self.columns: dict[int, list[int]] = {}  # current line index -> original columns
        self._starts: list[int] | None = None

    def line(self, i: int) -> int:
        return i if self.lines is None else self.lines[i]

    def span(self, i: int, lo: int, hi: int) -> tuple[int, int]:
        """Original columns (0-based, end exclusive) of current columns ``lo:hi`` of line ``i``."""
        m = self.columns.get(i)
        if m is None:
            return lo, hi
        start = m[min(lo, len(m) - 1)]
        return start, (m[hi - 1] + 1 if hi > lo else start)

    def offset(self, i: int, column: int) -> int:
        if self._starts is None:
            starts, at = [], 0
            for line in self.original.split("\n"):
                starts.append(at)
                at += len(line) + 1
            self._starts = starts
        return self._starts[self.line(i)] + column

    def edited(self, i: int, length: int, opcodes: list[tuple[str, int, int, int, int]]) -> None:
        m = self.columns.get(i) or list(range(length + 1))
        new: list[int] = []
        for tag, i1, i2, j1, j2 in opcodes:
            # text a step wrote stands where the text it replaced began
            new += m[i1:i2] if tag == "equal" else [m[min(i1, length)]] * (j2 - j1)
        new.append(m[length])
        self.columns[i] = new

    def renumbered(self, kept: list[int]) -> None:
        """The step kept these lines (their old indexes, in order) and dropped the others."""
        self.columns = {new: self.columns[old] for new, old in enumerate(kept) if old in self.columns}
        self.lines = [self.line(old) for old in kept]


def _diff(report: StepReport, before: str, after: str, places: _Places, line_base: int = 0,
          offset_base: int = 0) -> None:
    """Add to ``report`` the changes between a step's input and output, placed in the original."""
    import difflib  # deferred: only explanations need it

    a_lines, b_lines = before.split("\n"), after.split("\n")
    if len(a_lines) != len(b_lines):  # a step that drops lines: report them
        matcher = difflib.SequenceMatcher(None, a_lines, b_lines, autojunk=False)
        kept: list[int] = []
        for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
            if tag == "equal":
                kept += range(i1, i2)
            else:
                for i in range(i1, i2):
                    report.lines_removed += 1
                    if a_lines[i].strip() and len(report.examples) < EXAMPLES_PER_STEP:
                        report.examples.append(Change(line_base + places.line(i) + 1, 1,
                                                      offset_base + places.offset(i, 0), a_lines[i], "",
                                                      removed=True))
        places.renumbered(kept)
        return
    for i, (a, b) in enumerate(zip(a_lines, b_lines)):
        if a != b:
            opcodes = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
            for tag, i1, i2, j1, j2 in opcodes:
                if tag == "equal":
                    continue
                report.count += 1
                if len(report.examples) < EXAMPLES_PER_STEP:
                    start, end = places.span(i, i1, i2)
                    lo = max(0, i1 - 4)
                    report.examples.append(
                        Change(line_base + places.line(i) + 1, start + 1, offset_base + places.offset(i, start),
                               a[lo : i2 + 4], b[max(0, j1 - (i1 - lo)) : j2 + 4], end_column=end)
                    )
            places.edited(i, len(a), opcodes)


class Pipeline:
    """An ordered chain of configured steps; call it on a string.

    Immutable and picklable (its state is step names and option values), so it can be shipped to
    worker processes. Options go to the steps that declare them; an option that no step of the
    pipeline takes is an error, not silently ignored.

    >>> p = Pipeline(["letters", "whitespace"])
    >>> p("كيا  ہے") == "کیا ہے"
    True
    >>> Pipeline.from_preset("search").options["diacritics"]
    'strip'
    """

    __slots__ = ("steps", "options", "config", "_calls", "_plan")

    def __init__(self, steps: Iterable[str] | str = _DEFAULT, *, lexicon: Lexicon | None = None,
                 protect: Iterable[str] = (), **options: Any) -> None:
        steps = (steps,) if isinstance(steps, str) else tuple(steps)  # one name, not its letters
        for name in steps:
            _choose("step", name, STEPS)
        for option, value in options.items():
            owners = [STEPS[s] for s in steps if option in STEPS[s].options]
            if not owners:
                takers = [s.name for s in STEPS.values() if option in s.options]
                where = f"only the {', '.join(takers)} step takes it" if takers else "no step takes it"
                raise PipelineError(f"option {option}={value!r} does nothing in this pipeline: {where}")
            _choose(f"value of {option}", value, owners[0].options[option])
        config = Config.make(options, lexicon=lexicon, protect=protect)
        calls = []
        for i, name in enumerate(steps):
            step = STEPS[name]
            kwargs: dict[str, Any] = {k: v for k, v in options.items() if k in step.options}
            if step.takes_config:
                kwargs["config"] = config
            if step.anticipates is not None and step.anticipates in steps[i + 1 :]:
                kwargs["ahead"] = True
            calls.append((name, functools.partial(step.func, **kwargs) if kwargs else step.func))
        object.__setattr__(self, "steps", steps)
        object.__setattr__(self, "options", MappingProxyType(dict(options)))
        object.__setattr__(self, "config", config)
        object.__setattr__(self, "_calls", tuple(calls))
        object.__setattr__(self, "_plan", _plan(self._calls))

    @property
    def fingerprint(self) -> str:
        """sha256 over the package version, the steps, their options and their word data:
        equal for equal pipelines in any process, on any machine."""
        import hashlib

        return hashlib.sha256(f"{self.config.fingerprint} steps={','.join(self.steps)}".encode()).hexdigest()

    @classmethod
    def from_preset(
        cls,
        preset: str = "default",
        *,
        only: Iterable[str] | None = None,
        skip: Iterable[str] = (),
        lexicon: Lexicon | None = None,
        protect: Iterable[str] = (),
        **options: Any,
    ) -> Pipeline:
        """The pipeline of a preset, keeping only some steps or skipping some, with options."""
        _choose("preset", preset, PRESETS)
        chosen = PRESETS[preset]
        steps = chosen.steps
        if only is not None:
            only = tuple(only)
            for name in only:
                _choose("step", name, STEPS)
            # --only names steps to run: in the preset's order when it has them, else the registry's
            order = list(steps) + [s for s in STEPS if s not in steps]
            steps = tuple(s for s in order if s in only)
        skip = tuple(skip)
        for name in skip:
            _choose("step", name, STEPS)
        steps = tuple(s for s in steps if s not in skip)
        merged = {k: v for k, v in chosen.options.items() if any(k in STEPS[s].options for s in steps)}
        merged.update(options)
        return cls(steps, lexicon=lexicon, protect=protect, **merged)

    @property
    def line_local(self) -> bool:
        """True when every step decides line by line, so the text may be cleaned in chunks of
        whole lines; false when a step (``boilerplate``) needs the whole document."""
        return all(STEPS[s].keeps_lines for s in self.steps)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Pipeline is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.steps, dict(self.options), self.config.lexicon))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and (self.steps, self.config) == (other.steps, other.config)

    def __hash__(self) -> int:
        return hash((self.steps, self.config))

    def __repr__(self) -> str:
        opts = "".join(f", {k}={v!r}" for k, v in self.options.items())
        if self.config.lexicon is not Config().lexicon:
            opts += f", lexicon={self.config.lexicon!r}"
        return f"Pipeline({list(self.steps)!r}{opts})"

    def __call__(self, text: str) -> str:
        if not isinstance(text, str):
            raise TypeError(f"urdu_clean works on str, not {type(text).__name__}; decode bytes first")
        for call in self._plan:
            text = call(text)
        return text

    def stages(self, text: str) -> Iterator[tuple[str, str]]:
        """Run the steps one at a time: each step's name and the text after it, in order.

        For callers that count what each step changed without paying for :meth:`explain`.

        >>> [(name, out) for name, out in Pipeline(["letters", "whitespace"]).stages("كيا  ہے")]
        [('letters', 'کیا  ہے'), ('whitespace', 'کیا ہے')]
        """
        if not isinstance(text, str):
            raise TypeError(f"urdu_clean works on str, not {type(text).__name__}; decode bytes first")
        for name, call in self._calls:
            text = call(text)
            yield name, text

    def explain(self, text: str, *, line_base: int = 0, offset_base: int = 0) -> Explanation:
        """Run the pipeline and report what each step changed.

        Places (line, column, offset) are in ``text`` as given, whatever earlier steps removed or
        added; ``line_base`` and ``offset_base`` shift them, for text that is a chunk of a larger
        stream. Slower than calling the pipeline; calling it pays nothing for this.

        >>> e = Pipeline(["letters"]).explain("یہ كتاب")
        >>> e.reports[0].count, e.reports[0].examples[0].column
        (1, 4)
        >>> c = Pipeline(["invisibles", "punctuation"]).explain("پاکـــستان ہے .").reports[1].examples[0]
        >>> c.column, c.end_column
        (14, 15)
        """
        if not isinstance(text, str):
            raise TypeError(f"urdu_clean works on str, not {type(text).__name__}; decode bytes first")
        reports = []
        places = _Places(text)
        for i, (name, call) in enumerate(self._calls):
            report = StepReport(name)
            step = STEPS[name]
            if step.notes is not None:  # with the options the step was given (foreign=, quotes=...)
                extra = {"config": self.config} if step.takes_config else {}
                extra.update({k: v for k, v in self.options.items() if k in step.options})
                if step.anticipates is not None and step.anticipates in self.steps[i + 1 :]:
                    extra["ahead"] = True
                report.notes.extend(step.notes(text, line_base=line_base, **extra))
            new = call(text)
            if new != text:
                _diff(report, text, new, places, line_base, offset_base)
            reports.append(report)
            text = new
        return Explanation(text, reports)


def add_reports(totals: dict[str, StepReport], reports: Iterable[StepReport],
                place: Callable[[Change], Change] | None = None) -> None:
    """Add ``reports`` (of one part of a text) to ``totals``, one report a step (made when
    missing): counts and notes, and examples up to :data:`EXAMPLES_PER_STEP`, each placed by
    ``place`` (its place in the part moved to its place in the whole)."""
    for r in reports:
        total = totals.setdefault(r.step, StepReport(r.step))
        total.count += r.count
        total.lines_removed += r.lines_removed
        total.notes += r.notes
        for c in r.examples[: max(0, EXAMPLES_PER_STEP - len(total.examples))]:
            total.examples.append(c if place is None else place(c))


def report_rows(reports: Iterable[StepReport], place: Callable[[Change], str]) -> list[str]:
    """The lines of a human-readable report: per step its counts, examples (``place`` writes
    where each was) and notes; ``["no changes"]`` when no step did anything."""
    rows = []
    for r in reports:
        if not (r.count or r.lines_removed or r.notes):
            continue
        parts = [f"{r.count} change{'s' if r.count != 1 else ''}"] if r.count or not r.lines_removed else []
        if r.lines_removed:
            parts.append(f"{r.lines_removed} line{'s' if r.lines_removed != 1 else ''} removed")
        rows.append(f"{r.step}: {', '.join(parts)}")
        rows += [f"  {place(c)}" for c in r.examples]
        rows += [f"  note: {n}" for n in r.notes]
    return rows or ["no changes"]


def _rebuild(steps: tuple[str, ...], options: dict[str, Any], lexicon: Lexicon | None = None) -> Pipeline:
    return Pipeline(steps, lexicon=lexicon, **options)


@functools.lru_cache(maxsize=64)
def _cached(preset: str, options: tuple[tuple[str, Any], ...]) -> Pipeline:
    return Pipeline.from_preset(preset, **dict(options))


def clean(text: str, *, preset: str = "default", **options: Any) -> str:
    """Clean Urdu text with a preset's pipeline (``default``, ``search``, ``web``, ``none``...).

    >>> clean("ﻻﮨﻮﺭ ﻣﯿﮟ ﻛﻴﺎ ﮨﮯ؟") == "لاہور میں کیا ہے؟"
    True
    >>> clean("Hello, world") == "Hello, world"
    True
    """
    return _cached(preset, tuple(sorted(options.items())))(text)
