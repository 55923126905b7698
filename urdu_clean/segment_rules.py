"""Word data for sentence segmentation: abbreviations, initials, titles, reporting verbs.

Boundaries come from punctuation and layout; these short lists only say where a mark that looks
like a boundary is not one. They are data: extend them with :meth:`SegmentRules.extend` or the
CLI's ``--abbreviations FILE`` (one word a line), never by editing the engine.
"""

from __future__ import annotations

import os
from collections import namedtuple


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Urdu spellings of the names of Latin letters. Written with ۔ after each they are initials and
#: acronyms ("پی۔ ٹی۔ آئی۔", "ایس۔ ایم۔ خان"), not sentence ends.
LETTER_NAMES = _words(
    "اے بی سی ڈی ای ایف جی ایچ آئی جے کے ایل ایم این او پی کیو آر ایس ٹی یو وی ڈبلیو ایکس وائی زیڈ زی"
)

#: Letter names that are Urdu words too: the verbs آئی (came) and پی (drank), the postposition کے,
#: سی (like), جی (yes), the vocatives اے and او. Before a number the others name a designation
#: ("ٹی۔ 20", "بی۔ 52"); these end a sentence there as any word does ("اس نے چائے پی۔ 5 منٹ بعد").
LETTER_WORDS = _words("آئی پی کے سی جی اے او")

#: Titles before a name: initials after one of them never end a sentence ("ڈاکٹر اے۔ خان").
TITLES = _words(
    "ڈاکٹر مسٹر مسز مس جناب محترم محترمہ پروفیسر جسٹس جنرل کرنل میجر کیپٹن بریگیڈیئر لیفٹیننٹ ایڈمرل"
    " سر صاحبزادہ علامہ مولانا حافظ Mr Mrs Ms Dr Prof"
)

#: Verbs (and two-word verb phrases) that close a short reporting clause after a quotation: in
#: "“کیا آپ آئیں گے؟” انہوں نے پوچھا۔" the quoted question and the clause are one sentence.
SPEECH_VERBS = _words(
    "کہا کہے کہی کہتے کہتی کہتا پوچھا پوچھے پوچھی پوچھتے پوچھتی بولا بولے بولی بولتے بتایا بتاتے لکھا"
    " لکھتے چلایا چلائے چلائی پکارا پکاری سوچا مسکرائے مسکرایا"
    " said asked replied added told wrote shouted answered"
) | frozenset(
    f"{noun} {verb}"
    for noun in "اعلان سوال جواب وضاحت اعتراف انکشاف مطالبہ دعویٰ تبصرہ اظہار شکوہ".split()
    for verb in "کیا کی کیے دیا دی دیے".split()
)

#: The verb-final cue. Urdu puts the verb last, so a sentence mostly ends on a verb, an auxiliary
#: or a copula: a weak boundary (a spaced hyphen between Urdu words, a ۔ that closes a clause with
#: no verb in it, as in "ہند۔ پاک تعلقات") counts only after one of these. A closed list of the
#: auxiliaries, copulas and light verbs in their forms (with the bari ye spelling ہےں of text
#: converted from Hindi), and the endings of fused future forms ("ہوگا", "جائےگی", "کریگا").
VERB_FORMS = _words(
    # copula and auxiliaries: ہونا in present, past, subjunctive, future and participle forms
    "ہے ہیں ہےں ہوں ہو ہوا ہوئی ہوئے ہوئیں ہوتا ہوتی ہوتے ہوگا ہوگی ہوگے ہونگے ہونگی تھا تھی تھے تھیں"
    " گا گی گے نہیں"
    # aspect and modal auxiliaries: جانا رہنا سکنا چکنا چاہنا پڑنا
    " گیا گئی گئے گئیں جاتا جاتی جاتے جائے جائیں جاؤ رہا رہی رہے رہیں سکا سکی سکے سکیں سکتا سکتی سکتے"
    " چکا چکی چکے چکیں چاہیے چاہئے چاہیئے چاہئیں چاہیں پڑا پڑی پڑے"
    # light verbs: کرنا دینا لینا آنا ملنا رکھنا and their common main-verb forms
    " کیا کی کیے کئے کیں کرے کریں کرو کرتا کرتی کرتے دیا دی دیے دئے دیں دیتا دیتی دیتے لیا لی لیے لئے لیں"
    " لیتا لیتی لیتے آیا آئی آئے آئیں ملا ملی ملے رکھا رکھی رکھے کہا بتایا بتائی پہنچا پہنچی پہنچے"
)
#: Endings of a fused future (subjunctive + گا/گی/گے) and of perfectives in -ایا (بتایا، بنایا).
VERB_ENDINGS = ("ےگا", "ےگی", "ےگے", "یگا", "یگی", "یگے", "وگا", "وگی", "وگے", "ںگا", "ںگی", "ںگے", "ایا")
#: Words after which the clause still waits for its verb: the complementiser ("کہا کہ وہ آئیں
#: گے") and the ergative نے, which only a perfective verb can close ("پاٹل نے آج ہند۔ ماریشیس …
#: پر زور دیا"). A ۔ before that verb is a dash, not a sentence end.
CLAUSE_OPENERS = _words("کہ نے")
#: Endings that most verb forms outside the lists above have: perfective -ا -ی -ے -یں (بھیجا،
#: بھیجی، بھیجے، بھیجیں; what closes a clause opened by نے) and subjunctive -ؤں (جاؤں). Many nouns
#: end so too: a word with one of these endings only *may* be a verb, which is enough to keep a
#: boundary, never to make one. The postpositions and particles that share them are not verbs.
VERB_LIKE_ENDINGS = ("ا", "ی", "ے", "یں", "ؤں")
NOT_VERBS = _words("کا کی کے نے سے کو پر میں مےں تک بھی ہی نا یا")
#: The letters every verb form above ends in. A ۔ after a word that ends in another letter
#: ("ہند۔", "لاہور۔") follows no verb, and only such a ۔ may be weak.
VERB_FINAL_LETTERS = "اےیںوؤ"

