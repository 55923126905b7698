"""urdu_clean: clean and normalise Urdu text.

>>> from urdu_clean import clean
>>> clean("ﻻﮨﻮﺭ ﻣﯿﮟ ﻛﻴﺎ ﮨﮯ؟") == "لاہور میں کیا ہے؟"
True

The public API is what this module names in ``__all__``; everything else may change. The names
are imported when first asked for (``import urdu_clean`` alone loads no step and no pattern).
"""

from __future__ import annotations

import importlib
import sys
import types

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start-up

__version__ = "0.1.0"

#: Where each public name lives, for the imports made at first use (PEP 562).
_HOMES = {
    "Config": ".config",
    "Lexicon": ".lexicon",
    "PRESETS": ".pipeline",
    "Explanation": ".pipeline",
    "Pipeline": ".pipeline",
    "PipelineError": ".pipeline",
    "Preset": ".pipeline",
    "clean": ".pipeline",
    "Sentence": ".segment",
    "segment": ".segment",
    "sentences": ".segment",
    "SegmentRules": ".segment_rules",
    "STEPS": ".steps",
    "Step": ".steps",
    "clean_file": ".files",
    "clean_stream": ".files",
    "find_files": ".files",
}

__all__ = [
    "PRESETS",
    "STEPS",
    "Config",
    "Explanation",
    "Lexicon",
    "Pipeline",
    "PipelineError",
    "Preset",
    "SegmentRules",
    "Sentence",
    "Step",
    "__version__",
    "clean",
    "clean_file",
    "clean_stream",
    "find_files",
    "segment",
    "sentences",
]

if TYPE_CHECKING:
    from .config import Config
    from .lexicon import Lexicon
    from .pipeline import PRESETS, Explanation, Pipeline, PipelineError, Preset, clean
    from .segment import Sentence, segment, sentences
    from .segment_rules import SegmentRules
    from .files import clean_file, clean_stream, find_files
    from .steps import STEPS, Step


def __getattr__(name: str):  # any public object
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'urdu_clean' has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


class _Package(types.ModuleType):
    """The package keeps its public names when a submodule of the same name is imported: the
    import system sets ``urdu_clean.segment`` to the module, and the function stays."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _HOMES and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
