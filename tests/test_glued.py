"""split-glued: the splits it makes, the ones it refuses, and its data reaching every process."""

from __future__ import annotations

import multiprocessing
import pickle
import subprocess
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from strategies import glued_text, line, mixed_text

from urdu_clean import Pipeline, clean
from urdu_clean.config import Config
from urdu_clean.lexicon import DEFAULT, Lexicon
from urdu_clean.steps.glued import segment_word, split_glued, split_glued_notes
from urdu_clean.steps.letters import letters
from urdu_clean.words import replace_tokens, token_pieces


@pytest.mark.parametrize(
    "glued, split",
    [
        ("کےلیے", "کے لیے"),  # ے-final postposition glued to the next
        ("کےمطابق", "کے مطابق"),
        ("ہےکہ", "ہے کہ"),
        ("نےاس", "نے اس"),
        ("ہیںاور", "ہیں اور"),  # ں inside a word
        ("انہوںنے", "انہوں نے"),
        ("کیبات", "کی بات"),  # visible: ی joins the ب after it
        ("سپریمکورٹ", "سپریم کورٹ"),
        ("فورمحکام", "فورم حکام"),  # a pair never seen, but two common long words
        ("(کےلیے)،", "(کے لیے)،"),  # punctuation against the word stays where it was
        ("مےںگجرات", "میں گجرات"),  # a part with bari ye inside, read as letters reads it alone
    ],
)
def test_splits(glued, split):
    assert split_glued(glued) == split


@pytest.mark.parametrize(
    "word",
    [
        "بےقصور", "بےشمار", "بےچارہ",  # the prefix بے
        "کمزور", "پاکستان", "وزیراعظم", "نظرانداز",  # words and compounds written as one
        "اسکول", "اسکیم", "اسکام", "اسٹیشن",  # English s- loanwords: اس is not the pronoun here
        "ناراضگیوں", "کتابیں", "لڑکیوں", "حکومتوں",  # a suffix never stands alone
        "ہوگا", "جائےگا", "جائےگی", "کردیا", "رکھدیا",  # conventions: future endings, light verbs
        "عبدالرحمن", "محمدعلی",  # names
        "کےو",  # never a single letter as a word
    ],
)
def test_refuses(word):
    assert split_glued(word) == word


@pytest.mark.parametrize(
    "word, source",
    [
        ("ساتھیان", "typed"), ("ساتھیان", "ocr"),  # Persian plural of ساتھی, not ساتھی ان
        ("ابھیان", "typed"),  # a word in its own right, not ابھی ان
        ("ڈرائیورس", "ocr"),  # English plural of ڈرائیور, not ڈرائیو رس
        ("لڑاکے", "ocr"),  # oblique of لڑاکا, not لڑا کے
        ("العزیزیہ", "ocr"),  # adjective of العزیز, not العزیز یہ
    ],
)
def test_an_inflected_form_of_a_known_word_is_not_split(word, source):
    assert split_glued(word, source=source) == word


@pytest.mark.parametrize(
    "glued, split",
    [
        ("میںان", "میں ان"),  # a stem ending in ں ends a word: the ending is the next word
        ("کیان", "کی ان"),  # closed-class words take no plural ending
    ],
)
def test_an_ending_after_a_word_that_cannot_take_it_is_still_split(glued, split):
    assert split_glued(glued) == split


def test_the_article_is_never_a_word_of_its_own():
    lex = Lexicon({"ال": 10_000, "اصفہانی": 10_000}, base=None)
    assert segment_word("الاصفہانی", lex, source="ocr")[0] == ["الاصفہانی"]
    assert segment_word("اصفہانیاصفہانی", lex, source="ocr")[0] == ["اصفہانی", "اصفہانی"]  # (the lexicon splits)


