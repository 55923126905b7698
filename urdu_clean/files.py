"""Cleaning streams and files: the driver the command line, the pre-commit hook and other front ends call.

- :func:`clean_stream` cleans a binary stream into another (UTF-8), in chunks of whole lines, each
  chunk written and flushed as soon as it is cleaned.
- :func:`clean_file` cleans a file in place (or checks it, or diffs it) as safely as a code
  formatter: the new text is streamed into a temporary file beside it, checked to be a fixed point
  (cleaning it again changes nothing), and moved over the file in one atomic rename; permissions,
  encoding, byte-order mark, line endings and the final newline (or its absence) are kept, and a
  file whose text does not change is not touched at all.
- :func:`find_files` expands folders into the files worth cleaning.

A stream is one document unless a separator (form feed or NUL) marks where documents end; a
pipeline that needs whole documents (``web``, whose ``boilerplate`` step looks at a document's
edges) reads them through a bounded window, so memory stays flat on any input.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import os
import stat
from collections.abc import Callable, Iterable, Iterator

from .io import InputError, read_chunks
from .pipeline import Pipeline, Record, StepReport

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time; names for annotations only)
if TYPE_CHECKING:
    from typing import BinaryIO, Literal

    from .markdown import Markdown
    from .structured import Structured

    Mode = Literal["in-place", "check", "diff"]

#: Characters of text held at each edge of a document for a pipeline that needs whole documents.
WINDOW = 1 << 20
#: A line of plain Urdu prose that no step changes or drops: it stands for "more text here" at
#: the cut edges of a window, so that a window's cut is never taken for a document's edge.
_SENTINEL = "\u0627\u0631\u062f\u0648 \u0645\u062a\u0646\n"  # "urdu text"
#: Document separators users may choose (as ``sort -z`` and ``xargs -0`` users expect NUL).
SEPARATORS = {"formfeed": "\f", "nul": "\0"}
#: Files a folder is searched for when no ``include`` is given: the text formats of corpora.
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.tsv", "*.csv", "*.jsonl")

Pair = tuple[str, str]  # (text as read, text as cleaned)


class InternalError(Exception):
    """Cleaning the cleaned text changed it again: a bug in a step, which names itself."""


# --------------------------------------------------------------------------------------------
# Explanations gathered over chunks and files


class FileReport(Record):
    """What each step changed in one input (``name``): a :class:`StepReport` a step in
    ``reports`` (places are in that input as read)."""

    __match_args__ = ("name", "reports")

    def __init__(self, name: str, reports: dict[str, StepReport] | None = None) -> None:
        super().__init__(name=name, reports={} if reports is None else reports)

    def add(self, reports: Iterable[StepReport]) -> None:
        for r in reports:
            t = self.reports.setdefault(r.step, StepReport(r.step))
            t.count += r.count
            t.lines_removed += r.lines_removed
            t.examples.extend(r.examples[: max(0, 3 - len(t.examples))])
            t.notes.extend(r.notes[: max(0, 10 - len(t.notes))])


# --------------------------------------------------------------------------------------------
# Cleaning a stream of chunks


#: Marks, in a stream of chunks, where one document ends and the next begins.
SEP = None


def _pieces(chunks: Iterable[str], separator: str | None) -> Iterator[str | None]:
    """The chunks, cut at ``separator`` into pieces, with ``SEP`` where a separator stood."""
    for chunk in chunks:
        if separator is None or separator not in chunk:
            yield chunk
            continue
        parts = chunk.split(separator)
        for part in parts[:-1]:
            if part:
                yield part
            yield SEP
        if parts[-1]:
            yield parts[-1]


def _clean_piece(pipeline: Pipeline, piece: str | None) -> str | None:
    return SEP if piece is SEP else pipeline(piece)


class _Cleaner:
    """Cleans a stream of pieces of documents, and yields a (read, cleaned) pair for each, and
    ``SEP`` between documents.

    Line-local pipelines clean piece by piece (through ``mapper``, which may spread the pieces
    over processes and must keep their order). Others hold a window of ``WINDOW`` characters at
    a document's end, and clean the text before it in parts with a stand-in line of prose at each
    cut, so that only the document's real edges count as edges; memory stays bounded.
    """

    def __init__(self, pipeline: Pipeline, report: FileReport | None, mapper: Callable = map) -> None:
        self.pipeline, self.report, self.mapper = pipeline, report, mapper
        self.line_base = 0
        self.offset_base = 0

    def _run(self, text: str, head: bool, tail: bool) -> str:
        """Clean ``text``; ``head``/``tail``: it starts/ends the document (else a cut is there)."""
        before = "" if head else _SENTINEL
        after = "" if tail else _SENTINEL
        window = before + text + after
        if self.report is None:
            cleaned = self.pipeline(window)
        else:
            e = self.pipeline.explain(window, line_base=self.line_base - (1 if before else 0),
                                      offset_base=self.offset_base - len(before))
            self.report.add(e.reports)
            cleaned = e.text
        if not (cleaned.startswith(before) and cleaned.endswith(after)):
            raise InternalError("internal error: a step changed the line that marks a window's cut")
        self.line_base += text.count("\n")
        self.offset_base += len(text)
        return cleaned[len(before) : len(cleaned) - len(after)]

    def clean(self, pieces: Iterable[str | None]) -> Iterator[Pair | None]:
        if self.pipeline.line_local and self.report is None:
            read: list[str | None] = []

            def remember() -> Iterator[str | None]:
                for piece in pieces:
                    read.append(piece)
                    yield piece

            for cleaned in self.mapper(functools.partial(_clean_piece, self.pipeline), remember()):
                piece = read.pop(0)
                yield SEP if piece is SEP else (piece, cleaned)  # type: ignore[misc]
            return
        held, head = "", True
        for piece in pieces:
            if piece is SEP:
                if held or not head:
                    yield held, self._run(held, head, True)
                held, head = "", True
                self.offset_base += 1
                yield SEP
            elif self.pipeline.line_local:
                yield piece, self._run(piece, True, True)
            else:
                held += piece
                if len(held) >= 2 * WINDOW:
                    cut = held.rfind("\n", 0, len(held) - WINDOW) + 1
                    if cut:
                        text, held = held[:cut], held[cut:]
                        yield text, self._run(text, head, False)
                        head = False
        if held or not head:
            yield held, self._run(held, head, True)


def _pairs(stream: BinaryIO, pipeline: Pipeline, *, name: str, encoding: str, errors: str,
           separator: str | None, report: FileReport | None, mapper: Callable = map) -> Iterator[Pair | None]:
    """A (read, cleaned) pair for every piece of ``stream``, and ``SEP`` between documents."""
    chunks = read_chunks(stream, name=name, encoding=encoding, errors=errors)
    if separator != "\0":
        chunks = _no_nul(chunks, name, encoding)
    return _Cleaner(pipeline, report, mapper).clean(_pieces(chunks, separator))


def _no_nul(chunks: Iterable[str], name: str, encoding: str) -> Iterator[str]:
    """The chunks, checked for a NUL before any is cleaned: text does not hold one (documents a
    NUL separates are read with ``separator="\\0"``), binary data does, and it is not cleaned."""
    line = 1  # the number of the line the chunk opens
    for chunk in chunks:
        if "\0" in chunk:
            place = (_nul_place(name, encoding) if os.path.isfile(name)
                     else f"line {line + chunk.count(chr(10), 0, chunk.index(chr(0)))}")
            raise InputError(f"{name}: holds a NUL at {place}: binary, not text? "
                             "(for documents a NUL ends: --separator nul)")
        line += chunk.count("\n")
        yield chunk


def cleaned_chunks(
    binary_in: BinaryIO,
    pipeline: Pipeline,
    *,
    name: str = "<stdin>",
    encoding: str = "utf-8",
    errors: str = "strict",
    separator: str | None = None,
    report: FileReport | None = None,
    mapper: Callable = map,
) -> Iterator[str]:
    """The cleaned text of ``binary_in`` in chunks of whole lines, separators included (the
    options are :func:`clean_stream`'s)."""
    for pair in _pairs(binary_in, pipeline, name=name, encoding=encoding, errors=errors,
                       separator=separator, report=report, mapper=mapper):
        yield separator if pair is SEP else pair[1]  # type: ignore[misc]


def clean_stream(
    binary_in: BinaryIO,
    binary_out: BinaryIO,
    pipeline: Pipeline,
    *,
    name: str = "<stdin>",
    encoding: str = "utf-8",
    errors: str = "strict",
    separator: str | None = None,
    report: FileReport | None = None,
    mapper: Callable = map,
) -> bool:
    """Clean ``binary_in`` (in ``encoding``) into ``binary_out`` (UTF-8); return whether it changed.

    Each chunk is written and flushed as soon as it is cleaned. ``separator`` (``"\\f"`` or
    ``"\\0"``) splits the stream into documents and is written back between them. ``report``
    gathers what each step changed, placed in the input as read. Raises
    :class:`~urdu_clean.io.InputError` on input that is not valid in ``encoding``.

    >>> import io
    >>> out = io.BytesIO()
    >>> clean_stream(io.BytesIO("كيا  ہے\\n".encode()), out, Pipeline.from_preset("default"))
    True
    >>> out.getvalue().decode()
    'کیا ہے\\n'
    """
    changed = False
    for pair in _pairs(binary_in, pipeline, name=name, encoding=encoding, errors=errors,
                       separator=separator, report=report, mapper=mapper):
        if pair is SEP:
            binary_out.write(separator.encode("utf-8"))  # type: ignore[union-attr]
            continue
        read, cleaned = pair
        changed = changed or read != cleaned
        if cleaned:
            binary_out.write(cleaned.encode("utf-8"))
            binary_out.flush()
    return changed


# --------------------------------------------------------------------------------------------
# Files


class FileResult(Record):
    """The outcome for one file (``path``): ``changed`` (or would change), or an ``error`` that
    left it alone (``internal``: a bug in a step, that the safety net caught); its ``diff`` and
    ``report`` when asked for."""

    __match_args__ = ("path", "changed", "error", "internal", "diff", "report")

    def __init__(self, path: str, changed: bool = False, error: str | None = None, internal: bool = False,
                 diff: str = "", report: FileReport | None = None) -> None:
        super().__init__(path=path, changed=changed, error=error, internal=internal, diff=diff, report=report)


def _file_codec(head: bytes, encoding: str) -> tuple[bytes, str]:
    """The byte-order mark a file starts with and the codec to write it back with."""
    name = codecs.lookup(encoding).name
    if name in ("utf-8", "utf-8-sig"):
        return (codecs.BOM_UTF8 if head.startswith(codecs.BOM_UTF8) else b""), "utf-8"
    for family, boms in (("utf-16", ((codecs.BOM_UTF16_LE, "le"), (codecs.BOM_UTF16_BE, "be"))),
                         ("utf-32", ((codecs.BOM_UTF32_LE, "le"), (codecs.BOM_UTF32_BE, "be")))):
        if name == family:
            for bom, order in boms:
                if head.startswith(bom):
                    return bom, f"{family}-{order}"
    return b"", encoding


def _nul_place(path: str, encoding: str) -> str:
    nul = "\0".encode(_file_codec(b"", encoding)[1])
    for bom in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if nul.startswith(bom) and len(nul) > len(bom):
            nul = nul[len(bom):]  # ("utf-16" writes its byte-order mark before the NUL)
            break
    with open(path, "rb") as f:
        data = f.read()
    at = data.find(nul)
    while at > 0 and at % len(nul):  # (a NUL code unit starts on a unit's boundary: A\0 is 41 00 00 00)
        at = data.find(nul, at + 1)
    line = data[:at].decode(encoding, "replace").count("\n") + 1
    return f"byte {at} (line {line})"


def _unified_diff(path: str, old: str, new: str) -> str:
    rows = []
    import difflib

    for row in difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                    f"{path}\t(original)", f"{path}\t(cleaned)"):
        rows.append(row if row.endswith("\n") else row + "\n\\ No newline at end of file\n")
    return "".join(rows)


