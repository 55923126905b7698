"""Doctests of an integration whose engine is not installed are left out (the tests skip too)."""

import importlib.util

collect_ignore = [
    f"urdu_clean/integrations/{module}.py"
    for module in ("datatrove", "spacy")
    if importlib.util.find_spec(module) is None
]
