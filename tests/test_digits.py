import pytest

from urdu_clean.steps.digits import digits


def test_unify_arabic_indic_to_urdu():
    assert digits("سال ٢٠٢٤ میں ١٥٪") == "سال ۲۰۲۴ میں ۱۵٪"
    assert digits("سال ۲۰۲۴ اور 2024") == "سال ۲۰۲۴ اور 2024"


@pytest.mark.parametrize(
    "before, after",
    [
        ("قیمت 250 روپے", "قیمت ۲۵۰ روپے"),
        ("شرح 3.5 فیصد", "شرح ۳٫۵ فیصد"),
        ("آبادی 1,250,000 ہے", "آبادی ۱٬۲۵۰٬۰۰۰ ہے"),
        ("تاریخ 12.03.2020 کو", "تاریخ ۱۲.۰۳.۲۰۲۰ کو"),  # a date keeps its separators
        ("(2019) میں", "(۲۰۱۹) میں"),
        ("وقت 10:30 بجے", "وقت ۱۰:۳۰ بجے"),
    ],
)
def test_urdu(before, after):
    assert digits(before, digits="urdu") == after


@pytest.mark.parametrize(
    "kept",
    [
        "دیکھیے https://example.com/page/2024 پر",
        "ای میل user2@example.com پر",
        "فائل report_2024.txt میں",
        "ورژن v3.11 اور Python 3 میں",  # numbers beside Latin words are English
        "He was born in 1990.",
        "x = 42",
    ],
)
def test_urdu_leaves_latin_contexts(kept):
    assert digits(kept, digits="urdu") == kept


def test_ascii():
    assert digits("۳٫۵ اور ١٬٠٠٠", digits="ascii") == "3.5 اور 1,000"
    assert digits("٫ اکیلا", digits="ascii") == "٫ اکیلا"  # a separator with no digits stays


def test_urdu_writes_a_year_with_its_year_sign_in_urdu_digits():
    # 1947ء was no plain number (a letter after the digits): one date came out in two scripts
    assert digits("14 اگست 1947ء کو", digits="urdu") == "۱۴ اگست ۱۹۴۷ء کو"
    assert digits("سال 2024ء میں اور 1445ھ", digits="urdu") == "سال ۲۰۲۴ء میں اور ۱۴۴۵ھ"
    assert digits("In 1947ء", digits="urdu") == "In 1947ء"  # (after an English word: English)
