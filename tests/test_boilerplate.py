from urdu_clean import Pipeline, clean
from urdu_clean.steps.boilerplate import boilerplate

PROSE = "حکام نے بتایا کہ ملاقات اگلے ہفتے ہوگی اور دونوں رہنما کئی معاہدوں پر دستخط کریں گے۔"


def test_drops_the_chrome_block_at_the_end():
    page = f"{PROSE}\n{PROSE}\n\n\n>Source link>\n\n>>Join our Facebook Group be part of community. <<\n\nBy someone\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *"
    assert boilerplate(page) == f"{PROSE}\n{PROSE}\n"


def test_drops_the_chrome_block_at_the_start():
    page = f"Skip to content\nHome\nBy Staff Reporter\n\n{PROSE}\n"
    assert boilerplate(page) == f"{PROSE}\n"


def test_middle_only_exact_phrases():
    text = f"{PROSE}\n\nیہ بھی پڑھیں\n\n{PROSE}\nBy the way this English line stays\n{PROSE}\n"
    assert boilerplate(text) == f"{PROSE}\n\n{PROSE}\nBy the way this English line stays\n{PROSE}\n"


def test_edge_block_without_known_chrome_is_kept():
    text = f"{PROSE}\n\nReuters\nPhotograph credits below\n"
    assert boilerplate(text) == text


def test_never_drops_urdu_prose_or_long_lines():
    long_english = "This is an English paragraph quoted in the article. " * 4
    text = f"{PROSE}\n{long_english}\nLeave a Reply\nشیئر کریں اور اپنی رائے بھی لکھیں کہ آپ کیا سوچتے ہیں\n"
    out = boilerplate(text)
    assert long_english in out and "شیئر کریں اور اپنی رائے" in out


def test_leaves_non_urdu_documents_alone():
    english = "Leave a Reply\nShare this\nThe article body is in English.\nBy John\n"
    assert boilerplate(english) == english
    assert boilerplate("") == ""


def test_web_preset_cleans_and_drops_default_does_not():
    page = f"{PROSE}\nLeave a Reply\n"
    assert clean(page, preset="web") == f"{PROSE}\n"
    assert clean(page) == page


def test_explain_lists_dropped_lines():
    report = Pipeline(["boilerplate"]).explain(f"{PROSE}\n\nLeave a Reply\n").reports[0]
    assert report.lines_removed == 2
    assert report.examples[0].removed and report.examples[0].before == "Leave a Reply"


def test_web_matches_chrome_written_with_invisibles_or_arabic_letters():
    page = f"{PROSE}\n\u200fLeave a Reply\u200f\nيه بهی پڑھیں\n{PROSE}\n"
    assert clean(page, preset="web") == f"{PROSE}\n{PROSE}\n"


def test_english_quotation_before_source_link_stays():
    page = f"{PROSE} انہوں نے کہا:\nWe will not give up.\n\nSource link\nLeave a Reply\n"
    assert boilerplate(page) == f"{PROSE} انہوں نے کہا:\nWe will not give up.\n"


def test_prose_in_any_language_at_the_start_stays():
    page = f"Skip to content\nThe minister said this in English.\n{PROSE}\n"
    assert boilerplate(page) == f"The minister said this in English.\n{PROSE}\n"


def test_related_articles_block_goes_as_a_whole():
    block = "یہ بھی پڑھیں:\nشہر میں نئی سڑک کا افتتاح\nبجٹ اجلاس کل ہوگا\n"
    assert boilerplate(f"{PROSE}\n\n{block}\n{PROSE}\n") == f"{PROSE}\n\n{PROSE}\n"
    assert boilerplate(f"{PROSE}\n\n{block}") == f"{PROSE}\n"  # at the end, with its blank line
    assert boilerplate(f"{PROSE}\n\n{block}\nRelated\n") == f"{PROSE}\n"


def test_a_sentence_under_the_heading_is_prose():
    text = f"{PROSE}\nیہ بھی پڑھیے\n{PROSE}\nمختصر سطر\n"
    assert boilerplate(text) == f"{PROSE}\n{PROSE}\nمختصر سطر\n"
