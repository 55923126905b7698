"""Arabic and Persian passages are left alone; Urdu on Arabic and Persian keyboards is repaired."""

import subprocess
import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from strategies import line

from urdu_clean import Pipeline, PipelineError, clean
from urdu_clean.language import classify, foreign_spans
from urdu_clean.steps.diacritics import diacritics
from urdu_clean.steps.digits import digits
from urdu_clean.steps.letters import letters
from urdu_clean.steps.punctuation import punctuation

VERSE = "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾"


def _kept(line):
    return [line[s:e] for s, e, _ in foreign_spans(line)]


def test_done_when_example_through_the_cli():
    out = subprocess.run(
        [sys.executable, "-m", "urdu_clean"], input=f"انہوں نے كہا: {VERSE}\n".encode(), capture_output=True, check=True
    ).stdout.decode()
    assert out == f"انہوں نے کہا: {VERSE}\n"


@pytest.mark.parametrize(
    "line, passage, language",
    [
        (f"انہوں نے كہا: {VERSE}", VERSE, "ar"),  # ﴿﴾, vowel marks, the article, إن
        ("اس نے لکھا ذهب الطالب إلى المكتبة اور چلا گیا", "ذهب الطالب إلى المكتبة", "ar"),  # إلى, article
        ("حدیث ہے: إنما الأعمال بالنيات۔", "إنما الأعمال بالنيات۔", "ar"),  # hamza on alef
        ("قرآن میں ہے: قُلْ هُوَ اللَّهُ أَحَدٌ", "قُلْ هُوَ اللَّهُ أَحَدٌ", "ar"),  # dammatan (tanween)
        ("یہ شعر ہے: بشنو این نی چون شکایت می\u200cکند", "بشنو این نی چون شکایت می\u200cکند", "fa"),  # می\u200c + ZWNJ
        ("انہوں نے کہا این خانه در تهران است.", "این خانه در تهران است.", "fa"),  # است, این, در
        ("ہم نے پڑھا: از جدایی\u200cها حکایت می\u200cکند", "از جدایی\u200cها حکایت می\u200cکند", "fa"),  # \u200cها, می\u200c
    ],
)
def test_each_cue_makes_a_span(line, passage, language):
    spans = foreign_spans(line)
    assert [(line[s:e], lang) for s, e, lang in spans] == [(passage, language)]
    assert clean(line).endswith(passage) or passage in clean(line)


@pytest.mark.parametrize(
    "urdu",
    [
        "اس نے كها كه وه كتاب ميں نے خريدي تهي",  # Urdu on an Arabic keyboard
        "وه يه كام كرتا هے اور اس كو پسند هے۔",
        "وه کتاب جو میں نے خریدی تهی بہت اچهی هے.",  # Persian keyboard: ه for ہ and ھ
        "فهرست هذا میں ان کا نام نہیں ہے",  # هذا, which Urdu writes too
        "السلام عليكم، ان شاء الله ہم كل آئيں گے",  # Urdu's own Arabic phrases
        "صلي الله عليه وسلم",
        "في الحال وه گهر پر هے",
        "بدترين متاثره رياست الاباما هے۔",  # one Arabic-looking name does not take its neighbours
    ],
)
def test_urdu_on_foreign_keyboards_is_repaired(urdu):
    assert not any(len(p.split()) > 1 for p in _kept(urdu)), _kept(urdu)
    assert clean(urdu) == clean(urdu, foreign="normalize")


def test_one_word_that_only_looks_arabic_is_a_word_not_a_passage():
    # a name with the article (no function word, no inflection): its neighbours stay Urdu's
    line = "يه باب العزيزيه كمپانڈ هے"
    assert _kept(line) == ["العزيزيه"]
    assert letters(line) == "یہ باب العزيزيه کمپانڈ ہے"
    # a function word is grammar: the whole run is the passage
    assert _kept("شعر یہ ہے: کتاب\u200cخانه\u200cی شهر امروز باز است") == ["کتاب\u200cخانه\u200cی شهر امروز باز است"]


