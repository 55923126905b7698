"""Project configuration: ``[tool.urdu-clean]`` in ``pyproject.toml``, or a ``.urdu-clean.toml``.

The file is found by walking up from a folder (the one holding the files being cleaned, or the
working directory for stdin); the nearest folder holding either wins, and in one folder
``.urdu-clean.toml`` wins over ``pyproject.toml``. Keys are the command's long option names
(``preset = "web"``, ``only = ["letters", "whitespace"]``, ``exclude = ["drafts/*"]``); the
command line wins over the file. Read with the standard library (``tomllib``).
"""

from __future__ import annotations

import os
import re

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time; names for annotations only)
if TYPE_CHECKING:
    from typing import Any


#: How our table's name can stand in a pyproject.toml: after ``tool.`` (``[tool.urdu-clean]``,
#: ``[tool."urdu-clean"]``) or opening a key under ``[tool]`` (``urdu-clean.preset = ...``,
#: ``urdu-clean = {...}``); a superset, so a file it does not find holds no such table (a
#: dependency on us or a script of that name is not a find).
_OUR_TABLE = rb'(?m)tool\s*\.\s*"?urdu-clean"?\s*[].=]|^\s*"?urdu-clean"?\s*(?:\.|=\s*\{)'


class ConfigError(ValueError):
    """A configuration file that cannot be read, or a key or value it should not hold."""


def _table(path: str) -> dict[str, Any] | None:
    with open(path, "rb") as f:
        raw = f.read()
    pyproject = os.path.basename(path) == "pyproject.toml"
    if pyproject and not re.search(_OUR_TABLE, raw):
        return None  # a project's file with nothing for us: not parsed (tomllib costs start-up time)
    import tomllib

    try:
        data = tomllib.loads(raw.decode())
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
