"""Word knowledge for the word steps: word counts, word-pair counts and protected words.

A :class:`Lexicon` is immutable. The bundled one (:func:`bundled`) holds tables derived from the
Maḵẖzan corpus statistics (MIT, github.com/zeerakahmed/makhzan; see ``data/NOTICE``): about
52,000 word forms and 137,000 word pairs counted in 6.26 million words of edited Urdu. They are
read the first time a step asks a question, never at ``import urdu_clean``. A user's lexicon adds
counts and protected words on top of the bundled tables (or replaces them, ``base=None``).

Words are looked up without their vowel marks, in the form the pipeline gives text (NFC, Urdu
letters), as ``scripts/build_tables.py`` stored them. Answers that the word steps cache are kept
on the lexicon instance (:meth:`Lexicon.memo`), so a different lexicon never sees another's
answers, and a pickled lexicon carries only what the user added.
"""

from __future__ import annotations

import os
from _thread import allocate_lock
import unicodedata
from collections.abc import Iterable, Mapping

TYPE_CHECKING = False  # (not typing's: importing typing costs start-up time; names for annotations only)
if TYPE_CHECKING:
    from typing import Any

from .chars import compose_line, strip_marks

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
#: The count a word gets from a plain word list (one word a line, no count): about one in 6,000
#: words of the bundled corpus, well attested enough to be a part of a split and never split.
LISTED_WORD_COUNT = 1000
#: A word seen this often in the bundled corpus (about 3 in a million words) is a word in its own
#: right, not a fragment or a slip: what the word steps ask of a part they cut a word into.
WELL_ATTESTED = 20


def key(word: str) -> str:
    """The form a word is looked up by: NFC, ی + hamza composed, no vowel marks.

    >>> key("زکوٰۃ") == "زکوۃ"
    True
    """
    return strip_marks(compose_line(unicodedata.normalize("NFC", word)))


def _read_table(name: str) -> tuple[dict[str, int], bytes]:
    """A table written by ``scripts/build_tables.py``: a header, N keys, then N counts."""
    import gzip  # deferred, as everything the tables need: only a word step's first question pays

    with open(os.path.join(DATA, name), "rb") as f:
        raw = f.read()
    text = gzip.decompress(raw).decode("utf-8")
    header, _, body = text.partition("\n")
    n = int(header.split()[2])
    rows = body.split("\n")
    return dict(zip(rows[:n], map(int, rows[n : 2 * n]))), raw


class _Tables:
    """The bundled tables, read once per process on first use."""

    _lock = allocate_lock()  # threading's Lock (the module costs start-up time)
    words: dict[str, int]
    pairs: dict[str, int]
    total: int
    pair_total: int
    digest: str

    def __init__(self) -> None:
        self._loaded = False

    def load(self) -> _Tables:
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    self.words, raw_w = _read_table("words.txt.gz")
                    self.pairs, raw_p = _read_table("pairs.txt.gz")
                    self.total = sum(self.words.values())
                    self.pair_total = sum(self.pairs.values())
                    import hashlib

                    self.digest = hashlib.sha256(raw_w + b"\0" + raw_p).hexdigest()
                    self._loaded = True
        return self


_BUNDLED_TABLES = _Tables()
BUNDLED = "makhzan"  # the name a lexicon's base is given by