#: URL schemes as letter-for-letter transliteration writes them in Urdu letters ("ہتتپ" for http,
#: as text converted from Hindi has them). After one and its colon comes a web address whose dots
#: are ۔ or . with or without spaces ("ہتتپ: چۓۓپ۔ نئچ۔ ئن"): no sentence ends inside it.
URL_SCHEMES = _words("ہتتپ ہتتپس")

#: Latin abbreviations written with a full stop (compared without case and without the stop).
ABBREVIATIONS = _words(
    "mr mrs ms dr prof st jr sr vs vol pp fig figs e.g i.e approx dept est inc ltd co corp gen col capt"
    " lt sgt rev hon mt ave jan feb mar apr jun jul aug sep sept oct nov dec"
)

#: The longest clause, in words, that still reads as a reporting clause.
MAX_REPORTING_WORDS = 6


_RULE_FIELDS = {  # each field and its default, in order
    "abbreviations": ABBREVIATIONS, "letter_names": LETTER_NAMES, "letter_words": LETTER_WORDS, "titles": TITLES,
    "speech_verbs": SPEECH_VERBS, "verb_forms": VERB_FORMS, "verb_endings": VERB_ENDINGS,
    "clause_openers": CLAUSE_OPENERS, "verb_like_endings": VERB_LIKE_ENDINGS, "not_verbs": NOT_VERBS,
    "verb_final_letters": VERB_FINAL_LETTERS, "url_schemes": URL_SCHEMES,
}


class SegmentRules(namedtuple("SegmentRules", list(_RULE_FIELDS), defaults=list(_RULE_FIELDS.values()))):
    """Everything the segmenter knows beyond punctuation and layout. Immutable and picklable.

    Its fields, each defaulting to the list above of the same name: ``abbreviations``,
    ``letter_names``, ``letter_words``, ``titles``, ``speech_verbs``, ``verb_forms``,
    ``clause_openers``, ``not_verbs``, ``url_schemes`` (frozensets), ``verb_endings``,
    ``verb_like_endings`` (tuples) and ``verb_final_letters`` (a string).
    """

    __slots__ = ()

    def extend(self, *, abbreviations: tuple[str, ...] | list[str] | frozenset[str] = (),
               titles: tuple[str, ...] | list[str] | frozenset[str] = (),
               speech_verbs: tuple[str, ...] | list[str] | frozenset[str] = ()) -> SegmentRules:
        """A copy with more words. Abbreviations are matched without case and trailing stops.

        >>> SegmentRules().extend(abbreviations=["Gov."]).is_abbreviation("gov")
        True
        """
        return self._replace(
            abbreviations=self.abbreviations | {_key(a) for a in abbreviations},
            titles=self.titles | frozenset(titles),
            speech_verbs=self.speech_verbs | frozenset(speech_verbs),
        )

    def is_verb_form(self, token: str) -> bool:
        """Whether ``token`` is a verb, auxiliary or copula form (the verb-final cue). A token
        written with ``_`` or ZWNJ between its parts ("کریں_گے") is judged by its last part.

        >>> r = SegmentRules()
        >>> r.is_verb_form("ہے"), r.is_verb_form("جائےگی"), r.is_verb_form("کریں_گے"), r.is_verb_form("ہند")
        (True, True, True, False)
        """
        word = token.rstrip(_CLOSERS).replace("\u200c", "_").rsplit("_", 1)[-1]
        return word in self.verb_forms or (len(word) > 3 and word.endswith(self.verb_endings))

    def may_be_verb(self, token: str) -> bool:
        """Whether ``token`` may be a verb: a verb form, or a word with a verb's ending that is not
        a postposition or particle ("بھیجیں" may be; "ہند", "میں" are not)."""
        word = token.rstrip(_CLOSERS)
        return self.is_verb_form(word) or (word not in self.not_verbs and word.endswith(self.verb_like_endings))

    def is_abbreviation(self, token: str) -> bool:
        return _key(token) in self.abbreviations

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], base: SegmentRules | None = None) -> SegmentRules:
        """``base`` (the defaults) plus the abbreviations in a file: one a line, ``#`` comments."""
        words = []
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        for line in text.split("\n"):
            word = line.split("#", 1)[0].strip()
            if word:
                words.append(word)
        return (base or cls()).extend(abbreviations=words)


_CLOSERS = "”’\"')]}»"


def _key(token: str) -> str:
    return token.strip().rstrip(".۔").lower()
