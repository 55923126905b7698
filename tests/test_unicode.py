import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import mixed_text

from urdu_clean.steps.unicode import PRESENTATION_FORMS, unicode


@pytest.mark.parametrize(
    "dirty, clean",
    [
        ("ﻻﮨﻮﺭ", "لاہور"),  # lam-alef ligature and shaped letters from a PDF
        ("ﺁﭖ", "آپ"),  # alef with madda, isolated form
        ("ﻟﻸ", "للأ"),  # lam, then lam-alef with hamza above (final form)
        ("\ufe70", "\u064b"),  # isolated fathatan: the mark alone, not space + mark
        ("ﮐﺘﺎﺏ", "کتاب"),
        ("ا\u0653", "آ"),  # decomposed madda composes
        ("ی\u0654", "ئ"),  # farsi yeh + hamza: the composition NFC lacks
        ("کی\u064e\u0654", "کئ\u064e"),  # ... with a vowel mark between them
        ("ہ\u0654", "ۂ"),
        ("ے\u0654", "ۓ"),
    ],
)
def test_repairs(dirty, clean):
    assert unicode(dirty) == clean


@pytest.mark.parametrize(
    "kept",
    [
        "ﷺ ﷻ ﷽ ﷲ",  # word ligatures writers choose on purpose
        "\ufd3e\ufd3f",  # ornate parentheses
        "x² ＡＢＣ ①",  # compatibility characters outside the Arabic blocks
        "\ufeff",  # the BOM belongs to the invisibles step
        "پاکستان زندہ باد۔ قیمت ۱۲۰ روپے",
        "زکوٰۃ اعلیٰ مسئلۂ کشمیر",
    ],
)
def test_keeps(kept):
    assert unicode(kept) == kept


def test_ligatures_expand():
    assert unicode("ﷲ", ligatures="expand") == "اللہ"
    assert unicode("ﷺ", ligatures="expand") == "صلی اللہ علیہ وسلم"
    # every word ligature expand claims is written in Urdu letters, none with Arabic ہ/ی/ک
    assert unicode("ﷻ", ligatures="expand") == "جل جلالہ"
    assert unicode("﷽", ligatures="expand") == "بسم اللہ الرحمن الرحیم"
    for cp in (*range(0xFDF0, 0xFE00), 0xFDCF, *range(0xFD40, 0xFD50)):
        out = unicode(chr(cp), ligatures="expand")
        assert not set(out) & set("\u0647\u064a\u0649\u0643"), hex(cp)
        assert unicode(out, ligatures="expand") == out


def test_every_presentation_form_maps_to_arabic_block_letters():
    for cp, letters in PRESENTATION_FORMS.items():
        assert letters and not letters.startswith(" "), hex(cp)
        assert all(0x0600 <= ord(c) <= 0x06FF for c in letters), (hex(cp), letters)
        assert unicodedata.is_normalized("NFC", unicode(chr(cp)))


def test_rejects_unknown_option():
    with pytest.raises(ValueError, match="ligatures"):
        unicode("x", ligatures="maybe")


def test_stable_ranges_hold_nothing_this_step_would_change():
    import regex

    from urdu_clean.chars import ARABIC_MARKS
    from urdu_clean.steps.unicode import STABLE_RANGES

    stable = regex.compile(f"[{STABLE_RANGES}]")
    may_change = regex.compile(r"[\p{NFC_QC=N}\p{NFC_QC=M}\ufb50-\ufdff\ufe70-\ufefe]")
    marks = regex.compile(f"[{ARABIC_MARKS}]")
    for cp in range(0x10000):
        ch = chr(cp)
        if stable.match(ch):
            assert not may_change.match(ch), hex(cp)
            if unicodedata.category(ch) == "Mn":
                assert marks.match(ch), hex(cp)  # mark pairs are scanned for by ARABIC_MARKS


@pytest.mark.parametrize(
    "kept",
    [
        "क़िला ज़रूर फ़िल्म ग़ज़ल",  # Devanagari nukta letters U+0958-U+095F: NFC would decompose them
        "".join(map(chr, range(0x0958, 0x0960))),
        "cafe\u0301 re\u0301sume\u0301",  # decomposed Latin: not Arabic script, not composed
    ],
)
def test_composes_only_arabic_script(kept):
    assert unicode(kept) == kept
    assert unicode("ا\u0653 " + kept + " ی\u0654") == "آ " + kept + " ئ"


def test_nfc_never_crosses_a_line():
    assert unicode("ا\n\u0653") == "ا\n\u0653"


def test_composing_marks_are_the_arabic_block_characters_nfc_may_change():
    import regex

    from urdu_clean.chars import COMPOSING_MARKS

    may_change = regex.compile(r"[\p{NFC_QC=N}\p{NFC_QC=M}]")
    assert "".join(chr(c) for c in range(0x0600, 0x0700) if may_change.match(chr(c))) == COMPOSING_MARKS


def test_letter_mark_pairs_are_every_composition_with_a_composing_mark():
    import sys

    from urdu_clean.chars import COMPOSING_MARKS, _letter_mark_pairs

    found = {}
    for cp in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(cp)).split()
        if len(parts) == 2 and not parts[0].startswith("<") and chr(int(parts[1], 16)) in COMPOSING_MARKS:
            pair = chr(int(parts[0], 16)) + chr(int(parts[1], 16))
            assert unicodedata.normalize("NFC", pair) == chr(cp)
            found[pair] = chr(cp)
    found["\u06cc\u0654"] = "\u0626"  # FARSI YEH + HAMZA ABOVE: not NFC's, the step's
    assert {letter + mark: joined for mark, d in _letter_mark_pairs().items() for letter, joined in d.items()} == found


def _every_line_composed(text, table):
    from urdu_clean.chars import compose_line

    return "\n".join(compose_line(line.translate(table)) for line in text.split("\n"))


@given(text=st.one_of(mixed_text, st.text(alphabet="اوی ےہۃکa\u0653\u0654\u0655\u064e\u0650\u0670\ufe8b\u0301\n", max_size=40)))
def test_only_the_lines_that_need_it_are_composed_line_by_line(text):
    from urdu_clean.steps.unicode import PRESENTATION_FORMS, PRESENTATION_FORMS_AND_LIGATURES

    assert unicode(text) == _every_line_composed(text, PRESENTATION_FORMS)
    assert unicode(text, ligatures="expand") == _every_line_composed(text, PRESENTATION_FORMS_AND_LIGATURES)
