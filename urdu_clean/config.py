"""The configuration a pipeline hands its steps: step options and the data the steps consult.

A :class:`Config` is immutable and picklable. It travels with a pipeline to worker processes, so
a user's lexicon or protected words reach every worker, and its :attr:`Config.fingerprint` (a
sha256 over the package version, the options and the content of the data) tells whether two
runs, on two machines, cleaned with the same configuration.

Steps that consult words take it as a keyword, ``config=``; their simple call uses
:data:`DEFAULT_CONFIG` (the bundled lexicon, no options).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable, Mapping

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time; names for annotations only)
if TYPE_CHECKING:
    from typing import Any

from .lexicon import DEFAULT, Lexicon

#: The version of the code and tables; part of every fingerprint (kept equal to ``__version__``).
VERSION = "0.1.0"


class Config(namedtuple("Config", "options lexicon", defaults=((), DEFAULT))):
    """Step options and word data for one pipeline (immutable).

    - ``options``: the step options as ``(name, value)`` pairs, sorted (``diacritics="strip"``).
    - ``lexicon``: word counts, word-pair counts and protected words (:class:`~urdu_clean.lexicon.Lexicon`).

    >>> Config().lexicon is DEFAULT
    True
    >>> Config.make({"digits": "ascii"}).option("digits")
    'ascii'
    """

    __slots__ = ()

    @classmethod
    def make(cls, options: Mapping[str, str] | None = None, *, lexicon: Lexicon | None = None,
             protect: Iterable[str] = ()) -> Config:
        """A config from a mapping of options, a lexicon and more protected words."""
        lex = lexicon if lexicon is not None else DEFAULT
        protect = tuple(protect)
        if protect:
            lex = lex.replace(protected=protect)
        return cls(tuple(sorted((options or {}).items())), lex)

    def option(self, name: str, default: str | None = None) -> str | None:
        """The value of one option, or ``default``."""
        return dict(self.options).get(name, default)

    @property
    def fingerprint(self) -> str:
        """sha256 (hex) over the package version, the options and the lexicon's content.

        Equal in every process and on every machine for the same configuration (unlike
        ``hash()``); reading it loads the bundled tables once.
        """
        import hashlib

        h = hashlib.sha256(f"urdu_clean {VERSION}\n".encode())
        for name, value in self.options:
            h.update(f"option {name}={value}\n".encode())
        h.update(f"lexicon {self.lexicon.digest}\n".encode())
        return h.hexdigest()

    def __reduce__(self) -> tuple[Any, ...]:
        return (Config, (self.options, self.lexicon))


#: No options, the bundled lexicon: what a step called on its own uses.
DEFAULT_CONFIG = Config()
