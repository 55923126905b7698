"""Corpus evidence: count a corpus into a lexicon file, then let the word steps use it."""

from __future__ import annotations

import subprocess
import sys

from urdu_clean import Lexicon, Pipeline
from urdu_clean.evidence import count_corpus, write_counts


def test_counts_see_the_text_as_the_word_steps_will(tmp_path):
    words, pairs = count_corpus(["یہ كتاب ہے", "یہ کتاب ہے"])
    assert words["کتاب"] == 2 and pairs[("یہ", "کتاب")] == 2  # ك counted as the ک letters makes of it


def test_a_corpus_that_writes_a_word_whole_keeps_it_whole(tmp_path):
    # a name the bundled counts would cut (رامچندر → رام چندر) is kept when the corpus writes it whole
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("رامچندر نے کہا۔\n" * 40, encoding="utf-8")
    counts = tmp_path / "counts.tsv"
    done = subprocess.run([sys.executable, "-m", "urdu_clean.evidence", str(corpus), "-o", str(counts)],
                          capture_output=True, text=True, check=True)
    assert "rows" in done.stdout
    lexicon = Lexicon.from_file(counts)
    assert lexicon.count("رامچندر") >= 40 and lexicon.pair("نے", "کہا") >= 40
    text = "رامچندر نے کہا"
    assert Pipeline.from_preset("default", lexicon=lexicon)(text) == text


def test_write_counts_round_trips(tmp_path):
    words, pairs = count_corpus(["ہیں اور وہ", "ہیں اور"])
    path = tmp_path / "c.tsv"
    assert write_counts(path, words, pairs) == len(words) + len(pairs)
    lexicon = Lexicon.from_file(path, base=None)
    assert lexicon.count("ہیں") == 2 and lexicon.pair("ہیں", "اور") == 2