def for_file(pipeline: Pipeline, path: str, fields: tuple[str, ...] = ()) -> Pipeline | Structured | Markdown:
    """The pipeline, or for a JSONL, CSV or TSV file, the same pipeline applied value by value,
    and for a Markdown file, to its prose (not its code or front matter)."""
    from .structured import Structured, kind_of

    kind = kind_of(path)
    if kind == "markdown":
        from .markdown import Markdown

        return Markdown(pipeline)
    if kind == "csv":
        from .structured import csv_delimiter

        return Structured(pipeline, kind, tuple(fields), csv_delimiter(_first_line(path)))
    return pipeline if kind == "text" else Structured(pipeline, kind, tuple(fields))


def _first_line(path: str) -> str:
    """The first line of the file at ``path`` as far as it can be read ("" if it cannot: the
    error is the cleaning's to report)."""
    try:
        with open(path, "rb") as f:
            head = f.read(1 << 16)
    except OSError:
        return ""
    return head.split(b"\n", 1)[0].decode("utf-8", "replace")


def _culprit(pipeline: Pipeline, text: str) -> str:
    """The first step that changes ``text`` (cleaned once already), and where."""
    from .markdown import Markdown
    from .structured import Structured

    if isinstance(pipeline, Structured):
        return "a step, on a value of the record"
    if isinstance(pipeline, Markdown):
        return "a step, on the document's prose"
    for name, call in pipeline._calls:  # the configured steps themselves
        again = call(text)
        if again != text:
            pairs = zip(text.split("\n"), [*again.split("\n"), ""])
            line = next((i for i, (a, b) in enumerate(pairs, 1) if a != b), 1)
            return f"step {name!r} changes line {line} of it"
    return "the steps together, none alone"