class Lexicon:
    """Word counts, word-pair counts and protected words; immutable, picklable, hashable.

    ``words`` maps a word to its count, ``pairs`` maps ``(first, second)`` to how often the two
    were seen written apart, next to each other; both are added to the ``base`` tables
    (``"makhzan"``, the bundled ones, or ``None`` for none). ``protected`` words are never
    changed by a word step.

    >>> lex = Lexicon({"فورمحکام": 5000}, protected=["ہیںاور"])
    >>> lex.count("فورمحکام") >= 5000, lex.is_protected("ہیںاور")
    (True, True)
    >>> Lexicon(base=None).count("میں")
    0
    """

    __slots__ = ("_words", "_pairs", "protected", "base", "_memo", "_digest", "_sums", "_tables")

    def __init__(
        self,
        words: Mapping[str, int] | None = None,
        pairs: Mapping[tuple[str, str], int] | None = None,
        protected: Iterable[str] = (),
        *,
        base: str | None = BUNDLED,
    ) -> None:
        if base not in (BUNDLED, None):
            raise ValueError(f"unknown lexicon base {base!r}; choose {BUNDLED!r} or None")
        merged: dict[str, int] = {}
        for w, c in (words or {}).items():
            k = key(w)
            merged[k] = merged.get(k, 0) + int(c)
        pair_counts: dict[str, int] = {}
        for (a, b), c in (pairs or {}).items():
            k = f"{key(a)} {key(b)}"
            pair_counts[k] = pair_counts.get(k, 0) + int(c)
        for name, value in (("_words", merged), ("_pairs", pair_counts), ("base", base)):
            object.__setattr__(self, name, value)
        object.__setattr__(self, "protected", frozenset(map(key, protected)) | frozenset(protected))
        object.__setattr__(self, "_memo", {})
        object.__setattr__(self, "_digest", None)
        object.__setattr__(self, "_sums", (sum(merged.values()), sum(pair_counts.values())))
        object.__setattr__(self, "_tables", None)  # the bundled tables, once loaded

    # --- building ---------------------------------------------------------------------------

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, protect: Iterable[str] = (), base: str | None = BUNDLED) -> Lexicon:
        """Read a lexicon: a JSON object of counts (such as Maḵẖzan's ``wordFrequency.json``), or
        text with one word a line, optionally followed by a tab (or spaces) and its count; a line
        ``first second<TAB>count`` counts a pair written apart (what :mod:`urdu_clean.evidence`
        writes). Lines starting with ``#`` are comments."""
        counts = read_counts(path)
        words = {w: c for w, c in counts.items() if " " not in w}
        pairs = {tuple(w.split(" ", 1)): c for w, c in counts.items() if " " in w}
        return cls(words, pairs, protected=protect, base=base)  # type: ignore[arg-type]

    def replace(self, *, words: Mapping[str, int] | None = None, protected: Iterable[str] = ()) -> Lexicon:
        """A new lexicon with more words and protected words than this one."""
        merged = dict(self._words)
        for w, c in (words or {}).items():
            merged[key(w)] = merged.get(key(w), 0) + int(c)
        pairs = {tuple(k.split(" ")): c for k, c in self._pairs.items()}
        return Lexicon(merged, pairs, self.protected | frozenset(protected), base=self.base)  # type: ignore[arg-type]

    # --- questions --------------------------------------------------------------------------

    def _base(self) -> _Tables | None:
        tables = self._tables
        if tables is None and self.base is not None:
            tables = _BUNDLED_TABLES.load()
            object.__setattr__(self, "_tables", tables)
        return tables

    def count(self, word: str) -> int:
        """How often ``word`` was seen (bundled and user counts added; 0 when unknown)."""
        k = word if word.isalpha() else strip_marks(word)  # marks are not alphabetic: a fast test
        tables = self._tables or self._base()
        return self._words.get(k, 0) + (tables.words.get(k, 0) if tables else 0)

    def pair(self, first: str, second: str) -> int:
        """How often ``first second`` was seen written as two words (0 when unknown)."""
        k = f"{first} {second}" if first.isalpha() and second.isalpha() else f"{strip_marks(first)} {strip_marks(second)}"
        tables = self._tables or self._base()
        return self._pairs.get(k, 0) + (tables.pairs.get(k, 0) if tables else 0)

    @property
    def total(self) -> int:
        """The number of running words the counts come from (at least 1)."""
        tables = self._base()
        return max(1, self._sums[0] + (tables.total if tables else 0))

    @property
    def pair_total(self) -> int:
        """The number of running word pairs the pair counts come from (at least 1)."""
        tables = self._base()
        return max(1, self._sums[1] + (tables.pair_total if tables else 0))

    def frequency(self, word: str) -> float:
        """Relative frequency of ``word`` (0.0 when unknown)."""
        return self.count(word) / self.total

    def is_protected(self, word: str) -> bool:
        """True when a word step must leave ``word`` as it is."""
        return bool(self.protected) and (word in self.protected or key(word) in self.protected)

    def memo(self, name: str) -> dict[Any, Any]:
        """A cache for one step's answers, kept on this lexicon (so keyed on it)."""
        cache = self._memo.get(name)
        if cache is None:
            cache = self._memo.setdefault(name, {})
        return cache

    @property
    def digest(self) -> str:
        """sha256 over the content: the bundled tables' bytes (if any), user counts and protected words."""
        if self._digest is None:
            import hashlib

            h = hashlib.sha256()
            h.update(f"base={self.base}\n".encode())
            if self.base is not None:
                h.update(_BUNDLED_TABLES.load().digest.encode())
            for name, table in (("words", self._words), ("pairs", self._pairs)):
                h.update(f"\n{name}\n".encode())
                for k in sorted(table):
                    h.update(f"{k}\t{table[k]}\n".encode())
            h.update(b"\nprotected\n")
            for w in sorted(self.protected):
                h.update(f"{w}\n".encode())
            object.__setattr__(self, "_digest", h.hexdigest())
        return self._digest  # type: ignore[return-value]

    # --- value semantics --------------------------------------------------------------------

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Lexicon is immutable")

    def __reduce__(self) -> tuple[Any, ...]:
        pairs = {tuple(k.split(" ")): c for k, c in self._pairs.items()}
        return (_rebuild, (self._words, pairs, tuple(sorted(self.protected)), self.base))

    def _identity(self) -> tuple[Any, ...]:
        return (self.base, tuple(sorted(self._words.items())), tuple(sorted(self._pairs.items())), self.protected)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and (self is other or self._identity() == other._identity())

    def __hash__(self) -> int:
        return hash(self._identity())

    def __repr__(self) -> str:
        return (f"Lexicon(base={self.base!r}, words={len(self._words)}, pairs={len(self._pairs)}, "
                f"protected={len(self.protected)})")


