"""Streaming input and safe output: decode in chunks of whole lines, write files atomically.

Memory stays flat on inputs of any size: text is read in blocks and handed on in chunks that end
at a ``\\n`` (a single line longer than a block is held whole, as it must be).
"""

from __future__ import annotations

import codecs
import contextlib
import os
import select
import stat
from collections.abc import Callable, Iterator

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time; names for annotations only)
if TYPE_CHECKING:
    from typing import BinaryIO

BLOCK_SIZE = 1 << 20  # bytes read at a time

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


class InputError(Exception):
    """Input that cannot be decoded; the message names the file and the place."""


def sniff_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark or the bytes themselves suggest (``None``: no guess).

    >>> sniff_encoding("ایک".encode("utf-16")), sniff_encoding("کتاب اور".encode("cp1256"))
    ('utf-16', 'cp1256')
    >>> sniff_encoding("کتاب اور قلم".encode("utf-16-le")), sniff_encoding(b"\\x7fELF\\x02\\x01\\x01\\x00" * 4)
    ('utf-16-le', None)
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if len(head) >= 4:  # text of two-byte units without a BOM: Latin's high byte 0, Arabic's 06
        even, odd = head[0::2], head[1::2]
        for name, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
            if sum(b in (0, 6) for b in high) >= 0.9 * len(high) and low.count(0) <= 0.1 * len(low):
                return name
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        # most bytes in cp1256's Arabic letter rows (0xC1-0xFE), spaced by ASCII: old Urdu files
        high = [b for b in head if b >= 0x80]
        if high and sum(0xC1 <= b <= 0xFE for b in high) >= 0.8 * len(high):
            return "cp1256"
    return None


def _hint(head: bytes, encoding: str) -> str:
    guess = sniff_encoding(head)
    if guess and codecs.lookup(guess).name != codecs.lookup(encoding).name:
        return f"; it looks like {guess}: try --encoding {guess} (or --errors replace)"
    if guess is None and 0 in head:
        return "; it holds NUL bytes: binary, not text?"
    return "; try --encoding with the file's encoding (cp1256, utf-16 ...) or --errors replace"


def _block_reader(stream: BinaryIO, block_size: int) -> Callable[[], bytes]:
    """A function reading the next block: whole blocks from a file; from a pipe or a terminal,
    what is there (up to a block) without waiting for more, so a filter in an interactive pipe
    writes each line when it has it, while big input still comes in big blocks."""
    try:
        fd = stream.fileno()
        interactive = not stat.S_ISREG(os.fstat(fd).st_mode) and hasattr(stream, "read1")
    except (AttributeError, OSError, ValueError):  # BytesIO and the like
        interactive = False
    if not interactive:
        return lambda: stream.read(block_size)

    def read() -> bytes:
        parts = [stream.read1(block_size)]
        size = len(parts[0])
        while parts[-1] and size < block_size and select.select([fd], [], [], 0)[0]:
            parts.append(stream.read1(block_size - size))
            size += len(parts[-1])
        return b"".join(parts)

    return read


def read_chunks(
    stream: BinaryIO, *, name: str, encoding: str = "utf-8", errors: str = "strict", block_size: int | None = None
) -> Iterator[str]:
    """Decode ``stream`` and yield text in chunks of whole lines (the last may lack its ``\\n``).

    Raises :class:`InputError` with the file name, byte offset and line of the first byte that
    is not valid in ``encoding`` (when ``errors="strict"``), and what to try instead.

    >>> import io
    >>> list(read_chunks(io.BytesIO("ایک\\nدو".encode()), name="<test>", block_size=4))
    ['ایک\\n', 'دو']
    >>> list(read_chunks(io.BytesIO(b"ok\\n\\xff"), name="x.txt"))
    Traceback (most recent call last):
    ...
    urdu_clean.io.InputError: x.txt: byte 3 (line 2) is not valid utf-8: invalid start byte; try --encoding with the file's encoding (cp1256, utf-16 ...) or --errors replace
    """
    block_size = block_size or BLOCK_SIZE
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    # A UTF-8 BOM at the very start is an encoding signature, not text (UTF-16's codec knows that).
    signature = "\ufeff" if codecs.lookup(encoding).name == "utf-8" else ""
    consumed = 0  # bytes handed to the decoder so far
    lines_before = 0  # complete lines already yielded
    pending = ""
    head = b""  # the first bytes, to suggest an encoding
    read = _block_reader(stream, block_size)
    while True:
        try:
            block = read()
        except BlockingIOError:
            raise
        except OSError as e:  # (a device or a network file that fails mid-read: name it)
            where = f" after byte {consumed}" if consumed else ""
            raise InputError(f"{name}: cannot be read{where}: {e.strerror or e}") from None
        if len(head) < 4096:
            head += block[: 4096 - len(head)]
        final = not block
        held = len(decoder.getstate()[0])  # undecoded bytes the decoder kept from the last block
        try:
            text = decoder.decode(block, final)
        except UnicodeDecodeError as e:
            at = consumed - held + e.start
            valid = e.object[: e.start].decode(encoding, "replace")  # the block's text before the error
            line = lines_before + pending.count("\n") + valid.count("\n") + 1
            raise InputError(
                f"{name}: byte {at} (line {line}) is not valid {encoding}: {e.reason}{_hint(head, encoding)}"
            ) from None
        except UnicodeError as e:  # utf-16 without its byte-order mark, and the like
            guess = {"utf-16": "utf-16-le or utf-16-be", "utf-32": "utf-32-le or utf-32-be"}.get(
                codecs.lookup(encoding).name, "another encoding")
            raise InputError(f"{name}: not valid {encoding}: {e}; try --encoding {guess}") from None
        consumed += len(block)
        if signature and text:
            text = text.removeprefix(signature)
            signature = ""
        pending += text
        if final:
            if pending:
                yield pending
            return
        cut = pending.rfind("\n") + 1
        if cut:
            chunk, pending = pending[:cut], pending[cut:]
            lines_before += chunk.count("\n")
            yield chunk


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a temporary file beside ``path``; on success it replaces ``path``, on error it vanishes.

    Whatever goes wrong while writing, the file at ``path`` is left as it was.
    """
    import tempfile  # deferred: only writing to a file needs it

    path = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".urdu-clean-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