def test_urdu_words_and_letters():
    assert classify("كے")[0] and classify("ميں")[0] and classify("كا")[0] and classify("تها")[0]
    assert classify("كه")[0]  # Persian never writes که with an Arabic kaf
    assert not classify("که")[0]  # ... but this spelling is Persian's too
    assert classify("چكا")[0]  # an Urdu letter and an Arabic keyboard's: no language spells it so
    assert classify("المکتبہ") == (True, 0, 0)  # gol he
    assert classify("الله") == (False, 0, 0)  # Urdu knows it: no evidence
    assert classify("إلى") == (False, 2, 0) and classify("في") == (False, 1, 0)
    assert classify("است") == (False, 0, 2) and classify("از") == (False, 0, 1)
    assert classify("اين") == (False, 0, 0)  # not Persian's spelling (Arabic yeh)


def test_shared_phrases_are_decided_by_their_spelling():
    assert letters("إن شاء الله") == "إن شاء الله"  # إن, an Arabic function word: a passage
    assert letters("ان شاء الله") == "ان شاء اللہ"  # Urdu's spelling: repaired
    assert letters("إِنْ شَاءَ اللَّهُ") == "إِنْ شَاءَ اللَّهُ"  # vocalised: a passage


def test_steps_leave_the_passage_and_repair_the_rest():
    line = "اس نے كہا: هذا من فضل ربي. پھر وہ گيا."
    assert letters(line) == "اس نے کہا: هذا من فضل ربي. پھر وہ گیا."
    assert punctuation(line) == "اس نے كہا: هذا من فضل ربي. پھر وہ گيا۔"
    assert diacritics(f"اُس نے کہا {VERSE}", diacritics="strip") == f"اس نے کہا {VERSE}"
    assert digits("آیت ٥: ﴿قُلْ هُوَ اللَّهُ أَحَدٌ ١﴾ صفحہ ٢") == "آیت ۵: ﴿قُلْ هُوَ اللَّهُ أَحَدٌ ١﴾ صفحہ ۲"
    assert digits("﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا ٦﴾ صفحہ ١", digits="ascii") == "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا ٦﴾ صفحہ 1"


@pytest.mark.parametrize("line", [
    "وقع الحادث في عام ١٩٩٠.",  # a date ending the sentence
    "ٱلْحَمْدُ لِلَّهِ رَبِّ ٱلْعَٰلَمِينَ ۝٢",  # a verse and its number
    "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾ ﴿٦﴾",
    "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا ٦﴾ ١",
    "قرآن میں ہے: ﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾ (الشرح: ٦)",
])
def test_a_number_after_a_passage_is_the_passages(line):
    assert clean(line) == line


def test_a_number_after_a_passage_that_urdu_goes_on_from_is_urdus():
    assert digits("الحادث في عام ١٩٩٠ میں ہوا") == "الحادث في عام ۱۹۹۰ میں ہوا"
    assert digits("وہ جامعة الأزهر، ١٩٩٠۔") == "وہ جامعة الأزهر، ۱۹۹۰۔"  # after a comma: the next clause's


@pytest.mark.parametrize("line", [
    "قال الرئيس إن الوضع صعب. وهذا مهم جدا.",  # the second sentence has no cue of its own
    "هل هو مستعد؟ قال إنه مستعد.",
    "ذهب الطالب إلى المكتبة؛ ثم عاد",
])
def test_a_line_with_a_passage_and_no_urdu_word_is_a_passage_throughout(line):
    assert clean(line) == line
    assert [(s.start, s.end) for s in foreign_spans(line)] == [(0, len(line))]


def test_a_line_with_urdu_words_keeps_its_passages_to_their_runs():
    line = "اس نے كها: قال الرئيس إن الوضع صعب. وه چلا گيا."
    assert clean(line) == "اس نے کہا: قال الرئيس إن الوضع صعب. وہ چلا گیا۔"


@pytest.mark.parametrize(("line", "language"), [
    ("سنڌي ٻولي سنڌ جي قومي ٻولي آهي.", "other"),  # Sindhi
    ("پښتو د پښتنو ژبه ده.", "other"),  # Pashto
])
def test_languages_with_letters_urdu_never_writes_are_passages(line, language):
    assert clean(line) == line
    assert [s.language for s in foreign_spans(line)] == [language]
    assert classify("ٻولي") == (False, 2, 0) and classify("ٻچے") == (False, 2, 0)


