"""urdu_clean: clean and normalise Urdu text.

>>> from urdu_clean import clean
>>> clean("ﻻﮨﻮﺭ ﻣﯿﮟ ﻛﻴﺎ ﮨﮯ؟") == "لاہور میں کیا ہے؟"
True

The public API is what this module names in ``__all__``; everything else may change.
"""

from .config import Config
from .lexicon import Lexicon
from .pipeline import PRESETS, Explanation, Pipeline, PipelineError, Preset, clean
from .segment import Sentence, segment, sentences
from .segment_rules import SegmentRules
from .steps import STEPS, Step

__version__ = "0.1.0"

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
    "segment",
    "sentences",
]
