"""Arabic and Persian passages inside Urdu text: where they are, so the steps can leave them alone.

Urdu quotes Arabic (Quranic verses, hadith, titles) and Persian (verse) in its own script, and the
letters those languages use are the very ones a mistyped Urdu word has (ي ك ه ة ى). A step that
repairs such letters asks :func:`foreign_spans` which parts of a line to leave as written, and
asks only about the lines it would change.

How a line is read (one pass over its words, linear in its length):

- A word holding a letter Urdu, Arabic and Persian never write, but Sindhi, Pashto, Punjabi
  or Kurdish do (ڪ ٻ ڌ ښ ګ ې ݨ ...), is none of the three: it carries evidence 2 for a
  passage in another language (:data:`OTHER`), kept as written as an Arabic one is.
- A word is **Urdu** when it holds a letter only Urdu writes (ٹ ڈ ڑ ں ے ۓ ہ ھ ۃ ۂ), is an
  Urdu function word (کی کا کو پر اور یہ وہ اس ان ایک ...) in any keyboard's spelling (كى,
  كا, يه, وه), or mixes a Persian or Urdu letter with an Arabic keyboard's ي ك (چكا: no
  language spells so). An Urdu word is never foreign and ends any run.
- Any other word may carry foreign **evidence**, 2 (enough alone) or 1:

  - Arabic, 2: an Arabic function word as Arabic spells it and Urdu does not write (إلى إن
    أن التي الذي ذلك ...); dammatan or kasratan (ٌ ٍ); a Quranic sign or the Uthmani alef wasla (ٱ); a hamza on alef (أ إ),
    or the article ال on a word of five letters or more in Arabic spelling, that the Urdu word
    list does not know. Arabic, 1: function words Urdu writes too (في من على عن ما لا مع هذا);
    لل, ة, a final ى or a fathatan on a word the Urdu list does not know; two vowel marks on
    one word (vocalisation: Urdu marks a word once, if at all).
  - Persian, 2: است نیست بود شود باشد خواهد برای شما ..., and a zero-width non-joiner after
    the prefix می, before the plural ها or before the ezafe ی. Persian, 1: ۀ, and words Urdu
    uses too in set phrases (را این آن از به در با تا). Persian words are matched as Persian
    spells them (ی ک): a word typed with an Arabic keyboard's ي or ك is not Persian.
  - Words Urdu shares with Arabic or Persian letter for letter score nothing: که هم نه تو هو
    هي الله علیکم کتاب. A single such word cannot be told from Urdu on a foreign keyboard.

- A **run** is a stretch of words between Urdu words, sentence marks (. ۔ ؟ ? ! ؛ ;),
  brackets and quotes. A run whose Arabic or whose Persian evidence adds up to 2 is foreign:
  Persian when its Persian evidence outweighs its Arabic evidence, else Arabic. Its **span** reaches from its first word
  to its last, with the brackets and quotes just before it and the marks just after it; but when
  a single word carries all the evidence by its look alone (the article, ة, a hamza: not a
  function word or an inflection), the span is that word and the article words beside it (one
  foreign-looking word is a name or a loan, and its neighbours stay Urdu's). Everything between ﴿ and ﴾ is
  Arabic, the ornate brackets and verse numbers included; so is a number in Arabic digits right
  after a span when a mark or the line's end follows it (a date, a verse number: ۝٢ ﴿٦﴾).
- A line with a span and no Urdu word is one span from its first word to its last: its runs
  without a cue (a second sentence) are in the passage's language too.

So a span needs positive evidence: Urdu typed on an Arabic or Persian keyboard has Urdu words
(کے, میں, ہے, نے) every few words and is repaired. Phrases Urdu writes in Arabic words
(السلام علیکم، ان شاء اللہ، فی الحال، صلی اللہ علیہ وسلم) are Urdu: their words are in the
Urdu list or shared, so they are repaired into Urdu letters. Written the Arabic way, with a
hamza (إن شاء الله) or vowel marks (إِنْ شَاءَ اللَّهُ), they are a passage and kept.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import namedtuple
from collections.abc import Callable

from .chars import (
    ALEF_MAKSURA,
    ARABIC_HEH,
    ARABIC_KAF,
    ARABIC_LETTER_CHARS,
    ARABIC_MARKS,
    ARABIC_YEH,
    FARSI_YEH,
    HEH_DOACHASHMEE,
    HEH_GOAL,
    HEH_GOAL_HAMZA,
    HEH_YEH_ABOVE,
    KEHEH,
    TEH_MARBUTA,
    TEH_MARBUTA_GOAL,
    YEH_BARREE,
    ZWNJ,
)
from .lines import lazy_re, lines_holding, redo_lines

#: Values of the steps' ``foreign`` option: leave foreign spans as written, or treat them as Urdu.
FOREIGN_MODES = ("keep", "normalize")

ARABIC = "ar"
PERSIAN = "fa"
#: Another language in Arabic script (Sindhi, Pashto, Punjabi...): a span whose words hold
#: :data:`OTHER_LANGUAGE_LETTERS`.
OTHER = "other"
#: A run scoring this much evidence is a foreign span.
THRESHOLD = 2
#: Zipf frequency from which the bundled Urdu word counts are taken to know a word (3.5: once in
#: ~300,000 words, about 20 times in the 6 million words the counts come from; they also hold
#: Arabic words quoted in Urdu pages, a little below this).
KNOWN_ZIPF = 3.5


class Span(namedtuple("Span", "start end language")):
    """A foreign passage of a line: ``line[start:end]`` (ints), taken for ``language`` (``ar``, ``fa``, or ``other``: :data:`OTHER`)."""

    __slots__ = ()


# --- Data ----------------------------------------------------------------------------------------

#: Letters Arabic and Persian never write: a word with one is Urdu.
URDU_ONLY_LETTERS = frozenset(
    "\u0679"  # ARABIC LETTER TTEH ٹ
    "\u0688"  # ARABIC LETTER DDAL ڈ
    "\u0691"  # ARABIC LETTER RREH ڑ
    "\u06ba"  # ARABIC LETTER NOON GHUNNA ں
    "\u06d3"  # ARABIC LETTER YEH BARREE WITH HAMZA ABOVE ۓ
    + HEH_GOAL + HEH_DOACHASHMEE + TEH_MARBUTA_GOAL + HEH_GOAL_HAMZA + YEH_BARREE
)

#: Letters Urdu, Arabic and Persian never write, and the languages around Urdu do: Sindhi (ڪ ٻ ڀ
#: ٺ ٽ ٿ ڄ ڃ ڇ ڊ ڌ ڍ ڏ ڙ ڳ ڱ ڻ ڦ), Pashto (ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې), Punjabi and Saraiki
#: in Shahmukhi (ݨ), Kurdish and Uyghur (ۆ ۇ ۈ ۋ ێ ڵ ڕ). A word with one is not Urdu, and is
#: evidence enough alone for a passage in :data:`OTHER` (kept as an Arabic one is: سنڌي ٻولي is
#: not Urdu on an Arabic keyboard).
OTHER_LANGUAGE_LETTERS = frozenset("ڪٻڀٺٽٿڄڃڇڊڌڍڏڙڳڱڻڦټځڅډړږښګڼۍېݨۆۇۈۋێڵڕ")

#: Urdu function words and very common forms without an Urdu-only letter, as Urdu spells them;
#: they are matched whatever keyboard typed them (كا, يه, وه, تها). Words Persian or Arabic
#: also write the same way once folded (که هم نه تو هو هی یا دو هر اگر) are not here.
URDU_WORDS = """
کی کا کو پر اور یہ وہ اس ان ایک جو کیا کر کہا کیوں کیسے کہاں کب جب تب اب تک بھی پھر کچھ
کوئی کسی کون لیکن مگر بلکہ ساتھ پہلے والا والی تھا تھی تھیں رہا رہی جا جاتا جاتی کرتا کرتی
کرنا ہونا دیا دی لیا لی گیا گئی ہوئی اپنا اپنی جس جن انہیں انھیں مجھ تجھ ہمارا ہماری تمہارا
تمہاری آپ وغیرہ یعنی چاہیے سکتا سکتی گا گی سب بہت زیادہ کافی بجائے طرح وجہ لوگ کام بات
""".split()

#: Words Urdu and Persian spell alike once folded (Urdu کہ یہ on a Persian keyboard: که یه).
URDU_OR_PERSIAN = frozenset(["که", "یه"])  # KEHEH HEH که, FARSI YEH HEH یه

#: Arabic function words as Arabic spells them (marks are ignored when matching), by weight.
ARABIC_WORDS = {
    **dict.fromkeys(
        """إلى إلي إن أن إنما أنه إنه أنها إنها إذا إذ أو أي التي الذي الذين اللذين اللتين اللاتي
        هذا هذه هذان هاتان ذلك تلك هؤلاء أولئك فيه فيها فيهم منه منها منهم إليه إليها إليهم
        لقد ليس ليست كانت يكون تكون لم لن حتى نحن أنا أنت أنتم أيضا ماذا لماذا متى كيف""".split(),
        2,
    ),
    **dict.fromkeys("في من على عن ما لا مع ثم بل لكن عند حيث قال عليه عليها لما".split(), 1),
}

#: Persian function words and forms as Persian spells them (ی ک), by weight.
PERSIAN_WORDS = {
    **dict.fromkeys(
        """است نیست هست هستند هستم بود بودند شود شوند باشد باشند خواهد خواهم نمی برای
        شما ایشان آنها اینها چیست کیست اینجا آنجا همین همان چنین زیرا گفتم کنم کنند کند
        دارد ندارد دارم ندارم داریم هستیم بودم کردم کنید های اند خیلی اگه دیگه کنیم کنه کنن میشه
        میکنم میکند داشتم دارند کردند شدند شدم بشه باشه توی بهش همچنین اینکه""".split(),
        2,
    ),
    **dict.fromkeys("""را این آن از به در با تا چون چو بر ز یک همه ولی اما او ما من شد کرد گفت ها باید چرا روی
        کنی بودن نبود داشت داشته داری گفته رفت خودش توسط وی هیچ چیزی""".split(), 1),
}

#: Quranic annotation signs: small high ligatures, pause and sajdah marks, end of ayah.
QURANIC_SIGNS = frozenset(
    [chr(c) for c in range(0x06D6, 0x06DD)]  # ARABIC SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA .. END OF AYAH
    + ["\u06de", "\u06e9"]  # ARABIC START OF RUB EL HIZB, ARABIC PLACE OF SAJDAH
)
#: Letters of the Quran's Uthmani script that Urdu spelling never uses: the alef wasla ٱ
#: (ٱللَّهِ ٱلرَّحْمَٰنِ). Counted as the signs are: a word with one is Arabic.
UTHMANI_LETTERS = frozenset("\u0671")  # ARABIC LETTER ALEF WASLA
#: What makes a word Arabic by itself, whatever else it holds: the Quran's signs and letters.
_QURANIC = QURANIC_SIGNS | UTHMANI_LETTERS
DAMMATAN_KASRATAN = frozenset("\u064c\u064d")  # ARABIC DAMMATAN, ARABIC KASRATAN
FATHATAN = "\u064b"  # ARABIC FATHATAN
#: Short vowels, shadda and sukun: two on a word are vocalisation (Urdu marks a word once, if ever).
VOWEL_MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")  # FATHATAN .. SUKUN
HAMZA_ALEFS = frozenset("\u0623\u0625")  # ARABIC LETTER ALEF WITH HAMZA ABOVE, ... BELOW
#: A Quranic quotation opens with ORNATE RIGHT PARENTHESIS (the right one: Arabic runs right to
#: left) and ends with ORNATE LEFT PARENTHESIS.
ORNATE_START, ORNATE_END = "\ufd3f", "\ufd3e"
#: The article and the particles glued before it: وال بال فال كال (and لل, weaker: Indian
#: names such as للیتا open with it too).
_ARTICLE = "(?:[وفبك]?ال|لل)"
_ARTICLE_RE = lazy_re(f"^{_ARTICLE}..")
_STRONG_ARTICLE_RE = lazy_re("^[وفب]?ال...")
#: Letters Arabic never writes (Persian and Urdu do): a word with one is not in Arabic spelling.
NOT_ARABIC_LETTERS = frozenset("یکگپچژ")  # FARSI YEH, KEHEH, GAF, PEH, TCHEH, JEH
#: Letters only an Arabic keyboard gives: Persian and Urdu spell with ی and ک.
ARABIC_KEYBOARD_LETTERS = frozenset(ARABIC_YEH + ARABIC_KAF)

#: What ends a run: sentence and clause marks, brackets, quotes (in every spelling the
#: ``punctuation`` step may turn one into another, so its work never moves a run's edge).
BREAKS = ".۔؟?!؛;()[]«»\"“”'‘’" + ORNATE_START + ORNATE_END
#: Kept with a span when written right before its first word / right after its last.
OPENERS = "([«\"“'‘" + ORNATE_START
CLOSERS = ")]»\"”'’.،,؛;؟?!:" + ORNATE_END + "۔" + "".join(map(chr, range(0x0660, 0x066A)))

#: A number in Arabic digits right after a passage's last word (or a colon after it), then a mark
#: or the line's end: the passage's own (في عام ١٩٩٠. and a verse number ۝٢ ﴿٦﴾ (الشرح: ٦)); a
#: number after a comma or a full stop is the next clause's (الأزهر، ١٩٩٠۔ in an Urdu sentence).
_NUMBER_AFTER_RE = lazy_re(
    f"[ \t]*(?::[ \t]*)?[\u06dd{ORNATE_START}(]?[\u0660-\u0669][\u0660-\u066c]*+(?=[{re.escape(CLOSERS)}]|[ \t]*$)"
)
_MARK_SET = frozenset(re.findall(f"[{ARABIC_MARKS}]", "".join(map(chr, range(0x0600, 0x0900)))))
_WORD_CHARS = "".join(sorted(set(ARABIC_LETTER_CHARS) | _MARK_SET))
#: A word (Arabic-script letters and marks, non-joiners inside it) or a character that breaks runs.
_TOKEN_RE = lazy_re(f"[{re.escape(_WORD_CHARS)}]+(?:{ZWNJ}[{re.escape(_WORD_CHARS)}]+)*|[{re.escape(BREAKS)}]")

#: Every spelling of a letter the keyboards disagree on, folded to one: Urdu function words
#: match whichever keyboard typed them, and no repair of the ``letters`` step changes a fold.
_FOLD = str.maketrans({
    ARABIC_YEH: FARSI_YEH, ALEF_MAKSURA: FARSI_YEH, ARABIC_KAF: KEHEH,
    HEH_GOAL: ARABIC_HEH, HEH_DOACHASHMEE: ARABIC_HEH, TEH_MARBUTA_GOAL: TEH_MARBUTA,
    HEH_GOAL_HAMZA: HEH_YEH_ABOVE,
})
_URDU_FOLDED = frozenset(w.translate(_FOLD) for w in URDU_WORDS)
_TO_URDU = str.maketrans({ARABIC_YEH: FARSI_YEH, ALEF_MAKSURA: FARSI_YEH, ARABIC_KAF: KEHEH,
                          TEH_MARBUTA: TEH_MARBUTA_GOAL, HEH_YEH_ABOVE: HEH_GOAL_HAMZA})


def _bare(word: str) -> str:
    return "".join(c for c in word if c not in _MARK_SET)


def _urdu_known(bare: str) -> bool:
    """Whether the Urdu word list knows ``bare`` in some Urdu spelling (ه read as ہ or ھ)."""
    from .lexicon import DEFAULT  # deferred: only lines with work load the tables

    base = bare.translate(_TO_URDU)
    hehs = [i for i, c in enumerate(base) if c == ARABIC_HEH][:3]
    readings = {bare, base}
    for picks in itertools.product((HEH_GOAL, HEH_DOACHASHMEE), repeat=len(hehs)):
        chars = list(base)
        for i, pick in zip(hehs, picks):
            chars[i] = pick
        readings.add("".join(chars))
    return max(DEFAULT.frequency(r) for r in readings) >= 10 ** (KNOWN_ZIPF - 9)  # Zipf: log10 per 10^9 words


@functools.lru_cache(maxsize=1 << 15)
def _evidence(word: str) -> tuple[bool, int, int, bool, bool]:
    """:func:`classify`, whether the word opens with the article in Arabic spelling, and whether
    its evidence is grammar (a function word, an inflection) rather than the look of a word
    (which a name or a loan may have)."""
    urdu, arabic, persian = classify(word)
    bare = _bare(word)
    grammar = bool(arabic or persian) and (
        bare in ARABIC_WORDS or bare in PERSIAN_WORDS or ZWNJ in bare
        or any(c in DAMMATAN_KASRATAN or c in _QURANIC for c in word)
    )
    return urdu, arabic, persian, _in_arabic_article(word), grammar


def classify(word: str) -> tuple[bool, int, int]:
    """``(urdu, arabic, persian)``: whether ``word`` is Urdu, else its evidence for each language.

    >>> classify("كے"), classify("الْعُسْرِ"), classify("است")
    ((True, 0, 0), (False, 2, 0), (False, 0, 2))
    >>> classify("کتاب")  # Urdu, Arabic and Persian alike: no evidence
    (False, 0, 0)
    """
    if not OTHER_LANGUAGE_LETTERS.isdisjoint(word):
        return False, 2, 0  # (counted with the Arabic evidence; the span is named OTHER)
    if any(c in URDU_ONLY_LETTERS for c in word):
        return True, 0, 0
    bare = _bare(word)
    folded = bare.replace(ZWNJ, "").translate(_FOLD)
    arabic_keyboard = any(c in ARABIC_KEYBOARD_LETTERS for c in bare)
    if folded in _URDU_FOLDED or (folded in URDU_OR_PERSIAN and arabic_keyboard):
        return True, 0, 0  # (که is Urdu or Persian, but Persian never writes it with an Arabic kaf)
    not_arabic = any(c in NOT_ARABIC_LETTERS for c in bare)
    if arabic_keyboard and not_arabic:
        return True, 0, 0  # چكا, پهلي: Urdu letters and an Arabic keyboard's, as no language spells
    arabic = ARABIC_WORDS.get(bare, 0)
    if arabic == 2 and not any(c in HAMZA_ALEFS for c in bare) and _urdu_known(bare):
        arabic = 1  # Urdu writes it too (فہرست ہذا)
    persian = PERSIAN_WORDS.get(bare, 0)
    if ZWNJ in bare:
        head, _, tail = bare.partition(ZWNJ)
        if head in ("می", "نمی") or tail.startswith("ها") or tail in ("ی", "ام", "ای", "ایم", "اید", "اند"):
            persian = 2
    if HEH_YEH_ABOVE in bare:  # the Persian ezafe heh; a Persian keyboard's ۂ too
        persian = max(persian, 1)
    if any(c in DAMMATAN_KASRATAN or c in _QURANIC for c in word):
        arabic = 2
    vocalised = int(sum(c in VOWEL_MARKS for c in word) >= 2)  # Urdu marks a word once, if at all
    if arabic or persian or len(bare) < 3:
        return False, max(arabic, vocalised), persian
    cue = (
        _ARTICLE_RE.match(bare)
        or TEH_MARBUTA in bare
        or bare.endswith(ALEF_MAKSURA)
        or FATHATAN in word
        or any(c in HAMZA_ALEFS for c in bare)
    )
    if cue and not _urdu_known(bare):
        # decisive alone: a hamza on alef (Urdu writes a bare alef), the article on a long word
        strong = any(c in HAMZA_ALEFS for c in bare) or (_STRONG_ARTICLE_RE.match(bare) and not not_arabic)
        return False, 2 if strong else 1, 0
    return False, vocalised, 0


#: Characters that are evidence: a line with none of them, no Arabic article word the Urdu
#: list lacks and too few listed words has no span, and is not read word by word (most lines a
#: step changes are Urdu through and through; these scans run in C).
_CUE_CHARS_RE = lazy_re(
    f"[{TEH_MARBUTA}{ALEF_MAKSURA}{HEH_YEH_ABOVE}{ZWNJ}{ORNATE_START}{ARABIC_MARKS}\u0623\u0625"
    f"{''.join(sorted(_QURANIC))}{''.join(sorted(OTHER_LANGUAGE_LETTERS))}]"
)
_LISTED_WORDS = frozenset(ARABIC_WORDS) | frozenset(PERSIAN_WORDS)
#: A word opening with the article as :func:`classify` reads it (كال too: the same pattern).
_ARTICLE_WORD_RE = lazy_re(f"(?<![{re.escape(_WORD_CHARS)}]){_ARTICLE}[{re.escape(_WORD_CHARS)}]*")


def _may_have_evidence(line: str) -> bool:
    if _CUE_CHARS_RE.search(line) or any(_evidence(w)[1] for w in _ARTICLE_WORD_RE.findall(line)):
        return True
    # what is left is listed words, bare (a mark or a non-joiner in a word is a cue character),
    # as the reading cuts them: a word ends at any character that is not a word's (است: شما…)
    words = _TOKEN_RE.findall(line)
    listed = _LISTED_WORDS.intersection(words)  # in C: most lines have none
    if not listed:
        return False
    counts = {w: words.count(w) for w in listed}
    arabic = sum(ARABIC_WORDS.get(w, 0) * n for w, n in counts.items())
    persian = sum(PERSIAN_WORDS.get(w, 0) * n for w, n in counts.items())
    return max(arabic, persian) >= THRESHOLD


#: Words of a line (as ``str.split`` cuts it) none of whose tokens is evidence for either language:
#: most of a text's words, the damaged ones included (سياسى is an Urdu word on an Arabic keyboard).
#: A line made of them has no span, and a set's superset test tells so in C for the whole line.
#: Bounded: emptied when full.
_PLAIN_WORDS: set[str] = set()
_PLAIN_WORDS_LIMIT = 1 << 17


@functools.lru_cache(maxsize=1 << 14)
def _word_evidence(word: str) -> tuple[int, int]:
    """The Arabic and the Persian evidence of the tokens of ``word`` (a piece of a line between
    spaces), added up."""
    evidence = list(map(_evidence, _TOKEN_RE.findall(word)))
    return sum(e[1] for e in evidence), sum(e[2] for e in evidence)


def _too_little_evidence(line: str) -> bool:
    """Whether the evidence of all the words of ``line`` together is below the threshold for
    either language: then no run of it can reach the threshold either."""
    words = line.split()  # a token never spans whitespace: the line's tokens are its words' tokens
    if _PLAIN_WORDS.issuperset(words):
        return True
    arabic = persian = 0
    for word in set(words).difference(_PLAIN_WORDS):
        ar, fa = _word_evidence(word)
        if ar or fa:
            n = words.count(word)
            arabic, persian = arabic + n * ar, persian + n * fa
        else:
            if len(_PLAIN_WORDS) >= _PLAIN_WORDS_LIMIT:
                _PLAIN_WORDS.clear()
            _PLAIN_WORDS.add(word)
    return max(arabic, persian) < THRESHOLD


def foreign_spans(line: str) -> list[Span]:
    """The Arabic and Persian spans of one line, in order (see the module's docstring).

    >>> line = "انہوں نے كہا: ﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾"
    >>> [(line[s:e], lang) for s, e, lang in foreign_spans(line)]
    [('﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾', 'ar')]
    >>> foreign_spans("اس نے كها كه وه كتاب ميں هے")  # Urdu on an Arabic keyboard
    []
    """
    if ORNATE_START not in line and _too_little_evidence(line):
        return []  # (a quotation in ornate brackets is a span without evidence in its words)
    return _read_spans(line)


def _read_spans(line: str) -> list[Span]:
    """:func:`foreign_spans` without its first, word-level test: the line's cues, then its runs."""
    if not _may_have_evidence(line):
        return []
    tokens = _TOKEN_RE.findall(line)
    if ORNATE_START not in line:
        # a run's evidence is a part of the line's: when the whole line has too little for
        # either language, no run can close as a span (most lines with a cue character are
        # Urdu with one Arabic-keyboard letter); the words' evidence is cached, the sums run in C
        evidence = list(map(_evidence, tokens))
        if max(sum(e[1] for e in evidence), sum(e[2] for e in evidence)) < THRESHOLD:
            return []
        if not _some_run_reaches(tokens, evidence):
            return []  # (the evidence is spread over runs that Urdu words and marks cut apart)
    spans: list[Span] = []
    run: list[tuple[int, int, int, bool]] = []  # the run's words: start, end, evidence, article?
    grammar = False  # whether a word of the run is foreign by its grammar
    arabic = persian = 0
    ornate_at = -1  # where the ﴿ this run follows stands (-1: no ornate quotation open)
    any_urdu = False  # whether a word of the line is Urdu

    def close(brk: re.Match[str] | None = None) -> None:
        if not run or max(arabic, persian) < THRESHOLD:  # one language's evidence, not two weak ones
            return
        start, end = run[0][0], run[-1][1]
        cues = [k for k, word in enumerate(run) if word[2]]
        if ornate_at >= 0:  # the whole quotation, verse numbers and ﴿ ﴾ included
            start = min(start, ornate_at)
            end = brk.end() if brk is not None and brk[0] == ORNATE_END else end
        elif len(cues) == 1 and not grammar:
            # one foreign-looking word is a word (a name, a loan), not a passage: its neighbours
            # stay Urdu's, but for the Arabic article's words next to it (الدين النصيحة)
            lo = hi = cues[0]
            while lo > 0 and run[lo - 1][3]:
                lo -= 1
            while hi + 1 < len(run) and run[hi + 1][3]:
                hi += 1
            start, end = run[lo][0], run[hi][1]
        start, end = _with_edges(line, start, end)
        language = PERSIAN if persian > arabic else ARABIC
        if not OTHER_LANGUAGE_LETTERS.isdisjoint(line[start:end]):
            language = OTHER
        if spans and start <= spans[-1].end:
            start = spans[-1].start
            language = spans.pop().language
        spans.append(Span(start, end, language))

    for m in _TOKEN_RE.finditer(line):
        token = m[0]
        if len(token) == 1 and token in BREAKS:
            close(m)
            run, arabic, persian, grammar = [], 0, 0, False
            ornate_at = m.start() if token == ORNATE_START else -1
            continue
        urdu, ar, fa, article, grammatical = _evidence(token)
        if urdu:
            any_urdu = True
            close()
            run, arabic, persian, grammar, ornate_at = [], 0, 0, False, -1
            continue
        grammar = grammar or grammatical
        if not run and ornate_at >= 0:
            arabic = THRESHOLD
        run.append((m.start(), m.end(), ar + fa, article))
        arabic += ar
        persian += fa
    close()
    if spans and not any_urdu and (whole := _whole_line(line, spans)) is not None:
        return [whole]
    return spans


def _with_edges(line: str, start: int, end: int) -> tuple[int, int]:
    """A span's words ``line[start:end]`` with what stands at their edges: the brackets and quotes
    just before, and just after a date or verse number (:data:`_NUMBER_AFTER_RE`) and the marks."""
    while start > 0 and line[start - 1] in OPENERS:
        start -= 1
    if number := _NUMBER_AFTER_RE.match(line, end):  # its date or verse number (عام ١٩٩٠. ﴿٦﴾)
        end = number.end()
    while end < len(line) and line[end] in CLOSERS:
        end += 1
    return start, end


def _whole_line(line: str, spans: list[Span]) -> Span | None:
    """The line, from its first word to its last, as one span in the language most of ``spans``
    are written in: for a line with a passage and no Urdu word, whose other runs (a second
    sentence, a clause without a cue: وهذا مهم جدا) are that language too; Urdu writes a word
    of its own every few words. None when the spans take it all in already."""
    words = [m.span() for m in _TOKEN_RE.finditer(line) if not (m.end() - m.start() == 1 and m[0] in BREAKS)]
    start, end = _with_edges(line, words[0][0], words[-1][1])
    start, end = min(start, spans[0].start), max(end, spans[-1].end)
    if len(spans) == 1 and (spans[0].start, spans[0].end) == (start, end):
        return None
    sizes: dict[str, int] = {}
    for span in spans:
        sizes[span.language] = sizes.get(span.language, 0) + span.end - span.start
    return Span(start, end, max(sizes, key=sizes.__getitem__))


def _some_run_reaches(tokens: list[str], evidence: list[tuple[bool, int, int, bool, bool]]) -> bool:
    """Whether a run of ``tokens`` (with their ``evidence``) reaches the threshold for either
    language: the loop of :func:`_read_spans` without its spans, for a line with no ornate
    quotation. Without such a run the line has no span (a run's evidence only grows until it
    closes), and most lines whose words add up to the threshold are Urdu with a few loans apart."""
    arabic = persian = 0
    for token, (urdu, ar, fa, _, _) in zip(tokens, evidence):
        if urdu or (len(token) == 1 and token in BREAKS):
            arabic = persian = 0
            continue
        arabic, persian = arabic + ar, persian + fa
        if arabic >= THRESHOLD or persian >= THRESHOLD:
            return True
    return False


def _in_arabic_article(word: str) -> bool:
    """Whether ``word`` opens with the Arabic article and is spelled with Arabic letters only."""
    bare = _bare(word)
    return bool(_STRONG_ARTICLE_RE.match(bare)) and not any(c in NOT_ARABIC_LETTERS for c in bare)


def _fix_outside(line: str, fix: Callable[[str], str], spans: list[Span]) -> str:
    out, done = [], 0
    for start, end, _ in spans:
        out.append(fix(line[done:start]))
        out.append(line[start:end])
        done = end
    out.append(fix(line[done:]))
    return "".join(out)


def keep_foreign(before: str, after: str, fix: Callable[[str], str], letters: str = "") -> str:
    """``after`` (``fix(before)``, line for line) with the lines ``fix`` changed in a foreign span
    redone outside their spans: for a step that runs on the whole text at once.

    ``letters``, when given, are the only characters whose change can fall inside a span (a
    word with ے or ھ, say, is Urdu and never is): a changed line without any is not looked at.

    >>> fix = lambda s: s.replace("ه", "ہ")
    >>> keep_foreign("ه\\nكها: ﴿قُلْ هُوَ﴾", "ہ\\nكہا: ﴿قُلْ ہُوَ﴾", fix)
    'ہ\\nكہا: ﴿قُلْ هُوَ﴾'
    """
    if before == after or (letters and not any(c in before for c in letters)):
        return after  # (no line to look at: a scan in C a letter, instead of splitting both texts)
    if letters:
        return _keep_foreign_holding(before, after, fix, letters)
    old_lines, new_lines = before.split("\n"), after.split("\n")
    changed = False
    for i, (old, new) in enumerate(zip(old_lines, new_lines)):
        if old != new and (not letters or any(c in old for c in letters)) and (spans := foreign_spans(old)):
            new_lines[i] = _redo_outside(old, fix, spans, letters)
            changed = True
    return "\n".join(new_lines) if changed else after


def _keep_foreign_holding(before: str, after: str, fix: Callable[[str], str], letters: str) -> str:
    """:func:`keep_foreign` given ``letters``: only the lines of ``before`` that hold one are read
    (found by ``str.find``), and ``after`` is split into lines only when one of them has a span
    (most texts have none), which is then redone if ``fix`` changed it."""
    return redo_lines(before, after, lines_holding(before, letters), foreign_spans,
                      lambda old, spans: _redo_outside(old, fix, spans, letters))


#: A line redone outside its spans is redone again while that changes it, at most this many times.
MAX_REDO = 4


def _redo_outside(line: str, fix: Callable[[str], str], spans: list[Span], letters: str) -> str:
    """``line`` fixed outside its ``spans``, then again as a second run would, until that
    changes nothing: what ``fix`` changed outside the spans may have been the evidence for them
    (an Arabic ى elsewhere on the line that made a word foreign), and the next run reads the
    line without it."""
    new = _fix_outside(line, fix, spans)
    for _ in range(MAX_REDO):
        again = fix(new)
        if again != new and (not letters or any(c in new for c in letters)) and (spans := foreign_spans(new)):
            again = _fix_outside(new, fix, spans)
        if again == new:
            break
        new = again
    return new


def outside_spans(line: str, fix: Callable[[str], str],
                  whole: Callable[[str], list[tuple[int, int]]] | None = None) -> str:
    """``fix`` applied to ``line`` but for its foreign spans, which stay as written.

    The spans are looked for only when ``fix`` would change the line: most lines pay nothing.
    ``whole``, when given, finds stretches of the line that ``fix`` must see whole (URLs, say):
    a span that overlaps one is widened to take it in, so that no part ``fix`` sees cuts it.

    >>> outside_spans("كها: ﴿قُلْ هُوَ اللَّهُ أَحَدٌ﴾", lambda s: s.replace("ه", "ہ"))
    'كہا: ﴿قُلْ هُوَ اللَّهُ أَحَدٌ﴾'
    """
    new = fix(line)
    if new == line:
        return new
    spans = foreign_spans(line)
    if spans and whole is not None:
        spans = _widened(spans, whole(line))
    return _fix_outside(line, fix, spans) if spans else new


def _widened(spans: list[Span], stretches: list[tuple[int, int]]) -> list[Span]:
    """``spans``, each widened over the ``stretches`` it overlaps, and merged where they meet."""
    out: list[Span] = []
    for start, end, language in spans:
        for lo, hi in stretches:
            if lo < end and start < hi:
                start, end = min(start, lo), max(end, hi)
        if out and start <= out[-1].end:
            start, end = out[-1].start, max(end, out[-1].end)
            language = out.pop().language
        out.append(Span(start, end, language))
    return out


_LANGUAGE_NAMES = {ARABIC: "Arabic", PERSIAN: "Persian", OTHER: "another language (Sindhi, Pashto...)"}


def protected_notes(text: str, fix: Callable[[str], str], *, line_base: int = 0) -> list[str]:
    """For ``--explain``: each foreign span that kept ``fix`` from changing it, with its place.

    >>> protected_notes("یہ\\nكها: ﴿قُلْ هُوَ اللَّهُ أَحَدٌ﴾", lambda s: s.replace("ه", "ہ"), line_base=4)
    ["line 6:6: left as written, taken for Arabic: '﴿قُلْ هُوَ اللَّهُ أَحَدٌ﴾'"]
    """
    notes = []
    for number, line in enumerate(text.split("\n"), line_base + 1):
        if fix(line) == line:
            continue
        for start, end, language in foreign_spans(line):
            passage = line[start:end]
            if fix(passage) != passage:
                name = _LANGUAGE_NAMES[language]
                shown = passage if len(passage) <= 60 else passage[:57] + "..."
                notes.append(f"line {number}:{start + 1}: left as written, taken for {name}: {shown!r}")
    return notes