def test_one_word_of_another_language_in_urdu_is_kept_and_the_rest_repaired():
    assert clean("یہ كتاب ڪراچي سے آئی") == "یہ کتاب ڪراچي سے آئی"


def test_normalize_and_the_search_preset_treat_passages_as_urdu():
    line = f"انہوں نے كہا: {VERSE}"
    assert letters(line, foreign="normalize") == "انہوں نے کہا: ﴿إِنَّ مَعَ الْعُسْرِ یُسْرًا﴾"
    assert clean(line, preset="search") == "انہوں نے کہا: ﴿إن مع العسر یسرا﴾"
    assert clean(line, foreign="normalize") == letters(line, foreign="normalize")


def test_option_is_routed_and_checked():
    assert Pipeline(["letters", "punctuation"], foreign="normalize").options["foreign"] == "normalize"
    with pytest.raises(PipelineError, match="foreign"):
        Pipeline(["whitespace"], foreign="keep")
    with pytest.raises(PipelineError):
        Pipeline(["letters"], foreign="drop")
    with pytest.raises(ValueError):
        letters("x", foreign="drop")


def test_explain_reports_each_protected_span():
    text = "یہ ٹھیک ہے\n" + f"انہوں نے كہا: {VERSE}\nبشنو این نی چون شکایت می\u200cکند که"
    e = Pipeline.from_preset("default").explain(text, line_base=10)
    notes = [n for r in e.reports if r.step == "letters" for n in r.notes]
    assert notes[0] == f"line 12:15: left as written, taken for Arabic: {VERSE!r}"
    assert notes[1].startswith("line 13:1: left as written, taken for Persian: 'بشنو")  # its ه
    assert len(notes) == 2
    assert not [n for r in Pipeline.from_preset("search").explain(text).reports for n in r.notes if "taken for" in n]


def test_cli_explain_and_option():
    line = f"انہوں نے كہا: {VERSE}\n".encode()
    run = subprocess.run([sys.executable, "-m", "urdu_clean", "--explain"], input=line, capture_output=True, check=True)
    assert "taken for Arabic" in run.stderr.decode()
    run = subprocess.run([sys.executable, "-m", "urdu_clean", "--foreign", "normalize"], input=line, capture_output=True, check=True)
    assert "یُسْرًا" in run.stdout.decode()


@pytest.mark.parametrize("preset", ["default", "web", "search"])
@pytest.mark.parametrize(
    "text",
    [
        f"انہوں نے كہا: {VERSE} اور  پھر چلے گئے .",
        "قال النبي صلى الله عليه وسلم: الدين يسر , اور يه سچ هے",
        "دل می\u200cرود ز دستم صاحب\u200cدلان خدا را ۔ ۔ وه گيا",
        "ذهب الطالب إلى المكتبة التي في الجامعة?كيا",
    ],
)
def test_idempotent_on_mixed_lines(preset, text):
    once = clean(text, preset=preset)
    assert clean(once, preset=preset) == once


def test_linear_on_a_long_line():
    line = ("كها في الجامعة وه " * 50_000).strip()  # one line, 200,000 words
    assert len(foreign_spans(line)) > 1000


def test_split_glued_keeps_arabic_words_whole():
    from urdu_clean.steps.glued import split_glued

    line = "انہوںنے کہا: المعلومات الجديدة بالتعاون مع الجامعة"
    assert split_glued(line) == "انہوں نے کہا: المعلومات الجديدة بالتعاون مع الجامعة"
    assert split_glued(line, foreign="normalize").count(" ") > split_glued(line).count(" ")


_WORD_TEST_LINES = [
    "بدترين متاثره رياست الاباما هے۔ این اے 120 اور وی آئی پی",  # words with evidence 1, 2: summed
    "این این کا ذکر",  # one word of weight 1, twice: 2
    "ذهب الطالب إلى المكتبة",
    "اس نے كها كه وه كتاب ميں هے",
    "﴿ ﴾",  # an ornate quotation has no evidence in its words and is a span
]


@pytest.mark.parametrize("text", _WORD_TEST_LINES)
def test_word_level_shortcut_decides_as_the_full_reading(text):
    from urdu_clean.language import _read_spans

    assert foreign_spans(text) == _read_spans(text)
    assert foreign_spans(text) == _read_spans(text)  # a second time, from the remembered words