def clean_file(
    path: str | os.PathLike[str],
    pipeline: Pipeline,
    *,
    mode: Mode = "in-place",
    encoding: str = "utf-8",
    errors: str = "strict",
    fast: bool = False,
    explain: bool = False,
    separator: str | None = None,
    mapper: Callable = map,
    structured: bool = True,
    fields: tuple[str, ...] = (),
) -> FileResult:
    """Clean the file at ``path`` in place (``mode="in-place"``), or only say whether it would
    change (``"check"``) or how (``"diff"``: a unified diff in the result). Never raises for a
    problem with the file: the result carries the error, and the file is left as it was.

    In place, the file keeps its encoding, byte-order mark, permissions, line endings and final
    newline; a symlink stays a symlink (its target is rewritten); nothing is written when nothing
    changes. Unless ``fast``, the cleaned text must be a fixed point of ``pipeline`` before it
    replaces the file; if cleaning it again changes it, the result is an internal error that names
    the step. With ``structured``, a ``.jsonl`` file is cleaned only in its string values (of the
    keys in ``fields``, if given) and a ``.csv`` or ``.tsv`` file cell by cell (see
    :mod:`urdu_clean.structured`).
    """
    name = os.fspath(path)
    if structured:
        pipeline = for_file(pipeline, name, fields)  # type: ignore[assignment]
    result = FileResult(name, report=FileReport(name) if explain else None)
    try:
        target = os.path.realpath(name) if os.path.islink(name) else name  # a symlink's target
        st = os.stat(target)
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{name}: not a regular file")
        with open(target, "rb") as f:
            head = f.read(4)
            f.seek(0)
            bom, codec = _file_codec(head, encoding)
            if mode == "in-place":
                _rewrite(f, target, st, result, pipeline, bom=bom, codec=codec, encoding=encoding,
                         errors=errors, fast=fast, separator=separator, mapper=mapper)
            else:
                _inspect(f, result, pipeline, mode, encoding=encoding, errors=errors, separator=separator,
                         mapper=mapper)
    except InputError as e:
        result.error = str(e)
    except InternalError as e:
        result.error, result.internal = str(e), True
    except OSError as e:
        result.error = f"{name}: {e.strerror or e}"
    return result


