"""Hypothesis strategies: text that looks like what urdu_clean meets."""

from __future__ import annotations

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