def _rebuild(words: dict[str, int], pairs: dict[tuple[str, str], int], protected: tuple[str, ...],
             base: str | None) -> Lexicon:
    if not (words or pairs or protected) and base == BUNDLED:
        return DEFAULT
    return Lexicon(words, pairs, protected, base=base)


def read_counts(path: str | os.PathLike[str]) -> dict[str, int]:
    """Counts from a JSON object or from lines of ``word``, ``word<TAB>count`` (or spaces before
    the count), or ``first second<TAB>count`` (a pair)."""
    with open(path, encoding="utf-8-sig") as f:
        text = f.read()
    if text.lstrip().startswith("{"):
        import json

        data = json.loads(text)
        return {str(w): int(c) for w, c in data.items()}
    counts: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, tab, count = line.partition("\t")
        if not tab:  # "word 120" with spaces: the last field is the count when it is a number
            head, _, last = line.rpartition(" ")
            if head and last.isdigit():
                word, count = head, last
        try:
            counts[word.strip()] = counts.get(word.strip(), 0) + (int(count) if count.strip() else LISTED_WORD_COUNT)
        except ValueError:
            raise ValueError(f"{path}:{number}: expected 'word' or 'word<TAB>count', got {line!r}") from None
    return counts


def read_words(path: str | os.PathLike[str]) -> list[str]:
    """Words from a file with one a line (``#`` starts a comment line)."""
    with open(path, encoding="utf-8-sig") as f:
        lines = f.read().splitlines()
    return [w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#")]


#: The bundled lexicon with nothing added: what every pipeline uses unless told otherwise.
DEFAULT = Lexicon()


def frequency(word: str) -> float:
    """Relative frequency of ``word`` in the bundled tables (0.0 when unknown).

    >>> frequency("میں") > frequency("مےں") == 0.0
    True
    """
    return DEFAULT.frequency(word)