def _checked_pairs(f: BinaryIO, result: FileResult, pipeline: Pipeline, *, encoding: str, errors: str,
                   separator: str | None, mapper: Callable) -> Iterator[Pair | None]:
    yield from _pairs(f, pipeline, name=result.path, encoding=encoding, errors=errors,
                      separator=separator, report=result.report, mapper=mapper)  # (a NUL: see _no_nul)


def _inspect(f: BinaryIO, result: FileResult, pipeline: Pipeline, mode: Mode, **kw: object) -> None:
    old, new = [], []
    for pair in _checked_pairs(f, result, pipeline, **kw):  # type: ignore[arg-type]
        if pair is SEP:
            old.append(kw["separator"])  # type: ignore[arg-type]
            new.append(kw["separator"])  # type: ignore[arg-type]
            continue
        read, cleaned = pair
        if read != cleaned:
            result.changed = True
            if mode == "check" and result.report is None:
                return
        if mode == "diff":
            old.append(read)
            new.append(cleaned)
    if mode == "diff" and result.changed:
        result.diff = _unified_diff(result.path, "".join(old), "".join(new))


def _still_as_read(target: str, st: os.stat_result, name: str) -> None:
    """Raise :class:`InputError` unless the file at ``target`` may be replaced: it is still the
    file read (``st``: the same inode, size and modification time; another program may have saved
    or removed it while it was cleaned) and writable (its mode or owner does not forbid writing,
    which the rename over it would not ask)."""
    try:
        now = os.stat(target)
    except FileNotFoundError:
        raise InputError(f"{name}: removed while it was being cleaned; nothing is written") from None
    if (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) != (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns):
        raise InputError(f"{name}: changed while it was being cleaned; the file is left as it was (run again)")
    if not now.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise InputError(f"{name}: read-only (no write permission); the file is left as it was")