@given(text=line)
def test_word_level_shortcut_decides_as_the_full_reading_for_any_line(text):
    from urdu_clean.language import _read_spans

    assert foreign_spans(text) == _read_spans(text)


#: Words of each kind a run is made of: Urdu ones and marks that cut runs, words with Arabic or
#: Persian evidence of weight 1 and 2, and words with none.
_RUN_WORDS = "کے میں ہے نے ۔ ؟ ( » این از را وی في من مع است إلى الكتاب المعلومات کتاب علم".split()


@given(text=st.lists(st.sampled_from(_RUN_WORDS), max_size=14).map(" ".join) | line)
@example(text="این کے از")  # evidence 2 in all, 1 a run: no span
@example(text="این از کے")  # 2 in one run: a span
def test_runs_reaching_the_threshold_are_found_as_the_full_reading_finds_spans(text):
    import urdu_clean.language as language

    found = language._read_spans(text)
    saved = language._some_run_reaches
    try:
        language._some_run_reaches = lambda tokens, evidence: True  # noqa: E731  (read every line in full)
        assert language._read_spans(text) == found
    finally:
        language._some_run_reaches = saved


#: Words whose evidence the cue test must see: the article after each particle (كال on an
#: Arabic keyboard too), listed words of weight 1 and 2, and words that cut runs or score nothing.
_CUE_WORDS = "کے ۔ كالمعلومات فالكتاب بالعلم والقلم للطالب في من این است کتاب".split()


#: What may stand between words: spaces, and characters that end a word without a space (a
#: colon, an ellipsis, a digit, a Latin letter, a bidi mark).
_GLUE = [" ", " ", ":", "…", "#", "٣", "4", "a", "\u200f", "—"]


@given(text=st.lists(st.tuples(st.sampled_from(_CUE_WORDS), st.sampled_from(_GLUE)), max_size=8).map(
    lambda pairs: "".join(w + g for w, g in pairs)) | line)
@example(text="كالمعلومات كالمعلومات")  # two article words of weight 1: a span
@example(text="است:")  # a listed word glued to a mark that is no separator: a span
@example(text="في\u200fفي")
def test_the_cue_test_lets_through_every_line_the_full_reading_finds_a_span_on(text):
    import urdu_clean.language as language

    found = language._read_spans(text)
    saved = language._may_have_evidence
    try:
        language._may_have_evidence = lambda line: True  # noqa: E731  (read every line in full)
        assert language._read_spans(text) == found
    finally:
        language._may_have_evidence = saved


_FOREIGN_LINES = [f"انہوں نے كہا: {VERSE}", "اس نے لکھا ذهب الطالب إلى المكتبة اور چلا گیا", "وه يه كام كرتا هے",
                  "انہوں نے کہا این خانه در تهران است.", "بدترين متاثره رياست الاباما هے۔"]


@given(text=st.lists(st.sampled_from(_FOREIGN_LINES) | line, max_size=6).map("\n".join))
def test_keep_foreign_reads_only_the_lines_holding_the_letters_and_decides_as_for_every_line(text):
    # letters' changes can fall in a span only on a line holding one of its letters: the lines
    # read by the shortcut (those, found by str.find) must give what reading every changed line gives
    import functools

    import urdu_clean.language as language
    from urdu_clean.steps.letters import _MAY_BE_FOREIGN, _letters

    fix = functools.partial(_letters)
    after = fix(text)
    whole = language.keep_foreign(text, after, fix)  # every changed line read
    assert language.keep_foreign(text, after, fix, _MAY_BE_FOREIGN) == whole
    assert language._keep_foreign_holding(text, after, fix, _MAY_BE_FOREIGN) == whole


@pytest.mark.parametrize(
    "line",
    [
        "قرآن میں ہے: وَ\u0671لْعَصْرِ ﴿\u0661﴾",  # the Uthmani alef wasla: the verse and its number
        "یہ \u0671لرَّحِ\u064aمِ ہے",
        "قرآن میں ہے: \u0671لْ\u0643ِتَـٰبُ ﴿\u0662﴾",
    ],
)
def test_the_uthmani_script_is_arabic(line):
    assert clean(line) == line
    assert clean(line, preset="ocr") == line