@pytest.mark.parametrize(
    "text",
    [
        "https://example.com/فورمحکام", "@کےلیے", "#کےلیے", "۲۰کےلیے", "کےلیے2", "abcکےلیے",
        "کے\u200cلیے", "کے_لیے", "فورم-حکام",
    ],
)
def test_tokens_with_digits_latin_or_inner_punctuation_are_left(text):
    assert split_glued(text) == text


def test_protected_words_are_never_split():
    p = Pipeline(["split-glued"], protect=["کےلیے"])
    assert p("سب کےلیے فورمحکام") == "سب کےلیے فورم حکام"


@pytest.mark.parametrize("preset", ["default", "search", "ocr"])
def test_protected_words_keep_their_letters(preset):
    # a name in its Arabic spelling, listed to stay as written: letters made علی of it
    p = Pipeline.from_preset(preset, protect=["علي", "مےں"])
    assert p("میرا نام علي ہے، (علي) اور مےں") == "میرا نام علي ہے، (علي) اور مےں"
    assert p("علوي علي") == "علوی علي"  # (an unlisted word beside it is repaired)
    # as is_protected reads words (marks aside), whatever stands around them, and never cutting
    # an address open (the stretch of a URL after a protected word was cleaned as text)
    marked = "نام عَلي ہے، **علي** اور علي… علي-"
    assert p(marked) == (marked.replace("\u064e", "") if preset == "search" else marked)  # (search strips marks)
    assert p("كيا دیکھیں https://x.pk/(علي)/كتاب") == "کیا دیکھیں https://x.pk/(علي)/كتاب"


def test_done_when_examples_through_the_cli():
    for dirty, expected in [
        ("دی ایسٹرن اکنامک فورمحکام کے مطابق", "دی ایسٹرن اکنامک فورم حکام کے مطابق"),
        ("انہوںنے کہا کہ یہ قانون سب کےلیے ہے", "انہوں نے کہا کہ یہ قانون سب کے لیے ہے"),
    ]:
        out = subprocess.run([sys.executable, "-m", "urdu_clean"], input=(dirty + "\n").encode(),
                             capture_output=True, check=True)
        assert out.stdout.decode() == expected + "\n"


def test_cli_lexicon_and_protect(tmp_path):
    counts, protect, as_json = tmp_path / "words.tsv", tmp_path / "protect.txt", tmp_path / "words.json"
    counts.write_text("# my corpus\nفورمحکام\t100000\n", encoding="utf-8")
    protect.write_text("کےلیے\n", encoding="utf-8")
    as_json.write_text('{"فورمحکام": 100000}', encoding="utf-8")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "urdu_clean", *args], input="فورمحکام کےلیے\n".encode(),
                              capture_output=True)

    assert run().stdout.decode() == "فورم حکام کے لیے\n"
    assert run("--lexicon", str(counts)).stdout.decode() == "فورمحکام کے لیے\n"
    assert run("--lexicon", str(as_json)).stdout.decode() == "فورمحکام کے لیے\n"
    assert run("--protect", str(protect)).stdout.decode() == "فورم حکام کےلیے\n"
    bad = tmp_path / "bad.txt"
    bad.write_text("کتاب\tmany\n", encoding="utf-8")
    failed = run("--lexicon", str(bad))
    assert failed.returncode == 2 and b"--lexicon" in failed.stderr


def test_explain_shows_each_split_with_its_evidence():
    e = Pipeline.from_preset("default").explain("سب کےلیے\nیہ فورمحکام ہے")
    report = next(r for r in e.reports if r.step == "split-glued")
    assert report.count == 2
    assert any("'کےلیے' → 'کے لیے'" in n and "as a pair" in n and n.startswith("line 1:") for n in report.notes)
    assert any("'فورمحکام' → 'فورم حکام'" in n and n.startswith("line 2:") for n in report.notes)
    assert split_glued_notes("یہ فورمحکام", line_base=10)[0].startswith("line 11:")


def test_evidence_counts_decide():
    parts, made, likelier = segment_word("کےلیے", DEFAULT)
    assert parts == ["کے", "لیے"] and made[0].pair > 1000 and likelier > 2
    # the same glued form, seen often as written in the user's corpus, is a word
    assert segment_word("کےلیے", Lexicon({"کےلیے": 10**7}))[0] == ["کےلیے"]