def _rewrite(f: BinaryIO, target: str, st: os.stat_result, result: FileResult, pipeline: Pipeline, *,
             bom: bytes, codec: str, encoding: str, errors: str, fast: bool, separator: str | None,
             mapper: Callable) -> None:
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=".urdu-clean-", suffix=".tmp", dir=os.path.dirname(target))
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(bom)
            encoder = codecs.getincrementalencoder(codec)("strict")
            lines = 0
            for pair in _checked_pairs(f, result, pipeline, encoding=encoding, errors=errors,
                                       separator=separator, mapper=mapper):
                if pair is SEP:
                    out.write(encoder.encode(separator))  # type: ignore[arg-type]
                    continue
                read, cleaned = pair
                result.changed = result.changed or read != cleaned
                try:
                    out.write(encoder.encode(cleaned))
                except UnicodeEncodeError as e:
                    where = lines + cleaned[: e.start].count("\n") + 1
                    bad = cleaned[e.start]
                    raise InputError(f"{result.path}: the cleaned text cannot be written in {encoding}: "
                                     f"{bad!r} (U+{ord(bad):04X}) on line {where}; the file is left as it was "
                                     f"(skip the step that writes it, or clean into UTF-8 with -o)") from None
                lines += read.count("\n")
            out.write(encoder.encode("", final=True))
        if not result.changed:
            os.unlink(tmp)
            return
        if not fast:
            with open(tmp, "rb") as again:
                again.read(len(bom))
                for pair in _pairs(again, pipeline, name=tmp, encoding=codec, errors=errors,
                                   separator=separator, report=None, mapper=mapper):
                    if pair is not SEP and pair[0] != pair[1]:
                        read = pair[0]
                        raise InternalError(
                            f"{result.path}: internal error: cleaning the cleaned text changes it again "
                            f"({_culprit(pipeline, read)}); the file is left as it was. Please report this "
                            f"with the file, or use --fast to skip this check")
        _still_as_read(target, st, result.path)
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        with contextlib.suppress(OSError):
            os.chown(tmp, st.st_uid, st.st_gid)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------------------------
