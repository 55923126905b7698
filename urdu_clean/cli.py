"""``urdu-clean``: the command-line front end. It parses, calls the library and reports.

Data goes to stdout (or ``-o FILE``), messages to stderr. Exit status: 0 on success (or nothing
to do); 1 when ``--check``/``--diff`` find a file to change (or ``-i --exit-non-zero-on-fix``
changed one); 2 on bad usage or an input that cannot be cleaned (``-o FILE`` is then left as it
was); 130 on Ctrl-C. A closed pipe ends the command silently, by SIGPIPE, as Unix filters do.
The work itself (decoding, cleaning, writing back) is :mod:`urdu_clean.files`.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import functools
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import click

from . import __version__, settings
from .command import _end_by_sigpipe, _error, _Fatal, _stdin, _stdout, _write, run
from .files import (DEFAULT_INCLUDE, SEPARATORS, FileReport, InternalError, clean_file, cleaned_chunks, find_files,
                    for_file)
from .io import InputError, atomic_writer
from .lexicon import Lexicon, read_words
from .pipeline import PRESETS, Change, Pipeline, PipelineError, describe_change, report_rows
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


def _command(func):  # noqa: ANN001, ANN202 (decorator plumbing)
    for name, values in reversed(STEP_OPTIONS.items()):
        func = _step_option(name, values)(func)
    return func


def _merge_reports(total: FileReport, part: FileReport) -> None:
    total.add(part.reports.values())


def _word_data(lexicon_file: str | None, protect_file: str | None) -> dict[str, Any]:
    """The ``lexicon=`` and ``protect=`` arguments of the pipeline, read from their files."""
    data: dict[str, Any] = {}
    for hint, path, key, read in (("--lexicon", lexicon_file, "lexicon", Lexicon.from_file),
                                  ("--protect", protect_file, "protect", read_words)):
        if path:
            try:
                data[key] = read(path)
            except (OSError, UnicodeDecodeError, ValueError) as e:
                message = str(e) if str(path) in str(e) else f"{path}: {e}"  # the file is always named
                raise click.BadParameter(message, param_hint=hint) from None
    return data


def _pipeline(preset: str, only: list[str] | None, skip: list[str], options: dict[str, str],
              words: dict[str, Any] | None = None) -> Pipeline:
    """The one place the command builds its pipeline from its options and word files."""
    try:
        return Pipeline.from_preset(preset, only=only, skip=skip, **(words or {}), **options)
    except PipelineError as e:
        message = str(e)
        if only is not None:  # an option whose step --only left out: say how to fix the command
            for option, value in options.items():
                takers = [s.name for s in STEPS.values() if option in s.options]
                if takers and not set(takers) & set(only):
                    fixed = ",".join([*only, takers[0]])
                    message += f"; add {takers[0]} to --only (--only {fixed}), or drop --{option} {value}"
                    break
        raise click.UsageError(message) from None


def _open_input(path: str) -> BinaryIO:
    try:
        return open(path, "rb")  # noqa: SIM115 (the caller closes it)
    except OSError as e:
        raise _Fatal(f"{path}: {e.strerror or e}") from None


#: What only writing fails with: no space, over quota, a read-only file system, a file too large.
_WRITE_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG})


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[BinaryIO]:
    """Where the cleaned text goes: stdout; a regular file (replaced atomically, only on success,
    the target of a symlink replaced and the link kept); or a FIFO or device, written through."""
    if path is None or path == "-":
        out = _stdout()
        yield out
        out.flush()
        return
    target = os.path.realpath(path)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise _Fatal(f"cannot write {path}: {e.strerror}") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise _Fatal(f"cannot write {path}: it is a folder")
    if st is not None and not stat.S_ISREG(st.st_mode):
        try:
            f = open(target, "wb")  # noqa: SIM115 (closed below)
        except OSError as e:
            raise _Fatal(f"cannot write {path}: {e.strerror}") from None
        with _named_write_errors(path, target), f:
            yield f
        return
    if not os.path.isdir(os.path.dirname(target) or "."):
        raise _Fatal(f"cannot write {path}: folder {os.path.dirname(path) or '.'!r} does not exist")
    with _named_write_errors(path, target), atomic_writer(target) as f:
        yield f


@contextlib.contextmanager
def _named_write_errors(path: str, target: str) -> Iterator[None]:
    """Errors writing ``target`` gives, named by the file asked for (``path``, not the hidden
    temporary file the text goes to first); an input's error (one that names another file) passes
    through with its own name."""
    try:
        yield
    except OSError as e:
        if not isinstance(e, PermissionError) and e.errno not in _WRITE_ERRNOS:
            raise
        name = os.fspath(e.filename) if e.filename is not None else None
        if name is not None and os.path.realpath(name) != target and not (
            os.path.dirname(os.path.realpath(name)) == os.path.dirname(target)
            and os.path.basename(name).startswith(".urdu-clean-")
        ):
            raise  # (an input that could not be read)
        raise _Fatal(f"cannot write {path}: {e.strerror or e}") from None


def _place(c: Change, name: str | None) -> str:
    text = describe_change(c)
    return f"{name}:{text}" if name else f"line {text}"


def _text_report(report: FileReport, name: str | None) -> list[str]:
    return report_rows(report.reports.values(), lambda c: _place(c, name))


def _json_report(report: FileReport) -> dict:
    return {
        r.step: {"count": r.count, "lines_removed": r.lines_removed, "notes": r.notes,
                 "examples": [c._asdict() for c in r.examples]}
        for r in report.reports.values()
    }


def _explain(reports: list[FileReport], fmt: str, named: bool) -> None:
    total = FileReport("total")
    for r in reports:
        _merge_reports(total, r)
    if fmt == "json":
        data = {"files": [{"file": r.name, "steps": _json_report(r)} for r in reports], "total": _json_report(total)}
        click.echo(json.dumps(data, ensure_ascii=False), err=True)
        return
    if not named or len(reports) == 1 and reports[0].name == "-":
        rows = _text_report(total, None)
    elif len(reports) == 1:
        rows = [f"{reports[0].name}:"] + ["  " + r for r in _text_report(reports[0], reports[0].name)]
    else:
        rows = []
        for r in reports:
            rows += [f"{r.name}:"] + ["  " + x for x in _text_report(r, r.name)]
        rows += [f"total ({len(reports)} files):"] + [
            "  " + x for x in _text_report(total, "") if not x.startswith("  ")]
    click.echo("\n".join(rows), err=True)


def _jobs(jobs: int | None, files: int) -> int:
    if jobs is not None:
        return max(1, jobs)
    return max(1, min(os.cpu_count() or 1, files // 4)) if files > 1 else 1


@contextlib.contextmanager
def _pool(jobs: int, chunksize: int = 1) -> Iterator[Callable | None]:
    """An ordered map over ``jobs`` worker processes (``None``: one process, the plain ``map``);
    ``chunksize`` items go to a worker at a time (many small files: fewer round trips)."""
    if jobs <= 1:
        yield None
        return
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ctx.Pool(jobs) as pool:
        yield functools.partial(pool.imap, chunksize=chunksize)


def _apply_config(ctx: click.Context, paths: tuple[str, ...], config_path: str | None) -> None:
    """Fill the options left at their defaults from the nearest configuration file."""
    if config_path is not None:
        found = (config_path, settings.load(config_path))
    else:
        start = next((p for p in paths if p != "-"), ".")
        found = settings.find_config(start if os.path.isdir(start) else os.path.dirname(start) or ".")
    if found is None:
        return
    where, table = found
    params = {p.name: p for p in ctx.command.params if isinstance(p, click.Option)}
    by_flag = {}
    for p in params.values():
        for opt in p.opts:
            if opt.startswith("--"):
                by_flag[opt[2:]] = p
    in_place_only: list[str] = []  # options of -i the file set
    for key, value in table.items():
        param = by_flag.get(key) or by_flag.get(key.replace("_", "-"))
        if param is None or param.name in _NOT_IN_CONFIG:
            raise _Fatal(f"{where}: unknown key {key!r} (keys are the long option names, such as preset, only)")
        if ctx.get_parameter_source(param.name) is not click.core.ParameterSource.DEFAULT:
            continue
        if param.is_flag and not isinstance(value, bool):
            raise _Fatal(f"{where}: bad value for {key!r}: {value!r} is not true or false")
        if isinstance(param.type, click.types.IntParamType) and isinstance(value, (bool, float)):
            raise _Fatal(f"{where}: bad value for {key!r}: {value!r} is not a whole number")
        if isinstance(value, dict) or (isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)):
            raise _Fatal(f"{where}: bad value for {key!r}: a table or nested list, not a value")
        if isinstance(value, list) and not param.multiple:
            value = ",".join(map(str, value))
        elif param.multiple and not isinstance(value, list):
            value = [value]  # (exclude = "drafts/*": one pattern)
        try:
            ctx.params[param.name] = param.type_cast_value(ctx, value)
        except click.BadParameter as e:
            raise _Fatal(f"{where}: bad value for {key!r}: {e.message}") from None
        except (TypeError, ValueError, AttributeError):  # (a value click's types do not read)
            raise _Fatal(f"{where}: bad value for {key!r}: {value!r}") from None
        if param.name in _IN_PLACE_ONLY:
            in_place_only.append(param.name)
    if not ctx.params.get("in_place"):
        for name in in_place_only:  # (a project's "fast = true" is for its -i runs: --check goes on)
            ctx.params[name] = False


_NOT_IN_CONFIG = {"output", "config", "config_path", "help", "version", "list_steps", "list_presets"}
#: More worker processes than this is a slip (a machine with more cores is rare), not a plan.
MAX_JOBS = 1024
#: Options that only -i takes: from a configuration file, they count only in a run with -i.
_IN_PLACE_ONLY = ("fast", "exit_non_zero_on_fix")


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, type=click.Path(exists=True, allow_dash=True))
@click.option("-o", "--output", metavar="FILE", help="write here instead of stdout (replaced only on success)")
@click.option("-i", "--in-place", is_flag=True, help="rewrite the files (and the files in folders) in place")
@click.option("--check", is_flag=True, help="write nothing; list the files that would change, exit 1 if any")
@click.option("--diff", is_flag=True, help="write nothing; print a unified diff of what would change")
@click.option("--fast", is_flag=True, help="with -i: skip checking that the cleaned text is a fixed point")
@click.option("--exit-non-zero-on-fix", is_flag=True, help="with -i: exit 1 when a file was changed")
@click.option("--include", metavar="GLOB", multiple=True,
              help="in folders, clean the files whose name matches this glob (default: the corpus formats "
                   f"{', '.join(g.lstrip('*') for g in DEFAULT_INCLUDE)})")
@click.option("--exclude", metavar="GLOB", multiple=True, help="in folders, skip paths matching this")
@click.option("-j", "--jobs", type=click.IntRange(min=1, max=MAX_JOBS), default=None,
              help="worker processes: files in parallel, or one big input in ordered chunks "
                   "(default: the cores for many files, else 1)")
@click.option("--preset", type=click.Choice(list(PRESETS)), default="default", show_default=True,
              help="which pipeline to run (see --list-presets)")
@click.option("--only", metavar="STEP,...", help="run only these steps")
@click.option("--skip", metavar="STEP,...", help="run the preset without these steps")
@_command
@click.option("--explain", is_flag=True, help="report on stderr what each step changed, per file and in total")
@click.option("--sentences", "split", is_flag=True,
              help="write one sentence a line (a blank line between paragraphs), after cleaning")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl", "json"]), default="text", show_default=True,
              help="with --sentences: plain lines, or jsonl (one JSON object a sentence with its offsets); "
                   "with --explain: text, or json")
@click.option("--wrapped", is_flag=True,
              help="with --sentences: single line breaks are spaces (hard-wrapped, OCR); blank lines end paragraphs")
@click.option("--split-comma", is_flag=True, help="with --sentences: a comma ends a sentence too")
@click.option("--lexicon", "lexicon_file", type=click.Path(exists=True, dir_okay=False),
              help="more words for the word steps: one a line, word<TAB>count, or a JSON object of counts")
@click.option("--protect", "protect_file", type=click.Path(exists=True, dir_okay=False),
              help="a file of words (one a line) that the word steps never change")
@click.option("--abbreviations", "abbreviations", type=click.Path(exists=True, dir_okay=False),
              help="with --sentences: a file of more abbreviations, one a line")
@click.option("--field", "fields", metavar="KEY", multiple=True,
              help="in .jsonl files, clean only the string values of this key (default: every string value)")
@click.option("--plain", is_flag=True, help="clean .jsonl, .csv and .tsv files as plain text, not value by value, and .md files code and all")
@click.option("--separator", type=click.Choice(list(SEPARATORS)), default=None,
              help="documents in a stream end at a form feed or a NUL (kept in the output)")
@click.option("--encoding", default="utf-8", show_default=True,
              help="encoding of the input (cp1256, utf-16 ...); stdout and -o are UTF-8, -i keeps it")
@click.option("--errors", type=click.Choice(["strict", "replace"]), default="strict", show_default=True,
              help="on bytes that are not valid in the encoding: stop, or replace them with U+FFFD")
@click.option("-q", "--quiet", is_flag=True, help="print nothing on stderr but errors")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="read options from this TOML file (default: the nearest [tool.urdu-clean] or .urdu-clean.toml)")
@click.option("--list-steps", is_flag=True, expose_value=False, is_eager=True, callback=_list_steps,
              help="list the steps and exit")
@click.option("--list-presets", is_flag=True, expose_value=False, is_eager=True, callback=_list_presets,
              help="list the presets and their steps and exit")
@click.version_option(__version__, prog_name="urdu-clean")
@click.pass_context
def cli(ctx: click.Context, paths: tuple[str, ...], config_path: str | None, **_: object) -> int:
    """Clean and normalise Urdu text: read PATHS (or stdin) and write the cleaned text.

    \b
      urdu-clean < in.txt > out.txt
      urdu-clean --preset search --explain a.txt b.txt -o clean.txt
      urdu-clean -i corpus/            # rewrite in place (--check, --diff: write nothing)
      urdu-clean --sentences --preset none --format jsonl in.txt
    """
    try:
        _apply_config(ctx, paths, config_path)
        code = _run(**ctx.params)
    except (_Fatal, InputError, InternalError, settings.ConfigError) as e:
        _error(str(e))
        code = 2
    except BrokenPipeError:  # the reader went away: end as Unix filters do, by SIGPIPE
        code = _end_by_sigpipe()
    ctx.exit(code)


def _run(paths: tuple[str, ...], output: str | None, in_place: bool, check: bool, diff: bool, fast: bool,
         exit_non_zero_on_fix: bool, include: tuple[str, ...], exclude: tuple[str, ...], jobs: int | None,
         preset: str, only: str | None, skip: str | None, explain: bool, split: bool, fmt: str, wrapped: bool,
         split_comma: bool, abbreviations: str | None, fields: tuple[str, ...], plain: bool, separator: str | None,
         encoding: str, errors: str, quiet: bool, **step_options: str | None) -> int:
    step_options.pop("paths", None)
    step_options.pop("config_path", None)
    words = _word_data(step_options.pop("lexicon_file", None), step_options.pop("protect_file", None))
    modes = [name for name, on in (("-i", in_place), ("--check", check), ("--diff", diff)) if on]
    if len(modes) > 1:
        raise click.UsageError(f"{' and '.join(modes)} do not go together")
    if modes and (output or split):
        raise click.UsageError(f"{modes[0]} rewrites or inspects files: it does not go with -o or --sentences")
    if modes and not [p for p in paths if p != "-"]:
        raise click.UsageError(f"{modes[0]} needs files or folders to work on")
    if modes and "-" in paths:
        raise click.UsageError(f"{modes[0]} works on files: '-' (stdin) does not go with it")
    if (fast or exit_non_zero_on_fix) and not in_place:
        raise click.UsageError("--fast and --exit-non-zero-on-fix go with -i")
    if fmt == "json" and not explain:
        raise click.UsageError("--format json goes with --explain (for sentences: --format jsonl)")
    if not split and (fmt == "jsonl" or wrapped or split_comma or abbreviations):
        raise click.UsageError("--format jsonl, --wrapped, --split-comma and --abbreviations go with --sentences")
    rules = DEFAULT_RULES
    if abbreviations:
        try:
            rules = SegmentRules.from_file(abbreviations)
        except (OSError, UnicodeDecodeError) as e:
            raise click.BadParameter(f"{abbreviations}: {e}", param_hint="--abbreviations") from None
    try:
        text_encoding = codecs.lookup(encoding)._is_text_encoding  # rot13, base64: not for text files
    except LookupError:
        raise click.BadParameter(f"unknown encoding {encoding!r}", param_hint="--encoding") from None
    if not text_encoding:
        raise click.BadParameter(f"{encoding!r} is not a text encoding", param_hint="--encoding")
    options = {k: v for k, v in step_options.items() if v is not None}
    pipeline = _pipeline(preset, _names(only), _names(skip) or [], options, words)
    sep = SEPARATORS[separator] if separator else None
    if output == "":
        raise click.UsageError("-o needs a file name (or - for stdout)")
    files = find_files(paths, include or DEFAULT_INCLUDE, exclude) if paths else []
    if paths and not files:
        if not quiet:
            click.echo(f"urdu-clean: no files to clean in {' '.join(paths)} (see --include)", err=True)
        return 0
    if modes:
        return _run_files(files, pipeline, modes[0], encoding=encoding, errors=errors, fast=fast, explain=explain,
                          fmt=fmt, separator=sep, quiet=quiet, jobs=_jobs(jobs, len(files)),
                          exit_non_zero_on_fix=exit_non_zero_on_fix, structured=not plain, fields=fields)
    if output and output != "-":
        for p in files:
            if p != "-" and os.path.exists(output) and os.path.samefile(p, output):
                raise _Fatal(f"-o {output} is also an input: write elsewhere, or use -i to clean it in place")
    reports: list[FileReport] = []
    with _pool(_jobs(jobs, 1) if pipeline.line_local and not explain else 1) as mapper, _output(output) as out:
        ended_line = True
        for path in files or ["-"]:
            name = "-" if path == "-" else path
            report = FileReport(name) if explain else None
            with contextlib.ExitStack() as stack:
                stream = _stdin() if path == "-" else stack.enter_context(_open_input(path))
                cleaner = pipeline if plain or path == "-" else for_file(pipeline, path, fields)
                chunks = cleaned_chunks(stream, cleaner, name="<stdin>" if path == "-" else path,  # type: ignore[arg-type]
                                        encoding=encoding, errors=errors, separator=sep, report=report,
                                        mapper=mapper or map)
                if not ended_line:  # each input is its own document: never glue two into one line
                    out.write(sep.encode() if sep else b"\n")
                if split:
                    writer = _SentenceWriter(out, fmt, wrapped=wrapped, comma=split_comma, rules=rules,
                                             file=None if len(files) <= 1 and path == "-" else name)
                    for text in chunks:
                        writer.feed(text)
                    writer.close()
                else:
                    last = ""
                    for text in chunks:
                        if text:
                            _write(out, text)
                            last = text[-1:]
                    ended_line = not last or last.endswith("\n") or (sep is not None and last.endswith(sep))
                    if len(files) > 1 and last == "" and not ended_line:
                        ended_line = True
            if report is not None:
                reports.append(report)
    if explain:
        _explain(reports, fmt, named=bool(files))
    return 0


def _isatty(stream: object) -> bool:
    try:
        return stream.isatty()  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


class _Progress:
    """``done/total files`` redrawn on one stderr line, for a terminal only (no library needed:
    one line, at most ten redraws a second)."""

    def __init__(self, total: int) -> None:
        self.total, self.done, self.drawn, self.last = total, 0, False, 0.0

    def step(self) -> None:
        import time

        self.done += 1
        now = time.monotonic()
        if now - self.last >= 0.1 or self.done == self.total:
            self.last = now
            sys.stderr.write(f"\r{self.done}/{self.total} files")
            sys.stderr.flush()
            self.drawn = True

    def clear(self) -> None:
        if self.drawn:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self.drawn = False


def _run_files(files: list[str], pipeline: Pipeline, mode: str, *, encoding: str, errors: str, fast: bool,
               explain: bool, fmt: str, separator: str | None, quiet: bool, jobs: int,
               exit_non_zero_on_fix: bool, structured: bool, fields: tuple[str, ...]) -> int:
    work = functools.partial(clean_file, pipeline=pipeline, structured=structured, fields=fields,
                             mode={"-i": "in-place", "--check": "check", "--diff": "diff"}[mode],  # type: ignore[arg-type]
                             encoding=encoding, errors=errors, fast=fast, explain=explain, separator=separator)
    changed = failed = 0
    reports = []
    bar = _Progress(len(files)) if not quiet and len(files) > 1 and _isatty(sys.stderr) else None

    def say(message: str) -> None:
        if not quiet:
            if bar:
                bar.clear()
            click.echo(message, err=True)

    with _pool(min(jobs, len(files)), chunksize=max(1, min(32, len(files) // (8 * jobs)))) as mapper:
        results = (mapper or map)(work, files)
        for result in results:
            if bar:
                bar.step()
            if result.error:
                failed += 1
                if bar:
                    bar.clear()
                click.echo(f"urdu-clean: error: {result.error}", err=True)
                continue
            if result.report is not None:
                reports.append(result.report)
            if result.changed:
                changed += 1
                if mode == "--diff":
                    _stdout().write(result.diff.encode("utf-8"))
                    _stdout().flush()
                else:
                    say(f"{'cleaned' if mode == '-i' else 'would clean'} {result.path}")
    if bar:
        bar.clear()
    if explain and reports:
        _explain(reports, fmt, named=True)
    verb = "cleaned" if mode == "-i" else "would be cleaned"
    parts = [f"{changed} file{'s' if changed != 1 else ''} {verb}",
             f"{len(files) - changed - failed} left unchanged"]
    if failed:
        parts.append(f"{failed} failed")
    say(", ".join(parts))
    if failed:
        return 2
    if changed and (mode != "-i" or exit_non_zero_on_fix):
        return 1
    return 0


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

    def __init__(self, out: BinaryIO, fmt: str, *, wrapped: bool, comma: bool, rules: SegmentRules,
                 file: str | None = None) -> None:
        self.out, self.fmt, self.wrapped, self.comma, self.rules = out, fmt, wrapped, comma, rules
        self.file = file  # named in each JSON record (offsets count from the start of each file)
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
                if self.file is not None:
                    record["file"] = self.file
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


def main(argv: list[str] | None = None) -> None:
    """The full command (:func:`urdu_clean.command.main` hands every run but the plain filter
    here), run as the process by :func:`urdu_clean.command.run`."""
    run(functools.partial(_click_main, argv))


def _click_main(argv: list[str] | None) -> int | None:
    """The click command without its own error handling: its usage errors and exits become
    statuses here, every other error is :func:`urdu_clean.command.run`'s."""
    try:
        return cli.main(argv, prog_name="urdu-clean", standalone_mode=False)
    except click.exceptions.Exit as e:
        return e.exit_code
    except click.ClickException as e:
        with contextlib.suppress(OSError, ValueError):
            e.show()
        return e.exit_code
    except click.exceptions.Abort as e:
        return 1 if isinstance(e.__context__, EOFError) else 130
