"""The steps, and the one registry that names them.

A step is a pure ``str -> str`` function with keyword-only options. Every step is idempotent
(``f(f(x)) == f(x)``), decides line by line and never moves text across a ``\\n`` (``boilerplate``,
which drops whole lines, is the one exception and says so). To add a step, write its module here
and add one line to ``STEPS`` below.
"""

from __future__ import annotations

from collections import namedtuple
from types import MappingProxyType

from .boilerplate import boilerplate
from .diacritics import MODES as DIACRITICS_MODES
from .diacritics import diacritics
from .digits import MODES as DIGITS_MODES
from .digits import digits
from .invisibles import invisibles
from .invisibles import quiet_chars as invisibles_quiet
from ..language import FOREIGN_MODES
from .broken import SOURCES, join_broken, join_broken_notes
from .glued import GLUE, split_glued, split_glued_notes
from .letters import letters, letters_notes
from .lost import lost_letters, lost_letters_notes
from .mojibake import mojibake
from .mojibake import quiet_chars as mojibake_quiet
from .punctuation import QUOTE_STYLES, punctuation, punctuation_notes
from .scripts import script_spacing
from .unicode import quiet_chars as unicode_quiet
from .unicode import unicode
from .whitespace import whitespace


class Step(namedtuple("Step", "name func summary options keeps_lines notes takes_config quiet anticipates",
                      defaults=(MappingProxyType({}), True, None, False, None, None))):
    """A registered step (immutable):

    - ``name``, ``func`` (the ``str -> str`` function) and ``summary`` (one line);
    - ``options``: a mapping of each keyword-only option of ``func`` to its allowed values, the
      default first;
    - ``keeps_lines``: whether the step keeps every line (``boilerplate`` drops some);
    - ``notes``: ``notes(text, line_base=0) -> list[str]``, what the step saw but would not
      repair, or None;
    - ``takes_config``: whether the step (and its notes) take ``config=``, the pipeline's
      :class:`~urdu_clean.config.Config`;
    - ``quiet``: ``quiet() -> str``, the characters (a regex class's body) without which the step
      leaves a line as it is, whatever its options; or None. A pipeline scans once for the union
      of a run of such steps and gives them only the lines that hold one;
    - ``anticipates``: the name of a step whose work this one weighs when that step runs after it
      in a pipeline (which then gives it ``ahead=True``, and its notes too); or None.
    """

    __slots__ = ()


STEPS: dict[str, Step] = {
    step.name: step
    for step in (
        Step("mojibake", mojibake, "UTF-8 read as latin-1, windows-1252 or windows-1256, decoded again",
             quiet=mojibake_quiet),
        Step("unicode", unicode, "NFC on Arabic script; Arabic presentation forms and lam-alef ligatures to letters",
             {"ligatures": ("keep", "expand")}, quiet=unicode_quiet),
        Step("invisibles", invisibles, "remove zero-width and bidi characters and tatweel; plain spaces",
             {"bidi": ("remove", "keep"), "foreign": FOREIGN_MODES}, quiet=invisibles_quiet),
        Step("letters", letters, "Arabic letters to Urdu ones: ي ى → ی, ك → ک, ه → ہ/ھ, ة → ۃ, ۓ → ئے, مےں → میں",
             {"foreign": FOREIGN_MODES, "source": SOURCES}, notes=letters_notes, takes_config=True),
        Step("lost-letters", lost_letters, "a ? or U+FFFD inside an Urdu word: the lost letter put back (ا?غاز → آغاز)",
             {"source": SOURCES}, notes=lost_letters_notes, takes_config=True),
        Step("script-spacing", script_spacing, "a space between Urdu letters and glued digits or Latin: دسمبر2018ء"),
        Step("diacritics", diacritics, "doubled vowel marks once; or strip them for search",
             {"diacritics": DIACRITICS_MODES, "foreign": FOREIGN_MODES}),
        Step("digits", digits, "Arabic-Indic digits to Urdu ones; or all to Urdu or ASCII",
             {"digits": DIGITS_MODES, "foreign": FOREIGN_MODES}),
        Step("punctuation", punctuation, "Urdu marks for Latin ones in Urdu; doubled marks once; spacing",
             {"quotes": QUOTE_STYLES, "foreign": FOREIGN_MODES, "source": SOURCES, "glue": GLUE},
             notes=punctuation_notes, takes_config=True, anticipates="split-glued"),
        Step("split-glued", split_glued, "a space between glued words: فورمحکام → فورم حکام, کےلیے → کے لیے",
             {"foreign": FOREIGN_MODES, "source": SOURCES, "glue": GLUE}, notes=split_glued_notes, takes_config=True),
        Step("join-broken", join_broken, "merge a word broken by a space: ہسپتا ل → ہسپتال",
             {"foreign": FOREIGN_MODES, "source": SOURCES, "glue": GLUE}, notes=join_broken_notes, takes_config=True),
        Step("boilerplate", boilerplate, "drop page-chrome lines (share prompts, bylines, comment forms)",
             keeps_lines=False),
        Step("whitespace", whitespace, "collapse runs of spaces; strip spaces at line ends"),
    )
}