def test_caches_are_kept_per_lexicon():
    frequent = Lexicon({"فورمحکام": 10**6})
    for _ in range(2):  # the second round reads the caches
        assert split_glued("فورمحکام") == "فورم حکام"
        assert split_glued("فورمحکام", config=Config(lexicon=frequent)) == "فورمحکام"


def test_letters_asks_the_configured_lexicon():
    assert letters("مجه") == "مجھ"
    # a lexicon that knows only the other reading makes letters choose it
    only_heh = Config(lexicon=Lexicon({"مجہ": 1000}, base=None))
    assert letters("مجه", config=only_heh) == "مجہ"


def test_import_pays_nothing_for_the_tables():
    code = ("import urdu_clean, urdu_clean.lexicon as l; urdu_clean.clean('hello world, no urdu');"
            "print(l._BUNDLED_TABLES._loaded)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- configuration: pickling, workers, fingerprints ------------------------------------------

def _clean_all(pipeline: Pipeline, texts: list[str]) -> list[str]:
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        return pool.map(pipeline, texts)


def test_user_lexicon_reaches_a_spawned_worker():
    texts = ["یہ فورمحکام ہے", "سب کےلیے"]
    plain = Pipeline.from_preset("default")
    mine = Pipeline.from_preset("default", lexicon=Lexicon({"فورمحکام": 10**6}), protect=["کےلیے"])
    assert _clean_all(plain, texts) == ["یہ فورم حکام ہے", "سب کے لیے"]
    assert _clean_all(mine, texts) == texts


def test_pickle_keeps_the_lexicon_and_sends_no_tables():
    mine = Pipeline.from_preset("default", lexicon=Lexicon({"فورمحکام": 10**6}))
    data = pickle.dumps(mine)
    assert len(data) < 2000  # the user's words, not the bundled tables
    back = pickle.loads(data)
    assert back == mine and back.fingerprint == mine.fingerprint
    assert back("فورمحکام") == "فورمحکام"
    assert pickle.loads(pickle.dumps(Pipeline())).config.lexicon is DEFAULT


def test_fingerprint_is_stable_across_processes_and_tells_configs_apart():
    code = ("from urdu_clean import Pipeline; from urdu_clean.lexicon import Lexicon;"
            "print(Pipeline.from_preset('default').fingerprint);"
            "print(Pipeline.from_preset('default', lexicon=Lexicon({'فورمحکام': 5})).fingerprint)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONHASHSEED": "123", "PATH": ""}).stdout.split()
    here = [Pipeline.from_preset("default").fingerprint,
            Pipeline.from_preset("default", lexicon=Lexicon({"فورمحکام": 5})).fingerprint]
    assert out == here
    assert len(set(here)) == 2
    assert Pipeline.from_preset("search").fingerprint != here[0]
    assert Pipeline.from_preset("default", protect=["کتاب"]).fingerprint != here[0]
    assert Pipeline.from_preset("default", skip=["split-glued"]).fingerprint != here[0]


def test_version_in_the_fingerprint_is_the_package_version():
    import urdu_clean
    from urdu_clean import config

    assert config.VERSION == urdu_clean.__version__


def test_lexicon_files(tmp_path):
    listed = tmp_path / "list.txt"
    listed.write_text("\ufeffکتاب\nقلم\t7\n\n# comment\n", encoding="utf-8")
    lex = Lexicon.from_file(listed, base=None)
    assert lex.count("کتاب") == 1000 and lex.count("قلم") == 7 and lex.count("میز") == 0
    as_json = tmp_path / "counts.json"
    as_json.write_text('{"آپ": 3}', encoding="utf-8")  # ا + madda: stored composed
    assert Lexicon.from_file(as_json, base=None).count("آپ") == 3


# --- properties --------------------------------------------------------------------------------

