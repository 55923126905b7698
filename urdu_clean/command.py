"""The ``urdu-clean`` process: its entry point, its standard streams and its errors.

Most runs of a filter are the plain one, ``urdu-clean < in > out``. That run is served here,
without loading click (which alone costs a short run several times a bare interpreter's
start-up); any argument, or a configuration file, hands the run to the full command in
:mod:`urdu_clean.cli`, which gives the same output for the same input. Both share the helpers
below, so streams, errors and exit statuses are one code.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time; names for annotations only)
if TYPE_CHECKING:
    from typing import Any, BinaryIO, NoReturn

#: Standard descriptors that were closed when the command started (now /dev/null stand-ins, so
#: that no file opened later takes their number).
_CLOSED: dict[int, bool] = {}
#: Whether the command runs as its own process (then a closed pipe ends it by SIGPIPE itself).
_MAIN = {"running": False}


class _Fatal(Exception):
    """An error that ends the run with one line on stderr and exit status 2."""


def _stdout() -> BinaryIO:
    if _CLOSED.get(1):
        raise _Fatal("stdout is closed: give -o FILE, or open stdout")
    return sys.stdout.buffer


def _stdin() -> BinaryIO:
    if _CLOSED.get(0):
        raise _Fatal("stdin is closed: give a FILE to read, or open stdin")
    return sys.stdin.buffer


def _write(out: BinaryIO, text: str) -> None:
    """Write ``text`` as UTF-8 in slices (a long line is not copied whole into bytes) and flush."""
    step = 1 << 20
    for at in range(0, len(text), step):
        out.write(text[at : at + step].encode("utf-8"))
    out.flush()


def _error(message: str) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(f"urdu-clean: error: {message}\n")
        sys.stderr.flush()


def _end_by_sigpipe() -> int:
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)  # nothing left to flush into the closed pipe at exit
    if _MAIN["running"] and hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGPIPE)
    return 128 + getattr(signal, "SIGPIPE", 13)


def _guard_descriptors() -> None:
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            _CLOSED[fd] = True
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if _CLOSED.get(2):
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 (for the life of the process)
    if _CLOSED.get(1) or sys.stdout is None:
        _CLOSED[1] = True
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    if _CLOSED.get(0) or sys.stdin is None:
        _CLOSED[0] = True
        sys.stdin = open(os.devnull)  # noqa: SIM115


def _plain_filter() -> int:
    """``urdu-clean`` with no arguments and no configuration file: stdin, cleaned, to stdout."""
    from .files import cleaned_chunks
    from .pipeline import Pipeline

    pipeline = Pipeline.from_preset("default")
    out = _stdout()
    for text in cleaned_chunks(_stdin(), pipeline, name="<stdin>", encoding="utf-8", errors="strict"):
        if text:
            _write(out, text)
    out.flush()
    return 0


def run(work: Callable[[], int | None]) -> NoReturn:
    """Run ``work`` as the command's process and exit with its status: one line on stderr for
    any error, never a traceback; SIGPIPE ends the command silently; Ctrl-C exits 130. Both
    front ends (the plain filter here, the full command in :mod:`urdu_clean.cli`) run in it."""
    from . import settings
    from .files import InternalError
    from .io import InputError

    _guard_descriptors()
    _MAIN["running"] = True
    try:
        code = work()
    except KeyboardInterrupt as e:
        code = 1 if isinstance(e.__context__, EOFError) else 130
    except (_Fatal, InputError, InternalError, settings.ConfigError) as e:
        _error(str(e))
        code = 2
    except BrokenPipeError:
        code = _end_by_sigpipe()
    except OSError as e:
        _error(f"{e.filename + ': ' if e.filename else ''}{e.strerror or e}")
        code = 2
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    sys.exit(code or 0)


def _configured(settings: Any) -> bool:
    """Whether a configuration file applies to a run in this folder (one that cannot be read
    does too: the full command reports it, with its exit status)."""
    try:
        return settings.find_config(".") is not None
    except settings.ConfigError:
        return True


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``urdu-clean`` console script (see :func:`run`)."""
    from . import settings

    if (sys.argv[1:] if argv is None else argv) or _configured(settings):
        from .cli import main as command

        command(argv)
    run(_plain_filter)