# Folders


def _git_ignored(root: str, paths: list[str]) -> set[str]:
    """Those of ``paths`` that git ignores (none when git or a repository is not there)."""
    if not paths:
        return set()
    import subprocess

    try:
        proc = subprocess.run(["git", "-C", root, "check-ignore", "-z", "--stdin"], input="\0".join(paths).encode(),
                              capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return set()
    if proc.returncode not in (0, 1):  # 128: not a repository
        return set()
    return {os.path.normpath(os.path.join(root, p)) for p in proc.stdout.decode(errors="replace").split("\0") if p}


def _within(path: str, folder: str) -> bool:
    return os.path.commonpath([path, folder]) == folder


def find_files(paths: Iterable[str], include: Iterable[str] = DEFAULT_INCLUDE, exclude: Iterable[str] = ()) -> list[str]:
    """The files to clean: each file given as it is, and from each folder (recursively) the files
    whose name matches an ``include`` glob and whose path matches no ``exclude`` glob, skipping
    hidden files and folders (``.git`` among them), what git ignores, and symlinks to files
    outside the folder (a folder's links to folders are not followed either); a file several
    paths name (links inside the folder) is given once, by its own name if one of them is.

    A glob with a ``/`` is matched against the path relative to the folder given, others against
    the file name.
    """
    import fnmatch

    include, exclude = tuple(include), tuple(exclude)

    def matches(globs: tuple[str, ...], rel: str) -> bool:
        base = os.path.basename(rel)
        return any(fnmatch.fnmatch(rel if "/" in g else base, g) for g in globs)

    found: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            found.append(path)
            continue
        inside = []
        root = os.path.realpath(path)
        for folder, dirs, files in os.walk(path):
            rel_folder = os.path.relpath(folder, path)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                             and not matches(exclude, os.path.normpath(os.path.join(rel_folder, d))))
            for name in sorted(files):
                rel = os.path.normpath(os.path.join(rel_folder, name))
                if name.startswith(".") or not matches(include, rel) or matches(exclude, rel):
                    continue
                found_path = os.path.join(folder, name)
                if os.path.islink(found_path) and not _within(os.path.realpath(found_path), root):
                    continue  # a link out of the folder: the file it names is not the folder's to rewrite
                inside.append(found_path)
        ignored = _git_ignored(path, [os.path.relpath(p, path) for p in inside])
        found += [p for p in inside if os.path.normpath(p) not in ignored]
    # one file once, however many links in the folders name it (two workers must not rewrite it
    # at once); a file named on the command line is kept as named
    at: dict[str, int] = {}  # a file's real path -> its place in unique
    unique: list[str] = []
    for p in found:
        real = os.path.realpath(p)
        if real not in at:
            at[real] = len(unique)
            unique.append(p)
        elif os.path.islink(unique[at[real]]) and not os.path.islink(p):
            unique[at[real]] = p  # (the file by its own name rather than by a link)
    return unique


__all__ = ["DEFAULT_INCLUDE", "SEPARATORS", "WINDOW", "FileReport", "FileResult", "InternalError",
           "clean_file", "clean_stream", "cleaned_chunks", "for_file", "find_files"]
