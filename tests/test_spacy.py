"""The urdu_sentencizer component for spacy.blank("ur"): sentence starts from segment()."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is not installed: pip install -e '.[test]'")

from urdu_clean import clean, segment  # noqa: E402
from urdu_clean.integrations.spacy import UrduSentencizer  # noqa: E402

PARAGRAPHS = [
    "آج صبح شہر میں ہلکی بارش ہوئی۔ لوگ گھروں سے نکلے؟ بچے اسکول گئے!",
    "یہ پہلا ہے۔دوسرا یہ ہے؟ “کیا؟” اس نے پوچھا۔",
    "ڈاکٹر ایس۔ ایم۔ خان نے ۳٫۵ فیصد کہا۔\n\n۱۔ پہلا نکتہ\n۲۔ دوسرا نکتہ",
    "\n  وزیر اعظم نے کہا کہ ملک ترقی کرے گا۔ Dr. Smith agreed. ٹھیک ہے۔  ",
    "",
]


def starts(doc) -> list[int]:
    """Where each sentence's first non-space character stands."""
    return [s.start_char + len(s.text) - len(s.text.lstrip()) for s in doc.sents]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ur")
    nlp.add_pipe("urdu_sentencizer")
    return nlp


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_sentence_starts_are_segments(nlp, text):
    doc = nlp(text)
    assert doc.text == text
    assert doc.has_annotation("SENT_START") or not text
    expected = segment(text)
    assert starts(doc) == [s.start for s in expected]
    assert [s.text.strip() for s in doc.sents] == [s.text for s in expected]


def test_glued_mark_splits_the_token(nlp):
    doc = nlp("ہے۔دوسرا")
    assert [t.text for t in doc] == ["ہے۔", "دوسرا"]
    assert [t.is_sent_start for t in doc] == [True, True]


def test_cleaned_text_then_sentences(nlp):
    doc = nlp(clean("ﻻﮨﻮﺭ ﻣﯿﮟ ﻛﻴﺎ ﮨﮯ ؟وہ  آیا"))
    assert [s.text for s in doc.sents] == ["لاہور میں کیا ہے؟", "وہ آیا"]


def test_wrapped_option_reaches_the_component():
    nlp = spacy.blank("ur")
    nlp.add_pipe("urdu_sentencizer", config={"wrapped": True})
    text = "یہ ایک لمبا\nجملہ ہے۔"
    assert len(list(nlp(text).sents)) == 1
    assert [s.text for s in segment(text, wrapped=True)] == [text]


def test_saved_pipeline_loads_and_pickles(nlp, tmp_path):
    nlp.to_disk(tmp_path / "ur")
    loaded = spacy.load(tmp_path / "ur")
    assert loaded.pipe_names == ["urdu_sentencizer"]
    text = PARAGRAPHS[0]
    assert starts(loaded(text)) == starts(pickle.loads(pickle.dumps(nlp))(text)) == [s.start for s in segment(text)]
    assert isinstance(loaded.get_pipe("urdu_sentencizer"), UrduSentencizer)


def test_registered_by_entry_point_without_import():
    code = ("import spacy, sys; nlp = spacy.blank('ur'); nlp.add_pipe('urdu_sentencizer');"
            "print(len(list(nlp('ہاں۔ نہیں').sents)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "2"
