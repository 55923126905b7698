"""Project configuration: ``[tool.urdu-clean]`` in ``pyproject.toml``, or a ``.urdu-clean.toml``.

The file is found by walking up from a folder (the one holding the files being cleaned, or the
working directory for stdin); the nearest folder holding either wins, and in one folder
``.urdu-clean.toml`` wins over ``pyproject.toml``. Keys are the command's long option names
(``preset = "web"``, ``only = ["letters", "whitespace"]``, ``exclude = ["drafts/*"]``); the
command line wins over the file. Read with the standard library (``tomllib``).
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time; names for annotations only)
if TYPE_CHECKING:
    from typing import Any


class ConfigError(ValueError):
    """A configuration file that cannot be read, or a key or value it should not hold."""


def _table(path: str) -> dict[str, Any] | None:
    with open(path, "rb") as f:
        raw = f.read()
    pyproject = os.path.basename(path) == "pyproject.toml"
    if pyproject and b"urdu" not in raw:
        # a project's file that does not even name us cannot hold our table: it is not parsed
        # (the TOML parser costs start-up time). Any spelling of the table's name holds "urdu"
        # (quoted or not, dotted, inline), but a \u escape in a quoted key, which is not looked for.
        return None
    import tomllib

    try:
        data = tomllib.loads(raw.decode())
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not UTF-8 (byte {e.start}), as TOML must be") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    if pyproject:
        table = data.get("tool", {}).get("urdu-clean")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.urdu-clean] must be a table")
        return table
    return data


def load(path: str) -> dict[str, Any]:
    """The keys of the configuration file ``path`` (its ``[tool.urdu-clean]`` for a pyproject.toml)."""
    return _table(path) or {}


def find_config(start: str) -> tuple[str, dict[str, Any]] | None:
    """The nearest configuration at or above the folder ``start``: its path and its keys.

    >>> find_config("/") is None or isinstance(find_config("/")[1], dict)
    True
    """
    folder = os.path.abspath(start)
    while True:
        for name in (".urdu-clean.toml", "pyproject.toml"):
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                table = _table(path)
                if table is not None:
                    return path, table
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent
