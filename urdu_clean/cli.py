"""``urdu-clean``: the command-line front end. It parses, calls the library and reports.

Data goes to stdout (or ``-o FILE``), messages to stderr. Exit status: 0 on success, 2 on bad
usage or input that cannot be decoded (``-o FILE`` is then left as it was).
"""

from __future__ import annotations

import codecs
import contextlib
import json
import re
import sys
from collections.abc import Iterator
from typing import Any, BinaryIO

import click

from . import __version__
from .io import InputError, atomic_writer, read_chunks
from .lexicon import Lexicon, read_words
from .pipeline import PRESETS, Explanation, Pipeline, PipelineError, StepReport
from .segment import DEFAULT_RULES, segment
from .segment_rules import SegmentRules
from .steps import STEPS

#: Every step option becomes a flag of the same name (--diacritics strip, --digits ascii).
STEP_OPTIONS: dict[str, tuple[str, ...]] = {}
for _step in STEPS.values():
    for _name, _values in _step.options.items():
        STEP_OPTIONS.setdefault(_name, _values)


def _names(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [n.strip() for n in value.split(",") if n.strip()]


def _list_steps(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    width = max(map(len, STEPS))
    for step in STEPS.values():
        options = "".join(f" [--{k} {'|'.join(v)}]" for k, v in step.options.items())
        click.echo(f"{step.name:<{width}}  {step.summary}{options}")
    ctx.exit()


def _list_presets(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    for name, preset in PRESETS.items():
        options = "".join(f" --{k} {v}" for k, v in preset.options.items())
        click.echo(f"{name}: {', '.join(preset.steps) or '(no step)'}{options}")
        click.echo(f"    {preset.summary}")
    ctx.exit()


def _step_option(name: str, values: tuple[str, ...]):  # noqa: ANN202 (a click decorator)
    owners = ", ".join(s.name for s in STEPS.values() if name in s.options)
    return click.option(
        f"--{name}",
        type=click.Choice(values),
        default=None,
        help=f"option of the {owners} step (default: the preset's, else {values[0]})",
    )


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[BinaryIO]:
    if path is None or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
    else:
        with atomic_writer(path) as f:
            yield f


def _merge(total: dict[str, StepReport], reports: list[StepReport]) -> None:
    for r in reports:
        t = total.setdefault(r.step, StepReport(r.step))
        t.count += r.count
        t.lines_removed += r.lines_removed
        t.examples.extend(r.examples[: max(0, 3 - len(t.examples))])
        t.notes.extend(r.notes[: max(0, 10 - len(t.notes))])


def _command(func):  # noqa: ANN001, ANN202 (decorator plumbing)
    for name, values in reversed(STEP_OPTIONS.items()):
        func = _step_option(name, values)(func)
    return func


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("-o", "--output", metavar="FILE", help="write here instead of stdout (replaced only on success)")
@click.option("--preset", type=click.Choice(list(PRESETS)), default="default", show_default=True,
              help="which pipeline to run (see --list-presets)")
@click.option("--only", metavar="STEP,...", help="run only these steps")
@click.option("--skip", metavar="STEP,...", help="run the preset without these steps")
@_command
@click.option("--explain", is_flag=True, help="report on stderr what each step changed")
@click.option("--sentences", "split", is_flag=True,
              help="write one sentence a line (a blank line between paragraphs), after cleaning")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help="with --sentences: plain lines, or one JSON object a sentence with its offsets")
@click.option("--wrapped", is_flag=True,
              help="with --sentences: single line breaks are spaces (hard-wrapped, OCR); blank lines end paragraphs")
@click.option("--split-comma", is_flag=True, help="with --sentences: a comma ends a sentence too")
@click.option("--abbreviations", "abbreviations", type=click.Path(exists=True, dir_okay=False),
              help="with --sentences: a file of more abbreviations, one a line")
@click.option("--lexicon", "lexicon_file", type=click.Path(exists=True, dir_okay=False),
              help="more words for the word steps: one a line, word<TAB>count, or a JSON object of counts")
@click.option("--protect", "protect_file", type=click.Path(exists=True, dir_okay=False),
              help="a file of words (one a line) that the word steps never change")
@click.option("--encoding", default="utf-8", show_default=True,
              help="encoding of the input (cp1256, utf-16 ...); output is always UTF-8")
@click.option("--errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
              help="on bytes that are not valid in the encoding: stop, or replace them with U+FFFD")
@click.option("--list-steps", is_flag=True, expose_value=False, is_eager=True, callback=_list_steps,
              help="list the steps and exit")
@click.option("--list-presets", is_flag=True, expose_value=False, is_eager=True, callback=_list_presets,
              help="list the presets and their steps and exit")
@click.version_option(__version__, prog_name="urdu-clean")
def cli(paths: tuple[str, ...], output: str | None, preset: str, only: str | None, skip: str | None,
        explain: bool, split: bool, fmt: str, wrapped: bool, split_comma: bool, abbreviations: str | None,
        lexicon_file: str | None, protect_file: str | None, encoding: str, errors: str,
        **step_options: str | None) -> None:
    """Clean and normalise Urdu text: read PATHS (or stdin) and write the cleaned text.

    \b
      urdu-clean < in.txt > out.txt
      urdu-clean --preset search --explain a.txt b.txt -o clean.txt
      urdu-clean --sentences --preset none --format jsonl in.txt
    """
    if not split and (fmt != "text" or wrapped or split_comma or abbreviations):
        raise click.UsageError("--format, --wrapped, --split-comma and --abbreviations go with --sentences")
    rules = DEFAULT_RULES
    if abbreviations:
        try:
            rules = SegmentRules.from_file(abbreviations)
        except (OSError, UnicodeDecodeError) as e:
            raise click.BadParameter(f"{abbreviations}: {e}", param_hint="--abbreviations") from None
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    options = {k: v for k, v in step_options.items() if v is not None}
    words = _word_data(lexicon_file, protect_file)
    try:
        pipeline = Pipeline.from_preset(preset, only=_names(only), skip=_names(skip) or (), **words, **options)
    except PipelineError as e:
        raise click.UsageError(str(e)) from None

    totals: dict[str, StepReport] = {}
    try:
        with _output(output) as out:
            for path in paths or ("-",):
                cleaned = _cleaned(path, pipeline, encoding, errors, totals if explain else None)
                if split:
                    writer = _SentenceWriter(out, fmt, wrapped=wrapped, comma=split_comma, rules=rules)
                    for text in cleaned:
                        writer.feed(text)
                    writer.close()
                else:
                    for text in cleaned:
                        out.write(text.encode("utf-8"))
    except InputError as e:
        click.echo(f"urdu-clean: error: {e}", err=True)
        sys.exit(2)
    if explain:
        _report(totals)


def _word_data(lexicon_file: str | None, protect_file: str | None) -> dict[str, Any]:
    """The ``lexicon=`` and ``protect=`` arguments of the pipeline, read from their files."""
    data: dict[str, Any] = {}
    for hint, path, key, read in (("--lexicon", lexicon_file, "lexicon", Lexicon.from_file),
                                  ("--protect", protect_file, "protect", read_words)):
        if path:
            try:
                data[key] = read(path)
            except (OSError, UnicodeDecodeError, ValueError) as e:
                raise click.BadParameter(str(e), param_hint=hint) from None
    return data


def _cleaned(path: str, pipeline: Pipeline, encoding: str, errors: str,
             totals: dict[str, StepReport] | None) -> Iterator[str]:
    """The cleaned text of one input, in chunks of whole lines (or whole, for a non-local step)."""
    name = "<stdin>" if path == "-" else path
    with contextlib.ExitStack() as stack:
        stream = sys.stdin.buffer if path == "-" else stack.enter_context(open(path, "rb"))
        chunks = read_chunks(stream, name=name, encoding=encoding, errors=errors)
        if not pipeline.line_local:  # a step needs the whole document (where its edges are)
            chunks = iter(["".join(chunks)])
        line_base = 0
        for chunk in chunks:
            if totals is None:
                cleaned = pipeline(chunk)
            else:
                explanation = pipeline.explain(chunk, line_base=line_base)
                cleaned = explanation.text
                _merge(totals, explanation.reports)
            yield cleaned
            line_base += chunk.count("\n")


_PARAGRAPH_END_RE = re.compile(r"\n[^\S\n]*\n\s*")
_INNER_BREAK_RE = re.compile(r"\s*\n\s*")
#: Without a blank line for this long, unwrapped text is cut at a line break instead.
MAX_PARAGRAPH_BUFFER = 1 << 22


class _SentenceWriter:
    """Splits a stream of cleaned text into sentences, a paragraph at a time, and writes them.

    Text is split only at blank lines (or, unwrapped, at a line break when a paragraph grows past
    4 Mi code points), so memory stays bounded and offsets and paragraph numbers run on across
    chunks.
    """

    def __init__(self, out: BinaryIO, fmt: str, *, wrapped: bool, comma: bool, rules: SegmentRules) -> None:
        self.out, self.fmt, self.wrapped, self.comma, self.rules = out, fmt, wrapped, comma, rules
        self.pending = ""
        self.offset = 0  # code points of cleaned text already split
        self.paragraph = 0  # number of the paragraph the next split text starts in
        self.last_paragraph: int | None = None  # paragraph of the last sentence written

    def feed(self, text: str) -> None:
        # look for a blank line only in the new text (and the line it may continue), so that a
        # long paragraph is not scanned again with every chunk
        scan_from = max(0, self.pending.rfind("\n"))
        self.pending += text
        cut = None
        for m in _PARAGRAPH_END_RE.finditer(self.pending, scan_from):
            cut = m
        if cut is not None:
            self._split(self.pending[: cut.end()], ends_paragraph=True)
            self.pending = self.pending[cut.end() :]
        elif not self.wrapped and len(self.pending) > MAX_PARAGRAPH_BUFFER:
            at = self.pending.rfind("\n") + 1
            if at:
                self._split(self.pending[:at], ends_paragraph=False)
                self.pending = self.pending[at:]

    def close(self) -> None:
        self._split(self.pending, ends_paragraph=True)
        self.pending = ""

    def _split(self, text: str, *, ends_paragraph: bool) -> None:
        found = segment(text, wrapped=self.wrapped, comma=self.comma, rules=self.rules)
        lines = []
        for s in found:
            paragraph = self.paragraph + s.paragraph
            if self.fmt == "jsonl":
                record = {"text": s.text, "paragraph": paragraph, "start": self.offset + s.start,
                          "end": self.offset + s.end}
                lines.append(json.dumps(record, ensure_ascii=False))
            else:
                if self.last_paragraph is not None and paragraph != self.last_paragraph:
                    lines.append("")  # a blank line between paragraphs
                lines.append(_INNER_BREAK_RE.sub(" ", s.text))
            self.last_paragraph = paragraph
        if lines:
            self.out.write(("\n".join(lines) + "\n").encode("utf-8"))
        self.offset += len(text)
        if found:
            self.paragraph += found[-1].paragraph + (1 if ends_paragraph else 0)
        elif ends_paragraph and text.strip():
            self.paragraph += 1


def _report(totals: dict[str, StepReport]) -> None:
    click.echo(str(Explanation("", list(totals.values()))), err=True)


def main() -> None:
    """Entry point of the ``urdu-clean`` console script (click handles a closed pipe quietly)."""
    cli()
