"""Arabic and Persian passages: are they left alone, and is Urdu on foreign keyboards still repaired?

Run by hand (not a test): ``python benchmarks/foreign_spans.py [--words 3000]``. Needs
../shared/data (the treebank dev sentences) and wordfreq's Arabic and Persian lists (``pip install -e '.[bench]'``).

Sets, each cleaned with the default pipeline (``foreign=keep``) and, as the baseline that
treats everything as Urdu, with ``foreign=normalize``:

- ``treebank-arabic-kb``: the dev sentences with ی → ي, ک → ك, ہ → ه; the target is the same
  output as cleaning the originals, but for the words the word list cannot decide (كها: کہا or
  کھا?), which stay as typed with or without detection: a line meets it when its output is
  the originals' or the one cleaning without detection gives. ``treebank-persian-kb``: ہ and ھ → ه.
- ``wordfreq-ar`` / ``wordfreq-fa``: the most frequent Arabic-script words of wordfreq's ``ar`` and
  ``fa`` lists, alone on a line; ``…-in-urdu``: each inside an Urdu sentence (typed right, and
  typed on an Arabic keyboard); ``…-phrases``: three words of the list in a row (seeded sample).
- ``quotations``: Arabic verses, hadith and sayings and Persian verse written below, alone and
  quoted in Urdu sentences. ``urdu-diacritics``: Urdu verse and prose with vowel marks.

Reported per set: lines meeting the target, characters of the foreign text changed, and the
detector's word-level precision and recall (a word is detected when it lies inside a span; the
gold foreign words are the inserted ones, and none in the Urdu sets).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import regex
import wordfreq

from urdu_clean import clean
from urdu_clean.language import foreign_spans

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
_WORD_RE = regex.compile(r"[\p{Script=Arabic}\p{Mn}\u200c]+")
_ARABIC_SCRIPT_WORD = regex.compile(r"^(?=.*\p{L})[\p{Script=Arabic}\p{Mn}\u200c]+$")

ARABIC_QUOTES = [
    "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾",
    "﴿قُلْ هُوَ اللَّهُ أَحَدٌ﴾",
    "﴿إِنَّ اللَّهَ مَعَ الصَّابِرِينَ﴾",
    "﴿وَمَا تَوْفِيقِي إِلَّا بِاللَّهِ﴾",
    "إنما الأعمال بالنيات",
    "العلم نور والجهل ظلام",
    "الدين النصيحة",
    "خير الناس أنفعهم للناس",
    "طلب العلم فريضة على كل مسلم",
    "من جد وجد ومن زرع حصد",
    "الوقت كالسيف إن لم تقطعه قطعك",
    "هذا من فضل ربي",
    "لا إله إلا الله محمد رسول الله",
    "مدرسة الفلاح في المدينة المنورة",
    "ذهب الطالب إلى المكتبة التي في الجامعة",
    "قال النبي صلى الله عليه وسلم: الدين يسر",
    "كتاب الأغاني لأبي الفرج الأصفهاني",
    "وقل رب زدني علما",
]
PERSIAN_VERSE = [
    "بشنو این نی چون شکایت می\u200cکند",
    "از جدایی\u200cها حکایت می\u200cکند",
    "دل می\u200cرود ز دستم صاحب\u200cدلان خدا را",
    "توانا بود هر که دانا بود",
    "ز دانش دل پیر برنا بود",
    "بنی آدم اعضای یک پیکرند",
    "که در آفرینش ز یک گوهرند",
    "این خانه در تهران است",
    "او به مدرسه رفت و کتاب را خواند",
    "هر که را صبح سعادت بدمد",
    "من از بیگانگان هرگز ننالم",
    "که با من هر چه کرد آن آشنا کرد",
    "ما زنده به آنیم که آرام نگیریم",
    "آسایش دو گیتی تفسیر این دو حرف است",
]
URDU_FRAMES = [
    "انہوں نے کہا: {}",
    "اس کتاب کے شروع میں لکھا ہے کہ {} اور پھر بات آگے بڑھتی ہے۔",
    "مولانا نے اپنی تقریر میں {} کا ذکر کیا۔",
    "{} یہ جملہ ہمیں بچپن میں سکھایا گیا تھا۔",
]
URDU_DIACRITICS = [
    "دِلِ ناداں تُجھے ہُوا کیا ہے",
    "آخِر اِس درد کی دوا کیا ہے",
    "ہزاروں خواہشیں ایسی کہ ہر خواہش پہ دَم نِکلے",
    "بہت نِکلے مِرے اَرمان لیکن پِھر بھی کَم نِکلے",
    "یہ کِتاب میں نے کَل خریدی تھی۔",
    "اُس نے کہا کہ وہ فَوراً آئے گا۔",
    "زکوٰۃ اور صلوٰۃ اِسلام کے رُکن ہیں۔",
    "خُدا کے بندے تو ہیں ہزاروں بَنوں میں پِھرتے ہیں مارے مارے",
    "سِتاروں سے آگے جہاں اور بھی ہیں",
    "تقریباً سب لوگ وقت پر پہنچ گئے۔",
]


_HOLDER = "ذذذ"  # a word no step changes


def arabic_keyboard(s: str) -> str:
    return s.translate(str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه"}))


def persian_keyboard(s: str) -> str:
    return s.translate(str.maketrans({"ہ": "ه", "ھ": "ه"}))


def detected(line: str) -> list[tuple[int, int]]:
    """Word positions of ``line`` inside a detected span."""
    spans = foreign_spans(line)
    return [(m.start(), m.end()) for m in _WORD_RE.finditer(line)
            if any(s <= m.start() and m.end() <= e for s, e, _ in spans)]


class Tally:
    def __init__(self, name: str) -> None:
        self.name, self.lines, self.ok, self.ok_baseline = name, 0, 0, 0
        self.changed = self.tp = self.fp = self.gold = self.words = 0
        self.failures: list[str] = []

    def add(self, ok: bool, ok_baseline: bool, changed: int, line: str, gold: tuple[int, int] | None,
            note: str = "") -> None:
        self.lines += 1
        self.ok += ok
        self.ok_baseline += ok_baseline
        self.changed += changed
        words = [(m.start(), m.end()) for m in _WORD_RE.finditer(line)]
        self.words += len(words)
        found = set(detected(line))
        for w in words:
            is_gold = gold is not None and gold[0] <= w[0] and w[1] <= gold[1]
            self.gold += is_gold
            if w in found:
                self.tp += is_gold
                self.fp += not is_gold
        if not ok and len(self.failures) < 8:
            self.failures.append(note or line)

    def row(self) -> str:
        precision = f"{self.tp / (self.tp + self.fp):.3f}" if self.tp + self.fp else "  -  "
        recall = f"{self.tp / self.gold:.3f}" if self.gold else "  -  "
        return (f"{self.name:28s} {self.lines:6d} {100 * self.ok / self.lines:7.2f}% {100 * self.ok_baseline / self.lines:7.2f}%"
                f" {self.changed:8d} {precision:>7s} {recall:>7s} {self.fp:5d}/{self.words}")


def _changed(a: str, b: str) -> int:
    """Characters of ``a`` not kept in ``b`` (both the same length or not)."""
    import difflib

    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in
               difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if tag != "equal")


def keyboard_set(name: str, sentences: list[str], variant) -> Tally:
    t = Tally(name)
    t.exact = 0  # type: ignore[attr-defined]
    undecided: dict[str, int] = {}
    for s in sentences:
        target = clean(s)
        v = variant(s)
        out, base = clean(v), clean(v, foreign="normalize")
        if base != target:  # the word list could not decide: the words left with foreign letters
            for a, b in zip(base.split(), target.split()):
                if a != b:
                    undecided[a] = undecided.get(a, 0) + 1
        t.add(out == target or out == base, base == target, 0, v, None, note=f"{out}")
        t.exact += out == target  # type: ignore[attr-defined]
    t.undecided = undecided  # type: ignore[attr-defined]
    return t


def foreign_set(name: str, items: list[str], frames: bool) -> Tally:
    t = Tally(name)
    for item in items:
        if not frames:
            out = clean(item)
            t.add(out == item, clean(item, foreign="normalize") == item, _changed(item, out), item, (0, len(item)))
            continue
        for frame in URDU_FRAMES:
            for typed in (frame, arabic_keyboard(frame)):
                # the Urdu around the item as cleaning without detection gives it (the word list's
                # undecided words stay undecided), with the item as written
                line = typed.format(item)
                want = clean(typed.format(_HOLDER), foreign="normalize").replace(_HOLDER, item)
                at = line.index(item)
                out = clean(line)
                base = clean(line, foreign="normalize")
                t.add(out == want, base == want, _changed(want, out), line, (at, at + len(item)), note=f"{line} → {out}")
    return t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=3000, help="how many of each wordfreq list")
    ap.add_argument("-v", action="store_true", help="print some lines that miss the target")
    args = ap.parse_args()
    sentences = [s for s in (DATA / "ud_urdu_udtb_dev.txt").read_text(encoding="utf-8").splitlines() if s.strip()]
    rng = random.Random(10)
    tallies = []
    start = time.perf_counter()
    tallies.append(keyboard_set("treebank-arabic-kb", sentences, arabic_keyboard))
    tallies.append(keyboard_set("treebank-persian-kb", sentences, persian_keyboard))
    for lang in ("ar", "fa"):
        words = [w for w in wordfreq.top_n_list(lang, args.words * 2) if _ARABIC_SCRIPT_WORD.match(w)][: args.words]
        tallies.append(foreign_set(f"wordfreq-{lang}", words, frames=False))
        tallies.append(foreign_set(f"wordfreq-{lang}-in-urdu", words[: args.words // 5], frames=True))
        phrases = [" ".join(rng.sample(words[:1000], 3)) for _ in range(args.words // 3)]
        tallies.append(foreign_set(f"wordfreq-{lang}-phrases", phrases, frames=False))
    quotes = ARABIC_QUOTES + PERSIAN_VERSE
    tallies.append(foreign_set("quotations", quotes, frames=False))
    tallies.append(foreign_set("quotations-in-urdu", quotes, frames=True))
    t = Tally("urdu-diacritics")
    for s in URDU_DIACRITICS:
        for v in (s, arabic_keyboard(s), persian_keyboard(s)):
            t.add(clean(v) == clean(v, foreign="normalize"), True, 0, v, None)
    tallies.append(t)
    print(f"{'set':28s} {'lines':>6s} {'target':>8s} {'before':>8s} {'chars-chg':>8s} {'prec':>7s} {'recall':>7s}  false-pos/words")
    for t in tallies:
        print(t.row())
    print("(target: lines meeting the set's target with foreign=keep; before: with foreign=normalize,"
          " i.e. the behaviour without detection)")
    for t in tallies:
        if hasattr(t, "undecided"):
            top = sorted(t.undecided.items(), key=lambda kv: -kv[1])[:15]
            print(f"{t.name}: {100 * t.exact / t.lines:.2f}% exactly as the originals clean;"
                  f" words the word list could not decide ({len(t.undecided)}): "
                  + " ".join(f"{w}×{n}" for w, n in top))
    if args.v:
        for t in tallies:
            for f in t.failures:
                print(f"{t.name}: {f}")
    print(f"({time.perf_counter() - start:.1f} s)")


if __name__ == "__main__":
    main()
