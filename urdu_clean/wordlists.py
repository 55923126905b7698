"""Closed lists of Urdu words and word pieces that the word steps consult (written for this project).

Counts decide most questions; these lists say what counts cannot: which pieces never stand as a
word, which joins are conventions rather than errors, which prefixes glue by rule.
"""

from __future__ import annotations

#: Postpositions and case markers: the commonest second halves of a glued pair (کےلیے, نےاس).
POSTPOSITIONS = frozenset("کا کی کے کو سے نے میں پر تک لیے لئے ساتھ بعد پاس طرف مطابق بارے والا والی والے".split())

#: Auxiliaries and copulas (ہیںاور, ہےکہ).
AUXILIARIES = frozenset("ہے ہیں ہوں ہو تھا تھی تھے تھیں ہوا ہوئی ہوئے گیا گئی گئے رہا رہی رہے".split())

#: Future endings: written glued to the verb by one convention (ہوگا, جائےگا) and apart by
#: another; a repair between conventions, so ``split-glued`` leaves them.
FUTURE_ENDINGS = frozenset("گا گی گے گیں".split())

#: Light verbs that follow a stem (کردیا, ہوگیا): also conventions, left glued or apart as written.
LIGHT_VERBS = frozenset(
    "دیا دی دیے دیں دینا دے لیا لی لیے لیں لے گیا گئی گئے جائے جائیں جاتا جاتی جاتے سکا سکی سکے سکتا "
    "سکتی سکتے سکتیں چکا چکی چکے رہا رہی رہے پڑا پڑی پڑے".split()
)

#: Pieces listed as "words" in corpus counts that never stand alone in Urdu: plural and oblique
#: endings, abstract-noun and adjective suffixes, Persian plural and place endings. A cut that
#: leaves one of these as a word strands a suffix (ناراضگیوں → ناراضگی وں).
SUFFIXES = frozenset(
    "وں یں ئیں ئے ئی یاں یوں ات جات گی گان گار دان ستان آباد انہ انے انا انی ین یت یات ویں واں".split()
)

#: Endings that make a word of a known stem: (ending, what the stem ends with in its own form
#: instead, the fewest letters the stem keeps before the ending, letters it cannot end with). A word the counts do not know
#: that reads as a known stem and one of these is taken for a form of that stem, not for two
#: words (ساتھیان is ساتھی's plural, not ساتھی ان; ڈرائیورز is not ڈرائیو رز).
INFLECTIONS = (
    ("وں", ("", "ا", "ہ"), 2, ""),  # oblique plural: ملکوں (ملک), لڑکوں (لڑکا), دواخانوں (دواخانہ)
    ("یاں", ("ی",), 2, ""),  # plural of -ی nouns: لڑکیاں (لڑکی)
    ("یں", ("",), 2, "اوہی"),  # feminine plural of a consonant stem: کتابیں (not متاثرہ + یں: متاثر ہیں)
    ("ان", ("",), 2, ""),  # Persian plural: ساتھیان, مہمانان
    ("ات", ("", "ہ"), 2, ""),  # Arabic plural: خیالات, حادثات (حادثہ)
    ("یہ", ("",), 3, ""),  # adjective of relation: اتفاقیہ (اتفاق), العزیزیہ
    ("ے", ("ا", "ہ"), 2, ""),  # oblique of -ا and -ہ words: لڑاکے (لڑاکا), کمرے (کمرہ)
    ("ز", ("",), 4, ""),  # English plural: ڈرائیورز, ٹیچرز
    ("س", ("",), 4, ""),  # the same, spelt with س: ڈرائیورس
)
#: Words that take none of those endings, besides the closed-class ones: conjunctions, discourse
#: adverbs and quantifiers (لیکنیہ is لیکن یہ, شایدیہ is شاید یہ, تمامان is تمام ان).
UNINFLECTED = frozenset(
    "لیکن مگر کیونکہ چونکہ بلکہ جبکہ اگرچہ حالانکہ تاہم البتہ دراصل شاید یعنی تمام مزید خلاف".split()
)

#: Prefixes written glued to their word by rule: بے (بےقصور), and the Persian negation نا is
#: invisible anyway. A cut right after one of these is never made.
PREFIXES = frozenset("بے".split())

#: Heads that are also the prothetic syllable of English s- words (اسکول, اسکیم, اسٹیشن,
#: اسکام): a visible cut after one is made only before a function word (اسکے → اس کے).
PROTHETIC_HEADS = frozenset("اس".split())

#: Closed-class words: postpositions, auxiliaries, conjunctions, pronouns and particles.
FUNCTION_WORDS = POSTPOSITIONS | AUXILIARIES | frozenset(
    "اور یا کہ جو جس جن جب تو بھی ہی نہ نہیں وہ یہ اس ان ایک کچھ کوئی کسی سب ہر".split()
)
