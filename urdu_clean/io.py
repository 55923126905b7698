"""Streaming input and safe output: decode in chunks of whole lines, write files atomically.

Memory stays flat on inputs of any size: text is read in blocks and handed on in chunks that end
at a ``\\n`` (a single line longer than a block is held whole, as it must be).
"""

from __future__ import annotations

import codecs
import contextlib
import os
from collections.abc import Iterator
from typing import BinaryIO

BLOCK_SIZE = 1 << 20  # bytes read at a time


class InputError(Exception):
    """Input that cannot be decoded; the message names the file and the place."""


def read_chunks(
    stream: BinaryIO, *, name: str, encoding: str = "utf-8", errors: str = "strict", block_size: int | None = None
) -> Iterator[str]:
    """Decode ``stream`` and yield text in chunks of whole lines (the last may lack its ``\\n``).

    Raises :class:`InputError` with the file name, byte offset and line of the first byte that
    is not valid in ``encoding`` (when ``errors="strict"``).

    >>> import io
    >>> list(read_chunks(io.BytesIO("ایک\\nدو".encode()), name="<test>", block_size=4))
    ['ایک\\n', 'دو']
    >>> list(read_chunks(io.BytesIO(b"ok\\n\\xff"), name="x.txt"))
    Traceback (most recent call last):
    ...
    urdu_clean.io.InputError: x.txt: byte 3 (line 2) is not valid utf-8: invalid start byte
    """
    block_size = block_size or BLOCK_SIZE
    decoder = codecs.getincrementaldecoder(encoding)(errors)
    # A UTF-8 BOM at the very start is an encoding signature, not text (UTF-16's codec knows that).
    signature = "\ufeff" if codecs.lookup(encoding).name == "utf-8" else ""
    consumed = 0  # bytes handed to the decoder so far
    lines_before = 0  # complete lines already yielded
    pending = ""
    while True:
        block = stream.read(block_size)
        final = not block
        held = len(decoder.getstate()[0])  # undecoded bytes the decoder kept from the last block
        try:
            text = decoder.decode(block, final)
        except UnicodeDecodeError as e:
            at = consumed - held + e.start
            valid = e.object[: e.start].decode(encoding, "replace")  # the block's text before the error
            line = lines_before + pending.count("\n") + valid.count("\n") + 1
            raise InputError(f"{name}: byte {at} (line {line}) is not valid {encoding}: {e.reason}") from None
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
