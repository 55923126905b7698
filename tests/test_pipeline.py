import pickle

import pytest

import urdu_clean
from urdu_clean import PRESETS, STEPS, Pipeline, PipelineError, clean

CLEAN_URDU = [
    "پاکستان کا دارالحکومت اسلام آباد ہے۔",
    "کیا آپ نے یہ کتاب پڑھی ہے؟",
    "انہوں نے کہا کہ مسئلۂ کشمیر پر بات چیت جاری رہے گی۔",
    "زکوٰۃ، نماز اور روزہ؛ سب فرض ہیں۔",
    "۱۴۴۵ھ میں ۳٫۵ فیصد اضافہ ہوا۔",
    "بےقصور لوگوں کو رہا کیا جائے۔",
    "وہ بھائی اُن کے گھر گئے اور کھانا کھایا۔",
]


def test_done_when_example():
    assert clean("ﻻﮨﻮﺭ ﻣﯿﮟ ﻛﻴﺎ ﮨﮯ؟") == "لاہور میں کیا ہے؟"


@pytest.mark.parametrize("text", CLEAN_URDU)
@pytest.mark.parametrize("preset", ["default"])
def test_clean_urdu_unchanged(text, preset):
    assert clean(text, preset=preset) == text


def test_search_preset_strips_marks_and_uses_ascii_digits():
    assert clean("مُحَمَّد نے ۲۰۲۴ میں", preset="search") == "محمد نے 2024 میں"


def test_none_preset_changes_nothing():
    assert clean("ﻻ  \u200b", preset="none") == "ﻻ  \u200b"


def test_options_reach_their_step():
    assert clean("٢٠٢٤", digits="ascii") == "2024"
    assert clean("مُحَمَّد", diacritics="strip") == "محمد"


def test_bad_names_are_reported():
    with pytest.raises(PipelineError, match="unknown preset 'webby'"):
        clean("x", preset="webby")
    with pytest.raises(PipelineError, match="unknown step"):
        Pipeline(["nope"])
    with pytest.raises(PipelineError, match="unify"):
        clean("x", digits="roman")
    with pytest.raises(PipelineError, match="only the digits step"):
        Pipeline(["letters"], digits="ascii")


def test_only_and_skip():
    p = Pipeline.from_preset("default", only=["whitespace", "letters"])
    assert p.steps == ("letters", "whitespace")  # the preset's order, not the caller's
    assert "letters" not in Pipeline.from_preset("default", skip=["letters"]).steps
    # options of a skipped step are dropped from the preset, not an error
    assert Pipeline.from_preset("search", skip=["digits"]).options == {"diacritics": "strip", "foreign": "normalize"}


def test_pipeline_is_immutable_picklable_and_comparable():
    p = Pipeline.from_preset("search")
    q = pickle.loads(pickle.dumps(p))
    assert q == p and hash(q) == hash(p)
    assert q("مُحَمَّد ۱") == p("مُحَمَّد ۱") == "محمد 1"
    with pytest.raises(AttributeError):
        p.steps = ()  # type: ignore[misc]
    with pytest.raises(TypeError):
        p.options["digits"] = "unify"  # type: ignore[index]


def test_rejects_bytes_with_a_clear_message():
    with pytest.raises(TypeError, match="decode bytes first"):
        clean(b"abc")  # type: ignore[arg-type]


def test_explain_reports_changes_per_step_with_places():
    e = Pipeline.from_preset("default").explain("پہلی سطر\nﻻﮨﻮﺭ  مےں")
    assert e.text == clean("پہلی سطر\nﻻﮨﻮﺭ  مےں")
    by_step = {r.step: r for r in e.reports}
    assert by_step["unicode"].count == 1
    assert by_step["unicode"].examples[0].line == 2
    assert by_step["letters"].count == 1
    assert by_step["whitespace"].count == 1
    assert by_step["digits"].count == 0
    assert "letters: 1 change" in str(e)


def test_explain_agrees_with_calling_on_any_text():
    p = Pipeline.from_preset("search")
    for text in CLEAN_URDU + ["ﻻﮨﻮﺭ ﻣﯿﮟ ﻛﻴﺎ ﮨﮯ؟", "a  b\u200b", ""]:
        assert p.explain(text).text == p(text)


def test_presets_name_registered_steps_only():
    for preset in PRESETS.values():
        assert set(preset.steps) <= set(STEPS)


def test_import_is_light():
    import subprocess
    import sys

    code = "import sys, urdu_clean; print(' '.join(m for m in ('wordfreq', 'ftfy', 'click') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""
    assert urdu_clean.__version__
