"""Hypothesis strategies: text that looks like what urdu_clean meets."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from urdu_clean.steps.unicode import PRESENTATION_FORMS

URDU_LETTERS = "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہھءیےآأؤئۂۓۃ"
ARABIC_VARIANTS = "يىكهةۀ"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"
PUNCT = "۔،؟؛!?.,;:\"'“”‘’()«»-…%٪٫٬"
DIGITS = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
SPACES = "  \t\u00a0\u2009\u202f"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202c\u2066\u2069\u00ad\u2060\ufeff\u0640"
LATIN = "abcXYZ/:@_#-="
LINES = "\n\n\r"
FORMS = "".join(map(chr, list(PRESENTATION_FORMS)[::7])) + "ﷺﷲ﷽"

_urdu_alphabet = URDU_LETTERS * 3 + ARABIC_VARIANTS + MARKS + PUNCT + DIGITS + SPACES * 3 + INVISIBLE + LATIN + LINES + FORMS

#: Urdu-like text with every kind of damage mixed in.
urdu_text = st.text(alphabet=st.sampled_from(_urdu_alphabet), max_size=80)
#: Words of Urdu (on every keyboard), Arabic and Persian, with the marks and brackets the
#: Arabic and Persian detector reads: lines that mix passages, joined by spaces and marks.
WORDS = (
    "کے کی میں ہے نے كے ميں هے كها كه وه يه تها انہوں كہا في من على إلى إِنَّ الله اللہ الْعُسْرِ يُسْرًا أَحَدٌ "
    "مدرسة المدينة الذي هذا است را این می\u200cکند جدایی\u200cها خانه که تهران نقطۀ ان شاء ﴿ ﴾ . ۔ : ، ? ٥ 3"
).split()
word_text = st.lists(st.sampled_from(WORDS), max_size=14).flatmap(
    lambda ws: st.lists(st.sampled_from(["", " ", "  ", "\n"]), min_size=len(ws), max_size=len(ws)).map(
        lambda seps: "".join(w + s for w, s in zip(ws, seps))
    )
)
#: Any Unicode string at all.
any_text = st.text(max_size=60)
#: Text of any mix, the ones above.
mixed_text = st.one_of(urdu_text, any_text, word_text)
#: Printable ASCII with tabs and newlines.
ascii_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.sampled_from("\t\n\r"), max_size=80)
#: A line: no \n in it.
line = st.one_of(urdu_text, any_text, word_text).map(lambda s: s.replace("\n", " "))
#: Urdu words glued to each other or apart, with marks, digits and punctuation between: text on
#: which the word steps (split-glued, letters) have real decisions to make.
GLUE_WORDS = ("کے لیے ہیں اور انہوں نے کی بات فورم حکام مے ں بے قصور جائے گا کر دیا اس کام "
              "کتاب یں وں ی ے مجه که ھو ہے کہ سپریم کورٹ").split()
glued_text = st.lists(
    st.tuples(st.sampled_from(GLUE_WORDS), st.sampled_from(["", "", " ", "  ", "\n", "۔", "،", "2", "\u064e", "a"])),
    max_size=12,
).map(lambda pairs: "".join(w + sep for w, sep in pairs))

# --- The wide pools: every kind of character urdu_clean meets, mixed in one string ---------------


def _assigned(lo: int, hi: int) -> str:
    return "".join(c for c in map(chr, range(lo, hi + 1)) if unicodedata.category(c) != "Cn")


#: The whole Arabic block, its letters, marks, signs, digits and punctuation alike.
ARABIC_BLOCK = _assigned(0x0600, 0x06FF)
#: Every presentation form, A and B, ligatures and Quranic signs included.
ALL_PRESENTATION_FORMS = _assigned(0xFB50, 0xFDFF) + _assigned(0xFE70, 0xFEFF)
#: Zero-width characters, every bidi control, soft hyphen, tatweel, exotic spaces.
INVISIBLES_AND_BIDI = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u0640\u061c\u200e\u200f" + _assigned(0x202A, 0x202E)
    + _assigned(0x2066, 0x2069) + "\u00a0\u2000\u2009\u200a\u202f\u205f\u3000\u180e"
)
#: Latin (ASCII and typographic) and Urdu punctuation.
PUNCTUATION = "".join(c for c in map(chr, range(0x21, 0x7F)) if not c.isalnum()) + "“”‘’«»…–—•·۔،؟؛٪٫٬۰"
#: ASCII, Urdu (extended Arabic-Indic) and Arabic-Indic digits.
THREE_DIGITS = "0123456789" + "۰۱۲۳۴۵۶۷۸۹" + "٠١٢٣٤٥٦٧٨٩"
LATIN_WORDS = ["the", "Hello", "API", "e.g.", "Dr.", "x", "OK", "B-3", "v2.0", "i", "Mr", "USA", "ok?"]
URLS = ["https://example.com/a?b=1,2.", "http://x.pk/ur/۱", "www.bbc.com/urdu", "a.b@c.pk", "https://t.co/x_y-z#q",
        "https://ar.wikipedia.org/wiki/٢٠٢٤"]
#: (the digits step writes one digit set everywhere, URLs included: only these pass it unchanged)
ASCII_URLS = [u for u in URLS if not any(c.isdigit() and not c.isascii() for c in u)]
URDU_WORDS = ["ہے", "کیا", "میں", "کتاب", "پاکستان", "نے", "کہا", "یہ", "اور", "ہیں", "گا", "ہو"]
_SPACE_AND_BREAK = [" ", " ", "  ", "\t", "\n", "\r\n"]

_piece = st.one_of(
    st.sampled_from(ARABIC_BLOCK),
    st.sampled_from(ALL_PRESENTATION_FORMS),
    st.sampled_from(INVISIBLES_AND_BIDI),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(THREE_DIGITS),
    st.sampled_from(LATIN_WORDS + URLS + URDU_WORDS),
    st.sampled_from(_SPACE_AND_BREAK),
    st.sampled_from(URDU_LETTERS + MARKS),
)
#: Up to 80 characters drawn from all the pools above, mixed in one string.
wide_text = st.lists(_piece, max_size=40).map(lambda pieces: "".join(pieces)[:80])

#: Text of any mix: the ones above and the wide pools.
mixed_text = st.one_of(urdu_text, wide_text, any_text, word_text)
#: A line: no \n in it.
line = mixed_text.map(lambda s: s.replace("\n", " "))
