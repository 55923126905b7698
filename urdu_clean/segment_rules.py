"""Word data for sentence segmentation: abbreviations, initials, titles, reporting verbs.

Boundaries come from punctuation and layout; these short lists only say where a mark that looks
like a boundary is not one. They are data: extend them with :meth:`SegmentRules.extend` or the
CLI's ``--abbreviations FILE`` (one word a line), never by editing the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Urdu spellings of the names of Latin letters. Written with ۔ after each they are initials and
#: acronyms ("پی۔ ٹی۔ آئی۔", "ایس۔ ایم۔ خان"), not sentence ends.
LETTER_NAMES = _words(
    "اے بی سی ڈی ای ایف جی ایچ آئی جے کے ایل ایم این او پی کیو آر ایس ٹی یو وی ڈبلیو ایکس وائی زیڈ زی"
)

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

#: Latin abbreviations written with a full stop (compared without case and without the stop).
ABBREVIATIONS = _words(
    "mr mrs ms dr prof st jr sr vs vol pp fig figs e.g i.e approx dept est inc ltd co corp gen col capt"
    " lt sgt rev hon mt ave jan feb mar apr jun jul aug sep sept oct nov dec"
)

#: The longest clause, in words, that still reads as a reporting clause.
MAX_REPORTING_WORDS = 6


@dataclass(frozen=True)
class SegmentRules:
    """Everything the segmenter knows beyond punctuation and layout. Immutable and picklable."""

    abbreviations: frozenset[str] = field(default=ABBREVIATIONS)
    letter_names: frozenset[str] = field(default=LETTER_NAMES)
    titles: frozenset[str] = field(default=TITLES)
    speech_verbs: frozenset[str] = field(default=SPEECH_VERBS)

    def extend(self, *, abbreviations: tuple[str, ...] | list[str] | frozenset[str] = (),
               titles: tuple[str, ...] | list[str] | frozenset[str] = (),
               speech_verbs: tuple[str, ...] | list[str] | frozenset[str] = ()) -> SegmentRules:
        """A copy with more words. Abbreviations are matched without case and trailing stops.

        >>> SegmentRules().extend(abbreviations=["Gov."]).is_abbreviation("gov")
        True
        """
        return replace(
            self,
            abbreviations=self.abbreviations | {_key(a) for a in abbreviations},
            titles=self.titles | frozenset(titles),
            speech_verbs=self.speech_verbs | frozenset(speech_verbs),
        )

    def is_abbreviation(self, token: str) -> bool:
        return _key(token) in self.abbreviations

    @classmethod
    def from_file(cls, path: str | Path, base: SegmentRules | None = None) -> SegmentRules:
        """``base`` (the defaults) plus the abbreviations in a file: one a line, ``#`` comments."""
        words = []
        for line in Path(path).read_text(encoding="utf-8-sig").split("\n"):
            word = line.split("#", 1)[0].strip()
            if word:
                words.append(word)
        return (base or cls()).extend(abbreviations=words)


def _key(token: str) -> str:
    return token.strip().rstrip(".۔").lower()