def _letters_of(text):
    # what split-glued may change: spaces, and a bari ye inside a part it read as ی (مےں → میں)
    return text.replace(" ", "").replace("ی", "ے")


@given(text=mixed_text)
def test_only_spaces_are_added(text):
    out = split_glued(text)
    assert _letters_of(out) == _letters_of(text)
    assert len(out) >= len(text)


@given(a=line, b=line)
def test_a_user_lexicon_keeps_the_properties(a, b):
    p = Pipeline.from_preset("default", lexicon=Lexicon({"فورمحکام": 10**6}), protect=["کےلیے"])
    once = p(a + "\n" + b)
    assert p(once) == once and once == p(a) + "\n" + p(b)


def test_clean_still_takes_options_alone():
    assert clean("فورمحکام", preset="search") == "فورم حکام"


@pytest.mark.parametrize("preset", ["default", "search", "web"])
@given(text=glued_text)
def test_presets_keep_their_properties_on_glued_words(preset, text):
    p = Pipeline.from_preset(preset)
    once = p(text)
    assert p(once) == once
    assert once.count("\n") == text.count("\n") or preset == "web"


@given(text=glued_text)
def test_the_step_alone_is_idempotent_on_glued_words(text):
    once = split_glued(text)
    assert split_glued(once) == once
    assert _letters_of(once) == _letters_of(text)



@given(text=st.one_of(mixed_text, glued_text), size=st.integers(0, 40), data=st.data())
@example(text="ab cd\nab\n\nx ab", size=1, data=None)
def test_changed_tokens_found_piece_by_piece_are_those_found_in_the_whole_text(text, size, data):
    import urdu_clean.words as words

    pieces = token_pieces(text, size)
    # the pieces tile the text, end after a line end (or at the text's end), and hold its tokens
    assert [a for a, _, _ in pieces] == ([0] + [b for _, b, _ in pieces[:-1]] if text else [])
    assert pieces == [] or pieces[-1][1] == len(text)
    assert all(b == len(text) or text[b - 1] == "\n" for _, b, _ in pieces)
    assert [w for _, _, words in pieces for w in words] == text.split()
    tokens = sorted(set(text.split()))
    chosen = data.draw(st.sets(st.sampled_from(tokens))) if data is not None and tokens else set(tokens)
    changes = {t: f"<{t[::-1]}>" for t in chosen} | {"ab": "AB", "b": "B"}  # "b" is inside tokens, not one
    redo = lambda old, new: f"[{new}]"  # noqa: E731
    saved = words.MANY_CHANGES
    try:
        words.MANY_CHANGES = 0
        assert replace_tokens(text, changes, pieces=pieces) == replace_tokens(text, changes)
        assert replace_tokens(text, changes, redo, pieces) == replace_tokens(text, changes, redo)
    finally:
        words.MANY_CHANGES = saved


@given(text=glued_text)
def test_split_glued_is_the_same_when_it_looks_for_its_changes_piece_by_piece(text):
    import urdu_clean.words as words

    whole = split_glued(text)
    saved = words.PIECE, words.MANY_CHANGES
    try:
        words.PIECE, words.MANY_CHANGES = 1, 0
        assert split_glued(text) == whole
    finally:
        words.PIECE, words.MANY_CHANGES = saved



@pytest.mark.parametrize(
    "glued, split, source",
    [
        ("لیکنیہ", "لیکن یہ", "typed"),  # conjunctions and the like take no ending
        ("جبکہان", "جبکہ ان", "typed"),
        ("تمامان", "تمام ان", "typed"),
        ("شایدیہ", "شاید یہ", "ocr"),  # a glued form the counts hold (4 times) is no unknown inflection
        ("متاثرہیں", "متاثر ہیں", "ocr"),  # یں is no ending of a stem in ہ
    ],
)
def test_words_that_take_no_ending_are_still_split_before_one(glued, split, source):
    assert split_glued(glued, source=source) == split
